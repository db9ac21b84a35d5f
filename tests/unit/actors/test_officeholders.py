"""The dated officeholder table (``officeholders.tsv``, issue 9): officeholders
of 1995-2025 named without a nationality, coded as of each sentence's date.
Scored in full by ``python -m tests.fixtures.score_officeholders -v``."""

from __future__ import annotations

import pytest
from tests.fixtures.score_officeholders import load, score

pytestmark = [pytest.mark.model]

MIN_RIGHT = 0.95
"""First run (before the people tables): 1 of 207; with them: 204 of 207."""


def test_the_table_covers_the_required_ground() -> None:
    rows = load()
    assert len(rows) >= 150
    assert len({r.id.rsplit("-", 1)[0] for r in rows}) >= 100
    assert all(r.date[:4] >= "1995" and r.sentence.count(r.mention) == 1 for r in rows)


def test_officeholders_are_coded_as_of_the_date_and_never_with_a_wrong_country() -> (
    None
):
    rows = load()
    wrong, right, _, wrong_country = score(rows)
    assert wrong_country == 0, [(r.id, got) for r, got in wrong]
    assert right / len(rows) >= MIN_RIGHT, [(r.id, got) for r, got in wrong]
