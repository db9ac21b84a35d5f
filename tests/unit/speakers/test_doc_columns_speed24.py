"""Speaker resolution's Doc reads without a Token per word: the tokens whose
attribute is one of some strings, read from the Doc's columns, and the spans
of character offsets, kept on the index."""

from __future__ import annotations

import spacy
from spacy.attrs import LOWER, ORTH, TAG
from spacy.tokens import Doc

from whosaid.entities.names import Ranges
from whosaid.speakers.model import DocIndex, char_span, tokens_where

NLP = spacy.blank("en")


def _doc(words: list[str], tags: list[str] | None = None) -> Doc:
    return Doc(NLP.vocab, words=words, tags=tags)


def test_tokens_where_matches_every_token_with_the_value() -> None:
    doc = _doc(["The", "President", "met", "the", "president", "."])
    assert tokens_where(doc, LOWER, {"president"}) == [1, 4]
    assert tokens_where(doc, ORTH, {"President", "."}) == [1, 5]


def test_tokens_where_reads_tags_and_finds_none_of_unseen_strings() -> None:
    doc = _doc(["He", "said", "“", "no", "”"], ["PRP", "VBD", "``", "UH", "''"])
    assert tokens_where(doc, TAG, {"VBD"}) == [1]
    assert tokens_where(doc, ORTH, {'"', "“"}) == [2]
    assert tokens_where(doc, ORTH, {"never-seen-word"}) == []


def test_tokens_where_on_an_empty_doc() -> None:
    assert tokens_where(_doc([]), LOWER, {"president"}) == []


def test_char_span_expands_clips_and_keeps_its_answer() -> None:
    doc = _doc(["Foreign", "Minister", "Lavrov", "said"])
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    span = char_span(ix, 9, 12)  # inside "Minister"
    assert span is not None and span.text == "Minister"
    assert char_span(ix, 9, 12) is span  # the same answer, kept
    whole = char_span(ix, 17, 999)  # clipped to the text
    assert whole is not None and whole.text == "Lavrov said"
    assert char_span(ix, 5, 5) is None
