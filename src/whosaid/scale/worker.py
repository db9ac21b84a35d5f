"""What runs on a worker: one batch of inputs in, one result per input out.

The functions here are module-level so Dask pickles them by reference; a
worker imports this module once, and its first task loads the models and
knowledge (``whosaid.pipeline.default_pipeline``, whose loaders keep what
they read), so they load once per worker, never per article or per batch.

Workers send back as little as they can: :func:`render_batch` returns each
article already rendered (a JSON line, a JSON array item or a table) with a
small summary, :func:`write_batch` writes its Parquet partition and returns
summaries; the driver only writes.  Sending whole records back made the
driver unpickle and render every article, about 15% of a two-core machine.

The same functions run in the calling process when no cluster is used, so a
run on one worker and a run on many analyze the very same batches the very
same way.
"""

from __future__ import annotations

import os
import resource
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from whosaid.deadline import DEFAULT_TIME_BUDGET
from whosaid.ingest import InputFailure
from whosaid.records import Article, ErrorInfo, RawArticle
from whosaid.scheme import DEFAULT_SCHEME, Scheme

__all__ = [
    "ArticleSummary",
    "BatchItem",
    "RenderedArticle",
    "analyze_batch",
    "peak_rss_mb",
    "preload",
    "render_article",
    "render_batch",
    "summarize",
    "warm_up",
    "write_batch",
]

BatchItem = tuple[RawArticle | InputFailure, tuple[str, ...]]
"""One input as the pipeline takes it: the article (or the read failure) and
its ingest warnings."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleSummary:
    """What a worker sends back when it wrote the article itself (Parquet).

    Attributes:
        id: The article id.
        path: Where the input came from.
        error: Why it failed, or ``None``.
        attributions: How many attributions were found.
    """

    id: str
    path: str | None
    error: ErrorInfo | None
    attributions: int


def summarize(article: Article) -> ArticleSummary:
    """The :class:`ArticleSummary` of an article."""
    return ArticleSummary(
        id=article.id,
        path=article.path,
        error=article.error,
        attributions=len(article.attributions),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderedArticle:
    """An article as a worker rendered it for the output.

    Attributes:
        summary: Its id, path, error and attribution count.
        text: The rendered record (see :func:`render_article`).
    """

    summary: ArticleSummary
    text: str


OUTPUT_FORMATS = ("jsonl", "json", "table")


def render_article(
    article: Article, fmt: str, width: int, *, wide: bool = False
) -> str:
    """One article as the output writes it.

    ``jsonl``: the JSON record and a newline; ``json``: the record indented
    (the writer adds the array's brackets and commas); ``table``: the table
    view (``width`` columns, whole quotes when ``wide``) and a newline.
    """
    from whosaid.render import article_to_json, render_article_table

    if fmt == "jsonl":
        return article_to_json(article) + "\n"
    if fmt == "json":
        return article_to_json(article, indent=2)
    if fmt == "table":
        return render_article_table(article, width=width, wide=wide) + "\n"
    raise ValueError(f"unknown output format {fmt!r} (one of {OUTPUT_FORMATS})")


def analyze_batch(
    items: Sequence[BatchItem],
    *,
    model_dir: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
) -> list[Article]:
    """Analyze one batch; one :class:`Article` per item, in order.

    Runs :func:`whosaid.pipeline.process_many`, whose models are loaded once
    per process and kept for every later batch.  Bad inputs and articles
    that fail (or run past ``time_budget`` seconds) come back with ``error``
    set, exactly as in a single process.
    """
    from whosaid.pipeline import process_many

    return list(
        process_many(
            items,
            batch_size=batch_size,
            model_dir=model_dir,
            actor_files=actor_files,
            verb_files=verb_files,
            time_budget=time_budget,
            scheme=scheme,
        )
    )


def render_batch(
    items: Sequence[BatchItem],
    *,
    fmt: str,
    width: int,
    wide: bool = False,
    min_confidence: float | None = None,
    model_dir: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
) -> list[RenderedArticle]:
    """Analyze one batch and render every article (see :func:`render_article`),
    without the attributions below ``min_confidence``."""
    from whosaid.attribution.calibration import keep_confident

    articles = analyze_batch(
        items,
        model_dir=model_dir,
        batch_size=batch_size,
        actor_files=actor_files,
        verb_files=verb_files,
        time_budget=time_budget,
        scheme=scheme,
    )
    return [
        RenderedArticle(
            summary=summarize(a), text=render_article(a, fmt, width, wide=wide)
        )
        for a in (keep_confident(article, min_confidence) for article in articles)
    ]


def write_batch(
    items: Sequence[BatchItem],
    *,
    out_dir: str,
    model_dir: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
) -> list[ArticleSummary]:
    """Analyze one batch and write it as one Parquet partition under ``out_dir``.

    The partition is named by a hash of the batch's article ids and written
    atomically, so a retried batch replaces its partition, never adds one.
    """
    from whosaid.scale.parquet import write_partition

    articles = analyze_batch(
        items,
        model_dir=model_dir,
        batch_size=batch_size,
        actor_files=actor_files,
        verb_files=verb_files,
        time_budget=time_budget,
        scheme=scheme,
    )
    raws = [item if isinstance(item, RawArticle) else None for item, _ in items]
    write_partition(Path(out_dir), articles, raws)
    return [summarize(a) for a in articles]


def warm_up(model_dir: str | None, batch_size: int, texts: Sequence[str]) -> int:
    """Load this process's pipeline and run it once over ``texts`` (untimed).

    Returns:
        The process id (so callers can see which process warmed up).
    """
    items: list[BatchItem] = [
        (RawArticle(id=f"warmup-{i}", text=t), ()) for i, t in enumerate(texts)
    ]
    analyze_batch(items, model_dir=model_dir, batch_size=batch_size)
    return os.getpid()


PRELOAD_TEXT = '"We will see," the minister said on Monday.'
"""What :func:`preload` analyzes so that the models' lazy parts load too."""


def preload(
    *,
    model_dir: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheme: Scheme = DEFAULT_SCHEME,
) -> None:
    """Load this process's models and knowledge, as the batches will use them.

    Runs the pipeline once over :data:`PRELOAD_TEXT` (the result is thrown
    away): a worker calls it as it starts, so that loading overlaps with
    the other workers' loading and with the caller reading its input.
    """
    item: BatchItem = (RawArticle(id="preload", text=PRELOAD_TEXT), ())
    analyze_batch(
        [item],
        model_dir=model_dir,
        batch_size=batch_size,
        actor_files=actor_files,
        verb_files=verb_files,
        time_budget=time_budget,
        scheme=scheme,
    )


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (``ru_maxrss``)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)
