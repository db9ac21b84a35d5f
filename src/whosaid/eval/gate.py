"""The eval gate: compare a PolNeAR report with a committed baseline.

The baseline is the JSON of :meth:`whosaid.eval.EvalReport.to_dict` (what
``whosaid eval polnear --format json`` prints) for the whole dev split.  The
gate fails when end-to-end F1 or content-partial F1 falls more than
:data:`TOLERANCE` below it.  Rising figures pass: commit the new report as the
baseline (``--write-baseline``) to raise the bar.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whosaid.eval.metrics import EvalReport

__all__ = [
    "GATED_METRICS",
    "TOLERANCE",
    "GateResult",
    "check_gate",
    "load_baseline",
    "write_baseline",
]

TOLERANCE = 0.005
GATED_METRICS: tuple[str, ...] = ("end_to_end", "content_partial")


@dataclass(frozen=True, slots=True)
class GateResult:
    """One gated metric: baseline and current F1."""

    metric: str
    baseline: float
    current: float

    @property
    def passed(self) -> bool:
        return self.current >= self.baseline - TOLERANCE

    def line(self) -> str:
        verdict = "ok" if self.passed else "FAIL"
        return (
            f"gate {self.metric:<16} baseline {self.baseline:.3f}  "
            f"now {self.current:.3f}  ({self.current - self.baseline:+.3f})  {verdict}"
        )


def load_baseline(path: str | Path) -> dict[str, Any]:
    """Read a baseline file.

    Raises:
        ValueError: the file is not JSON or lacks a gated metric's F1.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"baseline {path} is not JSON: {e}") from e
    if not isinstance(data, dict):
        raise ValueError(f"baseline {path}: expected a JSON object")
    for metric in GATED_METRICS:
        scores = data.get(metric)
        f1 = scores.get("f1") if isinstance(scores, dict) else None
        if not isinstance(f1, int | float):
            raise ValueError(f"baseline {path}: no {metric}.f1")
    return data


def check_gate(
    report: EvalReport, baseline: dict[str, Any], *, scheme: str | None = None
) -> list[GateResult]:
    """Compare ``report`` with ``baseline``, one result per gated metric.

    Args:
        report: this run's scores.
        baseline: a baseline read by :func:`load_baseline`.
        scheme: the attribution scheme this run scored; a baseline that
            names another one cannot gate it.

    Raises:
        ValueError: the report scores another number of documents than the
            baseline (a ``--limit`` run cannot be gated), or another scheme.
    """
    scored = baseline.get("scheme")
    if scheme is not None and scored is not None and scored != scheme:
        raise ValueError(
            f"the baseline scores the {scored} scheme, this run {scheme}; "
            f"gate with --scheme {scored} or another baseline"
        )
    want = baseline.get("documents")
    if want is not None and want != report.documents:
        raise ValueError(
            f"the baseline scores {want} documents, this run {report.documents}; "
            "gate only whole-split runs"
        )
    current = report.to_dict()
    return [
        GateResult(metric, float(baseline[metric]["f1"]), float(current[metric]["f1"]))
        for metric in GATED_METRICS
    ]


def write_baseline(
    report: EvalReport, path: str | Path, *, scheme: str | None = None
) -> None:
    """Write ``report`` as a baseline file (scores only, no per-item data),
    with the attribution ``scheme`` it scored when given."""
    data = {"scheme": scheme} if scheme is not None else {}
    data |= report.to_dict()
    data.pop("reliability", None)
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
