"""Tests for the contents of tagged cues left without one
(``whosaid.attribution.dropped``)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.dropped import infinitive_content
from whosaid.attribution.features import doc_features

# "She wants to run for the Senate ."
_WANTS: list[ParsedToken] = [
    ("She", "PRON", "PRP", "nsubj", 1),
    ("wants", "VERB", "VBZ", "ROOT", 1),
    ("to", "PART", "TO", "aux", 3),
    ("run", "VERB", "VB", "xcomp", 1),
    ("for", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 6),
    ("Senate", "PROPN", "NNP", "pobj", 4),
    (".", "PUNCT", ".", "punct", 1),
]


def test_the_infinitive_after_the_cue_is_its_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _WANTS)
    assert infinitive_content(doc, doc_features(doc), [1]) == (2, 6)


def test_content_starts_after_a_cue_that_takes_in_the_infinitive(vocab: Any) -> None:
    # "wants to" tagged as the cue: the content is "run for the Senate"
    doc = parsed_doc(vocab, _WANTS)
    assert infinitive_content(doc, doc_features(doc), [1, 2]) == (3, 6)


def test_a_cue_and_a_bare_verb_make_no_content(vocab: Any) -> None:
    # "She vowed to comment ." with "vowed to" as the cue
    tokens: list[ParsedToken] = [
        ("She", "PRON", "PRP", "nsubj", 1),
        ("vowed", "VERB", "VBD", "ROOT", 1),
        ("to", "PART", "TO", "aux", 3),
        ("comment", "VERB", "VB", "xcomp", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert infinitive_content(doc, doc_features(doc), [1, 2]) is None
    assert infinitive_content(doc, doc_features(doc), [1]) == (2, 3)


def test_no_infinitive_no_content(vocab: Any) -> None:
    # "She seems happy ." -- an open complement, but no "to"
    tokens: list[ParsedToken] = [
        ("She", "PRON", "PRP", "nsubj", 1),
        ("seems", "VERB", "VBZ", "ROOT", 1),
        ("happy", "ADJ", "JJ", "xcomp", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert infinitive_content(doc, doc_features(doc), [1]) is None


def test_an_infinitive_before_the_cue_is_not_its_content(vocab: Any) -> None:
    # "To win , she said ..." -- the xcomp must follow the cue's head
    tokens: list[ParsedToken] = [
        ("To", "PART", "TO", "aux", 1),
        ("win", "VERB", "VB", "xcomp", 4),
        (",", "PUNCT", ",", "punct", 4),
        ("she", "PRON", "PRP", "nsubj", 4),
        ("tried", "VERB", "VBD", "ROOT", 4),
        (".", "PUNCT", ".", "punct", 4),
    ]
    doc = parsed_doc(vocab, tokens)
    assert infinitive_content(doc, doc_features(doc), [4]) is None


def test_what_someone_declined_to_say_is_no_content(vocab: Any) -> None:
    # "She declined to say when ." -- nothing was said
    tokens: list[ParsedToken] = [
        ("She", "PRON", "PRP", "nsubj", 1),
        ("declined", "VERB", "VBD", "ROOT", 1),
        ("to", "PART", "TO", "aux", 3),
        ("say", "VERB", "VB", "xcomp", 1),
        ("when", "ADV", "WRB", "advmod", 3),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert infinitive_content(doc, doc_features(doc), [1]) is None
