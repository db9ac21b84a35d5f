"""Rules for sentences closed by their attribution, and contents that only name."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc
from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.candidates import Candidate
from whosaid.attribution.constructions import inside_trailing
from whosaid.attribution.contents import _cue_adverbial
from whosaid.attribution.features import doc_features
from whosaid.attribution.filters import names_only, needs_source
from whosaid.attribution.overlaps import cut_overreach
from whosaid.attribution.quotations import join_split_quotes
from whosaid.attribution.rules import trailing_cue_findings
from whosaid.attribution.sources import (
    _cut_edge,
    according_to_object,
    apply_subject_fallback,
    subject_fallback,
)

Token = ParsedToken


def _doc(vocab: Any, tokens: list[Token], ents: list[tuple[int, int, str]] = ()) -> Any:
    return parsed_doc(vocab, tokens, ents=ents, tight=frozenset({",", ".", "'s"}))


# "The minister never asked about the price, testified a second witness,
# Owen Pryce." -- parsed, as the small English model does, with the source
# as the object of "testified".
_INVERTED: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("minister", "NOUN", "NN", "nsubj", 3),
    ("never", "ADV", "RB", "neg", 3),
    ("asked", "VERB", "VBD", "ROOT", 3),
    ("about", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 6),
    ("price", "NOUN", "NN", "pobj", 4),
    (",", "PUNCT", ",", "punct", 8),
    ("testified", "VERB", "VBD", "dep", 3),
    ("a", "DET", "DT", "det", 11),
    ("second", "ADJ", "JJ", "amod", 11),
    ("witness", "NOUN", "NN", "dobj", 8),
    (",", "PUNCT", ",", "punct", 11),
    ("Owen", "PROPN", "NNP", "compound", 14),
    ("Pryce", "PROPN", "NNP", "appos", 11),
    (".", "PUNCT", ".", "punct", 3),
]


def _trailing(doc: Any) -> list[tuple[str, str, str]]:
    n = len(doc)
    found = trailing_cue_findings(
        doc, [t.lower_ for t in doc], [0] * n, [(0, n)], [-1] * n, []
    )
    return [
        (
            doc[f.source[0] : f.source[-1] + 1].text,
            doc[f.cue[0]].text,
            doc[f.content[0][0] : f.content[0][-1] + 1].text,
        )
        for f in found
    ]


def test_inverted_source_parsed_as_object_closes_the_sentence(vocab: Any) -> None:
    assert _trailing(_doc(vocab, _INVERTED)) == [
        (
            "a second witness, Owen Pryce",
            "testified",
            "The minister never asked about the price",
        )
    ]


def test_object_that_stops_before_the_end_is_no_source(vocab: Any) -> None:
    # "…, testified a witness in the morning before the panel rose." would
    # need the object to run to the end; here "a second witness" stops early.
    tokens = [
        *_INVERTED[:12],
        ("today", "NOUN", "NN", "npadvmod", 8),
        (".", "PUNCT", ".", "punct", 3),
    ]
    assert _trailing(_doc(vocab, tokens)) == []


def test_object_without_a_comma_before_the_verb_is_no_source(vocab: Any) -> None:
    tokens = [
        t if k != 7 else ("and", "CCONJ", "CC", "cc", 8)
        for k, t in enumerate(_INVERTED)
    ]
    assert _trailing(_doc(vocab, tokens)) == []


def test_a_complementizer_hung_on_the_cue_is_no_adverbial(vocab: Any) -> None:
    # '"We want it. I believe that," Mr Trump said.' -- parsed, as the small
    # model does, with the quote's "that" as the mark of "said"
    tokens: list[Token] = [
        ("We", "PRON", "PRP", "nsubj", 1),
        ("want", "VERB", "VBP", "ROOT", 1),
        ("it", "PRON", "PRP", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
        ("I", "PRON", "PRP", "nsubj", 5),
        ("believe", "VERB", "VBP", "ROOT", 5),
        ("that", "SCONJ", "IN", "mark", 10),
        (",", "PUNCT", ",", "punct", 10),
        ("Mr", "PROPN", "NNP", "compound", 9),
        ("Trump", "PROPN", "NNP", "nsubj", 10),
        ("said", "VERB", "VBD", "ccomp", 5),
        (".", "PUNCT", ".", "punct", 10),
    ]
    doc = _doc(vocab, tokens)
    n = len(doc)
    found = trailing_cue_findings(
        doc, [t.lower_ for t in doc], [1] * n, [(0, 4), (4, n)], [-1] * n, []
    )
    assert [(f.cue, f.source, f.content) for f in found] == [
        ([10], [8, 9], [[4, 5, 6]])
    ]
    # a fronted adverbial clause still is none ("When asked, he said")
    adverbial = [
        ("When", "SCONJ", "WRB", "advmod", 1),
        ("asked", "VERB", "VBN", "advcl", 4),
        ("about", "ADP", "IN", "prep", 1),
        (",", "PUNCT", ",", "punct", 4),
        ("he", "PRON", "PRP", "nsubj", 5),
        ("said", "VERB", "VBD", "ROOT", 5),
        (".", "PUNCT", ".", "punct", 5),
    ]
    assert _trailing(_doc(vocab, adverbial)) == []


def test_a_court_ruling_closes_the_sentence(vocab: Any) -> None:
    # "The port must reopen, the high court has ruled."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("port", "NOUN", "NN", "nsubj", 3),
        ("must", "AUX", "MD", "aux", 3),
        ("reopen", "VERB", "VB", "ccomp", 9),
        (",", "PUNCT", ",", "punct", 9),
        ("the", "DET", "DT", "det", 7),
        ("high", "ADJ", "JJ", "amod", 7),
        ("court", "NOUN", "NN", "nsubj", 9),
        ("has", "AUX", "VBZ", "aux", 9),
        ("ruled", "VERB", "VBN", "ROOT", 9),
        (".", "PUNCT", ".", "punct", 9),
    ]
    assert _trailing(_doc(vocab, tokens)) == [
        ("the high court", "ruled", "The port must reopen")
    ]


def _cand(
    cue: list[int], content: list[list[int]], confidence: float = 0.9
) -> Candidate:
    return Candidate(cue=cue, source=[], content=content, confidence=confidence)


def test_inner_cue_of_a_trailing_attribution_gives_way() -> None:
    outer = _cand([8], [list(range(0, 7))])
    inner = _cand([2, 3, 4], [[5, 6, 7, 8, 9, 10, 11]])
    assert inside_trailing(inner, [outer])


@pytest.mark.parametrize(
    "inner",
    [
        _cand([2, 3, 4], [[5, 6]]),  # its content stops before the outer cue
        _cand([8], [[9, 10]]),  # the same cue
        _cand([20], [[8, 21]]),  # its cue lies outside the outer content
    ],
)
def test_other_candidates_stay_beside_a_trailing_one(inner: Candidate) -> None:
    outer = _cand([8], [list(range(0, 7))])
    assert not inside_trailing(inner, [outer])


# "Brandl congratulated the Greens ." / "Voters support the Greens ."
def _target_doc(vocab: Any, verb: str) -> Any:
    tokens: list[Token] = [
        ("Brandl", "PROPN", "NNP", "nsubj", 1),
        (verb, "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3),
        ("Greens", "PROPN", "NNPS", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    return _doc(vocab, tokens, ents=[(0, 1, "PERSON"), (3, 4, "NORP")])


def test_content_naming_only_the_target_is_not_said(vocab: Any) -> None:
    doc = _target_doc(vocab, "congratulated")
    assert names_only(doc, doc_features(doc), _cand([1], [[2, 3]]))


def test_stance_toward_a_name_is_an_attribution(vocab: Any) -> None:
    doc = _target_doc(vocab, "supported")
    assert not names_only(doc, doc_features(doc), _cand([1], [[2, 3]]))


def test_content_with_more_than_a_name_stays(vocab: Any) -> None:
    doc2 = _doc(
        vocab,
        [
            ("Brandl", "PROPN", "NNP", "nsubj", 1),
            ("denied", "VERB", "VBD", "ROOT", 1),
            ("the", "DET", "DT", "det", 3),
            ("report", "NOUN", "NN", "dobj", 1),
            (".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert not names_only(doc2, doc_features(doc2), _cand([1], [[2, 3]]))


# '"We will win," Kent said at a rally. "They know it." Though polls differ,
# experts say it is close.' -- the quotation reopened after Kent's cue is
# Kent's, even when the role tagger of the later "say" reached back over it.
_SPLIT = [
    *[
        '"',
        "We",
        "will",
        "win",
        ",",
        '"',
        "Kent",
        "said",
        "at",
        "a",
        "rally",
        ".",
        '"',
        "They",
        "know",
        "it",
        ".",
        '"',
    ],
    *["Though", "polls", "differ", ",", "experts", "say", "it", "is", "close", "."],
]


def _split_doc(vocab: Any) -> Any:
    n = len(_SPLIT)
    starts = [k in {0, 12, 18} for k in range(n)]
    spaces = [
        k + 1 < n
        and _SPLIT[k + 1] not in {",", "."}
        and not (_SPLIT[k] == '"' and k in {0, 12})
        and not (_SPLIT[k + 1] == '"' and k + 1 in {5, 17})
        for k in range(n)
    ]
    return Doc(vocab, words=_SPLIT, spaces=spaces, sent_starts=starts)


def test_reopened_quotation_after_the_cue_sentence_joins_it(vocab: Any) -> None:
    doc = _split_doc(vocab)
    assert doc.text.startswith(
        '"We will win," Kent said at a rally. "They know it." Though'
    )
    feats = doc_features(doc)
    kent = Candidate(
        cue=[7], source=[[6]], content=[[0, 1, 2, 3, 4, 5]], confidence=0.9
    )
    experts = Candidate(
        cue=[23],
        source=[[22]],
        content=[list(range(12, 18)), [24, 25, 26]],
        confidence=0.95,
    )
    kept = [kent, experts]
    join_split_quotes(doc, kept, feats)
    assert kent.content == [[0, 1, 2, 3, 4, 5], list(range(12, 18))]
    assert experts.content == [[24, 25, 26]]


def test_quotation_attributed_right_after_it_stays(vocab: Any) -> None:
    doc = _split_doc(vocab)
    feats = doc_features(doc)
    kent = Candidate(
        cue=[7], source=[[6]], content=[[0, 1, 2, 3, 4, 5]], confidence=0.9
    )
    # a cue right after the quotation ('"They know it," X said') attributes
    # it, and keeps it
    other = Candidate(
        cue=[19], source=[], content=[list(range(12, 18))], confidence=0.95
    )
    kept = [kent, other]
    join_split_quotes(doc, kept, feats)
    assert kent.content == [[0, 1, 2, 3, 4, 5]]
    assert other.content == [list(range(12, 18))]


def test_quotation_taken_whole_drops_the_emptied_attribution(vocab: Any) -> None:
    doc = _split_doc(vocab)
    feats = doc_features(doc)
    kent = Candidate(
        cue=[7], source=[[6]], content=[[0, 1, 2, 3, 4, 5]], confidence=0.9
    )
    far = Candidate(
        cue=[23], source=[[22]], content=[list(range(12, 18))], confidence=0.95
    )
    kept = [kent, far]
    join_split_quotes(doc, kept, feats)
    assert kept == [kent]


@pytest.mark.parametrize(
    ("run", "taken", "expected"),
    [
        ([1, 2, 3, 4], {4}, [1, 2, 3]),  # 'the "phony system," Trump'
        ([1, 2, 3, 4], {1, 2}, [3, 4]),
        ([1, 2, 3, 4], {2}, []),  # inside: not cut
        ([1, 2], {1, 2}, []),
    ],
)
def test_cut_edge(run: list[int], taken: set[int], expected: list[int]) -> None:
    assert _cut_edge(run, taken) == expected


def test_subject_at_the_edge_of_the_content_becomes_the_source() -> None:
    cand = _cand([0], [[1, 2, 3, 4, 5]])
    apply_subject_fallback(cand, [5])
    assert cand.source == [[5]]
    assert cand.content == [[1, 2, 3, 4]]


def test_subject_inside_the_content_is_not_used() -> None:
    cand = _cand([0], [[1, 2, 3, 4, 5]])
    apply_subject_fallback(cand, [3])
    assert cand.source == []
    assert cand.content == [[1, 2, 3, 4, 5]]


# "Inactive voters are purged , according to a Reuters survey ."
_ACCORDING: list[Token] = [
    ("Inactive", "ADJ", "JJ", "amod", 1),
    ("voters", "NOUN", "NNS", "nsubjpass", 3),
    ("are", "AUX", "VBP", "auxpass", 3),
    ("purged", "VERB", "VBN", "ROOT", 3),
    (",", "PUNCT", ",", "punct", 3),
    ("according", "VERB", "VBG", "prep", 3),
    ("to", "ADP", "IN", "prep", 5),
    ("a", "DET", "DT", "det", 9),
    ("Reuters", "PROPN", "NNP", "compound", 9),
    ("survey", "NOUN", "NN", "pobj", 6),
    (".", "PUNCT", ".", "punct", 3),
]


def test_according_to_without_a_source_takes_its_object(vocab: Any) -> None:
    doc = _doc(vocab, _ACCORDING)
    assert according_to_object(doc, doc_features(doc), [5, 6]) == [7, 8, 9]
    assert according_to_object(doc, doc_features(doc), [3]) == []


def test_content_that_only_names_people_is_no_attribution(vocab: Any) -> None:
    # "The paper ran it , citing two port officials ."
    doc = _doc(
        vocab,
        [
            ("The", "DET", "DT", "det", 1),
            ("paper", "NOUN", "NN", "nsubj", 2),
            ("ran", "VERB", "VBD", "ROOT", 2),
            ("it", "PRON", "PRP", "dobj", 2),
            (",", "PUNCT", ",", "punct", 2),
            ("citing", "VERB", "VBG", "advcl", 2),
            ("two", "NUM", "CD", "nummod", 8),
            ("port", "NOUN", "NN", "compound", 8),
            ("officials", "NOUN", "NNS", "dobj", 5),
            (".", "PUNCT", ".", "punct", 2),
        ],
    )
    feats = doc_features(doc)
    assert names_only(doc, feats, _cand([5], [[6, 7, 8]]))
    # with a clause it is said: "citing officials' fears" has no verb either,
    # but its head is not a people noun
    assert not names_only(doc, feats, _cand([5], [[6, 7]]))


# "He claimed taxes were low . He refused to pledge it ." -- the role
# tagger of "claimed" runs on into the next sentence.
_OVERREACH: list[Token] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("claimed", "VERB", "VBD", "ROOT", 1),
    ("taxes", "NOUN", "NNS", "nsubj", 3),
    ("were", "AUX", "VBD", "ccomp", 1),
    ("low", "ADJ", "JJ", "acomp", 3),
    (".", "PUNCT", ".", "punct", 1),
    ("Then", "ADV", "RB", "advmod", 8),
    ("he", "PRON", "PRP", "nsubj", 8),
    ("refused", "VERB", "VBD", "ROOT", 8),
    ("to", "PART", "TO", "aux", 10),
    ("pledge", "VERB", "VB", "xcomp", 8),
    ("it", "PRON", "PRP", "dobj", 10),
    (".", "PUNCT", ".", "punct", 8),
]


def test_content_ends_before_a_sure_cue_outside_its_clause(vocab: Any) -> None:
    doc = _doc(vocab, _OVERREACH)
    outer = Candidate(
        cue=[1], source=[[0]], content=[list(range(2, 12))], confidence=0.9
    )
    inner = Candidate(cue=[8], source=[[7]], content=[[9, 10, 11]], confidence=0.8)
    cut_overreach(doc, doc_features(doc), [outer, inner])
    assert outer.content == [[2, 3, 4, 5, 6]]
    assert inner.content == [[9, 10, 11]]


def test_cue_inside_the_reported_clause_stays_in_the_content(vocab: Any) -> None:
    # the inner cue hangs from the outer one ("said her campaign had shown")
    tokens = list(_OVERREACH)
    tokens[5] = (",", "PUNCT", ",", "punct", 1)
    tokens[8] = ("refused", "VERB", "VBD", "conj", 3)
    tokens[12] = (".", "PUNCT", ".", "punct", 1)
    doc = _doc(vocab, tokens)
    outer = Candidate(
        cue=[1], source=[[0]], content=[list(range(2, 12))], confidence=0.9
    )
    inner = Candidate(cue=[8], source=[[7]], content=[[9, 10, 11]], confidence=0.8)
    cut_overreach(doc, doc_features(doc), [outer, inner])
    assert outer.content == [list(range(2, 12))]


def test_unsure_inner_cue_does_not_cut(vocab: Any) -> None:
    doc = _doc(vocab, _OVERREACH)
    outer = Candidate(
        cue=[1], source=[[0]], content=[list(range(2, 12))], confidence=0.9
    )
    inner = Candidate(cue=[8], source=[[7]], content=[[9, 10, 11]], confidence=0.3)
    cut_overreach(doc, doc_features(doc), [outer, inner])
    assert outer.content == [list(range(2, 12))]


def test_tagger_attribution_without_a_source_needs_one(vocab: Any) -> None:
    doc = _split_doc(vocab)
    feats = doc_features(doc)
    plain = Candidate(cue=[23], source=[], content=[[24, 25, 26]], confidence=0.9)
    quoted = Candidate(cue=[7], source=[], content=[[0, 1, 2, 3]], confidence=0.9)
    rule = Candidate(
        cue=[23], source=[], content=[[24, 25, 26]], confidence=0.9, method="rule.x"
    )
    assert needs_source(doc, feats, plain)
    assert not needs_source(doc, feats, quoted)  # a quotation's speaker is found
    assert not needs_source(doc, feats, rule)


@pytest.mark.parametrize(
    ("i", "expected"),
    [
        (3, True),  # "on", a preposition of "said"
        (4, True),  # "Tuesday", its object
        (5, False),  # "it", the reported clause's subject
    ],
)
def test_cue_adverbials(i: int, expected: bool) -> None:
    # "Veltron said on Tuesday it would cut jobs": said=2, on=3, Tuesday=4, it=5
    heads = [1, 2, 2, 2, 3, 7, 7, 2, 7]
    deps = [
        "compound",
        "nsubj",
        "ROOT",
        "prep",
        "pobj",
        "nsubj",
        "aux",
        "ccomp",
        "dobj",
    ]
    assert _cue_adverbial(i, {2}, heads, deps) is expected


def _tokens_doc(vocab: Any, text: str, sent_starts: set[int]) -> Any:
    words = [t.text for t in spacy.blank("en").tokenizer(text)]
    spaces = [bool(t.whitespace_) for t in spacy.blank("en").tokenizer(text)]
    starts = [k in sent_starts for k in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


def test_cue_with_a_content_of_its_own_after_the_quotation_gives_it_up(
    vocab: Any,
) -> None:
    doc = _split_doc(vocab)
    feats = doc_features(doc)
    kent = Candidate(
        cue=[7], source=[[6]], content=[[0, 1, 2, 3, 4, 5]], confidence=0.9
    )
    # right after the quotation, but in a sentence of its own and with a
    # content after it: the quotation is not what it reports
    other = Candidate(
        cue=[19], source=[], content=[list(range(12, 18)), [20, 21]], confidence=0.95
    )
    kept = [kent, other]
    join_split_quotes(doc, kept, feats)
    assert kent.content == [[0, 1, 2, 3, 4, 5], list(range(12, 18))]
    assert other.content == [[20, 21]]


def test_title_in_the_cue_sentence_is_passed_over(vocab: Any) -> None:
    text = '"We will win," Kent said on the "Today" show. "They know it."'
    doc = _tokens_doc(vocab, text, {0, 15})
    assert [t.text for t in doc][10:16] == ['"', "Today", '"', "show", ".", '"']
    feats = doc_features(doc)
    kent = Candidate(
        cue=[7], source=[[6]], content=[[0, 1, 2, 3, 4, 5]], confidence=0.9
    )
    kept = [kent]
    join_split_quotes(doc, kept, feats)
    assert kent.content == [[0, 1, 2, 3, 4, 5], list(range(15, 21))]


def test_subject_with_a_busy_participle_keeps_its_noun_phrase(vocab: Any) -> None:
    # "A senior official , speaking on condition of anonymity , said output
    # would rise ." -- "speaking on condition of" is another attribution's cue
    doc = _doc(
        vocab,
        [
            ("A", "DET", "DT", "det", 2),
            ("senior", "ADJ", "JJ", "amod", 2),
            ("official", "NOUN", "NN", "nsubj", 10),
            (",", "PUNCT", ",", "punct", 2),
            ("speaking", "VERB", "VBG", "acl", 2),
            ("on", "ADP", "IN", "prep", 4),
            ("condition", "NOUN", "NN", "pobj", 5),
            ("of", "ADP", "IN", "prep", 6),
            ("anonymity", "NOUN", "NN", "pobj", 7),
            (",", "PUNCT", ",", "punct", 2),
            ("said", "VERB", "VBD", "ROOT", 10),
            ("output", "NOUN", "NN", "nsubj", 13),
            ("would", "AUX", "MD", "aux", 13),
            ("rise", "VERB", "VB", "ccomp", 10),
            (".", "PUNCT", ".", "punct", 10),
        ],
    )
    feats = doc_features(doc)
    assert subject_fallback(doc, feats, [10]) == list(range(0, 10))
    assert subject_fallback(doc, feats, [10], busy={4, 5, 6, 7}) == [0, 1, 2]


def test_a_run_in_a_skipped_region_is_found_by_its_first_token(vocab: Any) -> None:
    from whosaid.attribution.candidates import Regions, run_in

    doc = Doc(vocab, words=["Staff/NPR", "Garland", "welcomed", "it"])
    credit = Regions([(0, len("Staff/NPR"))])
    assert run_in(doc, [0], credit)
    assert not run_in(doc, [1], credit)
    assert not run_in(doc, [], credit)


def test_an_anonymity_clause_is_no_cue_and_no_content(vocab: Any) -> None:
    from whosaid.attribution.anonymity import anonymity_formula as _anonymity_formula
    from whosaid.attribution.contents import outside_source_clauses

    # "officials , who asked not to be named , said talks stalled ."
    tokens: list[Token] = [
        ("officials", "NOUN", "NNS", "nsubj", 10),
        (",", "PUNCT", ",", "punct", 0),
        ("who", "PRON", "WP", "nsubj", 3),
        ("asked", "VERB", "VBD", "relcl", 0),
        ("not", "PART", "RB", "neg", 7),
        ("to", "PART", "TO", "aux", 7),
        ("be", "AUX", "VB", "auxpass", 7),
        ("named", "VERB", "VBN", "xcomp", 3),
        (",", "PUNCT", ",", "punct", 0),
        ("today", "NOUN", "NN", "npadvmod", 10),
        ("said", "VERB", "VBD", "ROOT", 10),
        ("talks", "NOUN", "NNS", "nsubj", 12),
        ("stalled", "VERB", "VBD", "ccomp", 10),
        (".", "PUNCT", ".", "punct", 10),
    ]
    doc = _doc(vocab, tokens)
    assert _anonymity_formula(doc[3]) and not _anonymity_formula(doc[10])
    cand = Candidate(
        cue=[10], source=[[0]], content=[[4, 5, 6, 7], [11, 12]], confidence=1.0
    )
    assert outside_source_clauses(doc, cand, cand.content) == [[11, 12]]
    # a source with no such clause keeps every run
    plain = Candidate(cue=[10], source=[[11]], content=[[4, 5, 6, 7]], confidence=1.0)
    assert outside_source_clauses(doc, plain, plain.content) == [[4, 5, 6, 7]]


def test_a_withheld_name_is_an_anonymity_formula(vocab: Any) -> None:
    from whosaid.attribution.anonymity import anonymity_formula as _anonymity_formula

    # "a resident , who asked that her name not be used , told RFI ..."
    tokens: list[Token] = [
        ("resident", "NOUN", "NN", "nsubj", 10),
        (",", "PUNCT", ",", "punct", 0),
        ("who", "PRON", "WP", "nsubj", 3),
        ("asked", "VERB", "VBD", "relcl", 0),
        ("that", "SCONJ", "IN", "mark", 9),
        ("her", "PRON", "PRP$", "poss", 6),
        ("name", "NOUN", "NN", "nsubjpass", 9),
        ("not", "PART", "RB", "neg", 9),
        ("be", "AUX", "VB", "auxpass", 9),
        ("used", "VERB", "VBN", "ccomp", 3),
        ("told", "VERB", "VBD", "ROOT", 10),
        ("RFI", "PROPN", "NNP", "dobj", 10),
    ]
    doc = _doc(vocab, tokens)
    assert _anonymity_formula(doc[3])
    assert not _anonymity_formula(doc[10])
    # "asked that her vote not be used" asks for something else
    words = [t[0] if i != 6 else "vote" for i, t in enumerate(tokens)]
    plain = _doc(vocab, [(w, *t[1:]) for w, t in zip(words, tokens, strict=True)])
    assert not _anonymity_formula(plain[3])


def test_what_an_anonymous_source_spoke_to_discuss_is_no_cue(vocab: Any) -> None:
    from whosaid.attribution.anonymity import anonymity_formula as _anonymity_formula

    # "figure , speaking on condition of anonymity to discuss plans , said ..."
    tokens: list[Token] = [
        ("figure", "NOUN", "NN", "nsubj", 11),
        (",", "PUNCT", ",", "punct", 11),
        ("speaking", "VERB", "VBG", "advcl", 11),
        ("on", "ADP", "IN", "prep", 2),
        ("condition", "NOUN", "NN", "pobj", 3),
        ("of", "ADP", "IN", "prep", 4),
        ("anonymity", "NOUN", "NN", "pobj", 5),
        ("to", "PART", "TO", "aux", 8),
        ("discuss", "VERB", "VB", "advcl", 2),
        ("plans", "NOUN", "NNS", "dobj", 8),
        (",", "PUNCT", ",", "punct", 11),
        ("said", "VERB", "VBD", "ROOT", 11),
    ]
    doc = _doc(vocab, tokens)
    assert _anonymity_formula(doc[8])
    assert not _anonymity_formula(doc[11])
    # the same infinitive without the anonymity is a cue
    words = [t[0] if i != 6 else "length" for i, t in enumerate(tokens)]
    plain = _doc(vocab, [(w, *t[1:]) for w, t in zip(words, tokens, strict=True)])
    assert not _anonymity_formula(plain[8])


# "Lind calls deal a mistake; Vik says the pact is lasting" -- a headline
# with two statements, parsed as one sentence ("says" a conjunct of "calls").
_TWO_STATEMENTS: list[Token] = [
    ("Lind", "PROPN", "NNP", "nsubj", 1),
    ("calls", "VERB", "VBZ", "ROOT", 1),
    ("deal", "NOUN", "NN", "nsubj", 4),
    ("a", "DET", "DT", "det", 4),
    ("mistake", "NOUN", "NN", "ccomp", 1),
    (";", "PUNCT", ":", "punct", 1),
    ("Vik", "PROPN", "NNP", "nsubj", 7),
    ("says", "VERB", "VBZ", "conj", 1),
    ("the", "DET", "DT", "det", 9),
    ("pact", "NOUN", "NN", "nsubj", 10),
    ("is", "AUX", "VBZ", "ccomp", 7),
    ("lasting", "ADJ", "JJ", "acomp", 10),
]


# "Lind accuses Oslo of delays, while Vik says the pact is lasting"
_CONTRAST: list[Token] = [
    ("Lind", "PROPN", "NNP", "nsubj", 1),
    ("accuses", "VERB", "VBZ", "ROOT", 1),
    ("Oslo", "PROPN", "NNP", "dobj", 1),
    ("of", "ADP", "IN", "prep", 1),
    ("delays", "NOUN", "NNS", "pobj", 3),
    (",", "PUNCT", ",", "punct", 1),
    ("while", "SCONJ", "IN", "mark", 8),
    ("Vik", "PROPN", "NNP", "nsubj", 8),
    ("says", "VERB", "VBZ", "advcl", 1),
    ("the", "DET", "DT", "det", 10),
    ("pact", "NOUN", "NN", "nsubj", 11),
    ("is", "AUX", "VBZ", "ccomp", 8),
    ("lasting", "ADJ", "JJ", "acomp", 11),
]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (
            _TWO_STATEMENTS,
            [
                ("Lind", "calls", "deal a mistake"),
                ("Vik", "says", "the pact is lasting"),
            ],
        ),
        (
            _CONTRAST,
            [
                ("Lind", "accuses", "Oslo of delays"),
                ("Vik", "says", "the pact is lasting"),
            ],
        ),
    ],
)
def test_headline_with_two_statements_gives_each_its_own(
    vocab: Any, tokens: list[Token], expected: list[tuple[str, str, str]]
) -> None:
    from whosaid.attribution.headlines import headline_candidates

    doc = _doc(vocab, tokens)
    found = [
        (
            doc[c.source[0][0] : c.source[0][-1] + 1].text,
            doc[c.cue[0] : c.cue[-1] + 1].text,
            doc[c.content[0][0] : c.content[0][-1] + 1].text,
        )
        for c in headline_candidates(doc, doc_features(doc))
    ]
    assert found == expected


# "Vik declared a state of emergency on Monday."
_DECLARED: list[Token] = [
    ("Vik", "PROPN", "NNP", "nsubj", 1),
    ("declared", "VERB", "VBD", "ROOT", 1),
    ("a", "DET", "DT", "det", 3),
    ("state", "NOUN", "NN", "dobj", 1),
    ("of", "ADP", "IN", "prep", 3),
    ("emergency", "NOUN", "NN", "pobj", 4),
    ("on", "ADP", "IN", "prep", 1),
    ("Monday", "PROPN", "NNP", "pobj", 6),
    (".", "PUNCT", ".", "punct", 1),
]
# "Vik declared the vote a farce."
_DECLARED_JUDGED: list[Token] = [
    ("Vik", "PROPN", "NNP", "nsubj", 1),
    ("declared", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("vote", "NOUN", "NN", "dobj", 1),
    ("a", "DET", "DT", "det", 5),
    ("farce", "NOUN", "NN", "oprd", 1),
    (".", "PUNCT", ".", "punct", 1),
]


@pytest.mark.parametrize(
    ("tokens", "act"), [(_DECLARED, True), (_DECLARED_JUDGED, False)]
)
def test_declaring_an_emergency_is_an_act(
    vocab: Any, tokens: list[Token], act: bool
) -> None:
    from whosaid.attribution.acts import declares_an_act

    assert declares_an_act(_doc(vocab, tokens)[1]) is act


# "Lind filed the motion after Vik lost the vote."
_FILED_AFTER: list[Token] = [
    ("Lind", "PROPN", "NNP", "nsubj", 1),
    ("filed", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("motion", "NOUN", "NN", "dobj", 1),
    ("after", "SCONJ", "IN", "mark", 6),
    ("Vik", "PROPN", "NNP", "nsubj", 6),
    ("lost", "VERB", "VBD", "advcl", 1),
    ("the", "DET", "DT", "det", 8),
    ("vote", "NOUN", "NN", "dobj", 6),
    (".", "PUNCT", ".", "punct", 1),
]


def test_a_time_clause_is_no_clausal_content(vocab: Any) -> None:
    from whosaid.attribution.filters import _clausal_content

    doc = _doc(vocab, _FILED_AFTER)
    cand = Candidate(cue=[1], source=[[0]], content=[list(range(2, 9))], confidence=1.0)
    assert not _clausal_content(doc, doc_features(doc), 1, cand)


# 'Delivering her budget, Vik said "we will invest".'
_DELIVERING: list[Token] = [
    ("Delivering", "VERB", "VBG", "advcl", 5),
    ("her", "PRON", "PRP$", "poss", 2),
    ("budget", "NOUN", "NN", "dobj", 0),
    (",", "PUNCT", ",", "punct", 5),
    ("Vik", "PROPN", "NNP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    ('"', "PUNCT", "``", "punct", 9),
    ("we", "PRON", "PRP", "nsubj", 9),
    ("will", "AUX", "MD", "aux", 9),
    ("invest", "VERB", "VB", "ccomp", 5),
    ('"', "PUNCT", "''", "punct", 9),
    (".", "PUNCT", ".", "punct", 5),
]


def test_an_event_verb_is_checked_again_on_the_content_it_keeps(vocab: Any) -> None:
    from whosaid.attribution.filters import still_allowed

    doc = _doc(vocab, _DELIVERING)
    feats = doc_features(doc)
    # the tagger's content ran into the quotation; nesting gave it to "said"
    cand = Candidate(
        cue=[0], source=[], content=[[1, 2, 6, 7, 8, 9, 10]], confidence=1.0
    )
    assert still_allowed(doc, feats, cand, [[6, 7, 8, 9, 10]])
    assert not still_allowed(doc, feats, cand, [[1, 2]])


def test_a_colon_after_a_page_label_is_no_turn(vocab: Any) -> None:
    from whosaid.attribution.filters import label_colon

    doc = Doc(
        vocab, words=["Transcript", ":", "Morning", "Briefing", "Vik", ":", "Yes"]
    )
    assert label_colon(
        doc, Candidate(cue=[1], source=[[0]], content=[[2, 3]], confidence=1.0)
    )
    assert not label_colon(
        doc, Candidate(cue=[5], source=[[4]], content=[[6]], confidence=1.0)
    )


def _headline(doc: Any) -> list[tuple[str, str, str]]:
    from whosaid.attribution.headlines import headline_candidates

    return [
        (
            doc[c.cue[0] : c.cue[-1] + 1].text,
            " ".join(doc[r[0] : r[-1] + 1].text for r in c.source),
            doc[c.content[0][0] : c.content[0][-1] + 1].text,
        )
        for c in headline_candidates(doc, doc_features(doc))
    ]


def test_a_headline_comma_says_opens_a_second_statement(vocab: Any) -> None:
    # "Lind calls for calm, says talks will go on" (parsed as the small model
    # does: "calls" a clause of "says")
    tokens: list[Token] = [
        ("Lind", "PROPN", "NNP", "nsubj", 1),
        ("calls", "VERB", "VBZ", "ccomp", 5),
        ("for", "ADP", "IN", "prep", 1),
        ("calm", "NOUN", "NN", "pobj", 2),
        (",", "PUNCT", ",", "punct", 5),
        ("says", "VERB", "VBZ", "ROOT", 5),
        ("talks", "NOUN", "NNS", "nsubj", 8),
        ("will", "AUX", "MD", "aux", 8),
        ("go", "VERB", "VB", "ccomp", 5),
        ("on", "ADP", "RP", "prt", 8),
    ]
    assert _headline(_doc(vocab, tokens)) == [
        ("calls for", "Lind", "calm"),  # one word after "for" is enough
        ("says", "Lind", "talks will go on"),
    ]


def test_an_acts_subject_speaks_in_the_next_segment(vocab: Any) -> None:
    # "Union rejects offer, calls for strike vote"
    tokens: list[Token] = [
        ("Union", "PROPN", "NNP", "nsubj", 1),
        ("rejects", "VERB", "VBZ", "ROOT", 1),
        ("offer", "NOUN", "NN", "dobj", 1),
        (",", "PUNCT", ",", "punct", 1),
        ("calls", "VERB", "VBZ", "conj", 1),
        ("for", "ADP", "IN", "prep", 4),
        ("strike", "NOUN", "NN", "compound", 7),
        ("vote", "NOUN", "NN", "pobj", 5),
    ]
    assert _headline(_doc(vocab, tokens)) == [("calls for", "Union", "strike vote")]


def test_a_plural_subject_says_in_a_headline(vocab: Any) -> None:
    # "Island states say text is too weak"
    tokens: list[Token] = [
        ("Island", "NOUN", "NN", "compound", 1),
        ("states", "NOUN", "NNS", "nsubj", 2),
        ("say", "VERB", "VBP", "ROOT", 2),
        ("text", "NOUN", "NN", "nsubj", 4),
        ("is", "AUX", "VBZ", "ccomp", 2),
        ("too", "ADV", "RB", "advmod", 6),
        ("weak", "ADJ", "JJ", "acomp", 4),
    ]
    assert _headline(_doc(vocab, tokens)) == [
        ("say", "Island states", "text is too weak")
    ]


def test_headline_statements_of_one_source_are_paired(vocab: Any) -> None:
    from whosaid.attribution.candidates import HEADLINE_METHOD
    from whosaid.attribution.headlines import asks_for, headline_pairs

    # "Lind calls for calm, says talks will go on"
    doc = Doc(vocab, words=["Lind", "calls", "for", "calm", ",", "says", "talks", "go"])
    first = Candidate(
        cue=[1, 2], source=[[0]], content=[[3]], confidence=0.9, method=HEADLINE_METHOD
    )
    second = Candidate(
        cue=[5], source=[[0]], content=[[6, 7]], confidence=0.9, method=HEADLINE_METHOD
    )
    other = Candidate(cue=[5], source=[[0]], content=[[6, 7]], confidence=0.9)
    assert headline_pairs([first, second, other]) == [(first, second)]
    assert asks_for(doc, first)  # "calls for | calm": one word will do
    assert not asks_for(doc, second)


def test_a_headline_closed_by_its_source_and_verb(vocab: Any) -> None:
    # "Port must reopen, high court rules" ("rules" parsed as a noun)
    tokens: list[Token] = [
        ("Port", "PROPN", "NNP", "nsubj", 2),
        ("must", "AUX", "MD", "aux", 2),
        ("reopen", "VERB", "VB", "ROOT", 2),
        (",", "PUNCT", ",", "punct", 2),
        ("high", "ADJ", "JJ", "amod", 5),
        ("court", "NOUN", "NN", "compound", 6),
        ("rules", "NOUN", "NNS", "dobj", 2),
    ]
    assert _headline(_doc(vocab, tokens)) == [
        ("rules", "high court", "Port must reopen")
    ]


def test_but_says_opens_a_headlines_next_statement(vocab: Any) -> None:
    # "Council 'accepts' ruling but says port stays shut"
    tokens: list[Token] = [
        ("Council", "NOUN", "NN", "nsubj", 2),
        ("'", "PUNCT", "``", "punct", 2),
        ("accepts", "VERB", "VBZ", "poss", 4),
        ("'", "PUNCT", "''", "punct", 2),
        ("ruling", "NOUN", "NN", "ROOT", 4),
        ("but", "CCONJ", "CC", "cc", 6),
        ("says", "VERB", "VBZ", "ROOT", 6),
        ("port", "NOUN", "NN", "nsubj", 8),
        ("stays", "VERB", "VBZ", "ccomp", 6),
        ("shut", "ADJ", "JJ", "acomp", 8),
    ]
    assert _headline(_doc(vocab, tokens)) == [("says", "Council", "port stays shut")]


def test_comma_says_with_its_own_source_is_no_next_statement(vocab: Any) -> None:
    # "Deal opens new chapter, says Abiy, but details wait": "says" has its
    # own source after it, so it is no statement of "Deal"
    tokens: list[Token] = [
        ("Deal", "NOUN", "NN", "nsubj", 1),
        ("opens", "VERB", "VBZ", "ccomp", 5),
        ("new", "ADJ", "JJ", "amod", 3),
        ("chapter", "NOUN", "NN", "dobj", 1),
        (",", "PUNCT", ",", "punct", 6),
        ("says", "VERB", "VBZ", "ROOT", 5),
        ("Abiy", "PROPN", "NNP", "nsubj", 5),
        (",", "PUNCT", ",", "punct", 5),
        ("but", "CCONJ", "CC", "cc", 5),
        ("details", "NOUN", "NNS", "nsubj", 10),
        ("wait", "VERB", "VBP", "conj", 5),
    ]
    assert all(source != "Deal" for _, source, _ in _headline(_doc(vocab, tokens)))


def test_a_headline_infinitive_at_the_root_ends_the_anonymity_walk(vocab: Any) -> None:
    from whosaid.attribution.anonymity import anonymity_formula as _anonymity_formula

    # "Welch to back Sanders": the root's head is itself (a new Token object
    # each time), so the walk up the "to"-infinitives must stop there; it
    # recursed without end and failed the whole article (RecursionError)
    tokens: list[Token] = [
        ("Welch", "PROPN", "NNP", "nsubj", 2),
        ("to", "PART", "TO", "aux", 2),
        ("back", "VERB", "VB", "ROOT", 2),
        ("Sanders", "PROPN", "NNP", "dobj", 2),
    ]
    doc = _doc(vocab, tokens)
    assert not _anonymity_formula(doc[2])
