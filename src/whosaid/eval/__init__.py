"""Evaluation: the PolNeAR reader and the attribution scorer."""

from whosaid.eval.metrics import (
    PRF,
    Accuracy,
    EvalReport,
    evaluate_polnear,
    score_document,
    score_documents,
)
from whosaid.eval.polnear import (
    GoldAttribution,
    GoldDocument,
    load_split,
    parse_ann,
    to_attributions,
)

__all__ = [
    "PRF",
    "Accuracy",
    "EvalReport",
    "GoldAttribution",
    "GoldDocument",
    "evaluate_polnear",
    "load_split",
    "parse_ann",
    "score_document",
    "score_documents",
    "to_attributions",
]
