"""The whosaid exception tree.  Every error carries a stable ``code``."""

from __future__ import annotations


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
