"""Actors: a person titled by the organisation named right before the
title ("NLC president Joe Ajaero", "the union's president, Everett
Kelley", "CGT co-leaders Héctor Daer and Pablo Moyano") holds an office of
that organisation: its sector and country, not the sector a bare title
word gives ("president": GOV)."""

from __future__ import annotations

import re

from whosaid.actors.model import ActorDraft
from whosaid.entities.lexicon import ROLE_NOUNS

__all__ = [
    "ORG_NOUN_POSSESSOR",
    "TITLE_ORG_SOURCE",
    "org_before_title",
    "title_gap",
    "title_orgs",
]

TITLE_ORG_SOURCE = "title organisation"
"""The source a person's sector from :func:`title_orgs` records."""

ORG_NOUN_POSSESSOR = re.compile(
    r"\b[Tt]he\s+(union|company|firm|group|association|federation|"
    r"confederation|bank|lender|carmaker|charity|party)['’]s\s+$"
)
"""A possessive organisation noun right before a title: "the union's
president, X"."""

TITLE_ORG_TYPES: frozenset[str] = frozenset({"person", "state", "place", "igo"})
"""Actor types that are no organisation a title may belong to."""

POSSESSOR_WINDOW = 400
"""How far before the person the organisation a possessive noun stands
for may be named."""

TITLE_SECTORS_ONLY: frozenset[str] = frozenset({"title", "sectors.tsv", "ner"})
"""Sources of a person known by the text alone, whose sector (if any) is
read off a title word."""


def title_orgs(drafts: list[ActorDraft], text: str) -> None:
    """A person the people tables do not know, whose sector (if any) comes
    from a title word alone, and whose titled mention follows an
    organisation's name ("NLC president") or a possessive noun that stands
    for the latest organisation named before ("the union's president",
    the union named within :data:`POSSESSOR_WINDOW`), takes that
    organisation's sector and, when they have none, its country."""
    orgs = [d for d in drafts if d.type not in TITLE_ORG_TYPES and d.sector]
    for d in drafts:
        if d.type != "person" or d.igo or d.kb_id is not None:
            continue
        if not set(d.sources) <= TITLE_SECTORS_ONLY:
            continue
        for start, _ in sorted(d.mentions):
            org = org_before_title(orgs, text, start)
            if org is None:
                continue
            d.sector = org.sector
            if d.country is None:
                d.country = org.country
            d.sources.append(f"{TITLE_ORG_SOURCE} ({org.name})")
            break


TITLE_GAP = re.compile(
    r"(?:['’]s)?[ \t]+(?:([a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?),?[ \t]+)?"
)
"""What may stand between an organisation's name and its titled person:
nothing (the title is in the person's mention: "NLC |president, Joe
Ajaero"), or one or two lower-case words ending in a role noun, and a comma
("the NLC president, |Joe Ajaero", "CGT co-leaders |Héctor Daer")."""

TITLE_GAP_CHARS = 40

GAP_STOPS: frozenset[str] = frozenset(
    {"said", "says", "and", "or", "told", "with", "to", "by", "for", "of", "in", "on"}
)


def title_gap(gap: str) -> bool:
    """Whether ``gap`` (the text from an organisation's name to a person's
    mention) is one of :data:`TITLE_GAP`'s shapes."""
    m = TITLE_GAP.fullmatch(gap)
    if m is None:
        return False
    if m.group(1) is None:
        return True
    words = m.group(1).split()
    if GAP_STOPS & set(words):
        return False
    last = words[-1].removeprefix("co-")
    return last in ROLE_NOUNS or last.removesuffix("s") in ROLE_NOUNS


def org_before_title(
    orgs: list[ActorDraft], text: str, start: int
) -> ActorDraft | None:
    """The organisation whose mention ends right before ``start`` (a space
    apart), or that a possessive noun there stands for, else ``None``."""
    for o in orgs:
        if any(
            e < start <= e + TITLE_GAP_CHARS and title_gap(text[e:start])
            for _, e in o.mentions
        ):
            return o
    m = ORG_NOUN_POSSESSOR.search(text, max(0, start - 40), start)
    if m is None:
        return None
    noun = m.group(1).lower()
    named = [
        (e, o)
        for o in orgs
        if _fits(noun, o)
        for s, e in o.mentions
        if start - POSSESSOR_WINDOW <= s and e <= m.start()
    ]
    return max(named, key=lambda pair: pair[0])[1] if named else None


NOUN_SECTORS: dict[str, frozenset[str]] = {
    "union": frozenset({"LAB"}),
    "federation": frozenset({"LAB", "BUS", "NGO"}),
    "confederation": frozenset({"LAB", "BUS"}),
    "association": frozenset({"LAB", "BUS", "NGO", "MED"}),
    "charity": frozenset({"NGO"}),
    "party": frozenset({"PTY", "OPP", "GOV"}),
    "group": frozenset({"BUS", "NGO", "LAB"}),
}
"""The sectors an organisation a possessive noun stands for may have (a
firm's noun: BUS)."""


def _fits(noun: str, org: ActorDraft) -> bool:
    return org.sector in NOUN_SECTORS.get(noun, frozenset({"BUS"}))
