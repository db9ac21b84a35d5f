"""A learned screen for page furniture that the layout rules leave in the body.

The rules of :mod:`whosaid.clean.text` name leftovers one pattern at a time;
what no pattern names (a caption without a credit, ``Have your say``, a list
of linked headlines under a heading in capitals, ``5 min 12 sec``) stays in
the body.  This module looks at every line the rules left as body and asks a
small logistic regression whether it is page furniture, from the line's shape
alone:

* its length in words, how it ends (sentence punctuation, a colon, a letter,
  a digit), its share of capitalised words and of digits, a line in capitals;
* separators (``|``, ``•``, ``·``, ``>``) and quotation marks;
* a cheap, tagger-free cue of a clause: the share of function words and
  whether an auxiliary or a finite-looking verb is there;
* its place in the page (relative position, alone in its block, first or last
  line of it) and its neighbours' shape and labels (a line between two
  leftovers, under a heading);
* lower-cased words that page furniture uses (``comment``, ``share``,
  ``updated``) with weights learned from data.

The weights (``data/line_model.json``) are fitted by
``scripts/train_line_model.py`` on the real-page fixture sets: lines inside
their ``not_body`` strings and the lines the rules label leftover are
furniture; body lines and every line holding an expected attribution's content
are not.  The threshold is chosen by leave-one-set-out cross-validation so
that no held-out line holding expected content was removed.  At run time the
model is a dictionary of weights summed in plain Python.
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean.figures import figure_features
from whosaid.clean.layout_lines import BODY, CAPTION, TITLE, Line
from whosaid.clean.line_shape import ends_sentence

__all__ = [
    "LineModel",
    "asked_lines",
    "attribution_shaped",
    "block_bounds",
    "furniture_probability",
    "line_features",
    "load_line_model",
    "mark_furniture_lines",
]

MODEL_FILE: Final = "line_model.json"

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TOKEN = re.compile(r"\S+")
_SEPARATOR = re.compile(r"(?:^|\s)([|•·>/»])(?=\s|$)")
_QUOTE = re.compile(r"[\"“”«»]")
# A quotation in single marks, as headlines quote: 'The hard part is behind us'.
_SINGLE_QUOTED = re.compile(r"(?:^|[\s(:])['‘][^'‘’]+['’](?=[\s,.;:?!)]|$)")
_CLOSERS = "\"'”’»)]"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words of a clause: function words and auxiliaries.  A body sentence has
# many; page furniture (labels, names, menus, counters) has few.
_FUNCTION_WORDS: Final = _word_set(
    """a an the of to in on at by for with from as and or but that which who
    this these those it its his her their our we they he she i you not no
    than then there into over after before about"""
)
_AUXILIARIES: Final = _word_set(
    """is are was were be been being has have had will would can could should
    may might must shall do does did said says say told tells"""
)
# Speech verbs: a line holding one may carry an attribution (a standfirst
# "Minister says talks reached an impasse", a highlight bullet, a digest's
# "One poll shows ..."), which costs
# more to lose than a leftover costs to keep, so the model never removes it.
_SPEECH_WORDS: Final = _word_set(
    """say says said saying tell tells told telling add adds added admit admits
    admitted accuse accuses accused announce announces announced argue argues
    argued ask asks asked call calls called claim claims claimed confirm
    confirms confirmed declare declares declared deny denies denied insist
    insists insisted pledge pledges pledged promise promises promised reply
    replies replied respond responds responded urge urges urged vow vows vowed
    warn warns warned according show shows showed suggest suggests suggested
    hint hints hinted"""
)
_LIST_MAX_ITEMS = 8  # items of a list under "...:" looked back over
# A transcript turn or a labelled quotation: "Name: words ..." ending a sentence.
_TURN_LABEL = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*:\s+(?P<rest>.+)$")


def attribution_shaped(lines: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i`` may carry an attribution: a quotation mark, a speech
    verb, a line ending in a colon over a body line (a transcript turn's
    label), a turn opening a sentence (``SHAPIRO: Thank you.``), a line of a
    hard-wrapped paragraph, or an item of a list a body line opens with a
    colon.  Such lines stay body whatever the model says."""
    text = lines[i].text
    if (
        _QUOTE.search(text)
        or _SINGLE_QUOTED.search(text)
        or "''" in text
        or "``" in text
    ):
        return True
    if any(word.lower() in _SPEECH_WORDS for word in _LETTERS.findall(text)):
        return True
    if text.endswith(":") and i + 1 < len(lines) and labels[i + 1] == BODY:
        return True  # a turn's label or a heading over the words it introduces
    if _wrapped_with_neighbour(lines, labels, i) or _in_introduced_list(
        lines, labels, i
    ):
        return True
    turn = _TURN_LABEL.match(text)
    rest = turn.group("rest") if turn is not None else None
    return rest is not None and ends_sentence(rest) and len(_TOKEN.findall(rest)) >= 2


def _wrapped_with_neighbour(lines: list[Line], labels: list[str], i: int) -> bool:
    """Line ``i`` and a body neighbour in its block are one hard-wrapped
    sentence: one ends mid-sentence and the next goes on in lower case."""
    line = lines[i]
    for j, k in ((i - 1, i), (i, i + 1)):
        if j < 0 or k >= len(lines) or lines[j].block != lines[k].block:
            continue
        if labels[j if j != i else k] != BODY:
            continue
        if not ends_sentence(lines[j].text) and lines[k].text[:1].islower():
            return True
    return line.text[:1].islower() and i > 0 and labels[i - 1] == BODY


def _in_introduced_list(lines: list[Line], labels: list[str], i: int) -> bool:
    """Line ``i`` is an item of a list that a body line ending in a colon
    opens (``Their demands were:`` over the items)."""
    for j in range(i - 1, max(-1, i - _LIST_MAX_ITEMS - 1), -1):
        if labels[j] != BODY:
            return False
        if lines[j].text.endswith(":"):
            return True
        if ends_sentence(lines[j].text):
            return False
    return False


class LineModel:
    """Weights of the furniture model and the probability it must reach."""

    __slots__ = ("bias", "sentence_threshold", "threshold", "weights")

    def __init__(
        self,
        *,
        bias: float,
        weights: dict[str, float],
        threshold: float,
        sentence_threshold: float,
    ) -> None:
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.sentence_threshold = sentence_threshold

    def limit(self, text: str) -> float:
        """The probability a line must reach: higher for a line that ends a
        sentence, which is more often a body sentence than furniture."""
        return self.sentence_threshold if ends_sentence(text) else self.threshold


@functools.cache
def load_line_model() -> LineModel:
    """The shipped model (``data/line_model.json``), read once per process."""
    path = resources.files("whosaid.clean").joinpath("data", MODEL_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    return LineModel(
        bias=float(data["bias"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
        sentence_threshold=float(data["sentence_threshold"]),
    )


def mark_furniture_lines(
    lines: list[Line], labels: list[str], *, model: LineModel | None = None
) -> None:
    """Label as site footer the body lines the model calls page furniture.

    Every line is judged on the labels the rules gave (not on this pass's own
    changes), a page where the rules found no title keeps its first block (the
    headline), and a page is never left without a body line.
    """
    model = model if model is not None else load_line_model()
    blocks = block_bounds(lines)
    found = [
        i
        for i in asked_lines(lines, labels)
        if furniture_probability(line_features(lines, labels, i, blocks), model)
        >= model.limit(lines[i].text)
    ]
    if len(found) == labels.count(BODY):
        return
    for i in found:
        labels[i] = bp.SITE_FOOTER


def asked_lines(lines: list[Line], labels: list[str]) -> list[int]:
    """The body lines the model judges: not attribution-shaped, and not in the
    first block when the rules found no title (that block is the headline)."""
    headline_block = -1 if TITLE in labels or not lines else lines[0].block
    return [
        i
        for i, label in enumerate(labels)
        if label == BODY
        and lines[i].block != headline_block
        and not attribution_shaped(lines, labels, i)
    ]


def furniture_probability(features: list[str], model: LineModel) -> float:
    """The model's probability that a line with ``features`` is furniture."""
    score = model.bias + sum(model.weights.get(name, 0.0) for name in features)
    if score < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-score))


def line_features(
    lines: list[Line],
    labels: list[str],
    i: int,
    blocks: dict[int, tuple[int, int]] | None = None,
) -> list[str]:
    """The binary features of line ``i``: its shape, its place, its neighbours
    (``blocks``: :func:`block_bounds` of ``lines``, computed when not given)."""
    line = lines[i]
    features = _shape_features(line.text, "")
    features += _place_features(
        lines, i, blocks if blocks is not None else block_bounds(lines)
    )
    for offset, name in ((-1, "prev"), (1, "next")):
        j = i + offset
        if 0 <= j < len(lines):
            features.append(f"{name}:label:{_label_class(labels[j])}")
            features.append(f"{name}:end:{_ending(lines[j].text)}")
            features.append(
                f"{name}:words:{_coarse_words(len(_TOKEN.findall(lines[j].text)))}"
            )
            if lines[j].block == line.block:
                features.append(f"{name}:same_block")
        else:
            features.append(f"{name}:none")
    features += [f"tok:{word}" for word in sorted(_words(line.text))]
    return features


def _shape_features(text: str, prefix: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    words = _WORD.findall(text)
    letters = list(filter(str.isalpha, text))
    features = [
        f"{prefix}words:{_words_bucket(len(tokens))}",
        f"{prefix}end:{_ending(text)}",
        f"{prefix}caps:{_share_bucket(_capitalised_share(words))}",
        f"{prefix}digits:{_share_bucket(sum(map(str.isdigit, text)) / len(text))}",
        f"{prefix}function:{_share_bucket(_function_share(words))}",
    ]
    if len(letters) >= 3 and all(map(str.isupper, letters)):
        features.append(f"{prefix}all_caps")
    lowered = {w.lower() for w in words}
    if lowered & _AUXILIARIES:
        features.append(f"{prefix}auxiliary")
    if any(len(w) > 4 and w.islower() and w.endswith("ed") for w in words):
        features.append(f"{prefix}past_form")
    features += sorted({f"{prefix}sep:{m.group(1)}" for m in _SEPARATOR.finditer(text)})
    if _QUOTE.search(text):
        features.append(f"{prefix}quote")
    if text[:1].islower():
        features.append(f"{prefix}lower_start")
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        features.append(f"{prefix}bracketed")
    features += [f"{prefix}{name}" for name in figure_features(text)]
    return features


def block_bounds(lines: list[Line]) -> dict[int, tuple[int, int]]:
    """The first and last line index of every block."""
    bounds: dict[int, tuple[int, int]] = {}
    for i, line in enumerate(lines):
        first = bounds.get(line.block, (i, i))[0]
        bounds[line.block] = (first, i)
    return bounds


def _place_features(
    lines: list[Line], i: int, blocks: dict[int, tuple[int, int]]
) -> list[str]:
    position = i / max(1, len(lines) - 1)
    first, last = blocks[lines[i].block]
    features = [f"position:{min(4, int(position * 5))}"]
    if first == last:
        features.append("block:alone")
    else:
        if first == i:
            features.append("block:first")
        if last == i:
            features.append("block:last")
        features.append(f"block:size:{min(last - first + 1, 6)}")
    return features


def _label_class(label: str) -> str:
    if label in (BODY, TITLE, CAPTION):
        return label
    return "leftover"


def _ending(text: str) -> str:
    if ends_sentence(text):
        return "sentence"
    last = text.rstrip(_CLOSERS)[-1:] or text[-1:]
    if last == ":":
        return "colon"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "letter"
    return "other"


def _words_bucket(n: int) -> str:
    for limit, name in (
        (1, "1"),
        (2, "2"),
        (3, "3"),
        (5, "4-5"),
        (8, "6-8"),
        (12, "9-12"),
    ):
        if n <= limit:
            return name
    return "13-20" if n <= 20 else "21+"


def _coarse_words(n: int) -> str:
    if n <= 3:
        return "short"
    return "medium" if n <= 12 else "long"


def _share_bucket(share: float) -> str:
    if share <= 0.0:
        return "0"
    if share < 0.25:
        return "low"
    if share < 0.6:
        return "mid"
    return "high" if share < 1.0 else "all"


def _capitalised_share(words: list[str]) -> float:
    alphabetic = [w for w in words if w[0].isalpha()]
    if not alphabetic:
        return 0.0
    return sum(w[0].isupper() for w in alphabetic) / len(alphabetic)


def _function_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w.lower() in _FUNCTION_WORDS for w in words) / len(words)


def _words(text: str) -> set[str]:
    """The line's lower-cased words of letters (numbers and names of one
    letter say nothing general)."""
    return {w.lower() for w in _LETTERS.findall(text)}
