"""Actors on a second, independent sentence table (``holdout_sentences.tsv``).

Written by a different author than ``world_sentences.tsv``, after the actor
stage existed and without reading it, as a holdout: it is scored as a whole
(no per-row expectations), with a floor a little under the share measured
when it was written (see README, Actors).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import whosaid

sys.path.insert(0, str(Path(__file__).parent))
from test_world_sentences import _cases, _problem

TABLE = Path(__file__).with_name("holdout_sentences.tsv")
FLOOR = 0.84

pytestmark = [pytest.mark.model]


def test_holdout_table_covers_the_required_ground() -> None:
    cases = _cases(TABLE)
    assert len(cases) >= 150
    assert len({c.country for c in cases if c.country}) >= 40
    assert len({c.igo for c in cases if c.igo}) >= 10


def test_accuracy_over_the_holdout_table() -> None:
    cases = _cases(TABLE)
    articles = whosaid.process_many([c.sentence for c in cases])
    problems = {c.id: _problem(c, a) for c, a in zip(cases, articles, strict=True)}
    right = sum(p is None for p in problems.values())
    wrong = "\n".join(f"{k}: {v}" for k, v in problems.items() if v)
    assert right / len(cases) >= FLOOR, f"{right}/{len(cases)} right\n{wrong}"
