"""``truceline extract FILE...``: JSON on stdout, no store."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from truceline.cli.common import fail
from truceline.errors import Code, ReadError, TrucelineError
from truceline.pipeline import DEFAULT_MODEL, extract_many
from truceline.read import Rejected, parse_date, read_paths
from truceline.record import Article


def extract_cmd(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    model: Annotated[str, typer.Option(help="spaCy English pipeline to use.")] = DEFAULT_MODEL,
) -> None:
    """Extract facts: a JSON object for one article, JSON Lines for several."""
    try:
        if published is not None and parse_date(published) is None:
            raise ReadError(Code.BAD_DATE, published)
        items = list(read_paths(files))
        rejected = [i for i in items if isinstance(i, Rejected)]
        articles = [i for i in items if isinstance(i, Article)]
        if published is not None:  # the caller's date overrides metadata and inference
            articles = [replace(a, published=parse_date(published), published_source="given")
                        for a in articles]
        results = list(extract_many(articles, model=model))
    except TrucelineError as err:
        raise fail(err) from None
    if len(results) == 1 and not rejected:
        typer.echo(json.dumps(results[0].to_dict(), ensure_ascii=False, indent=2))
    else:
        for facts in results:
            typer.echo(json.dumps(facts.to_dict(), ensure_ascii=False))
    for rej in rejected:
        typer.echo(f"error [{rej.code}] {rej.source}: {rej.reason}", err=True)
    if rejected:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
