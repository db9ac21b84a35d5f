"""The per-article deadline: a fake clock, no sleeping."""

from __future__ import annotations

import math

import pytest

from whosaid.deadline import ArticleTimeout, Deadline, check_budget
from whosaid.errors import WhosaidError


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_deadline_expires_after_its_budget() -> None:
    clock = _Clock()
    deadline = Deadline(5.0, clock=clock)
    clock.now += 4.9
    deadline.check("parse")
    clock.now += 0.2
    with pytest.raises(ArticleTimeout) as caught:
        deadline.check("attributions")
    assert isinstance(caught.value, WhosaidError)
    assert caught.value.code == "nlp.timeout"
    assert "5 s" in caught.value.message and "attributions" in caught.value.message


def test_time_already_spent_is_charged() -> None:
    clock = _Clock()
    deadline = Deadline(5.0, spent=4.5, clock=clock)
    clock.now += 0.6
    assert deadline.expired()


def test_no_budget_never_expires() -> None:
    clock = _Clock()
    deadline = Deadline(None, clock=clock)
    clock.now += 1e9
    deadline.check("parse")
    assert not deadline.expired()


@pytest.mark.parametrize("bad", [0, -1.0, math.nan])
def test_a_budget_must_be_positive(bad: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        check_budget(bad)


def test_valid_budgets_pass() -> None:
    assert check_budget(None) is None
    assert check_budget(2) == 2.0
