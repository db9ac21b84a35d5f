"""Name forms and namesakes in people linking (names27): initials written
apart, namesakes of a country the article names, a person known only for
later offices in the country the article names."""

from __future__ import annotations

from whosaid.actors.name_keys import joined_initials
from whosaid.actors.people import Office, People


def test_name_keys_initials_written_apart_are_joined() -> None:
    assert joined_initials("h d deve gowda") == "hd deve gowda"
    assert joined_initials("v k singh") == "vk singh"
    assert joined_initials("j k rowling") == "jk rowling"
    assert joined_initials("george w bush") is None
    assert joined_initials("a b") is None


def _people() -> People:
    people = People()
    people.extra_offices = {
        "esp": [Office("ESP", None, "PTY", "party leader: PSOE", "2017-12", "", "t")],
        "per": [Office("PER", None, "GOV", "", "2008-11-01", "", "t")],
        "fra": [
            Office(
                "AND", None, "GOV", "French Co-Prince", "2012-05-15", "2017-05-14", "t"
            ),
            Office("FRA", None, "GOV", "President", "2012-05-15", "2017-05-14", "t"),
        ],
        "gowda": [
            Office(
                "IND", None, "GOV", "Prime Minister", "1996-06-01", "1997-04-21", "t"
            )
        ],
    }
    people.add("esp", "Pedro Sánchez", ["pedro sanchez"], True)
    people.add("per", "Pedro Sanchez Gamarra", ["pedro sanchez gamarra"], False)
    people.add("fra", "François Hollande", ["francois hollande"], True)
    people.add("gowda", "H.d. Deve Gowda", ["hd deve gowda"], False)
    return people


def test_people_a_namesake_of_a_country_the_article_names_wins() -> None:
    people = _people()
    link = people.link("Pedro Sánchez", "2017-10-27", prefer={"ESP", "FRA"})
    assert link is not None and link.person.id == "esp"
    other = people.link("Pedro Sánchez", "2017-10-27", prefer={"PER"})
    assert other is not None and other.person.id == "per"


def test_people_later_offices_give_the_country_the_article_names() -> None:
    link = _people().link("François Hollande", "2005-05-30", prefer={"FRA"})
    assert link is not None and (link.country, link.office.sector) == ("FRA", None)


def test_people_a_name_with_initials_written_apart_links() -> None:
    link = _people().link("H. D. Deve Gowda", "1996-10-01")
    assert link is not None and link.country == "IND"


def test_fuzzy_a_hereditary_honorific_of_the_tables_name_is_no_given_name() -> None:
    from whosaid.actors.fuzzy_names import fuzzy_link

    people = People()
    people.extra_offices = {
        "smq": [
            Office(
                "PAK",
                None,
                "GOV",
                "Federal Minister of Foreign Affairs",
                "2018-08-20",
                "2022-04-10",
                "t",
            )
        ],
    }
    people.add(
        "smq",
        "Makhdoom Shah Mahmood Hussain Qureshi",
        ["makhdoom shah mahmood hussain qureshi"],
        False,
    )
    link = fuzzy_link(
        people, "Shah Mahmood Qureshi", "2019-08-05", roles=["Foreign Minister"]
    )
    assert link is not None and link.country == "PAK"
