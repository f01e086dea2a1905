"""Agreements: phases, terms, parties, mediators, status and deadlines.

One agreement per article, when the article speaks of a deal ("the existing
ceasefire", "a ceasefire contract"), with a stable ``key`` (its family and its
parties: ``ceasefire:hamas|israel``) so that reports of the same deal merge in
:mod:`truceline.reconcile`.

- Parties are actors only (governments, militaries, armed groups, by
  :func:`truceline.actors.resolve`), never places: first those named by the
  deal itself ("the ceasefire between Israel and Hamas", "Israel and Hamas
  agreed to a ceasefire"), else the sides of the negotiation events and
  positions. A military stands for its state ("Israeli forces" -> Israel).
- Mediators: those of the events, "Qatar, Egypt and the United States
  mediated", "Egyptian and Qatari mediators".
- Dates: the deal's start from the clause where it began ("the six-week
  suspension that began on January 19", "came into force on Sunday"); its
  deadline from "expire"/"end" with the deal or a phase as subject ("The
  existing ceasefire is expected to expire this weekend" -> ``2025-W09-WE``);
  a phase's duration from its noun phrase or clause ("the first phase, which
  is to last 42 days"); its end as stated ("ended on March 1"), else start +
  duration.
- Status: agreed, in_force, extended, expired or collapsed ("the strikes ended
  a truce", "overturned the ceasefire agreement").
- Terms: tight spans, one per clause that speaks of a phase ("three hostages
  are returned weekly in exchange for ... prisoners"), without the phase
  reference, the speaker or the asides; and the objects of a clause on the
  phase ("the second phase, which would bring a permanent ceasefire and a full
  Israeli withdrawal"). What a party wants ("Israel wants to continue hostage
  releases") is its position, not a term.

Lexicon: ``truceline/data/events_agreements.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from truceline.actors import country_name, resolve
from truceline.data import load_json
from truceline.record import Agreement, Event, Figure, Mention, Phase, Position, Term, Time
from truceline.stages.base import doc_text, get_facts, next_id, provenance, set_facts
from truceline.stages.events_common import modality_of, names_of, subjects, time_of

EXTRACTOR = "agreements.v2"

AGREEMENT_CONFIDENCE = 0.7  # one deal per article: most reports discuss one agreement
MAX_PARTIES = 2  # a ceasefire is between two sides; more actors are mediators or third parties
MAX_NOUN_TO_VERB = 6  # "phase of the ceasefire ended": the noun's own PP lies in between
NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADP", "ADJ", "NUM"})
MAX_CLIMB = 4  # a term noun reaches its clause's verb within a few arcs ("aid" -> trucks -> of -> enter)
PARTY_EVENT_TYPES = frozenset({"CONSULT", "AGREE", "RELEASE", "RETREAT", "DEMAND", "REJECT"})
PROVISION_PREPS = frozenset({"under"})  # "under the truce, X is to ...": what the deal provides
AGREE_PREPS = frozenset({"to", "on"})  # "agreed to a ceasefire", "agreed on a truce"
NOT_STATED = frozenset({"refused", "negated", "hypothetical"})  # modalities that state nothing about the deal
# Dependents of a clause that are not part of a term: connectives, asides, other clauses.
TERM_SKIP_DEPS = frozenset({"punct", "cc", "conj", "advcl", "mark", "parataxis", "relcl", "appos", "dep"})
# Places that are not states cannot be parties ("Gaza Strip" resolves to Palestine's government).
STATE_FEATURE_PREFIX = "A.PCL"
_DURATION = re.compile(r"^P(\d+)([DW])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a start of day precision; "2025-W09" has no day
_EDGE_TRIM = frozenset({"PUNCT", "CCONJ", "ADP", "SCONJ", "PART"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    deal_kinds: dict[str, str | None]
    phase_nouns: frozenset[str]
    ordinals: dict[str, int]
    expiry_verbs: frozenset[str]
    start_verbs: frozenset[str]
    agree_verbs: frozenset[str]
    collapse_verbs: frozenset[str]
    extend_verbs: frozenset[str]
    lasting_verbs: frozenset[str]
    provide_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    term_kinds: dict[str, str]
    term_priority: tuple[str, ...]
    clause_term_kinds: frozenset[str]
    mediator_nouns: frozenset[str]
    mediate_verbs: frozenset[str]
    party_types: frozenset[str]
    mediator_types: frozenset[str]


@cache
def _lex() -> _Lexicon:
    raw = load_json("events_agreements.json")
    sets = {k: frozenset(raw[k]) for k in (
        "phase_nouns", "expiry_verbs", "start_verbs", "agree_verbs", "collapse_verbs", "extend_verbs",
        "lasting_verbs", "provide_verbs", "stance_verbs", "clause_term_kinds", "mediator_nouns",
        "mediate_verbs", "party_types", "mediator_types")}
    return _Lexicon(deal_kinds=dict(raw["deal_kinds"]), ordinals=dict(raw["ordinals"]),
                    term_kinds=dict(raw["term_kinds"]), term_priority=tuple(raw["term_priority"]),
                    **sets)


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
    if not _DAY.match(start) or not match:
        return None
    try:
        day = dt.date.fromisoformat(start)
    except ValueError:
        return None
    days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    return (day + dt.timedelta(days=days)).isoformat()


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _duration_in(start: int, end: int, times: list[Time]) -> str | None:
    for t in times:
        if t.type == "DURATION" and start <= t.span[0] and t.span[1] <= end:
            return t.value
    return None


def _np_range(tok: Token) -> tuple[int, int]:
    tokens = [t for c in tok.lefts for t in c.subtree] + [tok]
    return min(t.idx for t in tokens), tok.idx + len(tok.text)


def _predicates(tok: Token) -> list[Token]:
    """The verbs a deal or phase noun is the subject of, with their open complements
    ("is expected to expire", "is set to expire"), and its relative clauses."""
    verbs: list[Token] = []
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(tok.head)
    verbs.extend(c for c in tok.children if c.dep_ in ("relcl", "acl"))
    if not verbs and tok.dep_ == "pobj" and _lemma(tok.head.head) not in _lex().phase_nouns:
        verbs.extend(_verb_after(tok))  # "the first phase of the ceasefire ended": the phase's end
    found: list[Token] = []
    for v in verbs:
        complements = [c for c in v.children if c.dep_ == "xcomp"]
        complements += [x for c in v.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"]
        found.extend([v, *complements])  # "is expected to expire", "is due to take effect"
    return found


def _verb_after(tok: Token) -> list[Token]:
    """The subject-less verb right after a noun the parser hung on a preposition:
    "a day after [the first phase of the ceasefire] ended on March 1"."""
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + MAX_NOUN_TO_VERB, tok.sent.end)):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX"):
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            return [] if has_subject else [t]
        if t.pos_ not in NOUN_PHRASE_POS:
            return []
    return []


def _happened(verb: Token) -> bool:
    """A stated fact, not an infinitive ("still has to approve the agreement")."""
    return modality_of(verb) == "happened" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _governing_verb(tok: Token) -> tuple[Token | None, bool]:
    """The verb a deal noun is the object of, and whether through a preposition:
    'ended a truce' (direct), 'agreed to a ceasefire' (through 'to')."""
    if tok.dep_ in ("dobj", "nsubjpass"):
        return tok.head, False
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in AGREE_PREPS:
        return tok.head.head, True
    return None, False


@dataclass
class _PhaseFacts:
    duration: str | None = None
    end: str | None = None
    end_stated: bool = False
    expired: bool = False
    extended: bool = False
    in_force: bool = False
    terms: list[Term] = field(default_factory=list)


@dataclass
class _DealFacts:
    first: Token | None = None
    family: str | None = None
    start: str | None = None
    duration: str | None = None
    deadline: str | None = None
    named_parties: list[str] = field(default_factory=list)
    agreed: bool = False
    expired: bool = False
    extended: bool = False
    collapsed: bool = False
    in_force: bool = False
    phases: dict[int, _PhaseFacts] = field(default_factory=dict)


def _read_deal_noun(tok: Token, times: list[Time], facts: _DealFacts) -> None:
    lex = _lex()
    facts.first = facts.first or tok
    facts.family = facts.family or lex.deal_kinds.get(_lemma(tok))
    start, end = _np_range(tok)
    facts.duration = facts.duration or _duration_in(start, end, times)  # "the six-week suspension"
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            facts.named_parties.extend(names_of(c for c in prep.children if c.dep_ == "pobj"))
    for p in _predicates(tok):
        lemma, modality = _lemma(p), modality_of(p)
        if modality in NOT_STATED:
            continue
        if lemma in lex.expiry_verbs:
            if modality != "happened":
                facts.deadline = facts.deadline or time_of(p, times)
            facts.expired = facts.expired or modality == "happened"
            facts.in_force = facts.in_force or modality != "happened"
        elif lemma in lex.start_verbs:
            facts.start = facts.start or time_of(p, times)
            facts.in_force = facts.in_force or modality == "happened"
            facts.agreed = facts.agreed or modality == "planned"
        elif lemma in lex.collapse_verbs and lemma not in lex.expiry_verbs and modality == "happened":
            facts.collapsed = True
    verb, via_prep = _governing_verb(tok)
    if verb is not None and _happened(verb):
        lemma = _lemma(verb)
        if lemma in lex.collapse_verbs and not via_prep:
            facts.collapsed = True
        elif lemma in lex.extend_verbs and not via_prep:
            facts.extended = True
        elif lemma in lex.agree_verbs:
            facts.agreed = True
            if not facts.named_parties:
                facts.named_parties.extend(names_of(subjects(verb)))
    if any(c.lower_ == "existing" for c in tok.children):
        facts.in_force = True


def _read_phase_noun(tok: Token, n: int, times: list[Time], figures: list[Figure],
                     facts: _DealFacts) -> None:
    lex = _lex()
    phase = facts.phases.setdefault(n, _PhaseFacts())
    for p in _predicates(tok):
        lemma, modality = _lemma(p), modality_of(p)
        if modality in NOT_STATED:
            continue
        if lemma in lex.expiry_verbs:
            value = time_of(p, times)
            if value and _DAY.match(value[:10]) and (modality == "happened" or not phase.end):
                phase.end, phase.end_stated = value[:10], True
            phase.expired = phase.expired or modality == "happened"
            phase.in_force = phase.in_force or modality != "happened"
        elif lemma in lex.lasting_verbs:
            phase.duration = phase.duration or _duration_in(p.left_edge.idx, p.right_edge.idx + 1
                                                            + len(p.right_edge.text), times)
    start, end = _np_range(tok)
    phase.duration = phase.duration or _duration_in(start, end, times)
    verb, via_prep = _governing_verb(tok)
    if (verb is not None and not via_prep and _lemma(verb) in lex.extend_verbs
            and _happened(verb)):
        phase.extended = True
    for clause in (c for c in tok.children if c.dep_ in ("relcl", "acl")):
        provider = next((v for v in clause.subtree
                         if _lemma(v) in lex.provide_verbs and v.pos_ in ("VERB", "AUX")), None)
        if provider is not None:  # "which would bring a permanent ceasefire and a full withdrawal"
            for obj in (c for c in provider.children if c.dep_ in ("dobj", "attr")):
                phase.terms.extend(t for item in (obj, *obj.conjuncts)
                                   if (t := _object_term(item, figures, times)) is not None)
        elif lex.term_kinds.get(_lemma(clause)) in lex.clause_term_kinds:
            # "in the second phase it was completely withdrawn"
            phase.terms.extend(_clause_terms_of(clause, figures, times))


# ------------------------------------------------------------------ terms


def _kind_of(tokens: Iterable[Token], allowed: frozenset[str] | None = None) -> str | None:
    lex = _lex()
    kinds = {k for t in tokens if (k := lex.term_kinds.get(_lemma(t))) and (allowed is None or k in allowed)}
    return next((k for k in lex.term_priority if k in kinds), None)


def _term(doc: Doc, tokens: list[Token], kind: str, figures: list[Figure], times: list[Time]) -> Term | None:
    while tokens and tokens[-1].pos_ in _EDGE_TRIM:
        tokens = tokens[:-1]
    while tokens and tokens[0].pos_ in _EDGE_TRIM:
        tokens = tokens[1:]
    if not tokens:
        return None
    c0, c1 = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    inside = [f for f in figures if c0 <= f.span[0] and f.span[1] <= c1]
    rate = next((f.rate for f in inside if f.rate), None)
    rate = rate or next((t.value for t in times if t.type == "SET" and c0 <= t.span[0] < c1), None)
    return Term(kind=kind, text=doc_text(doc)[c0:c1], span=(c0, c1),
                rate=rate if kind in ("RELEASE", "EXCHANGE", "AID") else None,
                figures=tuple(f.id for f in inside))


def _object_term(obj: Token, figures: list[Figure], times: list[Time]) -> Term | None:
    """'a full Israeli withdrawal' from 'which would bring a permanent ceasefire and a full ...'."""
    tokens = [t for c in obj.children if c.dep_ not in ("cc", "conj", "punct", "appos") for t in c.subtree]
    tokens = sorted([*tokens, obj], key=lambda t: t.i)
    kind = _kind_of(tokens)
    return _term(obj.doc, tokens, kind, figures, times) if kind else None


def _mentions_phase_or_deal(tok: Token) -> bool:
    lex = _lex()
    return any(_lemma(t) in lex.phase_nouns or _lemma(t) in lex.deal_kinds for t in tok.subtree)


def _clause_head(trigger: Token) -> Token | None:
    node = trigger
    for _ in range(MAX_CLIMB):
        if node.pos_ == "VERB":
            break
        if node.head is node:
            return None
        node = node.head
    if node.pos_ != "VERB":
        return None
    while node.dep_ == "xcomp" and _lemma(node.head) == "be":  # "Hamas is to free 33 hostages"
        node = node.head
    return node


def _clause_terms_of(head: Token, figures: list[Figure], times: list[Time]) -> list[Term]:
    """The clause of ``head`` without connectives, other clauses, the phase it is
    in ("In the first phase, ...", "as in the first phase") and leading adjuncts,
    typed by its weightiest trigger; and, as terms of their own, coordinated items
    of another kind ("... in exchange for prisoners and humanitarian assistance" also
    gives the aid). A dated clause ("Hamas released six hostages on Saturday") is an
    event, not a term."""
    lex = _lex()
    if any(_lemma(a) in lex.stance_verbs for a in (head, *head.ancestors)):
        return []  # "Israel wants to continue hostage releases": a position
    kept = [c for c in head.children
            if c.dep_ not in TERM_SKIP_DEPS and not (c.dep_ == "prep" and c.i < head.i)
            and not _mentions_phase_or_deal(c)]
    if not any(c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in kept):
        return []  # "the exchange closed [the first phase]": nothing the deal provides
    allowed = {t.i for c in kept for t in c.subtree} | {head.i}
    start = end = head.i
    while start - 1 in allowed:
        start -= 1
    while end + 1 in allowed:
        end += 1
    tokens = list(head.doc[start:end + 1])
    c0, c1 = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if any(t.type in ("DATE", "TIME") and c0 <= t.span[0] < c1 for t in times):
        return []
    kind = _kind_of(tokens, lex.clause_term_kinds)
    main = _term(head.doc, tokens, kind, figures, times) if kind else None
    if main is None:
        return []
    items = []
    for tok in tokens:
        item_kind = lex.term_kinds.get(_lemma(tok))
        if (tok.pos_ == "NOUN" and tok.dep_ == "conj" and item_kind in lex.clause_term_kinds
                and item_kind != kind):
            np = sorted([t for c in tok.lefts for t in c.subtree] + [tok], key=lambda t: t.i)
            item = _term(head.doc, np, item_kind, figures, times)
            if item is not None:
                items.append(item)
    return [main, *items]


def _planned(root: Token) -> bool:
    """A clause about what is to happen: "will pull back", "are to pull back" (be + to-infinitive)."""
    if _lemma(root) == "be":
        xcomp = next((c for c in root.children if c.dep_ == "xcomp"), None)
        if xcomp is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children):
            return True
    return modality_of(root) == "planned"


def _segments(doc: Doc) -> dict[int, list[tuple[int, int]]]:
    """Phase number -> the token ranges that speak of it: from a phase mention
    (or its sentence's start, for the first) to the next mention or the sentence end;
    and the next sentence when it goes on with what is to happen without naming a
    phase or a deal ("Under the first phase, Hamas is to free 33 hostages. Israeli
    forces are to pull back ...")."""
    lex = _lex()
    found: dict[int, list[tuple[int, int]]] = {}
    previous: int | None = None  # the phase the last sentence ended on
    for sent in doc.sents:
        marks: list[tuple[int, int]] = []
        names_deal = False
        for tok in sent:
            if _lemma(tok) in lex.phase_nouns:
                n = phase_number(tok)
                if n:
                    edge = tok.head.i if tok.dep_ == "pobj" else tok.left_edge.i
                    marks.append((min(edge, tok.left_edge.i), n))
            names_deal = names_deal or _lemma(tok) in lex.deal_kinds
        if not marks and not names_deal and previous and _planned(sent.root):
            found.setdefault(previous, []).append((sent.start, sent.end))
        for k, (begin, n) in enumerate(marks):
            start = sent.start if k == 0 else begin
            end = marks[k + 1][0] if k + 1 < len(marks) else sent.end
            found.setdefault(n, []).append((start, end))
        previous = marks[-1][1] if marks else None
    if not found:  # no phase named: "Under the 60-day truce, Israeli troops are to withdraw ..."
        for tok in doc:
            if (_lemma(tok) in lex.deal_kinds and tok.dep_ == "pobj" and tok.head.lower_ in PROVISION_PREPS
                    and tok.head.i < tok.i):
                found.setdefault(1, []).append((tok.sent.start, tok.sent.end))
    return found


def _clause_terms(doc: Doc, ranges: list[tuple[int, int]], figures: list[Figure],
                  times: list[Time]) -> list[Term]:
    lex = _lex()
    phase_spans = [(t.left_edge.i, t.right_edge.i) for t in doc if _lemma(t) in lex.phase_nouns]
    heads: dict[int, Token] = {}
    for start, end in ranges:
        for tok in doc[start:end]:
            if lex.term_kinds.get(_lemma(tok)) not in lex.clause_term_kinds:
                continue
            if any(a <= tok.i <= b for a, b in phase_spans):
                continue  # inside "a second phase, meant to bring ...": read as the phase's objects
            head = _clause_head(tok)
            if head is not None and start <= head.i < end:
                heads.setdefault(head.i, head)
    return [t for h in heads.values() for t in _clause_terms_of(h, figures, times)]


# ------------------------------------------------------------------ parties, mediators, status


def _state_of(name: str, places: dict[str, Mention]) -> str | None:
    """The party a name stands for: itself, a military's state, an armed wing's group; None
    for places that are not states, sources (health ministries) and unknown names."""
    place = places.get(name)
    if place is not None and not (place.feature_class or "").startswith(STATE_FEATURE_PREFIX):
        return None
    info = resolve(name)
    if info is None or info.actor_type not in _lex().party_types or info.kind == "PERSON":
        return None
    if info.actor_type == "MILITARY" and info.country:
        return country_name(info.country) or info.canonical
    if info.actor_type == "ARMED_GROUP" and info.affiliation:
        return info.affiliation
    return info.canonical


def _mediators(doc: Doc, events: list[Event]) -> list[str]:
    lex = _lex()
    names = [m for e in events for m in e.mediators]
    for tok in doc:
        lemma = _lemma(tok)
        if lemma in lex.mediate_verbs and tok.pos_ == "VERB" and modality_of(tok) not in NOT_STATED:
            names.extend(names_of(subjects(tok)))
        elif lemma in lex.mediator_nouns and tok.pos_ == "NOUN":
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
            names.extend(n for m in mods for n in names_of([m]))
    found = []
    for name in names:
        info = resolve(name)
        if info is not None and info.actor_type in lex.mediator_types and info.kind != "PERSON":
            found.append(info.canonical)
    return list(dict.fromkeys(found))


def _parties(deal: _DealFacts, positions: list[Position], events: list[Event], mediators: set[str],
             places: dict[str, Mention]) -> tuple[str, ...]:
    named = [s for n in deal.named_parties if (s := _state_of(n, places)) and s not in mediators]
    if len(set(named)) >= MAX_PARTIES:
        chosen = list(dict.fromkeys(named))[:MAX_PARTIES]
    else:
        counts: Counter[str] = Counter(named * len(positions + events))  # named ones first
        counts.update(p.actor for p in positions)
        for e in events:
            if e.type in PARTY_EVENT_TYPES and e.modality not in ("hypothetical", "negated"):
                counts.update(e.actors)
        ranked: list[str] = []
        for name, _ in counts.most_common():
            state = _state_of(name, places)
            if state and state not in mediators and state not in ranked:
                ranked.append(state)
        chosen = ranked[:MAX_PARTIES]
    # states before armed groups, then by name: one order for every report of the deal
    return tuple(sorted(chosen, key=lambda n: (_is_group(n), n)))


def _is_group(name: str) -> bool:
    info = resolve(name)
    return info is not None and info.actor_type == "ARMED_GROUP"


def agreement_key(family: str | None, parties: Iterable[str]) -> str:
    """The stable identity of a deal: ``ceasefire:hamas|israel``; ``deal:`` when unnamed."""
    return f"{family or 'deal'}:{'|'.join(sorted(p.casefold() for p in parties))}"


def _status(deal: _DealFacts, events: list[Event]) -> str | None:
    first = deal.phases.get(1)
    if deal.collapsed:
        return "collapsed"
    if deal.extended or any(p.extended for p in deal.phases.values()):
        return "extended"
    if deal.expired or (first is not None and first.expired):
        return "expired"
    if deal.in_force or any(p.in_force for p in deal.phases.values()):
        return "in_force"
    if deal.agreed:
        return "agreed"
    if any(e.type == "CONSULT" and e.modality == "happened" for e in events):
        return "negotiating"
    return None


def _implicit_first(deal: _DealFacts) -> set[int]:
    """A deal whose start or length is given is at least in its first phase, named or not."""
    return {1} if deal.start or deal.duration else set()


def _phase_deadline(deal: _DealFacts) -> str | None:
    """A running phase's stated expiry is the deal's next deadline ("whose first phase is set
    to expire on Saturday"); an expiry already past is not a deadline."""
    return next((p.end for _, p in sorted(deal.phases.items())
                 if p.end_stated and p.in_force and not p.expired), None)


def _phase(n: int, facts: _PhaseFacts, deal: _DealFacts, terms: list[Term], status: str | None,
           named: bool) -> Phase:
    """Phase ``n``; ``named`` when the article speaks of it ("the first phase"), not only of
    the deal's start: a deal that collapsed or expired says nothing of which phase it was in."""
    start = deal.start if n == 1 else None
    start = start[:10] if start and _DAY.match(start[:10]) else start
    duration = facts.duration or (deal.duration if n == 1 else None)
    end, stated = facts.end, facts.end_stated
    if end is None and start and duration:
        end = add_duration(start, duration)
    phase_status: str | None
    if facts.extended:
        phase_status = "extended"
    elif facts.expired:
        phase_status = "expired"
    elif n == 1 and (named or status in ("agreed", "in_force")):
        phase_status = status
    else:
        phase_status = "pending" if n > 1 else None
    unique = list({t.span: t for t in terms}.values())
    return Phase(n=n, start=start, end=end, duration=duration, status=phase_status, end_stated=stated,
                 terms=tuple(sorted(unique, key=lambda t: t.span)))


class AgreementsStage:
    """Writes ``doc._.tl_agreements``."""

    def __call__(self, doc: Doc) -> Doc:
        lex = _lex()
        times = [t for t in get_facts(doc, "times") if isinstance(t, Time)]
        figures = [f for f in get_facts(doc, "figures") if isinstance(f, Figure)]
        events = [e for e in get_facts(doc, "events") if isinstance(e, Event)]
        positions = [p for p in get_facts(doc, "positions") if isinstance(p, Position)]
        places = {m.canonical: m for m in get_facts(doc, "mentions")
                  if isinstance(m, Mention) and m.kind == "PLACE"}
        deal = _DealFacts()
        for tok in doc:
            lemma = _lemma(tok)
            if lemma in lex.deal_kinds and tok.pos_ in ("NOUN", "PROPN"):
                _read_deal_noun(tok, times, deal)
            elif lemma in lex.phase_nouns and (n := phase_number(tok)):
                _read_phase_noun(tok, n, times, figures, deal)
        segments = _segments(doc)
        if deal.first is None and not segments:
            set_facts(doc, "agreements", [])
            return doc
        mediators = _mediators(doc, events)
        parties = _parties(deal, positions, events, set(mediators), places)
        if deal.family is None and not segments and not parties:
            set_facts(doc, "agreements", [])  # "a plea deal", "the agreement with the union"
            return doc
        status = _status(deal, events)
        phases = [_phase(n, deal.phases.get(n, _PhaseFacts()), deal,
                         deal.phases.get(n, _PhaseFacts()).terms
                         + _clause_terms(doc, segments.get(n, []), figures, times), status,
                         named=n in segments or n in deal.phases)
                  for n in sorted(set(segments) | set(deal.phases) | _implicit_first(deal))]
        anchor = deal.first if deal.first is not None else doc[segments[min(segments)][0][0]]
        noun = deal.family or (_lemma(deal.first) if deal.first is not None else "agreement")
        name = f"{'–'.join(parties)} {noun}".strip() if parties else noun
        agreement = Agreement(
            **provenance(doc, anchor.idx, anchor.idx + len(anchor.text), fact_id=next_id("agreements", 1),
                         extractor=EXTRACTOR, confidence=AGREEMENT_CONFIDENCE),
            name=name, parties=parties, mediators=tuple(m for m in mediators if m not in parties),
            phases=tuple(phases), status=status, deadline=deal.deadline or _phase_deadline(deal),
            key=agreement_key(deal.family, parties),
        )
        set_facts(doc, "agreements", [agreement])
        return doc


def deal_family(words: str) -> str | None:
    """The family of a deal named in ``words`` ("Gaza ceasefire" -> ``ceasefire``); None when generic."""
    kinds = _lex().deal_kinds
    return next((kinds[w] for w in words.casefold().split() if kinds.get(w)), None)
