"""Claims: who says what. Source + cue + content, with the source resolved.

Cues are found by a small learned model (``truceline/data/attribution_cues.json``,
a logistic regression over lexical and dependency features of a token and its
context (negation, modals, possessor, subject taken from the governing verb), built
by ``scripts/train_attribution.py`` from PolNeAR's train split; see
:mod:`truceline.stages.attribution_frames`), which also holds the threshold
(chosen by cross-validation on train) and a second classifier, also learned on
train, of how far a cue reaches past its head word ("has also said", "called for", "said in a
statement"; PolNeAR's conventions). For each cue the dependency parse and the
article's quotations give:

- the source: the subject ("Egyptian officials said ..."), the agent of a
  passive ("it was reported by Haaretz"), the object of "according to", the
  subject of the governing verb for "..., saying ..." and coordinated verbs,
  the relative pronoun of "who said", the speaker of a transcript line
  ("CLINTON: ...") or the name signing a quotation ("“...” ― Sonya Herridge");
- the content: the quotation the cue introduces or closes ("“...,” X said"),
  the clause the cue governs ("said (that) ..."), the main clause around a
  parenthetical cue ("..., X said."), the object of "called for"; quoted
  content is widened to its quotation marks, also across sentences and
  paragraphs (an unclosed quote runs to the paragraph's end, or on into a
  next paragraph that opens a quote again), and a quotation following an
  attributed one with no cue of its own continues it.

A cue with no source inside the content of a sourced claim belongs to it ("The
ceasefire is expected to expire, according to Egyptian officials" is one claim).

The source is resolved to an outlet (:mod:`truceline.outlets`, MEDIA) or an
actor (:mod:`truceline.actors`); a pronoun ("He added ...") takes the
canonical form of the last named source. Sources become mentions (OUTLET,
ORG, PERSON, ACTOR) after the places stage's. Credit lines ("The Associated
Press and Reuters contributed to the report.") are the article's
contributors (``doc.user_data["tl_contributors"]``), not claims.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from truceline.actors import ActorInfo, resolve
from truceline.data import load_json
from truceline.outlets import OutletInfo, outlet
from truceline.record import Claim, Mention, MentionKind, Source, SourceType
from truceline.stages.attribution_frames import (
    BOUNDARY_OUTCOMES,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    REPORTING_VERBS,
    Quotes,
    boundary_features,
    features,
    frame_of,
    learned_extent,
    quote_regions,
)
from truceline.stages.base import doc_text, get_facts, next_id, provenance, set_facts

EXTRACTOR = "attribution.v3"

CONF_FLOOR = 0.3  # confidence of a claim is its cue probability, not below this
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})  # nsubjpass: the topic, no source
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
# a cue without its own subject takes the subject of the verb it hangs from
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "pcomp"})
PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep", "ROOT"})
CUE_ADVERB_DEPS = frozenset({"advmod", "neg", "aux", "auxpass"})  # between a source and its cue
CONTENT_PREPS = frozenset({"for", "to", "about", "of", "on", "against", "with", "that"})
DATELINE_DASHES = frozenset({"—", "--", "–"})
SOURCE_LEADING_DROP = frozenset({"advmod", "cc", "preconj", "punct"})  # "Even the organizer"
# possessives too: the possessor is the source of a nominal cue ("His claim that ...")
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who", "which", "that",
                      "his", "her", "their", "its", "my", "our", "your"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "his", "their"})
GROUP_PRONOUNS = frozenset({"it", "its"})  # "Hamas ... it said": a group or state named last, not a person
MAX_SOURCE_TOKENS = 12  # between a closing quote and its cue: "..., Rep. Elijah E. Cummings (D-Md.) said"
MAX_QUOTE_GAP = 3  # chars of punctuation allowed between a content's end and its closing quote
_EDGE_PUNCT = ",;:—–-.…"
_ATTACHING = re.compile(r"\s*[,:]?\s*")  # between a cue and the quotation it introduces
_SPEAKER_LINE = re.compile(
    r"^[\"“]?(?P<name>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})(?P<colon>:)[ \t]+(?P<content>\S[^\n]*)$",
    re.MULTILINE)
# a quotation signed with a dash: "“He represents our greatest shame.” ― Sonya Herridge"
_DASH_SIGNATURE = re.compile(
    r"(?P<close>[”\"])[^\S\n]*(?P<dash>―|—|--)[^\S\n]*(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w.'’-]*){0,4})")

SPEAKER_LINE_CONFIDENCE = 0.6  # a name and a colon: a transcript or headline, now and then a label
MIN_SPEAKER_CHARS = 2  # "Q: ..." / "A: ..." label an interview's turns; PolNeAR marks no cue there
_CREDIT = re.compile(
    r"^(?P<names>[^.\n]{2,200}?)\s+contributed\s+(?:to\s+)?(?:this|the)\s+"
    r"(?:report|story|article|reporting)\b", re.IGNORECASE | re.MULTILINE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
COORDINATORS = frozenset({"and", "&"})  # "Egypt and Qatar said": one claim by both ("or": neither)
_CREDIT_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)\s*")


@dataclass(frozen=True, slots=True)
class CueModel:
    """What ``scripts/train_attribution.py`` learns from PolNeAR's train split: weights of the
    cue classifier, its threshold (chosen by cross-validation on train) and the weights of the
    cue boundary classifier (one score per outcome of
    :data:`truceline.stages.attribution_frames.BOUNDARY_OUTCOMES`)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    boundary_bias: tuple[float, ...]
    boundary_weights: dict[str, tuple[float, ...]]

    def probability(self, tok: Token, quotes: Quotes) -> float:
        """The learned probability that ``tok`` heads an attribution cue."""
        if frame_of(tok) is None:
            return 0.0
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(tok, quotes))
        p = 1.0 / (1.0 + math.exp(-z))
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS \
                and tok.lemma_.lower() in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in tok.children):
            return max(p, self.threshold)  # nested: "A said B told them that ..."
        return p

    def boundary(self, parent: Token, child: Token) -> str:
        """Whether none of ``child``, the word alone or its subtree belongs to a cue holding
        ``parent``: the outcome the boundary classifier scores highest."""
        scores = list(self.boundary_bias)
        for feat in boundary_features(parent, child):
            weights = self.boundary_weights.get(feat)
            if weights is not None:
                scores = [s + w for s, w in zip(scores, weights, strict=True)]
        return BOUNDARY_OUTCOMES[scores.index(max(scores))]

    def cue_extent(self, head: Token) -> tuple[int, int]:
        """Tokens [start, end) of the cue headed by ``head`` (no whitespace at its edges:
        "added:" before a paragraph break)."""
        start, end = learned_extent(head, self.boundary)
        doc = head.doc
        while end - 1 > head.i and doc[end - 1].is_space:
            end -= 1
        while start < head.i and doc[start].is_space:
            start += 1
        return start, end

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CueModel:
        return cls(float(raw["bias"]), {k: float(v) for k, v in raw["weights"].items()},
                   float(raw["threshold"]), tuple(float(w) for w in raw["boundary_bias"]),
                   {k: tuple(float(w) for w in v) for k, v in raw["boundary_weights"].items()})


@cache
def shipped_model() -> CueModel:
    """The model in ``truceline/data/attribution_cues.json`` (read once)."""
    return CueModel.from_json(load_json("attribution_cues.json"))


@dataclass(frozen=True, slots=True)
class _Relation:
    cue: tuple[int, int]  # token indices [start, end)
    source: tuple[int, int] | None
    content: tuple[int, int]  # character offsets
    probability: float


class AttributionStage:
    """Writes ``doc._.tl_claims``, source mentions and the article's contributors."""

    def __init__(self, model: CueModel | None = None) -> None:
        self.model = model  # None: the shipped model, read on first use

    def __call__(self, doc: Doc) -> Doc:
        model = self.model or shipped_model()
        quotes = quote_regions(doc_text(doc))
        credit_ranges, contributors = _credit_lines(quotes.text)
        if contributors:
            doc.user_data["tl_contributors"] = contributors
        relations: list[_Relation] = []
        for tok in doc:
            if any(s <= tok.idx < e for s, e in credit_ranges):
                continue
            p = model.probability(tok, quotes)
            if p >= model.threshold:
                rel = _relation(doc, tok, p, quotes, model)
                if rel is not None:
                    relations.append(rel)
        relations.extend(_speaker_lines(doc, quotes, {r.cue[0] for r in relations}))
        relations.extend(_dash_signatures(doc, quotes))
        relations = _drop_subsumed(doc, _continue_quotes(doc, relations, quotes))
        mentions = get_facts(doc, "mentions")
        claims = _claims(doc, quotes.text, relations, mentions)
        set_facts(doc, "claims", claims)
        set_facts(doc, "mentions", mentions)
        return doc


# ---------------------------------------------------------------- relations

def _relation(doc: Doc, tok: Token, p: float,
              quotes: Quotes, model: CueModel) -> _Relation | None:
    if tok.lower_ == "according":
        return _according(doc, tok, p, quotes)
    cue_start, cue_end = model.cue_extent(tok)
    source = _source_of(tok)
    content = _content_of(doc, tok)
    if content is None or content[0] < tok.i:
        quoted = _adjacent_quote(doc, cue_start, cue_end, quotes)
        if quoted is not None:
            return _Relation((cue_start, cue_end), source, quoted, p)
    if content is None:
        content = _rest_of_clause(doc, tok, cue_start, cue_end, source)
    if content is None:
        return None
    start, end = content
    span = _finish_content(doc, start, end, quotes, tok.idx)
    if span is None:
        return None
    return _Relation((cue_start, cue_end), source, span, p)


def _rest_of_clause(doc: Doc, tok: Token, cue_start: int, cue_end: int,
                    source: tuple[int, int] | None) -> tuple[int, int] | None:
    """A confident cue with no clause, object or quotation of its own ("said as much in an
    interview", "..., experts say."): what follows it in its subtree, else its sentence
    before the source and cue."""
    end = min([tok.right_edge.i + 1] + [c.left_edge.i for c in tok.children
                                         if c.dep_ == "agent" and c.i >= cue_end])  # the source
    if any(not t.is_punct for t in doc[cue_end:end]):
        return cue_end, end
    end = min(cue_start, source[0]) if source is not None else cue_start
    start = doc[end - 1].sent.start if end > 0 else 0
    return (start, end) if any(not t.is_punct for t in doc[start:end]) else None


def _speaker_lines(doc: Doc, quotes: Quotes, taken: set[int]) -> list[_Relation]:
    """Transcript and headline lines "CLINTON: Honestly, I ..." / "Sanders: Brexit's message
    could ...": a name opening the line, a colon (the cue), the rest of the line."""
    out = []
    for match in _SPEAKER_LINE.finditer(quotes.text):
        name = doc.char_span(match.start("name"), match.end("name"))
        colon = doc.char_span(match.start("colon"), match.end("colon"))
        if name is None or colon is None or colon.start in taken:
            continue
        if len(match.group("name")) < MIN_SPEAKER_CHARS or not (
                match.group("name").isupper() or all(t.pos_ == "PROPN" for t in name)):
            continue
        content = _finish_span(quotes.text, match.start("content"), match.end("content"))
        if content is None:
            continue
        words = doc.char_span(*content, alignment_mode="expand")
        if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # "Clinton: 547." is a tally, "Nevada: Adam Khan, ..." a list
        out.append(_Relation((colon.start, colon.end), (name.start, name.end), content,
                             SPEAKER_LINE_CONFIDENCE))
    return out


def _dash_signatures(doc: Doc, quotes: Quotes) -> list[_Relation]:
    """A quotation signed by a dash and a name: the dash is the cue, the name the source."""
    out = []
    for match in _DASH_SIGNATURE.finditer(quotes.text):
        close = match.start("close")
        k = bisect_right(quotes.closes, close) - 1
        if k >= 0 and quotes.closes[k] == close:
            opening = quotes.opens[k]
        else:  # quotations mis-paired upstream: the nearest opening mark of the paragraph
            para = quotes.text.rfind("\n", 0, close) + 1
            opening = max(quotes.text.rfind(mark, para, close) for mark in OPEN_QUOTES[:1] + '"')
            if opening < para:
                continue
        name = doc.char_span(match.start("name"), match.start("name") + len(match.group("name").rstrip(".")))
        dash = doc.char_span(match.start("dash"), match.end("dash"))
        if name is None or dash is None or not any(t.pos_ == "PROPN" for t in name):
            continue
        out.append(_Relation((dash.start, dash.end), (name.start, name.end),
                             (opening, close + 1), SPEAKER_LINE_CONFIDENCE))
    return out


def _finish_span(full_text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Characters [lo, hi) without trailing sentence punctuation, if any text is left."""
    text = full_text[lo:hi].rstrip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return (lo, lo + len(text)) if text.strip() else None


def _adjacent_quote(doc: Doc, cue_start: int, cue_end: int, quotes: Quotes) -> tuple[int, int] | None:
    """The quotation the cue introduces ("said: “...”") or closes ("“...,” said X"): the
    speaker's words, however the parser attached them."""
    text, opens, closes = quotes.text, quotes.opens, quotes.closes
    after = doc[cue_end - 1].idx + len(doc[cue_end - 1].text)
    k = bisect_right(opens, after) if opens else 0
    if k < len(opens) and _ATTACHING.fullmatch(text[after:opens[k]]):
        return opens[k], closes[k] + 1
    before = doc[cue_start].idx
    k = bisect_right(closes, before) - 1
    if k >= 0:
        gap = doc.char_span(closes[k] + 1, before, alignment_mode="expand")
        if gap is not None and len(gap) <= MAX_SOURCE_TOKENS and "\n" not in gap.text and not any(
                t.pos_ == "VERB" or (t.is_sent_end and t.is_punct) for t in gap):
            return opens[k], closes[k] + 1
    return None


def _according(doc: Doc, tok: Token, p: float,
               quotes: Quotes) -> _Relation | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    objects = [c for c in (to.children if to is not None else tok.children) if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    source = (obj.left_edge.i, obj.right_edge.i + 1)
    phrase = (tok.left_edge.i, max(tok.right_edge.i, obj.right_edge.i) + 1)
    head = tok.head
    while head.dep_ not in ("ROOT",) and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    sent = tok.sent
    lo, hi = (head.left_edge.i, head.right_edge.i + 1) if head.i != tok.i else (sent.start, sent.end)
    if phrase[0] <= lo:
        lo = phrase[1]
    elif phrase[1] >= hi:
        hi = phrase[0]
    span = _finish_content(doc, lo, hi, quotes, tok.idx)
    if span is None:
        return None
    cue_end = to.i + 1 if to is not None else tok.i + 1
    return _Relation((tok.i, cue_end), _trim_source(doc, *source), span, p)


def _content_of(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """Token range [start, end) of the content."""
    clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS and c.dep_ != "csubj"]
    if clauses:
        start = min(c.left_edge.i for c in clauses)
        end = max(c.right_edge.i for c in clauses) + 1
        objects = [c for c in tok.children if c.dep_ in ("dobj",) and c.i > tok.i and c.i < start]
        if objects and tok.lemma_ in ("ask", "urge", "call"):  # "asked aides whether ..."
            start = min(start, objects[0].left_edge.i)
        return start, end
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > tok.i]
    if objects:
        return objects[0].left_edge.i, objects[-1].right_edge.i + 1
    preps = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in CONTENT_PREPS]
    for prep in preps:
        pobj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if pobj:
            return pobj[0].left_edge.i, pobj[-1].right_edge.i + 1
    if tok.dep_ in PARENTHETICAL_DEPS and tok.head.i != tok.i:
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        clause_lo, clause_hi = tok.left_edge.i, tok.right_edge.i + 1
        if clause_hi >= hi:
            hi = clause_lo
        elif clause_lo <= lo:
            lo = clause_hi
        if hi > lo:
            return lo, hi
    if tok.dep_ == "ROOT":
        # "“...,” she said." with the quote parsed as a separate sentence before
        prev = doc[tok.sent.start - 1] if tok.sent.start > 0 else None
        if prev is not None and prev.text in ("”", '"', "''"):
            return prev.sent.start, prev.i + 1
    return None


def _source_of(tok: Token) -> tuple[int, int] | None:
    if tok.pos_ == "NOUN":  # a nominal cue's possessor: "Donald Trump's claim that ..."
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            return _trim_source(tok.doc, poss.left_edge.i, poss.right_edge.i + 1)
    current = tok
    for _ in range(3):  # climb "said and added" / "..., saying" at most this far
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _trim_source(pobj.doc, pobj.left_edge.i, pobj.right_edge.i + 1)
        subj = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass":
                return None  # "the ceasefire is expected to ...": the topic, not who expects it
            if any("\n" in t.text for t in subj.doc[subj.i:tok.i]):
                return _chunk_before(tok)  # a parse across lines (a photo credit above)
            return _trim_source(subj.doc, subj.left_edge.i, subj.right_edge.i + 1, subj)
        if current.dep_ not in INHERIT_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _chunk_before(tok: Token) -> tuple[int, int] | None:
    """The noun phrase right before the cue, on its line: "Israeli officials said"."""
    for chunk in tok.sent.noun_chunks if tok.doc.has_annotation("DEP") else ():
        if chunk.end == tok.i or (chunk.end < tok.i and all(
                t.dep_ in CUE_ADVERB_DEPS for t in tok.doc[chunk.end:tok.i])):
            return chunk.start, chunk.end
    return None


def _trim_source(doc: Doc, start: int, end: int, head: Token | None = None) -> tuple[int, int] | None:
    if head is not None:
        # a parse running over a paragraph break or a dateline ("CAIRO (AP) — ...")
        for i in range(head.i - 1, start - 1, -1):
            if "\n" in doc[i].text or doc[i].text in DATELINE_DASHES:
                start = i + 1
                break
    keep = head.i if head is not None else -1
    while start < end and ((doc[start].dep_ in SOURCE_LEADING_DROP and doc[start].i != keep)
                           or doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct and not (
            doc[end - 1].text == ")" and "(" in doc[start:end].text))):
        end -= 1
    if head is not None and end < len(doc) and doc[end].text == "," and any(
            t.text == "," for t in doc[head.i:end]):
        end += 1  # PolNeAR keeps the comma closing an aside: "Graham, a former candidate,"
    return (start, end) if end > start else None


def _finish_content(doc: Doc, start: int, end: int, quotes: Quotes,
                    cue_char: int) -> tuple[int, int] | None:
    """Characters of the content: edge punctuation trimmed, quotes widened to their marks."""
    while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text in _EDGE_PUNCT)):
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct
                                                      and doc[end - 1].text in _EDGE_PUNCT)):
        end -= 1
    if end <= start:
        return None
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    opens, closes, text = quotes.opens, quotes.closes, quotes.text
    k = bisect_right(opens, hi - 1) - 1  # the last quotation opening inside or before the content
    if k >= 0 and hi <= closes[k] + 1 and not opens[k] <= cue_char <= closes[k]:
        q_open, q_close = opens[k], closes[k]
        gap = text[hi:q_close]
        starts_quote = lo - 1 <= q_open or not text[q_open + 1:lo].strip()
        if starts_quote or (len(gap) <= MAX_QUOTE_GAP and not gap.strip(_EDGE_PUNCT + "?!")):
            hi = q_close + 1  # to the closing mark, across sentences of the quotation
        if starts_quote:
            lo = min(lo, q_open)
    return lo, hi


def _sentence_end(doc: Doc, i: int) -> int:
    """Character end of the sentence of token ``i`` (``Token.sent`` scans the whole Doc)."""
    while i + 1 < len(doc) and not doc[i + 1].is_sent_start:
        i += 1
    return doc[i].idx + len(doc[i].text)


def _continue_quotes(doc: Doc, relations: list[_Relation],
                     quotes: Quotes) -> list[_Relation]:
    """A quotation right after an attributed one, with no cue of its own, continues it:
    "“We will not extend it,” Hamas said. “Phase two must start now.”" is one content."""
    opens, closes, text = quotes.opens, quotes.closes, quotes.text
    where = {o: k for k, o in enumerate(opens)}
    cue_chars = sorted(doc[r.cue[0]].idx for r in relations)
    out = []
    for rel in relations:
        lo, hi = rel.content
        if text[hi - 1:hi] in CLOSE_QUOTES + '"':
            pos = max(hi, _sentence_end(doc, rel.cue[1] - 1))
            while True:
                while pos < len(text) and text[pos].isspace():
                    pos += 1
                k = where.get(pos)
                if k is None or bisect_right(cue_chars, closes[k]) != bisect_right(cue_chars, opens[k]):
                    break
                hi = pos = closes[k] + 1
        out.append(_Relation(rel.cue, rel.source, (lo, hi), rel.probability))
    return out


def _drop_subsumed(doc: Doc, relations: list[_Relation]) -> list[_Relation]:
    """A cue with no source inside the content of a sourced one is that source's: "The
    ceasefire is expected to expire, according to Egyptian officials" is one claim, by them."""
    sourced = [r.content for r in relations if r.source is not None]
    return [r for r in relations if r.source is not None or not any(
        lo <= doc[r.cue[0]].idx < hi for lo, hi in sourced)]


# ---------------------------------------------------------------- credit lines

def _credit_lines(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    ranges: list[tuple[int, int]] = []
    names: list[str] = []
    for match in _CREDIT.finditer(text):
        found = [outlet(part) for part in _CREDIT_SPLIT.split(match.group("names"))]
        known = [info.name for info in found if info is not None]
        if known:
            ranges.append((match.start(), match.end()))
            names.extend(n for n in known if n not in names)
    return ranges, names


# ---------------------------------------------------------------- claims

@dataclass(frozen=True, slots=True)
class _Resolved:
    canonical: str
    source_type: SourceType
    affiliation: str | None
    kind: MentionKind | None  # None: no mention (pronouns, anonymous sources)
    kb_id: str | None = None
    country: str | None = None
    # a joint source: each party, resolved alone, and its characters in the text
    members: tuple[tuple[_Resolved, int, int], ...] = ()


def _resolve_source(span: Span, last_named: _Resolved | None) -> _Resolved:
    text = span.text
    low = text.lower()
    pronoun = low in PRONOUNS
    if last_named is not None and (
            (pronoun and low in PERSONAL_PRONOUNS)
            or (low in GROUP_PRONOUNS and last_named.kind != "PERSON")
            or _names_again(span, last_named.canonical)):
        return replace(last_named, kind=None)  # the source named last, mentioned again
    if pronoun:
        return _Resolved(text, "OTHER", None, None)
    joint = _joint_source(span)
    if joint is not None:
        return joint
    return _resolve_named(span, text)


def _resolve_named(span: Span, text: str) -> _Resolved:
    """One named or described source: an outlet, a known actor, a person or an organisation."""
    media: OutletInfo | None = outlet(text)
    if media is not None:
        return _Resolved(media.name, "MEDIA", None, "OUTLET", None, media.country)
    info: ActorInfo | None = resolve(text)
    if info is not None:
        kind: MentionKind | None = None if info.actor_type in ("ANONYMOUS", "WITNESS") else info.kind
        return _Resolved(info.canonical, info.actor_type, info.affiliation, kind, info.kb_id,
                         info.country)
    labels = {t.ent_type_ for t in span if t.ent_type_}
    if "PERSON" in labels:
        # the name as written, without a possessive: "Shamoya McKenzie's family"
        person = next((e.text for e in span.ents if e.label_ == "PERSON"), None) \
            or " ".join(t.text for t in span if t.ent_type_ == "PERSON")
        return _Resolved(_POSSESSIVE.sub("", person), "PERSON", None, "PERSON")
    if "ORG" in labels:
        return _Resolved(text, "OTHER", None, "ORG")
    return _Resolved(text, "OTHER", None, None)


def _conjunct_chunks(span: Span) -> list[tuple[int, int]]:
    """Token ranges of the parties of a coordinated source ("Egypt and Qatar", "Hamas,
    Islamic Jihad and the PFLP"), or [] when the source is not a coordination of its head."""
    root = span.root
    heads = {root.i}
    for tok in span:  # conjuncts of the head, and of its modifiers ("Egyptian and Qatari")
        if tok.dep_ == "conj" and (tok.head.i in heads or tok.head.head.i == root.i):
            heads.update((tok.i, tok.head.i))
    cuts = [t.i for t in span if t.i > span.start and (
        (t.dep_ == "cc" and t.lower_ in COORDINATORS) or (t.is_punct and t.text == ","))
        and t.head.i in heads and t.i + 1 < span.end]
    if not cuts or len(heads) < 2:
        return []
    chunks, start = [], span.start
    for cut in cuts:
        if cut > start:
            chunks.append((start, cut))
        start = cut + 1
    chunks.append((start, span.end))
    return chunks if len(chunks) >= 2 else []


def _joint_source(span: Span) -> _Resolved | None:
    """A coordination of sources that each resolve on their own: one claim by all of them.
    Demonyms share the noun after the last ("Egyptian and Qatari mediators" -> Egyptian
    mediators, Qatari mediators)."""
    chunks = _conjunct_chunks(span)
    if not chunks:
        return None
    doc = span.doc
    last = doc[chunks[-1][0]:chunks[-1][1]]
    lead = next((t.i for t in last if t.ent_type_ != "NORP"), last.end)
    shared = doc[lead:last.end].text if lead > last.start else ""  # "Qatari| mediators"
    members = []
    for lo, hi in chunks:
        part = doc[lo:hi]
        words = part.text
        if shared and lo < last.start and all(t.ent_type_ == "NORP" for t in part):
            words = f"{words} {shared}"
        one = _resolve_named(part, words)
        if one.kind is None or (one.kb_id is None and one.kind != "OUTLET" and any(
                e.start < lo or e.end > hi for e in span.ents if e.start < hi and e.end > lo)):
            return None  # "officials and residents"; "Smith and Wesson" is one name
        while part and part[-1].is_punct:
            part = part[:-1]
        members.append((one, part.start_char, part.end_char))
    types = {m.source_type for m, _, _ in members}
    *others, last_name = [m.canonical for m, _, _ in members]
    return _Resolved(f"{', '.join(others)} and {last_name}", types.pop() if len(types) == 1 else "OTHER",
                     None, members[0][0].kind, members=tuple(members))


def _names_again(span: Span, canonical: str) -> bool:
    """Whether ``span`` is a definite description of the source named last: "The office said"
    after "the Israeli prime minister's office said", "the ministry" after "the Gaza Health
    Ministry" (the article's word for it, written in lower case, is a word of its name)."""
    if len(span) != 2 or span[0].lower_ != "the" or span[1].pos_ != "NOUN" or not span[1].is_lower:
        return False
    return span[1].lower_ in canonical.lower().replace("'s", "").split()


def _claims(doc: Doc, text: str, relations: list[_Relation], mentions: list[Mention]) -> list[Claim]:
    claims: list[Claim] = []
    last_named: _Resolved | None = None
    for rel in sorted(relations, key=lambda r: r.cue[0]):
        cue = doc[rel.cue[0]:rel.cue[1]]
        c_lo, c_hi = rel.content
        if rel.source is not None:
            src_span = doc[rel.source[0]:rel.source[1]]
            resolved = _resolve_source(src_span, last_named)
            if resolved.kind is not None:
                last_named = resolved
            s_lo, s_hi = src_span.start_char, src_span.end_char
        else:
            resolved = _Resolved("", "ANONYMOUS", None, None)
            s_lo = s_hi = cue.start_char
        mention_id = None
        if resolved.kind is not None and rel.source is not None:
            for party, lo, hi in resolved.members or ((resolved, s_lo, s_hi),):
                if party.kind is None:
                    continue
                mention_id = next_id("mentions", len(mentions) + 1)
                mentions.append(Mention(
                    **provenance(doc, lo, hi, fact_id=mention_id, extractor=EXTRACTOR,
                                 confidence=rel.probability),
                    kind=party.kind, canonical=party.canonical, kb_id=party.kb_id,
                    country=party.country, actor_type=party.source_type))
        source = Source(text=text[s_lo:s_hi], span=(s_lo, s_hi), canonical=resolved.canonical,
                        source_type=resolved.source_type, affiliation=resolved.affiliation,
                        mention=None if resolved.members else mention_id,
                        members=tuple(m.canonical for m, _, _ in resolved.members))
        start = min(s_lo if rel.source is not None else cue.start_char, cue.start_char, c_lo)
        end = max(s_hi, cue.end_char, c_hi)
        content = text[c_lo:c_hi]
        claims.append(Claim(
            **provenance(doc, start, end, fact_id=next_id("claims", len(claims) + 1),
                         extractor=EXTRACTOR, confidence=max(CONF_FLOOR, rel.probability)),
            source=source, cue=cue.text, cue_span=(cue.start_char, cue.end_char),
            content=content, content_span=(c_lo, c_hi),
            direct=bool(content) and content[0] in OPEN_QUOTES + '"'))
    return claims
