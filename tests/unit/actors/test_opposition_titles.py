"""The text's own words for the opposition's people, and party titles of
a party's leader (issue 9, session 16: opp27).  Texts and offices written
for these tests."""

from __future__ import annotations

import pytest

from whosaid.actors.model import ActorDraft
from whosaid.actors.opposition_titles import (
    OPPOSITION_TITLE_SOURCE,
    called_opposition_person,
    opposition_titles,
)
from whosaid.actors.party_members import led_party, title_names_led_party
from whosaid.actors.terms import Office


def _person(
    text: str, name: str, sector: str | None, country: str | None = "XAA"
) -> ActorDraft:
    start = text.index(name)
    return ActorDraft(
        key=("person", name.lower()),
        name=name,
        type="person",
        country=country,
        igo=None,
        sector=sector,
        code=None,
        mentions=[(start, start + len(name))],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Leader of the Opposition in the Upper House Ana Vero said it was wrong.",
        "Opposition lawmaker Ana Vero said it was wrong.",
        "Ana Vero, the main opposition leader, said it was wrong.",
        "Ana Vero, an MP from the opposition, said it was wrong.",
    ],
)
def test_a_title_calling_a_person_the_oppositions_gives_opp(text: str) -> None:
    d = _person(text, "Ana Vero", "LEG")
    opposition_titles([d], text)
    assert d.sector == "OPP"
    assert OPPOSITION_TITLE_SOURCE in d.sources


@pytest.mark.parametrize(
    "text",
    [
        "Former opposition leader Ana Vero said it was wrong.",
        "Ana Vero, the former opposition leader, said it was wrong.",
        "The opposition criticised Ana Vero, who said it was wrong.",
        "Ana Vero said the opposition was wrong.",
    ],
)
def test_no_opposition_title_leaves_the_sector(text: str) -> None:
    d = _person(text, "Ana Vero", "GOV")
    opposition_titles([d], text)
    assert d.sector == "GOV"


def test_a_person_with_no_country_is_left_alone() -> None:
    text = "Opposition lawmaker Ana Vero said it was wrong."
    d = _person(text, "Ana Vero", None, country=None)
    opposition_titles([d], text)
    assert d.sector is None


def test_called_opposition_person_stops_at_the_line() -> None:
    text = "opposition leader\nAna Vero said so."
    start = text.index("Ana")
    assert not called_opposition_person(text, start, start + 8)


def _leader(label: str) -> Office:
    return Office("XAA", None, "PTY", label, "2016-11", "2017-12", "cia-party")


def test_led_party_reads_both_label_forms() -> None:
    assert led_party(_leader("party leader - Blue Movement")) == "Blue Movement"
    assert led_party(_leader("party leader: Red Party")) == "Red Party"
    assert led_party(Office("XAA", None, "GOV", "Prime Minister", "", "", "ep")) is None


@pytest.mark.parametrize(
    ("roles", "label", "named"),
    [
        (["Blue Movement leader"], "party leader - Blue Movement", True),
        (["Red Party secretary"], "party leader: Red Party", True),
        (["Red's leader"], "party leader: Red Party", True),
        (["leader"], "party leader: Red Party", False),
        (["Prime Minister"], "party leader: Red Party", False),
        (["Blue leader"], "party leader: Red Party", False),
    ],
)
def test_a_title_names_the_party_the_person_leads(
    roles: list[str], label: str, named: bool
) -> None:
    assert title_names_led_party(roles, _leader(label)) is named


def test_a_critic_of_the_opposition_is_not_its_member() -> None:
    text = "Ana Vero, a critic of the opposition, said it was wrong."
    start = text.index("Ana")
    assert not called_opposition_person(text, start, start + 8)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Opposition leader Ana Vero said it was wrong.", "Opposition leader Ana Vero"),
        (
            "Opposition candidate Ana Vero, a former mayor, said so.",
            "Opposition candidate Ana Vero",
        ),
    ],
)
def test_a_title_inside_the_mention_calls_the_person_the_oppositions(
    text: str, mention: str
) -> None:
    d = _person(text, "Ana Vero", "GOV")
    start = text.index(mention)
    d.mentions = [(start, start + len(mention))]
    opposition_titles([d], text)
    assert d.sector == "OPP"


def test_a_former_title_inside_the_mention_leaves_the_sector() -> None:
    text = "Former opposition leader Ana Vero said it was wrong."
    d = _person(text, "Ana Vero", "GOV")
    d.mentions = [(0, text.index(" said"))]
    opposition_titles([d], text)
    assert d.sector == "GOV"
