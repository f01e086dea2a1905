"""ACLED-style sub-event types (the 30 of CASE 2021 task 2) for a snippet, from cue lexicons.

No labelled training data is used: the cues in ``truceline/data/events_acled.json``
are written from ACLED's codebook definitions (and the task's notes on its five
types outside ACLED). A snippet's lemmas are matched against each type's
weighted patterns; the type with the highest score wins, ties go to the more
specific type (the lexicon's ``priority``), and a snippet with no cue at all
gets the lexicon's ``fallback``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from truceline.data import load_json

FIRST_SENTENCE_BOOST = 2.0  # a snippet leads with its event; later sentences give background


Patterns = dict[str, tuple[tuple[re.Pattern[str], float], ...]]


@dataclass(frozen=True, slots=True)
class _Family:
    """Subtypes decided by what happened at an event of the context type (ACLED's protest types)."""

    context: str
    min_context: float
    min_score: float
    members: frozenset[str]
    order: tuple[str, ...]
    patterns: Patterns


@dataclass(frozen=True, slots=True)
class _Cues:
    patterns: Patterns
    priority: dict[str, int]
    fallback: str
    protest: _Family
    general: frozenset[str]
    specific: frozenset[str]
    specific_min: float


def _compile(types: dict[str, list[list[Any]]]) -> Patterns:
    return {label: tuple((re.compile(rf"(?<![a-z]){p}"), float(w)) for p, w in cues)
            for label, cues in types.items()}


@cache
def _cues() -> _Cues:
    raw = load_json("events_acled.json")
    priority = {label: i for i, label in enumerate(raw["priority"])}
    fam = raw["protest_family"]
    protest = _Family(fam["context"], float(fam["min_context"]), float(fam["min_score"]),
                      frozenset(fam["members"]), tuple(fam["order"]), _compile(fam["cues"]))
    return _Cues(_compile(raw["types"]), priority, str(raw["fallback"]), protest,
                 frozenset(raw["general"]), frozenset(raw["specific"]), float(raw["specific_min"]))


def labels() -> tuple[str, ...]:
    """The types the classifier can give."""
    return tuple(_cues().patterns)


def _lemmas(span: Doc | Span) -> str:
    return " ".join(t.lemma_.lower() for t in span if not t.is_space)


def _score(patterns: Patterns, first: str, rest: str) -> dict[str, float]:
    result: dict[str, float] = {}
    for label, cues in patterns.items():
        total = 0.0
        for pattern, weight in cues:
            hits = FIRST_SENTENCE_BOOST * len(pattern.findall(first)) + len(pattern.findall(rest))
            total += weight * hits
        if total:
            result[label] = total
    return result


def _first_and_rest(doc: Doc) -> tuple[str, str]:
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    return _lemmas(sents[0]), " ".join(_lemmas(s) for s in sents[1:])


def scores(doc: Doc) -> dict[str, float]:
    """Each type's cue score for the snippet."""
    return _score(_cues().patterns, *_first_and_rest(doc))


def _protest_subtype(family: _Family, first: str, rest: str) -> str:
    found = {k: v for k, v in _score(family.patterns, first, rest).items() if v >= family.min_score}
    if not found:
        return family.context
    return max(found, key=lambda label: (found[label], -family.order.index(label)))


def classify(doc: Doc) -> str:
    """The ACLED-style sub-event type of a snippet."""
    cues = _cues()
    first, rest = _first_and_rest(doc)
    found = _score(cues.patterns, first, rest)
    if not found:
        return cues.fallback
    def rank(label: str) -> tuple[float, int]:
        return found[label], -cues.priority.get(label, len(cues.priority))

    best = max(found, key=rank)
    specific = [label for label in found if label in cues.specific and found[label] >= cues.specific_min]
    if best in cues.general and specific:
        best = max(specific, key=rank)
    family = cues.protest
    if best in family.members and found.get(family.context, 0.0) >= family.min_context:
        return _protest_subtype(family, first, rest)
    return best
