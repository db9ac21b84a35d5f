"""Actors in the corpus database: migration 0002, queries and export."""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from tests.factories import make_actor, rich_article

from whosaid.errors import WhosaidError
from whosaid.records import Actor, Article, Span
from whosaid.store import (
    Store,
    StoreError,
    actors_with_code,
    get_article,
    open_read_only,
    search_quotes,
)
from whosaid.store.export import ExportFormat, export_tables
from whosaid.store.migrate import (
    latest_version,
    list_migrations,
    migrate,
    schema_version,
)

# --- migrating a version 1 database -----------------------------------------------


def _v1_database(path: Path) -> None:
    """A corpus as whosaid wrote it before actors: migration 0001 and v1 rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    first = list_migrations()[0]
    assert first.name == "0001_initial.sql"
    conn.executescript(
        "BEGIN;"
        + first.sql
        + ";INSERT INTO meta (key, value) VALUES ('schema_version', '1');COMMIT;"
    )
    text = '"We are ready," Anna Berg said.'
    conn.executescript(
        "BEGIN;"
        "INSERT INTO articles (id, content_hash, text, raw_text, whosaid_version, "
        "model, schema_version, ingested_at, processed_at) VALUES "
        f"('old', 'h', '{text}', '{text}', '0.1.0', 'm', 1, 't', 't');"
        "INSERT INTO attributions (id, article_id, idx, kind, speaker_name, "
        "speaker_resolved_by, speaker_start, speaker_end, source, cue, content, "
        "source_text, cue_text, content_text, confidence, method) VALUES "
        "('old:a0', 'old', 0, 'direct', 'Anna Berg', 'name', 15, 24, "
        '\'[{"start": 15, "end": 24, "text": "Anna Berg"}]\', '
        '\'[{"start": 25, "end": 29, "text": "said"}]\', '
        '\'[{"start": 1, "end": 13, "text": "We are ready"}]\', '
        "'Anna Berg', 'said', 'We are ready', 0.9, 'crf');"
        "COMMIT;"
    )
    assert schema_version(conn) == 1
    conn.close()


def test_a_version_1_database_migrates_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    _v1_database(db)
    with pytest.raises(StoreError) as outdated:
        open_read_only(db)
    assert outdated.value.code == "store.outdated"

    with Store(db) as store:
        assert store.applied == list(range(2, latest_version() + 1))
        assert store.schema_version == latest_version()
        conn = store.read_only()
        old = get_article(conn, "old")
        conn.close()
        assert old is not None
        assert old.actors == ()
        speaker = old.attributions[0].speaker
        assert speaker is not None and speaker.name == "Anna Berg"
        assert (speaker.actor_id, speaker.code) == (None, None)
        # the migrated file takes new articles with actors
        store.save_article(rich_article())
        assert store.conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 3

    # the migrated file has the same schema as a new one
    fresh = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    migrate(fresh)
    migrated = sqlite3.connect(db)
    for table in ("articles", "attributions", "actors", "failures"):
        info = f"PRAGMA table_info({table})"
        assert migrated.execute(info).fetchall() == fresh.execute(info).fetchall()
    objects = "SELECT type, name FROM sqlite_master ORDER BY name"
    assert migrated.execute(objects).fetchall() == fresh.execute(objects).fetchall()
    migrated.close()
    fresh.close()


def test_migrating_a_version_1_database_with_migrate(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    _v1_database(db)
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn) == list(range(2, latest_version() + 1))
    assert migrate(conn) == []
    row = conn.execute(
        "SELECT speaker_name, speaker_code, speaker_actor_id FROM attributions"
    ).fetchone()
    assert row == ("Anna Berg", None, None)
    conn.close()


# --- queries ------------------------------------------------------------------------


def _actor(article: Article, n: int, name: str, code: str | None, **kw: str) -> Actor:
    start = article.text.index(name)
    return make_actor(
        id=f"{article.id}:actor{n}",
        name=name,
        type=kw.get("type", "government"),
        country=kw.get("country"),
        igo=kw.get("igo"),
        sector=kw.get("sector"),
        code=code,
        roles=(),
        mentions=(Span.of(article.text, start, start + len(name)),) * 2,
        source="test",
    )


@pytest.fixture
def corpus(store: Store) -> Store:
    base = rich_article()
    for i, variant in enumerate(("Anna Berg", "anna berg", "the ministry")):
        text = base.text + f"\n{variant} spoke.\n"
        article = dataclasses.replace(
            base,
            id=f"n{i}",
            text=text,
            attributions=(),
            actors=(
                _actor(
                    dataclasses.replace(base, id=f"n{i}", text=text),
                    0,
                    variant,
                    "NORGOV",
                    type="person" if i < 2 else "government",
                    country="NOR",
                    sector="GOV",
                ),
            ),
        )
        store.save_article(article)
    store.save_article(rich_article())
    return store


def test_actors_with_code_groups_names_across_the_corpus(corpus: Store) -> None:
    conn = corpus.read_only()
    found = actors_with_code(conn, "NORGOV")
    assert [(a.name.casefold(), a.type, a.articles) for a in found] == [
        ("anna berg", "person", 3),
        ("the ministry", "government", 1),
    ]
    berg = found[0]
    assert (berg.country, berg.igo, berg.sector) == ("NOR", None, "GOV")
    assert berg.mentions == 2 + 2 + 3  # two hand-made articles, and rich_article
    assert actors_with_code(conn, "NORGOV", limit=1) == found[:1]
    assert actors_with_code(conn, "IGOUNO")[0].name == "United Nations"
    assert actors_with_code(conn, "IGOUNO")[0].mentions == 0
    assert actors_with_code(conn, "'; DROP TABLE actors; --") == []
    assert actors_with_code(conn, "norgov") == []  # codes are exact
    conn.close()


def test_quotes_carry_the_speaker_actor(store: Store) -> None:
    store.save_article(rich_article())
    conn = store.read_only()
    quotes = search_quotes(conn)
    assert [(q.speaker_code, q.speaker_actor_id) for q in quotes] == [
        ("NORGOV", "oslo-1:actor0"),
        (None, None),
        (None, None),
    ]
    assert [q.id for q in search_quotes(conn, actor="NORGOV")] == ["oslo-1:a0"]
    assert search_quotes(conn, actor="NOR") == []
    assert quotes[0].to_dict()["speaker_actor_id"] == "oslo-1:actor0"
    conn.close()


# --- export -------------------------------------------------------------------------


def test_export_writes_actors_and_speaker_links(store: Store, tmp_path: Path) -> None:
    store.save_article(rich_article())
    conn = store.read_only()
    out = tmp_path / "jsonl"
    written = export_tables(conn, out, ExportFormat.JSONL)
    assert [p.name for p in written] == [
        "articles.jsonl",
        "attributions.jsonl",
        "actors.jsonl",
        "events.jsonl",
    ]
    actors = [
        json.loads(line)
        for line in (out / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [a["code"] for a in actors] == ["NORGOV", "NOR", "IGOUNO"]
    assert actors[0]["roles"] == ["Foreign Minister"]
    berg = rich_article().actors[0].mentions[0]
    assert actors[0]["mentions"][0] == dataclasses.asdict(berg)
    assert actors[0]["source"] == "test:knowledge.tsv+rules"  # text, not JSON
    assert "seq" not in actors[0]
    first = json.loads(
        (out / "attributions.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    assert (first["speaker_code"], first["speaker_actor_id"]) == (
        "NORGOV",
        "oslo-1:actor0",
    )
    assert isinstance(first["source"], list)  # attributions.source stays JSON

    csv_out = tmp_path / "csv"
    written = export_tables(conn, csv_out, ExportFormat.CSV, tables=["actors"])
    assert [p.name for p in written] == ["actors.csv"]
    with (csv_out / "actors.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[2]["igo"] == "UN"
    assert json.loads(rows[2]["roles"]) == ["mediator", "host"]
    conn.close()


def test_export_refuses_an_unknown_table(store: Store, tmp_path: Path) -> None:
    conn = store.read_only()
    with pytest.raises(WhosaidError) as bad:
        export_tables(conn, tmp_path / "x", ExportFormat.CSV, tables=["failures"])
    assert bad.value.code == "export.unknown_table"
    assert not (tmp_path / "x").exists()
    conn.close()


def test_export_parquet_has_the_actor_columns(store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    store.save_article(rich_article())
    conn = store.read_only()
    export_tables(conn, tmp_path, ExportFormat.PARQUET)
    conn.close()
    attributions = pq.read_table(tmp_path / "attributions.parquet")
    assert {"speaker_code", "speaker_actor_id"} <= set(attributions.schema.names)
    actors = pq.read_table(tmp_path / "actors.parquet").to_pylist()
    assert [a["name"] for a in actors] == ["Anna Berg", "Oslo", "United Nations"]
    assert actors[0]["idx"] == 0 and json.loads(actors[0]["roles"]) == [
        "Foreign Minister"
    ]
