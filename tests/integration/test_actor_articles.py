"""Speakers' actors on invented world-news articles (country, IGO, sector).

``tests/fixtures/articles`` (8 articles, 110 attributions) and
``tests/fixtures/actors_holdout`` (6 articles, 81 attributions, written apart
from the implementation as a holdout) carry, for every attribution, the
speaker's expected country, IGO and sector.  Scored as in
``tests/fixtures/score_actors.py``: among the expected attributions whosaid
finds, the share whose speaker actor has exactly that country/IGO/sector.
The floors sit a little under the measured shares (see README, Actors), so
that a regression fails.
"""

from __future__ import annotations

import pytest
from tests.fixtures import score_actors

import whosaid

FLOORS = {"articles": 0.85, "actors_holdout": 0.85}

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_speakers_carry_the_right_country_igo_and_sector(folder: str) -> None:
    fixtures = score_actors.load(folder)
    assert len(fixtures) >= 6
    articles = list(whosaid.process_many([fx.text for fx in fixtures]))
    result = score_actors.score(fixtures, articles)
    assert result.found >= 0.85 * result.expected
    assert result.share >= FLOORS[folder], (
        f"{result.right}/{result.found} right ({result.share:.1%})\n"
        + "\n".join(result.wrong)
    )
