"""Partitioned Parquet output: what workers write, what ``ingest --from-parquet`` reads.

Layout of an output folder::

    DIR/articles/part-KEY.parquet        one row per article (failures too)
    DIR/attributions/part-KEY.parquet    one row per attribution (article_id, idx)
    DIR/actors/part-KEY.parquet          one row per actor (article_id, idx)
    DIR/events/part-KEY.parquet          one row per event (article_id, idx)

``KEY`` is :func:`whosaid.scale.runner.batch_key`, a hash of the ids of the
batch's articles.  Each file is written under a temporary name and renamed
(atomic on one file system), the ``articles`` partition last: it is the
commit mark.  A retried or re-run batch therefore replaces its partition
instead of adding one, and a reader ignores child partitions whose
``articles`` partition does not exist (a batch cut short).

Columns are the record fields (:mod:`whosaid.rows`: lists, spans and nested
records as JSON strings, as in ``whosaid export``) and are read back through
:meth:`~whosaid.records.Record.from_dict`, so a field added to a record is
written and read without a change here; a column missing from an older file
leaves its field at the default.  Needs ``pyarrow``
(``pip install whosaid[parquet]``) on every worker.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whosaid.errors import WhosaidError, write_error
from whosaid.records import (
    Actor,
    Article,
    Attribution,
    Event,
    RawArticle,
    Record,
    RecordError,
    Speaker,
)
from whosaid.rows import ColumnKind, columns, from_row, to_row

if TYPE_CHECKING:
    from whosaid.store import IngestStats, Store

__all__ = [
    "ACTOR_COLUMNS",
    "ARTICLE_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "CHILD_TABLES",
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

CHILD_TABLES: dict[str, type[Record]] = {
    "attributions": Attribution,
    "actors": Actor,
    "events": Event,
}
"""Article fields written as tables of their own: one row per item, with
``article_id`` and ``idx`` (its position) before the item's fields."""

TABLES = ("articles", *CHILD_TABLES)

_ARTICLE_SKIP = frozenset({"error", *CHILD_TABLES})
_SPEAKER_SKIP = frozenset({"mention"})
_JOINED: dict[str, tuple[str, ...]] = {
    "attributions": ("source", "cue", "content"),
    "actors": (),
    "events": ("evidence",),
}
"""Per child table, the span lists also written joined, as ``NAME_text``."""

ARTICLE_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    *columns(Article, skip=_ARTICLE_SKIP),
    ("error_code", "string"),
    ("error_message", "string"),
    ("attributions", "int64"),
    ("content_hash", "string"),
    ("raw_text", "string"),
    ("raw_html", "string"),
)
"""Columns of the ``articles`` table: the record's fields (JSON strings for
lists and spans), the error as ``error_code``/``error_message``, the number of
attributions, and the input (``content_hash``, ``raw_text``, ``raw_html``) for
the store."""

_KEY_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    ("article_id", "string"),
    ("idx", "int64"),
)

ATTRIBUTION_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    *_KEY_COLUMNS,
    *columns(Attribution),
    *columns(Speaker, prefix="speaker_", skip=_SPEAKER_SKIP),
    ("speaker_start", "int64"),
    ("speaker_end", "int64"),
    *((f"{name}_text", "string") for name in _JOINED["attributions"]),
)
"""Columns of the ``attributions`` table: the record's fields (``speaker`` as
JSON), then, for queries, the speaker's fields as ``speaker_*`` columns and
the fragments joined into ``source_text``, ``cue_text`` and ``content_text``
(written, never read back)."""

ACTOR_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (*_KEY_COLUMNS, *columns(Actor))
"""Columns of the ``actors`` table (``roles`` and ``mentions`` JSON)."""

EVENT_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    *_KEY_COLUMNS,
    *columns(Event),
    *((f"{name}_text", "string") for name in _JOINED["events"]),
)
"""Columns of the ``events`` table (``source``/``target`` are actor ids of the
article; ``evidence`` JSON, ``evidence_text`` its fragments joined)."""

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


def _joined(spans: Sequence[dict[str, Any]]) -> str:
    return _JOINER.join(str(s["text"]) for s in spans)


def article_row(record: dict[str, Any], raw: RawArticle | None) -> dict[str, Any]:
    """The ``articles`` row of an article (``record`` is ``Article.to_dict()``)."""
    from whosaid.ids import raw_content_hash

    error = record["error"]
    return {
        **to_row(Article, record, skip=_ARTICLE_SKIP),
        "error_code": error["code"] if error else None,
        "error_message": error["message"] if error else None,
        "attributions": len(record["attributions"]),
        "content_hash": raw_content_hash(raw) if raw is not None else None,
        "raw_text": raw.text if raw is not None else None,
        "raw_html": raw.html if raw is not None else None,
    }


def child_rows(table: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of one child table (``attributions``, ``actors``, ``events``)
    for an article record (``Article.to_dict()``)."""
    cls = CHILD_TABLES[table]
    rows = []
    for idx, item in enumerate(record[table]):
        row = {"article_id": record["id"], "idx": idx, **to_row(cls, item)}
        if table == "attributions":
            row.update(_speaker_columns(item["speaker"]))
        row.update({f"{name}_text": _joined(item[name]) for name in _JOINED[table]})
        rows.append(row)
    return rows


def _speaker_columns(speaker: dict[str, Any] | None) -> dict[str, Any]:
    mention = speaker["mention"] if speaker else None
    return {
        **to_row(Speaker, speaker, prefix="speaker_", skip=_SPEAKER_SKIP),
        "speaker_start": mention["start"] if mention else None,
        "speaker_end": mention["end"] if mention else None,
    }


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
    except OSError as e:
        raise write_error(target, e) from e
    finally:
        if partial.exists():
            partial.unlink()


def write_partition(
    folder: Path, articles: Sequence[Article], raws: Sequence[RawArticle | None]
) -> str:
    """Write one batch as a partition of every table; return its file name.

    The child tables are written first, ``articles`` last.
    """
    records = [a.to_dict() for a in articles]
    name = partition_name([r["id"] for r in records])
    for table in CHILD_TABLES:
        rows = [row for r in records for row in child_rows(table, r)]
        _write_table(folder, table, name, rows)
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


def _article(row: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> Article:
    """Rebuild an article from its row and its child rows (in order)."""
    data = from_row(Article, row, skip=_ARTICLE_SKIP)
    code = row.get("error_code")
    data["error"] = (
        {"code": code, "message": row.get("error_message") or ""} if code else None
    )
    for table, cls in CHILD_TABLES.items():
        data[table] = [from_row(cls, r) for r in children.get(table, [])]
    return Article.from_dict(data)


def _position(row: dict[str, Any]) -> int:
    """A child row's position (files written before ``idx`` keep file order)."""
    idx = row.get("idx")
    return idx if isinstance(idx, int) else 0


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
        by_table = {
            table: _by_article(root / table / part.name) for table in CHILD_TABLES
        }
        for row in _read_rows(part):
            children = {
                table: sorted(rows.get(row["id"], []), key=_position)
                for table, rows in by_table.items()
            }
            try:
                article = _article(row, children)
            except RecordError as e:
                raise WhosaidError(
                    f"{str(part)!r}: article {row.get('id')!r} cannot be read: {e}",
                    code="input.invalid",
                ) from e
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
