"""``truceline eval tempeval3 DIR``: TIMEX3 recognition and normalisation on TimeML.

Every ``*.tml`` file under DIR is read: the text of its ``TEXT`` element is
fed to the pipeline with ``published`` = the document creation time (the
``DCT`` TIMEX3's value); the gold TIMEX3 elements inside ``TEXT`` are compared
with ``doc._.tl_times`` as the TempEval-3 scorer does:

- strict: a predicted expression with exactly the gold extent;
- relaxed: a predicted expression overlapping a gold one. Precision counts the
  predictions that overlap some gold expression, recall the gold expressions
  that some prediction overlaps;
- attributes on the relaxed matches (each gold paired with the prediction that
  overlaps it most): ``value_accuracy`` and ``type_accuracy``; ``value_f1`` =
  relaxed F1 x value accuracy, ``type_f1`` likewise (TempEval-3's attribute F1).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truceline.evaluation.common import PRF, overlaps, times_only
from truceline.record import Time


@dataclass(frozen=True, slots=True)
class GoldTimex:
    span: tuple[int, int]
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> TimeMLDoc:
    """The TEXT of a TimeML file with its TIMEX3 offsets and the DCT."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = dct_el.get("value") if dct_el is not None else None
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    if text_el is not None:
        _walk(text_el, parts, gold, top=True)
    return TimeMLDoc(path.stem, "".join(parts), dct, tuple(gold))


def _walk(el: ET.Element, parts: list[str], gold: list[GoldTimex], *, top: bool) -> None:
    if not top:
        start = sum(map(len, parts))
    if el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts, gold, top=False)
        if child.tail:
            parts.append(child.tail)
    if not top and el.tag == "TIMEX3":
        end = sum(map(len, parts))
        raw = "".join(parts)[start:end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        gold.append(GoldTimex((start + lead, end - trail), raw.strip(), el.get("type", ""),
                              el.get("value", "")))


def score(docs: list[TimeMLDoc], predicted: list[list[Time]]) -> dict[str, float]:
    strict, relaxed = PRF(), PRF()
    matched = value_ok = type_ok = 0
    for doc, preds in zip(docs, predicted, strict=True):
        gold_spans = {g.span for g in doc.timexes}
        strict.pred += len(preds)
        relaxed.pred += len(preds)
        strict.gold += len(doc.timexes)
        relaxed.gold += len(doc.timexes)
        strict.tp += sum(1 for p in preds if tuple(p.span) in gold_spans)
        relaxed.tp += sum(1 for p in preds if any(overlaps(p.span, g.span) for g in doc.timexes))
        for g in doc.timexes:
            hits = [p for p in preds if overlaps(p.span, g.span)]
            if not hits:
                continue
            best = max(hits, key=lambda p: min(p.span[1], g.span[1]) - max(p.span[0], g.span[0]))
            matched += 1
            value_ok += best.value == g.value
            type_ok += best.type == g.type
    # recall counts gold items that are matched, precision predictions that are
    relaxed_recall = matched / relaxed.gold if relaxed.gold else 0.0
    relaxed_precision = relaxed.precision
    relaxed_f1 = (2 * relaxed_precision * relaxed_recall / (relaxed_precision + relaxed_recall)
                  if relaxed_precision + relaxed_recall else 0.0)
    value_acc = value_ok / matched if matched else 0.0
    type_acc = type_ok / matched if matched else 0.0
    return {
        "timex_strict_precision": round(strict.precision, 4),
        "timex_strict_recall": round(strict.recall, 4),
        "timex_strict_f1": round(strict.f1, 4),
        "timex_relaxed_precision": round(relaxed_precision, 4),
        "timex_relaxed_recall": round(relaxed_recall, 4),
        "timex_relaxed_f1": round(relaxed_f1, 4),
        "value_accuracy": round(value_acc, 4),
        "value_f1": round(relaxed_f1 * value_acc, 4),
        "type_accuracy": round(type_acc, 4),
        "type_f1": round(relaxed_f1 * type_acc, 4),
    }


def predict(docs: list[TimeMLDoc], *, model: str) -> tuple[list[list[Time]], float]:
    """The time stage's output for each document, and the seconds it took."""
    return times_only([(d.text, _dct_date(d.dct)) for d in docs], model=model)


def _dct_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", value)
    if not m:
        return None
    return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()


def run(path: Path, *, model: str, limit: int | None) -> dict[str, Any]:
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    if limit is not None:
        files = files[:limit]
    docs = [read_tml(f) for f in files]
    predicted, seconds = predict(docs, model=model)
    result: dict[str, Any] = score(docs, predicted)
    result["docs"] = len(docs)
    result["gold_timexes"] = sum(len(d.timexes) for d in docs)
    result["docs_per_s"] = round(len(docs) / seconds, 2) if seconds else 0.0
    return result
