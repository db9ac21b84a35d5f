"""``whosaid extract`` end to end, with the real pipeline and models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from whosaid.cli import app

pytestmark = pytest.mark.model

GOOD_TEXT = (
    "Talks resumed in Oslo on Monday.\n\n"
    '"We are ready to sign," Anna Berg said after a meeting with her Swedish'
    " counterpart.\n"
)

runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (docs / "b_empty.txt").write_bytes(b"")
    return docs


def _jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_exits_1_when_an_article_fails(folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 1, result.output


def test_cli_extract_writes_one_jsonl_record_per_input(folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder), "--format", "jsonl"])
    good, empty = _jsonl(result.stdout)
    assert Path(good["path"]).name == "a_good.txt"
    assert good["error"] is None
    assert good["attributions"]
    assert Path(empty["path"]).name == "b_empty.txt"
    assert empty["error"]["code"] == "input.empty"


def test_cli_extract_defaults_to_jsonl_when_not_a_terminal(folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder)])
    assert [r["error"] is None for r in _jsonl(result.stdout)] == [True, False]


def test_cli_extract_json_to_file_writes_a_json_array(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(
        app, ["extract", str(folder), "--format", "json", "-o", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    records = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(records, list)
    assert [r["error"]["code"] if r["error"] else None for r in records] == [
        None,
        "input.empty",
    ]
    assert all(r["schema_version"] == 4 for r in records)


def test_cli_extract_exits_0_when_every_article_is_analyzed(tmp_path: Path) -> None:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [record] = _jsonl(result.stdout)
    assert record["attributions"][0]["speaker"]["name"] == "Anna Berg"


def test_cli_extract_date_codes_undated_inputs(tmp_path: Path) -> None:
    text = "President Joe Biden said on Tuesday that the talks had gone well.\n"
    (tmp_path / "undated.txt").write_text(text, encoding="utf-8")
    (tmp_path / "wire_2012-10-11_biden.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path), "--format", "jsonl", "--date", "2022-03-01"]
    )
    assert result.exit_code == 0, result.output
    by_path = {Path(r["path"]).name: r for r in _jsonl(result.output)}
    undated, dated = by_path["undated.txt"], by_path["wire_2012-10-11_biden.txt"]
    assert undated["date"] == "2022-03-01"
    assert dated["date"] is None  # its file name dates it: --date does not apply
    assert "President 2021-01-20" in undated["actors"][0]["source"]
    assert "Vice President 2009-01-20" in dated["actors"][0]["source"]
    assert undated["actors"][0]["kb_id"] == dated["actors"][0]["kb_id"] == "Q6279"


def test_cli_extract_rejects_a_bad_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--date", "2022-13-01"])
    assert result.exit_code == 2
