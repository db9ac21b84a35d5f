"""``whosaid train``: retrain the attribution model on PolNeAR."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from whosaid.cli._common import (
    SIMPLE_EXIT_HELP,
    DebugOption,
    PolnearDataOption,
    app,
    run_guarded,
)


@app.command(epilog=SIMPLE_EXIT_HELP)
def train(
    data: PolnearDataOption,
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
    debug: DebugOption = False,
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
    with run_guarded(debug):
        stats = train_from_polnear(
            data,
            out,
            split=split,
            limit=limit,
            params=params,
            progress=lambda line: typer.echo(line, err=True),
        )
    typer.echo(
        f"trained on {stats.documents} articles ({stats.role_sequences} "
        f"attributions, {stats.negative_sequences} negative windows) "
        f"in {stats.seconds:.0f} s -> {out}"
    )


@app.command("train-bounds", epilog=SIMPLE_EXIT_HELP)
def train_bounds(
    data: PolnearDataOption,
    taggers: Annotated[
        Path,
        typer.Option(
            "--taggers",
            file_okay=False,
            exists=True,
            help=(
                "Taggers trained on the other half of the split: their "
                "boundary errors on this half are what the model learns."
            ),
            metavar="DIR",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            help=(
                "The model file to write (a folder gets bounds.json); "
                "src/whosaid/attribution/data replaces the shipped one."
            ),
            metavar="PATH",
        ),
    ],
    half: Annotated[
        str,
        typer.Option(help="The articles to learn from: odd, even or all."),
    ] = "odd",
    parsed: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="The split already parsed (a spaCy DocBin, in load order).",
            metavar="FILE",
        ),
    ] = None,
    split: Annotated[str, typer.Option(help="The split to learn from.")] = "train",
    wide_points: Annotated[
        bool,
        typer.Option(
            "--wide-points",
            help=(
                "Also cut at objects, conjunctions and prepositions (the "
                "polnear scheme's model, bounds_polnear.json)."
            ),
        ),
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Train the content boundary model on a PolNeAR split (a few minutes).

    Runs the taggers of --taggers on one half of the split and learns where
    their contents should start and end; the taggers must not have been
    trained on that half (the shipped model: taggers trained on the even
    articles of train, run on the odd ones).
    """
    if split == "test":
        raise typer.BadParameter(
            "the test split is held back for independent measurement",
            param_hint="'--split'",
        )
    if half not in {"odd", "even", "all"}:
        raise typer.BadParameter("odd, even or all", param_hint="'--half'")
    from whosaid.attribution.bounds_train import polnear_rows
    from whosaid.attribution.bounds_train import train_bounds as train

    with run_guarded(debug):
        rows = polnear_rows(data, split, half=half, parsed=parsed)
        stats = train(
            rows,
            out,
            model_dir=str(taggers),
            meta={"corpus": "PolNeAR v1.0.0", "split": split, "half": half},
            progress=lambda line: typer.echo(line, err=True),
            wide=wide_points,
        )
    typer.echo(
        f"learned from {stats.documents} articles ({stats.end_examples} end, "
        f"{stats.start_examples} start, {stats.grow_examples} + "
        f"{stats.lead_examples} growth examples) "
        f"in {stats.seconds:.0f} s -> {out}"
    )
