"""The fast attribute ruler sets what spaCy's AttributeRuler sets, pattern for pattern.

Every test builds Docs by hand on a blank vocabulary (no model), runs the
stock ruler and the fast one on copies of the same Doc, and checks both the
stock ruler's result (so that the test means something) and that the fast
ruler's is identical.
"""

from __future__ import annotations

import functools
import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from whosaid.nlp.attributes import (
    FAST_NAME,
    STOCK_NAME,
    FastAttributeRuler,
    UnsupportedPatterns,
    use_fast_attribute_ruler,
)

ATTRS = [POS, TAG, MORPH, LEMMA, DEP]

Pattern = dict[str, Any]


@functools.cache
def _vocab() -> Any:
    """A blank English vocabulary: lexemes get LOWER, IS_SPACE... (a bare
    ``Vocab()`` has no lexical attribute getters)."""
    return spacy.blank("en").vocab


def _doc(
    vocab: Any, words: list[str], tags: list[str], deps: list[str] | None = None
) -> Doc:
    if deps is None:
        return Doc(vocab, words=words, tags=tags)
    heads = [0] * len(words)  # every token hangs off the first: a valid tree
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def _both(patterns: list[Pattern], doc: Doc) -> tuple[Doc, Doc]:
    """(stock result, fast result) on copies of ``doc``; asserts they agree."""
    stock = AttributeRuler(doc.vocab)
    stock.add_patterns(patterns)
    fast = FastAttributeRuler.from_patterns(doc.vocab, patterns)
    expected, got = stock(doc.copy()), fast(doc.copy())
    for token_e, token_g in zip(expected, got, strict=True):
        assert (
            token_g.pos_,
            token_g.tag_,
            str(token_g.morph),
            token_g.lemma_,
            token_g.dep_,
        ) == (
            token_e.pos_,
            token_e.tag_,
            str(token_e.morph),
            token_e.lemma_,
            token_e.dep_,
        ), token_e.text
    assert np.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS))
    return expected, got


TAG_MAP: list[Pattern] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
]


def test_single_token_tag_patterns_set_pos_and_morph() -> None:
    doc = _doc(_vocab(), ["She", "read", "books", "today"], ["PRP", "VBD", "NN", "RB"])
    _, got = _both(TAG_MAP, doc)
    assert [t.pos_ for t in got] == ["PRON", "VERB", "NOUN", ""]
    assert str(got[2].morph) == "Number=Sing"
    assert str(got[3].morph) == ""


def test_a_lower_conditioned_pattern_only_touches_its_words() -> None:
    patterns = [
        *TAG_MAP,
        {
            "patterns": [[{"TAG": "PRP", "LOWER": "she"}]],
            "attrs": {"LEMMA": "she", "MORPH": "Case=Nom|Gender=Fem|PronType=Prs"},
        },
        {
            "patterns": [[{"TAG": "NN", "LOWER": {"IN": ["something", "nothing"]}}]],
            "attrs": {"POS": "PRON"},
        },
    ]
    words = ["SHE", "said", "nothing", "to", "him", "or", "anything"]
    tags = ["PRP", "VBD", "NN", "IN", "PRP", "CC", "NN"]
    _, got = _both(patterns, _doc(_vocab(), words, tags))
    assert got[0].lemma_ == "she" and got[0].morph.get("Case") == ["Nom"]
    assert got[4].lemma_ == "" and str(got[4].morph) == "PronType=Prs"
    assert [got[2].pos_, got[6].pos_] == ["PRON", "NOUN"]
    # The later pattern set POS only: the tag map's MORPH stays.
    assert str(got[2].morph) == "Number=Sing"


def test_later_patterns_override_earlier_ones_attribute_by_attribute() -> None:
    patterns = [
        {"patterns": [[{"LOWER": "well"}]], "attrs": {"POS": "INTJ", "LEMMA": "well"}},
        {"patterns": [[{"TAG": "RB"}]], "attrs": {"POS": "ADV", "MORPH": "Degree=Pos"}},
        {
            "patterns": [[{"TAG": "RB", "LOWER": "well"}]],
            "attrs": {"MORPH": "Degree=Cmp"},
        },
    ]
    doc = _doc(_vocab(), ["Well", "well", "quickly"], ["UH", "RB", "RB"])
    _, got = _both(patterns, doc)
    assert (got[0].pos_, got[0].lemma_, str(got[0].morph)) == ("INTJ", "well", "")
    assert (got[1].pos_, got[1].lemma_, str(got[1].morph)) == (
        "ADV",
        "well",
        "Degree=Cmp",
    )
    assert (got[2].pos_, str(got[2].morph)) == ("ADV", "Degree=Pos")


def test_multi_token_patterns_set_the_indexed_token() -> None:
    patterns = [
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
        {
            "patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]],
            "attrs": {"LEMMA": "to"},
            "index": 1,
        },
        {
            "patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]],
            "attrs": {"LEMMA": "you"},
        },
        {
            "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]],
            "attrs": {"POS": "VERB"},
            "index": -1,
        },
    ]
    words = ["y'", "all", "gon", "na", "see", "there", "was", "gon", "and", "na"]
    tags = ["PRP", "DT", "VBG", "TO", "VB", "EX", "VBD", "VBG", "CC", "TO"]
    deps = ["ROOT", "dep", "aux", "aux", "dep", "expl", "dep", "dep", "cc", "dep"]
    _, got = _both(patterns, _doc(_vocab(), words, tags, deps))
    assert [t.lemma_ for t in got] == ["you", "", "go", "to", "", "", "", "", "", ""]
    assert got[6].pos_ == "VERB" and got[5].pos_ == ""


def test_patterns_all_test_the_doc_as_it_was_before_the_ruler() -> None:
    patterns = [
        {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "X"}},
        {
            "patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]],
            "attrs": {"DEP": "dep"},
        },
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
        {
            "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
            "attrs": {"POS": "AUX"},
        },
    ]
    words = ["Hi", "\n\n", "oops", "will", "to"]
    tags = ["UH", "NN", "_SP", "MD", "TO"]
    deps = ["ROOT", "punct", "dep", "aux", "aux"]
    _, got = _both(patterns, _doc(_vocab(), words, tags, deps))
    assert (got[1].tag_, got[1].pos_, got[1].dep_) == ("_SP", "SPACE", "dep")
    assert got[2].pos_ == "X"  # tagged _SP though not a space: seen before the ruler
    assert [got[3].pos_, got[4].pos_] == ["AUX", ""]


def test_patterns_with_operators_run_in_a_matcher_in_their_turn() -> None:
    patterns = [
        {"patterns": [[{"TAG": "JJ"}]], "attrs": {"POS": "ADJ", "LEMMA": "adj"}},
        {
            "patterns": [[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]],
            "attrs": {"LEMMA": "intensified"},
            "index": -1,
        },
        {"patterns": [[{"LOWER": "big"}]], "attrs": {"LEMMA": "big"}},
    ]
    words = ["very", "very", "good", "and", "very", "big", "red"]
    tags = ["RB", "RB", "JJ", "CC", "RB", "JJ", "JJ"]
    _, got = _both(patterns, _doc(_vocab(), words, tags))
    assert [t.lemma_ for t in got] == ["", "", "intensified", "", "", "big", "adj"]


def test_several_alternatives_of_one_pattern() -> None:
    patterns = [
        {
            "patterns": [
                [{"TAG": "VBZ", "LOWER": "gets"}],
                [{"TAG": "VBD", "LOWER": "got"}],
            ],
            "attrs": {"LEMMA": "get"},
        }
    ]
    doc = _doc(_vocab(), ["got", "gets", "got"], ["VBD", "VBZ", "VBN"])
    _, got = _both(patterns, doc)
    assert [t.lemma_ for t in got] == ["get", "get", ""]


def test_a_doc_with_no_tokens_and_a_ruler_with_no_patterns() -> None:
    vocab = _vocab()
    _both(TAG_MAP, Doc(vocab, words=[]))
    doc = _doc(vocab, ["a"], ["DT"])
    got = FastAttributeRuler.from_patterns(vocab, [])(doc.copy())
    assert np.array_equal(got.to_array(ATTRS), doc.to_array(ATTRS))


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"patterns": [[{"LOWER": "x"}]], "attrs": {"NORM": "y"}}, "sets NORM"),
        (
            {"patterns": [[{"LOWER": "x"}]], "attrs": {"LEMMA": "y"}, "index": 1},
            "index 1",
        ),
        (
            {"patterns": [[{"LOWER": "x"}]], "attrs": {"_": {"flag": True}}},
            "extension attributes",
        ),
    ],
)
def test_patterns_it_cannot_reproduce_are_refused(entry: Pattern, message: str) -> None:
    with pytest.raises(UnsupportedPatterns, match=message):
        FastAttributeRuler.from_patterns(_vocab(), [*TAG_MAP, entry])


def _blank_with_ruler(patterns: list[Pattern]) -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler: Any = nlp.add_pipe(STOCK_NAME)
    ruler.add_patterns(patterns)
    nlp.add_pipe("sentencizer", name="after")
    return nlp


def test_the_fast_ruler_takes_the_stock_ones_place() -> None:
    nlp = _blank_with_ruler(TAG_MAP)
    assert use_fast_attribute_ruler(nlp)
    assert nlp.pipe_names == ["sentencizer", FAST_NAME, "after"]
    doc = nlp.get_pipe(FAST_NAME)(
        Doc(nlp.vocab, words=["it", "ran"], tags=["PRP", "VBD"])
    )
    assert [t.pos_ for t in doc] == ["PRON", "VERB"]


def test_the_stock_ruler_stays_when_the_patterns_are_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    nlp = _blank_with_ruler(
        [*TAG_MAP, {"patterns": [[{"LOWER": "x"}]], "attrs": {"NORM": "y"}}]
    )
    assert not use_fast_attribute_ruler(nlp)
    assert nlp.pipe_names == ["sentencizer", STOCK_NAME, "after"]
    assert "keeping spaCy's attribute_ruler" in caplog.text
    assert not use_fast_attribute_ruler(spacy.blank("en"))


# Random docs over a small vocabulary, against patterns of every shape.
_WORDS = [
    "the",
    "The",
    "it",
    "is",
    "was",
    "gon",
    "na",
    "y'",
    "all",
    "not",
    "n't",
    "\n",
    " ",
    "x",
]
_TAGS = ["DT", "PRP", "VBZ", "VBD", "VBG", "TO", "RB", "_SP", "NN", "IN"]
_DEPS = ["ROOT", "det", "nsubj", "aux", "expl", "dep", "mark", ""]
MIXED: list[Pattern] = [
    *TAG_MAP,
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET", "MORPH": "PronType=Art"}},
    {"patterns": [[{"TAG": "DT", "LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def"}},
    {
        "patterns": [[{"TAG": "RB", "LOWER": {"IN": ["not", "n't"]}}]],
        "attrs": {"POS": "PART", "LEMMA": "not"},
    },
    {"patterns": [[{"LOWER": "it", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {
        "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]],
        "attrs": {"POS": "VERB"},
        "index": 1,
    },
    {
        "patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]],
        "attrs": {"LEMMA": "to"},
        "index": -1,
    },
    {
        "patterns": [[{"TAG": "VBZ", "LOWER": "is"}, {"LOWER": {"REGEX": "^n'?t$"}}]],
        "attrs": {"LEMMA": "be"},
    },
    {
        "patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]],
        "attrs": {"LEMMA": "you"},
    },
    {"patterns": [[{"LOWER": "x", "OP": "+"}]], "attrs": {"LEMMA": "ex"}},
    {
        "patterns": [[{"TAG": "_SP", "IS_SPACE": False}]],
        "attrs": {"POS": "X", "MORPH": "_"},
    },
    {
        "patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]],
        "attrs": {"DEP": "dep"},
    },
    {
        "patterns": [[{"IS_SPACE": True}]],
        "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"},
    },
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WORDS), st.sampled_from(_TAGS), st.sampled_from(_DEPS)
        ),
        min_size=1,
        max_size=12,
    )
)
def test_random_docs_come_out_as_the_stock_ruler_makes_them(
    tokens: list[tuple[str, str, str]],
) -> None:
    words, tags, deps = (list(column) for column in zip(*tokens, strict=True))
    doc = Doc(_vocab(), words=words, tags=tags)
    # DEP: set directly, '' (no label) included, with no tree needed.
    array = doc.to_array([DEP])
    for i, dep in enumerate(deps):
        array[i] = doc.vocab.strings.add(dep)
    doc.from_array([DEP], array)
    _both(MIXED, doc)


def test_the_patterns_survive_to_bytes_and_to_disk(tmp_path: Path) -> None:
    nlp = _blank_with_ruler(MIXED)
    patterns = nlp.get_pipe(STOCK_NAME).patterns
    assert use_fast_attribute_ruler(nlp)
    fast = nlp.get_pipe(FAST_NAME)
    assert fast.patterns == patterns
    copy = FastAttributeRuler(nlp.vocab).from_bytes(fast.to_bytes())
    assert copy.patterns == patterns
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe(FAST_NAME).patterns == patterns
    words, tags = ["The", "x", "\n", "it"], ["DT", "NN", "NN", "PRP"]
    for ruler in (copy, loaded.get_pipe(FAST_NAME)):
        got = ruler(Doc(ruler.vocab, words=words, tags=tags))
        assert [t.pos_ for t in got] == ["DET", "NOUN", "SPACE", "PRON"]
        assert [t.lemma_ for t in got] == ["", "ex", "", ""]


def test_threads_sharing_one_ruler_get_what_one_thread_gets() -> None:
    rng = random.Random(7)
    vocab = _vocab()
    docs = []
    for _ in range(40):
        words = [rng.choice(_WORDS) for _ in range(30)]
        docs.append(Doc(vocab, words=words, tags=[rng.choice(_TAGS) for _ in words]))
    stock = AttributeRuler(vocab)
    stock.add_patterns(MIXED)
    expected = [stock(d.copy()).to_array(ATTRS) for d in docs]
    fast = FastAttributeRuler.from_patterns(vocab, MIXED)  # nothing resolved yet
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(lambda d: fast(d.copy()).to_array(ATTRS), docs * 4))
    finally:
        sys.setswitchinterval(interval)
    for i, array in enumerate(got):
        assert np.array_equal(array, expected[i % len(docs)])
