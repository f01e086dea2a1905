"""``truceline gate``: rerun the pinned benchmarks; ``--update`` re-pins them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from truceline.cli.common import console, err_console, fail
from truceline.errors import TrucelineError
from truceline.evaluation import gate


def gate_cmd(
    data: Annotated[Path, typer.Option(help="The gold data folder.")] = gate.SHARED_DATA,
    update: Annotated[bool, typer.Option(help="Measure and write the pins.")] = False,
    only: Annotated[list[str] | None, typer.Option(help="Only these entries.")] = None,
    allow_lower: Annotated[str | None, typer.Option(
        help="With --update: lower a pin on purpose, giving the reason.")] = None,
) -> None:
    """Check (or with --update, write) the pinned benchmark scores."""
    try:
        if update:
            entries = {k: v for k, v in gate.GATE_ENTRIES.items() if not only or k in only}
            pins = gate.pin(data.resolve(), entries, allow_lower=allow_lower)
            table = Table("entry", "metrics")
            for name in entries:
                table.add_row(name, ", ".join(f"{k}={v}" for k, v in pins[name]["metrics"].items()))
            console.print(table)
            return
        regressions, _ = gate.check(data.resolve(), only=only)
    except TrucelineError as err:
        raise fail(err) from None
    for reg in regressions:
        err_console.print(f"[red]regression[/red] {reg}")
    if regressions:
        raise typer.Exit(1)
    console.print("quality gate: no regression")


def register(app: typer.Typer) -> None:
    app.command("gate")(gate_cmd)
