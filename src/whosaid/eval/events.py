"""Event evaluation: whosaid's events against hand-coded gold events.

Gold format (JSON Lines, one article per line)::

    {"id": "wire-01",                # optional; default: line number
     "text": "...",                  # or "path": a text file, relative to the gold
     "date": "2026-03-02",           # optional, the article's date
     "events": [
       {"source": "RUS",             # actor code ("RUSGOV", "IGOUNO", "NGO")
        "target": "UKR",             # code; "A/B": either; null or "(all sides)":
                                     # no coded target; "UKR/(none)": UKR or none
        "root": "02",                # the CAMEO root
        "also_ok": ["10"],           # other acceptable roots (optional)
        "evidence": "urged Kyiv to", # the event's text; "a ... b" spans a to b
        "occurrence": 1,             # which occurrence of the evidence (default 1)
        "kind": "speech"}]}          # "speech" or "action" (optional)

A predicted event (``negated`` ones are ignored: "did not attack" is no
attack) *touches* a gold event when one of its evidence spans overlaps the
gold evidence.  Scores, over gold events: **found** (some prediction touches
it), **root** (a touching prediction has the root or an accepted one),
**dyad** (such a prediction also has the gold source and target codes: a
"A/B" code accepts either; a null or parenthesised target wants none).
**Precision**: predicted events that touch a gold event with an accepted root,
over all predicted events.  **Root F1** combines precision and root recall.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whosaid.errors import InputError
from whosaid.records import Article, Event

__all__ = [
    "EventScores",
    "GoldArticle",
    "GoldEvent",
    "codes_match",
    "load_gold",
    "locate",
    "score_article",
    "score_articles",
    "seed_gold",
]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str | None
    target: str | None
    roots: tuple[str, ...]
    start: int
    end: int
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]


_DROP = frozenset('"\u201c\u201d\u201e\u00ab\u00bb[]')
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def _normalize(text: str) -> tuple[str, list[int]]:
    """``text`` without quotation marks and brackets, curly apostrophes
    straightened, whitespace runs as one space; and each character's offset
    in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text.translate(_APOSTROPHES)):
        if ch in _DROP:
            continue
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        offsets.append(i)
    return "".join(chars), offsets


def locate(text: str, evidence: str, occurrence: int = 1) -> tuple[int, int]:
    """Character range of the ``occurrence``-th ``evidence`` in ``text``.

    ``"a ... b"`` spans from ``a`` to the first ``b`` after it.  Quotation
    marks, brackets and apostrophe styles do not count ("the North's test
    which directly violates" finds 'the North’s test which "directly
    violates').

    Raises:
        InputError: the evidence is not in the text that many times.
    """
    norm, offsets = _normalize(text)
    start, end = _locate(norm, _normalize(evidence)[0], evidence, occurrence)
    return offsets[start], offsets[end - 1] + 1


def _locate(text: str, evidence: str, raw: str, occurrence: int) -> tuple[int, int]:
    parts = [p.strip() for p in evidence.split("...") if p.strip()]
    if not parts:
        raise InputError("empty gold evidence", code="gold.invalid")
    pos = -1
    for _ in range(max(occurrence, 1)):
        pos = text.find(parts[0], pos + 1)
        if pos < 0:
            raise InputError(
                f"gold evidence {raw!r} (occurrence {occurrence}) not in the text",
                code="gold.invalid",
            )
    start, end = pos, pos + len(parts[0])
    for part in parts[1:]:
        nxt = text.find(part, end)
        if nxt < 0:
            raise InputError(
                f"gold evidence part {part!r} not in the text", code="gold.invalid"
            )
        end = nxt + len(part)
    return start, end


def _gold_event(text: str, raw: dict[str, Any]) -> GoldEvent:
    root = str(raw["root"]).zfill(2)
    also = tuple(str(r).zfill(2) for r in raw.get("also_ok", ()))
    start, end = locate(text, raw["evidence"], int(raw.get("occurrence", 1)))
    return GoldEvent(
        source=raw.get("source"),
        target=raw.get("target"),
        roots=(root, *also),
        start=start,
        end=end,
        kind=raw.get("kind"),
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file (format in this module's docstring).

    Raises:
        InputError: unreadable file, bad JSON, a record without text or path,
            or evidence that is not in its text (the message names the line).
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read {str(p)!r}: {e}", code="input.unreadable") from e
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if "text" in rec:
                text = rec["text"]
            else:
                text = (p.parent / rec["path"]).read_text(encoding="utf-8")
            events = tuple(_gold_event(text, e) for e in rec.get("events", ()))
        except (json.JSONDecodeError, KeyError, OSError, TypeError, ValueError) as e:
            raise InputError(
                f"{p.name}: line {n}: {type(e).__name__}: {e}", code="gold.invalid"
            ) from e
        except InputError as e:
            raise InputError(f"{p.name}: line {n}: {e.message}", code=e.code) from e
        out.append(
            GoldArticle(
                id=str(rec.get("id", n)), text=text, date=rec.get("date"), events=events
            )
        )
    return out


def seed_gold(expected: dict[str, Any], text: str, id: str = "seed") -> GoldArticle:
    """A gold article from a seed's ``.expected.json`` (``events_cameo_root``)."""
    events = tuple(_gold_event(text, e) for e in expected.get("events_cameo_root", ()))
    return GoldArticle(id=id, text=text, date=None, events=events)


# -- scoring ----------------------------------------------------------------------


def codes_match(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted actor code is one the gold accepts.

    ``"A/B"`` accepts either code; a parenthesised part ("(all sides)",
    "(none)") or a null gold accepts no coded actor (None).
    """
    if gold is None:
        return predicted is None
    parts = gold.split("/")
    if predicted is None:
        return any(p.startswith("(") for p in parts)
    return predicted in parts


def _touches(event: Event, gold: GoldEvent) -> bool:
    return any(s.start < gold.end and gold.start < s.end for s in event.evidence)


@dataclass
class EventScores:
    """Counts over gold and predicted events (``by_kind``: per gold kind)."""

    gold: int = 0
    found: int = 0
    root: int = 0
    dyad: int = 0
    predicted: int = 0
    predicted_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: EventScores) -> None:
        self.gold += other.gold
        self.found += other.found
        self.root += other.root
        self.dyad += other.dyad
        self.predicted += other.predicted
        self.predicted_right += other.predicted_right
        for kind, counts in other.by_kind.items():
            mine = self.by_kind.setdefault(kind, [0, 0, 0, 0])
            for i, c in enumerate(counts):
                mine[i] += c

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def root_recall(self) -> float:
        return self.root / self.gold if self.gold else 0.0

    @property
    def root_f1(self) -> float:
        p, r = self.precision, self.root_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        g = self.gold or 1
        return {
            "gold_events": self.gold,
            "predicted_events": self.predicted,
            "found": self.found / g,
            "root_accuracy": self.root / g,
            "dyad_accuracy": self.dyad / g,
            "precision": self.precision,
            "root_f1": self.root_f1,
            "by_kind": {
                k: {"gold": c[0], "found": c[1], "root": c[2], "dyad": c[3]}
                for k, c in sorted(self.by_kind.items())
            },
        }

    def format_table(self) -> str:
        d = self.to_dict()
        lines = [
            f"gold events       {self.gold}",
            f"predicted events  {self.predicted}",
            f"found             {d['found']:.3f}  ({self.found}/{self.gold})",
            f"root accuracy     {d['root_accuracy']:.3f}  ({self.root}/{self.gold})",
            f"dyad accuracy     {d['dyad_accuracy']:.3f}  ({self.dyad}/{self.gold})"
            "  (root + source + target)",
            f"precision         {self.precision:.3f}  "
            f"({self.predicted_right}/{self.predicted})",
            f"root F1           {self.root_f1:.3f}",
        ]
        for kind, c in sorted(self.by_kind.items()):
            lines.append(
                f"  {kind:<8} gold {c[0]:>3}  found {c[1]:>3}  "
                f"root {c[2]:>3}  dyad {c[3]:>3}"
            )
        return "\n".join(lines)


def score_article(gold: GoldArticle, article: Article) -> EventScores:
    """Scores of one article's predicted events against its gold events."""
    codes = {a.id: a.code for a in article.actors}
    predicted = [e for e in article.events if not e.negated]
    scores = EventScores(gold=len(gold.events), predicted=len(predicted))
    right_predictions: set[str] = set()
    for g in gold.events:
        touching = [e for e in predicted if _touches(e, g)]
        rooted = [e for e in touching if e.root in g.roots]
        dyad = any(
            codes_match(g.source, codes.get(e.source) if e.source else None)
            and codes_match(g.target, codes.get(e.target) if e.target else None)
            for e in rooted
        )
        flags = [1, int(bool(touching)), int(bool(rooted)), int(dyad)]
        scores.found += flags[1]
        scores.root += flags[2]
        scores.dyad += flags[3]
        kind = scores.by_kind.setdefault(g.kind or "unknown", [0, 0, 0, 0])
        for i, f in enumerate(flags):
            kind[i] += f
        right_predictions.update(e.id for e in rooted)
    scores.predicted_right = len(right_predictions)
    return scores


def score_articles(
    gold: Sequence[GoldArticle],
    analyze: Callable[[Sequence[GoldArticle]], Iterable[Article]],
) -> EventScores:
    """Run ``analyze`` over the gold articles and sum their scores.

    An article whose analysis failed counts as predicting nothing.
    """
    total = EventScores()
    for g, article in zip(gold, analyze(gold), strict=True):
        total.add(score_article(g, article))
    return total
