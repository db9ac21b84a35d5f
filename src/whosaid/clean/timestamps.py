"""Timestamps: lines that are only a date, a time or a publishing stamp.

``Published On 14 Jan 2025``, ``Fri 22 Nov 2024 18.05 GMT``, ``Updated 2
hours ago``, and a bare stamp word (``Edited``).  Such a line says nothing of
the story wherever it stands.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
TIMESTAMPS = (
    re.compile(
        r"^(?:published|updated|posted|last\s+updated|first\s+published|"
        r"created|modified)\b.{0,80}$",
        _I,
    ),
    # A line that is only a date and perhaps a time: "Sun Jul 30, 2017 06:39PM".
    re.compile(
        rf"^(?:\w+,?\s+)?(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})[,\s]+"
        r"\d{4}(?:[\s,|-]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$",
        _I,
    ),
    re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?\S*)?$"),
    # The time before the date: "06:22 PM February 05, 2025".
    re.compile(
        rf"^\d{{1,2}}[:.]\d{{2}}\s*[ap]\.?m\.?\s+(?:{MONTH}\s+\d{{1,2}}|"
        rf"\d{{1,2}}\s+{MONTH}),?\s+\d{{4}}$",
        _I,
    ),
)


# or a time among them: "Published On 14 Jan 2025", "Updated 9:14 PM EDT,
# September 25, 2024", "December 18, 2024 7:42 PM GMT Updated 2 hours ago".
_STAMP_WORDS = frozenset(
    {"published", "updated", "update", "posted", "modified", "created", "edited",
     "issued", "last", "article", "story", "this", "was",
     "first", "on", "at", "ago", "and", "an", "a", "today", "yesterday", "local",
     "date", "publish", "uhr",
     "time", "am", "pm", "a.m", "p.m", "seconds", "second", "minutes", "minute",
     "mins", "min", "hours", "hour", "hrs", "hr", "days", "day", "weeks", "week",
     "months", "month", "years", "year", "about",
     "around", "over", "nearly", "almost", "just"}
)  # fmt: skip
_STAMP_DATE = (
    re.compile(
        r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
        r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
        r"\.?$",
        _I,
    ),
    re.compile(
        r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|"
        r"sday|rsday)?\.?$",
        _I,
    ),
    # Times "9:14", "18.05", "06:39PM"; ISO and numeric dates; "ago" counts.
    re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$", _I),
    re.compile(r"^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$"),
    re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$"),
    # "24.01.2024": day, month and year with dots.
    re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"),
    # "Sep.11.2025": a month's name, the day and the year with dots; "8h32":
    # a time written with "h".
    re.compile(r"^[a-z]{3,9}\.\d{1,2}\.\d{4}$", _I),
    re.compile(r"^\d{1,2}h\d{2}$"),
)
_STAMP_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?$", _I)
# A compact age: "1h", "30m", "2d", "3hrs" ("1h ago / 12:47 AM EST").
_COMPACT_AGE = re.compile(r"^\d{1,3}(?:s|m|h|d|w|mo|mins?|hrs?)$", _I)
# "EDT", "GMT+7"; "UK" after a time ("16:05, UK": the UK's time).
_TIME_ZONE = re.compile(
    r"^(?:[A-Z]{1,4}T|UTC|Z|UK|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)$"
)
_DIGIT_WORD_GLUE = re.compile(r"(?<=\d)(?=[^\W\d_]{3,})")
_STAMP_TOKEN = re.compile(r"[^\s,|·•()–—]+")
_STAMP_MAX_WORDS = 16


_BARE_STAMP_WORDS = frozenset({"published", "updated", "update", "edited", "modified"})


def is_stamp_word(line: str) -> bool:
    """Return whether ``line`` is only a stamp word (``Edited``, ``Updated``):
    a byline only next to a timestamp, whose flag it is."""
    return line.rstrip(":").strip().lower() in _BARE_STAMP_WORDS


def is_timestamp(line: str) -> bool:
    """Return whether ``line`` is only a date, a time or a publishing stamp.

    Every word must be a date or time word (a month, a weekday, a number, a
    time, a time zone) or a stamp word (``Published``, ``Updated``, ``on``,
    ``ago``), and one must be a date or a time: ``Published On 14 Jan 2025``,
    ``Fri 22 Nov 2024 18.05 GMT``, ``Updated 2 hours ago``.  Such a line says
    nothing of the story wherever it stands.

    Example:
        >>> is_timestamp("Updated 9:14 PM EDT, September 25, 2024")
        True
        >>> is_timestamp("Updated figures came out on Monday.")
        False
        >>> is_timestamp("1h ago / 12:47 AM EST")
        True
    """
    # "07/05/2024July 5, 2024": a date glued to the next one
    tokens = _STAMP_TOKEN.findall(_DIGIT_WORD_GLUE.sub(" ", line))
    if not tokens or len(tokens) > _STAMP_MAX_WORDS:
        return False
    dated = False
    for raw in tokens:
        token = raw.rstrip(".:;")
        if not token.strip("-/"):
            continue  # a dash or slash between parts
        if any(p.match(token) or p.match(raw) for p in _STAMP_DATE):
            dated = True
        elif _STAMP_NUMBER.match(token) or _COMPACT_AGE.match(token):
            pass
        elif token.lower() == "ago":
            dated = True
        elif token.lower() in _STAMP_WORDS or _TIME_ZONE.match(token) is not None:
            continue
        else:
            return False
    return dated and (any(ch.isdigit() for ch in line) or "ago" in line.lower().split())
