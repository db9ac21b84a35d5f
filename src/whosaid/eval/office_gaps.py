"""Gaps in the people tables: who they say held each key office of the
most newsworthy states and IGOs on a day.

For each state of :data:`COUNTRIES` and each office kind of :data:`KINDS`
(head of state, head of government, foreign, defence, finance and interior
minister, central bank governor, armed forces chief, speaker of parliament,
opposition leader), and for each IGO's head (:data:`IGO_HEADS`),
:func:`holders` lists the people whose term of that kind covers the day
(the way :meth:`whosaid.actors.terms.Office.held_on` reads it: an open
EveryPolitician term stops at 2024-10; an open Phoenix term of 2014 is
stale and left out).  An empty cell is a gap; two holders of a
single-holder office are a stale term or a duplicate person.
``scripts/check_offices.py`` prints the table and the counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whosaid.actors.office_kinds import KINDS, office_kind
from whosaid.actors.people import People
from whosaid.actors.tables import data_text, read_tsv
from whosaid.actors.terms import Office, Person, fold

__all__ = [
    "COUNTRIES",
    "IGO_HEADS",
    "KINDS",
    "Cell",
    "cells",
    "holders",
    "office_kind",
]

COUNTRIES: tuple[str, ...] = (
    "USA", "GBR", "FRA", "DEU", "ITA", "ESP", "NLD", "BEL", "POL", "UKR", "RUS", "BLR",
    "TUR", "GRC", "SWE", "NOR", "FIN", "DNK", "AUT", "CHE", "IRL", "PRT", "CZE", "SVK",
    "HUN", "ROU", "BGR", "SRB", "HRV", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "EST",
    "LVA", "LTU", "CHN", "JPN", "KOR", "PRK", "TWN", "IND", "PAK", "BGD", "AFG", "LKA",
    "NPL", "MMR", "THA", "VNM", "PHL", "IDN", "MYS", "SGP", "KHM", "AUS", "NZL", "CAN",
    "MEX", "BRA", "ARG", "CHL", "COL", "PER", "VEN", "ECU", "BOL", "CUB", "NIC", "GTM",
    "HND", "SLV", "HTI", "PAN", "ISR", "PSE", "LBN", "SYR", "IRQ", "IRN", "SAU", "ARE",
    "QAT", "KWT", "OMN", "BHR", "YEM", "JOR", "EGY", "LBY", "TUN", "DZA", "MAR", "SDN",
    "SSD", "ETH", "ERI", "SOM", "KEN", "UGA", "TZA", "RWA", "COD", "NGA", "GHA", "SEN",
    "MLI", "BFA", "NER", "TCD", "CMR", "ZAF", "ZWE", "MOZ", "AGO", "CIV",
)  # fmt: skip
"""The states the check covers: the G20, Europe, the wars and the regional
powers of world news."""

IGO_HEADS: tuple[str, ...] = (
    "UN",
    "EU",
    "NATO",
    "IMF",
    "World Bank",
    "WHO",
    "IAEA",
    "WTO",
    "ECB",
    "AU",
    "Arab League",
    "ASEAN",
    "OPEC",
    "ICC",
    "OSCE",
)
"""IGOs whose head the check lists (kind ``igo head``)."""


def holders(
    offices: Iterable[tuple[Person, Office]], date: str
) -> list[tuple[Person, Office]]:
    """The terms of ``offices`` held on ``date`` (stale open Phoenix terms
    left out), one per person."""
    found: dict[str, tuple[Person, Office]] = {}
    for person, office in offices:
        if office.held_on(date) and not office.stale_on(date):
            found.setdefault(person.id, (person, office))
    return list(found.values())


@dataclass(frozen=True)
class Cell:
    """Who held one office of one state (or IGO) on one day."""

    where: str
    kind: str
    date: str
    holders: tuple[tuple[Person, Office], ...]


def cells(
    people: People,
    dates: Sequence[str],
    countries: Sequence[str] = COUNTRIES,
    igos: Sequence[str] = IGO_HEADS,
) -> list[Cell]:
    """One :class:`Cell` per country and kind (and IGO head) and date."""
    names: dict[str, set[str]] = {}
    for row in read_tsv(data_text("countries.tsv")):
        names.setdefault(row["country"], set()).add(fold(row["pattern"]))
    terms: dict[tuple[str, str], list[tuple[Person, Office]]] = {}
    wanted = set(countries) | set(igos)
    for k in range(len(people.ids)):
        a, b = people.office_rows[k]
        if a == b and people.ids[k] not in people.extra_offices:
            continue
        person = people.person(k)
        for office in person.offices:
            where = office.country or office.igo
            if where not in wanted:
                continue
            kind = office_kind(office, names.get(office.country or "", ()))
            if kind is not None:
                terms.setdefault((where, kind), []).append((person, office))
    keys = [(c, kind) for c in countries for kind in KINDS]
    keys += [(igo, "igo head") for igo in igos]
    return [
        Cell(where, kind, date, tuple(holders(terms.get((where, kind), ()), date)))
        for where, kind in keys
        for date in dates
    ]
