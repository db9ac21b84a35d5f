"""Scale: analyze large corpora on Dask workers, in input order, bounded memory.

* :func:`analyze` / :func:`analyze_to_parquet` (:mod:`whosaid.scale.runner`):
  a stream of inputs in, one result per input out, in input order; on a
  ``LocalCluster`` of ``workers`` processes, on an existing cluster
  (``scheduler``), or in this process for one worker or a tiny input.
* :mod:`whosaid.scale.parquet`: the partitioned Parquet output (tables
  ``articles``, ``attributions``, ``actors``) and :func:`load_parquet`, which
  loads it into the corpus database.
* :mod:`whosaid.scale.bench`: throughput per worker count, scaling
  efficiency, peak RSS per worker.
"""

from whosaid.scale.runner import (
    ScaledPipeline,
    ScaleSettings,
    analyze,
    analyze_rendered,
    analyze_to_parquet,
    default_workers,
)
from whosaid.scale.worker import ArticleSummary, RenderedArticle

__all__ = [
    "ArticleSummary",
    "RenderedArticle",
    "ScaleSettings",
    "ScaledPipeline",
    "analyze",
    "analyze_rendered",
    "analyze_to_parquet",
    "default_workers",
]
