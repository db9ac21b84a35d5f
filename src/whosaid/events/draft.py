"""An event as the rules find it, before merging and numbering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from whosaid.records import Actor

__all__ = ["Draft", "or_none"]


@dataclass(frozen=True, slots=True)
class Draft:
    """One event found by one rule.

    ``evidence`` holds character ranges into the article's text; ``start`` is
    where the event is told (for ordering and the date).
    """

    source: Actor | None
    target: Actor | None
    code: str
    evidence: tuple[tuple[int, int], ...]
    method: str
    attribution_id: str | None = None
    negated: bool = False
    modality: str | None = None
    confidence: float = 1.0  # a speech act's: its attribution's probability
    # The thing a reaction is to ("condemned the *drills*"): see extract.
    reacts: str | None = None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.evidence)


def or_none(targets: Sequence[Actor]) -> list[Actor | None]:
    """The targets, or one None (an event without a target) when there are none."""
    return list(targets) if targets else [None]
