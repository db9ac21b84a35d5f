"""Attribution highlighting: an article's text as HTML with marked spans.

Each attribution's source, cue and content spans become
``<span class="ws-source|ws-cue|ws-content" data-attribution-id="...">``
elements; their ``title`` names the resolved speaker.  Where spans of several
attributions overlap (a quotation inside another's content), the elements
nest: content outermost, then source, then cue.  ``static/whosaid.js`` does
the same in the browser for the analyze page.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from whosaid.records import Article, Attribution, Span

__all__ = [
    "Mark",
    "Region",
    "attribution_title",
    "highlight",
    "marks",
    "outside",
    "regions",
]

ROLES = ("content", "source", "cue")
"""Span roles, outermost first when they nest."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One attribution span to highlight."""

    start: int
    end: int
    role: str
    attribution_id: str
    title: str


@dataclass(frozen=True, slots=True)
class Region:
    """A highlighted stretch of the article: the title, a paragraph, a caption."""

    start: int
    end: int
    html: Markup


def attribution_title(a: Attribution) -> str:
    """The tooltip of an attribution's elements: speaker (and code), how, kind."""
    speaker = a.speaker
    if speaker is None or speaker.resolved_by == "none":
        who = "no source"
    elif speaker.name is None:
        who = f"unresolved ({speaker.resolved_by})"
    elif speaker.code:
        who = f"{speaker.name} · {speaker.code} ({speaker.resolved_by})"
    else:
        who = f"{speaker.name} ({speaker.resolved_by})"
    return f"Speaker: {who} · {a.kind} · {a.confidence:.2f}"


def marks(article: Article) -> list[Mark]:
    """Every source, cue and content span of the article's attributions."""
    out: list[Mark] = []
    for a in article.attributions:
        title = attribution_title(a)
        for role, spans in (
            ("content", a.content),
            ("source", a.source),
            ("cue", a.cue),
        ):
            out.extend(
                Mark(s.start, s.end, role, a.id, title)
                for s in spans
                if s.end > s.start
            )
    return out


def highlight(text: str, start: int, end: int, all_marks: Sequence[Mark]) -> Markup:
    """``text[start:end]`` as escaped HTML with the marks inside it as elements."""
    inside = [m for m in all_marks if m.start < end and m.end > start]
    cuts = {start, end}
    for m in inside:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    bounds = sorted(cuts)
    parts: list[str] = []
    for left, right in itertools.pairwise(bounds):
        piece = str(escape(text[left:right]))
        covering = sorted(
            (m for m in inside if m.start <= left and m.end >= right),
            key=lambda m: (ROLES.index(m.role), m.start, -m.end, m.attribution_id),
        )
        for m in reversed(covering):
            piece = (
                f'<span class="ws-{m.role}"'
                f' data-attribution-id="{escape(m.attribution_id)}"'
                f' title="{escape(m.title)}">{piece}</span>'
            )
        parts.append(piece)
    return Markup("".join(parts))


def regions(article: Article, spans: Iterable[Span]) -> list[Region]:
    """The given spans of the article (paragraphs, captions), highlighted."""
    all_marks = marks(article)
    return [
        Region(s.start, s.end, highlight(article.text, s.start, s.end, all_marks))
        for s in spans
    ]


def outside(article: Article, shown: Iterable[Span]) -> list[Span]:
    """Stretches holding attribution spans that the shown regions leave out.

    An attribution in the page's leftovers (or a cue in a line the cleaner
    kept apart) would otherwise be invisible; the article view lists these
    stretches under the body so that every attribution is shown.
    """
    shown_spans = list(shown)

    def visible(span: Span) -> bool:
        return any(s.start <= span.start and span.end <= s.end for s in shown_spans)

    ranges: list[tuple[int, int]] = []
    for a in article.attributions:
        hidden = [s for s in (*a.content, *a.source, *a.cue) if not visible(s)]
        if hidden:
            ranges.append((min(s.start for s in hidden), max(s.end for s in hidden)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [Span.of(article.text, start, end) for start, end in merged]
