"""The guarded link of shortened or respelled full names
(:mod:`whosaid.actors.name_subsets`)."""

from __future__ import annotations

from whosaid.actors.name_subsets import ordered_subset, subset_link, vowel_variant
from whosaid.actors.people import Office, People


def _office(country: str, office: str, start: str, end: str = "") -> Office:
    return Office(country, None, "GOV", office, start, end, "t")


def _people() -> People:
    people = People()
    people.extra_offices = {
        "auf": [_office("SDN", "Minister of Defence", "2015-01-01", "2019-04-12")],
        "porras": [_office("GTM", "Attorney General", "2018-05-17")],
        "dbeibeh": [_office("LBY", "Prime Minister", "2021-03-15")],
        "shamsa": [_office("ARE", "Spouse of the President", "2004-11-03")],
        "smith1": [_office("USA", "Senator", "2001-01-01")],
        "smith2": [_office("GBR", "Minister of Health", "2001-01-01")],
    }
    people.add("auf", "Ahmed Awad Ibn Auf", ["ahmed awad ibn auf"], False)
    people.add("porras", "María Consuelo Porras", ["maria consuelo porras"], False)
    people.add("dbeibeh", "Abdulhamid Dbeibeh", ["abdulhamid dbeibeh"], True)
    people.add(
        "shamsa",
        "Shamsa bint Suhail Al Mazrouei",
        ["shamsa bint suhail al mazrouei"],
        False,
    )
    people.add("smith1", "John Henry Smith", ["john henry smith"], False)
    people.add("smith2", "John Paul Smith", ["john paul smith"], False)
    return people


def test_vowel_variants_keep_their_consonants() -> None:
    assert vowel_variant("dbeibah", "dbeibeh")
    assert vowel_variant("botchuei", "botchuai")
    assert not vowel_variant("isa", "eisa")  # too few consonants to tell
    assert not vowel_variant("mohamed", "mahmud")


def test_ordered_subsets() -> None:
    assert ordered_subset(["consuelo", "porras"], ["maria", "consuelo", "porras"])
    assert ordered_subset(["j", "smith"], ["john", "henry", "smith"])
    assert ordered_subset(["abdulhamid", "dbeibah"], ["abdulhamid", "dbeibeh"])
    assert not ordered_subset(["porras", "consuelo"], ["maria", "consuelo", "porras"])
    assert not ordered_subset(["consuelo", "perez"], ["maria", "consuelo", "porras"])
    assert not ordered_subset(["porras"], ["maria", "consuelo", "porras"])
    # two words respelled: another name
    assert not ordered_subset(["obeid", "daghr"], ["obaid", "dagher"])


def test_a_dropped_first_name_links_one_officeholder() -> None:
    link = subset_link(_people(), "Consuelo Porras", "2020-01-01")
    assert link is not None and link.person.id == "porras"
    assert subset_link(_people(), "Consuelo Porras", "2010-01-01") is None  # no office


def test_a_respelled_surname_links() -> None:
    link = subset_link(_people(), "Abdulhamid Dbeibah", "2023-09-12")
    assert link is not None and link.country == "LBY"


def test_two_people_with_the_name_link_no_one() -> None:
    assert subset_link(_people(), "John Smith", "2020-01-01") is None


def test_a_father_after_bin_is_not_the_person() -> None:
    assert subset_link(_people(), "Suhail al-Mazrouei", "2014-11-27") is None


def test_a_contradicting_title_or_country_links_no_one() -> None:
    people = _people()
    assert subset_link(people, "Consuelo Porras", "2020-01-01", country="MEX") is None
    assert (
        subset_link(people, "Consuelo Porras", "2020-01-01", roles=["ambassador"])
        is None
    )


def test_initials_and_a_surname_link_no_one() -> None:
    people = _people()
    people.extra_offices["singh"] = [_office("MYS", "Senator", "2001-01-01")]
    people.add("singh", "Vell Karpal Singh", ["vell karpal singh"], False)
    assert subset_link(people, "V. K. Singh", "2011-01-01") is None
