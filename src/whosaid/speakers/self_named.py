"""Speaker resolution: a source who gives only a name of their own.

"A 29-year-old demonstrator who gave only his first name, Kyaw, said",
"A resident of the Mbare suburb, who gave his name only as Tendai, said":
the source is a person of their own, named by exactly the word(s) given.  A
first name given alone is never the longer name of someone else the article
names ("Kyaw" is not "Htin Kyaw"), so the mention's entity is kept only when
its name is the name given.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
)

GIVING_VERBS: frozenset[str] = frozenset(
    {"give", "gives", "gave", "given", "giving", "provided", "offered"}
)
"""Verbs of "who gave only her first name", "who provided his name as" (the
parse carries no lemmas)."""
NAME_NOUNS: frozenset[str] = frozenset({"name", "surname"})
NAME_WORDS = 3
"""The most words a self-given name may have."""


def self_named_source(
    ix: DocIndex, ds: Discourse, span: SpacySpan
) -> SourceResult | None:
    """The person a relative clause of the source names by the name they gave
    ("who gave only his first name, Kyaw,", "who gave his name only as
    Tendai"); ``None`` when the source holds no such clause."""
    for tok in span:
        if tok.dep_ != "relcl" or tok.lower_ not in GIVING_VERBS:
            continue
        noun = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lower_ in NAME_NOUNS),
            None,
        )
        if noun is None:
            continue
        found = _given_as(tok, noun) or _given_after(span, noun)
        if found is not None:
            return _person(ix, ds, found)
    return None


def _given_as(verb: Token, noun: Token) -> tuple[int, int] | None:
    """The tokens of the name after "as" ("gave his name only as Tendai")."""
    for prep in (*verb.children, *noun.children):
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                first = min(
                    (c.i for c in obj.children if c.dep_ == "compound"),
                    default=obj.i,
                )
                return first, obj.i + 1
    return None


def _given_after(span: SpacySpan, noun: Token) -> tuple[int, int] | None:
    """The tokens of the capitalised proper name set off by a comma right after
    the name noun ("gave only his first name, Kyaw,")."""
    doc = span.doc
    start = noun.right_edge.i + 1
    if start < span.end and doc[start].text == ",":
        start += 1
    end = start
    while (
        end < span.end
        and end - start < NAME_WORDS
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
    ):
        end += 1
    if end == start or (end < span.end and doc[end].text not in {",", "."}):
        return None
    return start, end


def _person(ix: DocIndex, ds: Discourse, tokens: tuple[int, int]) -> SourceResult:
    """The person named by the tokens: the mention's person entity when it
    bears that very name, else a person of its own (one per name; NER may
    have taken the name for a body)."""
    first, last = ix.doc[tokens[0]], ix.doc[tokens[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    name = ix.text[start:end]
    mention = ix.token_mention.get(first.i)
    if (
        mention is not None
        and mention.entity.name == name
        and mention.entity.kind == "person"
    ):
        entity = mention.entity
    else:
        entity = ds.entities.setdefault(
            f"named:{name.lower()}",
            Entity(name=name, kind="person", start=start, end=end),
        )
    return SourceResult(entity, RESOLVED_APPOSITIVE, (start, end))
