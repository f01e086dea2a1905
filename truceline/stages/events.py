"""Events typed in a PLOVER-style scheme, with actors, place, time and modality.

A trigger is a verb of the lexicon (``truceline/data/events_lexicon.json``), a
verb + particle ("handed over"), a verb that needs a telling object ("returned
25 hostages", "took 251 hostages"), a travel verb with a delegate as subject
("Israeli delegations arrived in Cairo"), or an event noun that is the argument
of a light verb ("resumed negotiations", "the battle could resume"), has a
possessor ("Hamas’ surprise attack") or a relative clause with a light verb
("the suspension that began on January 19"). Everything else about the event
comes from the parse and from the facts of the earlier stages: see
:mod:`truceline.stages.events_common`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from truceline.record import Claim, Event, Figure, Time
from truceline.stages.base import get_facts, next_id, provenance, set_facts
from truceline.stages.events_common import (
    PlaceRef,
    claim_of,
    figures_in,
    lexicon,
    modality_of,
    name_of,
    names_of,
    place_of,
    places_in,
    possessor_before,
    subjects,
    time_of,
)

EXTRACTOR = "events.v1"

VERB_CONFIDENCE = 0.8  # a lexicon verb: its sense is mostly the event's (strike, return are filtered)
CONDITIONAL_CONFIDENCE = 0.75  # verbs typed by their object or subject: the condition disambiguates
NOUN_CONFIDENCE = 0.6  # event nouns: "war", "deal" are also used of states and plans
TARGET_PREPS = frozenset({"against", "on", "to", "at", "into", "with"})
PARTICLE_DEPS = frozenset({"prt", "prep"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
NOUN_ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: dict[str, str]
    phrasal: dict[str, str]
    nouns: dict[str, str]
    light_verbs: frozenset[str]
    subject_only_light: frozenset[str]
    object_verbs: dict[str, tuple[str, frozenset[str]]]
    visit_verbs: frozenset[str]
    visit_subjects: frozenset[str]
    mediation_verbs: frozenset[str]


@cache
def _lex() -> _Lexicon:
    raw = lexicon()
    return _Lexicon(
        verbs=dict(raw["verbs"]),
        phrasal=dict(raw["phrasal"]),
        nouns=dict(raw["nouns"]),
        light_verbs=frozenset(raw["light_verbs"]),
        subject_only_light=frozenset(raw["light_verb_nouns_only_as_subject"]),
        object_verbs={k: (v["type"], frozenset(v["objects"])) for k, v in raw["object_verbs"].items()},
        visit_verbs=frozenset(raw["visit_verbs"]),
        visit_subjects=frozenset(raw["visit_subjects"]),
        mediation_verbs=frozenset(raw["mediation_verbs"]),
    )


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    type: str
    confidence: float
    particle: Token | None = None


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    return [t for o in objs for t in (o, *o.conjuncts)]


def verb_trigger(tok: Token) -> Trigger | None:
    """The event a verb denotes, if the lexicon knows it."""
    lex = _lex()
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in PARTICLE_DEPS:
            typ = lex.phrasal.get(f"{lemma} {child.lower_}")
            if typ:
                return Trigger(tok, typ, VERB_CONFIDENCE, child if child.dep_ == "prt" else None)
    if lemma in lex.object_verbs:
        typ, wanted = lex.object_verbs[lemma]
        if any(o.lemma_.lower() in wanted for o in _objects(tok)):
            return Trigger(tok, typ, CONDITIONAL_CONFIDENCE)
    if lemma in lex.verbs:
        return Trigger(tok, lex.verbs[lemma], VERB_CONFIDENCE)
    if lemma in lex.visit_verbs:
        for subj in subjects(tok):
            head = subj.head.head if subj.tag_ in ("WDT", "WP") else subj
            if head.lemma_.lower() in lex.visit_subjects or head.ent_type_ == "PERSON":
                return Trigger(tok, "CONSULT", CONDITIONAL_CONFIDENCE)
    return None


def noun_trigger(tok: Token) -> Trigger | None:
    """The event a noun denotes when it is used of an occurrence, not a state or plan."""
    lex = _lex()
    typ = lex.nouns.get(tok.lemma_.lower())
    if typ is None:
        return None
    head = tok.head.lemma_.lower()
    as_argument = tok.dep_ in NOUN_ARG_DEPS and head in lex.light_verbs and (
        head not in lex.subject_only_light or tok.dep_ in ("nsubj", "nsubjpass"))
    possessed = any(c.dep_ == "poss" for c in tok.children) or possessor_before(tok) is not None
    begun = any(c.dep_ == "relcl" and c.lemma_.lower() in lex.light_verbs for c in tok.children)
    if as_argument or possessed or begun:
        return Trigger(tok, typ, NOUN_CONFIDENCE)
    return None


def find_triggers(doc: Doc) -> list[Trigger]:
    """Verb triggers, then noun triggers that are not the object of one already found."""
    verbs = {t.i: trig for t in doc if t.pos_ == "VERB" and (trig := verb_trigger(t))}
    nouns = [trig for t in doc if t.pos_ in ("NOUN", "PROPN") and t.head.i not in verbs
             and (trig := noun_trigger(t))]
    return sorted([*verbs.values(), *nouns], key=lambda trig: trig.token.i)


def _prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def participants(trig: Trigger) -> tuple[list[str], list[str], list[str]]:
    """Actors, targets and mediators of a trigger."""
    tok = trig.token
    lex = _lex()
    if tok.lemma_.lower() in lex.mediation_verbs:
        partners = [p for t in (tok, *_objects(tok)) for p in _prep_objects(t, frozenset({"with"}))]
        return [], [], names_of([*subjects(tok), *partners])
    targets = names_of([*_objects(tok), *_prep_objects(tok, TARGET_PREPS)])
    if tok.pos_ == "VERB":
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        actors = names_of(agents) if passive else names_of(subjects(tok))
        return actors, [t for t in targets if t not in actors], []
    actors = name_of(tok)
    possessor = possessor_before(tok)
    if not actors and possessor is not None:
        actors = name_of(possessor)
    if not actors and tok.dep_ in NOUN_ARG_DEPS and tok.dep_ != "nsubj":
        actors = names_of(subjects(tok.head))
    return actors, [t for t in targets if t not in actors], []


def _span(trig: Trigger) -> tuple[int, int]:
    tok = trig.token
    end_tok = trig.particle if trig.particle is not None and trig.particle.i > tok.i else tok
    return tok.idx, end_tok.idx + len(end_tok.text)


def _predicate(trig: Trigger) -> Token:
    """Where an event's time and modality are read: the light verb of a relative
    clause for a noun ("the truce, which began on January 19"), else the trigger."""
    if trig.token.pos_ != "VERB":
        light = _lex().light_verbs
        for child in trig.token.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in light:
                return child
    return trig.token


def build_event(doc: Doc, trig: Trigger, n: int, *, places: list[PlaceRef], times: list[Time],
                figures: list[Figure], claims: list[Claim]) -> Event:
    start, end = _span(trig)
    actors, targets, mediators = participants(trig)
    predicate = _predicate(trig)
    where = provenance(doc, start, end, fact_id=next_id("events", n), extractor=EXTRACTOR,
                       confidence=trig.confidence)
    return Event(
        **where,
        type=trig.type,
        trigger=where["text"],
        actors=tuple(actors),
        targets=tuple(targets),
        mediators=tuple(mediators),
        place=place_of(trig.token, places, exclude=[*actors, *targets, *mediators]),
        time=time_of(predicate, times),
        modality=modality_of(predicate),
        figures=figures_in(trig.token, figures),
        claim=claim_of(start, end, claims),
    )


class EventsStage:
    """Writes ``doc._.tl_events``."""

    def __call__(self, doc: Doc) -> Doc:
        places = places_in(doc)
        times = [t for t in get_facts(doc, "times") if isinstance(t, Time)]
        figures = [f for f in get_facts(doc, "figures") if isinstance(f, Figure)]
        claims = [c for c in get_facts(doc, "claims") if isinstance(c, Claim)]
        events = [build_event(doc, trig, n, places=places, times=times, figures=figures, claims=claims)
                  for n, trig in enumerate(find_triggers(doc), start=1)]
        set_facts(doc, "events", events)
        return doc
