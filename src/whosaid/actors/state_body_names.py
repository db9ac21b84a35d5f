"""Actors: a body no table knows whose proper name says it is a state's
agency ("the Directorate General of Health Services", "the Malaysian
Anti-Corruption Commission", "the Joint Operations Command"), or an
acronym the text calls one ("the SNAI prisons agency"), is a government
body: GOV (MIL for a military command, COP for a police body).  A
nationality adjective in its name gives its country ("Malaysian"); with
none it takes the article's, as other government bodies do
(:func:`whosaid.actors.article_country.article_country`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from whosaid.actors.knowledge_records import Demonym
from whosaid.actors.model import ActorDraft
from whosaid.actors.private_people import demonym_country

__all__ = ["STATE_BODY_SOURCE", "state_body_names", "state_body_sector"]

STATE_BODY_SOURCE = "state body name"
"""The source a sector given by :func:`state_body_names` records."""

STATE_BODY_HEADS: Mapping[str, str] = {
    "directorate": "GOV",
    "agency": "GOV",
    "authority": "GOV",
    "ministry": "GOV",
    "department": "GOV",
    "commission": "GOV",
    "bureau": "GOV",
    "service": "GOV",
    "command": "MIL",
}
"""Head nouns of a state body's name and the sector they give."""

NOT_STATE_WORDS: frozenset[str] = frozenset(
    {
        # an international body's, whose IGO no country replaces
        "international",
        "world",
        "global",
        "european",
        "united",
        "nations",
        "regional",
        # a firm's or a private body's
        "news",
        "press",
        "media",
        "travel",
        "insurance",
        "advertising",
        "marketing",
        "talent",
        "employment",
        "recruitment",
        "shipping",
        "customer",
        "private",
        "company",
        "limited",
        "ltd",
        "inc",
        "group",
        "church",
        "party",
        "rebel",
    }
)
"""Words that make a body so named no state's agency."""

POLICE_WORDS: frozenset[str] = frozenset({"police", "policing", "constabulary"})
"""Words that make a state body a police one (COP)."""

TIE_WORDS: frozenset[str] = frozenset({"of", "for", "on", "and", "the", "&"})
"""Lower-case words a body's proper name may hold."""

ACRONYM = re.compile(r"[A-Z]{2,6}")
"""An acronym's name ("SNAI", "DGHS")."""

ACRONYM_NOUN = re.compile(r"\s+(?:[a-z]+\s+){0,2}([a-z]+)\b")
"""Up to three lower-case words after an acronym ("SNAI prisons agency")."""


def _head(words: list[str]) -> str | None:
    """The head noun of a body's name: its last word before an "of" or
    "for" phrase ("Directorate General of ...": "Directorate"), else its
    last word."""
    cut = next((i for i, w in enumerate(words) if w in {"of", "for", "on"}), len(words))
    head = words[:cut]
    while head and head[-1] in {"general", "general's"}:
        head = head[:-1]
    return head[-1] if head else None


def state_body_sector(name: str) -> str | None:
    """The sector a proper name says its body has as a state's agency, or
    ``None`` (see :data:`STATE_BODY_HEADS`, :data:`NOT_STATE_WORDS`)."""
    written = name.replace("-", " ").split()
    if written and written[0].lower() == "the":
        written = written[1:]
    if len(written) < 2:
        return None
    if any(w[0].islower() and w not in TIE_WORDS for w in written):
        return None  # no proper name throughout
    words = [w.lower() for w in written]
    if set(words) & NOT_STATE_WORDS:
        return None
    head = _head(words)
    sector = STATE_BODY_HEADS.get(head or "")
    if sector == "GOV" and set(words) & POLICE_WORDS:
        return "COP"
    return sector


def _acronym_agency(d: ActorDraft, text: str) -> bool:
    """Whether an acronym's draft is one the text calls a state body right
    after its name ("the SNAI prisons agency")."""
    if not ACRONYM.fullmatch(d.name.strip()):
        return False
    for _, end in d.mentions:
        m = ACRONYM_NOUN.match(text, end)
        if m is not None and STATE_BODY_HEADS.get(m.group(1)) == "GOV":
            return True
    return False


def state_body_names(
    drafts: list[ActorDraft], text: str, demonyms: Mapping[tuple[str, ...], Demonym]
) -> None:
    """An organisation of no known kind (type ``other``, no sector, IGO,
    country or table entry) named as a state's agency becomes a
    government body with that sector; a nationality adjective in its name
    gives its country."""
    for d in drafts:
        if d.type != "other" or d.sector or d.igo or d.kb_id or d.country:
            continue
        sector = state_body_sector(d.name)
        if sector is None and _acronym_agency(d, text):
            sector = "GOV"
        if sector is None:
            continue
        d.type = "government"
        d.sector = sector
        d.country = demonym_country(d.name, demonyms)
        d.sources.append(STATE_BODY_SOURCE)
