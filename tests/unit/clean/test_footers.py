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
