"""NewsQuant (CQE): quantities in news sentences, scored as CQE_Evaluation does.

Each gold quantity has a value (a range is "low-high"), a normalised unit and
referred concepts. The scorer follows ``evaluate_models.calculate_metrics`` of
the public CQE_Evaluation repository: for each gold quantity, in order of
normalised unit, the predictions are walked; every prediction with the same
value counts a value hit (at most one per gold quantity, and at most as many
as the sentence has gold quantities); a prediction with the same value and
unit counts a value+unit hit and is used up. Concepts are compared as word
sets on value matches (complete and partial). Precision divides by all
predictions, recall by all gold quantities.

Figures map to CQE's representation: a range -> (low, high); unit codes ->
CQE's unit names (``figures_units.tsv``); a counted noun -> its lemma(s);
no unit -> "-". Figures without a value ("several") and counts inferred from
the grammar alone ("a man was killed" -> 1) are not NewsQuant quantities.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from truceline.evaluation.common import PRF, Timer
from truceline.pipeline import load
from truceline.record import Figure
from truceline.stages.base import get_facts
from truceline.stages.figures import FRACTION_UNIT
from truceline.stages.figures_quantity import units

REL_TOL = 1e-5  # numpy.isclose's defaults, as CQE's values_match
ABS_TOL = 1e-8
_CONCEPT_SPLIT = re.compile(r"[,\s]+")

Value = float | tuple[float, float]
COUNTED_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # the words of a counted noun phrase CQE keeps
# not the kind of thing counted: comparison, vague and scale words, "a total of"
SKIP_WORDS = frozenset({"more", "than", "of", "dozens", "tens", "scores", "hundreds", "thousands", "millions",
                        "total", "m", "b", "bn", "k", "million", "billion", "thousand", "hundred"})


def _gold_value(raw: str, *, average_ranges: bool = False) -> Value:
    """A gold value: a number, or a range written "low-high" (its midpoint with
    ``average_ranges``, as CQE scores systems that give no ranges, quantulum3)."""
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-")[:2]
        if average_ranges:
            return (float(low) + float(high)) / 2
        return float(low), float(high)
    return float(raw)


def _close(a: float, b: float) -> bool:
    """numpy.isclose(a, b): the relative tolerance is taken of ``b``."""
    return abs(a - b) <= ABS_TOL + REL_TOL * abs(b)


def values_match(gold: Value, pred: Value) -> bool:
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(gold[0], pred[0]) and _close(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(gold, pred)  # CQE calls np.isclose(gt_value, model_value)


def unit_name(fig: Figure, doc: Doc) -> str:
    """CQE's normalised unit for a figure: a unit's name ("dollar per barrel"),
    the lemmas of the counted noun phrase ("seven European countries" ->
    "european country"), or a share: "% " and its noun, "% -" without one."""
    if fig.unit is None:
        return "-"
    table = units()
    if fig.unit in table.name:
        return table.name[fig.unit]
    base, _, per = fig.unit.partition("/")
    if base in table.name:
        return f"{table.name[base]} per {table.name.get(per, per)}"
    span = doc.char_span(fig.span[0], fig.span[1], alignment_mode="expand")
    if span is None:
        return fig.unit
    if fig.unit == FRACTION_UNIT:
        nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
        return f"% {counted_phrase(nouns[-1]) or '-'}" if nouns else "% -"
    noun = next((t for t in reversed(span) if t.lower_ == fig.unit), None)
    if noun is None:  # a unit shared with a quantity nearby ("435 homes ... and 187")
        noun = min((t for t in span.sent if t.lower_ == fig.unit),
                   key=lambda t: abs(t.i - span.start), default=None)
    return (counted_phrase(noun) if noun is not None else "") or fig.unit  # "1 fb−1": as written


def counted_phrase(noun: Token) -> str:
    """The counted noun with the words that say which kind it is, lemmatised as
    CQE writes units: adjectives and nouns before it, a possessor, hyphenated
    words kept whole; numbers, scales and determiners left out ("the top three
    seeds" -> "top seed", "two gas-only powertrain options" -> "gas-only
    powertrain option", "Two of Johnson's deputies" -> "johnson deputy")."""
    doc = noun.doc
    words: list[str] = []
    word: list[Token] = []
    for tok in doc[noun.left_edge.i:noun.i + 1]:
        word.append(tok)
        if tok.whitespace_ and tok.i < noun.i:
            words += _word(word, noun)
            word = []
    words += _word(word, noun)
    return " ".join(words)


def _word(tokens: list[Token], noun: Token) -> list[str]:
    """One written word of a counted noun phrase, or nothing where it is no part of the unit."""
    tokens = [t for t in tokens if t.tag_ != "POS"]  # "Johnson's deputies" -> "johnson deputy"
    if not any(t.pos_ in COUNTED_POS for t in tokens) or any(
            t.like_num or t.lower_ in SKIP_WORDS or any(c.isdigit() for c in t.text) for t in tokens):
        return []
    if len(tokens) > 1:
        return ["".join(t.text_with_ws for t in tokens).strip().lower()]
    tok = tokens[0]
    if tok.i == noun.i and tok.tag_ == "NNPS" and tok.lemma_.endswith("s"):
        return [tok.lemma_[:-1].lower()]  # "Americans" -> "american": the tagger leaves names plural
    return [tok.lemma_.lower()]


def to_tag(fig: Figure, doc: Doc) -> dict[str, Any] | None:
    """CQE's representation of a figure; None for what NewsQuant does not annotate:
    figures without a value ("several") and counts inferred from grammar alone
    ("a man was killed")."""
    span = doc.char_span(fig.span[0], fig.span[1], alignment_mode="expand")
    written = fig.vague or fig.derived_from is not None or fig.unit == "fraction" or span is None or any(
        t.like_num or t.pos_ == "NUM" or any(c.isdigit() for c in t.text) for t in span)
    if not written:
        return None
    value: Value
    if fig.low is not None and fig.high is not None:
        value = (fig.low, fig.high)
    elif fig.value is not None:
        value = fig.value
    else:
        return None
    return {"value": value, "unit": unit_name(fig, doc), "concepts": list(fig.concepts)}


def _concepts_match(gold: list[str], pred: list[str]) -> tuple[bool, bool]:
    pred = pred or ["-"]  # CQE writes "no concept" as "-"
    g = {w.lower() for w in gold}
    p = {w.lower() for w in pred}
    inter = g & p
    return len(inter) == len(gold) == len(pred), bool(inter)


def score(rows: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]], *,
          average_ranges: bool = False) -> dict[str, float]:
    """(gold, predicted) quantities per sentence -> CQE's F1 scores."""
    value, unit, complete, partial = PRF(), PRF(), PRF(), PRF()
    for gold, pred in rows:
        for prf in (value, unit, complete, partial):
            prf.gold += len(gold)
            prf.pred += len(pred)
        tags = sorted(pred, key=lambda t: t["unit"])
        budget = len(gold)
        for g in sorted(gold, key=lambda q: q["normalized_unit"]):
            g_value = _gold_value(g["value"], average_ranges=average_ranges)
            g_unit = g["normalized_unit"].lower()
            g_concepts = _CONCEPT_SPLIT.split(g["referred_concepts"])
            for tag in tags:
                if not values_match(g_value, tag["value"]):
                    continue
                if budget > 0:
                    value.tp += 1
                    budget -= 1
                full, part = _concepts_match(g_concepts, tag["concepts"])
                complete.tp += full
                partial.tp += part
                if tag["unit"].lower() == g_unit:
                    unit.tp += 1
                    tags.remove(tag)
                    break
    return {"value_f1": round(value.f1, 4), "value_p": round(value.precision, 4),
            "value_r": round(value.recall, 4), "value_unit_f1": round(unit.f1, 4),
            "concept_f1": round(complete.f1, 4), "concept_partial_f1": round(partial.f1, 4)}


def predict(texts: list[str], model: str) -> tuple[list[list[dict[str, Any]]], float]:
    """Predicted CQE tags per sentence, and the seconds the pipeline took."""
    nlp = load(model)
    timer = Timer()
    out: list[list[dict[str, Any]]] = []
    with timer.running():
        for doc in nlp.pipe(texts, batch_size=64):
            tags = [to_tag(f, doc) for f in get_facts(doc, "figures")]
            out.append([t for t in tags if t is not None])
    return out, timer.seconds


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))[:limit]
    texts = [row["text"] for row in data]
    preds, seconds = predict(texts, model)
    result: dict[str, Any] = {"docs": len(texts),
                              "docs_per_s": round(len(texts) / seconds, 2) if seconds else 0.0}
    result.update(score([(row["quantities"], p) for row, p in zip(data, preds, strict=True)]))
    result["quantities_gold"] = sum(len(r["quantities"]) for r in data)
    result["quantities_pred"] = sum(len(p) for p in preds)
    return result
