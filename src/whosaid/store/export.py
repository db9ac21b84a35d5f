"""Export a corpus database's tables to CSV, JSON Lines or Parquet.

:func:`export_tables` writes ``articles.EXT``, ``attributions.EXT``,
``actors.EXT`` and ``events.EXT`` (or the ``tables`` asked for) into a folder,
streaming rows (the database need not fit in memory).  Columns are the tables'
own, less the internal ``seq`` and the raw inputs (``raw_text``,
``raw_html``); attribution rows carry their speaker's actor (``speaker_code``,
``speaker_actor_id``).  ``events`` is the GDELT-like event table of
:mod:`whosaid.store.gdelt` (GDELT's column names and types).  JSON columns
(spans, sections, warnings, roles) are JSON strings in CSV and Parquet and
real arrays in JSON Lines.  Parquet needs ``pyarrow``
(``pip install whosaid[parquet]``).  Each file is written under a temporary
name and renamed when complete.
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from whosaid.errors import WhosaidError
from whosaid.store import gdelt

__all__ = ["EXPORT_TABLES", "ExportFormat", "export_tables"]

EXPORT_TABLES = ("articles", "attributions", "actors", "events")
_SKIPPED_COLUMNS = frozenset({"seq", "raw_text", "raw_html"})
# Per table: ``actors.source`` is plain text, ``attributions.source`` JSON.
_JSON_COLUMNS: dict[str, frozenset[str]] = {
    "articles": frozenset({"section", "body", "captions", "boilerplate", "warnings"}),
    "attributions": frozenset({"source", "cue", "content"}),
    "actors": frozenset({"roles", "mentions"}),
    "events": gdelt.JSON_COLUMNS,
}
_BATCH_ROWS = 1000


class ExportFormat(StrEnum):
    """Formats of :func:`export_tables`."""

    CSV = "csv"
    JSONL = "jsonl"
    PARQUET = "parquet"


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of the exported columns, in table order."""
    if table == "events":
        return [(name, kind.upper()) for name, kind in gdelt.GDELT_COLUMNS]
    rows = conn.execute(
        "SELECT name, type FROM pragma_table_info(?) ORDER BY cid", (table,)
    ).fetchall()
    return [(r[0], str(r[1]).upper()) for r in rows if r[0] not in _SKIPPED_COLUMNS]


def _rows(
    conn: sqlite3.Connection, table: str, names: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    if table == "events":
        yield from gdelt.gdelt_rows(conn)
        return
    # Table and column names come from EXPORT_TABLES and the schema itself.
    select = ", ".join(f'"{n}"' for n in names)
    cursor = conn.execute(f'SELECT {select} FROM "{table}" ORDER BY seq')
    for row in cursor:
        yield tuple(row)


def export_tables(
    conn: sqlite3.Connection,
    out_dir: str | os.PathLike[str],
    fmt: ExportFormat,
    *,
    tables: Sequence[str] = EXPORT_TABLES,
) -> list[Path]:
    """Write the ``articles``, ``attributions``, ``actors`` and ``events`` tables.

    Args:
        conn: An open connection (read-only is enough).
        out_dir: The folder to write ``TABLE.EXT`` files into (created if
            missing).
        fmt: The file format.
        tables: The tables to write (some of :data:`EXPORT_TABLES`), in
            this order.

    Returns:
        The files written.

    Raises:
        WhosaidError: ``export.unknown_table`` (a table not in
            :data:`EXPORT_TABLES`), ``export.parquet_unavailable`` (Parquet
            without pyarrow), ``output.unwritable`` (the folder or a file
            cannot be written).
    """
    unknown = [t for t in tables if t not in EXPORT_TABLES]
    if unknown:
        raise WhosaidError(
            f"cannot export {', '.join(map(repr, unknown))}: the tables are "
            + ", ".join(EXPORT_TABLES),
            code="export.unknown_table",
        )
    if fmt is ExportFormat.PARQUET and importlib.util.find_spec("pyarrow") is None:
        raise WhosaidError(
            "Parquet export needs pyarrow: pip install whosaid[parquet] "
            "(or pip install pyarrow)",
            code="export.parquet_unavailable",
        )
    folder = Path(out_dir)
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for table in dict.fromkeys(tables):
            target = folder / f"{table}.{fmt.value}"
            partial = target.with_name(target.name + ".partial")
            columns = _columns(conn, table)
            if fmt is ExportFormat.CSV:
                _write_csv(conn, table, columns, partial)
            elif fmt is ExportFormat.JSONL:
                _write_jsonl(conn, table, columns, partial)
            else:
                _write_parquet(conn, table, columns, partial)
            os.replace(partial, target)
            written.append(target)
    except OSError as e:
        raise WhosaidError(
            f"cannot write to {str(folder)!r}: {e.strerror or e}",
            code="output.unwritable",
        ) from e
    return written


def _write_csv(
    conn: sqlite3.Connection, table: str, columns: list[tuple[str, str]], path: Path
) -> None:
    names = [n for n, _ in columns]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        writer.writerows(_rows(conn, table, names))


def _write_jsonl(
    conn: sqlite3.Connection, table: str, columns: list[tuple[str, str]], path: Path
) -> None:
    names = [n for n, _ in columns]
    json_columns = _JSON_COLUMNS.get(table, frozenset())
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in _rows(conn, table, names):
            record = {
                name: json.loads(value)
                if name in json_columns and value is not None
                else value
                for name, value in zip(names, row, strict=True)
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _write_parquet(
    conn: sqlite3.Connection, table: str, columns: list[tuple[str, str]], path: Path
) -> None:
    pa: Any = importlib.import_module("pyarrow")
    pq: Any = importlib.import_module("pyarrow.parquet")

    def arrow_type(declared: str) -> Any:
        if "INT" in declared:
            return pa.int64()
        if "REAL" in declared or "FLOA" in declared or "DOUB" in declared:
            return pa.float64()
        return pa.string()

    names = [n for n, _ in columns]
    schema = pa.schema([(n, arrow_type(t)) for n, t in columns])
    writer = pq.ParquetWriter(str(path), schema)
    try:
        batch: list[tuple[Any, ...]] = []
        written_any = False
        for row in _rows(conn, table, names):
            batch.append(row)
            if len(batch) >= _BATCH_ROWS:
                writer.write_table(_arrow_table(pa, schema, names, batch))
                written_any = True
                batch = []
        if batch or not written_any:  # an empty table still gets its schema
            writer.write_table(_arrow_table(pa, schema, names, batch))
    finally:
        writer.close()


def _arrow_table(
    pa: Any, schema: Any, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> Any:
    data = {name: [row[i] for row in rows] for i, name in enumerate(names)}
    return pa.Table.from_pydict(data, schema=schema)
