"""Check that whosaid's fast attribute ruler sets what spaCy's stock one sets.

    PYTHONPATH=src python scripts/check_tagpos.py ../shared

Parses every PolNeAR train and dev text and the seeds (``seeds/*.txt``) with
whosaid's pipeline up to its attribute ruler, runs spaCy's stock
``AttributeRuler`` (the installed model's patterns) and whosaid's fast one on
copies of each Doc, and compares POS, TAG, MORPH, LEMMA, DEP (and HEAD,
SENT_START) of every token (:func:`whosaid.nlp.tagcheck.compare_with_stock`).
Prints the docs and tokens compared, the first differences and both rulers'
time; exits 1 on any difference.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from whosaid.nlp.tagcheck import compare_with_stock


def texts(shared: Path) -> list[Path]:
    """PolNeAR train and dev texts, then the seeds."""
    polnear = shared / "data" / "polnear"
    paths = [
        p
        for split in ("train", "dev")
        for p in sorted((polnear / split / "text").glob("*.txt"))
    ]
    return paths + sorted((shared / "seeds").glob("*.txt"))


def read(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        yield path.name, path.read_text(encoding="utf-8")


def main(shared: Path) -> int:
    paths = texts(shared)
    if not paths:
        print(f"no texts under {shared}", file=sys.stderr)
        return 2
    result = compare_with_stock(read(paths))
    for example in result.examples:
        print(example)
    print(
        f"compared {result.docs} docs, {result.tokens} tokens: {result.differing} "
        "tokens differ (POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START)"
    )
    print(
        f"attribute ruler time: stock {result.stock_seconds:.2f} s, "
        f"fast {result.fast_seconds:.2f} s"
    )
    return 1 if result.differing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")))
