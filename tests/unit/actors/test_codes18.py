"""Places by their syntactic role, attorneys general who prosecute, and
"former" against an open EveryPolitician term (issue 9, session 12, branch
``codes18``).  Hand-parsed Docs and hand-built drafts; texts written for
these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors.model import ActorDraft
from whosaid.actors.place_context import named_as_place, place_by_role
from whosaid.actors.prosecutors import prosecutor_sectors

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps)


def test_a_capital_whose_part_a_sentence_names_is_the_place() -> None:
    # "a strike on Beirut's suburbs" / "pressure on Beirut's government"
    doc = _doc(
        ["a", "strike", "on", "Beirut", "'s", "suburbs"],
        [1, 1, 1, 5, 3, 2],
        ["det", "ROOT", "prep", "poss", "case", "pobj"],
    )
    assert place_by_role(doc[3])
    other = _doc(["Beirut", "'s", "government"], [2, 0, 2], ["poss", "case", "ROOT"])
    assert not place_by_role(other[0])


def test_the_target_of_a_strike_is_a_place_and_of_pressure_its_state() -> None:
    strike = _doc(
        ["the", "strike", "on", "Doha"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"]
    )
    pressure = _doc(
        ["pressure", "on", "Pyongyang"], [0, 0, 1], ["ROOT", "prep", "pobj"]
    )
    assert place_by_role(strike[3])
    assert not place_by_role(pressure[2])


def test_a_visit_and_a_way_out_name_places() -> None:
    visit = _doc(["would", "visit", "Seoul"], [1, 1, 1], ["aux", "ROOT", "dobj"])
    meet = _doc(["would", "criticise", "Seoul"], [1, 1, 1], ["aux", "ROOT", "dobj"])
    out = _doc(["out", "of", "Kabul"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert place_by_role(visit[2]) and place_by_role(out[2])
    assert not place_by_role(meet[2])


def test_a_place_noun_or_a_direction_before_a_name_makes_it_a_place() -> None:
    doc = _doc(
        ["in", "the", "capital", "Tripoli", "and", "eastern", "Congo"],
        [0, 3, 3, 0, 3, 6, 3],
        ["ROOT", "det", "compound", "pobj", "cc", "amod", "conj"],
    )
    assert named_as_place([doc[3]])
    assert named_as_place([doc[6]])
    assert not named_as_place([doc[2]])
    title = _doc(["Eastern", "Congo"], [1, 1], ["amod", "ROOT"])
    assert not named_as_place([title[1]])  # a capitalised word: a name's own


def _person(country: str, roles: list[str], sector: str = "GOV") -> ActorDraft:
    return ActorDraft(
        key=("person", "x"),
        name="X",
        type="person",
        country=country,
        igo=None,
        sector=sector,
        code=None,
        roles=roles,
        mentions=[(0, 1)],
        sources=["title"],
    )


def test_an_attorney_general_who_heads_the_prosecution_is_jud() -> None:
    guatemala = _person("GTM", ["Attorney General"])
    us = _person("USA", ["Attorney General"])
    minister = _person("GTM", ["Interior Minister"])
    prosecutor_sectors([guatemala, us, minister])
    assert (guatemala.sector, us.sector, minister.sector) == ("JUD", "GOV", "GOV")


def test_a_workers_union_is_labour_and_a_traders_association_business() -> None:
    from whosaid.actors.entries import BUSINESS_GROUP_WORDS, _workers_union

    assert _workers_union(["kenya", "union", "of", "journalists"])
    assert _workers_union(["confederation", "of", "trade", "unions"])
    assert not _workers_union(["european", "union"])
    assert not _workers_union(["african", "national", "congress"])
    assert "marketers" in BUSINESS_GROUP_WORDS  # "Petroleum Marketers Association"


def test_an_officer_who_heads_the_state_is_coded_by_the_office() -> None:
    from whosaid.actors.linking import _heads_the_state
    from whosaid.actors.terms import Link, Office, Person

    def link(label: str, sector: str = "GOV") -> Link:
        office = Office("SDN", None, sector, label, "2021-10-25", "", "ovr")
        return Link(Person("x", "X", (office,)), office, former=False)

    assert _heads_the_state(link("Chairman of the Sovereignty Council"), "2024-01-01")
    assert _heads_the_state(link("President"), None)
    assert not _heads_the_state(link("Minister of Defence"), "2024-01-01")
    assert not _heads_the_state(link("Chief of Army Staff", "MIL"), "2024-01-01")


def test_an_acronym_two_bodies_share_is_decided_by_the_article() -> None:
    import whosaid

    uk = whosaid.process(
        "The CBI said firms were braced for a tough Budget from Reeves."
    )
    india = whosaid.process(
        "The CBI arrested two officials in New Delhi in a bribery probe."
    )
    assert [a.code for a in uk.actors if a.name.startswith("Confederation")] == [
        "GBRBUS"
    ]
    assert [a.code for a in india.actors if a.name.startswith("Central Bureau")] == [
        "INDCOP"
    ]


def test_rsf_is_sudan_s_paramilitary_or_the_press_watchdog_by_the_article() -> None:
    import whosaid

    sudan = whosaid.process(
        "The army said it would fight on until the RSF left Khartoum."
    )
    press = whosaid.process("RSF said three journalists had been jailed this year.")
    assert [a.code for a in sudan.actors if a.name == "Rapid Support Forces"] == [
        "SDNREB"
    ]
    assert [a.code for a in press.actors if a.name == "Reporters Without Borders"] == [
        "NGO"
    ]
