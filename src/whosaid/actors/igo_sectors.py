"""Actors: the sector of an IGO and its officials.

An IGO and the people who speak for it are coded by the IGO alone
("Commission President Jean-Claude Juncker", the European Parliament,
"Director-General Fernando Arias" of the OPCW: IGOEEC, IGOCHW): a national
title's sector (GOV, LEG, MIL) or a past office's ELI is no part of their
code.  Courts are the exception: a court (the ICJ, the ICC, the European
Court of Human Rights) and the judges and presidents of a court IGO are JUD.
"""

from __future__ import annotations

from collections.abc import Iterable

from whosaid.actors.knowledge import Knowledge
from whosaid.actors.model import ActorDraft

__all__ = ["court_igos", "igo_sectors"]

COURT_SECTOR = "JUD"
IGO_SECTOR_SOURCE = "igo official"


_COURTS: list[tuple[Knowledge, frozenset[str]]] = []


def court_igos(knowledge: Knowledge) -> frozenset[str]:
    """The IGOs that are courts: every organization row of theirs is a
    court's (the ICJ, the ICC), unlike the EU or the Council of Europe, whose
    courts are some of their organs (worked out once per knowledge)."""
    for kb, found in _COURTS:
        if kb is knowledge:
            return found
    found = _court_igos(e for entries in knowledge.names.values() for e in entries)
    _COURTS[:] = [*_COURTS[-3:], (knowledge, found)]
    return found


def _court_igos(entries: Iterable[object]) -> frozenset[str]:
    sectors: dict[str, set[str | None]] = {}
    for e in entries:
        igo = getattr(e, "igo", None)
        if igo and getattr(e, "type", None) == "igo":
            sectors.setdefault(igo, set()).add(getattr(e, "sector", None))
    return frozenset(igo for igo, found in sectors.items() if found == {COURT_SECTOR})


def igo_sectors(drafts: list[ActorDraft], courts: frozenset[str]) -> None:
    """Give each actor of an IGO (in place) no sector, but JUD for a court
    and for the people of a court IGO (:func:`court_igos`)."""
    for d in drafts:
        if not d.igo or d.country or d.type == "place":
            continue
        if d.sector == COURT_SECTOR:
            continue
        wanted = COURT_SECTOR if d.igo in courts and d.type == "person" else None
        if d.sector != wanted:
            d.sector = wanted
            d.sources.append(IGO_SECTOR_SOURCE)
