"""Find quoted stretches of text: straight, curly and single marks, guillemets.

The scanner works on characters, paragraph by paragraph (a paragraph is a
run of non-newline characters), in one linear pass, and never raises: an
unbalanced mark is reported as a warning and never spills into another
paragraph.  It follows the news convention where a quotation that runs over
several paragraphs leaves each paragraph open and reopens the next one with
an opening mark: such a quotation is closed at the end of its paragraph with
``closed=False``, without a warning when the next paragraph reopens it.

Guarantees the feature code relies on: the quotations come sorted by start,
double quotations never overlap each other, and single quotations never
overlap each other.  Apostrophes ("Beijing’s", "don't", "the '90s",
"students’ union") neither open nor close single quotations.

Typewriter double marks are double marks too: two apostrophes (the New York
Times writes ``''Yes,'' he said``) act as an ambiguous ``"``, two backticks
as an opening “.  Three apostrophes are a single mark and a double one: the
single one first where they close (``'no,''' he said``), the double one
first elsewhere.  A lone apostrophe stays a single mark ("rock 'n' roll",
"the students' union").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
TYPEWRITER_DOUBLE: dict[str, str] = {"''": '"', "``": "“"}
"""The two-character double marks, and the one-character mark each acts as."""

_DOUBLE = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS
# „ only ever opens (German low mark); ’ only ever closes or is an apostrophe;
# ‘ only ever opens.
_LOW_OPEN = "„"
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_MARK_RE = re.compile("'''|''|``|[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
_NONSPACE_RE = re.compile(r"\S")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;,`")


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


def _is_opening(text: str, i: int, j: int) -> bool:
    """The mark ``text[i:j]`` is placed like an opening one: after a space
    or bracket, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return (before in _OPEN_BEFORE or before in ALL_MARKS) and not after.isspace()


def _is_closing(text: str, i: int, j: int) -> bool:
    """The mark ``text[i:j]`` is placed like a closing one: after a
    non-space, not before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _marks(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The quotation marks of ``text[start:end]``, as ``(start, end, mark)``.

    ``mark`` is the mark's character, or for a typewriter double mark the
    one it acts as (:data:`TYPEWRITER_DOUBLE`); three apostrophes give a
    single mark and a double one (see the module's docstring).
    """
    for m in _MARK_RE.finditer(text, start, end):
        i, j = m.span()
        if j - i == 1:
            yield i, j, text[i]
        elif j - i == 2:
            yield i, j, TYPEWRITER_DOUBLE[m.group()]
        elif _is_closing(text, i, j) and not _is_opening(text, i, j):
            yield i, i + 1, "'"
            yield i + 1, j, '"'
        else:
            yield i, i + 2, '"'
            yield i + 2, j, "'"


def _opens_double(text: str, i: int, j: int, ch: str) -> bool:
    """Whether the double mark ``text[i:j]``, acting as ``ch``, opens a
    quotation when none is open.

    ” and » open only where placed like an opening mark (”Yes,” in Nordic
    typography); the other marks open unless placed clearly like a closing
    mark (``5" of rain``, ``word" and``).
    """
    opening = _is_opening(text, i, j)
    if ch in DOUBLE_CLOSE:
        return opening and not _is_closing(text, i, j)
    return ch == _LOW_OPEN or opening or not _is_closing(text, i, j)


def _reopens(text: str, i: int, end: int) -> bool:
    """The paragraph text from ``i`` (its first visible character, before
    ``end``) starts with a double mark placed to open a quotation."""
    first = next(_marks(text, i, min(end, i + 3)), None)
    return (
        first is not None
        and first[0] == i
        and first[2] in _DOUBLE
        and _opens_double(text, *first)
    )


def _is_elision(text: str, i: int) -> bool:
    """A single mark eliding digits (the '90s, ‘05): an apostrophe."""
    return i + 1 < len(text) and text[i + 1].isdigit()


def _is_possessive(text: str, i: int, end: int) -> bool:
    """A closing-like single mark that may be a plural possessive ("students’ union").

    Such a mark closes an open single quotation only when no better closing
    mark follows (see ``_scan_paragraph``).
    """
    return (
        i > 0
        and text[i - 1] in "sS"
        and i + 2 < end
        and text[i + 1] == " "
        and text[i + 2].islower()
    )


def find_quotes(text: str) -> tuple[list[Quote], list[str]]:
    """Return the double-mark and single-mark quotations of ``text``.

    Args:
        text: any string; marks may be unbalanced.

    Returns:
        The quotations sorted by start (an enclosing one before the ones
        inside it), and warnings (``quote.unbalanced: ...``, one per
        unbalanced double mark).
    """
    quotes: list[Quote] = []
    warnings: list[str] = []
    for para in _PARAGRAPH_RE.finditer(text):
        _scan_paragraph(text, para.start(), para.end(), quotes, warnings)
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes, warnings


def _scan_paragraph(
    text: str, start: int, end: int, quotes: list[Quote], warnings: list[str]
) -> None:
    open_at: int | None = None  # the open double quotation
    seen_double = False  # a double mark was met earlier in the paragraph
    s_open: int | None = None  # the open single quotation
    s_in_double = False  # ... was opened inside the open double one
    s_maybe: int | None = None  # ... a possessive-like mark that may close it

    for i, j, ch in _marks(text, start, end):
        if ch in _DOUBLE:
            if open_at is None:
                seen = seen_double
                seen_double = True
                if _opens_double(text, i, j, ch):
                    open_at = i
                    continue
                if ch == '"' and i > start and text[i - 1].isdigit():
                    continue  # an inch mark: 5" of rain
                warnings.append(
                    f"quote.unbalanced: closing mark at {i} without opening"
                )
                # Searched only for the paragraph's first mark: linear time.
                first = None if seen else _NONSPACE_RE.search(text, start, i)
                if first is not None:
                    # The paragraph began inside a quotation whose opening
                    # mark is missing: quote it from the paragraph start.
                    quotes.append(Quote(first.start(), j, closed=True, double=True))
                continue
            # A double quotation is open: close it, or reopen on a stray.
            if s_open is not None and s_in_double:
                if s_maybe is not None:
                    quotes.append(Quote(s_open, s_maybe + 1, closed=True, double=False))
                s_open = s_maybe = None
            if ch == _LOW_OPEN or (
                ch not in DOUBLE_CLOSE
                and _is_opening(text, i, j)
                and not _is_closing(text, i, j)
            ):
                warnings.append(f"quote.unbalanced: opening mark at {open_at}")
                open_at = i
                continue
            quotes.append(Quote(open_at, j, closed=True, double=True))
            open_at = None
            continue
        # A single mark.
        if s_open is None:
            if ch != "’" and _is_opening(text, i, j) and not _is_elision(text, i):
                s_open, s_in_double, s_maybe = i, open_at is not None, None
            continue
        if ch != "‘" and _is_closing(text, i, j):
            if not _is_possessive(text, i, end):
                quotes.append(Quote(s_open, i + 1, closed=True, double=False))
                s_open = s_maybe = None
            elif s_maybe is None:
                s_maybe = i
        elif (
            s_maybe is not None
            and ch != "’"
            and _is_opening(text, i, j)
            and not _is_elision(text, i)
        ):
            # A new quotation opens: the possessive-like mark was a closing one.
            quotes.append(Quote(s_open, s_maybe + 1, closed=True, double=False))
            s_open, s_in_double, s_maybe = i, open_at is not None, None

    if s_open is not None and s_maybe is not None:
        quotes.append(Quote(s_open, s_maybe + 1, closed=True, double=False))
    if open_at is not None:
        after_mark = open_at + (2 if text.startswith(("''", "``"), open_at) else 1)
        stop = end
        while stop > after_mark and text[stop - 1].isspace():
            stop -= 1
        if stop > after_mark:
            quotes.append(Quote(open_at, stop, closed=False, double=True))
        nxt = _NONSPACE_RE.search(text, end)
        if nxt is None or not _reopens(text, nxt.start(), len(text)):
            warnings.append(f"quote.unbalanced: opening mark at {open_at} never closed")
