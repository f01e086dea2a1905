"""``truceline positions``: each party's stance per topic over time, changes marked."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console
from truceline.cli.timeline import DbOption, records_or_fail
from truceline.reconcile import PositionTrack, position_tracks

MAX_PROPOSITION_CHARS = 90  # the record keeps the whole proposition; the table shows its start


def positions_table(tracks: Sequence[PositionTrack]) -> Table:
    table = Table(title="Positions over time (\u21c4 = changed)", expand=True)
    table.add_column("party / topic", ratio=2)
    table.add_column("date", no_wrap=True)
    table.add_column("stance", no_wrap=True)
    table.add_column("proposition", ratio=4)
    table.add_column("source", ratio=2)
    for t in tracks:
        for n, p in enumerate(t.points):
            proposition = " ".join(p.proposition.split())
            if len(proposition) > MAX_PROPOSITION_CHARS:
                proposition = proposition[:MAX_PROPOSITION_CHARS - 1] + "\u2026"
            label = f"{t.actor}\n{t.topic.lower().replace('_', ' ')}" if n == 0 else ""
            table.add_row(Text(label), Text(p.date or "-"),
                          Text(("\u21c4 " if p.changed else "") + p.stance,
                               style="bold yellow" if p.changed else ""),
                          Text(proposition), Text(p.report.source))
    return table


def positions_cmd(db: DbOption = None) -> None:
    """Each party's positions per topic, in date order, with changes marked."""
    console.print(positions_table(position_tracks(records_or_fail(db))))


def register(app: typer.Typer) -> None:
    app.command("positions")(positions_cmd)
