"""The local process pool and the runner's batching (no model, no Dask).

The tasks here are module-level functions of plain records, so the pool's
worker processes run them without loading anything.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from whosaid.records import RawArticle
from whosaid.scale.pool import LocalPool, Timeline, WorkerDied, start_method
from whosaid.scale.runner import TAIL_DIVISOR, _batches, run_batches
from whosaid.scale.worker import BatchItem


def _items(n: int, text: str = "x") -> list[BatchItem]:
    return [(RawArticle(id=f"a{i:03d}", text=text), ()) for i in range(n)]


def _ids(batch: list[BatchItem]) -> list[str]:
    return [item.id for item, _ in batch]


def upper_ids(batch: list[BatchItem]) -> list[str]:
    """A task: the items' ids, upper-cased, with the worker's pid checked."""
    assert os.getpid() != int(os.environ.get("WHOSAID_TEST_PARENT", "0"))
    return [item.id.upper() for item, _ in batch]


def die_once_on_marker(batch: list[BatchItem]) -> list[str]:
    """A task whose worker is killed the first time it meets a text naming a
    file that does not exist yet (it creates the file first)."""
    for item, _ in batch:
        marker = Path(item.text)
        if item.text != "x" and not marker.exists():
            marker.write_text("died", encoding="utf-8")
            os.kill(os.getpid(), signal.SIGKILL)
    return _ids(batch)


def die_on_poison(batch: list[BatchItem]) -> list[str]:
    """A task whose worker is killed by every batch holding ``poison``."""
    if any(item.id == "poison" for item, _ in batch):
        os.kill(os.getpid(), signal.SIGKILL)
    return _ids(batch)


def raise_on_bad(batch: list[BatchItem]) -> list[str]:
    """A task that raises on every batch holding ``bad``."""
    if any(item.id == "bad" for item, _ in batch):
        raise ValueError("bad input")
    return _ids(batch)


def failing_preload() -> None:
    raise RuntimeError("no models here")


def _failed(item: BatchItem, error: BaseException) -> str:
    return f"failed:{item[0].id}:{type(error).__name__}"


def _run(pool: LocalPool, items: list[BatchItem], task: Any, size: int) -> list[str]:
    return list(
        run_batches(
            _batches(items, size, tail=pool.workers),
            task,
            client=pool,
            max_in_flight=2 * pool.workers,
            retries=2,
            salvage=_failed,
        )
    )


# --- batching ----------------------------------------------------------------


def test_batches_without_tail_are_all_full_but_the_last() -> None:
    sizes = [len(b) for b in _batches(_items(35), 8)]
    assert sizes == [8, 8, 8, 8, 3]


def test_the_tail_is_cut_small_and_nothing_is_lost_or_reordered() -> None:
    items = _items(100)
    batches = list(_batches(items, 16, tail=2))
    sizes = [len(b) for b in batches]
    assert [i for b in batches for i in _ids(b)] == _ids(items)
    assert sizes[:3] == [16, 16, 16]  # 100 - 48 read ahead = 52 in full batches
    small = 16 // TAIL_DIVISOR
    assert all(s <= small for s in sizes[4:])
    assert sum(sizes) == 100


def test_a_short_input_is_all_tail() -> None:
    sizes = [len(b) for b in _batches(_items(10), 16, tail=2)]
    assert sizes == [4, 4, 2]


def test_a_batch_of_one_stays_one() -> None:
    sizes = [len(b) for b in _batches(_items(5), 1, tail=2)]
    assert sizes == [1, 1, 1, 1, 1]


def test_batches_read_only_the_look_ahead() -> None:
    read = 0

    def counted() -> Any:
        nonlocal read
        for item in _items(1000):
            read += 1
            yield item

    first = next(_batches(counted(), 16, tail=2))
    assert len(first) == 16
    assert read == 16 * 3


# --- the pool ----------------------------------------------------------------


def test_the_pool_returns_every_result_in_input_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WHOSAID_TEST_PARENT", str(os.getpid()))
    items = _items(50)
    with LocalPool(2) as pool:
        out = _run(pool, items, upper_ids, 4)
    assert out == [i.upper() for i in _ids(items)]
    assert sum(t.items for t in pool.timeline.batches) == 50
    assert len({t.pid for t in pool.timeline.batches} - {os.getpid()}) >= 1


def test_a_killed_worker_loses_no_item_and_duplicates_none(tmp_path: Path) -> None:
    marker = tmp_path / "died"
    items = _items(30)
    items[13] = (RawArticle(id="a013", text=str(marker)), ())
    with LocalPool(2) as pool:
        out = _run(pool, items, die_once_on_marker, 4)
    assert marker.exists()  # a worker really died
    assert pool.restarts >= 1
    assert out == _ids(items)


def test_an_article_that_kills_every_worker_costs_only_itself() -> None:
    items = _items(12)
    items[5] = (RawArticle(id="poison", text="x"), ())
    with LocalPool(2) as pool:
        out = _run(pool, items, die_on_poison, 4)
    expected = _ids(items)
    expected[5] = "failed:poison:WorkerDied"
    assert out == expected


def test_a_batch_that_raises_is_rerun_item_by_item() -> None:
    items = _items(10)
    items[2] = (RawArticle(id="bad", text="x"), ())
    with LocalPool(2) as pool:
        out = _run(pool, items, raise_on_bad, 4)
    expected = _ids(items)
    expected[2] = "failed:bad:ValueError"
    assert out == expected
    assert pool.restarts == 0


def test_a_failing_preload_does_not_break_the_pool() -> None:
    with LocalPool(2, preload=failing_preload) as pool:
        assert _run(pool, _items(6), raise_on_bad, 2) == _ids(_items(6))


def test_a_dead_worker_past_its_retries_is_an_error() -> None:
    with LocalPool(1) as pool:
        future = pool.submit(die_on_poison, [(RawArticle(id="poison", text="x"), ())])
        with pytest.raises(WorkerDied):
            future.result()
        assert pool.submit(upper_ids, _items(1)).result() == ["A000"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork: Linux only")
def test_workers_are_forked_only_without_other_threads() -> None:
    assert (start_method() == "fork") == (threading.active_count() == 1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert start_method() != "fork"
    finally:
        stop.set()
        thread.join()


def test_the_timeline_accounts_for_each_worker_and_the_tail() -> None:
    with LocalPool(2) as pool:
        _run(pool, _items(20), upper_ids, 2)
    lines = pool.timeline.report(2, pool.method)
    assert lines[0].startswith(f"local pool: 2 workers ({pool.method}), ")
    assert sum(line.startswith("worker ") for line in lines) == len(
        {t.pid for t in pool.timeline.batches}
    )
    assert any(line.startswith("tail: ") for line in lines)
    assert lines[-1].startswith("this process: cpu ")


def test_an_empty_timeline_reports_no_worker() -> None:
    lines = Timeline().report(2, "fork")
    assert lines[0].startswith("local pool: 2 workers (fork), 0 batches")
    assert not any(line.startswith("worker ") for line in lines)


def test_zero_workers_is_an_error() -> None:
    with pytest.raises(ValueError):
        LocalPool(0)


def test_every_worker_starts_with_the_first_batch_whatever_the_start_method() -> None:
    # With spawn or forkserver the executor would start workers one submit
    # at a time, racing its manager thread when a worker dies (a worker
    # missed by its terminate, then joined for good: a hung CI run).
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()  # another thread: not fork
    try:
        with LocalPool(2) as pool:
            assert pool.method != "fork"
            assert pool.submit(upper_ids, _items(1)).result() == ["A000"]
            started = getattr(pool._executor, "_processes", None) or {}
            assert len(started) == 2
    finally:
        stop.set()
        thread.join()
