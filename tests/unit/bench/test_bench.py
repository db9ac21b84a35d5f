"""Tests for whosaid.bench (no timing thresholds: only the report's shape)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whosaid.bench import (
    TARGET_RATIO,
    BenchReport,
    PhaseResult,
    bench_files,
    count_words,
    peak_rss_mb,
    read_texts,
    run_bench,
    time_once,
    warm_then_time,
)

TEXTS = [
    '"We will not sign this year," Foreign Minister Anna Berg said on Monday.',
    "The ministry said in a statement that talks would resume in March.",
    "According to officials, the vote was delayed. “It is a setback,” he added.",
]


def phase(name: str, seconds: float, rss: float = 100.0) -> PhaseResult:
    return PhaseResult(
        name=name,
        seconds=seconds,
        articles_per_s=10 / seconds,
        words_per_s=1000 / seconds,
        peak_rss_mb=rss,
        cpu_seconds=seconds / 2,
    )


def report(ratio: float = 0.8) -> BenchReport:
    run1, run2 = phase("bare run 1", 1.0), phase("bare run 2", 1.2, 300.0)
    return BenchReport(
        articles=10,
        words=1000,
        batch_size=16,
        bare=phase("bare", 1.1),
        whosaid=phase("whosaid", 1.1 / ratio, 300.0),
        bare_runs=(run1, run2),
        ratio=ratio,
        failed=0,
        attributions=42,
        stage_seconds={"clean": 0.1, "parse": 1.0},
        spacy_model="en_core_web_sm-3.8.0",
    )


def test_count_words_counts_word_character_runs() -> None:
    assert count_words("“Don’t,” she said — 2 times.") == 6
    assert count_words("") == 0


def test_peak_rss_is_positive_megabytes() -> None:
    rss = peak_rss_mb()
    assert 1 < rss < 1_000_000


def test_bench_files_uses_polnear_dev_text(tmp_path: Path) -> None:
    for split in ("train", "dev"):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "text" / f"{split}.txt").write_text("x", encoding="utf-8")
    assert bench_files(tmp_path) == [tmp_path / "dev" / "text" / "dev.txt"]


def test_bench_files_walks_a_folder_sorted_and_limited(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("z.txt", "b/a.txt", "a.txt", "notes.md", ".hidden/h.txt", ".h.txt"):
        (tmp_path / rel).write_text("text", encoding="utf-8")
    assert bench_files(tmp_path) == [
        tmp_path / "a.txt",
        tmp_path / "b" / "a.txt",
        tmp_path / "z.txt",
    ]
    assert bench_files(tmp_path, limit=1) == [tmp_path / "a.txt"]
    assert read_texts(bench_files(tmp_path, limit=1)) == ["text"]


def test_warm_then_time_times_only_the_second_pass() -> None:
    calls: list[str] = []
    ticks = iter([10.0, 12.5])
    cpu_ticks = iter([3.0, 4.0])

    def run() -> None:
        calls.append("pass")

    def clock() -> float:
        calls.append("tick")
        return next(ticks)

    def cpu_clock() -> float:
        calls.append("cpu")
        return next(cpu_ticks)

    assert warm_then_time(run, clock=clock, cpu_clock=cpu_clock) == (2.5, 1.0)
    assert calls == ["pass", "tick", "cpu", "pass", "tick", "cpu"]


def test_time_once_runs_once() -> None:
    calls: list[str] = []
    wall, cpu = time_once(lambda: calls.append("pass"))
    assert calls == ["pass"]
    assert wall >= 0 and cpu >= 0


def test_run_bench_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="no texts"):
        run_bench([])
    with pytest.raises(ValueError, match="batch size"):
        run_bench(["text"], batch_size=0)


def test_report_table_and_dict() -> None:
    r = report()
    table = r.format_table()
    for needle in ("bare run 1", "bare run 2", "bare (mean)", "whosaid", "0.80"):
        assert needle in table
    assert "BELOW TARGET" in table  # 0.80 < 0.9
    data = r.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["meets_target"] is False
    assert data["target_ratio"] == TARGET_RATIO
    assert data["bare"]["articles_per_s"] == pytest.approx(10 / 1.1)
    # CPU seconds: bare 0.55, whosaid 0.6875 (half the wall-clock seconds)
    assert data["cpu_ratio"] == pytest.approx(0.8)
    assert "on CPU time: 0.80" in table
    assert "meets target" in report(ratio=0.95).format_table()


@pytest.mark.model
def test_run_bench_on_three_texts() -> None:
    r = run_bench(TEXTS, batch_size=2)
    assert r.articles == 3
    assert r.words == sum(count_words(t) for t in TEXTS)
    assert r.batch_size == 2
    for p in (r.bare, r.whosaid, *r.bare_runs):
        assert p.seconds > 0
        assert p.articles_per_s > 0
        assert p.words_per_s > 0
        assert p.peak_rss_mb > 0
    assert r.bare.seconds == pytest.approx(
        (r.bare_runs[0].seconds + r.bare_runs[1].seconds) / 2
    )
    assert r.bare.cpu_seconds == pytest.approx(
        (r.bare_runs[0].cpu_seconds + r.bare_runs[1].cpu_seconds) / 2
    )
    assert r.cpu_ratio == pytest.approx(r.bare.cpu_seconds / r.whosaid.cpu_seconds)
    assert r.ratio == pytest.approx(r.whosaid.articles_per_s / r.bare.articles_per_s)
    # ru_maxrss only grows, and both models are loaded for the whosaid phase.
    assert r.whosaid.peak_rss_mb >= r.bare_runs[0].peak_rss_mb
    assert r.failed == 0
    assert r.spacy_model
    assert "throughput ratio" in r.format_table()
