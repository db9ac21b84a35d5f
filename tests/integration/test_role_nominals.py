"""Role nominals with a capitalised modifier, through the whole pipeline.

"The Conservative leader" names the party leader whose titles hold
"conservative" (``speakers.definites.mods_holder``); other roles keep the
person the story is about: "The Republican governor" after Gov. Ron DeSantis
spoke is DeSantis, not another Republican governor named later.
"""

from __future__ import annotations

import pytest

import whosaid

pytestmark = pytest.mark.model

TWO_GOVERNORS = (
    "Flights row deepens\n\n"
    "TALLAHASSEE — Gov. Ron DeSantis on Thursday defended the flights, and said "
    "more would come.\n\n"
    "The Republican governor said the flights were paid for with state money.\n\n"
    "Massachusetts Gov. Charlie Baker, also a Republican, said the state would "
    "help the migrants.\n"
)


def test_a_party_word_keeps_the_governor_the_story_is_about() -> None:
    article = whosaid.process(TWO_GOVERNORS, date="2022-09-15")

    def speaker_of(content_start: str) -> str | None:
        (found,) = [
            a
            for a in article.attributions
            if a.content[0].text.startswith(content_start)
        ]
        return found.speaker.name if found.speaker else None

    assert speaker_of("the flights were paid") == "Ron DeSantis"
    assert speaker_of("the state would help") == "Charlie Baker"
