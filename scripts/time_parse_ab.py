"""Time whosaid's parse with its fast attribute ruler and with the stock one.

    PYTHONPATH=src python scripts/time_parse_ab.py ../shared/data/polnear/dev/text 84 3

Three pipelines in one process, run in turn over the same texts
(``nlp.pipe(texts, batch_size=16)``, every Doc consumed), ROUNDS times:

* ``bare``: the model as shipped (``load_spacy(bare=True)``);
* ``whosaid``: whosaid's pipeline (``load_spacy()``, the fast ruler);
* ``whosaid+stock``: whosaid's pipeline with spaCy's ``AttributeRuler`` (the
  model's patterns) in place of the fast one.

Taking turns spreads a drift in machine speed over all three, so the ratios
hold on a busy machine where ``whosaid bench`` run twice disagrees.  Prints
each round's seconds and the totals' ratios to bare.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from whosaid.nlp.attributes import FAST_NAME, STOCK_NAME
from whosaid.nlp.models import load_spacy

BATCH = 16


def with_stock_ruler(bare: Any) -> Any:
    """A fresh whosaid pipeline whose fast ruler is swapped back for the stock one."""
    nlp = load_spacy.__wrapped__()
    position = nlp.pipe_names.index(FAST_NAME)
    nlp.remove_pipe(FAST_NAME)
    ruler: Any = nlp.add_pipe(STOCK_NAME, before=position)
    ruler.add_patterns(bare.get_pipe(STOCK_NAME).patterns)
    return nlp


def main(folder: Path, limit: int, rounds: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))][
        :limit
    ]
    bare = load_spacy(bare=True)
    pipelines = {
        "bare": bare,
        "whosaid": load_spacy(),
        "whosaid+stock": with_stock_ruler(bare),
    }
    totals = dict.fromkeys(pipelines, 0.0)
    for nlp in pipelines.values():  # warm-up, untimed
        for _ in nlp.pipe(texts[:3], batch_size=BATCH):
            pass
    for r in range(rounds):
        line = []
        for name, nlp in pipelines.items():
            t0 = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=BATCH):
                pass
            seconds = time.perf_counter() - t0
            totals[name] += seconds
            line.append(f"{name} {seconds:.2f} s")
        print(f"round {r + 1}: " + ", ".join(line))
    for name, total in totals.items():
        print(f"{name:<16}{total:8.2f} s   {total / totals['bare']:.3f} x bare")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        int(sys.argv[2]) if len(sys.argv) > 2 else 84,
        int(sys.argv[3]) if len(sys.argv) > 3 else 3,
    )
