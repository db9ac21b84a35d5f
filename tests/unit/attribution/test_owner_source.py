"""Sources that a nominal or passive cue names itself."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken
from tests.factories import parsed_doc as _doc

from whosaid.attribution.features import doc_features
from whosaid.attribution.sources import owner_fallback

Token = ParsedToken


def test_nominal_cue_takes_its_owner_as_source(vocab: Any) -> None:
    # "Nobody believed Lee 's claim that the deal was done ."
    doc = _doc(
        vocab,
        [
            ("Nobody", "PRON", "NN", "nsubj", 1),
            ("believed", "VERB", "VBD", "ROOT", 1),
            ("Lee", "PROPN", "NNP", "poss", 4),
            ("'s", "PART", "POS", "case", 2),
            ("claim", "NOUN", "NN", "dobj", 1),
            ("that", "SCONJ", "IN", "mark", 9),
            ("the", "DET", "DT", "det", 7),
            ("deal", "NOUN", "NN", "nsubjpass", 9),
            ("was", "AUX", "VBD", "auxpass", 9),
            ("done", "VERB", "VBN", "acl", 4),
            (".", "PUNCT", ".", "punct", 1),
        ],
    )
    feats = doc_features(doc)
    assert owner_fallback(doc, feats, [4]) == [2, 3]
    assert owner_fallback(doc, feats, [4], busy={3}) == []


def test_passive_cue_takes_its_agent_as_source(vocab: Any) -> None:
    # "The plan was endorsed by the mayor ."
    doc = _doc(
        vocab,
        [
            ("The", "DET", "DT", "det", 1),
            ("plan", "NOUN", "NN", "nsubjpass", 3),
            ("was", "AUX", "VBD", "auxpass", 3),
            ("endorsed", "VERB", "VBN", "ROOT", 3),
            ("by", "ADP", "IN", "agent", 3),
            ("the", "DET", "DT", "det", 6),
            ("mayor", "NOUN", "NN", "pobj", 4),
            (".", "PUNCT", ".", "punct", 3),
        ],
    )
    feats = doc_features(doc)
    assert owner_fallback(doc, feats, [3]) == [5, 6]
    # an active verb has no agent: the subject fallback's turn
    assert owner_fallback(doc, feats, [1]) == []
