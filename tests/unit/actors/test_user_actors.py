"""Users' actor files change what the pipeline says, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import whosaid
from whosaid.cli import EXIT_OK, EXIT_USAGE, app

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "actors.csv"
TEXT = (
    "Brussels said on Monday it would fine the company.\n\n"
    "Acme Corp said it would appeal the decision."
)

pytestmark = [pytest.mark.model]


def _by_mention(article: whosaid.Article, text: str) -> whosaid.records.Actor:
    for actor in article.actors:
        if any(m.text == text for m in actor.mentions):
            return actor
    raise AssertionError(f"no actor mentioned as {text!r}: {article.actors}")


def test_shipped_knowledge_reads_brussels_as_the_eu() -> None:
    article = whosaid.process(TEXT)
    eu = _by_mention(article, "Brussels")
    assert (eu.igo, eu.type) == ("EU", "igo")


def test_a_user_file_overrides_and_extends_the_shipped_knowledge() -> None:
    article = whosaid.process(TEXT, actor_files=[str(EXAMPLE)])
    brussels = _by_mention(article, "Brussels")
    assert brussels.type == "place"
    assert brussels.code is None
    acme = _by_mention(article, "Acme Corp")
    assert (acme.name, acme.country, acme.sector, acme.code) == (
        "Acme Corporation",
        "USA",
        "BUS",
        "USABUS",
    )
    # a place is never a speaker
    for a in article.attributions:
        assert a.speaker is None or a.speaker.actor_id != brussels.id


def test_cli_extract_takes_actor_files(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["extract", str(src), "--actors", str(EXAMPLE), "--format", "json"]
    )
    assert result.exit_code == EXIT_OK, result.output
    record = json.loads(result.stdout)[0]
    codes = {a["name"]: a["code"] for a in record["actors"]}
    assert codes["Acme Corporation"] == "USABUS"


def test_cli_rejects_a_bad_actor_file_as_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("pattern,name,sector\nAcme,Acme,ARMY\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--actors", str(bad)])
    assert result.exit_code == EXIT_USAGE
    assert "unknown sector 'ARMY'" in result.output
