"""How records lie in the corpus database's tables: one mapping, both ways.

Columns come from the record fields (:mod:`whosaid.rows`): a field is a
column of the same name, lists and nested records as JSON.  What this module
adds is the store's own layout:

* ``articles``: the title span as ``title``/``title_start``/``title_end``;
  no ``error`` (failures have their own table); attributions, actors and
  events in their own tables;
* ``attributions``: the speaker as ``speaker_*`` columns (the mention as
  ``speaker_start``/``speaker_end``; its text is read back from the article)
  and the fragments joined into ``source_text``, ``cue_text`` and
  ``content_text`` for search;
* every child row carries ``article_id`` and ``idx`` (its position).

:data:`STORED_COLUMNS` lists, per table, the columns written and read; a
test keeps it equal to what the migrations create.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from whosaid.records import Actor, Article, Attribution, Speaker, record_fields
from whosaid.rows import columns, from_row, to_row

__all__ = [
    "FRAGMENT_JOINER",
    "JSON_COLUMNS",
    "PENDING_FIELDS",
    "STORED_COLUMNS",
    "actor_row",
    "article_from_rows",
    "article_row",
    "attribution_row",
    "select_sql",
]

FRAGMENT_JOINER = " … "
"""Joins an attribution's span texts into ``content_text`` and the like."""

CHILD_TABLES = {"attributions": Attribution, "actors": Actor}
"""Article fields kept in tables of their own, one row per item."""

PENDING_FIELDS: dict[str, frozenset[str]] = {
    "articles": frozenset({"events"}),  # the events table: migration 0003
    "actors": frozenset({"identity", "kb_id"}),  # migration 0004
}
"""Record fields the schema does not hold yet (read back as their defaults)."""

_ARTICLE_SKIP = frozenset(
    {"title", "error", *CHILD_TABLES, *PENDING_FIELDS["articles"]}
)
_ATTRIBUTION_SKIP = frozenset({"speaker"})
_SPEAKER_SKIP = frozenset({"mention"})
_ACTOR_SKIP = PENDING_FIELDS["actors"]
_TITLE_COLUMNS = ("title", "title_start", "title_end")
_MENTION_COLUMNS = ("speaker_start", "speaker_end")
_JOINED = ("source", "cue", "content")

STORED_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        *(name for name, _ in columns(Article, skip=_ARTICLE_SKIP)),
        *_TITLE_COLUMNS,
    ),
    "attributions": (
        "article_id",
        "idx",
        *(name for name, _ in columns(Attribution, skip=_ATTRIBUTION_SKIP)),
        *(name for name, _ in columns(Speaker, prefix="speaker_", skip=_SPEAKER_SKIP)),
        *_MENTION_COLUMNS,
        *(f"{name}_text" for name in _JOINED),
    ),
    "actors": (
        "article_id",
        "idx",
        *(name for name, _ in columns(Actor, skip=_ACTOR_SKIP)),
    ),
}
"""The record columns of each table (besides ``seq`` and the articles'
``content_hash``, ``date_key``, raw input and timestamps, written by the store)."""


JSON_COLUMNS: dict[str, frozenset[str]] = {
    "articles": frozenset(
        s.name for s in record_fields(Article) if s.structured
    ).difference(_ARTICLE_SKIP),
    "attributions": frozenset(
        s.name for s in record_fields(Attribution) if s.structured
    ).difference(_ATTRIBUTION_SKIP),
    "actors": frozenset(
        s.name for s in record_fields(Actor) if s.structured
    ).difference(_ACTOR_SKIP),
}
"""Per table, the columns holding JSON text (lists, spans, nested records)."""


def select_sql(table: str, where: str) -> str:
    """``SELECT`` the record columns of ``table`` (ordered by ``idx`` for children)."""
    order = "" if table == "articles" else " ORDER BY idx"
    return (
        f"SELECT {', '.join(STORED_COLUMNS[table])} FROM {table} WHERE {where}{order}"
    )


def _joined(spans: Iterable[Mapping[str, Any]]) -> str:
    return FRAGMENT_JOINER.join(str(s["text"]) for s in spans)


def article_row(data: Mapping[str, Any]) -> dict[str, Any]:
    """The record columns of an ``articles`` row (``data``: ``Article.to_dict()``)."""
    title = data["title"]
    return {
        **to_row(Article, data, skip=_ARTICLE_SKIP),
        "title": title["text"] if title else None,
        "title_start": title["start"] if title else None,
        "title_end": title["end"] if title else None,
    }


def attribution_row(
    article_id: str, idx: int, data: Mapping[str, Any]
) -> dict[str, Any]:
    """One ``attributions`` row (``data``: ``Attribution.to_dict()``)."""
    speaker = data["speaker"]
    mention = speaker["mention"] if speaker else None
    return {
        "article_id": article_id,
        "idx": idx,
        **to_row(Attribution, data, skip=_ATTRIBUTION_SKIP),
        **to_row(Speaker, speaker, prefix="speaker_", skip=_SPEAKER_SKIP),
        "speaker_start": mention["start"] if mention else None,
        "speaker_end": mention["end"] if mention else None,
        **{f"{name}_text": _joined(data[name]) for name in _JOINED},
    }


def actor_row(article_id: str, idx: int, data: Mapping[str, Any]) -> dict[str, Any]:
    """One ``actors`` row (``data``: ``Actor.to_dict()``)."""
    return {
        "article_id": article_id,
        "idx": idx,
        **to_row(Actor, data, skip=_ACTOR_SKIP),
    }


def insert_sql(table: str, row: Mapping[str, Any], *, verb: str = "INSERT") -> str:
    """``INSERT INTO table (columns) VALUES (:columns)`` for a row's keys."""
    names = list(row)
    return (
        f"{verb} INTO {table} ({', '.join(names)}) "
        f"VALUES ({', '.join(':' + n for n in names)})"
    )


def _named(row: sqlite3.Row | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(row, sqlite3.Row):
        return dict(zip(row.keys(), row, strict=True))
    return dict(row)


def _attribution(row: Mapping[str, Any], text: str) -> dict[str, Any]:
    data = from_row(Attribution, row, skip=_ATTRIBUTION_SKIP)
    speaker = None
    if row["speaker_resolved_by"] is not None:
        start, end = row["speaker_start"], row["speaker_end"]
        speaker = {
            **from_row(Speaker, row, prefix="speaker_", skip=_SPEAKER_SKIP),
            "mention": (
                {"start": start, "end": end, "text": text[start:end]}
                if start is not None
                else None
            ),
        }
    return {**data, "speaker": speaker}


def article_from_rows(
    article: sqlite3.Row | Mapping[str, Any],
    attributions: Sequence[sqlite3.Row | Mapping[str, Any]],
    actors: Sequence[sqlite3.Row | Mapping[str, Any]],
) -> Article:
    """Rebuild an article from its ``articles`` row and its child rows (in order).

    Rows must hold :data:`STORED_COLUMNS` (see :func:`select_sql`), by name.
    """
    row = _named(article)
    text: str = row["text"]
    start = row["title_start"]
    data = {
        **from_row(Article, row, skip=_ARTICLE_SKIP),
        "title": (
            {"start": start, "end": row["title_end"], "text": row["title"]}
            if start is not None
            else None
        ),
        "error": None,
        "attributions": [_attribution(_named(r), text) for r in attributions],
        "actors": [from_row(Actor, _named(r), skip=_ACTOR_SKIP) for r in actors],
    }
    return Article.from_dict(data)
