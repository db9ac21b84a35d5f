"""Title words that decide a person's sector over the knowledge tables."""

from __future__ import annotations

import pytest

import whosaid

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence",
    [
        "LONDON — Labour's shadow home secretary Yvette Cooper said the plan failed.",
        "LONDON — The shadow chancellor, Rachel Reeves, said the plan had failed.",
        "LONDON — Shadow Chancellor Rachel Reeves said the plan had failed.",
    ],
)
def test_a_shadow_minister_is_opposition(sentence: str) -> None:
    # Rachel Reeves was Chancellor from 2024; in 2023 she spoke for the opposition
    article = whosaid.process(sentence + "\n", date="2023-12-12")
    speaker = article.attributions[0].speaker
    assert speaker is not None
    assert speaker.code == "GBROPP", [(a.name, a.code) for a in article.actors]
