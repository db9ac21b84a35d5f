"""What runs on a worker: one batch of inputs in, one result per input out.

The functions here are module-level so Dask pickles them by reference; a
worker imports this module once and keeps the process-wide pipeline
(``whosaid.pipeline.get_pipeline``), created on its first task, so the
spaCy model and the attribution and speaker knowledge files load once per
worker, never per article or per batch.

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

from whosaid.ingest import InputFailure
from whosaid.records import Article, ErrorInfo, RawArticle

__all__ = [
    "ArticleSummary",
    "BatchItem",
    "analyze_batch",
    "peak_rss_mb",
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


def analyze_batch(
    items: Sequence[BatchItem],
    *,
    model_dir: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
) -> list[Article]:
    """Analyze one batch; one :class:`Article` per item, in order.

    Runs :func:`whosaid.pipeline.process_many`, whose models are loaded once
    per process (``get_pipeline``) and kept for every later batch.  Bad
    inputs and articles that fail come back with ``error`` set, exactly as in
    a single process.
    """
    from whosaid.pipeline import process_many

    return list(
        process_many(
            items,
            batch_size=batch_size,
            model_dir=model_dir,
            actor_files=actor_files,
            verb_files=verb_files,
        )
    )


def write_batch(
    items: Sequence[BatchItem],
    *,
    out_dir: str,
    model_dir: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    verb_files: Sequence[str] = (),
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


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (``ru_maxrss``)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)
