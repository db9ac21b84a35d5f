"""The corpus database: analyzed articles in one SQLite file.

* :class:`Store` writes (one writer connection, WAL, one transaction per
  article); :func:`open_read_only` reads.
* :func:`ingest` reads inputs, skips those already stored, analyzes and saves.
* :mod:`whosaid.store.queries`: :func:`search_quotes`, :func:`list_speakers`,
  :func:`get_article`, :func:`actors_with_code`.
* :mod:`whosaid.store.events`: :func:`~whosaid.store.events.search_events`,
  :func:`~whosaid.store.events.dyad_counts` (CAMEO-coded events, dyads).
* :mod:`whosaid.store.export`: tables to CSV, JSON Lines or Parquet
  (:mod:`whosaid.store.gdelt`: the GDELT-like event table).
* ``store/schema.sql`` documents the schema; ``store/migrations/`` builds it.
"""

from whosaid.store.db import (
    ReprocessStats,
    SaveOutcome,
    Store,
    content_hash,
    date_key,
    open_read_only,
    read_only_uri,
)
from whosaid.store.ingest import IngestStats, ingest
from whosaid.store.migrate import StoreError, latest_version, migrate, schema_version
from whosaid.store.queries import (
    ActorName,
    Quote,
    SpeakerCount,
    actors_with_code,
    fts_query,
    get_article,
    list_speakers,
    search_quotes,
)

__all__ = [
    "ActorName",
    "IngestStats",
    "Quote",
    "ReprocessStats",
    "SaveOutcome",
    "SpeakerCount",
    "Store",
    "StoreError",
    "actors_with_code",
    "content_hash",
    "date_key",
    "fts_query",
    "get_article",
    "ingest",
    "latest_version",
    "list_speakers",
    "migrate",
    "open_read_only",
    "read_only_uri",
    "schema_version",
    "search_quotes",
]
