"""Fit src/whosaid/attribution/data/calibration.json on PolNeAR dev.

    PYTHONPATH=src python scripts/fit_calibration.py ../shared/data/polnear

Runs clean + parse + attribution extraction (raw scores) on every dev
article, marks each prediction right or wrong with the end-to-end match of
``whosaid eval``, and fits one isotonic step table per method (and kind).
Prints a two-fold cross-fitted reliability table (fit on half the
documents, read on the other half) as an honest estimate.  Never run on test.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from whosaid.attribution.calibration import CALIBRATION_FILE, fit_calibration
from whosaid.attribution.extract import extract_attributions
from whosaid.clean import clean_article
from whosaid.eval.metrics import CONFIDENCE_BANDS, score_document
from whosaid.eval.polnear import load_split
from whosaid.nlp import load_spacy
from whosaid.records import RawArticle

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/whosaid/attribution/data" / CALIBRATION_FILE

Row = tuple[str, str, float, bool]


def scored_rows(data_dir: str) -> list[list[Row]]:
    """Per dev document: (method, kind, raw score, right) per prediction."""
    nlp = load_spacy()
    docs = load_split(data_dir, "dev")
    cleaned = [
        clean_article(RawArticle(id=d.name, path=None, text=d.text)) for d in docs
    ]
    out: list[list[Row]] = []
    for gold, clean, doc in zip(
        docs, cleaned, nlp.pipe([c.text for c in cleaned], batch_size=16), strict=True
    ):
        skip = [(c.start, c.end) for c in clean.captions] + [
            (b.start, b.end) for b in clean.boilerplate
        ]
        preds, _ = extract_attributions(doc, skip=skip, calibrated=False)
        report = score_document(gold.attributions, preds, gold.text)
        out.append(
            [
                (p.method, p.kind, conf, ok)
                for p, (conf, ok, _) in zip(preds, report.scored, strict=True)
            ]
        )
    return out


def reliability(rows: list[tuple[float, bool]]) -> str:
    lines = [f"{'confidence':<14}{'count':>7}{'right':>8}{'mean':>8}"]
    for lo, hi in itertools.pairwise(CONFIDENCE_BANDS):
        last = hi >= CONFIDENCE_BANDS[-1]
        inside = [(c, ok) for c, ok in rows if lo <= c < hi or (last and c == hi)]
        n = len(inside)
        right = sum(ok for _, ok in inside) / n if n else 0.0
        mean = sum(c for c, _ in inside) / n if n else 0.0
        lines.append(
            f"[{lo:.1f}, {hi:.1f}{']' if last else ')'}".ljust(14)
            + f"{n:>7}{right:>8.3f}{mean:>8.3f}"
        )
    return "\n".join(lines)


def main(data_dir: str) -> None:
    per_doc = scored_rows(data_dir)
    rows = [r for doc in per_doc for r in doc]
    cross: list[tuple[float, bool]] = []
    for fold in (0, 1):
        train = [r for k, doc in enumerate(per_doc) if k % 2 != fold for r in doc]
        test = [r for k, doc in enumerate(per_doc) if k % 2 == fold for r in doc]
        cal = fit_calibration(train)
        cross.extend((cal(m, kind, s), ok) for m, kind, s, ok in test)
    print("two-fold cross-fitted reliability on dev:")
    print(reliability(cross))
    calibration = fit_calibration(rows)
    OUT.write_text(
        json.dumps(
            {
                "fitted_on": "PolNeAR v1.0.0 dev (end-to-end match)",
                "predictions": len(rows),
                "tables": calibration.to_dict(),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(calibration.tables)} tables from {len(rows)} predictions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear")
