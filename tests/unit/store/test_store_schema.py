"""Schema creation, versions and migrations of the corpus database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from whosaid.store import Store, StoreError, latest_version, open_read_only
from whosaid.store.migrate import list_migrations, migrate, schema_version

SCHEMA_SQL = Path(__file__).parents[3] / "src" / "whosaid" / "store" / "schema.sql"


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (row[0], row[1])
        for row in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
    }


def test_new_database_is_at_the_latest_version(store: Store) -> None:
    assert store.schema_version == latest_version() >= 4
    assert store.applied == list(range(1, latest_version() + 1))
    names = {name for _, name in _objects(store.conn)}
    for table in ("meta", "articles", "attributions", "failures", "actors", "events"):
        assert table in names
    assert {"attributions_fts", "articles_fts"} <= names
    assert {"attributions_speaker_name", "articles_date_key"} <= names
    assert {"actors_code", "actors_name"} <= names
    columns = {r[1] for r in store.conn.execute("PRAGMA table_info(attributions)")}
    assert {"speaker_code", "speaker_actor_id"} <= columns


def test_pragmas(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_applies_nothing(db_path: Path) -> None:
    Store(db_path).close()
    with Store(db_path) as again:
        assert again.applied == []
        assert again.schema_version == latest_version()


def test_schema_sql_is_the_sum_of_the_migrations(tmp_path: Path) -> None:
    migrated = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    migrate(migrated)
    documented = sqlite3.connect(":memory:")
    documented.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
    assert _objects(migrated) == _objects(documented)
    for table in ("articles", "attributions", "failures", "meta", "actors", "events"):
        info = f"PRAGMA table_info({table})"
        assert migrated.execute(info).fetchall() == documented.execute(info).fetchall()
    for index in ("actors_code", "actors_name", "events_source_code", "events_root"):
        info = f"PRAGMA index_xinfo({index})"
        assert migrated.execute(info).fetchall() == documented.execute(info).fetchall()
    fks = "PRAGMA foreign_key_list(actors)"
    assert migrated.execute(fks).fetchall() == documented.execute(fks).fetchall()


def test_migrations_are_numbered_from_one() -> None:
    migrations = list_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert migrations[0].name == "0001_initial.sql"
    assert migrations[1].name == "0002_actors.sql"
    assert migrations[2].name == "0003_events.sql"


def test_read_only_connection_cannot_write(store: Store) -> None:
    conn = store.read_only()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM meta")
    conn.close()


def test_read_only_needs_an_existing_current_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as missing:
        open_read_only(tmp_path / "nope.db")
    assert missing.value.code == "store.not_found"
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(StoreError) as outdated:
        open_read_only(empty)
    assert outdated.value.code == "store.outdated"


def test_newer_database_is_refused(db_path: Path) -> None:
    with Store(db_path) as s:
        s.conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as too_new:
        Store(db_path)
    assert too_new.value.code == "store.too_new"


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError) as foreign:
        Store(other)
    assert foreign.value.code == "store.not_whosaid"
    conn2 = sqlite3.connect(other)
    assert schema_version_or_none(conn2) is None


def schema_version_or_none(conn: sqlite3.Connection) -> int | None:
    try:
        return schema_version(conn)
    except StoreError:
        return None


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as bad:
        Store(junk)
    assert bad.value.code == "store.unreadable"
