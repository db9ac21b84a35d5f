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
    ]
)
"""Headline verbs that NER glues to a name ("Obama Says")."""


def clean_person_name(name: str) -> str:
    """A person's name without a headline verb glued to it ("Obama Says" ->
    "Obama"); other names come back unchanged."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,:") in REPORTING_WORDS:
        words.pop()
    return " ".join(words)


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
