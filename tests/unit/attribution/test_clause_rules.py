"""Clausal complements of cue verbs that the cue tagger passed over."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.attribution.extract import (
    CLAUSE_CONFIDENCE,
    CLAUSE_METHOD,
    clause_candidates,
)
from whosaid.attribution.features import doc_features

Token = tuple[str, str, str, str, int]  # text, POS, tag, dep, head


@pytest.fixture(scope="module")
def vocab() -> Any:
    return spacy.blank("en").vocab


def _doc(vocab: Any, tokens: list[Token]) -> Any:
    words = [t[0] for t in tokens]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {",", ".", "'s", '"'}
        for i in range(len(words))
    ]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=[t[1] for t in tokens],
        tags=[t[2] for t in tokens],
        deps=[t[3] for t in tokens],
        heads=[t[4] for t in tokens],
    )


# "Economists predict that rates will rise ."
_PREDICT: list[Token] = [
    ("Economists", "NOUN", "NNS", "nsubj", 1),
    ("predict", "VERB", "VBP", "ROOT", 1),
    ("that", "SCONJ", "IN", "mark", 5),
    ("rates", "NOUN", "NNS", "nsubj", 5),
    ("will", "AUX", "MD", "aux", 5),
    ("rise", "VERB", "VB", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]

# "The ruling meant that the law stands ." -- "meant" takes a clause
# without anyone saying it
_MEANT: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("ruling", "NOUN", "NN", "nsubj", 2),
    ("meant", "VERB", "VBD", "ROOT", 2),
    ("that", "SCONJ", "IN", "mark", 6),
    ("the", "DET", "DT", "det", 5),
    ("law", "NOUN", "NN", "nsubj", 6),
    ("stands", "VERB", "VBZ", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
]

# "Voters consider the plan fair ." -- a small clause, no subject of its own
_SMALL_CLAUSE: list[Token] = [
    ("Voters", "NOUN", "NNS", "nsubj", 1),
    ("consider", "VERB", "VBP", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("plan", "NOUN", "NN", "nsubj", 4),
    ("fair", "ADJ", "JJ", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def _texts(doc: Any, cands: list[Any]) -> list[tuple[str, str]]:
    return [
        (
            " ".join(doc[i].text for i in c.cue),
            " ".join(doc[i].text for run in c.content for i in run),
        )
        for c in cands
    ]


def test_cue_verb_with_a_clause_is_a_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _PREDICT)
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("predict", "rates will rise")]
    assert cands[0].method == CLAUSE_METHOD
    assert cands[0].confidence == CLAUSE_CONFIDENCE
    assert cands[0].source == []  # left to the subject fallback


def test_verb_the_tagger_took_is_left_to_it(vocab: Any) -> None:
    doc = _doc(vocab, _PREDICT)
    assert clause_candidates(doc, doc_features(doc), {1}) == []


def test_verb_that_says_nothing_is_no_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _MEANT)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_small_clause_is_no_content(vocab: Any) -> None:
    doc = _doc(vocab, _SMALL_CLAUSE)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_verb_inside_a_quotation_is_the_quoted_speakers(vocab: Any) -> None:
    quoted: list[Token] = [
        ('"', "PUNCT", "``", "punct", 2),
        *[(w, p, t, d, h + 1) for w, p, t, d, h in _PREDICT[:-1]],
        ('"', "PUNCT", "''", "punct", 2),
    ]
    doc = _doc(vocab, quoted)
    feats = doc_features(doc)
    assert feats.quote_id[2] >= 0
    assert clause_candidates(doc, feats, frozenset()) == []
