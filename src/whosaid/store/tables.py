"""How records lie in the corpus database's tables: one mapping, both ways.

Columns come from the record fields (:mod:`whosaid.rows`): a field is a
column of the same name, lists and nested records as JSON.  What this module
adds is the store's own layout:

* ``articles``: the title span as ``title``/``title_start``/``title_end``;
  no ``error`` (failures have their own table); attributions, actors and
  events in tables of their own (:data:`CHILD_TABLES`);
* ``attributions``: the speaker as ``speaker_*`` columns (the mention as
  ``speaker_start``/``speaker_end``; its text is read back from the article),
  the identity of the speaker's actor in ``speaker_identity``, and the
  fragments joined into ``source_text``, ``cue_text`` and
  ``content_text`` for search;
* ``events``: ``source``/``target`` in ``source_actor_id``/``target_actor_id``,
  with those actors' code, name and country copied in, ``evidence_text`` and
  the ``date_key`` the event counts on;
* ``co_speakers``: a joint source's further speakers, one row each (also kept
  as JSON in ``attributions.co_speakers``), for speaker counts and searches;
* every child row carries ``article_id`` and ``idx`` (its position).

:data:`STORED_COLUMNS` lists, per table, the columns written and read; a
test keeps it within what the migrations create.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from whosaid.records import (
    Actor,
    Article,
    Attribution,
    Event,
    Record,
    Speaker,
    record_fields,
)
from whosaid.rows import columns, from_row, to_row

__all__ = [
    "CHILD_TABLES",
    "FRAGMENT_JOINER",
    "JSON_COLUMNS",
    "PENDING_FIELDS",
    "STORED_CHILDREN",
    "STORED_COLUMNS",
    "article_from_rows",
    "article_row",
    "child_rows",
    "co_speaker_rows",
    "insert_sql",
    "select_sql",
]

FRAGMENT_JOINER = " … "
"""Joins an attribution's span texts into ``content_text`` and the like."""

CHILD_TABLES: dict[str, type[Record]] = {
    "attributions": Attribution,
    "actors": Actor,
    "events": Event,
}
"""Article fields kept in tables of their own (same name), one row per item."""

PENDING_FIELDS: dict[str, frozenset[str]] = {
    "articles": frozenset(),
    "actors": frozenset(),
}
"""Record fields the schema does not hold yet (read back as their defaults):
put a new record field here until its migration adds the column."""

STORED_CHILDREN = tuple(t for t in CHILD_TABLES if t not in PENDING_FIELDS["articles"])
"""The child tables the schema has."""

_ARTICLE_SKIP = frozenset({"title", "error", *CHILD_TABLES})
_SKIP: dict[str, frozenset[str]] = {
    "attributions": frozenset({"speaker"}),
    "actors": PENDING_FIELDS["actors"],
    "events": frozenset(),
}
_RENAME: dict[str, dict[str, str]] = {
    "attributions": {},
    "actors": {},
    "events": {"source": "source_actor_id", "target": "target_actor_id"},
}
_JOINED: dict[str, tuple[str, ...]] = {
    "attributions": ("source", "cue", "content"),
    "actors": (),
    "events": ("evidence",),
}
_SPEAKER_SKIP = frozenset({"mention"})
_ACTOR_COPIES = ("code", "name", "country")  # into events' source_*/target_*


def _child_columns(table: str) -> tuple[str, ...]:
    names = [
        "article_id",
        "idx",
        *(
            name
            for name, _ in columns(
                CHILD_TABLES[table], skip=_SKIP[table], rename=_RENAME[table]
            )
        ),
    ]
    if table == "attributions":
        names += [
            name for name, _ in columns(Speaker, prefix="speaker_", skip=_SPEAKER_SKIP)
        ]
        names += ["speaker_start", "speaker_end", "speaker_identity"]
    if table == "events":
        names += [
            f"{end}_{name}" for end in ("source", "target") for name in _ACTOR_COPIES
        ]
        names += ["date_key"]
    return (*names, *(f"{name}_text" for name in _JOINED[table]))


STORED_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        *(name for name, _ in columns(Article, skip=_ARTICLE_SKIP)),
        "title",
        "title_start",
        "title_end",
    ),
    **{table: _child_columns(table) for table in STORED_CHILDREN},
}
"""The record columns of each table (besides ``seq`` and the articles'
``content_hash``, ``date_key``, raw input and timestamps, written by the store)."""

JSON_COLUMNS: dict[str, frozenset[str]] = {
    "articles": frozenset(
        s.name for s in record_fields(Article) if s.structured
    ).difference(_ARTICLE_SKIP),
    **{
        table: frozenset(
            _RENAME[table].get(s.name, s.name)
            for s in record_fields(CHILD_TABLES[table])
            if s.structured and s.name not in _SKIP[table]
        )
        for table in STORED_CHILDREN
    },
}
"""Per table, the columns holding JSON text (lists, spans, nested records)."""


def select_sql(table: str, where: str) -> str:
    """``SELECT`` the record columns of ``table`` (ordered by ``idx`` for children)."""
    order = "" if table == "articles" else " ORDER BY idx"
    names = ", ".join(STORED_COLUMNS[table])
    return f"SELECT {names} FROM {table} WHERE {where}{order}"


def insert_sql(table: str, row: Mapping[str, Any]) -> str:
    """``INSERT INTO table (columns) VALUES (:columns)`` for a row's keys."""
    names = list(row)
    return (
        f"INSERT INTO {table} ({', '.join(names)}) "
        f"VALUES ({', '.join(':' + n for n in names)})"
    )


# --- writing -------------------------------------------------------------------


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


def child_rows(
    data: Mapping[str, Any], day: Callable[[str | None], str | None]
) -> dict[str, list[dict[str, Any]]]:
    """The rows of every stored child table of an article.

    Args:
        data: ``Article.to_dict()``.
        day: Normalizes a date to ``YYYY-MM-DD`` (events' ``date_key``).
    """
    actors = {a["id"]: a for a in data["actors"]}
    article_day = day(data["date"])
    out: dict[str, list[dict[str, Any]]] = {}
    for table in STORED_CHILDREN:
        rows = []
        for idx, item in enumerate(data[table]):
            row = {
                "article_id": data["id"],
                "idx": idx,
                **to_row(
                    CHILD_TABLES[table], item, skip=_SKIP[table], rename=_RENAME[table]
                ),
            }
            if table == "attributions":
                row.update(_speaker_columns(item["speaker"], actors))
            if table == "events":
                for end in ("source", "target"):
                    actor = actors.get(item[end]) if item[end] is not None else None
                    for name in _ACTOR_COPIES:
                        row[f"{end}_{name}"] = actor[name] if actor else None
                row["date_key"] = day(item["date"]) or article_day
            for name in _JOINED[table]:
                row[f"{name}_text"] = _joined(item[name])
            rows.append(row)
        out[table] = rows
    return out


def co_speaker_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``co_speakers`` rows of an article (``Article.to_dict()``): one per
    further speaker of a joint source, with its actor's identity."""
    actors = {a["id"]: a for a in data["actors"]}
    rows: list[dict[str, Any]] = []
    for item in data["attributions"]:
        for idx, co in enumerate(item.get("co_speakers") or ()):
            actor = actors.get(co["actor_id"] or "")
            rows.append(
                {
                    "attribution_id": item["id"],
                    "article_id": data["id"],
                    "idx": idx,
                    "name": co["name"],
                    "code": co["code"],
                    "actor_id": co["actor_id"],
                    "identity": actor["identity"] if actor else None,
                }
            )
    return rows


def _speaker_columns(
    speaker: Mapping[str, Any] | None, actors: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """The speaker's columns, its mention's offsets and its actor's identity."""
    mention = speaker["mention"] if speaker else None
    actor = actors.get(speaker["actor_id"] or "") if speaker else None
    return {
        **to_row(Speaker, speaker, prefix="speaker_", skip=_SPEAKER_SKIP),
        "speaker_start": mention["start"] if mention else None,
        "speaker_end": mention["end"] if mention else None,
        "speaker_identity": actor["identity"] if actor else None,
    }


# --- reading -------------------------------------------------------------------


def _named(row: sqlite3.Row | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(row, sqlite3.Row):
        return dict(zip(row.keys(), row, strict=True))
    return dict(row)


def _child(table: str, row: Mapping[str, Any], text: str) -> dict[str, Any]:
    data = from_row(CHILD_TABLES[table], row, skip=_SKIP[table], rename=_RENAME[table])
    if table == "attributions":
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
        data["speaker"] = speaker
    return data


def article_from_rows(
    article: sqlite3.Row | Mapping[str, Any],
    children: Mapping[str, Sequence[sqlite3.Row | Mapping[str, Any]]],
) -> Article:
    """Rebuild an article from its ``articles`` row and its child rows.

    Args:
        article: The ``articles`` row.
        children: Per stored child table, the article's rows in ``idx`` order.
            Rows hold :data:`STORED_COLUMNS` (see :func:`select_sql`), by name.
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
    }
    for table in STORED_CHILDREN:
        data[table] = [_child(table, _named(r), text) for r in children.get(table, ())]
    return Article.from_dict(data)
