"""Speaker resolution: a role noun a body's name modifies ("the U.N. chief",
"the IAEA head") stands for the person the article gave that body's title."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import DEFINITE_DETS
from whosaid.speakers.model import Discourse, DocIndex, Entity, MentionRef, token_range
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
