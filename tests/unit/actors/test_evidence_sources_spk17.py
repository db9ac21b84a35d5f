"""Evidence sources name themselves (issue #9): "according to court
documents" is the documents', not the court's actor, however the actors
stage read "court"."""

from __future__ import annotations

from tests.factories import make_attribution

from whosaid.actors.model import ActorDraft
from whosaid.actors.speaker_links import link_speakers
from whosaid.records import Span, Speaker

TEXT = "The firm knew about the leak, according to court documents."


def _court() -> ActorDraft:
    at = TEXT.index("court")
    return ActorDraft(
        key=("body", "", "", "JUD", "court"), name="Court", type="government",
        country=None, igo=None, sector="JUD", code="JUD", mentions=[(at, at + 5)],
    )  # fmt: skip


def _source(phrase: str) -> Span:
    at = TEXT.index(phrase)
    return Span.of(TEXT, at, at + len(phrase))


def test_an_evidence_phrase_is_linked_to_no_actor() -> None:
    src = _source("court documents")
    speaker = Speaker(name="court documents", mention=src, resolved_by="unresolved")
    a = make_attribution(id="t:a0", source=(src,), speaker=speaker, confidence=1.0)
    assert link_speakers([_court()], [a]) == [None]


def test_the_body_itself_is_still_linked() -> None:
    src = _source("court")
    speaker = Speaker(name="court", mention=src, resolved_by="unresolved")
    a = make_attribution(id="t:a0", source=(src,), speaker=speaker, confidence=1.0)
    court = _court()
    assert link_speakers([court], [a]) == [court]
