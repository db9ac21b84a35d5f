"""The ingest progress bar (rich) and the input count behind its ETA."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from whosaid.cli import EXIT_OK, _common, app
from whosaid.cli.progress import IngestProgress, count_inputs
from whosaid.store import IngestStats

runner = CliRunner()


def _terminal() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=120, color_system=None)
    return console, buffer


def test_progress_shows_counts_and_ends_the_line() -> None:
    console, buffer = _terminal()
    progress = IngestProgress(4, console=console)
    progress(IngestStats(stored=1, seconds=0.5))
    progress(IngestStats(stored=2, skipped=1, failed=1, seconds=1.0))
    progress.close()
    out = buffer.getvalue()
    assert "4/4 articles" in out
    assert "0/4 articles" in out
    assert "1 stored, 0 skipped, 0 failed, 2.0/s, ETA 0:00:01" in out
    assert "2 stored, 1 skipped, 1 failed, 4.0/s" in out
    assert "\n" in out  # the line is ended


def test_progress_without_a_total() -> None:
    console, buffer = _terminal()
    progress = IngestProgress(None, console=console)
    progress(IngestStats(stored=3, seconds=1.0))
    progress.close()
    out = buffer.getvalue()
    assert "3 articles" in out
    assert "/None" not in out


def test_count_inputs(tmp_path: Path) -> None:
    (tmp_path / "d" / ".hidden").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "d" / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "d" / ".hidden" / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "f.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n')
    with gzip.open(tmp_path / "g.jsonl.gz", "wt") as handle:
        handle.write('{"text": "a"}\n' * 3)
    paths = [str(tmp_path / n) for n in ("d", "f.jsonl", "g.jsonl.gz")]
    assert count_inputs([*paths, "-"]) == 2 + 2 + 3 + 1
    assert count_inputs([]) is None


@pytest.mark.usefixtures("fake_pipeline")
def test_ingest_on_a_terminal_shows_progress_and_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_common, "stderr_is_terminal", lambda: True)
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(
            f'"It works," Anna {name.upper()} said.\n', encoding="utf-8"
        )
    db = tmp_path / "c.db"
    args = ["ingest", str(tmp_path), "--db", str(db), "--workers", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    assert "2 stored, 0 skipped (already stored), 0 failed" in result.stdout
    assert "2/2 articles" in result.stderr
