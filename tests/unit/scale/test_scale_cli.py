"""Option checks of the scale options (no model, no cluster)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from whosaid.cli import EXIT_USAGE, app
from whosaid.ingest import InputFailure
from whosaid.records import RawArticle
from whosaid.scale import ScaleSettings
from whosaid.scale.runner import run_batches

runner = CliRunner()


@pytest.mark.parametrize("value", ["0", "1,0", "a", ","])
def test_bench_rejects_bad_worker_counts(value: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["bench", str(tmp_path), "--workers", value])
    assert result.exit_code == EXIT_USAGE
    assert "worker counts" in result.output


def test_bench_paths_need_workers(tmp_path: Path) -> None:
    result = runner.invoke(app, ["bench", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_zero_workers_is_a_usage_error(command: str, tmp_path: Path) -> None:
    result = runner.invoke(app, [command, str(tmp_path), "--workers", "0"])
    assert result.exit_code == EXIT_USAGE


def test_out_parquet_excludes_record_output(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["extract", str(tmp_path), "--out-parquet", str(tmp_path / "o"), "-f", "json"],
    )
    assert result.exit_code == EXIT_USAGE


def test_ingest_takes_paths_or_parquet_not_both(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    result = runner.invoke(
        app, ["ingest", str(tmp_path), "--from-parquet", str(folder)]
    )
    assert result.exit_code == EXIT_USAGE


def test_ingest_needs_paths_or_parquet(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == EXIT_USAGE


def test_settings_reject_zero_workers_and_batches() -> None:
    with pytest.raises(ValueError):
        ScaleSettings(workers=0)
    with pytest.raises(ValueError):
        ScaleSettings(batch_size=0)
    with pytest.raises(ValueError, match="local backend"):
        ScaleSettings(local_backend="threads")


def test_run_batches_in_process_keeps_order_and_batches() -> None:
    seen: list[list[str]] = []

    def task(
        batch: list[tuple[RawArticle | InputFailure, tuple[str, ...]]],
    ) -> list[str]:
        seen.append([item.id for item, _ in batch])
        return [item.id.upper() for item, _ in batch]

    batches = [
        [(RawArticle(id="a", text="x"), ()), (RawArticle(id="b", text="y"), ())],
        [(InputFailure("c", None, "input.empty", "e"), ())],
    ]
    out = list(
        run_batches(
            batches,
            task,
            client=None,
            max_in_flight=1,
            retries=0,
            salvage=lambda item, error: "?",
        )
    )
    assert out == ["A", "B", "C"]
    assert seen == [["a", "b"], ["c"]]


class _Future:
    def __init__(self, fn: Any, args: tuple[Any, ...]) -> None:
        self.fn, self.args = fn, args

    def result(self) -> Any:
        return self.fn(*self.args)

    def release(self) -> None:
        pass


class _Client:
    """Runs submitted tasks when their result is asked for (no Dask)."""

    def __init__(self) -> None:
        self.keys: list[str | None] = []

    def submit(self, fn: Any, *args: Any, key: str | None = None, **_: Any) -> _Future:
        self.keys.append(key)
        return _Future(fn, args)


def test_a_failing_batch_is_rerun_item_by_item_and_only_the_culprit_fails() -> None:
    def task(batch: list[Any]) -> list[str]:
        if any(item.id == "bad" for item, _ in batch):
            raise MemoryError("worker ran out")
        return [item.id for item, _ in batch]

    batches = [
        [(RawArticle(id="a", text="x"), ()), (RawArticle(id="bad", text="y"), ())],
        [(RawArticle(id="c", text="z"), ())],
    ]
    client = _Client()
    out = list(
        run_batches(
            batches,
            task,
            client=client,
            max_in_flight=2,
            retries=1,
            salvage=lambda item, error: f"failed:{item[0].id}:{type(error).__name__}",
        )
    )
    assert out == ["a", "failed:bad:MemoryError", "c"]
    named = [k for k in client.keys if k is not None]
    assert len(named) == 2 and all(k.startswith("whosaid-batch-") for k in named)
