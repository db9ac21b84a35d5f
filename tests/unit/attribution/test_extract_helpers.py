"""Tests for the pure helpers of the attribution extractor (candidates,
headlines, quotations and the other modules split from ``extract``)."""

from __future__ import annotations

from typing import Any

import pytest

from whosaid.attribution.candidates import (
    Candidate,
    attribution_kind,
    in_regions,
    label_runs,
)
from whosaid.attribution.contents import tidy_runs
from whosaid.attribution.overlaps import resolve_overlaps
from whosaid.attribution.sources import drop_dateline, without_floating_tail
from whosaid.records import AttributionKind, Span


def _spans(*texts: str) -> list[Span]:
    """Spans of consecutive pieces of one text joined by a space."""
    spans: list[Span] = []
    whole = " ".join(texts)
    pos = 0
    for piece in texts:
        spans.append(Span.of(whole, pos, pos + len(piece)))
        pos += len(piece) + 1
    return spans


def _cand(
    cue: list[int],
    content: list[list[int]],
    confidence: float,
    source: list[list[int]] | None = None,
) -> Candidate:
    return Candidate(
        cue=cue, source=source or [], content=content, confidence=confidence
    )


# --- label_runs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "role", "offset", "expected"),
    [
        ([], "CUE", 0, []),
        (["O", "O"], "CUE", 0, []),
        (["B-CUE"], "CUE", 0, [[0]]),
        (["B-CUE", "I-CUE", "I-CUE"], "CUE", 0, [[0, 1, 2]]),
        (["B-CUE", "B-CUE"], "CUE", 0, [[0], [1]]),
        (["B-CUE", "O", "I-CUE"], "CUE", 0, [[0], [2]]),
        (["I-CUE", "I-CUE"], "CUE", 0, [[0, 1]]),
        (["B-SRC", "I-CUE", "B-CNT"], "CUE", 0, [[1]]),
        (["B-CNT", "I-SRC", "I-CNT"], "CNT", 0, [[0], [2]]),
        (["O", "B-CNT", "I-CNT"], "CNT", 10, [[11, 12]]),
        (["B-CUEX", "I-CUE"], "CUE", 0, [[1]]),
    ],
    ids=[
        "empty",
        "no-role",
        "single",
        "b-i-i",
        "b-b-two-runs",
        "o-splits",
        "i-starts-run",
        "other-role-ignored",
        "other-role-splits",
        "offset",
        "prefix-not-role",
    ],
)
def test_extract_helpers_runs_groups_bio_labels(
    labels: list[str], role: str, offset: int, expected: list[list[int]]
) -> None:
    assert label_runs(labels, role, offset) == expected


# --- in_regions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "regions", "expected"),
    [
        (3, 5, [], False),
        (3, 5, [(0, 10)], True),
        (0, 10, [(0, 10)], True),
        (5, 11, [(0, 10)], False),
        (10, 11, [(0, 10)], False),
        (0, 3, [(2, 10)], False),
        (12, 13, [(0, 10), (11, 20)], True),
        (8, 13, [(0, 10), (11, 20)], False),
    ],
    ids=[
        "no-regions",
        "inside",
        "same-bounds",
        "overhangs-end",
        "starts-at-region-end",
        "overhangs-start",
        "second-region",
        "straddles-two",
    ],
)
def test_extract_helpers_in_regions_needs_full_containment(
    start: int, end: int, regions: list[tuple[int, int]], expected: bool
) -> None:
    assert in_regions(start, end, regions) is expected


# --- attribution_kind -------------------------------------------------------------


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (("taxes will rise",), "indirect"),
        (("the students’ union won’t pay",), "indirect"),
        (("the students' union won't pay",), "indirect"),
        (('"Taxes will rise."',), "direct"),
        (("“Taxes will rise,”",), "direct"),
        (("“Taxes will rise”.",), "direct"),
        (("« Les impôts vont augmenter »",), "direct"),
        (("„Steuern steigen“",), "direct"),
        (("“We will,”", "“win.”"), "direct"),
        (("‘Taxes will rise,’",), "direct"),
        (("taxes will “rise sharply”",), "mixed"),
        (("“Taxes will rise” if costs fall",), "mixed"),
        (("“We will,”", "win soon"), "mixed"),
    ],
    ids=[
        "no-marks",
        "curly-apostrophes-only",
        "straight-apostrophes-only",
        "straight-double",
        "curly-double",
        "mark-before-final-period",
        "guillemets",
        "german",
        "two-quoted-pieces",
        "curly-single",
        "quoted-fragment",
        "quoted-then-paraphrase",
        "quoted-piece-then-plain-piece",
    ],
)
def test_extract_helpers_kind_classifies_content(
    pieces: tuple[str, ...], expected: AttributionKind
) -> None:
    assert attribution_kind(_spans(*pieces)) == expected


def test_extract_helpers_kind_straight_single_quotation_is_direct() -> None:
    assert attribution_kind(_spans("'Taxes will rise,'")) == "direct"


# --- resolve_overlaps -------------------------------------------------------


def test_extract_helpers_resolve_overlaps_empty() -> None:
    assert resolve_overlaps([]) == []


def test_extract_helpers_resolve_overlaps_keeps_disjoint_candidates() -> None:
    a = _cand([1], [[2, 3]], 0.4, source=[[0]])
    b = _cand([6], [[7, 8]], 0.9, source=[[5]])
    assert resolve_overlaps([a, b]) == [a, b]


def test_extract_helpers_resolve_overlaps_sorts_by_cue_position() -> None:
    a = _cand([6], [[7, 8]], 0.9)
    b = _cand([1], [[2, 3]], 0.4)
    assert [c.cue for c in resolve_overlaps([a, b])] == [[1], [6]]


@pytest.mark.parametrize(
    ("low_cue", "expected_cues"),
    [([2], [[1]]), ([0], [[1]])],
    ids=["cue-in-content", "cue-in-source"],
)
def test_extract_helpers_resolve_overlaps_drops_candidate_with_claimed_cue(
    low_cue: list[int], expected_cues: list[list[int]]
) -> None:
    high = _cand([1], [[2, 3]], 0.9, source=[[0]])
    low = _cand(low_cue, [[5, 6]], 0.2)
    assert [c.cue for c in resolve_overlaps([low, high])] == expected_cues


def test_extract_helpers_resolve_overlaps_trims_claimed_content() -> None:
    high = _cand([1], [[2, 3]], 0.9)
    low = _cand([5], [[3, 4], [6, 7]], 0.5)
    kept = resolve_overlaps([high, low])
    assert kept[1].content == [[4], [6, 7]]


def test_extract_helpers_resolve_overlaps_trims_claimed_source() -> None:
    high = _cand([1], [[2, 3]], 0.9)
    low = _cand([5], [[6, 7]], 0.5, source=[[3, 4]])
    kept = resolve_overlaps([high, low])
    assert kept[1].source == [[4]]


def test_extract_helpers_resolve_overlaps_drops_candidate_without_content() -> None:
    high = _cand([1], [[2, 3, 4]], 0.9)
    low = _cand([6], [[2, 3]], 0.5)
    assert resolve_overlaps([high, low]) == [high]


def test_extract_helpers_resolve_overlaps_higher_confidence_wins() -> None:
    a = _cand([1], [[2, 3]], 0.3)
    b = _cand([4], [[3, 5]], 0.8)
    kept = {c.cue[0]: c.content for c in resolve_overlaps([a, b])}
    assert kept == {1: [[2]], 4: [[3, 5]]}


def test_extract_helpers_resolve_overlaps_leaves_each_token_to_one() -> None:
    cands = [
        _cand([0], [[1, 2, 3, 4]], 0.5, source=[[9]]),
        _cand([5], [[3, 4, 6]], 0.7, source=[[2]]),
        _cand([8], [[6, 7, 9]], 0.9),
    ]
    tokens = [
        i
        for c in resolve_overlaps(cands)
        for run in (c.cue, *c.content, *c.source)
        for i in run
    ]
    assert len(tokens) == len(set(tokens))


def test_extract_helpers_resolve_overlaps_splits_runs_at_claimed_tokens() -> None:
    high = _cand([5], [[6, 7]], 0.9)
    low = _cand([0], [[3, 4, 5, 6, 7, 8]], 0.5)
    kept = {c.cue[0]: c.content for c in resolve_overlaps([high, low])}
    assert kept[0] == [[3, 4], [8]]


# --- tidy_runs / drop_dateline (tokenizer only, no model) ------------------


@pytest.fixture(scope="module")
def blank_nlp() -> Any:
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VIENNA, Austria (AP) – Iran has expanded its stockpile.", "Iran"),
        ("Vienna – Iran has expanded its stockpile.", "Iran"),
        ("Iran has expanded its stockpile – the report says.", "Iran"),
        ("the talks – which began in May – stalled.", "the"),
        ("LONDON - Britain said it would act.", "Britain"),
        # a hyphen inside a word is no dateline dash
        ("Hosting Trump-Kim summit a contribution to peace", "Hosting"),
    ],
)
def test_extract_helpers_drop_dateline(
    blank_nlp: Any, text: str, expected: str
) -> None:
    doc = blank_nlp(text)
    run = drop_dateline(doc, list(range(len(doc))))
    assert doc[run[0]].text == expected


@pytest.fixture(scope="module")
def dateline_nlp() -> Any:
    import spacy

    from whosaid.nlp.models import split_glued_datelines

    nlp = spacy.blank("en")
    split_glued_datelines(nlp.tokenizer)
    return nlp


@pytest.mark.parametrize(
    "text",
    [
        "Oslo(NTB)Mayor Kari Dahl said so.",
        "(NTB)Mayor Kari Dahl said so.",
        "Budget\nOslo(NTB)Mayor Kari Dahl said so.",
    ],
)
def test_extract_helpers_drop_glued_dateline(dateline_nlp: Any, text: str) -> None:
    doc = dateline_nlp(text)
    first = 2 if text.startswith("Budget") else 0
    # From the line start (the place or the bracket) or from the agency on:
    # what a tagger may hand over.
    agency = next(i for i in range(len(doc)) if doc[i].text == "NTB")
    for start in (first, agency):
        run = drop_dateline(doc, list(range(start, len(doc))))
        assert doc[run[0]].text == "Mayor"


def test_extract_helpers_keep_a_bracket_inside_a_line(dateline_nlp: Any) -> None:
    doc = dateline_nlp("The mayor said Oslo(NTB)Mayor Dahl agreed.")
    start = next(i for i in range(len(doc)) if doc[i].text == "Oslo")
    run = list(range(start, len(doc)))
    assert drop_dateline(doc, run) == run


def test_extract_helpers_tidy_runs_rejoins_a_split_closing_mark(blank_nlp: Any) -> None:
    doc = blank_nlp('"We will win," she said.')
    # '"We will win,' and the closing '"' tagged apart.
    runs = tidy_runs(doc, [[5], [0, 1, 2, 3, 4]])
    assert runs == [[0, 1, 2, 3, 4, 5]]


def test_extract_helpers_tidy_runs_drops_bare_punctuation(blank_nlp: Any) -> None:
    doc = blank_nlp("Taxes will rise , she said .")
    assert tidy_runs(doc, [[0, 1, 2], [6]]) == [[0, 1, 2]]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Vik and Strand both", "Vik and Strand"),
        ("The leaders all", "The leaders"),
        ("Both", "Both"),  # never emptied
        ("Vik", "Vik"),
    ],
)
def test_extract_helpers_without_floating_tail(
    blank_nlp: Any, text: str, kept: str
) -> None:
    doc = blank_nlp(text)
    run = without_floating_tail(doc, list(range(len(doc))))
    assert doc[run[0] : run[-1] + 1].text == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hosting the summit a worthwhile contribution to peace, says PM Lee",
            ("PM Lee", "says", "Hosting the summit a worthwhile contribution to peace"),
        ),
        (
            "Economy will recover next year, says central bank chief",
            ("central bank chief", "says", "Economy will recover next year"),
        ),
        ("Bread, milk and eggs", None),  # no verb after the comma
        ("Prices rise, says a long report on the state of the economy", None),
        ("The board met, names new chairman Ivo Lind", None),  # naming: no cue
    ],
)
def test_inverted_headline(blank_nlp: Any, text: str, expected: Any) -> None:
    from whosaid.attribution.headlines import _inverted_headline

    doc = blank_nlp(text)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() and tok.i else "NOUN"
    found = _inverted_headline(doc, 0, len(doc) - 1)
    if expected is None:
        assert found is None
        return
    assert found is not None
    got = tuple(
        doc[run[0] : run[-1] + 1].text
        for run in (found.source[0], found.cue, found.content[0])
    )
    assert got == expected
