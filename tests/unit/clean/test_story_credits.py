"""Tests for whosaid.clean.story_credits: wire and labelled credits."""

from __future__ import annotations

import pytest

from whosaid.clean import story_credits


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reporting by Jane Doe; Editing by John Roe", True),
        ("AP contributed to this report.", True),
        ("With files from The Canadian Press", True),
        ("Reporting on the war has been difficult, she said.", False),
    ],
)
def test_story_credits_is_story_credit(line: str, expected: bool) -> None:
    assert story_credits.is_story_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Editor: Liu Jing", True),
        ("Source: Al Jazeera and news agencies", True),
        ("Source: the ministry said the figures were wrong.", False),
    ],
)
def test_story_credits_is_credit_label(line: str, expected: bool) -> None:
    assert story_credits.is_credit_label(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Roe in Bamako; Additional reporting by John Doe in Dakar "
        "and Ann Lee in Paris; Writing by Mary Major; Editing by Peter Minor and "
        "Paul Small in London",
        "Jane Roe, John Doe and Ann Lee contributed.",
        "Nolan Smith contributed.",
    ],
)
def test_story_credits_long_and_name_list_credits(line: str) -> None:
    assert story_credits.is_story_credit(line)


def test_story_credits_long_line_with_a_sentence_part_is_no_credit() -> None:
    line = (
        "Reporting by Jane Roe in Bamako; the soldiers said on state television that "
        "they had taken power to prevent the country from sliding further into chaos "
        "and would hold elections"
    )
    assert not story_credits.is_story_credit(line)
    assert not story_credits.is_story_credit(
        "The minister said three firms contributed."
    )


def test_story_credits_dashed_additional_reporting_label() -> None:
    assert story_credits.is_credit_label("- Additional reporting: RNZ")
