"""Party names several countries use ("Conservative Party", "Liberals",
"Labour", "Greens"): the article decides which country's party it names.

The knowledge keeps one entry per country for such a name (and for the
party words made from it, see :mod:`whosaid.actors.parties`).  The scanner
returns the first; :func:`choose_party_entries` then gives every such hit the
entry of the country the article is about: the candidate country its
paragraph and the whole article name most (states, capitals, demonyms; the
paragraph's count three times).  With no candidate named, or a tie, the hit
keeps the party with no country: a wrong country is worse than none, and a
person named with it ("Conservative Leader Pierre Poilievre") still takes
their own country from the people tables.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from whosaid.actors.knowledge import Entry
from whosaid.actors.model import ActorIndex, ActorState, Hit, hit_country

__all__ = ["PARAGRAPH_WEIGHT", "choose_party_entries", "country_evidence"]

PARAGRAPH_WEIGHT = 3
"""How many times a country named in the party's own paragraph counts."""


SHARED_NAME_TYPES: frozenset[str] = frozenset({"party", "other"})
"""The kinds of organization whose names several countries' rows share: parties
("Labour Party") and unions ("CGT": France's and Argentina's)."""


def _alternatives(ix: ActorIndex, hit: Hit) -> list[Entry]:
    """The party entries of the hit's words, one per country, when
    parties of two countries or more share them; else none."""
    entry = hit.entry
    if entry is None or entry.type not in SHARED_NAME_TYPES:
        return []
    if entry.pattern.lower() in ix.kb.context:
        return []  # context.tsv's cue words decide ("Democratic Party")
    key = tuple(ix.lower[hit.i : hit.j])
    found = [
        e
        for e in ix.kb.names.get(key, ())
        if e.type == entry.type and e.kind == entry.kind
    ]
    if len({e.country for e in found if e.country}) < 2:
        return []
    return found


def country_evidence(
    ix: ActorIndex, st: ActorState, hits: Sequence[Hit]
) -> list[tuple[int, str]]:
    """Where the article names a country (character offset, country):
    states, capitals standing for their state, demonyms."""
    out: list[tuple[int, str]] = []
    for h in hits:
        country: str | None = None
        if h.demonym is not None:
            country = h.demonym.country
        elif h.entry is not None and (
            h.entry.type == "state" or h.entry.kind == "capital"
        ):
            country = hit_country(ix, st, h)
        if country:
            out.append((ix.doc[h.i].idx, country))
    return out


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def choose_party_entries(ix: ActorIndex, st: ActorState, hits: list[Hit]) -> None:
    """Give each hit of a party name several countries share the entry of
    the country the article names most among them (its paragraph's names
    weigh :data:`PARAGRAPH_WEIGHT` times); with none named, or a tie, the
    party without a country (in place)."""
    evidence: list[tuple[int, str]] | None = None
    for h in hits:
        alts = _alternatives(ix, h)
        if not alts:
            continue
        if evidence is None:
            evidence = country_evidence(ix, st, hits)
        pos = ix.doc[h.i].idx
        start, end = _paragraph(ix.text, pos)
        candidates = {e.country for e in alts if e.country}
        score: Counter[str] = Counter()
        for at, country in evidence:
            if country in candidates:
                score[country] += PARAGRAPH_WEIGHT if start <= at < end else 1
        ranked = score.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            h.entry = next(e for e in alts if e.country == ranked[0][0])
            continue
        neutral = next((e for e in alts if e.country is None), None)
        h.entry = neutral or dataclasses.replace(alts[0], country=None)
