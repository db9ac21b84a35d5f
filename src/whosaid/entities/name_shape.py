"""What a name's words look like: person-like names, acronyms and the
names they abbreviate, surname keys, stems (pure string helpers)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from whosaid.entities.lexicon import (
    FEMALE_NAMES,
    MALE_NAMES,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    THING_NOUNS,
)

FUNCTION_WORDS: frozenset[str] = frozenset({"of", "and", "the", "for", "&", "de", "on"})
MIN_STEM = 4
ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")


NASAB_PARTICLES: frozenset[str] = frozenset({"bin", "bint", "ibn"})
"""Lower-case links of an Arabic name's chain ("Abdulaziz bin Turki Al
Faisal"): each adds a name of its own, so the chain may run past the usual
four words of a personal name."""


def name_words(name: str) -> list[str]:
    """The words of a name, split on spaces."""
    return name.split()  # a new list; ``str.split()`` gives no empty words


def is_acronym(word: str) -> bool:
    """``UNSC``, ``KCNA``, ``U.S.``: two or more capitals and no lower case."""
    if word.isascii():
        # the common case, without a loop in Python: ASCII letters are cased,
        # so "no lower case and a capital" is ``str.isupper`` (most words
        # fail it at their second letter)
        return word.isupper() and sum(map(str.isalpha, word)) >= 2
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def initials(name: str) -> str:
    """The acronym a name would have: ``United Nations Security Council`` -> UNSC."""
    return "".join(
        w[0].upper()
        for w in name_words(name)
        if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()
    )


CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "holdings", "group"}
)
"""Words a company's name may end with that its acronym leaves out
("Tokyo Electric Power Company Holdings Inc." is TEPCO)."""


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name by its words' first letters or
    first syllables, in order, every word but function words and trailing
    corporate suffixes used ("TEPCO": Tokyo Electric Power Company
    Holdings Inc.; "UNSC": United Nations Security Council); at least two
    words."""
    letters = acronym.replace(".", "").lower()
    words = [
        w.lower().strip(".,")
        for w in name_words(name)
        if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()
    ]
    if not letters.isalpha():
        return False
    while len(words) >= 2:
        if _spells(letters, words):
            return True
        if words[-1] not in CORPORATE_SUFFIXES:
            return False
        words = words[:-1]  # "... Holdings Inc." left out, or "Corp." kept
    return False


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` is a non-empty prefix of each word in turn."""
    if not words:
        return not letters
    word = words[0]
    for n in range(min(len(word), len(letters) - len(words) + 1), 0, -1):
        if word[:n] == letters[:n] and _spells(letters[n:], words[1:]):
            return True
    return False


HEADLINE_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBN", "VBZ"})
"""Tags of a finite or participle verb: a Title-Case headline fragment
("Trump Revealed", "Obama Says") holds one, a name never does."""


def not_a_person_name(
    words: Sequence[str], tags: Sequence[str], surnames: Collection[str]
) -> bool:
    """Whether a name NER took for a person's names something else.

    ``words``/``tags``: the name's tokens and their tags (no tags: none
    known); ``surnames``: the last words of the other persons the article
    names in full.  A name is no person's when it ends with a thing's head
    noun ("Trump Tower", "Trump Shuttle"), holds a verb after its first word
    (a headline fragment: "Trump Revealed"), or joins another person's
    surname to words that are no name of theirs: after it ("Trump Taj
    Mahal" after "Donald Trump"), or after a verb-like word ("Endorsed
    Trump").  Names with a hyphenated part ("Lee Jae-myung") or a listed
    first name are left alone: East Asian names put the surname first."""
    if len(words) < 2:
        return False
    low = [w.lower().strip(".,") for w in words]
    if low[-1] in THING_NOUNS:
        return True
    if any(t in HEADLINE_VERB_TAGS for t in tags[1:]):
        return True
    if any("-" in w for w in low) or low[0] in FEMALE_NAMES | MALE_NAMES:
        return False
    if low[0] in surnames and low[-1] not in surnames:
        return True
    return low[-1] in surnames and (
        low[0].endswith("ed") or (bool(tags) and tags[0] in HEADLINE_VERB_TAGS)
    )


def looks_like_person_name(name: str) -> bool:
    """Two to four capitalised words, none an organisation word or acronym."""
    words = name_words(name)
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        bare = word.strip(".,").lower()
        if not word[:1].isupper() or is_acronym(word) or bare in ORG_NAME_WORDS:
            return False
        if bare in FUNCTION_WORDS:
            return False
    return True


def same_stem(a: str, b: str) -> bool:
    """Loose stem equality for nationality/country words.

    ``Russian``/``Russia``, ``Chinese``/``China``, ``Azerbaijani``/``Azerbaijan``.
    """
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= MIN_STEM and common >= min(len(a), len(b)) - 2


def acronym_after(text: str, end: int) -> str | None:
    """The acronym in parentheses right after a name: ``... Agency (KCNA)``."""
    match = ACRONYM_AFTER_RE.match(text, end)
    if match and is_acronym(match.group(1)):
        return match.group(1)
    return None


LINKED_NAME = re.compile(r"^([a-z]{3,})-(?:uz|ur|ul|ud|us|un|al|el)-[a-z]+", re.I)
"""A name whose elements a linking particle joins ("Waker-Uz-Zaman",
"Zia-ul-Haq", "Salah-ud-Din"): its first element is the name it goes by."""


def surname_keys(name: str) -> tuple[str, ...]:
    """Keys under which a full personal name can be referred to by one word.

    The last word (Western order) and the first word (East Asian order,
    ``Liu Jieyi`` -> ``Liu``), lower-cased; a surname with its particles;
    the last two words of a longer name ("Ben Gvir"); the first element
    of a name joined by a linking particle ("Waker" of "Waker-Uz-Zaman",
    "Zia" of "Zia-ul-Haq": "General Waker" is the army chief).
    """
    words = [w.lower().strip(".,") for w in name_words(name)]
    linked = [m.group(1) for w in words if (m := LINKED_NAME.match(w))]
    if len(words) < 2:
        return tuple(linked)
    keys = [words[-1]]
    if words[0] not in keys:
        keys.append(words[0])
    keys.extend(k for k in linked if k not in keys)
    k = len(words) - 1
    while k > 1 and words[k - 1] in NAME_PARTICLES:
        k -= 1
    if k < len(words) - 1:
        # "Marine Le Pen" -> "le pen", "Ursula von der Leyen" -> "von der leyen"
        keys.append(" ".join(words[k:]))
    elif len(words) >= 3:
        # "Itamar Ben Gvir" -> "ben gvir", "Espen Barth Eide" -> "barth eide"
        keys.append(" ".join(words[-2:]))
    return tuple(keys)


def particle_surname(name: str) -> bool:
    """A surname with its particles ("Le Pen", "von der Leyen"): every word
    but the last a particle."""
    words = [w.lower().strip(".,") for w in name_words(name)]
    return len(words) >= 2 and all(w in NAME_PARTICLES for w in words[:-1])


def join_texts(texts: Sequence[str]) -> str:
    """Space-joined, whitespace-normalised text of several spans."""
    return " ".join(" ".join(t.split()) for t in texts if t.strip())
