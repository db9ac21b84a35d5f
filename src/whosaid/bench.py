"""Throughput benchmark: the whole whosaid pipeline against bare spaCy.

Method (:func:`run_bench`), all in one process on the same texts:

1. **bare, run 1** -- load the shipped spaCy model as is
   (``load_spacy(bare=True)``), run ``nlp.pipe(texts, batch_size=...)`` once
   over all texts untimed (the warm-up), then time the same call, consuming
   every doc.
2. **whosaid** -- load whosaid's pipeline (its spaCy pipeline, the
   attribution model, the knowledge), run ``process_many`` once over all
   texts untimed, then time it (``RawArticle(text=...)`` each): cleaning,
   parsing, attribution extraction, speakers, actors and events, every
   article record built.
3. **bare, run 2** -- the bare model again, as in 1 (already warm).

Every timed run is a second pass over texts its side has seen once: each
side is timed in the same, steady state.  A shorter warm-up is not fair:
spaCy's lemmatizer (bare spaCy runs it, whosaid does not) fills a cache of
lemmas per word and tag on its first pass, about 1 s of 84 PolNeAR texts
that a second pass does not pay, and the process's first pass grows its
heap (page faults) for whichever side runs first.  With three warm-up texts
(up to session 8) bare run 1 paid both and was always about 1.3 s slower
than bare run 2.  whosaid's own caches (word look-ups, feature ids) fill
on its warm-up pass the same way.

Each phase also records the process's CPU time (``time.process_time``),
and the report gives the ratio on CPU time as well: on a machine shared
with other work, wall-clock time includes the waits for a CPU, which move
with the load from one phase to the next; CPU time counts only the work.

The bare throughput is computed from the mean of the two bare times, so that
a drift in machine speed during the run (CPU frequency, other load, caches)
affects both sides alike instead of favouring whichever ran first.  The
reported ratio is ``whosaid articles/s / bare articles/s`` (the same as the
words/s ratio: same texts); whosaid's target is >= 0.7.

Words are counted as ``\\w+`` runs (Unicode letters, digits and underscore),
the same count for both sides.  Model loading and warm-up are not timed.

Memory is ``ru_maxrss`` (the process's peak resident set size so far), read
after each phase.  It only grows: the figure after bare run 1 is the bare
model alone; the one after the whosaid phase includes both models, since
they live in the same process.
"""

from __future__ import annotations

import gc
import re
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whosaid._version import __version__

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "TARGET_RATIO",
    "BenchReport",
    "PhaseResult",
    "bench_files",
    "count_words",
    "peak_rss_mb",
    "read_texts",
    "run_bench",
    "time_once",
    "warm_then_time",
]

DEFAULT_BATCH_SIZE = 16
TARGET_RATIO = 0.9
"""whosaid should keep at least this share of bare spaCy's throughput (the
bar of issues 9 and 11; it was 0.7 before them)."""

_WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    """Words in ``text``: runs of ``\\w`` characters."""
    return sum(1 for _ in _WORD.finditer(text))


def peak_rss_mb() -> float:
    """The process's peak resident set size so far, in MiB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return rss / scale


@dataclass(frozen=True, slots=True, kw_only=True)
class PhaseResult:
    """One timed phase.

    Attributes:
        name: ``bare``, ``bare (run 2)``, ``whosaid``...
        seconds: Wall-clock time of the phase (``time.perf_counter``).
        cpu_seconds: The process's CPU time in the phase
            (``time.process_time``): what the phase cost, whatever else
            the machine ran meanwhile.
        articles_per_s: Articles per second.
        words_per_s: Words (``\\w+`` runs) per second.
        peak_rss_mb: ``ru_maxrss`` after the phase, MiB.
    """

    name: str
    seconds: float
    articles_per_s: float
    words_per_s: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchReport:
    """The benchmark result.

    Attributes:
        articles: Texts timed per phase.
        words: Their total word count (``\\w+`` runs).
        batch_size: ``nlp.pipe`` / ``process_many`` batch size.
        bare: The bare-spaCy figures, from the mean of the two bare runs
            (``peak_rss_mb`` is the one after run 1: the bare model alone).
        whosaid: The whole-pipeline figures.
        bare_runs: The two bare runs as timed.
        ratio: ``whosaid.articles_per_s / bare.articles_per_s``.
        failed: Articles whosaid returned with ``error`` set.
        attributions: Attributions whosaid found in all articles.
        stage_seconds: whosaid's time per pipeline stage in its timed phase.
        spacy_model: The spaCy model (``lang_name-version``).
        whosaid_version: The whosaid version.
        target_ratio: The ratio whosaid aims at.
    """

    articles: int
    words: int
    batch_size: int
    bare: PhaseResult
    whosaid: PhaseResult
    bare_runs: tuple[PhaseResult, PhaseResult]
    ratio: float
    failed: int
    attributions: int
    stage_seconds: dict[str, float] = field(default_factory=dict)
    spacy_model: str = ""
    whosaid_version: str = __version__
    target_ratio: float = TARGET_RATIO

    @property
    def cpu_ratio(self) -> float:
        """The ratio on CPU time: bare's mean CPU seconds over whosaid's.

        On a machine that other work shares, wall-clock time waits for the
        CPU as well; CPU time counts only this process's work (0.0 when a
        phase has no CPU time)."""
        if self.whosaid.cpu_seconds <= 0:
            return 0.0
        return self.bare.cpu_seconds / self.whosaid.cpu_seconds

    @property
    def meets_target(self) -> bool:
        """Whether ``ratio >= target_ratio``."""
        return self.ratio >= self.target_ratio

    def to_dict(self) -> dict[str, Any]:
        """All figures as a JSON-ready dict (``meets_target`` included)."""
        out = asdict(self)
        out["bare_runs"] = [asdict(p) for p in self.bare_runs]
        out["meets_target"] = self.meets_target
        out["cpu_ratio"] = self.cpu_ratio
        return out

    def format_table(self) -> str:
        """A readable table of the phases, the ratio and the method."""
        head = (
            f"{'phase':<16}{'seconds':>10}{'articles/s':>12}"
            f"{'words/s':>12}{'peak RSS MB':>13}{'CPU s':>9}"
        )
        lines = [
            f"whosaid {self.whosaid_version} bench: {self.articles} articles, "
            f"{self.words:,} words (\\w+ runs), batch size {self.batch_size}",
            f"spaCy model: {self.spacy_model or 'unknown'}",
            "",
            head,
            "-" * len(head),
        ]
        run1, run2 = self.bare_runs
        for label, phase in (
            ("bare run 1", run1),
            ("whosaid", self.whosaid),
            ("bare run 2", run2),
            ("bare (mean)", self.bare),
        ):
            lines.append(
                f"{label:<16}{phase.seconds:>10.2f}{phase.articles_per_s:>12.2f}"
                f"{phase.words_per_s:>12,.0f}{phase.peak_rss_mb:>13.0f}"
                f"{phase.cpu_seconds:>9.2f}"
            )
        verdict = "meets target" if self.meets_target else "BELOW TARGET"
        lines += [
            "",
            f"throughput ratio whosaid/bare: {self.ratio:.2f} "
            f"(target >= {self.target_ratio:.2f}: {verdict}); "
            f"on CPU time: {self.cpu_ratio:.2f}",
            f"whosaid: {self.attributions} attributions, {self.failed} failed articles",
        ]
        if self.stage_seconds:
            stages = ", ".join(
                f"{name} {secs:.2f}s" for name, secs in self.stage_seconds.items()
            )
            lines.append(f"whosaid stages: {stages}")
        lines.append(
            "bare = mean time of runs 1 and 2 (order: bare, whosaid, bare); "
            "model loading and a warm-up pass over the texts untimed, each side; "
            "RSS = ru_maxrss after each phase."
        )
        return "\n".join(lines)


def bench_files(data_dir: str | Path, *, limit: int | None = None) -> list[Path]:
    """The ``.txt`` files to benchmark on, sorted by path.

    ``data_dir`` is the PolNeAR data root (then its ``dev/text`` is used), a
    PolNeAR split folder (its ``text/``), or any folder of ``.txt`` files,
    searched recursively (hidden entries skipped).

    Args:
        data_dir: The folder.
        limit: Keep only the first ``limit`` files.

    Returns:
        The files (possibly none).
    """
    root = Path(data_dir)
    for sub in (root / "dev" / "text", root / "text"):
        if sub.is_dir():
            root = sub
            break
    files = sorted(
        p
        for p in root.rglob("*.txt")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    return files[:limit] if limit is not None else files


def read_texts(files: Sequence[Path]) -> list[str]:
    """Read files as UTF-8 (undecodable bytes replaced)."""
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def _phase(name: str, timed: Timed, articles: int, words: int) -> PhaseResult:
    seconds, cpu_seconds = timed
    secs = max(seconds, 1e-9)
    return PhaseResult(
        name=name,
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        articles_per_s=articles / secs,
        words_per_s=words / secs,
        peak_rss_mb=peak_rss_mb(),
    )


Timed = tuple[float, float]
"""A timed call: its wall-clock seconds and the process's CPU seconds."""


def time_once(
    run: Callable[[], object],
    clock: Callable[[], float] = time.perf_counter,
    cpu_clock: Callable[[], float] = time.process_time,
) -> Timed:
    """Time one call of ``run`` (after a garbage collection).

    Args:
        run: one pass over the bench texts.
        clock: the wall clock.
        cpu_clock: the process's CPU clock.

    Returns:
        The call's wall-clock seconds and CPU seconds.
    """
    gc.collect()
    start, cpu_start = clock(), cpu_clock()
    run()
    return clock() - start, cpu_clock() - cpu_start


def warm_then_time(
    run: Callable[[], object],
    clock: Callable[[], float] = time.perf_counter,
    cpu_clock: Callable[[], float] = time.process_time,
) -> Timed:
    """Call ``run`` once untimed (the warm-up), then time a second call
    (:func:`time_once`)."""
    run()
    return time_once(run, clock, cpu_clock)


def _bare_pass(nlp: Any, texts: Sequence[str], batch_size: int) -> None:
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass


def run_bench(
    texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE
) -> BenchReport:
    """Time bare spaCy and the whole whosaid pipeline on the same texts.

    See the module docstring for the method (order bare, whosaid, bare; the
    bare figure is the mean of the two bare runs).

    Args:
        texts: The articles, as plain text.
        batch_size: ``nlp.pipe`` and ``process_many`` batch size.

    Returns:
        The report.

    Raises:
        ValueError: ``texts`` is empty or ``batch_size`` is below 1.
        ModelError: the spaCy model is not installed.
    """
    if not texts:
        raise ValueError("no texts to benchmark")
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    from whosaid.nlp import load_spacy, model_id
    from whosaid.pipeline import Timings, default_pipeline
    from whosaid.records import RawArticle

    n = len(texts)
    words = sum(count_words(t) for t in texts)

    # 1. bare spaCy, run 1 (loading and a warm-up pass untimed).
    bare_nlp = load_spacy(bare=True)
    run1 = _phase(
        "bare run 1",
        warm_then_time(lambda: _bare_pass(bare_nlp, texts, batch_size)),
        n,
        words,
    )

    # 2. whosaid, the whole pipeline (loading and a warm-up pass untimed).
    pipeline = default_pipeline(batch_size=batch_size)
    warmup = [RawArticle(id=f"warmup-{i}", text=t) for i, t in enumerate(texts)]
    raws = [RawArticle(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]
    passes: list[tuple[Timings, int, int]] = []

    def whosaid_pass() -> None:
        stage_seconds: Timings = {}
        failed = attributions = 0
        items = warmup if not passes else raws
        for article in pipeline.process_many(items, timings=stage_seconds):
            if article.error is not None:
                failed += 1
            attributions += len(article.attributions)
        passes.append((stage_seconds, failed, attributions))

    ours = _phase("whosaid", warm_then_time(whosaid_pass), n, words)
    stage_seconds, failed, attributions = passes[-1]

    # 3. bare spaCy, run 2.
    run2 = _phase(
        "bare run 2",
        time_once(lambda: _bare_pass(bare_nlp, texts, batch_size)),
        n,
        words,
    )

    mean_seconds = (run1.seconds + run2.seconds) / 2
    bare = PhaseResult(
        name="bare",
        seconds=mean_seconds,
        articles_per_s=n / max(mean_seconds, 1e-9),
        words_per_s=words / max(mean_seconds, 1e-9),
        peak_rss_mb=run1.peak_rss_mb,
        cpu_seconds=(run1.cpu_seconds + run2.cpu_seconds) / 2,
    )
    return BenchReport(
        articles=n,
        words=words,
        batch_size=batch_size,
        bare=bare,
        whosaid=ours,
        bare_runs=(run1, run2),
        ratio=ours.articles_per_s / bare.articles_per_s,
        failed=failed,
        attributions=attributions,
        stage_seconds=stage_seconds,
        spacy_model=model_id(bare_nlp),
    )
