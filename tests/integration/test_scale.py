"""whosaid on Dask workers: the same records as one process, faults survived.

Every test here but one starts real worker processes (a ``LocalCluster``) and
loads the spaCy model in each, so they are marked ``model`` and ``slow``.  The
PolNeAR test also needs the shared data and skips with a reason when it is
absent.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from whosaid.cli import EXIT_ERROR, EXIT_FAILED, EXIT_OK, app
from whosaid.ingest import InputFailure, iter_inputs
from whosaid.records import RawArticle
from whosaid.render import article_to_json
from whosaid.scale import ScaleSettings, analyze, analyze_to_parquet
from whosaid.scale.parquet import iter_parquet
from whosaid.scale.runner import local_cluster_options

pytestmark = pytest.mark.model

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A LocalCluster reached by address, the way a remote cluster is."""
    from distributed import LocalCluster

    with LocalCluster(**local_cluster_options(2)) as local:
        yield local


def _records(output: str) -> list[str]:
    """The JSONL records, sorted by id (each record re-serialized canonically)."""
    records = [json.loads(line) for line in output.splitlines() if line.strip()]
    records.sort(key=lambda r: r["id"])
    return [json.dumps(r, sort_keys=True) for r in records]


def _extract(*args: str) -> list[str]:
    result = runner.invoke(app, ["extract", *args, "--format", "jsonl"])
    assert result.exit_code == EXIT_OK, result.output
    return _records(result.stdout)


@pytest.fixture(scope="module")
def one_worker() -> list[str]:
    return _extract(str(FIXTURES), "--workers", "1", "--batch-size", "2")


@pytest.mark.slow
def test_two_workers_give_the_records_of_one(one_worker: list[str]) -> None:
    two = _extract(str(FIXTURES), "--workers", "2", "--batch-size", "2")
    assert len(one_worker) == 8
    assert two == one_worker


@pytest.mark.slow
def test_two_workers_write_the_bytes_of_one_bad_record_in_place(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": f"n{i:02d}", "text": f'"Point {i} stands," Ann Lee said.'})
        for i in range(30)
    ]
    lines[17] = json.dumps({"id": "n17", "text": "   "})  # empty: a failed record
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        args = ["extract", str(feed), "-f", "jsonl", "-o", str(out), "--workers"]
        result = runner.invoke(app, [*args, workers, "--batch-size", "4"])
        assert result.exit_code == EXIT_FAILED, result.output
        assert "1 of 30 articles failed" in result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[1].splitlines()]
    assert [r["id"] for r in records] == [f"n{i:02d}" for i in range(30)]
    assert [i for i, r in enumerate(records) if r["error"]] == [17]


@pytest.mark.slow
def test_a_cluster_by_address_gives_the_records_of_one_worker(
    one_worker: list[str], cluster: Any
) -> None:
    address = cluster.scheduler_address
    assert address.startswith("tcp://")
    remote = _extract(str(FIXTURES), "--scheduler", address, "--batch-size", "2")
    assert remote == one_worker


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["processes", "dask"])
def test_order_is_the_input_order_on_workers(backend: str) -> None:
    raws = [
        RawArticle(id=f"{i:02d}", text=f'"Point {i} stands," Ann Lee said.')
        for i in range(12)
    ]
    settings = ScaleSettings(
        workers=2, batch_size=2, small_input_in_process=False, local_backend=backend
    )
    in_process = ScaleSettings(workers=1, batch_size=2)
    on_workers = [article_to_json(a) for a in analyze(raws, settings)]
    assert on_workers == [article_to_json(a) for a in analyze(raws, in_process)]
    assert [json.loads(r)["id"] for r in on_workers] == [r.id for r in raws]


@pytest.mark.slow
@pytest.mark.parametrize("where", ["cluster", "local pool"])
def test_bad_articles_are_recorded_failures_on_workers(
    where: str, request: pytest.FixtureRequest
) -> None:
    raws: list[Any] = [
        RawArticle(id="good", text='"We will win," Ann Lee said.'),
        RawArticle(id="empty", text="   "),
        InputFailure("gone.txt", "gone.txt", "input.unreadable", "no such file"),
        RawArticle(id="no-article", html="<html><body></body></html>"),
        RawArticle(id="after", text='"We will see," Bo Ek said.'),
    ]
    if where == "cluster":
        address = request.getfixturevalue("cluster").scheduler_address
        settings = ScaleSettings(scheduler=address, batch_size=1)
    else:
        settings = ScaleSettings(workers=2, batch_size=1, small_input_in_process=False)
    got = [(a.id, a.error.code if a.error else None) for a in analyze(raws, settings)]
    assert got == [
        ("good", None),
        ("empty", "input.empty"),
        ("gone.txt", "input.unreadable"),
        ("no-article", "input.no_article"),
        ("after", None),
    ]


@pytest.mark.slow
def test_parquet_from_workers_loads_into_the_store(tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    result = runner.invoke(
        app,
        [
            "extract",
            str(FIXTURES),
            "--workers",
            "2",
            "--batch-size",
            "2",
            "--out-parquet",
            str(out),
        ],
    )
    assert result.exit_code == EXIT_OK, result.output
    assert "8 articles (8 analyzed, 0 failed" in result.stdout
    # One partition per batch: 4 batches of 2, or more where the runner cut
    # the input's tail into smaller batches.
    assert 4 <= len(list((out / "articles").glob("part-*.parquet"))) <= 8
    records = _extract(str(FIXTURES), "--workers", "1")
    from_parquet = sorted(
        json.dumps(json.loads(article_to_json(s.article)), sort_keys=True)
        for s in iter_parquet(out)
    )
    assert sorted(records) == from_parquet

    db = tmp_path / "corpus.db"
    loaded = runner.invoke(app, ["ingest", "--from-parquet", str(out), "--db", str(db)])
    assert loaded.exit_code == EXIT_OK, loaded.output
    assert "8 stored, 0 skipped (already stored), 0 failed" in loaded.stdout
    again = runner.invoke(app, ["ingest", "--from-parquet", str(out), "--db", str(db)])
    assert "0 stored, 8 skipped (already stored), 0 failed" in again.stdout
    attributions = sum(len(json.loads(r)["attributions"]) for r in records)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM attributions").fetchone()[0] == (
            attributions
        )
    finally:
        conn.close()


@pytest.mark.slow
def test_ingest_on_workers_stores_every_article_once(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    args = ["ingest", str(FIXTURES), "--db", str(db), "--batch-size", "2"]
    result = runner.invoke(app, [*args, "--workers", "2"])
    assert result.exit_code == EXIT_OK, result.output
    assert "8 stored, 0 skipped" in result.stdout
    again = runner.invoke(app, [*args, "--workers", "2"])
    assert "0 stored, 8 skipped" in again.stdout


@pytest.mark.slow
def test_a_killed_worker_loses_no_article_and_duplicates_none(
    tmp_path: Path,
) -> None:
    from distributed import Client, LocalCluster

    raws = [
        RawArticle(
            id=f"art-{i:02d}",
            text=f'Story {i}\n\n"Point {i} stands," Ann Lee said on Monday.\n'
            f'"More on {i} later," Bo Ek told reporters.\n',
        )
        for i in range(20)
    ]
    out = tmp_path / "parquet"
    with (
        LocalCluster(**local_cluster_options(2)) as local,
        Client(local) as spy,
    ):
        settings = ScaleSettings(
            scheduler=local.scheduler_address, batch_size=2, max_in_flight=6
        )
        results = analyze_to_parquet(raws, out, settings)
        first = next(results)  # batches are now submitted and running
        busy = {w: keys for w, keys in spy.processing().items() if keys}
        pids = spy.run(os.getpid)
        victim = next(iter(busy), next(iter(pids)))
        os.kill(pids[victim], signal.SIGKILL)
        rest = list(results)
        after = spy.run(os.getpid)
    assert pids[victim] not in after.values()  # that worker really died
    ids = [first.id, *(s.id for s in rest)]
    assert ids == [r.id for r in raws]  # every article once, in order
    assert all(s.error is None for s in rest)
    written = [s.article.id for s in iter_parquet(out)]
    assert sorted(written) == [r.id for r in raws]  # once each on disk too


def test_an_unreachable_scheduler_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import whosaid.scale.runner

    monkeypatch.setattr(whosaid.scale.runner, "CONNECT_TIMEOUT_S", 1.0)
    result = runner.invoke(
        app, ["extract", str(FIXTURES), "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == EXIT_ERROR
    assert "scale.scheduler_unreachable" in result.output


@pytest.mark.data
@pytest.mark.slow
def test_polnear_dev_is_identical_on_one_and_two_workers_and_a_cluster(
    cluster: Any, polnear_dir: Path
) -> None:
    dev = polnear_dir / "dev" / "text"
    one = _extract(str(dev), "--workers", "1")
    two = _extract(str(dev), "--workers", "2")
    remote = _extract(str(dev), "--scheduler", cluster.scheduler_address)
    assert len(one) == 84
    assert two == one
    assert remote == one


@pytest.mark.slow
def test_inputs_stream_lazily_into_the_runner(tmp_path: Path) -> None:
    """Only a bounded number of inputs is read ahead of the results."""
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"j{i}", "text": f'"Fine {i}," Ann Lee said.'}) + "\n"
            for i in range(40)
        ),
        encoding="utf-8",
    )
    read = 0

    def counted() -> Iterator[Any]:
        nonlocal read
        for item in iter_inputs([path]):
            read += 1
            yield item

    settings = ScaleSettings(workers=2, batch_size=2, max_in_flight=3)
    results = analyze(counted(), settings)
    next(results)
    assert read <= 2 * 4 + 2 * 3  # the small-input check + the in-flight window
    assert len(list(results)) == 39
