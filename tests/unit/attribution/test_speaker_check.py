"""The learned speaker check (:mod:`whosaid.attribution.speaker_check`):
features from hand-parsed Docs, the keep/drop decision and the confidence,
the switch, and the shipped weights being what
``scripts/train_speaker_check.py`` fits from its committed table."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests.factories import make_attribution, make_speaker, parsed_doc, span

from whosaid.attribution import speaker_check
from whosaid.attribution.screen import (
    attribution_features,
    load_screen,
    screen_probabilities,
)
from whosaid.attribution.speaker_check import (
    Regression,
    SpeakerCheck,
    _DocView,
    check_attributions,
    load_speaker_check,
    speaker_features,
)

ROOT = Path(__file__).parents[3]

Token = tuple[str, str, str, str, int]

# Lee met Park . He said that talks would resume .
_TWO_SENTENCES: list[Token] = [
    ("Lee", "PROPN", "NNP", "nsubj", 1),
    ("met", "VERB", "VBD", "ROOT", 1),
    ("Park", "PROPN", "NNP", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
    ("He", "PRON", "PRP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    ("that", "SCONJ", "IN", "mark", 9),
    ("talks", "NOUN", "NNS", "nsubj", 9),
    ("would", "AUX", "MD", "aux", 9),
    ("resume", "VERB", "VB", "ccomp", 5),
    (".", "PUNCT", ".", "punct", 5),
]

# Ann Lee said that talks would resume .
_NAMED: list[Token] = [
    ("Ann", "PROPN", "NNP", "compound", 1),
    ("Lee", "PROPN", "NNP", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("that", "SCONJ", "IN", "mark", 6),
    ("talks", "NOUN", "NNS", "nsubj", 6),
    ("would", "AUX", "MD", "aux", 6),
    ("resume", "VERB", "VB", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def _pronoun(vocab: Any) -> tuple[Any, Any]:
    doc = parsed_doc(vocab, _TWO_SENTENCES, ents=[(0, 1, "PERSON"), (2, 3, "PERSON")])
    text = doc.text
    a = make_attribution(
        kind="indirect",
        source=(span(text, "He"),),
        cue=(span(text, "said"),),
        content=(span(text, "talks would resume"),),
        speaker=make_speaker("Lee", mention=span(text, "Lee"), resolved_by="pronoun"),
        method="crf.v1",
    )
    return doc, a


def _named(vocab: Any) -> tuple[Any, Any]:
    doc = parsed_doc(vocab, _NAMED, ents=[(0, 2, "PERSON")])
    text = doc.text
    a = make_attribution(
        kind="indirect",
        source=(span(text, "Ann Lee"),),
        cue=(span(text, "said"),),
        content=(span(text, "talks would resume"),),
        speaker=make_speaker("Ann Lee", mention=span(text, "Ann Lee")),
        method="crf.v1",
    )
    return doc, a


def test_a_pronoun_resolved_to_a_name_a_sentence_back(vocab: Any) -> None:
    doc, a = _pronoun(vocab)
    f = speaker_features(doc, a)
    assert f["resolved=pronoun"] == 1.0
    assert f["source=pron=he"] == 1.0
    assert f["mention_in_source"] == 0.0
    assert f["mention_same_sentence"] == 0.0
    assert f["mention_log_sentences"] == pytest.approx(math.log1p(1))
    assert f["mention_after_source"] == 0.0
    # Park, another person, is named in the window; Lee is the speaker
    assert f["rival_people"] == pytest.approx(math.log1p(1))
    assert f["rival_any_person"] == 1.0
    assert f["name_words=1"] == 1.0
    assert f["mention_ent=PERSON"] == 1.0
    assert "screen_logit" in f and f["method=crf.v1"] == 1.0


def test_a_name_in_the_source_known_to_world_knowledge(vocab: Any) -> None:
    doc, a = _named(vocab)
    f = speaker_features(
        doc, a, known=lambda name: name == "Ann Lee", kind_of=lambda name: None
    )
    assert f["mention_in_source"] == 1.0
    assert "mention_log_sentences" not in f
    assert f["source=name"] == 1.0
    assert f["name_words=2"] == 1.0
    assert f["name_known_person"] == 1.0
    assert f["rival_people"] == 0.0 and f["rival_any_person"] == 0.0


def test_the_kind_world_knowledge_gives_the_name(vocab: Any) -> None:
    doc, a = _named(vocab)
    f = speaker_features(doc, a, kind_of=lambda name: "company")
    assert f["name_kind=company"] == 1.0
    assert "name_known_person" not in f


def test_an_unnamed_speaker(vocab: Any) -> None:
    doc, a = _named(vocab)
    a = make_attribution(
        kind="indirect",
        source=a.source,
        cue=a.cue,
        content=a.content,
        speaker=make_speaker(None),
        method="crf.v1",
    )
    f = speaker_features(doc, a)
    assert f["speaker_unnamed"] == 1.0
    assert f["mention_none"] == 1.0
    assert f["resolved=unresolved"] == 1.0


def _toy_check() -> SpeakerCheck:
    return SpeakerCheck(
        content=Regression(weights={}, bias=math.log(4.0)),  # 0.8
        speaker=Regression(weights={"resolved=pronoun": -20.0}, bias=10.0),
        threshold=0.5,
    )


def test_a_doubtful_speaker_is_dropped_the_rest_get_the_probability(
    vocab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the toy documents are one or two sentences: let the check drop there
    monkeypatch.setattr(speaker_check, "MIN_PAGE_SENTENCES", 1)
    check = _toy_check()
    pronoun_doc, pronoun = _pronoun(vocab)
    named_doc, named = _named(vocab)
    assert check_attributions(pronoun_doc, [pronoun], model=check) == ()
    (kept,) = check_attributions(named_doc, [named], model=check)
    assert kept.confidence == pytest.approx(0.8, abs=1e-3)
    assert kept.speaker == named.speaker and kept.content == named.content


def test_the_screen_probability_is_read_when_given(vocab: Any) -> None:
    doc, a = _named(vocab)
    computed = speaker_features(doc, a)
    p = load_screen().probability(attribution_features(doc, a))
    assert speaker_features(doc, a, screen_probability=p) == computed
    given = speaker_features(doc, a, screen_probability=0.5)
    assert given["screen_logit"] == 0.0
    kept = check_attributions(doc, [a], model=_toy_check())
    shared = check_attributions(
        doc,
        [a],
        model=_toy_check(),
        screen_probabilities=screen_probabilities(doc, [a]),
    )
    assert shared == kept


def test_the_doc_view_finds_entities_by_bisection(vocab: Any) -> None:
    doc = parsed_doc(
        vocab, _TWO_SENTENCES, ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (7, 8, "ORG")]
    )
    view = _DocView.of(doc)
    people = frozenset({"PERSON"})
    # Lee 0-3, Park 8-12, talks 27-32 (ORG here, for the test)
    assert view.names_between(0, 12, people) == {"lee", "park"}
    assert view.names_between(1, 12, people) == {"park"}
    assert view.names_between(0, 11, people) == {"lee"}
    assert [e[:2] for e in view.entities] == [(0, 3), (8, 12), (27, 32)]
    assert view.names_between(0, 40, frozenset({"ORG"})) == {"talks"}
    assert view.labels_over(2, 9) == {"PERSON"}
    assert view.labels_over(3, 8) == set()
    assert view.labels_over(9, 29) == {"PERSON", "ORG"}
    assert view.labels_over(12, 27) == set()
    assert view.labels_over(9, 9) == {"PERSON"}


def test_a_short_document_keeps_everything_with_the_probability(vocab: Any) -> None:
    # two sentences, under MIN_PAGE_SENTENCES: outside the pages it was fitted on
    doc, pronoun = _pronoun(vocab)
    (kept,) = check_attributions(doc, [pronoun], model=_toy_check())
    assert kept.confidence == pytest.approx(0.0, abs=1e-3)
    assert kept.speaker == pronoun.speaker


def test_the_switch_keeps_everything_unchanged(vocab: Any) -> None:
    doc, a = _pronoun(vocab)
    assert check_attributions(doc, [a], model=_toy_check(), enabled=False) == (a,)


def test_probability_is_the_product_of_the_two_models() -> None:
    check = SpeakerCheck(
        content=Regression(weights={"x": 2.0}, bias=-1.0),
        speaker=Regression(weights={}, bias=0.0),
        threshold=0.5,
    )
    assert check.probability({"x": 0.5}) == pytest.approx(0.25)
    assert check.probability({"x": 3.0}) == pytest.approx(0.4966, abs=1e-3)


def test_the_drop_is_on_the_product_not_on_either_model() -> None:
    check = SpeakerCheck(
        content=Regression(weights={"x": 2.0}, bias=-1.0),
        speaker=Regression(weights={}, bias=0.0),
        threshold=0.3,
    )
    # the content model alone says 0.5 and the speaker model 0.5: both over
    # 0.3, their product (0.25) under it
    assert not check.keeps({"x": 0.5})
    assert check.keeps({"x": 5.0})


def test_the_news_scheme_checks_speakers_the_polnear_scheme_does_not() -> None:
    from whosaid.attribution.scheme import levers

    assert levers("news").speaker_check
    assert not levers("polnear").speaker_check


def test_the_shipped_check_loads() -> None:
    check = load_speaker_check()
    assert 0.0 <= check.threshold < 1.0
    assert check.content.weights and check.speaker.weights


def _train_script() -> ModuleType:
    path = ROOT / "scripts" / "train_speaker_check.py"
    spec = importlib.util.spec_from_file_location("train_speaker_check", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_is_deterministic_on_a_toy_table() -> None:
    ts = _train_script()
    rows = [
        {"set": "a", "file": "f", "label": "right", "features": {"x": 1.0}},
        {"set": "a", "file": "f", "label": "wrongspk", "features": {"y": 1.0}},
        {"set": "a", "file": "f", "label": "spur", "features": {"z": 1.0}},
    ] * 5
    first = ts.fit(rows)
    assert first == ts.fit(rows)
    speaker_weights, _ = first["speaker"]
    content_weights, _ = first["content"]
    assert speaker_weights["x"] > 0 > speaker_weights["y"]
    assert "z" not in speaker_weights  # spurious rows teach the content model
    assert content_weights["z"] < 0 < content_weights["y"]


def test_the_shipped_weights_are_the_fit_of_the_committed_table() -> None:
    ts = _train_script()
    rows = ts.ts.read_table(ts.TABLE)
    shipped = json.loads(
        (
            ROOT / "src" / "whosaid" / "attribution" / "data" / "speaker_check.json"
        ).read_text()
    )
    assert shipped["table"] == ts.ts.table_digest(rows)
    assert ts.check_json(rows, shipped["threshold"]) == shipped
