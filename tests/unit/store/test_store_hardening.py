"""Store hardening (issue 12): identity, counts, concurrent first opens, full disks.

* The same text under two URLs, without ids, is two rows (it used to be one,
  while ingest printed "2 stored").
* Counts are rows written: an article that replaces the row of the same id
  is counted as replaced, not stored.
* Two processes opening a new database at the same moment both migrate-or-wait
  and both store their article (one used to fail with "table meta already
  exists").
* A full disk is ``store.disk_full``, and the database stays usable.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from tests.factories import build_article
from typer.testing import CliRunner

from whosaid.cli import EXIT_ERROR, EXIT_OK, app
from whosaid.ingest import iter_inputs
from whosaid.records import RawArticle
from whosaid.stage_runner import Pipeline
from whosaid.store import Store, StoreError, ingest, latest_version
from whosaid.store.migrate import list_migrations, split_statements

TEXT = "The minister said the talks would resume."
runner = CliRunner()


def _dup_jsonl(folder: Path) -> Path:
    path = folder / "dup.jsonl"
    lines = [
        {"url": "http://a.example/1", "text": TEXT},
        {"url": "http://b.example/2", "text": TEXT},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def _rows(db: Path, table: str = "articles") -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


# --- identity and counts ------------------------------------------------------


def test_same_text_under_two_urls_is_two_rows(
    fake_pipeline: Pipeline, store: Store, tmp_path: Path
) -> None:
    path = _dup_jsonl(tmp_path)
    stats = ingest(store, iter_inputs([path]), fake_pipeline)
    assert (stats.stored, stats.replaced, stats.skipped) == (2, 0, 0)
    assert store.counts()["articles"] == 2
    urls = [r[0] for r in store.conn.execute("SELECT url FROM articles ORDER BY url")]
    assert urls == ["http://a.example/1", "http://b.example/2"]
    again = ingest(store, iter_inputs([path]), fake_pipeline)
    assert (again.stored, again.skipped) == (0, 2)
    assert store.counts()["articles"] == 2


def test_cli_ingest_prints_rows_written(
    fake_pipeline: Pipeline, tmp_path: Path, db_path: Path
) -> None:
    path = _dup_jsonl(tmp_path)
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db_path)])
    assert result.exit_code == EXIT_OK, result.output
    assert "2 stored, 0 skipped (already stored), 0 failed" in result.output
    assert _rows(db_path) == 2


def test_same_id_with_new_content_counts_as_replaced(
    fake_pipeline: Pipeline, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "versions.jsonl"
    lines = [
        {"id": "story", "text": '"Yes," Ann Lee said.'},
        {"id": "story", "text": '"No," Ann Lee said.'},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    stats = ingest(store, iter_inputs([path]), fake_pipeline)
    assert (stats.stored, stats.replaced) == (1, 1)
    assert stats.summary().startswith("1 stored, 1 replaced, 0 skipped")
    assert store.counts()["articles"] == 1


# --- migrations under the write lock ------------------------------------------


def test_split_statements_keeps_triggers_whole() -> None:
    script = (
        "CREATE TABLE t (x TEXT); -- a comment; with a semicolon\n"
        "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t (x) SELECT ';' WHERE 0;\n"
        "END;\n-- trailing comment\n"
    )
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].startswith("-- a comment")
    assert statements[1].endswith("END;")


def test_migrations_split_into_complete_statements() -> None:
    for migration in list_migrations():
        for statement in split_statements(migration.sql):
            assert sqlite3.complete_statement(statement), statement


def _open_and_store(db: str, barrier: object, index: int) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    with Store(db) as store:
        raw = RawArticle(id=f"p{index}", text=f'"Yes {index}," Ann Lee said.')
        store.save_article(build_article(raw), raw)


@pytest.mark.parametrize("attempt", range(5))
def test_two_first_opens_of_a_new_database_both_succeed(
    tmp_path: Path, attempt: int
) -> None:
    # Issue 12: two ingests creating a new database at once; one failed in 2 of
    # 5 tries with "table meta already exists".  Processes, started together.
    db = tmp_path / f"race{attempt}.db"
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(3)
    workers = [
        context.Process(target=_open_and_store, args=(str(db), barrier, i))
        for i in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    assert _rows(db) == 3
    with Store(db) as store:
        assert store.schema_version == latest_version()
        assert store.applied == []


# --- a full disk --------------------------------------------------------------


def _fill_limit(store: Store) -> None:
    """Let the file grow by two pages at most: SQLite then answers SQLITE_FULL,
    as it does when the disk is full."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")


def test_full_disk_is_a_specific_error_and_the_store_stays_usable(
    store: Store,
) -> None:
    _fill_limit(store)
    big = RawArticle(id="big", text='"Yes," Ann Lee said.\n' + "word " * 100_000)
    with pytest.raises(StoreError) as info:
        store.save_article(build_article(big), big)
    assert info.value.code == "store.disk_full"
    assert "full" in info.value.message
    assert store.counts() == {"articles": 0, "attributions": 0, "failures": 0}
    assert not store.conn.in_transaction
    small = RawArticle(id="small", text='"Yes," Ann Lee said.')
    store.save_article(build_article(small), small)
    assert store.counts()["articles"] == 1


def test_cli_ingest_on_a_full_disk_names_the_cause(
    fake_pipeline: Pipeline,
    tmp_path: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = Store._migrate

    def migrate_then_limit(self: Store) -> list[int]:
        applied = original(self)
        _fill_limit(self)
        return applied

    monkeypatch.setattr(Store, "_migrate", migrate_then_limit)
    path = tmp_path / "big.txt"
    path.write_text('"Yes," Ann Lee said.\n' + "word " * 100_000, encoding="utf-8")
    result = runner.invoke(
        app, ["ingest", str(path), "--db", str(db_path), "--workers", "1"]
    )
    assert result.exit_code == EXIT_ERROR
    assert "store.disk_full" in result.output
    assert "internal" not in result.output
