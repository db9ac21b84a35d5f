"""Partitioned Parquet output: round trip, atomic idempotent partitions, loading."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import make_actor, make_article, make_attribution, make_speaker

from whosaid.ingest import InputFailure
from whosaid.records import (
    Article,
    Boilerplate,
    ErrorInfo,
    RawArticle,
    Span,
)
from whosaid.scale.parquet import (
    TABLES,
    iter_parquet,
    load_parquet,
    partition_name,
    prepare_dir,
    write_partition,
)
from whosaid.scale.runner import batch_key
from whosaid.store import Store

pq = pytest.importorskip("pyarrow.parquet")

TEXT = 'Budget vote\n\n"The budget will pass," Anna Berg said.\nShare this'


def _article(article_id: str, text: str = TEXT) -> Article:
    said = text.index("said")
    name = text.index("Anna Berg")
    return make_article(
        id=article_id,
        path=f"{article_id}.txt",
        url=f"https://x/{article_id}",
        date="2024-05-01",
        title=Span.of(text, 0, 11),
        section=("Politics",),
        text=text,
        body=(Span.of(text, 13, said + 5),),
        captions=(),
        boilerplate=(
            Boilerplate(
                start=len(text) - 10, end=len(text), text="Share this", kind="share"
            ),
        ),
        attributions=(
            make_attribution(
                id=f"{article_id}:a1",
                kind="direct",
                source=(Span.of(text, name, name + 9),),
                cue=(Span.of(text, said, said + 4),),
                content=(Span.of(text, 14, 36),),
                speaker=make_speaker(
                    name="Anna Berg",
                    mention=Span.of(text, name, name + 9),
                    resolved_by="name",
                    actor_id=f"{article_id}:actor1",
                    code="SWEGOV",
                ),
                confidence=0.93,
                method="crf.v1",
            ),
            make_attribution(
                id=f"{article_id}:a2",
                kind="indirect",
                source=(),
                cue=(Span.of(text, said, said + 4),),
                content=(Span.of(text, 0, 6),),
                speaker=None,
                confidence=0.5,
                method="crf.v1",
            ),
        ),
        warnings=("quote.unbalanced: x",),
        error=None,
        whosaid_version="0.1.0",
        model="m+a",
        actors=(
            make_actor(
                id=f"{article_id}:actor1",
                name="Anna Berg",
                type="person",
                country="SWE",
                igo=None,
                sector="GOV",
                code="SWEGOV",
                roles=("finance minister",),
                mentions=(Span.of(text, name, name + 9),),
                source="title",
            ),
        ),
    )


def _failed(article_id: str) -> Article:
    return make_article(
        id=article_id,
        path="bad.txt",
        url=None,
        date=None,
        title=None,
        section=(),
        text="",
        body=(),
        captions=(),
        boilerplate=(),
        attributions=(),
        warnings=(),
        error=ErrorInfo(code="input.empty", message="empty"),
        whosaid_version="0.1.0",
        model="m+a",
    )


def _raw(article: Article) -> RawArticle:
    return RawArticle(
        id=article.id, path=article.path, url=article.url, date=article.date, text=TEXT
    )


def test_partition_round_trips_every_record_field(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    articles = [_article("a"), _failed("b"), _article("c", TEXT + " ok")]
    raws = [_raw(articles[0]), None, _raw(articles[2])]
    name = write_partition(folder, articles, raws)
    for table in TABLES:
        assert (folder / table / name).is_file()
    back = list(iter_parquet(folder))
    assert [s.article.to_dict() for s in back] == [a.to_dict() for a in articles]
    assert back[0].raw == raws[0]
    assert back[1].raw is None
    assert back[0].content_hash is not None
    attributions = pq.read_table(folder / "attributions" / name).to_pylist()
    assert [r["article_id"] for r in attributions] == ["a", "a", "c", "c"]
    assert attributions[0]["speaker_name"] == "Anna Berg"
    assert attributions[0]["content_text"] == TEXT[14:36]
    actors = pq.read_table(folder / "actors" / name).to_pylist()
    assert [(r["article_id"], r["code"]) for r in actors] == [
        ("a", "SWEGOV"),
        ("c", "SWEGOV"),
    ]
    assert attributions[0]["speaker_code"] == "SWEGOV"


def test_rewritten_batch_replaces_its_partition(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    batch = [_article("a"), _article("b")]
    raws = [_raw(a) for a in batch]
    first = write_partition(folder, batch, raws)
    second = write_partition(folder, batch, raws)  # a retried task
    assert first == second == partition_name(["a", "b"])
    for table in TABLES:
        assert [p.name for p in (folder / table).iterdir()] == [first]
    assert [s.article.id for s in iter_parquet(folder)] == ["a", "b"]


def test_reader_ignores_a_batch_cut_short(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    write_partition(folder, [_article("a")], [None])
    name = write_partition(folder, [_article("b")], [None])
    (folder / "articles" / name).unlink()  # died before its commit mark
    assert [s.article.id for s in iter_parquet(folder)] == ["a"]


def test_batch_key_depends_on_the_ids_only() -> None:
    one = RawArticle(id="a", text="x")
    two = RawArticle(id="b", text="y")
    failure = InputFailure("c", "c", "input.empty", "empty")
    key = batch_key([(one, ()), (two, ()), (failure, ())])
    assert key == batch_key([(one, ("w",)), (two, ()), (failure, ())])
    assert key != batch_key([(two, ()), (one, ()), (failure, ())])


def test_load_parquet_stores_once_and_records_failures(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    batch = [_article("a"), _failed("b")]
    write_partition(folder, batch, [_raw(batch[0]), None])
    write_partition(folder, [_article("c", TEXT + " c")], [None])
    with Store(tmp_path / "corpus.db") as store:
        stats = load_parquet(store, folder)
        assert (stats.stored, stats.skipped, stats.failed) == (2, 0, 1)
        again = load_parquet(store, folder)
        assert (again.stored, again.skipped, again.failed) == (0, 2, 1)
        assert store.counts() == {"articles": 2, "attributions": 4, "failures": 1}
        raw = store.conn.execute(
            "SELECT raw_text, content_hash FROM articles WHERE id = 'a'"
        ).fetchone()
        assert raw[0] == TEXT
        # without a raw input the article's text is kept as the raw text
        assert (
            store.conn.execute(
                "SELECT raw_text FROM articles WHERE id = 'c'"
            ).fetchone()[0]
            == TEXT + " c"
        )


def test_iter_parquet_rejects_a_folder_without_articles(tmp_path: Path) -> None:
    from whosaid.errors import WhosaidError

    with pytest.raises(WhosaidError) as caught:
        list(iter_parquet(tmp_path))
    assert caught.value.code == "input.unreadable"
