"""Temporal expressions -> TIMEX3 values anchored to the publication date.

The stage runs the rule-based recogniser of :mod:`truceline.timex` over the
Doc's text, with what only the parsed Doc knows: the tense of the verb
governing each expression (a bare "Monday" in a past-tense clause is the
Monday before the article, in a future one the Monday after). It writes
``doc._.tl_times``: a list of :class:`truceline.record.Time`, ids ``t1``,
``t2`` ... in reading order, each with its ``anchor``:
``"published:2025-02-28"`` when resolved against the publication date, the id
of another time (``"t5"``) when resolved against the last date the narrative
mentioned ("returned on February 28th, but will return the next day" -> the
next day's anchor is the February 28th time), ``None`` for absolute values.

API for later stages (cheap: no parsing, a scan of one sentence's times)::

    from truceline.stages.time import time_at, governing_times

    time_at(doc, token_or_char)          # -> Time | None
    time_at(doc, 1234, types=("DATE",))  # only dates
    governing_times(doc, token)          # -> list[Time], best first

``time_at`` returns the DATE/TIME expression governing a token or character
offset: among the times of the same sentence, one attached to the same verb
(or to the token itself) first, else the nearest one before the token, else
the nearest after; ``None`` when the sentence has no time. Figures and events
use it for ``as_of`` / ``time``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from truceline.record import Time
from truceline.stages.base import (
    doc_text,
    get_facts,
    next_id,
    provenance,
    published,
    sentence_index,
    set_facts,
)
from truceline.timex import FUTURE, NONE, PAST, PRESENT, Timex, find_timexes

EXTRACTOR = "time.v1"
CONFIDENCE = {"absolute": 0.95, "anchored": 0.85, "narrative": 0.75, "vague": 0.7}
MAX_HEAD_STEPS = 4  # a time expression's verb is at most this many heads up (PP, NP)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
PAST_AUX_TAGS = frozenset({"VBD"})
PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})
DATE_TYPES = ("DATE", "TIME")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PASS_THROUGH = frozenset({"ADP", "ADV", "PART", "SCONJ", "CCONJ", "PUNCT"})


def _verb_of(token: Token) -> Token | None:
    """The verb governing ``token`` through prepositions and adverbs, or None where
    the expression hangs off a noun or adjective ("a June agreement", "payable
    Dec. 7"): no tense then."""
    current = token
    for _ in range(MAX_HEAD_STEPS + 1):
        if current.pos_ in ("VERB", "AUX"):
            return current
        head = current.head
        if head == current:
            return None
        if head.pos_ not in PASS_THROUGH and head.pos_ not in ("VERB", "AUX") \
                and not (head.pos_ == "PROPN" and current.pos_ in ("PROPN", "NUM")):
            return None
        current = head
    return None


def tense_direction(verb: Token | None) -> int:
    """PAST, FUTURE (will, shall, going to, an infinitive), PRESENT or NONE (no verb,
    other modals)."""
    if verb is None:
        return NONE
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return FUTURE
    if any(a.tag_ == "MD" for a in auxes) or verb.tag_ == "MD":
        return NONE
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        return FUTURE  # "is scheduled to close Monday", "agreed to meet on Sunday"
    if verb.tag_ in PAST_AUX_TAGS or any(a.tag_ in PAST_AUX_TAGS for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and lowers & PERFECT_AUX:
        return PAST
    if verb.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes):
        return PRESENT
    return NONE


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


class TimeStage:
    """Writes ``doc._.tl_times`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        dct = published(doc)
        has_parse = doc.has_annotation("DEP")

        def direction(start: int, end: int) -> int:
            if not has_parse:
                return NONE
            span = _span(doc, start, end)
            return tense_direction(_verb_of(span.root)) if span is not None else NONE

        timexes = find_timexes(doc_text(doc), dct, direction=direction)
        set_facts(doc, "times", to_times(doc, timexes, dct))
        return doc


def to_times(doc: Doc, timexes: Sequence[Timex], dct: dt.date | None) -> list[Time]:
    """The record's Time facts of resolved timexes."""
    times: list[Time] = []
    for i, tx in enumerate(timexes):
        fact_id = next_id("times", i + 1)
        if tx.ref is not None:
            anchor: str | None = next_id("times", tx.ref + 1)
            confidence = CONFIDENCE["narrative"]
        elif tx.from_dct and dct is not None:
            anchor = f"published:{dct.isoformat()}"
            confidence = CONFIDENCE["anchored"]
        else:
            anchor = None
            confidence = CONFIDENCE["vague" if "X" in tx.value or tx.value.endswith("_REF")
                                    else "absolute"]
        times.append(Time(**provenance(doc, tx.start, tx.end, fact_id=fact_id,
                                       extractor=EXTRACTOR, confidence=confidence),
                          type=tx.type, value=tx.value, anchor=anchor, mod=tx.mod,  # type: ignore[arg-type]
                          begin=tx.begin, end=tx.end_value, quant=tx.quant))
    return times


def governing_times(doc: Doc, where: Token | int, *,
                    types: Sequence[str] = DATE_TYPES) -> list[Time]:
    """The times of ``where``'s sentence, best first (see :func:`time_at`)."""
    char = where.idx if isinstance(where, Token) else where
    sentence = sentence_index(doc, char)
    candidates = [t for t in get_facts(doc, "times") if t.sentence == sentence and t.type in types]
    if not candidates:
        return []
    token = where if isinstance(where, Token) else _token_at(doc, char)
    verb = _verb_of(token) if token is not None and doc.has_annotation("DEP") else None

    def rank(t: Time) -> tuple[int, int, int]:
        same_verb = 1
        if verb is not None:
            span = _span(doc, t.span[0], t.span[1])
            same_verb = 0 if span is not None and _verb_of(span.root) == verb else 1
        before = 0 if t.span[1] <= char else 1
        distance = char - t.span[1] if before == 0 else t.span[0] - char
        return (same_verb, before, distance)

    return sorted(candidates, key=rank)


def time_at(doc: Doc, where: Token | int, *, types: Sequence[str] = DATE_TYPES) -> Time | None:
    """The time expression governing a token or character offset, or None."""
    ranked = governing_times(doc, where, types=types)
    return ranked[0] if ranked else None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
