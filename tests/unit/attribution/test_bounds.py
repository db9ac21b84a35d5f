"""The content boundary model: cut points, features, cuts, growth, training."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.bounds import (
    POLNEAR_MODEL_FILE,
    BoundaryModel,
    Examples,
    SideModel,
    bounds_model,
    cut_features,
    cut_points,
    doc_view,
    fit,
    load_model,
    next_stretch,
    prev_stretch,
    refine_run,
    run_context,
    run_examples,
)
from whosaid.attribution.features import doc_features
from whosaid.attribution.scheme import levers

# "Smith said the plan failed , but the talks go on ."
_BUT: list[ParsedToken] = [
    ("Smith", "PROPN", "NNP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("plan", "NOUN", "NN", "nsubj", 4),
    ("failed", "VERB", "VBD", "ccomp", 1),
    (",", "PUNCT", ",", "punct", 1),
    ("but", "CCONJ", "CC", "cc", 1),
    ("the", "DET", "DT", "det", 8),
    ("talks", "NOUN", "NNS", "nsubj", 9),
    ("go", "VERB", "VBP", "conj", 1),
    ("on", "ADP", "RP", "prt", 9),
    (".", "PUNCT", ".", "punct", 1),
]
_BUT_CUE = [1]
_BUT_RUN = list(range(2, 11))  # "the plan failed, but the talks go on"

# "Smith told the AP that prices rise ."
_TOLD: list[ParsedToken] = [
    ("Smith", "PROPN", "NNP", "nsubj", 1),
    ("told", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("AP", "PROPN", "NNP", "dative", 1),
    ("that", "SCONJ", "IN", "mark", 6),
    ("prices", "NOUN", "NNS", "nsubj", 6),
    ("rise", "VERB", "VBP", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]

# "a job-approval rating fell" as the content of "said"
_HYPHEN: list[ParsedToken] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("a", "DET", "DT", "det", 6),
    ("job", "NOUN", "NN", "compound", 5),
    ("-", "PUNCT", "HYPH", "punct", 5),
    ("approval", "NOUN", "NN", "compound", 6),
    ("rating", "NOUN", "NN", "nsubj", 7),
    ("fell", "VERB", "VBD", "ccomp", 1),
]


def _view(vocab: Any, tokens: list[ParsedToken], tight: frozenset[str]) -> Any:
    doc = parsed_doc(vocab, tokens, tight=tight)
    return doc_view(doc, doc_features(doc))


@pytest.fixture
def but(vocab: Any) -> Any:
    return _view(vocab, _BUT, frozenset({",", "."}))


@pytest.fixture
def told(vocab: Any) -> Any:
    return _view(vocab, _TOLD, frozenset({"."}))


def _side(weights: dict[str, float], bias: float = -3.0) -> SideModel:
    return SideModel(bias=bias, weights=weights, threshold=0.5)


_NEVER = SideModel(bias=-10.0, weights={}, threshold=0.5)
_ALWAYS = SideModel(bias=10.0, weights={}, threshold=0.5)


def _model(
    start: SideModel = _NEVER,
    end: SideModel = _NEVER,
    grow: SideModel = _NEVER,
    lead: SideModel = _NEVER,
) -> BoundaryModel:
    return BoundaryModel(start=start, end=end, grow=grow, lead=lead)


def test_subtree_edges_match_spacy(vocab: Any) -> None:
    doc = parsed_doc(vocab, _BUT, tight=frozenset({",", "."}))
    view = doc_view(doc, doc_features(doc))
    assert [view.edges(t.i) for t in doc] == [
        (t.left_edge.i, t.right_edge.i) for t in doc
    ]


def test_cut_points_after_punctuation_and_at_clause_edges(but: Any) -> None:
    # "but" follows a comma; "the talks go on" is a clause of its own
    assert cut_points(but, _BUT_RUN) == [6, 7]


def test_cut_points_are_the_points_after_the_runs_first_word(but: Any) -> None:
    # the bisection over ``points`` gives what a scan of ``point`` gives
    for lo in range(len(but.point)):
        for hi in range(lo, len(but.point)):
            run = list(range(lo, hi + 1))
            first = next((i for i in run if but.word[i]), None)
            scanned = (
                []
                if first is None
                else [k for k in range(first + 1, hi + 1) if but.point[k]]
            )
            assert cut_points(but, run) == scanned


def test_no_cut_point_inside_a_hyphenated_word(vocab: Any) -> None:
    view = _view(vocab, _HYPHEN, frozenset({"-", "approval"}))  # "job-approval"
    assert 5 not in cut_points(view, list(range(2, 8)))


def test_cut_features_describe_the_dropped_clause(but: Any) -> None:
    ctx = run_context(but, _BUT_CUE, _BUT_RUN, "crf.v1")
    feats = cut_features(but, ctx, 6, "end")
    assert "b=,|w=but" in feats
    assert "m=crf.v1" in feats
    assert "cue=before" in feats
    assert "d.verb=True|True" in feats  # "the talks go on": a verb, a subject


def test_end_cut_drops_the_clause_and_the_comma(but: Any) -> None:
    model = _model(end=_side({"b=,|w=but": 5.0}))
    assert refine_run(but, _BUT_CUE, _BUT_RUN, model) == [2, 3, 4]


def test_no_cut_leaves_a_dangling_conjunction(but: Any) -> None:
    # the cut before "the talks" would end the content on "but"
    model = _model(end=_side({"clause=conj": 5.0}))
    assert refine_run(but, _BUT_CUE, _BUT_RUN, model) == _BUT_RUN


def test_a_cut_keeps_enough_of_the_run(but: Any) -> None:
    # the model would start the content at "go on": 2 of its 8 words, too few
    model = _model(start=_side({"w=VERB": 9.0, "w=the": -9.0, "w=but": -9.0}))
    assert refine_run(but, _BUT_CUE, _BUT_RUN, model) == _BUT_RUN


def test_start_cut_drops_the_cues_indirect_object(told: Any) -> None:
    model = _model(start=_side({"clause=ccomp|hcue=True": 5.0}))
    assert refine_run(told, [1], [2, 3, 4, 5, 6], model) == [4, 5, 6]


def test_a_sure_model_changes_nothing_it_is_not_sure_of(told: Any) -> None:
    assert refine_run(told, [1], [2, 3, 4, 5, 6], _model()) == [2, 3, 4, 5, 6]


def test_growth_takes_stretches_up_to_busy_tokens(but: Any) -> None:
    run = [2, 3, 4]  # "the plan failed"
    # "but the talks go on" is one stretch: no content ends on "but"
    assert next_stretch(but, 4, busy=set()) == (6, 10)
    grown = refine_run(but, _BUT_CUE, run, _model(grow=_ALWAYS), busy={0, 1})
    assert grown == list(range(2, 11))
    blocked = refine_run(but, _BUT_CUE, run, _model(grow=_ALWAYS), busy={0, 1, 8})
    assert blocked == run


def test_growth_at_the_start_takes_the_complementizer(told: Any) -> None:
    run = [5, 6]  # "prices rise" of "told the AP that prices rise"
    assert prev_stretch(told, 5, busy=set()) == (4, 4)
    grown = refine_run(told, [1], run, _model(lead=_ALWAYS), busy={0, 1})
    # "that", and no further: the stretch before it reaches the cue
    assert grown == [4, 5, 6]
    assert refine_run(told, [1], run, _model(lead=_ALWAYS), busy={1, 4}) == run


def test_run_examples_label_cuts_against_gold(but: Any) -> None:
    examples = {side: Examples() for side in ("start", "end", "grow", "lead")}
    gold = {2, 3, 4}  # "the plan failed"
    run_examples(but, _BUT_CUE, _BUT_RUN, gold, examples, busy={0, 1})
    # end cuts before "but" (right) and before "the talks" (dangling: none)
    assert examples["end"].labels == [1]
    assert examples["end"].gain == [5]
    assert examples["end"].loss == [0]
    # start cuts: at "but" and at "the talks" both lose the gold words
    assert examples["start"].labels == [0, 0]


def test_run_examples_with_net_take_a_cut_that_pays(but: Any) -> None:
    gold = {2, 3, 4, 6}  # "the plan failed" and "but"
    for net, label in ((0.0, 0), (4.0, 1), (5.0, 0)):
        examples = {side: Examples() for side in ("start", "end", "grow", "lead")}
        run_examples(but, _BUT_CUE, _BUT_RUN, gold, examples, net=net)
        # the end cut before "but" drops four wrong words and one gold one
        assert (examples["end"].gain, examples["end"].loss) == ([4], [1])
        assert examples["end"].labels == [label]


def test_fit_learns_a_separating_feature() -> None:
    examples = Examples()
    for _ in range(20):
        examples.add(["b=,", "x"], 1, 3, 0)
        examples.add(["b=-", "x"], 0, 0, 3)
    model = fit(examples, threshold=0.5, l2=1.0)
    assert model.probability(["b=,", "x"]) > 0.8
    assert model.probability(["b=-", "x"]) < 0.2
    assert fit(examples, threshold=0.5, l2=1.0) == model  # deterministic


def test_model_file_round_trip(tmp_path: Path) -> None:
    model = _model(end=_side({"b=,|w=but": 2.5}))
    path = tmp_path / "bounds.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.end.weights == {"b=,|w=but": 2.5}
    assert again.end.threshold == 0.5


def test_model_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bounds.json"
    path.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(ValueError, match="format 99"):
        load_model(path)


def test_tagger_folder_without_a_boundary_model(tmp_path: Path) -> None:
    assert bounds_model(str(tmp_path)) is None


def test_shipped_boundary_model_loads() -> None:
    model = bounds_model()
    assert model is not None
    assert model.end.weights and model.start.weights
    assert model.grow.weights and model.lead.weights


def _write_model(path: Path, bias: float) -> None:
    path.write_text(_model(end=_side({}, bias=bias)).to_json(), encoding="utf-8")


def test_a_schemes_boundary_model_file_else_the_default_one(tmp_path: Path) -> None:
    _write_model(tmp_path / "bounds.json", 1.0)
    named = bounds_model(str(tmp_path), "bounds_polnear.json")
    assert named is not None and named.end.bias == 1.0  # no such file: default
    _write_model(tmp_path / "bounds_polnear.json", 2.0)
    named = bounds_model(str(tmp_path), "bounds_polnear.json")
    assert named is not None and named.end.bias == 2.0
    plain = bounds_model(str(tmp_path))
    assert plain is not None and plain.end.bias == 1.0


def test_the_polnear_scheme_names_its_own_boundary_model() -> None:
    assert levers("polnear").bounds_model == POLNEAR_MODEL_FILE
    assert levers("news").bounds_model == "bounds.json"


def test_wide_cut_points_add_objects_conjunctions_and_prepositions(told: Any) -> None:
    run = [1, 2, 3, 4, 5, 6]  # "told the AP that prices rise"
    assert cut_points(told, run) == [4]
    assert cut_points(told, run, wide=True) == [2, 4]  # "the AP": an object


def test_a_model_trained_on_wide_points_cuts_at_them(told: Any) -> None:
    start = _side({"dep=det": 9.0})  # the object's first word
    narrow = _model(start=start)
    wide = BoundaryModel(
        start=start, end=_NEVER, grow=_NEVER, lead=_NEVER, meta={"wide_points": True}
    )
    run = [1, 2, 3, 4, 5, 6]
    assert refine_run(told, [0], run, narrow) == run
    assert refine_run(told, [0], run, wide) == [2, 3, 4, 5, 6]
