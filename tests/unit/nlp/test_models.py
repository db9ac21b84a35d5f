"""Helpers of whosaid.nlp.models that need no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.nlp.models import (
    doc_text,
    remember_text,
    split_glued_datelines,
    tokens_with_pos,
)

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


def test_remember_text_gives_doc_text_the_parsed_text() -> None:
    nlp = spacy.blank("en")
    text = "Hicks said:\n the plan  works. "
    doc = nlp(text)
    remember_text(doc, text)
    assert doc_text(doc) is text
    assert doc_text(doc) == doc.text


def test_remember_text_leaves_a_text_of_another_length() -> None:
    doc = spacy.blank("en")("Hicks said so.")
    remember_text(doc, "Hicks said so. And more.")
    assert doc_text(doc) == "Hicks said so."
    empty = spacy.blank("en")("")
    remember_text(empty, "")
    assert doc_text(empty) == ""


def _blank_with_dateline_split() -> spacy.language.Language:
    nlp = spacy.blank("en")
    split_glued_datelines(nlp.tokenizer)
    split_glued_datelines(nlp.tokenizer)  # a second call adds nothing
    return nlp


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The dateline glued on both sides of the agency tag.
        (
            "Oslo(NTB)Mayor Kari Dahl said so.",
            ["Oslo", "(", "NTB", ")", "Mayor", "Kari", "Dahl", "said", "so", "."],
        ),
        # Glued only after the tag.
        ("(NTB)Mayor Dahl said", ["(", "NTB", ")", "Mayor", "Dahl", "said"]),
        # Glued only before the tag; the ")" is split off as a suffix first.
        (
            "BERGEN(NTB) - Prices rose",
            ["BERGEN", "(", "NTB", ")", "-", "Prices", "rose"],
        ),
    ],
)
def test_glued_datelines_are_split(text: str, words: list[str]) -> None:
    nlp = _blank_with_dateline_split()
    assert [t.text for t in nlp.tokenizer(text)] == words


@pytest.mark.parametrize("text", ["f(x)", "item(s)", "H2(g)"])
def test_lower_case_brackets_stay_glued(text: str) -> None:
    nlp = _blank_with_dateline_split()
    assert text[: text.index("(") + 2] in [t.text for t in nlp.tokenizer(text)]
