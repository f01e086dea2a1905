"""``truceline conflicts``: sources that disagree on a figure, both values and both sources."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console
from truceline.cli.figures import point_text
from truceline.cli.timeline import DbOption, records_or_fail
from truceline.reconcile import Contradiction, FigurePoint, contradictions, figure_series


def _side(p: FigurePoint) -> Text:
    outlet = f" via {p.report.outlet}" if p.report.outlet and p.report.outlet != p.report.source else ""
    return Text(f"{point_text(p)}: {p.report.source}{outlet}\n\u201c{p.report.text}\u201d")


def conflicts_table(found: Sequence[Contradiction]) -> Table:
    table = Table(title="Contradictions (conservative = the lower figure, as ACLED)", show_lines=True,
                  expand=True)
    table.add_column("category / subject", ratio=2)
    table.add_column("date", no_wrap=True)
    table.add_column("one source", ratio=3)
    table.add_column("another source", ratio=3)
    table.add_column("conservative", justify="right")
    for c in found:
        label = c.category.lower().replace("_", " ") + (f"\n{c.subject}" if c.subject else "")
        table.add_row(Text(label), Text(c.date or "-"), _side(c.a), _side(c.b),
                      Text(f"{c.conservative:,.0f}"))
    return table


def conflicts_cmd(db: DbOption = None) -> None:
    """Figures two sources give differently for the same thing on the same date."""
    console.print(conflicts_table(contradictions(figure_series(records_or_fail(db)))))


def register(app: typer.Typer) -> None:
    app.command("conflicts")(conflicts_cmd)
