"""Speaker resolution: a name NER took for a person that the text itself
calls a body ("the Caracas-based consultancy *Polis Datos*", "the think
tank *Chatham House*"): the noun right before the name says what it is, so
a later "he" is never the firm (issue #9)."""

from __future__ import annotations

from spacy.tokens import Doc

from whosaid.entities.lexicon import ORG_NOUNS

BODY_DESCRIPTORS: frozenset[str] = ORG_NOUNS | frozenset(
    {"consultancy", "pollster", "tank", "charity", "outlet", "thinktank", "nonprofit"}
)
"""Lower-case nouns that, right before a name, say it names an organisation."""


def named_as_body(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` follows a lower-case organisation
    noun that is a preposition's object ("analyst X *of the consultancy*
    Polis Datos", a speaker's affiliation); a possessive or a title between
    them ("the company's founder X") is no such noun, and a body heading a
    subject ("food group Nestlé said") is left to the source rules."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (
        prev.pos_ == "NOUN"
        and prev.is_lower
        and prev.lower_ in BODY_DESCRIPTORS
        and prev.dep_ == "pobj"
    )
