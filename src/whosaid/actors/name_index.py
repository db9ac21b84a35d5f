"""What a person of the people tables is indexed under beyond their keys.

:meth:`People.add <whosaid.actors.people.People.add>` derives, from a
person's full name (their first key), the forms news shortens it to: a
Spanish name without the mother's surname, the first and last words of a
longer name, the surname alone a head of state or government is known by.
``scripts/build_knowledge.py`` writes the same forms (made by
:func:`name_forms`) into ``people.tsv``'s ``forms`` column, so that loading
reads them instead of deriving them again for every person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whosaid.actors.name_keys import (
    chain_short_form,
    short_form,
    surname_word,
    title_words_only,
)
from whosaid.entities.name_parts import fathers_name

__all__ = ["NO_FORMS", "NameForms", "decode_forms", "encode_forms", "home_country"]


@dataclass(frozen=True, slots=True)
class NameForms:
    """A person's derived index entries (all folded)."""

    paternal: str | None = None
    """The father's surname of a Spanish double surname ("marrero" of
    "manuel marrero cruz"): the name without the mother's surname is one of
    the person's keys too."""
    shorts: tuple[str, ...] = ()
    """Short forms ("anura dissanayake" of "anura kumara dissanayake"): a
    name found only here names its one person."""
    surname: str | None = None
    """The surname alone a head of state or government is known by."""
    names: tuple[str, ...] = ()
    """A head's two-word forms of a longer name ("cyril ramaphosa")."""


NO_FORMS = NameForms()


def name_forms(
    words: Sequence[str], last: str, prominent: bool, home: str | None
) -> NameForms:
    """The forms of a person's full name ``words`` (folded, canonical) whose
    last word as a key is ``last`` (empty for a one-word name); ``home``:
    the country most of their offices are in (read for three words or
    more)."""
    paternal = None
    shorts: list[str] = []
    if len(words) >= 3:
        paternal = surname_word(words, home)
        if paternal is None and (short := short_form(words, home)) is not None:
            # "Anura Dissanayake" for "Anura Kumara Dissanayake", "Roch
            # Kaboré" for "Roch Marc Christian Kaboré", "Sultan al-Habsi"
            # for "Sultan bin Salem bin Saeed al-Habsi"
            shorts.append(short)
        if (chain := chain_short_form(words)) is not None:
            shorts.append(chain)
    surname = None
    names: tuple[str, ...] = ()
    if (
        prominent
        and len(last) > 2
        and not title_words_only(last)
        and not fathers_name(words, len(words) - 1)
    ):
        surname = last if paternal is None else paternal
        if len(words) >= 3:
            # "Matamela Cyril Ramaphosa" as "Cyril Ramaphosa", "Gustavo
            # Francisco Petro Urrego" as "Gustavo Petro"; never "...
            # previously first vice president"
            pairs = (f"{words[-2]} {words[-1]}", f"{words[0]} {words[-2]}")
            names = tuple(p for p in pairs if not title_words_only(p))
    if paternal is None and not shorts and surname is None:
        return NO_FORMS
    return NameForms(paternal, tuple(shorts), surname, names)


def home_country(countries: Iterable[str]) -> str | None:
    """The country most of a person's offices are in (the first of a tie,
    in office order); ``None`` when none has one."""
    counts: dict[str, int] = {}
    for country in countries:
        if country:
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


_FIELDS = ("p", "s", "n", "f")
"""``forms`` cell items: ``p:`` paternal surname, ``s:`` short form, ``n:``
a head's surname, ``f:`` a head's two-word form."""


def encode_forms(forms: NameForms) -> str:
    """The ``forms`` cell of ``people.tsv`` ("" for none), e.g.
    ``s:anura dissanayake``."""
    items = [f"p:{forms.paternal}"] if forms.paternal is not None else []
    items += [f"s:{s}" for s in forms.shorts]
    items += [f"n:{forms.surname}"] if forms.surname is not None else []
    items += [f"f:{n}" for n in forms.names]
    return "|".join(items)


def decode_forms(cell: str) -> NameForms:
    """The forms :func:`encode_forms` wrote."""
    if not cell:
        return NO_FORMS
    found: dict[str, list[str]] = {field: [] for field in _FIELDS}
    for item in cell.split("|"):
        found[item[:1]].append(item[2:])
    return NameForms(
        found["p"][0] if found["p"] else None,
        tuple(found["s"]),
        found["n"][0] if found["n"] else None,
        tuple(found["f"]),
    )
