"""``whosaid events``, ``whosaid dyads`` and ``whosaid export --table events``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from whosaid.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, app

runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == EXIT_OK, result.output
    return result.output


def test_events_filters_and_formats(corpus: Path) -> None:
    db = ["--db", str(corpus)]
    lines = _run("events", *db, "--source", "rus", "--root", "13", "-f", "jsonl")
    [record] = [json.loads(line) for line in lines.splitlines()]
    assert (record["id"], record["code"], record["modality"]) == (
        "wire-2:e0",
        "138",
        "threat",
    )
    table = _run("events", *db, "--target", "RUS", "-f", "table")
    header = [cell.strip() for cell in table.splitlines()[0].split(" | ")]
    assert header == ["day", "source", "code", "target", "gold", "evidence"]
    assert "USAGOV | 0241 | RUS" in table
    rows = list(csv.DictReader(io.StringIO(_run("events", *db, "-f", "csv"))))
    assert len(rows) == 10
    negated = next(r for r in rows if r["id"] == "wire-2:e1")
    assert negated["negated"] == "1"
    window = json.loads(
        _run(
            "events",
            *db,
            "--since",
            "2024-03-05",
            "--until",
            "2024-03-10",
            "-f",
            "json",
        )
    )
    assert [e["id"] for e in window] == ["wire-2:e0", "wire-2:e1"]
    paged = json.loads(
        _run("events", *db, "--limit", "2", "--offset", "1", "-f", "json")
    )
    assert [e["id"] for e in paged] == ["wire-3:e1", "wire-3:e3"]


def test_dyads_by_week(corpus: Path) -> None:
    out = _run("dyads", "--db", str(corpus), "--by", "week", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["source"], r["target"], r["events"]) for r in rows] == [
        ("2024-02-26", "RUS", "USAGOV", "1"),
        ("2024-03-04", "RUS", "USAGOV", "3"),
        ("2024-03-04", "USAGOV", "RUS", "1"),
        ("2024-03-11", "RUS", "USAGOV", "1"),
        ("2024-03-11", "RUSMIL", "USAGOV", "1"),
    ]
    assert rows[1]["goldstein_sum"] == "-5.0"
    negated = _run(
        "dyads", "--db", str(corpus), "--by", "day", "--since", "2024-03-10",
        "--until", "2024-03-10", "--include-negated", "-f", "jsonl",
    )  # fmt: skip
    [day] = [json.loads(line) for line in negated.splitlines()]
    assert (day["events"], day["goldstein_sum"]) == (2, -17.0)
    countries = _run(
        "dyads", "--db", str(corpus), "--by", "month", "--level", "country"
    )
    assert [
        (d["period"], d["source"], d["target"], d["events"])
        for d in map(json.loads, countries.splitlines())
    ] == [
        ("2024-02-01", "RUS", "USA", 1),
        ("2024-03-01", "RUS", "USA", 5),
        ("2024-03-01", "USA", "RUS", 1),
    ]
    table = _run("dyads", "--db", str(corpus), "--by", "month", "-f", "table")
    assert "2024-03-01 | RUS    | USAGOV | 4" in table


def test_bad_options_are_usage_errors(corpus: Path) -> None:
    for args in (
        ["events", "--root", "0"],
        ["events", "--source", "R*US"],
        ["events", "--since", "yesterday"],
        ["dyads", "--by", "year"],
        ["dyads", "--level", "region"],
        ["export", "--format", "csv", "--out", "x", "--table", "failures"],
    ):
        result = runner.invoke(app, [*args, "--db", str(corpus)])
        assert result.exit_code == EXIT_USAGE, (args, result.output)


def test_a_missing_database_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["dyads", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == EXIT_ERROR
    assert "store.not_found" in result.output


def test_export_only_the_events_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    printed = _run(
        "export", "--db", str(corpus), "--format", "csv", "--out", str(out),
        "--table", "events",
    )  # fmt: skip
    assert printed.strip() == str(out / "events.csv")
    assert [p.name for p in out.iterdir()] == ["events.csv"]
    with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["EventRootCode"] for r in rows} == {"02", "03", "05", "11", "13", "19"}
