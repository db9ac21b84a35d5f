"""``whosaid bench`` (pipeline speed, worker scaling) and ``bench-queries``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from whosaid.cli._common import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_DB,
    SIMPLE_EXIT_HELP,
    BatchSizeOption,
    DbOption,
    DebugOption,
    ReportFormat,
    ReportFormatOption,
    app,
    echo_report,
    run_guarded,
)

DEFAULT_BENCH_LIMIT = 200


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


@app.command(epilog=SIMPLE_EXIT_HELP)
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
                "Times the same texts on local worker processes of each count "
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
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    output_format: ReportFormatOption = ReportFormat.TABLE,
    debug: DebugOption = False,
) -> None:
    """Time the whole whosaid pipeline against bare spaCy on the same texts.

    In one process: bare spaCy (the shipped model, nlp.pipe), then whosaid
    (process_many: cleaning, parsing, attributions, speakers), then bare
    spaCy again; the bare figure is the mean of its two runs.  Each side
    runs once over all the texts, untimed, before it is timed (model
    loading is not timed either).  Prints articles/s and words/s (words =
    \\w+ runs), the throughput ratio whosaid/bare (target >= 0.9), the
    ratio on CPU time, and the peak RSS after each phase.
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
    with run_guarded(debug):
        report = run_bench(read_texts(files), batch_size=batch_size)
    echo_report(report, output_format)


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
    with run_guarded(debug):
        report = run_scale_bench(
            make_items,
            counts,
            batch_size=batch_size,
            warmup=warmup,
            progress=lambda line: typer.echo(line, err=True),
        )
    echo_report(report, output_format)


@app.command("bench-queries", epilog=SIMPLE_EXIT_HELP)
def bench_queries_command(
    db: DbOption = DEFAULT_DB,
    queries: Annotated[
        int,
        typer.Option(min=1, help="Queries to draw and time.", metavar="N"),
    ] = 200,
    seed: Annotated[int, typer.Option(help="Seed of the query draw.", metavar="N")] = 0,
    output_format: ReportFormatOption = ReportFormat.TABLE,
    debug: DebugOption = False,
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

    with run_guarded(debug):
        report = run_query_bench(db, queries=queries, seed=seed)
    echo_report(report, output_format)
