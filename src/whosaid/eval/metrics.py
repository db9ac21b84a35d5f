"""Scoring predicted attributions against gold attributions.

All scores are micro-averaged over documents (counts are summed, then
divided).  Tokens are ``\\w+`` runs of the document text, identified by their
character position; a token belongs to a span when it overlaps it.

Spans are *canonicalized* before exact comparisons: the fragments of a role
are sorted, fragments separated only by whitespace/punctuation are merged,
and whitespace, punctuation and quote marks are stripped at both ends of
each fragment (empty fragments are dropped).

Metrics:

* **content exact** -- a prediction matches a gold attribution when their
  canonical content fragments are identical; one-to-one.
* **content partial** -- predictions and golds are paired one-to-one to
  maximize total content token overlap (Hungarian algorithm); precision is
  the summed overlap over all predicted content tokens, recall the summed
  overlap over all gold content tokens.
* **source / cue accuracy** -- over the partial pairs with overlap > 0: the
  predicted and gold source (cue) share a token, or both have none.
* **end-to-end** -- a prediction matches a gold attribution when its content
  covers at least half of the gold content's tokens and its source shares a
  token with the gold source (when the gold has no source, the prediction
  must have none either); one-to-one by maximum bipartite matching.
* **exact per role** -- canonical fragments ``(start, end)`` of each role,
  compared as sets per document.

A ratio whose denominator is zero is reported as 0.0.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whosaid.eval.polnear import GoldAttribution, load_split
from whosaid.records import Attribution

__all__ = [
    "CONFIDENCE_BANDS",
    "PRF",
    "Accuracy",
    "EvalReport",
    "bipartite_matching",
    "canonical_fragments",
    "evaluate_polnear",
    "max_bipartite_matching",
    "max_weight_assignment",
    "score_document",
    "score_documents",
]

Offsets = tuple[tuple[int, int], ...]
_TOKEN_RE = re.compile(r"\w+")
_INF = float("inf")


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class PRF:
    """Counts behind a precision/recall/F1 triple.

    ``tp`` is the matched quantity (matches, or overlapping tokens for the
    partial score), ``predicted`` and ``gold`` the respective totals.
    """

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """``tp / predicted`` (0.0 when nothing was predicted)."""
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        """``tp / gold`` (0.0 when there is no gold)."""
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            tp=self.tp + other.tp,
            predicted=self.predicted + other.predicted,
            gold=self.gold + other.gold,
        )

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios as a plain dict."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Accuracy:
    """``correct`` out of ``total``."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        """``correct / total`` (0.0 when ``total`` is 0)."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(
            correct=self.correct + other.correct, total=self.total + other.total
        )

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratio as a plain dict."""
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


_ZERO = PRF(tp=0, predicted=0, gold=0)
CONFIDENCE_BANDS: tuple[float, ...] = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
"""Band edges of the reliability table (the last band includes 1.0)."""
_ZERO_ACC = Accuracy(correct=0, total=0)


@dataclass(frozen=True, slots=True, kw_only=True)
class EvalReport:
    """All scores of one evaluation run (micro-averaged over documents)."""

    documents: int = 0
    gold_attributions: int = 0
    predicted_attributions: int = 0
    content_exact: PRF = field(default=_ZERO)
    content_partial: PRF = field(default=_ZERO)
    source_accuracy: Accuracy = field(default=_ZERO_ACC)
    cue_accuracy: Accuracy = field(default=_ZERO_ACC)
    end_to_end: PRF = field(default=_ZERO)
    source_span_exact: PRF = field(default=_ZERO)
    cue_span_exact: PRF = field(default=_ZERO)
    content_span_exact: PRF = field(default=_ZERO)
    scored: tuple[tuple[float, bool, str], ...] = ()
    """Per prediction: its confidence, whether end-to-end matched it, its method."""

    def __add__(self, other: EvalReport) -> EvalReport:
        return EvalReport(
            documents=self.documents + other.documents,
            gold_attributions=self.gold_attributions + other.gold_attributions,
            predicted_attributions=self.predicted_attributions
            + other.predicted_attributions,
            content_exact=self.content_exact + other.content_exact,
            content_partial=self.content_partial + other.content_partial,
            source_accuracy=self.source_accuracy + other.source_accuracy,
            cue_accuracy=self.cue_accuracy + other.cue_accuracy,
            end_to_end=self.end_to_end + other.end_to_end,
            source_span_exact=self.source_span_exact + other.source_span_exact,
            cue_span_exact=self.cue_span_exact + other.cue_span_exact,
            content_span_exact=self.content_span_exact + other.content_span_exact,
            scored=self.scored + other.scored,
        )

    def reliability(self) -> list[tuple[float, float, int, float, float]]:
        """Per confidence band: ``(low, high, count, share right, mean confidence)``.

        "Right" is end-to-end matched; bands are :data:`CONFIDENCE_BANDS`.
        """
        rows = []
        for low, high in itertools.pairwise(CONFIDENCE_BANDS):
            last = high >= CONFIDENCE_BANDS[-1]
            inside = [
                (c, ok)
                for c, ok, _ in self.scored
                if low <= c < high or (last and c == high)
            ]
            n = len(inside)
            rows.append(
                (
                    low,
                    high,
                    n,
                    _ratio(sum(ok for _, ok in inside), n),
                    _ratio(sum(c for c, _ in inside), n),
                )
            )
        return rows

    def _prf_rows(self) -> list[tuple[str, PRF]]:
        return [
            ("end_to_end", self.end_to_end),
            ("content_exact", self.content_exact),
            ("content_partial", self.content_partial),
            ("source_span_exact", self.source_span_exact),
            ("cue_span_exact", self.cue_span_exact),
            ("content_span_exact", self.content_span_exact),
        ]

    def _acc_rows(self) -> list[tuple[str, Accuracy]]:
        return [
            ("source_accuracy", self.source_accuracy),
            ("cue_accuracy", self.cue_accuracy),
        ]

    def to_dict(self) -> dict[str, Any]:
        """All counts and scores as a JSON-ready dict."""
        out: dict[str, Any] = {
            "documents": self.documents,
            "gold_attributions": self.gold_attributions,
            "predicted_attributions": self.predicted_attributions,
        }
        for name, prf in self._prf_rows():
            out[name] = prf.to_dict()
        for name, acc in self._acc_rows():
            out[name] = acc.to_dict()
        out["reliability"] = [
            {"low": lo, "high": hi, "count": n, "right": right, "confidence": conf}
            for lo, hi, n, right, conf in self.reliability()
        ]
        return out

    def format_table(self) -> str:
        """A readable aligned table: one row per metric."""
        head = f"{'metric':<20}{'P':>8}{'R':>8}{'F1':>8}{'tp':>9}{'pred':>9}{'gold':>9}"
        lines = [
            f"documents={self.documents} gold={self.gold_attributions} "
            f"predicted={self.predicted_attributions}",
            head,
            "-" * len(head),
        ]
        for name, prf in self._prf_rows():
            lines.append(
                f"{name:<20}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}"
                f"{prf.tp:>9}{prf.predicted:>9}{prf.gold:>9}"
            )
        for name, acc in self._acc_rows():
            lines.append(
                f"{name:<20}{'acc':>8}{acc.value:>8.3f}{'':>8}"
                f"{acc.correct:>9}{acc.total:>9}{'':>9}"
            )
        return "\n".join(lines)

    def format_reliability(self) -> str:
        """The reliability table: per confidence band, how many and how many right."""
        lines = [
            "reliability: share of attributions right (end-to-end) per confidence band",
            f"{'confidence':<16}{'count':>8}{'right':>8}{'mean conf':>11}",
        ]
        for lo, hi, n, right, conf in self.reliability():
            band = f"[{lo:.1f}, {hi:.1f}{']' if hi >= 1.0 else ')'}"
            lines.append(f"{band:<16}{n:>8}{right:>8.3f}{conf:>11.3f}")
        return "\n".join(lines)


# --------------------------------------------------------------------------
# span helpers


def _is_strip_char(ch: str) -> bool:
    """Whitespace, punctuation (quote marks included) count as strippable."""
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    start = max(start, 0)
    end = min(end, len(text))
    while start < end and _is_strip_char(text[start]):
        start += 1
    while end > start and _is_strip_char(text[end - 1]):
        end -= 1
    return start, end


def canonical_fragments(text: str, spans: Iterable[tuple[int, int]]) -> Offsets:
    """Canonical fragments of a role, used by the exact comparisons.

    Fragments are sorted; fragments that overlap or are separated only by
    whitespace/punctuation are merged; each is then stripped of whitespace,
    punctuation and quote marks at both ends, and empty ones are dropped.

    Args:
        text: The document text.
        spans: Half-open ``(start, end)`` character spans.

    Returns:
        The canonical fragments, sorted.
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged:
            pstart, pend = merged[-1]
            gap = text[pend:start]
            if start <= pend or all(_is_strip_char(c) for c in gap):
                merged[-1] = (pstart, max(pend, end))
                continue
        merged.append((start, end))
    out: list[tuple[int, int]] = []
    for start, end in merged:
        s, e = _strip_span(text, start, end)
        if e > s:
            out.append((s, e))
    return tuple(out)


class _Tokens:
    """The ``\\w+`` tokens of a document, for span -> token-set lookups."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _TOKEN_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def of(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        """Indices of the tokens overlapping any of ``spans``."""
        out: set[int] = set()
        for start, end in spans:
            if end <= start:
                continue
            lo = bisect.bisect_right(self.ends, start)
            hi = bisect.bisect_left(self.starts, end)
            out.update(range(lo, hi))
        return frozenset(out)


# --------------------------------------------------------------------------
# matching


def max_bipartite_matching(adjacency: Sequence[Sequence[int]], n_right: int) -> int:
    """Size of a maximum bipartite matching (augmenting paths, Kuhn).

    Args:
        adjacency: For each left node, the right nodes it may be matched to.
        n_right: The number of right nodes.

    Returns:
        The number of matched pairs.
    """
    return sum(1 for left in bipartite_matching(adjacency, n_right) if left >= 0)


def bipartite_matching(adjacency: Sequence[Sequence[int]], n_right: int) -> list[int]:
    """A maximum bipartite matching: for each right node, its left node or -1."""
    match_right: list[int] = [-1] * n_right

    def augment(u: int, seen: list[bool]) -> bool:
        # Iterative DFS over alternating paths starting at left node ``u``.
        stack: list[tuple[int, int]] = [(u, 0)]
        path: list[tuple[int, int]] = []  # (left, right) edges tried
        while stack:
            left, idx = stack[-1]
            nbrs = adjacency[left]
            if idx >= len(nbrs):
                stack.pop()
                if path:
                    path.pop()
                continue
            stack[-1] = (left, idx + 1)
            v = nbrs[idx]
            if seen[v]:
                continue
            seen[v] = True
            path.append((left, v))
            if match_right[v] == -1:
                for pl, pv in path:
                    match_right[pv] = pl
                return True
            stack.append((match_right[v], 0))
        return False

    for u in range(len(adjacency)):
        if adjacency[u]:
            augment(u, [False] * n_right)
    return match_right


def max_weight_assignment(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Pairs ``(row, col)`` of a one-to-one assignment maximizing total weight.

    Hungarian algorithm with potentials, O(n^2 m).  Pairs with weight <= 0
    are left out of the result.

    Args:
        weights: A rectangular ``rows x cols`` matrix of non-negative weights.

    Returns:
        The assigned pairs with positive weight, sorted by row.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    if n_rows == 0 or n_cols == 0:
        return []
    transpose = n_rows > n_cols
    if transpose:
        mat = [[weights[r][c] for r in range(n_rows)] for c in range(n_cols)]
        n, m = n_cols, n_rows
    else:
        mat = [list(row) for row in weights]
        n, m = n_rows, n_cols
    # Minimize cost = -weight.  1-based arrays as in the classic formulation.
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [_INF] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = _INF
            j1 = 0
            row = mat[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs: list[tuple[int, int]] = []
    for j in range(1, m + 1):
        i = p[j]
        if i == 0 or mat[i - 1][j - 1] <= 0:
            continue
        pairs.append((j - 1, i - 1) if transpose else (i - 1, j - 1))
    return sorted(pairs)


# --------------------------------------------------------------------------
# scoring


@dataclass(frozen=True, slots=True)
class _Item:
    """One attribution (gold or predicted) prepared for scoring."""

    source: Offsets
    cue: Offsets
    content: Offsets
    source_tok: frozenset[int]
    cue_tok: frozenset[int]
    content_tok: frozenset[int]
    content_key: Offsets


def _prepare(
    text: str, tokens: _Tokens, source: Offsets, cue: Offsets, content: Offsets
) -> _Item:
    return _Item(
        source=source,
        cue=cue,
        content=content,
        source_tok=tokens.of(source),
        cue_tok=tokens.of(cue),
        content_tok=tokens.of(content),
        content_key=canonical_fragments(text, content),
    )


def _role_ok(pred: frozenset[int], gold: frozenset[int]) -> bool:
    if not gold:
        return not pred
    return bool(pred & gold)


def _role_exact(text: str, gold: Iterable[Offsets], pred: Iterable[Offsets]) -> PRF:
    gold_set = {f for spans in gold for f in canonical_fragments(text, spans)}
    pred_set = {f for spans in pred for f in canonical_fragments(text, spans)}
    return PRF(tp=len(gold_set & pred_set), predicted=len(pred_set), gold=len(gold_set))


def _e2e_edge(pred: _Item, gold: _Item) -> bool:
    if gold.content_tok:
        covered = len(pred.content_tok & gold.content_tok)
        if 2 * covered < len(gold.content_tok):
            return False
    elif not gold.content_key or pred.content_key != gold.content_key:
        return False
    return _role_ok(pred.source_tok, gold.source_tok)


def score_document(
    gold: Sequence[GoldAttribution], predicted: Sequence[Attribution], text: str
) -> EvalReport:
    """Score one document's predictions against its gold attributions.

    Args:
        gold: The gold attributions (offsets into ``text``).
        predicted: The predicted attributions (spans into ``text``).
        text: The document text.

    Returns:
        A report over this single document.
    """
    tokens = _Tokens(text)
    golds = [_prepare(text, tokens, g.source, g.cue, g.content) for g in gold]
    preds = [
        _prepare(
            text,
            tokens,
            tuple((s.start, s.end) for s in p.source),
            tuple((s.start, s.end) for s in p.cue),
            tuple((s.start, s.end) for s in p.content),
        )
        for p in predicted
    ]

    # (a) content exact, one-to-one: multiset intersection of canonical keys.
    gold_keys = Counter(g.content_key for g in golds if g.content_key)
    pred_keys = Counter(p.content_key for p in preds if p.content_key)
    content_exact = PRF(
        tp=sum((gold_keys & pred_keys).values()),
        predicted=len(preds),
        gold=len(golds),
    )

    # (b) content partial: max-overlap one-to-one pairing.
    overlap = [[len(p.content_tok & g.content_tok) for g in golds] for p in preds]
    pairs = max_weight_assignment(overlap)
    content_partial = PRF(
        tp=sum(overlap[i][j] for i, j in pairs),
        predicted=sum(len(p.content_tok) for p in preds),
        gold=sum(len(g.content_tok) for g in golds),
    )

    # (c) source / cue accuracy over the partial pairs.
    src_ok = sum(_role_ok(preds[i].source_tok, golds[j].source_tok) for i, j in pairs)
    cue_ok = sum(_role_ok(preds[i].cue_tok, golds[j].cue_tok) for i, j in pairs)

    # (d) end-to-end: maximum bipartite matching.
    adjacency = [[j for j, g in enumerate(golds) if _e2e_edge(p, g)] for p in preds]
    matched = {i for i in bipartite_matching(adjacency, len(golds)) if i >= 0}
    end_to_end = PRF(tp=len(matched), predicted=len(preds), gold=len(golds))

    return EvalReport(
        documents=1,
        gold_attributions=len(golds),
        predicted_attributions=len(preds),
        content_exact=content_exact,
        content_partial=content_partial,
        source_accuracy=Accuracy(correct=src_ok, total=len(pairs)),
        cue_accuracy=Accuracy(correct=cue_ok, total=len(pairs)),
        end_to_end=end_to_end,
        source_span_exact=_role_exact(
            text, (g.source for g in golds), (p.source for p in preds)
        ),
        cue_span_exact=_role_exact(
            text, (g.cue for g in golds), (p.cue for p in preds)
        ),
        content_span_exact=_role_exact(
            text, (g.content for g in golds), (p.content for p in preds)
        ),
        scored=tuple(
            (p.confidence, i in matched, p.method) for i, p in enumerate(predicted)
        ),
    )


def score_documents(
    pairs: Iterable[tuple[Sequence[GoldAttribution], Sequence[Attribution], str]],
) -> EvalReport:
    """Score many documents, micro-averaged.

    Args:
        pairs: ``(gold, predicted, text)`` per document.

    Returns:
        The summed report.
    """
    report = EvalReport()
    for gold, predicted, text in pairs:
        report = report + score_document(gold, predicted, text)
    return report


def evaluate_polnear(
    data_dir: str | Path,
    split: str,
    predict: Callable[[Sequence[str]], Sequence[Sequence[Attribution]]],
    *,
    limit: int | None = None,
) -> EvalReport:
    """Load a PolNeAR split, run ``predict`` on its texts and score it.

    Args:
        data_dir: The PolNeAR data directory (holding ``train/``, ``dev/``...).
        split: The split name, e.g. ``"dev"``.
        predict: Called once with all texts (in document-name order); returns
            the predicted attributions for each text, in the same order.
        limit: Only evaluate the first ``limit`` documents.

    Returns:
        The report over the split.

    Raises:
        ValueError: When ``predict`` returns a different number of results.
    """
    docs = load_split(data_dir, split)
    if limit is not None:
        docs = docs[:limit]
    predictions = predict([d.text for d in docs])
    if len(predictions) != len(docs):
        raise ValueError(
            f"predict returned {len(predictions)} results for {len(docs)} texts"
        )
    return score_documents(
        (d.attributions, pred, d.text)
        for d, pred in zip(docs, predictions, strict=True)
    )
