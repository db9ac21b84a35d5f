"""Rule-made attributions for layouts the taggers rarely saw in training.

Each rule returns token index runs ``(cue, source, content)``; the extractor
turns them into candidates that compete with the taggers' in the overlap
resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MIN_WORDS = 2
NAME_TOKENS = 3
"""At most this many tokens in a transcript speaker label ("SEN. JOHN DOE")."""

LABELS: frozenset[str] = frozenset(
    {
        "update",
        "updated",
        "watch",
        "read",
        "more",
        "see",
        "also",
        "related",
        "video",
        "photos",
        "photo",
        "breaking",
        "note",
        "editor",
        "editors",
        "editor's",
        "correction",
        "source",
        "sources",
        "credit",
        "listen",
        "live",
        "warning",
        "spoiler",
        "exclusive",
        "analysis",
        "opinion",
        "q",
        "a",
        "ps",
        "p.s.",
        "tl;dr",
        "fact",
        "claim",
        "verdict",
        "sign",
        "subscribe",
        "follow",
        "share",
        "tags",
        "topics",
        "filed",
        "under",
        "by",
    }
)
"""Capitalized line labels that are page furniture, not speakers ("UPDATE:")."""

_CAPS_RE = re.compile(r"[A-Z][A-Z.'’-]*")
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "``", "«"})


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """Token index runs of one rule-made attribution."""

    cue: list[int]
    source: list[int]
    content: list[list[int]]


def _line_starts(doc: Any) -> list[int]:
    """Token indices that start a line (after skipping whitespace tokens)."""
    starts: list[int] = []
    after_newline = True
    for token in doc:
        if token.is_space:
            after_newline = after_newline or "\n" in token.text
            continue
        if after_newline:
            starts.append(token.i)
        after_newline = "\n" in token.whitespace_
    return starts


def _line_end(doc: Any, first: int) -> int:
    """Index one past the last non-space token of the line starting at ``first``."""
    i = first
    n = len(doc)
    last = first
    while i < n:
        token = doc[i]
        if token.is_space and "\n" in token.text:
            break
        if not token.is_space:
            last = i
        if "\n" in token.whitespace_:
            break
        i += 1
    return last + 1


def _speaker_label(doc: Any, first: int, end: int) -> tuple[list[int], int] | None:
    """``NAME:`` at ``first``: the name tokens and the colon's index."""
    name: list[int] = []
    for i in range(first, min(end, first + 2 * NAME_TOKENS + 1)):
        token = doc[i]
        if token.text == ":":
            letters = sum(ch.isalpha() for j in name for ch in doc[j].text)
            if letters < 2 or all(doc[j].lower_ in LABELS for j in name):
                return None
            return name, i
        if _CAPS_RE.fullmatch(token.text) is None and not (name and token.text == "."):
            return None
        name.append(i)
    return None


def transcript_findings(doc: Any) -> list[RuleFinding]:
    """Transcript turns: a line that opens with ``NAME:`` in capitals.

    "PENCE: Well, look, ..." -- the label is the source, the colon the cue
    and the rest of the line the content.  When the turn opens with a
    quotation mark (transcripts quoted paragraph by paragraph), following
    lines that open with a quotation mark and carry no label of their own
    continue the same turn.
    """
    found: list[RuleFinding] = []
    starts = _line_starts(doc)
    current: RuleFinding | None = None
    quoted = False
    for first in starts:
        end = _line_end(doc, first)
        opens_quote = doc[first].text in _OPEN_QUOTES
        k = first + 1 if opens_quote else first
        label = _speaker_label(doc, k, end) if k < end else None
        if label is None:
            if current is not None and quoted and opens_quote:
                content = _words(doc, first + 1, end)
                if content:
                    current.content.append(content)
                    continue
            current = None
            continue
        name, colon = label
        content = _words(doc, colon + 1, end)
        if not content:
            current = None
            continue
        current = RuleFinding(cue=[colon], source=name, content=[content])
        quoted = opens_quote
        found.append(current)
    return [f for f in found if sum(len(run) for run in f.content) >= MIN_WORDS]


def _words(doc: Any, start: int, end: int) -> list[int]:
    """Tokens ``start..end`` without surrounding punctuation and spaces."""
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if sum(1 for i in range(start, end) if not doc[i].is_punct) < MIN_WORDS:
        return []
    return list(range(start, end))
