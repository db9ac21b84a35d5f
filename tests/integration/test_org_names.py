"""Organization names keep the proper nouns NER holds before them."""

from __future__ import annotations

import pytest

import whosaid


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Sudan Doctors Network said at least 40 civilians were killed.",
            "Sudan Doctors Network",
            "SDNNGO",
        ),
        (
            "The Samoa Fishing Association said the quota was unfair.",
            "Samoa Fishing Association",
            "WSMNGO",
        ),
    ],
)
def test_org_name_keeps_its_country_word(text: str, name: str, code: str) -> None:
    article = whosaid.process(text)
    (attribution,) = article.attributions
    assert attribution.speaker is not None
    assert attribution.speaker.name == name
    assert attribution.speaker.code == code
