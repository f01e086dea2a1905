"""Cross-report clustering measured on GVA incidents (a small slice: the full run is
``truceline eval gva-clusters``, benchmarks/README_store.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from truceline.evaluation import gva_clusters
from truceline.pipeline import DEFAULT_MODEL

LIMIT = 60  # ~45 incidents; keeps the suite fast on 2 cores
# The first 60 articles scored P 0.78 R 0.67 F1 0.72; the floor leaves room for
# the stages (places, time) changing the profiles, and catches a broken clusterer.
MIN_F1 = 0.55


@pytest.mark.gold
def test_reconcile_gva_clusters_pairwise_f1(shared_data: Path) -> None:
    metrics = gva_clusters.run(shared_data / "figures" / "gva-dev", model=DEFAULT_MODEL, limit=LIMIT)
    assert metrics["docs"] == LIMIT
    assert {"precision", "recall", "f1", "docs_per_s"} <= set(metrics)
    assert metrics["f1"] >= MIN_F1, metrics
