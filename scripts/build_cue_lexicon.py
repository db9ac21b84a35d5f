"""Build src/whosaid/attribution/data/cue_lexicon.tsv from PolNeAR train.

    PYTHONPATH=src python scripts/build_cue_lexicon.py ../shared/data/polnear

Counts, per word stem (``whosaid.attribution.cues.stem``), how often it is
part of a gold cue and how often it occurs at all in the train split (the
alphabetically first annotator, as for training).  Only stems that are a cue
at least once are written.  Never run on dev or test.
"""

from __future__ import annotations

import sys
from pathlib import Path

from whosaid.attribution.cues import count_cue_stems
from whosaid.eval.polnear import load_split

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/whosaid/attribution/data/cue_lexicon.tsv"


def main(data_dir: str) -> None:
    docs = load_split(data_dir, "train")
    counts = count_cue_stems(
        [d.text for d in docs],
        [[d.text[s:e] for a in d.attributions for s, e in a.cue] for d in docs],
    )
    lines = [
        "# stem\tcue\ttotal -- PolNeAR v1.0.0 train, built by "
        "scripts/build_cue_lexicon.py",
        *(
            f"{k}\t{c.cue}\t{c.total}"
            for k, c in sorted(counts.items(), key=lambda kv: (-kv[1].cue, kv[0]))
        ),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(counts)} stems -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear")
