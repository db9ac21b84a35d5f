"""Actors on independent sentence tables (``holdout_sentences.tsv``,
``holdout3_sentences.tsv`` ... ``holdout21_sentences.tsv``).

Written by other authors than ``world_sentences.tsv``, after the actor stage
existed and without reading it, as holdouts: each is scored as a whole (no
per-row expectations), with a floor a little under the share measured now
(see README, Actors).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.fixtures.sentences import load_cases, problem

import whosaid

FLOORS = {
    "holdout_sentences.tsv": 0.87,
    "holdout3_sentences.tsv": 0.87,
    "holdout4_sentences.tsv": 0.88,
    # session 10, written blind; first runs 90.8% and 87.2% (README, Actors)
    # session 12 (codes18): 97.5% and 95.4%
    "holdout5_sentences.tsv": 0.95,
    "holdout6_sentences.tsv": 0.93,
    # session 11, written blind; first run 84.6%, end of session 87.9%; 92.6% (codes18)
    "holdout7_sentences.tsv": 0.90,
    # session 12, written blind; first runs 91.2% and 86.0%; 91.2% and 87.9% (codes19)
    "holdout8_sentences.tsv": 0.88,
    "holdout9_sentences.tsv": 0.87,
    # session 13, written blind; first run 86.1% (86.9% after the first round),
    # 92.2% after codes21 tuned on it
    "holdout10_sentences.tsv": 0.90,
    # session 14, written blind; first run 81.8% (82.5% after the first round),
    # 83.5% after codes23 tuned on it
    "holdout11_sentences.tsv": 0.82,
    # session 15, written blind; first run 85.9% (unchanged after the first
    # round), 86.6% at the end (tuned)
    "holdout12_sentences.tsv": 0.85,
    # session 15, written late, kept from every helper; first run 78.5%, 79.7%
    # at the end (five rows gained were examples named to the fuzzy linker's helper)
    "holdout13_sentences.tsv": 0.78,
    # session 16, written blind; first run 83.4% (84.1% after the first round),
    # 86.6% at the end (tuned)
    "holdout14_sentences.tsv": 0.85,
    # session 16, written late, kept from every helper; first run 82.5%, 84.2%
    # at the end
    "holdout15_sentences.tsv": 0.82,
    # session 17, written blind; first run 81.7% (82.5% after the first round),
    # 86.3% at the end (tuned)
    "holdout16_sentences.tsv": 0.85,
    # session 17, written late, kept from every helper; first run 86.5%, 87.0%
    # at the end
    "holdout17_sentences.tsv": 0.86,
    # session 18, written blind; first run 79.8%, then a design table for the
    # session's later helpers
    "holdout18_sentences.tsv": 0.79,
    # session 18, written late, kept from every helper; first run 85.4%
    "holdout19_sentences.tsv": 0.84,
    # session 19, written blind; first run 401 of 464 (86.4%) on a551923
    "holdout20_sentences.tsv": 0.85,
    # session 19, written late (1995-2010), kept from every helper; first run
    # 328 of 424 (77.4%) on a551923, 333 (78.5%) at the end
    "holdout21_sentences.tsv": 0.77,
}

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_holdout_table_covers_the_required_ground(name: str) -> None:
    cases = load_cases(Path(__file__).with_name(name))
    assert len(cases) >= 80
    assert len({c.country for c in cases if c.country}) >= 40
    assert len({c.igo for c in cases if c.igo}) >= 10


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_over_the_holdout_table(name: str) -> None:
    cases = load_cases(Path(__file__).with_name(name))
    articles = whosaid.process_many([c.sentence for c in cases])
    problems = {c.id: problem(c, a) for c, a in zip(cases, articles, strict=True)}
    right = sum(p is None for p in problems.values())
    wrong = "\n".join(f"{k}: {v}" for k, v in problems.items() if v)
    assert right / len(cases) >= FLOORS[name], f"{right}/{len(cases)} right\n{wrong}"
