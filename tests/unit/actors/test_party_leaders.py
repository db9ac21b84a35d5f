"""Party leaders from the Factbook's "political parties and leaders": how
the build script reads them, and how a link by a party's leadership codes
its person (PTY, OPP by governing.tsv, below any office of the state's)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from whosaid.actors.governing import leader_sector
from whosaid.actors.terms import (
    PARTY_LEADER_SOURCE,
    Link,
    Office,
    Person,
    link_on,
)


def _build(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    script = Path(__file__).parents[3] / "scripts" / "build_knowledge.py"
    spec = importlib.util.spec_from_file_location("build_knowledge", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_knowledge", build)  # for dataclasses
    spec.loader.exec_module(build)
    return build


def test_leaders_are_read_from_a_parties_and_leaders_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    text = (
        "Alternative for Germany or AfD [Alexander GAULAND - Honorary Chairman, "
        "Joerg MEUTHEN and Tino CHRUPALLA]\n"
        "Labor Party [Anthony (Tony) BLAIR]\n"
        "Meretz [vacant]\n"
        "National Unity [alliance includes Blue and White and New Hope]\n"
        "Fidesz [Viktor ORBAN, chairman]"
    )
    assert list(build.party_entries(text)) == [
        ("Alternative for Germany", "Alexander Gauland"),
        ("Alternative for Germany", "Joerg Meuthen"),
        ("Alternative for Germany", "Tino Chrupalla"),
        ("Labor Party", "Anthony Blair"),
        ("Fidesz", "Viktor Orban"),
    ]


def test_a_factbook_party_takes_its_organizations_name_when_one_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    name = build.canonical_parties({"IRL": [("Fianna Fáil", "Fianna Fáil")]})
    assert name("IRL", "Fianna Fail") == "party leader: Fianna Fáil"
    assert name("IRL", "Aontu") == "party leader - Aontu"


def test_a_factbook_party_is_matched_by_its_other_names_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    entry = "Pakistan Tehrik-e Insaaf or PTI (Pakistan Movement for Justice) "
    assert build.party_aliases(entry) == ("PTI", "Pakistan Movement for Justice")
    assert list(build.party_entries_with_aliases(entry + "[Imran KHAN]")) == [
        (
            "Pakistan Tehrik-e Insaaf",
            ("PTI", "Pakistan Movement for Justice"),
            "Imran Khan",
        )
    ]
    name = build.canonical_parties({"PAK": [("PTI", "Pakistan Tehreek-e-Insaf")]})
    assert (
        name("PAK", "Pakistan Tehrik-e Insaaf", ("PTI",))
        == "party leader: Pakistan Tehreek-e-Insaf"
    )
    assert name("PAK", "Pakistan Tehrik-e Insaaf") == (
        "party leader - Pakistan Tehrik-e Insaaf"
    )


def _office(label: str, start: str = "2019-09", end: str = "") -> Office:
    return Office("IRL", None, "PTY", label, start, end, PARTY_LEADER_SOURCE)


def _link(label: str, former: bool = False) -> Link:
    return Link(Person("x", "X", ()), _office(label), former=former)


def test_a_leader_of_a_party_out_of_government_leads_the_opposition() -> None:
    assert leader_sector(_link("party leader: Sinn Féin"), "2024-09-10") == "OPP"
    assert leader_sector(_link("party leader: Fine Gael"), "2024-09-10") == "PTY"


def test_the_governing_table_says_nothing_of_parties_it_does_not_name() -> None:
    assert leader_sector(_link("party leader - Aontu"), "2024-09-10") is None
    # undated: who governed then is unknown (issue 9's newest-entry reading
    # of governing.tsv was tried and left out: it codes an undated 2023 story
    # of the Awami League as the opposition's) ...
    assert leader_sector(_link("party leader: Fine Gael"), None) is None
    # ... but a party no row of its country names never governed (codes18)
    assert leader_sector(_link("party leader: Sinn Féin"), None) == "OPP"
    assert leader_sector(_link("party leader: Sinn Féin", former=True), "2024") is None


def test_a_former_party_leader_is_no_former_officeholder() -> None:
    assert _link("party leader: Sinn Féin", former=True).sector == "PTY"


def test_an_office_of_the_state_codes_a_minister_who_leads_a_party() -> None:
    minister = Office("IRL", None, "GOV", "Minister for Finance", "2017", "", "cia")
    person = Person("x", "X", (minister, _office("party leader: Fine Gael", "2020")))
    link = link_on(person, "2021-01-01")
    assert link is not None and link.sector == "GOV"


def test_a_former_head_who_leads_a_party_stays_a_former_head() -> None:
    head = Office("FRA", None, "GOV", "President of France", "2007", "2012-05", "ep")
    person = Person("x", "X", (head, _office("party leader - The Republicans", "2015")))
    link = link_on(person, "2016-08-22")
    assert link is not None and link.sector == "ELI"


def test_a_factbook_name_also_spelled_otherwise_takes_the_news_spelling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    table = build.Table()
    name = "Settha Thawisin also spelled Srettha Thavisin"
    p = table.person(None, name, "THA", "cia:THA:settha thawisin also spelled srettha")
    assert p.name == "Srettha Thavisin"
    assert p.aliases == {"Settha Thawisin"}
    # the same person found again by either spelling
    assert table.person(None, "Srettha Thavisin", "THA", "cia:THA:x") is p


def test_ranks_glued_to_a_factbook_name_are_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    assert build.without_ranks("Brig. Gen. Teodoro Obiang Nguema Mbasogo") == (
        "Teodoro Obiang Nguema Mbasogo"
    )
    assert build.without_ranks("Idriss Deby Itno Lt. Gen.") == "Idriss Deby Itno"
    assert build.without_ranks("Lt Gen Sir Jerry Mateparae") == "Jerry Mateparae"
    assert build.without_ranks("Ceo Abdullah Abdullah Dr.") == "Abdullah Abdullah"
    table = build.Table()
    p = table.person(None, "Sheikh Sharif Sheikh Ahmed", "SOM", "cia:SOM:x")
    assert p.aliases == {"Sharif Sheikh Ahmed"}


def test_an_everypolitician_party_post_leads_the_opposition_out_of_government() -> None:
    chair = Office(
        "TWN", None, "PTY", "Chairperson of the Kuomintang", "2021-10-05", "", "ep"
    )
    link = Link(Person("Q5386280", "Eric Chu", (chair,)), chair, former=False)
    assert leader_sector(link, "2024-05-24") == "OPP"  # the DPP governs
    assert leader_sector(link, "2012-05-24") == "PTY"  # the KMT governed
    minister = Office("TWN", None, "GOV", "Minister of the Interior", "2021", "", "ep")
    assert (
        leader_sector(Link(Person("x", "X", (minister,)), minister, False), "2024")
        is None
    )


def test_title_words_glued_before_a_known_name_find_that_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    table = build.Table()
    khamenei = table.person("Q57336", "Ali Khamenei", "IRN", "ep")
    label = "Islamic Revolution Ayatollah Ali Hoseini-Khamenei"
    assert table.person(None, label.replace("Hoseini-", ""), "IRN", "cia:x") is khamenei
    # a given name before a known name makes another person ("Hamdan bin
    # Zayid" is not his father "Zayid ...")
    table.person("Q1", "Zayid Al Nuhayyan", "ARE", "ep")
    table.person("Q2", "Hamdan Khalifa", "ARE", "ep")
    son = table.person(None, "Hamdan bin Zayid Al Nuhayyan", "ARE", "cia:y")
    assert son.id == "cia:y"


def test_an_undated_former_head_who_leads_a_party_is_the_former_head() -> None:
    # as on a day (former_head_leading_a_party): Uhuru Kenyatta, president
    # until 2022, leads the Jubilee Party; undated, he is the former head
    president = Office(
        "KEN", None, "GOV", "President", "2013-04-09", "2022-09-13", "ep"
    )
    party = Office(
        "KEN",
        None,
        "PTY",
        "party leader: Jubilee Party",
        "2017-03",
        "",
        PARTY_LEADER_SOURCE,
    )
    person = Person("x", "Uhuru Kenyatta", (president, party))
    for date in (None, "2025-06-01"):
        link = link_on(person, date)
        assert link is not None
        assert (link.office, link.former) == (president, True)
    # a party leader who never headed a state keeps the party's link
    leader = Person("y", "Y", (party,))
    link = link_on(leader, None)
    assert link is not None and link.office == party and not link.former
