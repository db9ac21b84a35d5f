"""Speaker resolution: role nouns that stand for a titled person: one a
body's name modifies ("the U.N. chief", "the IAEA head") as a source, and a
definite role noun as a sentence subject ("The president thanked …") as a
salient mention of the person with that title."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.attrs import LOWER
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import DEFINITE_DETS, ROLE_NOUNS, ROLE_SYNONYMS
from whosaid.speakers.model import (
    Discourse,
    DocIndex,
    Entity,
    Event,
    MentionRef,
    main_clause_subject,
    token_range,
    tokens_where,
)
from whosaid.speakers.salience import search_back
from whosaid.speakers.titles import title_word


def titled_holder(
    ix: DocIndex,
    ds: Discourse,
    span: SpacySpan,
    root: Token,
    inner: Sequence[MentionRef],
) -> Entity | None:
    """ "The U.N. chief said" after "U.N. Secretary-General Antonio
    Guterres": a definite role noun a body's name modifies is the latest
    person before it whose titles hold that name's words; ``None`` when
    no one has them (the body then speaks: "the ministry spokesman")."""
    if not any(t.lower_ in DEFINITE_DETS and t.i < root.i for t in span):
        return None
    for m in inner:
        if m.entity.kind != "org":
            continue
        rng = token_range(ix.doc, m.start, m.end)
        if not any(
            ix.doc[i].dep_ == "compound" and ix.doc[i].head.i == root.i for i in rng
        ):
            continue
        words = frozenset(title_word(ix.doc[i].lower_) for i in rng)
        return search_back(ds, span.start_char, _holds_titles(words), (), _titles)
    return None


def _holds_titles(words: frozenset[str]) -> Callable[[Entity], bool]:
    def holds(entity: Entity) -> bool:
        titles = entity.titles
        return entity.kind == "person" and bool(titles) and words <= titles

    return holds


def _titles(entity: Entity) -> set[str]:
    return entity.titles


def add_role_subjects(ix: DocIndex, ds: Discourse) -> None:
    """Make a definite role noun that is a main clause's subject a subject
    of the person the article gave that title: "Karoline Leavitt said
    President Donald Trump would sign it.  The president thanked
    Republicans.  He wrote …" -- "He" is the president, though "The
    president" spoke through no attribution.  A role a place or body
    modifies ("the French president") is left alone: it may be someone
    else."""
    for i in tokens_where(ix.doc, LOWER, ROLE_NOUNS):
        tok = ix.doc[i]
        if tok.tag_ != "NN":
            continue
        if tok.i in ix.token_mention or tok.idx in ix.masked or tok.idx in ix.exclude:
            continue
        if not main_clause_subject(tok):
            continue
        children = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in children):
            continue
        if any(c.ent_type_ or c.dep_ in {"poss", "amod", "compound"} for c in children):
            continue
        wanted = frozenset(ROLE_SYNONYMS.get(tok.lower_, {tok.lower_}))
        entity = search_back(ds, tok.idx, _holds_any(wanted), (), _titles)
        if entity is None:
            continue
        event = Event(
            start=tok.idx,
            end=tok.idx + len(tok.text),
            entity=entity,
            subject=True,
            speaker=False,
            masked=False,
        )
        bisect.insort(ds.events, event, key=lambda ev: ev.start)


def _holds_any(wanted: frozenset[str]) -> Callable[[Entity], bool]:
    def holds(entity: Entity) -> bool:
        return entity.kind == "person" and bool(entity.titles & wanted)

    return holds
