"""``truceline eval BENCH PATH``: metrics as one JSON object on the last line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from truceline import evaluation
from truceline.cli.common import fail
from truceline.errors import TrucelineError


def eval_cmd(
    bench: Annotated[str, typer.Argument(help=f"One of: {', '.join(evaluation.BENCHMARKS)}.")],
    path: Annotated[Path, typer.Argument(help="The gold data (file or folder).")],
    model: Annotated[str | None, typer.Option(help="spaCy English pipeline to use.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
) -> None:
    """Score the pipeline on a gold set (benchmarks/README.md says how)."""
    try:
        metrics = evaluation.run(bench, path, model=model, limit=limit)
    except TrucelineError as err:
        raise fail(err) from None
    typer.echo(json.dumps(metrics, sort_keys=True))


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
