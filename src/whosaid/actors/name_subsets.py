"""Actors: a guarded link for a full name that is a shortened or
respelled form of one knowledge name.

:func:`~whosaid.actors.fuzzy_names.fuzzy_link` needs the text's first word
to be the table's given name.  News also drops a first given name ("Consuelo
Porras" for "María Consuelo Porras") or spells one word with other vowels
("Abdulhamid Dbeibah" for "Abdulhamid Dbeibeh", "Botchwey" for "Botchway").
:func:`subset_link` links a text name of two words or more (initials aside)
to a table name when the text's words are, in order, among the table name's
(an initial matching its word, the last words the same; a first word dropped
only from a name with no "bin"), at most one of them spelled with other
vowels; and only when no name matches the text's exactly, every table name
that matches so denotes one actor (the same code on the date), that person
holds an office on the date and no title or country of the text contradicts
it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from whosaid.actors.fuzzy_names import (
    PATRONYMICS,
    SKIPPED_WORDS,
    consonants,
    edit_distance,
    fuzzy_index,
    name_words,
    title_agreement,
)
from whosaid.actors.people import People
from whosaid.actors.terms import Link, link_on
from whosaid.actors.transliteration import skeleton

__all__ = ["ordered_subset", "subset_link", "vowel_variant"]

MAX_CANDIDATES = 200
"""A consonant key more names share is not looked through."""
MIN_VARIANT_CONSONANTS = 3
"""A respelled word keeps at least this many consonants ("Dbeibah"; not
"Isa"/"Eisa", "Ali"/"Ala")."""


def content_words(words: Sequence[str]) -> list[str]:
    """A name's spelling keys without particles and articles."""
    return [skeleton(w) for w in words if w not in SKIPPED_WORDS]


def vowel_variant(a: str, b: str) -> bool:
    """Two spelling keys of one word written with other vowels
    ("dbeibah"/"dbeibeh", "botchuei"/"botchuai"): the same consonants (three
    at least), at most two letters apart."""
    if a == b:
        return True
    ca = consonants(a)
    if ca != consonants(b) or len(ca) < MIN_VARIANT_CONSONANTS:
        return False
    return edit_distance(a, b) <= 2


def ordered_subset(text: Sequence[str], table: Sequence[str]) -> bool:
    """The text's keys are, in order, among the table's, the last with the
    last; each the same key, an initial of it, or (one word at most) a vowel
    variant of it."""
    if len(text) < 2 or not table or not _same(text[-1], table[-1], variants=True):
        return False
    variants = 0 if text[-1] == table[-1] else 1
    j = 0
    for w in text[:-1]:
        while j < len(table) - 1 and not _same(w, table[j], variants=variants == 0):
            j += 1
        if j >= len(table) - 1:
            return False
        if not _same(w, table[j], variants=False):
            variants += 1
        j += 1
    return variants <= 1


def _same(text: str, table: str, *, variants: bool) -> bool:
    if text == table or (len(text) == 1 and table.startswith(text)):
        return True
    return variants and vowel_variant(text, table)


def subset_link(
    people: People,
    name: str,
    date: str | None,
    *,
    roles: Collection[str] = (),
    country: str | None = None,
    igo: str | None = None,
) -> Link | None:
    """The one person a shortened or respelled full name denotes on
    ``date`` (see the module), or ``None``."""
    words = name_words(name)
    text = content_words(words)
    if sum(len(w) > 1 for w in text) < 2 or len(text[-1]) < 4:
        return None  # "V. K. Singh": initials and a surname are too little
    if people.candidates(name):
        return None
    found = fuzzy_index(people).by_consonants().get(consonants(text[-1]), [])
    if len(found) > MAX_CANDIDATES:
        return None
    links: list[Link] = []
    for k in dict.fromkeys(found):
        table_words = name_words(people.names[k])
        table = content_words(table_words)
        if not ordered_subset(text, table):
            continue
        if not _same(text[0], table[0], variants=False) and not PATRONYMICS.isdisjoint(
            table_words
        ):
            continue  # "Suhail al-Mazrouei" is not "Shamsa bint Suhail Al Mazrouei"
        link = link_on(people.person(k), date)
        if link is None or link.former or link.office.sector is None:
            continue
        if title_agreement(roles, link) < 0 or not _fits(link, country, igo):
            continue
        links.append(link)
    codes = {(lk.country, lk.igo, lk.sector) for lk in links}
    return links[0] if len(codes) == 1 else None


def _fits(link: Link, country: str | None, igo: str | None) -> bool:
    if country is None and igo is None:
        return True
    return any((o.country, o.igo) == (country, igo) for o in link.person.offices)
