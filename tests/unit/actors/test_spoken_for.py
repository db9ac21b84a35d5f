"""An officeholder with no country takes the state or capital that is the
subject of the clause they say (issue 9, session 19, tables35).  Names and
texts written for these tests; hand-parsed Docs, no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import ParsedToken, actor_draft, parsed_doc, with_word

from whosaid.actors.model import ActorDraft
from whosaid.actors.spoken_for import SPOKEN_FOR, spoken_for_countries

NLP = spacy.blank("en")

# "Minister Ana Vell said Ostrava would not sign the pact with Tarvo ."
SAID: list[ParsedToken] = [
    ("Minister", "PROPN", "NNP", "compound", 2),
    ("Ana", "PROPN", "NNP", "compound", 2),
    ("Vell", "PROPN", "NNP", "nsubj", 3),
    ("said", "VERB", "VBD", "ROOT", 3),
    ("Ostrava", "PROPN", "NNP", "nsubj", 7),
    ("would", "AUX", "MD", "aux", 7),
    ("not", "PART", "RB", "neg", 7),
    ("sign", "VERB", "VB", "ccomp", 3),
    ("the", "DET", "DT", "det", 9),
    ("pact", "NOUN", "NN", "dobj", 7),
    ("with", "ADP", "IN", "prep", 9),
    ("Tarvo", "PROPN", "NNP", "pobj", 10),
    (".", "PUNCT", ".", "punct", 3),
]


def _doc(tokens: list[ParsedToken]) -> Doc:
    return parsed_doc(NLP.vocab, tokens)


def _at(draft: ActorDraft, doc: Doc, part: str) -> ActorDraft:
    start = doc.text.index(part)
    draft.mentions = [(start, start + len(part))]
    return draft


def _minister(doc: Doc, sector: str = "GOV") -> ActorDraft:
    return _at(
        actor_draft("Ana Vell", "person", sector=sector, sources=["title"]),
        doc,
        "Minister Ana Vell",
    )


def _places(doc: Doc) -> list[ActorDraft]:
    return [
        _at(actor_draft("Ostrava", "place", country="RRT"), doc, "Ostrava"),
        _at(actor_draft("Tarvo", "state", country="FRD"), doc, "Tarvo"),
    ]


def test_minister_takes_the_capital_said_to_act() -> None:
    doc = _doc(SAID)
    vell = _minister(doc)
    spoken_for_countries([vell, *_places(doc)], doc)
    assert vell.country == "RRT"
    assert SPOKEN_FOR in vell.sources


def test_state_after_the_verb_gives_nothing() -> None:
    """Only the subject of the said clause: Tarvo is the pact's partner."""
    doc = _doc(SAID)
    vell = _minister(doc)
    spoken_for_countries([vell, *_places(doc)[1:]], doc)
    assert vell.country is None


def test_opposition_speaks_for_no_state() -> None:
    doc = _doc(SAID)
    vell = _minister(doc, sector="OPP")
    spoken_for_countries([vell, *_places(doc)], doc)
    assert vell.country is None


def test_person_with_a_country_keeps_it() -> None:
    doc = _doc(SAID)
    vell = _minister(doc)
    vell.country = "FRD"
    spoken_for_countries([vell, *_places(doc)], doc)
    assert vell.country == "FRD"


def test_no_saying_verb_no_country() -> None:
    """Not what she says: "Minister Ana Vell hoped Ostrava would ..." """
    doc = _doc(with_word(SAID, 3, "hoped"))
    vell = _minister(doc)
    spoken_for_countries([vell, *_places(doc)], doc)
    assert vell.country is None


def test_what_a_state_did_gives_no_country() -> None:
    """Said of any state: "Minister Ana Vell said Ostrava had signed ..." """
    doc = _doc(with_word(with_word(SAID, 5, "had"), 7, "signed"))
    vell = _minister(doc)
    spoken_for_countries([vell, *_places(doc)], doc)
    assert vell.country is None
