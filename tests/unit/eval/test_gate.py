"""The eval gate and the reliability table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whosaid.eval.gate import TOLERANCE, check_gate, load_baseline, write_baseline
from whosaid.eval.metrics import PRF, EvalReport


def report(e2e_tp: int, partial_tp: int, documents: int = 84) -> EvalReport:
    return EvalReport(
        documents=documents,
        end_to_end=PRF(tp=e2e_tp, predicted=1000, gold=1000),
        content_partial=PRF(tp=partial_tp, predicted=10000, gold=10000),
        scored=((0.95, True, "crf.v1"), (0.2, False, "crf.v1")),
    )


@pytest.fixture
def baseline(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "baseline.json"
    write_baseline(report(700, 8000), path)
    data = json.loads(path.read_text())
    assert "reliability" not in data  # scores only
    return load_baseline(path)


@pytest.mark.parametrize(
    ("e2e_tp", "partial_tp", "passed"),
    [
        (700, 8000, (True, True)),
        (720, 8100, (True, True)),  # better passes
        (696, 7960, (True, True)),  # -0.004: within the tolerance
        (694, 8000, (False, True)),  # -0.006 end to end
        (700, 7940, (True, False)),  # -0.006 partial
    ],
)
def test_gate_tolerance(
    baseline: dict[str, object],
    e2e_tp: int,
    partial_tp: int,
    passed: tuple[bool, bool],
) -> None:
    results = check_gate(report(e2e_tp, partial_tp), baseline)
    assert [r.metric for r in results] == ["end_to_end", "content_partial"]
    assert tuple(r.passed for r in results) == passed
    assert TOLERANCE == 0.005
    for r in results:
        assert ("ok" if r.passed else "FAIL") in r.line()


def test_gate_refuses_partial_runs(baseline: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="84 documents"):
        check_gate(report(700, 8000, documents=10), baseline)


@pytest.mark.parametrize("content", ["not json", "[]", '{"end_to_end": {"f1": 0.7}}'])
def test_bad_baseline_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(ValueError, match="baseline"):
        load_baseline(path)


def test_committed_baseline_is_valid() -> None:
    path = Path(__file__).parents[3] / "src/whosaid/eval/baseline_dev.json"
    data = load_baseline(path)
    assert data["documents"] == 84
    assert data["scheme"] == "polnear"  # what whosaid eval polnear scores
    news = load_baseline(path.with_name("baseline_dev_news.json"))
    assert news["scheme"] == "news"
    assert news["documents"] == 84


def test_reliability_bands() -> None:
    r = EvalReport(
        scored=(
            (1.0, True, "a"),
            (0.95, False, "a"),
            (0.92, True, "a"),
            (0.1, False, "b"),
        )
    )
    rows = r.reliability()
    assert rows[-1][:4] == (0.9, 1.0, 3, pytest.approx(2 / 3))
    assert rows[0][:4] == (0.0, 0.3, 1, 0.0)
    assert sum(row[2] for row in rows) == 4
    assert "[0.9, 1.0]" in r.format_reliability()
    assert (r + r).reliability()[-1][2] == 6


def test_a_baseline_records_its_scheme(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(report(700, 8000), path, scheme="polnear")
    data = load_baseline(path)
    assert data["scheme"] == "polnear"
    assert all(r.passed for r in check_gate(report(700, 8000), data, scheme="polnear"))
    with pytest.raises(ValueError, match="the polnear scheme, this run news"):
        check_gate(report(700, 8000), data, scheme="news")


def test_a_baseline_without_a_scheme_gates_any(baseline: dict[str, object]) -> None:
    assert "scheme" not in baseline
    for scheme in ("news", "polnear", None):
        assert all(
            r.passed for r in check_gate(report(700, 8000), baseline, scheme=scheme)
        )
