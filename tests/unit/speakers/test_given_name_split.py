"""A listed first name inside a longer name: a middle name or a cut point."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Span

from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.mentions import _split_person
from whosaid.speakers.model import DocIndex, RawMention


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.blank("en")


def _split(nlp: Any, text: str, name: str, gpe: str | None = None) -> str:
    doc = nlp(text)
    if gpe is not None:
        start = text.index(gpe)
        span = doc.char_span(start, start + len(gpe), label="GPE")
        assert span is not None
        doc.ents = [Span(doc, span.start, span.end, label="GPE")]
    ix = DocIndex(doc=doc, text=text, exclude=Ranges([]), masked=Ranges([]))
    start = text.index(name)
    raw = RawMention(start, start + len(name), "PERSON", name, False)
    return _split_person(ix, raw).name


def test_an_unlisted_given_name_before_a_listed_one_stays(nlp: Any) -> None:
    # "Ali" is a listed first name; "Tarun" before it is the person's own
    text = "Chairman Tarun Ali Mirza said the party would appeal."
    assert _split(nlp, text, "Tarun Ali Mirza") == "Tarun Ali Mirza"


def test_a_place_before_a_listed_first_name_is_cut(nlp: Any) -> None:
    text = "The envoy to Sudan Marta Lindqvist said the talks failed."
    assert _split(nlp, text, "Sudan Marta Lindqvist", gpe="Sudan") == (
        "Marta Lindqvist"
    )


def test_an_acronym_or_title_before_a_listed_first_name_is_cut(nlp: Any) -> None:
    text = "The PTI Ali Mirza said so."
    assert _split(nlp, text, "PTI Ali Mirza") == "Ali Mirza"


def test_barrister_is_a_title() -> None:
    from whosaid.entities.name_spans import strip_titles

    text = "Barrister Tarun Ali Mirza"
    start, end = strip_titles(text, 0, len(text))
    assert text[start:end] == "Tarun Ali Mirza"


def test_a_role_word_before_a_listed_first_name_is_cut(nlp: Any) -> None:
    text = "House Speaker Kevin Brandt said the talks turned a corner."
    assert _split(nlp, text, "Speaker Kevin Brandt") == "Kevin Brandt"
