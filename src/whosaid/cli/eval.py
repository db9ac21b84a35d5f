"""``whosaid eval ...``: score whosaid against annotated corpora."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from whosaid.cli._common import (
    DEFAULT_BATCH_SIZE,
    EXIT_FAILED,
    SIMPLE_EXIT_HELP,
    BatchSizeOption,
    DebugOption,
    PolnearDataOption,
    ReportFormat,
    ReportFormatOption,
    VerbsOption,
    echo_report,
    eval_app,
    failure_summary,
    run_guarded,
    verb_files,
    warn,
)

if TYPE_CHECKING:
    from whosaid.eval import EvalReport
    from whosaid.eval.events import GoldArticle
    from whosaid.records import Article, Attribution


@eval_app.command(
    "polnear", epilog="Exit status: 0 done; 1 gate failed; 2 usage error; 3 error."
)
def eval_polnear(
    data: PolnearDataOption,
    split: Annotated[str, typer.Option(help="The split to score.")] = "dev",
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Score only the first N documents.", metavar="N"),
    ] = None,
    output_format: ReportFormatOption = ReportFormat.TABLE,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    gate: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="A baseline report (JSON); exit 1 when end-to-end or content "
            "partial F1 falls more than 0.005 below it.",
            metavar="BASELINE",
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            dir_okay=False, help="Write the scores as a baseline.", metavar="FILE"
        ),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Score whosaid on a PolNeAR split (attribution precision/recall/F1).

    Runs the whole pipeline over the split's texts (ids are the file stems)
    and prints the scores and a reliability table (share of attributions
    right per confidence band).  Articles that fail count as predicting
    nothing and are reported on standard error.  Exit status 1: the --gate
    check failed.
    """
    from whosaid.eval.gate import check_gate, load_baseline
    from whosaid.eval.gate import write_baseline as save_baseline

    text_dir = data / split / "text"
    if not text_dir.is_dir():
        raise typer.BadParameter(
            f"no {split}/text folder in {str(data)!r}", param_hint="'--split'"
        )
    try:
        baseline = load_baseline(gate) if gate is not None else None
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="'--gate'") from None
    with run_guarded(debug):
        report = _eval_polnear(data, split, limit, batch_size)
    echo_report(report, output_format)
    if output_format is ReportFormat.TABLE:
        typer.echo()
        typer.echo(report.format_reliability())
    if write_baseline is not None:
        save_baseline(report, write_baseline)
    if baseline is not None:
        try:
            results = check_gate(report, baseline)
        except ValueError as e:
            raise typer.BadParameter(str(e), param_hint="'--gate'") from None
        for result in results:
            typer.echo(result.line(), err=True)
        if not all(r.passed for r in results):
            raise typer.Exit(EXIT_FAILED)


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
        # PolNeAR's notion of attribution is broader than news pages': no screen
        for article in process_many(raws, batch_size=batch_size, screen=False):
            if article.error is not None:
                failed.append(article)
            out.append(article.attributions)
        return out

    report = evaluate_polnear(data, split, predict, limit=limit)
    if failed:
        warn(failure_summary(failed, report.documents))
    return report


@eval_app.command("events", epilog=SIMPLE_EXIT_HELP)
def eval_events(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            exists=True,
            dir_okay=False,
            help="Gold events (JSONL; format in whosaid.eval.events), or a seed's "
            "NAME.expected.json beside its NAME.txt (its events_cameo_root).",
            metavar="FILE",
        ),
    ],
    verbs: VerbsOption = None,
    output_format: ReportFormatOption = ReportFormat.TABLE,
    debug: DebugOption = False,
) -> None:
    """Score whosaid's events on gold events: found, root, dyad, precision, F1."""
    from whosaid.eval.events import load_gold, score_articles, seed_gold
    from whosaid.pipeline import process_many
    from whosaid.records import RawArticle

    files = verb_files(verbs)
    with run_guarded(debug):
        if gold.name.endswith(".expected.json"):
            text_path = gold.with_name(
                gold.name.removesuffix(".expected.json") + ".txt"
            )
            expected = json.loads(gold.read_text(encoding="utf-8"))
            text = text_path.read_text(encoding="utf-8")
            articles = [seed_gold(expected, text, id=text_path.stem)]
        else:
            articles = load_gold(gold)

        def analyze(items: Sequence[GoldArticle]) -> Iterator[Article]:
            raws = [RawArticle(id=a.id, text=a.text, date=a.date) for a in items]
            return process_many(raws, verb_files=files)

        scores = score_articles(articles, analyze)
    echo_report(scores, output_format)
