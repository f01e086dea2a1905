"""``truceline positions``: each party's stance per topic over time, changes marked."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console
from truceline.cli.timeline import DbOption, records_or_fail
from truceline.reconcile import PositionTrack, position_tracks


def positions_table(tracks: Sequence[PositionTrack]) -> Table:
    table = Table(title="Positions over time (\u21c4 = changed)")
    for name in ("party", "topic", "date", "stance", "proposition", "source"):
        table.add_column(name)
    for t in tracks:
        for n, p in enumerate(t.points):
            table.add_row(Text(t.actor if n == 0 else ""), Text(t.topic if n == 0 else ""),
                          Text(p.date or "-"),
                          Text(("\u21c4 " if p.changed else "") + p.stance,
                               style="bold yellow" if p.changed else ""),
                          Text(p.proposition), Text(p.report.source))
    return table


def positions_cmd(db: DbOption = None) -> None:
    """Each party's positions per topic, in date order, with changes marked."""
    console.print(positions_table(position_tracks(records_or_fail(db))))


def register(app: typer.Typer) -> None:
    app.command("positions")(positions_cmd)
