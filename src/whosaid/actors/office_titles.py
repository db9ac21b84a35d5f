"""The title words of the offices world knowledge says a person holds on a
day: "president" for Nicolás Maduro in 2024, "prime minister" for a head of
government.  The speaker stage gives them to a person the text names with
no title of its own, so that "the president said" can stand for him.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whosaid.actors.people import People
from whosaid.actors.terms import Office

__all__ = ["office_title_words", "titles_on"]

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"of", "the", "for", "and", "to", "in", "on", "at", "a", "an"}
)


def office_title_words(office: str) -> frozenset[str]:
    """The lower-cased title words of an office's name: the part after a
    Factbook label ("chief of state: President" -> president), before a
    party's name ("party leader - United Socialist Party" -> party,
    leader), without function words ("Minister of Foreign Affairs" ->
    minister, foreign, affairs)."""
    name = office.rsplit(":", 1)[-1].split(" - ", 1)[0]
    return frozenset(
        w.lower() for w in _WORD.findall(name) if w.lower() not in _FUNCTION_WORDS
    )


def _held(office: Office, date: str | None) -> bool:
    if date is None:
        return not office.end
    return office.held_on(date) and not office.stale_on(date)


def titles_on(people: People, date: str | None) -> Callable[[str], frozenset[str]]:
    """A look-up of the title words of every office the person a full name
    denotes holds on ``date`` (``None``: the terms still open); empty when
    the name links to no one, or to a former officeholder (cached per
    name)."""
    seen: dict[str, frozenset[str]] = {}

    def titles(name: str) -> frozenset[str]:
        if name not in seen:
            words: frozenset[str] = frozenset()
            link = people.link(name, date) if " " in name.strip() else None
            if link is not None and not link.former:
                for office in link.person.offices:
                    if _held(office, date):
                        words |= office_title_words(office.office)
            seen[name] = words
        return seen[name]

    return titles
