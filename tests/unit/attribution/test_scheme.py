"""The attribution scheme option: names, levers, and where it is checked."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab
from tests.factories import unloaded_pipeline

from whosaid.attribution.candidates import MIN_CONTENT_WORDS
from whosaid.attribution.model import CUE_MODEL, POLNEAR_CUE_MODEL
from whosaid.attribution.scheme import NEWS, POLNEAR, POLNEAR_CUE_THRESHOLD, levers
from whosaid.attribution.tagging import CONTENT_THRESHOLD, CUE_THRESHOLD
from whosaid.scale import ScaleSettings
from whosaid.scheme import DEFAULT_SCHEME, SCHEMES, check_scheme
from whosaid.stage_runner import Pipeline


def test_news_is_the_default_scheme() -> None:
    assert DEFAULT_SCHEME == "news"
    assert SCHEMES == ("news", "polnear")
    assert unloaded_pipeline().scheme == "news"
    assert ScaleSettings().scheme == "news"


@pytest.mark.parametrize("name", ["news", "polnear"])
def test_check_scheme_names_a_scheme(name: str) -> None:
    assert check_scheme(name) == name


@pytest.mark.parametrize("name", ["", "News", "brat", "polnear "])
def test_check_scheme_rejects_other_names(name: str) -> None:
    with pytest.raises(ValueError, match="scheme must be one of"):
        check_scheme(name)


def test_a_pipeline_with_an_unknown_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="scheme"):
        Pipeline(nlp=None, taggers=None, knowledge=None, lexicon=None, scheme="x")  # type: ignore[arg-type]


def test_scale_settings_with_an_unknown_scheme_are_refused() -> None:
    with pytest.raises(ValueError, match="scheme"):
        ScaleSettings(scheme="x")  # type: ignore[arg-type]


def test_news_levers_are_the_news_page_defaults() -> None:
    assert levers("news") is NEWS
    assert NEWS.news_filters and NEWS.needs_source
    assert NEWS.min_content_words == MIN_CONTENT_WORDS
    assert NEWS.cue_threshold == CUE_THRESHOLD


def test_polnear_levers_are_the_polnear_scheme() -> None:
    assert levers("polnear") is POLNEAR
    assert not POLNEAR.news_filters
    assert POLNEAR.sourceless_passives and POLNEAR.subjects_through_prepositions
    assert POLNEAR.min_content_words == 1
    assert POLNEAR.cue_threshold == POLNEAR_CUE_THRESHOLD < CUE_THRESHOLD
    assert not NEWS.sourceless_passives and not NEWS.subjects_through_prepositions


def test_the_learned_screen_runs_in_the_news_scheme_only() -> None:
    # the screen was fitted on news pages' gold: PolNeAR's broader
    # attributions are what it drops (about 60% of them right by PolNeAR)
    assert levers("news").screen is True
    assert levers("polnear").screen is False


def test_each_scheme_names_its_cue_tagger() -> None:
    # the news scheme keeps the tagger its screen and calibration were fitted on
    assert levers("news").cue_model == CUE_MODEL
    assert levers("polnear").cue_model == POLNEAR_CUE_MODEL != CUE_MODEL


def test_one_word_rule_contents_and_cue_tails_in_the_polnear_scheme_only() -> None:
    # the news scheme's clause rules keep their two-word contents and no
    # cue-tail fallback, so real pages are unchanged
    assert NEWS.rule_min_words == MIN_CONTENT_WORDS and not NEWS.cue_tail_fallback
    assert POLNEAR.rule_min_words == 1 and POLNEAR.cue_tail_fallback


def test_both_schemes_keep_the_role_taggers_content_threshold() -> None:
    # a lever for CV sweeps (scripts/cv_polnear_bounds.py --levers); lower
    # or higher thresholds traded e2e for partial F1 on train half B
    assert NEWS.content_threshold == POLNEAR.content_threshold == CONTENT_THRESHOLD


class _AskedRoles(Exception):
    pass


def test_extraction_asks_the_role_tagger_for_the_schemes_content_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import whosaid.attribution.extract as extract
    import whosaid.attribution.scheme as scheme

    class _Taggers:
        def with_cue(self, cue_file: str) -> _Taggers:
            return self

    def tag_roles(*_: object, threshold: float) -> None:
        raise _AskedRoles(threshold)

    monkeypatch.setattr(extract, "doc_features", lambda doc: object())
    monkeypatch.setattr(extract, "tag_cues", lambda *_, **__: [([0], 0.9)])
    monkeypatch.setattr(extract, "tag_roles", tag_roles)
    changed = dataclasses.replace(POLNEAR, content_threshold=0.35)
    monkeypatch.setattr(scheme, "_LEVERS", {**scheme._LEVERS, "polnear": changed})
    doc = Doc(Vocab(), words=["Smith", "said", "it", "would", "fail", "."])
    with pytest.raises(_AskedRoles) as asked:
        extract.extract_attributions(doc, taggers=_Taggers(), scheme="polnear")  # type: ignore[arg-type]
    assert asked.value.args == (0.35,)
