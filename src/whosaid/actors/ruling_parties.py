"""The parties of a country's heads on a date, from the people tables: the
parties that the people who head the state or the government that day (the
Factbook's "chief of state" and "head of government" terms) lead that day
(the Factbook's party leaders).  Where ``governing.tsv`` has no row for a
country, this says which party leaders are out of power: a person who leads
that day a party none of the heads leads, and holds no office of the state,
leads an opposition party ("MDC leader Morgan Tsvangirai" under President
Mugabe, "Forum for Democratic Change candidate Patrick Oboi Amuriat" under
Museveni).  Where no head leads a party that day (a one-party state whose
party chief is no head, a head with no party in the lists), it says
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from whosaid.actors.parties import PARTY_LEADER_WORDS, party_head_role
from whosaid.actors.people import People
from whosaid.actors.terms import PARTY_LEADER_SOURCE, Link, Office

__all__ = [
    "HEAD_OFFICES",
    "HeadParties",
    "head_parties",
    "leads_party_out_of_power",
    "party_head_title",
    "party_led",
]

HEAD_OFFICES: tuple[str, ...] = ("chief of state", "head of government")
"""How the Factbook's terms of a country's heads begin (source ``cia``)."""

_PARTY_LEADER_PREFIXES: tuple[str, ...] = ("party leader - ", "party leader: ")


def party_led(office: Office) -> str | None:
    """The party a party leadership term names ("party leader - Forum for
    Democratic Change" -> "Forum for Democratic Change"), else ``None``."""
    if office.source != PARTY_LEADER_SOURCE:
        return None
    for prefix in _PARTY_LEADER_PREFIXES:
        if office.office.startswith(prefix):
            return office.office[len(prefix) :].strip() or None
    return None


@dataclass(frozen=True, slots=True)
class HeadParties:
    """Per country, the party leadership terms of its heads:
    ``(head term, party term)`` pairs of one person."""

    terms: dict[str, list[tuple[Office, Office]]]

    def on(self, country: str, date: str) -> frozenset[str] | None:
        """The parties the country's heads lead on ``date``, or ``None``
        when no head leads a party that day."""
        parties = {
            party
            for head, term in self.terms.get(country, ())
            if head.held_on(date)
            and term.held_on(date)
            and (party := party_led(term)) is not None
        }
        return frozenset(parties) if parties else None


def _head_term(office: Office) -> bool:
    return office.source == "cia" and office.office.startswith(HEAD_OFFICES)


def heads_and_parties(
    people: Iterable[tuple[Office, ...]],
) -> dict[str, list[tuple[Office, Office]]]:
    """Per country, each head's (head term, party term) pairs from the
    offices of every person."""
    out: dict[str, list[tuple[Office, Office]]] = {}
    for offices in people:
        heads = [o for o in offices if _head_term(o) and o.country]
        if not heads:
            continue
        parties = [o for o in offices if party_led(o) is not None and o.country]
        for head in heads:
            for term in parties:
                if term.country == head.country:
                    out.setdefault(head.country or "", []).append((head, term))
    return out


def _offices_of_heads(people: People) -> Iterable[tuple[Office, ...]]:
    """The offices of the people with a head's term: a scan of the loaded
    office lines, parsing only those people's rows."""
    lines = people.office_lines
    for k, (a, b) in enumerate(people.office_rows):
        if any(_is_head_line(lines[n]) for n in range(a, b)):
            yield people.person(k).offices


def _is_head_line(line: str) -> bool:
    cells = line.split("\t")
    return len(cells) >= 8 and cells[7] == "cia" and cells[4].startswith(HEAD_OFFICES)


@lru_cache(maxsize=2)
def head_parties(people: People) -> HeadParties:
    """The heads' party terms of the loaded people tables (built once)."""
    return HeadParties(heads_and_parties(_offices_of_heads(people)))


def leads_party_out_of_power(link: Link, date: str | None, heads: HeadParties) -> bool:
    """Whether the linked person leads on ``date`` a party of their country
    that none of its heads leads that day, while holding no office of that
    state (a head, minister or lawmaker of its own table terms); ``False``
    when the tables cannot say."""
    if date is None:
        return False
    offices = link.person.offices
    led = [
        (o.country, party)
        for o in offices
        if o.country and o.held_on(date) and (party := party_led(o)) is not None
    ]
    if not led:
        return False
    for country, party in led:
        if _holds_state_office(offices, country, date):
            continue
        ruling = heads.on(country, date)
        if ruling is not None and party not in ruling:
            return True
    return False


def _holds_state_office(offices: Iterable[Office], country: str, date: str) -> bool:
    return any(
        o.country == country
        and o.sector in {"GOV", "LEG", "MIL", "JUD", "COP"}
        and party_led(o) is None
        and o.held_on(date)
        for o in offices
    )


def party_head_title(roles: Iterable[str]) -> bool:
    """Whether every title names a party's head ("MDC leader", "Socialist
    leader", "Congress president"): a leader's word, no state office's."""
    roles = list(roles)
    return bool(roles) and all(
        bool({w.strip(".,").lower() for w in r.split()} & PARTY_LEADER_WORDS)
        or party_head_role(r)
        for r in roles
    )
