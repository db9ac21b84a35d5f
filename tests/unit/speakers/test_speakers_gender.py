"""A person's gender from safe evidence (world knowledge, listed first
names), and a place-tagged surname that acts as a person, on hand-built
Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors.people import Office, People
from whosaid.speakers.mentions import build_index, person_gender
from whosaid.speakers.model import RawMention
from whosaid.speakers.surnames import surname_as_subject

NLP = spacy.blank("en")


def _said(name: str) -> Doc:
    # "NAME said ."
    return Doc(
        NLP.vocab,
        words=[name, "said", "."],
        spaces=[True, False, False],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT"],
        ents=["B-GPE", "O", "O"],
    )


def _people() -> People:
    people = People()
    office = Office("JPN", None, "GOV", "Foreign Minister", "2023-09-13", "", "t")
    people.extra_offices = {"Q1": [office]}
    people.add("Q1", "Yoko Kamikawa", ["yoko kamikawa"], False)
    people.genders = {"Q1": "f"}
    return people


def test_knowledge_gives_the_gender_of_the_person_a_full_name_denotes() -> None:
    gender = _people().gender_on("2024-07-04")
    assert gender("Yoko Kamikawa") == "f"
    assert gender("Kamikawa") is None  # a surname alone: no look-up
    assert gender("Cho Tae-yul") is None  # unknown: no evidence, no block


def test_person_gender_prefers_knowledge_and_never_guesses() -> None:
    doc = _said("Kamikawa")
    ix, _ = build_index(doc, [], [], gender_of=_people().gender_on("2024-07-04"))
    assert person_gender(ix, "Yoko Kamikawa") == "f"
    assert person_gender(ix, "Cho Tae-yul") is None
    plain, _ = build_index(doc, [], [])
    assert person_gender(plain, "Cho Tae-yul") is None


def test_a_place_tagged_surname_that_speaks_is_a_person() -> None:
    doc = _said("Kamikawa")
    ix, _ = build_index(doc, [], [], kind_of=lambda name: None)
    assert surname_as_subject(ix, RawMention(0, 8, "GPE", "Kamikawa", False))


def test_a_known_state_stays_a_place() -> None:
    doc = _said("Jordan")
    known = {"Jordan": "state"}
    ix, _ = build_index(doc, [], [], kind_of=known.get)
    assert not surname_as_subject(ix, RawMention(0, 6, "GPE", "Jordan", False))
    without, _ = build_index(doc, [], [])
    assert not surname_as_subject(without, RawMention(0, 6, "GPE", "Jordan", False))
