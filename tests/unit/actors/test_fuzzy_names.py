"""The date-aware fallback link for names the people tables know under
another form (:mod:`whosaid.actors.fuzzy_names`)."""

from __future__ import annotations

from whosaid.actors.fuzzy_names import fuzzy_link, given_name_score, name_words
from whosaid.actors.linking import link_people
from whosaid.actors.model import ActorDraft
from whosaid.actors.people import Office, People


def _people() -> People:
    people = People()
    people.extra_offices = {
        "menem": [
            Office("ARG", None, "GOV", "President", "1989-07-08", "1999-12-10", "t")
        ],
        "zeroual": [
            Office("DZA", None, "GOV", "President", "1994-01-31", "1999-04-27", "t")
        ],
        "haitham": [
            Office("OMN", None, "GOV", "Sultan of Oman", "2020-01-11", "", "t")
        ],
        "buhari": [
            Office("NGA", None, "GOV", "President", "2015-05-29", "2023-05-29", "t")
        ],
        "ahmed1": [
            Office("EGY", None, "GOV", "Minister of Finance", "2010-01-01", "", "t")
        ],
        "ahmed2": [
            Office("SDN", None, "GOV", "Minister of Health", "2010-01-01", "", "t")
        ],
    }
    people.add("menem", "Carlos Saul Menem", ["carlos saul menem"], True)
    people.add("zeroual", "Lamine Zeroual", ["lamine zeroual"], True)
    people.add(
        "haitham", "Haitham bin Tarik Al Said", ["haitham bin tarik al said"], True
    )
    people.add("buhari", "Muhammadu Buhari", ["muhammadu buhari"], True)
    people.add("ahmed1", "Omar Hassan Ahmed", ["omar hassan ahmed"], False)
    people.add("ahmed2", "Omar Hussein Ahmed", ["omar hussein ahmed"], False)
    return people


def test_a_missing_middle_name_links_on_the_date() -> None:
    link = fuzzy_link(_people(), "Carlos Menem", "1995-05-01", roles=["President"])
    assert link is not None and (link.country, link.sector) == ("ARG", "GOV")


def test_a_transliterated_given_name_and_an_accent_link() -> None:
    link = fuzzy_link(_people(), "Liamine Zéroual", "1996-01-01", roles=["President"])
    assert link is not None and link.person.id == "zeroual"
    link = fuzzy_link(_people(), "Muhammad Buhari", "2017-01-01", roles=["president"])
    assert link is not None and link.person.id == "buhari"


def test_a_near_given_name_needs_the_title_to_agree() -> None:
    assert fuzzy_link(_people(), "Muhammad Buhari", "2017-01-01") is None
    assert (
        fuzzy_link(_people(), "Muhammad Buhari", "2017-01-01", roles=["Mayor"]) is None
    )


def test_a_title_none_of_the_offices_is_and_a_later_office_do_not_link() -> None:
    assert (
        fuzzy_link(_people(), "Carlos Menem", "1995-05-01", roles=["senator"]) is None
    )
    assert fuzzy_link(_people(), "Carlos Menem", "1980-05-01") is None


def test_a_hyphenated_given_name_stays_one_word() -> None:
    people = _people()
    people.extra_offices["liu"] = [
        Office("MYS", None, "GOV", "Minister", "2010-01-01", "", "t")
    ]
    people.add("liu", "Liu Shih-fang", ["liu shih fang"], False)
    assert fuzzy_link(people, "Liu Fang", "2012-01-01") is None
    assert name_words("Musaed al-Aiban") == ["musaed", "al", "aiban"]


def test_a_title_kept_in_the_name_and_a_spelling_of_the_surname_link() -> None:
    link = fuzzy_link(_people(), "Sultan Haitham bin Tariq", "2021-01-01")
    assert link is not None and link.person.id == "haitham"


def test_another_given_name_or_a_middle_name_found_nowhere_does_not_link() -> None:
    assert fuzzy_link(_people(), "Raul Menem", "1995-05-01") is None
    assert fuzzy_link(_people(), "Carlos Alberto Menem", "1995-05-01") is None


def test_two_candidates_of_other_codes_are_no_link() -> None:
    assert fuzzy_link(_people(), "Omar Ahmed", "2012-01-01") is None


def test_a_title_both_offices_share_breaks_no_tie() -> None:
    link = fuzzy_link(_people(), "Omar Ahmed", "2012-01-01", roles=["Finance Minister"])
    assert link is None  # "finance" is no title word: still a tie
    link = fuzzy_link(_people(), "Omar H. Ahmed", "2012-01-01", roles=["Minister"])
    assert link is None  # both are ministers


def test_the_country_the_text_gives_restricts_the_candidates() -> None:
    assert fuzzy_link(_people(), "Carlos Menem", "1995-05-01", country="CHL") is None
    link = fuzzy_link(_people(), "Omar Ahmed", "2012-01-01", country="SDN")
    assert link is not None and link.person.id == "ahmed2"


def test_a_surname_alone_is_never_looked_up() -> None:
    assert fuzzy_link(_people(), "Menem", "1995-05-01") is None


def test_a_middle_name_is_no_surname_but_a_spanish_first_surname_is() -> None:
    people = _people()
    people.extra_offices["marrero"] = [
        Office("CUB", None, "GOV", "Prime Minister", "2019-12-21", "", "t")
    ]
    people.add("marrero", "Manuel Marrero Cruz", ["manuel marrero cruz"], True)
    people.extra_offices["jpc"] = [
        Office("SWZ", None, "GOV", "Minister", "2008-01-01", "", "t")
    ]
    people.add("jpc", "John Philip Carmichael", ["john philip carmichael"], False)
    assert fuzzy_link(people, "John Filip", "2011-01-14", roles=["Minister"]) is None
    link = fuzzy_link(people, "Manuel Marrero", "2023-01-01")
    assert link is not None and link.person.id == "marrero"


def test_given_name_scores() -> None:
    assert given_name_score("carlos", "carlos") == 3
    assert given_name_score("mohammed", "muhammad") == 2
    assert given_name_score("liamine", "lamine") == 2
    assert given_name_score("mahmoud", "mohamed") == 0
    assert given_name_score("ali", "alo") == 0  # too short to guess


def test_name_words_drop_titles_and_the_okina() -> None:
    assert name_words("ʻAkilisi Pōhiva") == ["akilisi", "pohiva"]
    assert name_words("Sheikh Tamim Al Thani") == ["tamim", "al", "thani"]


def test_link_people_codes_the_person_and_keeps_the_texts_name() -> None:
    text = "President Carlos Menem said on Monday that the peso would hold."
    d = ActorDraft(
        key=("person", "carlos menem"),
        name="Carlos Menem",
        type="person",
        country=None,
        igo=None,
        sector="GOV",
        code=None,
        mentions=[(10, 22)],
        sources=["ner"],
        roles=["President"],
    )
    link_people([d], _people(), "1995-05-01", text)
    assert (d.country, d.sector, d.kb_id, d.name) == (
        "ARG",
        "GOV",
        "menem",
        "Carlos Menem",
    )


def test_a_family_name_first_name_links_with_its_given_name_spelled_otherwise() -> None:
    people = People()
    people.extra_offices = {
        "kang": [
            Office(
                "KOR",
                None,
                "GOV",
                "Minister of Foreign Affairs",
                "2017-06-18",
                "2021-02-08",
                "t",
            )
        ],
    }
    people.add("kang", "Kang Kyung-hwa", ["kang kyung hwa"], False)
    link = fuzzy_link(
        people, "Kang Kyung-wha", "2019-08-22", roles=["Foreign Minister"]
    )
    assert link is not None and link.person.id == "kang"
    assert fuzzy_link(people, "Kang Kyung-wha", "2019-08-22") is None  # no title
    assert (
        fuzzy_link(people, "Kang Min-soo", "2019-08-22", roles=["Foreign Minister"])
        is None
    )
