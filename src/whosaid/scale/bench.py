"""Scaling benchmark: throughput per worker count on the same texts.

Method (:func:`run_scale_bench`), for each worker count N in turn:

1. start a :class:`~whosaid.scale.pool.LocalPool` of N worker processes,
   as ``whosaid extract --workers N`` does;
2. every worker warms up as it starts (loads the models, analyzes the first
   few texts once), untimed: the clock starts when the first batch starts;
3. time the whole input streamed through :func:`~whosaid.scale.runner.run_batches`
   (batches of ``batch_size``, the input's tail in smaller ones, at most
   2 x N in flight, results in input order), every article analyzed;
   workers count the words (``\\w+`` runs of each article's text) so the
   driver does no analysis work;
4. take every worker's peak RSS (``ru_maxrss``, reported with each batch)
   and the driver's, then close the pool.

The inputs are read again from the same paths for every N (same texts, same
order).  Efficiency of N workers is ``throughput(N) / (N x throughput(1))``
when 1 is among the counts (else relative to the smallest count).  The
projection divides 300,000 articles a day by the measured articles/s per
core at the largest worker count (throughput / N), rounded up.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from whosaid.scale.runner import SMALL_INPUT_BATCHES, run_batches
from whosaid.scale.worker import (
    BatchItem,
    analyze_batch,
    peak_rss_mb,
    warm_up,
)

if TYPE_CHECKING:
    from whosaid.scale.pool import LocalPool

__all__ = [
    "ARTICLES_PER_DAY",
    "ScaleBenchReport",
    "WorkerRun",
    "bench_batch",
    "run_scale_bench",
]

ARTICLES_PER_DAY = 300_000
WARMUP_TEXTS = 3
SECONDS_PER_DAY = 86_400


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchCount:
    """What a worker returns per article in the bench: ok, attributions, words."""

    ok: bool
    attributions: int
    words: int


def bench_batch(
    items: Sequence[BatchItem], *, model_dir: str | None, batch_size: int
) -> list[BenchCount]:
    """Analyze one batch like :func:`analyze_batch`; return only the counts."""
    from whosaid.bench import count_words

    return [
        BenchCount(
            ok=a.error is None,
            attributions=len(a.attributions),
            words=count_words(a.text),
        )
        for a in analyze_batch(items, model_dir=model_dir, batch_size=batch_size)
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkerRun:
    """One timed run.

    Attributes:
        workers: Worker processes.
        seconds: Wall-clock time of the timed run.
        articles: Articles analyzed.
        words: Their words (``\\w+`` runs of the analyzed text).
        failed: Articles that came back with ``error`` set.
        attributions: Attributions found.
        articles_per_s: Articles per second.
        words_per_s: Words per second.
        efficiency: ``throughput / (N x throughput of the baseline)``.
        worker_peak_rss_mb: Each worker's peak RSS (MiB), sorted.
        driver_peak_rss_mb: This process's peak RSS so far (MiB).
    """

    workers: int
    seconds: float
    articles: int
    words: int
    failed: int
    attributions: int
    articles_per_s: float
    words_per_s: float
    efficiency: float
    worker_peak_rss_mb: tuple[float, ...]
    driver_peak_rss_mb: float


@dataclass(frozen=True, slots=True, kw_only=True)
class ScaleBenchReport:
    """The scaling benchmark's result.

    Attributes:
        runs: One per worker count, in the order run.
        batch_size: Articles per task.
        articles_per_s_per_core: At the largest worker count.
        cores_for_target: Cores needed for ``target_per_day`` articles a day.
        target_per_day: The projection's daily volume.
    """

    runs: tuple[WorkerRun, ...]
    batch_size: int
    articles_per_s_per_core: float
    cores_for_target: int
    target_per_day: int = ARTICLES_PER_DAY

    def to_dict(self) -> dict[str, Any]:
        """All figures as a JSON-ready dict."""
        return asdict(self)

    def format_table(self) -> str:
        """A readable table, the efficiency and the projection."""
        head = (
            f"{'workers':>7}{'articles':>10}{'seconds':>10}{'articles/s':>12}"
            f"{'words/s':>10}{'efficiency':>12}  peak RSS MB per worker (driver)"
        )
        lines = [
            f"whosaid scaling bench: batch size {self.batch_size}, same texts "
            "for every worker count, warm-up untimed",
            "",
            head,
            "-" * len(head),
        ]
        for r in self.runs:
            rss = ", ".join(f"{m:.0f}" for m in r.worker_peak_rss_mb)
            lines.append(
                f"{r.workers:>7}{r.articles:>10,}{r.seconds:>10.2f}"
                f"{r.articles_per_s:>12.2f}{r.words_per_s:>10,.0f}"
                f"{r.efficiency:>12.2f}  {rss} ({r.driver_peak_rss_mb:.0f})"
            )
        base = self.runs[0]
        for r in self.runs[1:]:
            lines.append(
                f"speed-up {r.workers} vs {base.workers} workers: "
                f"{r.articles_per_s / max(base.articles_per_s, 1e-9):.2f}x"
            )
        needed = self.target_per_day / SECONDS_PER_DAY
        failed = sum(r.failed for r in self.runs)
        lines += [
            f"failed articles (all runs): {failed}",
            f"projection: {self.articles_per_s_per_core:.2f} articles/s per core "
            f"-> {self.target_per_day:,} articles/day ({needed:.2f}/s) needs "
            f"{self.cores_for_target} "
            f"{'core' if self.cores_for_target == 1 else 'cores'} "
            "(one worker process each) at this article length",
            "efficiency = throughput(N) / (N x throughput(baseline)); "
            "RSS = ru_maxrss of each worker process at the end.",
        ]
        return "\n".join(lines)


def _run_one(
    make_items: Callable[[], Iterable[BatchItem]],
    workers: int,
    batch_size: int,
    model_dir: str | None,
    warmup: Sequence[str],
    progress: Callable[[str], None] | None = None,
    progress_every: int = 1000,
) -> tuple[float, list[BenchCount], tuple[float, ...]]:
    from whosaid.scale.pool import LocalPool
    from whosaid.scale.runner import _batches

    warm = partial(warm_up, model_dir, batch_size, list(warmup))
    with LocalPool(workers, preload=warm) as pool:
        task = partial(bench_batch, model_dir=model_dir, batch_size=batch_size)
        gc.collect()
        counts: list[BenchCount] = []
        for count in run_batches(
            _batches(make_items(), batch_size, tail=workers),
            task,
            client=pool,
            max_in_flight=SMALL_INPUT_BATCHES * workers,
            retries=0,
            salvage=lambda item, error: BenchCount(ok=False, attributions=0, words=0),
        ):
            counts.append(count)
            if progress is not None and len(counts) % progress_every == 0:
                rss = pool.timeline.worker_peak_rss_mb()
                progress(
                    f"{workers} workers: {len(counts):,} articles in "
                    f"{time.time() - _first_start(pool):.0f} s; peak RSS MB per "
                    f"worker: {', '.join(f'{v:.0f}' for v in sorted(rss.values()))}"
                    f"; driver {peak_rss_mb():.0f}"
                )
        seconds = time.time() - _first_start(pool)
        rss = pool.timeline.worker_peak_rss_mb()
    return seconds, counts, tuple(sorted(float(v) for v in rss.values()))


def _first_start(pool: LocalPool) -> float:
    """When the pool's first batch started (its worker warm), or now."""
    starts = [b.start for b in pool.timeline.batches]
    return min(starts) if starts else time.time()


def run_scale_bench(
    make_items: Callable[[], Iterable[BatchItem]],
    worker_counts: Sequence[int],
    *,
    batch_size: int = 16,
    model_dir: str | None = None,
    warmup: Sequence[str] = (),
    target_per_day: int = ARTICLES_PER_DAY,
    progress: Callable[[str], None] | None = None,
) -> ScaleBenchReport:
    """Time the same inputs on each worker count (see the module docstring).

    Args:
        make_items: Returns a fresh iterator over the inputs (called once per
            worker count, so the inputs are streamed, never all in memory).
        worker_counts: E.g. ``(1, 2)``.
        batch_size: Articles per task.
        model_dir: A trained attribution model folder (default: shipped).
        warmup: Texts each worker analyzes once, untimed, before timing.
        target_per_day: The projection's daily volume.
        progress: Called with a status line (count, time, RSS per worker)
            every 1,000 articles.

    Raises:
        ValueError: no worker count, a count below 1, or no input.
    """
    if not worker_counts or min(worker_counts) < 1:
        raise ValueError(f"worker counts must be >= 1, got {list(worker_counts)}")
    measured: list[tuple[int, float, list[BenchCount], tuple[float, ...], float]] = []
    for n in worker_counts:
        seconds, counts, rss = _run_one(
            make_items, n, batch_size, model_dir, warmup, progress
        )
        if not counts:
            raise ValueError("no input to benchmark")
        measured.append((n, seconds, counts, rss, peak_rss_mb()))
    base_n, base_s, base_counts, _, _ = min(measured, key=lambda m: m[0])
    base_rate = len(base_counts) / max(base_s, 1e-9) / base_n
    runs = []
    for n, seconds, counts, rss, driver_rss in measured:
        secs = max(seconds, 1e-9)
        rate = len(counts) / secs
        words = sum(c.words for c in counts)
        runs.append(
            WorkerRun(
                workers=n,
                seconds=seconds,
                articles=len(counts),
                words=words,
                failed=sum(1 for c in counts if not c.ok),
                attributions=sum(c.attributions for c in counts),
                articles_per_s=rate,
                words_per_s=words / secs,
                efficiency=rate / (n * base_rate),
                worker_peak_rss_mb=rss,
                driver_peak_rss_mb=driver_rss,
            )
        )
    top = max(runs, key=lambda r: r.workers)
    per_core = top.articles_per_s / top.workers
    needed = target_per_day / SECONDS_PER_DAY
    return ScaleBenchReport(
        runs=tuple(runs),
        batch_size=batch_size,
        articles_per_s_per_core=per_core,
        cores_for_target=max(1, math.ceil(needed / max(per_core, 1e-9))),
        target_per_day=target_per_day,
    )
