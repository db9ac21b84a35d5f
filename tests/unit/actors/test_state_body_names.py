"""Bodies no table knows, named as a state's agency, are government bodies
(codes36)."""

from __future__ import annotations

import pytest
from tests.factories import actor_draft

from whosaid.actors.knowledge_records import Demonym
from whosaid.actors.state_body_names import state_body_names, state_body_sector

DEMONYMS = {("ruritanian",): Demonym("Ruritanian", "RUR", "adj")}


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Directorate General of Health Services", "GOV"),
        ("Ruritanian Anti-Corruption Commission", "GOV"),
        ("the Elections Agency", "GOV"),
        ("National Roads Authority", "GOV"),
        ("Joint Operations Command", "MIL"),
        ("Metropolitan Police Service", "COP"),
    ],
)
def test_state_body_sector_an_agency_name(name: str, sector: str) -> None:
    assert state_body_sector(name) == sector


@pytest.mark.parametrize(
    "name",
    [
        "Xinhua News Agency",
        "International Energy Agency",
        "Commission",
        "the ministry of truth",
        "Acme Financial Services",
        "Acme Travel Agency",
        "Tile Workers Union",
    ],
)
def test_state_body_sector_other_names(name: str) -> None:
    assert state_body_sector(name) is None


def test_state_body_names_a_demonym_gives_the_country() -> None:
    d = actor_draft("Ruritanian Anti-Corruption Commission", "other")
    state_body_names([d], "", DEMONYMS)
    assert (d.type, d.sector, d.country) == ("government", "GOV", "RUR")
    assert "state body name" in d.sources


def test_state_body_names_an_acronym_the_text_calls_an_agency() -> None:
    text = "according to the SNAI prisons agency."
    d = actor_draft("SNAI", "other")
    s = text.index("SNAI")
    d.mentions = [(s, s + 4)]
    state_body_names([d], text, DEMONYMS)
    assert (d.type, d.sector, d.country) == ("government", "GOV", None)


def test_state_body_names_known_bodies_stay() -> None:
    known = actor_draft("Ruritanian Roads Agency", "other", sector="BUS")
    state_body_names([known], "", DEMONYMS)
    assert (known.type, known.sector) == ("other", "BUS")
    acronym = actor_draft("ABC", "other")
    acronym.mentions = [(0, 3)]
    state_body_names([acronym], "ABC said", DEMONYMS)
    assert acronym.sector is None
