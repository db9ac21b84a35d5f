"""Tests for whosaid.clean.figures: ticker strips and quote boxes."""

from __future__ import annotations

import pytest

from whosaid.clean import boilerplate as bp
from whosaid.clean.figures import (
    figure_features,
    figure_items,
    figure_tokens,
    is_dated_item,
    is_figure_strip,
    signed_figures,
)
from whosaid.clean.text import analyze_layout


@pytest.mark.parametrize(
    "line",
    [
        "IDX 1,234.56 ▲ +0.62%   Futures 3,916.25 ▼ -1.09%   Yield 3.696%",
        "IDX-100 41,452.68 (closed) | USD/XYZ 285.99 | Gold Rs 204,000 | Oil $74.34",
        "EXAMPLE AG (EXA) | Xetra | 3.49 EUR | -77.98% | Volume 78,416,902",
        "In this article: ABC -9.25% | DEF -14.44% | GHI +39.56%",
        "Market watch — trading suspended | XYZ/EUR 305 (indicative) | XYZ/USD 225",
    ],
)
def test_figures_strip_of_prices(line: str) -> None:
    assert is_figure_strip(line)


@pytest.mark.parametrize(
    "line",
    [
        "Stocks fall 4.8% as tariffs rattle markets; index drops 1,679 points",
        "The index fell 350.33 points, or 1.95%, to 17,596.35.",
        "Published 10:41 a.m. ET July 1, 2024 | Updated 8:15 p.m. ET July 1, 2024",
        "2024 Election | Politics | Congress | Decision 2024",
        "Markets | Stocks | Commodities | Currencies",
        "Budget 2024 | Tax slabs change for 3 crore earners",
    ],
)
def test_figures_no_strip(line: str) -> None:
    assert not is_figure_strip(line)


def test_figures_strip_is_a_leftover_anywhere() -> None:
    line = "IDX 1,234.56 ▲ +0.62%   Futures 3,916.25 ▼ -1.09%   Yield 3.696%"
    layout = analyze_layout(f"Rates held\n\nThe bank held its rate.\n\n{line}\n")
    assert [b.kind for b in layout.boilerplate] == [bp.SITE_FOOTER]


def test_figures_counts_prices_not_dates() -> None:
    assert figure_tokens("Index 1,234.56 ▲ +0.62% on July 1, 2024") == 2
    assert signed_figures("Index 1,234.56 ▲ +0.62% -3") == 3
    assert figure_items("A 1.5 | B | C 300") == (3, 2)


PAGE = """\
EXAMPLE MARKETS
IDX 1,234.56 ▲ +0.62%   Futures 3,916.25 ▼ -1.09%   Yield 3.696%
Central bank holds rates, signals cuts later this year
By Jane Roe
The central bank kept its main rate unchanged on Tuesday, as expected.
"""


def test_figures_strip_over_the_headline_is_no_title() -> None:
    layout = analyze_layout(PAGE)
    assert layout.title is not None
    assert layout.title.text == "Central bank holds rates, signals cuts later this year"
    assert [b.text[:3] for b in layout.boilerplate if b.text.startswith("IDX")]
    assert all("IDX" not in span.text for span in layout.body)


MASTHEAD_PAGE = """\
THE EXAMPLE STREET JOURNAL.
Subscribe | Sign In
IDX 1,234.56 ▲ +0.62%   Futures 3,916.25 ▼ -1.09%   Yield 3.696%
Central Bank Holds Rates, Signals Cuts Later This Year
By Jane Roe
The central bank kept its main rate unchanged on Tuesday, as expected.
"""


def test_figures_capitals_masthead_over_furniture_is_no_title() -> None:
    layout = analyze_layout(MASTHEAD_PAGE)
    assert layout.title is not None
    assert layout.title.text == "Central Bank Holds Rates, Signals Cuts Later This Year"
    assert layout.boilerplate[0].text == "THE EXAMPLE STREET JOURNAL."


def test_figures_capitals_title_over_its_story_stays_title() -> None:
    text = "FED HOLDS RATES STEADY.\nThe central bank kept its rate unchanged.\n"
    layout = analyze_layout(text)
    assert layout.title is not None
    assert layout.title.text == "FED HOLDS RATES STEADY."


def test_figures_dated_item_is_a_headline_under_a_short_date() -> None:
    assert is_dated_item("06/25 Example files for insolvency")
    assert not is_dated_item("06/25/2020 | 05:41pm EDT")
    assert not is_dated_item("28.02.2025 • 21:35")


def test_figures_dated_headlines_below_the_story_are_footer() -> None:
    text = (
        "Example files for insolvency\n\n"
        "Example AG said on Thursday it would file for insolvency.\n\n"
        "© Example Markets 2020\n"
        "06/25 Court receives insolvency application\n"
        "06/24 Lawmakers demand answers on Example, says report\n"
    )
    layout = analyze_layout(text)
    assert [span.text for span in layout.body] == [
        "Example AG said on Thursday it would file for insolvency."
    ]


def test_figures_short_site_name_over_a_caption_is_no_title() -> None:
    text = (
        "EXAMPLE INSIGHT\n"
        "Reporting Democracy | EXA\n"
        "Home > News > Region\n"
        "Two Neighbours Initial Historic Deal in Brussels\n\n"
        "After ten rounds of talks, the two sides agreed on principles.\n"
    )
    layout = analyze_layout(text)
    assert layout.title is not None
    assert layout.title.text == "Two Neighbours Initial Historic Deal in Brussels"


def test_figures_short_headline_over_its_byline_stays_title() -> None:
    text = (
        "Strike ends\n"
        "By Jane Roe\n"
        "Workers return after a deal on pay and hours\n\n"
        "The strike ended on Monday after the union accepted the offer.\n"
    )
    layout = analyze_layout(text)
    assert layout.title is not None
    assert layout.title.text == "Strike ends"


def test_figures_features_for_the_line_model() -> None:
    assert figure_features("IDX 1,234.56 ▲ +0.62%") == ["figures:2", "figures:signed"]
    assert figure_features("A 1.5 | B 2.5 | C 300") == ["figures:3", "figures:strip"]
    assert figure_features("No figures here") == ["figures:0"]
