"""Agreements: phases, terms, parties, mediators, status and deadlines.

One agreement per article, when the article speaks of a deal ("the existing
ceasefire", "a ceasefire contract"). Its parties are the parties of the
positions and negotiation events, its mediators those of the events; its
deadline is the time governing "expire"/"end" with the deal as subject ("The
existing ceasefire is expected to expire this weekend" -> ``2025-W09-WE``);
its start the time of the clause where it began ("the six-week suspension that
began on January 19"), its duration the DURATION inside that noun phrase.
Phases are the ordinal phase nouns ("the first phase", "phase two"); each
phase's terms are read from the stretch of sentence that speaks of it.

Lexicon: ``truceline/data/events_agreements.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from truceline.record import Agreement, Event, Figure, Phase, Position, Term, Time
from truceline.stages.base import get_facts, next_id, provenance, set_facts
from truceline.stages.events_common import modality_of, time_of

EXTRACTOR = "agreements.v1"

AGREEMENT_CONFIDENCE = 0.7  # one deal per article: most reports discuss one agreement
MAX_PARTIES = 2  # a ceasefire is between two sides; more actors are mediators or third parties
PARTY_EVENT_TYPES = frozenset({"CONSULT", "AGREE", "RELEASE", "RETREAT", "DEMAND", "REJECT"})
_DURATION = re.compile(r"^P(\d+)([DW])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a start of day precision; "2025-W09" has no day


@dataclass(frozen=True, slots=True)
class _Lexicon:
    deal_nouns: frozenset[str]
    phase_nouns: frozenset[str]
    ordinals: dict[str, int]
    expiry_verbs: frozenset[str]
    start_verbs: frozenset[str]
    term_kinds: dict[str, str]
    failure_words: frozenset[str]


@cache
def _lex() -> _Lexicon:
    raw = json.loads(resources.files("truceline.data").joinpath("events_agreements.json")
                     .read_text(encoding="utf-8"))
    return _Lexicon(frozenset(raw["deal_nouns"]), frozenset(raw["phase_nouns"]), dict(raw["ordinals"]),
                    frozenset(raw["expiry_verbs"]), frozenset(raw["start_verbs"]), dict(raw["term_kinds"]),
                    frozenset(raw["failure_words"]))


def phase_number(tok: Token) -> int | None:
    """1 for 'the first phase' or 'phase one'; None for a phase noun without an ordinal."""
    ordinals = _lex().ordinals
    for child in tok.children:
        n = ordinals.get(child.lower_)
        if n and child.dep_ in ("amod", "nummod", "compound", "appos", "npadvmod"):
            return n
    return None


def add_duration(start: str, duration: str) -> str | None:
    """The end date of a phase: ``2025-01-19`` + ``P6W`` -> ``2025-03-02``."""
    match = _DURATION.match(duration)
    if not _DAY.match(start):
        return None
    try:
        day = dt.date.fromisoformat(start)
    except ValueError:
        return None
    if not match:
        return None
    days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    return (day + dt.timedelta(days=days)).isoformat()


def _np_range(tok: Token) -> tuple[int, int]:
    tokens = [t for c in tok.lefts for t in c.subtree] + [tok]
    return min(t.idx for t in tokens), tok.idx + len(tok.text)


def _duration_in(tok: Token, times: list[Time]) -> str | None:
    start, end = _np_range(tok)
    for t in times:
        if t.type == "DURATION" and start <= t.span[0] and t.span[1] <= end:
            return t.value
    return None


@dataclass
class _DealFacts:
    first: Token | None = None
    start: str | None = None
    duration: str | None = None
    deadline: str | None = None
    expired: bool = False
    collapsed: bool = False
    in_force: bool = False


def _read_deal(doc: Doc, times: list[Time]) -> _DealFacts:
    lex = _lex()
    facts = _DealFacts()
    for tok in doc:
        if tok.lemma_.lower() not in lex.deal_nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        facts.first = facts.first or tok
        verb = tok.head
        relcl = [c for c in tok.children if c.dep_ == "relcl"]
        for v in ([verb] if tok.dep_ in ("nsubj", "nsubjpass") else []) + relcl:
            lemma = v.lemma_.lower()
            predicate = [v, *[c for c in v.children if c.dep_ == "xcomp"]]
            if any(p.lemma_.lower() in lex.expiry_verbs for p in predicate):
                p = next(p for p in predicate if p.lemma_.lower() in lex.expiry_verbs)
                facts.deadline = facts.deadline or time_of(p, times)
                facts.expired = facts.expired or modality_of(p) == "happened"
                facts.in_force = facts.in_force or modality_of(p) != "happened"
            elif lemma in lex.start_verbs and modality_of(v) == "happened":
                facts.start = facts.start or time_of(v, times)
                facts.duration = facts.duration or _duration_in(tok, times)
                facts.in_force = True
        if tok.head.lemma_.lower() in lex.failure_words and modality_of(tok.head) == "happened":
            facts.collapsed = True
        if any(c.lower_ == "existing" for c in tok.children):
            facts.in_force = True
    return facts


def _segments(doc: Doc) -> dict[int, list[tuple[int, int]]]:
    """Phase number -> the token ranges that speak of it: from a phase mention
    (or its sentence's start, for the first) to the next mention or the sentence end."""
    lex = _lex()
    found: dict[int, list[tuple[int, int]]] = {}
    for sent in doc.sents:
        marks: list[tuple[int, int]] = []
        for tok in sent:
            if tok.lemma_.lower() in lex.phase_nouns:
                n = phase_number(tok)
                if n:
                    edge = tok.head.i if tok.dep_ == "pobj" else tok.left_edge.i
                    marks.append((min(edge, tok.left_edge.i), n))
        for k, (begin, n) in enumerate(marks):
            start = sent.start if k == 0 else begin
            end = marks[k + 1][0] if k + 1 < len(marks) else sent.end
            found.setdefault(n, []).append((start, end))
    return found


def _terms(doc: Doc, ranges: list[tuple[int, int]], figures: list[Figure], times: list[Time]) -> list[Term]:
    kinds = _lex().term_kinds
    terms: dict[str, Term] = {}
    for start, end in ranges:
        span = doc[start:end]
        c0, c1 = span.start_char, span.end_char
        figs = tuple(f.id for f in figures if c0 <= f.span[0] and f.span[1] <= c1)
        rate = next((f.rate for f in figures if f.rate and c0 <= f.span[0] and f.span[1] <= c1), None)
        rate = rate or next((t.value for t in times if t.type == "SET" and c0 <= t.span[0] < c1), None)
        for tok in span:
            kind = kinds.get(tok.lemma_.lower())
            if kind and kind not in terms:
                text = span.text.strip()
                terms[kind] = Term(kind=kind, text=text, span=(c0, c0 + len(text)),
                                   rate=rate if kind in ("RELEASE", "EXCHANGE", "AID") else None,
                                   figures=figs)
    return list(terms.values())


def _parties(positions: list[Position], events: list[Event], mediators: set[str]) -> tuple[str, ...]:
    counts: Counter[str] = Counter(p.actor for p in positions)
    for e in events:
        if e.type in PARTY_EVENT_TYPES:
            counts.update(e.actors)
    ranked = [name for name, _ in counts.most_common() if name not in mediators]
    return tuple(ranked[:MAX_PARTIES])


def _status(deal: _DealFacts, events: list[Event]) -> str | None:
    if deal.collapsed:
        return "collapsed"
    if deal.expired:
        return "expired"
    if deal.in_force:
        return "in_force"
    if any(e.type == "CONSULT" and e.modality == "happened" for e in events):
        return "negotiating"
    return None


class AgreementsStage:
    """Writes ``doc._.tl_agreements``."""

    def __call__(self, doc: Doc) -> Doc:
        times = [t for t in get_facts(doc, "times") if isinstance(t, Time)]
        figures = [f for f in get_facts(doc, "figures") if isinstance(f, Figure)]
        events = [e for e in get_facts(doc, "events") if isinstance(e, Event)]
        positions = [p for p in get_facts(doc, "positions") if isinstance(p, Position)]
        deal = _read_deal(doc, times)
        segments = _segments(doc)
        if deal.first is None and not segments:
            set_facts(doc, "agreements", [])
            return doc
        mediators = list(dict.fromkeys(m for e in events for m in e.mediators))
        parties = _parties(positions, events, set(mediators))
        status = _status(deal, events)
        phases: list[Phase] = []
        for n in sorted(segments):
            start = deal.start if n == 1 else None
            duration = deal.duration if n == 1 else None
            end = add_duration(start, duration) if start and duration else None
            phase_status = ("in_force" if status == "in_force" else status) if n == 1 else "pending"
            phases.append(Phase(n=n, start=start, end=end, duration=duration,
                                terms=tuple(_terms(doc, segments[n], figures, times)), status=phase_status))
        anchor = deal.first if deal.first is not None else doc[segments[min(segments)][0][0]]
        noun = deal.first.lemma_.lower() if deal.first is not None else "agreement"
        name = f"{'–'.join(parties)} {noun}".strip() if parties else noun
        agreement = Agreement(
            **provenance(doc, anchor.idx, anchor.idx + len(anchor.text), fact_id=next_id("agreements", 1),
                         extractor=EXTRACTOR, confidence=AGREEMENT_CONFIDENCE),
            name=name, parties=parties, mediators=tuple(mediators), phases=tuple(phases),
            status=status, deadline=deal.deadline,
        )
        set_facts(doc, "agreements", [agreement])
        return doc
