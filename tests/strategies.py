"""Hypothesis strategies for records: articles with every kind of field.

Spans index the article's text (``text[start:end] == span.text``), so the
generated articles are valid for every reader, the store's included.
"""

from __future__ import annotations

from typing import Any, get_args

from hypothesis import strategies as st

from whosaid.records import (
    Actor,
    ActorType,
    Article,
    Attribution,
    AttributionKind,
    Boilerplate,
    ErrorInfo,
    Event,
    QuadClass,
    RawArticle,
    Span,
    Speaker,
)

__all__ = ["articles", "failed_articles"]

_words = st.text(min_size=0, max_size=12)
_names = st.text(min_size=1, max_size=12)
_maybe = st.none() | _names
_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)


def _span(draw: Any, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.of(text, start, end)


def _spans(draw: Any, text: str, most: int = 3) -> tuple[Span, ...]:
    return tuple(_span(draw, text) for _ in range(draw(st.integers(0, most))))


@st.composite
def _speaker(draw: Any, text: str) -> Speaker:
    return Speaker(
        name=draw(_maybe),
        mention=_span(draw, text) if draw(st.booleans()) else None,
        resolved_by=draw(st.sampled_from(["name", "pronoun", "unresolved"])),
        actor_id=draw(_maybe),
        code=draw(_maybe),
    )


@st.composite
def _attribution(draw: Any, text: str, idx: int, prefix: str) -> Attribution:
    return Attribution(
        id=f"{prefix}:a{idx}",
        kind=draw(st.sampled_from(get_args(AttributionKind))),
        source=_spans(draw, text),
        cue=_spans(draw, text),
        content=_spans(draw, text),
        speaker=draw(st.none() | _speaker(text)),
        confidence=draw(_floats),
        method=draw(_names),
    )


@st.composite
def _actor(draw: Any, text: str, idx: int, prefix: str) -> Actor:
    return Actor(
        id=f"{prefix}:actor{idx}",
        name=draw(_names),
        type=draw(st.sampled_from(get_args(ActorType))),
        country=draw(_maybe),
        igo=draw(_maybe),
        sector=draw(_maybe),
        code=draw(_maybe),
        roles=tuple(draw(st.lists(_names, max_size=2))),
        mentions=_spans(draw, text),
        source=draw(_words),
        identity=draw(_maybe),
        kb_id=draw(_maybe),
    )


@st.composite
def _event(draw: Any, text: str, idx: int, prefix: str) -> Event:
    return Event(
        id=f"{prefix}:e{idx}",
        source=draw(_maybe),
        target=draw(_maybe),
        code=draw(_names),
        root=draw(_names),
        goldstein=draw(_floats),
        quad_class=draw(st.sampled_from(get_args(QuadClass))),
        evidence=_spans(draw, text),
        attribution_id=draw(_maybe),
        negated=draw(st.booleans()),
        modality=draw(st.none() | st.sampled_from(["threat", "intent", "possible"])),
        date=draw(_maybe),
        method=draw(_names),
        confidence=draw(_floats),
    )


@st.composite
def articles(draw: Any, *, events: bool = True, identity: bool = True) -> Article:
    """An analyzed article: spans, attributions, actors and (optionally) events.

    Args:
        events: Generate events (off for readers that do not keep them yet).
        identity: Generate actors' ``identity``/``kb_id``.
    """
    text = draw(st.text(max_size=60))
    prefix = draw(_names)
    actors = tuple(
        draw(_actor(text, i, prefix)) for i in range(draw(st.integers(0, 3)))
    )
    if not identity:
        actors = tuple(
            Actor.from_dict({**a.to_dict(), "identity": None, "kb_id": None})
            for a in actors
        )
    return Article(
        id=prefix,
        path=draw(_maybe),
        url=draw(_maybe),
        date=draw(st.none() | st.dates().map(str)),
        title=_span(draw, text) if draw(st.booleans()) else None,
        section=tuple(draw(st.lists(_names, max_size=2))),
        text=text,
        body=_spans(draw, text),
        captions=_spans(draw, text),
        boilerplate=tuple(
            Boilerplate(**_span(draw, text).to_dict(), kind=draw(_names))
            for _ in range(draw(st.integers(0, 2)))
        ),
        attributions=tuple(
            draw(_attribution(text, i, prefix)) for i in range(draw(st.integers(0, 3)))
        ),
        warnings=tuple(draw(st.lists(_words, max_size=2))),
        error=None,
        whosaid_version=draw(_names),
        model=draw(_names),
        actors=actors,
        events=tuple(
            draw(_event(text, i, prefix)) for i in range(draw(st.integers(0, 2)))
        )
        if events
        else (),
    )


@st.composite
def failed_articles(draw: Any) -> Article:
    """A failed article, as :meth:`Article.failed` builds them."""
    raw = RawArticle(
        id=draw(_names), path=draw(_maybe), url=draw(_maybe), date=draw(_maybe)
    )
    return Article.failed(
        raw,
        ErrorInfo(code=draw(_names), message=draw(_words)),
        model=draw(_names),
        warnings=draw(st.lists(_words, max_size=2)),
    )
