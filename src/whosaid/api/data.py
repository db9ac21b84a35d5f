"""The one data path of the web API and the pages.

Every JSON endpoint and every page reads the corpus through the functions
here, which build on :mod:`whosaid.store.queries` and add the few queries the
store does not have (article listing, actor counts).  Each request opens its
own read-only connection in the thread that serves it (:func:`reader`) and
closes it at the end; every user value reaches SQLite as a parameter.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

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
    "speaker_identity",
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
    whether items follow this page (never with ``limit`` 0, which asks only
    for the total: a client paging by ``offset += limit`` would not advance).
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
    cursor = conn.execute(
        "SELECT r.id, r.title, r.date, r.url, r.path, "
        "(SELECT count(*) FROM attributions AS a WHERE a.article_id = r.id) "
        "AS attributions FROM articles AS r "
        "ORDER BY r.date_key IS NULL, r.date_key DESC, r.seq LIMIT ? OFFSET ?",
        (limit, offset),
    )
    names = [d[0] for d in cursor.description]
    items = [ArticleSummary(**dict(zip(names, row, strict=True))) for row in cursor]
    return Page(
        items=items,
        limit=limit,
        offset=offset,
        total=total,
        has_more=_more(limit, offset + len(items) < total),
    )


def _more(limit: int, more: bool) -> bool:
    return limit > 0 and more


def _page_of(found: list[T], *, limit: int, offset: int) -> Page[T]:
    """A page from ``limit + 1`` rows fetched at ``offset`` (the extra row
    only says whether there are more)."""
    return Page(
        items=found[:limit],
        limit=limit,
        offset=offset,
        total=None,
        has_more=_more(limit, len(found) > limit),
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
    return _page_of(found, limit=limit, offset=offset)


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
        has_more=_more(limit, offset + len(items) < len(everyone)),
    )


def speaker_profile(
    conn: sqlite3.Connection, name: str, *, top: int = 20
) -> SpeakerProfile | None:
    """A speaker's quotes, timeline, words and the actors they name.

    ``name`` is an identity (``Q76``), an identity's name or a stored
    speaker name, in any (ASCII) case: the page holds every quote of that
    identity, whatever its spelling; a speaker without an identity matches by
    name.  ``None`` when no attribution has that speaker.  The cost follows the
    speaker's own quotes (at most :data:`MAX_SPEAKER_QUOTES`), not the corpus:
    the quotes come through the speaker-identity or speaker-name index and the
    speakers they name are looked up by the quotes' words
    (:func:`_actors_named`).
    """
    wanted = name.strip().casefold()
    if not wanted:
        return None
    identity = speaker_identity(conn, name.strip())
    if identity is not None:
        quotes = search_quotes(conn, identity=identity[0], limit=MAX_SPEAKER_QUOTES)
        stored_name = identity[1]
    else:
        found = search_quotes(conn, speaker_is=name.strip(), limit=MAX_SPEAKER_QUOTES)
        quotes = [
            q
            for q in found
            if q.speaker_name is not None and q.speaker_name.casefold() == wanted
        ]
        stored_name = quotes[0].speaker_name or name if quotes else name
    if not quotes:
        return None
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
        actors=_actors_named(
            conn, stored_name, quotes, identity[0] if identity else None
        )[:top],
    )


def speaker_identity(conn: sqlite3.Connection, name: str) -> tuple[str, str] | None:
    """(identity, its name) for an identity id, an identity's name or a
    speaker name (any case): the identity quoted most under that name."""
    row = conn.execute(
        "SELECT id, name FROM identities WHERE id = ?", (name,)
    ).fetchone()
    if row is not None:
        return str(row[0]), str(row[1])
    for where in (
        # the whole name: through the speaker-name index
        "a.speaker_name = ? COLLATE NOCASE OR i.name = ? COLLATE NOCASE",
        # a part of the name ("Obama"): the most quoted identity that has it
        # (a scan, taken only when no whole name matched)
        "instr(lower(i.name), lower(?)) > 0 "
        "OR instr(lower(a.speaker_name), lower(?)) > 0",
    ):
        row = conn.execute(
            "SELECT a.speaker_identity, i.name, count(*) AS n FROM attributions AS a "
            "JOIN identities AS i ON i.id = a.speaker_identity "
            f"WHERE {where} GROUP BY a.speaker_identity ORDER BY n DESC LIMIT 1",
            (name, name),
        ).fetchone()
        if row is not None:
            return str(row[0]), str(row[1])
    return None


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
    conn: sqlite3.Connection,
    speaker: str,
    quotes: list[Quote],
    identity: str | None = None,
) -> list[tuple[str, int]]:
    """Other speakers of the corpus (one per identity) named in these quotes.

    Costs the quotes' length, not the number of speakers: a name can match
    only where its last word occurs as a word of the quote, so each quote is
    checked against the names indexed under its own words
    (:func:`_speaker_index`).  Most quotes first, then in speaker-list order.
    """
    index = _speaker_index(conn)
    own = speaker.casefold()
    counts: Counter[str] = Counter()
    for q in quotes:
        text = q.content_text
        candidates = set(index.anywhere)
        for token in set(_TOKEN.findall(text)):
            candidates.update(index.by_last_word.get(token, ()))
        for other in candidates:
            if other.casefold() == own or (
                identity is not None and index.identity.get(other) == identity
            ):
                continue
            pattern = _name_pattern(other)
            if pattern is not None and pattern.search(text):
                counts[other] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], index.rank[kv[0]]))


_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _SpeakerIndex:
    """The corpus's speaker names by the last word of each name.

    Attributes:
        by_last_word: Last ``\\w+`` run of a name -> the names (as in
            :func:`whosaid.store.list_speakers`).
        anywhere: Names without a word character (checked on every quote).
        rank: Each name's position in the speaker list (for ties).
    """

    by_last_word: dict[str, tuple[str, ...]]
    anywhere: tuple[str, ...]
    rank: dict[str, int]
    identity: dict[str, str | None]


_INDEX_CACHE: OrderedDict[tuple[Any, ...], _SpeakerIndex] = OrderedDict()
_INDEX_CACHE_SIZE = 4
_INDEX_LOCK = threading.Lock()


def _speaker_index(conn: sqlite3.Connection) -> _SpeakerIndex:
    """The speaker index of ``conn``'s database, built once per version.

    Cached by the database file's identity, size and modification time (and
    its ``-wal`` file's): a write to the corpus makes a new one.
    """
    key = _db_signature(conn)
    if key is not None:
        with _INDEX_LOCK:
            cached = _INDEX_CACHE.get(key)
            if cached is not None:
                _INDEX_CACHE.move_to_end(key)
                return cached
    speakers = list_speakers(conn)
    names = [s.name for s in speakers]
    by_last: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for name in names:
        words = _TOKEN.findall(name)
        if words:
            by_last.setdefault(words[-1], []).append(name)
        else:
            anywhere.append(name)
    index = _SpeakerIndex(
        by_last_word={k: tuple(v) for k, v in by_last.items()},
        anywhere=tuple(anywhere),
        rank={name: i for i, name in enumerate(names)},
        identity={s.name: s.identity for s in speakers},
    )
    if key is not None:
        with _INDEX_LOCK:
            _INDEX_CACHE[key] = index
            while len(_INDEX_CACHE) > _INDEX_CACHE_SIZE:
                _INDEX_CACHE.popitem(last=False)
    return index


def _db_signature(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
    row = conn.execute("PRAGMA database_list").fetchone()
    file = row[2] if row is not None else ""
    if not file:
        return None
    signature: list[Any] = [file]
    for path in (file, f"{file}-wal"):
        try:
            st = os.stat(path)
        except OSError:
            signature.append(None)
        else:
            signature.extend((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(signature)


@functools.lru_cache(maxsize=16384)
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
    return _page_of(found, limit=limit, offset=offset)


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
    return _page_of(found, limit=limit, offset=offset)


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
