"""Ingest inputs into a corpus database: read, skip what is stored, analyze, save.

:func:`ingest` pairs :func:`whosaid.ingest.iter_inputs` with a pipeline and a
:class:`~whosaid.store.Store`:

* an input whose content is already stored (or was already seen in this run)
  is skipped *before* analysis;
* every analyzed article is saved as soon as it comes out of the pipeline,
  in its own transaction, so an interrupted run keeps all finished articles
  and a re-run picks up where it stopped;
* inputs that could not be read, and articles that failed analysis, go to
  the ``failures`` table.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from whosaid.ingest import Ingested, InputFailure
from whosaid.records import RawArticle
from whosaid.store.db import Store, content_hash

if TYPE_CHECKING:
    from whosaid.records import Article

__all__ = ["Analyzer", "IngestStats", "ingest"]


class Analyzer(Protocol):
    """What analyzes the inputs: a :class:`whosaid.pipeline.Pipeline`, or a
    :class:`whosaid.scale.ScaledPipeline` (Dask workers).  ``process_many``
    returns one article per item, in input order."""

    def process_many(
        self, items: Iterable[tuple[RawArticle, tuple[str, ...]]]
    ) -> Iterator[Article]:
        """Analyze ``items``, in order."""
        ...


logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestStats:
    """Progress or outcome of :func:`ingest`.

    Attributes:
        stored: Articles analyzed and stored as new rows.
        skipped: Inputs skipped because their content was already stored.
        failed: Inputs that could not be read or analyzed.
        seconds: Time since the start.
        replaced: Articles analyzed and stored over the row of an article
            with the same id (an input that brings its own id, with new
            content); they add no row.
    """

    stored: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    replaced: int = 0

    @property
    def done(self) -> int:
        """Inputs handled so far."""
        return self.stored + self.replaced + self.skipped + self.failed

    def summary(self) -> str:
        """``N stored, N skipped (already stored), N failed``, with
        ``N replaced`` after ``stored`` when some were."""
        replaced = f", {self.replaced} replaced" if self.replaced else ""
        return (
            f"{self.stored} stored{replaced}, {self.skipped} skipped "
            f"(already stored), {self.failed} failed"
        )


def ingest(
    store: Store,
    inputs: Iterable[Ingested | InputFailure],
    pipeline: Analyzer,
    *,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Analyze and store inputs that are not stored yet.

    Args:
        store: The corpus database.
        inputs: What :func:`whosaid.ingest.iter_inputs` yields.
        pipeline: Analyzes the inputs (its ``process_many``): a
            ``Pipeline`` here, or a ``ScaledPipeline`` on Dask workers.
        progress: Called after every input handled, with the counts so far.

    Returns:
        The final counts.
    """
    start = time.perf_counter()
    counts = {"stored": 0, "replaced": 0, "skipped": 0, "failed": 0}
    pending: deque[tuple[RawArticle, str]] = deque()
    seen: set[str] = set()

    def report() -> None:
        if progress is not None:
            progress(IngestStats(**counts, seconds=time.perf_counter() - start))

    def to_analyze() -> Iterator[tuple[RawArticle, tuple[str, ...]]]:
        for item in inputs:
            if isinstance(item, InputFailure):
                store.save_failure(
                    item.id, code=item.code, message=item.message, path=item.path
                )
                counts["failed"] += 1
                report()
                continue
            raw, warnings = item
            digest = content_hash(raw)
            if digest in seen or store.has_content(digest):
                logger.debug("%s: already stored, skipped", raw.id)
                counts["skipped"] += 1
                report()
                continue
            seen.add(digest)
            pending.append((raw, digest))
            yield raw, warnings

    for article in pipeline.process_many(to_analyze()):
        raw, digest = pending.popleft()
        if article.id != raw.id:  # the pipeline's contract: one, in order
            raise RuntimeError(
                f"pipeline returned article {article.id!r} for input {raw.id!r}"
            )
        outcome = store.save_article(article, raw, digest=digest)
        counts[outcome.value] += 1
        report()
    return IngestStats(**counts, seconds=time.perf_counter() - start)
