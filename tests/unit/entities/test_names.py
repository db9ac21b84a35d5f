"""Name keys of the entity layer."""

from __future__ import annotations

import pytest


def test_a_surname_with_particles_is_a_key() -> None:
    from whosaid.entities.name_shape import particle_surname, surname_keys

    assert surname_keys("Marine Le Pen") == ("pen", "marine", "le pen")
    assert "von der leyen" in surname_keys("Ursula von der Leyen")
    assert surname_keys("Keir Starmer") == ("starmer", "keir")
    assert particle_surname("Le Pen") and particle_surname("von der Leyen")
    assert not particle_surname("Pen") and not particle_surname("Marine Le Pen")


@pytest.mark.parametrize(
    ("acronym", "name", "want"),
    [
        ("TEPCO", "Tokyo Electric Power Company Holdings Inc.", True),
        ("UNSC", "United Nations Security Council", True),
        ("NATO", "North Atlantic Treaty Organization", True),
        ("KEPCO", "Korea Electric Power Corp.", True),
        ("TEPCO", "Tokyo Electric", False),  # letters left over
        ("BBC", "British Broadcasting", False),
        ("UN", "United", False),  # one word is no acronym's name
        ("EP", "Electric Power Holdings", True),
    ],
)
def test_an_acronym_abbreviates_a_name_by_first_letters_or_syllables(
    acronym: str, name: str, want: bool
) -> None:
    from whosaid.entities.name_shape import abbreviates

    assert abbreviates(acronym, name) is want


def test_editorial_brackets_leave_a_name() -> None:
    from whosaid.entities.name_case import without_brackets

    assert without_brackets("[Hillary] Clinton") == "Hillary Clinton"
    assert without_brackets("Hillary] Clinton") == "Hillary Clinton"
    assert without_brackets("Chris Christie") == "Chris Christie"


def test_a_reflexive_narrows_the_full_names_of_a_surname() -> None:
    from whosaid.entities.name_genders import by_reflexive

    index = {"holm": [(0, "Sara Holm"), (40, "Rodrigo Holm")]}
    text = "Holm herself did not speak."
    assert by_reflexive(text, 4, "holm", index)["holm"] == [(0, "Sara Holm")]
    assert by_reflexive("Holm did not speak.", 4, "holm", index) is index
    assert by_reflexive("Holm himself spoke.", 4, "holm", index)["holm"] == [
        (40, "Rodrigo Holm")
    ]
