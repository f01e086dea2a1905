"""export: the store as JSON Lines, a flat CSV of facts, ACLED-style events, GeoJSON.

- ``jsonl``: one :meth:`ArticleFacts.to_dict` per line (the full record);
- ``csv``: one row per fact (every kind), with the article's date and outlet;
- ``acled``: one row per event cluster (:func:`truceline.reconcile.cluster_events`),
  in ACLED's column names, with every source and the conservative fatality count;
- ``geojson``: the resolved places (:func:`truceline.gazetteer.to_geojson`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from functools import cache
from typing import Any, TextIO

from truceline.data import load_json
from truceline.gazetteer import to_geojson
from truceline.reconcile import cluster_events, resolve_entities
from truceline.record import ArticleFacts

FORMATS = ("jsonl", "csv", "acled", "geojson")
FACT_KINDS = ("mentions", "times", "figures", "claims", "events", "positions", "agreements")
CSV_COLUMNS = ("article_id", "published", "outlet", "kind", "id", "label", "value", "text",
               "sentence", "start", "end", "extractor", "confidence")
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                 "event_type", "sub_event_type", "plover_type", "modality", "actor1", "actor2",
                 "assoc_actor_1", "location", "latitude", "longitude", "source", "source_scale",
                 "notes", "fatalities", "reports")
ACLED_TIME_PRECISION_DAY = 1  # ACLED: 1 = the exact day is known
ACLED_TIME_PRECISION_UNKNOWN = 3  # ACLED: 3 = only the month (or less) is known


@cache
def _acled_types() -> dict[str, list[str]]:
    table: dict[str, list[str]] = load_json("acled_event_types.json")
    return table


def write_jsonl(records: Sequence[ArticleFacts], out: TextIO) -> int:
    for facts in records:
        out.write(json.dumps(facts.to_dict(), ensure_ascii=False) + "\n")
    return len(records)


def _label_value(kind: str, fact: dict[str, Any]) -> tuple[Any, Any]:
    match kind:
        case "mentions":
            return fact.get("kind"), fact.get("canonical")
        case "times":
            return fact.get("type"), fact.get("value")
        case "figures":
            return fact.get("category"), fact.get("value")
        case "claims":
            return fact["source"].get("source_type"), fact["source"].get("canonical")
        case "events":
            return fact.get("type"), fact.get("modality")
        case "positions":
            return fact.get("stance"), fact.get("topic")
        case _:
            return fact.get("status"), fact.get("name")


def write_csv(records: Sequence[ArticleFacts], out: TextIO) -> int:
    """One row per fact; returns the number of rows."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for facts in records:
        data = facts.to_dict()
        a = facts.article
        for kind in FACT_KINDS:
            for fact in data[kind]:
                label, value = _label_value(kind, fact)
                writer.writerow((a.id, a.published or "", a.outlet or "", kind, fact["id"],
                                 label or "", "" if value is None else value, fact["text"],
                                 fact["sentence"], fact["span"][0], fact["span"][1],
                                 fact["extractor"], fact["confidence"]))
                rows += 1
    return rows


def write_acled(records: Sequence[ArticleFacts], out: TextIO) -> int:
    """Event clusters as ACLED-style rows; ``fatalities`` is the lowest KILLED figure
    any report attaches (ACLED's conservative reading), 0 when none is given."""
    resolver = resolve_entities(records)
    coords = {e.canonical: (e.lat, e.lon) for e in resolver.entities if e.lat is not None}
    types = _acled_types()
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    clusters = cluster_events(records, resolver=resolver)
    for c in clusters:
        disorder, event_type, sub_type = types.get(c.type, types["_default"])
        killed = [v for cat, v in c.figures if cat == "KILLED"]
        lat, lon = coords.get(c.place or "", (None, None))
        writer.writerow({
            "event_id_cnty": c.id, "event_date": c.date or "", "year": (c.date or "")[:4],
            "time_precision": ACLED_TIME_PRECISION_DAY if c.date else ACLED_TIME_PRECISION_UNKNOWN,
            "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_type,
            "plover_type": c.type, "modality": c.modality,
            "actor1": c.actors[0] if c.actors else "", "actor2": c.targets[0] if c.targets else "",
            "assoc_actor_1": "; ".join(c.actors[1:]), "location": c.place or "",
            "latitude": "" if lat is None else lat, "longitude": "" if lon is None else lon,
            "source": "; ".join(c.sources), "source_scale": "",
            "notes": c.reports[0].text, "fatalities": int(min(killed)) if killed else 0,
            "reports": len(c.reports),
        })
    return len(clusters)


def write_geojson(records: Sequence[ArticleFacts], out: TextIO) -> int:
    collection = to_geojson(records)
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(collection["features"])


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "acled": write_acled, "geojson": write_geojson}


def export(records: Sequence[ArticleFacts], fmt: str, out: TextIO) -> int:
    """Write ``records`` in format ``fmt`` (one of :data:`FORMATS`); returns items written."""
    return WRITERS[fmt](records, out)


__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "FORMATS", "export", "write_acled", "write_csv",
           "write_geojson", "write_jsonl"]
