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
