"""Positions: actor, stance, proposition topic, anaphora, claim."""

from __future__ import annotations

import pytest
from conftest import facts_of

from truceline.record import ArticleFacts
from truceline.stages.positions import topic_of


@pytest.mark.parametrize(("text", "actor", "stance", "topic"), [
    ("Israel wants to continue hostage releases and extend the first phase.", "Israel", "DEMAND",
     "EXTEND_PHASE"),
    ("Israel wants to continue hostage releases and extend the first phase.", "Israel", "DEMAND",
     "EXCHANGE_TERMS"),
    ("Hamas insists on moving forward towards a permanent ceasefire.", "Hamas", "DEMAND",
     "PERMANENT_CEASEFIRE"),
    ("Israel does not want to withdraw from the Philadelphi Corridor.", "Israel", "REFUSE", "WITHDRAWAL"),
    ("Israeli officials said Israel would not withdraw from the area.", "Israel", "REFUSE", "WITHDRAWAL"),
    ("Hamas rejected the proposal to extend the first phase.", "Hamas", "REFUSE", "EXTEND_PHASE"),
    ("Israel agreed to allow more humanitarian aid into Gaza.", "Israel", "ACCEPT", "AID"),
    ("Under Israeli plan, three hostages are returned weekly in exchange for prisoners.", "Israel", "PROPOSE",
     "EXCHANGE_TERMS"),
    ("Hamas is about to move into the second phase of the deal.", "Hamas", "SUPPORT", "NEXT_PHASE"),
])
def test_positions_stance_and_topic(text: str, actor: str, stance: str, topic: str) -> None:
    found = {(p.actor, p.stance, p.topic) for p in facts_of(text).positions}
    assert (actor, stance, topic) in found, found


def test_positions_pronoun_takes_the_other_partys_proposition() -> None:
    facts = facts_of("Israel is seeking an extension of the first phase of the ceasefire for 42 days. "
                     "Hamas opposes it.")
    hamas = [p for p in facts.positions if p.actor == "Hamas"]
    assert hamas and hamas[0].stance == "OPPOSE"
    assert hamas[0].topic == "EXTEND_PHASE"
    assert "extension of the first phase" in hamas[0].proposition


def test_positions_claim_of_reported_position(cairo: ArticleFacts) -> None:
    seeking = [p for p in cairo.positions if p.actor == "Israel" and "extension" in p.proposition
               and p.stance == "DEMAND"]
    assert seeking
    claim = cairo.fact(seeking[0].claim) if seeking[0].claim else None
    assert claim is not None


def test_positions_time_from_the_clause() -> None:
    facts = facts_of("Israeli officials said on February 27 that Israel would not withdraw from the area.")
    refusal = [p for p in facts.positions if p.stance == "REFUSE"]
    assert refusal and refusal[0].time == "2025-02-27"


@pytest.mark.parametrize(("proposition", "topic"), [
    ("an extension of the first phase", "EXTEND_PHASE"),
    ("moving into the second phase", "NEXT_PHASE"),
    ("a lasting end of the war", "PERMANENT_CEASEFIRE"),
    ("more humanitarian aid", "AID"),
    ("elections next year", "OTHER"),
])
def test_positions_topic_of_proposition(proposition: str, topic: str) -> None:
    assert topic_of(proposition) == topic
