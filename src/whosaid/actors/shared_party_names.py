"""Actors: a party name several countries share, decided by the people of
its sentence.

:mod:`whosaid.actors.party_country` chooses among the parties that share a
name ("the Liberals", "the Conservatives", "the Social Democrats") by the
states, capitals and demonyms the article names; with none named the party
keeps no country.  News often names the country only through a person the
people tables know: "Stéphane Dion, the leader of the Liberals",
"opposition leader William Hague said the Conservatives would ...", "Jiří
Paroubek, leader of the opposition Social Democrats".  When every actor of
the party's sentences that carries a country carries the same one, and one
of the parties of that name is that country's, the party is that one (its
name and country), in place: also when the party had another country (the
first of the name's rows, or the article's), which then no actor of its
sentences carries ("Prime Minister Jiří Paroubek said the Social Democrats
would": ČSSD, not Germany's SPD).  So does a body whose name many
countries use ("Speaker Yohei Kono told the House of Representatives").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from whosaid.actors.knowledge_records import Entry
from whosaid.actors.model import ActorDraft
from whosaid.actors.sentence_country import sentence_bounds, sentence_country_of

__all__ = ["SHARED_PARTY_SOURCE", "shared_name_parties"]

SHARED_PARTY_SOURCE = "party of the sentence's country"

_LEADING_WORDS: frozenset[str] = frozenset({"the", "its", "their", "his", "her"})


def _name_words(mention: str) -> tuple[str, ...]:
    words = mention.lower().split()
    while words and words[0] in _LEADING_WORDS:
        words = words[1:]
    return tuple(words)


def _alternatives(
    d: ActorDraft, text: str, names: Mapping[tuple[str, ...], Sequence[Entry]]
) -> dict[str, Entry]:
    """Country -> the party entry of that country, for each party the
    draft's mentions name, when two countries' parties or more share it."""
    found: dict[str, Entry] = {}
    for s, e in d.mentions:
        for entry in names.get(_name_words(text[s:e]), ()):
            if entry.type == "party" and entry.country:
                found.setdefault(entry.country, entry)
    return found if len(found) >= 2 else {}


def shared_name_parties(
    drafts: list[ActorDraft],
    doc: Any,
    names: Mapping[tuple[str, ...], Sequence[Entry]],
) -> None:
    """Give a party whose name several countries' parties share the party
    of the one country its sentences' other actors carry, when that country
    has a party of that name (in place)."""
    if not doc.has_annotation("SENT_START"):
        return
    text = doc.text  # spaCy joins every token on each ``Doc.text``: once
    for d in drafts:
        if d.type == "government" and d.igo is None:
            _generic_body(d, drafts, doc, text, names)
        if d.type != "party" or d.igo is not None:
            continue
        alternatives = _alternatives(d, text, names)
        if not alternatives:
            continue
        bounds = [b for s, e in d.mentions if (b := sentence_bounds(doc, s, e))]
        country = sentence_country_of(_evidence(drafts), bounds, d)
        entry = alternatives.get(country) if country else None
        if entry is None or entry.country == d.country:
            continue
        d.country, d.name = entry.country, entry.name
        d.sources.append(SHARED_PARTY_SOURCE)


def _evidence(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The actors whose country can decide: not parties, whose own country
    may be one guessed among a shared name's ("the Social Democrats")."""
    return [d for d in drafts if d.type != "party"]


def _generic_body(
    d: ActorDraft,
    drafts: list[ActorDraft],
    doc: Any,
    text: str,
    names: Mapping[tuple[str, ...], Sequence[Entry]],
) -> None:
    """A body whose name many countries use (``Entry.generic``: "House of
    Representatives") that kept its row's country takes the one other
    country its sentences' actors carry ("Speaker Yohei Kono told the House
    of Representatives": JPN, not the row's USA), in place."""
    rows = {
        entry.country
        for s, e in d.mentions
        for entry in names.get(_name_words(text[s:e]), ())
        if entry.generic and entry.type == "government"
    }
    if d.country is None or d.country not in rows:
        return
    bounds = [b for s, e in d.mentions if (b := sentence_bounds(doc, s, e))]
    country = sentence_country_of(_evidence(drafts), bounds, d)
    if country is not None and country != d.country:
        d.country = country
        d.sources.append(SHARED_PARTY_SOURCE)
