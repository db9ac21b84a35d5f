"""An event as the rules find it, before merging and numbering."""

from __future__ import annotations

from dataclasses import dataclass

from whosaid.records import Actor

__all__ = ["Draft"]


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

    @property
    def start(self) -> int:
        return min(s for s, _ in self.evidence)
