"""Tests for whosaid.clean.layout_menus: menus on one line and what stands over them."""

from __future__ import annotations

import pytest

from whosaid.clean import clean_article
from whosaid.clean.layout_lines import split_lines
from whosaid.clean.layout_menus import is_menu_row, is_over_menu_row
from whosaid.records import RawArticle


@pytest.mark.parametrize(
    "line",
    [
        "U.S. News  World  Politics  Sports  Entertainment  Fact Check",
        "MARKETS  BUSINESS  INVESTING  TECH  CNBC TV",
        "News  Sports  Politics  Opinion  Obituaries  eNewspaper",
        "Health · Science · Climate",
        "Local | National | Business | Press Releases",
    ],
)
def test_layout_menus_menu_rows(line: str) -> None:
    assert is_menu_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Floods hit the north as rivers rise",
        "Revenue  $22.1 billion  up 265%",  # a table row, not labels
        "He said  the vote  was close.",
        "Sports  Politics",  # two labels only
    ],
)
def test_layout_menus_not_menu_rows(line: str) -> None:
    assert not is_menu_row(line)


def test_layout_menus_bars_only_when_asked() -> None:
    assert not is_menu_row("Local | National | Business", bars=False)
    assert is_menu_row("Local | National | Business")


def test_layout_menus_site_name_over_menu_row() -> None:
    text = "Example 7 News\nNEWS  WEATHER  SPORTS  WATCH LIVE\n\nHeadline here today"
    lines = split_lines(text, 0)
    assert is_over_menu_row(lines, 0)
    assert not is_over_menu_row(lines, 1)
    assert not is_over_menu_row(lines, 2)


MENU_PAGE = """\
Example Post
Part of the Example Network
News  Sports  Politics  Opinion  eNewspaper

POLITICS
Council votes to close two libraries after long debate

Jane Roe
Published 9:41 p.m. CT April 6, 2023

The council voted on Thursday to close two branch libraries, officials said.

"This is a sad day for the town," the mayor said.
"""


def test_layout_menus_menu_row_and_tagline_are_not_the_title() -> None:
    article = clean_article(RawArticle(id="m", text=MENU_PAGE))
    assert article.title is not None
    assert (
        article.title.text == "Council votes to close two libraries after long debate"
    )
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["News  Sports  Politics  Opinion  eNewspaper"] == "breadcrumb"
    assert kinds["Part of the Example Network"] in {"section", "breadcrumb"}
    assert [s.text for s in article.body] == [
        "The council voted on Thursday to close two branch libraries, officials said.",
        '"This is a sad day for the town," the mayor said.',
    ]


SENTENCE_HEADLINE_PAGE = """\
Example Tribune
Opinion
Columns

Column: The court killed the debt plan. Borrowers deserved better from everyone.

By Jane Roe
UPDATED: June 30, 2023 at 5:52 p.m.

For about 40 million Americans, the letter never came.
"""


def test_layout_sentence_headline_over_its_byline_is_the_title() -> None:
    article = clean_article(RawArticle(id="s", text=SENTENCE_HEADLINE_PAGE))
    assert article.title is not None
    assert article.title.text.startswith("Column: The court killed the debt plan.")
    assert [s.text for s in article.body] == [
        "For about 40 million Americans, the letter never came."
    ]
