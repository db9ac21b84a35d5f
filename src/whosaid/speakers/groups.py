"""Speaker resolution: sources that stand for a person or body through a
group: "analysts at Goldman Sachs" (the body), "the Wisconsin Republican"
(a person of a group), "the 74-year-old" (a person described by age)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import DEFINITE_DETS
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    RESOLVED_NOMINAL,
    RESOLVED_UNRESOLVED,
    Discourse,
    DocIndex,
    MentionRef,
    SourceResult,
    token_range,
)
from whosaid.speakers.salience import latest_person

AGE_DESCRIPTION = re.compile(r"^(?:the|The)\s+\d{1,3}[- ]year[- ]old$")
"""A source that describes a person by age alone ("the 74-year-old")."""

MEMBER_PREPS: frozenset[str] = frozenset({"at", "for", "of", "from", "with"})


def members_of(
    ix: DocIndex, span: SpacySpan, root: Token, inner: Sequence[MentionRef]
) -> SourceResult | None:
    """ "Analysts at Goldman Sachs", "officials at the Pentagon", "lawyers for
    the company": people speaking for an organisation named after a
    preposition are that organisation (as event coders code them)."""
    if root.tag_ != "NNS" or root.i in ix.token_mention:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PREPS:
            continue
        below = {t.i for t in prep.subtree}
        for m in inner:
            if m.entity.kind != "org":
                continue
            if all(i in below for i in token_range(ix.doc, m.start, m.end)):
                return SourceResult(m.entity, RESOLVED_APPOSITIVE, (m.start, m.end))
    return None


def group_member(
    ix: DocIndex, ds: Discourse, span: SpacySpan, root: Token
) -> SourceResult | None:
    """A definite singular whose head is a group's name ("the Wisconsin
    Republican", "the Democrat") is one person of that group: the latest
    person before it who spoke or was a subject ("Sen. X voted against
    it.  The Massachusetts Democrat said"), else no one -- never a speaker
    named "Republican"."""
    mention = ix.token_mention.get(root.i)
    if (
        mention is None
        or mention.entity.kind != "norp"
        or root.tag_ not in {"NNP", "NN"}
        or not any(t.lower_ in DEFINITE_DETS and t.i < root.i for t in span)
    ):
        return None
    entity = latest_person(ds, span.start_char)
    if entity is None:
        return SourceResult(None, RESOLVED_UNRESOLVED)
    return SourceResult(entity, RESOLVED_NOMINAL)


def age_described(ds: Discourse, span: SpacySpan) -> SourceResult | None:
    """ "…," the 74-year-old said: the person just named or speaking;
    ``None`` for any other source."""
    if not AGE_DESCRIPTION.match(span.text.strip()):
        return None
    aged = latest_person(ds, span.start_char)
    return None if aged is None else SourceResult(aged, RESOLVED_NOMINAL)
