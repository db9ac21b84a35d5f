"""Throughput benchmark: the whole whosaid pipeline against bare spaCy.

Method (:func:`run_bench`), all in one process on the same texts:

1. **bare, run 1** -- load the shipped spaCy model as is
   (``load_spacy(bare=True)``), warm it up on the first few texts, then time
   ``nlp.pipe(texts, batch_size=...)`` over all texts, consuming every doc.
2. **whosaid** -- warm up ``whosaid.process_many`` (this loads whosaid's
   spaCy pipeline and the attribution model), then time it over all texts
   (``RawArticle(text=...)`` each): cleaning, parsing, attribution
   extraction and speaker resolution, every article record built.
3. **bare, run 2** -- the bare model again, as in 1.

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
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whosaid._version import __version__

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "TARGET_RATIO",
    "WARMUP_TEXTS",
    "BenchReport",
    "PhaseResult",
    "bench_files",
    "count_words",
    "peak_rss_mb",
    "read_texts",
    "run_bench",
]

DEFAULT_BATCH_SIZE = 16
TARGET_RATIO = 0.7
"""whosaid should keep at least this share of bare spaCy's throughput."""
WARMUP_TEXTS = 3
"""Texts each side runs once, untimed, before it is timed."""

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
        articles_per_s: Articles per second.
        words_per_s: Words (``\\w+`` runs) per second.
        peak_rss_mb: ``ru_maxrss`` after the phase, MiB.
    """

    name: str
    seconds: float
    articles_per_s: float
    words_per_s: float
    peak_rss_mb: float


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
    def meets_target(self) -> bool:
        """Whether ``ratio >= target_ratio``."""
        return self.ratio >= self.target_ratio

    def to_dict(self) -> dict[str, Any]:
        """All figures as a JSON-ready dict (``meets_target`` included)."""
        out = asdict(self)
        out["bare_runs"] = [asdict(p) for p in self.bare_runs]
        out["meets_target"] = self.meets_target
        return out

    def format_table(self) -> str:
        """A readable table of the phases, the ratio and the method."""
        head = (
            f"{'phase':<16}{'seconds':>10}{'articles/s':>12}"
            f"{'words/s':>12}{'peak RSS MB':>13}"
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
            )
        verdict = "meets target" if self.meets_target else "BELOW TARGET"
        lines += [
            "",
            f"throughput ratio whosaid/bare: {self.ratio:.2f} "
            f"(target >= {self.target_ratio:.2f}: {verdict})",
            f"whosaid: {self.attributions} attributions, {self.failed} failed articles",
        ]
        if self.stage_seconds:
            stages = ", ".join(
                f"{name} {secs:.2f}s" for name, secs in self.stage_seconds.items()
            )
            lines.append(f"whosaid stages: {stages}")
        lines.append(
            "bare = mean time of runs 1 and 2 (order: bare, whosaid, bare); "
            "model loading and warm-up untimed; RSS = ru_maxrss after each phase."
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


def _phase(name: str, seconds: float, articles: int, words: int) -> PhaseResult:
    secs = max(seconds, 1e-9)
    return PhaseResult(
        name=name,
        seconds=seconds,
        articles_per_s=articles / secs,
        words_per_s=words / secs,
        peak_rss_mb=peak_rss_mb(),
    )


def _time_bare(nlp: Any, texts: Sequence[str], batch_size: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


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
    from whosaid.pipeline import default_pipeline
    from whosaid.records import RawArticle

    n = len(texts)
    words = sum(count_words(t) for t in texts)
    warmup = list(texts[:WARMUP_TEXTS])

    # 1. bare spaCy, run 1 (loading and warm-up untimed).
    bare_nlp = load_spacy(bare=True)
    for _doc in bare_nlp.pipe(warmup, batch_size=batch_size):
        pass
    run1 = _phase("bare run 1", _time_bare(bare_nlp, texts, batch_size), n, words)

    # 2. whosaid, the whole pipeline (loading and warm-up untimed).
    pipeline = default_pipeline(batch_size=batch_size)
    for _article in pipeline.process_many(
        [RawArticle(id=f"warmup-{i}", text=t) for i, t in enumerate(warmup)]
    ):
        pass
    stage_seconds: dict[str, float] = {}
    raws = [RawArticle(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]
    failed = 0
    attributions = 0
    gc.collect()
    start = time.perf_counter()
    for article in pipeline.process_many(raws, timings=stage_seconds):
        if article.error is not None:
            failed += 1
        attributions += len(article.attributions)
    ours = _phase("whosaid", time.perf_counter() - start, n, words)

    # 3. bare spaCy, run 2.
    run2 = _phase("bare run 2", _time_bare(bare_nlp, texts, batch_size), n, words)

    mean_seconds = (run1.seconds + run2.seconds) / 2
    bare = PhaseResult(
        name="bare",
        seconds=mean_seconds,
        articles_per_s=n / max(mean_seconds, 1e-9),
        words_per_s=words / max(mean_seconds, 1e-9),
        peak_rss_mb=run1.peak_rss_mb,
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
