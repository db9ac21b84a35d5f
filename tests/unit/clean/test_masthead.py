"""Tests for whosaid.clean.masthead: a site's own name on its page."""

from __future__ import annotations

import pytest

from whosaid.clean import masthead


def test_masthead_outlet_names_come_from_the_media_organisations() -> None:
    names = masthead.outlet_names()
    assert "reuters" in names
    assert "times of israel" in names  # "The" dropped
    assert "united nations" not in names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reuters", True),
        ("The Times of Israel", True),
        ("THE TIMES OF ISRAEL", True),
        ("Nikkei Asia", True),  # an edition word after a known name
        ("Budget Row", False),
        ("Example Herald", False),
        ("Reuters says talks will go on", False),  # not a name
    ],
)
def test_masthead_is_outlet_name(line: str, expected: bool) -> None:
    assert masthead.is_outlet_name(line) is expected


@pytest.mark.parametrize(
    ("line", "others", "expected"),
    [
        ("Example Herald", ["Officials told the Example Herald on Monday."], True),
        ("THE EXAMPLE HERALD", ["Read the Example Herald every day."], True),
        ("Example Herald Online", ["Officials told the Example Herald."], True),
        ("Example Daily Post", ["Why you can trust EDP"], True),
        # Lower case, or only a duplicate line, is no brand.
        ("Example Herald", ["An example herald of spring."], False),
        ("Example Herald", ["Example Herald"], False),
        ("Example News", ["Example rates rose."], False),
        ("Rates rise", ["Rates rise again, officials said."], False),
    ],
)
def test_masthead_is_repeated_brand(
    line: str, others: list[str], expected: bool
) -> None:
    assert masthead.is_repeated_brand(line, others) is expected


def test_masthead_initials_skip_the_and_joiners() -> None:
    assert masthead.initials("The Example Times of Norway") == "ETN"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Floods hit the north | Reuters", "Floods hit the north"),
        ("Reuters - Floods hit the north", "Floods hit the north"),
        ("Floods hit the north – Example Herald", "Floods hit the north"),
    ],
)
def test_masthead_split_site_title(line: str, headline: str) -> None:
    found = masthead.split_site_title(line, ["Officials told the Example Herald."])
    assert found is not None
    assert line[found[0] : found[1]] == headline


@pytest.mark.parametrize(
    "line", ["Lisbon - Porto rail link opens", "Floods hit the north | Analysis"]
)
def test_masthead_split_site_title_none(line: str) -> None:
    assert masthead.split_site_title(line, []) is None


def test_masthead_site_name_with_a_tagline() -> None:
    others = ["Officials told the Example Herald."]
    assert masthead.is_site_name("The Example Herald - News of the North", others)
    assert not masthead.is_site_name("Rain - News of the North", others)
