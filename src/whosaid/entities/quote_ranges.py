"""Quoted regions of a text and a set of character ranges with fast
membership tests."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

OPEN_QUOTES = "“"
CLOSE_QUOTES = "”"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Half-open ranges of text between double quotes, line by line.

    Curly quotes pair “ with ”; straight double quotes toggle.  An unclosed
    quote runs to the end of its line.
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    # only the quotation marks and line breaks matter: visit just those
    for m in _QUOTE_OR_BREAK.finditer(text):
        ch, pos = m.group(), m.start()
        if ch == "\n":
            if open_at is not None:
                regions.append((open_at, pos))
                open_at = None
        elif ch in OPEN_QUOTES or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = pos
        elif (ch in CLOSE_QUOTES or ch == '"') and open_at is not None:
            regions.append((open_at, pos + 1))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


_QUOTE_OR_BREAK = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES) + '"\n]')


class Ranges:
    """A set of half-open character ranges with fast membership tests."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in ranges if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any range."""
        i = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        return i >= 0 and self._ends[i] > start and end > start

    def __bool__(self) -> bool:
        return bool(self._starts)
