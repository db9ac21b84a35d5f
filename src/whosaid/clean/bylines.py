"""Bylines: who wrote the story and when, on lines of their own.

``By Jane Doe, Example News``, a credit without ``By`` (``Staff Writer in
Baku``), a bare ``By``, header lines with a timestamp among segments, stamp
lines that join a byline and its stamps, and print notes.  Whether a line is
a byline also depends on where it stands; :mod:`whosaid.clean.layout_bylines`
adds those rules.
"""

from __future__ import annotations

import re

from whosaid.clean.line_shape import SHORT_LINE_WORDS, ends_sentence, word_count
from whosaid.clean.sections import is_section_name, section_list
from whosaid.clean.timestamps import TIMESTAMPS, is_timestamp

_I = re.IGNORECASE

_BYLINE = re.compile(
    # An optional wire tag first: "(LEAD) By ...", "(2nd LD) By ...".
    r"^(?-i:\([A-Z0-9][\w .-]{0,15}\)\s*)?"
    # "By" glued to the name is a scraped link: "ByJane Doe, John Roe".
    # "By: Jane Doe" with a colon.
    # "Written by Jane Doe , John Roe".
    r"(?:(?:written|reported)\s+)?"
    r"(?:by:?\s+|(?-i:By(?=[A-Z][a-z])))"
    # "By Example 7 News Staff": a number in a station's name.
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\d{1,3}|de|van|von|al|bin|and|&))*"
    # "By Jane Doe with AFP": a wire service that helped.
    r"(?:\s+with\s+[A-Z][\w.'’-]*(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*){0,3})?"
    # "By Jane Doe, Example News", "by Agencies / Example Times", "By Jane Doe
    # (Example Times)".
    r"(?:\s*[,|/–—-]\s*.{0,60}|\s*\([^()]{1,60}\))?$",
    _I,
)


# A credit line without "By": "Staff Writer in Baku", "Jane Doe and John Roe,
# CNN", "Jane Doe | Reuters".  Taken for a byline only next to a timestamp.
_CREDIT_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w.'’-]*"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|de|van|von|da|al|el|bin|bint)){1,3}"
)
# "Jane Doe in Paris and John Roe in Rome": a place after each author.
_CREDIT_PLACE = r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_NAME_CREDIT = re.compile(
    rf"^(?:[Bb]y\s+|By(?=[A-Z][a-z]))?{_CREDIT_NAME}(?:{_CREDIT_PLACE}(?=\s*(?:,|and\b|&)))?"
    rf"(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*){_CREDIT_NAME}"
    rf"(?:{_CREDIT_PLACE}(?=\s*(?:,|and\b|&)))?)*"
    r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|"
    r"\s+with\s+[A-Za-z][\w.'’-]*(?:\s*(?:,|and|&)\s*[A-Za-z][\w.'’-]*){0,5}|"
    r"\s*[,|–—]\s*[A-Z][\w.'’ -]{0,40}|"
    # "Jane Doe and John Roe (The Example Post)"
    r"\s*\([A-Z][\w.'’ &-]{0,40}\))?$"
)
_NAME_CREDIT_MAX_WORDS = 12
# A wire service alone in capitals, as the byline of its story: "KYODO".
_AGENCY_CREDIT = re.compile(r"^[A-Z]{3,12}$")


_HEADER_SEPARATOR = re.compile(r"\||\s+[/·•]\s+")


# A section over its writer: "Politics | Jane Doe-Roe" (above the body only).
_SECTION_CREDIT = re.compile(
    rf"^[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s*\|\s*{_CREDIT_NAME}$"
)


def is_header_line(line: str) -> bool:
    """Return whether ``line`` is a byline or a timestamp (above the body only).

    Args:
        line: One line of text, stripped.
    """
    if word_count(line) > SHORT_LINE_WORDS:
        return False
    if _BYLINE.match(line) is not None and not ends_sentence(line):
        return True
    if _SECTION_CREDIT.match(line) is not None:
        return True
    # "World News | Tue Aug 1, 2017 | 6:12am EDT", "News Desk / Updated: Jul 5,
    # 2024, 10:15 IST": a timestamp among segments.
    segments = [segment.strip() for segment in _HEADER_SEPARATOR.split(line)]
    return any(pattern.match(segment) for segment in segments for pattern in TIMESTAMPS)


_HANDLE_LINE = re.compile(r"^@[A-Za-z0-9_]{2,30}$")


def is_handle_line(line: str) -> bool:
    """Return whether ``line`` is only a social media handle (``@JANEROE``):
    a writer's account under the byline."""
    return _HANDLE_LINE.match(line) is not None


def is_bare_by(line: str) -> bool:
    """Return whether ``line`` is a bare ``By`` (the byline's name follows on
    the next line)."""
    return line.rstrip(":").strip().lower() == "by"


def is_credit_line(line: str) -> bool:
    """Return whether ``line`` reads like a byline, with or without ``By``.

    ``By Jane Doe, CNN``, ``Staff Writer in Baku``, ``Jane Doe and John Roe``:
    names and perhaps a place or an outlet; or a wire service alone in
    capitals (``EXAMPLEWIRE``).  Such a line could also be a name alone in
    the text, so :mod:`whosaid.clean.layout_bylines` takes it for a byline
    only next to a timestamp line.

    Args:
        line: One line of text, stripped.
    """
    if word_count(line) > _NAME_CREDIT_MAX_WORDS or ends_sentence(line):
        return False
    return (
        _BYLINE.match(line) is not None
        or _NAME_CREDIT.match(line) is not None
        or _AGENCY_CREDIT.match(line) is not None
    )


# A byline and stamps in one line: "Jane Doe · Example News · Posted: Sep 18,
# 2023 3:42 PM EDT | Last Updated: September 19, 2023"; a dateline and a stamp
# joined by dashes: "PARIS - Updated - May 2, 2024 08:02 am".
_STAMP_SEGMENT_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•●]\s+|\s+[-–—]\s+")
_STAMP_LINE_MAX_WORDS = 30
_STAMP_LINE_MAX_SEGMENTS = 5


_BRACKETED_SOURCE = re.compile(r"^(?P<stamp>[^()]+?)\s*\((?P<source>[^()]+)\)$")


def is_stamp_line(line: str) -> bool:
    """Return whether ``line`` is a byline and publishing stamps in segments.

    Two to five segments joined by ``|``, ``·``, ``•`` or a spaced dash
    (``PARIS - May 2, 2024 - 15:40 CEST``), or a stamp and its outlet in
    brackets (``August 14, 2024 (Example Japan)``): at least one a
    timestamp (:func:`is_timestamp`), the others names (an author, an
    outlet: :func:`is_section_name` or :func:`is_credit_line`).

    Example:
        >>> is_stamp_line("Jane Doe · Example News · Posted: Sep 18, 2023")
        True
        >>> is_stamp_line("Rates rose · Markets fell · Sep 18, 2023")
        False
    """
    if word_count(line) > _STAMP_LINE_MAX_WORDS:
        return False
    outlet = _BRACKETED_SOURCE.match(line)
    if outlet is not None:  # "August 14, 2024 (Example Japan)"
        return is_timestamp(outlet["stamp"]) and is_credit_line(outlet["source"])
    segments = [s for s in _STAMP_SEGMENT_SEPARATOR.split(line) if s]
    if not 2 <= len(segments) <= _STAMP_LINE_MAX_SEGMENTS:
        return False
    stamps = [is_timestamp(segment) for segment in segments]
    return any(stamps) and all(
        stamp
        or is_section_name(segment)
        or is_credit_line(segment)
        # "KYODO NEWS - Apr 20, 2022 - 19:42 | World, All"
        or section_list(segment) is not None
        for segment, stamp in zip(segments, stamps, strict=True)
    )


# "Published in Example Daily, May 12th, 2023": the print edition's note.
_PRINT_NOTE = re.compile(
    r"^(?:published|printed|appeared|first\s+published)\s+in\s+(?:the\s+)?"
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*[,;]?\s+(?P<stamp>\S.*?)\.?$",
    _I,
)


def is_print_note(line: str) -> bool:
    """Return whether ``line`` says where and when the story was printed
    (``Published in Example Daily, May 12th, 2023``)."""
    match = _PRINT_NOTE.match(line)
    return match is not None and is_timestamp(match.group("stamp"))
