"""A surname with its particles ("de Moraes") joins the full name."""

from __future__ import annotations

from whosaid.actors.grouping import group_mentions
from whosaid.actors.model import ActorMention


def _person(start: int, name: str, sector: str | None = None) -> ActorMention:
    return ActorMention(
        start,
        start + len(name),
        ("person", name.lower()),
        name,
        "person",
        None,
        None,
        sector,
        None,
        roles=["Justice"] if sector else [],
        source="title" if sector else "ner",
        person_name=name,
    )


def test_a_surname_with_its_particle_joins_the_full_name() -> None:
    drafts = group_mentions(
        [_person(0, "Alexandre de Moraes"), _person(50, "de Moraes", "JUD")]
    )
    assert len(drafts) == 1
    assert (drafts[0].name, drafts[0].sector) == ("Alexandre de Moraes", "JUD")
    assert drafts[0].roles == ["Justice"]


def test_a_particle_surname_of_nobody_named_stays_apart() -> None:
    drafts = group_mentions(
        [_person(0, "Alexandre de Moraes"), _person(50, "da Silva")]
    )
    assert len(drafts) == 2
