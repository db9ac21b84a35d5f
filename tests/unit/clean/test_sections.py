"""Tests for whosaid.clean.sections: section names and breadcrumbs."""

from __future__ import annotations

import pytest

from whosaid.clean import sections


@pytest.mark.parametrize(
    ("line", "segments"),
    [
        ("News\u00a0/\u00a0Koreas\u00a0/\u00a0Russia", ("News", "Koreas", "Russia")),
        ("Home > World > Asia", ("Home", "World", "Asia")),
        ("Home » World » Middle East", ("Home", "World", "Middle East")),
        ("Politics | Congress | Senate", ("Politics", "Congress", "Senate")),
        ("You are here: Home › Business", ("Home", "Business")),
        # a topic page's name in title case under a generic root
        (
            "Home / India News / Lok Sabha Election Results 2024",
            ("Home", "India News", "Lok Sabha Election Results 2024"),
        ),
    ],
)  # fmt: skip
def test_boilerplate_parse_breadcrumb(line: str, segments: tuple[str, ...]) -> None:
    assert sections.parse_breadcrumb(line) == segments


@pytest.mark.parametrize(
    "line",
    [
        "Russia calls for calm | Press TV",
        "Trump / Clinton",
        "Russia calls for international calm over North Korea situation",
        "Profits rose 5% in the first half / second half of the year, it said.",
        "the 24/7 news cycle / cable / online",
        # a long last segment not in title case is a headline's start
        "Home / Europe News / Dock workers extend their strike again",
        # nor under a root that is no generic one
        "Politics / India News / Lok Sabha Election Results 2024",
    ],
)
def test_boilerplate_parse_breadcrumb_rejects_other_lines(line: str) -> None:
    assert sections.parse_breadcrumb(line) is None


@pytest.mark.parametrize(
    ("segments", "section"),
    [
        (("News", "Koreas", "Russia"), ("Koreas", "Russia")),
        (("Home", "World", "Asia"), ("World", "Asia")),
        (("Politics", "Congress"), ("Politics", "Congress")),
    ],
)
def test_boilerplate_breadcrumb_section_drops_generic_root(
    segments: tuple[str, ...], section: tuple[str, ...]
) -> None:
    assert sections.breadcrumb_section(segments) == section


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Middle East", True),
        ("Asia Pacific", True),
        ("Health", True),
        ("Business", True),
        ("U.S. Politics", True),
        ("Science & Technology", True),
        ("Trump wins", False),
        ("He left.", False),
        ("Officials Say Talks Collapsed On Monday", False),
        ("Live: Election results", False),
        ("2024 Election", False),
    ],
)
def test_boilerplate_is_section_name(line: str, expected: bool) -> None:
    assert sections.is_section_name(line) is expected


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("World | Africa", ("World", "Africa")),
        ("News | Strikes across the port cities",
         ("News", "Strikes across the port cities")),
        ("Desk — Politics", ("Desk", "Politics")),
        ("Environment › Climate crisis", ("Environment", "Climate crisis")),
        ("Business | Markets | Oil price shock deepens",
         ("Business", "Markets", "Oil price shock deepens")),
        ("Business | Markets | Oil", None),  # a breadcrumb, parsed as such
        ("Home » World » Asia", None),  # a breadcrumb, parsed as such
        ("Strikes spread | Ports", None),  # the first is no section name
        ("News | the port strike", None),  # a topic starts with a capital
        ("News | Strikes spread to ports across the north", None),  # too long
        ("Business - Markets", None),  # a hyphen is no separator
        ("News | Strikes end.", None),
        ("Opinion | Why the ports must stay open", None),  # a headline's label
        ("Analysis | Strike costs mount", None),
    ],
)  # fmt: skip
def test_boilerplate_section_path(line: str, path: tuple[str, ...] | None) -> None:
    assert sections.section_path(line) == path


@pytest.mark.parametrize(
    ("line", "headline", "expected"),
    [
        (
            "News / Europe News / Dock workers extend strike",
            "Dock workers extend strike in Rotterdam over automation",
            ("News", "Europe News"),
        ),
        (
            "Home > Business > Dock workers extend strike in Rotterdam",
            "Dock workers extend strike in Rotterdam",
            ("Home", "Business"),
        ),
        # The tail is not the start of the headline below.
        ("News / Europe / Ports reopen", "Dock workers extend strike", None),
        # Too short a tail to tell.
        ("News / Europe / Docks", "Docks close as strike spreads", None),
        # A segment that is no breadcrumb segment.
        (
            "Read the news of the week / Dock workers extend strike",
            "Dock workers extend strike in Rotterdam",
            None,
        ),
    ],
)
def test_boilerplate_titled_breadcrumb(
    line: str, headline: str, expected: tuple[str, ...] | None
) -> None:
    assert sections.titled_breadcrumb(line, headline) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WORLD", True),
        ("NATIONAL / SCIENCE & HEALTH", True),
        ("ASIA PACIFIC | ECONOMY", True),
        ("LEADER SAYS TALKS WILL GO ON", False),
        ("World", False),
        ("STOP.", False),
    ],
)
def test_boilerplate_is_capitals_section(line: str, expected: bool) -> None:
    assert sections.is_capitals_section(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Politics, Europe", ("Politics", "Europe")),
        ("World, Asia, Markets", ("World", "Asia", "Markets")),
        ("Rates rise, again", None),
        ("Politics", None),
        ("One, Two, Three, Four", None),
    ],
)
def test_boilerplate_section_list(line: str, expected: tuple[str, ...] | None) -> None:
    assert sections.section_list(line) == expected
