"""Partitioned Parquet output: what workers write, what ``ingest --from-parquet`` reads.

Layout of an output folder::

    DIR/articles/part-KEY.parquet        one row per article (failures too)
    DIR/attributions/part-KEY.parquet    one row per attribution (article_id)
    DIR/actors/part-KEY.parquet          one row per actor (article_id)
    DIR/events/part-KEY.parquet          one row per event (article_id)

``KEY`` is :func:`whosaid.scale.runner.batch_key`, a hash of the ids of the
batch's articles.  Each file is written under a temporary name and renamed
(atomic on one file system), the ``articles`` partition last: it is the
commit mark.  A retried or re-run batch therefore replaces its partition
instead of adding one, and a reader ignores ``attributions``/``actors``/``events``
partitions whose ``articles`` partition does not exist (a batch cut short).

Span lists, sections, warnings, speakers, roles and mentions are JSON strings
(as in ``whosaid export``); so is an event's evidence.  The ``actors`` and
``events`` tables have a fixed schema, so they are empty but valid when the
articles carry none; a folder written before events existed reads back with
no events.  Needs ``pyarrow``
(``pip install whosaid[parquet]``) on every worker.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whosaid.errors import WhosaidError
from whosaid.records import (
    Actor,
    Article,
    Attribution,
    Boilerplate,
    ErrorInfo,
    Event,
    RawArticle,
    Span,
    Speaker,
)

if TYPE_CHECKING:
    from whosaid.store import IngestStats, Store

__all__ = [
    "ACTOR_COLUMNS",
    "ARTICLE_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "EVENT_COLUMNS",
    "TABLES",
    "StoredArticle",
    "check_pyarrow",
    "iter_parquet",
    "load_parquet",
    "partition_name",
    "prepare_dir",
    "write_partition",
]

TABLES = ("articles", "attributions", "actors", "events")

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("path", "string"),
    ("url", "string"),
    ("date", "string"),
    ("title", "string"),
    ("section", "string"),
    ("text", "string"),
    ("body", "string"),
    ("captions", "string"),
    ("boilerplate", "string"),
    ("warnings", "string"),
    ("error_code", "string"),
    ("error_message", "string"),
    ("attributions", "int64"),
    ("whosaid_version", "string"),
    ("model", "string"),
    ("schema_version", "int64"),
    ("content_hash", "string"),
    ("raw_text", "string"),
    ("raw_html", "string"),
)
"""Columns of the ``articles`` table (JSON strings for lists and spans;
``content_hash``, ``raw_text`` and ``raw_html`` are the input, for the store)."""

ATTRIBUTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("article_id", "string"),
    ("idx", "int64"),
    ("kind", "string"),
    ("speaker_name", "string"),
    ("speaker_resolved_by", "string"),
    ("speaker_start", "int64"),
    ("speaker_end", "int64"),
    ("speaker_actor_id", "string"),
    ("speaker_code", "string"),
    ("speaker", "string"),
    ("source", "string"),
    ("cue", "string"),
    ("content", "string"),
    ("source_text", "string"),
    ("cue_text", "string"),
    ("content_text", "string"),
    ("confidence", "float64"),
    ("method", "string"),
)
"""Columns of the ``attributions`` table."""

ACTOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("id", "string"),
    ("name", "string"),
    ("type", "string"),
    ("country", "string"),
    ("igo", "string"),
    ("sector", "string"),
    ("code", "string"),
    ("roles", "string"),
    ("mentions", "string"),
    ("source", "string"),
)
"""Columns of the ``actors`` table (``roles`` and ``mentions`` JSON)."""

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("id", "string"),
    ("idx", "int64"),
    ("source", "string"),
    ("target", "string"),
    ("code", "string"),
    ("root", "string"),
    ("goldstein", "float64"),
    ("quad_class", "int64"),
    ("evidence", "string"),
    ("evidence_text", "string"),
    ("attribution_id", "string"),
    ("negated", "bool"),
    ("modality", "string"),
    ("date", "string"),
    ("method", "string"),
    ("confidence", "float64"),
)
"""Columns of the ``events`` table (``source``/``target`` are actor ids of the
article; ``evidence`` a JSON span list, ``evidence_text`` its fragments)."""

_COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "attributions": ATTRIBUTION_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "events": EVENT_COLUMNS,
}
_JOINER = " … "


def check_pyarrow() -> None:
    """Raise ``export.parquet_unavailable`` when pyarrow is not installed."""
    if importlib.util.find_spec("pyarrow") is None:
        raise WhosaidError(
            "Parquet output needs pyarrow: pip install whosaid[parquet] "
            "(or pip install pyarrow), on every worker too",
            code="export.parquet_unavailable",
        )


def prepare_dir(out_dir: str | os.PathLike[str]) -> Path:
    """Create the output folder and its table folders.

    Raises:
        WhosaidError: ``output.unwritable``.
    """
    folder = Path(out_dir)
    try:
        for table in TABLES:
            (folder / table).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise WhosaidError(
            f"cannot write to {str(folder)!r}: {e.strerror or e}",
            code="output.unwritable",
        ) from e
    return folder


def partition_name(article_ids: Sequence[str]) -> str:
    """The file name of the partition holding these article ids."""
    from whosaid.ids import batch_key

    return f"part-{batch_key(article_ids)}.parquet"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _text(value: Any) -> str | None:
    """A cell of a string column: strings as they are, other values as JSON."""
    if value is None or isinstance(value, str):
        return value
    return _json(value)


def _joined(spans: Sequence[dict[str, Any]]) -> str:
    return _JOINER.join(str(s["text"]) for s in spans)


def article_row(record: dict[str, Any], raw: RawArticle | None) -> dict[str, Any]:
    """The ``articles`` row of an article (``record`` is ``Article.to_dict()``)."""
    from whosaid.ids import raw_content_hash

    error = record.get("error")
    return {
        "id": record["id"],
        "path": record.get("path"),
        "url": record.get("url"),
        "date": record.get("date"),
        "title": _json(record["title"]) if record.get("title") else None,
        "section": _json(record.get("section", [])),
        "text": record.get("text", ""),
        "body": _json(record.get("body", [])),
        "captions": _json(record.get("captions", [])),
        "boilerplate": _json(record.get("boilerplate", [])),
        "warnings": _json(record.get("warnings", [])),
        "error_code": error["code"] if error else None,
        "error_message": error["message"] if error else None,
        "attributions": len(record.get("attributions", [])),
        "whosaid_version": record.get("whosaid_version"),
        "model": record.get("model"),
        "schema_version": record.get("schema_version"),
        "content_hash": raw_content_hash(raw) if raw is not None else None,
        "raw_text": raw.text if raw is not None else None,
        "raw_html": raw.html if raw is not None else None,
    }


def attribution_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``attributions`` rows of an article record."""
    rows = []
    for idx, a in enumerate(record.get("attributions", [])):
        speaker = a.get("speaker") or {}
        mention = speaker.get("mention") or {}
        rows.append(
            {
                "id": a["id"],
                "article_id": record["id"],
                "idx": idx,
                "kind": a.get("kind"),
                "speaker_name": speaker.get("name"),
                "speaker_resolved_by": speaker.get("resolved_by"),
                "speaker_start": mention.get("start"),
                "speaker_end": mention.get("end"),
                "speaker_actor_id": _text(speaker.get("actor_id")),
                "speaker_code": _text(speaker.get("code")),
                "speaker": _json(a["speaker"]) if a.get("speaker") else None,
                "source": _json(a.get("source", [])),
                "cue": _json(a.get("cue", [])),
                "content": _json(a.get("content", [])),
                "source_text": _joined(a.get("source", [])),
                "cue_text": _joined(a.get("cue", [])),
                "content_text": _joined(a.get("content", [])),
                "confidence": a.get("confidence"),
                "method": a.get("method"),
            }
        )
    return rows


def actor_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``actors`` rows of an article record (none until records carry actors)."""
    rows = []
    for actor in record.get("actors") or []:
        rows.append(
            {
                "article_id": record["id"],
                "id": _text(actor.get("id")),
                "name": _text(actor.get("name")),
                "type": _text(actor.get("type")),
                "country": _text(actor.get("country")),
                "igo": _text(actor.get("igo")),
                "sector": _text(actor.get("sector")),
                "code": _text(actor.get("code")),
                "roles": _json(actor.get("roles", [])),
                "mentions": _json(actor.get("mentions", [])),
                "source": _text(actor.get("source")),
            }
        )
    return rows


def event_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``events`` rows of an article record."""
    rows = []
    for idx, event in enumerate(record.get("events") or []):
        evidence = event.get("evidence") or []
        rows.append(
            {
                "article_id": record["id"],
                "id": event["id"],
                "idx": idx,
                "source": event.get("source"),
                "target": event.get("target"),
                "code": event["code"],
                "root": event["root"],
                "goldstein": event["goldstein"],
                "quad_class": event["quad_class"],
                "evidence": _json(evidence),
                "evidence_text": _joined(evidence),
                "attribution_id": event.get("attribution_id"),
                "negated": bool(event.get("negated")),
                "modality": event.get("modality"),
                "date": event.get("date"),
                "method": event["method"],
                "confidence": event.get("confidence", 1.0),
            }
        )
    return rows


def _schema(pa: Any, table: str) -> Any:
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
    }
    return pa.schema([(name, types[kind]) for name, kind in _COLUMNS[table]])


def _write_table(
    folder: Path, table: str, name: str, rows: list[dict[str, Any]]
) -> None:
    """Write one table's partition atomically (temporary file, then rename)."""
    pa: Any = importlib.import_module("pyarrow")
    pq: Any = importlib.import_module("pyarrow.parquet")
    schema = _schema(pa, table)
    data = {col: [row[col] for row in rows] for col, _ in _COLUMNS[table]}
    target = folder / table / name
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(pa.Table.from_pydict(data, schema=schema), str(partial))
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()


def write_partition(
    folder: Path, articles: Sequence[Article], raws: Sequence[RawArticle | None]
) -> str:
    """Write one batch as a partition of the four tables; return its file name.

    ``attributions``, ``actors`` and ``events`` are written first, ``articles``
    last.
    """
    records = [a.to_dict() for a in articles]
    name = partition_name([r["id"] for r in records])
    _write_table(
        folder,
        "attributions",
        name,
        [row for r in records for row in attribution_rows(r)],
    )
    _write_table(
        folder, "actors", name, [row for r in records for row in actor_rows(r)]
    )
    _write_table(
        folder, "events", name, [row for r in records for row in event_rows(r)]
    )
    _write_table(
        folder,
        "articles",
        name,
        [article_row(r, raw) for r, raw in zip(records, raws, strict=True)],
    )
    return name


# --- reading -------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredArticle:
    """One article read back from a Parquet folder.

    Attributes:
        article: The analysis, rebuilt (``error`` set for a failure).
        raw: The input (``None`` when it could not be read).
        content_hash: The input's store hash, or ``None``.
    """

    article: Article
    raw: RawArticle | None
    content_hash: str | None


def _spans(value: str | None) -> tuple[Span, ...]:
    return tuple(Span(**s) for s in json.loads(value or "[]"))


def _attribution(row: dict[str, Any]) -> Attribution:
    speaker_dict = json.loads(row["speaker"]) if row.get("speaker") else None
    speaker = None
    if speaker_dict is not None:
        mention = speaker_dict.get("mention")
        speaker = Speaker(
            name=speaker_dict.get("name"),
            mention=Span(**mention) if mention else None,
            resolved_by=speaker_dict["resolved_by"],
            actor_id=speaker_dict.get("actor_id"),
            code=speaker_dict.get("code"),
        )
    return Attribution(
        id=row["id"],
        kind=row["kind"],
        source=_spans(row["source"]),
        cue=_spans(row["cue"]),
        content=_spans(row["content"]),
        speaker=speaker,
        confidence=row["confidence"],
        method=row["method"],
    )


def _actor(row: dict[str, Any]) -> Actor:
    return Actor(
        id=row["id"],
        name=row["name"] or "",
        type=row["type"] or "other",
        country=row["country"],
        igo=row["igo"],
        sector=row["sector"],
        code=row["code"],
        roles=tuple(json.loads(row["roles"] or "[]")),
        mentions=_spans(row["mentions"]),
        source=row.get("source") or "",
    )


def _event(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"],
        source=row["source"],
        target=row["target"],
        code=row["code"],
        root=row["root"],
        goldstein=row["goldstein"],
        quad_class=row["quad_class"],
        evidence=_spans(row["evidence"]),
        attribution_id=row["attribution_id"],
        negated=bool(row["negated"]),
        modality=row["modality"],
        date=row["date"],
        method=row["method"],
        confidence=row["confidence"],
    )


def _article(
    row: dict[str, Any],
    attributions: tuple[Attribution, ...],
    actors: tuple[Actor, ...] = (),
    events: tuple[Event, ...] = (),
) -> Article:
    title = json.loads(row["title"]) if row.get("title") else None
    error = (
        ErrorInfo(code=row["error_code"], message=row["error_message"] or "")
        if row.get("error_code")
        else None
    )
    return Article(
        id=row["id"],
        path=row["path"],
        url=row["url"],
        date=row["date"],
        title=Span(**title) if title else None,
        section=tuple(json.loads(row["section"] or "[]")),
        text=row["text"] or "",
        body=_spans(row["body"]),
        captions=_spans(row["captions"]),
        boilerplate=tuple(
            Boilerplate(**b) for b in json.loads(row["boilerplate"] or "[]")
        ),
        attributions=attributions,
        warnings=tuple(json.loads(row["warnings"] or "[]")),
        error=error,
        whosaid_version=row["whosaid_version"],
        model=row["model"],
        actors=actors,
        events=events,
        schema_version=row["schema_version"],
    )


def _read_rows(path: Path) -> list[dict[str, Any]]:
    pq: Any = importlib.import_module("pyarrow.parquet")
    rows: list[dict[str, Any]] = pq.read_table(str(path)).to_pylist()
    return rows


def _by_article(path: Path) -> dict[str, list[dict[str, Any]]]:
    """A table partition's rows by article id (empty when the file is absent)."""
    found: dict[str, list[dict[str, Any]]] = {}
    if path.is_file():
        for row in _read_rows(path):
            found.setdefault(row["article_id"], []).append(row)
    return found


def iter_parquet(folder: str | os.PathLike[str]) -> Iterator[StoredArticle]:
    """Read a Parquet output folder back, one partition in memory at a time.

    Partitions are read in file-name order; rows within one in their order.

    Raises:
        WhosaidError: ``input.unreadable`` when ``folder`` has no
            ``articles`` table; ``export.parquet_unavailable`` without pyarrow.
    """
    check_pyarrow()
    root = Path(folder)
    articles_dir = root / "articles"
    if not articles_dir.is_dir():
        raise WhosaidError(
            f"{str(root)!r} is not a whosaid Parquet folder (no articles/ in it)",
            code="input.unreadable",
        )
    for part in sorted(articles_dir.glob("part-*.parquet")):
        by_article: dict[str, list[dict[str, Any]]] = {}
        attributions_part = root / "attributions" / part.name
        if attributions_part.is_file():
            for row in _read_rows(attributions_part):
                by_article.setdefault(row["article_id"], []).append(row)
        actors_by_article: dict[str, list[dict[str, Any]]] = {}
        actors_part = root / "actors" / part.name
        if actors_part.is_file():
            for row in _read_rows(actors_part):
                actors_by_article.setdefault(row["article_id"], []).append(row)
        events_by_article = _by_article(root / "events" / part.name)
        for row in _read_rows(part):
            rows = sorted(by_article.get(row["id"], []), key=lambda r: r["idx"])
            events = sorted(
                events_by_article.get(row["id"], []), key=lambda r: r["idx"]
            )
            article = _article(
                row,
                tuple(_attribution(r) for r in rows),
                tuple(_actor(r) for r in actors_by_article.get(row["id"], [])),
                tuple(_event(r) for r in events),
            )
            raw = None
            if row.get("raw_text") is not None or row.get("raw_html") is not None:
                raw = RawArticle(
                    id=row["id"],
                    path=row["path"],
                    url=row["url"],
                    date=row["date"],
                    text=row["raw_text"],
                    html=row["raw_html"],
                )
            yield StoredArticle(
                article=article, raw=raw, content_hash=row.get("content_hash")
            )


# --- loading into the corpus database ----------------------------------------


def load_parquet(
    store: Store,
    folder: str | os.PathLike[str],
    *,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Load a Parquet output folder into the corpus database (its one writer).

    Every article is saved in its own transaction, as by ``whosaid ingest``;
    an article id already stored is skipped (so loading a folder twice, or
    two folders that overlap, adds nothing), and failures go to the failures
    table.

    Args:
        store: The corpus database.
        folder: A folder written by ``whosaid extract --out-parquet``.
        progress: Called after every article, with the counts so far.

    Returns:
        The counts: stored, skipped (already stored), failed.
    """
    import time

    from whosaid.store import IngestStats

    start = time.perf_counter()
    counts = {"stored": 0, "replaced": 0, "skipped": 0, "failed": 0}
    for stored in iter_parquet(folder):
        article = stored.article
        if _has_article(store, article.id):
            counts["skipped"] += 1
        elif article.error is not None:
            store.save_failure(
                article.id,
                code=article.error.code,
                message=article.error.message,
                path=article.path,
                raw=stored.raw,
                digest=stored.content_hash,
            )
            counts["failed"] += 1
        else:
            outcome = store.save_article(
                article, stored.raw, digest=stored.content_hash
            )
            counts[outcome.value] += 1
        if progress is not None:
            progress(IngestStats(**counts, seconds=time.perf_counter() - start))
    return IngestStats(**counts, seconds=time.perf_counter() - start)


def _has_article(store: Store, article_id: str) -> bool:
    row = store.conn.execute(
        "SELECT 1 FROM articles WHERE id = ? LIMIT 1", (article_id,)
    ).fetchone()
    return row is not None
