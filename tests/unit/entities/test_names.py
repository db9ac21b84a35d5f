"""Name keys of the entity layer."""

from __future__ import annotations


def test_a_surname_with_particles_is_a_key() -> None:
    from whosaid.entities.names import particle_surname, surname_keys

    assert surname_keys("Marine Le Pen") == ("pen", "marine", "le pen")
    assert "von der leyen" in surname_keys("Ursula von der Leyen")
    assert surname_keys("Keir Starmer") == ("starmer", "keir")
    assert particle_surname("Le Pen") and particle_surname("von der Leyen")
    assert not particle_surname("Pen") and not particle_surname("Marine Le Pen")
