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
