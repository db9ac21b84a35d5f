"""Contextual token clusters (``whosaid.attribution.clusters``) and their features.

Docs are built by hand and given tensors made of chosen centroids, so no
spaCy model runs and every expected cluster id is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import NumpyOps

from whosaid.attribution.clusters import (
    SIZES,
    cluster_strings,
    load_centroids,
    nearest,
    token_clusters,
)
from whosaid.attribution.features import CLUSTER_OFFSETS, doc_features

_WIDTH = 8
_WORDS = ["Officials", "said", "they", "would", "win", "."]


def _centroids(seed: int = 3) -> dict[str, NDArray[np.float32]]:
    rng = np.random.default_rng(seed)
    out = {}
    for k in SIZES:
        c = rng.normal(size=(k, _WIDTH)).astype(np.float32)
        out[f"k{k}"] = c / np.linalg.norm(c, axis=1, keepdims=True)
    return out


@pytest.fixture
def centroid_file(tmp_path: Path) -> Path:
    path = tmp_path / "clusters.npz"
    np.savez(path, **_centroids())  # type: ignore[arg-type]
    return path


def _doc(tensor: NDArray[np.float32] | None) -> Any:
    doc = Doc(
        Vocab(),
        words=_WORDS,
        spaces=[True] * (len(_WORDS) - 2) + [False, False],
        tags=["NNS", "VBD", "PRP", "MD", "VB", "."],
        heads=[1, 1, 4, 4, 1, 1],
        deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
    )
    if tensor is not None:
        doc.tensor = tensor
    return doc


def test_clusters_nearest_finds_each_set_s_own_centroid() -> None:
    blocks = _centroids()
    centroids = np.concatenate([blocks[f"k{k}"] for k in SIZES])
    coarse, fine = 17, 301
    # a vector on the fine centroid, scaled: its coarse cluster is the
    # coarse centroid nearest to it, whatever the scale
    vectors = np.stack([blocks["k64"][coarse] * 5.0, blocks["k512"][fine] * 0.1])
    got = nearest(vectors, centroids)
    assert got.shape == (len(SIZES), 2)
    assert got[0, 0] == coarse
    assert got[1, 1] == fine
    assert got[0, 1] == int((blocks["k64"] @ blocks["k512"][fine]).argmax())


@pytest.mark.parametrize("n", [1, 7, 300])
def test_clusters_nearest_is_the_argmax_of_one_product_for_all_sets(n: int) -> None:
    rng = np.random.default_rng(n)
    width = 96  # the shipped model's tok2vec width
    centroids = rng.normal(size=(sum(SIZES), width)).astype(np.float32)
    vectors = rng.normal(size=(n, width)).astype(np.float32)
    scores = NumpyOps().gemm(vectors, centroids, trans2=True)
    expected = np.stack(
        [
            scores[:, lo : lo + k].argmax(axis=1)
            for lo, k in zip(np.cumsum((0, *SIZES[:-1])).tolist(), SIZES, strict=True)
        ]
    )
    assert np.array_equal(nearest(vectors, centroids), expected)


def test_clusters_nearest_of_no_vectors_is_empty() -> None:
    centroids = np.concatenate(list(_centroids().values()))
    got = nearest(np.zeros((0, _WIDTH), dtype=np.float32), centroids)
    assert got.shape == (len(SIZES), 0)


def test_clusters_load_centroids_reads_the_sets_in_order(centroid_file: Path) -> None:
    load_centroids.cache_clear()
    centroids = load_centroids(str(centroid_file))
    assert centroids is not None
    assert centroids.shape == (sum(SIZES), _WIDTH)
    np.testing.assert_allclose(centroids[SIZES[0]], _centroids()[f"k{SIZES[1]}"][0])


def test_clusters_missing_file_gives_none(tmp_path: Path) -> None:
    assert load_centroids(str(tmp_path / "absent.npz")) is None


def test_clusters_wrong_shape_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.npz"
    bad = _centroids()
    bad["k64"] = bad["k64"][:10]
    np.savez(path, **bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="k64 has shape"):
        load_centroids(str(path))


def test_clusters_doc_without_tensor_gives_none(centroid_file: Path) -> None:
    assert token_clusters(_doc(None), str(centroid_file)) is None


def test_clusters_tensor_of_wrong_width_gives_none(centroid_file: Path) -> None:
    tensor = np.ones((len(_WORDS), _WIDTH + 1), dtype=np.float32)
    assert token_clusters(_doc(tensor), str(centroid_file)) is None


def test_clusters_strings_name_size_offset_and_id() -> None:
    assert cluster_strings(64, 0)[17] == "tc64=17"
    assert cluster_strings(64, -2)[5] == "tc64-2=5"
    assert cluster_strings(512, 1)[301] == "tc512+1=301"
    assert len(cluster_strings(512, -1)) == 512


def test_clusters_shipped_centroids_load() -> None:
    centroids = load_centroids()
    if centroids is None:
        pytest.skip("no token_clusters.npz shipped in whosaid/attribution/data")
    assert centroids.shape[0] == sum(SIZES)
    np.testing.assert_allclose(np.linalg.norm(centroids, axis=1), 1.0, rtol=1e-4)


def test_clusters_features_of_token_and_neighbours() -> None:
    centroids = load_centroids()
    if centroids is None:
        pytest.skip("no token_clusters.npz shipped in whosaid/attribution/data")
    coarse = [3, 9, 27, 40, 63, 0]
    tensor = centroids[:64][coarse] * 2.0
    fine = nearest(tensor, centroids)[1].tolist()
    base = doc_features(_doc(tensor)).base
    feats = [[f for f in row if f.startswith("tc")] for row in base]
    assert CLUSTER_OFFSETS == ((-2, -1, 0, 1, 2), (-1, 0, 1))
    # the first token: itself and the two after it; no padding
    assert feats[0] == [
        "tc64=3",
        "tc64+1=9",
        "tc64+2=27",
        f"tc512={fine[0]}",
        f"tc512+1={fine[1]}",
    ]
    assert feats[2] == [
        "tc64-2=3",
        "tc64-1=9",
        "tc64=27",
        "tc64+1=40",
        "tc64+2=63",
        f"tc512-1={fine[1]}",
        f"tc512={fine[2]}",
        f"tc512+1={fine[3]}",
    ]
    assert feats[-1][-1] == f"tc512={fine[-1]}"


def test_clusters_no_features_without_tensor() -> None:
    base = doc_features(_doc(None)).base
    assert not any(f.startswith("tc") for row in base for f in row)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 6])
def test_clusters_codes_give_the_ids_of_the_strings(n: int) -> None:
    centroids = load_centroids()
    if centroids is None:
        pytest.skip("no token_clusters.npz shipped in whosaid/attribution/data")
    tensor = (centroids[:64][[3, 9, 27, 40, 63, 0]] * 2.0)[:n]
    doc = _doc(tensor)[:n].as_doc() if n < len(_WORDS) else _doc(tensor)
    doc.tensor = tensor
    feats = doc_features(doc)
    assert feats.codes is not None
    vocabulary: dict[str, int] = {}
    for row in feats.base:
        for feature in row:
            vocabulary.setdefault(feature, len(vocabulary))
    assert any(f.startswith("tc512") for f in vocabulary)

    def lookup(strings: Sequence[str]) -> Any:
        return np.asarray([vocabulary.get(s, 999) for s in strings], dtype=np.int64)

    expected = np.full((max(map(len, feats.base)), n), 999, dtype=np.int64)
    for i, row in enumerate(feats.base):
        for k, feature in enumerate(row):
            expected[k, i] = vocabulary[feature]
    assert np.array_equal(feats.codes.ids(lookup, 999), expected)
