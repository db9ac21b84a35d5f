"""Tests for whosaid.clean.footers: site footers and page marks."""

from __future__ import annotations

import pytest

from whosaid.clean import footers


@pytest.mark.parametrize(
    "line",
    [
        "Sky News - back to home",
        "Return to homepage",
        "Back to the home page",
        "Home UK World Politics US Climate Science & Tech Business Ents & Arts",
        "Home News World Business Sport",
    ],
)
def test_boilerplate_home_links_and_menus_are_page_marks(line: str) -> None:
    assert footers.is_page_mark(line)


@pytest.mark.parametrize(
    "line",
    [
        "He went back to home base",
        "Home Secretary Suella Braverman Resigns",
        "Home Office Minister James Brokenshire Says",
    ],
)
def test_boilerplate_home_headlines_are_no_page_marks(line: str) -> None:
    assert not footers.is_page_mark(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Advertisement", True),
        ("Story continues below advertisement", True),
        ("Advertising revenue fell by a third.", False),
    ],
)
def test_footers_is_advertisement(line: str, expected: bool) -> None:
    assert footers.is_advertisement(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("For more news, visit www.example.com", True),
        ("Follow our coverage at https://example.com/live", True),
        ("Visit the museum at its new address on Main Street.", False),
    ],
)
def test_footers_is_address_pointer(line: str, expected: bool) -> None:
    assert footers.is_address_pointer(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reach the reporters on Twitter at @example", True),
        ("Listen to Radio North live at radionorth.example/live", True),
        ("Reach an agreement, the minister urged.", False),
    ],
)
def test_footers_is_contact_line(line: str, expected: bool) -> None:
    assert footers.is_contact_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2024 Example News. All rights reserved.", True),
        ("Follow us on Instagram", True),
        ("Privacy Policy", True),
        ("The committee will follow the rules, she said.", False),
    ],
)
def test_footers_is_footer_notice(line: str, expected: bool) -> None:
    assert footers.is_footer_notice(line) is expected


@pytest.mark.parametrize(
    "line", ["Hide Ad", "Related Advertising Links", "Support Provided By: Learn more"]
)
def test_footers_ad_slot_labels(line: str) -> None:
    assert footers.is_advertisement(line)


def test_footers_support_in_prose_is_no_ad_label() -> None:
    assert not footers.is_advertisement("Support provided by the state ended in May.")
