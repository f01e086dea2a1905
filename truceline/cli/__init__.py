"""The command line: a thin layer over importable functions.

One module per command; each parses its options, calls the library and returns
an exit code. Errors are printed as ``[Txxx] message`` with a non-zero exit,
never a traceback.
"""

from __future__ import annotations

import sys

import typer

from truceline.cli import brief, conflicts, evaluate, extract, figures, gate, positions, schema, timeline
from truceline.cli import export as export_cli
from truceline.cli import ingest as ingest_cli

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="News reports on wars and ceasefire talks -> a sourced record.")

extract.register(app)
evaluate.register(app)
gate.register(app)
schema.register(app)
ingest_cli.register(app)
brief.register(app)
timeline.register(app)
figures.register(app)
conflicts.register(app)
positions.register(app)
export_cli.register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
