"""A learned screen for predicted attributions that are no attribution.

The taggers learned PolNeAR's wide notion of attribution; on news pages some
of what they and the rules find reports no statement (an event, a deed, an
appointment, "is expected to", a caption's line).  The screen scores each
predicted attribution with a small logistic regression over what the
pipeline already knows about it (:func:`attribution_features`: the cue word
and what PolNeAR train says of it, the cue's parse, the kind, the method, the
source's resolution, the content's length and shape, the position) and drops
those whose probability of being an attribution is under the threshold.

The weights (``data/screen.json``) are fitted by ``scripts/train_screen.py``
on the complete gold of the real-page fixture sets; its threshold was chosen
by leave-one-set-out cross-validation.  Plain Python at run time.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from whosaid.attribution.cues import (
    event_kind,
    is_cue_word,
    is_stance_word,
    stem,
    train_lexicon,
)
from whosaid.nlp.models import doc_text
from whosaid.records import Attribution

__all__ = [
    "SCREEN_FILE",
    "Screen",
    "attribution_features",
    "load_screen",
    "screen_attributions",
    "screen_probabilities",
]

SCREEN_FILE = "screen.json"
Features = dict[str, float]

_QUOTES = frozenset("\"“”„«»'‘’")
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself"})
_COMPLEMENTIZERS = frozenset({"that", "if", "whether"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CUE_DEPS = frozenset(
    {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "parataxis", "pcomp"}
)
_CUE_POS = frozenset({"VERB", "NOUN", "ADP", "AUX", "PROPN", "ADJ"})


@dataclass(frozen=True, slots=True)
class Screen:
    """Logistic regression weights (by feature name) and the drop threshold."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a prediction with these features is an attribution."""
        return logistic(self.weights, self.bias, features)

    def keeps(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold


def logistic(
    weights: Mapping[str, float], bias: float, features: Mapping[str, float]
) -> float:
    """A logistic regression's probability (the score clipped to +-30)."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_model(file: str) -> dict[str, Any]:
    """A shipped model's JSON (``attribution/data/FILE``)."""
    text = (
        resources.files("whosaid.attribution")
        .joinpath("data", file)
        .read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


@functools.lru_cache(maxsize=1)
def load_screen() -> Screen:
    """The shipped screen (``data/screen.json``)."""
    data = read_model(SCREEN_FILE)
    return Screen(
        weights=dict(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


def screen_probabilities(
    doc: Doc, attributions: Sequence[Attribution], screen: Screen | None = None
) -> dict[Attribution, float]:
    """Each attribution's probability of being one, by the screen: computed
    once per article and shared by :func:`screen_attributions` and the
    speaker check (:mod:`whosaid.attribution.speaker_check`), which both
    read it.  Keyed by the attribution itself (its features depend only on
    it and the Doc)."""
    model = screen if screen is not None else load_screen()
    return {a: model.probability(attribution_features(doc, a)) for a in attributions}


def screen_attributions(
    doc: Doc,
    attributions: Sequence[Attribution],
    *,
    enabled: bool = True,
    screen: Screen | None = None,
    probabilities: Mapping[Attribution, float] | None = None,
) -> tuple[Attribution, ...]:
    """The attributions the screen keeps (all of them when not ``enabled``).

    Args:
        doc: the article's parsed Doc (its text is the article text).
        attributions: predicted attributions, speakers resolved.
        enabled: False keeps every attribution (the PolNeAR scheme).
        screen: the weights to use; default: the shipped ones.
        probabilities: :func:`screen_probabilities` of ``attributions`` by
            the same weights, when already computed.
    """
    if not enabled or not attributions:
        return tuple(attributions)
    model = screen if screen is not None else load_screen()
    if probabilities is None:
        probabilities = screen_probabilities(doc, attributions, model)
    return tuple(a for a in attributions if probabilities[a] >= model.threshold)


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _cue_rate(token: Token) -> float:
    counts = train_lexicon().get(stem(token.text))
    return counts.rate if counts is not None else 0.0


def _speech_word(cue: Span) -> Token:
    """The cue's word that reports speech: the one PolNeAR train makes a cue
    most often ("passed a resolution *saying*", "*called* on"), else its root."""
    words = [t for t in cue if t.is_alpha and is_cue_word(t.text)]
    if not words:
        return cue.root
    return max(words, key=lambda t: (_cue_rate(t), t.i == cue.root.i, -t.i))


def _cue_features(head: Token) -> Features:
    word = head.text
    counts = train_lexicon().get(stem(word))
    kind = event_kind(word)
    out: Features = {
        "cue_rate": counts.rate if counts is not None else 0.0,
        "cue_unseen": float(counts is None),
        "cue_word": float(is_cue_word(word)),
        "cue_stance": float(is_stance_word(word)),
        f"cue_pos={head.pos_ if head.pos_ in _CUE_POS else 'other'}": 1.0,
        f"cue_dep={head.dep_ if head.dep_ in _CUE_DEPS else 'other'}": 1.0,
        "cue_passive": float(
            any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)
        ),
        "cue_negated": float(any(c.dep_ == "neg" for c in head.children)),
        "cue_participle": float(head.tag_ in {"VBG", "VBN"}),
        "cue_say": float(stem(word) == "say"),
    }
    if kind is not None:
        out[f"cue_event={kind}"] = 1.0
    return out


def _content_shape(tokens: Sequence[Token]) -> str:
    """``clause`` (a finite verb), ``to_inf``, ``gerund``, ``wh``, ``np``, ``other``."""
    if any(t.tag_ in _FINITE_TAGS for t in tokens):
        return "clause"
    first, rest = tokens[0], tokens[1:]
    if first.lower_ == "to" and rest and rest[0].tag_ == "VB":
        return "to_inf"
    if first.tag_ == "VBG":
        return "gerund"
    if first.tag_ in {"WDT", "WP", "WRB"} or first.lower_ in {"whether", "if"}:
        return "wh"
    if any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} for t in tokens):
        return "np"
    return "other"


def _object_of_cue(tokens: Sequence[Token], cue: Span | None) -> bool:
    """The content's head is the cue's direct object ("denied the claim")."""
    if cue is None or not tokens:
        return False
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]
    return any(t.dep_ == "dobj" and t.head.i == cue.root.i for t in heads)


def _content_features(doc: Doc, a: Attribution) -> Features:
    text = doc_text(doc)
    words = sum(len(s.text.split()) for s in a.content)
    tokens = [
        t for s in a.content if (span := _tokens(doc, s.start, s.end)) for t in span
    ]
    first = a.content[0]
    before = text[max(0, first.start - 2) : first.start]
    last = a.content[-1]
    opened = first.text[:1] in _QUOTES or any(c in _QUOTES for c in before)
    after = text[last.end : last.end + 2]
    closed = last.text[-1:] in _QUOTES or any(c in _QUOTES for c in after)
    lead = tokens[0].lower_ if tokens else ""
    prev = doc[tokens[0].i - 1].lower_ if tokens and tokens[0].i > 0 else ""
    cue = _tokens(doc, a.cue[0].start, a.cue[-1].end)
    shape = _content_shape(tokens) if tokens else "other"
    return {
        f"content_shape={shape}": 1.0,
        "content_object": float(_object_of_cue(tokens, cue)),
        "cue_after_content": float(a.cue[0].start > first.start),
        "content_log_words": math.log1p(words),
        "content_short": float(words <= 5),
        "content_parts": float(len(a.content) > 1),
        "content_complementizer": float(
            lead in _COMPLEMENTIZERS or prev in _COMPLEMENTIZERS
        ),
        "content_quoted": float(opened and closed),
        "content_quote_mark": float(opened or closed),
        "content_first_person": float(any(t.lower_ in _FIRST_PERSON for t in tokens)),
        "content_question": float("?" in "".join(s.text for s in a.content)),
        "content_entities_only": float(
            bool(tokens) and all(t.ent_type_ or t.is_punct or t.is_stop for t in tokens)
        ),
    }


def _source_features(doc: Doc, a: Attribution) -> Features:
    resolved = a.speaker.resolved_by if a.speaker is not None else "none"
    named = a.speaker is not None and a.speaker.name is not None
    ents = {
        t.ent_type_
        for s in a.source
        if (span := _tokens(doc, s.start, s.end))
        for t in span
        if t.ent_type_
    }
    out: Features = {
        f"speaker={resolved}": 1.0,
        "source_none": float(not a.source),
        "speaker_named": float(named),
    }
    for label in ("PERSON", "ORG", "GPE", "NORP"):
        if label in ents:
            out[f"source_ent={label}"] = 1.0
    return out


def attribution_features(doc: Doc, a: Attribution) -> Features:
    """What the screen knows about one predicted attribution, by feature name."""
    features: Features = {
        f"method={a.method}": 1.0,
        f"kind={a.kind}": 1.0,
        "confidence": a.confidence,
    }
    cue = _tokens(doc, a.cue[0].start, a.cue[-1].end)
    if cue is not None and len(cue):
        features.update(_cue_features(_speech_word(cue)))
    if a.content:
        features.update(_content_features(doc, a))
    features.update(_source_features(doc, a))
    return features


def as_plain(features: Mapping[str, Any]) -> dict[str, float]:
    """Features rounded for a stable table (the training script's rows)."""
    return {k: round(float(v), 6) for k, v in sorted(features.items())}
