"""A body's speaker keeps the name the article gives it (issue #9, session
14): when the actor's final name comes from world knowledge alone ("North
Atlantic Treaty Organisation" for an article that only writes "NATO"), the
speaker is named as the article names it; a person, or a body whose full name
the article writes, takes the actor's name."""

from __future__ import annotations

from tests.factories import make_actor

from whosaid.actors.speaker_names import canonical_speaker_name, speaker_for_actor
from whosaid.actors.speaker_phrases import named_only_by_knowledge
from whosaid.records import Span, Speaker

TEXT = "NATO leaders met. The declaration said allies would spend more."


def _mention(word: str, text: str = TEXT) -> Span:
    at = text.index(word)
    return Span.of(text, at, at + len(word))


def _speaker(name: str, resolved_by: str = "nominal") -> Speaker:
    return Speaker(name=name, mention=None, resolved_by=resolved_by)  # type: ignore[arg-type]


def test_a_body_the_article_names_only_by_its_acronym_keeps_the_acronym() -> None:
    nato = make_actor(
        name="North Atlantic Treaty Organisation",
        type="igo",
        mentions=(_mention("NATO"),),
    )
    assert named_only_by_knowledge(_speaker("NATO"), nato)
    named, actor = speaker_for_actor(_speaker("NATO"), nato)
    assert named.name == "NATO"
    assert actor.name == "North Atlantic Treaty Organisation"
    assert canonical_speaker_name(_speaker("NATO"), nato).name == "NATO"


def test_a_name_the_article_writes_or_a_persons_name_is_the_actors() -> None:
    text = "The North Atlantic Treaty Organisation (NATO) said it would meet."
    nato = make_actor(
        name="North Atlantic Treaty Organisation",
        type="igo",
        mentions=(
            _mention("North Atlantic Treaty Organisation", text),
            _mention("NATO", text),
        ),
    )
    assert not named_only_by_knowledge(_speaker("NATO"), nato)
    trump = make_actor(name="Donald Trump", mentions=(_mention("NATO"),))
    assert not named_only_by_knowledge(_speaker("NATO", "name"), trump)
    assert speaker_for_actor(_speaker("Trump", "name"), trump)[0].name == "Donald Trump"


def test_a_speaker_name_the_article_never_writes_takes_the_actors() -> None:
    nato = make_actor(
        name="North Atlantic Treaty Organisation",
        type="igo",
        mentions=(_mention("NATO"),),
    )
    assert not named_only_by_knowledge(_speaker("Atlantic alliance"), nato)
