"""``truceline schema``: the JSON Schema of the record (docs/record.schema.json)."""

from __future__ import annotations

import json

import typer

from truceline.record import json_schema


def schema_cmd() -> None:
    """Print the JSON Schema of ArticleFacts, generated from the record classes."""
    typer.echo(json.dumps(json_schema(), indent=2, sort_keys=True))


def register(app: typer.Typer) -> None:
    app.command("schema")(schema_cmd)
