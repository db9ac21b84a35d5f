"""A speaker named by a body noun alone is the article's nameless actor of
that noun (issue #9 item 1, rename32)."""

from __future__ import annotations

from whosaid.actors.body_noun_links import body_noun_actor, body_noun_name
from whosaid.actors.model import ActorDraft
from whosaid.records import Span, Speaker

TEXT = "A police spokesman denied it."


def _speaker(name: str | None) -> Speaker:
    return Speaker(name=name, mention=Span.of(TEXT, 0, 18), resolved_by="unresolved")


def _draft(name: str, type: str = "government", kb_id: str | None = None) -> ActorDraft:
    return ActorDraft(
        key=(name.lower(),),
        name=name,
        type=type,
        country="MNG",
        igo=None,
        sector="COP",
        code="MNGCOP",
        mentions=[(100, 110)],
        kb_id=kb_id,
    )


def test_a_body_noun_names_the_body() -> None:
    assert body_noun_name(_speaker("Police")) == "police"
    assert body_noun_name(_speaker("Tom Police")) is None
    assert body_noun_name(_speaker(None)) is None


def test_the_speaker_gets_the_nameless_body_of_its_noun() -> None:
    police = _draft("Police")
    assert body_noun_actor(_speaker("Police"), [_draft("Army"), police]) is police


def test_no_actor_when_two_bodies_share_the_noun_or_knowledge_names_it() -> None:
    assert (
        body_noun_actor(_speaker("Police"), [_draft("Police"), _draft("police")])
        is None
    )
    assert body_noun_actor(_speaker("Police"), [_draft("Police", kb_id="Q1")]) is None
    assert (
        body_noun_actor(_speaker("Police"), [_draft("Police", type="person")]) is None
    )
