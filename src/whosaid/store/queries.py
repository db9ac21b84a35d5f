"""Read queries over a corpus database.

Every function takes an open connection (read-only is enough: see
:func:`whosaid.store.open_read_only`) and passes every user value to SQLite as
a parameter; full-text terms are also quoted as FTS5 strings
(:func:`fts_query`), so no input can change a query's meaning.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from whosaid.records import (
    Actor,
    ActorType,
    Article,
    Attribution,
    AttributionKind,
    Boilerplate,
    Event,
    QuadClass,
    Span,
    Speaker,
)

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
        where.append(
            f"(instr({_FOLD_FUNCTION}(a.speaker_name), ?) > 0 OR a.speaker_identity IN "
            "(SELECT DISTINCT speaker_identity FROM attributions "
            f"WHERE instr({_FOLD_FUNCTION}(speaker_name), ?) > 0 "
            "AND speaker_identity IS NOT NULL))"
        )
        params.extend([speaker.strip().casefold()] * 2)
    if speaker_is is not None:
        where.append("a.speaker_name = ? COLLATE NOCASE")
        params.append(speaker_is)
    if identity is not None:
        where.append("a.speaker_identity = ?")
        params.append(identity)
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


def list_speakers(
    conn: sqlite3.Connection, *, limit: int | None = None
) -> list[SpeakerCount]:
    """Count attributions per speaker identity, most quoted first.

    Every spelling of one identity ("Obama", "Barack Obama") counts as one
    speaker, named by the identity's fullest name; speakers without an
    identity are grouped by name (names that differ only in (ASCII) case
    count as one).

    Args:
        conn: An open connection.
        limit: At most this many speakers.

    Returns:
        One entry per speaker; attributions without a name are left out.
    """
    sql = (
        "SELECT coalesce(max(i.name), min(a.speaker_name)) AS name, "
        "count(*) AS attributions, count(DISTINCT a.article_id) AS articles, "
        "a.speaker_identity FROM attributions AS a "
        "LEFT JOIN identities AS i ON i.id = a.speaker_identity "
        "WHERE a.speaker_name IS NOT NULL "
        "GROUP BY coalesce(a.speaker_identity, lower(a.speaker_name)) "
        "ORDER BY attributions DESC, name COLLATE NOCASE"
    )
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        SpeakerCount(name=row[0], attributions=row[1], articles=row[2], identity=row[3])
        for row in conn.execute(sql, params)
    ]


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
            name=row[0],
            type=row[1],
            country=row[2],
            igo=row[3],
            sector=row[4],
            articles=int(row[5]),
            mentions=int(row[6] or 0),
        )
        for row in conn.execute(sql, params)
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
    row = conn.execute(
        "SELECT id, path, url, date, title, title_start, title_end, section, "
        "text, body, captions, boilerplate, warnings, whosaid_version, model, "
        "schema_version FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    text: str = row[8]
    title = Span(start=row[5], end=row[6], text=row[4]) if row[5] is not None else None
    attributions = tuple(
        _attribution(a, text)
        for a in conn.execute(
            "SELECT id, kind, speaker_name, speaker_resolved_by, speaker_start, "
            "speaker_end, source, cue, content, confidence, method, "
            "speaker_code, speaker_actor_id "
            "FROM attributions WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    )
    actors = tuple(
        _actor(a)
        for a in conn.execute(
            "SELECT id, name, type, country, igo, sector, code, roles, mentions, "
            "source, identity, kb_id FROM actors WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    )
    events = tuple(
        _event(e)
        for e in conn.execute(
            "SELECT id, source_actor_id, target_actor_id, code, root, goldstein, "
            "quad_class, evidence, attribution_id, negated, modality, date, method, "
            "confidence FROM events WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    )
    return Article(
        id=row[0],
        path=row[1],
        url=row[2],
        date=row[3],
        title=title,
        section=tuple(json.loads(row[7])),
        text=text,
        body=_spans(row[9]),
        captions=_spans(row[10]),
        boilerplate=tuple(
            Boilerplate(start=b["start"], end=b["end"], text=b["text"], kind=b["kind"])
            for b in json.loads(row[11])
        ),
        attributions=attributions,
        warnings=tuple(json.loads(row[12])),
        error=None,
        whosaid_version=row[13],
        model=row[14],
        actors=actors,
        events=events,
        schema_version=row[15],
    )


def _spans(value: str) -> tuple[Span, ...]:
    return tuple(
        Span(start=s["start"], end=s["end"], text=s["text"]) for s in json.loads(value)
    )


def _attribution(row: Any, text: str) -> Attribution:
    speaker = None
    if row[3] is not None:
        mention = Span.of(text, row[4], row[5]) if row[4] is not None else None
        speaker = Speaker(
            name=row[2],
            mention=mention,
            resolved_by=row[3],
            actor_id=row[12],
            code=row[11],
        )
    kind: AttributionKind = row[1]
    return Attribution(
        id=row[0],
        kind=kind,
        source=_spans(row[6]),
        cue=_spans(row[7]),
        content=_spans(row[8]),
        speaker=speaker,
        confidence=row[9],
        method=row[10],
    )


def _actor(row: Any) -> Actor:
    kind: ActorType = row[2]
    return Actor(
        id=row[0],
        name=row[1],
        type=kind,
        country=row[3],
        igo=row[4],
        sector=row[5],
        code=row[6],
        roles=tuple(json.loads(row[7])),
        mentions=_spans(row[8]),
        source=row[9],
        identity=row[10],
        kb_id=row[11],
    )


def _event(row: Any) -> Event:
    quad: QuadClass = row[6]
    return Event(
        id=row[0],
        source=row[1],
        target=row[2],
        code=row[3],
        root=row[4],
        goldstein=row[5],
        quad_class=quad,
        evidence=_spans(row[7]),
        attribution_id=row[8],
        negated=bool(row[9]),
        modality=row[10],
        date=row[11],
        method=row[12],
        confidence=row[13],
    )
