"""What every command shares: the default store path, error printing."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from truceline.errors import TrucelineError

err_console = Console(stderr=True)
console = Console()


def default_db() -> Path:
    """The embedded default store: $TRUCELINE_DB, else ~/.local/share/truceline/truceline.db."""
    env = os.environ.get("TRUCELINE_DB")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "truceline" / "truceline.db"


def fail(err: TrucelineError, code: int = 2) -> typer.Exit:
    """Print a coded error (escaped: it may quote article text) and return the Exit to raise."""
    err_console.print(f"[red]error[/red] {escape(str(err))}")
    return typer.Exit(code)
