"""IGO officer titles on the page (issue 9, session 16, igo27): a title that
names an IGO office codes its person as the IGO's official, a state's envoy
to an IGO keeps their state, a former IGO official titled in a state's
politics takes that state.  Texts and people written for these tests."""

from __future__ import annotations

from typing import cast

import pytest

from whosaid.actors.igo_titles import (
    ENVOY,
    _portfolio_commissioner,
    igo_officer_titles,
    load_igo_titles,
    title_appositive,
    title_igo,
)
from whosaid.actors.model import ActorDraft
from whosaid.actors.people import People
from whosaid.actors.tables import data_text, read_tsv
from whosaid.actors.terms import Link, Office, Person


class _People:
    """A stand-in for the people tables: one person, or nobody."""

    def __init__(self, person: Person | None = None, *, former: bool = False) -> None:
        self.person = person
        self.former = former

    def link(self, name: str, date: str | None, **_: object) -> Link | None:
        if self.person is None or name != self.person.name:
            return None
        office = max(self.person.offices, key=lambda o: o.start)
        return Link(self.person, office, self.former)


def _person(
    name: str,
    text: str,
    *,
    roles: tuple[str, ...] = (),
    country: str | None = None,
    igo: str | None = None,
    sector: str | None = None,
) -> ActorDraft:
    start = text.index(name)
    return ActorDraft(
        key=("person", name.lower()),
        name=name,
        type="person",
        country=country,
        igo=igo,
        sector=sector,
        code=None,
        roles=list(roles),
        mentions=[(start, start + len(name))],
        sources=["ner"],
    )


def _igo_actor(name: str, text: str, igo: str) -> ActorDraft:
    start = text.index(name)
    return ActorDraft(
        key=("igo", name.lower()),
        name=name,
        type="igo",
        country=None,
        igo=igo,
        sector=None,
        code=None,
        mentions=[(start, start + len(name))],
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("administrator of the UN Development Programme", ("UN", "")),
        ("head of UNAIDS", ("UN", "")),
        ("head of the U.N. peacekeeping mission in Ivory Coast", ("UN", "")),
        ("EU Justice Commissioner", ("EU", "")),
        ("European commissioner for external relations", ("EU", "")),
        ("president of the International Court of Justice", ("ICJ", "JUD")),
        ("president of the ECOWAS Commission", ("ECOWAS", "")),
        ("ambassador to the United Nations", ENVOY),
        ("head of Russia's mission to the UN", ENVOY),
        ("UN Special Envoy to Syria", ("UN", "")),
        ("head of the National Security Council", None),
        ("UN peacekeepers", None),
        ("chief of the EU and NATO talks", None),
        ("former NATO chief", None),
        ("ex-UN envoy", None),
        ("nominee for UN secretary-general", None),
    ],
)
def test_igo_titles_title_igo(phrase: str, expected: object) -> None:
    assert title_igo(phrase, load_igo_titles()) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Competition Commissioner", True),
        ("Budget Commissioner", True),
        ("Police Commissioner", False),
        ("High Commissioner", False),
        ("Commissioner", False),
    ],
)
def test_igo_titles_portfolio_commissioner(phrase: str, expected: bool) -> None:
    assert _portfolio_commissioner(phrase) is expected


def test_igo_titles_any_name_finds_every_phrase_a_name_finds() -> None:
    """The one-pattern check before the per-name patterns (speed29) never
    drops a phrase that one of them finds: each name of the table, in
    phrases around it, in its own case and in others."""
    titles = load_igo_titles()
    assert titles.any_name is not None
    rows = read_tsv(data_text("igo_titles.tsv"))
    names = [row["text"] for row in rows if row["kind"] == "name"]
    assert len(names) == len(titles.names)
    for name, (pattern, _, _) in zip(names, titles.names, strict=True):
        for phrase in (
            f"head of the {name}",
            f"{name} chief",
            f"head of the {name.upper()} mission",
            f"Director of {name.lower()}",
            f"the New {name}",
        ):
            if pattern.search(phrase):
                assert titles.any_name.search(phrase), phrase


def test_igo_titles_phrase_without_igo_name_names_no_office() -> None:
    assert title_igo("head of the local water board", load_igo_titles()) is None


def test_igo_titles_appositive_codes_the_igo_over_an_old_office() -> None:
    text = (
        "Lena Varga, the European commissioner for trade, said the talks would resume."
    )
    old = Person(
        "x1",
        "Lena Varga",
        (Office("HUN", None, "GOV", "Minister", "1998", "2002", "ep"),),
    )
    d = _person("Lena Varga", text, country="HUN", sector="ELI")
    igo_officer_titles([d], text, cast(People, _People(old, former=True)), "2010-05-01")
    assert (d.country, d.igo, d.sector) == (None, "EU", None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the administrator of the UN Development Programme", True),
        ("NATO's supreme commander in Europe", True),
        ("Ouattara's ambassador to the United Nations", True),
        ("who met the UN chief", False),
        ("speaking after the EU summit", False),
        ("a teacher in Geneva", False),
    ],
)
def test_igo_titles_title_appositive(phrase: str, expected: bool) -> None:
    assert title_appositive(phrase) is expected


def test_igo_titles_clause_between_commas_names_no_office() -> None:
    text = "Lena Varga, who met the UN chief on Monday, said the talks would go on."
    d = _person("Lena Varga", text)
    igo_officer_titles([d], text, cast(People, _People()), "2010-05-01")
    assert d.igo is None


def test_igo_titles_portfolio_commissioner_needs_the_eu_on_the_page() -> None:
    text = "Budget Commissioner Lena Varga said the money was on hold."
    d = _person("Lena Varga", text, roles=("Budget Commissioner",))
    igo_officer_titles([d], text, cast(People, _People()), "2010-05-01")
    assert d.igo is None
    text_eu = text + " The European Commission will decide in March."
    d = _person("Lena Varga", text_eu, roles=("Budget Commissioner",))
    igo_officer_titles([d], text_eu, cast(People, _People()), "2010-05-01")
    assert (d.country, d.igo) == (None, "EU")


def test_igo_titles_national_office_that_day_is_kept() -> None:
    text = "Tomas Brel, the OSCE chairman, said monitors would stay."
    now = Person(
        "x2",
        "Tomas Brel",
        (Office("SVK", None, "GOV", "Minister of Foreign Affairs", "2009", "", "ep"),),
    )
    d = _person("Tomas Brel", text, country="SVK", sector="GOV")
    igo_officer_titles([d], text, cast(People, _People(now)), "2010-05-01")
    assert (d.country, d.igo, d.sector) == ("SVK", None, "GOV")


def test_igo_titles_envoy_serves_the_possessor_state() -> None:
    text = (
        "Kama Dembo was sworn in, Kama Dembo's ambassador to the United Nations, "
        "Ali Sene, said on Monday."
    )
    head = _person("Kama Dembo", text, country="XAA", sector="GOV")
    d = _person("Ali Sene", text, igo="UN", roles=("ambassador",))
    igo_officer_titles([head, d], text, cast(People, _People()), "2011-04-11")
    assert (d.country, d.igo, d.sector) == ("XAA", None, "GOV")


def test_igo_titles_former_igo_official_in_national_politics() -> None:
    text = "Opposition leader Jan Marek called on voters to gather on Sunday."
    person = Person(
        "x3",
        "Jan Marek",
        (
            Office("POL", None, "GOV", "Prime Minister", "2007", "2014", "ep"),
            Office(
                None,
                "EU",
                None,
                "President of the European Council",
                "2014-12-01",
                "2019-12-01",
                "ovr",
            ),
        ),
    )
    d = _person("Jan Marek", text, igo="EU", sector="OPP")
    igo_officer_titles(
        [d], text, cast(People, _People(person, former=True)), "2021-10-08"
    )
    assert (d.country, d.igo, d.sector) == ("POL", None, "OPP")
    eu_page = "Jan Marek, the European Council president, said the summit would go on."
    d = _person("Jan Marek", eu_page, igo="EU", sector=None)
    igo_officer_titles(
        [d, _igo_actor("European Council", eu_page, "EU")],
        eu_page,
        cast(People, _People(person)),
        "2017-10-27",
    )
    assert (d.country, d.igo) == (None, "EU")


def test_igo_titles_table_holds_every_igo_name_of_the_organizations() -> None:
    """igo_titles.tsv is rebuilt after organizations.tsv changes."""
    orgs = read_tsv(data_text("organizations.tsv"))
    wanted = {
        (r["pattern"], r["igo"])
        for r in orgs
        if r.get("type") == "igo" and r.get("igo")
    }
    rows = read_tsv(data_text("igo_titles.tsv"))
    names = {(r["text"], r["igo"]) for r in rows if r["kind"] == "name"}
    assert wanted <= names
