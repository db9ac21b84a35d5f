"""Articles' dates: the publication date of an article from its own
metadata or its file name, and a default date for inputs with none."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from whosaid.records import RawArticle

T = TypeVar("T")

__all__ = ["article_date", "with_default_date"]

_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
_MONTH_NAMES = {
    m: k
    for k, m in enumerate(
        (
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
        ),
        1,
    )
}
_TEXT_DATE = re.compile(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* ((?:19|20)\d\d)")


def article_date(*candidates: str | None) -> str | None:
    """The first ``YYYY-MM-DD`` found in the candidates, in order: the
    article's own date (ISO, or RFC 2822 as in e-mail and HTTP headers),
    then a date in its file name or id (``breitbart_2016-09-12_...``)."""
    for text in candidates:
        if not text:
            continue
        m = _DATE.search(text)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        m = _TEXT_DATE.search(text)
        if m and m.group(2).lower() in _MONTH_NAMES:
            month = _MONTH_NAMES[m.group(2).lower()]
            return f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}"
    return None


def with_default_date(items: Iterable[T], date: str | None) -> Iterator[T]:
    """Inputs as read, those with no date of their own (in the record or the
    file name) dated ``date`` (``--date``); failures and ``None`` pass as is."""
    for item in items:
        raw = getattr(item, "article", item)
        if (
            date is not None
            and isinstance(raw, RawArticle)
            and article_date(raw.date, raw.path, raw.id) is None
        ):
            dated = dataclasses.replace(raw, date=date)
            item = item._replace(article=dated) if hasattr(item, "_replace") else dated  # type: ignore[assignment]
        yield item
