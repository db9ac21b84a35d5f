"""Lines of a text for layout analysis, and what every layout pass asks of one.

A text is split into stripped :class:`Line` records (blank lines separate
blocks), which the passes label :data:`BODY`, :data:`TITLE`, :data:`CAPTION`
or a leftover kind (:data:`whosaid.clean.boilerplate.BOILERPLATE_KINDS`).
Here too are the shared tests of one line: whether it could be a headline, a
plain line no leftover rule claims, or a navigation label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean import furniture
from whosaid.clean.bylines import is_bare_by, is_header_line, is_stamp_line
from whosaid.clean.captions import is_caption
from whosaid.clean.line_shape import ends_sentence, word_count
from whosaid.clean.sections import parse_breadcrumb
from whosaid.clean.timestamps import is_timestamp

BODY: Final = "body"
TITLE: Final = "title"
CAPTION: Final = "caption"

# Same line breaks as str.splitlines(), so "lines" mean what Python means.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
BULLET = re.compile(r"^[•·\-*►▶▸»–—]\s")

_TITLE_MIN_WORDS = 2
_TITLE_MAX_WORDS = 30
_TITLE_MAX_CHARS = 250
# A period-ended first line is a title only if it is short and in Headline
# Case: this share of its long words (4+ letters) capitalised, and at least
# this many of them.  Lead sentences are sentence case, so they stay body.
_PERIOD_TITLE_MAX_WORDS = 20
HEADLINE_CASE_SHARE = 0.7
HEADLINE_CASE_MIN_WORDS = 3
LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
QUOTE_MARK = re.compile(r"[\"“”«»]")

# A navigation label over the headline has at most this many words; the
# headline under it at least this many, and this many times as many.
NAV_MAX_WORDS = 4
NAV_HEADLINE_MIN_WORDS = 6
NAV_RATIO = 2


@dataclass(frozen=True, slots=True)
class Line:
    """One stripped line of the text: its offsets, its text and its block
    (the index of the run of lines between blank lines)."""

    start: int
    end: int
    text: str
    block: int


def split_lines(text: str, start: int) -> list[Line]:
    """The non-blank lines of ``text[start:]``, stripped, with their blocks."""
    lines: list[Line] = []
    block = 0
    position = start
    ends = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text, start)]
    ends.append((len(text), len(text)))
    previous_blank = False
    for line_end, next_start in ends:
        raw_line = text[position:line_end]
        stripped = raw_line.strip()
        if stripped:
            if previous_blank and lines:
                block += 1
            line_start = position + len(raw_line) - len(raw_line.lstrip())
            lines.append(Line(line_start, line_start + len(stripped), stripped, block))
            previous_blank = False
        else:
            previous_blank = True
        position = next_start
    return lines


def block_lines(lines: list[Line], i: int) -> list[int]:
    """The indexes of the lines in the block of ``lines[i]``."""
    block = lines[i].block
    first = i
    while first > 0 and lines[first - 1].block == block:
        first -= 1
    last = i
    while last + 1 < len(lines) and lines[last + 1].block == block:
        last += 1
    return list(range(first, last + 1))


def is_headline(text: str, *, first_content: bool) -> bool:
    """Whether ``text`` could be a headline: 2 to 30 words, not ending like a
    sentence (or, as the first content line, a short line in Headline Case
    ending in one full stop)."""
    words = word_count(text)
    if (
        not _TITLE_MIN_WORDS <= words <= _TITLE_MAX_WORDS
        or len(text) > _TITLE_MAX_CHARS
    ):
        return False
    if not ends_sentence(text) and not text.endswith((":", ";", ",")):
        return True
    # PolNeAR-style titles: "Ben Carson Defends Himself Against Claims."
    if not first_content or words > _PERIOD_TITLE_MAX_WORDS:
        return False
    if not text.endswith(".") or text.endswith("..") or ". " in text:
        return False
    long_words = LONG_WORD.findall(text)
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return (
        capitalised >= HEADLINE_CASE_MIN_WORDS
        and capitalised >= HEADLINE_CASE_SHARE * len(long_words)
    )


def label_words(text: str) -> int:
    """Words of a label, without lone dashes and bars (``Site - Tagline``)."""
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def is_plain_line(text: str) -> bool:
    """A line that no leftover or caption rule claims."""
    return (
        bp.boilerplate_kind(text) is None
        and not is_timestamp(text)
        and not is_stamp_line(text)
        and not is_header_line(text)
        and not is_caption(text)
        and parse_breadcrumb(text) is None
    )


def is_nav_label(text: str) -> bool:
    """A short label of a navigation block: no sentence, no quote, no byline
    or stamp (``Strike ends`` / ``By Jane Doe`` is a headline and its byline)."""
    return (
        not ends_sentence(text)
        and not text.endswith((":", ";", ","))
        and QUOTE_MARK.search(text) is None
        and not is_timestamp(text)
        and not is_stamp_line(text)
        and not is_header_line(text)
        and not is_bare_by(text)
        and not furniture.is_page_notice(text)
    )


# Lines below a site's name in which to look for the longer headline; a
