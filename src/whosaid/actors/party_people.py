"""People the text names as a party's leader by a relation, not a title:
"Marine Le Pen's far-right National Rally", "the National Rally, led by
28-year-old Jordan Bardella".  Such a person, when nothing else gives them a
country, is of the party's country, and a party's (PTY) where nothing gave a
sector; the people tables, when they know the person, decide first.
"""

from __future__ import annotations

import re

from whosaid.actors.chains import LEANING_WORDS
from whosaid.actors.model import ActorDraft

__all__ = ["PARTY_LEADER_SOURCE", "party_leaders", "party_of_leader"]

PARTY_LEADER_SOURCE = "party leader"
"""The source a country given by :func:`party_leaders` records."""

_LEANING = "|".join(
    sorted((re.escape(w) for w in LEANING_WORDS if w.isalpha()), key=len, reverse=True)
)
_POSSESSIVE = re.compile(rf"['’]s\s+(?:the\s+)?(?:(?:{_LEANING})[\s-]+)*", re.I)
"""After a person: "'s far-right " before their party."""
_LED_BY = re.compile(
    r",?\s+(?:which\s+is\s+|that\s+is\s+)?(?:led|headed|chaired)\s+by\s+"
    r"(?:(?:the\s+|its\s+|party\s+|leader\s+|[\w-]+-year-old\s+))*"
)
"""After a party: ", led by 28-year-old " before its leader."""
_WHO_LEADS = re.compile(r",\s+who\s+(?:leads|heads|chairs)\s+(?:the\s+)?")
"""After a person: ", who leads the " before their party ("X, who leads
the National Rally's deputies")."""


def party_leaders(drafts: list[ActorDraft], text: str) -> None:
    """Give a person with no country whom the text names as a party's
    leader ("X's party", "the party, led by X") the party's country, and
    PTY where they have no sector (in place)."""
    parties = [d for d in drafts if d.type == "party" and d.country]
    for d in drafts:
        if d.type != "person" or d.country or d.igo:
            continue
        party = party_of_leader(d, parties, text)
        if party is None:
            continue
        d.country = party.country
        if d.sector is None or d.sector == "CVL":
            d.sector = "PTY"
        d.sources.append(PARTY_LEADER_SOURCE)


def party_of_leader(
    person: ActorDraft, parties: list[ActorDraft], text: str
) -> ActorDraft | None:
    """The party the text names ``person`` the leader of by a relation
    ("X's far-right National Rally", "the National Rally, led by X"), if
    any, among ``parties``."""
    starts = {s: p for p in parties for s, _ in p.mentions}
    ends = {e: p for p in parties for _, e in p.mentions}
    return _party_after(person, text, starts) or _party_before(person, text, ends)


def _party_after(
    d: ActorDraft, text: str, starts: dict[int, ActorDraft]
) -> ActorDraft | None:
    """The party right after a mention's possessive ("Le Pen's far-right
    National Rally"; the mention may hold the "'s") or after ", who leads
    the"."""
    for s, e in d.mentions:
        span = text[s:e]
        at = e - 2 if span.endswith(("'s", "’s")) else e
        leads = _WHO_LEADS.match(text, e)
        if leads is not None and _party_at(text, leads.end(), starts):
            return _party_at(text, leads.end(), starts)
        m = _POSSESSIVE.match(text, at)
        if m is None:
            continue
        # the party's mention may open on a leaning word ("right National Rally")
        for pos in range(m.start() + 2, m.end() + 1):
            party = _party_at(text, pos, starts)
            if party is not None:
                return party
    return None


def _party_at(text: str, pos: int, starts: dict[int, ActorDraft]) -> ActorDraft | None:
    """A party mention that starts at ``pos`` or with "the " before it."""
    if pos in starts:
        return starts[pos]
    if text[pos - 4 : pos].lower() == "the ":
        return starts.get(pos - 4)
    return None


def _party_before(
    d: ActorDraft, text: str, ends: dict[int, ActorDraft]
) -> ActorDraft | None:
    """The party a mention follows with "led by" ("The National Rally, led
    by 28-year-old Jordan Bardella")."""
    for end, party in ends.items():
        m = _LED_BY.match(text, end)
        if m is not None and any(s == m.end() for s, _ in d.mentions):
            return party
    return None
