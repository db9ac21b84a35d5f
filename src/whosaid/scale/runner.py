"""Run the pipeline over a stream of inputs on Dask workers, in input order.

:func:`run_batches` is the engine: it cuts the input stream into batches of
``batch_size`` items, submits each batch as one Dask task (key derived from
the batch's article ids, ``retries`` on failure), keeps at most
``max_in_flight`` batches submitted and not yet consumed, and yields the
results **in input order**.  Memory is therefore bounded by
``batch_size * (max_in_flight + workers + 1)`` articles (the in-flight
batches and the look-ahead of :func:`_batches`), whatever the corpus size.

Where the work runs:

* ``scheduler="tcp://host:8786"``: an existing Dask cluster (``dask
  scheduler`` + ``dask worker`` on other hosts, dask-kubernetes...), see
  :func:`open_client`;
* otherwise ``workers`` > 1: a :class:`~whosaid.scale.pool.LocalPool` of that
  many worker processes on this machine, which load the models as they start
  (``local_backend="dask"``: a Dask ``LocalCluster`` instead, one thread per
  worker, managed by nannies);
* otherwise (one worker), or when the whole input is smaller than two
  batches: in this process, calling the very same batch function on the very
  same articles, so the records are identical either way.

On workers, the last few batches' worth of input is cut into smaller
batches (:data:`TAIL_DIVISOR`) so that the workers finish together instead
of one waiting for the other's last big batch; the records do not depend on
how the articles are batched.

Faults: a task whose worker dies is run again ``retries`` times (Dask also
retries a task that raises).  A batch that still fails is split and its
articles run one by one, so one poisonous article costs only itself
(recorded with error ``scale.batch_failed``), never the run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, TypeVar

from whosaid import ids
from whosaid.deadline import DEFAULT_TIME_BUDGET, check_budget
from whosaid.errors import ModelError, WhosaidError
from whosaid.ingest import InputFailure
from whosaid.records import Article, ErrorInfo, RawArticle
from whosaid.scale.worker import (
    ArticleSummary,
    BatchItem,
    RenderedArticle,
    analyze_batch,
    preload,
    render_article,
    render_batch,
    write_batch,
)
from whosaid.scheme import DEFAULT_SCHEME, Scheme, check_scheme

__all__ = [
    "DEFAULT_RETRIES",
    "ScaleSettings",
    "analyze",
    "analyze_rendered",
    "analyze_to_parquet",
    "batch_key",
    "default_workers",
    "local_cluster_options",
    "open_client",
    "run_batches",
]

logger = logging.getLogger(__name__)

R = TypeVar("R")

DEFAULT_RETRIES = 3
CONNECT_TIMEOUT_S = 10.0
SMALL_INPUT_BATCHES = 2
"""Inputs of fewer than this many batches run in process (no cluster start)."""
TAIL_DIVISOR = 4
"""On workers, the input's tail is cut into batches this many times smaller."""
LOCAL_BACKENDS = ("processes", "dask")


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True, kw_only=True)
class ScaleSettings:
    """How to spread a run over workers.

    Attributes:
        workers: Worker processes for a local cluster (ignored with
            ``scheduler``, whose cluster has its own workers).
        scheduler: Address of an existing Dask scheduler, or ``None``.
        batch_size: Articles per task (and per spaCy batch).
        max_in_flight: Batches submitted and not yet consumed; default twice
            the number of workers.
        retries: Times a failed task is retried.
        model_dir: A trained attribution model folder (default: shipped).
        actor_files: Users' actor files (``--actors``); every worker reads
            them, so on a remote cluster they must exist at the same path on
            every node.
        verb_files: Users' event verb files (``--verbs``), read like
            ``actor_files``.
        small_input_in_process: Run in this process when no scheduler is
            given and the input is under two batches.
        time_budget: Seconds one article may take (``None``: no limit);
            past it the article fails with ``nlp.timeout``.
        local_backend: For ``workers`` > 1 without a scheduler:
            ``processes`` (a :class:`~whosaid.scale.pool.LocalPool`, the
            default) or ``dask`` (a Dask ``LocalCluster``).
        scheme: The attribution scheme, ``news`` or ``polnear``
            (:mod:`whosaid.attribution.scheme`).
    """

    workers: int = 1
    scheduler: str | None = None
    batch_size: int = 16
    max_in_flight: int | None = None
    retries: int = DEFAULT_RETRIES
    model_dir: str | None = None
    actor_files: tuple[str, ...] = ()
    verb_files: tuple[str, ...] = ()
    small_input_in_process: bool = True
    time_budget: float | None = DEFAULT_TIME_BUDGET
    local_backend: str = "processes"
    scheme: Scheme = DEFAULT_SCHEME

    def __post_init__(self) -> None:
        check_budget(self.time_budget)
        check_scheme(self.scheme)
        if self.local_backend not in LOCAL_BACKENDS:
            raise ValueError(
                f"local backend must be one of {LOCAL_BACKENDS}, "
                f"got {self.local_backend!r}"
            )
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {self.batch_size}")


def batch_key(items: Sequence[BatchItem]) -> str:
    """A stable name for a batch: the SHA-1 (16 hex digits) of its article ids."""
    return ids.batch_key(item.id for item, _ in items)


LOG_LENGTH = 20
"""Dask's debugging logs keep this many recent messages (default 1,000): a
local scheduler's log of messages sent to each worker holds the batches
themselves, which would keep up to 1,000 batches per worker in memory."""


@contextlib.contextmanager
def quiet_logs() -> Iterator[None]:
    """Short Dask low-level logs (see :data:`LOG_LENGTH`) while in the block."""
    import dask
    import distributed  # noqa: F401 -- its config defaults must exist first

    with dask.config.set({"distributed.admin.low-level-log-length": LOG_LENGTH}):
        yield


@contextlib.contextmanager
def open_client(settings: ScaleSettings) -> Iterator[Any]:
    """A Dask client for the settings, or ``None`` to run in this process.

    Raises:
        WhosaidError: ``scale.scheduler_unreachable`` when the scheduler
            cannot be reached.
    """
    if settings.scheduler is None and settings.workers == 1:
        yield None
        return
    with quiet_logs(), _client(settings) as client:
        yield client


@contextlib.contextmanager
def _client(settings: ScaleSettings) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if settings.scheduler is not None:
        try:
            client = Client(  # type: ignore[no-untyped-call]
                settings.scheduler, timeout=CONNECT_TIMEOUT_S
            )
        except (OSError, TimeoutError, ValueError) as e:
            raise WhosaidError(
                f"cannot reach the Dask scheduler at {settings.scheduler!r}: {e}",
                code="scale.scheduler_unreachable",
            ) from e
        with client:
            yield client
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            **local_cluster_options(settings.workers)
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def local_cluster_options(workers: int) -> dict[str, Any]:
    """The ``LocalCluster`` arguments for ``workers`` local worker processes.

    Scheduler, workers and the dashboard listen on 127.0.0.1 only (the
    dashboard shows logs and paths, unauthenticated), the dashboard on any
    free port so it never clashes with another cluster's 8787.
    """
    return {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
        "host": "127.0.0.1",
        "dashboard_address": "127.0.0.1:0",
    }


def _cluster_workers(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def _batches(
    items: Iterable[Any], size: int, *, tail: int = 0
) -> Iterator[list[BatchItem]]:
    """Cut the input into batches of ``size`` items, reading lazily.

    With ``tail`` > 0, reads up to ``tail`` batches ahead, and once the input
    has ended cuts what is left (at most ``tail + 1`` batches' worth) into
    batches of ``size // TAIL_DIVISOR`` (at least 1), so that workers
    running the last batches finish at about the same time.
    """
    iterator = iter(items)
    if tail <= 0:
        while batch := [_as_pair(x) for x in islice(iterator, size)]:
            yield batch
        return
    ahead: deque[BatchItem] = deque()
    horizon = size * (tail + 1)
    while True:
        ahead.extend(_as_pair(x) for x in islice(iterator, horizon - len(ahead)))
        if len(ahead) < horizon:
            break  # the input has ended
        yield [ahead.popleft() for _ in range(size)]
    small = max(1, size // TAIL_DIVISOR)
    while ahead:
        yield [ahead.popleft() for _ in range(min(small, len(ahead)))]


def _as_pair(item: Any) -> BatchItem:
    if isinstance(item, tuple):
        return item[0], tuple(item[1])
    if isinstance(item, RawArticle | InputFailure):
        return item, ()
    raise TypeError(f"expected an input item, got {type(item).__name__}")


def run_batches(
    batches: Iterable[list[BatchItem]],
    task: Callable[[list[BatchItem]], list[R]],
    *,
    client: Any,
    max_in_flight: int,
    retries: int,
    salvage: Callable[[BatchItem, BaseException], R],
) -> Iterator[R]:
    """Run ``task`` on every batch and yield its results in input order.

    Args:
        batches: The input, already cut into batches.
        task: A picklable function of one batch, returning one result per item.
        client: A ``distributed.Client``, or ``None`` to run in this process.
        max_in_flight: Batches submitted and not yet consumed, at most.
        retries: Retries of a failed task (Dask ``retries=``).
        salvage: The result for an item whose task failed even alone.

    Yields:
        One result per input item, in input order.
    """
    if client is None:
        for batch in batches:
            yield from task(batch)
        return
    run = uuid.uuid4().hex[:8]
    window: deque[tuple[Any, list[BatchItem]]] = deque()
    for number, batch in enumerate(batches):
        key = f"whosaid-batch-{batch_key(batch)}-{run}-{number}"
        window.append((client.submit(task, batch, key=key, retries=retries), batch))
        if len(window) >= max_in_flight:
            yield from _collect(client, *window.popleft(), task, salvage)
    while window:
        yield from _collect(client, *window.popleft(), task, salvage)


def _collect(
    client: Any,
    future: Any,
    batch: list[BatchItem],
    task: Callable[[list[BatchItem]], list[R]],
    salvage: Callable[[BatchItem, BaseException], R],
) -> list[R]:
    """The results of one submitted batch; on failure, item by item."""
    try:
        results: list[R] = future.result()
        return results
    except WhosaidError as e:
        if isinstance(e, ModelError) or e.code.startswith("model."):
            raise  # a worker without the models: the run cannot go on
        error: BaseException = e
    except Exception as e:  # e.g. KilledWorker: the batch took workers down
        error = e
    finally:
        future.release()
    logger.warning("batch failed (%s); running its articles one by one", error)
    out: list[R] = []
    for item in batch:
        single = client.submit(task, [item], retries=0, pure=False)
        try:
            out.extend(single.result())
        except Exception as e:
            logger.warning("%s: failed alone: %s", item[0].id, e)
            out.append(salvage(item, e))
        finally:
            single.release()
    return out


def _salvage_article(model: str) -> Callable[[BatchItem, BaseException], Article]:
    def salvage(item: BatchItem, error: BaseException) -> Article:
        raw = item[0]
        return _failed_article(raw, model, error)

    return salvage


def _failed_article(
    raw: RawArticle | InputFailure, model: str, error: BaseException
) -> Article:
    return Article.failed(raw, _batch_failed(error), model=model)


def _batch_failed(error: BaseException) -> ErrorInfo:
    return ErrorInfo(
        code="scale.batch_failed", message=f"{type(error).__name__}: {error}"
    )


def _salvage_summary(item: BatchItem, error: BaseException) -> ArticleSummary:
    raw = item[0]
    return ArticleSummary(
        id=raw.id,
        path=raw.path,
        error=_batch_failed(error),
        attributions=0,
    )


def _run(
    items: Iterable[Any],
    settings: ScaleSettings,
    task: Callable[[list[BatchItem]], list[R]],
    salvage: Callable[[BatchItem, BaseException], R],
) -> Iterator[R]:
    iterator = iter(items)
    head = list(islice(iterator, SMALL_INPUT_BATCHES * settings.batch_size))
    small = len(head) < SMALL_INPUT_BATCHES * settings.batch_size
    stream = _chain(head, iterator)
    in_process = settings.scheduler is None and (
        settings.workers == 1 or (small and settings.small_input_in_process)
    )
    if in_process:
        yield from run_batches(
            _batches(stream, settings.batch_size),
            task,
            client=None,
            max_in_flight=1,
            retries=0,
            salvage=salvage,
        )
        return
    if settings.scheduler is None and settings.local_backend == "processes":
        yield from _run_pool(stream, settings, task, salvage)
        return
    with open_client(settings) as client:
        workers = _cluster_workers(client)
        yield from run_batches(
            _batches(stream, settings.batch_size, tail=workers),
            task,
            client=client,
            max_in_flight=settings.max_in_flight or 2 * workers,
            retries=settings.retries,
            salvage=salvage,
        )


def pipeline_options(settings: ScaleSettings) -> dict[str, Any]:
    """The pipeline's options every worker task takes (models, user files,
    batch size, time budget, scheme), from the run's settings: one place that maps
    :class:`ScaleSettings` onto :mod:`whosaid.scale.worker`'s keywords."""
    return {
        "model_dir": settings.model_dir,
        "batch_size": settings.batch_size,
        "actor_files": settings.actor_files,
        "verb_files": settings.verb_files,
        "time_budget": settings.time_budget,
        "scheme": settings.scheme,
    }


def _run_pool(
    stream: Iterable[Any],
    settings: ScaleSettings,
    task: Callable[[list[BatchItem]], list[R]],
    salvage: Callable[[BatchItem, BaseException], R],
) -> Iterator[R]:
    """Run on a :class:`~whosaid.scale.pool.LocalPool` of ``settings.workers``."""
    from whosaid.scale.pool import LocalPool

    workers = settings.workers
    load = partial(
        preload,
        **pipeline_options(settings),
    )
    with LocalPool(workers, preload=load) as pool:
        yield from run_batches(
            _batches(stream, settings.batch_size, tail=workers),
            task,
            client=pool,
            max_in_flight=settings.max_in_flight or 2 * workers,
            retries=settings.retries,
            salvage=salvage,
        )


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


def analyze(items: Iterable[Any], settings: ScaleSettings) -> Iterator[Article]:
    """Analyze a stream of inputs on workers; one :class:`Article` per item,
    in input order.

    Args:
        items: What :func:`whosaid.ingest.iter_inputs` yields
            (``(RawArticle, warnings)`` pairs, :class:`InputFailure`), or bare
            :class:`RawArticle` records.
        settings: Workers, scheduler, batch size...

    Yields:
        The analyses, in input order; a bad input is an article with
        ``error`` set.
    """
    task = partial(
        analyze_batch,
        **pipeline_options(settings),
    )
    yield from _run(items, settings, task, _salvage_article("unavailable"))


def analyze_rendered(
    items: Iterable[Any],
    settings: ScaleSettings,
    *,
    fmt: str,
    width: int,
    wide: bool = False,
    min_confidence: float | None = None,
) -> Iterator[RenderedArticle]:
    """Like :func:`analyze`, but the workers render the records.

    Each article comes back as its output text (``fmt``: ``jsonl``,
    ``json`` or ``table``, see :func:`~whosaid.scale.worker.render_article`)
    and a summary, so this process only writes: no record is unpickled or
    rendered here.

    Yields:
        One :class:`~whosaid.scale.worker.RenderedArticle` per item, in input
        order.
    """
    task = partial(
        render_batch,
        fmt=fmt,
        width=width,
        wide=wide,
        min_confidence=min_confidence,
        **pipeline_options(settings),
    )
    salvage_article = _salvage_article("unavailable")

    def salvage(item: BatchItem, error: BaseException) -> RenderedArticle:
        from whosaid.scale.worker import summarize

        article = salvage_article(item, error)
        return RenderedArticle(
            summary=summarize(article),
            text=render_article(article, fmt, width, wide=wide),
        )

    yield from _run(items, settings, task, salvage)


def analyze_to_parquet(
    items: Iterable[Any], out_dir: str | os.PathLike[str], settings: ScaleSettings
) -> Iterator[ArticleSummary]:
    """Analyze a stream of inputs on workers, which write Parquet partitions.

    Every batch becomes one partition in each of ``out_dir/articles``,
    ``out_dir/attributions`` and ``out_dir/actors`` (see
    :mod:`whosaid.scale.parquet`); only a summary per article comes back.

    Yields:
        One :class:`ArticleSummary` per item, in input order.
    """
    from whosaid.scale.parquet import check_pyarrow, prepare_dir

    check_pyarrow()
    folder = prepare_dir(out_dir)
    task = partial(
        write_batch,
        out_dir=str(folder),
        **pipeline_options(settings),
    )
    yield from _run(items, settings, task, _salvage_summary)


class ScaledPipeline:
    """A stand-in for :class:`~whosaid.pipeline.Pipeline` that runs on workers.

    Its :meth:`process_many` has the pipeline's contract (one article per
    item, in order), so :func:`whosaid.store.ingest` can use either.
    """

    def __init__(self, settings: ScaleSettings) -> None:
        self.settings = settings

    def process_many(self, items: Iterable[Any]) -> Iterator[Article]:
        """Analyze ``items`` on workers, in order."""
        return analyze(items, self.settings)
