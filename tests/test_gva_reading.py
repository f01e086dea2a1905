"""benchmarks/gva_reading.py: blind readings of GVA dev pages, what the text supports
beside truceline's own counts (benchmarks/README.md, "GVA: what a careful reader gets")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

BenchScript = Callable[[str], ModuleType]


def test_readings_are_one_per_page_and_reader_with_counts_and_kinds(bench_script: BenchScript) -> None:
    read = bench_script("gva_reading").readings()
    assert len(read) == 260
    rows = [row for page in read.values() for row in page]
    assert all(isinstance(r["killed"], int) and isinstance(r["injured"], int)
               and r["killed"] >= 0 and r["injured"] >= 0 for r in rows)
    assert {r["kind"] for r in rows} <= {"single", "later", "thin", "multi"}
    assert {r["confidence"] for r in rows} <= {"clear", "inferred"}
    assert all(len({r["reader"] for r in page}) == len(page) for page in read.values())
    assert sum(len(page) == 3 for page in read.values()) == 20  # read by all three readers


def test_the_text_supports_the_gva_targets(bench_script: BenchScript, shared_data: Path) -> None:
    result = bench_script("gva_reading").score(shared_data / "figures" / "gva-dev", with_system=False)
    assert result["pages"] == 260 and result["missing"] == 0
    # measured 0.950 / 0.862: above the 0.85 / 0.80, so the text is not what keeps
    # truceline below them
    assert result["killed"]["reader"]["accuracy"] > 0.90
    assert result["injured"]["reader"]["accuracy"] > 0.80
    agree, pairs = result["injured"]["readers_agree"]
    assert pairs == 60 and agree / pairs > 0.9  # 58 of 60
