"""Names NER takes for persons that name things or are headline fragments."""

from __future__ import annotations

import pytest

from whosaid.entities.name_shape import not_a_person_name

TRUMP = {"trump"}


@pytest.mark.parametrize(
    ("words", "tags", "surnames"),
    [
        (["Trump", "Tower"], [], set()),  # a building's head noun
        (["Trump", "Shuttle"], [], set()),  # a company's
        (["Nobel", "Prize"], [], set()),
        (["Trump", "Revealed"], ["NNP", "VBN"], set()),  # a book title: a verb
        (["Trump", "Taj", "Mahal"], ["NNP", "NNP", "NNP"], TRUMP),
        (["Endorsed", "Trump"], ["NNP", "NNP"], TRUMP),  # a headline fragment
    ],
)
def test_things_and_headline_fragments_are_no_persons(
    words: list[str], tags: list[str], surnames: set[str]
) -> None:
    assert not_a_person_name(words, tags, surnames)


@pytest.mark.parametrize(
    ("words", "tags", "surnames"),
    [
        (["Ivanka", "Trump"], ["NNP", "NNP"], TRUMP),
        (["Lee", "Jae-myung"], ["NNP", "NNP"], {"lee"}),  # a hyphenated given name
        (["Mohammed", "Trump"], ["NNP", "NNP"], TRUMP),  # a listed first name
        (["Donald", "Trump"], [], set()),
        (["Trump"], [], TRUMP),  # one word: never judged here
    ],
)
def test_names_stay_names(
    words: list[str], tags: list[str], surnames: set[str]
) -> None:
    assert not not_a_person_name(words, tags, surnames)
