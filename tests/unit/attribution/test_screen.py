"""The learned screen (:mod:`whosaid.attribution.screen`): features from
hand-parsed Docs, the keep/drop decision, the switch, and the shipped weights
being what ``scripts/train_screen.py`` fits from its committed table."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests.factories import make_attribution, make_speaker, parsed_doc, span

from whosaid.attribution.screen import (
    Screen,
    attribution_features,
    load_screen,
    screen_attributions,
    screen_probabilities,
)

ROOT = Path(__file__).parents[3]

Token = tuple[str, str, str, str, int]

# The ministry said that talks would resume .
_SAID_THAT: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("ministry", "NOUN", "NN", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("that", "SCONJ", "IN", "mark", 5),
    ("talks", "NOUN", "NNS", "nsubj", 5),
    ("would", "AUX", "MD", "aux", 5),
    ("resume", "VERB", "VB", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
]

# Smith was appointed to the board .
_APPOINTED: list[Token] = [
    ("Smith", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "AUX", "VBD", "auxpass", 2),
    ("appointed", "VERB", "VBN", "ROOT", 2),
    ("to", "ADP", "IN", "prep", 2),
    ("the", "DET", "DT", "det", 5),
    ("board", "NOUN", "NN", "pobj", 3),
    (".", "PUNCT", ".", "punct", 2),
]

# The minister denied the charges .
_DENIED: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("minister", "NOUN", "NN", "nsubj", 2),
    ("denied", "VERB", "VBD", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("charges", "NOUN", "NNS", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def _said_that(vocab: Any) -> tuple[Any, Any]:
    doc = parsed_doc(vocab, _SAID_THAT)
    text = doc.text
    a = make_attribution(
        kind="indirect",
        source=(span(text, "The ministry"),),
        cue=(span(text, "said"),),
        content=(span(text, "talks would resume"),),
        speaker=make_speaker("ministry", resolved_by="nominal"),
        method="crf.v1",
    )
    return doc, a


def _appointed(vocab: Any) -> tuple[Any, Any]:
    doc = parsed_doc(vocab, _APPOINTED)
    text = doc.text
    a = make_attribution(
        kind="indirect",
        source=(span(text, "Smith"),),
        cue=(span(text, "appointed"),),
        content=(span(text, "to the board"),),
        speaker=make_speaker("Smith"),
        method="crf.v1",
        confidence=0.3,
    )
    return doc, a


def test_a_reporting_verb_with_a_clause(vocab: Any) -> None:
    doc, a = _said_that(vocab)
    f = attribution_features(doc, a)
    assert f["cue_say"] == 1.0
    assert f["cue_word"] == 1.0
    assert f["content_shape=clause"] == 1.0
    assert f["content_complementizer"] == 1.0
    assert f["cue_passive"] == 0.0
    assert f["speaker=nominal"] == 1.0
    assert f["method=crf.v1"] == 1.0 and f["kind=indirect"] == 1.0
    assert f["cue_dep=ROOT"] == 1.0


def test_a_passive_appointment(vocab: Any) -> None:
    doc, a = _appointed(vocab)
    f = attribution_features(doc, a)
    assert f["cue_passive"] == 1.0
    assert f["cue_event=naming"] == 1.0
    assert f["content_shape=np"] == 1.0
    assert f["cue_say"] == 0.0


def test_a_direct_object_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _DENIED)
    text = doc.text
    a = make_attribution(
        kind="indirect",
        cue=(span(text, "denied"),),
        content=(span(text, "the charges"),),
    )
    f = attribution_features(doc, a)
    assert f["content_object"] == 1.0
    assert f["content_shape=np"] == 1.0
    assert f["source_none"] == 1.0 and f["speaker=none"] == 1.0


def test_quotes_and_first_person(vocab: Any) -> None:
    tokens: list[Token] = [
        ('"', "PUNCT", "``", "punct", 4),
        ("We", "PRON", "PRP", "nsubj", 2),
        ("won", "VERB", "VBD", "ccomp", 4),
        ('"', "PUNCT", "''", "punct", 4),
        ("said", "VERB", "VBD", "ROOT", 4),
        ("Lee", "PROPN", "NNP", "nsubj", 4),
    ]
    doc = parsed_doc(vocab, tokens, ents=[(5, 6, "PERSON")], tight=frozenset())
    text = doc.text
    a = make_attribution(
        kind="direct",
        source=(span(text, "Lee"),),
        cue=(span(text, "said"),),
        content=(span(text, "We won"),),
        speaker=make_speaker("Lee"),
    )
    f = attribution_features(doc, a)
    assert f["content_quoted"] == 1.0
    assert f["content_first_person"] == 1.0
    assert f["cue_after_content"] == 1.0
    assert f["source_ent=PERSON"] == 1.0


def _toy_screen() -> Screen:
    return Screen(
        weights={"cue_say": 4.0, "cue_event=naming": -4.0}, bias=0.0, threshold=0.5
    )


def test_the_screen_drops_what_scores_under_the_threshold(vocab: Any) -> None:
    said_doc, said = _said_that(vocab)
    appointed_doc, appointed = _appointed(vocab)
    screen = _toy_screen()
    assert screen_attributions(said_doc, [said], screen=screen) == (said,)
    assert screen_attributions(appointed_doc, [appointed], screen=screen) == ()
    kept = screen_attributions(appointed_doc, [appointed], screen=screen, enabled=False)
    assert kept == (appointed,)


def test_the_screen_reads_probabilities_computed_once(vocab: Any) -> None:
    said_doc, said = _said_that(vocab)
    screen = _toy_screen()
    found = screen_probabilities(said_doc, [said], screen)
    assert found == {said: screen.probability(attribution_features(said_doc, said))}
    # given probabilities are used as they are, not computed again
    given = {said: 0.0}
    assert screen_attributions(said_doc, [said], screen=screen) == (said,)
    assert (
        screen_attributions(said_doc, [said], screen=screen, probabilities=given) == ()
    )


def test_probability_is_the_logistic_of_the_score() -> None:
    screen = Screen(weights={"x": 2.0}, bias=-1.0, threshold=0.5)
    assert screen.probability({"x": 0.5}) == pytest.approx(0.5)
    assert screen.probability({"x": 100.0}) == pytest.approx(1.0)
    assert not screen.keeps({"x": 0.0})


def test_the_shipped_screen_loads() -> None:
    screen = load_screen()
    assert 0.0 <= screen.threshold < 1.0
    assert screen.weights


def _train_script() -> ModuleType:
    path = ROOT / "scripts" / "train_screen.py"
    spec = importlib.util.spec_from_file_location("train_screen", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_is_deterministic_on_a_toy_table() -> None:
    ts = _train_script()
    rows = [
        {
            "set": "a",
            "file": "f",
            "label": "right",
            "finds": [0],
            "features": {"x": 1.0},
        },
        {"set": "a", "file": "f", "label": "spur", "finds": [], "features": {"y": 1.0}},
    ] * 5
    first = ts.fit(rows)
    assert first == ts.fit(rows)
    weights, _ = first
    assert weights["x"] > 0 > weights["y"]


def test_the_shipped_weights_are_the_fit_of_the_committed_table() -> None:
    ts = _train_script()
    rows = ts.read_table()
    shipped = json.loads(
        (ROOT / "src" / "whosaid" / "attribution" / "data" / "screen.json").read_text()
    )
    assert shipped["table"] == ts.table_digest(rows)
    refit = ts.screen_json(rows, shipped["threshold"])
    assert refit["weights"] == shipped["weights"]
    assert refit["bias"] == shipped["bias"]


# The Senate passed a resolution saying the war must end .
_RESOLUTION: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("Senate", "PROPN", "NNP", "nsubj", 2),
    ("passed", "VERB", "VBD", "ROOT", 2),
    ("a", "DET", "DT", "det", 4),
    ("resolution", "NOUN", "NN", "dobj", 2),
    ("saying", "VERB", "VBG", "acl", 4),
    ("the", "DET", "DT", "det", 7),
    ("war", "NOUN", "NN", "nsubj", 9),
    ("must", "AUX", "MD", "aux", 9),
    ("end", "VERB", "VB", "ccomp", 5),
    (".", "PUNCT", ".", "punct", 2),
]


def test_a_long_cue_is_judged_by_its_speech_word(vocab: Any) -> None:
    doc = parsed_doc(vocab, _RESOLUTION)
    text = doc.text
    a = make_attribution(
        kind="indirect",
        source=(span(text, "The Senate"),),
        cue=(span(text, "passed a resolution saying"),),
        content=(span(text, "the war must end"),),
    )
    f = attribution_features(doc, a)
    assert f["cue_say"] == 1.0  # "saying", not the event verb "passed"
    assert "cue_event=event" not in f
    assert f["cue_participle"] == 1.0 and f["cue_dep=acl"] == 1.0
