"""Check that whosaid's fast attribute ruler sets what spaCy's stock one sets.

    PYTHONPATH=src python scripts/check_tagpos.py ../shared

Parses every PolNeAR train and dev text and the seeds (``seeds/*.txt``) with
whosaid's pipeline up to its attribute ruler (tokenizer, tok2vec, tagger,
paragraphs, parser), then runs, on two copies of each Doc, spaCy's
``AttributeRuler`` holding the installed model's patterns and whosaid's
:class:`~whosaid.nlp.attributes.FastAttributeRuler`, and compares POS, TAG,
MORPH, LEMMA and DEP (and, unchanged by either, HEAD and SENT_START) of every
token.  Prints the docs and tokens compared, the mismatches (at most 20) and
both rulers' total time; exits 1 on any mismatch.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler

from whosaid.nlp.attributes import FAST_NAME, STOCK_NAME
from whosaid.nlp.models import load_spacy

ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START]
SHOWN = 20


def texts(shared: Path) -> list[Path]:
    """PolNeAR train and dev texts, then the seeds."""
    polnear = shared / "data" / "polnear"
    paths = [
        p
        for split in ("train", "dev")
        for p in sorted((polnear / split / "text").glob("*.txt"))
    ]
    return paths + sorted((shared / "seeds").glob("*.txt"))


def parsed_up_to_ruler(nlp: Any, text: str) -> Any:
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == FAST_NAME:
            return doc
        doc = pipe(doc)
    raise SystemExit(f"{FAST_NAME} is not in whosaid's pipeline: {nlp.pipe_names}")


def describe(doc: Any, i: int) -> str:
    t = doc[i]
    return f"{t.pos_}/{t.tag_}/{t.morph}/{t.lemma_}/{t.dep_}"


def main(shared: Path) -> int:
    nlp = load_spacy()
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(load_spacy(bare=True).get_pipe(STOCK_NAME).patterns)
    fast = nlp.get_pipe(FAST_NAME)
    paths = texts(shared)
    if not paths:
        print(f"no texts under {shared}", file=sys.stderr)
        return 2
    tokens = mismatches = 0
    stock_s = fast_s = 0.0
    for path in paths:
        doc = parsed_up_to_ruler(nlp, path.read_text(encoding="utf-8"))
        expected, got = doc.copy(), doc.copy()
        t0 = time.perf_counter()
        stock(expected)
        stock_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        fast(got)
        fast_s += time.perf_counter() - t0
        tokens += len(doc)
        differ = np.flatnonzero(
            (expected.to_array(ATTRS) != got.to_array(ATTRS)).any(axis=1)
        )
        for i in differ.tolist():
            mismatches += 1
            if mismatches <= SHOWN:
                stock_says, fast_says = describe(expected, i), describe(got, i)
                print(f"{path.name} token {i} {doc[i].text!r}: ", end="")
                print(f"stock {stock_says} fast {fast_says}")
    print(
        f"compared {len(paths)} docs, {tokens} tokens: {mismatches} tokens differ "
        f"(POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START)"
    )
    print(f"attribute ruler time: stock {stock_s:.2f} s, fast {fast_s:.2f} s")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")))
