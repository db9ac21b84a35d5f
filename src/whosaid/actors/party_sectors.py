"""The sector of a person the text names by a party's title: a party's
leader out of office leads the opposition (OPP); a nominee, candidate or
anyone else stays PTY (moved out of :mod:`whosaid.actors.linking`)."""

from __future__ import annotations

from collections.abc import Collection

from whosaid.actors.parties import PARTY_LEADER_WORDS, PARTY_ROLE_WORDS, party_head_role
from whosaid.actors.terms import Link

__all__ = [
    "bare_leader",
    "out_of_office_sector",
    "party_sector",
    "unlinked_party_sector",
]


def out_of_office_sector(roles: Collection[str]) -> str:
    """A person out of office: a party's leader by title ("National Unity
    chairman") leads the opposition; anyone else is a former officeholder."""
    sector = unlinked_party_sector(roles)
    return "OPP" if sector == "OPP" else "ELI"


def bare_leader(roles: Collection[str]) -> bool:
    """Whether the only title is a bare "leader" ("Its leader, X"): no
    state office's, so a party's."""
    words = [w.strip(".,").lower() for r in roles for w in r.split()]
    return bool(words) and all(w in {"its", "their", "the", "leader"} for w in words)


def party_sector(roles: Collection[str], link: Link) -> str:
    """The sector of a person the text names by party ("Republican Mitt
    Romney", "Conservative leader Kemi Badenoch") whom the people tables
    know: the office they hold that day (a governing party's leader in
    office is GOV, a lawmaker LEG); out of office, a party's leader leads the
    opposition (OPP); anyone else stays PTY, as does a party's nominee or
    candidate, whom the text names by a party role.  A stale office (an
    open term of a source that stopped long before) is no office held."""
    words = {w.strip(".,").lower() for r in roles for w in r.split()}
    if words & PARTY_ROLE_WORDS:
        return "PTY"
    if not link.former and not link.stale and link.office.sector:
        return link.office.sector
    return unlinked_party_sector(roles)


def unlinked_party_sector(roles: Collection[str]) -> str:
    """The sector of a party's leader the people tables do not know ("Labour
    leader Jeremy Corbyn", "Jo Swinson, the Liberal Democrat leader"): the
    opposition (OPP), since the tables know the heads of government who lead
    the governing parties; a nominee or candidate, or anyone else, stays
    PTY."""
    words = {w.strip(".,").lower() for r in roles for w in r.split()}
    if words & PARTY_ROLE_WORDS:
        return "PTY"
    leader = bool(words & PARTY_LEADER_WORDS) or any(map(party_head_role, roles))
    return "OPP" if leader else "PTY"
