"""Train the ``polnear`` scheme's cue tagger (``cue_polnear.crfsuite``).

    PYTHONPATH=src:. python scripts/train_polnear_cue.py ../shared/data/polnear
        [--out src/whosaid/attribution/data] [--cache /tmp/whosaid-parsed]

Trains the cue tagger alone, as ``whosaid train`` does (same features, the
cue hints of :mod:`whosaid.attribution.cuehints` included, same CRFsuite
parameters), on PolNeAR train, and writes it as
:data:`whosaid.attribution.model.POLNEAR_CUE_MODEL` next to the shipped
taggers.  The role tagger and the ``news`` scheme's ``cue.crfsuite`` are
kept: the news scheme's screen, speaker check and calibration were fitted on
that tagger's scores.  The parse of train is cached as a DocBin under
``--cache``.  Never run on test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    import pycrfsuite
    from spacy.tokens import DocBin

    from whosaid.attribution.clusters import restore_tensors
    from whosaid.attribution.features import doc_features
    from whosaid.attribution.model import POLNEAR_CUE_MODEL
    from whosaid.attribution.train import DEFAULT_PARAMS, build_cue_sequence
    from whosaid.eval.polnear import load_split
    from whosaid.nlp import load_spacy

    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--out", default=str(ROOT / "src/whosaid/attribution/data"))
    ap.add_argument("--cache", default="/tmp/whosaid-parsed")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    nlp = load_spacy()
    gold_docs = load_split(args.data, "train")
    cache = Path(args.cache) / "train_raw.spacy"
    if cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        restore_tensors(nlp, docs)  # a DocBin keeps no doc.tensor
    else:
        docs = list(nlp.pipe((g.text for g in gold_docs), batch_size=16))
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    print(f"parsed {len(docs)} documents ({time.perf_counter() - t0:.0f} s)")
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(dict(DEFAULT_PARAMS))
    for doc, gold in zip(docs, gold_docs, strict=True):
        trainer.append(*build_cue_sequence(doc, doc_features(doc), gold.attributions))
    out = Path(args.out) / POLNEAR_CUE_MODEL
    trainer.train(str(out))
    print(f"wrote {out} ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
