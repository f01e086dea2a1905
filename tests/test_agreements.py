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
    assert [(p.n, p.start) for p in deal.phases] == [(1, "2025-01-19"), (2, None)]  # begun: in phase one
    assert [t.kind for t in deal.phases[1].terms] == ["WITHDRAWAL"]


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


def test_agreements_reference_terms_are_tight_spans(cairo: ArticleFacts) -> None:
    phases = {p.n: p for p in cairo.agreements[0].phases}
    exchange = next(t for t in phases[1].terms if t.kind == "EXCHANGE")
    assert exchange.text.startswith("three hostages are returned weekly in exchange for")
    assert "Under Israeli plan" not in exchange.text and "first phase" not in exchange.text
    assert all("wants" not in t.text for p in phases.values() for t in p.terms)  # positions are not terms
    assert cairo.agreements[0].key == "ceasefire:hamas|israel"


@pytest.mark.parametrize(("text", "published", "parties", "status"), [
    ("The ceasefire between Israel and Hamas came into force on Sunday morning in Gaza City.",
     "2025-01-19", ("Israel", "Hamas"), "in_force"),
    ("Israel and Hamas have agreed to a ceasefire in the Gaza Strip, Qatar said on Wednesday.",
     "2025-01-15", ("Israel", "Hamas"), "agreed"),
    ("Israeli strikes killed hundreds in Gaza City on Tuesday. The strikes ended a truce that had "
     "held since January 19.", "2025-03-18", (), "collapsed"),
    ("Israel stopped aid into Gaza a day after the first phase of the ceasefire ended on March 1.",
     "2025-03-02", (), "expired"),
])
def test_agreements_parties_are_actors_and_status(text: str, published: str, parties: tuple[str, ...],
                                                  status: str) -> None:
    (deal,) = facts_of(text, published=published).agreements
    assert set(parties) <= set(deal.parties)
    assert not {"Gaza City", "Gaza Strip", "Palestine"} & set(deal.parties)
    assert deal.status == status


def test_agreements_phase_duration_end_and_terms_from_a_wire_report() -> None:
    text = ("Israel and Hamas have agreed to a ceasefire, mediators said on Wednesday. The truce is due to "
            "take effect on Sunday, January 19. Under the first phase, which is to last 42 days, Hamas is to "
            "free 33 hostages, while Israel releases Palestinian prisoners held in its jails.")
    (deal,) = facts_of(text, published="2025-01-15").agreements
    (first,) = deal.phases
    assert (first.start, first.duration, first.end) == ("2025-01-19", "P42D", "2025-03-02")
    assert [t.text for t in first.terms] == ["Hamas is to free 33 hostages",
                                             "Israel releases Palestinian prisoners held in its jails"]


def test_agreements_stated_phase_end_and_provided_terms() -> None:
    text = ("Talks went on in Cairo on the future of the ceasefire, whose first phase is set to expire on "
            "Saturday. Hamas insists on the second phase, which would bring a permanent ceasefire and a "
            "full Israeli withdrawal.")
    (deal,) = facts_of(text, published="2025-02-27").agreements
    phases = {p.n: p for p in deal.phases}
    assert (phases[1].end, phases[1].end_stated) == ("2025-03-01", True)
    assert [(t.kind, t.text) for t in phases[2].terms] == [
        ("CEASEFIRE", "a permanent ceasefire"), ("WITHDRAWAL", "a full Israeli withdrawal")]


@pytest.mark.parametrize(("text", "published", "key", "status"), [
    ("The defendant accepted a plea deal on Monday, prosecutors said.", "2024-05-06", None, None),
    ("Israel's cabinet still has to approve the agreement, Israeli officials said.", "2025-01-15",
     "deal:israel", None),
    ("Russia and Ukraine agreed on a 30-day halt to strikes on energy facilities, the Kremlin said. "
     "The truce began on Tuesday.", "2025-03-19", "ceasefire:russia|ukraine", "in_force"),
])
def test_agreements_identity_and_status_beyond_gaza(text: str, published: str, key: str | None,
                                                    status: str | None) -> None:
    deals = facts_of(text, published=published).agreements
    assert [d.key for d in deals] == ([key] if key else [])
    assert all(d.status == status for d in deals)


def test_agreements_terms_go_on_into_the_next_planned_sentence_and_split_coordinated_aid() -> None:
    text = ("Under the first phase of the truce, Hamas is to free 33 hostages in exchange for Palestinian "
            "prisoners and humanitarian aid. Israeli forces are to pull back from populated areas. "
            "Hamas fighters paraded on Saturday.")
    (deal,) = facts_of(text, published="2025-01-15").agreements
    kinds = {t.kind: t.text for t in deal.phases[0].terms}
    assert kinds["WITHDRAWAL"] == "Israeli forces are to pull back from populated areas"
    assert kinds["AID"] == "humanitarian aid"
    assert "paraded" not in " ".join(kinds.values())


def test_agreements_deal_without_named_phases_has_its_first_phase_and_terms() -> None:
    text = ("The ceasefire between Israel and Hezbollah took effect on Wednesday. Under the 60-day truce, "
            "Israeli troops are to withdraw from southern Lebanon.")
    (deal,) = facts_of(text, published="2024-11-27").agreements
    assert deal.key == "ceasefire:hezbollah|israel"
    (first,) = deal.phases
    assert (first.start, first.duration, first.end) == ("2024-11-27", "P60D", "2025-01-26")
    assert [(t.kind, t.text) for t in first.terms] == [
        ("WITHDRAWAL", "Israeli troops are to withdraw from southern Lebanon")]
