"""Shared fixtures, tiered by what is available.

- ``nlp``: the full truceline pipeline on the default model (always there after `make test`).
- ``cairo``: the facts of the reference article (needs ../shared/data, else skips).
- ``shared_data``: the path of ../shared/data, or a skip saying it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import truceline
from truceline.record import ArticleFacts

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
REFERENCE = SHARED_DATA / "example" / "ceasefire-talks-cairo.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"gold data absent: {SHARED_DATA} (benchmarks need ../shared/data)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return truceline.load()


@pytest.fixture(scope="session")
def cairo(shared_data: Path) -> ArticleFacts:
    return truceline.extract(REFERENCE.read_text(encoding="utf-8"), published="2025-02-28")


@pytest.fixture(scope="session")
def cairo_text() -> str:
    if not REFERENCE.exists():
        pytest.skip(f"reference article absent: {REFERENCE}")
    return REFERENCE.read_text(encoding="utf-8")


def facts_of(text: str, published: str = "2025-02-28") -> ArticleFacts:
    """Extract one snippet (the pipeline is loaded once per process)."""
    return truceline.extract(text, published=published)
