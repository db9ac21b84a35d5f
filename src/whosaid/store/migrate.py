"""Schema migrations of the corpus database.

Migrations are the SQL files ``store/migrations/NNNN_name.sql``, applied in
version order, each in its own transaction that also records the new version
as ``meta.schema_version``.  A database is therefore always at a version that
some complete prefix of the migrations produced, even if a process dies while
migrating.  ``0001_initial.sql`` creates the whole first schema;
``store/schema.sql`` is the sum of all migrations, for people to read.
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
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if has_meta is None:
        others = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
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
    current = schema_version(conn)
    if current > len(migrations):
        raise StoreError(
            f"the database is at schema version {current}, newer than this "
            f"whosaid knows ({len(migrations)}); upgrade whosaid",
            code="store.too_new",
        )
    applied: list[int] = []
    for migration in migrations[current:]:
        logger.info("applying migration %s", migration.name)
        _apply(conn, migration)
        applied.append(migration.version)
    return applied


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    # executescript runs statement by statement; BEGIN ... COMMIT around it
    # makes the migration and the version bump one transaction.
    try:
        conn.executescript(
            "BEGIN IMMEDIATE;\n"
            + migration.sql
            + "\n;INSERT OR REPLACE INTO meta (key, value) "
            + f"VALUES ('schema_version', '{migration.version:d}');\nCOMMIT;"
        )
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
