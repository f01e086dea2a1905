"""Positions: actor, stance and proposition with a topic.

Three shapes are read, all from the parse:

- a cue verb and its complement: "Israel wants to ... extend the first phase",
  "Hamas insists on moving towards a permanent ceasefire", "Hamas opposes it"
  (a pronoun stands for the latest proposition of another party), "Israel does
  not want to withdraw" (a negated cue turns DEMAND into REFUSE);
- a modal refusal: "Israel would not withdraw from the area" (REFUSE);
- a party's plan: "Under Israeli plan, three hostages are returned weekly" (PROPOSE).

Cues, stances and topics are data: ``truceline/data/positions_lexicon.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from truceline.data import load_json
from truceline.record import Claim, Position, Stance, Time
from truceline.stages.base import get_facts, next_id, provenance, set_facts
from truceline.stages.events_common import claim_of, name_of, names_of, subjects, time_of

EXTRACTOR = "positions.v1"

CUE_CONFIDENCE = 0.8  # a stance verb with its own complement
ANAPHOR_CONFIDENCE = 0.6  # "opposes it": the antecedent is the latest other party's proposition
REFUSAL_CONFIDENCE = 0.7  # "would not withdraw": a refusal, or a prediction in the reporter's words
PLAN_CONFIDENCE = 0.6  # "under Israeli plan": the terms are the plan's, as the outlet summarises them
COMPLEMENT_DEPS = frozenset({"xcomp", "dobj", "ccomp"})
COMPLEMENT_PREPS = frozenset({"on", "for", "to", "against", "with"})
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    cues: dict[str, Stance]
    negated: dict[str, Stance]
    refusal_aux: frozenset[str]
    plan_nouns: frozenset[str]
    pronouns: frozenset[str]
    topics: tuple[tuple[str, tuple[str, ...]], ...]


@cache
def _lex() -> _Lexicon:
    raw = load_json("positions_lexicon.json")
    return _Lexicon(cues=dict(raw["cues"]), negated=dict(raw["negated"]),
                    refusal_aux=frozenset(raw["refusal_aux"]), plan_nouns=frozenset(raw["plan_nouns"]),
                    pronouns=frozenset(raw["pronouns"]),
                    topics=tuple((t, tuple(p)) for t, p in raw["topics"]))


def topic_of(proposition: str) -> str:
    """The first topic of the lexicon whose pattern occurs in the proposition."""
    low = proposition.lower()
    for topic, patterns in _lex().topics:
        if any(p in low for p in patterns):
            return topic
    return "OTHER"


@dataclass(frozen=True, slots=True)
class _Found:
    actors: list[str]
    stance: Stance
    cue: Token
    complement: Token | None  # None: the proposition is the cue's own clause
    confidence: float
    skip: Token | None = None  # a child left out of the proposition ("under Israeli plan")


def _split(head: Token) -> list[Token]:
    """'continue hostage releases and extend the first phase': one proposition per conjunct."""
    if head.pos_ in ("VERB", "AUX"):
        return [head, *[c for c in head.conjuncts if c.i > head.i]]
    return [head]


def _complements(cue: Token) -> tuple[Stance | None, list[Token]]:
    lex = _lex()
    lemma = cue.lemma_.lower()
    for child in cue.children:
        if child.dep_ in ("prt", "prep"):
            stance = lex.cues.get(f"{lemma} {child.lower_}")
            if stance is not None:
                objs = [g for g in child.children if g.dep_ in PREP_OBJECT_DEPS]
                if child.dep_ == "prt":
                    objs = [c for c in cue.children if c.dep_ in COMPLEMENT_DEPS]
                return stance, [s for o in objs for s in _split(o)]
    stance = lex.cues.get(lemma)
    if stance is None:
        return None, []
    objs = [c for c in cue.children if c.dep_ in COMPLEMENT_DEPS]
    if not objs:
        objs = [g for c in cue.children if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS
                for g in c.children if g.dep_ in PREP_OBJECT_DEPS]
    return stance, [s for o in objs for s in _split(o)]


def _cue_positions(tok: Token) -> list[_Found]:
    stance, complements = _complements(tok)
    if stance is None or not complements:
        return []
    if any(c.dep_ == "neg" for c in tok.children):
        stance = _lex().negated[stance]
    actors = names_of(subjects(tok))
    return [_Found(actors, stance, tok, c, CUE_CONFIDENCE) for c in complements] if actors else []


def _refusal(tok: Token) -> _Found | None:
    """'Israel would not withdraw': negation with a future or conditional auxiliary."""
    children = list(tok.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() in _lex().refusal_aux for c in children):
        return None
    actors = names_of(subjects(tok))
    return _Found(actors, "REFUSE", tok, None, REFUSAL_CONFIDENCE) if actors else None


def _plan(tok: Token) -> _Found | None:
    """'Under Israeli plan, three hostages are returned weekly': the party proposes the clause."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _lex().plan_nouns:
                    actors = name_of(noun)
                    if actors:
                        return _Found(actors, "PROPOSE", tok, None, PLAN_CONFIDENCE, skip=prep)
    return None


def _proposition_span(found: _Found) -> tuple[int, int]:
    head = found.complement if found.complement is not None else found.cue
    if found.complement is None:
        skipped = set(found.skip.subtree) if found.skip is not None else set()
        subj = {t for s in subjects(head) for t in s.subtree}
        tokens = [t for t in head.subtree if t not in skipped and t not in subj
                  and t.dep_ not in ("aux", "neg", "punct", "mark") and not t.is_space]
    else:
        tokens = [t for t in head.subtree if not t.is_space]
        if head.pos_ in ("VERB", "AUX"):
            tokens = [t for t in tokens if t.i >= head.i and not (t in head.conjuncts and t is not head)]
            tokens = [t for t in tokens if not any(t in c.subtree for c in head.conjuncts if c.i > head.i)]
    tokens = [t for t in tokens if t.dep_ != "cc"] or [head]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


class PositionsStage:
    """Writes ``doc._.tl_positions``."""

    def __call__(self, doc: Doc) -> Doc:
        times = [t for t in get_facts(doc, "times") if isinstance(t, Time)]
        claims = [c for c in get_facts(doc, "claims") if isinstance(c, Claim)]
        pronouns = _lex().pronouns
        positions: list[Position] = []
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            found = _cue_positions(tok)
            if not found:
                single = _refusal(tok) or _plan(tok)
                found = [single] if single else []
            for item in found:
                confidence = item.confidence
                comp = item.complement
                if comp is not None and comp.lower_ in pronouns:
                    earlier = [p for p in positions if p.actor not in item.actors]
                    if not earlier:
                        continue
                    proposition, topic = earlier[-1].proposition, earlier[-1].topic
                    p_start, p_end = comp.idx, comp.idx + len(comp.text)
                    confidence = ANAPHOR_CONFIDENCE
                else:
                    p_start, p_end = _proposition_span(item)
                    span = doc.char_span(p_start, p_end)  # token-aligned; Doc.text would join the Doc
                    proposition = span.text if span is not None else ""
                    topic = topic_of(proposition)
                start = min(item.cue.idx, p_start)
                end = max(item.cue.idx + len(item.cue.text), p_end)
                for actor in item.actors:
                    positions.append(Position(
                        **provenance(doc, start, end, fact_id=next_id("positions", len(positions) + 1),
                                     extractor=EXTRACTOR, confidence=confidence),
                        actor=actor, stance=item.stance, proposition=proposition, topic=topic,
                        time=time_of(item.cue, times),
                        claim=claim_of(item.cue.idx, item.cue.idx + len(item.cue.text), claims),
                    ))
        set_facts(doc, "positions", positions)
        return doc
