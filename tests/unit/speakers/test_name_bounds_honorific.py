"""A title word after an honorific is a given name (hand-built Docs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.name_bounds import after_honorific


def test_a_word_after_an_honorific() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["President", "Dr.", "Sultan", "Al", "Jaber", "spoke"])
    assert after_honorific(doc, 2)  # "Sultan" after "Dr."
    assert not after_honorific(doc, 1)  # "Dr." after the title
    assert not after_honorific(doc, 0)
    doc = Doc(vocab, words=["Mr", "King", "said"])
    assert after_honorific(doc, 1)
