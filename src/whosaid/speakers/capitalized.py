"""Speaker resolution: a capitalised source that names no mention ("The
RSF, led by …", "Army Chief General Waker-Uz-Zaman") is a person or body of
its own words (moved out of :mod:`whosaid.speakers.sources`)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import GENERIC_HEADS, ROLE_NOUNS
from whosaid.entities.names import (
    is_acronym,
    looks_like_person_name,
    name_words,
    normal_case,
    person_after_title,
    shouted_person,
    strip_post_nominals,
    strip_titles,
    surname_keys,
    trim_name,
)
from whosaid.speakers.mentions import expand_acronym
from whosaid.speakers.model import (
    RESOLVED_NAME,
    RESOLVED_UNRESOLVED,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
    char_span,
    mention_for,
)
from whosaid.speakers.titles import learn_descriptors


def capitalized_fallback(ix: DocIndex, ds: Discourse, span: SpacySpan) -> SourceResult:
    """A capitalised source no other rule resolved ("Chipmaker Veltron",
    "Army Chief General Waker-Uz-Zaman", "the RSF"): a person or a body named
    by its words (a surname or an acronym joins the entity it stands for);
    unresolved when a word is lower case, generic or no proper noun."""
    root = span.root
    head_end = root.idx + len(root.text)
    if span.start_char < head_end < span.end_char and ix.text[
        head_end : span.end_char
    ].lstrip()[:1] in {",", "("}:
        span = char_span(ix, span.start_char, head_end) or span  # "The RSF, led by"
    start, end = trim_name(ix.text, span.start_char, span.end_char)
    start, end = person_after_title(ix.text, start, end, ROLE_NOUNS)
    untitled = strip_post_nominals(ix.text, *strip_titles(ix.text, start, end))
    full = ix.text[start:end]
    titled, (start, end) = untitled[0] > start, untitled
    name = ix.text[start:end]
    words = name_words(name)
    if not words or not all(w[:1].isupper() for w in words):
        return SourceResult(None, RESOLVED_UNRESOLVED)
    if any(w.lower() in GENERIC_HEADS for w in words):
        return SourceResult(None, RESOLVED_UNRESOLVED)
    if span.root.pos_ != "PROPN" and not is_acronym(name):
        return SourceResult(None, RESOLVED_UNRESOLVED)
    if len(words) == 1 and is_acronym(name):
        full = expand_acronym(ix, ds, name)
        entity = ds.entities.get(f"thing:{full.lower()}")
        if entity is not None:
            return SourceResult(entity, RESOLVED_NAME, mention_for(entity, start))
    if len(words) == 1:
        for entity in reversed(list(ds.entities.values())):
            if entity.kind == "person" and name.lower() in surname_keys(entity.name):
                return SourceResult(entity, RESOLVED_NAME, mention_for(entity, start))
    key = f"thing:{name.lower()}"
    entity = ds.entities.get(key)
    if entity is None:
        person = looks_like_person_name(name) or shouted_person(
            ix.text, start, end, name
        )
        # "Army Chief General Waker-Uz-Zaman": one word after a title
        person = person or (
            titled
            and len(words) == 1
            and not is_acronym(name)
            and (ix.kind_of is None or ix.kind_of(full) is None)  # General Motors
        )
        kind = "person" if person else "org"
        shown = normal_case(name, ix.text) if kind == "person" else name
        entity = Entity(name=shown, kind=kind, start=start, end=end)
        ds.entities[key] = entity
        named = char_span(ix, start, end)
        if kind == "org" and named is not None and len(named):
            # "Swissmem, the association of …": a later "the association"
            learn_descriptors(ix, entity, named)
    return SourceResult(entity, RESOLVED_NAME, (start, end))
