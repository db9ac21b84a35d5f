"""A per-article time budget, checked inside the stages' loops.

How the work of one article is bounded (see also the README's "Time
budget"):

* every stage's cost is linear in the article's length (the cue windows of
  :mod:`whosaid.attribution.features` are capped), so no input can make one
  step of a loop expensive;
* a :class:`Deadline` travels with the article through the stages and is
  checked between steps: between the chunks a long text is parsed in
  (:mod:`whosaid.nlp.chunks`), after the token features and cue tagging, at
  every cue of the attribution stage, and between the later stages;
* when it has expired, :meth:`Deadline.check` raises :class:`ArticleTimeout`
  (error code ``nlp.timeout``); the pipeline turns it into that article's
  ``error`` and goes on with the next article.

The deadline is cooperative: the overrun past the budget is at most one step
(one parsed chunk of at most :data:`whosaid.nlp.chunks.CHUNK_CHARS`
characters, or one stage between checks).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from whosaid.errors import WhosaidError

__all__ = ["DEFAULT_TIME_BUDGET", "ArticleTimeout", "Deadline", "check_budget"]

DEFAULT_TIME_BUDGET = 60.0
"""Seconds one article may take, by default (``--time-budget``)."""

TIMEOUT_CODE = "nlp.timeout"


class ArticleTimeout(WhosaidError):
    """One article ran past its time budget."""

    code = TIMEOUT_CODE


def check_budget(seconds: float | None) -> float | None:
    """Validate a time budget: positive seconds, or ``None`` for no budget.

    Raises:
        ValueError: zero, negative or not a number.
    """
    if seconds is None:
        return None
    value = float(seconds)
    if math.isnan(value) or value <= 0:
        raise ValueError(f"the time budget must be positive seconds, got {seconds!r}")
    return value


class Deadline:
    """When one article's time budget runs out.

    Args:
        budget: seconds the article may take, or ``None`` (never expires).
        spent: seconds already spent on it (e.g. its share of a batched
            parse), charged against the budget.
        clock: a monotonic clock (tests pass a fake one).
    """

    __slots__ = ("_clock", "_expires", "budget")

    def __init__(
        self,
        budget: float | None,
        *,
        spent: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.budget = check_budget(budget)
        self._clock = clock
        self._expires = None if self.budget is None else clock() + self.budget - spent

    def expired(self) -> bool:
        """Whether the budget is spent."""
        return self._expires is not None and self._clock() > self._expires

    def check(self, stage: str) -> None:
        """Raise :class:`ArticleTimeout` if the budget is spent.

        Args:
            stage: where the work stopped, for the error message.
        """
        if self.expired():
            raise ArticleTimeout(
                f"the article took longer than its time budget of "
                f"{self.budget:g} s (stopped during {stage}); raise it with "
                "--time-budget or time_budget=, or split the text"
            )


NO_DEADLINE = Deadline(None)
"""A deadline that never expires."""
