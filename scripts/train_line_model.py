"""Train the clean stage's furniture line model (``clean/data/line_model.json``).

Run from the repository root::

    PYTHONPATH=src:. .venv/bin/python scripts/train_line_model.py [--report]

Data: every line of the real-page fixture sets (``tests/fixtures/realpages*``,
``articles``, ``realpatterns``) after the layout rules
(:func:`whosaid.clean.text.rule_layout`).  A line is furniture (1) when it
overlaps one of the sidecar's ``not_body`` strings or the rules label it a
leftover or a caption; it is body (0) when the rules keep it as body and no
``not_body`` string touches it, and always when it holds part of an expected
attribution's content.  Title lines are left out.

Model: L2-regularised logistic regression over the binary features of
:func:`whosaid.clean.line_model.line_features` seen on at least
``MIN_PAGES`` pages, fitted by full-batch gradient descent with a fixed
number of steps (deterministic: no sampling, no random start).

Threshold: leave one fixture set out, train on the others, score the held-out
set's body lines (those the model is asked about at run time).  The threshold
is ``MARGIN`` above the highest held-out probability of a line holding
expected content (for lines that end a sentence, also above the highest
body sentence no ``not_body`` string names), so in cross-validation no such
line is removed; the report gives per set the leftovers removed, those left,
and the other body lines removed.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tests.fixtures import score_fixtures as sf

from whosaid.clean import boilerplate as bp
from whosaid.clean.layout_lines import BODY, CAPTION, TITLE
from whosaid.clean.line_model import (
    LineModel,
    asked_lines,
    block_bounds,
    furniture_probability,
    line_features,
)
from whosaid.clean.line_shape import ends_sentence
from whosaid.clean.text import rule_layout

FIXTURES = Path("tests/fixtures")
OUT = Path("src/whosaid/clean/data/line_model.json")
MIN_PAGES = 4  # a feature must occur on this many pages to get a weight
L2 = 1.0  # penalty on the squared weights (the bias is free)
STEPS = 800
LEARNING_RATE = 0.5
RULE_LABELS = False  # count the rules' leftovers as furniture too
MARGIN = 0.02  # the threshold sits this far above the riskiest costly line ...
FLOOR = 0.58  # ... and never below FLOOR + MARGIN


@dataclass(frozen=True, slots=True)
class Row:
    """One line: its set, page, features, label and what it holds."""

    set_name: str
    page: str
    text: str
    features: tuple[str, ...]
    label: int
    rule_body: bool  # the rules left it as body ...
    asked: bool  # ... and it is not attribution-shaped: the model is asked about it
    content: bool  # it holds part of an expected attribution's content
    not_body: tuple[str, ...]  # the not_body strings it overlaps


def fixture_sets() -> list[Path]:
    sets = [FIXTURES / "articles", FIXTURES / "realpatterns"]
    sets += sorted(p for p in FIXTURES.glob("realpages*") if p.is_dir())
    return sets


def page_rows(set_name: str, fx: sf.Fixture) -> list[Row]:
    ruled = rule_layout(fx.text)
    blocks = block_bounds(ruled.lines)
    asked = set(asked_lines(ruled.lines, ruled.labels))
    parts = [p for e in sf.expected_attributions(fx) for p in e.parts]
    leftovers = [(s, sf.locate(fx.text, s)) for s in fx.expected.get("not_body", [])]
    rows = []
    for i, (line, label) in enumerate(zip(ruled.lines, ruled.labels, strict=True)):
        if label == TITLE:
            continue
        content = any(s < line.end and line.start < e for s, e in parts)
        touched = tuple(s for s, (a, b) in leftovers if a < line.end and line.start < b)
        furniture = bool(touched)
        if RULE_LABELS and (label == CAPTION or label in bp.BOILERPLATE_KINDS):
            furniture = True
        rows.append(
            Row(
                set_name=set_name,
                page=fx.name,
                text=line.text,
                features=tuple(line_features(ruled.lines, ruled.labels, i, blocks)),
                label=0 if content else int(furniture),
                rule_body=label == BODY,
                asked=i in asked,
                content=content,
                not_body=touched,
            )
        )
    return rows


def all_rows() -> list[Row]:
    rows: list[Row] = []
    for directory in fixture_sets():
        for fx in sf.load_fixtures(directory=directory):
            rows += page_rows(directory.name, fx)
    return rows


def fit(rows: list[Row]) -> LineModel:
    """Fit the weights on ``rows`` (features seen on MIN_PAGES pages)."""
    pages: dict[str, set[str]] = {}
    for row in rows:
        for name in row.features:
            pages.setdefault(name, set()).add(f"{row.set_name}/{row.page}")
    names = sorted(n for n, seen in pages.items() if len(seen) >= MIN_PAGES)
    index = {n: k for k, n in enumerate(names)}
    row_ids: list[int] = []
    col_ids: list[int] = []
    for r, row in enumerate(rows):
        for name in row.features:
            if name in index:
                row_ids.append(r)
                col_ids.append(index[name])
    rr = np.array(row_ids, dtype=np.int64)
    cc = np.array(col_ids, dtype=np.int64)
    y = np.array([row.label for row in rows], dtype=np.float64)
    n, d = len(rows), len(names)
    w = np.zeros(d)
    bias = 0.0
    # Adam on the full batch: fixed steps, no randomness.
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    for step in range(1, STEPS + 1):
        scores = bias + np.bincount(rr, weights=w[cc], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        g = p - y
        grad_w = np.bincount(cc, weights=g[rr], minlength=d) / n + L2 * w / n
        grad_b = float(g.mean())
        m_w = 0.9 * m_w + 0.1 * grad_w
        v_w = 0.999 * v_w + 0.001 * grad_w**2
        m_b = 0.9 * m_b + 0.1 * grad_b
        v_b = 0.999 * v_b + 0.001 * grad_b**2
        correction = math.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        rate = LEARNING_RATE * 0.1 * correction
        w -= rate * m_w / (np.sqrt(v_w) + 1e-8)
        bias -= rate * m_b / (math.sqrt(v_b) + 1e-8)
    weights = {
        name: round(float(w[k]), 4) for k, name in enumerate(names) if abs(w[k]) >= 1e-4
    }
    return LineModel(
        bias=round(bias, 4), weights=weights, threshold=1.0, sentence_threshold=1.0
    )


def cross_validate(rows: list[Row]) -> dict[str, list[tuple[Row, float]]]:
    """Held-out probabilities of each set's body lines, one fold per set."""
    held: dict[str, list[tuple[Row, float]]] = {}
    for set_name in sorted({row.set_name for row in rows}):
        model = fit([row for row in rows if row.set_name != set_name])
        held[set_name] = [
            (row, furniture_probability(list(row.features), model))
            for row in rows
            if row.set_name == set_name and row.rule_body
        ]
        print(f"fold {set_name}: {len(held[set_name])} body lines", flush=True)
    return held


def costly(row: Row) -> bool:
    """A line whose removal costs: it holds expected content, or it is a body
    sentence no ``not_body`` string names."""
    return row.content or (not row.not_body and ends_sentence(row.text))


def choose_thresholds(held: dict[str, list[tuple[Row, float]]]) -> tuple[float, float]:
    """``MARGIN`` above the riskiest costly line (at least ``FLOOR``), for
    fragments and for lines that end a sentence."""
    risky = {False: FLOOR, True: FLOOR}
    for scored in held.values():
        for row, p in scored:
            if row.asked and costly(row):
                kind = ends_sentence(row.text)
                risky[kind] = max(risky[kind], p)
    return round(min(0.99, risky[False] + MARGIN), 4), round(
        min(0.99, risky[True] + MARGIN), 4
    )


def report(
    held: dict[str, list[tuple[Row, float]]], thresholds: tuple[float, float]
) -> None:
    def removed_at(row: Row, p: float) -> bool:
        return row.asked and p >= thresholds[ends_sentence(row.text)]

    total: Counter[str] = Counter()
    for set_name, scored in held.items():
        counts: Counter[str] = Counter()
        leaks = {s for row, _ in scored for s in row.not_body if not row.content}
        kept = {s for row, p in scored for s in row.not_body if not removed_at(row, p)}
        for row, p in scored:
            removed = removed_at(row, p)
            if row.content:
                counts["content_lines"] += 1
                counts["content_removed"] += removed
                if removed:
                    print(f"  CONTENT {set_name} {row.page} {p:.2f} {row.text[:100]!r}")
            elif row.not_body:
                continue
            else:
                counts["other_removed"] += removed
                if removed:
                    print(f"  OTHER {set_name} {row.page} {p:.2f} {row.text[:100]!r}")
        for s in sorted(leaks & kept):
            print(f"  LEFT {set_name} {s[:100]!r}")
        counts["leftovers"] = len(leaks)
        counts["leftovers_removed"] = len(leaks - kept)
        total.update(counts)
        print(f"CV {set_name}: {dict(counts)}")
    print(f"CV TOTAL at thresholds {thresholds}: {dict(total)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print the CV details")
    parser.add_argument(
        "--dump", type=Path, help="write the held-out scores (JSON Lines)"
    )
    args = parser.parse_args()
    rows = all_rows()
    print(f"{len(rows)} lines, {sum(r.label for r in rows)} furniture", flush=True)
    held = cross_validate(rows)
    thresholds = choose_thresholds(held)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for scored in held.values():
                for row, p in scored:
                    record = {
                        "set": row.set_name,
                        "page": row.page,
                        "text": row.text,
                        "p": p,
                        "asked": row.asked,
                        "content": row.content,
                        "not_body": row.not_body,
                    }
                    out.write(json.dumps(record) + "\n")
    if args.report:
        for t in (0.5, 0.7, 0.9):
            report(held, (t, t))
    report(held, thresholds)
    model = fit(rows)
    data = {
        "about": "furniture line model of whosaid.clean.line_model; "
        "written by scripts/train_line_model.py",
        "threshold": thresholds[0],
        "sentence_threshold": thresholds[1],
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.out}: {len(model.weights)} weights, thresholds {thresholds}")


if __name__ == "__main__":
    main()
