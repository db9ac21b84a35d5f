"""Events on the seed article (``events_cameo_root``) and on whosaid's own
wire-style gold (``tests/fixtures/events``): floors below the measured scores.

The seed lives outside the repository (the shared data folder, see
``tests/conftest.py``): its test skips when it is absent.  The fixture gold
is written for whosaid (see its README).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

import whosaid
from whosaid.eval.events import GoldArticle, load_gold, score_articles, seed_gold
from whosaid.pipeline import process_many
from whosaid.records import Article, RawArticle

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "events" / "gold.jsonl"
HOLDOUT = GOLD.with_name("holdout.jsonl")

pytestmark = [pytest.mark.model]


@pytest.mark.data
def test_seed_every_expected_event_with_its_dyad(seed_paths: tuple[Path, Path]) -> None:
    seed, expected = seed_paths
    text = seed.read_text(encoding="utf-8")
    gold = seed_gold(json.loads(expected.read_text(encoding="utf-8")), text)
    assert len(gold.events) == 7
    article = whosaid.process(text)
    scores = score_articles([gold], lambda _: [article])
    assert (scores.found, scores.root, scores.dyad) == (7, 7, 7), scores.format_table()
    assert scores.precision >= 0.7, scores.format_table()
    for event in article.events:
        for span in event.evidence:
            assert article.text[span.start : span.end] == span.text


def _analyze(gold: Sequence[GoldArticle]) -> Iterable[Article]:
    return process_many([RawArticle(id=g.id, text=g.text, date=g.date) for g in gold])


def test_own_gold_floors() -> None:
    gold = load_gold(GOLD)
    assert sum(len(g.events) for g in gold) >= 60
    scores = score_articles(gold, _analyze)
    table = scores.format_table()
    assert scores.root_f1 >= 0.80, table
    assert scores.dyad / scores.gold >= 0.60, table
    assert scores.precision >= 0.85, table


def test_holdout_floors() -> None:
    """The 38 events written after tuning (first run: root F1 0.80, dyad 34%)."""
    gold = load_gold(HOLDOUT)
    scores = score_articles(gold, _analyze)
    table = scores.format_table()
    assert scores.root_f1 >= 0.80, table
    assert scores.dyad / scores.gold >= 0.45, table


def test_events_carry_table_values_and_their_day() -> None:
    """Each event is dated by its sentence ("on Wednesday") within the week
    before the article's date, else the article's date."""
    gold = load_gold(GOLD)[:2]
    for g, article in zip(gold, _analyze(gold), strict=True):
        assert article.events, g.id
        assert g.date is not None
        published = dt.date.fromisoformat(g.date)
        for e in article.events:
            assert e.root == e.code[:2]
            assert e.quad_class in (1, 2, 3, 4)
            assert -10 <= e.goldstein <= 10
            assert e.date is not None
            assert 0 <= (published - dt.date.fromisoformat(e.date)).days <= 7, e
            assert e.source is not None
        assert any(e.date == g.date for e in article.events), g.id


def test_cli_eval_events_and_verbs(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from whosaid.cli import app

    text = "Russia urged China to reopen talks.\n\nChina welcomed the call.\n"
    gold = tmp_path / "gold.jsonl"
    event = {"source": "RUS", "target": "CHN", "root": "02", "evidence": "urged China"}
    gold.write_text(json.dumps({"text": text, "events": [event]}) + "\n", "utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "events", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "found             1.000  (1/1)" in result.output
    assert "root F1" in result.output

    bad = tmp_path / "bad.csv"
    bad.write_text("pattern,code\nurge,777\n", "utf-8")
    result = runner.invoke(
        app, ["eval", "events", "--gold", str(gold), "--verbs", str(bad)]
    )
    assert result.exit_code == 2
    assert "'777' is not a CAMEO code" in result.output


def test_cli_extract_verbs_file_reaches_the_events(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from whosaid.cli import app

    article = tmp_path / "a.txt"
    article.write_text(
        "Norway quietly shuttled medicines to Iceland on Monday.\n", "utf-8"
    )
    verbs = tmp_path / "verbs.csv"
    verbs.write_text("pattern,code\nshuttle medicines,073\n", "utf-8")
    runner = CliRunner()

    def events(*extra: str) -> list[tuple[str, str, str]]:
        result = runner.invoke(app, ["extract", str(article), "-f", "jsonl", *extra])
        assert result.exit_code == 0, result.output
        record = json.loads(result.output.splitlines()[0])
        codes = {a["id"]: a["code"] for a in record["actors"]}
        return [
            (codes[e["source"]], e["code"], codes[e["target"]])
            for e in record["events"]
        ]

    assert events() == []
    assert events("--verbs", str(verbs)) == [("NOR", "073", "ISL")]
    bad = tmp_path / "bad.csv"
    bad.write_text("pattern,code\nshuttle\n", "utf-8")
    result = runner.invoke(app, ["extract", str(article), "--verbs", str(bad)])
    assert result.exit_code == 2
    assert "--verbs" in result.output


def test_eval_events_reads_the_seed_expected_file(
    seed_paths: tuple[Path, Path],
) -> None:
    from typer.testing import CliRunner

    from whosaid.cli import app

    _, expected = seed_paths
    result = CliRunner().invoke(
        app, ["eval", "events", "--gold", str(expected), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["gold_events"] == 7
    assert scores["dyad_accuracy"] == 1.0


def test_cli_ingest_and_reprocess_take_verbs_files(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from whosaid.cli import app

    article = tmp_path / "a.txt"
    article.write_text(
        "Norway quietly shuttled medicines to Iceland on Monday.\n", "utf-8"
    )
    verbs = tmp_path / "verbs.csv"
    verbs.write_text("pattern,code\nshuttle medicines,073\n", "utf-8")
    db = tmp_path / "c.db"
    runner = CliRunner()

    def stored_codes() -> list[str]:
        result = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl"])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["code"] for line in result.output.splitlines()]

    args = ["ingest", str(article), "--db", str(db), "--workers", "1"]
    result = runner.invoke(app, [*args, "--verbs", str(verbs)])
    assert result.exit_code == 0, result.output
    assert stored_codes() == ["073"]
    result = runner.invoke(app, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert stored_codes() == []
    result = runner.invoke(app, ["reprocess", "--db", str(db), "--verbs", str(verbs)])
    assert result.exit_code == 0, result.output
    assert stored_codes() == ["073"]
    bad = tmp_path / "bad.csv"
    bad.write_text("pattern,code\nshuttle\n", "utf-8")
    for command in (args, ["reprocess", "--db", str(db)]):
        result = runner.invoke(app, [*command, "--verbs", str(bad)])
        assert result.exit_code == 2
        assert "--verbs" in result.output
