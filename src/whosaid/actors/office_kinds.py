"""What kind of key office a term is: head of state or government, one of
four ministries, central bank governor, armed forces chief, speaker of
parliament, opposition leader, or an IGO's head.

Read by the build of the people tables (``scripts/build_knowledge.py``: a
later holder of a single-holder office ends a term a source left open) and
by the gap check of the tables (``whosaid.eval.office_gaps``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from whosaid.actors.terms import Office, fold

__all__ = ["KINDS", "SINGLE_HOLDER_KINDS", "office_kind", "solid_kind"]

KINDS: tuple[str, ...] = (
    "head of state",
    "head of government",
    "foreign",
    "defence",
    "finance",
    "interior",
    "central bank",
    "military chief",
    "speaker",
    "opposition leader",
)
SINGLE_HOLDER_KINDS: frozenset[str] = frozenset(KINDS) - {
    "opposition leader",
    "speaker",  # two chambers, two speakers, under labels of every kind
}
"""Kinds one person holds at a time in a state."""

_NOT_HOLDER = re.compile(
    r"\b(deputy|vice|first vice|second vice|assistant|under|delegate|"
    r"minister of state|state secretary|secretary of state for|parliamentary|"
    r"shadow|former|acting deputy|adviser|advisor|spokes\w*|governor general|"
    r"ambassador|consul|envoy|permanent representative|first lady|"
    r"first gentleman|to the president|of the president|regional|provincial|"
    r"state minister|associate|permanent|in the ministry|flemish|walloon|"
    r"cabinet secretary|chief secretary|military cabinet)\b"
)
_MINISTER = re.compile(r"\b(minister|secretary|chancellor|ministry)\b")
_MINISTRIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("foreign", re.compile(
        r"\bforeign (aff|min|and)|\bexternal aff|\bforeign secretary|"
        r"^secretary of state$"
    )),
    ("defence", re.compile(r"\bdefen[cs]e\b|\barmed forces\b")),
    ("finance", re.compile(r"\bfinances?\b|\btreasury\b|\bexchequer\b")),
    ("interior", re.compile(
        r"\binterior\b|\bhome affairs\b|\bhome secretary\b|\bhomeland security\b"
    )),
)  # fmt: skip
_CENTRAL_BANK = re.compile(
    r"\b(central bank|reserve bank|federal reserve|national bank|people's bank|"
    r"bank of|monetary authority|state bank)\b"
)
_BANK_HEAD = re.compile(r"\b(governor|chair\w*|president|head)\b")
_MILITARY_CHIEF = re.compile(
    r"\b(chief of (the )?(general|defen[cs]e|army|armed forces|joint)\w* staff|"
    r"chief of defen[cs]e (staff|force|forces)|chief of the armed forces|"
    r"chairman of the joint chiefs|"
    r"commander.in.chief of the (armed forces|army)|army chief|"
    r"chief of army staff|commander of the (armed forces|army))\b"
)
_SPEAKER = re.compile(
    r"\b(speaker of (the )?(house|parliament|national assembly|majlis|"
    r"lok sabha|knesset|verkhovna rada|senate|grand national assembly|"
    r"house of representatives|house of commons|state duma|people's)|"
    r"speaker$|^speaker|president of the (national assembly|senate|"
    r"bundestag|chamber of deputies|congress|parliament|sejm|state duma|"
    r"house of representatives|legislative yuan)|chairman of the (state duma|"
    r"national people's congress|national assembly|parliament)|"
    r"chairperson of the (verkhovna rada|parliament|national assembly))\b"
)
_OPPOSITION = re.compile(r"\bleader of the opposition\b|\bopposition leader\b")
_HEAD_OF_STATE = re.compile(
    r"^(president|king|queen|emir|amir|sultan|monarch|supreme leader)( of (?P<of>.+))?$"
)
_HEAD_OF_GOVERNMENT = re.compile(
    r"^(prime minister|premier|chancellor|federal chancellor|taoiseach|"
    r"president of the government)( of (?P<of>.+))?$"
)
_NATIONAL_TAILS: frozenset[str] = frozenset(
    {"the republic", "the state", "the kingdom", "the federation", "the government"}
)
_IGO_HEAD = re.compile(
    r"\b(secretary.general|director.general|managing director|president|"
    r"chairperson|chairman|chair|high representative|prosecutor)\b"
)


def office_kind(office: Office, names: Collection[str] = ()) -> str | None:
    """The kind of :data:`KINDS` an office is (``igo head`` for an IGO's
    head), or ``None`` for every other office (deputies, ambassadors,
    spokespeople, shadow ministers, provincial offices).  ``names``: the
    office's country's names, folded (a "President of X" or "Prime Minister
    of X" is a head only when X is the country, not a province)."""
    low = office.office.lower().strip()
    if office.igo is not None and office.country is None:
        if _NOT_HOLDER.search(low) or "member" in low:
            return None
        return "igo head" if _IGO_HEAD.search(low) else None
    if office.source == "cia":
        field, _, rest = low.partition(":")
        rest = rest.strip()
        if _NOT_HOLDER.search(rest) or re.search(r"\b(deputy|vice)", rest):
            return None
        if field.startswith("chief of state"):
            return "head of state"
        if field.startswith("head of government"):
            return "head of government"
        return None
    if office.sector == "OPP" or _OPPOSITION.search(low):
        return "opposition leader" if _OPPOSITION.search(low) else None
    if _NOT_HOLDER.search(low):
        return None
    if _SPEAKER.search(low):
        return "speaker"
    if _MILITARY_CHIEF.search(low):
        return "military chief"
    if _CENTRAL_BANK.search(low) and _BANK_HEAD.search(low):
        return "central bank"
    for kind, pattern in (
        ("head of government", _HEAD_OF_GOVERNMENT),
        ("head of state", _HEAD_OF_STATE),
    ):
        m = pattern.match(low)
        if m is not None:
            of = m.group("of")
            national = of is None or of in _NATIONAL_TAILS or fold(of) in names
            return kind if national else None
    if _MINISTER.search(low):
        for kind, pattern in _MINISTRIES:
            if pattern.search(low):
                return kind
    return None


_MINISTRY_KINDS = frozenset({"foreign", "defence", "finance", "interior"})
_PLAIN_WORDS: frozenset[str] = frozenset(
    {
        "minister", "ministry", "secretary", "federal", "union", "national", "of",
        "for", "the", "and", "affairs", "foreign", "external", "defence", "defense",
        "finance", "finances", "treasury", "interior", "home", "homeland", "security",
        "armed", "forces", "exchequer", "chancellor", "economy", "economic", "budget",
        "trade", "cooperation", "european", "europe", "relations", "international",
        "administration", "kingdom", "public", "government", "acting", "interim",
        "caretaker", "worship", "development", "commonwealth",
    }
)  # fmt: skip
"""The words of a plain ministry's label ("Minister of Economy and Finance",
"Minister of Foreign Affairs and Trade"): any other word ("Materiel",
"Industry", "Science") makes another office."""


def _plain(label: str) -> bool:
    return all(w in _PLAIN_WORDS for w in fold(label).split())


_PM_TITLES = re.compile(
    r"^(prime minister|premier|chancellor|federal chancellor|taoiseach)$"
)
_HEAD_TITLES = re.compile(
    r"^(president|king|queen|emir|amir|sultan|monarch|supreme leader|"
    r"grand duke|prince|emperor)$"
)
_INTERIM = re.compile(r"^(acting|interim|caretaker|transitional) ")


def solid_kind(office: Office, names: Collection[str] = ()) -> str | None:
    """The kind of an office whose label names its title plainly enough for
    a later holder's term to end an earlier one's: a Factbook head whose
    title is a head's ("head of government: Prime Minister"; the bare
    "head of government" of a parse that lost the title is no evidence),
    any other source's :func:`office_kind`, a ministry only under a plain
    label (:data:`_PLAIN_WORDS`).  A Factbook "chief of state:
    Prime Minister" is a head of government."""
    if office.source != "cia":
        kind = office_kind(office, names)
        if kind in _MINISTRY_KINDS and not _plain(office.office):
            return None  # "Minister for Defence Materiel" is no defence minister
        return kind
    field, _, title = office.office.lower().partition(":")
    title = _INTERIM.sub("", title.strip())
    if _PM_TITLES.match(title):
        return "head of government"
    if _HEAD_TITLES.match(title):
        return "head of government" if field.startswith("head") else "head of state"
    return None
