"""Fixture sets in the style of real pages, each with recall and precision floors.

* ``tests/fixtures/realpages``: ten texts written before the attribution
  filter and rules they test were tuned: statements as speakers, quote-only
  continuation paragraphs, sources after the content, outer attributions
  closing a sentence, joint sources, transcripts, events that are not
  attributions, and page leftovers inside the body (measured: recall 0.844,
  precision 0.826).
* ``tests/fixtures/realpatterns``: eleven more, written before the rules they
  exercise were changed in session 4 (measured: recall 0.895, precision
  0.810).
* ``tests/fixtures/realpages_holdout2`` ... ``realpages_holdout5`` and
  ``realpages_holdout8`` ... ``realpages_holdout42``: sets written
  blind by later sessions (their first runs are in their READMEs); they
  guided fixes afterwards, so their floors guard those fixes.

See ``tests/fixtures/README.md``.  The floors are below the measured scores:
they catch a regression, not a single changed attribution.  Recall counts
expected attributions found with the right speaker; precision, predictions
that find an expected one with its speaker.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from tests.fixtures import score_fixtures as sf

pytestmark = pytest.mark.model


class FixtureSet(NamedTuple):
    folder: str
    recall_floor: float
    precision_floor: float
    pages: int = 10
    max_leaks: int = 0  # `not_body` strings still in a body span


SETS = [
    FixtureSet("realpages", recall_floor=0.78, precision_floor=0.75),
    FixtureSet("realpatterns", recall_floor=0.84, precision_floor=0.72),
    # measured at the end of session 7 (scripts/measure.sh): recall 0.950 /
    # 0.929 / 0.892 / 0.948, precision 0.905 / 0.919 / 0.844 / 0.906
    FixtureSet("realpages_holdout2", recall_floor=0.90, precision_floor=0.88, pages=8),
    FixtureSet("realpages_holdout3", recall_floor=0.88, precision_floor=0.86),
    FixtureSet("realpages_holdout4", recall_floor=0.85, precision_floor=0.78, pages=8),
    FixtureSet("realpages_holdout5", recall_floor=0.90, precision_floor=0.85),
    # session 10 (main before its last merges): recall 0.944 / 0.841 / 0.905,
    # precision 0.900 / 0.803 / 0.845; holdout9 and holdout10 were written blind
    # this session (first runs in tests/fixtures/README.md)
    # leftovers still in bodies at the end of session 10: 6 / 28 / 12
    # (session 12's page-leftover rules left 12 / 6 in holdout9 / holdout10)
    FixtureSet("realpages_holdout8", 0.90, 0.85, max_leaks=4),
    FixtureSet("realpages_holdout9", 0.80, 0.76, max_leaks=6),
    FixtureSet("realpages_holdout10", 0.86, 0.80, max_leaks=4),
    # session 11, both written blind (first runs in their READMEs); at the end of
    # session 12 recall 0.938 / 0.955, precision 0.943 / 0.954, leftovers still in
    # bodies 0 / 2
    FixtureSet("realpages_holdout11", 0.90, 0.90, max_leaks=2),
    FixtureSet("realpages_holdout12", 0.92, 0.90, max_leaks=4),
    # session 12, both written blind (first runs in their READMEs), then tuned
    # by the session's second round; at its end recall 0.931 / 0.844, precision
    # 0.910 / 0.823, leftovers still in bodies 3 / 2
    FixtureSet("realpages_holdout13", 0.90, 0.87, max_leaks=3),
    FixtureSet("realpages_holdout14", 0.81, 0.79, max_leaks=3),
    # session 13, both written blind (first runs in their READMEs), then tuned by
    # the session's second round; at its end recall 0.869 / 0.931, precision
    # 0.858 / 0.876, no leftovers in bodies (session 13's page-leftover rules
    # also lowered the limits above)
    FixtureSet("realpages_holdout15", 0.84, 0.82, max_leaks=2),
    FixtureSet("realpages_holdout16", 0.90, 0.84, max_leaks=2),
    # session 14, all three written blind (first runs 0.803 / 0.849 / 0.822
    # recall, 0.809 / 0.794 / 0.802 precision, in their READMEs), then tuned
    # by the session's second round; at its end recall 0.913 / 0.913 / 0.921,
    # precision 0.925 / 0.873 / 0.905, leftovers in bodies 1 / 0 / 0
    FixtureSet("realpages_holdout17", 0.88, 0.89, max_leaks=2),
    FixtureSet("realpages_holdout18", 0.88, 0.84, max_leaks=2),
    FixtureSet("realpages_holdout19", 0.89, 0.87, max_leaks=2),
    # session 15: holdout20-22 written blind (first runs 0.864 / 0.830 / 0.890
    # recall, 0.854 / 0.795 / 0.822 precision), then tuned by the second round;
    # at its end recall 0.939 / 0.883 / 0.912, precision 0.963 / 0.895 / 0.903,
    # leftovers in bodies 6 / 6 / 18. holdout23-24 written late and kept apart
    # from every helper: first runs 0.882 / 0.913 recall, 0.854 / 0.875
    # precision; at the end 0.874 / 0.905, 0.868 / 0.910, leftovers 3 / 10
    FixtureSet("realpages_holdout20", 0.92, 0.94, max_leaks=6),
    FixtureSet("realpages_holdout21", 0.86, 0.87, max_leaks=6),
    FixtureSet("realpages_holdout22", 0.89, 0.88, max_leaks=18),
    FixtureSet("realpages_holdout23", 0.85, 0.85, max_leaks=3),
    FixtureSet("realpages_holdout24", 0.88, 0.89, max_leaks=10),
    # session 16: holdout25-27 written blind (first runs 0.912 / 0.893 / 0.922
    # recall, 0.928 / 0.916 / 0.902 precision), then tuned by the session's
    # later rounds; at its end recall 0.928 / 0.906 / 0.935, precision 0.945 /
    # 0.929 / 0.920, leftovers in bodies 6 / 1 / 7. holdout28-29 written late
    # and kept apart from every helper: unchanged from first run to end, recall
    # 0.873 / 0.908, precision 0.880 / 0.916, leftovers 13 / 8
    FixtureSet("realpages_holdout25", 0.90, 0.92, max_leaks=6),
    FixtureSet("realpages_holdout26", 0.88, 0.90, max_leaks=2),
    FixtureSet("realpages_holdout27", 0.91, 0.89, max_leaks=7),
    FixtureSet("realpages_holdout28", 0.85, 0.85, max_leaks=13),
    FixtureSet("realpages_holdout29", 0.88, 0.89, max_leaks=8),
    # session 17: holdout30-32 written blind (first runs recall 0.901 / 0.855 /
    # 0.818, precision 0.921 / 0.878 / 0.842), unchanged by the first round,
    # then tuned by the second (recall 0.901 / 0.875 / 0.879, precision 0.921 /
    # 0.900 / 0.910, leftovers 2 / 0 / 3). holdout33-34 written late and kept
    # apart from every helper: recall 0.864 / 0.909 -> 0.864 / 0.906,
    # precision 0.863 / 0.947 -> 0.863 / 0.943, leftovers 3 / 11 -> 3 / 10
    FixtureSet("realpages_holdout30", 0.88, 0.90, max_leaks=2),
    FixtureSet("realpages_holdout31", 0.85, 0.88, max_leaks=0),
    FixtureSet("realpages_holdout32", 0.86, 0.89, max_leaks=3),
    FixtureSet("realpages_holdout33", 0.84, 0.84, max_leaks=3),
    FixtureSet("realpages_holdout34", 0.88, 0.92, max_leaks=10),
    # session 18: holdout35-37 written blind (first runs on the starting code
    # 8c8a90c: recall 0.855 / 0.891 / 0.775, precision 0.885 / 0.902 / 0.833,
    # leftovers 4 / 3 / 6), then given to the session's later helpers as design
    # sets. holdout38-39 written late and kept apart from every helper (first
    # runs recall 0.910 / 0.912, precision 0.930 / 0.926, leftovers 6 / 1)
    FixtureSet("realpages_holdout35", 0.84, 0.87, max_leaks=4),
    FixtureSet("realpages_holdout36", 0.88, 0.89, max_leaks=3),
    FixtureSet("realpages_holdout37", 0.82, 0.83, max_leaks=6),
    FixtureSet("realpages_holdout38", 0.89, 0.91, max_leaks=6),
    FixtureSet("realpages_holdout39", 0.90, 0.91, max_leaks=1),
    # session 19: holdout40-41 written blind (first runs on the starting code
    # a551923: recall 0.856 / 0.886, precision 0.857 / 0.905, leftovers 4 / 3),
    # then given to the session's helpers as design sets (end: recall 0.903 /
    # 0.897, precision 0.906 / 0.920). holdout42 written while the helpers
    # worked and kept apart from every one of them: recall 0.820, precision
    # 0.823, leftovers 7, unchanged from first run to end
    FixtureSet("realpages_holdout40", 0.84, 0.84, max_leaks=4),
    FixtureSet("realpages_holdout41", 0.87, 0.89, max_leaks=3),
    FixtureSet("realpages_holdout42", 0.80, 0.81, max_leaks=7),
]


@pytest.mark.parametrize("fixture_set", SETS, ids=lambda s: s.folder)
def test_recall_and_precision_floors(fixture_set: FixtureSet) -> None:
    fixtures = sf.load_fixtures(directory=sf.HERE / fixture_set.folder)
    assert len(fixtures) >= fixture_set.pages
    articles = sf.run_pipeline(fixtures)
    leaks = []
    for fx, article in zip(fixtures, articles, strict=True):
        assert article.error is None, fx.name
        leaks.extend(sf.body_leaks(fx, article))
    assert len(leaks) <= fixture_set.max_leaks, leaks
    total = sf.totals(
        [sf.score_file(fx, a) for fx, a in zip(fixtures, articles, strict=True)]
    )
    recall = sf.ratio(total.found_speaker, total.expected)
    precision = sf.ratio(total.right, total.predicted)
    assert recall >= fixture_set.recall_floor, sf.table([total])
    assert precision >= fixture_set.precision_floor, sf.table([total])
