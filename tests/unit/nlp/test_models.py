"""Helpers of whosaid.nlp.models that need no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.nlp.models import tokens_with_pos

WORDS = ["Hicks", "said", "the", "plan", "works", "and", "ran", "\n"]
POS = ["PROPN", "VERB", "DET", "NOUN", "VERB", "CCONJ", "VERB", "SPACE"]


@pytest.mark.parametrize(
    "pos",
    [("VERB",), ("NOUN", "PROPN"), ("PROPN",), ("ADJ",), (), ("NOT-A-POS", "DET")],
)
def test_tokens_with_pos_is_the_pos_filter(pos: tuple[str, ...]) -> None:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, pos=POS)
    expected = [t.i for t in doc if t.pos_ in pos]
    assert [t.i for t in tokens_with_pos(doc, pos)] == expected


def test_tokens_with_pos_on_an_empty_doc() -> None:
    assert tokens_with_pos(Doc(spacy.blank("en").vocab, words=[]), ("VERB",)) == []


def test_tokens_with_pos_finds_them_in_order() -> None:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, pos=POS)
    assert [t.text for t in tokens_with_pos(doc, ("VERB",))] == ["said", "works", "ran"]
