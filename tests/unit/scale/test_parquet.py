"""Partitioned Parquet output: round trip, atomic idempotent partitions, loading."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.factories import make_actor, make_article, make_attribution, make_speaker
from tests.strategies import articles, failed_articles

from whosaid.errors import OutputError
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
    return Article.failed(
        RawArticle(id=article_id, path="bad.txt"),
        ErrorInfo(code="input.empty", message="empty"),
        model="m+a",
        whosaid_version="0.1.0",
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


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        articles() | failed_articles(), min_size=1, max_size=4, unique_by=lambda a: a.id
    )
)
def test_generated_articles_round_trip(batch: list[Article]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = prepare_dir(Path(tmp) / "out")
        write_partition(folder, batch, [None] * len(batch))
        assert [s.article for s in iter_parquet(folder)] == batch


def test_columns_keep_their_names_and_types(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    name = write_partition(folder, [_article("a")], [None])
    schema = pq.read_schema(folder / "attributions" / name)
    assert {
        f: str(schema.field(f).type) for f in ("speaker_start", "speaker_code")
    } == {
        "speaker_start": "int64",
        "speaker_code": "string",
    }
    articles_schema = pq.read_schema(folder / "articles" / name)
    assert str(articles_schema.field("attributions").type) == "int64"
    assert str(articles_schema.field("title").type) == "string"
    assert {"error_code", "error_message", "content_hash"} <= set(articles_schema.names)


def test_files_without_new_columns_read_with_defaults(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    name = write_partition(folder, [_article("a")], [None])
    actors = pq.read_table(folder / "actors" / name)
    pq.write_table(
        actors.drop_columns(["identity", "kb_id", "idx"]), folder / "actors" / name
    )
    (back,) = iter_parquet(folder)
    assert back.article.actors == _article("a").actors


def test_a_bad_row_is_a_clear_error(tmp_path: Path) -> None:
    import pyarrow as pa

    from whosaid.errors import WhosaidError

    folder = prepare_dir(tmp_path / "out")
    name = write_partition(folder, [_article("a")], [None])
    table = pq.read_table(folder / "actors" / name)
    column = table.schema.get_field_index("type")
    table = table.set_column(column, "type", pa.array(["wizard"]))
    pq.write_table(table, folder / "actors" / name)
    with pytest.raises(WhosaidError) as caught:
        list(iter_parquet(folder))
    assert caught.value.code == "input.invalid"
    assert "Article.actors[0].type" in caught.value.message


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OSError("IOError: [Errno 28] No space left on device"), "output.disk_full"),
        (OSError(28, "No space left on device"), "output.disk_full"),
        (OSError(5, "Input/output error"), "output.write_failed"),
    ],
)
def test_a_failed_partition_write_has_a_specific_code_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, code: str
) -> None:
    folder = prepare_dir(tmp_path / "out")
    write_partition(folder, [_article("a")], [None])

    def full(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr(pq, "write_table", full)
    with pytest.raises(OutputError) as caught:
        write_partition(folder, [_article("b")], [None])
    assert caught.value.code == code
    # the first batch is intact and no temporary file is left behind
    assert [s.article.id for s in iter_parquet(folder)] == ["a"]
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_cli_extract_parquet_on_a_full_disk_names_the_cause(
    fake_pipeline: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from whosaid.cli import app

    def full(*_: object, **__: object) -> None:
        raise OSError("IOError: [Errno 28] No space left on device")

    monkeypatch.setattr(pq, "write_table", full)
    article = tmp_path / "a.txt"
    article.write_text('"We will win," Anna Berg said.\n', encoding="utf-8")
    args = ["extract", str(article), "--out-parquet", str(tmp_path / "out")]
    result = CliRunner().invoke(app, [*args, "--workers", "1"])
    assert result.exit_code != 0
    assert "output.disk_full" in result.output
    assert "internal" not in result.output
