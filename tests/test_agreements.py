"""Agreements: parties, mediators, phases with dates and terms, status, deadline."""

from __future__ import annotations

import pytest
from conftest import facts_of

from truceline.record import ArticleFacts
from truceline.stages.agreements import add_duration


def test_agreements_reference_deal(cairo: ArticleFacts) -> None:
    assert len(cairo.agreements) == 1
    deal = cairo.agreements[0]
    assert set(deal.parties) == {"Israel", "Hamas"}
    assert set(deal.mediators) == {"Qatar", "Egypt", "United States"}
    assert deal.deadline == "2025-W09-WE"
    assert deal.status == "in_force"


def test_agreements_reference_phases(cairo: ArticleFacts) -> None:
    phases = {p.n: p for p in cairo.agreements[0].phases}
    assert set(phases) == {1, 2}
    first = phases[1]
    assert (first.start, first.duration, first.end) == ("2025-01-19", "P6W", "2025-03-02")
    assert any(t.kind == "EXCHANGE" and t.rate == "P1W" for t in first.terms)
    assert any(t.kind == "WITHDRAWAL" for t in phases[2].terms)
    assert phases[2].status == "pending"


def test_agreements_deadline_and_start_of_a_truce() -> None:
    facts = facts_of("The truce, which began on January 19, is set to expire on March 1. "
                     "In the second phase, Israeli troops would withdraw from Gaza.", published="2025-02-10")
    deal = facts.agreements[0]
    assert deal.deadline == "2025-03-01"
    assert deal.status == "in_force"
    assert [p.n for p in deal.phases] == [2]
    assert [t.kind for t in deal.phases[0].terms] == ["WITHDRAWAL"]


def test_agreements_none_without_a_deal() -> None:
    facts = facts_of("Heavy rain flooded several streets in the city on Tuesday.")
    assert facts.agreements == ()


@pytest.mark.parametrize(("start", "duration", "end"), [
    ("2025-01-19", "P6W", "2025-03-02"),
    ("2025-01-19", "P42D", "2025-03-02"),
    ("2025-01-19", "P1Y", None),
    ("2025-W09", "P6W", None),
])
def test_agreements_end_of_phase(start: str, duration: str, end: str | None) -> None:
    assert add_duration(start, duration) == end
