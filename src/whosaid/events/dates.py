"""The date of an event, from the words of its sentence and the article's date.

News tells most dates relative to the day of publication: "on Monday",
"yesterday", "on July 5".  :func:`event_date` reads, in this order:

1. a full written date ("on July 5, 2017", "on 5 July 2017");
2. with the article's date known (ISO ``YYYY-MM-DD``):

   * a month and day without a year ("on July 5", "on 5 July"): the
     article's year, or the year before when that day would lie more than a
     week after the article (a report does not tell what happens months
     ahead as done);
   * a weekday ("on Monday", "last Friday"): the latest such day on or
     before the article's date (news reports what was done; "agreed on
     Thursday to meet next week" is Thursday's agreement), but "next
     Tuesday" the first one after it.  A sentence naming two different
     weekdays gives none of them;
   * "yesterday", "today", "tomorrow";

3. else the article's date (``None`` without one).

Nothing here guesses a year from a weekday alone, and a sentence that names
no day never moves an event off the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

from whosaid.entities.lexicon import MONTH_NUMBERS

__all__ = ["event_date", "iso_day", "relative_day", "text_date"]

_MONTHS = MONTH_NUMBERS
_MONTH = "(" + "|".join(m.capitalize() for m in _MONTHS) + ")"
_DATE_MDY = re.compile(rf"\b(?:on|On) {_MONTH} (\d{{1,2}}), (\d{{4}})\b")
_DATE_DMY = re.compile(rf"\b(?:on|On) (?:the )?(\d{{1,2}}) {_MONTH},? (\d{{4}})\b")
# "on July 5" / "on 5 July" with no year after it ("May" alone is too
# often the verb: a day number is required).
_DAY_MD = re.compile(rf"\b(?:on|On) {_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d)")
_DAY_DM = re.compile(
    rf"\b(?:on|On) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}\b(?!,? \d)"
)
_WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_WEEKDAY = re.compile(r"\b(?:(last|next|this) )?(" + "|".join(_WEEKDAYS) + r")\b")
_NEIGHBOUR_DAY = re.compile(r"\b(yesterday|today|tomorrow)\b", re.IGNORECASE)
_LOOKAHEAD = dt.timedelta(days=7)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def text_date(text: str) -> str | None:
    """An explicit "on July 5, 2017" / "on 5 July 2017" date as ISO 8601."""
    m = _DATE_MDY.search(text)
    if m:
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        m = _DATE_DMY.search(text)
        if not m:
            return None
        day, month, year = m.group(1), m.group(2), m.group(3)
    return _iso(int(year), _MONTHS[month.lower()], int(day))


def iso_day(value: str | None) -> dt.date | None:
    """``value``'s leading ``YYYY-MM-DD`` as a date, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_day(text: str, published: dt.date) -> str | None:
    m = _DAY_MD.search(text)
    if m:
        month, day = m.group(1), m.group(2)
    else:
        m = _DAY_DM.search(text)
        if not m:
            return None
        day, month = m.group(1), m.group(2)
    number = _MONTHS[month.lower()]
    found = _iso(published.year, number, int(day))
    if found is None:
        return None
    if dt.date.fromisoformat(found) > published + _LOOKAHEAD:
        return _iso(published.year - 1, number, int(day))
    return found


def _weekday(text: str, published: dt.date) -> str | None:
    found = _WEEKDAY.findall(text)
    if not found or len({day for _, day in found}) > 1:
        return None
    word, day = found[0]
    if word == "next":
        ahead = (_WEEKDAYS.index(day) - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=ahead)).isoformat()
    back = (published.weekday() - _WEEKDAYS.index(day)) % 7
    if word == "last" and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def relative_day(text: str, published: dt.date) -> str | None:
    """The day a sentence names relative to ``published`` (see the module doc).

    Args:
        text: The event's sentence.
        published: The article's date.
    """
    found = _month_day(text, published)
    if found is not None:
        return found
    found = _weekday(text, published)
    if found is not None:
        return found
    m = _NEIGHBOUR_DAY.search(text)
    if m:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()]
        return (published + dt.timedelta(days=shift)).isoformat()
    return None


def event_date(sentence: str, article_date: str | None) -> str | None:
    """The ISO date of an event told in ``sentence`` (see the module doc).

    Args:
        sentence: The sentence that tells the event.
        article_date: The article's date (``YYYY-MM-DD...``), or None.
    """
    explicit = text_date(sentence)
    if explicit is not None:
        return explicit
    published = iso_day(article_date)
    if published is None:
        return None
    return relative_day(sentence, published) or published.isoformat()
