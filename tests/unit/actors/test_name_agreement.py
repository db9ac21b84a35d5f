"""A full name in the text is never replaced by a knowledge name whose
words differ (issue #9 item 4, rename32)."""

from __future__ import annotations

import pytest

from whosaid.actors.name_agreement import another_persons_name, same_word


@pytest.mark.parametrize(
    ("text_name", "label"),
    [
        ("Kim Hyo-jin", "Kim Jin-pyo"),
        ("Anna Berg", "Maria Berg"),
    ],
)
def test_a_label_with_other_words_is_another_person(text_name: str, label: str) -> None:
    assert another_persons_name(text_name, label)


@pytest.mark.parametrize(
    ("text_name", "label"),
    [
        ("Mir Hossein Moussavi", "Mir-Hossein Mousavi"),  # spelling variants
        ("Carlos Menem", "Carlos Saul Menem"),  # the label has more words
        ("Hillary Rodham Clinton", "Hillary Clinton"),  # the text has more
        ("Muhammad Buhari", "Muhammadu Buhari"),
        ("Liamine Zeroual", "Liamine Zéroual"),
        ("Moon Jae-in", "Moon Jae-in"),
        ("J. Biden", "Joe Biden"),  # an initial
        ("Berg", "Anna Berg"),  # one word says too little
        ("F.W. de Klerk", "Frederik W. De Klerk"),  # dotted initials
        ("al-Ahmad al-Sabah", "Sabah Al-Khalid Al-Sabah"),  # no given name
    ],
)
def test_the_same_persons_names(text_name: str, label: str) -> None:
    assert not another_persons_name(text_name, label)


def test_same_word() -> None:
    assert same_word("moussavi", "mousavi")
    assert same_word("alex", "alexander")
    assert not same_word("hyojin", "jinpyo")
