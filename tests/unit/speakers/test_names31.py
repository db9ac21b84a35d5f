"""Whole body names and spokespersons of a kind of body (names31, session
18; hand-built Docs, no model)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc
from tests.factories import ParsedToken, parsed_doc

from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.mentions import hyphen_word_before, person_in_body_name
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    RESOLVED_UNRESOLVED,
    Discourse,
    DocIndex,
    Entity,
    Event,
)
from whosaid.speakers.name_extents import conjoined_body_head
from whosaid.speakers.spoken_for import kind_spokesperson


@pytest.fixture(scope="module")
def vocab() -> Any:
    return spacy.blank("en").vocab


def _index(doc: Doc, known: set[str] | None = None) -> DocIndex:
    names = known or set()
    return DocIndex(
        doc=doc,
        text=doc.text,
        exclude=Ranges([]),
        masked=Ranges([]),
        known=lambda name: name in names,
    )


COUNCIL: list[ParsedToken] = [
    ("acting", "VERB", "VBG", "ROOT", 0),
    ("as", "ADP", "IN", "prep", 0),
    ("the", "DET", "DT", "det", 8),
    ("National", "PROPN", "NNP", "nmod", 8),
    ("Peace", "PROPN", "NNP", "nmod", 8),
    ("and", "CCONJ", "CC", "cc", 4),
    ("Order", "PROPN", "NNP", "conj", 4),
    ("Maintaining", "PROPN", "NNP", "compound", 8),
    ("Council", "PROPN", "NNP", "pobj", 1),
]


def test_names31_and_inside_a_body_name_joins_it(vocab: Any) -> None:
    doc = parsed_doc(vocab, COUNCIL, ents=[(6, 9, "ORG")])
    assert conjoined_body_head(doc, doc.ents[0]) == 3
    whole = doc[3 : doc.ents[0].end].text
    assert whole == "National Peace and Order Maintaining Council"


def test_names31_a_conjoined_subject_stays_out(vocab: Any) -> None:
    # "Peace" is no modifier of the body: "Smith and Order Council" would be
    # two subjects, not one name
    tokens = [*COUNCIL[:4], ("Peace", "PROPN", "NNP", "pobj", 1), *COUNCIL[5:]]
    doc = parsed_doc(vocab, tokens, ents=[(6, 9, "ORG")])
    assert conjoined_body_head(doc, doc.ents[0]) == 6


def test_names31_a_person_entity_never_grows(vocab: Any) -> None:
    doc = parsed_doc(vocab, COUNCIL, ents=[(6, 9, "PERSON")])
    assert conjoined_body_head(doc, doc.ents[0]) == 6


COMMISSION: list[ParsedToken] = [
    ("The", "DET", "DT", "det", 5),
    ("Malaysian", "PROPN", "NNP", "compound", 5),
    ("Anti", "PROPN", "NNP", "compound", 5),
    ("-", "PROPN", "NNP", "compound", 5),
    ("Corruption", "PROPN", "NNP", "compound", 5),
    ("Commission", "PROPN", "NNP", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
]


def test_names31_a_hyphenated_word_is_one_word_of_the_name(vocab: Any) -> None:
    doc = parsed_doc(vocab, COMMISSION, tight=frozenset({"-", "Corruption"}))
    assert doc.text.startswith("The Malaysian Anti-Corruption Commission")
    assert hyphen_word_before(doc, 4, 0) == 2


def test_names31_a_spaced_dash_joins_no_word(vocab: Any) -> None:
    doc = parsed_doc(vocab, COMMISSION)
    assert hyphen_word_before(doc, 4, 0) == 4
    tight = parsed_doc(vocab, COMMISSION, tight=frozenset({"-", "Corruption"}))
    assert hyphen_word_before(tight, 4, 3) == 4  # below the chunk's start


def _words(*words: str) -> list[ParsedToken]:
    return [(w, "PROPN", "NNP", "compound", len(words) - 1) for w in words]


def test_names31_no_person_cut_out_of_a_body_name(vocab: Any) -> None:
    doc = parsed_doc(vocab, _words("China", "Foreign", "Exchange", "Trade", "System"))
    start = doc.text.index("Trade")
    assert not person_in_body_name(_index(doc), 0, start, len(doc.text))


def test_names31_a_person_after_a_title_or_known_is_cut_out(vocab: Any) -> None:
    doc = parsed_doc(vocab, _words("Defence", "Minister", "Rustem", "Umerov"))
    start = doc.text.index("Rustem")
    assert person_in_body_name(_index(doc), 0, start, len(doc.text))
    body = parsed_doc(vocab, _words("National", "Assembly", "Omar", "Ayub", "Khan"))
    start = body.text.index("Omar")
    assert not person_in_body_name(_index(body), 0, start, len(body.text))
    known = _index(body, {"Omar Ayub Khan"})
    assert person_in_body_name(known, 0, start, len(body.text))
    words = ("Leader", "in", "the", "National", "Assembly", "Omar", "Khan")
    led = parsed_doc(vocab, _words(*words))
    body, start = led.text.index("National"), led.text.index("Omar")
    assert person_in_body_name(_index(led), body, start, len(led.text))
    words = ("according", "to", "the", "China", "Exchange", "Trade", "System")
    data = parsed_doc(vocab, _words(*words))
    body, start = data.text.index("China"), data.text.index("Trade")
    assert not person_in_body_name(_index(data), body, start, len(data.text))
    speaker = parsed_doc(vocab, _words("National", "Assembly", "Speaker", "Woo", "Lee"))
    start = speaker.text.index("Speaker")
    assert person_in_body_name(_index(speaker), 0, start, len(speaker.text))


SPOKESWOMAN: list[ParsedToken] = [
    ("He", "PRON", "PRP", "nsubjpass", 2),
    ("was", "AUX", "VBD", "auxpass", 2),
    ("flown", "VERB", "VBN", "ROOT", 2),
    ("to", "ADP", "IN", "prep", 2),
    ("Royal", "PROPN", "NNP", "compound", 6),
    ("Darwin", "PROPN", "NNP", "compound", 6),
    ("Hospital", "PROPN", "NNP", "pobj", 3),
    (".", "PUNCT", ".", "punct", 2),
    ("A", "DET", "DT", "det", 10),
    ("hospital", "NOUN", "NN", "compound", 10),
    ("spokeswoman", "NOUN", "NN", "nsubj", 11),
    ("said", "VERB", "VBD", "ROOT", 11),
]


def _hospital_discourse(doc: Doc) -> tuple[Discourse, Entity]:
    start = doc[4].idx
    end = doc[6].idx + len(doc[6].text)
    hospital = Entity(name="Royal Darwin Hospital", kind="org", start=start, end=end)
    event = Event(start, end, hospital, subject=False, speaker=False, masked=False)
    return Discourse(events=[event]), hospital


def test_names31_a_kind_spokesperson_speaks_for_the_body_named(vocab: Any) -> None:
    doc = parsed_doc(vocab, SPOKESWOMAN)
    ds, hospital = _hospital_discourse(doc)
    found = kind_spokesperson(ds, doc[10])
    assert found is not None
    assert found.entity is hospital and found.resolved_by == RESOLVED_NOMINAL
    assert ds.role_speakers["spokeswoman"].entity is hospital  # "the spokeswoman"


def test_names31_a_second_modifier_is_left_alone(vocab: Any) -> None:
    tokens = [
        *SPOKESWOMAN[:8],
        ("A", "DET", "DT", "det", 11),
        ("senior", "ADJ", "JJ", "amod", 11),
        ("hospital", "NOUN", "NN", "compound", 11),
        ("spokeswoman", "NOUN", "NN", "nsubj", 12),
        ("said", "VERB", "VBD", "ROOT", 12),
    ]
    doc = parsed_doc(vocab, tokens)
    ds, _ = _hospital_discourse(doc)
    assert kind_spokesperson(ds, doc[11]) is None


def test_names31_a_body_noun_names_the_body_none_named(vocab: Any) -> None:
    tokens = [
        ("A", "DET", "DT", "det", 2),
        ("police", "NOUN", "NN", "compound", 2),
        ("spokesman", "NOUN", "NN", "nsubj", 3),
        ("denied", "VERB", "VBD", "ROOT", 3),
        ("it", "PRON", "PRP", "dobj", 3),
    ]
    doc = parsed_doc(vocab, tokens)
    ds = Discourse()
    found = kind_spokesperson(ds, doc[2])
    assert found is not None and found.entity is not None
    assert found.entity.name == "Police" and found.resolved_by == RESOLVED_UNRESOLVED
    # a hospital is a place, no body noun: with none named, nobody
    doc = parsed_doc(vocab, [tokens[0], ("hospital", *tokens[1][1:]), *tokens[2:]])
    assert kind_spokesperson(Discourse(), doc[2]) is None


def test_names31_a_tagged_name_before_and_never_joins(vocab: Any) -> None:
    # "as the US and European Union": two names, "US" is tagged, no merge
    tokens: list[ParsedToken] = [
        ("as", "ADP", "IN", "ROOT", 0),
        ("the", "DET", "DT", "det", 5),
        ("US", "PROPN", "NNP", "compound", 5),
        ("and", "CCONJ", "CC", "cc", 2),
        ("European", "PROPN", "NNP", "conj", 2),
        ("Union", "PROPN", "NNP", "pobj", 0),
    ]
    doc = parsed_doc(vocab, tokens, ents=[(2, 3, "GPE"), (4, 6, "ORG")])
    assert conjoined_body_head(doc, doc.ents[1]) == 4
