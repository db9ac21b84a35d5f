"""Actor identities: one per person or body across a corpus."""

from __future__ import annotations

import pytest

from whosaid.actors.identity import actor_identity, clean_person_name, identity_key


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
