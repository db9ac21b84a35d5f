"""The corpus database: analyzed articles in one SQLite file.

:class:`Store` owns the one writer connection (WAL journal, foreign keys on);
readers open their own read-only connections (:func:`open_read_only` or
:meth:`Store.read_only`) and never block the writer.

Crash safety: every article is written in one transaction (the article row,
its attributions, actors and events, and the full-text index rows via
triggers), so a process
killed at any moment leaves each article either complete or absent.

Idempotency: an input is identified by :func:`content_hash`
(:mod:`whosaid.ids`: the SHA-1 of its raw text, else HTML, under its URL, else
its file name).  :meth:`Store.save_article` skips an article whose input is
already stored, so ingesting the same inputs twice adds nothing, while the same
text under another URL or file name is another article.  An article whose id
is stored with other content (a JSON Lines id reused for a new version)
replaces the stored one (:attr:`SaveOutcome.REPLACED`).

Failures of the file system are specific: a full disk is ``store.disk_full``,
another write failure ``store.io_error`` (see :func:`write_error`); the
article being written is rolled back and every stored one is kept.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import os
import re
import sqlite3
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from whosaid._version import __version__
from whosaid.ids import raw_content_hash
from whosaid.records import Article, RawArticle
from whosaid.store.identities import store_identities
from whosaid.store.migrate import StoreError, latest_version, migrate, schema_version
from whosaid.store.tables import (
    FRAGMENT_JOINER,
    article_row,
    child_rows,
    co_speaker_rows,
    insert_sql,
)

if TYPE_CHECKING:
    from whosaid.pipeline import Pipeline

__all__ = [
    "FRAGMENT_JOINER",
    "ReprocessStats",
    "SaveOutcome",
    "Store",
    "StoreError",
    "content_hash",
    "date_key",
    "open_read_only",
    "read_only_uri",
    "write_error",
]

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class SaveOutcome(StrEnum):
    """What :meth:`Store.save_article` did with an article."""

    STORED = "stored"
    REPLACED = "replaced"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReprocessStats:
    """The result of :meth:`Store.reprocess`.

    Attributes:
        reprocessed: Articles analyzed again and replaced.
        recovered: Stored failures that now analyzed and became articles.
        failed: Inputs that failed again (stored articles keep their old
            result; their failure is recorded).
    """

    reprocessed: int
    recovered: int
    failed: int


def content_hash(raw: RawArticle) -> str:
    """Return the SHA-1 (hex) that identifies a raw input in the store.

    :func:`whosaid.ids.raw_content_hash`: the hash of its text (else its
    HTML) under its URL, else its file name: re-reading the same file or URL
    is skipped, while the same text published under another name or address
    (PolNeAR has one such pair) is another article.

    Args:
        raw: The input as read.

    Returns:
        40 hex digits.
    """
    return raw_content_hash(raw)


def date_key(date: str | None) -> str | None:
    """Normalize a publication date to ``YYYY-MM-DD`` for range queries.

    Accepts ISO 8601 dates and date-times (any suffix after the day is
    ignored) and RFC 2822 dates (as in RSS feeds).

    Args:
        date: The date as given by the input, or ``None``.

    Returns:
        The day, or ``None`` when the date cannot be read.
    """
    if not date:
        return None
    text = date.strip()
    match = _ISO_DAY.match(text)
    if match is not None:
        try:
            return dt.date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def open_read_only(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open a corpus database for reading only.

    Args:
        path: The database file.

    Works on read-only storage too (a read-only file, folder or mount): see
    :func:`read_only_uri`.

    Returns:
        A connection that cannot write (``mode=ro``), rows as
        :class:`sqlite3.Row`.

    Raises:
        StoreError: no such file (``store.not_found``), not a whosaid corpus,
            or a schema that needs ``whosaid db migrate``
            (``store.outdated``) or a newer whosaid (``store.too_new``).
    """
    file = Path(path)
    if not file.is_file():
        raise StoreError(
            f"no corpus database at {str(file)!r} (create one with whosaid ingest)",
            code="store.not_found",
        )
    uri = read_only_uri(file)
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        version = schema_version(conn)
    except sqlite3.DatabaseError as e:
        raise StoreError(
            f"cannot read {str(file)!r}: {e}", code="store.unreadable"
        ) from e
    _check_version(version, file)
    return conn


def read_only_uri(path: str | os.PathLike[str]) -> str:
    """The SQLite URI :func:`open_read_only` opens ``path`` with.

    ``mode=ro`` always.  A reader of a WAL database normally creates the
    ``-wal`` and ``-shm`` side files next to it, which fails on read-only
    storage; so when the file or its folder cannot be written and there is
    no ``-wal`` file (no write in progress or left to replay), the URI adds
    ``immutable=1``: SQLite then reads the file as it is, with no side files
    and no locks.  (With a ``-wal`` file present, plain ``mode=ro`` is kept so
    that its committed data are read; SQLite manages that without writing
    when the ``-shm`` file exists.)

    Args:
        path: The database file.

    Returns:
        A ``file:`` URI.
    """
    file = Path(path).resolve()
    uri = file.as_uri() + "?mode=ro"
    if _can_write(file) and _can_write(file.parent):
        return uri
    if Path(f"{file}-wal").exists():
        return uri
    return uri + "&immutable=1"


def _can_write(path: Path) -> bool:
    """True when ``path`` can be written (for root: not on a read-only mount)."""
    if not os.access(path, os.W_OK):
        return False
    try:
        return not os.statvfs(path).f_flag & os.ST_RDONLY
    except OSError:
        return False


def write_error(error: sqlite3.Error, path: Path) -> StoreError | None:
    """A specific :class:`StoreError` for a write that the file system
    refused, else ``None``.

    Args:
        error: What sqlite3 raised.
        path: The database file.

    Returns:
        ``store.disk_full`` (SQLite's ``SQLITE_FULL``: no space left, or the
        file reached its size limit), ``store.io_error`` (``SQLITE_IOERR``:
        the file system failed a read or write), or ``None`` for any other
        error.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # extended codes keep the primary one in the low byte
    if primary == sqlite3.SQLITE_FULL:
        return StoreError(
            f"cannot write {str(path)!r}: the disk is full ({error}); free some "
            "space and run the command again (stored articles are kept)",
            code="store.disk_full",
        )
    if primary == sqlite3.SQLITE_IOERR:
        return StoreError(
            f"cannot write {str(path)!r}: input/output error ({error})",
            code="store.io_error",
        )
    return None


def _enable_wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL (kept in the file), retrying while another process holds
    the new file: SQLite answers ``SQLITE_BUSY`` at once here, without its
    busy handler, when two processes create one database together.

    Returns:
        The journal mode now in force.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as e:
            code = getattr(e, "sqlite_errorcode", 0) & 0xFF
            if code != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


def _check_version(version: int, file: Path) -> None:
    latest = latest_version()
    if version < latest:
        raise StoreError(
            f"{str(file)!r} is at schema version {version}, this whosaid needs "
            f"{latest}: run whosaid db migrate --db {str(file)!r}",
            code="store.outdated",
        )
    if version > latest:
        raise StoreError(
            f"{str(file)!r} is at schema version {version}, newer than this "
            f"whosaid knows ({latest}); upgrade whosaid",
            code="store.too_new",
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """A corpus database file, opened for writing.

    Opening creates the file if needed and applies pending migrations (unless
    ``migrate=False``; then an outdated file raises).  Use it as a context
    manager, or call :meth:`close`.

    Args:
        path: The database file.
        migrate: Apply pending schema migrations on opening.

    Raises:
        StoreError: the file is not a whosaid corpus, is newer than this
            whosaid, or (with ``migrate=False``) needs migrating.
    """

    def __init__(self, path: str | os.PathLike[str], *, migrate: bool = True) -> None:
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as e:
            raise StoreError(
                f"cannot open {str(self.path)!r}: {e}", code="store.unwritable"
            ) from e
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            mode = _enable_wal(self.conn)
            if str(mode).lower() != "wal":
                logger.warning("%s: journal mode %s, not WAL", self.path, mode)
            # NORMAL in WAL mode: a committed article survives a killed
            # process; only a power loss can lose the last commits.
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.applied = self._migrate() if migrate else []
            _check_version(schema_version(self.conn), self.path)
        except sqlite3.DatabaseError as e:
            self.conn.close()
            mapped = write_error(e, self.path)
            if mapped is not None:
                raise mapped from e
            raise StoreError(
                f"cannot use {str(self.path)!r} as a corpus database: {e}",
                code="store.unreadable",
            ) from e
        except BaseException:
            self.conn.close()
            raise

    # -- lifecycle ----------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the writer connection."""
        self.conn.close()

    def read_only(self) -> sqlite3.Connection:
        """Open a new read-only connection to this database."""
        return open_read_only(self.path)

    def _migrate(self) -> list[int]:
        return migrate(self.conn)

    @property
    def schema_version(self) -> int:
        """The database's schema version."""
        return schema_version(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): all or nothing.

        Raises:
            StoreError: ``store.disk_full`` or ``store.io_error`` when the
                file cannot be written (the transaction is rolled back).
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                # SQLite may have rolled back already (a full disk does).
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            mapped = write_error(e, self.path)
            if mapped is None:
                raise
            raise mapped from e

    # -- reading ------------------------------------------------------------

    def has_content(self, digest: str) -> bool:
        """True when an article with this :func:`content_hash` is stored."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", (digest,)
        ).fetchone()
        return row is not None

    def has_url_content(self, url: str, digest: str) -> bool:
        """True when this URL is stored with this content."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE url = ? AND content_hash = ? LIMIT 1",
            (url, digest),
        ).fetchone()
        return row is not None

    def counts(self) -> dict[str, int]:
        """Rows in ``articles``, ``attributions`` and ``failures``."""
        return {
            table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "attributions", "failures")
        }

    # -- writing ------------------------------------------------------------

    def save_article(
        self,
        article: Article,
        raw: RawArticle | None = None,
        *,
        digest: str | None = None,
    ) -> SaveOutcome:
        """Store an article with its attributions, actors and events (one transaction).

        An article with ``error`` set is stored as a failure instead (see
        :meth:`save_failure`).  An article whose content is already stored is
        skipped.  One stored under the same id with other content is replaced.

        Args:
            article: The analysis.
            raw: The input it came from, kept so it can be re-processed;
                without it the article's text is kept as the raw text.
            digest: The input's :func:`content_hash`, if already computed.

        Returns:
            What was done.
        """
        if raw is None:
            raw = RawArticle(
                id=article.id,
                path=article.path,
                url=article.url,
                date=article.date,
                text=article.text,
            )
        digest = digest or content_hash(raw)
        if article.error is not None:
            self.save_failure(
                article.id,
                code=article.error.code,
                message=article.error.message,
                path=article.path,
                raw=raw,
                digest=digest,
            )
            return SaveOutcome.FAILED
        with self.transaction() as conn:
            if self.has_content(digest):
                logger.debug("%s: content already stored, skipped", article.id)
                return SaveOutcome.SKIPPED
            old = conn.execute(
                "SELECT ingested_at FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if old is not None:
                logger.info("%s: stored with other content, replaced", article.id)
            self._write(conn, article, raw, digest, old[0] if old else None)
        return SaveOutcome.STORED if old is None else SaveOutcome.REPLACED

    def save_failure(
        self,
        article_id: str,
        *,
        code: str,
        message: str,
        path: str | None = None,
        raw: RawArticle | None = None,
        digest: str | None = None,
    ) -> None:
        """Record an input that could not be read or analyzed.

        One row per ``article_id``: a later failure of the same input
        replaces the earlier one.

        Args:
            article_id: The article's id, or the path (``PATH:LINE`` for a
                JSON Lines record) when the input had none.
            code: The stable error code, e.g. ``input.empty``.
            message: What went wrong.
            path: Where the input came from.
            raw: The input, when it could be read (kept for reprocessing).
            digest: The input's :func:`content_hash`, if already computed.
        """
        if raw is not None and digest is None:
            digest = content_hash(raw)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO failures (article_id, path, url, date, "
                "content_hash, code, message, raw_text, raw_html, "
                "whosaid_version, failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    path if path is not None else (raw.path if raw else None),
                    raw.url if raw else None,
                    raw.date if raw else None,
                    digest,
                    code,
                    message,
                    raw.text if raw else None,
                    raw.html if raw else None,
                    __version__,
                    _now(),
                ),
            )

    def _write(
        self,
        conn: sqlite3.Connection,
        article: Article,
        raw: RawArticle,
        digest: str,
        ingested_at: str | None,
    ) -> None:
        """Replace the article's rows; the caller holds the transaction."""
        now = _now()
        conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        conn.execute("DELETE FROM failures WHERE article_id = ?", (article.id,))
        data = article.to_dict()
        row = {
            **article_row(data),
            "content_hash": digest,
            "date_key": date_key(article.date),
            "raw_text": raw.text,
            "raw_html": raw.html,
            "ingested_at": ingested_at or now,
            "processed_at": now,
        }
        conn.execute(insert_sql("articles", row), row)
        for table, rows in child_rows(data, date_key).items():
            if rows:
                conn.executemany(insert_sql(table, rows[0]), rows)
        co_rows = co_speaker_rows(data)
        if co_rows:
            conn.executemany(insert_sql("co_speakers", co_rows[0]), co_rows)
        store_identities(conn, article.actors)

    # -- reprocessing -------------------------------------------------------

    def reprocess(
        self, pipeline: Pipeline | None = None, *, include_failures: bool = True
    ) -> ReprocessStats:
        """Analyze every stored raw input again and replace its results.

        Each article is replaced in its own transaction.  An article that now
        fails keeps its old result and gets a failure row.  With
        ``include_failures``, stored failures that kept their raw input are
        retried too and become articles when they succeed.

        Args:
            pipeline: The pipeline to use (default:
                :func:`~whosaid.pipeline.default_pipeline`).
            include_failures: Retry recorded failures that have a raw input.

        Returns:
            Counts of what happened.
        """
        if pipeline is None:
            from whosaid.pipeline import default_pipeline

            pipeline = default_pipeline()
        article_ids = [
            r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY seq")
        ]
        failure_ids = (
            [
                r[0]
                for r in self.conn.execute(
                    "SELECT article_id FROM failures WHERE raw_text IS NOT NULL "
                    "OR raw_html IS NOT NULL ORDER BY rowid"
                )
            ]
            if include_failures
            else []
        )
        pending: deque[tuple[RawArticle, bool]] = deque()

        def items() -> Iterator[RawArticle]:
            for table, ids in (("articles", article_ids), ("failures", failure_ids)):
                for article_id in ids:
                    raw = self._stored_raw(table, article_id)
                    if raw is not None:
                        pending.append((raw, table == "failures"))
                        yield raw

        reprocessed = recovered = failed = 0
        for article in pipeline.process_many(items()):
            raw, was_failure = pending.popleft()
            digest = content_hash(raw)
            if article.error is not None:
                failed += 1
                logger.warning(
                    "%s: %s: %s", raw.id, article.error.code, article.error.message
                )
                self.save_failure(
                    raw.id,
                    code=article.error.code,
                    message=article.error.message,
                    path=raw.path,
                    raw=raw,
                    digest=digest,
                )
                continue
            with self.transaction() as conn:
                old = conn.execute(
                    "SELECT ingested_at FROM articles WHERE id = ?", (raw.id,)
                ).fetchone()
                self._write(conn, article, raw, digest, old[0] if old else None)
            if was_failure:
                recovered += 1
            else:
                reprocessed += 1
        return ReprocessStats(
            reprocessed=reprocessed, recovered=recovered, failed=failed
        )

    def _stored_raw(self, table: str, article_id: str) -> RawArticle | None:
        key = "id" if table == "articles" else "article_id"
        row = self.conn.execute(
            f"SELECT path, url, date, raw_text, raw_html FROM {table} WHERE {key} = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return RawArticle(
            id=article_id,
            path=row["path"],
            url=row["url"],
            date=row["date"],
            text=row["raw_text"],
            html=row["raw_html"],
        )
