"""``whosaid extract``: analyze articles into records (or Parquet)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from whosaid.cli import _common
from whosaid.cli._common import (
    DEFAULT_BATCH_SIZE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_STATUS_HELP,
    ActorsOption,
    BatchSizeOption,
    DebugOption,
    MinConfidenceOption,
    SchedulerOption,
    SchemeName,
    SchemeOption,
    TimeBudgetOption,
    VerbsOption,
    WorkersOption,
    actor_files,
    app,
    failure_summary,
    run_guarded,
    scale_settings,
    terminal_width,
    verb_files,
    warn,
)
from whosaid.cli.output import TextOutput, atomic_output
from whosaid.deadline import DEFAULT_TIME_BUDGET

if TYPE_CHECKING:
    from whosaid.scale import ArticleSummary, RenderedArticle, ScaleSettings


class OutputFormat(StrEnum):
    """Formats of ``whosaid extract``."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


class _Writer:
    """Streams articles in one format, one article at a time."""

    def __init__(
        self, stream: TextOutput, fmt: OutputFormat, width: int, *, wide: bool
    ) -> None:
        self.stream = stream
        self.fmt = fmt
        self.width = width
        self.wide = wide
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
def _open_output(output: Path | None) -> Iterator[TextOutput]:
    if output is None:
        yield sys.stdout
        return
    with atomic_output(output) as stream:
        yield stream


@app.command(epilog=EXIT_STATUS_HELP)
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
                "table (one block per article: speaker, how it was resolved, "
                "code, kind, confidence, cue, quote), json (one array of "
                "article records) or jsonl (one record per line).  Default: "
                "table when writing to a terminal, else jsonl."
            ),
            show_default=False,
        ),
    ] = None,
    wide: Annotated[
        bool,
        typer.Option(
            "--wide",
            help="Table: show whole quotes (wrapped) instead of shortening them.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            help=(
                "Write to FILE instead of standard output.  FILE is replaced "
                "only when the run ends; until then, and after an "
                "interruption or a write error, it keeps its old content."
            ),
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
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    actors: ActorsOption = None,
    verbs: VerbsOption = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The date (YYYY-MM-DD) of inputs that carry none in their record "
            "or file name: who held which office then codes the actors.",
            metavar="DATE",
        ),
    ] = None,
    min_confidence: MinConfidenceOption = None,
    time_budget: TimeBudgetOption = DEFAULT_TIME_BUDGET,
    scheme: SchemeOption = SchemeName.NEWS,
    debug: DebugOption = False,
) -> None:
    """Extract attributions (who said what), actors and events from news articles.

    Every input gives one article record, in input order; an input that
    cannot be read or analyzed gives a record with its error set.  Inputs
    are streamed: memory is bounded by the batch size, not the corpus.
    """
    fmt = output_format
    if fmt is None:
        to_terminal = output is None and _common.stdout_is_terminal()
        fmt = OutputFormat.TABLE if to_terminal else OutputFormat.JSONL
    files = actor_files(actors)
    if out_parquet is not None and (output is not None or output_format is not None):
        raise typer.BadParameter(
            "--out-parquet writes Parquet instead of records: drop --output "
            "and --format",
            param_hint="'--out-parquet'",
        )
    if out_parquet is not None and min_confidence is not None:
        raise typer.BadParameter(
            "--min-confidence filters records, not --out-parquet (filter "
            "later with whosaid quotes --min-confidence)",
            param_hint="'--min-confidence'",
        )
    from whosaid.actors.people import article_date

    if date is not None and article_date(date) != date:
        raise typer.BadParameter(
            f"not a YYYY-MM-DD date: {date!r}", param_hint="'--date'"
        )
    settings = scale_settings(
        workers,
        scheduler,
        batch_size,
        files,
        verb_files(verbs),
        time_budget=time_budget,
        scheme=scheme,
    )
    try:
        with run_guarded(debug):
            if out_parquet is not None:
                failed = _extract_parquet(paths, out_parquet, settings, date)
            else:
                failed = _extract(
                    paths,
                    fmt,
                    output,
                    settings,
                    wide=wide,
                    date=date,
                    floor=min_confidence,
                )
    except KeyboardInterrupt:
        if output is not None:
            message = f"output.interrupted: {str(output)!r} was left unchanged"
        else:
            message = "interrupted: the run was stopped"
        typer.echo(f"whosaid: error: {message}", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _extract(
    paths: Sequence[str],
    fmt: OutputFormat,
    output: Path | None,
    settings: ScaleSettings,
    *,
    wide: bool,
    date: str | None = None,
    floor: float | None = None,
) -> int:
    """Run the pipeline over ``paths`` and write the records; return failures."""
    from whosaid.actors.people import with_default_date
    from whosaid.ingest import iter_inputs
    from whosaid.scale import analyze_rendered

    failed: list[ArticleSummary] = []
    with _open_output(output) as stream:
        writer = _Writer(stream, fmt, terminal_width(), wide=wide)
        for rendered in analyze_rendered(
            with_default_date(iter_inputs(paths), date),
            settings,
            fmt=fmt.value,
            width=writer.width,
            wide=wide,
            min_confidence=floor,
        ):
            writer.write(rendered)
            if rendered.summary.error is not None:
                failed.append(rendered.summary)
        writer.close()
    if failed:
        warn(failure_summary(failed, writer.count))
    return len(failed)


def _extract_parquet(
    paths: Sequence[str], out: Path, settings: ScaleSettings, date: str | None = None
) -> int:
    """Analyze ``paths`` into Parquet under ``out``; return the failures."""
    from whosaid.actors.people import with_default_date
    from whosaid.ingest import iter_inputs
    from whosaid.scale import analyze_to_parquet

    failed: list[ArticleSummary] = []
    total = attributions = 0
    inputs = with_default_date(iter_inputs(paths), date)
    for summary in analyze_to_parquet(inputs, out, settings):
        total += 1
        attributions += summary.attributions
        if summary.error is not None:
            failed.append(summary)
    if failed:
        warn(failure_summary(failed, total))
    typer.echo(
        f"{total} articles ({total - len(failed)} analyzed, {len(failed)} failed, "
        f"{attributions} attributions) -> {out}"
    )
    return len(failed)
