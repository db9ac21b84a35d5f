"""The country of domestic people whose name carries none (issue #9,
context29): a union's, court's or chamber's president holds a domestic
office; an opposition leader is no state's nameless "leader"; a people-table
namesake in a country the story never names places no one elsewhere."""

from __future__ import annotations

import pytest

from whosaid.actors.article_country import article_country, domestic_title
from whosaid.actors.grouping import name_the_nameless
from whosaid.actors.model import PEOPLE_SOURCE, ActorDraft
from whosaid.actors.namesakes import foreign_namesake, story_mentions
from whosaid.actors.title_appositions import title_appositions


def _person(
    name: str, roles: list[str], sector: str | None = None, country: str | None = None
) -> ActorDraft:
    return ActorDraft(
        ("person", name.lower()),
        name,
        "person",
        country,
        None,
        sector,
        None,
        roles,
        [(0, len(name))],
        ["title"],
    )


def _state(country: str, mentions: int) -> ActorDraft:
    return ActorDraft(
        ("state", country),
        country,
        "state",
        country,
        None,
        None,
        None,
        [],
        [(k * 10, k * 10 + 5) for k in range(mentions)],
        ["countries.tsv"],
    )


@pytest.mark.parametrize(
    ("sector", "domestic"),
    [("LAB", True), ("JUD", True), ("LEG", True), ("GOV", False), (None, False)],
)
def test_local_countries_a_body_president_holds_a_domestic_office(
    sector: str | None, domestic: bool
) -> None:
    assert domestic_title(_person("X", ["president"], sector)) is domestic


def test_local_countries_a_union_president_takes_the_story_country() -> None:
    union_head = _person("Francisco Maltes", ["president"], "LAB")
    head_of_state = _person("Pedro Castillo", ["President"], "GOV")
    drafts = [_state("COL", 4), union_head, head_of_state]
    article_country(drafts, None)
    assert union_head.country == "COL"
    assert head_of_state.country is None


def test_local_countries_an_opposition_leader_is_no_nameless_state_leader() -> None:
    nameless = ActorDraft(
        ("body", "VEN", None, "GOV", "leader"),
        "Venezuelan leader",
        "person",
        "VEN",
        None,
        "GOV",
        None,
        ["leader"],
        [(0, 17)],
        ["sectors.tsv"],
    )
    opposition = _person("Aubrey Norton", ["Opposition Leader"], "OPP")
    drafts = name_the_nameless([nameless, opposition])
    assert len(drafts) == 2
    assert opposition.country is None


def test_local_countries_story_mentions_count_states_places_and_peoples() -> None:
    people = _state("ARG", 2)
    people.type, people.sources = "person", [PEOPLE_SOURCE]
    assert story_mentions([_state("COL", 3), people, _person("X", [])]) == {
        "COL": 3,
        "ARG": 2,
    }


def _linked(before: ActorDraft, country: str) -> ActorDraft:
    after = _person(before.name, before.roles, before.sector, country)
    after.kb_id = "phx:X"
    return after


@pytest.mark.parametrize(
    ("roles", "text_country", "story", "namesake"),
    [
        (["National Police director"], None, {"COL": 4}, True),
        (["National Police director"], None, {"COL": 4, "GTM": 1}, False),  # named
        (["National Police director"], None, {"COL": 2}, False),  # one sentence
        (["National Police director"], "COL", {"COL": 4}, False),  # the text's own
        ([], None, {"COL": 4}, False),  # no title
        (["Foreign Minister"], None, {"COL": 4}, False),  # every state has one
    ],
)
def test_local_countries_a_link_to_a_country_never_named_is_a_namesake(
    roles: list[str], text_country: str | None, story: dict[str, int], namesake: bool
) -> None:
    before = _person("Jorge Luis Vargas", roles, "COP", text_country)
    assert foreign_namesake(before, _linked(before, "GTM"), story) is namesake


def _envoy_and_name(text: str, title: str, name: str) -> list[ActorDraft]:
    t, n = text.index(title), text.index(name)
    envoy = ActorDraft(
        ("body", "USA", None, "GOV", "ambassador"),
        title,
        "person",
        "USA",
        None,
        "GOV",
        None,
        [],
        [(t, t + len(title))],
        ["sectors.tsv"],
    )
    person = ActorDraft(
        ("person", name.lower()),
        name,
        "person",
        None,
        None,
        None,
        None,
        [],
        [(n, n + len(name))],
        ["ner"],
    )
    return [envoy, person]


@pytest.mark.parametrize(
    ("text", "merged"),
    [
        ("Abroad, the United States ambassador in Lima, Lisa Kenna, wrote", True),
        ("The United States ambassador, Lisa Kenna, wrote", True),
        ("The United States ambassador met Lisa Kenna, who wrote", False),
        ("The United States ambassador said it. Lisa Kenna wrote", False),
    ],
)
def test_local_countries_a_name_in_apposition_to_a_title_is_its_holder(
    text: str, merged: bool
) -> None:
    drafts = title_appositions(
        _envoy_and_name(text, "United States ambassador", "Lisa Kenna"), text
    )
    assert len(drafts) == (1 if merged else 2)
    kenna = drafts[-1]
    assert (kenna.country, kenna.sector) == (("USA", "GOV") if merged else (None, None))


def test_local_countries_a_possessed_title_is_the_possessors_post() -> None:
    text = "Unison's United States ambassador, Lisa Kenna, wrote"
    drafts = _envoy_and_name(text, "United States ambassador", "Lisa Kenna")
    assert len(title_appositions(drafts, text)) == 2
