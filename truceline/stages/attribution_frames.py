"""The lexical key of a possible attribution cue, shared by the stage and the
script that learns cue probabilities (scripts/train_attribution.py).

A token's key is its part of speech, lemma and frame: ``V:say:c`` is "say"
governing a clause (the reporting frame), ``V:say:o`` with only an object or
prepositional object, ``V:say:0`` bare (a parenthetical "..., he said.").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"
NEAR_QUOTE_CHARS = 60  # a cue this close after a quotation closes, or before one opens, likely attributes it

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "prep", "dative", "attr", "oprd", "acomp"})
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
COMPLEMENT_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative"})
# a word without a subject takes the subject of the word it hangs from, up to this far up
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "relcl", "acl"})
MAX_INHERIT_STEPS = 3  # "X said he wants to try to support": a chain of three verbs
CLAUSE_MARK_DEPS = frozenset({"ccomp", "acl", "advcl", "relcl", "xcomp"})  # "the claim that ..."
# the core reporting verbs: one reporting another's report ("A said B told them that ...")
# is a nested attribution, whatever the classifier makes of that rarer context
REPORTING_VERBS = frozenset({"say", "tell"})
NON_CUE_AUX = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might",
                         "shall", "should", "must"})


def frame_of(tok: Token) -> str | None:
    """``V:say:c`` and the like, or ``None`` for tokens that are never cues."""
    if tok.lower_ == "according" and any(c.dep_ == "prep" or c.lower_ == "to" for c in tok.children):
        return "P:according"
    if tok.pos_ not in CUE_POS or not tok.is_alpha:
        return None
    if tok.pos_ == "AUX" and (tok.lemma_ in NON_CUE_AUX or tok.dep_ in ("aux", "auxpass")):
        return None
    deps = {child.dep_ for child in tok.children}
    frame = "c" if deps & CLAUSE_DEPS else "o" if deps & OBJECT_DEPS else "0"
    pos = "V" if tok.pos_ in ("VERB", "AUX") else tok.pos_[0]
    return f"{pos}:{tok.lemma_.lower()}:{frame}"


def features(tok: Token, quotes: Quotes) -> list[str]:
    """The features the cue classifier weighs for a candidate token (``frame_of`` not None)."""
    key = frame_of(tok)
    lemma = tok.lemma_.lower()
    feats = [f"k={key}", f"l={lemma}", f"t={tok.tag_}", f"d={tok.dep_}", f"kd={key}|{tok.dep_}",
             f"lt={lemma}|{tok.tag_}", f"w={tok.lower_}"]
    deps = sorted({child.dep_ for child in tok.children})
    feats.extend(f"c={dep}" for dep in deps)
    feats.extend(f"lc={lemma}|{dep}" for dep in deps)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        feats.append(f"ls={lemma}|none")
    else:
        kind = subj.lower_ if subj.pos_ == "PRON" else subj.ent_type_ or subj.pos_
        feats.extend((f"s={subj.dep_}|{kind}", f"ls={lemma}|{kind}"))
    for child in tok.children:
        if child.dep_ == "ccomp":
            marks = [m.lower_ for m in child.children if m.dep_ == "mark"]
            feats.append(f"m={lemma}|{marks[0] if marks else '-'}")
        if child.dep_ == "aux" and child.lower_ == "to":
            feats.append(f"inf={lemma}")
        # what the word governs: "issued a statement", "wants to", "called for", "is clear"
        if child.dep_ in COMPLEMENT_OBJECTS:
            feats.extend((f"lo={lemma}|{child.lemma_.lower()}", f"o={child.lemma_.lower()}"))
        elif child.dep_ in ("xcomp", "ccomp", "advcl", "acomp"):
            feats.append(f"lx={lemma}|{child.dep_}|{child.lemma_.lower()}")
        elif child.dep_ in ("prep", "prt", "agent"):
            feats.append(f"lp={lemma}|{child.lower_}")
    if tok.head.i != tok.i:
        feats.append(f"h={tok.head.lemma_.lower()}|{tok.dep_}")
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i else "<s>"
    feats.append(f"p={prev}")
    feats.append(f"n={doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else '</s>'}")
    feats.append(f"pp={doc[tok.i - 2].lower_ if tok.i > 1 else '<s>'}|{prev}")
    feats.append(f"ltd={lemma}|{tok.tag_}|{tok.dep_}")
    if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        feats.append(f"sl={subj.ent_type_ or subj.lemma_.lower()}")
    k = bisect_right(quotes.opens, tok.idx) - 1
    inside = k >= 0 and tok.idx <= quotes.closes[k]
    feats.append(f"q={int(inside)}")
    feats.append(f"lq={lemma}|{int(inside)}")
    if k >= 0 and not inside and tok.idx - quotes.closes[k] < NEAR_QUOTE_CHARS:
        feats.append(f"aq={lemma}")  # right after a quotation: "“...,” he said"
    if not inside and k + 1 < len(quotes.opens) and quotes.opens[k + 1] - tok.idx < NEAR_QUOTE_CHARS:
        feats.extend((f"bq={lemma}", f"bqp={tok.pos_}"))  # right before one: "he said: “...”"
    feats.extend(context_features(tok, key, lemma, subj, quotes))
    return feats


def _kind(tok: Token) -> str:
    """What a subject, possessor or object is: a pronoun, an entity type or a part of speech."""
    return "PRON" if tok.pos_ == "PRON" else tok.ent_type_ or tok.pos_


def _inherited_subject_kind(tok: Token) -> str | None:
    """The kind of subject a word without one takes from the words it hangs from ("Hamas
    wants to support ...", "officials who said ..."); ``None`` where a relative clause on the
    way has none."""
    cur = tok
    for _ in range(MAX_INHERIT_STEPS):
        if cur.dep_ not in INHERIT_SUBJECT_DEPS or cur.head.i == cur.i:
            return "none"
        if cur.dep_ in ("relcl", "acl"):
            return _kind(cur.head)
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _kind(subj)
        if cur.dep_ == "relcl":
            return None
    return "none"


def context_features(tok: Token, key: str | None, lemma: str, subj: Token | None,
                     quotes: Quotes) -> list[str]:
    """What a word's own features lack, backed off from its lemma to its part of speech:
    negation and modals ("would not support"), the possessor of a nominal cue ("Trump's
    claim"), the kind of a prepositional object ("criticism from Democrats", "in his view"),
    a clause brought in by "that"/"whether" also under a noun ("the claim that ..."), the
    frame by subject kind, whether the sentence holds a quotation, and the part of speech of
    the governing word."""
    pos = key[0] if key else "-"
    feats = [f"skf={pos}|{key[-1] if key else '-'}|{'none' if subj is None else _kind(subj)}"]
    for child in tok.children:
        if child.dep_ == "neg":
            feats.append(f"ng={pos}")
        elif child.dep_ == "aux" and child.tag_ == "MD":
            feats.append(f"md={pos}|{child.lower_}")
        elif child.dep_ == "poss":
            feats.extend((f"ps={_kind(child)}", f"lps={lemma}|{_kind(child)}"))
        elif child.dep_ in ("prep", "agent"):
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                feats.append(f"po={pos}|{child.lower_}|{_kind(obj)}")
        if child.dep_ in CLAUSE_MARK_DEPS:
            mark = next((m.lower_ for m in child.children if m.dep_ == "mark"), None)
            if mark is not None:
                feats.extend((f"mk={pos}|{child.dep_}|{mark}", f"lmk={lemma}|{mark}"))
    if subj is None:
        inherited = _inherited_subject_kind(tok)
        if inherited is not None:
            feats.extend((f"isk={inherited}", f"lisk={lemma}|{inherited}"))
    sent = tok.sent
    k = bisect_right(quotes.opens, sent.end_char) - 1
    quoted = int(k >= 0 and quotes.closes[k] >= sent.start_char)
    feats.extend((f"sq={quoted}", f"lsq={lemma}|{quoted}"))
    if tok.head.i != tok.i:
        feats.append(f"hp={tok.head.pos_}|{tok.dep_}|{pos}")
    return feats


# How far a cue reaches from its head word, learned from PolNeAR's train split
# (``scripts/train_attribution.py``): for each child of a word in the span, whether annotators
# put none of it, the child with some of its dependents ("continued to call for": the
# outcome is then decided for each of its own children), or its whole subtree ("said in a
# statement") into the span. A multinomial logistic regression over ``boundary_features``
# decides it.
BOUNDARY_NONE, BOUNDARY_TOKEN, BOUNDARY_SUBTREE = "none", "token", "subtree"
BOUNDARY_OUTCOMES = (BOUNDARY_NONE, BOUNDARY_TOKEN, BOUNDARY_SUBTREE)
MAX_SUBTREE_BUCKET = 6  # subtree sizes from here on look alike ("in an interview with ...")
MAX_DISTANCE_BUCKET = 4  # so do distances from the parent


def boundary_keys(parent: Token, child: Token) -> list[str]:
    """Keys of ``child``'s place in a cue holding ``parent``, the most specific first."""
    side = "L" if child.i < parent.i else "R"
    word = child.lower_
    if child.dep_ in ("prep", "agent"):
        obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is not None:
            word = f"{word}|{obj.ent_type_ or obj.lemma_.lower()}"
    base = f"{side}|{child.dep_}"
    lemma = parent.lemma_.lower()
    words = (word, child.lower_) if word != child.lower_ else (word,)
    return [*(f"{lemma}|{base}|{w}" for w in words), f"{lemma}|{base}", *(f"{base}|{w}" for w in words),
            f"{base}|{child.ent_type_ or child.pos_}", base]


def boundary_features(parent: Token, child: Token) -> list[str]:
    """What the boundary classifier weighs for ``child`` of ``parent`` (a word of a cue): its
    keys, the size of its subtree, its distance, the parent's own function, the child's
    dependents, and what follows the child's subtree ("said Friday." / "said Friday that")."""
    side = "L" if child.i < parent.i else "R"
    rel = f"{side}|{child.dep_}"
    size = child.right_edge.i - child.left_edge.i + 1
    doc = child.doc
    after = doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(doc) else None
    nxt = "</s>" if after is None else after.lower_ if (
        after.is_punct or after.pos_ in ("SCONJ", "ADP", "PART")) else after.pos_
    before_content = side == "R" and any(c.dep_ in ("ccomp", "xcomp") and c.i > child.i
                                         for c in parent.children)
    grandchildren = ",".join(sorted({c.dep_ for c in child.children}))
    return [*boundary_keys(parent, child),
            f"sz={rel}|{min(size, MAX_SUBTREE_BUCKET)}",
            f"ds={rel}|{min(abs(child.i - parent.i), MAX_DISTANCE_BUCKET)}",
            f"pd={parent.dep_}|{rel}", f"pp={parent.pos_}|{rel}", f"cc={rel}|{grandchildren}",
            f"cl={rel}|{child.lemma_.lower()}|{min(size, MAX_SUBTREE_BUCKET)}",
            f"nx={rel}|{nxt}", f"mid={rel}|{int(before_content)}",
            f"lnx={parent.lemma_.lower()}|{rel}|{nxt}"]


def boundary_outcomes(span_start: int, span_end: int, head: Token) -> Iterator[tuple[Token, Token, str]]:
    """(parent, child, outcome) for the children of ``head`` and, where the span holds part of
    a child's subtree, for that child's children in turn: what a gold cue over tokens
    [span_start, span_end) teaches."""
    for child in head.children:
        if span_start <= child.left_edge.i and child.right_edge.i < span_end:
            yield head, child, BOUNDARY_SUBTREE
        elif span_start <= child.i < span_end:
            yield head, child, BOUNDARY_TOKEN
            yield from boundary_outcomes(span_start, span_end, child)
        else:
            yield head, child, BOUNDARY_NONE


def learned_extent(head: Token, decide: Callable[[Token, Token], str]) -> tuple[int, int]:
    """Tokens [start, end) of the span headed by ``head``: children taken outwards on each side
    while ``decide`` keeps them (a span is contiguous), those kept in part recursively."""
    start, end = head.i, head.i + 1
    for side in (reversed(list(head.lefts)), head.rights):  # outwards from the head
        for child in side:
            outcome = decide(head, child)
            if outcome == BOUNDARY_NONE:
                break
            lo, hi = (child.left_edge.i, child.right_edge.i + 1) if outcome == BOUNDARY_SUBTREE \
                else learned_extent(child, decide)
            start, end = min(start, lo), max(end, hi)
    return start, end


@dataclass(frozen=True, slots=True)
class Quotes:
    """The article's text (``Doc.text`` rebuilds it on every access) and its quotations."""

    text: str
    opens: list[int]
    closes: list[int]


def quote_regions(text: str) -> Quotes:
    """(open offsets, close offsets) of quotations; an unclosed one ends at its paragraph,
    unless the next paragraph opens a quote again (a quote running over paragraphs)."""
    opens: list[int] = []
    closes: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        is_open = ch in OPEN_QUOTES[:1] + "«" or (ch == '"' and (i == 0 or not text[i - 1].isalnum()))
        if not is_open:
            i += 1
            continue
        j = i + 1
        while j < n:
            cj = text[j]
            if cj in "”»" or (cj == '"' and ch == '"'):
                break
            if cj == "\n" and text[j:j + 2] == "\n\n":
                nxt = text[j:].lstrip()
                if not nxt or nxt[0] not in "“\"":
                    break
            if ch == '"' and cj in "“":
                break
            j += 1
        j = min(j, n - 1)
        if text[j] == "\n":  # unclosed: the quote ends with its paragraph
            j -= 1
        opens.append(i)
        closes.append(j)
        i = j + 1
    return Quotes(text, opens, closes)
