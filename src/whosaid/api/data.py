"""The one data path of the web API and the pages.

Every JSON endpoint and every page reads the corpus through the functions
here, which build on :mod:`whosaid.store.queries` and add the few queries the
store does not have (article listing, actor counts).  Each request opens its
own read-only connection in the thread that serves it (:func:`reader`) and
closes it at the end; every user value reaches SQLite as a parameter.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from whosaid.records import Article
from whosaid.store import (
    ActorName,
    Quote,
    SpeakerCount,
    actors_with_code,
    date_key,
    get_article,
    list_speakers,
    open_read_only,
    search_quotes,
)
from whosaid.store.events import (
    Dyad,
    DyadTotal,
    EventFilters,
    StoredEvent,
    dyad_counts,
    dyad_totals,
    normalize_code,
    periods,
    search_events,
)

__all__ = [
    "ActorSummary",
    "ArticleSummary",
    "DyadPoint",
    "DyadView",
    "Page",
    "QuoteFilters",
    "SpeakerProfile",
    "actor_summary",
    "article",
    "articles_page",
    "dyad_view",
    "dyads_page",
    "events_page",
    "quotes_page",
    "reader",
    "speaker_profile",
    "speakers_page",
    "top_dyads",
]

T = TypeVar("T")

MAX_SPEAKER_QUOTES = 10_000
"""At most this many quotes feed a speaker page's chart and word counts."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down
    during each even ever every few for from further get got had has have having he
    her here hers herself him himself his how i if in into is it its itself just
    let like made make many may me might more most much must my myself never new no
    nor not now of off on once one only or other our ours ourselves out over own
    per said same say says she should since so some still such than that the their
    theirs them themselves then there these they this those though through to too
    under until up upon us very was we well were what when where whether which while
    who whom whose why will with within without would yet you your yours yourself
    yourselves it's don't we're we've i'm they're that's there's isn't wasn't aren't
    can't won't didn't doesn't we'll i've you're he's she's mr mrs ms
    """
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@contextmanager
def reader(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A new read-only connection to the corpus, closed on exit.

    Open it inside the function that serves the request: SQLite objects
    belong to the thread that made them.

    Raises:
        StoreError: no corpus at ``db_path``, or one at another schema version.
    """
    conn = open_read_only(db_path)
    try:
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleSummary:
    """One row of the article list."""

    id: str
    title: str | None
    date: str | None
    url: str | None
    path: str | None
    attributions: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Page(Generic[T]):
    """A page of results: ``items`` from ``offset``, at most ``limit``.

    ``total`` is the number of matching items when known; ``has_more`` tells
    whether a next page exists.
    """

    items: list[T]
    limit: int
    offset: int
    total: int | None
    has_more: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteFilters:
    """The filters of :func:`whosaid.store.search_quotes` (``None``: no filter)."""

    speaker: str | None = None
    actor: str | None = None
    about: str | None = None
    since: str | None = None
    until: str | None = None

    def active(self) -> bool:
        """True when any filter is set."""
        return any(
            v is not None and v.strip()
            for v in (self.speaker, self.actor, self.about, self.since, self.until)
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerProfile:
    """What a speaker page shows.

    Attributes:
        name: The speaker's name as stored.
        quotes: Their attributions, newest article first.
        attributions: How many attributions in all.
        articles: How many articles quote them.
        timeline: ``(YYYY-MM, count)`` for each month from the first to the
            last dated quote, gaps included.
        undated: Quotes whose article has no readable date.
        words: The words they use most in their quotes, with counts.
        actors: Other speakers of the corpus named in their quotes, with the
            number of quotes that name them.
    """

    name: str
    quotes: list[Quote]
    attributions: int
    articles: int
    timeline: list[tuple[str, int]]
    undated: int
    words: list[tuple[str, int]]
    actors: list[tuple[str, int]]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorSummary:
    """An actor code: the actors stored under it and their attributions.

    Attributes:
        id: The actor code.
        attributions: Attributions whose speaker has the code.
        articles: Articles with such attributions.
        actors: The actors stored under the code (name, type, country...),
            most frequent first.
        quotes: A page of those attributions.
    """

    id: str
    attributions: int
    articles: int
    actors: list[ActorName]
    quotes: Page[Quote]


def articles_page(
    conn: sqlite3.Connection, *, limit: int, offset: int
) -> Page[ArticleSummary]:
    """Stored articles, newest first (undated last), with their total."""
    total = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    rows = conn.execute(
        "SELECT r.id, r.title, r.date, r.url, r.path, "
        "(SELECT count(*) FROM attributions AS a WHERE a.article_id = r.id) "
        "FROM articles AS r "
        "ORDER BY r.date_key IS NULL, r.date_key DESC, r.seq LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    items = [
        ArticleSummary(
            id=row[0],
            title=row[1],
            date=row[2],
            url=row[3],
            path=row[4],
            attributions=row[5],
        )
        for row in rows
    ]
    return Page(
        items=items,
        limit=limit,
        offset=offset,
        total=total,
        has_more=offset + len(items) < total,
    )


def article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """The stored article record, or ``None``."""
    return get_article(conn, article_id)


def quotes_page(
    conn: sqlite3.Connection, filters: QuoteFilters, *, limit: int, offset: int
) -> Page[Quote]:
    """Attributions matching ``filters`` (see :func:`whosaid.store.search_quotes`).

    Raises:
        ValueError: a bad date.
    """
    found = search_quotes(
        conn,
        speaker=_blank_to_none(filters.speaker),
        actor=_blank_to_none(filters.actor),
        about=_blank_to_none(filters.about),
        since=_blank_to_none(filters.since),
        until=_blank_to_none(filters.until),
        limit=limit + 1,
        offset=offset,
    )
    return Page(
        items=found[:limit],
        limit=limit,
        offset=offset,
        total=None,
        has_more=len(found) > limit,
    )


def speakers_page(
    conn: sqlite3.Connection, *, limit: int, offset: int
) -> Page[SpeakerCount]:
    """Speakers with their counts, most quoted first."""
    everyone = list_speakers(conn)
    items = everyone[offset : offset + limit]
    return Page(
        items=items,
        limit=limit,
        offset=offset,
        total=len(everyone),
        has_more=offset + len(items) < len(everyone),
    )


def speaker_profile(
    conn: sqlite3.Connection, name: str, *, top: int = 20
) -> SpeakerProfile | None:
    """A speaker's quotes, timeline, words and the actors they name.

    ``name`` matches the stored speaker name in any case; ``None`` when no
    attribution has that speaker.
    """
    wanted = name.strip().casefold()
    if not wanted:
        return None
    quotes = [
        q
        for q in search_quotes(conn, speaker=name, limit=MAX_SPEAKER_QUOTES)
        if q.speaker_name is not None and q.speaker_name.casefold() == wanted
    ]
    if not quotes:
        return None
    stored_name = quotes[0].speaker_name or name
    months: Counter[str] = Counter()
    undated = 0
    for q in quotes:
        day = date_key(q.date)
        if day is None:
            undated += 1
        else:
            months[day[:7]] += 1
    words: Counter[str] = Counter()
    own = {w.casefold() for w in _WORD.findall(stored_name)}
    for q in quotes:
        for w in _WORD.findall(q.content_text):
            folded = w.casefold()
            if len(folded) > 2 and folded not in _STOPWORDS and folded not in own:
                words[folded] += 1
    return SpeakerProfile(
        name=stored_name,
        quotes=quotes,
        attributions=len(quotes),
        articles=len({q.article_id for q in quotes}),
        timeline=_monthly(months),
        undated=undated,
        words=words.most_common(top),
        actors=_actors_named(conn, stored_name, quotes)[:top],
    )


def actor_summary(
    conn: sqlite3.Connection, actor_id: str, *, limit: int, offset: int
) -> ActorSummary | None:
    """The actors filed under the code ``actor_id`` and their attributions.

    ``None`` when neither an attribution's speaker nor a stored actor has
    that code.
    """
    row = conn.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM attributions "
        "WHERE speaker_code = ?",
        (actor_id,),
    ).fetchone()
    names = actors_with_code(conn, actor_id)
    if not row[0] and not names:
        return None
    return ActorSummary(
        id=actor_id,
        attributions=int(row[0]),
        articles=int(row[1]),
        actors=names,
        quotes=quotes_page(
            conn, QuoteFilters(actor=actor_id), limit=limit, offset=offset
        ),
    )


def _blank_to_none(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def _monthly(months: Counter[str]) -> list[tuple[str, int]]:
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:7])
    out: list[tuple[str, int]] = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append((key, months.get(key, 0)))
        if key >= last:
            return out
        month += 1
        if month > 12:
            year, month = year + 1, 1


def _actors_named(
    conn: sqlite3.Connection, speaker: str, quotes: list[Quote]
) -> list[tuple[str, int]]:
    """Other speakers of the corpus named in these quotes (full name or surname)."""
    own = speaker.casefold()
    counts: Counter[str] = Counter()
    contents = [q.content_text for q in quotes]
    for other in list_speakers(conn):
        if other.name.casefold() == own:
            continue
        pattern = _name_pattern(other.name)
        if pattern is None:
            continue
        hits = sum(1 for text in contents if pattern.search(text))
        if hits:
            counts[other.name] = hits
    return counts.most_common()


def _name_pattern(name: str) -> re.Pattern[str] | None:
    parts = name.split()
    if not parts:
        return None
    alternatives = [re.escape(name)]
    surname = parts[-1]
    if len(parts) > 1 and len(surname) >= 4 and surname[:1].isupper():
        alternatives.append(re.escape(surname))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# --- events and dyads (issue 10) ------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadPoint:
    """One period of a dyad's chart.

    Attributes:
        period: The period's first day.
        cooperation: Events of quad classes 1 and 2.
        conflict: Events of quad classes 3 and 4.
        goldstein_sum: Their summed Goldstein score.
        goldstein_mean: The mean (0.0 for a period without events).
    """

    period: str
    cooperation: int
    conflict: int
    goldstein_sum: float
    goldstein_mean: float


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadView:
    """What a dyad page shows: one source-target pair over time.

    Attributes:
        source: The source code (or prefix with ``*``), as asked.
        target: The target code (or prefix), as asked.
        by: ``day``, ``week`` or ``month``.
        points: Every period from the first to the last counted event, gaps
            included.
        counts: The dyad counts (one per period and code pair).
        events: A page of the pair's events, newest first.
        reverse: How many events go the other way (target to source).
    """

    source: str
    target: str
    by: str
    points: list[DyadPoint]
    counts: list[Dyad]
    events: Page[StoredEvent]
    reverse: int


def events_page(
    conn: sqlite3.Connection, filters: EventFilters, *, limit: int, offset: int
) -> Page[StoredEvent]:
    """Events matching ``filters`` (see :func:`whosaid.store.events.search_events`).

    Raises:
        ValueError: a bad code, root or date.
    """
    found = search_events(conn, filters, limit=limit + 1, offset=offset)
    return Page(
        items=found[:limit],
        limit=limit,
        offset=offset,
        total=None,
        has_more=len(found) > limit,
    )


def dyads_page(
    conn: sqlite3.Connection,
    by: str,
    filters: EventFilters,
    *,
    level: str = "code",
    include_negated: bool,
    limit: int,
    offset: int,
) -> Page[Dyad]:
    """Dyad counts per period (see :func:`whosaid.store.events.dyad_counts`).

    Raises:
        ValueError: a bad period, code, root or date.
    """
    found = dyad_counts(
        conn,
        by,
        filters,
        level=level,
        include_negated=include_negated,
        limit=limit + 1,
        offset=offset,
    )
    return Page(
        items=found[:limit],
        limit=limit,
        offset=offset,
        total=None,
        has_more=len(found) > limit,
    )


def top_dyads(conn: sqlite3.Connection, *, limit: int) -> list[DyadTotal]:
    """The pairs with the most events (negated events left out)."""
    return dyad_totals(conn, limit=limit)


def dyad_view(
    conn: sqlite3.Connection,
    source: str,
    target: str,
    *,
    by: str,
    limit: int,
    offset: int,
) -> DyadView:
    """A source-target pair's events per period, for the chart, and its events.

    Raises:
        ValueError: a bad code or period.
    """
    filters = EventFilters(source=source, target=target)
    counts = dyad_counts(conn, by, filters)
    merged: dict[str, list[float]] = {}
    for d in counts:
        point = merged.setdefault(d.period, [0, 0, 0.0, 0])
        point[0] += d.verbal_cooperation + d.material_cooperation
        point[1] += d.verbal_conflict + d.material_conflict
        point[2] += d.goldstein_sum
        point[3] += d.events
    points: list[DyadPoint] = []
    if merged:
        for period in periods(min(merged), max(merged), by):
            coop, conflict, total, n = merged.get(period, [0, 0, 0.0, 0])
            points.append(
                DyadPoint(
                    period=period,
                    cooperation=int(coop),
                    conflict=int(conflict),
                    goldstein_sum=round(total, 6),
                    goldstein_mean=round(total / n, 6) if n else 0.0,
                )
            )
    reverse = dyad_totals(conn, EventFilters(source=target, target=source))
    return DyadView(
        source=normalize_code(source, name="source"),
        target=normalize_code(target, name="target"),
        by=by,
        points=points,
        counts=counts,
        events=events_page(conn, filters, limit=limit, offset=offset),
        reverse=sum(t.events for t in reverse),
    )
