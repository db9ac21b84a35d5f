"""Actors: a last-resort, date-aware link for a full name the people tables
know under another form.

Exact linking (:meth:`whosaid.actors.people.People.link`) misses names whose
text form differs from every key of the tables: a middle name or second
surname missing ("Carlos Menem" for "Carlos Saul Menem"), a transliteration
("Liamine Zéroual" for "Lamine Zeroual", "Muhammad" for "Mohammed"), an
honorific kept in the name ("Sheikh ...").  :func:`fuzzy_link` looks such a
name up by its surname's transliteration key, scores each person indexed
under it by how well their given name agrees with the text's and how well
their office on the article's date agrees with the text's title, and links
only a unique best candidate clearly above the others.  A country or IGO the
text gives restricts the candidates; a surname alone is never looked up so.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whosaid.actors.name_keys import NAME_HONORIFICS, SPANISH_NAMING, SURNAME_FIRST
from whosaid.actors.people import People
from whosaid.actors.terms import Link, fold, link_on
from whosaid.actors.transliteration import skeleton
from whosaid.entities.lexicon import GIVEN_NAMES

__all__ = [
    "FuzzyIndex",
    "consonants",
    "fuzzy_index",
    "fuzzy_link",
    "given_name_score",
    "name_words",
    "title_agreement",
]

ROYAL_TITLES: frozenset[str] = frozenset(
    {"king", "queen", "sultan", "emir", "amir", "prince", "princess", "crown"}
)
"""Titles a text may keep in a name ("Sultan Haitham bin Tariq")."""
SKIPPED_WORDS: frozenset[str] = frozenset(
    {"al", "el", "ul", "bin", "bint", "ibn", "ben", "de", "da", "di", "du"}
    | {"van", "von", "der", "den", "la", "le", "dos", "das", "del", "y"}
    | {"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
)
"""Words that are no surname to look a name up by."""
MIN_SURNAME = 4
"""The shortest surname looked up (shorter keys match too many people)."""
MAX_CANDIDATES = 40
"""A surname key more people share is too common to guess between."""
MIN_MARGIN = 2
"""How far the best candidate must score above the next one."""
MIN_SCORE = 3
"""The least score linked: the same given name, or a near one the title
confirms."""
_NOT_LETTER = re.compile(r"[^a-z0-9 ]")
_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)-")
_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
_VOWELS = re.compile(r"[aeiouy]")


def _article_apart(match: re.Match[str]) -> str:
    """The article of "al-Assad" set apart ("al Assad"); a function, not a
    template, which costs a Python call at every ``sub``."""
    return match[1] + " "


def name_words(name: str) -> list[str]:
    """The folded words of a name without honorifics or royal titles in
    front, apostrophes and the okina dropped ("ʻAkilisi" -> "akilisi")."""
    name = _HYPHEN.sub("", _ARTICLE.sub(_article_apart, name))  # "Shih-fang": one word
    words = _NOT_LETTER.sub("", fold(name)).split()
    while words and (words[0] in NAME_HONORIFICS or words[0] in ROYAL_TITLES):
        words = words[1:]
    return words


def surname_keys(words: Sequence[str]) -> dict[str, bool]:
    """The transliteration keys of the words a name can be looked up by: its
    last ("carlos saul menem": "menem"), one after "bin" ("haitham bin tarik
    al said": "tarik"), and the one before the last, for the first of two
    Spanish surnames only (``True``: "manuel marrero cruz" by "marrero"; never
    a given name: "carlos saul menem" is no "Saul")."""

    def usable(w: str) -> bool:
        return w not in SKIPPED_WORDS and len(w) >= MIN_SURNAME and not w.isdigit()

    keys: dict[str, bool] = {}
    tail = [w for w in words[1:] if w not in SKIPPED_WORDS]
    if tail and usable(tail[-1]):
        keys[skeleton(tail[-1])] = False
    for before, w in itertools.pairwise(words):
        if before in PATRONYMICS and usable(w):
            keys[skeleton(w)] = False
    if len(tail) >= 2 and usable(tail[-2]) and tail[-2] not in GIVEN_NAMES:
        keys.setdefault(skeleton(tail[-2]), True)
    return keys


PATRONYMICS: frozenset[str] = frozenset({"bin", "bint", "ibn", "ben"})


def consonants(key: str) -> str:
    """A spelling key without its vowels ("dbeibah" -> "dbbh")."""
    return key.translate(_NO_VOWELS)


_NO_VOWELS = str.maketrans("", "", "aeiouy")


@functools.lru_cache(maxsize=16384)
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def given_name_score(text: str, table: str) -> int:
    """How well a folded given name in the text agrees with the table's: 3 the
    same spelling key, 2 a prefix ("Mohd"/"Mohammed" no: 4 letters at
    least) or a near spelling ("Liamine"/"Lamine"; "Muhammad"/"Mohammed":
    the same consonants, two letters apart), 0 otherwise."""
    a, b = skeleton(text), skeleton(table)
    if a == b:
        return 3
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return 2
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return 0
    dist = edit_distance(a, b)
    if dist <= 1:
        return 2
    if dist <= 2 and _VOWELS.sub("", a) == _VOWELS.sub("", b):
        return 2
    return 0


class FuzzyIndex:
    """The people tables' names by surname key (built once per index)."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.by_surname: dict[str, list[tuple[int, bool]]] = {}
        self.by_family: dict[str, list[int]] = {}
        """Names of two or three words by their first word: the family name
        of a family-name-first name ("Kang Kyung-hwa")"""
        self._by_consonants: dict[str, list[int]] | None = None
        for k, name in enumerate(people.names):
            words = name_words(name)
            for key, spanish in surname_keys(words).items():
                self.by_surname.setdefault(key, []).append((k, spanish))
            if len(words) in {2, 3} and len(words[0]) >= 2:
                self.by_family.setdefault(skeleton(words[0]), []).append(k)

    def by_consonants(self) -> dict[str, list[int]]:
        """Names by the consonants of a surname key ("dbeibah", "dbeibeh":
        "dbbh"; not as the first of two Spanish surnames), for
        :mod:`.name_subsets` (built on first use)."""
        if self._by_consonants is None:
            index: dict[str, list[int]] = {}
            for key, found in self.by_surname.items():
                index.setdefault(consonants(key), []).extend(
                    k for k, spanish in found if not spanish
                )
            self._by_consonants = index
        return self._by_consonants

    def candidates(self, words: Sequence[str]) -> list[tuple[int, bool]]:
        """The people whose name holds the text's last word as a surname
        (``True``: as the first of two Spanish surnames only)."""
        if len(words) < 2 or words[-1] in SKIPPED_WORDS:
            return []
        found = self.by_surname.get(skeleton(words[-1]), [])
        return found if len(found) <= MAX_CANDIDATES else []

    def family_candidates(self, words: Sequence[str]) -> list[int]:
        """The people whose name of two or three words opens with the
        text's first word, for a name of two or three words."""
        if len(words) not in {2, 3}:
            return []
        found = self.by_family.get(skeleton(words[0]), [])
        return found if len(found) <= MAX_CANDIDATES else []


_INDEXES: dict[int, FuzzyIndex] = {}


def fuzzy_index(people: People) -> FuzzyIndex:
    """The people tables' :class:`FuzzyIndex` (built on first use)."""
    return _index(people)


def title_agreement(roles: Collection[str], link: Link) -> int:
    """How the text's titles agree with a linked person's offices: +2, 0 or
    -2 (see :func:`_title_score`)."""
    return _title_score(roles, link)


def _index(people: People) -> FuzzyIndex:
    found = _INDEXES.get(id(people))
    if found is None or found.people is not people:
        found = _INDEXES[id(people)] = FuzzyIndex(people)
    return found


@dataclass(frozen=True)
class Scored:
    score: int
    link: Link


def fuzzy_link(
    people: People,
    name: str,
    date: str | None,
    *,
    roles: Collection[str] = (),
    country: str | None = None,
    igo: str | None = None,
) -> Link | None:
    """The one person a full name denotes on ``date`` when its form differs
    from the tables' (see the module); ``None`` when no candidate agrees or
    the best is not clearly above the others."""
    words = name_words(name)
    if len(words) < 2:
        return None
    scored = [
        s
        for k, spanish in _index(people).candidates(words)
        if (s := _score(people, k, words, date, roles)) is not None
        and (not spanish or s.link.country in SPANISH_NAMING)
        and _fits(s.link, country, igo)
    ]
    scored += [
        s
        for k in _index(people).family_candidates(words)
        if (s := _family_first_score(people, k, words, date, roles)) is not None
        and _fits(s.link, country, igo)
    ]
    if not scored or max(s.score for s in scored) < MIN_SCORE:
        return None
    scored.sort(key=lambda s: -s.score)
    best = scored[0]
    others = [s for s in scored[1:] if _code(s.link) != _code(best.link)]
    if others and best.score - others[0].score < MIN_MARGIN:
        return None
    return best.link


def _code(link: Link) -> tuple[str | None, ...]:
    """What a link codes: one person in two sources ("Haitham bin Tarik Al
    Said", "Haythim Bin Tariq Al Said") is no ambiguity."""
    return (link.country, link.igo, link.sector)


def _fits(link: Link, country: str | None, igo: str | None) -> bool:
    if country is None and igo is None:
        return True
    return any((o.country, o.igo) == (country, igo) for o in link.person.offices)


def _score(
    people: People,
    k: int,
    words: Sequence[str],
    date: str | None,
    roles: Collection[str],
) -> Scored | None:
    table = name_words(people.names[k])
    given = given_name_score(words[0], table[0]) if table else 0
    if given == 0:
        return None
    middle = _middle_score(words[1:-1], table[1:])
    if middle is None:
        return None
    link = link_on(people.person(k), date)
    if link is None or link.office.sector is None or link.country in SURNAME_FIRST:
        return None  # known only for a later office; another name order
    return Scored(given + middle + _title_score(roles, link), link)


def _middle_score(text: Sequence[str], table: Sequence[str]) -> int | None:
    """The text's middle words against the table's words after the given
    name: each found (or an initial of one) agrees; one found nowhere
    makes another person (``None``)."""
    keys = [skeleton(w) for w in table]
    score = 0
    for w in text:
        if w in SKIPPED_WORDS:
            continue
        if len(w) == 1 and any(t.startswith(w) for t in table):
            continue
        if not any(given_name_score(w, t) for t in table) and skeleton(w) not in keys:
            return None
        score += 1
    return score


def _title_score(roles: Collection[str], link: Link) -> int:
    """+2 when a title of the text names an office of the person (the
    tables label one term in several ways: Oman's sultan is a "chief of
    state: Prime Minister"), -2 when the text gives a title none of
    their offices is ("President X" against a minister), 0 otherwise."""
    offices = [fold(o.office) for o in link.person.offices if o.office]
    titles = [t for r in roles if (t := _title_of(fold(r)))]
    if not titles or not offices:
        return 0
    if any(t in office for t in titles for office in offices):
        return 2
    return -2  # "former senator X" against a governor of that name


_TITLE_WORDS: tuple[str, ...] = (
    "prime minister",
    "foreign minister",
    "president",
    "chancellor",
    "premier",
    "king",
    "queen",
    "sultan",
    "emir",
    "minister",
    "governor",
    "senator",
    "secretary",
    "ambassador",
    "mayor",
    "speaker",
)


def _title_of(role: str) -> str | None:
    """The office word a folded role names ("former foreign minister" ->
    "foreign minister"), the longest first; ``None`` for other roles."""
    for word in _TITLE_WORDS:
        if re.search(rf"\b{word}\b", role):
            return "foreign" if word == "foreign minister" else word
    return None


def _family_first_score(
    people: People,
    k: int,
    words: Sequence[str],
    date: str | None,
    roles: Collection[str],
) -> Scored | None:
    """A family-name-first name (the family name the same, a given name of
    one or two syllables spelled another way: "Kang Kyung-wha" for "Kang
    Kyung-hwa") scored as :func:`_score` scores the given name, for a
    person of a country whose names put the family name first."""
    table = name_words(people.names[k])
    if len(table) < 2 or skeleton(table[0]) != skeleton(words[0]):
        return None
    given = _given_names_score("".join(words[1:]), "".join(table[1:]))
    if given == 0:
        return None
    link = link_on(people.person(k), date)
    if link is None or link.office.sector is None or link.country not in SURNAME_FIRST:
        return None
    return Scored(given + _title_score(roles, link), link)


def _given_names_score(text: str, table: str) -> int:
    """:func:`given_name_score`, with two letters swapped as near a spelling
    as one dropped ("kyungwha"/"kyunghwa": romanisations of one syllable)."""
    score = given_name_score(text, table)
    if score or len(text) != len(table) or sorted(text) != sorted(table):
        return score
    diff = [i for i, (a, b) in enumerate(zip(text, table, strict=True)) if a != b]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1
    return 2 if swapped and text[0] == table[0] else 0
