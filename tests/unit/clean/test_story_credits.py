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
