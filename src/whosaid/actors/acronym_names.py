"""Other written forms of actor names: "UN"/"U.N."/"United Nations"
variants and acronyms spelled out from the names they abbreviate."""

from __future__ import annotations

import dataclasses

from whosaid.actors.knowledge_records import (
    Entry,
    exact_case_pattern,
)

_UN_PREFIXES: tuple[str, ...] = ("UN ", "U.N. ", "United Nations ")


def un_variants(pattern: str) -> list[str]:
    """The other spellings of a pattern that starts with the UN's name
    ("UN nuclear watchdog" -> "U.N. nuclear watchdog", "United Nations
    nuclear watchdog"): wire copy writes all three."""
    for prefix in _UN_PREFIXES:
        if pattern.startswith(prefix):
            rest = pattern[len(prefix) :]
            return [p + rest for p in _UN_PREFIXES if p != prefix]
    return []


_NAME_PARTICLES: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "in"})


def name_initials(name: str) -> str:
    """The acronym a name's capitalized words make ("North Atlantic Treaty
    Organization" -> "NATO", "Asia-Pacific Economic Cooperation" -> "APEC");
    particles ("of", "the", "and") and lowercase parts are skipped."""
    parts = [p for w in name.split() for p in w.split("-")]
    return "".join(
        p[0] for p in parts if p[:1].isupper() and p.lower() not in _NAME_PARTICLES
    )


def spell_out_acronyms(names: dict[tuple[str, ...], list[Entry]]) -> None:
    """IGOs whose canonical name is an acronym ("IAEA") take the full name
    one of their patterns spells ("International Atomic Energy Agency"):
    one name however the article calls them.  Other bodies keep the acronym
    the news knows them by ("BBC", "FBI")."""
    full: dict[str, str] = {}
    for entries in names.values():
        for e in entries:
            if (
                e.kind == "org"
                and e.type == "igo"
                and exact_case_pattern(e.name)
                and " " in e.pattern
                and e.name not in full
                and name_initials(e.pattern) == e.name.replace(".", "")
            ):
                full[e.name] = e.pattern
    if not full:
        return
    for key, entries in names.items():
        if any(e.kind == "org" and e.name in full for e in entries):
            names[key] = [
                dataclasses.replace(e, name=full[e.name])
                if e.kind == "org" and e.name in full
                else e
                for e in entries
            ]
