"""What world knowledge says of the person a full name denotes on a day, in
the words a text would title them with: the title words of the offices held
that day ("president" for Nicolás Maduro in 2024) and the words of the
office's country ("venezuelan", "venezuela").  The speaker stage gives them
to the persons the text names, so that "the president said" and "the
Russian president said" can stand for a person the text never titled so.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from whosaid.actors.knowledge import Knowledge
from whosaid.actors.people import People
from whosaid.actors.terms import Office

__all__ = [
    "KnownTitles",
    "OfficeTitles",
    "country_words",
    "office_title_words",
    "titles_on",
]

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

PARTY_LEADER_LABEL = "party leader"
"""The Factbook's label of a party's leader, before the party's name."""
_DEPUTY = re.compile(r"\b(?:vice|deputy|first deputy|acting)\b")


def office_title_words(office: str) -> frozenset[str]:
    """The lower-cased title words of an office's name: the part after a
    Factbook label ("chief of state: President" -> president), a party
    leader's with the party's words ("party leader - United Socialist
    Party" -> party, leader, united, socialist), without function words
    ("Minister of Foreign Affairs" -> minister, foreign, affairs); a head of
    state or government (no deputy) is the country's "leader" too ("the
    French leader")."""
    low = office.lower()
    if low.startswith(PARTY_LEADER_LABEL):
        # "party leader - Conservative", "party leader: Conservative Party":
        # the party's words title its leader too ("the Conservative leader")
        party = office[len(PARTY_LEADER_LABEL) :].lstrip(" :-")
        return frozenset({"party", "leader"}) | _words(party)
    words = _words(office.rsplit(":", 1)[-1].split(" - ", 1)[0])
    if low.startswith(HEAD_LABELS) and not _DEPUTY.search(low):
        words |= {"leader"}
    return words


def country_words(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """Per country code, the words of its nationality adjectives and its
    name ("RUS": russian, russia)."""
    words: dict[str, set[str]] = {}
    for demonym in knowledge.demonyms.values():
        if demonym.form == "adj":
            found = words.setdefault(demonym.country, set())
            found.update(_words(demonym.pattern) | {demonym.pattern.lower()})
    for entries in knowledge.names.values():
        for entry in entries:
            if entry.type == "state" and entry.country in words:
                # "U.S.", "UK", "Britain": each name, and its words
                words[entry.country].update(
                    _words(entry.pattern) | {entry.pattern.lower()}
                )
    return {code: frozenset(found) for code, found in words.items()}


_CACHE: dict[int, tuple[Knowledge, dict[str, frozenset[str]]]] = {}
_CACHE_LOCK = threading.Lock()


def cached_country_words(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """:func:`country_words`, built once per knowledge object (about 15 ms)."""
    with _CACHE_LOCK:
        found = _CACHE.get(id(knowledge))
        if found is None or found[0] is not knowledge:
            found = _CACHE[id(knowledge)] = (knowledge, country_words(knowledge))
        return found[1]


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


class OfficeTitles:
    """What knowledge titles the person a full name denotes with on a day
    (:func:`titles_on`), and which words name a country."""

    def __init__(
        self, people: People, date: str | None, knowledge: Knowledge | None
    ) -> None:
        self.people = people
        self.date = date
        self.knowledge = knowledge
        self._seen: dict[str, KnownTitles] = {}
        self._countries: dict[str, frozenset[str]] | None = None
        self._all: frozenset[str] | None = None

    def _country_words(self) -> dict[str, frozenset[str]]:
        if self._countries is None:
            kb = self.knowledge
            self._countries = cached_country_words(kb) if kb is not None else {}
        return self._countries

    def is_country_word(self, word: str) -> bool:
        """Whether a lower-cased word names a country or its people
        ("turkish", "us", "britain"; never "democratic")."""
        if self._all is None:
            self._all = frozenset().union(*self._country_words().values())
        return word in self._all

    def __call__(self, name: str) -> KnownTitles:
        """The title words of every office held that day (for a former
        officeholder, of every office held before, and "former") and the
        words of the linked office's country; empty when the name links to
        no one (cached per name)."""
        if name in self._seen:
            return self._seen[name]
        link = self.people.link(name, self.date) if " " in name.strip() else None
        found = NO_TITLES
        if link is not None:
            offices = _office_words(link.person.offices, self.date, former=link.former)
            country = self._country_words().get(link.country or "", frozenset())
            found = (offices, country)
        self._seen[name] = found
        return found


def titles_on(
    people: People, date: str | None, knowledge: Knowledge | None = None
) -> OfficeTitles:
    """A look-up of what knowledge titles the person a full name denotes
    with on ``date`` (``None``: the terms still open), the words of the
    office's country given ``knowledge``."""
    return OfficeTitles(people, date, knowledge)


def title_names_office(roles: Iterable[str], office: str) -> bool:
    """Whether a title the text gives is the office the tables hold
    ("Chief Executive" and Hong Kong's "Chief Executive"; "chief of state:
    King" and "King"): the office's sector then outranks the title word's
    usual one (a firm's chief executive)."""
    held = office.rsplit(":", 1)[-1].strip().lower()
    return bool(held) and any(role.strip().lower() == held for role in roles)
