"""Worker processes on this machine without Dask: the local backend.

``--workers N`` (N > 1, no ``--scheduler``) runs on a :class:`LocalPool`, a
``concurrent.futures.ProcessPoolExecutor`` of N processes.  On a two-core
machine a Dask ``LocalCluster`` cost about a fifth of the two-worker run's
time: five processes importing ``distributed`` at start, nannies and
scheduler polling all along, glibc told to trim memory after every free
(``MALLOC_TRIM_THRESHOLD_``, Dask's default for its workers: five times the
page faults) and a slow close.  The pool instead:

* forks its workers from this process where that is safe (Linux, no other
  thread running), so they start at once with everything this process has
  imported; otherwise it uses ``forkserver`` or ``spawn``;
* has every worker load the models and knowledge as soon as it starts, all
  workers in parallel, while this process reads the first inputs
  (:func:`~whosaid.scale.worker.preload`);
* keeps the Dask client's ``submit(...).result()`` / ``release()`` surface
  that :func:`~whosaid.scale.runner.run_batches` uses, with the same fault
  contract: a worker that dies (killed, out of memory) breaks the pool; it
  is restarted and the batches it took down are submitted again, up to
  ``retries`` times, after which the runner splits the batch and runs its
  articles one by one;
* times every batch in its worker (:class:`BatchTiming`) and logs, at debug
  level, where the run's wall time went (:meth:`Timeline.report`: start,
  loads, first result, busy and idle time per worker, the idle tail, this
  process's CPU), which ``whosaid extract --workers 2 --debug`` prints.

Workers ignore Ctrl-C: this process catches it, cancels what has not
started and ends the workers.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from whosaid.scale.worker import peak_rss_mb

__all__ = [
    "BatchTiming",
    "LocalPool",
    "PoolFuture",
    "Timeline",
    "WorkerDied",
    "start_method",
]

logger = logging.getLogger(__name__)

R = TypeVar("R")


_DYNAMIC_SPAWN = "_safe_to_dynamically_spawn_children"
"""ProcessPoolExecutor's switch (CPython 3.9+) for starting workers lazily."""


class WorkerDied(RuntimeError):
    """A worker process died while running a batch, ``retries`` times over."""


def start_method() -> str:
    """How the pool starts its processes.

    ``fork`` on Linux when this process runs no other thread (a fork copies
    only the calling thread, so a lock held by another one would stay held
    in the child); else ``forkserver`` where there is one, else ``spawn``.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchTiming:
    """One batch as its worker ran it.

    Attributes:
        pid: The worker process.
        items: Articles in the batch.
        start: When it started (``time.time()``).
        end: When it ended.
        cpu: The worker's CPU seconds on it.
        load: Seconds (wall, CPU) the worker spent loading the models
            before its first batch (set on that batch only).
        peak_rss_mb: The worker's peak resident set size so far, in MiB.
    """

    pid: int
    items: int
    start: float
    end: float
    cpu: float
    load: tuple[float, float] | None = None
    peak_rss_mb: float = 0.0


_load_seconds: list[tuple[float, float]] = []
"""This worker's load time (wall, CPU), until its first batch reports it."""


def _init_worker(preload: Callable[[], object] | None) -> None:
    """Ignore Ctrl-C (the parent handles it) and load the models now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if preload is None:
        return
    started, cpu = time.perf_counter(), time.process_time()
    try:
        preload()
    except Exception:  # the first batch loads again and reports the error
        logger.debug("worker %d: preload failed", os.getpid(), exc_info=True)
    _load_seconds.append((time.perf_counter() - started, time.process_time() - cpu))


def _timed(
    task: Callable[[list[Any]], list[R]], batch: list[Any]
) -> tuple[list[R], BatchTiming]:
    """Run ``task`` on ``batch`` in a worker; its results and timing."""
    start, cpu = time.time(), time.process_time()
    results = task(batch)
    load = _load_seconds.pop() if _load_seconds else None
    return results, BatchTiming(
        pid=os.getpid(),
        items=len(batch),
        start=start,
        end=time.time(),
        cpu=time.process_time() - cpu,
        load=load,
        peak_rss_mb=peak_rss_mb(),
    )


@dataclass(slots=True)
class Timeline:
    """Where a pool run's time went (see :meth:`report`)."""

    started: float = field(default_factory=time.time)
    driver_cpu: float = field(default_factory=lambda: _cpu_seconds())
    first_result: float | None = None
    batches: list[BatchTiming] = field(default_factory=list)

    def add(self, timing: BatchTiming) -> None:
        """Record one batch (and the time of the first result)."""
        if self.first_result is None:
            self.first_result = time.time()
        self.batches.append(timing)

    def worker_peak_rss_mb(self) -> dict[int, float]:
        """Each worker's peak RSS (MiB) as its last batch reported it."""
        peaks: dict[int, float] = {}
        for b in self.batches:
            peaks[b.pid] = max(peaks.get(b.pid, 0.0), b.peak_rss_mb)
        return peaks

    def report(self, workers: int, method: str, restarts: int = 0) -> list[str]:
        """The accounting, one line per fact, times relative to the start.

        Per worker: load time, batches, busy (wall and CPU) and idle
        seconds, first start and last end; then the tail (how long the
        first worker to finish waited for the last), the first result and
        this process's CPU.
        """
        end = time.time()
        wall = end - self.started
        lines = [
            f"local pool: {workers} workers ({method}), {len(self.batches)} "
            f"batches, {restarts} restarts, wall {wall:.2f} s"
        ]
        finish: list[float] = []
        for pid in sorted({b.pid for b in self.batches}):
            mine = sorted((b for b in self.batches if b.pid == pid), key=_start)
            load_wall = sum(b.load[0] for b in mine if b.load is not None)
            load_cpu = sum(b.load[1] for b in mine if b.load is not None)
            busy = sum(b.end - b.start for b in mine)
            first, last = mine[0].start - self.started, mine[-1].end - self.started
            finish.append(last)
            lines.append(
                f"worker {pid}: load {load_wall:.2f} s (cpu {load_cpu:.2f} s), "
                f"{len(mine)} batches "
                f"({sum(b.items for b in mine)} articles), busy {busy:.2f} s "
                f"(cpu {sum(b.cpu for b in mine):.2f} s), first batch at "
                f"+{first:.2f} s, last done at +{last:.2f} s, idle between "
                f"batches {last - first - busy:.2f} s, peak RSS "
                f"{max(b.peak_rss_mb for b in mine):.0f} MiB"
            )
        if finish:
            lines.append(
                f"tail: first worker done at +{min(finish):.2f} s, last at "
                f"+{max(finish):.2f} s (idle tail {max(finish) - min(finish):.2f} s)"
            )
        if self.first_result is not None:
            lines.append(f"first result at +{self.first_result - self.started:.2f} s")
        lines.append(f"this process: cpu {_cpu_seconds() - self.driver_cpu:.2f} s")
        return lines


def _start(timing: BatchTiming) -> float:
    return timing.start


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class PoolFuture(Generic[R]):
    """One batch submitted to a :class:`LocalPool` (a Dask future's subset)."""

    def __init__(
        self,
        pool: LocalPool,
        task: Callable[[list[Any]], list[R]],
        batch: list[Any],
        retries: int,
    ) -> None:
        self._pool, self._task, self._batch = pool, task, batch
        self._retries_left = retries
        self._future: Future[tuple[list[R], BatchTiming]] = pool._submit(task, batch)

    def result(self) -> list[R]:
        """The batch's results; resubmitted while a dead worker took it down.

        Raises:
            WorkerDied: a worker died running it, ``retries`` + 1 times.
            Exception: what the task raised.
        """
        while True:
            try:
                results, timing = self._future.result()
            except BrokenProcessPool as e:
                if self._retries_left <= 0:
                    raise WorkerDied(f"a worker process died: {e}") from e
                self._retries_left -= 1
                logger.warning("a worker process died; running its batch again")
                self._future = self._pool._submit(self._task, self._batch)
                continue
            self._pool.timeline.add(timing)
            return results

    def release(self) -> None:
        """Nothing to free (the results are already here); for Dask's surface."""


class LocalPool:
    """``workers`` processes on this machine (see the module docstring).

    Use it as a context manager; :meth:`submit` mirrors the part of
    ``distributed.Client.submit`` that :func:`~whosaid.scale.runner.run_batches`
    uses.
    """

    def __init__(
        self, workers: int, *, preload: Callable[[], object] | None = None
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.workers = workers
        self.method = start_method()
        self.restarts = 0
        self.timeline = Timeline()
        self._preload = preload
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context(self.method),
            initializer=_init_worker,
            initargs=(self._preload,),
        )
        # Start every worker with the first submit, before the manager
        # thread runs, as the executor does for fork.  With spawn and
        # forkserver it would start them one submit at a time, racing the
        # manager thread when a worker dies: the worker being started is
        # missed by its terminate (and joined for good), or its start reads
        # a call queue that thread has just closed (EBADF).  Both were seen
        # in test runs; with all workers started first, neither can happen.
        if hasattr(executor, _DYNAMIC_SPAWN):
            setattr(executor, _DYNAMIC_SPAWN, False)
        return executor

    def submit(
        self,
        task: Callable[[list[Any]], list[R]],
        batch: list[Any],
        *,
        key: str | None = None,
        retries: int = 0,
        pure: bool = True,
    ) -> PoolFuture[R]:
        """Run ``task(batch)`` on a worker (``key`` and ``pure`` are Dask's,
        unused here)."""
        del key, pure
        return PoolFuture(self, task, batch, retries)

    def _submit(
        self, task: Callable[[list[Any]], list[R]], batch: list[Any]
    ) -> Future[tuple[list[R], BatchTiming]]:
        try:
            return self._executor.submit(_timed, task, batch)
        except BrokenProcessPool:
            self._restart()
            return self._executor.submit(_timed, task, batch)

    def _restart(self) -> None:
        # A broken pool's manager thread ends its workers and joins them.
        # Kill them all first all the same (a worker it missed would wait
        # for work for good, and so would the join; see _new_executor),
        # then wait for the thread, so that no thread runs when the next
        # pool forks.
        _kill_workers(self._executor)
        self._executor.shutdown(wait=True, cancel_futures=True)
        self.restarts += 1
        self._executor = self._new_executor()

    def close(self, *, cancel: bool = False) -> None:
        """End the workers: after their batches, or at once with ``cancel``."""
        if cancel:
            _cancel(self._executor)
        elif getattr(self._executor, "_broken", False):
            _kill_workers(self._executor)  # see _restart
        self._executor.shutdown(wait=True)
        for line in self.timeline.report(self.workers, self.method, self.restarts):
            logger.debug("%s", line)

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(cancel=kind is not None)


def _workers(executor: ProcessPoolExecutor) -> Sequence[Any]:
    """The executor's worker processes (none once it has shut down)."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _kill_workers(executor: ProcessPoolExecutor) -> None:
    """Kill every worker of a broken pool (its batches are lost already)."""
    for process in _workers(executor):
        process.kill()


def _cancel(executor: ProcessPoolExecutor) -> None:
    """Cancel what has not started and stop the processes now."""
    processes = _workers(executor)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
