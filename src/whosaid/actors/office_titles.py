"""What world knowledge says of the person a full name denotes on a day, in
the words a text would title them with: the title words of the offices held
that day ("president" for Nicolás Maduro in 2024) and the words of the
office's country ("venezuelan", "venezuela").  The speaker stage gives them
to the persons the text names, so that "the president said" and "the
Russian president said" can stand for a person the text never titled so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whosaid.actors.knowledge import Knowledge
from whosaid.actors.people import People
from whosaid.actors.terms import Office

__all__ = ["KnownTitles", "country_words", "office_title_words", "titles_on"]

KnownTitles = tuple[frozenset[str], frozenset[str]]
"""(title words of the offices held that day, words of the office's
country)."""

NO_TITLES: KnownTitles = (frozenset(), frozenset())

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"of", "the", "for", "and", "to", "in", "on", "at", "a", "an"}
)


def _words(text: str) -> frozenset[str]:
    return frozenset(
        w.lower() for w in _WORD.findall(text) if w.lower() not in _FUNCTION_WORDS
    )


HEAD_LABELS: tuple[str, ...] = ("chief of state:", "head of government:")
"""The Factbook's labels of a head of state's or government's office."""

_DEPUTY = re.compile(r"\b(?:vice|deputy|first deputy|acting)\b")


def office_title_words(office: str) -> frozenset[str]:
    """The lower-cased title words of an office's name: the part after a
    Factbook label ("chief of state: President" -> president), before a
    party's name ("party leader - United Socialist Party" -> party,
    leader), without function words ("Minister of Foreign Affairs" ->
    minister, foreign, affairs); a head of state or government (no deputy)
    is the country's "leader" too ("the French leader")."""
    words = _words(office.rsplit(":", 1)[-1].split(" - ", 1)[0])
    low = office.lower()
    if low.startswith(HEAD_LABELS) and not _DEPUTY.search(low):
        words |= {"leader"}
    return words


def country_words(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """Per country code, the words of its nationality adjectives and its
    name ("RUS": russian, russia)."""
    words: dict[str, set[str]] = {}
    for demonym in knowledge.demonyms.values():
        if demonym.form == "adj":
            words.setdefault(demonym.country, set()).update(_words(demonym.pattern))
    for code, found in words.items():
        found.update(_words(knowledge.country_name(code) or ""))
    return {code: frozenset(found) for code, found in words.items()}


def _held(office: Office, date: str | None) -> bool:
    if date is None:
        return not office.end
    return office.held_on(date) and not office.stale_on(date)


def _office_words(
    offices: tuple[Office, ...], date: str | None, *, former: bool
) -> frozenset[str]:
    """The title words of the offices held on ``date``; for a former
    officeholder, those of the offices held before, and "former"."""
    words: frozenset[str] = frozenset({"former"}) if former else frozenset()
    for office in offices:
        if former or _held(office, date):
            words |= office_title_words(office.office)
    return words


def titles_on(
    people: People, date: str | None, knowledge: Knowledge | None = None
) -> Callable[[str], KnownTitles]:
    """A look-up of what knowledge titles the person a full name denotes
    with on ``date`` (``None``: the terms still open): the title words of
    every office held that day (for a former officeholder, of every office
    held before, and "former") and, given
    ``knowledge``, the words of the linked office's country; empty when the
    name links to no one (cached per name)."""
    seen: dict[str, KnownTitles] = {}
    countries: dict[str, frozenset[str]] | None = None

    def titles(name: str) -> KnownTitles:
        nonlocal countries
        if name in seen:
            return seen[name]
        link = people.link(name, date) if " " in name.strip() else None
        if link is None:
            seen[name] = NO_TITLES
            return NO_TITLES
        offices = _office_words(link.person.offices, date, former=link.former)
        country: frozenset[str] = frozenset()
        if knowledge is not None and link.country is not None:
            if countries is None:
                countries = country_words(knowledge)
            country = countries.get(link.country, frozenset())
        seen[name] = (offices, country)
        return seen[name]

    return titles
