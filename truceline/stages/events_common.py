"""What the events, positions and agreements stages share: the trigger lexicon,
naming the actors of a clause, finding the place, time, figures and claim that
govern a token, and the modality of a predicate.

All of it works on tokens the parser already produced, and on the facts of the
earlier stages (``tl_mentions``, ``tl_times``, ``tl_figures``, ``tl_claims``),
each of which may be missing: the helpers then return ``None`` or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from truceline.actors import resolve
from truceline.data import load_json
from truceline.record import Claim, Figure, Mention, Modality, Time
from truceline.stages.base import get_facts

# Dependencies through which a predicate's arguments and modality are inherited
# from its governor: "wants to continue releases", "insists on moving".
CLIMB_DEPS = frozenset({"xcomp", "conj", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "pcomp", "acomp",
                        "csubj", "attr", "advcl", "oprd", "ccomp"})
# A finite complement clause has its own subject: a passive one ("... say 48,000 people
# were killed") has no actor, it does not inherit the reporter as one.
OWN_SUBJECT_DEPS = frozenset({"ccomp"})
# Reported speech does not pass its reporter's modality to what is reported:
# "officials said Israel would not withdraw" is Israel's refusal, said in the past.
OPAQUE_DEPS = frozenset({"ccomp", "advcl"})
ENTITY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
POINT_TIME_TYPES = frozenset({"DATE", "TIME"})
ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
ARGUMENT_SKIP_DEPS = frozenset({"relcl", "acl", "prep", "appos", "punct", "cc", "conj"})
LEADING_SKIP_POS = frozenset({"DET", "NUM", "PUNCT"})
POSSESSIVE_MARKS = frozenset({"'", "’", "'s", "’s"})
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# A place is where an event happened when it is the object of one of these
# ("talks in Cairo", "returned from Cairo"), not when it is an actor ("Israel wants").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around",
                            "within", "towards", "toward", "through", "along", "off", "onto", "throughout"})
# Subject-less clauses the parser broke ("During ..., Hamas, which ..., has returned"):
# the nearest named actor to the left that is not inside a modifier stands in.
FALLBACK_SUBJECT_DEPS = frozenset({"appos", "nsubj", "npadvmod", "dep", "ROOT"})


@cache
def lexicon() -> dict[str, Any]:
    """The trigger lexicon (``truceline/data/events_lexicon.json``), loaded once."""
    data: dict[str, Any] = load_json("events_lexicon.json")
    return data


@cache
def modality_words() -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in lexicon()["modality"].items()}


# --- naming actors -----------------------------------------------------------------


def _np_tokens(tok: Token) -> list[Token]:
    """The noun phrase of ``tok`` without its relative clauses, prepositions and conjuncts."""
    left = [t for t in tok.lefts if t.dep_ not in ARGUMENT_SKIP_DEPS]
    tokens: list[Token] = []
    for t in left:
        tokens.extend(t.subtree)
    tokens.append(tok)
    tokens.sort(key=lambda t: t.i)
    while tokens and tokens[0].pos_ in LEADING_SKIP_POS:
        tokens.pop(0)
    return tokens or [tok]


def _mention_at(doc: Doc, start: int, end: int) -> Mention | None:
    for m in get_facts(doc, "mentions"):
        if isinstance(m, Mention) and m.span[0] < end and start < m.span[1] and m.kind != "OUTLET":
            return m
    return None


def possessor_before(tok: Token) -> Token | None:
    """'Hamas’ surprise attack', parsed without its possessive: the name before the mark."""
    first = _np_tokens(tok)[0]
    i = first.i
    doc = tok.doc
    if i >= 2 and doc[i - 1].text in POSSESSIVE_MARKS and doc[i - 2].pos_ == "PROPN":
        return doc[i - 2]
    return None


def name_of(tok: Token) -> list[str]:
    """The actor names a noun phrase headed by ``tok`` denotes (several for
    'Israeli and Hamas groups'); empty for pronouns and non-actors."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ in ("relcl", "acl"):
        tok = tok.head.head
    if tok.pos_ == "PRON" or tok.ent_type_ in NON_ACTOR_ENTITIES:
        return []
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss:
        named = name_of(poss[0])
        if named:
            return named
    modifiers: list[Token] = []
    for c in tok.children:
        if c.dep_ in MODIFIER_DEPS and c.i < tok.i:
            modifiers.extend([c, *[d for d in c.conjuncts if d.i < tok.i]])
    resolved_mods = [info.canonical for info in (resolve(m.text) for m in modifiers)
                     if info is not None and info.kb_id is not None]
    if len(resolved_mods) >= 2:
        return list(dict.fromkeys(resolved_mods))
    tokens = _np_tokens(tok)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = tok.doc[tokens[0].i:tokens[-1].i + 1].text  # Doc.text joins every token: slice a Span
    info = resolve(text)
    if info is not None and info.actor_type != "ANONYMOUS":
        return [info.canonical]
    mention = _mention_at(tok.doc, start, end)
    if mention is not None:
        return [mention.canonical]
    if resolved_mods:
        return resolved_mods
    for t in tokens:
        if t.ent_type_ in ENTITY_LABELS:
            ent = _entity_of(t)
            info = resolve(ent)
            return [info.canonical if info else ent]
    return []


def _entity_of(tok: Token) -> str:
    """The text of the entity ``tok`` is in (without scanning ``doc.ents``, which walks the Doc)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def names_of(tokens: Iterable[Token]) -> list[str]:
    """Names of several arguments and their conjuncts, in order, without repeats."""
    names: list[str] = []
    for tok in tokens:
        for t in (tok, *tok.conjuncts):
            names.extend(name_of(t))
    return list(dict.fromkeys(names))


def governors(tok: Token) -> Iterator[Token]:
    """``tok``'s ancestors, nearest first, while the link passes its arguments on."""
    node = tok
    while node.dep_ in CLIMB_DEPS and node.head is not node:
        node = node.head
        yield node


def subjects(tok: Token) -> list[Token]:
    """The subject of a predicate, inherited through xcomp/conj ('X wants to continue')."""
    for node in (tok, *governors(tok)):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return subj
        agent = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent
        if node.pos_ not in ("VERB", "AUX") and node is not tok:
            break
        if node.dep_ in OWN_SUBJECT_DEPS:
            return []  # "authorities say 48,000 people were killed": the sayer did not kill
    if tok.pos_ == "VERB" and tok.dep_ == "ROOT":
        for left in reversed(tok.doc[tok.sent.start:tok.i]):
            if left.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and left.dep_ in FALLBACK_SUBJECT_DEPS:
                return [left]
    return []


# --- place, time, figures and claim of a clause -------------------------------------


def _subtree_span(tok: Token) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def scopes(tok: Token) -> Iterator[tuple[int, int]]:
    """Character spans of ``tok``'s subtree, then of each ancestor's, up to its sentence."""
    yield _subtree_span(tok)
    for anc in tok.ancestors:
        yield _subtree_span(anc)


def _asides(tok: Token) -> list[tuple[int, int]]:
    """Relative clauses and appositions of the sentence that do not hold ``tok``:
    "Hamas, which has controlled the Gaza Strip since 2006, has returned ...":
    2006 and the Gaza Strip belong to the aside, not to the return."""
    return [_subtree_span(t) for t in tok.sent
            if t.dep_ in ASIDE_DEPS and not (t.left_edge.i <= tok.i <= t.right_edge.i)]


def _outside(span: tuple[int, int], asides: list[tuple[int, int]]) -> bool:
    return not any(a <= span[0] and span[1] <= b for a, b in asides)


def _nearest(items: list[Any], tok: Token) -> Any:
    return min(items, key=lambda f: abs(f.span[0] - tok.idx))


@dataclass(frozen=True, slots=True)
class PlaceRef:
    name: str
    span: tuple[int, int]


def _locative(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "conj", "appos") and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def places_in(doc: Doc) -> list[PlaceRef]:
    """The PLACE mentions of the Doc (spaCy's place entities when the places stage
    did not run) that are the object of a locative preposition."""
    mentions = [PlaceRef(m.canonical, m.span) for m in get_facts(doc, "mentions")
                if isinstance(m, Mention) and m.kind == "PLACE" and not m.demonym]
    if not mentions and not get_facts(doc, "mentions"):
        mentions = [PlaceRef(e.text, (e.start_char, e.end_char))
                    for e in doc.ents if e.label_ in PLACE_LABELS]
    return [p for p in mentions if _locative(doc, *p.span)]


def place_of(tok: Token, places: list[PlaceRef], exclude: Iterable[str] = ()) -> str | None:
    """The nearest place in the smallest clause around ``tok`` that has one."""
    skip = {e.lower() for e in exclude}
    asides = _asides(tok)
    candidates = [p for p in places if p.name.lower() not in skip and _outside(p.span, asides)]
    for start, end in scopes(tok):
        inside = [p for p in candidates if start <= p.span[0] and p.span[1] <= end]
        if inside:
            return str(_nearest(inside, tok).name)
    return None


def time_of(tok: Token, times: list[Time]) -> str | None:
    """The TIMEX3 value of the nearest point time in the smallest clause around ``tok``."""
    asides = _asides(tok)
    points = [t for t in times if t.type in POINT_TIME_TYPES and _outside(t.span, asides)]
    for start, end in scopes(tok):
        inside = [t for t in points if start <= t.span[0] and t.span[1] <= end]
        if inside:
            return str(_nearest(inside, tok).value)
    return None


def clause_of(tok: Token) -> Token:
    """The predicate whose clause holds ``tok`` (itself if it is a verb)."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return tok.sent.root


def figures_in(tok: Token, figures: list[Figure]) -> tuple[str, ...]:
    start, end = _subtree_span(clause_of(tok))
    return tuple(f.id for f in figures if start <= f.span[0] and f.span[1] <= end)


def claim_of(start: int, end: int, claims: list[Claim]) -> str | None:
    """The id of the claim whose content holds [start, end), the innermost if nested."""
    holding = [c for c in claims if c.content_span[0] <= start and end <= c.content_span[1]]
    if not holding:
        return None
    return min(holding, key=lambda c: c.content_span[1] - c.content_span[0]).id


# --- modality ------------------------------------------------------------------------


def _has_under_plan(node: Token, plan_nouns: frozenset[str]) -> bool:
    """'Under Israeli plan, three hostages are returned weekly': a planned arrangement."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and
               any(g.lemma_.lower() in plan_nouns for g in c.children if g.dep_ == "pobj")
               for c in node.children)


def modality_of(tok: Token) -> Modality:
    """happened, planned, refused, hypothetical or negated, from the predicate's
    own auxiliaries and negation and from the verbs that govern it."""
    words = modality_words()
    chain = [tok]
    for node in governors(tok):
        chain.append(node)
        if chain[-2].dep_ in OPAQUE_DEPS and chain[-2].pos_ in ("VERB", "AUX"):
            chain.pop()
            break
    for depth, node in enumerate(chain):
        coordinated = depth > 0 and chain[depth - 1].dep_ == "conj"
        children = list(node.children)
        marks = {c.lower_ for c in children if c.dep_ == "mark"}
        auxes = {c.lemma_.lower() for c in children if c.dep_ in ("aux", "auxpass")}
        negated = any(c.dep_ == "neg" for c in children)
        lemma = node.lemma_.lower()
        if marks & words["conditional_marks"]:
            return "hypothetical"
        if coordinated:
            lemma = ""  # "wants X, but Hamas insists": a coordinated verb is no governor
        if depth and lemma in words["refused_governors"]:
            return "negated" if negated else "refused"
        if negated:
            if auxes & words["refusal_aux"]:
                return "refused"
            if depth and lemma in words["planned_governors"]:
                return "refused"
            return "negated"
        if auxes & words["hypothetical_aux"]:
            return "hypothetical"
        if auxes & words["planned_aux"]:
            return "planned"
        if depth and lemma in words["hypothetical_governors"]:
            return "hypothetical"
        if depth and lemma in words["planned_governors"]:
            return "planned"
        if _has_under_plan(node, words["plan_nouns"]):
            return "planned"
        if depth == 0 and "to" in auxes and node.dep_ in ("advcl", "acl", "relcl"):
            return "planned"
    return "happened"
