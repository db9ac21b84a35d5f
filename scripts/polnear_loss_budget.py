"""Where content partial F1 loses its tokens (polnear scheme, CV folds).

    PYTHONPATH=src:. python scripts/polnear_loss_budget.py WORK PARSED \\
        [--data ../shared/data/polnear] [--out budget.json]

WORK is a ``scripts/cv_polnear_bounds.py --work`` folder after a run (its
``fold0``/``fold1`` hold the half-A taggers and the fold-trained
``bounds_polnear.json``); PARSED is the cached train parse.  Each fold of
train half B is scored with the model of the other fold, as the CV script
does, and every token partial F1 loses is put in one bucket.  Since
``1 - F1 = (FP + FN) / (predicted + gold)`` over content tokens, the
buckets' shares add up to the F1 loss.  Never run on dev or test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "scripts")]

LOW_CUE = 0.1


def _toks(tokens, spans) -> frozenset[int]:  # type: ignore[no-untyped-def]
    return tokens.of(tuple(spans))


def budget_document(gold, preds, text, low_cues, buckets, fp_cues, miss_p):  # type: ignore[no-untyped-def]
    """Add one document's lost tokens to ``buckets``."""
    from whosaid.eval.metrics import _Tokens, max_weight_assignment

    tokens = _Tokens(text)
    g_con = [_toks(tokens, g.content) for g in gold]
    g_cue = [_toks(tokens, g.cue) for g in gold]
    p_con = [_toks(tokens, ((s.start, s.end) for s in p.content)) for p in preds]
    p_cue = [_toks(tokens, ((s.start, s.end) for s in p.cue)) for p in preds]
    overlap = [[len(p & g) for g in g_con] for p in p_con]
    pairs = {i: j for i, j in max_weight_assignment(overlap) if overlap[i][j] > 0}
    gold_of = {j: i for i, j in pairs.items()}
    all_gold = frozenset().union(*g_con) if g_con else frozenset()
    all_pred = frozenset().union(*p_con) if p_con else frozenset()
    buckets["pred_tokens"] += sum(len(p) for p in p_con)
    buckets["gold_tokens"] += sum(len(g) for g in g_con)
    for i, p in enumerate(p_con):
        j = pairs.get(i)
        if j is None:
            cue_is_gold = any(p_cue[i] & c for c in g_cue)
            for t in p:
                if t in all_gold:
                    buckets[
                        "5 split/merge: extra pred on a gold paired elsewhere (FP)"
                    ] += 1
                elif cue_is_gold:
                    buckets[
                        "2b FP content: pred cue is a gold cue, content elsewhere"
                    ] += 1
                else:
                    buckets["2 FP attribution: no gold cue, no gold content"] += 1
            if not cue_is_gold and not (p & all_gold):
                cue = " ".join(text[s.start : s.end].lower() for s in preds[i].cue)
                fp_cues[cue] += len(p)
            continue
        g = g_con[j]
        lo, hi = min(g), max(g)
        others = all_gold - g
        for t in p - g:
            if t in others:
                buckets["5 merge: pred runs into another gold content (FP)"] += 1
            elif t < lo:
                buckets["3 start too early (FP)"] += 1
            elif t > hi:
                buckets["4 end too late (FP)"] += 1
            else:
                buckets["6 gap inside gold hull (FP)"] += 1
    for j, g in enumerate(g_con):
        i = gold_of.get(j)
        if i is None:
            cue_found = any(g_cue[j] & c for c in p_cue)
            best = max((pr for run, pr in low_cues if run & g_cue[j]), default=0.0)
            for t in g:
                if t in all_pred:
                    buckets[
                        "5 merge: gold tokens inside another pred's content (FN)"
                    ] += 1
                elif cue_found:
                    buckets["1b gold cue predicted, content missing (FN)"] += 1
                else:
                    buckets["1 gold with no predicted cue (FN)"] += 1
            if not cue_found and not (g & all_pred):
                miss_p[_p_bin(best)] += len(g)
            continue
        p = p_con[i]
        lo, hi = min(p), max(p)
        others = all_pred - p
        for t in g - p:
            if t in others:
                buckets["5 split: gold tokens in another pred (FN)"] += 1
            elif t < lo:
                buckets["3 start too late (FN)"] += 1
            elif t > hi:
                buckets["4 end too early (FN)"] += 1
            else:
                buckets["6 gap inside pred hull (FN)"] += 1


def _p_bin(p: float) -> str:
    for edge in (0.1, 0.2, 0.3, 0.45):
        if p < edge:
            return f"<{edge}"
    return ">=0.45"


def main(argv: list[str]) -> None:
    from attribution_errors import parsed

    import whosaid.attribution.bounds as bounds
    from whosaid.attribution.extract import extract_attributions
    from whosaid.attribution.features import doc_features
    from whosaid.attribution.model import open_taggers
    from whosaid.attribution.scheme import levers
    from whosaid.attribution.tagging import tag_cues
    from whosaid.eval.metrics import _Tokens

    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("parsed")
    ap.add_argument("--data", default="../shared/data/polnear")
    ap.add_argument("--out", default="")
    args = ap.parse_args(argv)
    rows = parsed(args.data, "train", Path(args.parsed).parent)
    half_b = [r for k, r in enumerate(rows) if k % 2 == 1]
    buckets: Counter[str] = Counter()
    fp_cues: Counter[str] = Counter()
    miss_p: Counter[str] = Counter()
    lever = levers("polnear")
    for fold in (0, 1):
        folder = Path(args.work) / f"fold{fold}"
        bounds._model_at.cache_clear()
        taggers = open_taggers(str(folder))
        for k, (gold, doc, skip) in enumerate(half_b):
            if k % 2 == fold:
                continue
            preds, _ = extract_attributions(
                doc, skip=skip, taggers=taggers, model_dir=str(folder), scheme="polnear"
            )
            tokens = _Tokens(gold.text)
            runs = tag_cues(
                doc_features(doc),
                taggers.with_cue(lever.cue_model),
                threshold=LOW_CUE,
                doc=doc,
            )
            low = [
                (
                    tokens.of(
                        tuple((doc[i].idx, doc[i].idx + len(doc[i].text)) for i in run)
                    ),
                    pr,
                )
                for run, pr in runs
            ]
            budget_document(
                gold.attributions, preds, gold.text, low, buckets, fp_cues, miss_p
            )
    total = buckets["pred_tokens"] + buckets["gold_tokens"]
    lost = sum(v for k, v in buckets.items() if not k.endswith("_tokens"))
    print(f"pred tokens {buckets['pred_tokens']} gold tokens {buckets['gold_tokens']}")
    print(f"partial F1 {1 - lost / total:.4f}; lost share of (pred+gold) tokens:")
    for k, v in sorted(buckets.items(), key=lambda kv: -kv[1]):
        if not k.endswith("_tokens"):
            print(f"  {v / total:.4f}  {v:7d}  {k}")
    print("gold contents with no predicted cue and untouched: tokens by best cue prob")
    for k, v in sorted(miss_p.items()):
        print(f"  {k:8s} {v}")
    print("FP attributions (no gold anywhere): content tokens by cue")
    for k, v in fp_cues.most_common(40):
        print(f"  {v:6d} {k}")
    if args.out:
        Path(args.out).write_text(
            json.dumps({"buckets": buckets, "fp_cues": fp_cues, "miss_p": miss_p}),
            "utf-8",
        )


if __name__ == "__main__":
    main(sys.argv[1:])
