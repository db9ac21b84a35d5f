"""A learned check of each attribution's speaker, and of the whole attribution.

The speakers stage resolves every source to a named speaker by rules: the
name in the source, a title known to world knowledge, a pronoun chain, a
nominal ("the ministry"), a document's issuer.  On fresh news pages about
one prediction in ten names the wrong speaker.  This module scores each
prediction with a small logistic regression over what the pipeline knows of
its speaker (:func:`speaker_features`: how it was resolved, how far the
mention is from the source, how many other people are named in between, the
source's form, whether world knowledge links the name) and of its content
(the learned screen's probability, :mod:`whosaid.attribution.screen`).

Two regressions over the same features: ``content`` (the prediction covers
an attribution) and ``speaker`` (its speaker is right, when it does); their
product is the probability that the prediction is right in content and
speaker.  In the ``news`` scheme (:class:`whosaid.attribution.scheme.SchemeLevers`
``speaker_check``) :func:`check_attributions` drops the predictions whose
product is under the threshold and gives the others the product as their
``confidence``; documents of fewer than :data:`MIN_PAGE_SENTENCES`
sentences (outside the pages it was fitted on) keep every attribution, with
that confidence.  On three real-page sets written blind in session 15 the
drop lifted precision by 2-5 points for under one point of recall.  The weights
(``data/speaker_check.json``) are fitted by ``scripts/train_speaker_check.py``
on the complete gold of the real-page fixture sets; the threshold was chosen
by leave-one-set-out cross-validation.  Plain Python at run time.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from whosaid.attribution.screen import (
    attribution_features,
    load_screen,
    logistic,
    read_model,
)
from whosaid.records import Attribution

__all__ = [
    "CHECK_FILE",
    "Regression",
    "SpeakerCheck",
    "check_attributions",
    "load_speaker_check",
    "speaker_features",
]

CHECK_FILE = "speaker_check.json"
Features = dict[str, float]
NameTest = Callable[[str], bool]
NameKind = Callable[[str], str | None]

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_PERSON_LABELS = frozenset({"PERSON"})
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
MIN_PAGE_SENTENCES = 3
"""Documents with fewer sentences keep every attribution (with the check's
probability as confidence): the check was fitted on news pages, and a lone
sentence ("The study concluded that ...", "Beijing warned Manila ...") is
outside that distribution; the actor sentence tables lost rows to it."""
WINDOW_SENTENCES = 3
"""Sentences before the source in which rival names are counted."""


@dataclass(frozen=True, slots=True)
class Regression:
    """One logistic regression: weights by feature name and a bias."""

    weights: Mapping[str, float]
    bias: float

    def probability(self, features: Mapping[str, float]) -> float:
        return logistic(self.weights, self.bias, features)


@dataclass(frozen=True, slots=True)
class SpeakerCheck:
    """Two logistic regressions over the same features and the drop threshold.

    ``content``: the probability that the prediction covers an attribution
    (right or wrong speaker); ``speaker``: the probability that its speaker is
    right when it does.  Their product is the probability that the prediction
    is right in content and speaker (the confidence); a prediction whose
    product is under ``threshold`` is dropped.
    """

    content: Regression
    speaker: Regression
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a prediction with these features is right in
        content and speaker."""
        return self.content.probability(features) * self.speaker.probability(features)

    def keeps(self, features: Mapping[str, float]) -> bool:
        """Whether the prediction is likely enough to be right to keep it."""
        return self.probability(features) >= self.threshold


def _regression(data: Mapping[str, object]) -> Regression:
    weights = data["weights"]
    bias = data["bias"]
    assert isinstance(weights, dict) and isinstance(bias, (int, float))
    return Regression(
        weights={str(k): float(v) for k, v in weights.items()}, bias=float(bias)
    )


@functools.lru_cache(maxsize=1)
def load_speaker_check() -> SpeakerCheck:
    """The shipped model (``data/speaker_check.json``)."""
    data = read_model(CHECK_FILE)
    return SpeakerCheck(
        content=_regression(data["content"]),
        speaker=_regression(data["speaker"]),
        threshold=float(data["threshold"]),
    )


@dataclass(frozen=True, slots=True)
class _DocView:
    """What the features look up in a document: sentence starts and the
    named entities (in text order, none overlapping: their starts and their
    ends are both sorted, so a range's entities are found by bisection)."""

    doc: Doc
    sentence_starts: list[int]
    entities: list[tuple[int, int, str, str]]  # start, end, label, text
    entity_starts: list[int]
    entity_ends: list[int]

    @classmethod
    def of(cls, doc: Doc) -> _DocView:
        parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        starts = [s.start_char for s in doc.sents] if parsed else [0]
        ents = [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        return cls(doc, starts, ents, [e[0] for e in ents], [e[1] for e in ents])

    def sentence(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def names_between(self, start: int, end: int, labels: frozenset[str]) -> set[str]:
        """The names (lowercased) of the entities with one of ``labels``
        inside ``[start, end]``."""
        first = bisect.bisect_left(self.entity_starts, start)
        last = bisect.bisect_right(self.entity_starts, end)
        return {
            text.lower()
            for _, e, label, text in self.entities[first:last]
            if e <= end and label in labels
        }

    def labels_over(self, start: int, end: int) -> set[str]:
        """The labels of the entities that overlap ``[start, end)``."""
        first = bisect.bisect_right(self.entity_ends, start)
        last = bisect.bisect_left(self.entity_starts, end)
        return {label for _, _, label, _ in self.entities[first:last]}


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _source_form(doc: Doc, a: Attribution) -> str:
    """``pron=he`` ..., ``name`` (a proper noun), ``common``, or ``none``."""
    words = [t for s in a.source if (span := _span(doc, s.start, s.end)) for t in span]
    words = [t for t in words if not t.is_punct]
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower_ in _PRONOUNS:
        return f"pron={words[0].lower_}"
    if any(t.pos_ == "PROPN" for t in words):
        return "name"
    return "common"


def _log_bucket(n: int) -> float:
    return math.log1p(max(0, n))


def _rivals(view: _DocView, a: Attribution, name: str) -> tuple[int, int]:
    """Other people and other bodies named in the window before the source
    (from ``WINDOW_SENTENCES`` sentences back to the cue)."""
    anchor = min(s.start for s in (*a.source, *a.cue))
    first = max(0, view.sentence(anchor) - WINDOW_SENTENCES)
    start = view.sentence_starts[first] if view.sentence_starts else 0
    words = set(name.lower().split())

    def others(labels: frozenset[str]) -> int:
        found = view.names_between(start, anchor, labels)
        return sum(1 for n in found if not words & set(n.split()))

    return others(_PERSON_LABELS), others(_BODY_LABELS)


def _mention_features(view: _DocView, a: Attribution) -> Features:
    speaker = a.speaker
    mention = speaker.mention if speaker is not None else None
    if mention is None or not a.source:
        return {"mention_none": 1.0}
    src_start, src_end = a.source[0].start, a.source[-1].end
    inside = mention.start >= src_start and mention.end <= src_end
    in_content = any(
        mention.start >= c.start and mention.end <= c.end for c in a.content
    )
    out: Features = {
        "mention_in_source": float(inside),
        "mention_in_content": float(in_content),
    }
    if not inside:
        gap_sents = abs(view.sentence(src_start) - view.sentence(mention.start))
        gap_chars = abs(src_start - mention.end)
        out["mention_after_source"] = float(mention.start >= src_end)
        out["mention_log_chars"] = _log_bucket(gap_chars)
        out["mention_same_sentence"] = float(gap_sents == 0)
        out["mention_log_sentences"] = _log_bucket(gap_sents)
        out["mention_far"] = float(gap_sents >= 3)
    return out


def _name_features(
    view: _DocView,
    a: Attribution,
    known: NameTest | None,
    kind_of: NameKind | None,
) -> Features:
    speaker = a.speaker
    name = speaker.name if speaker is not None else None
    if not name:
        return {"speaker_unnamed": 1.0}
    words = len(name.split())
    people, bodies = _rivals(view, a, name)
    out: Features = {
        f"name_words={min(words, 3)}": 1.0,
        "rival_people": _log_bucket(people),
        "rival_bodies": _log_bucket(bodies),
        "rival_any_person": float(people > 0),
        "name_in_content": float(
            any(name.lower() in c.text.lower() for c in a.content)
        ),
        "co_speakers": float(bool(a.co_speakers)),
    }
    if known is not None and words >= 2 and known(name):
        out["name_known_person"] = 1.0
    kind = kind_of(name) if kind_of is not None else None
    if kind is not None:
        out[f"name_kind={kind}"] = 1.0
    mention = speaker.mention if speaker is not None else None
    if mention is not None:
        labels = view.labels_over(mention.start, mention.end)
        for label in sorted(labels & (_PERSON_LABELS | _BODY_LABELS)):
            out[f"mention_ent={label}"] = 1.0
    return out


def speaker_features(
    doc: Doc,
    a: Attribution,
    *,
    known: NameTest | None = None,
    kind_of: NameKind | None = None,
    view: _DocView | None = None,
    screen_probability: float | None = None,
) -> Features:
    """What the check knows about one prediction's speaker, by feature name
    (the shipped screen's probability, as a log-odds, among them; pass
    ``screen_probability`` when it is already computed)."""
    view = view if view is not None else _DocView.of(doc)
    resolved = a.speaker.resolved_by if a.speaker is not None else "none"
    screen_p = screen_probability
    if screen_p is None:
        screen_p = load_screen().probability(attribution_features(doc, a))
    screen_p = min(max(screen_p, 1e-6), 1 - 1e-6)
    features: Features = {
        f"resolved={resolved}": 1.0,
        f"source={_source_form(doc, a)}": 1.0,
        f"method={a.method}": 1.0,
        f"kind={a.kind}": 1.0,
        "confidence": a.confidence,
        "screen_logit": math.log(screen_p / (1 - screen_p)),
        "source_after_cue": float(
            bool(a.source) and bool(a.cue) and a.source[0].start > a.cue[0].start
        ),
    }
    features.update(_mention_features(view, a))
    features.update(_name_features(view, a, known, kind_of))
    return features


def check_attributions(
    doc: Doc,
    attributions: Sequence[Attribution],
    *,
    enabled: bool = True,
    known: NameTest | None = None,
    kind_of: NameKind | None = None,
    model: SpeakerCheck | None = None,
    screen_probabilities: Mapping[Attribution, float] | None = None,
) -> tuple[Attribution, ...]:
    """The attributions whose speaker the check keeps, each with the check's
    probability of being right in content and speaker as its ``confidence``
    (all of them, unchanged, when not ``enabled``; all of them, with that
    confidence, in a document of fewer than :data:`MIN_PAGE_SENTENCES`
    sentences).

    Args:
        doc: the article's parsed Doc (its text is the article text).
        attributions: predicted attributions, speakers resolved.
        enabled: False keeps every attribution as it is (the PolNeAR scheme).
        known: whether world knowledge links a full name (a person).
        kind_of: the actor type world knowledge knows a name as.
        model: the weights to use; default: the shipped ones.
        screen_probabilities: the shipped screen's probabilities
            (:func:`whosaid.attribution.screen.screen_probabilities`), when
            already computed; those missing are computed here.
    """
    if not enabled or not attributions:
        return tuple(attributions)
    check = model if model is not None else load_speaker_check()
    view = _DocView.of(doc)
    # fitted on whole pages: on a sentence or two it only gives confidences
    drops = len(view.sentence_starts) >= MIN_PAGE_SENTENCES
    screened = screen_probabilities or {}
    kept: list[Attribution] = []
    for a in attributions:
        features = speaker_features(
            doc,
            a,
            known=known,
            kind_of=kind_of,
            view=view,
            screen_probability=screened.get(a),
        )
        if check.keeps(features) or not drops:
            p = round(check.probability(features), 4)
            kept.append(dataclasses.replace(a, confidence=p))
    return tuple(kept)
