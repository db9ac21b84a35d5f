"""Output files that are replaced whole or not at all.

:func:`atomic_output` writes to a temporary file in the target's folder and
renames it over the target only when the command finishes; until then, and
after an interruption or a write error, the old file is untouched and the
temporary file is removed.  Errors carry specific codes:

* ``output.unwritable``: the file cannot be created (missing folder, no
  permission);
* ``output.disk_full``: the disk or quota is full (ENOSPC, EDQUOT);
* ``output.write_failed``: any other error while writing or renaming.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from whosaid.errors import OutputError, write_error

__all__ = ["OutputError", "TextOutput", "atomic_output", "write_error"]


def _is_special(path: Path) -> bool:
    """True for an existing target that is not a regular file (a FIFO,
    /dev/null...), which is written in place: it cannot be renamed over."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _new_file_mode(path: Path) -> int:
    """The mode the file would get from open(): the old file's, else 0666
    less the umask (a temporary file is created 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class TextOutput(Protocol):
    """Where records are written: ``sys.stdout`` or an :func:`atomic_output`."""

    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


class _Guarded:
    """A text file whose write errors are :class:`OutputError`."""

    def __init__(self, handle: IO[str], path: Path) -> None:
        self._handle = handle
        self._path = path

    def write(self, text: str, /) -> int:
        try:
            return self._handle.write(text)
        except OSError as e:
            raise write_error(self._path, e) from e

    def flush(self) -> None:
        try:
            self._handle.flush()
        except OSError as e:
            raise write_error(self._path, e) from e


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[TextOutput]:
    """Open ``path`` for writing UTF-8 text so that it is replaced atomically.

    Args:
        path: The file to (re)write.

    Yields:
        A text stream; on a normal exit it is flushed, synced and renamed
        over ``path``.  On an exception (KeyboardInterrupt included) the
        temporary file is removed and ``path`` keeps its old content.

    Raises:
        OutputError: ``output.unwritable`` when the file cannot be created,
            ``output.disk_full`` / ``output.write_failed`` when writing fails.
    """
    if _is_special(path):
        with _open_in_place(path) as stream:
            yield stream
        return
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
        )
    except OSError as e:
        raise OutputError(
            f"cannot write {str(path)!r}: {e.strerror or e}",
            code="output.unwritable",
        ) from e
    tmp = Path(tmp_name)
    handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
    try:
        yield _Guarded(handle, path)
        try:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.chmod(tmp, _new_file_mode(path))
            os.replace(tmp, path)
        except OSError as e:
            raise write_error(path, e) from e
    except BaseException:
        with contextlib.suppress(OSError):
            handle.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def _open_in_place(path: Path) -> Iterator[TextOutput]:
    try:
        handle = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as e:
        raise OutputError(
            f"cannot write {str(path)!r}: {e.strerror or e}",
            code="output.unwritable",
        ) from e
    try:
        yield _Guarded(handle, path)
        handle.close()
    except OSError as e:
        raise write_error(path, e) from e
    finally:
        with contextlib.suppress(OSError):
            handle.close()
