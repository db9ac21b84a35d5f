"""Actor mentions as the event rules see them: which actor a token belongs to,
and the actors a stretch of text mentions, in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from whosaid.records import Actor

__all__ = ["ActorIndex", "same_side"]

# Sectors of a state speaking as itself: an actor of the speaker's own country
# with one of these is the speaker's side, never the target of its words.
_STATE_SECTORS = frozenset({None, "GOV"})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    actor: Actor


def same_side(a: Actor, b: Actor) -> bool:
    """Whether ``b`` is ``a`` itself or its own state (RUSGOV and "Moscow").

    Domestic dyads stay apart: the opposition (USAOPP) is not the government.
    """
    if a.id == b.id:
        return True
    if a.code is not None and a.code == b.code:
        return True
    return (
        a.country is not None
        and a.country == b.country
        and a.sector in _STATE_SECTORS
        and b.sector in _STATE_SECTORS
    )


def _key(text: str) -> str:
    t = text.lower()
    for prefix in ("the ", "a "):
        t = t.removeprefix(prefix)
    return t.removesuffix("'s").strip()


class ActorIndex:
    """Actors of one article indexed by token and by character offset.

    A token belongs to the innermost mention covering it ("North Korea" in
    "North Korea's official news agency" is North Korea; "agency" the news
    agency).  Places without a code whose surface form is a mention of a
    coded actor ("the North's missile test" and "the North" elsewhere for
    North Korea) stand for that actor.
    """

    def __init__(self, doc: Any, actors: Sequence[Actor]) -> None:
        self.by_id = {a.id: a for a in actors}
        alias = self._aliases(actors)
        mentions = [
            Mention(m.start, m.end, alias.get(a.id, a))
            for a in actors
            for m in a.mentions
        ]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.by_token: dict[int, Actor] = {}
        for m in sorted(mentions, key=lambda m: m.start - m.end):  # longest first
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token[token.i] = m.actor

    @staticmethod
    def _aliases(actors: Sequence[Actor]) -> dict[str, Actor]:
        coded: dict[str, Actor] = {}
        for a in actors:
            if a.code is not None and a.type != "place":
                for m in a.mentions:
                    coded.setdefault(_key(m.text), a)
        out: dict[str, Actor] = {}
        for a in actors:
            if a.type == "place" and a.code is None:
                for m in a.mentions:
                    target = coded.get(_key(m.text))
                    if target is not None:
                        out[a.id] = target
                        break
        return out

    def actor_of(self, token: Any) -> Actor | None:
        """The actor a token belongs to (None for places and non-actors)."""
        actor = self.by_token.get(token.i)
        if actor is None or actor.type == "place":
            return None
        return actor

    def in_ranges(self, ranges: Sequence[tuple[int, int]]) -> Iterator[Actor]:
        """Actors mentioned inside character ranges, in text order (no places)."""
        for m in self.mentions:
            if m.actor.type == "place":
                continue
            if any(s <= m.start and m.end <= e for s, e in ranges):
                yield m.actor
