"""Plural forms of the sector table's words.

``entities/data/sectors.tsv`` lists most body and title words in the
singular ("agency", "ministry", "union"); news names several of them at once
in the plural ("Canadian security agencies", "the Gulf ministries"), which
then matched no sector word and left the state alone (CAN, no sector).  The
regular English plural of a pattern's last word reads as the pattern, unless
the table lists that form itself (an explicit row always wins).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, MutableMapping
from typing import Any

__all__ = ["PLURAL_KINDS", "add_plurals", "plural_patterns", "regular_plural"]

PLURAL_KINDS: frozenset[str] = frozenset({"body"})
"""The sector-word kinds whose plurals are derived: bodies.  Modifiers
("former", "shadow") have none."""

GROUP_KIND = "body"
"""The kind a title word's plural is derived as: a group of such people."""


GROUP_SECTORS: frozenset[str] = frozenset(
    {"CVL", "JUD", "REB", "NGO", "LAB", "MED", "BUS"}
)
"""Sectors whose title words name what their holders are ("farmers",
"judges", "fighters", "traders").  Not the offices every body has, whose
sector is only the table's default for the singular ("leaders" GOV,
"finance officers" MIL, "inspectors" COP, "MPs" LEG, "candidates" PTY,
"scholars" ELI): their plurals name people of any body."""


def group_title(word: Any) -> bool:
    """Whether a title word's plural names a group with the word's own
    sector ("farmers" CVL, "judges" JUD, "fighters" REB): a one-word title
    of :data:`GROUP_SECTORS`; one that inherits its sector ("members",
    "chiefs") says nothing alone."""
    return (
        word.kind == "title"
        and word.sector in GROUP_SECTORS
        and " " not in word.pattern
    )


_CONSONANT_Y = re.compile(r"[^aeiou]y$")
_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh)$")


def regular_plural(pattern: str) -> str | None:
    """The regular plural of a pattern's last word ("security agency" ->
    "security agencies"), or None where the word is no plain count noun
    ending (a sibilant: "press", "armed forces"; not a letter word)."""
    words = pattern.split()
    if not words:
        return None
    last = words[-1]
    if not last.isalpha() or not last.islower():
        return None
    if _SIBILANT_END.search(last):
        return None
    plural = last[:-1] + "ies" if _CONSONANT_Y.search(last) else last + "s"
    return " ".join([*words[:-1], plural])


def plural_patterns(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Derived plural -> its singular pattern, for the ``(pattern, kind)``
    rows of :data:`PLURAL_KINDS` whose plural no row lists."""
    rows = list(rows)
    listed = {p.lower() for p, _ in rows}
    derived: dict[str, str] = {}
    for pattern, kind in rows:
        if kind not in PLURAL_KINDS:
            continue
        plural = regular_plural(pattern.lower())
        if plural and plural not in listed:
            derived.setdefault(plural, pattern)
    return derived


def add_plurals(
    sectors: MutableMapping[tuple[str, ...], Any],
    key: Callable[[str], tuple[str, ...]],
) -> None:
    """Add the derived plurals (:func:`plural_patterns`) of a sector table
    (token key -> ``SectorWord``) to it: each reads as its singular."""
    words = {w.pattern: w for w in sectors.values()}
    derived = plural_patterns(
        (p, GROUP_KIND if group_title(w) else w.kind) for p, w in words.items()
    )
    for plural, singular in derived.items():
        k = key(plural)
        if k and k not in sectors:
            sectors[k] = dataclasses.replace(words[singular], pattern=plural)
