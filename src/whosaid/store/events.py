"""Event queries over a corpus database: event search and dyad counts.

:func:`search_events` finds stored CAMEO-coded events by source and target
actor code, CAMEO root and date; :func:`dyad_counts` aggregates them per
source-target pair and period (day, ISO week, month): how many events, their
summed and mean Goldstein score, and how many fall in each GDELT quad class.

Actor codes match exactly ("RUSGOV"), or as a prefix with a trailing ``*``
("RUS*" is RUS, RUSGOV, RUSMIL...).  Every user value reaches SQLite as a
parameter.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from whosaid.store.queries import parse_day

__all__ = [
    "Dyad",
    "DyadTotal",
    "EventFilters",
    "Level",
    "Period",
    "StoredEvent",
    "dyad_counts",
    "dyad_totals",
    "normalize_code",
    "normalize_root",
    "period_start",
    "periods",
    "search_events",
]

DEFAULT_LIMIT = 50
_PREFIX_END = "\U0010ffff"


class Period(StrEnum):
    """The periods of :func:`dyad_counts`; a period is named by its first day."""

    DAY = "day"
    WEEK = "week"  # ISO week, Monday to Sunday
    MONTH = "month"


class Level(StrEnum):
    """What :func:`dyad_counts` pairs: actor codes, or their countries."""

    CODE = "code"
    COUNTRY = "country"


_LEVEL_SQL = {
    Level.CODE: ("e.source_code", "e.target_code"),
    Level.COUNTRY: (
        "coalesce(e.source_country, e.source_code)",
        "coalesce(e.target_country, e.target_code)",
    ),
}

_PERIOD_SQL = {
    Period.DAY: "e.date_key",
    Period.WEEK: "date(e.date_key, '-6 days', 'weekday 1')",
    Period.MONTH: "strftime('%Y-%m-01', e.date_key)",
}


def normalize_code(value: str, *, name: str = "code") -> str:
    """Check an actor code filter and return it upper-cased.

    Args:
        value: A code ("RUSGOV") or a prefix with a trailing ``*`` ("RUS*").
        name: What it is, for the error message.

    Raises:
        ValueError: empty, whitespace inside, or ``*`` anywhere but at the end.
    """
    code = value.strip().upper()
    stem = code.removesuffix("*")
    if not stem or "*" in stem or any(ch.isspace() for ch in stem):
        raise ValueError(
            f"{name} must be an actor code (RUSGOV) or a prefix ending in * "
            f"(RUS*), got {value!r}"
        )
    return code


def normalize_root(value: str | int) -> str:
    """Check a CAMEO root ("13", "3", 13) and return it as two digits ("13").

    Raises:
        ValueError: not a number from 1 to 20.
    """
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise ValueError(f"root must be a CAMEO root from 01 to 20, got {value!r}")
    return f"{int(text):02d}"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilters:
    """Filters of :func:`search_events` and :func:`dyad_counts` (``None``: any).

    Attributes:
        source: The source actor's code, or a prefix ending in ``*``.
        target: The target actor's code, or a prefix ending in ``*``.
        root: A CAMEO root ("13").
        since: First day (``YYYY-MM-DD``, inclusive) of the event's date.
        until: Last day (inclusive).
    """

    source: str | None = None
    target: str | None = None
    root: str | None = None
    since: str | None = None
    until: str | None = None

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``events AS e`` and their parameters.

        Raises:
            ValueError: a bad code, root or date.
        """
        where: list[str] = []
        params: list[Any] = []
        for column, value, name in (
            ("e.source_code", self.source, "source"),
            ("e.target_code", self.target, "target"),
        ):
            if value is None or not value.strip():
                continue
            code = normalize_code(value, name=name)
            if code.endswith("*"):
                stem = code[:-1]
                where.append(f"{column} >= ? AND {column} < ?")
                params.extend([stem, stem + _PREFIX_END])
            else:
                where.append(f"{column} = ?")
                params.append(code)
        if self.root is not None and self.root.strip():
            where.append("e.root = ?")
            params.append(normalize_root(self.root))
        if self.since is not None and self.since.strip():
            where.append("e.date_key >= ?")
            params.append(parse_day(self.since, name="since"))
        if self.until is not None and self.until.strip():
            where.append("e.date_key <= ?")
            params.append(parse_day(self.until, name="until"))
        return where, params


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredEvent:
    """One stored event with its actors and article.

    Attributes:
        id: The event id (``ARTICLE_ID:eN``).
        article_id: The article's id.
        source_actor_id: The source actor (``ARTICLE_ID:actorN``), or ``None``.
        source_code: Its actor code ("RUSGOV"), or ``None``.
        source_name: Its name.
        source_country: Its country (ISO 3166-1 alpha-3).
        target_actor_id: The target actor, or ``None`` when there is none.
        target_code: Its code.
        target_name: Its name.
        target_country: Its country.
        code: The CAMEO event code ("0234", "112").
        root: Its root ("02").
        goldstein: The Goldstein score (-10 .. +10).
        quad_class: GDELT's quad class (1 verbal cooperation, 2 material
            cooperation, 3 verbal conflict, 4 material conflict).
        evidence_text: The evidence fragments, joined with `` … ``.
        attribution_id: The attribution, when the event is a speech act.
        negated: The text says the event did not happen.
        modality: ``threat``, ``intent``, ``possible``, or ``None``.
        date: The event's own date as given, or ``None``.
        day: The day the event is counted on (``YYYY-MM-DD``): its own date,
            else the article's; ``None`` when neither can be read.
        method: The rule or model that found it.
        confidence: The method's confidence (0-1).
        url: The article's URL.
        title: The article's title.
    """

    id: str
    article_id: str
    source_actor_id: str | None
    source_code: str | None
    source_name: str | None
    source_country: str | None
    target_actor_id: str | None
    target_code: str | None
    target_name: str | None
    target_country: str | None
    code: str
    root: str
    goldstein: float
    quad_class: int
    evidence_text: str
    attribution_id: str | None
    negated: bool
    modality: str | None
    date: str | None
    day: str | None
    method: str
    confidence: float
    url: str | None
    title: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Dyad:
    """The events of one source-target pair in one period.

    Attributes:
        period: The period's first day (``YYYY-MM-DD``; weeks start on Monday,
            months on the 1st).
        source: The source actor code (its country at ``level="country"``).
        target: The target actor code (or country).
        events: How many events.
        goldstein_sum: Their Goldstein scores added up.
        goldstein_mean: ``goldstein_sum / events``.
        verbal_cooperation: Events of quad class 1 (CAMEO roots 01-05).
        material_cooperation: Quad class 2 (roots 06-08).
        verbal_conflict: Quad class 3 (roots 09-13).
        material_conflict: Quad class 4 (roots 14-20).
    """

    period: str
    source: str
    target: str
    events: int
    goldstein_sum: float
    goldstein_mean: float
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


_EVENT_SELECT = (
    "SELECT e.id, e.article_id, e.source_actor_id, e.source_code, e.source_name, "
    "e.source_country, e.target_actor_id, e.target_code, e.target_name, "
    "e.target_country, e.code, e.root, e.goldstein, e.quad_class, e.evidence_text, "
    "e.attribution_id, e.negated, e.modality, e.date, e.date_key AS day, "
    "e.method, e.confidence, r.url, r.title "
    "FROM events AS e JOIN articles AS r ON r.id = e.article_id"
)


def search_events(
    conn: sqlite3.Connection,
    filters: EventFilters | None = None,
    *,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> list[StoredEvent]:
    """Find events by source, target, root and date (filters AND).

    Newest first (undated last), then in article and event order.

    Args:
        conn: An open connection.
        filters: The filters (``None``: every event).
        limit: At most this many (``None``: all).
        offset: Skip this many first (paging).

    Raises:
        ValueError: a bad code, root, date, limit or offset.
    """
    return list(_iter_events(conn, filters or EventFilters(), limit, offset))


def _iter_events(
    conn: sqlite3.Connection, filters: EventFilters, limit: int | None, offset: int
) -> Iterator[StoredEvent]:
    if (limit is not None and limit < 0) or offset < 0:
        raise ValueError("limit and offset must not be negative")
    where, params = filters.where()
    sql = (
        _EVENT_SELECT
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date_key IS NULL, e.date_key DESC, r.seq, e.idx"
        + " LIMIT ? OFFSET ?"
    )
    params.extend([-1 if limit is None else limit, offset])
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        record = dict(zip(names, row, strict=True))
        record["negated"] = bool(record["negated"])
        yield StoredEvent(**record)


def dyad_counts(
    conn: sqlite3.Connection,
    by: Period | str = Period.WEEK,
    filters: EventFilters | None = None,
    *,
    level: Level | str = Level.CODE,
    include_negated: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Dyad]:
    """Count events per source-target pair and period.

    Only events with both a source and a target code and a readable day are
    counted; negated events ("did not attack") are left out unless
    ``include_negated``.  Rows come by period, then source, then target.

    Args:
        conn: An open connection.
        by: ``day``, ``week`` (ISO, from Monday) or ``month``.
        filters: Which events count (``None``: all); codes filter the
            actors' codes whatever the ``level``.
        level: Pair actors by ``code`` ("RUSGOV" and "RUSMIL" apart) or by
            ``country`` (both "RUS"; an actor without a country, such as an
            IGO, keeps its code).
        include_negated: Count negated events too.
        limit: At most this many rows (``None``: all).
        offset: Skip this many first.

    Raises:
        ValueError: a bad period, level, code, root, date, limit or offset.
    """
    try:
        period = Period(by)
    except ValueError:
        raise ValueError(f"by must be day, week or month, got {by!r}") from None
    source, target = _pair_columns(level)
    if (limit is not None and limit < 0) or offset < 0:
        raise ValueError("limit and offset must not be negative")
    where, params = _dyad_where(filters, include_negated)
    sql = (
        f"SELECT {_PERIOD_SQL[period]} AS period, {source} AS s, {target} AS t, "
        "count(*), total(e.goldstein), "
        "sum(e.quad_class = 1), sum(e.quad_class = 2), "
        "sum(e.quad_class = 3), sum(e.quad_class = 4) "
        "FROM events AS e WHERE " + " AND ".join(where) + " "
        "GROUP BY period, s, t ORDER BY period, s, t LIMIT ? OFFSET ?"
    )
    params.extend([-1 if limit is None else limit, offset])
    return [
        Dyad(
            period=row[0],
            source=row[1],
            target=row[2],
            events=int(row[3]),
            goldstein_sum=round(float(row[4]), 6),
            goldstein_mean=round(float(row[4]) / int(row[3]), 6),
            verbal_cooperation=int(row[5]),
            material_cooperation=int(row[6]),
            verbal_conflict=int(row[7]),
            material_conflict=int(row[8]),
        )
        for row in conn.execute(sql, params)
    ]


def period_start(day: str, by: Period | str) -> str:
    """The first day of the period holding ``day`` (both ``YYYY-MM-DD``)."""
    date = dt.date.fromisoformat(day)
    period = Period(by)
    if period is Period.WEEK:
        date -= dt.timedelta(days=date.weekday())
    elif period is Period.MONTH:
        date = date.replace(day=1)
    return date.isoformat()


def periods(first: str, last: str, by: Period | str) -> list[str]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    period = Period(by)
    current = dt.date.fromisoformat(period_start(first, period))
    end = dt.date.fromisoformat(period_start(last, period))
    out: list[str] = []
    while current <= end:
        out.append(current.isoformat())
        if period is Period.DAY:
            current += dt.timedelta(days=1)
        elif period is Period.WEEK:
            current += dt.timedelta(days=7)
        elif current.month == 12:
            current = current.replace(year=current.year + 1, month=1)
        else:
            current = current.replace(month=current.month + 1)
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadTotal:
    """All the counted events of one source-target pair.

    Attributes:
        source: The source actor code.
        target: The target actor code.
        events: How many events (as :func:`dyad_counts` counts them).
        goldstein_sum: Their Goldstein scores added up.
        goldstein_mean: ``goldstein_sum / events``.
        first_day: The earliest event day.
        last_day: The latest event day.
    """

    source: str
    target: str
    events: int
    goldstein_sum: float
    goldstein_mean: float
    first_day: str
    last_day: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


def dyad_totals(
    conn: sqlite3.Connection,
    filters: EventFilters | None = None,
    *,
    level: Level | str = Level.CODE,
    include_negated: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[DyadTotal]:
    """The source-target pairs with the most events first (the same events as
    :func:`dyad_counts`, over all periods).

    Raises:
        ValueError: a bad code, root, date, limit or offset.
    """
    source, target = _pair_columns(level)
    if (limit is not None and limit < 0) or offset < 0:
        raise ValueError("limit and offset must not be negative")
    where, params = _dyad_where(filters, include_negated)
    sql = (
        f"SELECT {source} AS s, {target} AS t, count(*), total(e.goldstein), "
        "min(e.date_key), max(e.date_key) FROM events AS e "
        "WHERE " + " AND ".join(where) + " "
        "GROUP BY s, t ORDER BY count(*) DESC, s, t LIMIT ? OFFSET ?"
    )
    params.extend([-1 if limit is None else limit, offset])
    return [
        DyadTotal(
            source=row[0],
            target=row[1],
            events=int(row[2]),
            goldstein_sum=round(float(row[3]), 6),
            goldstein_mean=round(float(row[3]) / int(row[2]), 6),
            first_day=row[4],
            last_day=row[5],
        )
        for row in conn.execute(sql, params)
    ]


def _pair_columns(level: Level | str) -> tuple[str, str]:
    try:
        return _LEVEL_SQL[Level(level)]
    except ValueError:
        raise ValueError(f"level must be code or country, got {level!r}") from None


def _dyad_where(
    filters: EventFilters | None, include_negated: bool
) -> tuple[list[str], list[Any]]:
    where, params = (filters or EventFilters()).where()
    where[:0] = [
        "e.source_code IS NOT NULL",
        "e.target_code IS NOT NULL",
        "e.date_key IS NOT NULL",
    ]
    if not include_negated:
        where.append("e.negated = 0")
    return where, params
