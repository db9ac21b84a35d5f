"""The build's repairs of the sources' terms (``whosaid.actors.term_repair``)
and the office kinds they read (``whosaid.actors.office_kinds``)."""

from __future__ import annotations

from whosaid.actors.office_kinds import office_kind, solid_kind
from whosaid.actors.term_repair import Row, close_superseded, duplicate_pairs
from whosaid.actors.terms import Office

NAMES = {"GBR": {"united kingdom", "uk"}, "ITA": {"italy"}, "IND": {"india"}}


def _row(country: str, office: str, start: str, end: str = "", src: str = "ep") -> Row:
    return (country, "", "GOV", office, start, end, src)


def _office(label: str, source: str = "ep", country: str = "GBR") -> Office:
    return Office(country, None, "GOV", label, "2020", "", source)


def test_office_kinds() -> None:
    assert office_kind(_office("Minister of Foreign Affairs")) == "foreign"
    assert office_kind(_office("Prime Minister")) == "head of government"
    assert office_kind(_office("Prime Minister of Crimea")) is None
    assert office_kind(_office("Prime Minister of Italy"), {"italy"}) == (
        "head of government"
    )
    assert office_kind(_office("Deputy Prime Minister")) is None
    assert office_kind(_office("Chief of Defence Intelligence")) is None
    assert office_kind(_office("Chief of Defence Staff")) == "military chief"
    assert office_kind(_office("Governor of the Central Bank")) == "central bank"
    assert office_kind(_office("head of government", "cia")) == "head of government"


def test_solid_kinds() -> None:
    """A later holder ends a term only under a plain title."""
    assert solid_kind(_office("Minister for Defence Materiel")) is None
    assert solid_kind(_office("Minister for Defence")) == "defence"
    assert solid_kind(_office("head of government", "cia")) is None
    assert solid_kind(_office("chief of state: Prime Minister", "cia")) == (
        "head of government"
    )
    assert solid_kind(_office("chief of state: King", "cia")) == "head of state"


def test_a_later_holder_ends_an_open_term() -> None:
    people = {
        "Q1": ("Boris Johnson", [_row("GBR", "Prime Minister", "2019-07-24")]),
        "Q2": (
            "Liz Truss",
            [_row("GBR", "head of government: Prime Minister", "2022-09-06",
                  "2022-10", "cia")],
        ),
    }  # fmt: skip
    assert close_superseded(people, NAMES) == 1
    assert people["Q1"][1][0][5] == "2022-09-06"
    assert people["Q2"][1][0][5] == "2022-10"  # a Factbook term is never ended


def test_an_override_ends_an_open_term() -> None:
    people = {
        "Q1": (
            "Luigi Di Maio",
            [_row("ITA", "Minister of Foreign Affairs", "2021-02-13")],
        )
    }
    closers = [
        ("ovr:x", "Antonio Tajani", _row("ITA", "Foreign Minister", "2022-10-22"))
    ]
    assert close_superseded(people, NAMES, closers) == 1
    assert people["Q1"][1][0][5] == "2022-10-22"


def test_no_end_by_another_office_the_same_person_or_a_province() -> None:
    people = {
        # a civil servant's "Home Secretary" is not the minister's office
        "Q1": ("Amit Shah", [_row("IND", "Minister of Home Affairs", "2019-05-30")]),
        "Q2": ("Ajay Bhalla", [_row("IND", "Home Secretary", "2019-08-22", "2024")]),
        # the same person under another source's spelling
        "Q3": ("Philippe I of Belgium", [_row("GBR", "King", "2013-07-21")]),
        "cia:x": ("Philippe", [_row("GBR", "chief of state: King", "2014", src="cia")]),
    }  # fmt: skip
    assert close_superseded(people, NAMES) == 0


def test_a_successor_of_another_chain_ends_nothing() -> None:
    """A term that begins the day a third holder's ends follows that one:
    a province's "Minister of Finance" is not ended by the state's."""
    people = {
        "Q1": ("Eric Girard", [_row("GBR", "Minister of Finance", "2018-10-18")]),
        "Q2": ("Bill Morneau", [_row("GBR", "Minister of Finance", "2015", "2020-08-18")]),  # noqa: E501
        "Q3": ("Chrystia Freeland", [_row("GBR", "Minister of Finance", "2020-08-18")]),
    }  # fmt: skip
    assert close_superseded(people, NAMES) == 0
    assert people["Q1"][1][0][5] == ""


def test_duplicates_merge_into_the_wikidata_entry() -> None:
    people = {
        "Q1": ("Pedro Sánchez", [_row("GBR", "Prime Minister", "2018-06-02")]),
        "cia:a": (
            "Pedro Sanchez Perez-Castejon",
            [_row("GBR", "head of government", "2018-06-02", "", "cia")],
        ),
        "Q2": ("Kassym-Jomart Tokayev", [_row("ITA", "President", "2019-03-20")]),
        "cia:b": (
            "Kasym-Zhomart Tokayev",
            [_row("ITA", "chief of state: President", "2019-03-20", "", "cia")],
        ),
        # namesakes with no office begun together stay apart
        "Q3": ("Mamadou Diop", [_row("ITA", "Mayor of Dakar", "1984")]),
        "cia:c": ("Mamadou Diop Decroix", [_row("ITA", "Minister of Trade", "2001")]),
        # two Wikidata entries are never merged
        "Q4": ("Raul Castro", [_row("IND", "President", "2008-02-24")]),
        "Q5": ("Raul Castro", [_row("IND", "President", "2008-02-24")]),
    }
    assert duplicate_pairs(people, NAMES) == [("Q1", "cia:a"), ("Q2", "cia:b")]


def test_a_head_s_side_offices_end_with_the_head_s_term() -> None:
    people = {
        "Q1": (
            "Boris Johnson",
            [
                _row("GBR", "Prime Minister", "2019-07-24", "2022-09-06"),
                _row("GBR", "Minister for the Union", "2019-07-26"),
                _row("GBR", "Foreign Secretary", "2016-07-13"),
            ],
        )
    }
    assert close_superseded(people, NAMES) == 1
    assert [r[5] for r in people["Q1"][1]] == ["2022-09-06", "2022-09-06", ""]


def test_the_congress_ends_an_open_term_it_shows_ending() -> None:
    # codes18: an EveryPolitician open term ends with the Congress's term of
    # the same office begun the same day; the Factbook's ends stay out (its
    # listing ends where a spelling or title changes)
    vp = "Vice President"
    people = {
        "Q1": ("Kamala Harris", [
            _row("USA", vp, "2021-01-20"),
            _row("USA", vp, "2021-01-20", "2025-01-20", "usc"),
        ]),
        "Q2": ("Al Lu", [
            _row("BLR", "President", "1994-07-20"),
            _row("BLR", "chief of state: President", "1994-07-20", "2021-12", "cia"),
        ]),
    }  # fmt: skip
    close_superseded(people, {"USA": {"united states"}, "BLR": {"belarus"}})
    assert people["Q1"][1][0][5] == "2025-01-20"
    assert people["Q2"][1][0][5] == ""


def test_a_year_only_start_gives_way_to_that_year_s_exact_one() -> None:
    people = {
        "Q1": ("Boris Johnson", [_row("GBR", "Prime Minister", "2019-07-24")]),
        "Q2": ("Liz Truss", [_row("GBR", "Prime Minister", "2022", "2022")]),
        "Q3": ("Rishi Sunak", [_row("GBR", "Prime Minister", "2022-10-25")]),
    }
    close_superseded(people, NAMES)
    assert people["Q1"][1][0][5] == "2022-10-25"  # not "2022", nor left open


def test_a_head_office_of_its_own_is_no_side_office() -> None:
    people = {
        "Q1": (
            "Salman",
            [
                _row("GBR", "King", "2015-01-23"),
                _row("GBR", "Prime Minister", "2015-01-23", "2022"),
            ],
        )
    }
    close_superseded(people, NAMES)
    assert people["Q1"][1][0][5] == ""  # still king
