"""Issue 12 reproductions through the real pipeline: ids, decoding, deep and
script-heavy HTML, NUL in strings, capped warnings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import whosaid
from whosaid.cli import app
from whosaid.ids import article_id

pytestmark = pytest.mark.model

TEXT = "The minister said the talks would resume."
runner = CliRunner()


def _extract(*paths: Path) -> list[dict[str, Any]]:
    result = runner.invoke(
        app, ["extract", *map(str, paths), "--format", "jsonl", "--workers", "1"]
    )
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_extract_gives_two_ids_for_the_same_text_under_two_urls(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dup.jsonl"
    urls = ("http://a.example/1", "http://b.example/2")
    path.write_text(
        "".join(json.dumps({"url": u, "text": TEXT}) + "\n" for u in urls),
        encoding="utf-8",
    )
    first, second = _extract(path)
    assert first["id"] != second["id"]
    assert first["id"] == article_id(TEXT, url=urls[0])
    assert [a["id"].split(":")[0] for a in first["attributions"]] == [
        first["id"]
    ] * len(first["attributions"])


def test_extract_keeps_utf8_around_a_stray_byte(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes("Angela Müller said the talks would resume.".encode() + b"\xff\n")
    (record,) = _extract(path)
    assert record["text"].startswith("Angela Müller")
    assert record["warnings"][0].startswith("input.invalid_bytes:")


def test_extract_reads_script_heavy_and_deep_pages(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>{TEXT[:-1]} next week, the official said on day {i}.</p>" for i in range(5)
    )
    script = "<script>var x = '" + "a" * 1_200_000 + "';</script>"
    (tmp_path / "big.html").write_text(
        f"<html><head><title>Talks</title>{script}</head><body><article>"
        f"{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "deep.html").write_text(
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * 300
        + paragraphs
        + "</div>" * 300
        + "</body></html>",
        encoding="utf-8",
    )
    big, deep = _extract(tmp_path / "big.html", tmp_path / "deep.html")
    assert big["error"] is None
    assert big["attributions"]
    assert deep["error"] is None
    assert deep["attributions"]
    assert any(w.startswith("html.deep_nesting:") for w in deep["warnings"])


def test_process_refuses_nul_like_a_file() -> None:
    article = whosaid.process("The minister\x00 said the talks would resume.")
    assert article.error is not None
    assert article.error.code == "input.binary"
    assert article.id == article_id("The minister\x00 said the talks would resume.")


def test_record_warnings_are_capped_per_kind() -> None:
    text = "".join(
        f'The minister said "the talks would resume {i}.\n\n' for i in range(30)
    )
    article = whosaid.process(text)
    unbalanced = [w for w in article.warnings if w.startswith("quote.unbalanced:")]
    assert len(unbalanced) == 11
    assert unbalanced[-1] == "quote.unbalanced: … (and 20 more)"
