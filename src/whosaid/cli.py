"""The ``whosaid`` command line (Typer).

Commands:

* ``whosaid extract PATH... [--format table|json|jsonl] [-o FILE | --out-parquet DIR]
  [--workers N | --scheduler ADDRESS] [--debug]``
* ``whosaid eval polnear --data DIR [--split dev] [--limit N] [--format ...]``
* ``whosaid bench --data DIR [--limit 200] [--batch-size 16] [--format ...]``
* ``whosaid bench --workers 1,2 [PATH...] [--data DIR]`` (scaling bench)
* ``whosaid ingest PATH... | --from-parquet DIR [--workers N | --scheduler ADDRESS]``
* ``whosaid train ...`` (when :mod:`whosaid.attribution.train` provides it)
* ``whosaid --version``

Exit status of every command: 0 success; 1 at least one article failed (the
others are still written, the failed ones carry their ``error``); 2 usage
error (bad option or option value); 3 whosaid could not run (a model is
missing, the output cannot be written, an internal error).  A library error
is printed as one line, ``whosaid: error: CODE: MESSAGE``, on standard error;
``--debug`` prints the traceback instead and turns on debug logging.

spaCy and the models are imported inside the commands, so ``whosaid --help``
and ``whosaid --version`` stay fast.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import sys
import traceback
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from whosaid._version import __version__
from whosaid.deadline import DEFAULT_TIME_BUDGET
from whosaid.errors import WhosaidError
from whosaid.records import Article, Attribution

if TYPE_CHECKING:
    from whosaid.eval import EvalReport
    from whosaid.scale import ArticleSummary, RenderedArticle, ScaleSettings

__all__ = ["EXIT_ERROR", "EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "app", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_ERROR = 3

DEFAULT_BATCH_SIZE = 16
DEFAULT_BENCH_LIMIT = 200

_EXIT_STATUS_HELP = (
    "Exit status: 0 all articles analyzed; "
    "1 at least one article failed (all others are still written, and each "
    "failed article is written with its error); "
    "2 usage error (bad option or option value; a missing or unreadable input "
    "path is a failed article, not a usage error); "
    "3 whosaid could not run (model missing, output not writable, internal "
    "error)."
)


class OutputFormat(StrEnum):
    """Formats of ``whosaid extract``."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


class ReportFormat(StrEnum):
    """Formats of the ``eval`` and ``bench`` reports."""

    TABLE = "table"
    JSON = "json"


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


# --- shared helpers ----------------------------------------------------------


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"whosaid {__version__}")
        raise typer.Exit(EXIT_OK)


_DebugOption = Annotated[
    bool, typer.Option("--debug", help="Show tracebacks and debug logging.")
]
_BatchSizeOption = Annotated[
    int, typer.Option(min=1, help="Articles per spaCy batch.", metavar="N")
]
_ActorsOption = Annotated[
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


def _actor_files(files: Sequence[Path] | None) -> tuple[str, ...]:
    """Check users' actor files up front: a bad one is a usage error (2)."""
    from whosaid.actors.knowledge import check_user_actors
    from whosaid.errors import ConfigError

    out: list[str] = []
    for f in files or ():
        try:
            check_user_actors(f)
        except ConfigError as e:
            typer.echo(f"error: --actors: {e.message}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
        out.append(str(f))
    return tuple(out)


_WorkersOption = Annotated[
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
_TimeBudgetOption = Annotated[
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
_SchedulerOption = Annotated[
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
_PolnearDataOption = Annotated[
    Path,
    typer.Option(
        "--data",
        exists=True,
        file_okay=False,
        help="The PolNeAR data folder (holding train/, dev/...).",
        metavar="DIR",
    ),
]


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


def _die(error: BaseException, *, debug: bool) -> NoReturn:
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


def _warn(message: str) -> None:
    typer.echo(f"whosaid: warning: {message}", err=True)


def _scale_settings(
    workers: int | None,
    scheduler: str | None,
    batch_size: int,
    actor_files: Sequence[str] = (),
    time_budget: float = DEFAULT_TIME_BUDGET,
) -> ScaleSettings:
    """The run's :class:`~whosaid.scale.ScaleSettings` from the options."""
    from whosaid.scale import ScaleSettings, default_workers

    return ScaleSettings(
        workers=workers or default_workers(),
        scheduler=scheduler,
        batch_size=batch_size,
        actor_files=tuple(actor_files),
        time_budget=time_budget or None,
    )


def _failure_summary(
    failed: Sequence[Article] | Sequence[ArticleSummary], total: int
) -> str:
    first = failed[0]
    assert first.error is not None
    more = f" (first: {first.path or first.id}: {first.error.code})"
    return f"{len(failed)} of {total} articles failed{more}"


# --- extract -----------------------------------------------------------------


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _terminal_width() -> int:
    from whosaid.render import DEFAULT_WIDTH

    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


class _Writer:
    """Streams articles in one format, one article at a time."""

    def __init__(self, stream: IO[str], fmt: OutputFormat, width: int) -> None:
        self.stream = stream
        self.fmt = fmt
        self.width = width
        self.count = 0

    def write(self, rendered: RenderedArticle) -> None:
        """Write one article, rendered by a worker in this writer's format."""
        if self.fmt is OutputFormat.JSON:
            self.stream.write("[\n" if self.count == 0 else ",\n")
        elif self.fmt is OutputFormat.TABLE and self.count:
            self.stream.write("\n")
        self.stream.write(rendered.text)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt is OutputFormat.JSON:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


@contextlib.contextmanager
def _open_output(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    try:
        handle = open(output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as e:
        raise WhosaidError(
            f"cannot write {str(output)!r}: {e.strerror or e}",
            code="output.unwritable",
        ) from e
    with handle:
        yield handle


@app.command(epilog=_EXIT_STATUS_HELP)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help=(
                "Articles to read: .txt files, .html/.htm pages, .jsonl files "
                '(one {"text" or "html", "id", "url", "date"} object per line), '
                "directories (searched recursively for those) or - for "
                "standard input."
            ),
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=(
                "table (one block per article: speaker | cue | quote), json "
                "(one array of article records) or jsonl (one record per "
                "line).  Default: table when writing to a terminal, else jsonl."
            ),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            help="Write to FILE instead of standard output.",
            metavar="FILE",
        ),
    ] = None,
    out_parquet: Annotated[
        Path | None,
        typer.Option(
            "--out-parquet",
            file_okay=False,
            help=(
                "Write partitioned Parquet (articles/, attributions/, actors/ "
                "under DIR, one file per batch, written by the workers) "
                "instead of records on standard output; prints a summary.  "
                "Needs pip install whosaid[parquet].  Load it with whosaid "
                "ingest --from-parquet DIR."
            ),
            metavar="DIR",
        ),
    ] = None,
    workers: _WorkersOption = None,
    scheduler: _SchedulerOption = None,
    batch_size: _BatchSizeOption = DEFAULT_BATCH_SIZE,
    actors: _ActorsOption = None,
    time_budget: _TimeBudgetOption = DEFAULT_TIME_BUDGET,
    debug: _DebugOption = False,
) -> None:
    """Extract attributions (who said what) and actors from news articles.

    Every input gives one article record, in input order; an input that
    cannot be read or analyzed gives a record with its error set.  Inputs
    are streamed: memory is bounded by the batch size, not the corpus.
    """
    fmt = output_format
    if fmt is None:
        to_terminal = output is None and _stdout_is_terminal()
        fmt = OutputFormat.TABLE if to_terminal else OutputFormat.JSONL
    actor_files = _actor_files(actors)
    if out_parquet is not None and (output is not None or output_format is not None):
        raise typer.BadParameter(
            "--out-parquet writes Parquet instead of records: drop --output "
            "and --format",
            param_hint="'--out-parquet'",
        )
    settings = _scale_settings(workers, scheduler, batch_size, actor_files, time_budget)
    with _logging(debug):
        try:
            if out_parquet is not None:
                failed = _extract_parquet(paths, out_parquet, settings)
            else:
                failed = _extract(paths, fmt, output, settings)
        except Exception as e:
            _die(e, debug=debug)
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _extract(
    paths: Sequence[str],
    fmt: OutputFormat,
    output: Path | None,
    settings: ScaleSettings,
) -> int:
    """Run the pipeline over ``paths`` and write the records; return failures."""
    from whosaid.ingest import iter_inputs
    from whosaid.scale import analyze_rendered

    failed: list[ArticleSummary] = []
    with _open_output(output) as stream:
        writer = _Writer(stream, fmt, _terminal_width())
        for rendered in analyze_rendered(
            iter_inputs(paths), settings, fmt=fmt.value, width=writer.width
        ):
            writer.write(rendered)
            if rendered.summary.error is not None:
                failed.append(rendered.summary)
        writer.close()
    if failed:
        _warn(_failure_summary(failed, writer.count))
    return len(failed)


def _extract_parquet(paths: Sequence[str], out: Path, settings: ScaleSettings) -> int:
    """Analyze ``paths`` into Parquet under ``out``; return the failures."""
    from whosaid.ingest import iter_inputs
    from whosaid.scale import analyze_to_parquet

    failed: list[ArticleSummary] = []
    total = attributions = 0
    for summary in analyze_to_parquet(iter_inputs(paths), out, settings):
        total += 1
        attributions += summary.attributions
        if summary.error is not None:
            failed.append(summary)
    if failed:
        _warn(_failure_summary(failed, total))
    typer.echo(
        f"{total} articles ({total - len(failed)} analyzed, {len(failed)} failed, "
        f"{attributions} attributions) -> {out}"
    )
    return len(failed)


# --- eval --------------------------------------------------------------------


@eval_app.command("polnear", epilog="Exit status: 0 done; 2 usage error; 3 error.")
def eval_polnear(
    data: _PolnearDataOption,
    split: Annotated[str, typer.Option(help="The split to score.")] = "dev",
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Score only the first N documents.", metavar="N"),
    ] = None,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ReportFormat.TABLE,
    batch_size: _BatchSizeOption = DEFAULT_BATCH_SIZE,
    debug: _DebugOption = False,
) -> None:
    """Score whosaid on a PolNeAR split (attribution precision/recall/F1).

    Runs the whole pipeline over the split's texts (ids are the file stems)
    and prints the scores.  Articles that fail count as predicting nothing
    and are reported on standard error.
    """
    text_dir = data / split / "text"
    if not text_dir.is_dir():
        raise typer.BadParameter(
            f"no {split}/text folder in {str(data)!r}", param_hint="'--split'"
        )
    with _logging(debug):
        try:
            report = _eval_polnear(data, split, limit, batch_size)
        except Exception as e:
            _die(e, debug=debug)
    if output_format is ReportFormat.JSON:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format_table())


def _eval_polnear(
    data: Path, split: str, limit: int | None, batch_size: int
) -> EvalReport:
    from whosaid.eval import evaluate_polnear
    from whosaid.eval.polnear import annotators_by_document
    from whosaid.pipeline import process_many
    from whosaid.records import RawArticle

    # The documents evaluate_polnear scores, in its order: those with at
    # least one annotation file, sorted by name.
    names = [n for n, anns in annotators_by_document(data, split).items() if anns]
    if limit is not None:
        names = names[:limit]
    failed: list[Article] = []

    def predict(texts: Sequence[str]) -> list[tuple[Attribution, ...]]:
        ids = names if len(names) == len(texts) else [None] * len(texts)
        raws = [
            RawArticle(
                id=name or f"{split}-{i}",
                path=str(data / split / "text" / f"{name}.txt") if name else None,
                text=text,
            )
            for i, (name, text) in enumerate(zip(ids, texts, strict=True))
        ]
        out: list[tuple[Attribution, ...]] = []
        for article in process_many(raws, batch_size=batch_size):
            if article.error is not None:
                failed.append(article)
            out.append(article.attributions)
        return out

    report = evaluate_polnear(data, split, predict, limit=limit)
    if failed:
        _warn(_failure_summary(failed, report.documents))
    return report


# --- bench -------------------------------------------------------------------


def _worker_counts(value: str | None) -> list[int] | None:
    if value is None:
        return None
    try:
        counts = [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        raise typer.BadParameter(
            f"expected worker counts such as 1,2; got {value!r}",
            param_hint="'--workers'",
        )
    return counts


@app.command(epilog="Exit status: 0 done; 2 usage error; 3 error.")
def bench(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATH]...",
            help=(
                "With --workers: inputs as for whosaid extract (files, "
                "folders, .jsonl(.gz), .warc(.gz)), streamed; else use --data."
            ),
            show_default=False,
        ),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            exists=True,
            file_okay=False,
            help=(
                "A folder of .txt articles (searched recursively), or the "
                "PolNeAR data folder (its dev/text is used)."
            ),
            metavar="DIR",
        ),
    ] = None,
    workers: Annotated[
        str | None,
        typer.Option(
            "--workers",
            help=(
                "Scaling bench: comma-separated worker counts (e.g. 1,2).  "
                "Times the same texts on a local Dask cluster of each size "
                "(warm-up untimed) and prints articles/s, words/s, the "
                "scaling efficiency, each worker's peak RSS and the cores "
                "needed for 300,000 articles a day."
            ),
            metavar="N,N",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option(min=1, help="Use the first N articles.", metavar="N")
    ] = DEFAULT_BENCH_LIMIT,
    batch_size: _BatchSizeOption = DEFAULT_BATCH_SIZE,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ReportFormat.TABLE,
    debug: _DebugOption = False,
) -> None:
    """Time the whole whosaid pipeline against bare spaCy on the same texts.

    In one process: bare spaCy (the shipped model, nlp.pipe), then whosaid
    (process_many: cleaning, parsing, attributions, speakers), then bare
    spaCy again; the bare figure is the mean of its two runs.  Each side is
    warmed up first (model loading is not timed).  Prints articles/s and
    words/s (words = \\w+ runs), the throughput ratio whosaid/bare (target
    >= 0.7) and the peak RSS after each phase.
    """
    counts = _worker_counts(workers)
    if counts is not None:
        _scale_bench(paths or [], data, counts, limit, batch_size, output_format, debug)
        return
    if paths:
        raise typer.BadParameter(
            "PATHs are for the scaling bench (--workers); use --data DIR",
            param_hint="'PATH'",
        )
    if data is None:
        raise typer.BadParameter("--data DIR is required", param_hint="'--data'")
    from whosaid.bench import bench_files, read_texts, run_bench

    files = bench_files(data, limit=limit)
    if not files:
        raise typer.BadParameter(
            f"no .txt files under {str(data)!r}", param_hint="'--data'"
        )
    with _logging(debug):
        try:
            report = run_bench(read_texts(files), batch_size=batch_size)
        except Exception as e:
            _die(e, debug=debug)
    if output_format is ReportFormat.JSON:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format_table())


def _scale_bench(
    paths: Sequence[str],
    data: Path | None,
    counts: Sequence[int],
    limit: int,
    batch_size: int,
    output_format: ReportFormat,
    debug: bool,
) -> None:
    """The scaling bench: the same inputs on each worker count."""
    from itertools import islice

    from whosaid.bench import bench_files
    from whosaid.ingest import Ingested, iter_inputs
    from whosaid.scale.bench import WARMUP_TEXTS, run_scale_bench

    sources = list(paths)
    if data is not None:
        sources += [str(p) for p in bench_files(data)]
    if not sources:
        raise typer.BadParameter(
            "give PATHs or --data DIR to benchmark", param_hint="'PATH'"
        )

    def make_items() -> Iterator[Any]:
        return islice(iter_inputs(sources), limit)

    warmup = [
        item.article.text or item.article.html or ""
        for item in islice(make_items(), WARMUP_TEXTS)
        if isinstance(item, Ingested)
    ]
    with _logging(debug):
        try:
            report = run_scale_bench(
                make_items,
                counts,
                batch_size=batch_size,
                warmup=warmup,
                progress=lambda line: typer.echo(line, err=True),
            )
        except Exception as e:
            _die(e, debug=debug)
    if output_format is ReportFormat.JSON:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format_table())


# --- train -------------------------------------------------------------------


@app.command(epilog="Exit status: 0 done; 2 usage error; 3 error.")
def train(
    data: _PolnearDataOption,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            file_okay=False,
            help=(
                "Where to write cue.crfsuite, role.crfsuite and model.json; "
                "use src/whosaid/attribution/data to replace the shipped model."
            ),
            metavar="DIR",
        ),
    ],
    split: Annotated[str, typer.Option(help="The split to learn from.")] = "train",
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Use only the first N articles.", metavar="N"),
    ] = None,
    max_iterations: Annotated[
        int | None,
        typer.Option(min=1, help="L-BFGS iterations (default: 120).", metavar="N"),
    ] = None,
    debug: _DebugOption = False,
) -> None:
    """Retrain the attribution model (two CRFs) on a PolNeAR split.

    Parses every article with the run-time spaCy pipeline, then trains the
    cue tagger and the per-cue role tagger (about 30 minutes on PolNeAR
    train with 2 CPU cores).  Use another folder than the shipped model with
    ``process(..., model_dir=DIR)`` or the ``WHOSAID_MODEL_DIR`` variable.
    """
    if split == "test":
        raise typer.BadParameter(
            "the test split is held back for independent measurement",
            param_hint="'--split'",
        )
    if not (data / split / "text").is_dir():
        raise typer.BadParameter(
            f"no {split}/text folder in {str(data)!r}", param_hint="'--split'"
        )
    from whosaid.attribution.train import train_from_polnear

    params = {"max_iterations": max_iterations} if max_iterations else None
    with _logging(debug):
        try:
            stats = train_from_polnear(
                data,
                out,
                split=split,
                limit=limit,
                params=params,
                progress=lambda line: typer.echo(line, err=True),
            )
        except Exception as e:
            _die(e, debug=debug)
    typer.echo(
        f"trained on {stats.documents} articles ({stats.role_sequences} "
        f"attributions, {stats.negative_sequences} negative windows) "
        f"in {stats.seconds:.0f} s -> {out}"
    )


def _register_serve() -> None:
    # FastAPI and uvicorn are imported by serve_cmd only when it runs.
    from whosaid.api.serve import serve_cmd

    app.command("serve")(serve_cmd)


_register_serve()


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``whosaid`` command line (the console script's entry point)."""
    app(args=list(argv) if argv is not None else None, prog_name="whosaid")


# --- corpus database: ingest, quotes, export, reprocess, db migrate ------------

if TYPE_CHECKING:
    from whosaid.store import IngestStats

DEFAULT_DB = Path("whosaid.db")
EXIT_INTERRUPTED = 130

db_app = typer.Typer(
    help="Manage the corpus database.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(db_app, name="db")

_DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        dir_okay=False,
        help="The corpus database (an SQLite file).",
        metavar="FILE",
    ),
]
_STORE_EXIT_HELP = (
    "Exit status: 0 done; 1 at least one article failed (recorded in the "
    "failures table); 2 usage error; 3 error (database unusable, output not "
    "writable, model missing); 130 interrupted (finished articles are kept)."
)


class QuotesFormat(StrEnum):
    """Formats of ``whosaid quotes``."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


class ExportFileFormat(StrEnum):
    """Formats of ``whosaid export``."""

    CSV = "csv"
    JSONL = "jsonl"
    PARQUET = "parquet"


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _count_inputs(paths: Sequence[str]) -> int | None:
    """Roughly how many articles ``paths`` hold (for the ETA); None if unknown."""
    import gzip
    import os

    from whosaid.ingest.read import STDIN_PATH, input_kind, is_input_name

    def in_file(path: Path) -> int:
        kind = input_kind(path.name)
        if kind not in ("jsonl", "jsonl.gz"):
            return 1  # a WARC file counts as one: counting would read it all
        try:
            opener = gzip.open if kind == "jsonl.gz" else open
            with opener(path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        except (OSError, EOFError):
            return 1

    total = 0
    for given in paths:
        if given == STDIN_PATH:
            total += 1
            continue
        root = Path(given)
        if not root.is_dir():
            total += in_file(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.startswith(".") and is_input_name(name):
                    total += in_file(Path(dirpath, name))
    return total


class _IngestProgress:
    """One self-rewriting status line on standard error (a terminal)."""

    def __init__(self, total: int | None, *, interval: float = 0.25) -> None:
        self.total = total
        self.interval = interval
        self.last = -interval
        self.shown = False
        self.latest: IngestStats | None = None

    def __call__(self, stats: IngestStats) -> None:
        self.latest = stats
        if stats.seconds - self.last >= self.interval:
            self.last = stats.seconds
            self._show(stats)

    def _show(self, stats: IngestStats) -> None:
        rate = stats.done / stats.seconds if stats.seconds > 0 else 0.0
        line = (
            f"{stats.done}"
            + (f"/{self.total}" if self.total else "")
            + f" articles ({stats.stored} stored, {stats.skipped} skipped, "
            f"{stats.failed} failed), {rate:.1f}/s"
        )
        if self.total and rate > 0 and stats.done < self.total:
            left = int((self.total - stats.done) / rate)
            line += f", ETA {left // 3600:d}:{left // 60 % 60:02d}:{left % 60:02d}"
        sys.stderr.write("\r" + line[: _terminal_width() - 1] + "\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        """Show the final counts and end the line."""
        if self.latest is not None:
            self._show(self.latest)
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


@app.command("ingest", epilog=_STORE_EXIT_HELP)
def ingest_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH",
            help=(
                "Articles to read, as for whosaid extract: .txt, .html/.htm, "
                ".jsonl(.gz), .warc(.gz) files, directories, or - for "
                "standard input."
            ),
            show_default=False,
        ),
    ] = None,
    db: _DbOption = DEFAULT_DB,
    from_parquet: Annotated[
        Path | None,
        typer.Option(
            "--from-parquet",
            exists=True,
            file_okay=False,
            help=(
                "Load a folder written by whosaid extract --out-parquet "
                "instead of analyzing PATHs (article ids already stored are "
                "skipped)."
            ),
            metavar="DIR",
        ),
    ] = None,
    workers: _WorkersOption = None,
    scheduler: _SchedulerOption = None,
    batch_size: _BatchSizeOption = DEFAULT_BATCH_SIZE,
    actors: _ActorsOption = None,
    time_budget: _TimeBudgetOption = DEFAULT_TIME_BUDGET,
    debug: _DebugOption = False,
) -> None:
    """Analyze articles into the corpus database (created if missing).

    Inputs whose content is already stored are skipped before analysis, so
    an interrupted run can simply be run again.  Articles are analyzed on
    --workers processes (or a --scheduler cluster) and stored by this
    process, the database's one writer, each in its own transaction as soon
    as it comes back; inputs that cannot be read or analyzed go to the
    failures table.  Shows progress on standard error when it is a
    terminal, then prints a summary.
    """
    from whosaid.ingest import iter_inputs
    from whosaid.scale import ScaledPipeline
    from whosaid.store import IngestStats, Store, ingest

    actor_files = _actor_files(actors)
    if bool(paths) == (from_parquet is not None):
        raise typer.BadParameter(
            "give either PATHs to analyze or --from-parquet DIR",
            param_hint="'PATH' / '--from-parquet'",
        )
    paths = paths or []
    settings = _scale_settings(workers, scheduler, batch_size, actor_files, time_budget)
    total = None if from_parquet is not None else _count_inputs(paths)
    progress = _IngestProgress(total) if _stderr_is_terminal() else None
    last = IngestStats()

    def track(stats: IngestStats) -> None:
        nonlocal last
        last = stats
        if progress is not None:
            progress(stats)

    with _logging(debug):
        try:
            with Store(db) as store:
                if from_parquet is not None:
                    from whosaid.scale.parquet import load_parquet

                    last = load_parquet(store, from_parquet, progress=track)
                else:
                    last = ingest(
                        store,
                        iter_inputs(paths),
                        ScaledPipeline(settings),
                        progress=track,
                    )
        except KeyboardInterrupt:
            if progress is not None:
                progress.close()
            typer.echo(
                f"interrupted: {last.stored} stored, {last.skipped} skipped "
                f"(already stored), {last.failed} failed -> {db}",
                err=True,
            )
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as e:
            if progress is not None:
                progress.close()
            _die(e, debug=debug)
    if progress is not None:
        progress.close()
    typer.echo(
        f"{last.stored} stored, {last.skipped} skipped (already stored), "
        f"{last.failed} failed -> {db}"
    )
    if last.failed:
        raise typer.Exit(EXIT_FAILED)


def _day_option(value: str | None, name: str) -> str | None:
    from whosaid.store.queries import parse_day

    if value is None:
        return None
    try:
        return parse_day(value, name=name)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=f"'--{name}'") from None


@app.command("quotes", epilog="Exit status: 0 done; 2 usage error; 3 error.")
def quotes_command(
    db: _DbOption = DEFAULT_DB,
    speaker: Annotated[
        str | None,
        typer.Option(help="Part of the speaker's name (any case).", metavar="NAME"),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="The speaker's actor code.", metavar="CODE"),
    ] = None,
    about: Annotated[
        str | None,
        typer.Option(
            help="Words that must all occur in the quote (full-text search).",
            metavar="WORDS",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="First article date (inclusive).", metavar="YYYY-MM-DD"),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="Last article date (inclusive).", metavar="YYYY-MM-DD"),
    ] = None,
    limit: Annotated[
        int, typer.Option(min=0, help="At most N quotes.", metavar="N")
    ] = 50,
    offset: Annotated[
        int, typer.Option(min=0, help="Skip the first N quotes.", metavar="N")
    ] = 0,
    output_format: Annotated[
        QuotesFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=(
                "table, json (one array), jsonl or csv.  Default: table on a "
                "terminal, else jsonl."
            ),
            show_default=False,
        ),
    ] = None,
    debug: _DebugOption = False,
) -> None:
    """Find quotes in the corpus database, newest articles first."""
    from whosaid.store import open_read_only, search_quotes
    from whosaid.store.render import (
        quotes_csv,
        quotes_json,
        quotes_jsonl,
        quotes_table,
    )

    since_day = _day_option(since, "since")
    until_day = _day_option(until, "until")
    fmt = output_format or (
        QuotesFormat.TABLE if _stdout_is_terminal() else QuotesFormat.JSONL
    )
    with _logging(debug):
        try:
            conn = open_read_only(db)
            try:
                found = search_quotes(
                    conn,
                    speaker=speaker,
                    actor=actor,
                    about=about,
                    since=since_day,
                    until=until_day,
                    limit=limit,
                    offset=offset,
                )
            finally:
                conn.close()
        except Exception as e:
            _die(e, debug=debug)
    if fmt is QuotesFormat.TABLE:
        typer.echo(quotes_table(found, width=_terminal_width()))
    elif fmt is QuotesFormat.JSON:
        typer.echo(quotes_json(found))
    elif fmt is QuotesFormat.JSONL:
        typer.echo(quotes_jsonl(found), nl=False)
    else:
        typer.echo(quotes_csv(found), nl=False)


@app.command("export", epilog="Exit status: 0 done; 2 usage error; 3 error.")
def export_command(
    output_format: Annotated[
        ExportFileFormat,
        typer.Option(
            "--format",
            "-f",
            help="csv, jsonl or parquet (needs pip install whosaid[parquet]).",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            file_okay=False,
            help="The folder to write articles.EXT and attributions.EXT into.",
            metavar="DIR",
        ),
    ],
    db: _DbOption = DEFAULT_DB,
    debug: _DebugOption = False,
) -> None:
    """Export the articles and attributions tables to files."""
    from whosaid.store import open_read_only
    from whosaid.store.export import ExportFormat, export_tables

    with _logging(debug):
        try:
            conn = open_read_only(db)
            try:
                written = export_tables(conn, out, ExportFormat(output_format.value))
            finally:
                conn.close()
        except Exception as e:
            _die(e, debug=debug)
    for path in written:
        typer.echo(str(path))


@app.command("reprocess", epilog=_STORE_EXIT_HELP)
def reprocess_command(
    db: _DbOption = DEFAULT_DB,
    batch_size: _BatchSizeOption = DEFAULT_BATCH_SIZE,
    actors: _ActorsOption = None,
    debug: _DebugOption = False,
) -> None:
    """Analyze every stored input again with this whosaid and its models.

    Each article's results are replaced in one transaction; an article that
    now fails keeps its old results.  Stored failures with a raw input are
    retried too.
    """
    from whosaid.pipeline import Pipeline
    from whosaid.store import Store, open_read_only

    actor_files = _actor_files(actors)
    with _logging(debug):
        try:
            open_read_only(db).close()  # must exist and be current
            with Store(db, migrate=False) as store:
                stats = store.reprocess(
                    Pipeline.load(batch_size=batch_size, actor_files=actor_files)
                )
        except Exception as e:
            _die(e, debug=debug)
    typer.echo(
        f"{stats.reprocessed} reprocessed, {stats.recovered} recovered from "
        f"failures, {stats.failed} failed -> {db}"
    )
    if stats.failed:
        raise typer.Exit(EXIT_FAILED)


@db_app.command("migrate", epilog="Exit status: 0 done; 2 usage error; 3 error.")
def db_migrate_command(
    db: _DbOption = DEFAULT_DB,
    debug: _DebugOption = False,
) -> None:
    """Create the database or bring it to the current schema version."""
    from whosaid.store import Store

    with _logging(debug):
        try:
            with Store(db) as store:
                applied, version = store.applied, store.schema_version
        except Exception as e:
            _die(e, debug=debug)
    if applied:
        done = ", ".join(f"{v:04d}" for v in applied)
        typer.echo(f"{db}: schema version {version} (applied {done})")
    else:
        typer.echo(f"{db}: schema version {version} (up to date)")


# --- bench-queries -----------------------------------------------------------


@app.command("bench-queries", epilog="Exit status: 0 done; 2 usage error; 3 error.")
def bench_queries_command(
    db: _DbOption = DEFAULT_DB,
    queries: Annotated[
        int,
        typer.Option(min=1, help="Queries to draw and time.", metavar="N"),
    ] = 200,
    seed: Annotated[int, typer.Option(help="Seed of the query draw.", metavar="N")] = 0,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ReportFormat.TABLE,
    debug: _DebugOption = False,
) -> None:
    """Time quote searches on a corpus database (target: p95 under 50 ms).

    Draws N queries from the database itself (seeded: speakers frequent,
    rare and partial, 1-2 words from stored quotes, date ranges, and
    combinations), warms up, then times each through search_quotes on a
    read-only connection and through GET /api/v1/quotes (FastAPI TestClient,
    in process), interleaved.  Prints count, mean, p50, p95, p99 and max in
    ms per path, baselines (SELECT 1, get_article, GET /api/v1/articles/ID)
    with ratios, and whether p95 < 50 ms.
    """
    from whosaid.store.bench import run_query_bench

    with _logging(debug):
        try:
            report = run_query_bench(db, queries=queries, seed=seed)
        except Exception as e:
            _die(e, debug=debug)
    if output_format is ReportFormat.JSON:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(report.format_table())
