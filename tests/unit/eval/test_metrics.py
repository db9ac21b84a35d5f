"""Tests for the attribution scorer (expected numbers computed by hand)."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.factories import make_attribution

from whosaid.eval.metrics import (
    PRF,
    EvalReport,
    canonical_fragments,
    evaluate_polnear,
    max_bipartite_matching,
    max_weight_assignment,
    score_document,
    score_documents,
)
from whosaid.eval.polnear import GoldAttribution, load_split, to_attributions
from whosaid.records import Attribution, Span

TEXT = (
    'Mr. Smith said "taxes will rise." Jones added that costs fall sharply. '
    "Prices went up, officials warned."
)


def sp(sub: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def gold(
    source: Sequence[str] = (), cue: Sequence[str] = (), content: Sequence[str] = ()
) -> GoldAttribution:
    return GoldAttribution(
        source=tuple(sorted(sp(s) for s in source)),
        cue=tuple(sorted(sp(s) for s in cue)),
        content=tuple(sorted(sp(s) for s in content)),
    )


def pred(
    source: Sequence[str] = (), cue: Sequence[str] = (), content: Sequence[str] = ()
) -> Attribution:
    def spans(subs: Sequence[str]) -> tuple[Span, ...]:
        return tuple(Span.of(TEXT, *sp(s)) for s in subs)

    return make_attribution(
        id="p",
        kind="indirect",
        source=spans(source),
        cue=spans(cue),
        content=spans(content),
        confidence=1.0,
    )


SMITH = gold(source=["Mr. Smith"], cue=["said"], content=['"taxes will rise."'])
JONES = gold(source=["Jones"], cue=["added"], content=["that costs fall sharply"])
NOSRC = gold(cue=["warned"], content=["Prices went up"])  # no source


def test_canonical_fragments_strip_and_merge() -> None:
    assert canonical_fragments(TEXT, [sp('"taxes will rise."')]) == (
        sp("taxes will rise"),
    )
    # "taxes" and "will rise." separated by a space only -> merged.
    assert canonical_fragments(TEXT, [sp("will rise."), sp('"taxes')]) == (
        sp("taxes will rise"),
    )
    assert canonical_fragments(TEXT, [sp("Smith"), sp("rise")]) == (
        sp("Smith"),
        sp("rise"),
    )
    assert canonical_fragments(TEXT, [sp('."')]) == ()


def test_perfect_prediction() -> None:
    golds = [SMITH, JONES, NOSRC]
    preds = list(to_attributions(golds, TEXT))
    report = score_document(golds, preds, TEXT)
    for prf in (
        report.end_to_end,
        report.content_exact,
        report.content_partial,
        report.source_span_exact,
        report.cue_span_exact,
        report.content_span_exact,
    ):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert report.source_accuracy.value == 1.0
    assert report.cue_accuracy.value == 1.0
    assert report.content_partial.gold == 3 + 4 + 3


def test_content_exact_ignores_quotes_and_punctuation() -> None:
    p = pred(source=["Smith"], cue=["said"], content=["taxes will rise"])
    report = score_document([SMITH], [p], TEXT)
    assert report.content_exact == PRF(tp=1, predicted=1, gold=1)
    # Role exact: content and cue equal after stripping, source is not.
    assert report.content_span_exact.tp == 1
    assert report.cue_span_exact.tp == 1
    assert report.source_span_exact == PRF(tp=0, predicted=1, gold=1)
    # "Smith" shares a token with "Mr. Smith".
    assert report.source_accuracy.correct == 1
    assert report.end_to_end.tp == 1


def test_duplicate_predictions_count_one_tp() -> None:
    p = pred(source=["Mr. Smith"], cue=["said"], content=["taxes will rise"])
    report = score_document([SMITH], [p, p], TEXT)
    assert report.content_exact == PRF(tp=1, predicted=2, gold=1)
    assert report.end_to_end == PRF(tp=1, predicted=2, gold=1)
    assert report.end_to_end.precision == 0.5
    assert report.end_to_end.recall == 1.0
    assert report.end_to_end.f1 == pytest.approx(2 / 3)
    # partial: 6 predicted tokens, 3 gold, one pair overlapping by 3.
    assert report.content_partial == PRF(tp=3, predicted=6, gold=3)
    assert report.source_accuracy.total == 1
    # Role exact works on sets: the duplicate adds nothing.
    assert report.cue_span_exact == PRF(tp=1, predicted=1, gold=1)


def test_partial_overlap() -> None:
    # predicted tokens: will, rise, Jones (3); gold: taxes, will, rise (3).
    p = pred(source=["Smith"], cue=["said"], content=["will rise.", "Jones"])
    report = score_document([SMITH], [p], TEXT)
    assert report.content_partial == PRF(tp=2, predicted=3, gold=3)
    assert report.content_partial.f1 == pytest.approx(2 / 3)
    assert report.content_exact.tp == 0
    assert report.end_to_end.tp == 1  # covers 2/3 >= 50%


def test_end_to_end_coverage_threshold() -> None:
    # JONES content has 4 tokens: that costs fall sharply.
    half = pred(source=["Jones"], cue=["added"], content=["costs fall"])
    less = pred(source=["Jones"], cue=["added"], content=["sharply"])
    assert score_document([JONES], [half], TEXT).end_to_end.tp == 1
    report = score_document([JONES], [less], TEXT)
    assert report.end_to_end.tp == 0
    # ...but it is still a partial pair, scored for source/cue accuracy.
    assert report.content_partial == PRF(tp=1, predicted=1, gold=4)
    assert report.source_accuracy.correct == 1
    assert report.cue_accuracy.correct == 1


def test_end_to_end_source_rules() -> None:
    wrong_src = pred(source=["officials"], cue=["added"], content=["costs fall"])
    no_src = pred(cue=["added"], content=["costs fall"])
    assert score_document([JONES], [wrong_src], TEXT).end_to_end.tp == 0
    assert score_document([JONES], [no_src], TEXT).end_to_end.tp == 0
    # Gold without source: prediction must have none either.
    ok = pred(cue=["warned"], content=["Prices went up"])
    bad = pred(source=["officials"], cue=["warned"], content=["Prices went up"])
    assert score_document([NOSRC], [ok], TEXT).end_to_end.tp == 1
    report = score_document([NOSRC], [bad], TEXT)
    assert report.end_to_end.tp == 0
    assert report.source_accuracy.correct == 0
    assert report.source_accuracy.total == 1
    assert report.cue_accuracy.correct == 1


def test_end_to_end_one_to_one_needs_augmenting_path() -> None:
    # A covers both golds' contents, B only SMITH's: greedy A->SMITH would
    # leave B unmatched; maximum matching gives 2.
    big = gold(source=["Mr. Smith"], cue=["said"], content=["taxes will rise"])
    small = gold(source=["Mr. Smith"], cue=["said"], content=["Jones added"])
    a = pred(source=["Smith"], content=['taxes will rise." Jones added'])
    b = pred(source=["Smith"], content=["taxes will rise"])
    report = score_document([big, small], [a, b], TEXT)
    assert report.end_to_end == PRF(tp=2, predicted=2, gold=2)


def test_partial_pairing_maximizes_total_overlap() -> None:
    # g1 = "taxes will rise" (3 tokens), g2 = "Jones added that" (3 tokens)
    g1 = gold(content=["taxes will rise"])
    g2 = gold(content=["Jones added that"])
    # p1 overlaps g1 by 2 (will rise) and g2 by 3 -> tokens will rise Jones
    # added that; p2 overlaps g1 by 3 only.
    p1 = pred(content=['will rise." Jones added that'])
    p2 = pred(content=["taxes will rise"])
    report = score_document([g1, g2], [p1, p2], TEXT)
    # best pairing p1-g2 (3) + p2-g1 (3) = 6; pred tokens 5 + 3 = 8.
    assert report.content_partial == PRF(tp=6, predicted=8, gold=6)
    assert report.source_accuracy.total == 2
    assert report.source_accuracy.correct == 2  # both sourceless


def test_spurious_and_missed() -> None:
    p = pred(source=["officials"], cue=["warned"], content=["Prices went up"])
    report = score_document([SMITH, JONES], [p], TEXT)
    assert report.end_to_end == PRF(tp=0, predicted=1, gold=2)
    assert report.content_partial == PRF(tp=0, predicted=3, gold=7)
    assert report.source_accuracy.total == 0
    assert report.end_to_end.f1 == 0.0


def test_micro_average_over_documents() -> None:
    p = pred(source=["Smith"], cue=["said"], content=["taxes will rise"])
    report = score_documents([([SMITH], [p], TEXT), ([JONES, NOSRC], [], TEXT)])
    assert report.documents == 2
    assert report.gold_attributions == 3
    assert report.predicted_attributions == 1
    assert report.end_to_end == PRF(tp=1, predicted=1, gold=3)
    assert report.end_to_end.recall == pytest.approx(1 / 3)
    assert report.content_partial == PRF(tp=3, predicted=3, gold=10)


def test_empty_report_and_formatting() -> None:
    report = score_documents([])
    assert report == EvalReport()
    assert report.end_to_end.f1 == 0.0
    p = pred(source=["Smith"], cue=["said"], content=["taxes will rise"])
    report = score_document([SMITH, JONES], [p], TEXT)
    d = report.to_dict()
    assert d["end_to_end"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
        "tp": 1,
        "predicted": 1,
        "gold": 2,
    }
    assert d["source_accuracy"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    table = report.format_table()
    lines = table.splitlines()
    for name in ("end_to_end", "content_exact", "content_partial", "cue_accuracy"):
        assert any(line.startswith(name) for line in lines)
    assert len({len(line) for line in lines[1:]}) <= 2  # aligned columns


def test_max_weight_assignment_beats_greedy() -> None:
    weights = [[3, 2], [2, 0]]
    assert max_weight_assignment(weights) == [(0, 1), (1, 0)]
    assert max_weight_assignment([]) == []
    assert max_weight_assignment([[0, 0]]) == []
    # rectangular, more rows than columns
    assert max_weight_assignment([[1], [5], [2]]) == [(1, 0)]


def test_max_weight_assignment_matches_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0, 0, 1, 2, 3, 5]) for _ in range(cols)] for _ in range(rows)]
        pairs = max_weight_assignment(w)
        assert len({r for r, _ in pairs}) == len(pairs)
        assert len({c for _, c in pairs}) == len(pairs)
        got = sum(w[r][c] for r, c in pairs)
        best = 0
        if rows <= cols:
            for perm in itertools.permutations(range(cols), rows):
                best = max(best, sum(w[r][perm[r]] for r in range(rows)))
        else:
            for perm in itertools.permutations(range(rows), cols):
                best = max(best, sum(w[perm[c]][c] for c in range(cols)))
        assert got == best


def test_max_bipartite_matching_matches_brute_force() -> None:
    assert max_bipartite_matching([[0, 1], [0]], 2) == 2
    assert max_bipartite_matching([[0], [0]], 1) == 1
    assert max_bipartite_matching([], 3) == 0
    rng = random.Random(3)
    for _ in range(200):
        n_left, n_right = rng.randint(1, 5), rng.randint(1, 5)
        adj = [[j for j in range(n_right) if rng.random() < 0.4] for _ in range(n_left)]
        best = 0
        for k in range(min(n_left, n_right), 0, -1):
            found = any(
                all(perm[i] in adj[lefts[i]] for i in range(k))
                for lefts in itertools.combinations(range(n_left), k)
                for perm in itertools.permutations(range(n_right), k)
            )
            if found:
                best = k
                break
        assert max_bipartite_matching(adj, n_right) == best


def _write_corpus(root: Path) -> None:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    for name in ("a", "b"):
        (root / "dev" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        s, c, t = sp("Mr. Smith"), sp("said"), sp("taxes will rise")
        (root / "dev" / "attributions" / f"{name}_x1.ann").write_text(
            f"T1\tSource {s[0]} {s[1]}\tMr. Smith\nT2\tCue {c[0]} {c[1]}\tsaid\n"
            f"T3\tContent {t[0]} {t[1]}\ttaxes will rise\n"
            f"T4\tAttribution {c[0]} {c[1]}\tsaid\n"
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
            encoding="utf-8",
        )


def test_evaluate_polnear_on_tiny_corpus(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    docs = {d.text: d for d in load_split(tmp_path, "dev")}
    seen: list[int] = []

    def oracle(texts: Sequence[str]) -> list[tuple[Attribution, ...]]:
        seen.append(len(texts))
        return [to_attributions(docs[t].attributions, t) for t in texts]

    report = evaluate_polnear(tmp_path, "dev", oracle)
    assert report.documents == 2
    assert report.end_to_end == PRF(tp=2, predicted=2, gold=2)
    report = evaluate_polnear(tmp_path, "dev", oracle, limit=1)
    assert report.documents == 1
    assert seen == [2, 1]
    with pytest.raises(ValueError):
        evaluate_polnear(tmp_path, "dev", lambda texts: [])


@pytest.mark.data
def test_real_dev_gold_against_itself(polnear_dir: Path) -> None:
    docs = load_split(polnear_dir, "dev")
    report = score_documents(
        (d.attributions, to_attributions(d.attributions, d.text), d.text) for d in docs
    )
    assert report.gold_attributions > 1000
    for prf in (
        report.end_to_end,
        report.content_exact,
        report.content_partial,
        report.source_span_exact,
        report.cue_span_exact,
        report.content_span_exact,
    ):
        assert prf.f1 == 1.0
    assert report.source_accuracy.value == 1.0
    assert report.cue_accuracy.value == 1.0
