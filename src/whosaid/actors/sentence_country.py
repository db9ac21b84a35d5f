"""Actors: the country of a bare role or institution noun ("the president",
"the prime minister", "the military") that its own sentence gives.

A title every state has names no country by itself, and the article's
country is too weak a guess for it (``article_country``).  When every
actor of the sentence that carries a country carries the same one
("Intelligence chief Amrullah Saleh said the Taliban had plotted the
attack on the president"; "The Arakan Army said its fighters had taken
the town from the military"), the noun is that country's: the sentence
speaks of one state.  Places and outlets give no evidence
(:data:`NO_EVIDENCE_TYPES`), nor do countries that were themselves
guessed from the article."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.actors.article_country import DOMESTIC_SECTORS
from whosaid.actors.model import ActorDraft
from whosaid.entities.lexicon import DIPLOMAT_WORDS

SENTENCE_COUNTRY = "sentence country"
"""The source a country given by :func:`sentence_countries` adds."""

SECTOR_WORD_SOURCE = "sectors.tsv"

BARE_TYPES: frozenset[str] = frozenset({"person", "government"})

GUESSED_SOURCES: frozenset[str] = frozenset(
    {"article country", "paragraph country", SENTENCE_COUNTRY}
)
"""Sources of a country that is itself a guess: no evidence for another."""

NO_EVIDENCE_TYPES: frozenset[str] = frozenset({"place", "media"})
"""Actors whose country says nothing of a role beside them: a place ("the
president flew to France"), an outlet ("the president told Reuters")."""


def bare_role(d: ActorDraft) -> bool:
    """Whether an actor is a sector word alone ("the president", "the
    military"): no name, no title beside the word, no country or IGO, and
    no diplomat (an ambassador is posted where the sentence is)."""
    return (
        d.type in BARE_TYPES
        and not DIPLOMAT_WORDS & set(d.name.lower().split())
        and d.country is None
        and d.igo is None
        and d.kb_id is None
        and d.sources[:1] == [SECTOR_WORD_SOURCE]
        and all(r.lower() == d.name.lower() for r in d.roles)
    )


def _gives_evidence(d: ActorDraft) -> bool:
    return (
        d.country is not None
        and d.type not in NO_EVIDENCE_TYPES
        and not GUESSED_SOURCES & set(d.sources)
    )


def sentence_bounds(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The character bounds of the sentence holding ``doc.text[start:end]``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _countries_within(
    drafts: Iterable[ActorDraft], bounds: list[tuple[int, int]], skip: ActorDraft
) -> set[str]:
    return {
        d.country
        for d in drafts
        if d is not skip
        and d.country is not None
        and _gives_evidence(d)
        and any(lo <= s < hi for s, _ in d.mentions for lo, hi in bounds)
    }


def _holder_at(drafts: Iterable[ActorDraft], pos: int) -> ActorDraft | None:
    return next(
        (d for d in drafts for s, e in d.mentions if s <= pos < e and d.country),
        None,
    )


def _possessor_before(
    drafts: Iterable[ActorDraft], sent_start: int, before: int
) -> ActorDraft | None:
    """The body named last before ``before`` in its sentence ("AFP said its
    photographer"), not a person or a place."""
    best: tuple[int, int, ActorDraft] | None = None
    for d in drafts:
        for s, e in d.mentions:
            if sent_start <= s and e <= before and (best is None or (e, -s) > best[:2]):
                best = (e, -s, d)
    if best is None or best[2].type in {"person", "place"}:
        return None
    return best[2]


def own_phrase_country(
    drafts: list[ActorDraft], doc: Any, start: int, end: int, *, domestic: bool
) -> str | None:
    """The country a bare role's own phrase gives: a place or state after
    "in" ("the president in Caracas") for a ``domestic`` office, or the
    body "its" refers to ("AFP said its photographer")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "in" and domestic:
            for obj in child.children:
                holder = _holder_at(drafts, obj.idx) if obj.dep_ == "pobj" else None
                if holder is not None:
                    return holder.country
        if child.dep_ == "poss" and child.lower_ == "its":
            body = _possessor_before(drafts, root.sent.start_char, child.idx)
            if body is not None and body.country:
                return body.country
    return None


def sentence_countries(drafts: list[ActorDraft], doc: Any) -> None:
    """A bare role noun (:func:`bare_role`) takes the country its own
    phrase gives (:func:`own_phrase_country`), else, for an office of a
    state (``DOMESTIC_SECTORS``), the one country that the other actors of
    its sentences carry, in place; none when they carry two or more, or
    none."""
    if not doc.has_annotation("SENT_START"):
        return
    for d in drafts:
        if not bare_role(d):
            continue
        domestic = d.sector in DOMESTIC_SECTORS
        own = {
            c
            for s, e in d.mentions
            if (c := own_phrase_country(drafts, doc, s, e, domestic=domestic))
        }
        bounds = [b for s, e in d.mentions if (b := sentence_bounds(doc, s, e))]
        if not own and not domestic:
            continue  # "Israel said the photographer": no office of a state
        found = own or _countries_within(drafts, bounds, d)
        if len(found) == 1:
            d.country = found.pop()
            d.sources.append(SENTENCE_COUNTRY)


def sentence_country_of(
    drafts: Iterable[ActorDraft], bounds: list[tuple[int, int]], skip: ActorDraft
) -> str | None:
    """The one country the actors in ``bounds`` other than ``skip`` carry
    (places, outlets, guessed countries and sector words alone, whose
    country came from another actor, give no evidence); ``None`` when they
    carry none or several."""
    named = [d for d in drafts if d.sources[:1] != [SECTOR_WORD_SOURCE]]
    found = _countries_within(named, bounds, skip)
    return found.pop() if len(found) == 1 else None
