"""The corpus commands: ingest, quotes, export, reprocess, db migrate."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from whosaid.cli import EXIT_ERROR, EXIT_FAILED, EXIT_OK, EXIT_USAGE, app
from whosaid.stage_runner import Pipeline
from whosaid.store.migrate import latest_version

runner = CliRunner()

TEXTS = {
    "budget.txt": 'Budget vote\n\n"The budget will pass," Anna Berg said.\n',
    "taxes.txt": 'Tax row\n\n"Taxes are too high," John Smith said.\n',
}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = [
        {
            "id": "j1",
            "date": "2024-05-01",
            "url": "https://x/j1",
            "text": '"Rates will fall," Anna Berg said.',
        },
        {"id": "j2"},
    ]
    (folder / "more.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8"
    )
    return folder


def _ingest(db: Path, *paths: Path | str) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db)])
    return result.exit_code, result.output


def test_ingest_stores_skips_and_reports(
    fake_pipeline: Pipeline, inputs: Path, db_path: Path
) -> None:
    code, out = _ingest(db_path, inputs)
    assert code == EXIT_FAILED, out  # j2 has no text
    assert "3 stored, 0 skipped (already stored), 1 failed" in out
    code, out = _ingest(db_path, inputs)
    assert code == EXIT_FAILED
    assert "0 stored, 3 skipped (already stored), 1 failed" in out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert conn.execute("SELECT code FROM failures").fetchall() == [
            ("input.missing_text",)
        ]
    conn.close()


def test_ingest_all_good_exits_zero(
    fake_pipeline: Pipeline, inputs: Path, db_path: Path
) -> None:
    code, out = _ingest(db_path, inputs / "budget.txt", "--batch-size", "1")
    assert code == EXIT_OK, out


def test_ingest_into_an_unusable_database_is_an_error(
    fake_pipeline: Pipeline, inputs: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite" * 200)
    code, out = _ingest(junk, inputs)
    assert code == EXIT_ERROR
    assert "whosaid: error: store.unreadable" in out


@pytest.fixture
def filled(fake_pipeline: Pipeline, inputs: Path, db_path: Path) -> Path:
    _ingest(db_path, inputs)
    return db_path


def test_quotes_json_and_filters(filled: Path) -> None:
    result = runner.invoke(
        app, ["quotes", "--db", str(filled), "--speaker", "berg", "--format", "json"]
    )
    assert result.exit_code == EXIT_OK, result.output
    found = json.loads(result.stdout)
    assert [q["content_text"] for q in found] == [
        "Rates will fall",
        "The budget will pass",
    ]
    result = runner.invoke(
        app, ["quotes", "--db", str(filled), "--about", "budget", "-f", "jsonl"]
    )
    [line] = result.stdout.splitlines()
    assert json.loads(line)["speaker_name"] == "Anna Berg"


def test_quotes_table_and_csv(filled: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(filled), "-f", "table"])
    assert result.exit_code == EXIT_OK
    lines = result.stdout.splitlines()
    assert [c.strip() for c in lines[0].split(" | ")] == [
        "date",
        "speaker",
        "cue",
        "quote",
    ]
    assert set(lines[1]) == {"-", "+"}
    assert any("John Smith" in line and "Taxes are too high" in line for line in lines)
    result = runner.invoke(
        app, ["quotes", "--db", str(filled), "-f", "csv", "--since", "2024-05-01"]
    )
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [r["article_id"] for r in rows] == ["j1"]
    assert rows[0]["url"] == "https://x/j1"


def test_quotes_hostile_input_is_harmless(filled: Path) -> None:
    result = runner.invoke(
        app,
        [
            "quotes",
            "--db",
            str(filled),
            "--about",
            '"; DROP TABLE articles; --',
            "--speaker",
            "NEAR(*",
            "-f",
            "json",
        ],
    )
    assert result.exit_code == EXIT_OK, result.output
    assert json.loads(result.stdout) == []


def test_quotes_bad_date_is_a_usage_error(filled: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(filled), "--since", "May"])
    assert result.exit_code == EXIT_USAGE
    assert "ISO date" in result.output


def test_quotes_without_database_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == EXIT_ERROR
    assert "store.not_found" in result.output
    assert not (tmp_path / "none.db").exists()


def test_export_csv(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", "--db", str(filled), "--format", "csv", "--out", str(out)]
    )
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "actors.csv",
        "articles.csv",
        "attributions.csv",
        "events.csv",
    ]
    with (out / "articles.csv").open(encoding="utf-8", newline="") as handle:
        articles = list(csv.DictReader(handle))
    assert len(articles) == 3
    assert "raw_text" not in articles[0]
    assert "seq" not in articles[0]
    with (out / "attributions.csv").open(encoding="utf-8", newline="") as handle:
        attributions = list(csv.DictReader(handle))
    assert len(attributions) == 3
    assert json.loads(attributions[0]["cue"])[0]["text"] == "said"
    assert {"speaker_code", "speaker_actor_id"} <= set(attributions[0])


def test_export_jsonl(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", "--db", str(filled), "-f", "jsonl", "--out", str(out)]
    )
    assert result.exit_code == EXIT_OK, result.output
    articles = [
        json.loads(line)
        for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert {a["id"] for a in articles} >= {"j1"}
    assert isinstance(articles[0]["body"], list)
    attributions = (out / "attributions.jsonl").read_text(encoding="utf-8")
    first = json.loads(attributions.splitlines()[0])
    assert first["content"][0]["text"] == first["content_text"]
    assert not list(out.glob("*.partial"))


def test_export_parquet_without_pyarrow(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "pyarrow" else real(name, *a),
    )
    result = runner.invoke(
        app, ["export", "--db", str(filled), "-f", "parquet", "--out", str(tmp_path)]
    )
    assert result.exit_code == EXIT_ERROR
    assert "export.parquet_unavailable" in result.output
    assert "pip install whosaid[parquet]" in result.output


def test_reprocess_and_migrate(filled: Path, fake_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["reprocess", "--db", str(filled)])
    assert result.exit_code == EXIT_OK, result.output  # j2 had no raw input
    assert "3 reprocessed, 0 recovered from failures, 0 failed" in result.output
    result = runner.invoke(app, ["db", "migrate", "--db", str(filled)])
    assert result.exit_code == EXIT_OK
    assert f"schema version {latest_version()} (up to date)" in result.output


def test_migrate_creates(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = runner.invoke(app, ["db", "migrate", "--db", str(db)])
    assert result.exit_code == EXIT_OK, result.output
    applied = ", ".join(f"{v:04d}" for v in range(1, latest_version() + 1))
    assert f"schema version {latest_version()} (applied {applied})" in result.output


EXAMPLE = Path(__file__).parents[3] / "examples" / "wire_article.txt"


@pytest.mark.model
def test_ingest_quotes_export_with_the_real_model(tmp_path: Path) -> None:
    import whosaid

    expected = whosaid.process(EXAMPLE.read_text(encoding="utf-8"), path=str(EXAMPLE))
    assert expected.attributions
    db = tmp_path / "real.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db)])
    assert result.exit_code == EXIT_OK, result.output
    assert "1 stored" in result.output
    result = runner.invoke(app, ["quotes", "--db", str(db), "-f", "json"])
    found = json.loads(result.stdout)
    assert [q["id"] for q in found] == [a.id for a in expected.attributions][:50]
    from whosaid.store import get_article, open_read_only

    conn = open_read_only(db)
    stored = get_article(conn, expected.id)
    conn.close()
    assert stored is not None
    assert stored.attributions == expected.attributions
    assert stored.actors == expected.actors


def test_export_parquet(filled: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", "--db", str(filled), "-f", "parquet", "--out", str(out)]
    )
    assert result.exit_code == EXIT_OK, result.output
    assert pq.read_table(out / "articles.parquet").num_rows == 3
    attributions = pq.read_table(out / "attributions.parquet")
    assert attributions.num_rows == 3
    assert "speaker_code" in attributions.schema.names
    assert "speaker_actor_id" in attributions.schema.names
    assert (out / "actors.parquet").is_file()


def test_quotes_min_confidence(filled: Path) -> None:
    def contents(*extra: str) -> list[str]:
        args = ["quotes", "--db", str(filled), "-f", "json", *extra]
        result = runner.invoke(app, args)
        assert result.exit_code == EXIT_OK, result.output
        return [q["content_text"] for q in json.loads(result.stdout)]

    everything = contents()
    assert len(everything) == 3  # the fake pipeline's confidence is 0.9
    assert contents("--min-confidence", "0.9") == everything
    assert contents("--min-confidence", "0.95") == []
    result = runner.invoke(
        app, ["quotes", "--db", str(filled), "--min-confidence", "2"]
    )
    assert result.exit_code == EXIT_USAGE


def test_ingest_min_confidence_drops_unsure_attributions(
    fake_pipeline: Pipeline, inputs: Path, db_path: Path
) -> None:
    code, out = _ingest(db_path, inputs / "budget.txt", "--min-confidence", "0.95")
    assert code == EXIT_OK, out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM attributions").fetchone()[0] == 0
    conn.close()
