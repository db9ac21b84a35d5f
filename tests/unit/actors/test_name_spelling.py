"""A full name the article spells its own way keeps its spelling when the
people tables know it in another (name_variants.tsv)."""

from __future__ import annotations

from whosaid.actors.linking import _spelling_of
from whosaid.actors.people import People


def test_the_articles_spelling_of_a_known_name_stays() -> None:
    people = People()
    people.token_variants["poudel"] = "paudel"
    assert _spelling_of(people, "Ram Chandra Paudel", "Ram Chandra Poudel")
    assert not _spelling_of(people, "Paudel", "Ram Chandra Poudel")
    assert not _spelling_of(people, "Paul D. Ryan", "Paul Ryan")


def test_another_name_the_tables_know_the_person_by_stays() -> None:
    """A merged source's spelling is a key of the person: "Salome
    Zourabichvili" is not renamed "Salome Zurabishvili"."""
    people = People()
    people.add(
        "Q1",
        "Salome Zurabishvili",
        ["salome zurabishvili", "salome zourabichvili"],
        True,
    )
    people.add("Q2", "Salome Other", ["salome other"], False)
    label = "Salome Zurabishvili"
    assert _spelling_of(people, "Salome Zourabichvili", label, "Q1")
    assert not _spelling_of(people, "Salome Zourabichvili", label, "Q2")
    assert not _spelling_of(people, "Salome Other", label, "Q1")
