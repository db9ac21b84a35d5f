"""Bodies named as offices are government bodies (codes25)."""

from __future__ import annotations

import pytest
from tests.factories import actor_draft

from whosaid.actors.office_bodies import office_bodies


@pytest.mark.parametrize(
    "name",
    [
        "Office for Budget Responsibility",
        "The Presidential Office",
        "President's Secretariat",
        "Prime Minister's Office",
        "Office of the Vice President",
    ],
)
def test_office_bodies_an_office_name_is_a_government_body(name: str) -> None:
    d = actor_draft(name, "other")
    office_bodies([d])
    assert (d.type, d.sector) == ("government", "GOV")


@pytest.mark.parametrize(
    "name", ["Post Office", "Office", "Box Office", "the company's office", "Officer"]
)
def test_office_bodies_other_offices_stay(name: str) -> None:
    d = actor_draft(name, "other")
    office_bodies([d])
    assert (d.type, d.sector) == ("other", None)


def test_office_bodies_known_kinds_and_igos_stay() -> None:
    igo = actor_draft("UN Office for Drugs", "other", igo="UN")
    firm = actor_draft("Tile Office", "company", sector="BUS")
    office_bodies([igo, firm])
    assert (igo.sector, firm.type, firm.sector) == (None, "company", "BUS")


def test_office_bodies_a_firms_chief_investment_officer_is_bus() -> None:
    from whosaid.actors.knowledge import load_knowledge

    row = load_knowledge(lambda s: s.split()).sectors[
        ("chief", "investment", "officer")
    ]
    assert row.sector == "BUS"
