"""The quote-search benchmark on a small hand-made corpus (no timing thresholds)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from tests.factories import build_article
from typer.testing import CliRunner

from whosaid.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, app
from whosaid.records import RawArticle
from whosaid.store import Store, StoreError, open_read_only
from whosaid.store.bench import (
    KINDS,
    TARGET_P95_MS,
    QueryBenchReport,
    draw_queries,
    percentile,
    run_query_bench,
)

runner = CliRunner()

ARTICLES = [
    ("a1", "2024-01-10", '"The budget will pass easily," Anna Berg said.\n'),
    ("a2", "2024-02-20", '"Taxes are far too high," Anna Berg said.\n'),
    ("a3", "2024-03-05T08:00:00Z", '"The budget is a disgrace," John Smith said.\n'),
    ("a4", None, '"Café prices rose sharply," Jürgen Weiß said.\n'),
    (
        "a5",
        "2024-04-01",
        '"Nothing about money today," Anna Berg said.\n'
        '"Schools need teachers," Maria Costa said.\n',
    ),
    ("a6", "2024/05/07", '"Pensions must rise," Li said.\n'),
]


@pytest.fixture
def corpus(db_path: Path) -> Path:
    with Store(db_path) as store:
        for article_id, date, text in ARTICLES:
            raw = RawArticle(id=article_id, date=date, text=text)
            store.save_article(build_article(raw), raw)
    return db_path


def test_report_fields_and_every_query_ran(corpus: Path) -> None:
    report = run_query_bench(corpus, queries=25, seed=3)
    assert isinstance(report, QueryBenchReport)
    assert (report.articles, report.attributions) == (6, 7)
    assert report.speakers == 5
    assert report.dated_articles >= 4
    assert len(report.queries) == len(report.results) == 25
    assert report.direct.count == report.api.count == 25
    assert sum(s.count for s in report.by_kind) == 25
    assert [b.name for b in report.baselines] == [
        "select_1",
        "get_article",
        "api_article",
    ]
    assert all(b.count == 25 for b in report.baselines)
    assert report.mismatches == 0
    assert report.warmup == 20
    assert report.target_p95_ms == TARGET_P95_MS
    for stats in (report.direct, report.api, *report.baselines, *report.by_kind):
        assert 0 <= stats.p50_ms <= stats.p95_ms <= stats.p99_ms <= stats.max_ms
        assert 0 < stats.mean_ms <= stats.max_ms
    assert report.meets_target == (
        report.direct.p95_ms < TARGET_P95_MS and report.api.p95_ms < TARGET_P95_MS
    )
    assert all(r > 0 for r in report.ratios().values())

    # Every query kind the corpus can feed took its turn.
    assert {q.kind for q in report.queries} == set(KINDS)
    assert all(n >= 0 for n in report.results)
    # Speaker and about queries drawn from the corpus find something.
    for q, n in zip(report.queries, report.results, strict=True):
        if q.kind in ("speaker_frequent", "speaker_rare", "about_one_word"):
            assert n > 0, q
        if q.kind == "unfiltered":
            assert n == 7


def test_to_dict_is_json_and_table_has_the_figures(corpus: Path) -> None:
    report = run_query_bench(corpus, queries=12, seed=0)
    out = json.loads(json.dumps(report.to_dict()))
    assert out["corpus"] == {
        "articles": 6,
        "attributions": 7,
        "speakers": 5,
        "dated_articles": report.dated_articles,
    }
    assert out["direct"]["count"] == out["api"]["count"] == 12
    assert set(out["direct"]) == {
        "name",
        "count",
        "mean_ms",
        "p50_ms",
        "p95_ms",
        "p99_ms",
        "max_ms",
    }
    assert len(out["queries"]) == 12
    assert {"kind", "speaker", "about", "since", "until", "results"} <= set(
        out["queries"][0]
    )
    assert isinstance(out["meets_target"], bool)
    assert set(out["ratios"]) == {
        "direct_p95_over_get_article_p95",
        "direct_p95_over_select_1_p95",
        "api_p95_over_api_article_p95",
    }
    table = report.format_table()
    for needle in ("direct search", "api search", "select_1", "get_article", "p95"):
        assert needle in table
    assert "p95 < 50 ms (direct):" in table
    assert "p95 < 50 ms (api):" in table


def test_draw_is_deterministic_and_from_the_corpus(corpus: Path) -> None:
    conn = open_read_only(corpus)
    try:
        first = draw_queries(conn, queries=40, seed=7)
        assert draw_queries(conn, queries=40, seed=7) == first
        assert draw_queries(conn, queries=40, seed=8) != first
    finally:
        conn.close()
    names = {"Anna Berg", "John Smith", "Jürgen Weiß", "Maria Costa", "Li"}
    days = {"2024-01-10", "2024-02-20", "2024-03-05", "2024-04-01", "2024-05-07"}
    for q in first:
        if q.kind in ("speaker_frequent", "speaker_rare"):
            assert q.speaker in names
        if q.kind == "speaker_partial":
            assert q.speaker is not None
            assert any(q.speaker.casefold() in n.casefold() for n in names)
        if q.about is not None:
            assert 1 <= len(q.about.split()) <= 2
        if q.since is not None:
            assert q.since in days and q.until in days
            assert q.until is not None and q.since <= q.until


def test_percentile_interpolates() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([10.0, 20.0], 95) == pytest.approx(19.5)
    assert percentile([7.0], 99) == 7.0
    assert math.isnan(percentile([], 50))


def test_bad_arguments(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        run_query_bench(corpus, queries=0, seed=0)
    empty = tmp_path / "empty.db"
    Store(empty).close()
    with pytest.raises(StoreError, match="no articles"):
        run_query_bench(empty, queries=5, seed=0)


def test_cli_json_and_table(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["bench-queries", "--db", str(corpus), "--queries", "10", "-f", "json"],
    )
    assert result.exit_code == EXIT_OK, result.output
    out = json.loads(result.stdout)
    assert out["direct"]["count"] == out["api"]["count"] == 10
    assert out["seed"] == 0

    result = runner.invoke(
        app, ["bench-queries", "--db", str(corpus), "--queries", "5", "--seed", "2"]
    )
    assert result.exit_code == EXIT_OK, result.output
    assert "5 queries (seed 2" in result.stdout

    result = runner.invoke(
        app, ["bench-queries", "--db", str(corpus), "--queries", "0"]
    )
    assert result.exit_code == EXIT_USAGE

    missing = tmp_path / "missing.db"
    result = runner.invoke(app, ["bench-queries", "--db", str(missing)])
    assert result.exit_code == EXIT_ERROR
    assert "whosaid: error: store." in result.stderr
