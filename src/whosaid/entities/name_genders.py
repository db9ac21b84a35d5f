"""Gender evidence for names (first names, honorifics, reflexives) and
the full name a surname completes."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from whosaid.entities.lexicon import (
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    NAME_GENDERS,
    UNISEX_NAMES,
)
from whosaid.entities.name_shape import name_words
from whosaid.entities.name_spans import next_word


def gender_of(words: Iterable[str]) -> str | None:
    """``"f"``/``"m"`` from first names, honorifics and gendered role words.

    Returns None when there is no evidence or it conflicts.
    """
    found: set[str] = set()
    for word in words:
        bare = word.lower().strip(".,")
        if bare in FEMALE_WORDS:
            found.add("f")
        elif bare in MALE_WORDS:
            found.add("m")
    return found.pop() if len(found) == 1 else None


def gender_of_first_name(name: str) -> str | None:
    """Gender suggested by the first word of a personal name: the hand
    lists, else the gender of the name's holders in the people tables
    (:data:`whosaid.entities.lexicon.NAME_GENDERS`); ``None`` when unlisted
    or borne by either gender (:data:`~whosaid.entities.lexicon.UNISEX_NAMES`)."""
    words = name_words(name)
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in UNISEX_NAMES:
        return None  # "Robin", "Andrea": either gender
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c)
    )
    return NAME_GENDERS.get(folded)


def nearest_full_name(
    word: str,
    pos: int,
    full_index: dict[str, list[tuple[int, str]]],
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """The full name a surname refers to: the one ``known`` (world knowledge
    on the article's date) knows, when exactly one is ("Mr. Trump" ->
    "Donald J. Trump", not "Freddy Trump"); else the latest before, else the
    first after."""
    candidates = full_index.get(word)
    if not candidates:
        return None
    if known is not None and len({n for _, n in candidates}) > 1:
        linked = {n for _, n in candidates if known(n)}
        if len(linked) == 1:
            return linked.pop()
    before = [name for start, name in candidates if start <= pos]
    if before:
        return before[-1]
    return candidates[0][1]


REFLEXIVE_GENDERS: dict[str, str] = {"herself": "f", "himself": "m"}


def by_reflexive(
    text: str, end: int, key: str, full_index: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """The full names a surname ``key`` ending at ``end`` may complete,
    narrowed by a reflexive right after it: "Duterte herself" is the woman
    of the Dutertes named ("Sara Duterte", never "Rodrigo Duterte")."""
    gender = REFLEXIVE_GENDERS.get(next_word(text, end).lower())
    candidates = full_index.get(key, [])
    if gender is None or len({n for _, n in candidates}) < 2:
        return full_index
    fitting = [
        (start, n)
        for start, n in candidates
        if gender_of_first_name(n) in {gender, None}
    ]
    return {**full_index, key: fitting} if fitting else full_index


HONORIFIC_GENDERS: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def honorific_gender(text: str, start: int) -> str | None:
    """The gender an honorific says of the name at ``start``: the name's
    own first word or the word right before it ("Mr. Trump": ``"m"``)."""
    own = text[start : start + 6].split()[:1]
    before = text[max(0, start - 6) : start].split()[-1:]
    for word in own + before:
        gender = HONORIFIC_GENDERS.get(word.lower().rstrip("."))
        if gender is not None:
            return gender
    return None


def by_honorific(
    text: str, start: int, key: str, full_index: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """The full names a surname ``key`` at ``start`` may complete, narrowed
    by its honorific: "Mr. Trump" is none of the Trumps named with a woman's
    first name ("Ivanka Trump"), and completes no full name when only such
    are named."""
    gender = honorific_gender(text, start)
    candidates = full_index.get(key)
    if gender is None or not candidates:
        return full_index
    fitting = [
        (at, n) for at, n in candidates if gender_of_first_name(n) in {gender, None}
    ]
    if len(fitting) == len(candidates):
        return full_index
    return {**full_index, key: fitting}
