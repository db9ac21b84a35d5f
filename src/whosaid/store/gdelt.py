"""The stored events as a GDELT-like event table (``whosaid export``'s ``events``).

One row per event of one article.  Columns that GDELT 2.0's event table has
keep GDELT's names and meaning (``SQLDATE``, ``Actor1Code``, ``EventRootCode``,
``GoldsteinScale``...), so GDELT analysis scripts read the table with renamed
columns at most; whosaid's own columns follow (``IsNegated``,
``EvidenceText``, ``ArticleId``...).  :data:`GDELT_COLUMNS` gives every
column's type; README ("Event export") documents them.

Differences from GDELT: ``GLOBALEVENTID`` is derived from whosaid's event id
(stable across re-exports and reprocessing of the same article, not GDELT's
numbering); each row is one event told in one article (GDELT's
``NumArticles`` would be 1, events are not merged across articles);
``Actor1KnownGroupCode`` holds whosaid's short IGO name ("UN", "NATO") and
``Actor1Type1Code`` its sector ("GOV", "MIL").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator
from typing import Any

__all__ = ["GDELT_COLUMNS", "JSON_COLUMNS", "gdelt_rows", "global_event_id"]

GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "int64"),
    ("SQLDATE", "int64"),
    ("MonthYear", "int64"),
    ("Year", "int64"),
    ("FractionDate", "float64"),
    ("Actor1Code", "string"),
    ("Actor1Name", "string"),
    ("Actor1CountryCode", "string"),
    ("Actor1KnownGroupCode", "string"),
    ("Actor1Type1Code", "string"),
    ("Actor2Code", "string"),
    ("Actor2Name", "string"),
    ("Actor2CountryCode", "string"),
    ("Actor2KnownGroupCode", "string"),
    ("Actor2Type1Code", "string"),
    ("EventCode", "string"),
    ("EventBaseCode", "string"),
    ("EventRootCode", "string"),
    ("QuadClass", "int64"),
    ("GoldsteinScale", "float64"),
    ("SOURCEURL", "string"),
    ("IsNegated", "int64"),
    ("Modality", "string"),
    ("EvidenceText", "string"),
    ("EvidenceSpans", "string"),
    ("EventId", "string"),
    ("ArticleId", "string"),
    ("Actor1Id", "string"),
    ("Actor2Id", "string"),
    ("AttributionId", "string"),
    ("Method", "string"),
    ("Confidence", "float64"),
)
"""(name, type) of every column, in order; types are ``int64``, ``float64``
and ``string`` (every column may be empty except ``GLOBALEVENTID``,
``EventCode``, ``EventBaseCode``, ``EventRootCode``, ``QuadClass``,
``GoldsteinScale``, ``IsNegated``, ``EvidenceSpans``, ``EventId``,
``ArticleId``, ``Method`` and ``Confidence``)."""

JSON_COLUMNS = frozenset({"EvidenceSpans"})
"""Columns holding JSON (a span list): a string in CSV and Parquet."""

_SELECT = (
    "SELECT e.id, e.date_key, e.source_code, e.source_name, e.source_country, "
    "s.igo, s.sector, e.target_code, e.target_name, e.target_country, t.igo, "
    "t.sector, e.code, e.root, e.quad_class, e.goldstein, r.url, e.negated, "
    "e.modality, e.evidence_text, e.evidence, e.article_id, e.source_actor_id, "
    "e.target_actor_id, e.attribution_id, e.method, e.confidence "
    "FROM events AS e JOIN articles AS r ON r.id = e.article_id "
    "LEFT JOIN actors AS s ON s.id = e.source_actor_id "
    "LEFT JOIN actors AS t ON t.id = e.target_actor_id "
    "ORDER BY e.seq"
)


def global_event_id(event_id: str) -> int:
    """A positive 60-bit integer for an event id: 15 hex digits of its SHA-1."""
    return int(
        hashlib.sha1(event_id.encode("utf-8", "surrogatepass")).hexdigest()[:15], 16
    )


def _dates(day: str | None) -> tuple[int | None, int | None, int | None, float | None]:
    """SQLDATE (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate (YYYY.FFFF)."""
    if day is None:
        return None, None, None, None
    date = dt.date.fromisoformat(day)
    days_in_year = 366 if dt.date(date.year, 12, 31).timetuple().tm_yday == 366 else 365
    fraction = (date.timetuple().tm_yday - 1) / days_in_year
    return (
        date.year * 10000 + date.month * 100 + date.day,
        date.year * 100 + date.month,
        date.year,
        round(date.year + fraction, 4),
    )


def gdelt_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """Every stored event as a row of :data:`GDELT_COLUMNS`, in storage order.

    Args:
        conn: An open connection (read-only is enough).
    """
    for row in conn.execute(_SELECT):
        (event_id, day, *actors) = row[:12]
        code, root = row[12], row[13]
        yield (
            global_event_id(event_id),
            *_dates(day),
            *actors,
            code,
            code[:3],
            root,
            row[14],
            row[15],
            row[16],
            int(row[17]),
            row[18],
            row[19],
            row[20],
            event_id,
            *row[21:],
        )
