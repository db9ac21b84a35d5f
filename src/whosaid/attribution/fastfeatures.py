"""The features of :mod:`.features` as attribute ids of a :class:`ScoringTagger`.

Same features, same order, so the same scores: the base features' ids are
looked up once per Doc (and tagger), and each cue-relative combination's
once per process, instead of once per token of every cue window.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from whosaid.attribution.features import (
    DocFeatures,
    cue_relation_keys,
    cue_word_feature,
    relation_features,
    relation_of,
)
from whosaid.attribution.scoring import IdMatrix, ScoringTagger, Weights

_RELATION_FEATURES = 7
"""How many strings :func:`relation_features` gives."""


def _relation_features(key: int) -> list[str]:
    return relation_features(relation_of(key))


def base_ids(tagger: ScoringTagger, feats: DocFeatures) -> IdMatrix:
    """The id matrix of the Doc's base features (kept in ``feats``): from
    their codes when ``feats`` has them (each distinct string looked up
    once), else from the strings."""
    found = feats.id_cache.get(tagger)
    if found is None:
        if feats.codes is not None:
            found = feats.codes.ids(
                tagger.id_array, tagger.unknown, tagger.word_ids, tagger.source_ids
            )
        else:
            found = tagger.ids(feats.base)
        feats.id_cache[tagger] = found
    return found


def base_weights(tagger: ScoringTagger, feats: DocFeatures) -> Weights:
    """The state weights of the Doc's base features (kept in ``feats``):
    gathered once per Doc, where every cue window would gather its own."""
    key = (tagger, "weights")
    found = feats.id_cache.get(key)
    if found is None:
        found = feats.id_cache[key] = tagger.weights(base_ids(tagger, feats))
    return found


def cue_feature_parts(
    tagger: ScoringTagger, feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> tuple[IdMatrix, Weights]:
    """:func:`cue_feature_ids` in two parts for
    :meth:`~whosaid.attribution.scoring.ScoringTagger.set_ids`: the ids of
    the cue-relative features, and the weights of the base features."""
    base = base_weights(tagger, feats)[:, start:end]
    return _cue_ids(tagger, feats, cue, start, end), base


def _cue_ids(
    tagger: ScoringTagger, feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> IdMatrix:
    """The ids of the cue-relative features: relation features, cue word."""
    out = np.empty((_RELATION_FEATURES + 1, end - start), np.int64)
    if end > start:
        keys = cue_relation_keys(feats, cue, start, end).tolist()
        out[:_RELATION_FEATURES] = tagger.memo_ids(keys, _relation_features)
    out[_RELATION_FEATURES] = tagger.id_of(cue_word_feature(feats, cue))
    return out


def cue_feature_ids(
    tagger: ScoringTagger, feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> IdMatrix:
    """The ids of :func:`whosaid.attribution.features.cue_features`."""
    base = base_ids(tagger, feats)[:, start:end]
    return np.concatenate((_cue_ids(tagger, feats, cue, start, end), base))
