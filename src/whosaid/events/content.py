"""Content rules: what a speech act's words say, as CAMEO codes.

``classify_content`` codes the content of a neutral cue ("said", "added"):
a rejection, a threat, an accusation, a criticism, praise, an intent,
support or concern, or nothing (a plain statement).  ``refine`` makes a
cue's code more specific from its content ("urged ... a ceasefire" 0256).
"""

from __future__ import annotations

import re

__all__ = ["classify_content", "modality_of", "refine"]


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.I)


# The rules, in the order classify_content tries them.
_REJECT = _rx(
    r"reject",
    r"refus",
    r"rule[sd]? out",
    r"no intention",
    r"(?:will|would|does|do|did) not (?:accept|recognize|negotiate|allow|tolerate|"
    r"agree|join|attend|return|bow|yield to|give in|back down)",
    r"won't (?:accept|recognize|negotiate|allow|tolerate|agree)",
    r"never (?:accept|recognize|negotiate|allow|agree)",
    r"of no value",
    r"(?:time|era|days) (?:for|of) (?:negotiat|talk|diplomacy)\w* "
    r"(?:about [^.]*)?has (?:ended|passed|run out)",
    r"not (?:negotiable|up for negotiation)",
    r"out of the question",
)
_THREAT = _rx(
    r"retaliat",
    r"(?:will|would|could|is ready to|are ready to) (?:respond|hit back|strike|attack|"
    r"punish|destroy|retaliate|take (?:countermeasures|measures|action|steps))",
    r"consequences",
    r"countermeasures",
    r"pay a (?:heavy )?price",
    r"(?:reduce|cut|suspend|end|halt|downgrade) (?:its |their |our |all )?"
    r"(?:cooperation|ties|relations|aid)",
    r"all options",
    r"(?:befitting|strong|firm|resolute|appropriate|decisive) (?:response|reply)",
    r"would be met with",
    r"hold \w+(?: \w+)? (?:accountable|responsible)",
    r"(?:will|would|could) (?:restrict|ban|suspend|cut|impose|expel|freeze|halt|block)",
    r"(?:military|decisive|forceful) (?:response|action)",
)
_MILITARY = _rx(
    r"militar",
    r"force",
    r"strike",
    r"attack",
    r"war\b",
    r"nuclear",
    r"missile",
    r"destroy",
    r"bomb",
)
_SANCTIONS = _rx(r"sanction", r"embargo", r"boycott", r"tariff")
_ACCUSE = _rx(
    r"accus",
    r"blam",
    r"responsible for",
    r"violat",
    r"breach",
    r"war crime",
    r"genocide",
    r"aggressi",
    r"provocat",
    r"interfer",
    r"meddl",
)
_DISAPPROVE = _rx(
    r"baseless",
    r"groundless",
    r"unfounded",
    r"illegal",
    r"illegitimate",
    r"unacceptable",
    r"irresponsible",
    r"reckless",
    r"lies\b",
    r"propaganda",
    r"hypocri",
    r"destabiliz",
    r"condemn",
    r"criticiz",
    r"denounc",
    r"deplor",
    r"outrage",
    r"regret",
    r"absurd",
    r"provocative",
    r"hostile",
    r"oppos",
    r"threat to (?:peace|security|stability)",
)
_PRAISE = _rx(
    r"welcome",
    r"commend",
    r"appreciat",
    r"grateful",
    r"\bthank",
    r"prais",
    r"positive step",
    r"step in the right direction",
)
_INTENT = _rx(
    r"(?:will|would|is ready to|are ready to|is willing to|are willing to|"
    r"is prepared to|are prepared to) (?:continue to )?"
    r"(?:provide|send|deliver|support|help|cooperate|assist|work with|"
    r"contribute|donate|invest|host|resume)",
    r"(?:ready|willing|prepared) to\b",
    r"(?:is|are) committed to",
    r"open to (?:talks|dialogue|negotiat|discuss)",
)
_SUPPORT = _rx(r"supports?\b", r"supported\b", r"backs?\b", r"endorses?\b")
_CONCERN = _rx(
    r"(?:deeply|gravely|seriously|very|extremely) (?:\w+ )?"
    r"(?:concerned|worried|alarmed)",
    r"(?:grave|serious|deep) concern",
)
_AID = _rx(r"\baid\b", r"assistance", r"humanitarian", r"food", r"relief", r"loan")
_TALKS = _rx(r"\btalks?\b", r"negotiat", r"dialogue", r"\bmeet")
_DEESCALATE = _rx(
    r"ceasefire",
    r"cease-fire",
    r"de-?escalat",
    r"restraint",
    r"refrain",
    r"calm",
    r"reduce tensions",
    r"hostilities",
    r"truce",
)


def classify_content(text: str) -> str | None:
    """The code a neutral cue's content implies, or None (a plain statement)."""
    if _REJECT.search(text):
        return "120"
    if _THREAT.search(text):
        return _threat_code(text)
    if _ACCUSE.search(text):
        return "112"
    if _DISAPPROVE.search(text):
        return "111"
    if _PRAISE.search(text):
        return "051"
    if _INTENT.search(text):
        return "033" if _AID.search(text) else "030"
    if _SUPPORT.search(text):
        return "051"
    if _CONCERN.search(text):
        return "012"
    return None


def _threat_code(text: str) -> str:
    if _SANCTIONS.search(text) or re.search(
        r"\b(?:visas?|restrict|freeze)", text, re.I
    ):
        return "1312"
    if _MILITARY.search(text):
        return "138"
    return "130"


def refine(code: str, content: str, key: str | None = None) -> str:
    """A more specific code from the content of a cue-coded speech act.

    A warning without anything threatening in it ("warned that the virus
    could spread") is a pessimistic comment (012), not a threat.
    """
    root = code[:2]
    if key == "warn" and not (
        _THREAT.search(content)
        or _MILITARY.search(content)
        or _SANCTIONS.search(content)
    ):
        return "012"
    if root == "02":
        if _DEESCALATE.search(content):
            return "0256"
        if _AID.search(content):
            return "023"
        if _TALKS.search(content):
            return "026"
    elif root == "03":
        if _THREAT.search(content) or (
            _MILITARY.search(content)
            and re.search(
                r"\b(?:retaliat|respond|punish|strike|attack|destroy)", content, re.I
            )
        ):
            return _threat_code(content)
        if _AID.search(content):
            return "033"
        if _TALKS.search(content):
            return "036"
    elif root == "13":
        return _threat_code(content)
    elif code == "011" and not re.search(r"\bcomment", content, re.I):
        return "120"
    return code


def modality_of(code: str) -> str | None:
    """``threat`` for 13x, ``intent`` for 03x, else None (the act happened)."""
    if code.startswith("13"):
        return "threat"
    if code.startswith("03"):
        return "intent"
    return None
