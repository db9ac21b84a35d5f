"""Check that whosaid's fast parser gives exactly spaCy's parse.

    PYTHONPATH=src python scripts/check_parser.py ../shared [more folders of .txt]

Parses every PolNeAR train and dev text and the seeds (``seeds/*.txt``), and
every ``.txt`` under the further folders given, with whosaid's pipeline up to
its parser, runs spaCy's stock parser and whosaid's
(:mod:`whosaid.nlp.fast_parser`) on copies of the same Docs in batches of 16
(as the pipeline does), and compares every token's HEAD, DEP and SENT_START.
Prints the docs and tokens compared, the first differences and both parsers'
CPU time; exits 1 on any difference.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START

from whosaid.nlp import load_spacy
from whosaid.nlp.fast_parser import FastDependencyParser
from whosaid.nlp.models import pipe_config

ATTRS = [HEAD, DEP, SENT_START]
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
    fast = nlp.get_pipe("parser")
    if not isinstance(fast, FastDependencyParser):
        print("whosaid's pipeline keeps spaCy's parser: nothing to check")
        return 2
    stock = fast.stock
    names = nlp.pipe_names
    disable = names[names.index("parser") :]
    docs_seen = tokens = differing = 0
    stock_s = fast_s = 0.0
    for i in range(0, len(paths), CHUNK):
        chunk = paths[i : i + CHUNK]
        text = [p.read_text(encoding="utf-8", errors="replace") for p in chunk]
        docs = list(
            nlp.pipe(
                text, batch_size=16, disable=disable, component_cfg=pipe_config(nlp)
            )
        )
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
            tokens += len(a)
            if not np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)):
                differing += 1
                if differing <= 10:
                    print(f"{path}: the parses differ")
    print(
        f"compared {docs_seen} docs, {tokens} tokens: "
        f"{differing} docs differ (HEAD, DEP, SENT_START)"
    )
    print(f"parser CPU time: stock {stock_s:.2f} s, fast {fast_s:.2f} s")
    return 1 if differing else 0


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    sys.exit(main(args[0] if args else Path("../shared"), args[1:]))
