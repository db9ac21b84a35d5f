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


def _acronym_by_letters(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def test_is_acronym_answers_as_its_letter_by_letter_definition() -> None:
    """The ASCII shortcut (``str.isupper``) agrees with "two or more
    letters, all capitals" on ASCII and non-ASCII words alike."""
    from itertools import product

    from whosaid.entities.name_shape import is_acronym

    chars = "aZ.1 &-" + "\u00e9\u00c9\u4e2d\u24d0\u01c5\u00aa\u2160"
    words = ["", "U.S.", "UNSC", "KCNA", "Obama", "McDONALD", "G7", "A", "A.B"]
    words += ["".join(p) for n in range(1, 4) for p in product(chars, repeat=n)]
    assert [is_acronym(w) for w in words] == [_acronym_by_letters(w) for w in words]
