"""The dash rule: "quotation" ― Name attributes the quotation to Name."""

from __future__ import annotations

import pytest

from whosaid.attribution.constructions import dash_attributions
from whosaid.attribution.quotes import find_quotes


def _run(
    text: str, taken: list[tuple[int, int]] | None = None
) -> list[tuple[str, str, str]]:
    quotes, _ = find_quotes(text)
    found = dash_attributions(text, quotes, taken or [])
    for spans in found:
        for span in spans:
            assert text[span.start : span.end] == span.text
    return [(s.text, c.text, q.text) for s, c, q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The rent doubled in a year.” ― Maria Lopez\n",
            [("Maria Lopez", "―", "“The rent doubled in a year.”")],
        ),
        (
            '"We will not leave." — Ahmed al-Sayed.\nNext paragraph.',
            [("Ahmed al-Sayed", "—", '"We will not leave."')],
        ),
        (
            "“A.” – Ann Lee\n“B, C.”― Tom de Vries",
            [("Ann Lee", "–", "“A.”"), ("Tom de Vries", "―", "“B, C.”")],
        ),
        (  # no-break spaces around the dash and after the name
            "“We will vote.”\xa0―\xa0Jorge Falcon\xa0\n“Next.”",
            [("Jorge Falcon", "―", "“We will vote.”")],
        ),
    ],
)
def test_dash_attributions_finds_quote_dash_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“It works.” ― and then the crowd left the hall in silence.\n",
        "“It works.” ― said nobody\n",
        "“It works,” she said ― Maria Lopez\n",
        "No quotation here ― Maria Lopez\n",
    ],
)
def test_dash_attributions_ignores_other_dashes(text: str) -> None:
    assert _run(text) == []


def test_dash_attributions_leaves_taken_quotations_alone() -> None:
    text = "“The rent doubled.” ― Maria Lopez\n"
    assert _run(text, taken=[(1, 5)]) == []
