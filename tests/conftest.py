"""Shared fixtures, tiered by what is available.

- ``nlp``: the full truceline pipeline on the default model (always there after `make test`).
- ``cairo``: the facts of the reference article (needs ../shared/data, else skips).
- ``shared_data``: the path of ../shared/data, or a skip saying it is absent.
- ``bench_script``: a script of ``benchmarks/`` by name, imported as a module.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

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


@cache
def _benchmark(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bench_script() -> Callable[[str], ModuleType]:
    """``bench_script("score_corpus")``: the script benchmarks/score_corpus.py as a module."""
    return _benchmark


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
