"""The record: JSON round trip, schema in docs kept in step with the classes."""

from __future__ import annotations

import json
from pathlib import Path

import truceline
from truceline.record import ArticleFacts, json_schema

ROOT = Path(__file__).resolve().parents[1]
TOP_KEYS = {"article", "mentions", "times", "figures", "claims", "events", "positions", "agreements"}


def test_record_top_level_keys() -> None:
    facts = truceline.extract("Hamas released three hostages in Khan Younis on Saturday, officials said.",
                              published="2025-02-22")
    data = facts.to_dict()
    assert TOP_KEYS <= set(data)
    assert data["article"]["published"] == "2025-02-22"
    assert data["article"]["published_source"] == "given"


def test_record_round_trip_is_lossless(cairo: ArticleFacts) -> None:
    data = cairo.to_dict()
    again = ArticleFacts.from_dict(json.loads(json.dumps(data)))
    assert again == cairo


def test_record_every_fact_span_matches_its_text(cairo: ArticleFacts) -> None:
    text = cairo.article.text
    groups = (cairo.mentions, cairo.times, cairo.figures, cairo.claims, cairo.events,
              cairo.positions, cairo.agreements)
    for group in groups:
        for fact in group:
            start, end = fact.span
            assert 0 <= start < end <= len(text)
            assert text[start:end] == fact.text, fact
            assert 0.0 <= fact.confidence <= 1.0
            assert "." in fact.extractor and fact.extractor.split(".")[-1].startswith("v")


def test_record_fact_ids_are_unique(cairo: ArticleFacts) -> None:
    ids = [f.id for g in (cairo.mentions, cairo.times, cairo.figures, cairo.claims, cairo.events,
                          cairo.positions, cairo.agreements) for f in g]
    assert len(ids) == len(set(ids))


def test_record_schema_in_docs_is_current() -> None:
    committed = json.loads((ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "regenerate: truceline schema > docs/record.schema.json"
