"""The corpus database: ``ingest``, ``reprocess``, ``quotes``, ``export``,
``db migrate`` and ``serve``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from whosaid.cli import _common
from whosaid.cli._common import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_DB,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    SIMPLE_EXIT_HELP,
    STORE_EXIT_HELP,
    ActorsOption,
    BatchSizeOption,
    DbOption,
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
    db_app,
    run_guarded,
    scale_settings,
    terminal_width,
    verb_files,
)
from whosaid.deadline import DEFAULT_TIME_BUDGET


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


@app.command("ingest", epilog=STORE_EXIT_HELP)
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
    db: DbOption = DEFAULT_DB,
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
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    actors: ActorsOption = None,
    verbs: VerbsOption = None,
    min_confidence: MinConfidenceOption = None,
    time_budget: TimeBudgetOption = DEFAULT_TIME_BUDGET,
    scheme: SchemeOption = SchemeName.NEWS,
    debug: DebugOption = False,
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
    from whosaid.attribution.calibration import ConfidentPipeline
    from whosaid.cli.progress import IngestProgress, count_inputs
    from whosaid.ingest import iter_inputs
    from whosaid.scale import ScaledPipeline
    from whosaid.store import IngestStats, Store, ingest

    files = actor_files(actors)
    verb_paths = verb_files(verbs)
    if bool(paths) == (from_parquet is not None):
        raise typer.BadParameter(
            "give either PATHs to analyze or --from-parquet DIR",
            param_hint="'PATH' / '--from-parquet'",
        )
    paths = paths or []
    settings = scale_settings(
        workers,
        scheduler,
        batch_size,
        files,
        verb_paths,
        time_budget=time_budget,
        scheme=scheme,
    )
    progress: IngestProgress | None = None
    if _common.stderr_is_terminal():
        total = None if from_parquet is not None else count_inputs(paths)
        progress = IngestProgress(total)
    last = IngestStats()

    def track(stats: IngestStats) -> None:
        nonlocal last
        last = stats
        if progress is not None:
            progress(stats)

    def end_progress() -> None:
        if progress is not None:
            progress.close()

    try:
        with run_guarded(debug, cleanup=end_progress), Store(db) as store:
            if from_parquet is not None:
                from whosaid.scale.parquet import load_parquet

                last = load_parquet(store, from_parquet, progress=track)
            else:
                pipeline = ConfidentPipeline(ScaledPipeline(settings), min_confidence)
                last = ingest(store, iter_inputs(paths), pipeline, progress=track)
    except KeyboardInterrupt:
        end_progress()
        typer.echo(f"interrupted: {last.summary()} -> {db}", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    end_progress()
    typer.echo(f"{last.summary()} -> {db}")
    if last.failed:
        raise typer.Exit(EXIT_FAILED)


@app.command("reprocess", epilog=STORE_EXIT_HELP)
def reprocess_command(
    db: DbOption = DEFAULT_DB,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    actors: ActorsOption = None,
    verbs: VerbsOption = None,
    debug: DebugOption = False,
) -> None:
    """Analyze every stored input again with this whosaid and its models.

    Each article's results are replaced in one transaction; an article that
    now fails keeps its old results.  Stored failures with a raw input are
    retried too.
    """
    from whosaid.pipeline import Pipeline
    from whosaid.store import Store, open_read_only

    files = actor_files(actors)
    verb_paths = verb_files(verbs)
    with run_guarded(debug):
        open_read_only(db).close()  # must exist and be current
        with Store(db, migrate=False) as store:
            stats = store.reprocess(
                Pipeline.load(
                    batch_size=batch_size, actor_files=files, verb_files=verb_paths
                )
            )
    typer.echo(
        f"{stats.reprocessed} reprocessed, {stats.recovered} recovered from "
        f"failures, {stats.failed} failed -> {db}"
    )
    if stats.failed:
        raise typer.Exit(EXIT_FAILED)


def _day_option(value: str | None, name: str) -> str | None:
    from whosaid.store.queries import parse_day

    if value is None:
        return None
    try:
        return parse_day(value, name=name)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=f"'--{name}'") from None


@app.command("quotes", epilog=SIMPLE_EXIT_HELP)
def quotes_command(
    db: DbOption = DEFAULT_DB,
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
    min_confidence: MinConfidenceOption = None,
    debug: DebugOption = False,
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
        QuotesFormat.TABLE if _common.stdout_is_terminal() else QuotesFormat.JSONL
    )
    with run_guarded(debug):
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
                min_confidence=min_confidence,
            )
        finally:
            conn.close()
    if fmt is QuotesFormat.TABLE:
        typer.echo(quotes_table(found, width=terminal_width()))
    elif fmt is QuotesFormat.JSON:
        typer.echo(quotes_json(found))
    elif fmt is QuotesFormat.JSONL:
        typer.echo(quotes_jsonl(found), nl=False)
    else:
        typer.echo(quotes_csv(found), nl=False)


@app.command("export", epilog=SIMPLE_EXIT_HELP)
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
            help=(
                "The folder to write articles.EXT, attributions.EXT, actors.EXT "
                "and events.EXT into."
            ),
            metavar="DIR",
        ),
    ],
    db: DbOption = DEFAULT_DB,
    table: Annotated[
        list[str] | None,
        typer.Option(
            "--table",
            help=(
                "Export only this table (articles, attributions, actors, or "
                "events: the GDELT-like event table); repeatable."
            ),
            metavar="NAME",
            show_default=False,
        ),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Export the articles, attributions, actors and events tables to files."""
    from whosaid.store import open_read_only
    from whosaid.store.export import EXPORT_TABLES, ExportFormat, export_tables

    unknown = [t for t in table or () if t not in EXPORT_TABLES]
    if unknown:
        raise typer.BadParameter(
            f"{unknown[0]!r} is not a table; choose from {', '.join(EXPORT_TABLES)}",
            param_hint="'--table'",
        )
    with run_guarded(debug):
        conn = open_read_only(db)
        try:
            written = export_tables(
                conn,
                out,
                ExportFormat(output_format.value),
                tables=table or EXPORT_TABLES,
            )
        finally:
            conn.close()
    for path in written:
        typer.echo(str(path))


@db_app.command("migrate", epilog=SIMPLE_EXIT_HELP)
def db_migrate_command(
    db: DbOption = DEFAULT_DB,
    debug: DebugOption = False,
) -> None:
    """Create the database or bring it to the current schema version."""
    from whosaid.store import Store

    with run_guarded(debug), Store(db) as store:
        applied, version = store.applied, store.schema_version
    if applied:
        done = ", ".join(f"{v:04d}" for v in applied)
        typer.echo(f"{db}: schema version {version} (applied {done})")
    else:
        typer.echo(f"{db}: schema version {version} (up to date)")


def _register_serve() -> None:
    # FastAPI and uvicorn are imported by serve_cmd only when it runs.
    from whosaid.api.serve import serve_cmd

    app.command("serve")(serve_cmd)


_register_serve()
