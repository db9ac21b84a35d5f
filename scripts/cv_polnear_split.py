"""Two-fold check of the learned content split (:mod:`whosaid.attribution.splits`).

    PYTHONPATH=src:. python scripts/cv_polnear_split.py WORK PARSED \\
        [--data ../shared/data/polnear] [--thresholds 0.5,0.6,0.7] \\
        [--write-fold-models] [--write-model OUT.json --threshold T]

WORK is the folder of ``scripts/cv_polnear_bounds.py`` (``fold0``, ``fold1``:
half-A taggers and a boundary model trained on one fold of train half B);
PARSED the cached parse of train (``train.spacy``).  For each fold the
``polnear`` scheme's predictions on the other fold (cached in WORK) give the
split points of their contents; each point is labelled by the gold: the
document scored with the content cut there against the content whole
(content partial tokens and end-to-end matches).  A logistic model trained on
one fold's points picks the splits on the other fold, and both are scored
at each threshold.  ``--write-fold-models`` writes each fold's model where
the ``polnear`` scheme reads it (``fold*/split_polnear.json``) so that
``cv_polnear_bounds.py --levers '{"split_model": "split_polnear.json"}'``
checks the whole pipeline; ``--write-model`` fits all points of both folds.
Never run on test.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "scripts")]

PARTIAL_F1 = 0.82
"""The partial F1 a split's token change is weighed against."""
L2 = 1.0


def fold_predictions(work: Path, half_b: list[Any], folder_fold: int) -> list[Any]:
    """The polnear scheme's predictions on the documents ``folder_fold``'s
    boundary model was not trained on (cached)."""
    import whosaid.attribution.bounds as bounds
    from whosaid.attribution.extract import extract_attributions
    from whosaid.attribution.model import open_taggers

    cache = work / f"preds{folder_fold}.pkl"
    if cache.is_file():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    folder = work / f"fold{folder_fold}"
    bounds._model_at.cache_clear()
    taggers = open_taggers(str(folder))
    out = []
    for k, (_gold, doc, skip) in enumerate(half_b):
        if k % 2 == folder_fold:
            continue
        preds, _ = extract_attributions(
            doc, skip=skip, taggers=taggers, model_dir=str(folder), scheme="polnear"
        )
        out.append((k, preds))
    cache.write_bytes(pickle.dumps(out))
    return out


def tokens_of(doc: Any, spans: Any) -> list[int]:
    out: list[int] = []
    for s in spans:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None:
            out.extend(range(span.start, span.end))
    return out


def split_attribution(doc: Any, text: str, a: Any, halves: Any) -> list[Any]:
    from whosaid.attribution.candidates import char_span

    parts = [char_span(doc, text, h) for h in halves]
    if any(p is None for p in parts):
        return [a]
    return [
        dataclasses.replace(a, content=(parts[0],)),
        dataclasses.replace(a, id=a.id + "s", content=(parts[1],)),
    ]


def collect(half_b: list[Any], preds: list[Any]) -> list[dict[str, Any]]:
    """Every split point of the predictions, its features and its effect."""
    from whosaid.attribution.splits import cut_at, point_features, split_points
    from whosaid.eval.metrics import score_document

    rows = []
    for k, attrs in preds:
        gold, doc, _skip = half_b[k]
        text = gold.text
        base = score_document(gold.attributions, attrs, text)
        for n, a in enumerate(attrs):
            if len(a.content) != 1:
                continue
            run = tokens_of(doc, a.content)
            cue = tokens_of(doc, a.cue)
            points = split_points(doc, run)
            for i in points:
                halves = cut_at(doc, run, i)
                if halves is None:
                    continue
                new = [
                    *attrs[:n],
                    *split_attribution(doc, text, a, halves),
                    *attrs[n + 1 :],
                ]
                r = score_document(gold.attributions, new, text)
                rows.append(
                    {
                        "doc": k,
                        "attr": n,
                        "point": i,
                        "features": point_features(doc, cue, run, i, len(points)),
                        "d_tp": r.content_partial.tp - base.content_partial.tp,
                        "d_pred": r.content_partial.predicted
                        - base.content_partial.predicted,
                        "d_e2e": r.end_to_end.tp - base.end_to_end.tp,
                        "text": doc[run[0] : run[-1] + 1].text[:160],
                        "cue": " ".join(doc[c].text for c in cue),
                    }
                )
    return rows


MIN_E2E_GAIN = 0
"""A split right must gain this many end-to-end matches (``--min-e2e``)."""


def label(row: dict[str, Any]) -> int:
    """Split right: the content partial score gains and end-to-end matches
    do not drop (or gain :data:`MIN_E2E_GAIN`)."""
    gain = 2 * row["d_tp"] - PARTIAL_F1 * row["d_pred"]
    return int(gain > 0 and row["d_e2e"] >= MIN_E2E_GAIN)


def fit(rows: list[dict[str, Any]]) -> tuple[dict[str, float], float]:
    """L2 logistic regression by Newton steps (numpy)."""
    names = sorted({k for r in rows for k in r["features"]})
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in rows])
    y = np.array([label(r) for r in rows], dtype=float)
    x = np.hstack([x, np.ones((len(rows), 1))])
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        w -= np.linalg.solve(hess, grad)
    return {n: float(v) for n, v in zip(names, w[:-1], strict=True)}, float(w[-1])


def model_of(rows: list[dict[str, Any]], threshold: float) -> Any:
    from whosaid.attribution.splits import SplitModel

    weights, bias = fit(rows)
    return SplitModel(weights=weights, bias=bias, threshold=threshold)


def apply(half_b: list[Any], preds: list[Any], model: Any) -> Any:
    from whosaid.attribution.splits import split_run
    from whosaid.eval.metrics import EvalReport, score_document

    report = EvalReport()
    n_split = 0
    for k, attrs in preds:
        gold, doc, _skip = half_b[k]
        out = []
        for a in attrs:
            halves = None
            if model is not None and len(a.content) == 1:
                halves = split_run(
                    doc, tokens_of(doc, a.cue), tokens_of(doc, a.content), model
                )
            parts = (
                [a] if halves is None else split_attribution(doc, gold.text, a, halves)
            )
            n_split += len(parts) - 1
            out.extend(parts)
        report = report + score_document(gold.attributions, out, gold.text)
    return report, n_split


def line(name: str, report: Any, n: int) -> str:
    e, p = report.end_to_end, report.content_partial
    return (
        f"{name:<14} splits={n:<4} e2e tp={e.tp} pred={e.predicted} F1={e.f1:.4f} | "
        f"partial P={p.precision:.4f} R={p.recall:.4f} F1={p.f1:.4f}"
    )


def main(argv: list[str]) -> None:
    from attribution_errors import parsed

    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("parsed")
    ap.add_argument("--data", default="../shared/data/polnear")
    ap.add_argument("--thresholds", default="0.4,0.5,0.6,0.7,0.8")
    ap.add_argument("--write-fold-models", type=float, default=None, metavar="T")
    ap.add_argument("--write-model", default=None)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--min-e2e", type=int, default=0)
    args = ap.parse_args(argv)
    global MIN_E2E_GAIN
    MIN_E2E_GAIN = args.min_e2e
    work = Path(args.work)
    rows = parsed(args.data, "train", Path(args.parsed).parent)
    half_b = [r for k, r in enumerate(rows) if k % 2 == 1]
    points: dict[int, list[dict[str, Any]]] = {}
    preds: dict[int, list[Any]] = {}
    for folder_fold in (0, 1):
        preds[folder_fold] = fold_predictions(work, half_b, folder_fold)
        cache = work / f"points{folder_fold}.pkl"
        if not cache.is_file():
            cache.write_bytes(pickle.dumps(collect(half_b, preds[folder_fold])))
        points[folder_fold] = pickle.loads(cache.read_bytes())
        pos = sum(label(r) for r in points[folder_fold])
        print(
            f"folder {folder_fold}: {len(points[folder_fold])} points, "
            f"{pos} split right"
        )
    if args.write_model:
        model = model_of(points[0] + points[1], args.threshold)
        Path(args.write_model).write_text(
            json.dumps(dataclasses.asdict(model), indent=1, sort_keys=True), "utf-8"
        )
        return
    for folder_fold in (0, 1):
        # score the predictions of this folder with a model fit on the other's
        train = points[1 - folder_fold]
        base, _ = apply(half_b, preds[folder_fold], None)
        print(line(f"fold {1 - folder_fold} base", base, 0), flush=True)
        for t in (float(v) for v in args.thresholds.split(",")):
            report, n = apply(half_b, preds[folder_fold], model_of(train, t))
            print(line(f"fold {1 - folder_fold} t={t}", report, n), flush=True)
        if args.write_fold_models is not None:
            model = model_of(train, args.write_fold_models)
            (work / f"fold{folder_fold}" / "split_polnear.json").write_text(
                json.dumps(dataclasses.asdict(model), indent=1, sort_keys=True), "utf-8"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
