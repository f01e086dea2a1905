"""Reference data shipped with truceline (lexicons, actors, outlets, extra places,
the attribution model) and the one way to read it. Callers parse and cache."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """The text of data file ``name`` (e.g. ``"figures_units.tsv"``)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def load_json(name: str) -> Any:
    """The parsed JSON of data file ``name`` (e.g. ``"actors.json"``)."""
    return json.loads(read_text(name))
