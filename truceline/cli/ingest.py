"""``truceline ingest PATH...``: read, extract and store; every input accounted for."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from truceline.cli.common import console, default_db, fail
from truceline.components import EXTRACTORS
from truceline.errors import MESSAGES, TrucelineError
from truceline.pipeline import DEFAULT_MODEL
from truceline.read import MAX_BYTES, read_paths
from truceline.store import AddReport, SQLiteStore, ingest, pipeline_extractor

_REASONS = {code.value: message for code, message in MESSAGES.items()}


def report_table(report: AddReport) -> Table:
    """Counts of what became of the inputs: stored, already present, rejected by reason."""
    table = Table(title="ingest", show_header=True)
    table.add_column("outcome")
    table.add_column("inputs", justify="right")
    table.add_row("stored", str(report.stored))
    table.add_row("already present", str(report.present))
    if report.refreshed:
        table.add_row("extracted again (--refresh, or by an older truceline)", str(report.refreshed))
    if report.reread:
        table.add_row("read again with their outlet's home area", str(report.reread))
    for code, n in sorted(report.rejected.items()):
        table.add_row(escape(f"rejected [{code}] {_REASONS.get(code, 'rejected')}"), str(n))
    table.add_row("total", str(report.total), style="bold")
    return table


def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, .json, "
                                                     "RSS/Atom); folders are read recursively.")],
    db: Annotated[Path | None, typer.Option(help="The store (default: $TRUCELINE_DB or "
                                                  "~/.local/share/truceline/truceline.db).")] = None,
    model: Annotated[str, typer.Option(help="spaCy English pipeline to use.")] = DEFAULT_MODEL,
    max_bytes: Annotated[int, typer.Option(help="Reject inputs larger than this.")] = MAX_BYTES,
    refresh: Annotated[bool, typer.Option(help="Extract articles already stored again and replace "
                                               "their records (after changing the model; records "
                                               "by an older truceline are replaced anyway).")] = False,
) -> None:
    """Extract the facts of every article under PATH and store them (idempotent)."""
    try:
        store = SQLiteStore(db or default_db())
    except TrucelineError as err:
        raise fail(err) from None
    try:
        with console.status("reading inputs"):
            items = list(read_paths(paths, max_bytes=max_bytes))
        columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("ingest", total=len(items))
            report = ingest(items, store, extract=pipeline_extractor(model), refresh=refresh,
                            extractors=EXTRACTORS, advance=lambda n: progress.advance(task, n))
    except TrucelineError as err:
        raise fail(err) from None
    finally:
        store.close()
    console.print(report_table(report))


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
