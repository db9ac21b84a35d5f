"""Fit src/whosaid/attribution/data/token_clusters.npz on PolNeAR train.

    PYTHONPATH=src python scripts/build_token_clusters.py ../shared/data/polnear

Runs the tokenizer and spaCy's ``tok2vec`` (the first component of the
run-time pipeline, so the vectors are the ones the parser sees) over every
train article, draws a sample of non-space tokens with a fixed seed, and
fits spherical k-means (cosine, k-means++ start, a fixed number of Lloyd
rounds) for each size of :data:`whosaid.attribution.clusters.SIZES`.
Deterministic for a given corpus, model and NumPy.  Never run on dev or test.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from whosaid.attribution.clusters import CLUSTERS_FILE, SIZES
from whosaid.eval.polnear import load_split
from whosaid.nlp import load_spacy

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/whosaid/attribution/data" / CLUSTERS_FILE
SEED = 7
SAMPLE = 120_000
ROUNDS = 25


def train_vectors(data_dir: str) -> NDArray[np.float32]:
    """The tok2vec vectors of every non-space token of PolNeAR train."""
    nlp = load_spacy()
    tok2vec = nlp.get_pipe("tok2vec")
    rows = []
    for gold in load_split(data_dir, "train"):
        doc = tok2vec(nlp.make_doc(gold.text))
        keep = [not t.is_space for t in doc]
        rows.append(np.asarray(doc.tensor, dtype=np.float32)[keep])
    return np.concatenate(rows)


def _unit(x: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    out: NDArray[np.float32] = x / np.maximum(norms, 1e-6)
    return out


def spherical_kmeans(
    x: NDArray[np.float32], k: int, rng: np.random.Generator
) -> NDArray[np.float32]:
    """Unit-length centroids of ``k`` clusters of the unit rows of ``x``."""
    # k-means++ start on cosine distance
    first = int(rng.integers(len(x)))
    centroids = [x[first]]
    dist = 1.0 - x @ x[first]
    for _ in range(1, k):
        p = np.maximum(dist, 0.0) ** 2
        pick = int(rng.choice(len(x), p=p / p.sum()))
        centroids.append(x[pick])
        dist = np.minimum(dist, 1.0 - x @ x[pick])
    c = np.stack(centroids)
    for _ in range(ROUNDS):
        assign = (x @ c.T).argmax(axis=1)
        sums = np.zeros_like(c)
        np.add.at(sums, assign, x)
        empty = ~sums.any(axis=1)
        sums[empty] = c[empty]  # an empty cluster keeps its centroid
        c = _unit(sums)
    return c.astype(np.float32)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    t0 = time.perf_counter()
    vectors = train_vectors(argv[0])
    rng = np.random.default_rng(SEED)
    sample = _unit(vectors[rng.choice(len(vectors), SAMPLE, replace=False)])
    print(f"{len(vectors)} train tokens, sample {len(sample)}")
    arrays = {f"k{k}": spherical_kmeans(sample, k, rng) for k in SIZES}
    np.savez_compressed(OUT, **arrays)  # type: ignore[arg-type]
    print(f"wrote {OUT} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
