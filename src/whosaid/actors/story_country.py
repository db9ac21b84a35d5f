"""Actors: the story's country when the article names two countries about
equally often.

A page about Venezuela's opposition names "the United States" (which
recognised its leader) a little more often than "Venezuela"; a Korean paper
on a dispute with Japan names Japan as often as Korea.  The countries named
nearly as often as the most named one (within :data:`CLOSE_RATIO`) are close
calls; among them the one whose own officeholders -- people the people
tables place in office, bodies the organizations table knows -- the article
mentions clearly most (:data:`LEAD_MARGIN` times the next, three mentions
or more) is the story's: whose officials speak is whose story it is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from whosaid.actors.model import ActorDraft

__all__ = ["CLOSE_RATIO", "LEAD_MARGIN", "officeholders_lead"]

CLOSE_RATIO = 1.5
"""A country named at least 1/CLOSE_RATIO as often as the most named one is
a close call."""

LEAD_MARGIN = 3
"""How many times the mentions of one close country's own officeholders
must outnumber the next one's."""


def officeholders_lead(
    drafts: Sequence[ActorDraft],
    ranked: Sequence[tuple[str, float]],
    officeholder: Callable[[ActorDraft], bool],
) -> str | None:
    """The close-call country (``ranked``: countries by how often the
    article names them, most first) whose officeholders (``officeholder``
    says which actors are) the article mentions clearly most, else
    ``None``."""
    if len(ranked) < 2:
        return None
    n = ranked[0][1]
    close = {c for c, k in ranked if k * CLOSE_RATIO >= n}
    if len(close) < 2:
        return None
    counts = dict.fromkeys(close, 0)
    for d in drafts:
        if d.country in counts and officeholder(d):
            counts[d.country] += len(d.mentions)
    lead = sorted(counts.items(), key=lambda kv: -kv[1])
    top, most = lead[0]
    if most >= 3 and most >= LEAD_MARGIN * lead[1][1]:
        return top
    return None
