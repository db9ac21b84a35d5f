"""Calibrated confidence: ``confidence`` is the probability an attribution is right.

The taggers' scores (mean marginal probability of the content labels times
the cue's probability) and the rules' fixed values rank attributions but do
not say how often they are right.  An isotonic regression fitted on PolNeAR
dev (``scripts/fit_calibration.py``; "right" is the end-to-end match of
``whosaid eval``: at least half the gold content and the right source) maps
them to probabilities, one monotone step table per group: the method, split
by kind (direct, indirect, mixed) where dev has enough of that kind.  The
table is ``data/calibration.json``; plain Python, no fitting at run time.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

from whosaid.records import Article

__all__ = [
    "CALIBRATION_FILE",
    "MIN_GROUP",
    "Calibration",
    "ConfidentPipeline",
    "calibrate",
    "check_min_confidence",
    "fit_calibration",
    "fit_isotonic",
    "keep_confident",
    "load_calibration",
]

CALIBRATION_FILE = "calibration.json"
MIN_GROUP = 40
"""A group (method, or method and kind) needs this many dev predictions for
a curve of its own."""
PRIOR_WEIGHT = 10.0
"""A method with fewer predictions gets one value: its share right, shrunk
toward the pooled share as if this many more predictions were pooled ones."""


def fit_isotonic(xs: Sequence[float], ys: Sequence[float]) -> list[tuple[float, float]]:
    """Pool-adjacent-violators: a non-decreasing step fit of ``ys`` on ``xs``.

    Returns:
        ``(x_high, y)`` per block, sorted by ``x_high``: every ``x`` up to
        ``x_high`` (and above the previous block's) maps to ``y``.
    """
    if len(xs) != len(ys):
        raise ValueError("xs and ys differ in length")
    pooled: dict[float, list[float]] = {}
    for x, y in zip(xs, ys, strict=True):
        acc = pooled.setdefault(x, [0.0, 0.0])
        acc[0] += y
        acc[1] += 1.0
    # blocks: [sum_y, count, x_high]; equal x values start as one block
    blocks: list[list[float]] = []
    for x in sorted(pooled):
        blocks.append([pooled[x][0], pooled[x][1], x])
        while len(blocks) > 1 and (
            blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]
        ):
            s, n, hi = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += n
            blocks[-1][2] = hi
    return [(hi, s / n) for s, n, hi in blocks]


class Calibration:
    """Step tables per group, looked up by method and kind."""

    def __init__(self, tables: dict[str, list[tuple[float, float]]]) -> None:
        self.tables = {k: sorted(v) for k, v in tables.items() if v}

    def table(self, method: str, kind: str) -> list[tuple[float, float]] | None:
        return self.tables.get(f"{method}:{kind}") or self.tables.get(method)

    def __call__(self, method: str, kind: str, score: float) -> float:
        """The calibrated probability of a raw ``score``; the score itself
        when no table covers the method."""
        table = self.table(method, kind)
        if table is None:
            table = self.tables.get("*")
            if table is None:
                return score
        highs = [hi for hi, _ in table]
        k = bisect.bisect_left(highs, score)
        return table[min(k, len(table) - 1)][1]

    def to_dict(self) -> dict[str, Any]:
        return {
            k: [[round(x, 4), round(y, 4)] for x, y in v]
            for k, v in self.tables.items()
        }


def fit_calibration(
    scored: Sequence[tuple[str, str, float, bool]], *, min_group: int = MIN_GROUP
) -> Calibration:
    """Fit the step tables from ``(method, kind, raw score, right)`` tuples.

    Groups: every method with at least ``min_group`` predictions, and within
    it every kind with as many; a method with fewer gets one value (its share
    right, shrunk toward the pooled share); everything together is ``"*"``,
    the fallback for methods dev does not show at all.
    """
    tables: dict[str, list[tuple[float, float]]] = {}

    def fit(rows: Sequence[tuple[str, str, float, bool]]) -> list[tuple[float, float]]:
        return fit_isotonic([r[2] for r in rows], [1.0 if r[3] else 0.0 for r in rows])

    tables["*"] = fit(scored)
    prior = sum(r[3] for r in scored) / len(scored) if scored else 0.5
    for method in sorted({r[0] for r in scored}):
        rows = [r for r in scored if r[0] == method]
        if len(rows) < min_group:
            # too few for a curve: the method's share right, shrunk toward
            # the pooled share by PRIOR_WEIGHT pseudo-predictions
            right = sum(r[3] for r in rows) + PRIOR_WEIGHT * prior
            tables[method] = [(1.0, right / (len(rows) + PRIOR_WEIGHT))]
            continue
        tables[method] = fit(rows)
        for kind in sorted({r[1] for r in rows}):
            kind_rows = [r for r in rows if r[1] == kind]
            if len(kind_rows) >= min_group:
                tables[f"{method}:{kind}"] = fit(kind_rows)
    return Calibration(tables)


@functools.lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The shipped table (``data/calibration.json``); identity when absent."""
    path = resources.files("whosaid.attribution").joinpath("data", CALIBRATION_FILE)
    if not path.is_file():
        return Calibration({})
    data = json.loads(path.read_text(encoding="utf-8"))
    return Calibration(
        {k: [(float(x), float(y)) for x, y in v] for k, v in data["tables"].items()}
    )


def calibrate(method: str, kind: str, score: float) -> float:
    """The shipped calibration applied to one raw score."""
    return load_calibration()(method, kind, score)


def check_min_confidence(minimum: float | None) -> float | None:
    """``minimum`` itself when it is None or within 0..1.

    Raises:
        ValueError: a minimum outside 0..1.
    """
    if minimum is not None and not 0.0 <= minimum <= 1.0:
        raise ValueError(f"a minimum confidence is between 0 and 1, not {minimum}")
    return minimum


def keep_confident(article: Article, minimum: float | None) -> Article:
    """``article`` without the attributions whose confidence is below ``minimum``.

    Attribution ids are kept (an id never changes meaning); actors are kept
    whole.  ``None`` keeps everything.
    """
    floor = check_min_confidence(minimum)
    if floor is None or not article.attributions:
        return article
    kept = tuple(a for a in article.attributions if a.confidence >= floor)
    if len(kept) == len(article.attributions):
        return article
    return dataclasses.replace(article, attributions=kept)


class ConfidentPipeline:
    """Wraps an analyzer (``process_many``) to keep only confident attributions."""

    def __init__(self, pipeline: Any, minimum: float | None) -> None:
        self.pipeline = pipeline
        self.minimum = check_min_confidence(minimum)

    def process_many(self, items: Iterable[Any]) -> Iterator[Article]:
        for article in self.pipeline.process_many(items):
            yield keep_confident(article, self.minimum)
