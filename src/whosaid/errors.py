"""The whosaid exception tree.  Every error carries a stable ``code``."""

from __future__ import annotations

import errno
from pathlib import Path


class WhosaidError(Exception):
    """Base class.  ``code`` is stable and documented (e.g. ``input.empty``)."""

    code = "whosaid.error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputError(WhosaidError):
    """The input cannot be analyzed (empty, binary, too large, no article...)."""

    code = "input.invalid"


class ConfigError(WhosaidError):
    code = "config.invalid"


class ModelError(WhosaidError):
    """A model (spaCy or the attribution model) is missing or unusable."""

    code = "model.unavailable"


class ProcessingError(WhosaidError):
    """An unexpected failure inside a pipeline stage, for one article."""

    code = "pipeline.failed"


class OutputError(WhosaidError):
    """An output file could not be written (``output.*`` codes)."""

    code = "output.write_failed"


_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def _is_disk_full(error: OSError) -> bool:
    # pyarrow raises OSError without errno, its message carrying the strerror
    return error.errno in _FULL or "No space left on device" in str(error)


def write_error(path: Path, error: OSError) -> OutputError:
    """The :class:`OutputError` for an OSError raised while writing ``path``:
    ``output.disk_full`` (ENOSPC, EDQUOT) or ``output.write_failed``."""
    reason = error.strerror or str(error)
    if _is_disk_full(error):
        return OutputError(
            f"disk full while writing {str(path)!r} ({reason}); "
            "the previous file, if any, is unchanged",
            code="output.disk_full",
        )
    return OutputError(
        f"cannot write {str(path)!r}: {reason}; "
        "the previous file, if any, is unchanged",
        code="output.write_failed",
    )
