"""``POST /api/v1/analyze`` off the event loop: bounded, queued, timed.

:class:`AnalysisPool` runs analyses on its own threads (never the thread pool
that serves the GET endpoints), at most :attr:`AnalyzeLimits.workers` at a
time, with at most :attr:`AnalyzeLimits.queue` more waiting; a request beyond
that is refused at once (:class:`Busy`, HTTP 429).

With ``processes=True`` (what ``whosaid serve`` uses) each worker thread
drives one child process that holds the spaCy pipeline: the analysis does not
compete with the server for the interpreter lock, and one that runs past the
time budget is stopped by killing its process (:class:`Timeout`, HTTP 504);
the next request starts a fresh one.  With ``processes=False`` the analysis
runs in the worker thread itself; past the budget the request is answered
504 but the analysis cannot be stopped and keeps its worker until it ends.

A queued request whose budget runs out before a worker is free is answered
without being analyzed (:class:`Busy`, HTTP 503).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

__all__ = [
    "WORKER_NICE",
    "AnalysisPool",
    "AnalyzeLimits",
    "Busy",
    "Job",
    "JobFailed",
    "Timeout",
    "analyze_payload",
]

logger = logging.getLogger(__name__)

Job = Callable[[dict[str, Any]], dict[str, Any]]
"""An analysis: the request body as a dict in, the article record dict out."""

START_TIMEOUT_S = 300.0
"""How long a new worker process may take to load its models."""

WORKER_NICE = 10
"""How much lower the analysis processes' CPU priority is (``nice``)."""

_WARM_UP = {"text": 'Warm-up.\n\n"All set," she said.'}


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalyzeLimits:
    """How much analysis the server takes on.

    Attributes:
        workers: Analyses that run at once (each a process with its own
            models when ``processes``).
        queue: Requests that may wait for a worker; more get 429.
        timeout_s: Time budget of one analysis, in seconds; also the
            longest a request waits in the queue.
        processes: Analyze in child processes (stoppable, no lock contention
            with the server) rather than in threads of the server.
    """

    workers: int = 1
    queue: int = 4
    timeout_s: float = 60.0
    processes: bool = True

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.queue < 0:
            raise ValueError(f"queue must not be negative, got {self.queue}")
        if not self.timeout_s > 0:
            raise ValueError(f"timeout_s must be positive, got {self.timeout_s}")


class Busy(Exception):
    """No worker took the request: the queue is full, or its wait ran out."""

    def __init__(self, message: str, *, queued: bool) -> None:
        super().__init__(message)
        self.queued = queued


class Timeout(Exception):
    """The analysis ran past its time budget."""


class JobFailed(Exception):
    """The analysis raised, or its worker process died."""


def analyze_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """Analyze one ``POST /api/v1/analyze`` body; the article record as a dict.

    The default :data:`Job`: it runs :func:`whosaid.process` (or the pipeline
    directly for an HTML fragment that would not be sniffed as HTML).
    """
    from whosaid.ids import article_id
    from whosaid.pipeline import get_pipeline, looks_like_html, process
    from whosaid.records import RawArticle

    url, rid, date = payload.get("url"), payload.get("id"), payload.get("date")
    text = payload.get("text")
    if text is not None:
        return process(text, url=url, id=rid, date=date).to_dict()
    html = payload.get("html") or ""
    if looks_like_html(html):
        return process(html, url=url, id=rid, date=date).to_dict()
    raw = RawArticle(id=rid or article_id(html, url=url), url=url, date=date, html=html)
    return next(get_pipeline().process_many([raw])).to_dict()


def _child_main(conn: Connection, job: Job) -> None:  # pragma: no cover - child
    """A worker process: warm up, say ready, then answer jobs until EOF.

    It runs at a lower CPU priority than the server (:data:`WORKER_NICE`), so
    that on a busy machine the server's answers come first.
    """
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICE)
    try:
        job(dict(_WARM_UP))
    except Exception as e:  # a failing warm-up shows on the first real job
        logger.warning("analysis worker warm-up failed: %s", e)
    conn.send(("ready", None))
    while True:
        try:
            payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", job(payload))
        except Exception as e:
            answer = ("error", f"{type(e).__name__}: {e}")
        conn.send(answer)


class _Child:
    """One worker process and the pipe to it."""

    def __init__(self, job: Job) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child_end = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_child_main, args=(child_end, job), daemon=True
        )
        self.process.start()
        child_end.close()
        if not self.conn.poll(START_TIMEOUT_S):
            self.kill()
            raise JobFailed("the analysis worker did not start")
        try:
            self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise JobFailed("the analysis worker died while starting") from None

    def call(self, payload: dict[str, Any], budget_s: float) -> dict[str, Any]:
        self.conn.send(payload)
        if not self.conn.poll(budget_s):
            raise Timeout(f"analysis took longer than {budget_s:g} s")
        status, value = self.conn.recv()
        if status != "ok":
            raise JobFailed(str(value))
        result: dict[str, Any] = value
        return result

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class AnalysisPool:
    """Bounded, queued, time-limited analysis (see the module docstring).

    Args:
        limits: Workers, queue length, time budget, processes or threads.
        job: The analysis (a module-level function when ``processes``, so
            that the child process can import it).
    """

    def __init__(self, limits: AnalyzeLimits, job: Job = analyze_payload) -> None:
        self.limits = limits
        self.job = job
        self._executor = ThreadPoolExecutor(
            max_workers=limits.workers, thread_name_prefix="whosaid-analyze"
        )
        self._local = threading.local()
        self._children: list[_Child] = []
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False

    @property
    def pending(self) -> int:
        """Requests running or waiting."""
        return self._pending

    def warm(self) -> None:
        """Start the worker processes now, in the background (no wait)."""
        if self.limits.processes:
            for _ in range(self.limits.workers):
                self._executor.submit(self._child)

    async def run(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Analyze ``payload`` within the limits.

        Raises:
            Busy: the queue is full (at once), or no worker was free within
                the time budget.
            Timeout: the analysis ran past the time budget.
            JobFailed: the analysis raised or its process died.
        """
        limits = self.limits
        with self._lock:
            if self._pending >= limits.workers + limits.queue:
                raise Busy(
                    f"{self._pending} analyses running or waiting (at most "
                    f"{limits.workers} at a time, {limits.queue} queued); "
                    "try again later",
                    queued=False,
                )
            self._pending += 1
        deadline = time.monotonic() + limits.timeout_s
        try:
            future = self._executor.submit(self._work, payload, deadline)
        except RuntimeError:  # shut down
            self._release(None)
            raise Busy("the server is shutting down", queued=False) from None
        future.add_done_callback(self._release)
        wrapped = asyncio.wrap_future(future)
        if limits.processes:
            # The worker thread enforces the budget and kills the process.
            return await wrapped
        try:
            return await asyncio.wait_for(
                asyncio.shield(wrapped), timeout=limits.timeout_s
            )
        except TimeoutError:
            if future.cancel():  # never started: nothing to stop
                raise Busy(_waited(limits), queued=True) from None
            raise Timeout(f"analysis took longer than {limits.timeout_s:g} s") from None

    def _release(self, _future: Future[Any] | None) -> None:
        with self._lock:
            self._pending -= 1

    def _work(self, payload: dict[str, Any], deadline: float) -> dict[str, Any]:
        if time.monotonic() >= deadline:
            raise Busy(_waited(self.limits), queued=True)
        if not self.limits.processes:
            return self.job(payload)
        child = self._child()
        budget = self.limits.timeout_s  # the queue wait is not counted
        try:
            return child.call(payload, budget)
        except Timeout:
            logger.warning("analysis over %g s: stopping its worker", budget)
            self._drop(child)
            self._restart()
            raise
        except (EOFError, OSError, BrokenPipeError) as e:
            self._drop(child)
            raise JobFailed(f"the analysis worker died: {e}") from None

    def _restart(self) -> None:
        """Start a replacement worker process in the background."""
        with contextlib.suppress(RuntimeError):  # shut down meanwhile
            self._executor.submit(self._child)

    def _child(self) -> _Child:
        child: _Child | None = getattr(self._local, "child", None)
        if child is None or not child.process.is_alive():
            if child is not None:
                self._drop(child)
            child = _Child(self.job)
            with self._lock:
                if self._closed:
                    child.kill()
                    raise Busy("the server is shutting down", queued=False)
                self._children.append(child)
            self._local.child = child
        return child

    def _drop(self, child: _Child) -> None:
        child.kill()
        self._local.child = None
        with self._lock:
            if child in self._children:
                self._children.remove(child)

    def close(self) -> None:
        """Stop the worker processes and threads (running analyses end)."""
        with self._lock:
            self._closed = True
            children, self._children = self._children, []
        for child in children:
            child.kill()
        self._executor.shutdown(wait=False, cancel_futures=True)


def _waited(limits: AnalyzeLimits) -> str:
    return f"no analysis worker was free within {limits.timeout_s:g} s; try again later"
