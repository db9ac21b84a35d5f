"""Train the attribution taggers on PolNeAR train (``whosaid train``).

Steps: parse every training article with the same spaCy pipeline used at
run time, turn the gold attributions into BIO labels per token, train the
document-level cue tagger, then train the per-cue role tagger on a window
around every gold cue plus negative windows around cue-like words that are
not cues (so that it learns to return nothing for a false cue).
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whosaid.attribution.features import (
    DocFeatures,
    cue_features,
    cue_window,
    doc_features,
)
from whosaid.attribution.lexicon import CUE_WORDS
from whosaid.attribution.model import CUE_MODEL, META_FILE, ROLE_MODEL

logger = logging.getLogger(__name__)

ROLES = (("source", "SRC"), ("cue", "CUE"), ("content", "CNT"))
# CRFsuite L-BFGS settings.  c1 (L1) keeps the shipped model small by
# zeroing rare features; c2 (L2) smooths the rest.  Chosen on PolNeAR
# train by a small grid (c1 in {0.05, 0.1, 0.2}); see README "Model".
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.1,
    "c2": 0.01,
    "max_iterations": 120,
    "feature.possible_transitions": True,
}
# Negative windows per positive one for the role tagger.
NEGATIVE_RATIO = 0.5


@dataclass(frozen=True, slots=True)
class TrainStats:
    documents: int
    cue_sequences: int
    role_sequences: int
    negative_sequences: int
    seconds: float


def token_spans(doc: Any, offsets: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Token index runs covering character offsets (whitespace tokens excluded)."""
    runs: list[list[int]] = []
    for start, end in offsets:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        run = [t.i for t in span if not t.is_space]
        if run:
            runs.append(run)
    return runs


def _bio(
    n: int, runs_by_label: dict[str, list[list[int]]], offset: int = 0
) -> list[str]:
    labels = ["O"] * n
    for label, runs in runs_by_label.items():
        for run in runs:
            prev = -2
            for i in run:
                j = i - offset
                if 0 <= j < n and labels[j] == "O":
                    labels[j] = ("I-" if i == prev + 1 else "B-") + label
                prev = i
    return labels


def _gold_runs(doc: Any, gold: Sequence[Any]) -> list[dict[str, list[list[int]]]]:
    return [
        {label: token_spans(doc, getattr(att, role)) for role, label in ROLES}
        for att in gold
    ]


def build_cue_sequence(
    doc: Any, feats: DocFeatures, gold: Sequence[Any]
) -> tuple[list[list[str]], list[str]]:
    """The document-level training sequence (all three roles, BIO)."""
    doc_runs: dict[str, list[list[int]]] = {"SRC": [], "CUE": [], "CNT": []}
    for runs in _gold_runs(doc, gold):
        for label, r in runs.items():
            doc_runs[label].extend(r)
    return feats.base, _bio(len(doc), doc_runs)


def build_role_sequences(
    doc: Any,
    feats: DocFeatures,
    gold: Sequence[Any],
    rng: random.Random,
) -> tuple[
    list[tuple[list[list[str]], list[str]]],
    list[tuple[list[list[str]], list[str]]],
]:
    """Role-tagger sequences: one per gold cue, and negative windows.

    Returns:
        The positive sequences and the negative ones.
    """
    positives: list[tuple[list[list[str]], list[str]]] = []
    cue_tokens: set[int] = set()
    for runs in _gold_runs(doc, gold):
        cue = sorted({i for run in runs["CUE"] for i in run})
        if not cue or not runs["CNT"]:
            continue
        cue_tokens.update(cue)
        start, end = cue_window(feats, cue)
        xseq = cue_features(feats, cue, start, end)
        yseq = _bio(end - start, {"SRC": runs["SRC"], "CNT": runs["CNT"]}, start)
        positives.append((xseq, yseq))
    negatives: list[tuple[list[list[str]], list[str]]] = []
    candidates = [
        i for i, w in enumerate(feats.words) if w in CUE_WORDS and i not in cue_tokens
    ]
    rng.shuffle(candidates)
    for i in candidates[: max(1, round(len(positives) * NEGATIVE_RATIO))]:
        start, end = cue_window(feats, [i])
        negatives.append((cue_features(feats, [i], start, end), ["O"] * (end - start)))
    return positives, negatives


def train_models(
    docs: Iterable[Any],
    gold: Sequence[Sequence[Any]],
    out_dir: str | Path,
    *,
    spacy_model: str,
    params: dict[str, Any] | None = None,
    seed: int = 13,
    provenance: dict[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> TrainStats:
    """Train the cue and role taggers and write them to ``out_dir``.

    Args:
        docs: the training articles, parsed by the run-time spaCy pipeline
            (e.g. ``nlp.pipe(texts)``), with their ``doc.tensor``: the
            cluster features read it (Docs read back from a DocBin need
            :func:`whosaid.attribution.clusters.restore_tensors`).
        gold: per document, gold attributions with ``source``/``cue``/``content``
            character offset tuples (e.g. ``GoldAttribution``).
        out_dir: where ``cue.crfsuite``, ``role.crfsuite`` and ``model.json``
            are written.
        spacy_model: name and version of the spaCy model, for provenance.
        params: CRFsuite trainer parameters (default :data:`DEFAULT_PARAMS`).
        seed: seed of the negative-window sampler.
        provenance: extra facts recorded in ``model.json``.
        progress: called with a line of progress text.
    """
    import pycrfsuite

    say = progress or (lambda _msg: None)
    t0 = time.perf_counter()
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    trainer_params = {**DEFAULT_PARAMS, **(params or {})}
    counts: Counter[str] = Counter()
    parsed: list[tuple[Any, DocFeatures, Sequence[Any]]] = []
    cue_sequences: list[tuple[list[list[str]], list[str]]] = []
    for k, doc in enumerate(docs):
        feats = doc_features(doc)
        parsed.append((doc, feats, gold[k]))
        cue_sequences.append(build_cue_sequence(doc, feats, gold[k]))
        if (k + 1) % 100 == 0:
            say(f"featurized {k + 1}/{len(gold)} documents")
    counts["documents"] = len(parsed)
    say("training the cue tagger")
    cue_trainer = pycrfsuite.Trainer(verbose=False)
    cue_trainer.set_params(trainer_params)
    for seq in cue_sequences:
        cue_trainer.append(*seq)
    cue_trainer.train(str(out / CUE_MODEL))
    del cue_trainer, cue_sequences
    role_trainer = pycrfsuite.Trainer(verbose=False)
    role_trainer.set_params(trainer_params)
    for doc, feats, doc_gold in parsed:
        positives, negatives = build_role_sequences(doc, feats, doc_gold, rng)
        for xseq, yseq in (*positives, *negatives):
            role_trainer.append(xseq, yseq)
        counts["positives"] += len(positives)
        counts["negatives"] += len(negatives)
    say("training the role tagger")
    role_trainer.train(str(out / ROLE_MODEL))
    seconds = time.perf_counter() - t0
    meta = {
        "name": "whosaid-crf",
        "method": "crf.v1",
        "params": trainer_params,
        "documents": counts["documents"],
        "role_sequences": counts["positives"],
        "negative_sequences": counts["negatives"],
        "spacy_model": spacy_model,
        "seconds": round(seconds, 1),
        **(provenance or {}),
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return TrainStats(
        documents=counts["documents"],
        cue_sequences=counts["documents"],
        role_sequences=counts["positives"],
        negative_sequences=counts["negatives"],
        seconds=seconds,
    )


def train_from_polnear(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    split: str = "train",
    limit: int | None = None,
    params: dict[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> TrainStats:
    """Train the shipped model from a PolNeAR split (``whosaid train``).

    Args:
        data_dir: the PolNeAR data folder (with ``train/`` and ``dev/``).
        out_dir: where to write the model files.
        split: the split to learn from; never the test split.
        limit: use only the first ``limit`` articles (for quick trials).
        params: CRFsuite trainer parameters overriding the defaults.
        progress: called with a line of progress text.
    """
    from whosaid.eval.polnear import load_split
    from whosaid.nlp import load_spacy, model_id

    nlp = load_spacy()
    gold_docs = load_split(data_dir, split)
    if limit is not None:
        gold_docs = gold_docs[:limit]
    docs = nlp.pipe((g.text for g in gold_docs), batch_size=16)
    return train_models(
        docs,
        [g.attributions for g in gold_docs],
        out_dir,
        spacy_model=model_id(nlp),
        params=params,
        progress=progress,
        provenance={
            "corpus": "PolNeAR v1.0.0",
            "split": split,
            "gold": "alphabetically first annotator per article",
        },
    )
