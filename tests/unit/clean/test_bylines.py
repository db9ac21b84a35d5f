"""Tests for whosaid.clean.bylines: bylines, header and stamp lines, print notes."""

from __future__ import annotations

import pytest

from whosaid.clean import bylines, clean_article
from whosaid.records import RawArticle


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Robin Emmott | BRUSSELS", True),
        ("By ERICA WERNER and ALAN FRAM, Associated Press", True),
        ("Published 3:10 am, Friday, July 28, 2017", True),
        ("World News | Tue Aug 1, 2017 | 6:12am EDT", True),
        ("Sun Jul 30, 2017 06:39PM", True),
        ("2017-07-31 10:00", True),
        ("By Monday, the talks had collapsed.", False),
        ("EU warns of retaliation over new U.S. sanctions", False),
    ],
)
def test_boilerplate_is_header_line(line: str, expected: bool) -> None:
    assert bylines.is_header_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(LEAD) By Jana Novak", True),
        ("(2nd LD) By Jana Novak and Omar Haddad", True),
        ("(lead) by the river the camp grew", False),
        ("Wire Desk / Updated: Mar 7, 2023, 09:15 IST", True),
        ("Ports / Strikes / Rotterdam", False),
    ],
)
def test_boilerplate_is_header_line_with_a_wire_tag(line: str, expected: bool) -> None:
    assert bylines.is_header_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jana Novak in Prague", True),
        ("Jana Novak and Omar Haddad, Wire Service", True),
        ("By Jana Novak", True),
        ("Jana Novak | Reuters", True),
        ("Jana Novak said the talks failed.", False),
        ("the talks in Prague", False),
        ("Strikes spread to ports across the north and east of the country", False),
    ],
)
def test_boilerplate_is_credit_line(line: str, expected: bool) -> None:
    assert bylines.is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"), [("By", True), ("BY:", True), ("By Jo", False)]
)
def test_boilerplate_is_bare_by(line: str, expected: bool) -> None:
    assert bylines.is_bare_by(line) is expected


def test_boilerplate_is_credit_line_with_agencies() -> None:
    assert bylines.is_credit_line("Jane Doe with Reuters, dpa, AFP")
    assert not bylines.is_credit_line("Jane Doe with her lawyers.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe · Example News · Posted: Sep 18, 2023 3:42 PM EDT", True),
        ("Jane Doe | Posted: Sep 18, 2023 | Last Updated: September 19, 2023", True),
        ("Example News · May 2, 2024", True),
        ("Rates rose · Markets fell · Sep 18, 2023", False),
        ("Jane Doe · Example News", False),
        ("Sep 18, 2023", False),
        ("August 14, 2024 (Example Japan)", True),
        ("Talks on May 5 (Reuters)", False),
        ("May 5, 2024 (the talks resumed)", False),
    ],
)
def test_boilerplate_is_stamp_line(line: str, expected: bool) -> None:
    assert bylines.is_stamp_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published in The Daily Example, May 12th, 2023", True),
        ("Printed in Example Times on 4 March 2021", True),
        ("Published in Nature, the study found the drug worked.", False),
        ("Published in 2023, the report was ignored.", False),
    ],
)
def test_boilerplate_is_print_note(line: str, expected: bool) -> None:
    assert bylines.is_print_note(line) is expected


def test_boilerplate_byline_with_a_wire_service() -> None:
    assert bylines.is_header_line("By Jane Doe  with AFP")
    assert bylines.is_header_line("By Jane Doe with AP and Reuters")
    assert not bylines.is_header_line("By then the crowd had left with the police.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ByJane Doe, John Roe, and Ann Poe", True),
        ("By Jane Doe, John Roe, and Ann Poe", True),
        ("by Staff / The Example Times", True),
        ("Bypass road opens to traffic", False),
        ("BYX Motors recalls its cars", False),
    ],
)
def test_boilerplate_glued_and_slashed_bylines(line: str, expected: bool) -> None:
    assert bylines.is_header_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe in Lisbon and John Roe in Porto", True),
        ("Jane Doe, John Roe, and Ann Poe", True),
        ("Jane Doe in Lisbon", True),
        ("Talks in Lisbon and Porto end", False),
    ],
)
def test_boilerplate_credit_line_with_places_and_oxford_comma(
    line: str, expected: bool
) -> None:
    assert bylines.is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe, John Roe   |12.03.2024 - Update : 12.03.2024", True),
        ("Lisbon - JUNE 3, 2024 - 09:10 CEST", True),
        ("PORTO - Updated - March 2, 2024 08:02 am IST", True),
        ("Rates rose - markets fell - May 2, 2024", False),
        ("Lisbon - Porto", False),
    ],
)
def test_boilerplate_stamp_line_with_dateline_and_dashes(
    line: str, expected: bool
) -> None:
    assert bylines.is_stamp_line(line) is expected


def test_boilerplate_byline_with_outlet_in_brackets() -> None:
    assert bylines.is_header_line("By Jane Doe (The Example Herald)")
    assert not bylines.is_header_line("By then (he said) the crowd had left.")


def test_boilerplate_stamp_line_with_a_round_bullet() -> None:
    assert bylines.is_stamp_line("Northport ● Tue, October 22, 2024")


def test_a_time_before_the_date_in_a_header_segment() -> None:
    assert bylines.is_header_line("Example Daily News / 06:22 PM February 05, 2025")
    assert bylines.is_header_line("9.15 am 5 March 2024")
    assert not bylines.is_header_line("At 06:22 PM February 05, 2025 they left")


@pytest.mark.parametrize(
    "line", ["Written by Jane Roe , John Doe", "By Example 7 News Staff"]
)
def test_bylines_written_by_and_station_numbers(line: str) -> None:
    assert bylines.is_header_line(line)


def test_bylines_handle_line() -> None:
    assert bylines.is_handle_line("@JANEROE")
    assert not bylines.is_handle_line("@JaneRoe said the vote was close.")


BYLINE_TITLE_PAGE = """\
Bill passes first reading after long debate
Leader says debate 'long overdue'; rival calls bill 'divisive'
By Jane Roe
Political reporter·Example Herald·
14 Nov, 2024 10:12 PM
3 mins to read
Parliament passed the bill's first reading on Thursday, officials said.
"""


def test_bylines_writers_title_between_byline_and_stamp() -> None:
    article = clean_article(RawArticle(id="b", text=BYLINE_TITLE_PAGE))
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Political reporter·Example Herald·"] == "byline"
    assert kinds["3 mins to read"] == "byline"
    assert [s.text for s in article.body][-1] == (
        "Parliament passed the bill's first reading on Thursday, officials said."
    )


def test_bylines_stamp_line_with_a_section_list() -> None:
    assert bylines.is_stamp_line("EXAMPLE NEWS - Apr 20, 2022 - 19:42 | World, All")
    assert not bylines.is_stamp_line("Rates rose, markets fell | Apr 20, 2022")
