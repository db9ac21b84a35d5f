"""Speaker resolution: names whose NER label hides their kind (issue #9).

"Nvidia" tagged a place is a company world knowledge knows ("Nvidia said …
The company said": Nvidia, never the outlet's masthead); "Everett" of
"Greg Whitfield of Everett" tagged a person is the man's town ("He said" is
Whitfield's).
"""

from __future__ import annotations

from whosaid.entities.lexicon import ORG_NOUNS
from whosaid.entities.names import name_words
from whosaid.speakers.model import DocIndex, RawMention, char_span

KNOWN_BODY_KINDS: frozenset[str] = frozenset({"company", "media"})
"""Kinds of name world knowledge knows that are never a place NER may call
one ("Nvidia", "CNBC")."""

HOMETOWN_PREPS: frozenset[str] = frozenset({"of", "from"})


def known_body(ix: DocIndex, raw: RawMention) -> bool:
    """Whether a name NER tagged as a place is one world knowledge knows as
    a company or an outlet ("Nvidia", "CNBC")."""
    return (
        raw.label == "GPE"
        and ix.kind_of is not None
        and ix.kind_of(raw.name) in KNOWN_BODY_KINDS
    )


def hometown(ix: DocIndex, raw: RawMention) -> bool:
    """Whether a one-word name NER tagged as a person follows a person's
    full name and "of"/"from" ("Greg Whitfield of Everett", "Jane Roe from
    Tulsa"): the place the person is from."""
    if raw.label != "PERSON" or len(name_words(raw.name)) != 1:
        return False
    span = char_span(ix, raw.start, raw.end)
    if span is None or span.start < 3:
        return False
    prep = ix.doc[span.start - 1]
    last = ix.doc[span.start - 2]
    first = ix.doc[span.start - 3]
    return (
        prep.lower_ in HOMETOWN_PREPS
        and last.ent_type_ == "PERSON"
        and first.ent_type_ == "PERSON"
        and last.ent_iob_ == "I"
    )


PLACE_LABELS: frozenset[str] = frozenset({"GPE", "NORP"})


def named_after_org_noun(ix: DocIndex, raw: RawMention) -> bool:
    """Whether a name NER tagged as a place or people names the body a
    lower-case organisation noun right before it describes ("The business
    association *Confiep*", "the rebel group *M23*"), never a state world
    knowledge knows."""
    if raw.label not in PLACE_LABELS:
        return False
    span = char_span(ix, raw.start, raw.end)
    if span is None or not len(span) or span.start == 0:
        return False
    before = ix.doc[span.start - 1]
    if not (before.is_lower and before.lower_ in ORG_NOUNS):
        return False
    if span.root.dep_ != "appos" or span.root.head.i != before.i:
        return False
    return ix.kind_of is None or ix.kind_of(raw.name) not in {"state", "place"}
