"""A body's name that NER cut at its "and"."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.name_extents import body_across_and


def _doc(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)


def test_the_words_before_and_join_the_body() -> None:
    # "as the National Peace and Order Maintaining Council"
    doc = _doc(
        ["as", "the", "National", "Peace", "and", "Order", "Maintaining", "Council"],
        [0, 7, 3, 7, 3, 3, 7, 0],
        ["ROOT", "det", "compound", "nmod", "cc", "conj", "compound", "pobj"],
        ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"],
    )
    assert body_across_and(doc, doc.ents[0]) == 2


def test_two_names_or_no_article_never_merge() -> None:
    # "the US and European Union": a tagged word before "and"
    doc = _doc(
        ["as", "the", "US", "and", "European", "Union"],
        [0, 5, 5, 2, 2, 0],
        ["ROOT", "det", "compound", "cc", "conj", "pobj"],
        ["O", "O", "B-GPE", "O", "B-ORG", "I-ORG"],
    )
    assert body_across_and(doc, doc.ents[1]) == 4
    # "as Peace and Order Council": no "the" opens the words
    doc = _doc(
        ["as", "Peace", "and", "Order", "Council"],
        [0, 4, 1, 1, 0],
        ["ROOT", "nmod", "cc", "conj", "pobj"],
        ["O", "O", "O", "B-ORG", "I-ORG"],
    )
    assert body_across_and(doc, doc.ents[0]) == 3
