"""Crash safety: a killed ingest leaves whole articles only, and a re-run finishes.

The ingest runs in a subprocess with the fake pipeline (see ``tests/factories.py``),
slowed down by ``WHOSAID_FAKE_DELAY`` so it can be killed mid-run.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tests.factories import fake_process_many, unloaded_pipeline
from typer.testing import CliRunner

from whosaid.cli import app
from whosaid.stage_runner import Pipeline

REPO = Path(__file__).resolve().parents[3]  # python -c imports tests.* from here
N = 40

_RUNNER = textwrap.dedent(
    """
    import os, signal, sys
    from tests.factories import fake_process_many, unloaded_pipeline
    from whosaid.pipeline import Pipeline
    from whosaid.store.db import Store

    Pipeline.process_many = fake_process_many
    Pipeline.load = classmethod(lambda cls, **_: unloaded_pipeline())
    kill_after = int(os.environ.get("KILL_INSIDE_WRITE", "0"))
    if kill_after:
        original = Store._write
        calls = []

        def write_then_die(self, *args, **kwargs):
            original(self, *args, **kwargs)
            calls.append(1)
            if len(calls) == kill_after:  # rows written, not committed
                os.kill(os.getpid(), signal.SIGKILL)

        Store._write = write_then_die
    from whosaid.cli import main
    main(sys.argv[1:])
    """
)

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"
)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(N):
        (folder / f"a{i:03d}.txt").write_text(
            f'Story {i}\n\n"Point {i} stands," Ann Lee said.\n'
            f'"More {i}," Bo Ek said.\n',
            encoding="utf-8",
        )
    return folder


def _run(
    folder: Path, db: Path, *, delay: float = 0.0, kill_inside_write: int = 0
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "WHOSAID_FAKE_DELAY": str(delay),
        "KILL_INSIDE_WRITE": str(kill_inside_write),
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            _RUNNER,
            "ingest",
            str(folder),
            "--db",
            str(db),
            "--batch-size",
            "3",
            "--workers",  # the fake pipeline is patched into this process only
            "1",
        ],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _rerun(folder: Path, db: Path) -> str:
    """Run the ingest again, in this process, with the fast fake pipeline."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Pipeline, "process_many", fake_process_many)
        mp.setattr(Pipeline, "load", classmethod(lambda cls, **_: unloaded_pipeline()))
        result = CliRunner().invoke(
            app, ["ingest", str(folder), "--db", str(db), "--workers", "1"]
        )
    assert result.exit_code == 0, result.output
    return result.output


def _articles(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def _check_complete(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == N
        ids = [r[0] for r in conn.execute("SELECT id FROM attributions")]
        assert len(ids) == len(set(ids)) == 2 * N
        orphans = conn.execute(
            "SELECT count(*) FROM attributions WHERE article_id NOT IN "
            "(SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        per_article = conn.execute(
            "SELECT count(*) FROM articles AS r WHERE (SELECT count(*) FROM "
            "attributions AS a WHERE a.article_id = r.id) != 2"
        ).fetchone()[0]
        assert per_article == 0
        for table in ("attributions_fts", "articles_fts"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_killed_ingest_resumes_to_exactly_n_articles(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    db = tmp_path / "corpus.db"
    proc = _run(folder, db, delay=0.05)
    deadline = time.monotonic() + 15
    while _articles(db) < 5 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[0]
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    partial = _articles(db)
    assert 5 <= partial < N

    out = _rerun(folder, db)
    assert f"{N - partial} stored, {partial} skipped (already stored), 0 failed" in out
    _check_complete(db)


def test_kill_inside_a_transaction_leaves_no_part_of_the_article(
    tmp_path: Path,
) -> None:
    folder = _corpus(tmp_path / "in")
    db = tmp_path / "corpus.db"
    proc = _run(folder, db, kill_inside_write=7)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    try:
        # six committed; the seventh's rows were written but never committed
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
        assert conn.execute("SELECT count(*) FROM attributions").fetchone()[0] == 12
    finally:
        conn.close()
    assert "34 stored, 6 skipped" in _rerun(folder, db)
    _check_complete(db)
