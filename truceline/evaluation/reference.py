"""``truceline eval reference PATH``: the key-facts checklist of the reference article.

PATH is the reference article (``../shared/data/example/ceasefire-talks-cairo.txt``,
published 2025-02-28). The checklist lives in ``benchmarks/reference_keyfacts.json``:
each key fact is a small matcher, e.g.
``{"kind": "figure", "value": 25, "category": "HOSTAGES_RELEASED"}``. A key fact is
found when at least one extracted fact of its kind satisfies every field:

- ``value``/``n`` (numbers) match exactly (figures within :data:`VALUE_TOLERANCE`);
  ``approx`` matches the boolean.
- enumerated fields (``category``, ``rate``, ``stance``, ``topic``, ``type``,
  ``modality``, ``term``, a time's ``value``, a phase's ``start``/``duration``, an
  agreement's ``deadline``) match exactly; a list means any of its values.
- free-text fields (``text``, ``canonical``, ``source``, ``content``, ``actor``,
  ``place``, ``claim_source``) match as case-insensitive substrings of the fact's
  text or canonical form; a list means any of its values.
- collection fields (``actors``, ``mediators``, ``parties``) need *every* listed
  name among the fact's names (substring, case-insensitive).

Reported: ``keyfacts_recall`` (found / total), per kind ``<kind>_recall`` and
``<kind>_found``/``<kind>_total``, and ``missed`` (the ids not found, comma-joined).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from truceline.errors import Code, EvalError
from truceline.evaluation.common import Timer
from truceline.record import ArticleFacts, Claim

KEYFACTS = Path(__file__).resolve().parents[2] / "benchmarks" / "reference_keyfacts.json"
VALUE_TOLERANCE = 1e-6  # figure values are parsed numbers; equal means equal

Matcher = dict[str, Any]


@dataclass(frozen=True, slots=True)
class KeyFactResult:
    id: str
    kind: str
    found: bool


@cache
def load_keyfacts(path: Path = KEYFACTS) -> tuple[str, tuple[Matcher, ...]]:
    """The publication date and the key facts of the checklist."""
    if not path.exists():
        raise EvalError(Code.EVAL_PATH, f"key-facts checklist absent: {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["published"]), tuple(data["keyfacts"])


def _options(want: Any) -> list[Any]:
    return list(want) if isinstance(want, list) else [want]


def _exact(want: Any, have: Any) -> bool:
    return have in _options(want)


def _contains(want: Any, *have: str | None) -> bool:
    texts = [h.lower() for h in have if h]
    return any(str(w).lower() in t for w in _options(want) for t in texts)


def _contains_all(want: Any, names: Iterable[str]) -> bool:
    lowered = [n.lower() for n in names]
    return all(any(str(w).lower() in n for n in lowered) for w in _options(want))


def _claim_source(facts: ArticleFacts, claim_id: str | None) -> list[str]:
    if claim_id is None:
        return []
    claim = facts.fact(claim_id)
    if not isinstance(claim, Claim):
        return []
    return [claim.source.text, claim.source.canonical]


def _match_figure(m: Matcher, facts: ArticleFacts) -> bool:
    for f in facts.figures:
        if "value" in m and (f.value is None or abs(f.value - float(m["value"])) > VALUE_TOLERANCE):
            continue
        if "category" in m and not _exact(m["category"], f.category):
            continue
        if "rate" in m and not _exact(m["rate"], f.rate):
            continue
        if "approx" in m and f.approx != bool(m["approx"]):
            continue
        if "claim_source" in m and not _contains(m["claim_source"], *_claim_source(facts, f.claim)):
            continue
        return True
    return False


def _match_time(m: Matcher, facts: ArticleFacts) -> bool:
    for t in facts.times:
        if "text" in m and not _contains(m["text"], t.text):
            continue
        if "value" in m and not _exact(m["value"], t.value):
            continue
        if "value_prefix" in m and not t.value.startswith(str(m["value_prefix"])):
            continue
        return True
    return False


def _match_place(m: Matcher, facts: ArticleFacts) -> bool:
    for p in facts.mentions:
        if p.kind != "PLACE":
            continue
        if "text" in m and not _contains(m["text"], p.text):
            continue
        if "canonical" in m and not _contains(m["canonical"], p.canonical):
            continue
        return True
    return False


def _match_claim(m: Matcher, facts: ArticleFacts) -> bool:
    for c in facts.claims:
        if "source" in m and not _contains(m["source"], c.source.text, c.source.canonical):
            continue
        if "content" in m and not _contains(m["content"], c.content):
            continue
        return True
    return False


def _match_position(m: Matcher, facts: ArticleFacts) -> bool:
    for p in facts.positions:
        if "actor" in m and not _contains(m["actor"], p.actor):
            continue
        if "stance" in m and not _exact(m["stance"], p.stance):
            continue
        if "topic" in m and not _exact(m["topic"], p.topic):
            continue
        if "claim_source" in m and not _contains(m["claim_source"], *_claim_source(facts, p.claim)):
            continue
        return True
    return False


def _match_event(m: Matcher, facts: ArticleFacts) -> bool:
    for e in facts.events:
        if "type" in m and not _exact(m["type"], e.type):
            continue
        if "actors" in m and not _contains_all(m["actors"], e.actors):
            continue
        if "mediators" in m and not _contains_all(m["mediators"], e.mediators):
            continue
        if "place" in m and not _contains(m["place"], e.place):
            continue
        if "time" in m and not _exact(m["time"], e.time):
            continue
        if "modality" in m and not _exact(m["modality"], e.modality):
            continue
        return True
    return False


def _match_agreement(m: Matcher, facts: ArticleFacts) -> bool:
    for a in facts.agreements:
        if "parties" in m and not _contains_all(m["parties"], a.parties):
            continue
        if "mediators" in m and not _contains_all(m["mediators"], a.mediators):
            continue
        if "deadline" in m and not _exact(m["deadline"], a.deadline):
            continue
        return True
    return False


def _match_phase(m: Matcher, facts: ArticleFacts) -> bool:
    for a in facts.agreements:
        for ph in a.phases:
            if "n" in m and ph.n != int(m["n"]):
                continue
            if "start" in m and not _exact(m["start"], ph.start):
                continue
            if "duration" in m and not _exact(m["duration"], ph.duration):
                continue
            if "term" in m and not any(_exact(m["term"], t.kind) for t in ph.terms):
                continue
            return True
    return False


MATCHERS: dict[str, Callable[[Matcher, ArticleFacts], bool]] = {
    "figure": _match_figure,
    "time": _match_time,
    "place": _match_place,
    "claim": _match_claim,
    "position": _match_position,
    "event": _match_event,
    "agreement": _match_agreement,
    "phase": _match_phase,
}


def check(facts: ArticleFacts, keyfacts: Iterable[Matcher]) -> list[KeyFactResult]:
    """Which key facts the record holds."""
    return [KeyFactResult(id=str(m["id"]), kind=str(m["kind"]), found=MATCHERS[m["kind"]](m, facts))
            for m in keyfacts]


def score(results: list[KeyFactResult]) -> dict[str, Any]:
    total, found = Counter[str](), Counter[str]()
    for r in results:
        total[r.kind] += 1
        found[r.kind] += r.found
    metrics: dict[str, Any] = {
        "keyfacts_recall": round(sum(found.values()) / len(results), 4) if results else 0.0,
        "keyfacts_found": sum(found.values()),
        "keyfacts_total": len(results),
        "missed": ",".join(r.id for r in results if not r.found),
    }
    for kind in sorted(total):
        metrics[f"{kind}_found"] = found[kind]
        metrics[f"{kind}_total"] = total[kind]
        metrics[f"{kind}_recall"] = round(found[kind] / total[kind], 4)
    return metrics


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    """Extract the reference article and check its key facts (``limit`` is ignored)."""
    import truceline

    if not path.is_file():
        raise EvalError(Code.EVAL_PATH, f"{path} is not the reference article file")
    published, keyfacts = load_keyfacts()
    truceline.load(model)  # loading the pipeline is not extraction time
    timer = Timer()
    with timer.running():
        facts = truceline.extract(path.read_text(encoding="utf-8"), published=published, model=model)
    metrics = score(check(facts, keyfacts))
    metrics.update(docs=1, docs_per_s=timer.rate(1))
    return metrics
