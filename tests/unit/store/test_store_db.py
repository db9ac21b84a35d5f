"""Saving, reading back, idempotency and reprocessing of stored articles."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from tests.factories import (
    build_article,
    failed_article,
    rich_article,
    unloaded_pipeline,
)

from whosaid.ingest import Ingested, InputFailure, iter_inputs
from whosaid.records import RawArticle
from whosaid.stage_runner import Pipeline
from whosaid.store import (
    SaveOutcome,
    Store,
    content_hash,
    date_key,
    get_article,
    ingest,
)


def _raw(text: str, **kw: str) -> RawArticle:
    return RawArticle(id=kw.pop("id", f"id-{abs(hash(text)) % 10**8}"), text=text, **kw)


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _fts_ok(conn: sqlite3.Connection) -> None:
    for table in ("attributions_fts", "articles_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


# --- round trip ------------------------------------------------------------------


def test_round_trip_of_a_hand_built_article(store: Store) -> None:
    article = rich_article()
    raw = RawArticle(
        id=article.id, path=article.path, url=article.url, text=article.text
    )
    assert store.save_article(article, raw) is SaveOutcome.STORED
    conn = store.read_only()
    assert get_article(conn, article.id) == article
    assert get_article(conn, "missing") is None
    row = conn.execute(
        "SELECT content_hash, raw_text, date_key FROM articles WHERE id = ?",
        (article.id,),
    ).fetchone()
    assert row["content_hash"] == content_hash(raw)
    assert row["raw_text"] == article.text
    assert row["date_key"] == "2024-03-01"
    a1 = conn.execute(
        "SELECT content_text, cue_text, source_text, speaker_code "
        "FROM attributions WHERE id = 'oslo-1:a1'"
    ).fetchone()
    assert tuple(a1) == ("that talks … would resume", "added", "She", None)
    a0 = conn.execute(
        "SELECT speaker_code, speaker_actor_id FROM attributions WHERE id = 'oslo-1:a0'"
    ).fetchone()
    assert tuple(a0) == ("NORGOV", "oslo-1:actor0")
    actors = conn.execute(
        "SELECT id, article_id, idx, name, type, country, igo, sector, code, "
        "roles, source FROM actors ORDER BY idx"
    ).fetchall()
    assert tuple(actors[0]) == (
        "oslo-1:actor0",
        "oslo-1",
        0,
        "Anna Berg",
        "person",
        "NOR",
        None,
        "GOV",
        "NORGOV",
        '["Foreign Minister"]',
        "test:knowledge.tsv+rules",
    )
    assert [(r["idx"], r["code"], r["roles"]) for r in actors[1:]] == [
        (1, "NOR", "[]"),
        (2, "IGOUNO", '["mediator", "host"]'),
    ]
    conn.close()


def test_round_trip_keeps_actors_and_speaker_links(store: Store) -> None:
    article = rich_article()
    store.save_article(article)
    conn = store.read_only()
    stored = get_article(conn, article.id)
    conn.close()
    assert stored is not None
    assert stored.actors == article.actors
    assert stored.to_dict() == article.to_dict()
    berg = stored.actors[0]
    assert [m.text for m in berg.mentions] == ["Anna Berg", "She", "Anna Berg"]
    for actor in stored.actors:
        for m in actor.mentions:
            assert stored.text[m.start : m.end] == m.text
    speaker = stored.attributions[0].speaker
    assert speaker is not None
    assert (speaker.actor_id, speaker.code) == ("oslo-1:actor0", "NORGOV")
    assert stored.attributions[2].speaker is None


def test_article_without_actors_round_trips(store: Store) -> None:
    article = dataclasses.replace(rich_article(), id="bare", actors=())
    bare = dataclasses.replace(
        article,
        attributions=tuple(
            dataclasses.replace(a, id=f"bare:a{i}", speaker=None)
            for i, a in enumerate(article.attributions)
        ),
    )
    store.save_article(bare)
    conn = store.read_only()
    assert get_article(conn, "bare") == bare
    conn.close()


def test_save_without_raw_keeps_the_text_as_raw(store: Store) -> None:
    article = rich_article()
    store.save_article(article)
    raw_text = store.conn.execute("SELECT raw_text FROM articles").fetchone()[0]
    assert raw_text == article.text


def test_same_content_is_skipped(store: Store) -> None:
    raw = _raw('"Yes," Ann Lee said.', id="a")
    assert store.save_article(build_article(raw), raw) is SaveOutcome.STORED
    same = dataclasses.replace(raw, id="b")
    assert store.has_content(content_hash(same))
    assert store.save_article(build_article(same), same) is SaveOutcome.SKIPPED
    assert store.counts() == {"articles": 1, "attributions": 1, "failures": 0}


def test_same_content_from_another_source_is_another_article(store: Store) -> None:
    # A story republished under another file name or address (PolNeAR has
    # one such pair) is a second article, not a re-run.
    raw = _raw('"Yes," Ann Lee said.', id="a", path="2015-12-22.txt")
    store.save_article(build_article(raw), raw)
    other = dataclasses.replace(raw, id="b", path="2015-12-23.txt")
    assert not store.has_content(content_hash(other))
    assert store.save_article(build_article(other), other) is SaveOutcome.STORED
    assert store.counts()["articles"] == 2


def test_same_url_same_content_is_skipped_new_content_is_stored(store: Store) -> None:
    v1 = _raw('"Yes," Ann Lee said.', id="v1", url="https://x/1")
    v2 = _raw('"No," Ann Lee said.', id="v2", url="https://x/1")
    store.save_article(build_article(v1), v1)
    assert store.has_url_content("https://x/1", content_hash(v1))
    assert store.save_article(build_article(v1), v1) is SaveOutcome.SKIPPED
    assert store.save_article(build_article(v2), v2) is SaveOutcome.STORED
    assert store.counts()["articles"] == 2


def test_same_id_with_new_content_replaces(store: Store) -> None:
    v1 = _raw('"Yes," Ann Lee said.\n"Fine," Bo Ek said.', id="same")
    v2 = _raw('"No," Ann Lee said.', id="same")
    store.save_article(build_article(v1), v1)
    first = store.conn.execute("SELECT ingested_at FROM articles").fetchone()[0]
    assert store.save_article(build_article(v2), v2) is SaveOutcome.REPLACED
    assert store.counts() == {"articles": 1, "attributions": 1, "failures": 0}
    names = [r[0] for r in store.conn.execute("SELECT name FROM actors")]
    assert names == ["Ann Lee"]  # Bo Ek went with the old version
    row = store.conn.execute("SELECT ingested_at, raw_text FROM articles").fetchone()
    assert row[0] == first
    assert row[1] == v2.text
    _fts_ok(store.conn)
    hits = store.conn.execute(
        "SELECT count(*) FROM attributions_fts WHERE attributions_fts MATCH 'fine'"
    ).fetchone()[0]
    assert hits == 0


def test_deleting_an_article_cascades_to_attributions_and_index(store: Store) -> None:
    store.save_article(rich_article())
    assert _count(store.conn, "actors") == 3
    store.conn.execute("DELETE FROM articles WHERE id = 'oslo-1'")
    assert store.counts() == {"articles": 0, "attributions": 0, "failures": 0}
    assert _count(store.conn, "actors") == 0
    _fts_ok(store.conn)
    assert (
        store.conn.execute(
            "SELECT count(*) FROM attributions_fts WHERE attributions_fts MATCH 'sign'"
        ).fetchone()[0]
        == 0
    )


def test_a_failed_write_leaves_nothing(store: Store) -> None:
    article = rich_article()
    bad = dataclasses.replace(
        article,
        attributions=(
            *article.attributions,
            dataclasses.replace(article.attributions[0]),  # duplicate id
        ),
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article(bad)
    assert store.counts() == {"articles": 0, "attributions": 0, "failures": 0}
    assert not store.conn.in_transaction
    assert store.save_article(article) is SaveOutcome.STORED


def test_a_failed_actor_write_leaves_nothing(store: Store) -> None:
    article = rich_article()
    bad = dataclasses.replace(article, actors=(*article.actors, article.actors[0]))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article(bad)  # the duplicate actor id fails the whole article
    assert store.counts() == {"articles": 0, "attributions": 0, "failures": 0}
    assert _count(store.conn, "actors") == 0
    assert not store.conn.in_transaction


# --- failures ---------------------------------------------------------------------


def test_failed_article_goes_to_failures(store: Store) -> None:
    raw = _raw("FAIL please", id="f1", url="https://x/f")
    outcome = store.save_article(failed_article(raw, "pipeline.failed", "boom"), raw)
    assert outcome is SaveOutcome.FAILED
    row = store.conn.execute("SELECT * FROM failures").fetchone()
    assert (row["article_id"], row["code"], row["message"]) == (
        "f1",
        "pipeline.failed",
        "boom",
    )
    assert row["raw_text"] == "FAIL please"
    assert row["url"] == "https://x/f"
    # one row per article id
    store.save_failure("f1", code="nlp.failed", message="again")
    assert store.counts()["failures"] == 1


def test_success_clears_an_earlier_failure(store: Store) -> None:
    raw = _raw('"Yes," Ann Lee said.', id="x")
    store.save_failure("x", code="nlp.failed", message="flaky", raw=raw)
    store.save_article(build_article(raw), raw)
    assert store.counts() == {"articles": 1, "attributions": 1, "failures": 0}


# --- ingest -----------------------------------------------------------------------


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f'Story {i}\n\n"Point {i} stands," Ann Lee said.\n'
            f'"More {i}," Bo Ek said.\n',
            encoding="utf-8",
        )
    return folder


def test_ingest_twice_adds_nothing_the_second_time(
    store: Store, fake_pipeline: Pipeline, tmp_path: Path
) -> None:
    folder = _corpus(tmp_path / "in", 5)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bad.txt").write_text('"Ugh," Al Bo said. FAIL', encoding="utf-8")
    first = ingest(store, iter_inputs([folder]), fake_pipeline)
    assert (first.stored, first.skipped, first.failed) == (5, 0, 2)
    counts = store.counts()
    assert counts == {"articles": 5, "attributions": 10, "failures": 2}
    second = ingest(store, iter_inputs([folder]), fake_pipeline)
    assert (second.stored, second.skipped, second.failed) == (0, 5, 2)
    assert store.counts() == counts


def test_ingest_skips_before_analysis(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "in", 3)
    seen: list[str] = []

    def spy(self: Pipeline, items: object) -> object:
        from tests.factories import fake_process_many

        def record() -> object:
            for item in items:  # type: ignore[attr-defined]
                seen.append(item[0].id)
                yield item

        return fake_process_many(self, record())

    monkeypatch.setattr(Pipeline, "process_many", spy)
    ingest(store, iter_inputs([folder]), unloaded_pipeline())
    assert len(seen) == 3
    seen.clear()
    ingest(store, iter_inputs([folder, folder]), unloaded_pipeline())
    assert seen == []


def test_duplicates_within_one_run_are_analyzed_once(
    store: Store, fake_pipeline: Pipeline
) -> None:
    raw = _raw('"Yes," Ann Lee said.', id="one")
    twin = dataclasses.replace(raw, id="two")
    stats = ingest(store, [Ingested(raw), Ingested(twin)], fake_pipeline)
    assert (stats.stored, stats.skipped) == (1, 1)


def test_input_failures_are_recorded(store: Store, fake_pipeline: Pipeline) -> None:
    failure = InputFailure("x.jsonl:3", "x.jsonl", "input.invalid_json", "line 3")
    stats = ingest(store, [failure], fake_pipeline)
    assert stats.failed == 1
    row = store.conn.execute("SELECT article_id, code, path FROM failures").fetchone()
    assert tuple(row) == ("x.jsonl:3", "input.invalid_json", "x.jsonl")


def test_progress_is_reported_for_every_input(
    store: Store, fake_pipeline: Pipeline, tmp_path: Path
) -> None:
    folder = _corpus(tmp_path / "in", 4)
    done: list[int] = []
    ingest(
        store,
        iter_inputs([folder]),
        fake_pipeline,
        progress=lambda s: done.append(s.done),
    )
    assert done == [1, 2, 3, 4]


# --- reprocess --------------------------------------------------------------------


def test_reprocess_replaces_results(
    store: Store, fake_pipeline: Pipeline, tmp_path: Path
) -> None:
    folder = _corpus(tmp_path / "in", 3)
    ingest(store, iter_inputs([folder]), fake_pipeline)
    raw = _raw('"Ok," Cy Do said. FAIL', id="later")
    store.save_article(failed_article(raw, "pipeline.failed", "x"), raw)
    before = store.conn.execute("SELECT id, ingested_at FROM articles").fetchall()

    fake_pipeline.fake_model = "fake-v2"  # type: ignore[attr-defined]
    stats = store.reprocess(fake_pipeline)
    assert (stats.reprocessed, stats.recovered, stats.failed) == (3, 0, 1)
    models = {r[0] for r in store.conn.execute("SELECT model FROM articles")}
    assert models == {"fake-v2"}
    after = store.conn.execute("SELECT id, ingested_at FROM articles").fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
    assert store.counts() == {"articles": 3, "attributions": 6, "failures": 1}
    assert _count(store.conn, "actors") == 6  # replaced, not added
    linked = store.conn.execute(
        "SELECT count(*) FROM attributions AS a JOIN actors AS r "
        "ON r.id = a.speaker_actor_id"
    ).fetchone()[0]
    assert linked == 6
    _fts_ok(store.conn)


def test_reprocess_recovers_failures(store: Store, fake_pipeline: Pipeline) -> None:
    raw = _raw('"Ok," Cy Do said.', id="flaky")
    store.save_failure("flaky", code="nlp.failed", message="oom", raw=raw)
    stats = store.reprocess(fake_pipeline)
    assert stats.recovered == 1
    assert store.counts() == {"articles": 1, "attributions": 1, "failures": 0}


# --- helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-03-01", "2024-03-01"),
        ("2024-03-01T23:59:00+02:00", "2024-03-01"),
        ("Fri, 01 Mar 2024 10:00:00 GMT", "2024-03-01"),
        ("2024-13-45", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_date_key(given: str | None, expected: str | None) -> None:
    assert date_key(given) == expected


def test_content_hash_prefers_text() -> None:
    assert content_hash(RawArticle(id="a", text="x", html="<p>y</p>")) == content_hash(
        RawArticle(id="b", text="x")
    )
    assert content_hash(RawArticle(id="a", html="<p>y</p>")) != content_hash(
        RawArticle(id="a", text="x")
    )
