"""Clausal complements of cue verbs that the cue tagger passed over, and
contents completed to the end of their phrase."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken
from tests.factories import parsed_doc as _doc

from whosaid.attribution.candidates import CLAUSE_METHOD, Candidate
from whosaid.attribution.clauses import (
    CLAUSE_CONFIDENCE,
    clause_candidates,
    cue_tail_candidate,
    object_candidate,
)
from whosaid.attribution.contents import complete_phrases
from whosaid.attribution.features import doc_features

Token = ParsedToken


# "Economists predict that rates will rise ."
_PREDICT: list[Token] = [
    ("Economists", "NOUN", "NNS", "nsubj", 1),
    ("predict", "VERB", "VBP", "ROOT", 1),
    ("that", "SCONJ", "IN", "mark", 5),
    ("rates", "NOUN", "NNS", "nsubj", 5),
    ("will", "AUX", "MD", "aux", 5),
    ("rise", "VERB", "VB", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]

# "The ruling meant that the law stands ." -- "meant" takes a clause
# without anyone saying it
_MEANT: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("ruling", "NOUN", "NN", "nsubj", 2),
    ("meant", "VERB", "VBD", "ROOT", 2),
    ("that", "SCONJ", "IN", "mark", 6),
    ("the", "DET", "DT", "det", 5),
    ("law", "NOUN", "NN", "nsubj", 6),
    ("stands", "VERB", "VBZ", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
]

# "Voters consider the plan fair ." -- a small clause, no subject of its own
_SMALL_CLAUSE: list[Token] = [
    ("Voters", "NOUN", "NNS", "nsubj", 1),
    ("consider", "VERB", "VBP", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("plan", "NOUN", "NN", "nsubj", 4),
    ("fair", "ADJ", "JJ", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def _texts(doc: Any, cands: list[Any]) -> list[tuple[str, str]]:
    return [
        (
            " ".join(doc[i].text for i in c.cue),
            " ".join(doc[i].text for run in c.content for i in run),
        )
        for c in cands
    ]


def test_cue_verb_with_a_clause_is_a_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _PREDICT)
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("predict", "that rates will rise")]
    assert cands[0].method == CLAUSE_METHOD
    assert cands[0].confidence == CLAUSE_CONFIDENCE
    assert cands[0].source == []  # left to the subject fallback


def test_verb_the_tagger_took_is_left_to_it(vocab: Any) -> None:
    doc = _doc(vocab, _PREDICT)
    assert clause_candidates(doc, doc_features(doc), {1}) == []


def test_verb_that_says_nothing_is_no_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _MEANT)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_small_clause_is_no_content(vocab: Any) -> None:
    doc = _doc(vocab, _SMALL_CLAUSE)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_verb_inside_a_quotation_is_the_quoted_speakers(vocab: Any) -> None:
    quoted: list[Token] = [
        ('"', "PUNCT", "``", "punct", 2),
        *[(w, p, t, d, h + 1) for w, p, t, d, h in _PREDICT[:-1]],
        ('"', "PUNCT", "''", "punct", 2),
    ]
    doc = _doc(vocab, quoted)
    feats = doc_features(doc)
    assert feats.quote_id[2] >= 0
    assert clause_candidates(doc, feats, frozenset()) == []


# "Carson proposed the creation of a federal agency to coordinate efforts ,
# officials said ."
_PROPOSED: list[Token] = [
    ("Carson", "PROPN", "NNP", "nsubj", 1),
    ("proposed", "VERB", "VBD", "ccomp", 13),
    ("the", "DET", "DT", "det", 3),
    ("creation", "NOUN", "NN", "dobj", 1),
    ("of", "ADP", "IN", "prep", 3),
    ("a", "DET", "DT", "det", 7),
    ("federal", "ADJ", "JJ", "amod", 7),
    ("agency", "NOUN", "NN", "pobj", 4),
    ("to", "PART", "TO", "aux", 9),
    ("coordinate", "VERB", "VB", "acl", 7),
    ("efforts", "NOUN", "NNS", "dobj", 9),
    (",", "PUNCT", ",", "punct", 13),
    ("officials", "NOUN", "NNS", "nsubj", 13),
    ("said", "VERB", "VBD", "ROOT", 13),
    (".", "PUNCT", ".", "punct", 13),
]


def test_content_cut_inside_a_phrase_runs_to_its_end(vocab: Any) -> None:
    doc = _doc(vocab, _PROPOSED)
    cand = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.8)
    complete_phrases(doc, [cand], doc_features(doc))
    # up to the comma, not over it
    assert cand.content == [list(range(2, 11))]


def test_phrase_stops_at_a_claimed_token(vocab: Any) -> None:
    doc = _doc(vocab, _PROPOSED)
    cand = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.8)
    other = Candidate(cue=[9], source=[], content=[[10]], confidence=0.8)
    complete_phrases(doc, [cand, other], doc_features(doc))
    assert cand.content == [[2, 3, 4, 5, 6, 7, 8]]


def test_complete_content_stays(vocab: Any) -> None:
    doc = _doc(vocab, _PROPOSED)
    cand = Candidate(
        cue=[13], source=[[12]], content=[list(range(0, 11))], confidence=0.8
    )
    complete_phrases(doc, [cand], doc_features(doc))
    assert cand.content == [list(range(0, 11))]


# "The mayor vowed to fight the plan ."
_VOWED: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("mayor", "NOUN", "NN", "nsubj", 2),
    ("vowed", "VERB", "VBD", "ROOT", 2),
    ("to", "PART", "TO", "aux", 4),
    ("fight", "VERB", "VB", "xcomp", 2),
    ("the", "DET", "DT", "det", 6),
    ("plan", "NOUN", "NN", "dobj", 4),
    (".", "PUNCT", ".", "punct", 2),
]


def test_intention_verb_with_an_infinitive_is_a_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _VOWED)
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("vowed", "to fight the plan")]


def test_declining_to_comment_is_no_intention(vocab: Any) -> None:
    # "The mayor declined to comment ." -- an event verb needs a clause
    tokens = [*_VOWED[:2], ("declined", "VERB", "VBD", "ROOT", 2), _VOWED[3]]
    tokens += [("comment", "VERB", "VB", "xcomp", 2), (".", "PUNCT", ".", "punct", 2)]
    doc = _doc(vocab, tokens)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_rare_cue_with_an_infinitive_is_no_intention(vocab: Any) -> None:
    # "The mayor started to fight the plan ."
    tokens = [*_VOWED[:2], ("started", "VERB", "VBD", "ROOT", 2), *_VOWED[3:]]
    doc = _doc(vocab, tokens)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_noun_of_saying_with_a_that_clause_is_a_candidate(vocab: Any) -> None:
    # "Nobody believed the claim that the deal was done ."
    doc = _doc(
        vocab,
        [
            ("Nobody", "PRON", "NN", "nsubj", 1),
            ("believed", "VERB", "VBD", "ROOT", 1),
            ("the", "DET", "DT", "det", 3),
            ("claim", "NOUN", "NN", "dobj", 1),
            ("that", "SCONJ", "IN", "mark", 8),
            ("the", "DET", "DT", "det", 6),
            ("deal", "NOUN", "NN", "nsubjpass", 8),
            ("was", "AUX", "VBD", "auxpass", 8),
            ("done", "VERB", "VBN", "acl", 3),
            (".", "PUNCT", ".", "punct", 1),
        ],
    )
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("claim", "that the deal was done")]


# "Lee called the vote a sham ."
_CALLED: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubj", 1),
    ("called", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("vote", "NOUN", "NN", "dobj", 1),
    ("a", "DET", "DT", "det", 5),
    ("sham", "NOUN", "NN", "oprd", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def test_tagged_cue_without_content_takes_its_object(vocab: Any) -> None:
    doc = _doc(vocab, _CALLED)
    cand = object_candidate(doc, doc_features(doc), [1])
    assert cand is not None
    assert _texts(doc, [cand]) == [("called", "the vote a sham")]
    assert cand.source == []


def test_cue_without_an_object_has_no_object_content(vocab: Any) -> None:
    doc = _doc(vocab, _VOWED)  # "vowed to fight the plan": no direct object
    assert object_candidate(doc, doc_features(doc), [2]) is None
    doc = _doc(vocab, _CALLED)
    assert object_candidate(doc, doc_features(doc), [3]) is None  # a noun


def _object_sentence(verb: str) -> list[Token]:
    # "Clinton <verb> the trade deal ."
    return [
        ("Clinton", "PROPN", "NNP", "nsubj", 1),
        (verb, "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 4),
        ("trade", "NOUN", "NN", "compound", 4),
        ("deal", "NOUN", "NN", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]


def test_frequent_cue_verb_with_an_object_is_a_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _object_sentence("praised"))
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("praised", "the trade deal")]


def test_verb_seldom_a_cue_with_an_object_is_none(vocab: Any) -> None:
    doc = _doc(vocab, _object_sentence("signed"))
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def _prep_sentence(verb: str, prep: str) -> list[Token]:
    # "Sanders <verb> <prep> the trade deal ."
    return [
        ("Sanders", "PROPN", "NNP", "nsubj", 1),
        (verb, "VERB", "VBD", "ROOT", 1),
        (prep, "ADP", "IN", "prep", 1),
        ("the", "DET", "DT", "det", 5),
        ("trade", "NOUN", "NN", "compound", 5),
        ("deal", "NOUN", "NN", "pobj", 2),
        (".", "PUNCT", ".", "punct", 1),
    ]


def test_frequent_cue_verb_with_its_preposition_is_a_candidate(vocab: Any) -> None:
    doc = _doc(vocab, _prep_sentence("complained", "about"))
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("complained about", "the trade deal")]


def test_other_prepositions_are_no_cue(vocab: Any) -> None:
    doc = _doc(vocab, _prep_sentence("complained", "in"))
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_object_cue_in_a_clause_of_time_is_none(vocab: Any) -> None:
    # "... after Clinton praised the trade deal ." -- what happened
    tokens = [("after", "SCONJ", "IN", "mark", 2)]
    tokens += [(w, p, t, d, h + 1) for w, p, t, d, h in _object_sentence("praised")]
    doc = _doc(vocab, tokens)
    assert clause_candidates(doc, doc_features(doc), frozenset()) == []


def test_participle_with_a_clause_is_a_candidate(vocab: Any) -> None:
    # "Lee left , arguing that rates will rise ."
    doc = _doc(
        vocab,
        [
            ("Lee", "PROPN", "NNP", "nsubj", 1),
            ("left", "VERB", "VBD", "ROOT", 1),
            (",", "PUNCT", ",", "punct", 1),
            ("arguing", "VERB", "VBG", "advcl", 1),
            ("that", "SCONJ", "IN", "mark", 7),
            ("rates", "NOUN", "NNS", "nsubj", 7),
            ("will", "AUX", "MD", "aux", 7),
            ("rise", "VERB", "VB", "ccomp", 3),
            (".", "PUNCT", ".", "punct", 1),
        ],
    )
    cands = clause_candidates(doc, doc_features(doc), frozenset())
    assert _texts(doc, cands) == [("arguing", "that rates will rise")]


# "Trump made no mention of Bush ."
_NO_MENTION: list[Token] = [
    ("Trump", "PROPN", "NNP", "nsubj", 1),
    ("made", "VERB", "VBD", "ROOT", 1),
    ("no", "DET", "DT", "det", 3),
    ("mention", "NOUN", "NN", "dobj", 1),
    ("of", "ADP", "IN", "prep", 3),
    ("Bush", "PROPN", "NNP", "pobj", 4),
    (".", "PUNCT", ".", "punct", 1),
]


def test_cue_tail_takes_the_prepositions_object(vocab: Any) -> None:
    doc = _doc(vocab, _NO_MENTION)
    cand = cue_tail_candidate(doc, [1, 2, 3, 4], min_words=1)
    assert cand is not None
    assert _texts(doc, [cand]) == [("made no mention of", "Bush")]
    assert cand.source == []


def test_cue_tail_needs_min_words_and_a_final_preposition(vocab: Any) -> None:
    doc = _doc(vocab, _NO_MENTION)
    assert cue_tail_candidate(doc, [1, 2, 3, 4]) is None  # one word, two needed
    assert cue_tail_candidate(doc, [1, 2, 3], min_words=1) is None  # ends in a noun


# "Obama backed her ."
_BACKED: list[Token] = [
    ("Obama", "PROPN", "NNP", "nsubj", 1),
    ("backed", "VERB", "VBD", "ROOT", 1),
    ("her", "PRON", "PRP", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def test_one_word_object_content_only_when_allowed(vocab: Any) -> None:
    doc = _doc(vocab, _BACKED)
    assert object_candidate(doc, doc_features(doc), [1]) is None
    cand = object_candidate(doc, doc_features(doc), [1], min_words=1)
    assert cand is not None
    assert _texts(doc, [cand]) == [("backed", "her")]
