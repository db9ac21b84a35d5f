"""What every ``whosaid`` command shares: the Typer apps, exit statuses,
option definitions, logging, and the one error wrapper (:func:`run_guarded`).

A command module adds its commands to :data:`app` (or a sub-app) with the
usual ``@app.command(...)`` decorator; :mod:`whosaid.cli` imports every
command module.  Shared options are ``Annotated`` aliases so that a new
option used by several commands is defined once, here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import click
import typer

from whosaid._version import __version__
from whosaid.deadline import DEFAULT_TIME_BUDGET
from whosaid.errors import WhosaidError

if TYPE_CHECKING:
    from whosaid.records import Article
    from whosaid.scale import ArticleSummary, ScaleSettings

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_ERROR = 3
EXIT_INTERRUPTED = 130

DEFAULT_BATCH_SIZE = 16
DEFAULT_DB = Path("whosaid.db")

EXIT_STATUS_HELP = (
    "Exit status: 0 all articles analyzed; "
    "1 at least one article failed (all others are still written, and each "
    "failed article is written with its error); "
    "2 usage error (bad option or option value; a missing or unreadable input "
    "path is a failed article, not a usage error); "
    "3 whosaid could not run (model missing, output not writable, internal "
    "error); 130 interrupted (an --output file is left as it was)."
)
SIMPLE_EXIT_HELP = "Exit status: 0 done; 2 usage error; 3 error."
STORE_EXIT_HELP = (
    "Exit status: 0 done; 1 at least one article failed (recorded in the "
    "failures table); 2 usage error; 3 error (database unusable, output not "
    "writable, model missing); 130 interrupted (finished articles are kept)."
)


class SchemeName(StrEnum):
    """The attribution schemes (:mod:`whosaid.scheme`)."""

    NEWS = "news"
    POLNEAR = "polnear"


class ReportFormat(StrEnum):
    """Formats of the ``eval`` and ``bench`` reports."""

    TABLE = "table"
    JSON = "json"


# --- the apps ----------------------------------------------------------------

app = typer.Typer(
    name="whosaid",
    help="whosaid: who said what, to or about whom, in news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
eval_app = typer.Typer(
    help="Score whosaid against annotated corpora.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(eval_app, name="eval")
db_app = typer.Typer(
    help="Manage the corpus database.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(db_app, name="db")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"whosaid {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """whosaid: who said what, to or about whom, in news articles."""


# --- shared options ----------------------------------------------------------
# An option used by several commands is defined once, here, as an Annotated
# alias, and each command takes it as a parameter (``time_budget:
# TimeBudgetOption = DEFAULT_TIME_BUDGET``).  The confidence floor (extract,
# ingest, quotes) is MinConfidenceOption.  Planned: a reference date (extract).

DebugOption = Annotated[
    bool, typer.Option("--debug", help="Show tracebacks and debug logging.")
]
BatchSizeOption = Annotated[
    int, typer.Option(min=1, help="Articles per spaCy batch.", metavar="N")
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        dir_okay=False,
        help=(
            "An actor file (CSV, TSV or YAML with columns pattern, name, "
            "country, igo, sector, type) that extends or overrides the "
            "shipped actor knowledge; repeatable, later files win."
        ),
        metavar="FILE",
        show_default=False,
    ),
]
VerbsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--verbs",
        dir_okay=False,
        help=(
            "A verb file (CSV or TSV with columns pattern, code: a verb and "
            "the words that must follow it, and a CAMEO code) that extends "
            "or overrides the shipped event verb patterns; repeatable."
        ),
        metavar="FILE",
        show_default=False,
    ),
]
TimeBudgetOption = Annotated[
    float,
    typer.Option(
        "--time-budget",
        min=0.0,
        help=(
            "Seconds one article may take; an article past it fails with "
            "error nlp.timeout and the run goes on.  0: no limit."
        ),
        metavar="SECONDS",
    ),
]
SchemeOption = Annotated[
    SchemeName,
    typer.Option(
        "--scheme",
        help=(
            "The attribution scheme: news (what a news reader wants "
            "attributed: statements and claims with their source) or polnear "
            "(PolNeAR's broader convention: acts, stances, intentions, one-word "
            "contents and agentless passives too)."
        ),
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help=(
            "Worker processes (a local Dask cluster, one thread each; default: "
            "the machine's cores).  1 runs in this process, and so does an "
            "input of fewer than two batches (starting a cluster would cost "
            "more than it saves); the records are the same either way."
        ),
        metavar="N",
        show_default=False,
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help=(
            "Run on an existing Dask cluster (e.g. tcp://host:8786, started "
            "with dask scheduler / dask worker); --workers is then ignored."
        ),
        metavar="ADDRESS",
    ),
]
PolnearDataOption = Annotated[
    Path,
    typer.Option(
        "--data",
        exists=True,
        file_okay=False,
        help="The PolNeAR data folder (holding train/, dev/...).",
        metavar="DIR",
    ),
]
DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        dir_okay=False,
        help="The corpus database (an SQLite file).",
        metavar="FILE",
    ),
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help=(
            "Keep only attributions at least this confident: confidence is "
            "calibrated, 0.8 keeps those right about 80%% of the time or more."
        ),
        metavar="P",
        show_default=False,
    ),
]
ReportFormatOption = Annotated[
    ReportFormat, typer.Option("--format", "-f", help="table or json.")
]


# --- logging and errors ------------------------------------------------------


class _BriefFormatter(logging.Formatter):
    """``whosaid: LEVEL: message``, without tracebacks (those need --debug)."""

    def formatException(self, ei: object) -> str:
        return ""

    def formatStack(self, stack_info: str) -> str:
        return ""


@contextlib.contextmanager
def _logging(debug: bool) -> Iterator[None]:
    """Route the ``whosaid`` loggers to standard error for one command."""
    logger = logging.getLogger("whosaid")
    handler = logging.StreamHandler(sys.stderr)
    if debug:
        handler.setFormatter(
            logging.Formatter("whosaid: %(levelname)s: %(name)s: %(message)s")
        )
    else:
        handler.setFormatter(_BriefFormatter("whosaid: %(levelname)s: %(message)s"))
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logger.propagate = old_propagate


def die(error: BaseException, *, debug: bool) -> NoReturn:
    """Report an error that stops the command, then exit with status 3."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    elif isinstance(error, WhosaidError):
        typer.echo(f"whosaid: error: {error.code}: {error.message}", err=True)
    else:
        typer.echo(
            f"whosaid: error: internal: {type(error).__name__}: {error}", err=True
        )
    raise typer.Exit(EXIT_ERROR)


@contextlib.contextmanager
def run_guarded(
    debug: bool, *, cleanup: Callable[[], None] | None = None
) -> Iterator[None]:
    """The one error wrapper of every command.

    Routes the ``whosaid`` loggers to standard error (debug logging with
    ``debug``) and turns an exception into one line
    ``whosaid: error: CODE: MESSAGE`` and exit status 3 (``debug``: the
    traceback).  Typer's own exits and usage errors, and KeyboardInterrupt,
    pass through untouched (a command that reports an interruption catches
    it around this block).  ``cleanup`` runs before the error is reported
    (e.g. to end a progress line).
    """
    with _logging(debug):
        try:
            yield
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:
            if cleanup is not None:
                cleanup()
            die(e, debug=debug)


def warn(message: str) -> None:
    """``whosaid: warning: MESSAGE`` on standard error."""
    typer.echo(f"whosaid: warning: {message}", err=True)


def echo_report(
    report: object,
    output_format: ReportFormat,
    *,
    extra: dict[str, str] | None = None,
) -> None:
    """Print a report with ``to_dict()`` / ``format_table()`` in a format
    (``extra``: fields the JSON opens with, such as the scheme scored)."""
    if output_format is ReportFormat.JSON:
        data = {**(extra or {}), **report.to_dict()}  # type: ignore[attr-defined]
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format_table())  # type: ignore[attr-defined]


# --- terminal ----------------------------------------------------------------


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def terminal_width() -> int:
    from whosaid.render import DEFAULT_WIDTH

    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


# --- option values -----------------------------------------------------------


def _checked_files(
    files: Sequence[Path] | None, check: Callable[[Path], object], option: str
) -> tuple[str, ...]:
    """Check users' files up front with ``check``: a bad one is a usage error (2)."""
    from whosaid.errors import ConfigError

    out: list[str] = []
    for f in files or ():
        try:
            check(f)
        except ConfigError as e:
            typer.echo(f"error: {option}: {e.message}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
        out.append(str(f))
    return tuple(out)


def actor_files(files: Sequence[Path] | None) -> tuple[str, ...]:
    """Check users' actor files up front: a bad one is a usage error (2)."""
    from whosaid.actors.knowledge import check_user_actors

    return _checked_files(files, check_user_actors, "--actors")


def verb_files(files: Sequence[Path] | None) -> tuple[str, ...]:
    """Check users' event verb files up front: a bad one is a usage error (2)."""
    from whosaid.events import check_user_verbs

    return _checked_files(files, check_user_verbs, "--verbs")


def scale_settings(
    workers: int | None,
    scheduler: str | None,
    batch_size: int,
    actors: Sequence[str] = (),
    verbs: Sequence[str] = (),
    time_budget: float = DEFAULT_TIME_BUDGET,
    scheme: SchemeName = SchemeName.NEWS,
) -> ScaleSettings:
    """The run's :class:`~whosaid.scale.ScaleSettings` from the options
    (``time_budget`` 0: no limit)."""
    from whosaid.scale import ScaleSettings, default_workers
    from whosaid.scheme import check_scheme

    return ScaleSettings(
        workers=workers or default_workers(),
        scheduler=scheduler,
        batch_size=batch_size,
        actor_files=tuple(actors),
        verb_files=tuple(verbs),
        time_budget=time_budget or None,
        scheme=check_scheme(scheme.value),
    )


def failure_summary(
    failed: Sequence[Article] | Sequence[ArticleSummary], total: int
) -> str:
    """``N of M articles failed (first: PATH: CODE)``."""
    first = failed[0]
    assert first.error is not None
    more = f" (first: {first.path or first.id}: {first.error.code})"
    return f"{len(failed)} of {total} articles failed{more}"
