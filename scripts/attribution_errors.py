"""Bucket the gold attributions whosaid misses on a PolNeAR split.

    PYTHONPATH=src python scripts/attribution_errors.py ../shared/data/polnear dev
        [--cache /tmp/whosaid-parsed] [--show BUCKET] [--examples N]

Parses every article of the split once (clean + spaCy, cached as a DocBin
under ``--cache``), runs the attribution stage, and puts every gold
attribution that end-to-end does not match into one bucket:

* ``no-cue``: the cue tagger found no cue on the gold cue and no
  prediction overlaps the gold content;
* ``cue-dropped``: a cue was tagged on the gold cue but nothing came of it
  (no content, the cue filter, lost in the overlap resolution);
* ``content-elsewhere``: no prediction overlaps the content, the cue is not
  the gold one's (gold cue missing, e.g. "according to" without a cue);
* ``content-short``: the best prediction covers under half the gold content
  (``...same-cue`` when its cue is the gold cue, ``...other-cue`` when the
  content was claimed by another attribution);
* ``source-missing`` / ``source-extra`` / ``source-other``: the content is
  right, the source is not (none predicted; predicted where gold has none;
  another one);
* ``matching``: a prediction would match but is matched to another gold;

and every unmatched prediction into ``FP-near`` (its content overlaps a gold
content) or ``FP-spurious`` (it overlaps none).

Prints the counts and ``--examples`` examples of ``--show`` buckets.  An
analysis aid, never run on test.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from whosaid.attribution.extract import extract_attributions
from whosaid.attribution.features import doc_features
from whosaid.attribution.model import open_taggers
from whosaid.attribution.tagging import tag_cues
from whosaid.clean import clean_article
from whosaid.eval.metrics import _e2e_edge, _prepare, _Tokens, score_document
from whosaid.eval.polnear import GoldDocument, load_split
from whosaid.nlp import load_spacy
from whosaid.records import Attribution, RawArticle
from whosaid.scheme import Scheme


def parsed(
    data_dir: str, split: str, cache: Path
) -> list[tuple[GoldDocument, Any, list[tuple[int, int]]]]:
    """Gold documents, their parsed Docs and skip regions (cached)."""
    from spacy.tokens import DocBin

    from whosaid.attribution.clusters import restore_tensors

    nlp = load_spacy()
    docs = load_split(data_dir, split)
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{split}.spacy"
    skips: list[list[tuple[int, int]]] = []
    texts: list[str] = []
    for d in docs:
        clean = clean_article(RawArticle(id=d.name, path=None, text=d.text))
        skips.append(
            [(c.start, c.end) for c in clean.captions]
            + [(b.start, b.end) for b in clean.boilerplate]
        )
        texts.append(clean.text)
    if path.is_file():
        spacy_docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        restore_tensors(nlp, spacy_docs)  # a DocBin keeps no doc.tensor
    else:
        spacy_docs = list(nlp.pipe(texts, batch_size=16))
        DocBin(store_user_data=True, docs=spacy_docs).to_disk(path)
    return list(zip(docs, spacy_docs, skips, strict=True))


def bucket_document(
    gold: GoldDocument,
    doc: Any,
    skip: list[tuple[int, int]],
    scheme: Scheme = "news",
) -> tuple[list[tuple[str, int]], list[Attribution]]:
    """(bucket, gold index) per missed gold attribution, and the predictions."""
    text = gold.text
    preds, _ = extract_attributions(doc, skip=skip, scheme=scheme)
    feats = doc_features(doc)
    cue_chars = [
        (doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]].text))
        for run, _ in tag_cues(feats, open_taggers(), doc=doc)
    ]
    tokens = _Tokens(text)
    golds = [
        _prepare(text, tokens, g.source, g.cue, g.content) for g in gold.attributions
    ]
    items = [
        _prepare(
            text,
            tokens,
            tuple((s.start, s.end) for s in p.source),
            tuple((s.start, s.end) for s in p.cue),
            tuple((s.start, s.end) for s in p.content),
        )
        for p in preds
    ]
    report = score_document(gold.attributions, preds, text)
    matched_preds = {i for i, (_, ok, _) in enumerate(report.scored) if ok}
    # which golds are matched: redo the matching
    from whosaid.eval.metrics import bipartite_matching

    adjacency = [[j for j, g in enumerate(golds) if _e2e_edge(p, g)] for p in items]
    match = bipartite_matching(adjacency, len(golds))
    out: list[tuple[str, int]] = []
    for j, g in enumerate(golds):
        if match[j] >= 0:
            continue
        overlaps = [
            (len(p.content_tok & g.content_tok), i) for i, p in enumerate(items)
        ]
        best, bi = max(overlaps, default=(0, -1))
        if best == 0:
            tagged = any(s < e2 and s2 < e for s, e in g.cue for s2, e2 in cue_chars)
            if not g.cue:
                out.append(("content-elsewhere", j))
            elif tagged:
                out.append(("cue-dropped", j))
            else:
                out.append(("no-cue", j))
            continue
        p = items[bi]
        if 2 * best < len(g.content_tok):
            same = bool(p.cue_tok & g.cue_tok)
            out.append(
                ("content-short-same-cue" if same else "content-short-other-cue", j)
            )
            continue
        if any(_e2e_edge(items[i], g) for i in range(len(items))):
            out.append(("matching", j))
            continue
        same = "-same-cue" if p.cue_tok & g.cue_tok else "-other-cue"
        if g.source_tok and not p.source_tok:
            out.append(("source-missing" + same, j))
        elif not g.source_tok:
            out.append(("source-extra" + same, j))
        else:
            out.append(("source-other" + same, j))
    for i, p in enumerate(items):
        if i in matched_preds:
            continue
        if not any(p.content_tok & g.content_tok for g in golds):
            out.append(("FP-spurious", -1 - i))
        else:
            out.append(("FP-near", -1 - i))
    return out, list(preds)


def describe(p: Attribution) -> str:
    """One prediction on one line."""

    def join(spans: Any, width: int = 200) -> str:
        return " | ".join(s.text for s in spans)[:width]

    return (
        f"[{p.method} {p.confidence:.2f}] src={join(p.source)!r} "
        f"cue={join(p.cue)!r} cnt={join(p.content)!r}"
    )


def show(gold: GoldDocument, j: int, preds: list[Attribution]) -> str:
    text = gold.text
    g = gold.attributions[j]

    def frag(spans: Any) -> str:
        return " | ".join(text[s:e].replace("\n", " ") for s, e in spans)

    lo = min(s for s, _ in (*g.content, *g.cue, *g.source))
    hi = max(e for _, e in (*g.content, *g.cue, *g.source))
    near = [
        p
        for p in preds
        if any(s.start < hi and lo < s.end for s in (*p.content, *p.cue))
    ]
    lines = [
        f"## {gold.name} @{lo}",
        f"  gold src: {frag(g.source)!r}",
        f"  gold cue: {frag(g.cue)!r}",
        f"  gold cnt: {frag(g.content)[:300]!r}",
    ]
    for p in near:
        lines.append("  pred " + describe(p))
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("split")
    ap.add_argument("--cache", default="/tmp/whosaid-parsed")
    ap.add_argument("--show", action="append", default=[])
    ap.add_argument("--examples", type=int, default=15)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--scheme", choices=("news", "polnear"), default="news")
    args = ap.parse_args(argv)
    if args.split == "test":
        sys.exit("never on test")
    rows = parsed(args.data, args.split, Path(args.cache))
    if args.limit:
        rows = rows[: args.limit]
    counts: Counter[str] = Counter()
    cue_words: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {}
    n_gold = 0
    for gold, doc, skip in rows:
        n_gold += len(gold.attributions)
        missed, preds = bucket_document(gold, doc, skip, args.scheme)
        for b, j in missed:
            counts[b] += 1
            if j < 0:
                p = preds[-1 - j]
                if b in args.show:
                    examples.setdefault(b, []).append(f"## {gold.name} {describe(p)}")
                cue = " ".join(s.text for s in p.cue).lower()
                cue_words.setdefault(b, Counter())[cue] += 1
                continue
            g = gold.attributions[j]
            cue = " ".join(gold.text[s:e] for s, e in g.cue).lower()
            cue_words.setdefault(b, Counter())[cue] += 1
            if b in args.show:
                examples.setdefault(b, []).append(show(gold, j, preds))
    total = sum(n for b, n in counts.items() if not b.startswith("FP"))
    print(f"gold {n_gold}, missed {total} (recall {1 - total / n_gold:.3f})")
    for b, n in counts.most_common():
        top = ", ".join(f"{w}:{c}" for w, c in cue_words[b].most_common(12))
        print(f"{b:<26}{n:>6}  {n / n_gold:6.3f}   {top}")
    rng = random.Random(0)
    for b in args.show:
        ex = examples.get(b, [])
        print(f"\n=== {b} ({len(ex)}) ===")
        for e in rng.sample(ex, min(args.examples, len(ex))):
            print(e)


if __name__ == "__main__":
    main(sys.argv[1:])
