"""The rules only the polnear scheme turns on: agentless passive cues need no
source, and a cue under a preposition takes the subject of the verb above."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.features import doc_features
from whosaid.attribution.filters import agentless_passive
from whosaid.attribution.sources import subject_fallback

Token = ParsedToken


def _doc(vocab: Any, tokens: list[Token]) -> Any:
    return parsed_doc(vocab, tokens, tight=frozenset({"."}))


# "The role was disclosed ."
_WAS_DISCLOSED: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("role", "NOUN", "NN", "nsubjpass", 3),
    ("was", "AUX", "VBD", "auxpass", 3),
    ("disclosed", "VERB", "VBN", "ROOT", 3),
    (".", "PUNCT", ".", "punct", 3),
]

# "The role was disclosed by Lee ."
_DISCLOSED_BY: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("role", "NOUN", "NN", "nsubjpass", 3),
    ("was", "AUX", "VBD", "auxpass", 3),
    ("disclosed", "VERB", "VBN", "ROOT", 3),
    ("by", "ADP", "IN", "agent", 3),
    ("Lee", "PROPN", "NNP", "pobj", 4),
    (".", "PUNCT", ".", "punct", 3),
]

# "Lee has disclosed the role ."
_HAS_DISCLOSED: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubj", 2),
    ("has", "AUX", "VBZ", "aux", 2),
    ("disclosed", "VERB", "VBN", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("role", "NOUN", "NN", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def test_an_agentless_passive_cue_needs_no_source(vocab: Any) -> None:
    doc = _doc(vocab, _WAS_DISCLOSED)
    assert agentless_passive(doc, doc_features(doc), [3])


def test_a_passive_with_its_agent_or_an_active_verb_is_not_agentless(
    vocab: Any,
) -> None:
    doc = _doc(vocab, _DISCLOSED_BY)
    assert not agentless_passive(doc, doc_features(doc), [3])
    doc = _doc(vocab, _HAS_DISCLOSED)
    assert not agentless_passive(doc, doc_features(doc), [2])


# "In addition to stating it , Lee vowed to act ."
_IN_ADDITION: list[Token] = [
    ("In", "ADP", "IN", "prep", 7),
    ("addition", "NOUN", "NN", "pobj", 0),
    ("to", "ADP", "IN", "prep", 1),
    ("stating", "VERB", "VBG", "pcomp", 2),
    ("it", "PRON", "PRP", "dobj", 3),
    (",", "PUNCT", ",", "punct", 7),
    ("Lee", "PROPN", "NNP", "nsubj", 7),
    ("vowed", "VERB", "VBD", "ROOT", 7),
    ("to", "PART", "TO", "aux", 9),
    ("act", "VERB", "VB", "xcomp", 7),
    (".", "PUNCT", ".", "punct", 7),
]


def test_a_cue_under_a_preposition_takes_the_verbs_subject_in_polnear(
    vocab: Any,
) -> None:
    doc = _doc(vocab, _IN_ADDITION)
    feats = doc_features(doc)
    assert subject_fallback(doc, feats, [3]) == []  # news: no source
    assert subject_fallback(doc, feats, [3], through_prepositions=True) == [6]
