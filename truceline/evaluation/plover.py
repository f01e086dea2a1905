"""``truceline eval plover FILE``: the PLOVER gold standard records (OEDA, 2016).

FILE is ``PLOVER_GSR_CAMEO.json`` (a list of records: ``text``, ``event``,
``source``/``target`` actor lists with ``actorText``); records of event
``DOCUMENT`` are documentation and skipped. Each sentence is one document.

Matching (one coded event per sentence, as in the gold):

- The sentence's *main* predicted event is the one whose trigger is highest in
  the dependency tree (nearest the root), ties to the higher confidence, then
  the earlier trigger.
- ``event_accuracy``: its type, mapped to the GSR's type names by
  :data:`CROSSWALK` (and any event with modality ``refused`` to REJECT, as
  PLOVER codes "declined to resign"), equals the gold ``event``; a sentence with no predicted
  event counts as wrong. ``event_coverage``: share of sentences with any event.
- ``source_accuracy`` (over the records with a gold source) and
  ``target_accuracy`` (over those with a gold target): at least one actor of the
  main event's actors (targets) matches at least one gold source (target). Two
  names match when, lowercased, one contains the other, or both resolve with
  :func:`truceline.actors.resolve` to the same canonical actor ("Hungarian" and
  "Hungary"). Accuracy is over all such records, whatever the event type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from truceline.actors import resolve
from truceline.errors import Code, EvalError
from truceline.evaluation.common import Timer
from truceline.record import Event

# truceline's scheme keeps RELEASE of persons and ACCUSE apart; the GSR codes
# them as PLOVER does: release of persons is RETREAT (CAMEO 0841), an
# accusation is DISAPPROVE (CAMEO 112).
CROSSWALK: dict[str, str] = {"RELEASE": "RETREAT", "ACCUSE": "DISAPPROVE"}
BATCH_SIZE = 32  # one sentence per document
SKIP_EVENTS = frozenset({"DOCUMENT"})


def plover_type(event: Event) -> str:
    """The GSR type name of a truceline event."""
    if event.modality == "refused":
        return "REJECT"
    return CROSSWALK.get(event.type, event.type)


def _depth(doc: Doc, event: Event) -> int:
    span = doc.char_span(*event.span, alignment_mode="expand")
    return len(list(span.root.ancestors)) if span is not None else len(doc)


def main_event(doc: Doc, events: list[Event]) -> Event | None:
    """The event nearest the root of the parse (then the most confident, then the first)."""
    if not events:
        return None
    return min(events, key=lambda e: (_depth(doc, e), -e.confidence, e.span[0]))


def _canonical(name: str) -> str:
    info = resolve(name)
    return (info.canonical if info else name).lower()


def names_match(predicted: str, gold: str) -> bool:
    p, g = predicted.lower(), gold.lower()
    return p in g or g in p or _canonical(predicted) == _canonical(gold)


def _any_match(predicted: tuple[str, ...], gold: list[dict[str, Any]]) -> bool:
    return any(names_match(p, str(g.get("actorText", ""))) for p in predicted for g in gold)


def read_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvalError(Code.EVAL_PATH, f"{path}: {err}") from None
    if not isinstance(data, list):
        raise EvalError(Code.EVAL_PATH, f"{path}: expected a JSON list of PLOVER records")
    records = [r for r in data if isinstance(r, dict) and r.get("text") and r.get("event") not in SKIP_EVENTS]
    return records[:limit] if limit is not None else records


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    import truceline
    from truceline.stages.base import get_facts

    if not path.is_file():
        raise EvalError(Code.EVAL_PATH, f"{path} is not a PLOVER records JSON file")
    records = read_records(path, limit)
    nlp = truceline.load(model)
    timer = Timer()
    hits = {"event": 0, "source": 0, "target": 0}
    totals = {"event": len(records), "source": 0, "target": 0}
    covered = 0

    def docs() -> Any:
        for rec in records:
            doc = nlp.make_doc(str(rec["text"]))
            doc._.tl_meta = {"published": rec.get("date")}
            yield doc

    with timer.running():
        parsed = list(nlp.pipe(docs(), batch_size=BATCH_SIZE))
    for rec, doc in zip(records, parsed, strict=True):
        events = [e for e in get_facts(doc, "events") if isinstance(e, Event)]
        covered += bool(events)
        main = main_event(doc, events)
        if main is not None and plover_type(main) == rec["event"]:
            hits["event"] += 1
        roles = (("source", main.actors if main else ()), ("target", main.targets if main else ()))
        for role, predicted in roles:
            gold = rec.get(role) or []
            if gold:
                totals[role] += 1
                hits[role] += _any_match(predicted, gold)
    n = len(records)
    return {
        "event_accuracy": round(hits["event"] / n, 4) if n else 0.0,
        "event_coverage": round(covered / n, 4) if n else 0.0,
        "source_accuracy": round(hits["source"] / totals["source"], 4) if totals["source"] else 0.0,
        "target_accuracy": round(hits["target"] / totals["target"], 4) if totals["target"] else 0.0,
        "docs": n,
        "docs_per_s": timer.rate(n),
    }
