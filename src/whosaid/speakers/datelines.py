"""Speakers: a source that is only a paragraph's dateline ("New Delhi:" of
"New Delhi: Finance minister Arun Jaitley on Wednesday defended …, saying")
names no speaker; the cue's syntax finds it, as for a missed source."""

from __future__ import annotations

import re

from whosaid.records import Attribution

_WORD = r"[A-Z][\w.'’-]*"
DATELINE_SOURCE = re.compile(
    rf"{_WORD}(?: {_WORD}){{0,3}}(?:, {_WORD}(?: {_WORD}){{0,2}})?\s*:"
)
"""One to four capitalised words, perhaps with a region after a comma
("KATHMANDU:", "New Delhi:", "Lahore, Pakistan:"), closed by a colon."""


def dateline_source(text: str, attribution: Attribution) -> bool:
    """Whether an attribution's only source is a dateline: it opens a
    paragraph, is capitalised place words closed by a colon, and the
    sentence goes on after it to a cue and a content further on (a
    transcript's speaker label, "OBAMA:", opens a line too, but its turn
    starts right after the colon)."""
    sources = [s for s in attribution.source if s.end > s.start]
    if len(sources) != 1 or not attribution.cue or not attribution.content:
        return False
    start, end = sources[0].start, sources[0].end
    if start > 0 and text[start - 1] != "\n":
        return False
    if DATELINE_SOURCE.fullmatch(text[start:end].strip()) is None:
        return False
    if not text[end : end + 2].startswith(" ") or not text[end + 1 : end + 2].isupper():
        return False
    after = text.find("\n", end)
    line_end = len(text) if after < 0 else after
    return all(
        end + 2 < span.start < line_end
        for span in (attribution.cue[0], attribution.content[0])
    )
