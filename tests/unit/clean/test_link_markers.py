"""Tests for whosaid.clean.link_markers: link markers and list widgets."""

from __future__ import annotations

import pytest

from whosaid.clean import link_markers


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("list of 3 items", "open"),
        ("List of 1 item", "open"),
        ("list 3 of 3", "item"),
        ("End of list", "close"),
        ("A list of 3 demands", None),
        ("end of list, he said", None),
    ],
)
def test_boilerplate_is_list_widget(line: str, part: str | None) -> None:
    assert link_markers.is_list_widget(line) == part


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You might also like", True),
        ("Related stories:", True),
        ("Most read", True),
        ("More: the vote was close", False),
        ("You might also like the new plan, he said", False),
        ("READ:", True),
        ("Example's Top Stories", True),
        ("Read the statement here.", False),
        ("Readers: tell us what you think", False),
    ],
)
def test_boilerplate_is_bare_link_marker(line: str, expected: bool) -> None:
    assert link_markers.is_bare_link_marker(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Don't miss these stories from Example PRO:",
        "Latest from Politics",
        "Don't miss",
    ],
)
def test_link_markers_more_bare_markers(line: str) -> None:
    assert link_markers.is_bare_link_marker(line)


def test_link_markers_latest_in_prose_is_no_marker() -> None:
    assert not link_markers.is_link_marker(
        "Latest figures show the rate fell to 3 per cent."
    )
