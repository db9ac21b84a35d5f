"""The two taggers of the extractor: cue runs of a document, then the
source and content of each cue (:mod:`whosaid.attribution.model`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from whosaid.attribution.candidates import FLOATING, Candidate, label_runs
from whosaid.attribution.fastfeatures import base_ids, cue_feature_parts
from whosaid.attribution.features import DocFeatures, cue_features, cue_window
from whosaid.attribution.model import Taggers
from whosaid.attribution.scoring import ScoringTagger

# Cue tokens are taken when the cue tagger's marginal probability reaches
# this value, not only on its best path: the role tagger (trained with
# negative windows) rejects false cues, so recall is cheaper here than later.
CUE_THRESHOLD = 0.5

# A token off the role tagger's best path joins a content when its marginal
# probability of content reaches this value.
CONTENT_THRESHOLD = 0.2
SURE_CUES: frozenset[str] = frozenset({"said", "says", "told", "tells"})
SURE_CUE_FLOOR = 0.1
"""A sure reporting verb with a clausal complement is a cue from this tagger
probability on."""
CCOMP_CUE_THRESHOLD = 0.9
"""A sure reporting verb with a clausal complement gets this cue probability."""
_SURELY_OUT_MARGIN = 1e-9
"""Far above the rounding error of CRFsuite's marginals (about 1e-15)."""


def tag_cues(
    feats: DocFeatures,
    taggers: Taggers,
    *,
    threshold: float = CUE_THRESHOLD,
    doc: Doc | None = None,
) -> list[tuple[list[int], float]]:
    """Cue token runs of a document (first-stage tagger), with probabilities.

    A token is a cue token when its marginal probability of ``B-CUE`` or
    ``I-CUE`` reaches ``threshold``; adjacent cue tokens form one cue unless
    the second one is more likely ``B-CUE`` than ``I-CUE``.
    """
    if not feats.words:
        return []
    tagger = taggers.cue
    if isinstance(tagger, ScoringTagger):
        tagger.set_ids(base_ids(tagger, feats))
    else:
        tagger.set(feats.base)
    labels = tagger.tag()
    feats.doc_labels = labels
    viterbi = {i for run in label_runs(labels, "CUE") for i in run}
    runs: list[tuple[list[int], float]] = []
    current: list[int] | None = None
    probs: list[float] = []
    surely_out = 1.0 - threshold + _SURELY_OUT_MARGIN
    marginal = tagger.marginal  # bound once: called for every token
    for i, word in enumerate(feats.words):
        if i not in viterbi and word not in SURE_CUES and marginal("O", i) > surely_out:
            # most tokens: the marginals sum to 1, so the cue labels' sum is
            # below threshold (one look-up instead of two)
            current = None
            continue
        p_b = marginal("B-CUE", i)
        p_i = marginal("I-CUE", i)
        p = p_b + p_i
        if p < threshold and p >= SURE_CUE_FLOOR and feats.words[i] in SURE_CUES:
            # "Norway's Equinor said output would ...": the tagger doubts an
            # unusual subject, but "said" with a clause after it is a cue
            tok = doc[i] if doc is not None else None
            if (
                tok is not None
                and tok.pos_ == "VERB"
                and any(c.dep_ == "ccomp" for c in tok.children)
            ):
                p = max(p, CCOMP_CUE_THRESHOLD)
        if p >= threshold or i in viterbi:
            if current is None or p_b > p_i:
                current = [i]
                probs = [p]
                runs.append((current, p))
            else:
                current.append(i)
                probs.append(p)
                runs[-1] = (current, max(probs))
        else:
            current = None
    return [
        (_without_dangling_preposition(feats, _without_floating(feats, run)), p)
        for run, p in runs
    ]


def _without_floating(feats: DocFeatures, run: list[int]) -> list[int]:
    """A cue run without the floating quantifier it starts with: "both said"
    of "X and Y both said" is the cue "said" ("both" hangs from the subject,
    so it would pass for the cue's head)."""
    k = 0
    while k < len(run) - 1 and feats.words[run[k]] in FLOATING:
        k += 1
    return run[k:] if k else run


def _prob_runs(
    tagger: Any, labels: list[str], role: str, threshold: float, offset: int
) -> list[list[int]]:
    """Runs of tokens whose marginal probability of ``role`` reaches threshold.

    Tokens on the best path keep their label; others join when the tagger
    gives the role at least ``threshold`` (a recall knob: Viterbi alone
    under-extends long contents).
    """
    runs: list[list[int]] = []
    current: list[int] | None = None
    b_label, i_label = "B-" + role, "I-" + role
    marginal = tagger.marginal  # bound once: called for most tokens
    maybe_in = 1.0 - threshold + _SURELY_OUT_MARGIN
    for j, label in enumerate(labels):
        if label == b_label:
            current = [j + offset]
            runs.append(current)
            continue
        if label == i_label:
            on = True
        elif label == "O" and threshold < 1.0:
            # Most tokens are surely out: the marginals sum to 1, so when
            # P(O) exceeds 1 - threshold the role's is below threshold.
            on = marginal("O", j) <= maybe_in and (
                marginal(b_label, j) + marginal(i_label, j) >= threshold
            )
        else:
            on = False
        if on:
            if current is None:
                current = []
                runs.append(current)
            current.append(j + offset)
        else:
            current = None
    return runs


def tag_roles(
    feats: DocFeatures,
    cue: list[int],
    taggers: Taggers,
    *,
    threshold: float = CONTENT_THRESHOLD,
) -> Candidate | None:
    """Source and content of one cue (second-stage tagger)."""
    start, end = cue_window(feats, cue)
    tagger = taggers.role
    if isinstance(tagger, ScoringTagger):
        tagger.set_ids(*cue_feature_parts(tagger, feats, cue, start, end))
        labels = tagger.tag()
    else:
        labels = tagger.tag(cue_features(feats, cue, start, end))
    content = _prob_runs(tagger, labels, "CNT", threshold, start)
    if not content:
        return None
    source = label_runs(labels, "SRC", start)
    # Confidence: mean marginal probability that a content token is content
    # (tokens off the best path included: they joined by that probability).
    marginal = tagger.marginal
    probs = [
        marginal("B-CNT", i - start) + marginal("I-CNT", i - start)
        for run in content
        for i in run
    ]
    confidence = sum(probs) / max(1, len(probs))
    return Candidate(cue=cue, source=source, content=content, confidence=confidence)


_ADJUNCT_PREPOSITIONS = frozenset({"at", "in", "on", "during", "after", "before"})
"""Prepositions of a time or place adjunct ("said at a ceremony")."""


def _without_dangling_preposition(feats: DocFeatures, run: list[int]) -> list[int]:
    """A cue run without the preposition it ends on when that opens a time
    or place adjunct of a verb of saying whose object the run leaves out:
    "said at" of "Quist said at a signing ceremony" is the cue "said"
    (PolNeAR takes the whole adjunct or none of it)."""
    if len(run) < 2:
        return run
    last = run[-1]
    head = feats.heads[last]
    if (
        feats.words[last] in _ADJUNCT_PREPOSITIONS
        and feats.deps[last] == "prep"
        and head in run
        and feats.words[head] in SURE_CUES
        and not any(feats.heads[i] == last for i in run)
    ):
        return run[:-1]
    return run
