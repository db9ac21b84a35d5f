"""The learned content split at a coordination (polnear scheme).

Docs are built by hand (words, tags, heads, labels, parts of speech), so no
spaCy model runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

from whosaid.attribution.model import default_model_dir
from whosaid.attribution.scheme import levers
from whosaid.attribution.splits import (
    POLNEAR_SPLIT_MODEL,
    SplitModel,
    cut_at,
    load_split_model,
    point_features,
    split_contents,
    split_model,
    split_points,
)


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Any:
    words, heads, deps, tags, pos = zip(*rows, strict=True)
    doc = Doc(
        spacy.blank("en").vocab,
        words=list(words),
        heads=list(heads),
        deps=list(deps),
        tags=list(tags),
    )
    for tok, p in zip(doc, pos, strict=True):
        tok.pos_ = p
    return doc


# "She noted that taxes rose and asked whether cuts help ."
_TWO_REPORTS = [
    ("She", 1, "nsubj", "PRP", "PRON"),
    ("noted", 1, "ROOT", "VBD", "VERB"),
    ("that", 4, "mark", "IN", "SCONJ"),
    ("taxes", 4, "nsubj", "NNS", "NOUN"),
    ("rose", 1, "ccomp", "VBD", "VERB"),
    ("and", 1, "cc", "CC", "CCONJ"),
    ("asked", 1, "conj", "VBD", "VERB"),
    ("whether", 9, "mark", "IN", "SCONJ"),
    ("cuts", 9, "nsubj", "NNS", "NOUN"),
    ("help", 6, "ccomp", "VBP", "VERB"),
    (".", 1, "punct", ".", "PUNCT"),
]
# "She said higher taxes and new fees rose ."
_NOUNS = [
    ("She", 1, "nsubj", "PRP", "PRON"),
    ("said", 1, "ROOT", "VBD", "VERB"),
    ("higher", 3, "amod", "JJR", "ADJ"),
    ("taxes", 7, "nsubj", "NNS", "NOUN"),
    ("and", 3, "cc", "CC", "CCONJ"),
    ("new", 6, "amod", "JJ", "ADJ"),
    ("fees", 3, "conj", "NNS", "NOUN"),
    ("rose", 1, "ccomp", "VBD", "VERB"),
    (".", 1, "punct", ".", "PUNCT"),
]
_RUN = list(range(2, 10))


def _model(threshold: float) -> SplitModel:
    return SplitModel(weights={"head_out": 4.0}, bias=-2.0, threshold=threshold)


def test_split_point_is_a_conjunction_joining_two_words_of_the_run() -> None:
    doc = _doc(_TWO_REPORTS)
    assert split_points(doc, _RUN) == [5]
    assert split_points(doc, [2, 3, 4, 5, 6]) == []  # one word after "and"


def test_cut_drops_the_conjunction() -> None:
    assert cut_at(_doc(_TWO_REPORTS), _RUN, 5) == ([2, 3, 4], [6, 7, 8, 9])


def test_features_of_a_second_reporting_verb() -> None:
    f = point_features(_doc(_TWO_REPORTS), [1], _RUN, 5, 1)
    assert f["head_out"] == 1.0 and f["head_cue"] == 1.0
    assert f["conj_pos=VERB"] == 1.0 and f["conj_subject"] == 0.0
    assert f["right_wh"] == 0.0 and f["w=and"] == 1.0


def test_split_contents_over_and_under_the_threshold() -> None:
    doc = _doc(_TWO_REPORTS)
    assert split_contents(doc, [1], [_RUN], _model(0.5)) == [
        [[2, 3, 4]],
        [[6, 7, 8, 9]],
    ]
    assert split_contents(doc, [1], [_RUN], _model(0.95)) == [[_RUN]]
    assert split_contents(doc, [1], [_RUN], None) == [[_RUN]]


def test_only_a_one_run_content_is_split() -> None:
    runs = [[2, 3, 4], [6, 7, 8, 9]]
    assert split_contents(_doc(_TWO_REPORTS), [1], runs, _model(0.5)) == [runs]


def test_shipped_model_splits_two_reports_and_keeps_nouns_whole() -> None:
    model = load_split_model(default_model_dir() / POLNEAR_SPLIT_MODEL)
    assert len(split_contents(_doc(_TWO_REPORTS), [1], [_RUN], model)) == 2
    nouns = list(range(2, 8))
    assert split_points(_doc(_NOUNS), nouns) == [4]
    assert split_contents(_doc(_NOUNS), [1], [nouns], model) == [[nouns]]


def test_only_the_polnear_scheme_names_a_split_model(tmp_path: Path) -> None:
    assert levers("news").split_model is None
    assert levers("polnear").split_model == POLNEAR_SPLIT_MODEL
    assert split_model(str(tmp_path), POLNEAR_SPLIT_MODEL) is None
    assert split_model(None, None) is None
