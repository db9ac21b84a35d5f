"""Time each component of whosaid's spaCy pipeline on a folder of texts.

    PYTHONPATH=src python scripts/time_components.py ../shared/data/polnear/dev/text 84

Loads whosaid's pipeline (``load_spacy()``), makes a Doc of each text (the
tokenizer), then runs each component over all docs in pipeline order
(``pipe(docs, batch_size=16)`` where it has one), printing the seconds each
took.  The fast attribute ruler is timed, and then spaCy's stock
``AttributeRuler`` with the installed model's patterns on copies of the same
docs, for comparison.  A rough per-component view: the bench
(``whosaid bench``) is the measure of record.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from spacy.pipeline import AttributeRuler

from whosaid.nlp.attributes import FAST_NAME, STOCK_NAME
from whosaid.nlp.models import load_spacy

BATCH = 16


def run(pipe: Any, docs: list[Any]) -> list[Any]:
    if hasattr(pipe, "pipe"):
        return list(pipe.pipe(docs, batch_size=BATCH))
    return [pipe(doc) for doc in docs]


def main(folder: Path, limit: int) -> None:
    nlp = load_spacy()
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:limit]
    ]
    for text in texts[:3]:  # warm-up, untimed
        nlp(text)
    t0 = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times = {"tokenizer": time.perf_counter() - t0}
    stock_input: list[Any] = []
    for name, pipe in nlp.pipeline:
        if name == FAST_NAME:
            stock_input = [doc.copy() for doc in docs]
        t0 = time.perf_counter()
        docs = run(pipe, docs)
        times[name] = time.perf_counter() - t0
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(load_spacy(bare=True).get_pipe(STOCK_NAME).patterns)
    t0 = time.perf_counter()
    run(stock, stock_input)
    times[f"({STOCK_NAME}, stock)"] = time.perf_counter() - t0
    print(f"{len(texts)} docs, {sum(len(d) for d in docs)} tokens")
    for name, seconds in times.items():
        print(f"{name:<28}{seconds:8.2f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 84)
