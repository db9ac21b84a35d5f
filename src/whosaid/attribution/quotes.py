"""Find quoted stretches of text: straight, curly and single marks, guillemets.

The scanner works on characters, paragraph by paragraph, and never raises:
an unbalanced mark is closed at the end of its paragraph and reported as a
warning.  It follows the news convention where a quotation that runs over
several paragraphs leaves each paragraph open and reopens the next one with
an opening mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIGUOUS = frozenset('"')
SINGLE_OPEN = frozenset("‘‛‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_AMBIGUOUS = frozenset("'")
ALL_MARKS = (
    DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS | SINGLE_OPEN | SINGLE_CLOSE
) | SINGLE_AMBIGUOUS

_PARAGRAPH_RE = re.compile(r"[^\n]+")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;,")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch ``[start, end)`` including its marks.

    ``closed`` is False when the paragraph ended before a closing mark (the
    news convention for a quotation continuing in the next paragraph, or a
    stray mark); ``double`` tells double marks from single ones.
    """

    start: int
    end: int
    closed: bool
    double: bool


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in ALL_MARKS) and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (not after.isalnum())


def find_quotes(text: str) -> tuple[list[Quote], list[str]]:
    """Return the double-mark and single-mark quotations of ``text``.

    Args:
        text: any string; marks may be unbalanced.

    Returns:
        The quotations sorted by start, and warnings (one per unbalanced mark).
    """
    quotes: list[Quote] = []
    warnings: list[str] = []
    for para in _PARAGRAPH_RE.finditer(text):
        _scan_double(text, para.start(), para.end(), quotes, warnings)
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes, warnings


def _scan_double(
    text: str, start: int, end: int, quotes: list[Quote], warnings: list[str]
) -> None:
    open_at: int | None = None
    single_open: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch in DOUBLE_AMBIGUOUS:
            if open_at is None:
                if ch in DOUBLE_CLOSE:
                    # A closing mark with nothing open: the paragraph began
                    # inside a quotation that was opened earlier, or a stray.
                    if not quotes or quotes[-1].closed:
                        quotes.append(Quote(start, i + 1, closed=True, double=True))
                        warnings.append(
                            f"quote.unbalanced: closing mark at {i} without opening"
                        )
                    continue
                open_at = i
            else:
                if ch in DOUBLE_OPEN and not _is_closing(text, i):
                    # Two openings in a row: the first one was stray.
                    warnings.append(f"quote.unbalanced: opening mark at {open_at}")
                    open_at = i
                    continue
                quotes.append(Quote(open_at, i + 1, closed=True, double=True))
                open_at = None
        elif ch in SINGLE_OPEN or ch in SINGLE_AMBIGUOUS or ch in SINGLE_CLOSE:
            if single_open is None:
                if ch != "’" and _is_opening(text, i):
                    single_open = i
            elif ch != "‘" and _is_closing(text, i):
                quotes.append(Quote(single_open, i + 1, closed=True, double=False))
                single_open = None
    if open_at is not None:
        end_stripped = end
        while end_stripped > open_at + 1 and text[end_stripped - 1].isspace():
            end_stripped -= 1
        quotes.append(Quote(open_at, end_stripped, closed=False, double=True))
        nxt = text[end:].lstrip()
        if not (nxt[:1] in DOUBLE_OPEN or nxt[:1] in DOUBLE_AMBIGUOUS):
            warnings.append(f"quote.unbalanced: opening mark at {open_at} never closed")


def quote_mask(text: str, quotes: list[Quote]) -> list[int]:
    """Per-character quote depth code: 0 outside, 1 in double, 2 in single."""
    mask = [0] * len(text)
    for q in quotes:
        code = 1 if q.double else 2
        for i in range(q.start, q.end):
            if mask[i] == 0 or code == 1:
                mask[i] = code
    return mask
