"""The ``whosaid`` command line (Typer; tables and progress bars by rich).

Commands, by module:

* :mod:`~whosaid.cli.extract`: ``whosaid extract PATH... [--format
  table|json|jsonl] [--wide] [-o FILE | --out-parquet DIR] [--workers N |
  --scheduler ADDRESS]``
* :mod:`~whosaid.cli.store`: ``ingest``, ``reprocess``, ``quotes``,
  ``export``, ``db migrate``, ``serve``
* :mod:`~whosaid.cli.events`: ``events``, ``dyads`` (CAMEO-coded events)
* :mod:`~whosaid.cli.eval`: ``eval polnear``, ``eval events``
* :mod:`~whosaid.cli.bench`: ``bench`` (pipeline speed, ``--workers 1,2``
  scaling) and ``bench-queries``
* :mod:`~whosaid.cli.train`: ``train``
* :mod:`~whosaid.cli._common`: the Typer apps, exit statuses, shared options,
  the one error wrapper (:func:`~whosaid.cli._common.run_guarded`)

Exit status of every command: 0 success; 1 at least one article failed (the
others are still written, the failed ones carry their ``error``); 2 usage
error (bad option or option value); 3 whosaid could not run (a model is
missing, the output cannot be written, an internal error); 130 interrupted.
A library error is printed as one line, ``whosaid: error: CODE: MESSAGE``, on
standard error; ``--debug`` prints the traceback instead and turns on debug
logging.

spaCy and the models are imported inside the commands, so ``whosaid --help``
and ``whosaid --version`` stay fast.
"""

from __future__ import annotations

from collections.abc import Sequence

# Importing the command modules registers their commands on ``app``.
from whosaid.cli import bench, eval, events, extract, store, train  # noqa: F401
from whosaid.cli._common import (
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    app,
)

__all__ = [
    "EXIT_ERROR",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "app",
    "main",
]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``whosaid`` command line (the console script's entry point)."""
    app(args=list(argv) if argv is not None else None, prog_name="whosaid")
