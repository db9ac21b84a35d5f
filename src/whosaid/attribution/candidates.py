"""The candidate attribution of the extractor: token runs of cue, source and content.

A :class:`Candidate` holds token indices into the Doc; :func:`char_span` turns a
run into a character :class:`~whosaid.records.Span` when the candidate leaves
the attribution stage.  Method ids name the rule or model that made each one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from whosaid.records import AttributionKind, Span

METHOD = "crf.v1"
"""The method id of the taggers' attributions; the rules' ids follow."""
CCOMP_METHOD = "rule.ccomp.v1"
CLAUSE_METHOD = "rule.clause.v1"
HEADLINE_METHOD = "rule.headline.v1"
TRANSCRIPT_METHOD = "rule.transcript.v1"
TRAILING_METHOD = "rule.trailing.v1"
POLL_METHOD = "rule.poll.v1"

# Rule-made attributions are not scored by a model; this fixed value ranks
# them with the tagger's confident findings.
RULE_CONFIDENCE = 0.9

# A content shorter than this many word tokens is dropped: PolNeAR contents
# are clauses or quotations; one-word "contents" are tagging noise.
MIN_CONTENT_WORDS = 2


@dataclass(slots=True)
class Candidate:
    """An attribution in the making: token indices of its cue, source runs and
    content runs, its score and the tagger or rule (``method``) that found it.

    Mutable on purpose: the extractor's passes grow, cut and move its runs
    before it becomes an :class:`~whosaid.records.Attribution`.
    """

    cue: list[int]
    source: list[list[int]]
    content: list[list[int]]
    confidence: float
    method: str = METHOD


def label_runs(labels: Sequence[str], role: str, offset: int = 0) -> list[list[int]]:
    """Token index runs labelled ``B-role``/``I-role``."""
    runs: list[list[int]] = []
    current: list[int] | None = None
    b_label, i_label = "B-" + role, "I-" + role
    for i, label in enumerate(labels):
        if label == b_label or (label == i_label and current is None):
            current = [i + offset]
            runs.append(current)
        elif label == i_label and current is not None:
            current.append(i + offset)
        else:
            current = None
    return runs


def char_span(doc: Doc, text: str, tokens: Sequence[int]) -> Span | None:
    """Character span of a token run, trimmed of whitespace tokens."""
    # only the first and the last token that is not whitespace matter
    first = next((doc[i] for i in tokens if not doc[i].is_space), None)
    if first is None:
        return None
    last = next(doc[i] for i in reversed(tokens) if not doc[i].is_space)
    return Span.of(text, first.idx, last.idx + len(last.text))


def run_in(doc: Doc, run: Sequence[int], regions: Regions) -> bool:
    """Whether a token run lies in skipped regions (by its first token)."""
    return bool(run) and regions.contain(doc[run[0]].idx, doc[run[0]].idx + 1)


def in_regions(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    """Whether one of ``regions`` holds all of ``[start, end)``."""
    return Regions(regions).contain(start, end)


class Regions:
    """Character ranges ``[start, end)``, queried in logarithmic time.

    Many cues against many regions (captions, leftovers, attributions) stay
    linear-logarithmic instead of cues x regions.
    """

    def __init__(self, regions: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(regions)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self._max_end.append(top)

    def contain(self, start: int, end: int) -> bool:
        """Whether one region holds all of ``[start, end)``."""
        k = bisect_right(self._starts, start)
        return k > 0 and self._max_end[k - 1] >= end

    def overlap(self, start: int, end: int) -> bool:
        """Whether a region shares a character with ``[start, end)``."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._max_end[k - 1] > start


OPENING_QUOTES = frozenset("\"“„«‟‘‛‹'")
CLOSING_QUOTES = frozenset("\"”»“’›'")
_DOUBLE = frozenset('"“”„«»‟')


def attribution_kind(content: Sequence[Span]) -> AttributionKind:
    """``direct`` when the content is a quotation, ``mixed`` when it holds one."""
    first = content[0].text.lstrip()
    last = content[-1].text.rstrip().rstrip(".,;:!?")
    if first[:1] in OPENING_QUOTES and last[-1:] in CLOSING_QUOTES:
        return "direct"
    text = " ".join(s.text for s in content)
    # Double marks always quote; single curly ones only where they open
    # (the closing one doubles as an apostrophe: "students’ union").
    if any(ch in _DOUBLE or ch in "‘‛‹" for ch in text) or "''" in text:
        return "mixed"
    return "indirect"


FLOATING = frozenset({"both", "all", "each", "together", "alike"})
"""Floating quantifiers: "X and Y *both* said" (of the source, not the cue)."""


def split_unclaimed(runs: list[list[int]], claimed: set[int]) -> list[list[int]]:
    """Remove claimed tokens from runs, splitting a run where tokens go."""
    out: list[list[int]] = []
    for run in runs:
        current: list[int] = []
        for i in run:
            if i in claimed:
                if current:
                    out.append(current)
                current = []
            else:
                current.append(i)
        if current:
            out.append(current)
    return out
