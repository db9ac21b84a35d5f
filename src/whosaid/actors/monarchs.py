"""Monarchs named by title and given name ("King Salman", "King Hussein",
"Emir Tamim", "King Charles"): the one person the people tables say held a
monarch's office of that title on the article's date and whose name opens
with the words the text gives.  A surname lookup would find someone else
("Salman" -> Mohammed bin Salman, "Hussein" -> Saddam Hussein, "Charles" ->
a governor named Errol Charles)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection, Iterable

from whosaid.actors.model import ActorDraft
from whosaid.actors.people import People
from whosaid.actors.terms import Link, link_on

MONARCH_WORDS: frozenset[str] = frozenset(
    {"king", "queen", "sultan", "emir", "amir", "emperor", "prince"}
)
"""Title words of reigning monarchs (the last word of a CIA "chief of
state" office or of an EveryPolitician one: "King", "Amir", "Prince")."""

NOT_REIGNING: frozenset[str] = frozenset({"crown", "co-prince", "former", "late"})
"""Words before a monarch word that make the title another one ("Crown
Prince", "the late King")."""


def monarch_word(roles: Iterable[str]) -> str | None:
    """The monarch title word a person's roles give ("King" -> ``king``),
    if the role is that title alone or after a country word ("Saudi King");
    ``None`` for "Crown Prince" and the like."""
    for role in roles:
        words = role.lower().replace("-", " ").split()
        if words and words[-1] in MONARCH_WORDS and not NOT_REIGNING & set(words):
            return "emir" if words[-1] == "amir" else words[-1]
    return None


def _office_word(office: str) -> str | None:
    """The monarch word an office is ("chief of state: King" -> ``king``)."""
    title = office.rsplit(":", 1)[-1].strip().lower()
    if title in MONARCH_WORDS:
        return "emir" if title == "amir" else title
    return None


WORD_FORMS: dict[str, tuple[str, ...]] = {"emir": ("emir", "amir")}
"""Spellings of a monarch word in the office lines (the CIA's "Amir")."""


def _monarchs(people: People, word: str) -> list[int]:
    """Every person who ever held the monarch's office ``word`` names alone
    ("King", "chief of state: King"), found by plain search of the office
    lines (a regular expression over them is several times slower); built
    on first use for each word."""
    cache: dict[str, list[int]] = people.__dict__.setdefault("_monarchs", {})
    if word in cache:
        return cache[word]
    text, line_starts = _office_text(people)
    person_starts = [a for a, _ in people.office_rows]
    found: list[int] = []
    for form in WORD_FORMS.get(word, (word,)):
        for title in (form, form.capitalize()):
            for field in (f"\t{title}\t", f"\tchief of state: {title}\t"):
                at = text.find(field)
                while at >= 0:
                    n = bisect.bisect_right(line_starts, at) - 1
                    k = _person_of_line(people, person_starts, n)
                    if k is not None and k not in found:
                        found.append(k)
                    at = text.find(field, at + 1)
    cache[word] = found
    return found


def _office_text(people: People) -> tuple[str, list[int]]:
    """The office lines as one text and where each line starts (cached)."""
    cached: tuple[str, list[int]] | None = people.__dict__.get("_office_text")
    if cached is None:
        lines = people.office_lines
        starts = list(itertools.accumulate((len(x) + 1 for x in lines), initial=0))
        cached = people.__dict__["_office_text"] = ("\n".join(lines), starts)
    return cached


def _person_of_line(people: People, starts: list[int], n: int) -> int | None:
    """The person whose office lines hold line ``n``."""
    k = bisect.bisect_right(starts, n) - 1
    while k > 0 and people.office_rows[k][0] == people.office_rows[k][1]:
        k -= 1  # a person with no office lines shares the next one's start
    if k >= 0 and people.office_rows[k][0] <= n < people.office_rows[k][1]:
        return k
    return None


def monarch_link(
    people: People,
    name: str,
    roles: Collection[str],
    date: str | None,
    country: str | None = None,
) -> Link | None:
    """The monarch "Title Name" denotes on ``date``: the one person in a
    monarch's office of that title that day whose name opens with ``name``
    ("Salman" -> "Salman bin Abd al-Aziz Al Saud"); ``None`` when no one or
    several fit, or the text gave another country."""
    word = monarch_word(roles)
    if word is None or not name.strip():
        return None
    given = people.key(name)
    found: list[Link] = []
    for k in _monarchs(people, word):
        key = people.key(people.names[k])
        if key != given and not key.startswith(given + " "):
            continue
        link = link_on(people.person(k), date)
        if link is None or link.former or _office_word(link.office.office) != word:
            continue
        if country is not None and link.country != country:
            continue
        found.append(link)
    if len({lk.country for lk in found}) != 1:
        return None
    return found[0]  # one person, or one in two sources ("Gyanendra")


def reigning_anywhere(people: People, d: ActorDraft, date: str | None) -> Link | None:
    """ "King Salman" in a Turkish story: a monarch's title and given name
    name one reigning person whatever country a nearby word gave the draft
    (:func:`monarch_link` with no country); ``None`` for a draft with no
    country (already looked up so)."""
    if d.country is None:
        return None
    return monarch_link(people, d.name, d.roles, date)
