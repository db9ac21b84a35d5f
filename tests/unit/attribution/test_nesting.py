"""Tests for nested attribution candidates (``whosaid.attribution.nesting``)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import ParsedToken, parsed_doc, with_word

from whosaid.attribution.candidates import METHOD, Candidate
from whosaid.attribution.features import doc_features
from whosaid.attribution.nesting import (
    _ByCue,
    according_first,
    adjoined,
    complemented,
    continues_complement,
    cut_adjoined,
    outer_first,
    path_deps,
    reports_often,
    share_sources,
)
from whosaid.attribution.overlaps import resolve_overlaps
from whosaid.attribution.tagging import SURE_CUES

# "He said that she told him it failed ."
_TOLD: list[ParsedToken] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("that", "SCONJ", "IN", "mark", 4),
    ("she", "PRON", "PRP", "nsubj", 4),
    ("told", "VERB", "VBD", "ccomp", 1),
    ("him", "PRON", "PRP", "dobj", 4),
    ("it", "PRON", "PRP", "nsubj", 7),
    ("failed", "VERB", "VBD", "ccomp", 4),
    (".", "PUNCT", ".", "punct", 1),
]

# "He said it failed , adding that it was late ."
_ADDING: list[ParsedToken] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("it", "PRON", "PRP", "nsubj", 3),
    ("failed", "VERB", "VBD", "ccomp", 1),
    (",", "PUNCT", ",", "punct", 1),
    ("adding", "VERB", "VBG", "advcl", 1),
    ("that", "SCONJ", "IN", "mark", 8),
    ("it", "PRON", "PRP", "nsubj", 8),
    ("was", "AUX", "VBD", "ccomp", 5),
    ("late", "ADJ", "JJ", "acomp", 8),
    (".", "PUNCT", ".", "punct", 1),
]


def _with(tokens: list[ParsedToken], k: int, token: ParsedToken) -> list[ParsedToken]:
    return [token if i == k else t for i, t in enumerate(tokens)]


def _cand(
    cue: list[int],
    content: list[list[int]],
    confidence: float,
    source: list[list[int]] | None = None,
) -> Candidate:
    return Candidate(
        cue=cue, source=source or [], content=content, confidence=confidence
    )


def test_path_deps_climbs_to_the_governing_token(vocab: Any) -> None:
    doc = parsed_doc(vocab, _TOLD)
    assert path_deps(doc, 1, 7) == ["ccomp", "ccomp"]
    assert path_deps(doc, 1, 1) == []
    assert path_deps(doc, 4, 1) is None  # "told" does not govern "said"


def test_a_reported_report_completes_the_outer_cue(vocab: Any) -> None:
    doc = parsed_doc(vocab, _TOLD)
    assert complemented(doc, 1, 4)
    assert not adjoined(doc, 1, 4)


def test_a_participle_after_the_content_is_adjoined(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ADDING)
    assert adjoined(doc, 1, 5)
    assert not complemented(doc, 1, 5)


@pytest.mark.parametrize(
    ("mark", "expected"),
    [("while", True), ("after", False), ("because", False)],
)
def test_a_subordinator_of_time_or_cause_keeps_the_clause_inside(
    vocab: Any, mark: str, expected: bool
) -> None:
    # "He said it failed , <mark> she said so ." -- "said" (6) an advcl of 1
    tokens: list[ParsedToken] = [
        *_ADDING[:5],
        (mark, "SCONJ", "IN", "mark", 7),
        ("she", "PRON", "PRP", "nsubj", 7),
        ("said", "VERB", "VBD", "advcl", 1),
        ("so", "ADV", "RB", "advmod", 7),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert adjoined(parsed_doc(vocab, tokens), 1, 7) is expected


def test_a_clause_inside_a_noun_phrase_is_not_adjoined(vocab: Any) -> None:
    # "He praised voters who said it failed ." -- "said" a relcl of "voters"
    tokens: list[ParsedToken] = [
        ("He", "PRON", "PRP", "nsubj", 1),
        ("praised", "VERB", "VBD", "ROOT", 1),
        ("voters", "NOUN", "NNS", "dobj", 1),
        ("who", "PRON", "WP", "nsubj", 4),
        ("said", "VERB", "VBD", "relcl", 2),
        ("it", "PRON", "PRP", "nsubj", 6),
        ("failed", "VERB", "VBD", "ccomp", 4),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not adjoined(doc, 1, 4)
    assert not complemented(doc, 1, 4)


def test_only_a_verb_coordinated_with_the_cue_itself_is_adjoined(vocab: Any) -> None:
    # "He said it failed and said so ." -- the second "said" a conj of 1 ...
    tokens: list[ParsedToken] = [
        *_ADDING[:4],
        ("and", "CCONJ", "CC", "cc", 1),
        ("said", "VERB", "VBD", "conj", 1),
        ("so", "ADV", "RB", "advmod", 5),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert adjoined(parsed_doc(vocab, tokens), 1, 5)
    # ... not a verb rarely a cue coordinated with "failed", inside the content
    deeper = _with(tokens, 5, ("tried", "VERB", "VBD", "conj", 3))
    assert not adjoined(parsed_doc(vocab, deeper), 1, 5)
    # (a frequent cue there is the outer source's next report, hung too low)
    hung = _with(tokens, 5, ("said", "VERB", "VBD", "conj", 3))
    assert adjoined(parsed_doc(vocab, hung), 1, 5)


def test_an_inner_report_gives_way_to_the_outer_one(vocab: Any) -> None:
    doc = parsed_doc(vocab, _TOLD)
    outer = _cand([1], [list(range(2, 8))], 0.6, source=[[0]])
    inner = _cand([4], [[6, 7]], 0.9, source=[[3]])
    outer_first(doc, doc_features(doc), [outer, inner])
    assert inner.confidence < outer.confidence
    kept = resolve_overlaps([outer, inner])
    assert [c.cue for c in kept] == [[1]]
    assert kept[0].content == [list(range(2, 8))]


def test_a_less_sure_inner_report_keeps_its_confidence(vocab: Any) -> None:
    doc = parsed_doc(vocab, _TOLD)
    outer = _cand([1], [list(range(2, 8))], 0.9)
    inner = _cand([4], [[6, 7]], 0.5)
    outer_first(doc, doc_features(doc), [outer, inner])
    assert inner.confidence == 0.5


def test_an_adjoined_report_ends_the_outer_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ADDING)
    feats = doc_features(doc)
    outer = _cand([1], [list(range(2, 10))], 0.9, source=[[0]])
    inner = _cand([5], [[6, 7, 8, 9]], 0.8, source=[[0]])
    pairs = cut_adjoined(doc, feats, [outer, inner], tagged=METHOD)
    assert outer.content == [[2, 3]]  # without the comma left at its end
    assert pairs == [(outer, inner)]
    kept = resolve_overlaps([outer, inner])
    assert [c.cue for c in kept] == [[1], [5]]
    assert kept[1].source == []  # the outer one claimed "He"
    share_sources(doc, feats, kept, pairs)
    assert kept[1].source == [[0]]


@pytest.mark.parametrize(
    ("confidence", "method"),
    [(0.3, METHOD), (0.9, "rule.clause.v1")],
)
def test_only_a_sure_tagger_candidate_cuts(
    vocab: Any, confidence: float, method: str
) -> None:
    doc = parsed_doc(vocab, _ADDING)
    outer = _cand([1], [list(range(2, 10))], 0.9)
    inner = _cand([5], [[6, 7, 8, 9]], confidence)
    inner.method = method
    assert cut_adjoined(doc, doc_features(doc), [outer, inner], tagged=METHOD) == []
    assert outer.content == [list(range(2, 10))]


def test_a_complement_is_not_cut(vocab: Any) -> None:
    doc = parsed_doc(vocab, _TOLD)
    outer = _cand([1], [list(range(2, 8))], 0.9)
    inner = _cand([4], [[6, 7]], 0.9)
    assert cut_adjoined(doc, doc_features(doc), [outer, inner], tagged=METHOD) == []
    assert outer.content == [list(range(2, 8))]


def test_an_adjoined_report_with_its_own_subject_keeps_no_source(
    vocab: Any,
) -> None:
    # "He said it failed , while she said so ."
    tokens: list[ParsedToken] = [
        *_ADDING[:5],
        ("while", "SCONJ", "IN", "mark", 7),
        ("she", "PRON", "PRP", "nsubj", 7),
        ("said", "VERB", "VBD", "advcl", 1),
        ("so", "ADV", "RB", "advmod", 7),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    feats = doc_features(doc)
    outer = _cand([1], [list(range(2, 9))], 0.9, source=[[0]])
    inner = _cand([7], [[8]], 0.8, source=[[6]])
    pairs = cut_adjoined(doc, feats, [outer, inner], tagged=METHOD)
    assert outer.content == [[2, 3, 4, 5]]  # up to its source "she"
    inner.source = []  # as if another attribution had claimed "she"
    share_sources(doc, feats, [outer, inner], pairs)
    assert inner.source == []  # "she" is its own: the fallbacks find it


# "According to the poll , voters back the plan ."
_ACCORDING: list[ParsedToken] = [
    ("According", "VERB", "VBG", "prep", 6),
    ("to", "ADP", "IN", "prep", 0),
    ("the", "DET", "DT", "det", 3),
    ("poll", "NOUN", "NN", "pobj", 1),
    (",", "PUNCT", ",", "punct", 6),
    ("voters", "NOUN", "NNS", "nsubj", 6),
    ("back", "VERB", "VBP", "ROOT", 6),
    ("the", "DET", "DT", "det", 8),
    ("plan", "NOUN", "NN", "dobj", 6),
    (".", "PUNCT", ".", "punct", 6),
]


def test_a_cue_inside_an_according_to_content_gives_way(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ACCORDING)
    outer = _cand([0, 1], [[5, 6, 7, 8]], 0.7, source=[[2, 3]])
    inner = _cand([6], [[7, 8]], 0.9, source=[[5]])
    according_first(doc, [outer, inner], speech=SURE_CUES)
    assert inner.confidence < outer.confidence
    kept = resolve_overlaps([outer, inner])
    assert [c.cue for c in kept] == [[0, 1]]


def test_a_verb_of_speech_inside_an_according_to_content_stays_first(
    vocab: Any,
) -> None:
    # "According to the poll , voters said the plan ." (as real pages read it)
    doc = parsed_doc(vocab, _with(_ACCORDING, 6, ("said", "VERB", "VBD", "ROOT", 6)))
    outer = _cand([0, 1], [[5, 6, 7, 8]], 0.7, source=[[2, 3]])
    inner = _cand([6], [[7, 8]], 0.9, source=[[5]])
    according_first(doc, [outer, inner], speech=SURE_CUES)
    assert inner.confidence == 0.9


def test_only_an_according_to_cue_goes_first(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ACCORDING)
    outer = _cand([0], [[5, 6, 7, 8]], 0.7)  # "According" alone
    inner = _cand([6], [[7, 8]], 0.9)
    according_first(doc, [outer, inner], speech=SURE_CUES)
    assert inner.confidence == 0.9


def test_an_inner_content_reaching_back_does_not_empty_the_outer_one(
    vocab: Any,
) -> None:
    # "He said it failed , but warned that it was late ." -- the role tagger
    # of "warned" (6) took the clause of "said" into its content too
    tokens: list[ParsedToken] = [
        *_ADDING[:4],
        (",", "PUNCT", ",", "punct", 1),
        ("but", "CCONJ", "CC", "cc", 1),
        ("warned", "VERB", "VBD", "conj", 1),
        ("that", "SCONJ", "IN", "mark", 9),
        ("it", "PRON", "PRP", "nsubj", 9),
        ("was", "AUX", "VBD", "ccomp", 6),
        ("late", "ADJ", "JJ", "acomp", 9),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    outer = _cand([1], [list(range(2, 11))], 0.9, source=[[0]])
    inner = _cand([6], [[2, 3], [7, 8, 9, 10]], 0.8)
    pairs = cut_adjoined(doc, doc_features(doc), [outer, inner], tagged=METHOD)
    assert outer.content == [[2, 3]]  # ", but" left at the end goes too
    assert pairs == [(outer, inner)]


def test_no_cut_leaves_an_outer_content_without_words_after_its_cue(
    vocab: Any,
) -> None:
    # "He said , adding that it was late ." -- nothing of "said" but "adding"
    tokens: list[ParsedToken] = [
        ("He", "PRON", "PRP", "nsubj", 1),
        ("said", "VERB", "VBD", "ROOT", 1),
        (",", "PUNCT", ",", "punct", 1),
        ("adding", "VERB", "VBG", "advcl", 1),
        ("that", "SCONJ", "IN", "mark", 6),
        ("it", "PRON", "PRP", "nsubj", 6),
        ("was", "AUX", "VBD", "ccomp", 3),
        ("late", "ADJ", "JJ", "acomp", 6),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    outer = _cand([1], [list(range(3, 8))], 0.9)
    inner = _cand([3], [[4, 5, 6, 7]], 0.8)
    assert cut_adjoined(doc, doc_features(doc), [outer, inner], tagged=METHOD) == []
    assert outer.content == [list(range(3, 8))]


def test_candidates_are_found_by_the_cue_start_in_a_range() -> None:
    cands = [_cand([k], [[k + 1]], 0.5) for k in (40, 3, 17, 17, 90)]
    found = _ByCue(cands).between(10, 40)
    assert [c.cue[0] for c in found] == [17, 17, 40]
    assert _ByCue(cands).between(41, 89) == []


# "He said the board met and was sure that it won ."
_SURE: list[ParsedToken] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("board", "NOUN", "NN", "nsubj", 4),
    ("met", "VERB", "VBD", "ccomp", 1),
    ("and", "CCONJ", "CC", "cc", 4),
    ("was", "AUX", "VBD", "conj", 4),
    ("sure", "ADJ", "JJ", "acomp", 6),
    ("that", "SCONJ", "IN", "mark", 10),
    ("it", "PRON", "PRP", "nsubj", 10),
    ("won", "VERB", "VBD", "ccomp", 7),
    (".", "PUNCT", ".", "punct", 1),
]


def test_a_state_coordinated_with_the_complement_continues_it(vocab: Any) -> None:
    doc = parsed_doc(vocab, _SURE)
    assert continues_complement(doc, 1, 6)
    outer = _cand([1], [list(range(2, 11))], 0.6, source=[[0]])
    inner = _cand([6, 7], [[8, 9, 10]], 0.9)
    outer_first(doc, doc_features(doc), [outer, inner])
    kept = resolve_overlaps([outer, inner])
    assert [c.cue for c in kept] == [[1]]
    assert kept[0].content == [list(range(2, 11))]


@pytest.mark.parametrize(
    ("k", "token"),
    [
        # "... and accused them ...": a verb of speech, not a state
        (6, ("accused", "VERB", "VBD", "conj", 4)),
        # "... and she was sure ...": a subject of its own
        (5, ("she", "PRON", "PRP", "nsubj", 6)),
    ],
)
def test_a_coordinated_report_of_its_own_does_not_continue(
    vocab: Any, k: int, token: ParsedToken
) -> None:
    doc = parsed_doc(vocab, _with(_SURE, k, token))
    assert not continues_complement(doc, 1, 6)


# "He said it had no basis and urged them to stop ."
_URGED: list[ParsedToken] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("it", "PRON", "PRP", "nsubj", 3),
    ("had", "VERB", "VBD", "ccomp", 1),
    ("no", "DET", "DT", "det", 5),
    ("basis", "NOUN", "NN", "dobj", 3),
    ("and", "CCONJ", "CC", "cc", 3),
    ("urged", "VERB", "VBD", "conj", 3),
    ("them", "PRON", "PRP", "dobj", 7),
    ("to", "PART", "TO", "aux", 10),
    ("stop", "VERB", "VB", "xcomp", 7),
    (".", "PUNCT", ".", "punct", 1),
]


def test_a_speech_verb_hung_on_the_complement_is_adjoined(vocab: Any) -> None:
    doc = parsed_doc(vocab, _URGED)
    assert adjoined(doc, 1, 7)
    feats = doc_features(doc)
    outer = _cand([1], [list(range(2, 11))], 0.9, source=[[0]])
    inner = _cand([7], [[8, 9, 10]], 0.8)
    assert cut_adjoined(doc, feats, [outer, inner], tagged=METHOD) == [(outer, inner)]
    assert outer.content == [[2, 3, 4, 5]]  # without "and"


@pytest.mark.parametrize(
    ("k", "token"),
    [
        (7, ("kept", "VERB", "VBD", "conj", 3)),  # no verb of speech
        (6, ("they", "PRON", "PRP", "nsubj", 7)),  # a subject of its own
    ],
)
def test_other_verbs_coordinated_deeper_stay_inside(
    vocab: Any, k: int, token: ParsedToken
) -> None:
    doc = parsed_doc(vocab, _with(_URGED, k, token))
    assert not adjoined(doc, 1, 7)


@pytest.mark.parametrize(("word", "often"), [("implied", True), ("supported", False)])
def test_a_verb_train_often_makes_a_cue_is_a_report_of_its_own(
    word: str, often: bool
) -> None:
    assert reports_often(word) is often


def test_a_frequent_cue_hung_on_the_complement_is_adjoined(vocab: Any) -> None:
    # "He said it had no basis and implied them to stop ." (parse as _URGED)
    assert adjoined(parsed_doc(vocab, with_word(_URGED, 7, "implied")), 1, 7)
    assert not adjoined(parsed_doc(vocab, with_word(_URGED, 7, "supported")), 1, 7)
