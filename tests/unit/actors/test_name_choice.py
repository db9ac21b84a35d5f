"""The actor stage keeps the speaker stage's fuller proper name of a body
(issue #9 items 1 and 4, rename32)."""

from __future__ import annotations

import dataclasses

from tests.factories import make_actor

from whosaid.actors.linked_speaker_names import speaker_for_actor
from whosaid.actors.name_choice import common_possessor_added, joined_proper_name
from whosaid.records import Span, Speaker


def _span(word: str, text: str) -> Span:
    at = text.index(word)
    return Span.of(text, at, at + len(word))


def _speaker(name: str, text: str, how: str = "nominal") -> Speaker:
    return Speaker(name=name, mention=_span(name, text), resolved_by=how)


def _body(name: str, mention: str, text: str) -> object:
    return make_actor(name=name, type="other", mentions=(_span(mention, text),))


COUNCIL = "the National Peace and Order Maintaining Council said"


def test_a_name_joined_by_and_is_kept_whole() -> None:
    speaker = _speaker("National Peace and Order Maintaining Council", COUNCIL)
    actor = _body("Order Maintaining Council", "Order Maintaining Council", COUNCIL)
    assert joined_proper_name(speaker, actor)  # type: ignore[arg-type]
    named, renamed = speaker_for_actor(speaker, actor)  # type: ignore[arg-type]
    assert named.name == renamed.name == "National Peace and Order Maintaining Council"


def test_two_names_joined_by_and_need_capitals_before_the_and() -> None:
    text = "the unions and Order Maintaining Council said"
    speaker = _speaker("unions and Order Maintaining Council", text)
    actor = _body("Order Maintaining Council", "Order Maintaining Council", text)
    assert not joined_proper_name(speaker, actor)  # type: ignore[arg-type]


def test_a_knowledge_body_keeps_its_name() -> None:
    speaker = _speaker("National Peace and Order Maintaining Council", COUNCIL)
    actor = make_actor(name="Order Maintaining Council", type="other")
    linked = dataclasses.replace(actor, kb_id="Q1")
    assert not joined_proper_name(speaker, linked)


COMMITTEE = "the bank's Monetary Policy Committee said"


def test_a_common_noun_possessor_is_no_part_of_the_name() -> None:
    speaker = _speaker("Monetary Policy Committee", COMMITTEE, "appositive")
    actor = _body(
        "Bank's Monetary Policy Committee",
        "bank's Monetary Policy Committee",
        COMMITTEE,
    )
    assert common_possessor_added(speaker, actor)  # type: ignore[arg-type]
    named, renamed = speaker_for_actor(speaker, actor)  # type: ignore[arg-type]
    assert named.name == renamed.name == "Monetary Policy Committee"


def test_a_proper_possessor_stays() -> None:
    text = "Sudan's Foreign Ministry said"
    speaker = _speaker("Foreign Ministry", text, "appositive")
    actor = _body("Sudan's Foreign Ministry", "Sudan's Foreign Ministry", text)
    assert not common_possessor_added(speaker, actor)  # type: ignore[arg-type]
