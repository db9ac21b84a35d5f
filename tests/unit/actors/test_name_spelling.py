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
