"""Actor identities: one per person or body across a corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import parsed_doc

from whosaid.actors.identity import (
    actor_identity,
    clean_person_name,
    common_noun_only,
    identity_key,
)
from whosaid.entities.lexicon import GIVEN_NAMES


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Obama Says", "Obama"),
        ("Trump Says He Never", "Trump"),
        ("Donald Trump Wins", "Donald Trump"),
        ("Theresa May", "Theresa May"),
        ("Barack Obama", "Barack Obama"),
        ("Says", "Says"),
        ("Donald Trump 384", "Donald Trump"),
        ("Trump - 60 percent", "Trump"),
        ("Louis XIV", "Louis XIV"),
    ],
)
def test_clean_person_name_drops_a_headline_verb(name: str, want: str) -> None:
    assert clean_person_name(name) == want


def test_identity_key_drops_titles_and_folds() -> None:
    assert identity_key("President Barack Obama") == "barack obama"
    assert identity_key("Mrs. Clinton") == "clinton"
    assert identity_key("José Ramos-Horta") == "jose ramos horta"


def test_linked_actors_take_the_entry_id() -> None:
    assert actor_identity("Obama", "person", "USA", None, "Q76") == "Q76"


def test_unlinked_actors_take_name_and_country() -> None:
    assert actor_identity("Anna Berg", "person", "SWE", None) == "name:anna berg|SWE"
    assert actor_identity("the UN agency", "igo", None, "UN") == "name:un agency|UN"
    assert actor_identity("Russia", "state", "RUS", None) == "state:RUS"
    assert actor_identity("Paris", "place", "FRA", None) == "place:paris|FRA"


def test_a_given_name_alone_is_bound_to_its_article() -> None:
    # two articles' "Bob" are not one person
    assert actor_identity("Bob", "person", None, None, article="a1") == "name:bob|@a1"
    assert actor_identity("Melanie", "person", "USA", None, article="a1") == (
        "name:melanie|USA@a1"
    )
    # a surname alone, a full name and a body stay corpus-wide
    assert actor_identity("Rubio", "person", None, None, article="a1") == "name:rubio|"
    assert actor_identity("Bob Corker", "person", "USA", None, article="a1") == (
        "name:bob corker|USA"
    )
    assert actor_identity("Politico", "media", "USA", None, article="a1") == (
        "name:politico|USA"
    )
    # without an article id there is nothing to bind to
    assert actor_identity("Bob", "person", None, None) == "name:bob|"


def test_given_names_come_from_the_people_table() -> None:
    assert {"bob", "melanie", "john", "nadia"} <= GIVEN_NAMES
    assert not {"rubio", "ryan", "lee", "cruz"} & GIVEN_NAMES


def test_a_common_noun_actor_is_bound_to_its_article() -> None:
    assert actor_identity(
        "Company", "company", "USA", None, article="a1", common_noun=True
    ) == ("name:company|USA@a1")
    # "the government" of a known country is one body
    assert actor_identity(
        "Government", "government", "USA", None, article="a1", common_noun=True
    ) == ("name:government|USA")
    assert actor_identity(
        "Government", "government", None, None, article="a1", common_noun=True
    ) == ("name:government|@a1")


def test_common_noun_only_reads_the_mentions_heads(vocab: Any) -> None:
    doc = parsed_doc(
        vocab,
        [
            ("The", "DET", "DT", "det", 1),
            ("company", "NOUN", "NN", "nsubj", 2),
            ("told", "VERB", "VBD", "ROOT", 2),
            ("Politico", "PROPN", "NNP", "dobj", 2),
            ("and", "CCONJ", "CC", "cc", 3),
            ("officials", "NOUN", "NNS", "conj", 3),
            ("of", "ADP", "IN", "prep", 5),
            ("the", "DET", "DT", "det", 9),
            ("Obama", "PROPN", "NNP", "compound", 9),
            ("administration", "NOUN", "NN", "pobj", 6),
        ],
    )
    company, politico, officials = (0, 11), (17, 25), (30, 39)
    administration = (43, 71)
    assert doc.text[slice(*administration)] == "the Obama administration"
    assert not common_noun_only(doc, [administration])
    assert doc.text[slice(*company)] == "The company"
    assert common_noun_only(doc, [company])
    assert not common_noun_only(doc, [company, politico])
    assert not common_noun_only(doc, [officials])
    assert not common_noun_only(doc, [])
