"""Cross-report clustering: reports of one incident together, different incidents
apart (truceline/clusters.py), and a small slice of the GVA benchmark (the full
run is ``truceline eval gva-clusters``, benchmarks/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_of

from truceline.clusters import cluster_articles
from truceline.evaluation import gva_clusters
from truceline.pipeline import DEFAULT_MODEL

LIMIT = 60  # ~45 incidents; keeps the test well under 30 s on 2 cores
# The first 60 articles score P 0.84 R 0.76 F1 0.80 (IDF over those 60 only, 21
# gold pairs; the full dev half scores F1 0.85);
# the floor leaves room for the stages (places, time) changing the profiles,
# and catches a broken clusterer (the old 14-day single-window one scored 0.72).
MIN_F1 = 0.7

FIRST_REPORT = (
    "SAN ANTONIO - A 7-year-old girl was shot and killed Wednesday night on the West Side. "
    "Iris Rodriguez, 7, was fatally shot in the 5500 block of San Fernando Street after a "
    "fight at a basketball court, San Antonio police said. Her mother was wounded."
)
FOLLOW_UP = (  # charges, months later: other words, the same girl
    "Frank Gomez, 28, was indicted Thursday in the death of 7-year-old Iris Rodriguez. "
    "Prosecutors said Gomez fired into a crowd near a basketball court in San Antonio."
)
OTHER_SHOOTING = (  # same city, same day, another incident
    "SAN ANTONIO - A 41-year-old man was wounded Wednesday afternoon outside a North Side "
    "convenience store. Police said Carlos Mendez, 41, was hit in the leg on Blanco Road "
    "and taken to University Hospital."
)


def test_reconcile_gva_follow_up_months_later_joins_its_incident() -> None:
    records = [facts_of(FIRST_REPORT, published="2016-06-02"),
               facts_of(OTHER_SHOOTING, published="2016-06-02"),
               facts_of(FOLLOW_UP, published="2016-09-02")]
    assert cluster_articles(records) == [[0, 2], [1]]


@pytest.mark.parametrize("published", ["2016-06-02", "2016-06-03"])
def test_reconcile_gva_different_shootings_same_city_stay_apart(published: str) -> None:
    records = [facts_of(FIRST_REPORT, published="2016-06-02"),
               facts_of(OTHER_SHOOTING, published=published)]
    assert cluster_articles(records) == [[0], [1]]


VIGIL_REPORT = (  # introduces the victim
    "MOUNT VERNON, N.Y. - A 13-year-old girl was killed by a stray bullet on New Year's Eve. "
    "Shamoya McKenzie, 13, was struck while walking near East Third Street, police said."
)
ARREST_REPORT = (  # weeks later, names her only in passing
    "Mount Vernon police took a man into custody Monday, more than two weeks after the "
    "New Year's Eve shooting. Shamoya McKenzie's family had asked for justice."
)
SCENE_REPORT = (  # no names yet, only the address
    "HAMDEN - Police are investigating a shooting that left a man wounded Saturday night "
    "in the 2000 block of Dixwell Avenue."
)
CHARGE_REPORT = (  # a month later: the block, not the wording
    "A Waterbury man was charged Friday in connection with a shooting at 2034 Dixwell Ave. "
    "last month, Hamden police said."
)


@pytest.mark.parametrize(("first", "later", "published"), [
    (VIGIL_REPORT, ARREST_REPORT, ("2016-12-31", "2017-01-16")),
    (SCENE_REPORT, CHARGE_REPORT, ("2016-08-20", "2016-09-23")),
])
def test_reconcile_gva_follow_up_weeks_later_joins_by_name_or_block(
        first: str, later: str, published: tuple[str, str]) -> None:
    records = [facts_of(first, published=published[0]),
               facts_of(OTHER_SHOOTING, published=published[0]),
               facts_of(later, published=published[1])]
    assert cluster_articles(records) == [[0, 2], [1]]


def test_reconcile_gva_no_records_no_clusters() -> None:
    assert cluster_articles([]) == []


@pytest.mark.gold
def test_reconcile_gva_clusters_pairwise_f1(shared_data: Path) -> None:
    metrics = gva_clusters.run(shared_data / "figures" / "gva-dev", model=DEFAULT_MODEL, limit=LIMIT)
    assert metrics["docs"] == LIMIT
    assert {"precision", "recall", "f1", "docs_per_s", "cluster_s"} <= set(metrics)
    assert metrics["f1"] >= MIN_F1, metrics
