"""Two-fold check of content-boundary variants on PolNeAR train half B.

    PYTHONPATH=src:. python scripts/cv_polnear_bounds.py MODEL_DIR PARSED \\
        [--data ../shared/data/polnear] [--work /tmp/cv-bounds] \\
        [--scheme news|polnear] [CONFIG ...]

MODEL_DIR holds taggers trained on train half A (the even articles, as
``whosaid train --half even`` makes them); PARSED is train parsed by the
run-time pipeline, as ``scripts/attribution_errors.py`` caches it
(``train.spacy``).  Half B (the odd articles) is split again into two folds
by position; for each fold a boundary model (:mod:`whosaid.attribution.bounds`)
is trained on the ``--scheme`` predictions of that fold
(:func:`whosaid.attribution.bounds_train.train_bounds`) and the ``polnear``
scheme is scored on the other fold with it.  Each CONFIG is a JSON object of
thresholds to try (``'{"end": 0.6, "grow": 0.25}'``; ``'{}'`` is the model as
trained), written where the ``polnear`` scheme looks for its model
(``bounds_polnear.json``).  The shipped ``bounds.json`` was trained on all of half B, so
scoring half B with it is in-sample; these folds are not.  Never run on test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "scripts")]

TAGGER_FILES = ("cue.crfsuite", "cue_polnear.crfsuite", "model.json", "role.crfsuite")


def fold_folder(work: Path, fold: int, model_dir: Path) -> Path:
    """A model folder for one fold: the half-A taggers, linked."""
    folder = work / f"fold{fold}"
    folder.mkdir(parents=True, exist_ok=True)
    for name in TAGGER_FILES:
        if (model_dir / name).is_file() and not (folder / name).exists():
            (folder / name).symlink_to((model_dir / name).resolve())
    return folder


def override_polnear_levers(fields: dict[str, object]) -> None:
    """Score the ``polnear`` scheme with some of its levers changed."""
    import dataclasses

    import whosaid.attribution.scheme as scheme

    scheme._LEVERS["polnear"] = dataclasses.replace(scheme.POLNEAR, **fields)  # type: ignore[arg-type]


def main(argv: list[str]) -> None:
    from attribution_errors import parsed

    import whosaid.attribution.bounds as bounds
    from whosaid.attribution.bounds_train import train_bounds
    from whosaid.attribution.extract import extract_attributions
    from whosaid.attribution.model import open_taggers
    from whosaid.attribution.scheme import levers
    from whosaid.eval.metrics import EvalReport, score_document

    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("parsed")
    ap.add_argument("configs", nargs="*")
    ap.add_argument("--data", default="../shared/data/polnear")
    ap.add_argument("--work", default="/tmp/cv-bounds")
    ap.add_argument("--scheme", default="news", choices=("news", "polnear"))
    ap.add_argument("--net", type=float, default=0.0, help="train_bounds net=")
    ap.add_argument("--by-words", action="store_true", help="train_bounds by_words")
    ap.add_argument("--wide", action="store_true", help="train_bounds wide")
    ap.add_argument(
        "--levers",
        action="append",
        help="polnear SchemeLevers fields to override ('{\"content_threshold\": 0.3}');"
        " repeat to score several variants in one run",
    )
    args = ap.parse_args(argv)
    variants = [json.loads(v) for v in args.levers or ["{}"]]
    rows = parsed(args.data, "train", Path(args.parsed).parent)
    half_b = [r for k, r in enumerate(rows) if k % 2 == 1]
    configs = [json.loads(c) for c in args.configs] or [{}]
    t0 = time.perf_counter()
    for fold in (0, 1):
        folder = fold_folder(Path(args.work), fold, Path(args.model_dir))
        trained = folder / f"trained_{args.scheme}.json"
        if not trained.is_file():
            train_bounds(
                [
                    (doc, [a.content for a in gold.attributions], skip)
                    for k, (gold, doc, skip) in enumerate(half_b)
                    if k % 2 == fold
                ],
                trained,
                model_dir=str(folder),
                scheme=args.scheme,
                net=args.net,
                by_words=args.by_words,
                wide=args.wide,
            )
        model = json.loads(trained.read_text(encoding="utf-8"))
        taggers = open_taggers(str(folder))
        for variant, config in [(v, c) for v in variants for c in configs]:
            override_polnear_levers(variant)
            for side, threshold in config.items():
                model[side]["threshold"] = threshold
            (folder / levers("polnear").bounds_model).write_text(
                json.dumps(model), "utf-8"
            )
            bounds._model_at.cache_clear()
            report = EvalReport()
            for k, (gold, doc, skip) in enumerate(half_b):
                if k % 2 == fold:
                    continue
                preds, _ = extract_attributions(
                    doc,
                    skip=skip,
                    taggers=taggers,
                    model_dir=str(folder),
                    scheme="polnear",
                )
                report = report + score_document(gold.attributions, preds, gold.text)
            e, p = report.end_to_end, report.content_partial
            print(
                f"fold {1 - fold} {args.scheme} {json.dumps(config):<40} "
                f"{json.dumps(variant)} "
                f"e2e tp={e.tp} pred={e.predicted} P={e.precision:.4f} "
                f"R={e.recall:.4f} F1={e.f1:.4f} | partial P={p.precision:.4f} "
                f"R={p.recall:.4f} F1={p.f1:.4f} ({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
            model = json.loads(trained.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main(sys.argv[1:])
