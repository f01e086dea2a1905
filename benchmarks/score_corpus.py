"""Score the pipeline and the reconciliation on the annotated example corpus.

Ingests ``examples/corpus`` into a temporary store, reads it back, reconciles
it and compares with ``benchmarks/corpus_gold.json``: precision and recall per
kind (events, positions, agreements, agreement slots, phase slots, terms,
contradictions). See benchmarks/README.md.

    .venv/bin/python benchmarks/score_corpus.py [--corpus DIR] [--gold FILE]

The last line printed is a JSON object of metrics.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from truceline.actors import country_name, resolve
from truceline.pipeline import DEFAULT_MODEL
from truceline.read import read_paths
from truceline.reconcile import AgreementView, PhaseView, agreements, as_date, contradictions, figure_series
from truceline.record import ArticleFacts
from truceline.store import SQLiteStore, ingest, load_records, pipeline_extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT / "benchmarks" / "corpus_gold.json"
DATE_TOLERANCE_DAYS = 1  # "overnight", "early on Monday": a report may date an event a day off
POLARITY = {"DEMAND": 1, "PROPOSE": 1, "SUPPORT": 1, "ACCEPT": 1, "OPPOSE": -1, "REFUSE": -1}

Gold = dict[str, Any]


def party(name: str) -> str:
    """An actor as a party: a military as its state ("Israel Defense Forces" -> Israel)."""
    info = resolve(name)
    if info is None:
        return name
    if info.actor_type == "MILITARY" and info.country:
        return country_name(info.country) or info.canonical
    return info.canonical


def _any(gold: Any) -> set[str]:
    return set(gold) if isinstance(gold, list) else {gold}


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_gold / n_gold if n_gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _match_pairs(gold: Sequence[Gold], pred: Sequence[Any], ok: Any) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in gold order."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and ok(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _close(gold: str | None, value: str | None) -> bool:
    if gold is None:
        return True
    a, b = as_date(gold), as_date(value)
    return a is not None and b is not None and abs((a - b).days) <= DATE_TOLERANCE_DAYS


def score_events(facts: ArticleFacts, gold: list[Gold]) -> tuple[int, int, int, int, int]:
    """(matched, predicted, gold, modality right among matched, matched)."""
    pred = list(facts.events)

    def ok(g: Gold, e: Any) -> bool:
        actors = {party(a) for a in e.actors}
        return (e.type in _any(g["type"]) and _close(g["date"], e.time or facts.article.published)
                and (not g["actors"] or bool(actors & set(g["actors"]))))

    pairs = _match_pairs(gold, pred, ok)
    modality = sum(pred[pi].modality == gold[gi]["modality"] for gi, pi in pairs)
    return len(pairs), len(pred), len(gold), modality, len(pairs)


def score_positions(facts: ArticleFacts, gold: list[Gold]) -> tuple[int, int, int, int]:
    """(matched, predicted, gold, exact stance among matched); a match needs actor, topic, polarity."""
    pred = list(facts.positions)

    def ok(g: Gold, p: Any) -> bool:
        return (party(p.actor) == g["actor"] and p.topic in _any(g["topic"])
                and POLARITY.get(p.stance) == POLARITY[g["stance"]])

    pairs = _match_pairs(gold, pred, ok)
    exact = sum(pred[pi].stance == gold[gi]["stance"] for gi, pi in pairs)
    return len(pairs), len(pred), len(gold), exact


def _days(duration: str | None) -> int | None:
    if not duration or not duration.startswith("P") or not duration[1:-1].isdigit():
        return None
    return int(duration[1:-1]) * {"D": 1, "W": 7}.get(duration[-1], 0) or None


def _slot(phase: PhaseView | None, name: str) -> Any:
    if phase is None:
        return None
    return _days(phase.duration) if name == "duration_days" else getattr(phase, name)


def score_agreement(view: AgreementView | None, gold: Gold) -> dict[str, tuple[int, int, int]]:
    """Per kind, (right among predicted, predicted, gold) slots."""
    if view is None:
        n_terms = sum(len(p["terms"]) for p in gold["phases"])
        n_phase = sum(v is not None for p in gold["phases"]
                      for v in (p["start"], p["end"], p["duration_days"]))
        return {"agreement_slots": (0, 0, len(gold["parties"]) + len(gold["mediators"]) + 1
                                    + len(gold["history"])),
                "phase_slots": (0, 0, n_phase), "terms": (0, 0, n_terms)}
    right = len(set(view.parties) & set(gold["parties"])) + len(set(view.mediators) & set(gold["mediators"]))
    history = {(p.date, p.status) for p in view.history}
    gold_history = {tuple(h) for h in gold["history"]}
    right += (view.status == gold["status"]) + len(history & gold_history)
    agreement = (right, len(view.parties) + len(view.mediators) + 1 + len(history),
                 len(gold["parties"]) + len(gold["mediators"]) + 1 + len(gold_history))
    phases = {p.n: p for p in view.phases}
    ok = pred_n = gold_n = 0
    t_ok_pred = t_pred = t_ok_gold = t_gold = 0
    for g in gold["phases"]:
        p = phases.get(g["n"])
        slots = (("start", g["start"]), ("end", g["end"]), ("duration_days", g["duration_days"]))
        for name, gold_value in slots:
            value = _slot(p, name)
            gold_n += gold_value is not None
            pred_n += value is not None
            ok += value is not None and gold_value is not None and value in (
                gold_value if isinstance(gold_value, list) else [gold_value])
        terms = list(p.terms) if p else []
        t_pred += len(terms)
        t_gold += len(g["terms"])
        hits = [[t.kind == gt["kind"] and gt["contains"] in t.text.casefold() for gt in g["terms"]]
                for t in terms]
        t_ok_pred += sum(any(row) for row in hits)
        t_ok_gold += sum(any(row[j] for row in hits) for j in range(len(g["terms"])))
    for n, p in phases.items():  # phases the gold does not have count as predicted slots
        if n not in {g["n"] for g in gold["phases"]}:
            pred_n += sum(v is not None for v in (p.start, p.end, p.duration))
            t_pred += len(p.terms)
    return {"agreement_slots": agreement, "phase_slots": (ok, pred_n, gold_n),
            "terms": (t_ok_pred, t_pred, t_gold), "_terms_gold_found": (t_ok_gold, 0, 0)}


def score_contradictions(records: Sequence[ArticleFacts], gold: list[Gold]) -> tuple[int, int, int]:
    found = contradictions(figure_series(records))
    pred = {(c.category, frozenset(v for v in (c.a.value, c.b.value, c.a.low, c.b.low) if v is not None))
            for c in found}
    gold_set = [(g["category"], frozenset(float(v) for v in g["values"])) for g in gold]
    hits = sum(any(cat == gc and gv <= values for cat, values in pred) for gc, gv in gold_set)
    pred_hits = sum(any(cat == gc and gv <= values for gc, gv in gold_set) for cat, values in pred)
    return pred_hits, len(pred), hits


def ingest_corpus(corpus: Path, db: Path, model: str = DEFAULT_MODEL) -> list[ArticleFacts]:
    store = SQLiteStore(db)
    try:
        ingest(list(read_paths([corpus])), store, extract=pipeline_extractor(model))
    finally:
        store.close()
    return load_records(db)


def score(records: Sequence[ArticleFacts], gold: Gold) -> dict[str, Any]:
    by_title = {(r.article.title or "").strip(): r for r in records}
    missing = [t for t in gold["articles"] if t not in by_title]
    ev = [0, 0, 0, 0]
    po = [0, 0, 0, 0]
    for title, g in gold["articles"].items():
        facts = by_title.get(title)
        if facts is None:
            ev[2] += len(g["events"])
            po[2] += len(g["positions"])
            continue
        m, n_pred, n_gold, modality, _ = score_events(facts, g["events"])
        ev = [ev[0] + m, ev[1] + n_pred, ev[2] + n_gold, ev[3] + modality]
        pm, pn, pg, exact = score_positions(facts, g["positions"])
        po = [po[0] + pm, po[1] + pn, po[2] + pg, po[3] + exact]
    metrics: dict[str, Any] = {"docs": len(records), "missing_articles": len(missing)}
    for kind, (m, n_pred, n_gold) in (("event", ev[:3]), ("position", po[:3])):
        for k, v in _prf(m, n_pred, m, n_gold).items():
            metrics[f"{kind}_{k}"] = v
    metrics["event_modality_accuracy"] = round(ev[3] / ev[0], 3) if ev[0] else 0.0
    metrics["position_stance_accuracy"] = round(po[3] / po[0], 3) if po[0] else 0.0
    views = agreements(records)
    gold_deals = gold["agreements"]

    def same_deal(g: Gold, v: AgreementView) -> bool:
        return set(g["parties"]) <= set(v.parties)

    pairs = _match_pairs(gold_deals, views, same_deal)
    for k, v in _prf(len(pairs), len(views), len(pairs), len(gold_deals)).items():
        metrics[f"agreement_{k}"] = v
    totals: dict[str, list[int]] = {}
    matched = dict(pairs)
    for gi, g in enumerate(gold_deals):
        view = views[matched[gi]] if gi in matched else None
        for kind, (right, n_pred, n_gold) in score_agreement(view, g).items():
            acc = totals.setdefault(kind, [0, 0, 0])
            acc[0], acc[1], acc[2] = acc[0] + right, acc[1] + n_pred, acc[2] + n_gold
    for kind in ("agreement_slots", "phase_slots"):
        right, n_pred, n_gold = totals[kind]
        for k, v in _prf(right, n_pred, right, n_gold).items():
            metrics[f"{kind}_{k}"] = v
    t_right, t_pred, t_gold = totals["terms"]
    for k, v in _prf(t_right, t_pred, totals.get("_terms_gold_found", [0])[0], t_gold).items():
        metrics[f"term_{k}"] = v
    c_pred_hits, c_pred, c_gold_hits = score_contradictions(records, gold["contradictions"])
    for k, v in _prf(c_pred_hits, c_pred, c_gold_hits, len(gold["contradictions"])).items():
        metrics[f"contradiction_{k}"] = v
    return metrics


def run(corpus: Path = CORPUS, gold_path: Path = GOLD, model: str = DEFAULT_MODEL) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        records = ingest_corpus(corpus, Path(tmp) / "corpus.db", model)
    elapsed = time.perf_counter() - start
    metrics = score(records, gold)
    metrics["docs_per_s"] = round(len(records) / elapsed, 2) if elapsed else 0.0
    return metrics


def _table(metrics: dict[str, Any], kinds: Iterable[str]) -> str:
    rows = [f"{k:<22} {metrics[k + '_precision']:>9} {metrics[k + '_recall']:>7} {metrics[k + '_f1']:>6}"
            for k in kinds]
    return "\n".join([f"{'kind':<22} {'precision':>9} {'recall':>7} {'f1':>6}", *rows])


KINDS = ("event", "position", "agreement", "agreement_slots", "phase_slots", "term", "contradiction")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    metrics = run(args.corpus, args.gold, args.model)
    print(_table(metrics, KINDS))
    print(json.dumps(metrics, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

