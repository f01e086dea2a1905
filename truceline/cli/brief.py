"""``truceline brief``: a readable summary of the store, built from reconcile."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console
from truceline.cli.conflicts import conflicts_table
from truceline.cli.figures import figures_table
from truceline.cli.positions import positions_table
from truceline.cli.timeline import DbOption, records_or_fail, sources_text, timeline_table
from truceline.reconcile import (
    AgreementView,
    agreements,
    contradictions,
    figure_series,
    position_tracks,
    resolve_entities,
    timeline,
)
from truceline.record import ArticleFacts

MAX_TERMS_CHARS = 160  # a phase's terms are quoted sentences: show the start, the record has all


def agreements_table(views: Sequence[AgreementView]) -> Table:
    table = Table(title="Agreements and phases")
    for name in ("agreement", "status", "phase", "start", "end", "duration", "terms", "sources"):
        table.add_column(name)
    for ag in views:
        head = ag.name + (f"\nparties: {', '.join(ag.parties)}" if ag.parties else "") + (
            f"\nmediators: {', '.join(ag.mediators)}" if ag.mediators else "")
        status = (ag.status or "-") + (f"\ndeadline {ag.deadline}" if ag.deadline else "")
        sources = sources_text(list(dict.fromkeys(r.source for r in ag.reports)))
        if not ag.phases:
            table.add_row(Text(head), Text(status), *(Text("-") for _ in range(5)), sources)
        for n, ph in enumerate(ag.phases):
            terms = "; ".join(dict.fromkeys(" ".join(t.text.split()) for t in ph.terms))
            if len(terms) > MAX_TERMS_CHARS:
                terms = terms[:MAX_TERMS_CHARS - 1] + "\u2026"
            table.add_row(Text(head if n == 0 else ""), Text(status if n == 0 else ""),
                          Text(str(ph.n)), Text(ph.start or "-"), Text(ph.end or "-"),
                          Text(ph.duration or "-"), Text(terms or "-"),
                          sources if n == 0 else Text(""))
    return table


def brief(records: Sequence[ArticleFacts]) -> RenderableType:
    """The brief: agreements, latest figures, positions, contradictions, timeline."""
    if not records:
        return Text("The store is empty: run `truceline ingest PATH` first.")
    resolver = resolve_entities(records)
    series = figure_series(records, resolver=resolver)
    dates = sorted(r.article.published for r in records if r.article.published)
    span = f", {dates[0]} to {dates[-1]}" if dates else ""
    return Group(
        Text(f"truceline brief: {len(records)} articles{span}", style="bold"),
        agreements_table(agreements(records, resolver=resolver)),
        figures_table(series),
        positions_table(position_tracks(records, resolver=resolver)),
        conflicts_table(contradictions(series)),
        timeline_table(timeline(records, resolver=resolver)),
    )


def brief_cmd(db: DbOption = None) -> None:
    """A readable summary: agreements, figures, positions, contradictions, timeline."""
    console.print(brief(records_or_fail(db)))


def register(app: typer.Typer) -> None:
    app.command("brief")(brief_cmd)
