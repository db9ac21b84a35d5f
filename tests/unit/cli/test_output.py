"""``whosaid extract -o FILE``: the file is replaced whole or not at all.

The pipeline is a stand-in (no model) that can stop the run or look at the
output file while the run is going on; write errors are simulated by a file
object whose ``write`` fails with the errno a full or broken disk gives.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from tests.factories import make_article
from typer.testing import CliRunner

from whosaid.cli import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, app
from whosaid.cli import output as output_module
from whosaid.cli.output import OutputError, atomic_output
from whosaid.records import Article, RawArticle

runner = CliRunner()
OLD = '{"old": "records"}\n'


def _article(raw: RawArticle) -> Article:
    return make_article(raw.text or "", id=raw.id, path=raw.path, model="fake")


class _Pipeline(types.ModuleType):
    """``whosaid.pipeline`` stand-in: calls ``after_first`` after one article."""

    def __init__(self, after_first: Callable[[], None]) -> None:
        super().__init__("whosaid.pipeline")
        self.after_first = after_first

    def process_many(self, items: Iterable[Any], **_: Any) -> Iterator[Article]:
        for i, item in enumerate(items):
            raw = item[0] if isinstance(item, tuple) else item
            if i == 1:
                self.after_first()
            yield _article(raw)


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / "in" / f"{name}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"Article {name}: the minister said so.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def out(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "records.json"
    path.parent.mkdir()
    path.write_text(OLD, encoding="utf-8")
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "records.json")


def test_the_old_file_stays_until_the_run_ends(
    inputs: list[str], out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    pipeline = _Pipeline(lambda: seen.append(out.read_text(encoding="utf-8")))
    monkeypatch.setitem(sys.modules, "whosaid.pipeline", pipeline)
    result = runner.invoke(app, ["extract", *inputs, "-f", "json", "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert seen == [OLD]  # mid-run, readers still see the complete old file
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r["path"] for r in records] == inputs
    assert _leftovers(out.parent) == []


def test_interrupt_keeps_the_old_file(
    inputs: list[str], out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt() -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "whosaid.pipeline", _Pipeline(interrupt))
    result = runner.invoke(app, ["extract", *inputs, "-f", "json", "-o", str(out)])
    assert result.exit_code == EXIT_INTERRUPTED == 130
    assert result.stderr == (
        f"whosaid: error: output.interrupted: {str(out)!r} was left unchanged\n"
    )
    assert out.read_text(encoding="utf-8") == OLD
    assert _leftovers(out.parent) == []


def test_interrupt_without_output_file(
    inputs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt() -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "whosaid.pipeline", _Pipeline(interrupt))
    result = runner.invoke(app, ["extract", *inputs, "-f", "jsonl"])
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.stderr == "whosaid: error: interrupted: the run was stopped\n"


class _FailingFile:
    """A text file whose second ``write`` fails with ``err``."""

    def __init__(self, handle: IO[str], err: int) -> None:
        self._handle = handle
        self._err = err
        self._writes = 0

    def write(self, text: str) -> int:
        self._writes += 1
        if self._writes > 1:
            raise OSError(self._err, os.strerror(self._err))
        return self._handle.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@pytest.mark.parametrize(
    ("err", "code"),
    [
        (errno.ENOSPC, "output.disk_full"),
        (errno.EDQUOT, "output.disk_full"),
        (errno.EIO, "output.write_failed"),
    ],
)
def test_write_errors_have_specific_codes_and_keep_the_old_file(
    inputs: list[str],
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    err: int,
    code: str,
) -> None:
    monkeypatch.setitem(sys.modules, "whosaid.pipeline", _Pipeline(lambda: None))
    real_fdopen = os.fdopen

    def failing_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _FailingFile(real_fdopen(fd, *args, **kwargs), err)

    monkeypatch.setattr(output_module.os, "fdopen", failing_fdopen)
    result = runner.invoke(app, ["extract", *inputs, "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith(f"whosaid: error: {code}: ")
    assert str(out) in result.stderr
    assert out.read_text(encoding="utf-8") == OLD
    assert _leftovers(out.parent) == []


def test_a_failed_rename_is_a_write_failure(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_replace(src: str, dst: str) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    monkeypatch.setattr(output_module.os, "replace", no_replace)
    with pytest.raises(OutputError) as caught, atomic_output(out) as stream:
        stream.write("new\n")
    assert caught.value.code == "output.write_failed"
    assert out.read_text(encoding="utf-8") == OLD
    assert _leftovers(out.parent) == []


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "new.jsonl"
    with atomic_output(target) as stream:
        stream.write("x\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)
    with atomic_output(target) as stream:
        stream.write("y\n")
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_text(encoding="utf-8") == "y\n"


def test_a_device_is_written_in_place() -> None:
    with atomic_output(Path(os.devnull)) as stream:
        stream.write("discarded\n")
    assert Path(os.devnull).exists()
