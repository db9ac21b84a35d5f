"""A cue run never ends on the preposition of an adjunct it leaves out; a
tagged cue's object taken as content runs over an about/for/against phrase.

Docs are built by hand (words, tags, heads, labels), so no spaCy model runs.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.attribution.clauses import object_candidate
from whosaid.attribution.features import doc_features
from whosaid.attribution.tagging import _without_dangling_preposition


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Any:
    # a blank English vocab sets the lower-case forms the cue words are read from
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)


# "Quist said at a ceremony ." / "Quist said on Monday ." ...
_SAID_AT = (
    ["Quist", "said", "at", "a", "ceremony", "."],
    [1, 1, 1, 4, 2, 1],
    ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
    ["NNP", "VBD", "IN", "DT", "NN", "."],
)


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ([1, 2], [1]),  # "said at": the adjunct's object is left out
        ([1, 2, 3, 4], [1, 2, 3, 4]),  # the whole adjunct, as PolNeAR may take it
        ([1], [1]),
    ],
    ids=["dangling", "whole-adjunct", "one-token"],
)
def test_cue_tail_said_at(run: list[int], expected: list[int]) -> None:
    feats = doc_features(_doc(*_SAID_AT))
    assert _without_dangling_preposition(feats, run) == expected


def test_cue_tail_according_to_keeps_its_preposition() -> None:
    feats = doc_features(
        _doc(
            ["According", "to", "officials", ",", "it", "failed", "."],
            [5, 0, 1, 5, 5, 5, 5],
            ["prep", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
            ["VBG", "IN", "NNS", ",", "PRP", "VBD", "."],
        )
    )
    assert _without_dangling_preposition(feats, [0, 1]) == [0, 1]


def test_cue_tail_other_verb_keeps_its_preposition() -> None:
    # "warned of" takes its content as the object: not a time or place adjunct
    feats = doc_features(
        _doc(
            ["She", "warned", "of", "risks", "."],
            [1, 1, 1, 2, 1],
            ["nsubj", "ROOT", "prep", "pobj", "punct"],
            ["PRP", "VBD", "IN", "NNS", "."],
        )
    )
    assert _without_dangling_preposition(feats, [1, 2]) == [1, 2]


def _object_content(words: list[str], heads: list[int], deps: list[str]) -> Any:
    tags = ["NNP", "VBD", "NNP", "IN", "NNP", "IN", "DT", "NNS", "."][: len(words)]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags)
    for tok, p in zip(doc, pos, strict=False):
        tok.pos_ = p
    cand = object_candidate(doc, doc_features(doc), [1])
    return None if cand is None else [doc[i].text for run in cand.content for i in run]


def test_object_content_runs_over_an_against_phrase() -> None:
    # "Beijing warned Manila on Monday against any provocations ."
    content = _object_content(
        [
            "Beijing",
            "warned",
            "Manila",
            "on",
            "Monday",
            "against",
            "any",
            "provocations",
            ".",
        ],
        [1, 1, 1, 1, 3, 1, 7, 5, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj", "punct"],
    )
    assert content == ["Manila", "on", "Monday", "against", "any", "provocations"]


def test_object_content_leaves_out_a_time_phrase_after_it() -> None:
    # "Beijing warned Manila on Monday ." names only its target: no content
    content = _object_content(
        ["Beijing", "warned", "Manila", "on", "Monday", "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    )
    assert content is None
