"""Speaker resolution: a channel a personal pronoun possesses relays its
principal (issue #9).

"Macron spoke with the leaders of Niger …, *his office* said", "Guterres
called for …, *his spokesman* said", "*A spokesperson for his office* said":
the office or spokesperson only passes on the words of the person "his" or
"her" stands for, and annotators credit that person.  When the source closes
a sentence, the pronoun's antecedent is the person that sentence is about,
named before the source (its subject first: "Guterres condemns …, his
spokesman Stephane Dujarric said"); else the pronoun is resolved as any
other.  An office a name possesses ("Gachagua's office") stays a body of its
own (:func:`whosaid.speakers.groups.office_holder`).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import PERSON_PRONOUNS
from whosaid.entities.names import Ranges, quote_regions
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
)
from whosaid.speakers.salience import resolve_pronoun

SPOKES_NOUNS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})
OFFICE_NOUNS: frozenset[str] = frozenset({"office"})
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset({"his", "her"})


def channel_pronoun(root: Token) -> Token | None:
    """The "his"/"her" whose channel a source's head is: the possessor of an
    office or spokesperson ("his office", "her spokeswoman"), or of the
    office a spokesperson is "for" ("a spokesperson for his office");
    ``None`` for any other source."""
    head = root.lower_
    if head in OFFICE_NOUNS | SPOKES_NOUNS:
        found = _pronoun_possessor(root)
        if found is not None or head in OFFICE_NOUNS:
            return found
    if head not in SPOKES_NOUNS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in OFFICE_NOUNS:
                return _pronoun_possessor(obj)
    return None


def _pronoun_possessor(noun: Token) -> Token | None:
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
        ),
        None,
    )


def channel_principal(
    ix: DocIndex, ds: Discourse, span: SpacySpan, content: Ranges
) -> SourceResult | None:
    """The person a pronoun-possessed channel speaks for ("his office",
    "his spokesman Stephane Dujarric", "a spokesperson for his office"):
    the person the sentence is about when the source closes it
    (:func:`sentence_principal`), else, for a channel no name follows, the
    pronoun's antecedent; ``None`` when the source is no such channel or
    no person is found (a named spokesman who opens the sentence speaks
    for himself)."""
    root = span.root
    pronoun = channel_pronoun(root)
    if pronoun is None:
        return None
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    principal = sentence_principal(ds, span.start_char, pronoun, gender)
    if principal is None and not _names_a_person(ix, span):
        found = resolve_pronoun(ix, ds, pronoun, content)
        if found.entity is not None and found.entity.kind == "person":
            principal = found.entity
    if principal is None:
        return None
    return SourceResult(principal, RESOLVED_NOMINAL)


def _names_a_person(ix: DocIndex, span: SpacySpan) -> bool:
    found = (ix.token_mention.get(t.i) for t in span)
    return any(m is not None and m.entity.kind == "person" for m in found)


def sentence_principal(
    ds: Discourse, source_start: int, pronoun: Token, gender: str | None
) -> Entity | None:
    """The person a sentence that a source closes is about ("Macron spoke
    with …, his office said"): the first compatible person that is a
    subject between the sentence's start and the source, else the latest
    compatible person named there (the words reported hold it); never one
    inside quotation marks."""
    sent = pronoun.sent
    quoted = Ranges(
        (sent.start_char + a, sent.start_char + b) for a, b in quote_regions(sent.text)
    )
    lo = bisect.bisect_left(ds.events, sent.start_char, key=lambda ev: ev.start)
    hi = bisect.bisect_left(ds.events, source_start, key=lambda ev: ev.start)
    latest: Entity | None = None
    for ev in ds.events[lo:hi]:
        entity = ev.entity
        if ev.start in quoted or ev.speaker or entity.kind != "person":
            continue
        if gender is not None and entity.gender not in {None, gender}:
            continue
        if ev.subject:
            return entity
        latest = entity
    return latest
