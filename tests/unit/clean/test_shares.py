"""Tests for whosaid.clean.shares: sharing widgets."""

from __future__ import annotations

import pytest

from whosaid.clean import shares


@pytest.mark.parametrize(
    ("line", "trigger", "expected"),
    [
        ("Save", False, True),
        ("Copy link", False, True),
        ("Save", True, False),
        ("The story", False, False),
        ("Share", True, True),
    ],
)
def test_boilerplate_is_share_without_trigger(
    line: str, trigger: bool, expected: bool
) -> None:
    assert shares.is_share(line, trigger=trigger) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Like this story? Share it with a friend!", True),
        ("Enjoyed this article? Sign up below.", True),
        ("Like this story, many others went untold.", False),
    ],
)
def test_shares_is_share_prompt(line: str, expected: bool) -> None:
    assert shares.is_share_prompt(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Click to share on Example (Opens in new window)", True),
        ("Click to email a link to a friend", True),
        ("Click here to read more", False),
    ],
)
def test_shares_is_share_button(line: str, expected: bool) -> None:
    assert shares.is_share_button(line) is expected


def test_shares_tool_row() -> None:
    assert shares.is_tool_row(
        "E-mail | Save | Print | Reprints & Permissions | Subscribe to stories"
    )
    assert not shares.is_tool_row("Local | National | Business")
    assert not shares.is_tool_row("Email | Save | The vote was close.")
