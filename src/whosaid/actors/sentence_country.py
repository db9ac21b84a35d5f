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

from whosaid.actors.model import ActorDraft

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
    military"): no name, no title beside the word, no country or IGO."""
    return (
        d.type in BARE_TYPES
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


def sentence_countries(drafts: list[ActorDraft], doc: Any) -> None:
    """A bare role noun (:func:`bare_role`) takes the one country that the
    other actors of its sentences carry, in place; none when they carry
    two or more, or none."""
    if not doc.has_annotation("SENT_START"):
        return
    for d in drafts:
        if not bare_role(d):
            continue
        bounds = [b for s, e in d.mentions if (b := sentence_bounds(doc, s, e))]
        found = _countries_within(drafts, bounds, d)
        if len(found) == 1:
            d.country = found.pop()
            d.sources.append(SENTENCE_COUNTRY)
