"""``truceline brief``: a readable summary of the store, built from reconcile."""

from __future__ import annotations

from collections.abc import Sequence

import typer
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from truceline.cli.common import console
from truceline.cli.conflicts import conflicts_table
from truceline.cli.figures import figures_table
from truceline.cli.positions import positions_table
from truceline.cli.timeline import DbOption, records_or_fail, timeline_table
from truceline.reconcile import (
    AgreementView,
    PhaseView,
    TermView,
    agreements,
    contradictions,
    figure_series,
    position_tracks,
    resolve_entities,
    timeline,
)
from truceline.record import ArticleFacts

MAX_TERM_CHARS = 110  # a term is a clause: show its start, the record has all of it
MAX_TERMS_SHOWN = 4  # per phase, those most reports give first
DURATION_UNITS = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
RATES = {"P1D": "daily", "P1W": "weekly", "P1M": "monthly"}


def duration_text(value: str | None) -> str | None:
    """``P42D`` -> ``42 days``; other TIMEX3 durations as they are."""
    if value and len(value) > 2 and value[0] == "P" and value[1:-1].isdigit() and value[-1] in DURATION_UNITS:
        return f"{value[1:-1]} {DURATION_UNITS[value[-1]]}"
    return value


def _phase_text(ph: PhaseView) -> str:
    dates = f"{ph.start or '?'} to {ph.end or '?'}" if ph.start or ph.end else "dates not reported"
    if ph.end and not ph.end_stated:
        dates += " (start + duration)"
    duration = duration_text(ph.duration)
    return dates + (f", {duration}" if duration else "") + (
        f" [{ph.status.replace('_', ' ')}]" if ph.status else "")


def _term_text(t: TermView) -> str:
    text = t.text if len(t.text) <= MAX_TERM_CHARS else t.text[:MAX_TERM_CHARS - 1] + "\u2026"
    rate = f" ({RATES.get(t.rate, t.rate)})" if t.rate else ""
    return f"{t.kind.lower()}{rate}: \u201c{text}\u201d \u2014 {', '.join(t.sources)}"


def agreement_grid(ag: AgreementView) -> RenderableType:
    """One deal: parties, mediators, status over time, deadline, phases with dates and terms.
    Every cell is plain Text, never markup: names and terms are article text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    if ag.parties:
        grid.add_row(Text("  parties"), Text(", ".join(ag.parties)))
    if ag.mediators:
        grid.add_row(Text("  mediators"), Text(", ".join(ag.mediators)))
    if ag.history:
        grid.add_row(Text("  status"), Text(" \u2192 ".join(
            f"{p.date or '?'} {p.status.replace('_', ' ')}" for p in ag.history)))
    if ag.deadline:
        days = ag.deadline_days
        span = "" if not days or days == (ag.deadline, ag.deadline) else (
            f" = {days[0]}" if days[0] == days[1] else f" = {days[0]} to {days[1]}")
        grid.add_row(Text("  deadline"), Text(f"{ag.deadline}{span}"))
    for ph in ag.phases:
        grid.add_row(Text(f"  phase {ph.n}"), Text(_phase_text(ph)))
        ranked = sorted(ph.terms, key=lambda t: -len(t.sources))
        for t in ranked[:MAX_TERMS_SHOWN]:
            grid.add_row(Text(""), Text("\u2022 " + _term_text(t)))
        if len(ranked) > MAX_TERMS_SHOWN:
            grid.add_row(Text(""), Text(f"+{len(ranked) - MAX_TERMS_SHOWN} more terms"))
    grid.add_row(Text("  reported by"), Text(", ".join(ag.sources)))
    status = (ag.status or "status not reported").replace("_", " ")
    return Group(Text(f"{ag.name}: {status}", style="bold"), grid)


def agreements_panel(views: Sequence[AgreementView]) -> RenderableType:
    body: list[RenderableType] = [agreement_grid(ag) for ag in views] or [Text("No agreement reported.")]
    return Panel(Group(*body), title="Agreements", title_align="left")


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
        agreements_panel(agreements(records, resolver=resolver)),
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
