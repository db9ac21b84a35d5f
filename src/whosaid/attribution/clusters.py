"""Contextual token clusters for the taggers' base features.

spaCy's ``tok2vec`` gives every token a vector of its word in context
(``doc.tensor``, 96 floats with the shipped model) as a side effect of
parsing.  A token's nearest centroid among k-means centroids fitted on
PolNeAR train tokens (``scripts/build_token_clusters.py``) is a cheap
contextual word class: one small matrix product per Doc.  The centroids
ship in ``data/token_clusters.npz``: per size k of :data:`SIZES`, a
``(k, width)`` array of unit-length centroids named ``k<size>``.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from thinc.api import NumpyOps

logger = logging.getLogger(__name__)

CLUSTERS_FILE = "token_clusters.npz"
SIZES = (64, 512)
"""The cluster set sizes, coarse to fine."""


def default_clusters_path() -> Path:
    """The centroid file shipped inside the package."""
    return Path(str(resources.files("whosaid.attribution").joinpath("data"))) / (
        CLUSTERS_FILE
    )


@functools.lru_cache(maxsize=2)
def load_centroids(path: str | None = None) -> NDArray[np.float32] | None:
    """All centroids, the sets of :data:`SIZES` one after the other
    (``(sum(SIZES), width)``), or None when the file is missing.

    Args:
        path: the ``.npz`` file; default: :func:`default_clusters_path`.
    """
    file = Path(path) if path else default_clusters_path()
    if not file.is_file():
        logger.warning("no token clusters at %s: cluster features left out", file)
        return None
    with np.load(file, allow_pickle=False) as data:
        blocks = [np.asarray(data[f"k{k}"], dtype=np.float32) for k in SIZES]
    for k, block in zip(SIZES, blocks, strict=True):
        if block.ndim != 2 or block.shape[0] != k:
            raise ValueError(f"{file}: k{k} has shape {block.shape}, want ({k}, width)")
    return np.concatenate(blocks)


_OPS = NumpyOps()


def nearest(vectors: NDArray[Any], centroids: NDArray[np.float32]) -> NDArray[np.int64]:
    """Per vector, the index of its nearest centroid by cosine, per set.

    Args:
        vectors: ``(n, width)`` token vectors.
        centroids: unit-length centroids as :func:`load_centroids` gives them.

    Returns:
        A ``(len(SIZES), n)`` array: row ``s`` holds cluster ids in
        ``range(SIZES[s])``.
    """
    # BLIS (through thinc, as spaCy's own layers) and not NumPy's BLAS,
    # whose threads cost more than the product on a busy machine
    x = np.ascontiguousarray(vectors, dtype=np.float32)
    out = np.zeros((len(SIZES), x.shape[0]), dtype=np.int64)
    if not x.shape[0]:
        return out
    c = np.ascontiguousarray(centroids, dtype=np.float32)
    lo = 0
    for s, k in enumerate(SIZES):
        # one product per set: its scores come out contiguous, so argmax
        # reads them in place (a column slice of one product for all sets
        # was copied first); each score is the same dot product, bit for bit
        out[s] = _OPS.gemm(x, c[lo : lo + k], trans2=True).argmax(axis=1)
        lo += k
    return out


def doc_vectors(doc: Any, width: int) -> NDArray[Any] | None:
    """The Doc's tok2vec vectors (``doc.tensor``), or None when it has none
    of the right shape (a Doc read back from a ``DocBin`` keeps no tensor)."""
    tensor = getattr(doc, "tensor", None)
    if tensor is None or getattr(tensor, "shape", None) != (len(doc), width):
        return None
    return np.asarray(tensor)


def token_clusters(doc: Any, path: str | None = None) -> NDArray[np.int64] | None:
    """Per token of ``doc``, its cluster in each set of :data:`SIZES`
    (``(len(SIZES), len(doc))``), or None without centroids or tensor."""
    centroids = load_centroids(path)
    if centroids is None:
        return None
    vectors = doc_vectors(doc, centroids.shape[1])
    if vectors is None:
        if len(doc):
            _warn_once()
        return None
    return nearest(vectors, centroids)


@functools.cache
def _warn_once() -> None:
    logger.warning(
        "a Doc without the tok2vec tensor (doc.tensor): the taggers' cluster "
        "features are left out (parse with whosaid.nlp.load_spacy, or see "
        "restore_tensors for Docs read back from a DocBin)"
    )


@functools.lru_cache(maxsize=len(SIZES) * 8)
def cluster_strings(size: int, offset: int) -> tuple[str, ...]:
    """The feature strings ``tc<size><offset>=<id>`` of every cluster id
    (offset 0 written as ``tc<size>=<id>``; built once per process)."""
    rel = f"{offset:+d}" if offset else ""
    return tuple(f"tc{size}{rel}={c}" for c in range(size))


def restore_tensors(nlp: Any, docs: list[Any]) -> int:
    """Give Docs read back from a ``DocBin`` (which keeps no tensor) the
    ``doc.tensor`` their parse had: ``nlp``'s ``tok2vec``, the pipeline's
    first component, run on the text's tokens again.

    Args:
        nlp: the pipeline that parsed the Docs (:func:`whosaid.nlp.load_spacy`).
        docs: the Docs; those with a tensor, or whose text ``nlp`` tokenizes
            otherwise, are left as they are.

    Returns:
        How many Docs got their tensor back.
    """
    if "tok2vec" not in nlp.pipe_names:
        return 0
    tok2vec = nlp.get_pipe("tok2vec")
    done = 0
    for doc in docs:
        if doc_vectors(doc, tok2vec.model.get_dim("nO")) is not None:
            continue
        fresh = tok2vec(nlp.make_doc(doc.text))
        if [t.text for t in fresh] == [t.text for t in doc]:
            doc.tensor = fresh.tensor
            done += 1
    return done
