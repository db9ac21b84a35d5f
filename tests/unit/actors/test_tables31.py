"""European Commission titles that name no EU (issue 9, session 18,
tables31), and the UN specialized agencies the tables code as the UN.
Names and texts written for these tests."""

from __future__ import annotations

from importlib import resources
from typing import cast

import pytest

from whosaid.actors.eu_commission import (
    commission_officer_title,
    member_state_politician,
)
from whosaid.actors.igo_titles import igo_officer_titles
from whosaid.actors.model import ActorDraft
from whosaid.actors.people import People
from whosaid.actors.tables import data_text, read_tsv
from whosaid.actors.terms import Link, Office, Person


class _People:
    """A stand-in for the people tables: one person, or nobody."""

    def __init__(self, person: Person | None = None) -> None:
        self.person = person

    def link(self, name: str, date: str | None, **_: object) -> Link | None:
        if self.person is None or name != self.person.name:
            return None
        offices = self.person.offices
        held = [o for o in offices if date is None or o.held_on(date)]
        office = max(held or offices, key=lambda o: o.start)
        return Link(self.person, office, former=not held)


def _minister(name: str, country: str, start: str, end: str) -> Person:
    return Person(
        "x1", name, (Office(country, None, "GOV", "Minister", start, end, "ep"),)
    )


def _draft(name: str, text: str, roles: tuple[str, ...] = ()) -> ActorDraft:
    start = text.index(name)
    return ActorDraft(
        key=("person", name.lower()),
        name=name,
        type="person",
        country=None,
        igo=None,
        sector=None,
        code=None,
        roles=list(roles),
        mentions=[(start, start + len(name))],
        sources=["ner"],
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Commission Vice-President", True),
        ("Commission President", True),
        ("European Commission President", True),
        ("Commission Executive Vice President", True),
        ("Electoral Commission President", False),
        ("Commission", False),
        ("Commissioner", False),
    ],
)
def test_eu_commission_officer_title(phrase: str, expected: bool) -> None:
    assert commission_officer_title(phrase) is expected


def test_eu_commission_member_state_politician() -> None:
    people = cast(People, _People(_minister("Aino Virta", "FIN", "2015", "2017")))
    assert member_state_politician("Aino Virta", people)
    assert not member_state_politician("Virta", people)
    other = cast(People, _People(_minister("Aino Virta", "NOR", "2015", "2017")))
    assert not member_state_politician("Aino Virta", other)
    assert not member_state_politician("Aino Virta", cast(People, _People()))


def test_eu_commission_portfolio_title_of_a_member_state_politician() -> None:
    """No EU on the page, but the tables know the person only as a Finnish
    minister after the page's date: the title is the Commission's."""
    text = "In 2007, Enlargement Commissioner Aino Virta said talks would go on."
    people = cast(People, _People(_minister("Aino Virta", "FIN", "2015", "2017")))
    d = _draft("Aino Virta", text)
    igo_officer_titles([d], text, people, None, date_of=lambda _: "2007")
    assert (d.country, d.igo) == (None, "EU")


def test_eu_commission_portfolio_title_keeps_a_national_office_that_day() -> None:
    text = "In 2016, Trade Commissioner Aino Virta said talks would go on."
    people = cast(People, _People(_minister("Aino Virta", "FIN", "2015", "2017")))
    d = _draft("Aino Virta", text)
    d.country, d.sector = "FIN", "GOV"
    igo_officer_titles([d], text, people, None, date_of=lambda _: "2016")
    assert (d.country, d.igo, d.sector) == ("FIN", None, "GOV")


def test_eu_commission_portfolio_title_of_an_unknown_person_needs_the_eu() -> None:
    text = "In 2007, Health Commissioner Aino Virta said clinics would open."
    d = _draft("Aino Virta", text)
    igo_officer_titles([d], text, cast(People, _People()), None)
    assert d.igo is None


def test_eu_commission_vice_president_title() -> None:
    text = "In 2003, Commission Vice-President Aino Virta said Brussels would wait."
    d = _draft("Aino Virta", text)
    igo_officer_titles([d], text, cast(People, _People()), None)
    assert (d.country, d.igo) == (None, "EU")


@pytest.mark.parametrize("acronym", ["FAO", "ILO", "WMO"])
def test_un_specialized_agencies_coded_as_the_un(acronym: str) -> None:
    rows = [r for r in read_tsv(data_text("organizations.tsv")) if r["name"] == acronym]
    assert rows
    assert all((r["igo"], r["code"]) == ("UN", "IGOUNO") for r in rows)


@pytest.mark.parametrize(
    ("plural", "sector"), [("diplomats", "GOV"), ("paratroopers", "MIL")]
)
def test_sector_table_lists_group_plurals(plural: str, sector: str) -> None:
    """A demonym with a group's plural ("Russian diplomats", "Russian
    paratroopers") is a group of that sector, as "Russian troops" is."""
    text = (
        resources.files("whosaid.entities")
        .joinpath("data", "sectors.tsv")
        .read_text(encoding="utf-8")
    )
    rows = {
        line.split("\t")[0]: line.split("\t")[1:3]
        for line in text.splitlines()
        if line and not line.startswith("#")
    }
    assert rows[plural] == [sector, "title"]


@pytest.mark.parametrize(
    "name",
    [
        "International Criminal Tribunal for the former Yugoslavia",
        "International Criminal Tribunal for Rwanda",
    ],
)
def test_un_tribunals_coded_as_the_un_with_jud(name: str) -> None:
    rows = [r for r in read_tsv(data_text("organizations.tsv")) if r["name"] == name]
    assert len(rows) == 2  # the full name and the acronym
    assert all(
        (r["igo"], r["sector"], r["code"]) == ("UN", "JUD", "IGOUNO") for r in rows
    )
