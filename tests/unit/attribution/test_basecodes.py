"""Base features as codes: the same ids as the strings, each looked up once.

Docs are built by hand (words, tags, heads, labels, entities) on a blank
English vocabulary (its lower-case forms and shapes), so no spaCy model
runs; the reference is always the strings of ``feats.base``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from whosaid.attribution.basecodes import BaseCodes, Vocabulary
from whosaid.attribution.clusters import load_centroids
from whosaid.attribution.fastfeatures import base_ids
from whosaid.attribution.features import DocFeatures, doc_features
from whosaid.attribution.model import open_taggers
from whosaid.attribution.scoring import ScoringTagger

# 'BEIJING — Officials said: “We will win.”\n"It is over," NATO\'s head added.'
_TOKENS: list[tuple[str, bool, str, int, str, str]] = [
    # text, space after, tag, head, dep, entity
    ("BEIJING", True, "NNP", 2, "npadvmod", "B-GPE"),
    ("—", True, ":", 2, "punct", ""),
    ("Officials", True, "NNS", 3, "nsubj", ""),
    ("said", False, "VBD", 3, "ROOT", ""),
    (":", True, ":", 3, "punct", ""),
    ("“", False, "``", 8, "punct", ""),
    ("We", True, "PRP", 8, "nsubj", ""),
    ("will", True, "MD", 8, "aux", ""),
    ("win", False, "VB", 3, "ccomp", ""),
    (".", False, ".", 8, "punct", ""),
    ("”", False, "''", 8, "punct", ""),
    ("\n", False, "_SP", 10, "dep", ""),
    ('"', False, "``", 14, "punct", ""),
    ("It", True, "PRP", 14, "nsubj", ""),
    ("is", True, "VBZ", 21, "ccomp", ""),
    ("over", False, "RB", 14, "acomp", ""),
    (",", False, ",", 14, "punct", ""),
    ('"', True, "''", 14, "punct", ""),
    ("NATO", False, "NNP", 20, "poss", "B-ORG"),
    ("'s", True, "POS", 18, "case", ""),
    ("head", True, "NN", 21, "nsubj", ""),
    ("added", False, "VBD", 21, "ROOT", ""),
    (".", False, ".", 21, "punct", ""),
]
_SENT_STARTS = {0, 12}


_VOCAB = English().vocab


def _doc(tokens: Sequence[tuple[str, bool, str, int, str, str]]) -> Any:
    n = len(tokens)
    return Doc(
        _VOCAB,
        words=[t[0] for t in tokens],
        spaces=[t[1] for t in tokens],
        tags=[t[2] for t in tokens],
        heads=[t[3] for t in tokens],
        deps=[t[4] for t in tokens],
        ents=[t[5] or "O" for t in tokens],
        sent_starts=[i in _SENT_STARTS for i in range(n)],
    )


def _prefix(n: int) -> list[tuple[str, bool, str, int, str, str]]:
    """The first ``n`` tokens, each head kept inside them."""
    return [
        (*t[:3], t[3] if t[3] < n else i, *t[4:]) for i, t in enumerate(_TOKENS[:n])
    ]


def _lookup(vocabulary: dict[str, int]) -> Any:
    """A model-free look-up: an id per string seen, ``-1``'s stand-in else."""

    def lookup(strings: Sequence[str]) -> Any:
        return np.asarray([vocabulary.get(s, 999) for s in strings], dtype=np.int64)

    return lookup


def _reference(feats: DocFeatures, vocabulary: dict[str, int]) -> Any:
    """The id matrix of the strings, as ScoringTagger.ids lays it out."""
    base = feats.base
    width = max((len(row) for row in base), default=0)
    out = np.full((width, len(base)), 999, dtype=np.int64)
    for i, row in enumerate(base):
        for k, feature in enumerate(row):
            out[k, i] = vocabulary.get(feature, 999)
    return out


@pytest.fixture(scope="module")
def doc() -> Any:
    return _doc(_TOKENS)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4, 5, 6, len(_TOKENS)])
def test_basecodes_ids_are_the_ids_of_the_strings(n: int) -> None:
    feats = doc_features(_doc(_prefix(n)))
    assert feats.codes is not None
    # every string of the doc known, in order of appearance
    vocabulary: dict[str, int] = {}
    for row in feats.base:
        for feature in row:
            vocabulary.setdefault(feature, len(vocabulary))
    found = feats.codes.ids(_lookup(vocabulary), 999)
    expected = _reference(feats, vocabulary)
    assert found.shape == expected.shape
    assert np.array_equal(found, expected)


def test_basecodes_layout_is_shared_by_every_lookup(doc: Any) -> None:
    feats = doc_features(doc)
    assert feats.codes is not None
    layout = feats.codes.layout
    assert feats.codes.layout is layout  # worked out once
    first = {"bias": 0, "w=said": 1, "sstart=1": 2}
    second = {"send=1": 0, "mark=1": 1, "w-1=<pad>": 2}
    for known in (first, second, first):
        found = feats.codes.ids(_lookup(known), 999)
        assert np.array_equal(found, _reference(feats, known))


def test_basecodes_other_strings_are_those_outside_the_word_blocks(doc: Any) -> None:
    feats = doc_features(doc)
    codes = feats.codes
    assert codes is not None and codes.word_blocks
    in_blocks = {
        first + k for first, _ in codes.word_blocks for k in range(len(codes.words))
    }
    others, strings = codes.other_strings
    assert others == [i for i in range(len(codes.strings)) if i not in in_blocks]
    assert strings == [codes.strings[i] for i in others]
    assert codes.other_strings is codes.other_strings  # gathered once


def test_basecodes_unknown_strings_get_the_unknown_id(doc: Any) -> None:
    feats = doc_features(doc)
    assert feats.codes is not None
    known = {"bias": 0, "w=said": 1, "lex=1": 2, "mark=1": 3, "w-1=<pad>": 4}
    found = feats.codes.ids(_lookup(known), 999)
    assert np.array_equal(found, _reference(feats, known))
    assert found[0].tolist() == [0] * len(doc)


def test_basecodes_cover_every_optional_feature(doc: Any) -> None:
    features = {f for row in doc_features(doc).base for f in row}
    for flag in ("mark=1", "upper=1", "title=1", "lstart=1", "sstart=1", "send=1"):
        assert flag in features
    assert {"ccomp=1", "subj=1", "e=GPE", "e=ORG", "w-2=<pad>", "w2=<pad>"} <= features


@pytest.mark.parametrize("name", ["cue", "role"])
@pytest.mark.parametrize("words", [None, ["said", "the\0x", "Said"]])
def test_basecodes_give_the_shipped_taggers_their_ids(
    doc: Any, name: str, words: list[str] | None
) -> None:
    tagger = getattr(open_taggers(), name)
    if not isinstance(tagger, ScoringTagger):
        pytest.fail(f"the shipped {name} model should open as a ScoringTagger")
    if words is not None:  # a word with a NUL, a known word, a capitalised one
        doc = _doc([(w, True, "NN", 0, "dep", "") for w in words])
    feats = doc_features(doc)
    assert feats.codes is not None and feats.codes.word_blocks
    assert np.array_equal(base_ids(tagger, feats), tagger.ids(feats.base))


@pytest.mark.parametrize("name", ["cue", "role"])
def test_basecodes_with_clusters_give_the_shipped_taggers_their_ids(
    doc: Any, name: str
) -> None:
    tagger = getattr(open_taggers(), name)
    assert isinstance(tagger, ScoringTagger)
    centroids = load_centroids()
    assert centroids is not None, "the shipped token clusters should load"
    clustered = _doc(_TOKENS)
    rng = np.random.default_rng(5)
    clustered.tensor = rng.normal(size=(len(clustered), centroids.shape[1])).astype(
        np.float32
    )
    for _ in range(2):  # the second Doc reads the kept cluster-string ids
        feats = doc_features(clustered)
        assert feats.codes is not None and feats.codes.source_blocks
        assert np.array_equal(base_ids(tagger, feats), tagger.ids(feats.base))


def test_basecodes_base_strings_are_built_at_the_first_read(doc: Any) -> None:
    feats = doc_features(doc)
    assert callable(feats.base_source)
    base = feats.base
    source: object = feats.base_source
    assert source is base and feats.base is base
    assert len(base) == len(doc) and base[3][:2] == ["bias", "w=said"]


def test_basecodes_vocabulary_of_strings_keeps_first_seen_order() -> None:
    column = Vocabulary.of_strings(["b", "a", "b", "c", "a"])
    assert column.values == ["b", "a", "c"]
    assert column.codes.tolist() == [0, 1, 0, 2, 1]


def test_basecodes_of_an_empty_doc() -> None:
    codes = BaseCodes(strings=[], slots=np.zeros((27, 0), dtype=np.int64))
    assert codes.ids(_lookup({}), 7).shape == (0, 0)
