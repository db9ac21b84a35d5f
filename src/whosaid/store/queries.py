"""Read queries over a corpus database.

Every function takes an open connection (read-only is enough: see
:func:`whosaid.store.open_read_only`) and passes every user value to SQLite as
a parameter; full-text terms are also quoted as FTS5 strings
(:func:`fts_query`), so no input can change a query's meaning.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from whosaid.records import Article
from whosaid.store.tables import STORED_CHILDREN, article_from_rows, select_sql

__all__ = [
    "ActorName",
    "Quote",
    "SpeakerCount",
    "actors_with_code",
    "fts_query",
    "get_article",
    "list_speakers",
    "parse_day",
    "search_quotes",
]

DEFAULT_LIMIT = 50
_WORD = re.compile(r"\w")
_FOLD_FUNCTION = "whosaid_casefold"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """One attribution found by :func:`search_quotes`, with its article.

    Attributes:
        id: The attribution id (``ARTICLE_ID:aN``).
        article_id: The article's id.
        kind: ``direct``, ``indirect`` or ``mixed``.
        speaker_name: The resolved speaker, or ``None``.
        speaker_resolved_by: How the speaker was resolved (``None``: no
            speaker record).
        speaker_code: The speaker's actor code, when one is assigned.
        speaker_actor_id: The speaker's actor (``ARTICLE_ID:actorN``), when
            the speaker is one of the article's actors.
        source_text: The source fragments, joined with `` … ``.
        cue_text: The cue fragments, joined.
        content_text: The content fragments, joined.
        confidence: The model's probability.
        method: The rule or model that found it.
        date: The article's date as given.
        url: The article's URL.
        path: Where the article was read from.
        title: The article's title.
    """

    id: str
    article_id: str
    kind: str
    speaker_name: str | None
    speaker_resolved_by: str | None
    speaker_code: str | None
    speaker_actor_id: str | None
    source_text: str
    cue_text: str
    content_text: str
    confidence: float
    method: str
    date: str | None
    url: str | None
    path: str | None
    title: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerCount:
    """A speaker and how often it is attributed.

    Attributes:
        name: The speaker's name: its identity's fullest name, else the
            stored speaker name (names differing only in case are one).
        attributions: Attributions to the speaker.
        articles: Articles quoting the speaker.
        identity: The speaker's identity (``Q76``, ``name:anna berg|SWE``):
            every spelling of one person or body counts as one speaker.
    """

    name: str
    attributions: int
    articles: int
    identity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorName:
    """One normalization seen under an actor code, across the corpus.

    Attributes:
        name: The actor's name.
        type: Its type (``person``, ``government``, ``igo``...).
        country: ISO 3166-1 alpha-3, or ``None``.
        igo: The IGO, or ``None``.
        sector: The CAMEO-style sector, or ``None``.
        articles: Articles with an actor so named and coded.
        mentions: Its mentions in those articles, all together.
    """

    name: str
    type: str
    country: str | None
    igo: str | None
    sector: str | None
    articles: int
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


def fts_query(words: str) -> str | None:
    """Turn free text into a safe FTS5 query: every term, as a quoted string.

    Terms are the whitespace-separated words of ``words``; each becomes an
    FTS5 string (``"..."``, inner quotes doubled), so FTS5 operators and
    syntax (``NEAR(``, ``*``, ``AND``, ``:``, ``"``) are searched as text,
    never interpreted.  Terms without a letter or digit cannot match any
    token and are dropped.  All remaining terms must match (AND).

    Args:
        words: What the user typed.

    Returns:
        The query, or ``None`` when no term is left.
    """
    terms = [t for t in words.split() if _WORD.search(t)]
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def parse_day(value: str, *, name: str = "date") -> str:
    """Check an ISO date (``YYYY-MM-DD``) and return it normalized.

    Args:
        value: The date given.
        name: What it is, for the error message.

    Raises:
        ValueError: not an ISO date.
    """
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(
            f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}"
        ) from None


def _fold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


def search_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    speaker_is: str | None = None,
    identity: str | None = None,
    min_confidence: float | None = None,
) -> list[Quote]:
    """Find attributions by speaker, actor, topic and article date.

    Filters combine (AND); ``None`` means no filter.  Results come newest
    article first (undated articles last), then in article order.

    Args:
        conn: An open connection.
        speaker: Part of the speaker's name, any case ("berg" finds "Anna
            Berg"), and every other spelling of the same identity ("Obama"
            finds the quotes stored as "President Obama" too).
        identity: The speaker's identity (exact).
        actor: The speaker's actor code (``attributions.speaker_code``).
        about: Words that must all occur in the content (full-text search;
            words, not syntax: see :func:`fts_query`).
        since: First article date, ``YYYY-MM-DD`` (inclusive).
        until: Last article date, ``YYYY-MM-DD`` (inclusive).
        limit: At most this many results.
        offset: Skip this many results first (paging).
        speaker_is: The speaker's whole name, ASCII case ignored (as
            :func:`list_speakers` groups names); uses the speaker-name index,
            so it costs the speaker's quotes, not the corpus.
        min_confidence: Only attributions at least this confident (0..1).

    Returns:
        The matching attributions.

    Raises:
        ValueError: a bad date, limit, offset or minimum confidence.
    """
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    where: list[str] = []
    params: list[Any] = []
    if speaker is not None and speaker.strip():
        conn.create_function(_FOLD_FUNCTION, 1, _fold, deterministic=True)
        identities = (
            "(SELECT DISTINCT speaker_identity FROM attributions "
            f"WHERE instr({_FOLD_FUNCTION}(speaker_name), ?) > 0 "
            "AND speaker_identity IS NOT NULL)"
        )
        where.append(
            f"(instr({_FOLD_FUNCTION}(a.speaker_name), ?) > 0 "
            f"OR a.speaker_identity IN {identities} "
            "OR a.id IN (SELECT attribution_id FROM co_speakers "
            f"WHERE instr({_FOLD_FUNCTION}(name), ?) > 0 "
            f"OR identity IN {identities}))"
        )
        params.extend([speaker.strip().casefold()] * 4)
    if speaker_is is not None:
        where.append(
            "(a.speaker_name = ? COLLATE NOCASE OR a.id IN "
            "(SELECT attribution_id FROM co_speakers WHERE name = ? COLLATE NOCASE))"
        )
        params.extend([speaker_is, speaker_is])
    if identity is not None:
        where.append(
            "(a.speaker_identity = ? OR a.id IN "
            "(SELECT attribution_id FROM co_speakers WHERE identity = ?))"
        )
        params.extend([identity, identity])
    if actor is not None:
        where.append("a.speaker_code = ?")
        params.append(actor)
    if about is not None:
        query = fts_query(about)
        if query is None:
            return []
        where.append(
            "a.seq IN (SELECT rowid FROM attributions_fts "
            "WHERE attributions_fts MATCH ?)"
        )
        params.append("content_text : (" + query + ")")
    if min_confidence is not None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(
                f"a minimum confidence is between 0 and 1, not {min_confidence}"
            )
        where.append("a.confidence >= ?")
        params.append(min_confidence)
    if since is not None:
        where.append("r.date_key >= ?")
        params.append(parse_day(since, name="since"))
    if until is not None:
        where.append("r.date_key <= ?")
        params.append(parse_day(until, name="until"))
    sql = (
        "SELECT a.id, a.article_id, a.kind, a.speaker_name, "
        "a.speaker_resolved_by, a.speaker_code, a.speaker_actor_id, "
        "a.source_text, a.cue_text, "
        "a.content_text, a.confidence, a.method, r.date, r.url, r.path, r.title "
        "FROM attributions AS a JOIN articles AS r ON r.id = a.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY r.date_key IS NULL, r.date_key DESC, r.seq, a.idx"
        " LIMIT ? OFFSET ?"
    )
    params.extend([limit, offset])
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [Quote(**dict(zip(names, row, strict=True))) for row in cursor]


_NAME_GROUP = (
    "CASE WHEN s.name = lower(s.name) THEN lower(s.name) || '@' || s.article_id "
    "ELSE lower(s.name) END"
)
"""How speakers without an identity group: by name, a common noun's (no
capital letter) within its article only."""


def list_speakers(
    conn: sqlite3.Connection, *, limit: int | None = None
) -> list[SpeakerCount]:
    """Count attributions per speaker identity, most quoted first.

    Every speaker of a joint source counts ("Johnson and Corbyn said" is one
    attribution of each).

    Every spelling of one identity ("Obama", "Barack Obama") counts as one
    speaker, named by the identity's fullest name; speakers without an
    identity are grouped by name (names that differ only in (ASCII) case
    count as one), but a name with no capital letter, a common noun ("the
    poll" named "poll"), is no name: it counts once per article (two
    articles' polls are two sources).

    Args:
        conn: An open connection.
        limit: At most this many speakers.

    Returns:
        One entry per speaker; attributions without a name are left out.
    """
    sql = (
        "WITH spoken AS ("
        "SELECT article_id, speaker_name AS name, speaker_identity AS identity "
        "FROM attributions WHERE speaker_name IS NOT NULL "
        "UNION ALL SELECT article_id, name, identity FROM co_speakers "
        "WHERE name IS NOT NULL) "
        "SELECT coalesce(max(i.name), min(s.name)) AS name, "
        "count(*) AS attributions, count(DISTINCT s.article_id) AS articles, "
        "s.identity AS identity FROM spoken AS s "
        "LEFT JOIN identities AS i ON i.id = s.identity "
        f"GROUP BY coalesce(s.identity, {_NAME_GROUP}) "
        "ORDER BY attributions DESC, name COLLATE NOCASE"
    )
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [SpeakerCount(**_as_dict(row)) for row in _named(conn, sql, params)]


def actors_with_code(
    conn: sqlite3.Connection, code: str, *, limit: int | None = None
) -> list[ActorName]:
    """The actors stored under an actor code, one entry per normalization.

    Actors with the same name (any case), type, country, IGO and sector are
    one entry; most frequent (articles, then mentions) first.

    Args:
        conn: An open connection.
        code: The actor code, e.g. ``RUSGOV`` (exact).
        limit: At most this many entries.

    Returns:
        The entries; empty when no stored actor has the code.
    """
    sql = (
        "SELECT min(name) AS name, type, country, igo, sector, "
        "count(DISTINCT article_id) AS articles, "
        "sum(json_array_length(mentions)) AS mentions "
        "FROM actors WHERE code = ? "
        "GROUP BY name COLLATE NOCASE, type, country, igo, sector "
        "ORDER BY articles DESC, mentions DESC, name COLLATE NOCASE"
    )
    params: list[Any] = [code]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        ActorName(
            **{
                **_as_dict(row),
                "articles": int(row["articles"]),
                "mentions": int(row["mentions"] or 0),
            }
        )
        for row in _named(conn, sql, params)
    ]


def get_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """Rebuild a stored article record, attributions, actors and events included.

    Args:
        conn: An open connection.
        article_id: The article's id.

    Returns:
        The :class:`~whosaid.records.Article` as it was stored (``error`` is
        ``None``: failures are kept apart), or ``None`` when there is no such
        article.
    """
    key = [article_id]
    article = _named(conn, select_sql("articles", "id = ?"), key)
    if not article:
        return None
    children = {
        table: _named(conn, select_sql(table, "article_id = ?"), key)
        for table in STORED_CHILDREN
    }
    return article_from_rows(article[0], children)


def _named(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    """Rows of a query whose columns are read by name (whatever the connection's
    row factory)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, params).fetchall()


def _as_dict(row: sqlite3.Row) -> dict[str, Any]:
    return dict(zip(row.keys(), row, strict=True))
