"""A learned decision to split one content in two at a coordination.

PolNeAR often gives one cue two contents where its verb reports two things
("noted that X | and | asked whether Y", "calling X rapists | and |
threatening to Y"), and keeps most other coordinations whole.  A content
run that holds a coordinating conjunction joining two of its words is a
*split point*; a small logistic model (:class:`SplitModel`, trained by
``scripts/cv_polnear_split.py`` on PolNeAR train half B with the gold)
gives each point a probability, and the best point at or over the model's
threshold cuts the run: the words before it and the words after the
conjunction become two contents of the same cue and source.

Only a scheme whose levers name a split model uses it
(:attr:`.scheme.SchemeLevers.split_model`); contents without a
coordination cost one pass over their tokens.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from whosaid.attribution.lexicon import CUE_WORDS
from whosaid.attribution.model import resolve_model_dir

CONJUNCTIONS = frozenset({"and", "but", "or"})
"""Conjunctions a content may be split at."""
WH_WORDS = frozenset(
    {"whether", "if", "why", "what", "how", "when", "who", "where", "which"}
)
"""First words of a reported question ("asked whether Y")."""
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
COMPLEMENTS = frozenset({"ccomp", "xcomp"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})
POLNEAR_SPLIT_MODEL = "split_polnear.json"
"""The ``polnear`` scheme's split model file (its levers name it)."""
MIN_SIDE_WORDS = 2
"""A split leaves at least this many words on each side."""


@dataclass(frozen=True, slots=True)
class SplitModel:
    """Logistic weights over :func:`point_features`, and the threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The probability that the content should be split at this point."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_split_model(path: Path) -> SplitModel:
    """Read a split model file (JSON: weights, bias, threshold)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return SplitModel(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


def split_model(model_dir: str | None, name: str | None) -> SplitModel | None:
    """The split model file ``name`` of a tagger folder, or None (no name, or
    no such file)."""
    if not name:
        return None
    return _split_model_at(resolve_model_dir(model_dir) / name)


@lru_cache(maxsize=8)
def _split_model_at(path: Path) -> SplitModel | None:
    return load_split_model(path) if path.is_file() else None


def _words(doc: Any, tokens: Sequence[int]) -> int:
    return sum(1 for i in tokens if not (doc[i].is_punct or doc[i].is_space))


def split_points(doc: Any, run: Sequence[int]) -> list[int]:
    """Conjunctions of a contiguous run that join two of its words, with
    :data:`MIN_SIDE_WORDS` words on each side."""
    if len(run) < 2 * MIN_SIDE_WORDS + 1:
        return []
    lo, hi = run[0], run[-1]
    points = []
    for i in run:
        tok = doc[i]
        if tok.dep_ != "cc" or tok.lower_ not in CONJUNCTIONS:
            continue
        if not any(c.dep_ == "conj" and i < c.i <= hi for c in tok.head.children):
            continue
        if _words(doc, range(lo, i)) < MIN_SIDE_WORDS:
            continue
        if _words(doc, range(i + 1, hi + 1)) < MIN_SIDE_WORDS:
            continue
        points.append(i)
    return points


def _conjunct(doc: Any, i: int, hi: int) -> Any:
    head = doc[i].head
    return next(c for c in head.children if c.dep_ == "conj" and i < c.i <= hi)


def _pos(tok: Any) -> str:
    return tok.pos_ if tok.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADJ") else "X"


def point_features(
    doc: Any, cue: Sequence[int], run: Sequence[int], i: int, n_points: int
) -> dict[str, float]:
    """Features of the split point ``i`` (a conjunction) of a content run."""
    lo, hi = run[0], run[-1]
    tok = doc[i]
    head = tok.head
    conj = _conjunct(doc, i, hi)
    cue_set = set(cue)
    inside = lo <= head.i <= hi
    head_is_root = inside and not (lo <= head.head.i <= hi and head.head.i != head.i)
    nxt = doc[i + 1] if i + 1 <= hi else tok
    conj_kids = list(conj.children)
    left = _words(doc, range(lo, i))
    right = _words(doc, range(i + 1, hi + 1))
    f: dict[str, float] = {
        f"w={tok.lower_}": 1.0,
        "comma": float(i > lo and doc[i - 1].text in (",", ";")),
        "head_cue": float(head.i in cue_set or head.head.i in cue_set),
        "head_out": float(not inside),
        "head_root": float(head_is_root),
        f"head_pos={_pos(head)}": 1.0,
        f"conj_pos={_pos(conj)}": 1.0,
        f"pair={_pos(head)}_{_pos(conj)}": 1.0,
        "conj_subject": float(any(c.dep_ in SUBJECTS for c in conj_kids)),
        "conj_complement": float(any(c.dep_ in COMPLEMENTS for c in conj_kids)),
        "conj_gerund": float(conj.tag_ == "VBG"),
        "conj_cue_word": float(conj.lower_ in CUE_WORDS),
        "head_cue_word": float(head.lower_ in CUE_WORDS),
        "both_cue_words": float(conj.lower_ in CUE_WORDS and head.lower_ in CUE_WORDS),
        "conj_cue_word_verb": float(
            conj.lower_ in CUE_WORDS and conj.pos_ in ("VERB", "AUX")
        ),
        "right_wh": float(
            nxt.lower_ in WH_WORDS
            or any(c.lower_ in WH_WORDS and c.i < conj.i + 3 for c in conj_kids)
        ),
        "right_that": float(
            nxt.lower_ == "that"
            or any(c.dep_ == "mark" and c.lower_ == "that" for c in conj_kids)
        ),
        "right_to": float(
            nxt.lower_ == "to" or any(c.lower_ == "to" for c in conj_kids)
        ),
        "quotes": float(any(doc[k].text in QUOTES for k in run)),
        "starts_quote": float(doc[lo].text in QUOTES),
        "log_left": math.log1p(left),
        "log_right": math.log1p(right),
        "right_share": right / max(1, left + right),
        "n_points": float(n_points),
        "cue_verb": float(any(doc[k].pos_ in ("VERB", "AUX") for k in cue)),
        "same_sentence_as_cue": float(bool(cue) and doc[cue[0]].sent == tok.sent),
    }
    return f


def split_run(
    doc: Any, cue: Sequence[int], run: Sequence[int], model: SplitModel
) -> tuple[list[int], list[int]] | None:
    """The two halves of a run cut at its most probable split point at or
    over the model's threshold (the conjunction and a comma before it
    dropped), or None."""
    points = split_points(doc, run)
    if not points:
        return None
    scored = [
        (model.probability(point_features(doc, cue, run, i, len(points))), i)
        for i in points
    ]
    p, i = max(scored)
    if p < model.threshold:
        return None
    return cut_at(doc, run, i)


def cut_at(doc: Any, run: Sequence[int], i: int) -> tuple[list[int], list[int]] | None:
    """The words of a run before the conjunction ``i`` (without a comma
    before it) and after it, or None when a side is left empty."""
    left = [k for k in run if k < i]
    while left and (doc[left[-1]].is_punct or doc[left[-1]].is_space):
        left.pop()
    right = [k for k in run if k > i]
    if not left or not right:
        return None
    return left, right


def split_contents(
    doc: Any, cue: Sequence[int], runs: list[list[int]], model: SplitModel | None
) -> list[list[list[int]]]:
    """A content's runs as one content, or as two where a one-run content is
    cut by :func:`split_run`."""
    if model is None or len(runs) != 1:
        return [runs]
    halves = split_run(doc, cue, runs[0], model)
    if halves is None:
        return [runs]
    return [[halves[0]], [halves[1]]]
