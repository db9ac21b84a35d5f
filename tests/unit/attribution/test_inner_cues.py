"""Less sure cues inside another attribution's content (polnear scheme).

Docs are built by hand (words, tags, heads, labels), so no spaCy model runs.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import spacy
from spacy.tokens import Doc

from whosaid.attribution.candidates import Candidate
from whosaid.attribution.features import doc_features
from whosaid.attribution.inner_cues import (
    content_tokens,
    cut_for_inner,
    hangs_by,
    inner_cues,
    own_subject_inside,
)
from whosaid.attribution.scheme import levers


def _doc(rows: list[tuple[str, int, str, str]]) -> Any:
    words, heads, deps, tags = zip(*rows, strict=True)
    return Doc(
        spacy.blank("en").vocab,
        words=list(words),
        heads=list(heads),
        deps=list(deps),
        tags=list(tags),
    )


# "She said that officials warned voters ."
_NESTED = [
    ("She", 1, "nsubj", "PRP"),
    ("said", 1, "ROOT", "VBD"),
    ("that", 4, "mark", "IN"),
    ("officials", 4, "nsubj", "NNS"),
    ("warned", 1, "ccomp", "VBD"),
    ("voters", 4, "dobj", "NNS"),
    (".", 1, "punct", "."),
]
# "She said , warning voters ." (no subject of its own)
_NO_SUBJECT = [
    ("She", 1, "nsubj", "PRP"),
    ("said", 1, "ROOT", "VBD"),
    (",", 1, "punct", ","),
    ("warning", 1, "advcl", "VBG"),
    ("voters", 3, "dobj", "NNS"),
    (".", 1, "punct", "."),
]


def test_content_tokens_gathers_every_run() -> None:
    cands = [SimpleNamespace(content=[[2, 3], [5]]), SimpleNamespace(content=[[7]])]
    assert content_tokens(cands) == {2, 3, 5, 7}


def test_own_subject_must_lie_in_the_content() -> None:
    doc = _doc(_NESTED)
    assert own_subject_inside(doc, 4, {2, 3, 4, 5})
    assert not own_subject_inside(doc, 4, {4, 5})


def test_a_less_sure_cue_with_its_subject_in_a_content_is_taken() -> None:
    doc = _doc(_NESTED)
    feats = doc_features(doc)
    found = inner_cues(
        doc, feats, [([1], 0.9), ([4], 0.3)], [([1], 0.9)], {2, 3, 4, 5}, threshold=0.45
    )
    assert found == [([4], 0.3)]


def test_a_cue_outside_every_content_is_not_taken() -> None:
    doc = _doc(_NESTED)
    feats = doc_features(doc)
    assert inner_cues(doc, feats, [([4], 0.3)], [], {5}, threshold=0.45) == []
    assert inner_cues(doc, feats, [([4], 0.3)], [], set(), threshold=0.45) == []


def test_sure_cues_are_not_taken_twice() -> None:
    doc = _doc(_NESTED)
    feats = doc_features(doc)
    content = {2, 3, 4, 5}
    assert inner_cues(doc, feats, [([4], 0.6)], [], content, threshold=0.45) == []
    assert (
        inner_cues(doc, feats, [([4], 0.3)], [([4], 0.6)], content, threshold=0.45)
        == []
    )


def test_a_cue_without_a_subject_of_its_own_is_not_taken() -> None:
    doc = _doc(_NO_SUBJECT)
    feats = doc_features(doc)
    assert inner_cues(doc, feats, [([3], 0.3)], [], {3, 4}, threshold=0.45) == []


def test_news_scheme_takes_no_inner_cues() -> None:
    assert levers("news").inner_cue_threshold is None


# "She said taxes rose , adding that officials warned voters ."
_ADDING = [
    ("She", 1, "nsubj", "PRP"),
    ("said", 1, "ROOT", "VBD"),
    ("taxes", 3, "nsubj", "NNS"),
    ("rose", 1, "ccomp", "VBD"),
    (",", 1, "punct", ","),
    ("adding", 1, "advcl", "VBG"),
    ("that", 8, "mark", "IN"),
    ("officials", 8, "nsubj", "NNS"),
    ("warned", 5, "ccomp", "VBD"),
    ("voters", 8, "dobj", "NNS"),
    (".", 1, "punct", "."),
]


def _outer(last: int) -> Candidate:
    return Candidate(
        cue=[1], source=[[0]], content=[list(range(2, last + 1))], confidence=0.9
    )


def test_an_adjoined_inner_cue_ends_the_outer_content() -> None:
    doc = _doc(_ADDING)
    feats = doc_features(doc)
    outer = _outer(9)
    inner = Candidate(cue=[5], source=[], content=[[6, 7, 8, 9]], confidence=0.1)
    pairs = cut_for_inner(doc, feats, [outer, inner], [inner], relation="adjoined")
    assert pairs == [(outer, inner)]
    assert outer.content == [[2, 3]]


def test_a_complement_inner_cue_cuts_only_when_asked() -> None:
    doc = _doc(_NESTED)
    feats = doc_features(doc)
    outer = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.9)
    inner = Candidate(cue=[4], source=[[3]], content=[[5]], confidence=0.1)
    assert cut_for_inner(doc, feats, [outer, inner], [inner], relation="adjoined") == []
    assert outer.content == [[2, 3, 4, 5]]
    # "that officials" would be all that is left before the inner source
    outer2 = _outer(9)
    doc2 = _doc(_ADDING)
    inner2 = Candidate(cue=[8], source=[[7]], content=[[9]], confidence=0.1)
    pairs = cut_for_inner(
        doc2, doc_features(doc2), [outer2, inner2], [inner2], relation="any"
    )
    assert pairs == [(outer2, inner2)]
    assert outer2.content == [[2, 3, 4, 5, 6]]


def test_an_inner_content_reaching_back_cuts_nothing() -> None:
    doc = _doc(_ADDING)
    feats = doc_features(doc)
    outer = _outer(9)
    inner = Candidate(cue=[5], source=[], content=[[2, 3]], confidence=0.1)
    assert cut_for_inner(doc, feats, [outer, inner], [inner], relation="adjoined") == []
    assert outer.content == [[2, 3, 4, 5, 6, 7, 8, 9]]


def test_hangs_by_each_relation() -> None:
    doc = _doc(_ADDING)
    assert hangs_by(doc, 1, 5, "adjoined")
    assert hangs_by(doc, 1, 5, "adjunct")
    assert not hangs_by(doc, 1, 8, "adjoined")  # complement of "adding"
    assert not hangs_by(doc, 1, 8, "adjunct")
    assert hangs_by(doc, 1, 8, "any")


def test_a_cue_without_subject_is_taken_when_no_subject_is_needed() -> None:
    doc = _doc(_NO_SUBJECT)
    feats = doc_features(doc)
    found = inner_cues(
        doc, feats, [([3], 0.3)], [], {3, 4}, threshold=0.45, needs_subject=False
    )
    assert found == [([3], 0.3)]
