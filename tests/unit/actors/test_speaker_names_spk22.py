"""A speaker keeps the name the article gives it (issue #9, session
14): when the actor's final name comes from world knowledge alone ("North
Atlantic Treaty Organisation" for an article that only writes "NATO"), the
speaker is named as the article names it; a person, or a body whose full name
the article writes, takes the actor's name."""

from __future__ import annotations

from tests.factories import make_actor

from whosaid.actors.linked_speaker_names import (
    canonical_speaker_name,
    speaker_for_actor,
)
from whosaid.actors.speaker_phrases import (
    described_group,
    named_only_by_knowledge,
    place_possessed_body,
)
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


def _unresolved(text: str, phrase: str) -> Speaker:
    return Speaker(name=phrase, mention=_mention(text, text), resolved_by="unresolved")


def test_a_described_group_keeps_its_phrase_over_the_part_its_actor_came_from() -> None:
    text = "officials on both sides"
    officials = make_actor(name="Officials", mentions=(_mention("officials", text),))
    assert described_group(_unresolved(text, text), officials) == text
    text = "Israeli and Emirati officials"
    emirati = make_actor(
        name="Emirati officials", mentions=(_mention("Emirati officials", text),)
    )
    named, _ = speaker_for_actor(_unresolved(text, text), emirati)
    assert named.name == text
    assert canonical_speaker_name(named, emirati).name == text
    text = "UN experts"
    un = make_actor(name="United Nations", type="igo", mentions=(_mention("UN", text),))
    assert described_group(_unresolved(text, text), un) == "UN experts"


def test_a_bodys_voice_a_document_or_a_named_body_after_the_head_is_the_actors() -> (
    None
):
    text = "officials at the Pentagon"
    pentagon = make_actor(
        name="Pentagon", type="government", mentions=(_mention("Pentagon", text),)
    )
    assert described_group(_unresolved(text, text), pentagon) is None
    text = "results published by the interior ministry"
    ministry = make_actor(
        name="Interior Ministry",
        type="government",
        mentions=(_mention("interior ministry", text),),
    )
    assert described_group(_unresolved(text, text), ministry) is None
    text = "A Downing Street spokesperson"
    office = make_actor(
        name="Downing Street",
        type="government",
        mentions=(_mention("Downing Street", text),),
    )
    assert described_group(_unresolved(text, text), office) is None
    text = "Ukrainian officials"
    same = make_actor(name="Ukrainian officials", mentions=(_mention(text, text),))
    assert described_group(_unresolved(text, text), same) is None
    resolved = Speaker(name=text, mention=_mention(text, text), resolved_by="name")
    assert described_group(resolved, same) is None


def test_a_places_body_keeps_the_place_over_the_bare_body_noun() -> None:
    text = "Pakistan's military"
    military = make_actor(
        name="Military", type="government", mentions=(_mention("military", text),)
    )
    named, _ = speaker_for_actor(_unresolved(text, text), military)
    assert named.name == "Pakistan's military"
    assert place_possessed_body(_unresolved(text, text), military) == text
    text = "the city's electoral commission"
    commission = make_actor(name="Electoral commission", type="government")
    speaker = _unresolved(text, "city's electoral commission")
    assert place_possessed_body(speaker, commission) is None
    named_body = make_actor(name="Inter-Services Public Relations", type="government")
    assert (
        place_possessed_body(
            _unresolved("Pakistan's military", "Pakistan's military"), named_body
        )
        is None
    )
