"""Cues PolNeAR gives no source: raising verbs ("X seems to ...") and the
one asked ("was asked about ...")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.candidates import Candidate
from whosaid.attribution.features import doc_features
from whosaid.attribution.filters import needs_source
from whosaid.attribution.sources import drop_source, sourceless_cue

Token = ParsedToken


def _doc(vocab: Any, tokens: list[Token]) -> Any:
    return parsed_doc(vocab, tokens, tight=frozenset({"."}))


# "Lee appears to have a lead ."
_APPEARS: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubj", 1),
    ("appears", "VERB", "VBZ", "ROOT", 1),
    ("to", "PART", "TO", "aux", 3),
    ("have", "VERB", "VB", "xcomp", 1),
    ("a", "DET", "DT", "det", 5),
    ("lead", "NOUN", "NN", "dobj", 3),
    (".", "PUNCT", ".", "punct", 1),
]

# "Lee appeared on television ." -- no raising: not a cue of that kind
_APPEARED_ON: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubj", 1),
    ("appeared", "VERB", "VBD", "ROOT", 1),
    ("on", "ADP", "IN", "prep", 1),
    ("television", "NOUN", "NN", "pobj", 2),
    (".", "PUNCT", ".", "punct", 1),
]

# "Lee was asked about the plan ."
_WAS_ASKED: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "AUX", "VBD", "auxpass", 2),
    ("asked", "VERB", "VBN", "ROOT", 2),
    ("about", "ADP", "IN", "prep", 2),
    ("the", "DET", "DT", "det", 5),
    ("plan", "NOUN", "NN", "pobj", 3),
    (".", "PUNCT", ".", "punct", 2),
]

# "Lee asked about the plan ."
_ASKED: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubj", 1),
    ("asked", "VERB", "VBD", "ROOT", 1),
    ("about", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 4),
    ("plan", "NOUN", "NN", "pobj", 2),
    (".", "PUNCT", ".", "punct", 1),
]


@pytest.mark.parametrize(
    ("tokens", "cue", "expected"),
    [
        (_APPEARS, [1], True),
        (_APPEARED_ON, [1], False),
        (_WAS_ASKED, [2], True),
        (_ASKED, [1], False),
    ],
)
def test_sourceless_cues(
    vocab: Any, tokens: list[Token], cue: list[int], expected: bool
) -> None:
    doc = _doc(vocab, tokens)
    assert sourceless_cue(doc, doc_features(doc), cue) is expected


def test_raising_subject_moves_into_the_content(vocab: Any) -> None:
    doc = _doc(vocab, _APPEARS)
    feats = doc_features(doc)
    cand = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.8)
    drop_source(doc, feats, cand)
    assert cand.source == []
    assert cand.content == [[0], [2, 3, 4, 5]]
    # and the attribution stays without one
    assert not needs_source(doc, feats, cand)


def test_the_one_asked_is_no_source_nor_content(vocab: Any) -> None:
    doc = _doc(vocab, _WAS_ASKED)
    feats = doc_features(doc)
    cand = Candidate(cue=[2], source=[[0]], content=[[3, 4, 5]], confidence=0.8)
    drop_source(doc, feats, cand)
    assert cand.source == []
    assert cand.content == [[3, 4, 5]]


def test_other_cues_still_need_a_source(vocab: Any) -> None:
    doc = _doc(vocab, _ASKED)
    cand = Candidate(cue=[1], source=[], content=[[2, 3, 4]], confidence=0.8)
    assert needs_source(doc, doc_features(doc), cand)
