"""A quotation after the cue's sentence goes on with that attribution."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from whosaid.attribution.candidates import TRANSCRIPT_METHOD, Candidate
from whosaid.attribution.contents import in_cue_sentence, turn_or_colon
from whosaid.attribution.features import doc_features
from whosaid.attribution.quotations import (
    join_next_quote,
    join_quote_paragraphs,
    whole_quotations,
)

_BREAK = "\n\n"


def _doc(vocab: Any, text: str) -> Any:
    """A Doc of space-separated words; a sentence starts after "." (a closing
    mark stays in the sentence) and after a paragraph break."""
    words = text.split(" ")
    spaces = [
        k + 1 < len(words)
        and words[k] not in {"“", _BREAK}
        and words[k + 1] not in {".", ",", "”", _BREAK}
        for k in range(len(words))
    ]
    starts = [
        k == 0 or (words[k - 1] in {".", _BREAK} and words[k] not in {"”", _BREAK})
        for k in range(len(words))
    ]
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


def _text(doc: Any, run: list[int]) -> str:
    return doc[run[0] : run[-1] + 1].text


def test_quotation_after_an_indirect_report_joins_it(vocab: Any) -> None:
    doc = _doc(vocab, "Lee promised that she would stay . “ We are in till the end . ”")
    feats = doc_features(doc)
    lee = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.9)
    kept = [lee]
    join_next_quote(doc, kept, feats)
    assert [_text(doc, r) for r in lee.content] == [
        "that she would stay",
        "“We are in till the end.”",
    ]


def test_quotation_with_words_after_it_is_left_alone(vocab: Any) -> None:
    # '"We are in," Kent said.': the quotation has a cue of its own
    doc = _doc(vocab, "Lee promised that she would stay . “ We are in , ” Kent said .")
    feats = doc_features(doc)
    lee = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.9)
    join_next_quote(doc, [lee], feats)
    assert lee.content == [[2, 3, 4, 5]]


def test_quotation_goes_to_the_first_attribution_of_the_sentence(
    vocab: Any,
) -> None:
    doc = _doc(
        vocab,
        "Lee said she would stay , referring to the race . “ We are in . ”",
    )
    feats = doc_features(doc)
    lee = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4]], confidence=0.9)
    referring = Candidate(cue=[6, 7], source=[], content=[[8, 9]], confidence=0.8)
    join_next_quote(doc, [referring, lee], feats)
    assert len(lee.content) == 2
    assert _text(doc, lee.content[1]) == "“We are in.”"
    assert referring.content == [[8, 9]]


def test_claimed_or_next_paragraph_quotation_is_not_joined(vocab: Any) -> None:
    doc = _doc(vocab, "Lee promised that she would stay . “ We are in . ”")
    feats = doc_features(doc)
    lee = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.9)
    other = Candidate(cue=[0], source=[], content=[list(range(7, 12))], confidence=0.5)
    join_next_quote(doc, [lee, other], feats)
    assert lee.content == [[2, 3, 4, 5]]
    doc = _doc(vocab, f"Lee promised that she would stay . {_BREAK} “ We are in . ”")
    feats = doc_features(doc)
    lee = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.9)
    join_next_quote(doc, [lee], feats)
    assert lee.content == [[2, 3, 4, 5]]


def test_quote_paragraph_goes_on_with_an_indirect_report(vocab: Any) -> None:
    doc = _doc(vocab, f"Lee promised that she would stay . {_BREAK} “ We are in . ”")
    feats = doc_features(doc)
    lee = Candidate(cue=[1], source=[[0]], content=[[2, 3, 4, 5]], confidence=0.9)
    join_quote_paragraphs(doc, [lee], feats, ())
    assert [_text(doc, r) for r in lee.content] == [
        "that she would stay",
        "“We are in.”",
    ]


def test_a_content_closing_a_quotation_starts_where_it_opens(vocab: Any) -> None:
    # '"I have no time . Good luck with it ," he wrote .': the tagger took
    # only the last sentence of the quotation
    text = "“ I have no time . Good luck with it , ” he wrote ."
    doc = _doc(vocab, text)
    feats = doc_features(doc)
    he = Candidate(cue=[13], source=[[12]], content=[[6, 7, 8, 9, 10]], confidence=0.9)
    whole_quotations([he], feats)
    assert [_text(doc, r) for r in he.content] == [
        "“I have no time. Good luck with it,"
    ]


def test_a_content_opening_a_quotation_runs_to_its_end(vocab: Any) -> None:
    doc = _doc(vocab, "He wrote : “ I have no time . Good luck with it . ”")
    feats = doc_features(doc)
    he = Candidate(cue=[1], source=[[0]], content=[[3, 4, 5, 6, 7]], confidence=0.9)
    whole_quotations([he], feats)
    assert [_text(doc, r) for r in he.content] == [
        "“I have no time. Good luck with it.”"
    ]


def test_a_quotation_shared_with_another_attribution_is_left_alone(vocab: Any) -> None:
    # another attribution claims words before the content (a cue inside
    # the quotation): the quotation is not one statement
    text = "“ I have no time . Good luck with it , ” he wrote ."
    doc = _doc(vocab, text)
    feats = doc_features(doc)
    other = Candidate(cue=[2], source=[[1]], content=[[3, 4]], confidence=0.9)
    he = Candidate(cue=[13], source=[[12]], content=[[6, 7, 8, 9, 10]], confidence=0.9)
    whole_quotations([other, he], feats)
    assert he.content == [[6, 7, 8, 9, 10]]


def test_an_unquoted_content_stays_in_its_cue_sentence(vocab: Any) -> None:
    doc = _doc(vocab, "Lee said she would stay . So far they sided with Kent .")
    feats = doc_features(doc)
    runs = in_cue_sentence(doc, feats, [1], [list(range(2, 12))])
    assert [_text(doc, r) for r in runs] == ["she would stay"]
    # a content that starts in the sentence before loses that part too
    doc = _doc(vocab, "So far they sided with Kent . Lee said she would stay .")
    feats = doc_features(doc)
    runs = in_cue_sentence(doc, feats, [8], [list(range(0, 7)), [9, 10, 11]])
    assert [_text(doc, r) for r in runs] == ["she would stay"]


def test_a_quotation_runs_on_over_sentences(vocab: Any) -> None:
    doc = _doc(vocab, "Lee said she would stay . “ We are in . ”")
    feats = doc_features(doc)
    runs = [[2, 3, 4], list(range(6, 12))]
    assert in_cue_sentence(doc, feats, [1], runs) == runs
    # only the quotation in the cue's sentence: left alone
    doc = _doc(vocab, "Lee said : “ We stay . ” They sided with Kent .")
    feats = doc_features(doc)
    runs = [list(range(3, 12))]
    assert in_cue_sentence(doc, feats, [1], runs) == runs


def test_a_parser_boundary_without_a_full_stop_is_no_sentence_end(vocab: Any) -> None:
    text = "Lee said the good old days when protesters were tougher were over ."
    words = text.split(" ")
    starts = [k in {0, 6} for k in range(len(words))]  # a boundary before "when"
    doc = Doc(vocab, words=words, sent_starts=starts)
    feats = doc_features(doc)
    runs = [list(range(2, 12))]
    assert in_cue_sentence(doc, feats, [1], runs) == runs


def test_turns_and_colons_run_on_over_sentences(vocab: Any) -> None:
    doc = _doc(vocab, "He put it this way : we stay . They sided with Kent .")
    colon = Candidate(
        cue=[1], source=[[0]], content=[list(range(6, 13))], confidence=0.9
    )
    assert turn_or_colon(doc, colon, colon.content)
    turn = Candidate(
        cue=[5],
        source=[[0]],
        content=[list(range(6, 13))],
        confidence=0.9,
        method=TRANSCRIPT_METHOD,
    )
    assert turn_or_colon(doc, turn, [list(range(7, 13))])
    said = Candidate(
        cue=[1], source=[[0]], content=[list(range(7, 13))], confidence=0.9
    )
    assert not turn_or_colon(doc, said, said.content)


def test_a_content_inside_a_quotation_grows_to_both_ends(vocab: Any) -> None:
    doc = _doc(vocab, "He wrote : “ I have no time . Good luck with it . ”")
    feats = doc_features(doc)
    he = Candidate(cue=[1], source=[[0]], content=[[5, 6, 7]], confidence=0.9)
    whole_quotations([he], feats)
    assert [_text(doc, r) for r in he.content] == [
        "“I have no time. Good luck with it.”"
    ]
