"""``truceline figures``: the latest figure per category and subject, every source."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console
from truceline.cli.timeline import DbOption, records_or_fail
from truceline.reconcile import FigurePoint, FigureSeries, figure_series


def point_text(p: FigurePoint) -> str:
    """``404``, ``about 600``, ``more than 600``, ``1,700-2,000``."""
    if p.low is not None and p.high is not None and p.low != p.high:
        return f"{p.low:,.0f}-{p.high:,.0f}"
    value = p.value if p.value is not None else p.low
    prefix = "about " if p.approx else ("at least " if p.low is not None and p.high is None else "")
    return f"{prefix}{value:,.0f}" if value is not None else "?"


def figures_table(series: Sequence[FigureSeries]) -> Table:
    table = Table(title="Latest figures (every source; conservative = lowest, as ACLED)", expand=True)
    table.add_column("category / subject", ratio=2)
    table.add_column("as of", no_wrap=True)
    table.add_column("conservative", justify="right")
    table.add_column("by source", ratio=3)
    for s in series:
        latest = s.latest()
        conservative = s.conservative()
        by_source = "\n".join(f"{point_text(p)}  ({p.report.source}"
                              + (f", via {p.report.outlet}" if p.report.outlet
                                 and p.report.outlet != p.report.source else "") + ")"
                              for p in latest)
        label = s.category.lower().replace("_", " ") + (f"\n{s.subject}" if s.subject else "")
        table.add_row(Text(label), Text(latest[0].date or "-"),
                      Text(f"{conservative:,.0f}" if conservative is not None else "-"),
                      Text(by_source))
    return table


def figures_cmd(db: DbOption = None) -> None:
    """Figures per category and subject: the latest reading of each, with every source."""
    console.print(figures_table(figure_series(records_or_fail(db))))


def register(app: typer.Typer) -> None:
    app.command("figures")(figures_cmd)
