"""Actors: a body whose proper name is an office ("Office for Budget
Responsibility", "Presidential Office", "the President's Secretariat",
"Office of the Vice President") is a state's government body (GOV); with
no country of its own it takes the article's, as other government bodies
do (:func:`whosaid.actors.article_country.article_country`)."""

from __future__ import annotations

import re

from whosaid.actors.model import ActorDraft

__all__ = ["OFFICE_NAME", "OFFICE_SOURCE", "office_bodies"]

OFFICE_SOURCE = "office name"
"""The source a sector given by :func:`office_bodies` records."""

OFFICE_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:Office|Secretariat)"
    r"|(?:Office|Secretariat)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’ -]*)"
)
"""A proper name headed by "Office" or "Secretariat": capitalised words
before it ("Presidential Office", "Prime Minister's Office") or an
"of"/"for" phrase after it ("Office of the Vice President")."""

NOT_STATE_OFFICES: frozenset[str] = frozenset(
    {"post", "box", "law", "front", "back", "head", "press", "ticket"}
)
"""Words before "Office" that name no state's body: a post office, a box
office, a law firm's office, a firm's head office; a press office speaks
for the body that has it."""


def office_bodies(drafts: list[ActorDraft]) -> None:
    """An organisation of no known kind (type ``other``, no sector, no IGO)
    named as an office is a government body (GOV)."""
    for d in drafts:
        if d.type != "other" or d.sector is not None or d.igo or d.kb_id:
            continue
        if not OFFICE_NAME.fullmatch(d.name.strip()):
            continue
        words = d.name.lower().split()
        k = next((i for i, w in enumerate(words) if w in {"office", "secretariat"}), 0)
        if k and words[k - 1] in NOT_STATE_OFFICES:
            continue
        d.type = "government"
        d.sector = "GOV"
        d.sources.append(OFFICE_SOURCE)
