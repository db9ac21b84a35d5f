"""A described group keeps its whole phrase (issue #9, session 14) when its
head opens the sentence ("Doctors in small towns"), when lower-case words
stand before the head ("federal and state health officials") and when a
place follows "in" ("Officials in Jerusalem"); a name after another opener
still says whose the group is ("officials at the Pentagon")."""

from __future__ import annotations

from tests.factories import make_actor

from whosaid.actors.linked_speaker_names import speaker_for_actor
from whosaid.actors.speaker_phrases import described_group
from whosaid.records import Span, Speaker


def _mention(word: str, text: str) -> Span:
    at = text.index(word)
    return Span.of(text, at, at + len(word))


def _unresolved(text: str) -> Speaker:
    return Speaker(name=text, mention=_mention(text, text), resolved_by="unresolved")


def test_a_group_opening_a_sentence_keeps_its_phrase() -> None:
    text = "Doctors in small towns"
    doctors = make_actor(name="Doctors", mentions=(_mention("Doctors", text),))
    assert described_group(_unresolved(text), doctors) == text
    named, _ = speaker_for_actor(_unresolved(text), doctors)
    assert named.name == text


def test_lower_case_words_before_the_head_are_the_groups() -> None:
    text = "federal and state health officials"
    state = make_actor(
        name="State health officials",
        mentions=(_mention("state health officials", text),),
    )
    assert described_group(_unresolved(text), state) == text


def test_a_place_after_in_only_says_where_the_group_is() -> None:
    text = "Officials in Jerusalem"
    officials = make_actor(name="Officials", mentions=(_mention("Officials", text),))
    assert described_group(_unresolved(text), officials) == text
    text = "officials at the Pentagon"
    pentagon = make_actor(
        name="Pentagon", type="government", mentions=(_mention("Pentagon", text),)
    )
    assert described_group(_unresolved(text), pentagon) is None


def test_a_possessed_or_singular_head_is_no_described_group() -> None:
    text = "its officials"
    officials = make_actor(name="Officials", mentions=(_mention("officials", text),))
    assert described_group(_unresolved(text), officials) is None
    text = "state health official"
    official = make_actor(name="Official", mentions=(_mention("official", text),))
    assert described_group(_unresolved(text), official) is None
