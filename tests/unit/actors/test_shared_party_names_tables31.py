"""A party name several countries share, decided by the one country the
other actors of its sentence carry (issue 9, session 18, tables31).  Names
and texts written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import actor_draft

from whosaid.actors.knowledge_records import Entry
from whosaid.actors.model import ActorDraft
from whosaid.actors.shared_party_names import SHARED_PARTY_SOURCE, shared_name_parties

NLP = spacy.blank("en")


def _party(name: str, country: str) -> Entry:
    return Entry(name, name, "party", country, None, "PTY", None, "org", "test", False)


NAMES = {
    ("liberals",): [
        _party("Liberal Party of Ruritania", "RRT"),
        _party("Liberal Party of Freedonia", "FRD"),
    ]
}


def _doc(text: str) -> Doc:
    words = text.split(" ")
    return Doc(NLP.vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])


def _at(draft: ActorDraft, text: str, part: str) -> ActorDraft:
    start = text.index(part)
    draft.mentions = [(start, start + len(part))]
    return draft


def _liberals(text: str, country: str | None = None) -> ActorDraft:
    return _at(
        actor_draft(
            "Liberal Party of Ruritania", "party", country=country, sector="PTY"
        ),
        text,
        "the Liberals",
    )


def test_shared_party_name_takes_the_leaders_country() -> None:
    text = "Ana Vell , the leader of the Liberals , said the vote would fail ."
    vell = _at(
        actor_draft("Ana Vell", "person", country="FRD", sector="OPP"), text, "Ana Vell"
    )
    party = _liberals(text)
    shared_name_parties([vell, party], _doc(text), NAMES)
    assert (party.name, party.country) == ("Liberal Party of Freedonia", "FRD")
    assert SHARED_PARTY_SOURCE in party.sources


def test_shared_party_name_replaces_a_country_no_one_else_carries() -> None:
    text = "Ana Vell said the Liberals would win ."
    vell = _at(actor_draft("Ana Vell", "person", country="FRD"), text, "Ana Vell")
    party = _liberals(text, country="RRT")
    shared_name_parties([vell, party], _doc(text), NAMES)
    assert party.country == "FRD"


def test_shared_party_name_needs_one_country_with_such_a_party() -> None:
    text = "Ana Vell told Bo Lind the Liberals would win ."
    vell = _at(actor_draft("Ana Vell", "person", country="FRD"), text, "Ana Vell")
    lind = _at(actor_draft("Bo Lind", "person", country="RRT"), text, "Bo Lind")
    party = _liberals(text)
    shared_name_parties([vell, lind, party], _doc(text), NAMES)
    assert party.country is None
    other = _at(actor_draft("Cy Moss", "person", country="XXA"), text, "Ana Vell")
    shared_name_parties([other, party], _doc(text), NAMES)
    assert party.country is None


def _house(country: str | None, generic: bool) -> Entry:
    return Entry(
        "House of Assembly",
        "House of Assembly",
        "government",
        country,
        None,
        "LEG",
        None,
        "org",
        "test",
        False,
        generic,
    )


def test_generic_body_takes_the_sentences_country() -> None:
    text = "Speaker Ana Vell told the House of Assembly that it would sit ."
    names = {("house", "of", "assembly"): [_house("RRT", generic=True)]}
    vell = _at(actor_draft("Ana Vell", "person", country="FRD"), text, "Ana Vell")
    house = _at(
        actor_draft("House of Assembly", "government", country="RRT", sector="LEG"),
        text,
        "the House of Assembly",
    )
    shared_name_parties([vell, house], _doc(text), names)
    assert house.country == "FRD"
    house.country = "RRT"
    names = {("house", "of", "assembly"): [_house("RRT", generic=False)]}
    shared_name_parties([vell, house], _doc(text), names)
    assert house.country == "RRT"


def test_shared_party_name_takes_no_country_from_another_party() -> None:
    text = "The Greens leader , Bo Lind , congratulated the Liberals ."
    greens = _at(actor_draft("Greens", "party", country="FRD"), text, "The Greens")
    party = _liberals(text, country="RRT")
    shared_name_parties([greens, party], _doc(text), NAMES)
    assert party.country == "RRT"
