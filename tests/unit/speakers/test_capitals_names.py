"""A person's name in capitals (a transcript's speaker label) in title case."""

from __future__ import annotations

import pytest

from whosaid.speakers.sources import capitals_person_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ARI SHAPIRO", "Ari Shapiro"),
        ("MARY O'NEIL-ROE", "Mary O'Neil-Roe"),
        ("NPR", None),  # one word: an acronym or a surname, left as it is
        ("SHAPIRO", None),
        ("HOUSE REPUBLICANS", None),  # a sector word: no one's name
        ("UNIDENTIFIED MAN", None),
        ("NATIONAL ASSEMBLY", None),  # an organisation word
        ("Ari Shapiro", None),  # not in capitals
    ],
)
def test_capitals_person_name(name: str, expected: str | None) -> None:
    assert capitals_person_name(name) == expected
