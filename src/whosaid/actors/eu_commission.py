"""Actors: titles of the European Commission's members that name no EU.

News titles a commissioner by portfolio alone ("Competition Commissioner
Margrethe Vestager", "Enlargement Commissioner Olli Rehn") and the
Commission's heads by "Commission President" / "Commission Vice-President":
the EU is understood, and the page often names it only by a capital
("Brussels") or not at all.  The people tables know most commissioners only
by the national offices they held before or after (Vestager DNK, Rehn FIN,
Prodi ITA), so without the title they code them by the wrong office.

:mod:`whosaid.actors.igo_titles` reads a bare portfolio title as the
Commission's when the page names the EU; here two more kinds of evidence
count: a title of the Commission's own officers ("Commission
Vice-President"), and a person the tables know as a politician of an EU
member state (a commissioner is always one).  A person the tables hold in a
national office that day still keeps it (the caller checks).
"""

from __future__ import annotations

import re
from collections import Counter

from whosaid.actors.people import People
from whosaid.actors.terms import Office

__all__ = [
    "EU_MEMBER_STATES",
    "commission_officer_title",
    "member_state_politician",
]

COMMISSION_OFFICER = re.compile(
    r"^(?:The\s+)?(?:European\s+)?Commission\s+(?:(?:First|Executive)\s+)?"
    r"(?:Vice[- ])?President$"
)
"""A title of the Commission's president or a vice-president ("Commission
Vice-President", "European Commission President"); "Electoral Commission
President" is another body's."""

EU_MEMBER_STATES: frozenset[str] = frozenset(
    {
        "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
        "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD",
        "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "GBR",
    }
)  # fmt: skip
"""States that are or were members of the EU (the United Kingdom until
2020), whose politicians the Commission's members are."""


def commission_officer_title(phrase: str) -> bool:
    """Whether a title phrase is the Commission's president's or a
    vice-president's."""
    return COMMISSION_OFFICER.match(phrase.strip()) is not None


def member_state_politician(name: str, people: People) -> bool:
    """Whether the tables know the person as a politician of an EU member
    state (the country of most of their offices), whatever the date: a
    commissioner's national offices often come before or after."""
    if len(name.split()) < 2:
        return False
    link = people.link(name, None)
    return link is not None and _home(link.person.offices) in EU_MEMBER_STATES


def _home(offices: tuple[Office, ...]) -> str | None:
    countries = Counter(o.country for o in offices if o.country)
    return countries.most_common(1)[0][0] if countries else None
