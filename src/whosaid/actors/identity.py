"""One identity per person or body across a corpus.

An actor's ``identity`` is the people-table entry id when the actor is linked
(``Q76``), else its normalized name plus country or IGO
(``name:barack obama|USA``): the same in every article for the same actor, so
a corpus can count "Obama", "Barack Obama" and "President Obama" as one.
"""

from __future__ import annotations

from whosaid.actors.people import fold

__all__ = ["actor_identity", "clean_person_name", "identity_key"]

TITLE_WORDS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "gov",
        "governor",
        "mayor",
        "gen",
        "general",
        "secretary",
        "king",
        "queen",
        "prince",
        "sheikh",
        "the",
        "former",
    ]
)
"""Words dropped from the front of a name for its identity."""
REPORTING_WORDS: frozenset[str] = frozenset(
    [
        "says",
        "said",
        "tells",
        "told",
        "warns",
        "warned",
        "urges",
        "urged",
        "vows",
        "vowed",
        "calls",
        "called",
        "claims",
        "claimed",
        "insists",
        "insisted",
        "slams",
        "slammed",
        "blasts",
        "blasted",
        "denies",
        "denied",
        "admits",
        "admitted",
        "responds",
        "responded",
        "wins",
        "tweets",
        "tweeted",
        "sounds",
        "offers",
        "wades",
        "debunks",
        "explains",
        "launches",
        "to",
    ]
)
"""Headline verbs that NER glues to a name ("Obama Says")."""


def clean_person_name(name: str) -> str:
    """A person's name without the headline or figures glued to it ("Obama
    Says" -> "Obama", "Trump Says He Never" -> "Trump", "Donald Trump Wins"
    -> "Donald Trump", "Donald Trump 384" -> "Donald Trump", "Trump - 60
    percent" -> "Trump"); other names come back unchanged."""
    words = name.split()
    for k, word in enumerate(words[1:], 1):
        if word.lower().strip(".,:") in REPORTING_WORDS or _no_name_word(word):
            return " ".join(words[:k])
    return " ".join(words)


def _no_name_word(word: str) -> bool:
    """A figure or a lone dash: never part of a name."""
    return any(c.isdigit() for c in word) or word in {"-", "–", "—", "--"}


def identity_key(name: str) -> str:
    """The folded name without leading titles or trailing headline verbs."""
    words = fold(clean_person_name(name)).split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def actor_identity(
    name: str,
    type: str,
    country: str | None,
    igo: str | None,
    kb_id: str | None = None,
) -> str:
    """The actor's corpus-wide identity (see the module docstring)."""
    if kb_id:
        return kb_id
    if type == "state" and country:
        return f"state:{country}"
    where = country or igo or ""
    kind = "place" if type == "place" else "name"
    return f"{kind}:{identity_key(name)}|{where}"
