"""Cue-relative features: the strings, and the ids the role tagger reads.

Docs are built by hand (words, tags, heads, labels), so no spaCy model runs;
the shipped role model gives the ids.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from whosaid.attribution.fastfeatures import (
    base_ids,
    cue_feature_ids,
    cue_feature_parts,
)
from whosaid.attribution.features import (
    cue_features,
    cue_relations,
    cue_window,
    doc_features,
    relation_features,
)
from whosaid.attribution.model import _plain_tagger, open_taggers
from whosaid.attribution.scoring import ScoringTagger
from whosaid.attribution.tagging import tag_cues, tag_roles

# "Officials said: “We will win.” He left.“It is over,” she added."
_WORDS = [
    "Officials", "said", ":", "“", "We", "will", "win", ".", "”",
    "He", "left", ".", "“", "It", "is", "over", ",", "”", "she", "added", ".",
]  # fmt: skip
_SPACES = [True, False, True, False, True, True, False, False, True,
           True, False, False, False, True, True, False, False, True, True,
           False, False]  # fmt: skip
_TAGS = ["NNS", "VBD", ":", "``", "PRP", "MD", "VB", ".", "''",
         "PRP", "VBD", ".", "``", "PRP", "VBZ", "RB", ",", "''", "PRP",
         "VBD", "."]  # fmt: skip
_HEADS = [1, 1, 1, 6, 6, 6, 1, 6, 6, 10, 10, 10, 14, 14, 19, 14, 19, 19, 19, 19,
          19]  # fmt: skip
_DEPS = ["nsubj", "ROOT", "punct", "punct", "nsubj", "aux", "ccomp", "punct",
         "punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp", "acomp",
         "punct", "punct", "nsubj", "ROOT", "punct"]  # fmt: skip
_STARTS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]


@pytest.fixture(scope="module")
def doc() -> Any:
    return Doc(
        Vocab(),
        words=_WORDS,
        spaces=_SPACES,
        tags=_TAGS,
        heads=_HEADS,
        deps=_DEPS,
        sent_starts=[bool(s) for s in _STARTS],
    )


@pytest.fixture(scope="module")
def role() -> ScoringTagger:
    tagger = open_taggers().role
    if not isinstance(tagger, ScoringTagger):
        pytest.fail("the shipped role model should open as a ScoringTagger")
    return tagger


def test_cue_relations_of_a_reporting_verb(doc: Any) -> None:
    feats = doc_features(doc)
    relations = cue_relations(feats, [1], 0, 12)
    assert relations[0] == ("sub:nsubj", "-1", "0", "out")
    assert relations[1] == ("cue", "0", "0", "out")
    assert relations[4] == ("sub:ccomp", "+3-5", "0", "near")
    assert relations[10][0] == "none" and relations[10][1] == "+6-10"
    assert relations[10][2] == "1"


def test_cue_relations_governor_sibling_and_quotes(doc: Any) -> None:
    feats = doc_features(doc)
    # "is" (14) hangs from "added" (19): "added" governs it, "she" is a sibling
    relations = dict(enumerate(cue_relations(feats, [14], 9, 21), 9))
    assert relations[19][0] == "gov"
    assert relations[18][0] == "sib:nsubj"
    assert relations[13][0] == "sub:nsubj"
    assert relations[13][3] == "near"
    assert relations[4 + 9][1] == "-1"


def test_relation_features_strings() -> None:
    assert relation_features(("sub:nsubj", "-1", "0", "out")) == [
        "rel=sub:nsubj",
        "pos=-1",
        "sd=0",
        "qr=out",
        "rel_sd=sub:nsubj|0",
        "qr_sd=out|0",
        "pos_rel=-1|sub",
    ]


@pytest.mark.parametrize("cue", [[1], [19], [14], [5, 6], [0]])
def test_cue_feature_ids_are_the_ids_of_cue_features(
    doc: Any, role: ScoringTagger, cue: list[int]
) -> None:
    feats = doc_features(doc)
    start, end = cue_window(feats, cue)
    ids = cue_feature_ids(role, feats, cue, start, end)
    expected = role.ids(cue_features(feats, cue, start, end))
    width = expected.shape[0]
    assert np.array_equal(ids[:width], expected)
    assert (ids[width:] == role.unknown).all()  # padding only


def test_role_tags_from_ids_as_from_strings(doc: Any, role: ScoringTagger) -> None:
    feats = doc_features(doc)
    start, end = cue_window(feats, [1])
    role.set_ids(cue_feature_ids(role, feats, [1], start, end))
    from_ids = role.tag(), [role.marginal("B-CNT", t) for t in range(end - start)]
    labels = role.tag(cue_features(feats, [1], start, end))
    assert from_ids == (labels, [role.marginal("B-CNT", t) for t in range(end - start)])


def test_tag_roles_is_the_same_with_plain_crfsuite(doc: Any) -> None:
    taggers = open_taggers()
    plain = SimpleNamespace(
        cue=taggers.cue, role=_plain_tagger(taggers.model.role_path)
    )
    feats = doc_features(doc)
    found = []
    for cue in ([1], [19], [14]):
        fast = tag_roles(feats, cue, taggers)
        slow = tag_roles(doc_features(doc), cue, plain)  # type: ignore[arg-type]
        assert fast == slow
        found.append(fast)
    assert any(found)  # the tagger finds contents here: the test compares some


def test_tag_cues_is_the_same_with_plain_crfsuite(doc: Any) -> None:
    taggers = open_taggers()
    assert isinstance(taggers.cue, ScoringTagger)
    plain = SimpleNamespace(cue=_plain_tagger(taggers.model.cue_path), role=None)
    fast_feats, slow_feats = doc_features(doc), doc_features(doc)
    fast = tag_cues(fast_feats, taggers, doc=doc)
    slow = tag_cues(slow_feats, plain, doc=doc)  # type: ignore[arg-type]
    assert fast == slow
    assert fast_feats.doc_labels == slow_feats.doc_labels


@pytest.mark.parametrize("cue", [[1], [19], [5, 6]])
def test_cue_feature_parts_tag_as_the_ids(
    doc: Any, role: ScoringTagger, cue: list[int]
) -> None:
    feats = doc_features(doc)
    start, end = cue_window(feats, cue)
    head, base = cue_feature_parts(role, feats, cue, start, end)
    assert base.shape[:2] == (base_ids(role, feats).shape[0], end - start)
    role.set_ids(head, base)
    from_parts = role.tag(), [role.marginal("B-CNT", t) for t in range(end - start)]
    role.set_ids(cue_feature_ids(role, feats, cue, start, end))
    from_ids = role.tag(), [role.marginal("B-CNT", t) for t in range(end - start)]
    assert from_parts == from_ids
