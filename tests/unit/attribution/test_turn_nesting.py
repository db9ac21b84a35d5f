"""Attributions reported inside a transcript turn stand beside the turn."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.attribution.candidates import METHOD, TRANSCRIPT_METHOD, Candidate
from whosaid.attribution.overlaps import (
    _in_a_question,
    in_turns,
    nested_in_turns,
    no_skipping,
    resolve_overlaps,
)

# "TOTENBERG : Pretty far . Roberts said the programs failed . I think he
#  is right . Did he say why ?"
WORDS = [
    "TOTENBERG", ":", "Pretty", "far", ".", "Roberts", "said", "the",
    "programs", "failed", ".", "I", "think", "he", "is", "right", ".",
    "Did", "he", "say", "why", "?",
]  # fmt: skip
SENT_STARTS = [1 if i in {0, 2, 5, 11, 17} else 0 for i in range(len(WORDS))]
TURN_CONTENT = list(range(2, 22))


@pytest.fixture(scope="module")
def doc() -> Any:
    return Doc(spacy.blank("en").vocab, words=WORDS, sent_starts=SENT_STARTS)


def _turn() -> Candidate:
    return Candidate(
        cue=[1],
        source=[[0]],
        content=[TURN_CONTENT],
        confidence=0.9,
        method=TRANSCRIPT_METHOD,
    )


def _said(confidence: float = 0.8) -> Candidate:
    return Candidate(cue=[6], source=[[5]], content=[[7, 8, 9]], confidence=confidence)


def test_cues_inside_a_turn_are_found() -> None:
    outside = Candidate(cue=[0], source=[], content=[[2, 3]], confidence=0.5)
    turn, said = _turn(), _said()
    assert in_turns([turn, said, outside], [turn]) == [said]
    assert in_turns([said], []) == []


def test_a_report_in_a_turn_nests_beside_it(doc: Any) -> None:
    turn, said = _turn(), _said()
    kept = resolve_overlaps([turn])
    nested = nested_in_turns(doc, [said], kept)
    assert [(c.cue, c.source, c.content) for c in nested] == [([6], [[5]], [[7, 8, 9]])]
    # the turn keeps its whole content
    assert kept[0].content == [TURN_CONTENT]
    # without nesting the turn takes the tokens: the report is lost
    assert [c.method for c in resolve_overlaps([turn, said])] == [TRANSCRIPT_METHOD]


def test_nested_reports_share_no_token_and_keep_to_their_turn(doc: Any) -> None:
    turn = _turn()
    turn.content = [list(range(2, 9))]  # the turn ends at "programs"
    kept = resolve_overlaps([turn])
    strong, weak = _said(0.8), _said(0.5)
    weak.cue = [7]
    weak.source = [[5]]
    nested = nested_in_turns(doc, [strong, weak], kept)
    # "failed" lies outside the turn; the weaker candidate's cue is taken
    assert [(c.cue, c.content) for c in nested] == [([6], [[7, 8]])]


def test_no_nesting_without_a_source_of_its_own(doc: Any) -> None:
    kept = resolve_overlaps([_turn()])
    think = Candidate(cue=[12], source=[[11]], content=[[13, 14, 15]], confidence=0.8)
    sourceless = Candidate(cue=[6], source=[], content=[[7, 8, 9]], confidence=0.8)
    assert nested_in_turns(doc, [think, sourceless], kept) == []


def test_no_nesting_in_a_question(doc: Any) -> None:
    assert _in_a_question(doc, 19)
    assert not _in_a_question(doc, 6)
    kept = resolve_overlaps([_turn()])
    say = Candidate(cue=[19], source=[[18]], content=[[20]], confidence=0.8)
    assert nested_in_turns(doc, [say], kept) == []


def test_no_nesting_outside_a_kept_turn(doc: Any) -> None:
    other = Candidate(cue=[1], source=[[0]], content=[[2, 3]], confidence=0.9)
    other.method = METHOD
    assert nested_in_turns(doc, [_said()], [other]) == []


def test_a_turn_keeps_its_paragraphs_past_a_nested_cue() -> None:
    # the turn's three paragraphs (0, 1 and 2) with a cue quoted in paragraph 1
    feats = SimpleNamespace(para_idx=[0] * 5 + [1] * 12 + [2] * 5)
    turn = Candidate(
        cue=[1],
        source=[[0]],
        content=[[2, 3], list(range(5, 17)), list(range(17, 22))],
        confidence=0.9,
        method=TRANSCRIPT_METHOD,
    )
    tagged = Candidate(
        cue=[1], source=[[0]], content=[[2, 3], [18, 19]], confidence=0.8
    )
    no_skipping([turn, tagged, _said()], feats)  # type: ignore[arg-type]
    assert turn.content == [[2, 3], list(range(5, 17)), list(range(17, 22))]
    # another attribution's part past that cue in another paragraph goes
    assert tagged.content == [[2, 3]]
