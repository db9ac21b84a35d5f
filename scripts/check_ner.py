"""Check that whosaid's fast entity decoder finds what spaCy's recognizer finds.

    PYTHONPATH=src python scripts/check_ner.py ../shared [more folders of .txt]

Parses every PolNeAR train and dev text and the seeds (``seeds/*.txt``), and
every ``.txt`` under the further folders given, with whosaid's pipeline up to
its entity recognizer, runs spaCy's stock recognizer and whosaid's
(:mod:`whosaid.nlp.fast_ner`) on copies of the same Docs in batches of 16 (as
the pipeline does), and compares every token's ENT_IOB, ENT_TYPE, ENT_KB_ID
and ENT_ID.  Prints the docs and entities compared, the first differences and
both recognizers' CPU time; exits 1 on any difference.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

from whosaid.nlp import load_spacy
from whosaid.nlp.fast_ner import FastEntityRecognizer

ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
AFTER = ["ner", "whosaid_first_names", "whosaid_name_joins"]
CHUNK = 64


def texts(shared: Path, more: list[Path]) -> list[Path]:
    """PolNeAR train and dev texts, the seeds, then the further folders'."""
    polnear = shared / "data" / "polnear"
    paths = [
        p
        for split in ("train", "dev")
        for p in sorted((polnear / split / "text").glob("*.txt"))
    ]
    paths += sorted((shared / "seeds").glob("*.txt"))
    return paths + [p for folder in more for p in sorted(folder.rglob("*.txt"))]


def main(shared: Path, more: list[Path]) -> int:
    paths = texts(shared, more)
    if not paths:
        print(f"no texts under {shared}", file=sys.stderr)
        return 2
    nlp = load_spacy()
    fast = nlp.get_pipe("ner")
    if not isinstance(fast, FastEntityRecognizer):
        print("whosaid's pipeline keeps spaCy's recognizer: nothing to check")
        return 2
    stock = fast.stock
    disable = [name for name in AFTER if name in nlp.pipe_names]
    docs_seen = entities = differing = 0
    stock_s = fast_s = 0.0
    for i in range(0, len(paths), CHUNK):
        chunk = paths[i : i + CHUNK]
        text = [p.read_text(encoding="utf-8", errors="replace") for p in chunk]
        docs = list(nlp.pipe(text, batch_size=16, disable=disable))
        ours = [d.copy() for d in docs]
        theirs = [d.copy() for d in docs]
        c0 = time.process_time()
        list(stock.pipe(theirs, batch_size=16))
        c1 = time.process_time()
        list(fast.pipe(ours, batch_size=16))
        c2 = time.process_time()
        stock_s += c1 - c0
        fast_s += c2 - c1
        for path, a, b in zip(chunk, theirs, ours, strict=True):
            docs_seen += 1
            entities += len(a.ents)
            if not np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)):
                differing += 1
                if differing <= 10:
                    print(f"{path}: stock {a.ents[:5]} fast {b.ents[:5]}")
    print(
        f"compared {docs_seen} docs, {entities} entities (stock): "
        f"{differing} docs differ (ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID)"
    )
    print(f"recognizer CPU time: stock {stock_s:.2f} s, fast {fast_s:.2f} s")
    return 1 if differing else 0


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    sys.exit(main(args[0] if args else Path("../shared"), args[1:]))
