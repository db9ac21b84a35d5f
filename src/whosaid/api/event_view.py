"""Events on the article view: titles, evidence in context, highlighted.

Each event is listed with its source and target actors, its CAMEO code (the
code's name on hover, from :mod:`whosaid.api.cameo`) and its evidence shown
in the surrounding text, the evidence spans wrapped in
``<mark class="ws-evidence" data-event-id="...">``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from whosaid.api.cameo import code_title
from whosaid.records import Actor, Article, Event

__all__ = [
    "QUAD_CLASSES",
    "EventView",
    "dyad_pairs",
    "event_title",
    "event_views",
    "evidence_in_context",
]

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
"""GDELT's quad classes."""

CONTEXT = 90
"""Characters of text shown on each side of an event's evidence, at most."""


@dataclass(frozen=True, slots=True)
class EventView:
    """One event as the article view lists it."""

    event: Event
    source: Actor | None
    target: Actor | None
    code_title: str
    quad: str
    title: str
    evidence: Markup


def _who(actor_id: str | None, actors: Mapping[str, Actor]) -> str:
    if actor_id is None:
        return "—"
    actor = actors.get(actor_id)
    if actor is None:
        return actor_id
    return f"{actor.name} ({actor.code})" if actor.code else actor.name


def event_title(event: Event, actors: Mapping[str, Actor]) -> str:
    """The hover text of an event: who, what (code and name), to whom, score."""
    negated = "not " if event.negated else ""
    modality = f" · {event.modality}" if event.modality else ""
    return (
        f"Event: {_who(event.source, actors)} → {_who(event.target, actors)} · "
        f"{negated}{code_title(event.code)} · Goldstein {event.goldstein:+.1f}"
        f"{modality}"
    )


def evidence_in_context(text: str, event: Event, title: str) -> Markup:
    """The evidence spans marked inside the text around them (one line).

    The context runs to the line breaks around the evidence, at most
    :data:`CONTEXT` characters each side (cut with an ellipsis).
    """
    spans = sorted(
        (s for s in event.evidence if s.end > s.start), key=lambda s: s.start
    )
    if not spans:
        return Markup('<span class="ws-muted">no evidence span</span>')
    first, last = spans[0].start, max(s.end for s in spans)
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, first - CONTEXT)
    right = min(line_end, last + CONTEXT)
    parts = ["…" if left > line_start else ""]
    cursor = left
    for span in spans:
        start = max(span.start, cursor)
        if start >= span.end:
            continue
        parts.append(str(escape(text[cursor:start])))
        parts.append(
            f'<mark class="ws-evidence" data-event-id="{escape(event.id)}" '
            f'title="{escape(title)}">{escape(text[start : span.end])}</mark>'
        )
        cursor = span.end
    parts.append(str(escape(text[cursor:right])))
    parts.append("…" if right < line_end else "")
    return Markup("".join(parts))


def event_views(article: Article) -> list[EventView]:
    """The article's events, in order, ready for the template."""
    actors = {a.id: a for a in article.actors}
    views = []
    for event in article.events:
        title = event_title(event, actors)
        views.append(
            EventView(
                event=event,
                source=actors.get(event.source) if event.source else None,
                target=actors.get(event.target) if event.target else None,
                code_title=code_title(event.code),
                quad=QUAD_CLASSES.get(event.quad_class, str(event.quad_class)),
                title=title,
                evidence=evidence_in_context(article.text, event, title),
            )
        )
    return views


def dyad_pairs(views: list[EventView]) -> list[tuple[str, str]]:
    """The (source code, target code) pairs of the events, first seen first."""
    pairs: dict[tuple[str, str], None] = {}
    for v in views:
        if v.source and v.target and v.source.code and v.target.code:
            pairs[(v.source.code, v.target.code)] = None
    return list(pairs)
