"""``truceline export --format jsonl|csv|acled|geojson``: the store, for other tools."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from truceline.cli.common import err_console
from truceline.cli.timeline import DbOption, records_or_fail
from truceline.export import export


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    acled = "acled"
    geojson = "geojson"


def export_cmd(
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    db: DbOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="File to write (default: stdout).")] = None,
) -> None:
    """Export the store: full records (jsonl), one row per fact (csv), ACLED-style
    events (acled) or places (geojson)."""
    records = records_or_fail(db)
    if output is None:
        n = export(records, format.value, sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as out:
            n = export(records, format.value, out)
    err_console.print(f"exported {n} {format.value} items")


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)
