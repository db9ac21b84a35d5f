"""A sentence closed by its attribution keeps its content before the cue
(hand-parsed Docs, no model)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.candidates import CCOMP_METHOD, METHOD, Candidate
from whosaid.attribution.clauses import clause_candidates
from whosaid.attribution.closing import (
    adverbial_at,
    adverbial_beside,
    content_after_sentence,
    fallback_piece,
    gives_way,
    verbless_piece,
)
from whosaid.attribution.constructions import inside_trailing, trailing_candidates
from whosaid.attribution.features import doc_features
from whosaid.attribution.rules import trailing_cue_findings

Token = ParsedToken

# "Trump is immune for official acts, but not for unofficial ones, the court
# ruled Monday in a landmark decision." -- parsed, as the small model does,
# with "but not for unofficial ones" hung on "ruled"
_RULED: list[Token] = [
    ("Trump", "PROPN", "NNP", "nsubj", 1),
    ("is", "AUX", "VBZ", "ROOT", 1),
    ("immune", "ADJ", "JJ", "acomp", 1),
    ("for", "ADP", "IN", "prep", 2),
    ("official", "ADJ", "JJ", "amod", 5),
    ("acts", "NOUN", "NNS", "pobj", 3),
    (",", "PUNCT", ",", "punct", 1),
    ("but", "CCONJ", "CC", "cc", 1),
    ("not", "PART", "RB", "neg", 9),
    ("for", "ADP", "IN", "prep", 15),
    ("unofficial", "ADJ", "JJ", "amod", 11),
    ("ones", "NOUN", "NNS", "pobj", 9),
    (",", "PUNCT", ",", "punct", 15),
    ("the", "DET", "DT", "det", 14),
    ("court", "NOUN", "NN", "nsubj", 15),
    ("ruled", "VERB", "VBD", "conj", 1),
    ("Monday", "PROPN", "NNP", "npadvmod", 15),
    ("in", "ADP", "IN", "prep", 15),
    ("a", "DET", "DT", "det", 20),
    ("landmark", "NOUN", "NN", "compound", 20),
    ("decision", "NOUN", "NN", "pobj", 17),
    (".", "PUNCT", ".", "punct", 15),
]


def _trailing(doc: Any) -> list[tuple[list[int], list[int], list[list[int]]]]:
    n = len(doc)
    found = trailing_cue_findings(
        doc, [t.lower_ for t in doc], [0] * n, [(0, n)], [-1] * n, []
    )
    return [(f.cue, f.source, f.content) for f in found]


def test_a_phrase_hung_on_the_cue_after_the_verb_is_no_fronted_adverbial(
    vocab: Any,
) -> None:
    doc = parsed_doc(vocab, _RULED)
    assert _trailing(doc) == [([15], [13, 14], [list(range(0, 12))])]


def test_a_clause_hung_on_the_cue_after_the_verb_still_is_an_adverbial(
    vocab: Any,
) -> None:
    # "The deal holds, if talks resume, the minister said." -- "if talks
    # resume" hung on "said": a condition of the saying, so no content
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("deal", "NOUN", "NN", "nsubj", 2),
        ("holds", "VERB", "VBZ", "ROOT", 2),
        (",", "PUNCT", ",", "punct", 2),
        ("if", "SCONJ", "IN", "mark", 6),
        ("talks", "NOUN", "NNS", "nsubj", 6),
        ("resume", "VERB", "VBP", "advcl", 10),
        (",", "PUNCT", ",", "punct", 10),
        ("the", "DET", "DT", "det", 9),
        ("minister", "NOUN", "NN", "nsubj", 10),
        ("said", "VERB", "VBD", "conj", 2),
        (".", "PUNCT", ".", "punct", 10),
    ]
    assert _trailing(parsed_doc(vocab, tokens)) == []
    # the same phrase as a preposition's is the parser's attachment
    prep = [*tokens]
    prep[4] = ("for", "ADP", "IN", "prep", 10)
    prep[5] = ("talks", "NOUN", "NNS", "pobj", 4)
    prep[6] = ("today", "NOUN", "NN", "npadvmod", 5)
    assert _trailing(parsed_doc(vocab, prep)) == [([10], [8, 9], [list(range(0, 7))])]


def test_a_content_opening_with_a_noun_phrase_of_the_cue_is_adverbial(
    vocab: Any,
) -> None:
    doc = parsed_doc(vocab, _RULED)
    # "ruled Monday in | a landmark decision": "a" belongs to the noun that
    # hangs on "in"
    assert adverbial_at(doc, [15, 16, 17], 18)
    # the clause before the cue is no adverbial of it
    assert not adverbial_at(doc, [15], 0)


# "Nawrocki won, the commission announced. Turnout was high."
_ANNOUNCED: list[Token] = [
    ("Nawrocki", "PROPN", "NNP", "nsubj", 1),
    ("won", "VERB", "VBD", "ccomp", 5),
    (",", "PUNCT", ",", "punct", 5),
    ("the", "DET", "DT", "det", 4),
    ("commission", "NOUN", "NN", "nsubj", 5),
    ("announced", "VERB", "VBD", "ROOT", 5),
    (".", "PUNCT", ".", "punct", 5),
    ("Turnout", "NOUN", "NN", "nsubj", 8),
    ("was", "AUX", "VBD", "ROOT", 8),
    ("high", "ADJ", "JJ", "acomp", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_a_content_in_the_next_sentence_is_not_a_closing_cue(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ANNOUNCED)
    feats = doc_features(doc)
    after = Candidate(cue=[5], source=[[3, 4]], content=[[7, 8, 9]], confidence=1.0)
    assert content_after_sentence(feats, after)
    before = Candidate(cue=[5], source=[[3, 4]], content=[[0, 1]], confidence=1.0)
    assert not content_after_sentence(feats, before)


# "Israel and Hamas agreed to a truce, the minister announced." -- parsed with
# "announced" as the clause of "agreed"
_AGREED: list[Token] = [
    ("Israel", "PROPN", "NNP", "nsubj", 3),
    ("and", "CCONJ", "CC", "cc", 0),
    ("Hamas", "PROPN", "NNP", "conj", 0),
    ("agreed", "VERB", "VBD", "ROOT", 3),
    ("to", "ADP", "IN", "prep", 3),
    ("a", "DET", "DT", "det", 6),
    ("truce", "NOUN", "NN", "pobj", 4),
    (",", "PUNCT", ",", "punct", 6),
    ("the", "DET", "DT", "det", 9),
    ("minister", "NOUN", "NN", "nsubj", 10),
    ("announced", "VERB", "VBD", "ccomp", 3),
    (".", "PUNCT", ".", "punct", 10),
]


def test_a_clause_that_is_the_closing_attribution_is_no_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _AGREED)
    feats = doc_features(doc)
    trailing = trailing_candidates(doc, feats)
    assert [t.cue for t in trailing] == [[10]]
    clauses = clause_candidates(doc, feats, set())
    assert [c.cue for c in clauses] == [[3]]
    assert inside_trailing(clauses[0], trailing)


def test_a_tagger_content_around_a_closing_cue_gives_way(vocab: Any) -> None:
    doc = parsed_doc(vocab, _RULED)
    feats = doc_features(doc)
    closing = trailing_candidates(doc, feats)
    assert [t.cue for t in closing] == [[15]]
    # "…, but not for unofficial ones, the court ruled Monday in | a
    # landmark decision": a piece of the clause and the cue's adverbial
    around = Candidate(
        cue=[15, 16, 17],
        source=[[13, 14]],
        content=[[6, 7, 8, 9, 10, 11], [18, 19, 20]],
        confidence=1.0,
    )
    assert adverbial_beside(doc, feats, around, closing[0])
    # a content with nothing after the cue keeps its place
    before = Candidate(
        cue=[15], source=[[13, 14]], content=[list(range(0, 12))], confidence=1.0
    )
    assert not adverbial_beside(doc, feats, before, closing[0])


def test_the_complement_fallback_of_a_closing_cue_gives_way(vocab: Any) -> None:
    closing = Candidate(cue=[5], source=[[3, 4]], content=[[0, 1]], confidence=1.0)
    fallback = Candidate(
        cue=[5], source=[], content=[[0, 1]], confidence=1.0, method=CCOMP_METHOD
    )
    assert fallback_piece(fallback, closing, CCOMP_METHOD)
    # the tagger's own content stays
    tagged = Candidate(
        cue=[5], source=[], content=[[0, 1]], confidence=1.0, method=METHOD
    )
    assert not fallback_piece(tagged, closing, CCOMP_METHOD)
    # a complement reaching past the closing clause is no piece of it
    wider = Candidate(
        cue=[5], source=[], content=[[0, 1, 7]], confidence=1.0, method=CCOMP_METHOD
    )
    assert not fallback_piece(wider, closing, CCOMP_METHOD)


# 'One lawmaker said members were relieved. “He stayed. All know that,” the
# lawmaker said.'
_QUOTED: list[Token] = [
    ("One", "NUM", "CD", "nummod", 1),
    ("lawmaker", "NOUN", "NN", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("members", "NOUN", "NNS", "nsubj", 4),
    ("relieved", "VERB", "VBD", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("“", "PUNCT", "``", "punct", 8),
    ("He", "PRON", "PRP", "nsubj", 8),
    ("stayed", "VERB", "VBD", "ROOT", 8),
    (".", "PUNCT", ".", "punct", 8),
    ("All", "PRON", "DT", "nsubj", 11),
    ("know", "VERB", "VBP", "ccomp", 17),
    ("that", "PRON", "DT", "dobj", 11),
    (",", "PUNCT", ",", "punct", 17),
    ("”", "PUNCT", "''", "punct", 17),
    ("the", "DET", "DT", "det", 16),
    ("lawmaker", "NOUN", "NN", "nsubj", 17),
    ("said", "VERB", "VBD", "ROOT", 17),
    (".", "PUNCT", ".", "punct", 17),
]


def test_a_quotation_closed_by_its_own_cue_is_not_shared(vocab: Any) -> None:
    from whosaid.attribution.quotations import quotations_to_their_cue, whole_quotations

    doc = parsed_doc(vocab, _QUOTED, tight=frozenset({",", ".", "”"}))
    feats = doc_features(doc)
    assert feats.quote_id[7] >= 0 and feats.quote_id[7] == feats.quote_id[12]
    first = Candidate(
        cue=[2], source=[[0, 1]], content=[[3, 4], [6, 7, 8]], confidence=1.0
    )
    own = Candidate(cue=[17], source=[[15, 16]], content=[[10, 11, 12]], confidence=1.0)
    kept = [first, own]
    quotations_to_their_cue(kept, feats)
    assert first.content == [[3, 4]]
    whole_quotations(kept, feats)
    assert own.content[0][0] <= 7 and own.content[0][-1] >= 12
    # with no cue after the quotation, the piece stays where it was
    first = Candidate(
        cue=[2], source=[[0, 1]], content=[[3, 4], [6, 7, 8]], confidence=1.0
    )
    quotations_to_their_cue([first], feats)
    assert first.content == [[3, 4], [6, 7, 8]]


def test_a_verbless_piece_of_the_closing_clause_gives_way(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ANNOUNCED)
    closing = Candidate(cue=[5], source=[[3, 4]], content=[[0, 1]], confidence=1.0)
    # "Nawrocki | won, the commission announced": the subject alone
    subject = Candidate(cue=[5], source=[[3, 4]], content=[[0]], confidence=1.0)
    assert verbless_piece(doc, subject, closing)
    assert gives_way(doc, doc_features(doc), subject, closing, fallback=CCOMP_METHOD)
    # the clause itself, or a piece with its verb, stays
    assert not verbless_piece(doc, closing, closing)
    verb = Candidate(cue=[5], source=[[3, 4]], content=[[1]], confidence=1.0)
    assert not verbless_piece(doc, verb, closing)
