"""Tests for reports adjoined to a cue inside its content
(``whosaid.attribution.extract.adjoined_reports``)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import ParsedToken, parsed_doc, with_word

from whosaid.attribution.candidates import CLAUSE_METHOD, Candidate
from whosaid.attribution.clauses import adjoined_reports
from whosaid.attribution.features import doc_features

# "She defended the group but admitted that it erred badly ."
_ADMITTED: list[ParsedToken] = [
    ("She", "PRON", "PRP", "nsubj", 1),
    ("defended", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("group", "NOUN", "NN", "dobj", 1),
    ("but", "CCONJ", "CC", "cc", 1),
    ("admitted", "VERB", "VBD", "conj", 1),
    ("that", "SCONJ", "IN", "mark", 8),
    ("it", "PRON", "PRP", "nsubj", 8),
    ("erred", "VERB", "VBD", "ccomp", 5),
    ("badly", "ADV", "RB", "advmod", 8),
    (".", "PUNCT", ".", "punct", 1),
]

# "She said she came to support the group ."
_SUPPORT: list[ParsedToken] = [
    ("She", "PRON", "PRP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("she", "PRON", "PRP", "nsubj", 3),
    ("came", "VERB", "VBD", "ccomp", 1),
    ("to", "PART", "TO", "aux", 5),
    ("support", "VERB", "VB", "advcl", 3),
    ("the", "DET", "DT", "det", 7),
    ("group", "NOUN", "NN", "dobj", 5),
    (".", "PUNCT", ".", "punct", 1),
]


def _outer(content: list[int]) -> Candidate:
    return Candidate(cue=[1], source=[[0]], content=[content], confidence=0.8)


def test_a_coordinated_report_ends_the_outer_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ADMITTED)
    outer = _outer(list(range(2, 10)))
    pairs = adjoined_reports(doc, doc_features(doc), [outer])
    assert len(pairs) == 1
    inner = pairs[0][1]
    assert pairs[0][0] is outer
    assert outer.content == [[2, 3]]  # without the "but" left at its end
    assert inner.cue == [5]
    assert inner.content == [[6, 7, 8, 9]]
    assert inner.method == CLAUSE_METHOD


def test_a_verb_rarely_a_cue_stays_in_the_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, with_word(_ADMITTED, 5, "supported"))
    outer = _outer(list(range(2, 10)))
    assert adjoined_reports(doc, doc_features(doc), [outer]) == []
    assert outer.content == [list(range(2, 10))]


def test_a_cue_already_found_is_left_to_its_candidate(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ADMITTED)
    outer = _outer(list(range(2, 10)))
    found = Candidate(cue=[5], source=[], content=[[6, 7, 8, 9]], confidence=0.3)
    assert adjoined_reports(doc, doc_features(doc), [outer, found]) == []


@pytest.mark.parametrize("word", ["support", "urge"])
def test_a_clause_deeper_in_the_content_stays_in_it(vocab: Any, word: str) -> None:
    doc = parsed_doc(vocab, with_word(_SUPPORT, 5, word))
    outer = _outer(list(range(2, 8)))
    assert adjoined_reports(doc, doc_features(doc), [outer]) == []


def test_a_participle_stays_in_the_content(vocab: Any) -> None:
    # "She defended the group , admitting that it erred badly ."
    tokens = list(_ADMITTED)
    tokens[4] = (",", "PUNCT", ",", "punct", 1)
    tokens[5] = ("admitting", "VERB", "VBG", "advcl", 1)
    doc = parsed_doc(vocab, tokens)
    assert adjoined_reports(doc, doc_features(doc), [_outer(list(range(2, 10)))]) == []
