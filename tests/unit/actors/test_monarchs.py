"""Monarchs named by title and given name (``whosaid.actors.monarchs``;
issue 9, session 14, branch ``codes23``)."""

from __future__ import annotations

import pytest

from whosaid.actors.monarchs import monarch_link, monarch_word
from whosaid.actors.people import People, load_people


@pytest.fixture(scope="module")
def people() -> People:
    return load_people()


def test_a_monarch_title_alone_or_after_a_country_word_is_one() -> None:
    assert monarch_word(["King"]) == "king"
    assert monarch_word(["Saudi King"]) == "king"
    assert monarch_word(["Amir"]) == "emir"
    assert monarch_word(["Crown Prince"]) is None
    assert monarch_word(["the late King"]) is None
    assert monarch_word(["President"]) is None


@pytest.mark.parametrize(
    ("name", "title", "date", "country"),
    [
        ("Salman", "King", "2020-05-01", "SAU"),
        ("Hussein", "King", "1998-10-20", "JOR"),
        ("Tamim", "Emir", "2020-05-01", "QAT"),
        ("Abdullah", "King", "2018-01-01", "JOR"),
    ],
)
def test_title_and_given_name_find_the_monarch_reigning_that_day(
    people: People, name: str, title: str, date: str, country: str
) -> None:
    link = monarch_link(people, name, [title], date)
    assert link is not None
    assert (link.country, link.sector) == (country, "GOV")


def test_no_monarch_of_another_country_the_text_gives_or_out_of_reign(
    people: People,
) -> None:
    assert monarch_link(people, "Salman", ["King"], "2020-05-01", "JOR") is None
    assert monarch_link(people, "Hussein", ["King"], "2005-01-01") is None
    assert monarch_link(people, "Salman", ["President"], "2020-05-01") is None


def test_a_monarch_links_whatever_country_a_nearby_word_gave(people: People) -> None:
    from whosaid.actors.model import ActorDraft
    from whosaid.actors.monarchs import reigning_anywhere

    d = ActorDraft(("person", "salman"), "Salman", "person", "TUR", None, "GOV", None)
    d.roles = ["King"]
    assert monarch_link(people, d.name, d.roles, "2018-10-23", d.country) is None
    link = reigning_anywhere(people, d, "2018-10-23")
    assert link is not None and link.country == "SAU"
    d.country = None
    assert reigning_anywhere(people, d, "2018-10-23") is None
