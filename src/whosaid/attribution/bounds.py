"""Content boundaries: a learned second look at where a content starts and ends.

The role tagger finds most contents but often misplaces their edges: it runs
on past the end of what was said (", but …" clauses, a trailing apposition
", a result which …", into the next sentence) or starts early (the cue's
object and adverbials before the complement: "told *the AP on Monday* that
…", "said *in an e-mail* that …"; a fronted adverbial or a first conjunct).

For every content run this module lists the *cut points* where a clause or
phrase boundary lies (a sentence start, a word after punctuation, a
complementizer or wh-word, the left edge of a clause), describes each with
a few parse features (what lies before it, where the words a cut would drop
hang in the parse against the cue and its complement, whether they form a
clause of their own, quotation state, the document tagger's labels), and
asks logistic models whether the content ends before it (``end``) or starts
at it (``start``); the run is cut at the first end point and at the last
start point the model is sure of (:attr:`SideModel.threshold`).  A run not
cut at an edge may grow there instead (``grow`` after it, ``lead`` before
it) over the stretch up to the next cut point, never over another
attribution's cue or content.

The model is trained (:func:`fit`, driven by
:mod:`whosaid.attribution.bounds_train`) on the predictions of taggers that
did not see the documents, so that it learns their real boundary errors; it
is a small JSON file of feature weights (``bounds.json`` next to the
taggers).
"""

from __future__ import annotations

import functools
import json
import math
from bisect import bisect_right
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any, Literal

import numpy as np
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LOWER, POS, SPACY, TAG

from whosaid.attribution.cues import is_cue_word
from whosaid.attribution.model import resolve_model_dir

Side = Literal["start", "end"]

MODEL_FILE = "bounds.json"
POLNEAR_MODEL_FILE = "bounds_polnear.json"
"""The ``polnear`` scheme's boundary model (its levers name it; a folder
without it uses :data:`MODEL_FILE`)."""
FORMAT_VERSION = 1
MIN_KEPT_WORDS = 2
"""A cut never leaves a content run with fewer words than this."""
MIN_KEPT_SHARE = 0.35
"""A cut keeps at least this share of the run's words (chosen on PolNeAR
train, half B: 0.5 and 0.35 tried)."""

_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "csubj", "parataxis"}
)
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_CLOSED_POS = frozenset(
    {"CCONJ", "SCONJ", "ADP", "DET", "PRON", "AUX", "PART", "ADV", "PUNCT"}
)
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_SAYING = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
_DOUBLE_MARKS = frozenset({'"', "“", "”", "„", "«", "»", "''", "``", "‘‘", "’’"})
_OPENING_MARKS = frozenset({'"', "“", "„", "«", "``", "‘", "'"})
_QUOTE_CHARS = frozenset("\"“”‘’'`«»„")


@dataclass(frozen=True, slots=True)
class SideModel:
    """Logistic weights of one decision (``start``, ``end``, ``grow``,
    ``lead``) and the probability from which it is taken."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that the cut is right."""
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias": round(self.bias, 4),
            "threshold": self.threshold,
            "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SideModel:
        return cls(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
        )


@dataclass(frozen=True, slots=True)
class BoundaryModel:
    """The four decisions' models."""

    start: SideModel
    end: SideModel
    grow: SideModel
    lead: SideModel
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT_VERSION,
                "meta": self.meta,
                "start": self.start.to_dict(),
                "end": self.end.to_dict(),
                "grow": self.grow.to_dict(),
                "lead": self.lead.to_dict(),
            },
            indent=0,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> BoundaryModel:
        data = json.loads(text)
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(
                f"boundary model format {data.get('format')!r}, "
                f"expected {FORMAT_VERSION}"
            )
        return cls(
            start=SideModel.from_dict(data["start"]),
            end=SideModel.from_dict(data["end"]),
            grow=SideModel.from_dict(data["grow"]),
            lead=SideModel.from_dict(data["lead"]),
            meta=dict(data.get("meta", {})),
        )


def load_model(path: str | Path) -> BoundaryModel:
    """The boundary model in the file at ``path``."""
    return BoundaryModel.from_json(Path(path).read_text(encoding="utf-8"))


def bounds_model(
    model_dir: str | None = None, name: str = MODEL_FILE
) -> BoundaryModel | None:
    """The boundary model of a tagger folder (the file ``name``, else
    ``bounds.json``, next to the taggers; default: the shipped model), or
    None when it holds none."""
    folder = resolve_model_dir(model_dir)
    if name != MODEL_FILE and (folder / name).is_file():
        return _model_at(folder / name)
    return _model_at(folder / MODEL_FILE)


@functools.cache
def _model_at(path: Path) -> BoundaryModel | None:
    if not path.is_file():
        return None
    return load_model(path)


# --------------------------------------------------------------------------
# a document seen once


@dataclass(slots=True)
class DocView:
    """Per-token attributes of a Doc as plain lists (no Token objects in
    the loops), with prefix counts for constant-time span questions.

    ``words[i]`` is the count of word tokens (not punctuation, not
    whitespace) before token ``i``; ``marks[i]`` that of double quote
    marks; ``content[i]`` that of tokens the document tagger labels
    content (None without its labels).  ``point[k]``: a content may start
    or end before token ``k`` (see :func:`cut_points`); ``points`` lists
    those ``k`` in order.
    """

    lower: Sequence[str]
    pos: list[str]
    tag: list[str]
    dep: Sequence[str]
    head: Sequence[int]
    left: list[int]
    right: list[int]
    spaced: list[bool]
    word: list[bool]
    sent: Sequence[int]
    para: Sequence[int]
    quote: Sequence[int]
    labels: Sequence[str] | None
    words: list[int]
    marks: list[int]
    content: list[int] | None
    point: list[bool]
    points: list[int]
    wide_points: list[int] = field(default_factory=list)

    def count(self, lo: int, hi: int) -> int:
        """Word tokens in ``lo..hi`` (inclusive)."""
        return self.words[hi + 1] - self.words[lo] if hi >= lo else 0

    def edges(self, i: int) -> tuple[int, int]:
        """First and last token of the subtree of token ``i``."""
        return self.left[i], self.right[i]

    def word_class(self, i: int) -> str:
        """The word itself for closed classes, else its part of speech."""
        return self.lower[i] if self.pos[i] in _CLOSED_POS else self.pos[i]


def doc_view(doc: Any, feats: Any) -> DocView:
    """The :class:`DocView` of a Doc and its
    :class:`~whosaid.attribution.features.DocFeatures` (built once, kept in
    ``feats.id_cache``)."""
    view = feats.id_cache.get(DocView)
    if not isinstance(view, DocView) or view.labels is not feats.doc_labels:
        view = feats.id_cache[DocView] = _build_view(doc, feats)
    return view


def _build_view(doc: Any, feats: Any) -> DocView:
    columns = doc.to_array([POS, TAG, IS_PUNCT, IS_SPACE, SPACY, LOWER, DEP]).T
    pos, tag, spaced = (columns[k].tolist() for k in (0, 1, 4))
    strings = doc.vocab.strings
    names = {key: strings[key] for key in {*pos, *tag}}
    is_word = ~(columns[2].astype(bool) | columns[3].astype(bool))
    is_mark = np.isin(columns[5], _ids(strings, _DOUBLE_MARKS, columns.dtype))
    labels = feats.doc_labels
    content = None
    if labels:
        content = _prefix([label.endswith("CNT") for label in labels])
    left, right = _subtree_edges(feats.heads)
    points = _points(
        is_word,
        columns[4].astype(bool),
        np.asarray(feats.sent_idx, dtype=np.int64),
        np.asarray(left, dtype=np.int64)[
            np.isin(columns[6], _ids(strings, _CLAUSE_DEPS, columns.dtype))
        ],
        np.isin(columns[6], _ids(strings, ("mark",), columns.dtype))
        | np.isin(columns[1], _ids(strings, _WH_TAGS, columns.dtype)),
    )
    wide = points | _phrase_edges(
        is_word,
        np.asarray(left, dtype=np.int64),
        np.isin(columns[6], _ids(strings, _PHRASE_DEPS, columns.dtype)),
        np.isin(columns[6], _ids(strings, _PHRASE_HEADS, columns.dtype)),
    )
    return DocView(
        lower=feats.words,
        pos=[names[k] for k in pos],
        tag=[names[k] for k in tag],
        dep=feats.deps,
        head=feats.heads,
        left=left,
        right=right,
        spaced=[bool(x) for x in spaced],
        word=is_word.tolist(),
        sent=feats.sent_idx,
        para=feats.para_idx,
        quote=feats.quote_id,
        labels=labels,
        words=_prefix(is_word),
        marks=_prefix(is_mark),
        content=content,
        point=points.tolist(),
        points=np.flatnonzero(points).tolist(),
        wide_points=np.flatnonzero(wide).tolist(),
    )


def _ids(strings: Any, names: Iterable[str], dtype: Any) -> Any:
    return np.asarray([strings[name] for name in names], dtype=dtype)


def _points(word: Any, spaced: Any, sent: Any, clause_edges: Any, opener: Any) -> Any:
    """Per token, whether a content may start or end before it: a word at a
    sentence start, after punctuation (not a hyphen inside a word:
    "job-approval"), at the left edge of a clause, or a complementizer or
    wh-word (``opener``)."""
    n = len(word)
    point = np.zeros(n, dtype=bool)
    point[clause_edges] = True
    point[1:] |= sent[1:] != sent[:-1]
    prev_spaced = np.zeros(n, dtype=bool)
    prev_spaced[1:] = spaced[:-1]
    prev_spaced[2:] |= spaced[:-2]
    prev_word = np.ones(n, dtype=bool)
    prev_word[1:] = word[:-1]
    point |= ~prev_word & prev_spaced
    point |= opener
    result: Any = point & word
    return result


_PHRASE_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
"""Objects: a content may start at an object's first word ("urged *the
Congress to act*"), with a model trained on :attr:`DocView.wide_points`."""
_PHRASE_HEADS = frozenset({"cc", "prep"})
"""A coordinating conjunction or a preposition: a content may end before
it ("... the economy *and* ...")."""


def _phrase_edges(word: Any, left: Any, objects: Any, heads: Any) -> Any:
    """Per token, a phrase boundary before it: the first word of an
    object's subtree, or a conjunction or preposition (the wide points)."""
    edge = np.zeros(len(word), dtype=bool)
    edge[left[objects]] = True
    edge |= heads
    result: Any = edge & word
    return result


def _prefix(flags: Any) -> list[int]:
    """Prefix counts of 0/1 flags: ``out[i]`` flags before index ``i``."""
    counts = np.zeros(len(flags) + 1, dtype=np.int64)
    np.cumsum(np.asarray(flags, dtype=np.int64), out=counts[1:])
    out: list[int] = counts.tolist()
    return out


def _subtree_edges(heads: Sequence[int]) -> tuple[list[int], list[int]]:
    """The first and last token of every token's subtree (spaCy's
    ``left_edge`` and ``right_edge``), without a Token per token: each token
    passes its edges to its head until nothing changes (as many rounds as
    the deepest tree is deep)."""
    head = np.asarray(heads, dtype=np.int64)
    left = np.arange(len(head))
    right = np.arange(len(head))
    while True:
        new_left = left.copy()
        np.minimum.at(new_left, head, left)
        new_right = right.copy()
        np.maximum.at(new_right, head, right)
        if np.array_equal(new_left, left) and np.array_equal(new_right, right):
            return left.tolist(), right.tolist()
        left, right = new_left, new_right


# --------------------------------------------------------------------------
# cut points


def cut_points(view: DocView, run: Sequence[int], wide: bool = False) -> list[int]:
    """Tokens of ``run`` before which a content may start or end
    (``view.point``), never the run's first word.  A bare conjunction or a
    preposition inside a clause is rarely where a content ends: neither is
    a cut point, unless ``wide`` (:attr:`DocView.wide_points`: also before
    a conjunction, a preposition, and at an object's first word)."""
    first = next((i for i in run if view.word[i]), None)
    if first is None:
        return []
    points = view.wide_points if wide else view.points
    return points[bisect_right(points, first) : bisect_right(points, run[-1])]


# --------------------------------------------------------------------------
# features


@dataclass(frozen=True, slots=True)
class RunContext:
    """What the features of one content run share: its cue and the words
    of the run that make a clause (subjects, verbs, verbs of saying)."""

    lo: int
    hi: int
    cue: frozenset[int]
    cue_first: int
    cue_last: int
    cue_head: int
    method: str
    subjects: tuple[tuple[int, int], ...]
    verbs: tuple[int, ...]
    saying: tuple[int, ...]


def run_context(
    view: DocView, cue: Sequence[int], run: Sequence[int], method: str = ""
) -> RunContext:
    """The :class:`RunContext` of ``run`` (a content run of ``cue``)."""
    lo, hi = run[0], run[-1]
    cues = frozenset(cue)
    head = next((i for i in cue if view.head[i] not in cues), cue[0])
    subjects = tuple(
        (i, view.head[i]) for i in range(lo, hi + 1) if view.dep[i] in _SUBJ_DEPS
    )
    verbs = tuple(i for i in range(lo, hi + 1) if view.pos[i] == "VERB")
    saying = tuple(i for i in verbs if _saying(view.lower[i]))
    return RunContext(
        lo=lo,
        hi=hi,
        cue=cues,
        cue_first=min(cue),
        cue_last=max(cue),
        cue_head=head,
        method=method,
        subjects=subjects,
        verbs=verbs,
        saying=saying,
    )


@functools.lru_cache(maxsize=4096)
def _saying(word: str) -> bool:
    """A verb of saying (the cue lexicon's check)."""
    return word in _SAYING or is_cue_word(word)


def _bucket(n: int) -> str:
    for top, name in ((1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15"), (40, "16-40")):
        if n <= top:
            return name
    return "41+"


def _boundary(view: DocView, k: int, lo: int) -> str:
    """What lies right before token ``k``: ``S`` (a sentence start), the
    punctuation marks before it (quote marks as ``Q``), or ``-``."""
    if view.sent[k] != view.sent[k - 1]:
        return "S"
    marks = []
    i = k - 1
    while i >= lo and not view.word[i]:
        text = view.lower[i]
        if not text.isspace():
            marks.append("Q" if _QUOTE_CHARS.intersection(text) else text[:2])
        i -= 1
    return "".join(reversed(marks)) or "-"


def _prev_word(view: DocView, k: int, lo: int) -> int:
    """The last word before token ``k`` in the run, or -1."""
    i = k - 1
    while i >= lo and not view.word[i]:
        i -= 1
    return i


def _in_quotation(view: DocView, lo: int, k: int, prev: int) -> bool:
    """Token ``k`` continues a quotation: the same double-mark quotation as
    the word before it, or after an odd number of double marks (newspaper
    ``''`` included) from the run's start or the mark just before it."""
    if prev >= 0 and view.quote[k] >= 0 and view.quote[k] == view.quote[prev]:
        return True
    first = lo - 1 if lo > 0 and view.lower[lo - 1] in _DOUBLE_MARKS else lo
    return (view.marks[k] - view.marks[first]) % 2 == 1


def _clause_at(view: DocView, k: int) -> int:
    """A clause head whose subtree starts at token ``k``, or -1."""
    i = k
    for _ in range(40):
        if view.edges(i)[0] != k:
            return -1
        if view.dep[i] in _CLAUSE_DEPS:
            return i
        head = view.head[i]
        if head == i:
            return -1
        i = head
    return -1


def _share(view: DocView, lo: int, hi: int, left: int, right: int) -> str:
    """How many words of ``lo..hi`` lie in ``left..right``: none, some, all."""
    total = view.count(lo, hi)
    inside = view.count(max(lo, left), min(hi, right))
    return "none" if inside == 0 else "all" if inside == total else "some"


def _first_top(view: DocView, lo: int, hi: int) -> int:
    """The first word of ``lo..hi`` whose head lies outside it (or is
    itself), or -1."""
    for i in range(lo, hi + 1):
        if view.word[i]:
            head = view.head[i]
            if head < lo or head > hi or head == i:
                return i
    return -1


def _complement(view: DocView, ctx: RunContext, anchor: int) -> int:
    """The dependent of the cue's head whose subtree holds ``anchor``, or -1."""
    i = anchor
    for _ in range(40):
        head = view.head[i]
        if head == ctx.cue_head and i != head:
            return i
        if head == i:
            return -1
        i = head
    return -1


def _where(ctx: RunContext, head: int, keep: tuple[int, int]) -> str:
    if head in ctx.cue:
        return "cue"
    if keep[0] <= head <= keep[1]:
        return "in"
    return "before" if head < keep[0] else "after"


def _segment_features(
    view: DocView, ctx: RunContext, drop: tuple[int, int], keep: tuple[int, int]
) -> list[str]:
    """The words a cut drops: how they hang on the rest (their first top
    token), whether they make a clause of their own, their length, and
    where they lie against the cue's scope."""
    lo, hi = drop
    out: list[str] = []
    top = _first_top(view, lo, hi)
    if top >= 0:
        head = view.head[top]
        where = "root" if head == top else _where(ctx, head, keep)
        out.append(f"d.tdep={view.dep[top]}|{where}")
        out.append(f"d.tpos={view.pos[top]}|{where}")
    subj = any(lo <= i <= hi and lo <= h <= hi for i, h in ctx.subjects)
    verb = any(lo <= i <= hi for i in ctx.verbs)
    saying = any(lo <= i <= hi for i in ctx.saying)
    out.append(f"d.verb={verb}|{subj}")
    out.append(f"d.saying={saying}|{subj}")
    out.append(f"d.len={_bucket(view.count(lo, hi))}")
    left, right = view.edges(ctx.cue_head)
    out.append(f"scope={_share(view, lo, hi, left, right)}")
    anchor = next((i for i in range(keep[0], keep[1] + 1) if view.word[i]), -1)
    comp = _complement(view, ctx, anchor) if anchor >= 0 else -1
    if comp < 0:
        out.append("comp=-")
    else:
        left, right = view.edges(comp)
        share = _share(view, lo, hi, left, right)
        out.append(f"comp={view.dep[comp]}|{share}")
        out.append(f"comp={share}")
    if view.content is not None:
        labelled = view.content[hi + 1] - view.content[lo]
        size = hi - lo + 1
        out.append(
            "dl.drop="
            + ("none" if labelled == 0 else "all" if labelled == size else "some")
        )
    return out


def _short(label: str) -> str:
    """``O``, or the BIO prefix and the role's initial (``B-CNT`` -> ``BC``,
    ``I-CUE`` -> ``IU``, ``B-SRC`` -> ``BS``)."""
    if label == "O" or len(label) < 3:
        return "O"
    role = label[2:]
    return label[0] + ("U" if role == "CUE" else role[0])


def cut_features(view: DocView, ctx: RunContext, k: int, side: Side) -> list[str]:
    """Features of cutting the run of ``ctx`` before token ``k`` on one side."""
    lo, hi = ctx.lo, ctx.hi
    boundary = _boundary(view, k, lo)
    word = view.word_class(k)
    prev = _prev_word(view, k, lo)
    prev_word = view.word_class(prev) if prev >= 0 else "^"
    quoted = _in_quotation(view, lo, k, prev)
    if ctx.cue_first > hi:
        cue_side = "after"
    elif ctx.cue_last < lo:
        cue_side = "before"
    else:
        cue_side = "inside"
    clause = _clause_at(view, k)
    clause_name = view.dep[clause] if clause >= 0 else "-"
    feats = [
        f"b={boundary}",
        f"w={word}",
        f"b={boundary}|w={word}",
        f"pw={prev_word}",
        f"pw={prev_word}|w={word}",
        f"dep={view.dep[k]}",
        f"b={boundary}|dep={view.dep[k]}",
        f"tag={view.tag[k]}",
        f"q={quoted}",
        f"q={quoted}|b={boundary}",
        f"q={quoted}|cue={cue_side}|b={boundary}",
        f"cue={cue_side}",
        f"cuesent={view.sent[k] == view.sent[ctx.cue_first]}",
        f"cue={cue_side}|b={boundary}",
        f"m={ctx.method}",
        f"clause={clause_name}",
        f"headcue={view.head[k] in ctx.cue}",
    ]
    if clause >= 0:
        feats.append(f"clause={clause_name}|hcue={view.head[clause] in ctx.cue}")
    if side == "end":
        keep, drop = (lo, prev), (k, hi)
        feats.append(f"kept={_bucket(view.count(lo, prev))}")
    else:
        keep, drop = (k, hi), (lo, prev)
        feats.append(f"kept={_bucket(view.count(k, hi))}")
        feats.append(f"first={view.word_class(lo)}")
    if view.labels:
        here = _short(view.labels[k])
        feats.append(f"dl={_short(view.labels[k - 1])}>{here}")
    segment = _segment_features(view, ctx, drop, keep)
    feats.extend(segment)
    feats.extend(f"q={quoted}|b={boundary}|{f}" for f in segment if "|" in f)
    feats.extend(
        f"q={quoted}|b={boundary}|{f}"
        for f in segment
        if f.startswith(("scope", "comp=n", "comp=s", "comp=a"))
    )
    return feats


# --------------------------------------------------------------------------
# applying the model


def _without_trailing_punct(view: DocView, run: list[int]) -> list[int]:
    end = len(run)
    while end > 0 and not view.word[run[end - 1]]:
        end -= 1
    return run[:end]


def _may_cut(kept: int, total: int) -> bool:
    """A cut keeping ``kept`` of ``total`` words keeps enough: at least
    :data:`MIN_KEPT_WORDS`, and at least :data:`MIN_KEPT_SHARE` of them (a
    content that loses more than that mostly loses its gold match)."""
    return kept >= MIN_KEPT_WORDS and kept >= MIN_KEPT_SHARE * total


_DANGLING_POS = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "PART", "AUX"})


def _may_end(view: DocView, k: int, lo: int) -> bool:
    """A content may end before token ``k``: the word before it is no
    conjunction, preposition, determiner, particle or auxiliary left
    dangling ("not opposed by Manafort, but")."""
    prev = _prev_word(view, k, lo)
    return prev >= 0 and view.pos[prev] not in _DANGLING_POS


def refine_run(
    view: DocView,
    cue: Sequence[int],
    run: list[int],
    model: BoundaryModel,
    *,
    method: str = "",
    busy: Container[int] | None = None,
) -> list[int]:
    """``run`` cut at the first end point and the last start point the model
    is sure of (a cut leaves at least :data:`MIN_KEPT_WORDS` words).  With
    ``busy`` (other attributions' cues and contents, never taken), a run not
    cut at an edge may grow there over the stretches the model is sure of.
    """
    ctx = run_context(view, cue, run, method)
    wide = bool(model.meta.get("wide_points"))
    points = cut_points(view, run, wide) if len(run) >= 3 else []
    cut = _end_cut(view, ctx, run, points, model.end)
    if cut is not None:
        run = cut
    elif busy is not None:
        run = _grow(view, cue, run, model.grow, busy, method)
    cut = _start_cut(view, ctx, run, points, model.start)
    if cut is not None:
        return cut
    if busy is not None:
        run = _lead(view, cue, run, model.lead, busy, method)
    return run


def _end_cut(
    view: DocView,
    ctx: RunContext,
    run: list[int],
    points: Sequence[int],
    model: SideModel,
) -> list[int] | None:
    """``run`` cut before the first point the model is sure of, or None."""
    total = view.count(run[0], run[-1])
    for k in points:
        if not _may_cut(view.count(run[0], k - 1), total) or not _may_end(
            view, k, run[0]
        ):
            continue
        if model.probability(cut_features(view, ctx, k, "end")) >= model.threshold:
            return _without_trailing_punct(view, run[: k - run[0]])
    return None


def _start_cut(
    view: DocView,
    ctx: RunContext,
    run: list[int],
    points: Sequence[int],
    model: SideModel,
) -> list[int] | None:
    """``run`` started at the last point the model is sure of, or None."""
    total = view.count(run[0], run[-1])
    for k in reversed(points):
        if k > run[-1] or not _may_cut(view.count(k, run[-1]), total):
            continue
        if model.probability(cut_features(view, ctx, k, "start")) >= model.threshold:
            if view.lower[k - 1] in _OPENING_MARKS:
                k -= 1  # the quotation's opening mark stays with it
            return run[k - run[0] :]
    return None


GROW_REACH = 40
"""A content grows by a stretch of at most this many tokens at a time ..."""
GROW_STEPS = 3
"""... and at most this many times."""


def next_stretch(
    view: DocView, hi: int, busy: Container[int]
) -> tuple[int, int] | None:
    """The words right after a run ending at token ``hi``, up to the next
    cut point where a content may end (or the end of the sentence): the
    stretch a content may grow by.  None where it would take a token of
    another attribution (``busy``), reach into another paragraph, or run
    on past :data:`GROW_REACH` tokens."""
    n = len(view.word)
    para = view.para[hi]
    a = hi + 1
    while a < n and not view.word[a]:
        if a in busy or view.para[a] != para:
            return None
        a += 1
    if a >= n:
        return None
    last = min(n - 1, a + GROW_REACH)
    b = next(
        (k - 1 for k in cut_points(view, range(a, last + 1)) if _may_end(view, k, a)),
        None,
    )
    if b is None:
        b = a  # the end of the sentence, if it is near
        while b + 1 < n and view.sent[b + 1] == view.sent[a]:
            b += 1
        if b > last:
            return None
    while b > a and not view.word[b]:
        b -= 1
    if any(i in busy or view.para[i] != para for i in range(a, b + 1)):
        return None
    return a, b


def prev_stretch(
    view: DocView, lo: int, busy: Container[int]
) -> tuple[int, int] | None:
    """The words right before a run starting at token ``lo``, back to the
    previous cut point (or the start of the sentence): the stretch a
    content may grow by at its start; None as for :func:`next_stretch`."""
    para = view.para[lo]
    b = lo - 1
    while b >= 0 and not view.word[b]:
        if b in busy or view.para[b] != para:
            return None
        b -= 1
    if b < 0:
        return None
    first = max(0, b - GROW_REACH)
    points = cut_points(view, range(first, b + 1))
    if points:
        a = points[-1]
    else:
        a = b  # the start of the sentence, if it is near
        while a > 0 and view.sent[a - 1] == view.sent[b]:
            a -= 1
        if a < first:
            return None
    while a < b and not view.word[a]:
        a += 1
    if any(i in busy or view.para[i] != para for i in range(a, b + 1)):
        return None
    return a, b


def _first_word(view: DocView, run: Sequence[int]) -> int:
    return next((i for i in run if view.word[i]), run[0])


def _lead(
    view: DocView,
    cue: Sequence[int],
    run: list[int],
    model: SideModel,
    busy: Container[int],
    method: str,
) -> list[int]:
    """``run`` grown at its start stretch by stretch (:func:`prev_stretch`)
    while the model is sure the stretch before it belongs to it."""
    for _ in range(GROW_STEPS):
        stretch = prev_stretch(view, run[0], busy)
        if stretch is None:
            break
        a, _b = stretch
        ctx = run_context(view, cue, range(a, run[-1] + 1), method)
        k = _first_word(view, run)
        if model.probability(cut_features(view, ctx, k, "start")) < model.threshold:
            break
        run = list(range(a, run[0])) + run
    return run


def _grow(
    view: DocView,
    cue: Sequence[int],
    run: list[int],
    model: SideModel,
    busy: Container[int],
    method: str,
) -> list[int]:
    """``run`` grown stretch by stretch (:func:`next_stretch`) while the
    model is sure the next stretch belongs to it."""
    for _ in range(GROW_STEPS):
        stretch = next_stretch(view, run[-1], busy)
        if stretch is None:
            break
        a, b = stretch
        ctx = run_context(view, cue, range(run[0], b + 1), method)
        if model.probability(cut_features(view, ctx, a, "end")) < model.threshold:
            break
        run = run + list(range(run[-1] + 1, b + 1))
    return run


def refine_runs(
    doc: Any,
    feats: Any,
    cue: Sequence[int],
    runs: list[list[int]],
    model: BoundaryModel | None,
    *,
    method: str = "",
    busy: Container[int] | None = None,
) -> list[list[int]]:
    """Every content run of ``cue`` refined by :func:`refine_run` (unchanged
    without a model); ``feats`` is the document's
    :class:`~whosaid.attribution.features.DocFeatures`."""
    if model is None or not cue:
        return runs
    view = doc_view(doc, feats)
    return [refine_run(view, cue, run, model, method=method, busy=busy) for run in runs]


# --------------------------------------------------------------------------
# training


@dataclass(slots=True)
class Examples:
    """Cut points of one side: their features, whether the cut is right, and
    what it would drop: ``gain`` words that are not gold, ``loss`` gold
    words; ``group`` numbers the content run a cut point belongs to."""

    features: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    gain: list[int] = field(default_factory=list)
    loss: list[int] = field(default_factory=list)
    group: list[int] = field(default_factory=list)
    runs: int = 0

    def add(self, features: list[str], label: int, gain: int, loss: int) -> None:
        self.features.append(features)
        self.labels.append(label)
        self.gain.append(gain)
        self.loss.append(loss)
        self.group.append(self.runs)

    def extend(self, other: Examples) -> None:
        base = self.runs
        self.features += other.features
        self.labels += other.labels
        self.gain += other.gain
        self.loss += other.loss
        self.group += [base + g for g in other.group]
        self.runs += other.runs


def run_examples(
    view: DocView,
    cue: Sequence[int],
    run: list[int],
    gold: set[int],
    examples: dict[str, Examples],
    *,
    method: str = "",
    busy: Container[int] | None = None,
    net: float = 0.0,
    wide: bool = False,
) -> None:
    """Label every cut point of ``run`` against the gold content words it
    is paired with: an end cut is right when no gold word lies at or after
    it, a start cut when none lies before it; with ``net``, also when the
    words it drops that are not gold outnumber the gold ones ``net`` times
    (a cut that pays in content overlap).  ``wide``: the wide cut points
    (:func:`cut_points`)."""
    words = [i for i in run if view.word[i]]
    if len(run) < 3 or not gold.intersection(words):
        if busy is not None and words:
            _grow_examples(view, cue, run, gold, examples["grow"], busy, method)
            _lead_examples(view, cue, run, gold, examples["lead"], busy, method)
        return
    ctx = run_context(view, cue, run, method)
    for k in cut_points(view, run, wide):
        before = [i for i in words if i < k]
        after = [i for i in words if i >= k]
        lost_end = sum(1 for i in after if i in gold)
        lost_start = sum(1 for i in before if i in gold)
        if _may_cut(len(before), len(words)) and _may_end(view, k, run[0]):
            gain = len(after) - lost_end
            examples["end"].add(
                cut_features(view, ctx, k, "end"),
                int(_pays(gain, lost_end, net)),
                gain,
                lost_end,
            )
        if _may_cut(len(after), len(words)):
            gain = len(before) - lost_start
            examples["start"].add(
                cut_features(view, ctx, k, "start"),
                int(_pays(gain, lost_start, net)),
                gain,
                lost_start,
            )
    if busy is not None:
        _grow_examples(view, cue, run, gold, examples["grow"], busy, method)
        _lead_examples(view, cue, run, gold, examples["lead"], busy, method)
    for side in examples.values():
        side.runs += 1


def _pays(gain: int, loss: int, net: float) -> bool:
    """A cut that drops ``gain`` words that are not gold and ``loss`` gold
    words is right: it loses none, or (``net`` > 0) drops at least ``net``
    times as many wrong words as gold ones."""
    return loss == 0 or (net > 0 and gain >= net * loss)


def _grow_examples(
    view: DocView,
    cue: Sequence[int],
    run: list[int],
    gold: set[int],
    examples: Examples,
    busy: Container[int],
    method: str,
) -> None:
    """Label the stretches after ``run``: growing by one is right when most
    of its words are gold; the next one is looked at only after a right one."""
    for _ in range(GROW_STEPS):
        stretch = next_stretch(view, run[-1], busy)
        if stretch is None:
            return
        a, b = stretch
        words = [i for i in range(a, b + 1) if view.word[i]]
        inside = sum(1 for i in words if i in gold)
        ctx = run_context(view, cue, range(run[0], b + 1), method)
        right = 2 * inside > len(words)
        examples.add(
            cut_features(view, ctx, a, "end"), int(right), inside, len(words) - inside
        )
        if not right:
            return
        run = run + list(range(run[-1] + 1, b + 1))


def _lead_examples(
    view: DocView,
    cue: Sequence[int],
    run: list[int],
    gold: set[int],
    examples: Examples,
    busy: Container[int],
    method: str,
) -> None:
    """Label the stretches before ``run`` as :func:`_grow_examples` those
    after it."""
    for _ in range(GROW_STEPS):
        stretch = prev_stretch(view, run[0], busy)
        if stretch is None:
            return
        a, b = stretch
        words = [i for i in range(a, b + 1) if view.word[i]]
        inside = sum(1 for i in words if i in gold)
        ctx = run_context(view, cue, range(a, run[-1] + 1), method)
        right = 2 * inside > len(words)
        examples.add(
            cut_features(view, ctx, _first_word(view, run), "start"),
            int(right),
            inside,
            len(words) - inside,
        )
        if not right:
            return
        run = list(range(a, run[0])) + run


def fit(
    examples: Examples,
    *,
    threshold: float,
    l2: float = 1.0,
    iterations: int = 300,
    min_count: int = 3,
    by_words: bool = False,
) -> SideModel:
    """A logistic model of ``examples`` (full-batch gradient descent with
    AdaGrad steps, L2-regularized; deterministic).  Features seen fewer than
    ``min_count`` times are left out.  With ``by_words`` each example
    counts as many times as the words its cut would drop (gain + loss,
    scaled to a mean of one): a long stretch decided wrongly costs more."""
    counts: dict[str, int] = {}
    for feats in examples.features:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: j for j, f in enumerate(names)}
    rows: list[int] = []
    cols: list[int] = []
    for r, feats in enumerate(examples.features):
        for f in set(feats):
            j = index.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    row = np.asarray(rows, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    y = np.asarray(examples.labels, dtype=np.float64)
    n = max(1, len(y))
    weight = np.ones(len(y))
    if by_words and len(y):
        weight = np.maximum(
            1.0, np.asarray(examples.gain, float) + np.asarray(examples.loss, float)
        )
        weight /= weight.mean()
    w = np.zeros(len(names))
    b = 0.0
    g2w = np.full(len(names), 1e-8)
    g2b = 1e-8
    rate = 0.5
    for _ in range(iterations):
        z = b + np.bincount(row, weights=w[col], minlength=len(y))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * weight
        gw = np.bincount(col, weights=err[row], minlength=len(names)) / n
        gw += l2 * w / n
        gb = float(err.sum()) / n
        g2w += gw * gw
        g2b += gb * gb
        w -= rate * gw / np.sqrt(g2w)
        b -= rate * gb / math.sqrt(g2b)
    weights = {f: float(w[j]) for f, j in index.items() if abs(w[j]) >= 1e-3}
    return SideModel(bias=b, weights=weights, threshold=threshold)
