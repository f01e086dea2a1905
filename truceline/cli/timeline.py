"""``truceline timeline``: dated events and the deal's phases, across the store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console, default_db, fail
from truceline.errors import TrucelineError
from truceline.reconcile import TimelineEntry, timeline
from truceline.record import ArticleFacts
from truceline.store import load_records

DbOption = Annotated[Path | None, typer.Option(help="The store (default: $TRUCELINE_DB or "
                                                    "~/.local/share/truceline/truceline.db).")]
MAX_SOURCES_SHOWN = 4  # more than this and the cell says "+N more"


def sources_text(sources: Sequence[str]) -> Text:
    """Sources as plain (escaped) text, the first few named."""
    shown = ", ".join(sources[:MAX_SOURCES_SHOWN])
    more = len(sources) - MAX_SOURCES_SHOWN
    return Text(shown + (f" +{more} more" if more > 0 else ""))


def timeline_table(entries: Sequence[TimelineEntry]) -> Table:
    table = Table(title="Timeline", show_lines=False, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("what", ratio=3)
    table.add_column("sources", ratio=2)
    for e in entries:
        table.add_row(Text(e.date), Text(e.what), sources_text(e.sources))
    return table


def records_or_fail(db: Path | None) -> list[ArticleFacts]:
    """The store's records; a coded error (exit 2) when it cannot be opened."""
    try:
        return load_records(db or default_db())
    except TrucelineError as err:
        raise fail(err) from None


def timeline_cmd(db: DbOption = None) -> None:
    """Dated events (one line per event, every source) and phase starts and ends."""
    console.print(timeline_table(timeline(records_or_fail(db))))


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline_cmd)
