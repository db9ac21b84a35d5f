"""Multi-word office titles before a name are not part of it (issue #9):
police, military and agency offices ("Assistant Chief Constable", "USAID
Administrator", "Detective Superintendent") are cut as other titles are."""

from __future__ import annotations

import pytest

from whosaid.entities.lexicon import ROLE_NOUNS, TITLES
from whosaid.entities.name_spans import person_after_title, strip_titles


def _cut(text: str) -> str:
    start, end = person_after_title(text, 0, len(text), ROLE_NOUNS)
    start, end = strip_titles(text, start, end, ROLE_NOUNS)
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Assistant Chief Constable Lindsey Butterfield", "Lindsey Butterfield"),
        ("Chief Constable Lindsey Butterfield", "Lindsey Butterfield"),
        ("Constable Lindsey Butterfield", "Lindsey Butterfield"),
        (
            "U.S. Agency for International Development Administrator Samantha Power",
            "Samantha Power",
        ),
        ("Detective Superintendent Mark Hall", "Mark Hall"),
        ("Police Commissioner Ana Silva", "Ana Silva"),
        ("Brigadier General Ana Silva", "Ana Silva"),
        ("Sheriff Ana Silva", "Ana Silva"),
        ("NASA Administrator Bill Nelson", "Bill Nelson"),
        ("Police Superintendent Kwame Asante", "Kwame Asante"),
        ("Chief Superintendent Lisa Brown", "Lisa Brown"),
        # a second office run after the body's title
        (
            "Crown Prosecution Service Chief Crown Prosecutor Lionel Idan",
            "Lionel Idan",
        ),
        # an honorific ends the cutting: the words after it are the name
        ("COP28 President Dr Sultan Al Jaber", "Sultan Al Jaber"),
    ],
)
def test_an_office_title_run_is_cut_from_the_name(text: str, name: str) -> None:
    assert _cut(text) == name


def test_the_new_office_titles_are_titles() -> None:
    offices = {"constable", "superintendent", "administrator", "sergeant", "chief"}
    assert offices <= TITLES


def test_a_title_alone_keeps_its_words() -> None:
    # a title is never cut to nothing
    assert _cut("Constable") == "Constable"
    assert _cut("Chief Constable") == "Constable"  # one word is always left
