"""A source that counts the people just named by its coordinated modifiers."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from whosaid.speakers.counted import _count


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.blank("en")


def _counted(nlp: Any, text: str) -> int | None:
    return _count(list(nlp(text)))


def test_coordinated_modifiers_count_one_person_each(nlp: Any) -> None:
    assert _counted(nlp, "the Conservative and Liberal Democrat leaders") == 2
    assert _counted(nlp, "the French, German and Polish foreign ministers") == 3
    # the counting words keep their reading
    assert _counted(nlp, "the two leaders") == 2
    assert _counted(nlp, "Both men") == 2


def test_no_count_without_coordinated_names_before_a_people_noun(nlp: Any) -> None:
    assert _counted(nlp, "the Conservative leaders") is None  # one modifier
    assert _counted(nlp, "the Conservative and Labour parties") is None
    assert _counted(nlp, "the old and new leaders") is None  # lower case
    assert _counted(nlp, "Conservative and Labour leaders") is None  # no "the"
    assert _counted(nlp, "the Greens, Labour, Conservative leaders") is None
