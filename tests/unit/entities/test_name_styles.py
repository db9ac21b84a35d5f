"""Styles and honorifics opening a personal name (``data/name_styles.txt``)."""

from __future__ import annotations

import pytest

from whosaid.entities.name_styles import (
    follows_style,
    leading_style_words,
    opening_style,
    strip_styles,
)


def _stripped(text: str, known: frozenset[str] = frozenset()) -> str:
    start, end = strip_styles(text, 0, len(text), known.__contains__)
    return text[start:end]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Datuk Seri Ahmad Fadil Shamsuddin", "Ahmad Fadil Shamsuddin"),
        ("Tan Sri Acryl Sani Abdullah Sani", "Acryl Sani Abdullah Sani"),
        ("Datuk Seri Dr Ahmad Zahid Hamidi", "Ahmad Zahid Hamidi"),
        ("Dato’ Sri Mohd Najib Razak", "Mohd Najib Razak"),
        ("Alhaji Atiku Abubakar", "Atiku Abubakar"),
        ("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
        ("Shri Narendra Modi", "Narendra Modi"),
        ("Smt. Droupadi Murmu", "Droupadi Murmu"),
        ("Khun Chuan Leekpai", "Chuan Leekpai"),
        ("Prof Dr Zulkifli Abdul Rahman", "Zulkifli Abdul Rahman"),
    ],
)
def test_styles_open_no_name(name: str, bare: str) -> None:
    assert _stripped(name) == bare


@pytest.mark.parametrize(
    "name",
    [
        "Sheikh Hasina",  # one word would be left: the style is her name's
        "Datuk Seri Ahmad",  # a lone "Ahmad" links to any Ahmad
        "Sri Mulyani Indrawati",  # "Sri" alone is a given name
        "Tan Kin Lian",  # "Tan" alone is a surname
        "Chaudhry Nisar Ali Khan",  # South Asian surnames stay
        "Mian Nawaz Sharif",
        "Nana Addo Dankwa Akufo-Addo",
        "Ahmad Fadil Shamsuddin",
    ],
)
def test_names_keep_words_that_are_no_style_here(name: str) -> None:
    assert _stripped(name) == name


def test_a_name_the_knowledge_knows_with_its_style_keeps_it() -> None:
    full = "Sheikh Mohammed bin Rashid"
    assert _stripped(full, frozenset({full})) == full
    assert _stripped(full) == "Mohammed bin Rashid"


def test_style_counts() -> None:
    assert leading_style_words(["Datuk", "Seri", "Dr", "Ahmad", "Zahid", "Hamidi"]) == 3
    assert leading_style_words(["Tan", "Sri", "Muhyiddin"]) == 0
    assert opening_style(["Tan", "Sri", "Muhyiddin"]) == 2
    assert opening_style(["Tan", "Kin", "Lian"]) == 0


def test_a_name_after_a_style() -> None:
    text = "Police Tan Sri Acryl Sani said"
    assert follows_style(text, text.index("Acryl"))
    assert not follows_style(text, text.index("Tan"))
    assert not follows_style("Tan\nAcryl Sani", 4)
