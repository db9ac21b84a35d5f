"""Sentence bounds for the attribution features: a parser's break inside a
running line is undone."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from whosaid.attribution.features import doc_features, sentence_bounds


def _doc(vocab: Any, words: list[str], starts: set[int]) -> Doc:
    return Doc(
        vocab,
        words=words,
        sent_starts=[i == 0 or i in starts for i in range(len(words))],
    )


def test_a_break_inside_a_name_is_undone(vocab: Any) -> None:
    # "Troops fired near the Ban Oak Tam temple. Two died." split after "Oak"
    words = [
        "Troops",
        "fired",
        "near",
        "the",
        "Ban",
        "Oak",
        "Tam",
        "temple",
        ".",
        "Two",
        "died",
        ".",
    ]
    doc = _doc(vocab, words, {6, 9})
    assert sentence_bounds(doc) == [(0, 9), (9, 12)]
    feats = doc_features(doc)
    assert feats.sent_idx[6] == feats.sent_idx[5] == 0
    assert feats.sent_idx[9] == 1


def test_breaks_after_punctuation_abbreviations_and_lines_stay(vocab: Any) -> None:
    words = ["Vik", "left", "Oslo", "Wis.", "Then", "rain", "!", "Snow", "\n", "Ice"]
    doc = _doc(vocab, words, {4, 7, 9})
    assert sentence_bounds(doc) == [(0, 4), (4, 7), (7, 9), (9, 10)]
