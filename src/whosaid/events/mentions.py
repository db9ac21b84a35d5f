"""Actor mentions as the event rules see them: which actor a token belongs to,
and the actors a stretch of text mentions, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from whosaid.records import Actor, Attribution

__all__ = ["ActorIndex", "dateline_tokens", "same_side"]

_BOTH_NOUNS = frozenset(
    {
        "sides",
        "countries",
        "parties",
        "leaders",
        "nations",
        "governments",
        "neighbours",
        "neighbors",
        "states",
        "capitals",
        "camps",
    }
)

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


_DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*,"  # SEOUL, / NEW DELHI,
    r"[^\n]{0,60}?\s?(?:-{1,2}|\u2013|\u2014)\s",  # May 12 (Reuters) -
    re.M,
)


def dateline_tokens(doc: Doc, text: str | None = None) -> frozenset[int]:
    """Tokens of wire datelines ("SEOUL, May 12 (Reuters) -") at the start of
    a paragraph: the place a report was filed from is never an actor of its
    sentence."""
    out: set[int] = set()
    for m in _DATELINE_RE.finditer(doc.text if text is None else text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None:
            out.update(t.i for t in span)
    return frozenset(out)


def _char_ranges(doc: Doc, tokens: frozenset[int]) -> list[tuple[int, int]]:
    """Character ranges of runs of consecutive tokens."""
    out: list[tuple[int, int]] = []
    for i in sorted(tokens):
        start, end = doc[i].idx, doc[i].idx + len(doc[i])
        if out and i - 1 in tokens:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


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

    def __init__(
        self, doc: Doc, actors: Sequence[Actor], text: str | None = None
    ) -> None:
        self.by_id = {a.id: a for a in actors}
        self._text: str = doc.text if text is None else text
        self.dateline = dateline_tokens(doc, self._text)
        self._dateline_chars = _char_ranges(doc, self.dateline)
        alias = self._aliases(actors)
        mentions = [
            Mention(m.start, m.end, alias.get(a.id, a))
            for a in actors
            for m in a.mentions
        ]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.by_token: dict[int, Actor] = {}
        self._modifiers: set[tuple[int, int]] = set()
        for m in sorted(mentions, key=lambda m: m.start - m.end):  # longest first
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):  # indices, not Tokens
                if i not in self.dateline:
                    self.by_token[i] = m.actor
            if (
                len(span) == 1
                and span[0].is_lower
                and span[0].dep_ in ("amod", "compound")
            ):
                self._modifiers.add((m.start, m.end))  # "military aid"
        self._speaker_of: dict[int, Actor] = {}
        self.counts: dict[str, int] = {}
        for m in mentions:
            self.counts[m.actor.id] = self.counts.get(m.actor.id, 0) + 1

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

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a token belongs to (None for places and non-actors)."""
        actor = self.by_token.get(token.i)
        if actor is None or actor.type == "place":
            return None
        return actor

    def set_speakers(self, doc: Doc, attributions: Sequence[Attribution]) -> None:
        """Remember whose words each content token is ("the ministry said it
        regrets ... and called on X": "it" is the ministry)."""
        for attribution in attributions:
            speaker = attribution.speaker
            actor = (
                self.by_id.get(speaker.actor_id)
                if speaker and speaker.actor_id
                else None
            )
            if actor is None:
                continue
            for c in attribution.content:
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is not None:  # token indices, without a Token each
                    for i in range(span.start, span.end):
                        self._speaker_of.setdefault(i, actor)

    def speaker_of(self, token: Token) -> Actor | None:
        """The speaker whose attributed words hold ``token``, if any."""
        return self._speaker_of.get(token.i)

    def outer_actors(self, start: int, end: int) -> list[Actor]:
        """Actors of the outermost mentions inside ``[start, end)``, in order,
        leaving out places and possessives ("Sudan's army" is the army)."""
        out: list[Actor] = []
        covered = -1
        for m in self.mentions:
            if m.start < start or m.end > end or m.start < covered:
                continue
            covered = m.end
            if m.actor.type == "place" or self._text[m.end : m.end + 2] in (
                "'s",
                "\u2019s",
            ):
                continue
            if m.actor not in out:
                out.append(m.actor)
        return out

    def np_actor(self, token: Token) -> Actor | None:
        """The actor a noun phrase headed by ``token`` stands for: the head's
        own actor, else a proper modifier's ("Israeli aircraft", "RSF
        commanders", "Ukraine's energy infrastructure")."""
        actor = self.actor_of(token)
        if actor is not None:
            return actor
        for child in token.children:
            if (
                child.dep_ in ("amod", "compound", "poss", "nmod")
                and not child.is_lower
            ):
                actor = self.actor_of(child)
                if actor is not None:
                    return actor
        return None

    def group_actors(self, token: Token, exclude: Actor | None) -> list[Actor]:
        """ "both sides", "the two countries": the two actors the article
        mentions most (states and their organs, IGOs), the speaker's side out."""
        if token.lower_ not in _BOTH_NOUNS:
            return []
        if not any(c.lower_ in ("both", "two") for c in token.children):
            return []
        ranked = sorted(
            (
                a
                for a in self.by_id.values()
                if a.type in ("state", "government", "armed_group")
            ),
            key=lambda a: -self.counts.get(a.id, 0),
        )
        out: list[Actor] = []
        for a in ranked:
            if exclude is not None and same_side(exclude, a):
                continue
            if any(same_side(a, b) for b in out):
                continue
            out.append(a)
            if len(out) == 2:
                break
        return out if len(out) == 2 else []

    def in_ranges(self, ranges: Sequence[tuple[int, int]]) -> Iterator[Actor]:
        """Actors mentioned inside character ranges, in text order (no places)."""
        for m in self.mentions:
            if m.actor.type == "place" or (m.start, m.end) in self._modifiers:
                continue
            if any(s <= m.start and m.end <= e for s, e in self._dateline_chars):
                continue
            if any(s <= m.start and m.end <= e for s, e in ranges):
                yield m.actor
