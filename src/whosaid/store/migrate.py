"""Schema migrations of the corpus database.

Migrations are the SQL files ``store/migrations/NNNN_name.sql``, applied in
version order, each in its own transaction that also records the new version
as ``meta.schema_version``.  A database is therefore always at a version that
some complete prefix of the migrations produced, even if a process dies while
migrating.  ``0001_initial.sql`` creates the whole first schema;
``store/schema.sql`` is the sum of all migrations, for people to read.

Concurrency: each migration's transaction takes the write lock first
(``BEGIN IMMEDIATE``, waiting up to the connection's busy timeout) and reads
the version inside it, so processes that open a new or outdated database at
the same moment apply every migration exactly once, one after the other, and
all of them go on.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

from whosaid.errors import WhosaidError

__all__ = [
    "Migration",
    "StoreError",
    "latest_version",
    "list_migrations",
    "migrate",
    "schema_version",
    "split_statements",
]

logger = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class StoreError(WhosaidError):
    """The corpus database is missing, unreadable, or at the wrong version."""

    code = "store.error"


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """One numbered migration.

    Attributes:
        version: The schema version the migration brings the database to.
        name: The file's name, e.g. ``0001_initial.sql``.
        sql: The SQL script.
    """

    version: int
    name: str
    sql: str


def list_migrations() -> list[Migration]:
    """Return the shipped migrations, in version order.

    Raises:
        StoreError: two files with one version, or a gap in the numbering
            (``store.bad_migrations``).
    """
    folder = resources.files("whosaid.store").joinpath("migrations")
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match is None:
            continue
        found.append(
            Migration(
                version=int(match.group(1)),
                name=entry.name,
                sql=entry.read_text(encoding="utf-8"),
            )
        )
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise StoreError(
            "migrations must be numbered 0001, 0002, ... without gaps: "
            + ", ".join(m.name for m in found),
            code="store.bad_migrations",
        )
    return found


def latest_version() -> int:
    """The schema version the shipped migrations lead to."""
    return len(list_migrations())


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the database's schema version (0 for an empty database).

    Args:
        conn: An open connection.

    Raises:
        StoreError: the file holds tables but no whosaid version
            (``store.not_whosaid``).
    """
    # one statement, one snapshot: another process may create the schema
    # between two reads ("no meta table" then "tables")
    has_meta, others = conn.execute(
        "SELECT (SELECT count(*) FROM sqlite_master "
        "WHERE type = 'table' AND name = 'meta'), "
        "(SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"
    ).fetchone()
    if not has_meta:
        if others:
            raise StoreError(
                "the database has tables but is not a whosaid corpus",
                code="store.not_whosaid",
            )
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row is not None else 0


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Bring the database to the latest schema version.

    Args:
        conn: A writable connection in autocommit mode
            (``isolation_level=None``), outside any transaction.

    Returns:
        The versions applied, in order (empty when already current).

    Raises:
        StoreError: the database is newer than this whosaid
            (``store.too_new``) or is not a whosaid corpus.
        sqlite3.Error: a migration failed; the database keeps the last
            version that was applied completely.
    """
    migrations = list_migrations()
    _check_not_too_new(schema_version(conn), len(migrations))
    applied: list[int] = []
    if schema_version(conn) == len(migrations):
        return applied  # current: no need for the write lock
    while (version := _apply_next(conn, migrations)) is not None:
        applied.append(version)
    return applied


def _check_not_too_new(current: int, known: int) -> None:
    if current > known:
        raise StoreError(
            f"the database is at schema version {current}, newer than this "
            f"whosaid knows ({known}); upgrade whosaid",
            code="store.too_new",
        )


def _apply_next(conn: sqlite3.Connection, migrations: list[Migration]) -> int | None:
    """Apply the migration after the database's version, under the write lock.

    Returns:
        The version applied, or ``None`` when the database is current (another
        process may just have migrated it).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)  # read under the lock
        _check_not_too_new(current, len(migrations))
        if current == len(migrations):
            conn.execute("COMMIT")
            return None
        migration = migrations[current]
        logger.info("applying migration %s", migration.name)
        for statement in split_statements(migration.sql):
            conn.execute(statement)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
            (str(migration.version),),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return migration.version


def split_statements(script: str) -> list[str]:
    """Split an SQL script into statements (triggers' ``BEGIN … END`` kept
    whole), so that they run inside one transaction without
    ``executescript``, which commits first.

    Args:
        script: SQL statements separated by ``;``.

    Returns:
        The statements, each with its ``;``; comments-only pieces dropped.

    Example:
        >>> split_statements("CREATE TABLE t (x); SELECT ';';")
        ['CREATE TABLE t (x);', "SELECT ';';"]
    """
    statements: list[str] = []
    start = 0
    for i, char in enumerate(script):
        if char == ";" and sqlite3.complete_statement(script[start : i + 1]):
            statements.append(script[start : i + 1].strip())
            start = i + 1
    rest = script[start:].strip()
    if rest:
        statements.append(rest)
    return [s for s in statements if _has_code(s)]


def _has_code(statement: str) -> bool:
    lines = (line.split("--", 1)[0].strip() for line in statement.splitlines())
    return any(line and line != ";" for line in lines)
