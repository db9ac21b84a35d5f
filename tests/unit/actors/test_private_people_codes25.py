"""Private people from an age or a knowledge noun in their apposition, and
the country of the nationality word there (codes25)."""

from __future__ import annotations

from tests.factories import actor_draft

from whosaid.actors.knowledge_records import Demonym
from whosaid.actors.private_people import (
    PRIVATE_NOUNS,
    demonym_country,
    private_appositions,
    private_noun_role,
)

DEMONYMS = {
    ("filipino",): Demonym("Filipino", "PHL", "adj"),
    ("indian",): Demonym("Indian", "IND", "adj"),
    ("brazilian",): Demonym("Brazilian", "BRA", "adj"),
    ("filipinos",): Demonym("Filipinos", "PHL", "people"),
}


def _private(
    text: str, name: str, **kw: object
) -> tuple[str | None, str | None, list[str]]:
    d = actor_draft(name, "person", **kw)  # type: ignore[arg-type]
    private_appositions([d], text, DEMONYMS)
    return d.sector, d.country, d.roles


def test_private_people_an_age_alone_makes_a_private_person() -> None:
    assert _private("Mia Teixeira, 47, said the water rose.", "Mia Teixeira") == (
        "CVL",
        None,
        [],
    )
    assert _private(
        "Ray Teo, 58, a logistics manager in Tampines, said so.", "Ray Teo"
    )[::2] == ("CVL", ["logistics manager"])
    assert _private("Rana Haddad, a 41-year-old pharmacist, said so.", "Rana Haddad")[
        ::2
    ] == ("CVL", ["41-year-old pharmacist"])


def test_private_people_an_age_leaves_people_the_tables_know_alone() -> None:
    # an officeholder the people tables know is no private person by age
    assert _private("Jo Biden, 81, said so.", "Jo Biden", kb_id="Q6279")[0] is None
    # a sector from elsewhere stays
    assert _private("Al Vance, 40, said so.", "Al Vance", sector="GOV")[0] == "GOV"


def test_private_people_a_year_or_a_number_is_no_age() -> None:
    assert _private("Kim Lee, 2024, said so.", "Kim Lee")[0] is None
    assert _private("Kim Lee, a year later, said so.", "Kim Lee")[0] is None


def test_private_people_knowledge_nouns_mark_private_people() -> None:
    assert {"engineer", "dentist", "landowner"} <= PRIVATE_NOUNS
    text = ", an Indian software engineer working in Texas, said"
    assert private_noun_role(text, 0) == "Indian software engineer"
    # the noun must be the apposition's, before a preposition
    assert private_noun_role(", a lawyer for the engineer, said", 0) is None
    assert private_noun_role(", the engineer, said", 0) is None


def test_private_people_a_nationality_word_gives_the_country() -> None:
    text = "Rog Dantes, a Filipino fisherman from Zambales, said so."
    assert _private(text, "Rog Dantes") == ("CVL", "PHL", ["Filipino fisherman"])
    text = "Ana Verma, an Indian software engineer working in Texas, said so."
    assert _private(text, "Ana Verma")[:2] == ("CVL", "IND")
    # a country already known stays
    text = "Ana Verma, an Indian engineer, said so."
    assert _private(text, "Ana Verma", country="USA")[1] == "USA"


def test_private_people_demonym_country_needs_one_adjective() -> None:
    assert demonym_country("52-year-old Brazilian teacher", DEMONYMS) == "BRA"
    assert demonym_country("Brazilian-Indian teacher", DEMONYMS) is None
    assert demonym_country("Indian Brazilian teacher", DEMONYMS) is None
    assert demonym_country("Filipinos teacher", DEMONYMS) is None
    assert demonym_country("", DEMONYMS) is None
