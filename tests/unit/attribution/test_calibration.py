"""Calibrated confidence: the isotonic fit, the table lookup, the filters."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from whosaid.attribution.calibration import (
    Calibration,
    ConfidentPipeline,
    check_min_confidence,
    fit_calibration,
    fit_isotonic,
    keep_confident,
    load_calibration,
)
from whosaid.records import Article, Attribution, Span


def test_isotonic_is_monotone_and_pools_violators() -> None:
    steps = fit_isotonic([0.1, 0.2, 0.3, 0.4], [0.0, 1.0, 0.0, 1.0])
    assert steps == [(0.1, 0.0), (0.3, 0.5), (0.4, 1.0)]
    rng = random.Random(3)
    xs = [rng.random() for _ in range(500)]
    ys = [1.0 if rng.random() < x else 0.0 for x in xs]
    ys_fit = [y for _, y in fit_isotonic(xs, ys)]
    assert ys_fit == sorted(ys_fit)


def test_isotonic_pools_equal_scores() -> None:
    # many predictions share one raw score: one block, their mean
    assert fit_isotonic([0.0, 0.0, 0.0, 0.5], [1.0, 1.0, 0.0, 1.0]) == [
        (0.0, pytest.approx(2 / 3)),
        (0.5, 1.0),
    ]


def test_calibration_lookup_by_method_and_kind() -> None:
    cal = Calibration(
        {
            "*": [(1.0, 0.5)],
            "crf.v1": [(0.5, 0.2), (1.0, 0.8)],
            "crf.v1:direct": [(1.0, 0.95)],
        }
    )
    assert cal("crf.v1", "indirect", 0.3) == 0.2
    assert cal("crf.v1", "indirect", 0.7) == 0.8
    assert cal("crf.v1", "indirect", 1.0) == 0.8
    assert cal("crf.v1", "direct", 0.1) == 0.95
    assert cal("rule.other.v1", "direct", 0.9) == 0.5  # the pooled table
    assert Calibration({})("crf.v1", "direct", 0.42) == 0.42


def test_fit_calibration_groups() -> None:
    rows = [("crf.v1", "direct", i / 100, True) for i in range(50)]
    rows += [("crf.v1", "indirect", i / 100, i % 2 == 0) for i in range(50)]
    rows += [("rule.x.v1", "direct", 0.9, False) for _ in range(5)]
    cal = fit_calibration(rows, min_group=40)
    assert set(cal.tables) == {
        "*",
        "crf.v1",
        "crf.v1:direct",
        "crf.v1:indirect",
        "rule.x.v1",
    }
    assert cal("crf.v1", "direct", 0.3) == 1.0
    # five wrong out of five, shrunk toward the pooled 75 of 105
    prior = 75 / 105
    assert cal("rule.x.v1", "direct", 0.9) == pytest.approx(10 * prior / 15)
    assert cal("rule.x.v1", "direct", 0.1) == cal("rule.x.v1", "direct", 0.9)
    assert cal("rule.unseen.v1", "direct", 0.9) == cal("*", "direct", 0.9)


def test_shipped_calibration_maps_into_unit_interval() -> None:
    cal = load_calibration()
    assert "*" in cal.tables
    for x in (0.0, 0.2, 0.5, 0.9, 1.0):
        assert 0.0 <= cal("crf.v1", "indirect", x) <= 1.0
        assert cal("crf.v1", "indirect", x) <= cal("crf.v1", "indirect", 1.0)


TEXT = '"Yes," she said. "No," he said.'


def _attribution(k: int, confidence: float) -> Attribution:
    return Attribution(
        id=f"x:a{k}",
        kind="direct",
        source=(),
        cue=(Span.of(TEXT, 7, 11),),
        content=(Span.of(TEXT, 0, 6),),
        speaker=None,
        confidence=confidence,
        method="crf.v1",
    )


def _article() -> Article:
    return Article(
        id="x",
        path=None,
        url=None,
        date=None,
        title=None,
        section=(),
        text=TEXT,
        body=(),
        captions=(),
        boilerplate=(),
        attributions=(_attribution(0, 0.95), _attribution(1, 0.4)),
        warnings=(),
        error=None,
        whosaid_version="test",
        model="test",
    )


def test_keep_confident() -> None:
    article = _article()
    assert keep_confident(article, None) is article
    kept = keep_confident(article, 0.5)
    assert [a.id for a in kept.attributions] == ["x:a0"]  # ids unchanged
    assert keep_confident(article, 0.0) == article
    with pytest.raises(ValueError, match="between 0 and 1"):
        keep_confident(article, 1.5)
    with pytest.raises(ValueError, match="between 0 and 1"):
        check_min_confidence(-0.1)


def test_confident_pipeline_wraps_process_many() -> None:
    class Inner:
        def process_many(self, items: Iterable[Any]) -> Iterator[Article]:
            for _ in items:
                yield _article()

    out = list(ConfidentPipeline(Inner(), 0.9).process_many([1, 2]))
    assert [len(a.attributions) for a in out] == [1, 1]
    assert dataclasses.replace(out[0]).attributions[0].confidence == 0.95
