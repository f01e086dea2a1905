"""The general quantity layer under the figures stage.

Finds every quantity in a sentence (value, range, bound, approximation, unit or
counted noun, rate, change) and leaves out what only looks like one: years,
dates, times of day, ages, addresses, list numbers, identifiers ("No. 2",
"Game 2"), "one of the". The conflict-specific reading (what a count is of,
whose, when) is :mod:`truceline.stages.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from truceline.data import load_json, read_text
from truceline.numbers import is_digits, is_number_word, lexicon, parse_number, token_value

__all__ = ["Quantity", "Units", "figure_lexicon", "find_quantities", "units"]

MAX_UNIT_WORDS = 3  # longest unit phrase in figures_units.tsv ("miles per hour")
MAX_MODIFIER_WORDS = 3  # longest bound/approximation phrase ("no more than")
MAX_NOUN_GAP = 3  # words allowed between a number and its counted noun ("25 living Israeli hostages")
MAX_FROM_TO_GAP = 8  # tokens from "from X" to its "to Y" ("from $36,040 at 10.45pm last night to $34,935")
COORDINATORS = frozenset({"or", "and"})  # "8 or $9", "eight or nine euros": the unit is shared
RELATIVE_KINDS = frozenset({"PERCENT", "AGE", "DURATION"})  # units a later bare number does not take over
AGE_SUBJECTS = frozenset({"he", "she", "i", "who"})  # one person who "is 35": an age, not a count
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})
MAX_AGE_LOOKBACK = 8  # "ages 13, 17 and 19": how far back a list of ages may start
AGE_AFTER_TOKENS = 3  # "43 y/o": the tokens "y", "/", "o" after the number
HUNDRED = "hundred"  # "the 14-hundred block": a block number spelled with a hyphen
DECADE_SUFFIXES = frozenset({"'s", "\u2019s"})  # "in her 30's", "the 1990's": a decade, as "30s" is
YEAR_MIN, YEAR_MAX = 1800, 2200  # a bare four-digit integer in this range is a year
MAX_DAY = 31  # a small integer inside a DATE entity is a day of the month
CURRENCY_PREFIX = frozenset({"$", "us$", "a$", "au$", "c$", "hk$", "nz$", "€", "£", "¥", "rs", "rs."})
DATE_LABELS = frozenset({"DATE", "TIME"})
COUNTED_ENTS = frozenset({"NORP", "PERSON"})  # proper nouns that are counted: "1,200 Israelis"
ADDRESS_PREPS = frozenset({"on", "at"})  # "on 11700 Robertson": a house number after these words ...
ADDRESS_MIN_DIGITS = 3  # ... has three digits or more ("at 10 Downing Street" is caught by its street word)
VAGUE_SPAN = 10.0  # "dozens" reads as 12 to 120: one order of magnitude above the unit (NewsQuant's reading)
_SPELLED = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
_HAS_DIGIT = re.compile(r"\d")
_FRACTION_TEXT = re.compile(r"^\d+[/\u2044]\d+$")  # "1/16", "1⁄32"
_PREFIXED = re.compile(r"^(PS|US|A|C|HK|USD|EUR|GBP|Y=)(\d[\d,]*(?:\.\d+)?)(m|bn|k)?$")
_GLUED = re.compile(r"^~?(\d[\d,]*(?:\.\d+)?)([a-zA-Z°]+)$")
PREDICATE_WORDS = frozenset({"dead", "killed", "injured", "wounded", "hurt", "fatally", "mortally"})
SKIP_COUNTED = frozenset({"more", "other", "additional", "further", "extra", "fewer", "less", "than",
                          "%", "percent"})


@dataclass(frozen=True, slots=True)
class Units:
    """Unit phrases (lowercase surface -> code, kind, readable name)."""

    code: dict[str, str]
    kind: dict[str, str]
    name: dict[str, str]  # by code


@cache
def units() -> Units:
    code: dict[str, str] = {}
    kind: dict[str, str] = {}
    name: dict[str, str] = {}
    text = read_text("figures_units.tsv")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        surface, unit_code, unit_kind, unit_name = line.split("\t")
        code[surface] = unit_code
        kind[surface] = unit_kind
        name.setdefault(unit_code, unit_name)
    return Units(code=code, kind=kind, name=name)


@cache
def figure_lexicon() -> dict[str, Any]:
    raw: dict[str, Any] = load_json("figures_lexicon.json")
    return raw


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    lex = figure_lexicon()
    return {key: frozenset(lex[key]) for key in
            ("identifier_before", "address_after", "age_before", "age_after", "time_after",
             "outlet_after")}


@dataclass(slots=True)
class Quantity:
    """One quantity in a sentence, by token indices into the Doc."""

    start: int  # first token of the expression (modifiers included)
    end: int  # one past its last token (unit or counted noun included)
    num_start: int  # the number itself
    num_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    unit: str | None = None  # unit code ("%", "USD", "km", "P1W") or the counted noun's text
    unit_kind: str = "COUNT"  # MONEY, PERCENT, DISTANCE, DURATION ... or COUNT
    noun: int | None = None  # token index of the counted noun
    vague: bool = False
    fraction: bool = False  # "half of them": relative to another figure

    def top(self, doc: Doc) -> Token | None:
        """The token of the quantity whose head lies outside it: how it attaches to its clause."""
        return next((t for t in doc[self.start:self.end]
                     if not self.start <= t.head.i < self.end or t.head.i == t.i), None)


def _phrase_before(sent: Span, i: int, phrases: tuple[str, ...]) -> int | None:
    """Start index of a phrase from ``phrases`` that ends right before token ``i``."""
    doc = sent.doc
    for n in range(MAX_MODIFIER_WORDS, 0, -1):
        start = i - n
        if start < sent.start:
            continue
        text = " ".join(t.lower_ for t in doc[start:i])
        if text in phrases:
            return start
    return None


def _unit_after(sent: Span, i: int) -> tuple[str, str, int] | None:
    """(code, kind, end) of a unit phrase starting at token ``i``: its words as
    written ("miles per hour"), run together where the tokenizer split a
    symbol ("lb-ft", "km/h"), without a sentence's final period ("sq m.") or
    a quote code's "=" ("108.79 JPY=")."""
    table = units()
    doc = sent.doc
    for n in range(MAX_UNIT_WORDS, 0, -1):
        end = i + n
        if end > sent.end:
            continue
        span = doc[i:end]
        spaced = " ".join(t.lower_ for t in span)
        for text in (spaced, span.text.lower(), spaced.rstrip(".=")):
            if text in table.code:
                return table.code[text], table.kind[text], end
    return None


def _currency_before(sent: Span, i: int) -> tuple[str, int] | None:
    doc = sent.doc
    table = units()
    if i - 1 >= sent.start and doc[i - 1].lower_ in CURRENCY_PREFIX:
        start = i - 1
        # "US $58.24": a country code before the symbol
        if start - 1 >= sent.start and doc[start - 1].text in ("US", "A", "C", "HK", "NZ", "AU"):
            code = table.code.get((doc[start - 1].text + doc[i - 1].text).lower())
            if code:
                return code, start - 1
        return table.code[doc[i - 1].lower_], start
    return None


def _number_run(sent: Span, i: int) -> int:
    """End (exclusive) of the number that starts at token ``i`` (``i`` if none)."""
    doc = sent.doc
    lex = lexicon()
    if not is_number_word(doc[i].text):
        return i
    j = i + 1
    while j < sent.end:
        prev, tok = doc[j - 1], doc[j]
        low = tok.lower_.rstrip(".") if tok.i == sent.end - 1 or tok.lower_ == "m." else tok.lower_
        if low in lex.scales and is_number_word(low, after_number=True) and (
                low in _SPELLED
                or (is_digits(prev.text) and not prev.whitespace_) or low in ("bn", "mn", "tn")
                or (tok.text == "B" and is_digits(prev.text))):  # "8 B people": billion
            j += 1
        elif (low == "-" and j + 1 < sent.end and prev.lower_ in lex.tens
              and doc[j + 1].lower_ in lex.units):
            j += 2
        elif prev.lower_ in lex.tens and low in lex.units and low not in ("zero",):
            j += 1
        elif prev.lower_ in _SPELLED and prev.lower_ != "dozen" and (low in lex.units or low in lex.tens):
            j += 1  # "twenty-eight thousand six hundred"
        elif (low == "and" and j + 2 < sent.end and doc[j + 1].lower_ == "a"
              and doc[j + 2].lower_ in lex.fractions):
            j += 3  # "two and a half"
        elif (low == "and" and prev.lower_ in ("hundred", "thousand") and j + 1 < sent.end
              and (doc[j + 1].lower_ in lex.units or doc[j + 1].lower_ in lex.tens)):
            j += 2
        else:
            break
    return j


def _is_age(sent: Span, q_start: int, q_end: int) -> bool:
    """An age without a unit word: "aged 19", "ages 13, 17 and 19", "Henry, 19, of Alexandria"."""
    doc = sent.doc
    words = _word_sets()
    for k in range(q_start - 1, max(sent.start, q_start - MAX_AGE_LOOKBACK) - 1, -1):
        low = doc[k].lower_
        if low in words["age_before"]:
            return True
        if not (low in (",", "and") or is_number_word(doc[k].text)):
            break
    nxt = doc[q_end] if q_end < sent.end else None
    if any("".join(t.lower_ for t in doc[q_end:q_end + n]) in words["age_after"]
           for n in range(1, min(AGE_AFTER_TOKENS, sent.end - q_end) + 1)):
        return True  # "a 43 y/o man"
    num = doc[q_end - 1]
    if (nxt is None or nxt.lower_ != "of") and num.dep_ == "attr" and num.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and (c.lower_ in AGE_SUBJECTS or c.ent_type_ == "PERSON")
            for c in num.head.children):
        return True  # "He will be 35 by the end of the year", "the hostage, who is 85,"
    if (num.dep_ == "nummod" and num.head.i == q_start - 1 and num.head.ent_type_ == "PERSON"
            and nxt is not None and nxt.pos_ in ("AUX", "VERB")):
        return True  # "Nick Hague 44 has spent": an age run into the name
    # "Henry, 19, of Alexandria", "Maddon, 66, has": a name, then the number set off by commas
    return (q_start - 2 >= sent.start and doc[q_start - 1].text == ","
            and (doc[q_start - 2].ent_type_ == "PERSON" or doc[q_start - 2].tag_ == "NNP")
            and nxt is not None and nxt.text in (",", "of"))


def _date_like(tok: Token, value: float | None) -> bool:
    """Whether a number spaCy put in a DATE/TIME entity can be part of a date:
    a day, a year, or a number beside month or weekday words ("50000" cannot)."""
    if value is None or not value.is_integer():
        return False
    if value <= MAX_DAY or YEAR_MIN <= value <= YEAR_MAX:
        return True
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and any(t.is_alpha for t in ent)


def _is_phantom(sent: Span, q_start: int, q_end: int, value: float | None, has_unit: bool,
                noun: Token | None, skip: set[int]) -> bool:
    """A number that is not a quantity: year, date, time, age, identifier, address, list number."""
    doc = sent.doc
    has_noun = noun is not None
    words = _word_sets()
    first, last = doc[q_start], doc[q_end - 1]
    # the next word, over a line break ("around 11\n\nMan shot and killed": a headline follows)
    nxt = next((t for t in doc[q_end:sent.end] if t.pos_ != "SPACE"), None)
    prev = doc[q_start - 1] if q_start > sent.start else None
    text = doc[q_start:q_end].text
    if ":" in text:
        return True
    if prev is not None and not prev.whitespace_ and prev.text in ("-", "/", "."):
        return True  # a piece of a code or date: "2011-07-S-039", "07/21"
    if nxt is not None and nxt.lower_ in words["time_after"]:
        return True
    if has_unit:
        return False
    # dates and years (time stage spans, spaCy DATE/TIME entities, bare years)
    if any(k in skip for k in range(q_start, q_end)):
        return True
    if first.ent_type_ in DATE_LABELS and not has_noun and _date_like(first, value):
        return True
    if (value is not None and value.is_integer() and YEAR_MIN <= value <= YEAR_MAX
            and len(first.text) == 4 and not has_noun):
        return True
    if nxt is not None and nxt.lower_ in words["address_after"]:
        return True  # "the 4800 block of Madyson Ridge Dr"
    if _spelled_block(doc, q_end, sent.end, words["address_after"]):
        return True  # "in the 14-hundred block of Milburn Ave."
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.lower_ in words["outlet_after"]:
        return True  # "Charleston Police tells 13 News two people were shot": a station's name
    if (prev is not None and prev.lower_ == "of" and prev.i > sent.start
            and doc[prev.i - 1].lower_ in words["age_before"]):
        return True  # "She is the 27th child under the age of 13 shot this year": an age limit
    if prev is not None and len(prev.text) == 1 and prev.text.isupper() and prev.i != sent.start:
        return True  # "S P 500", "Model S 3"
    if (nxt is not None and nxt.text == "-" and not last.whitespace_ and q_end + 1 < sent.end
            and doc[q_end + 1].pos_ in ("NOUN", "PROPN") and not has_unit):
        return True  # "a four-door", "six-speed": part of an adjective, not a count
    if prev is not None and prev.text == "." and prev.i > sent.start and doc[prev.i - 1].lower_ == "no":
        return True  # "No. 2"
    if noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ not in COUNTED_ENTS:
        return True  # "787 Dreamliner", "575 Wilbraham Road", "9 May"
    if (noun is not None and noun.tag_ == "NNP" and prev is not None and prev.lower_ in ADDRESS_PREPS
            and len(first.text) >= ADDRESS_MIN_DIGITS and first.text.isdigit()):
        return True  # "on 11700 Robertson": a house number before a street named like a person
    if prev is not None and (prev.lower_ in words["identifier_before"]
                             or (prev.pos_ == "PROPN" and prev.i != sent.start)):
        return True  # "No. 2", "Game 2", "S&P 500 utilities", "Boeing's 787 Dreamliner"
    if _numbering_total(sent, q_start, words["identifier_before"]):
        return True  # "Image 2 of 8", "page 3 of / 10"
    if first.lower_ == "one":
        if nxt is not None and nxt.lower_ in PREDICATE_WORDS:
            return False  # "four injured and one dead"
        if nxt is not None and nxt.lower_ in ("of", "another", "day"):
            return True
        if prev is not None and prev.lower_ in ("no", "the", "any", "every", "each", "this", "that",
                                                "which", "anyone", "someone"):
            return True
        if not has_noun:
            return True
    if not has_noun:
        if nxt is not None and nxt.pos_ == "PROPN":
            return True
        if _joined_to_name(nxt, sent):
            return True  # "Major Case Squad activated for 270 & Lindbergh shooting": a road
        if q_start == sent.start and nxt is not None and nxt.text in (".", ")"):
            return True  # list numbering
    # decades: "the 1990s", "the 1990's", "a woman in her 30's"
    return (last.lower_.endswith("s") and last.lower_[:-1].isdigit()) or (
        nxt is not None and _decade_of(last, nxt))


def _spelled_block(doc: Doc, q_end: int, sent_end: int, address_words: frozenset[str]) -> bool:
    """Whether a number is the first part of a block number spelled out with a hyphen ("the
    14-hundred block"): a house number, not a count."""
    return (q_end + 2 < sent_end and doc[q_end].text == "-" and doc[q_end + 1].lower_ == HUNDRED
            and doc[q_end + 2].lower_ in address_words)


def _decade_of(last: Token, nxt: Token) -> bool:
    """Whether a round number with "'s" run onto it names a decade of years or of a life ("in her
    30's", "the 1990's"), as "30s" does: no count."""
    return (not last.whitespace_ and nxt.text in DECADE_SUFFIXES and last.text.isdigit()
            and last.text.endswith("0"))


def _joined_to_name(nxt: Token | None, sent: Span) -> bool:
    """Whether a bare number is joined by a conjunction to a proper name ("270 & Lindbergh", an
    interstate and a boulevard): a name of a road or a place, not a count."""
    after = sent.doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < sent.end else None
    return nxt is not None and nxt.pos_ == "CCONJ" and after is not None and after.pos_ == "PROPN"


def _numbering_total(sent: Span, q_start: int, identifiers: frozenset[str]) -> bool:
    """Whether the number is the total of a numbering: the 8 of "Image 2 of 8"."""
    doc = sent.doc
    k = q_start - 1
    if k >= sent.start and doc[k].text == "/":
        k -= 1
    return (k - 2 >= sent.start and doc[k].lower_ == "of" and is_number_word(doc[k - 1].text)
            and doc[k - 2].lower_ in identifiers)


def _counted_noun(sent: Span, num_end: int) -> int | None:
    """The noun a number counts: its syntactic head, or the next noun close by."""
    doc = sent.doc
    last = doc[num_end - 1]
    head = last.head
    # "Two 4-year-old girls": an age between the number and its noun is one modifier
    age = sum(len(list(c.subtree)) - 1 for c in head.children
              if c.dep_ == "amod" and c.lower_ == "old" and c.left_edge.i >= num_end)
    if (last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.i >= num_end
            and head.pos_ in ("NOUN", "PROPN") and head.i < sent.end
            and _words(doc[num_end:head.i]) - age <= MAX_NOUN_GAP):
        first = doc[num_end]
        if head.tag_ == "NN" and last.lower_ not in ("1", "one"):  # more than one of a singular noun:
            if first.i < head.i and first.tag_ == "NN" and first.dep_ == "compound":
                return first.i  # "a 12 page document", "a 3 cylinder engine": the number counts pages
            outer = head
            while outer.dep_ in ("compound", "nmod", "amod") and outer.i < outer.head.i < sent.end:
                outer = outer.head  # "two gas-only powertrain options": the parser hung "two" on "gas"
            if outer.tag_ in ("NNS", "NNPS") and _words(doc[num_end:outer.i]) <= MAX_NOUN_GAP:
                return outer.i
        return head.i
    for k in range(num_end, min(num_end + MAX_NOUN_GAP + 1, sent.end)):
        tok = doc[k]
        if is_number_word(tok.text) or _glued(tok.text) is not None:
            return None  # "eight million 250ml bottles": the noun belongs to the next number
        if tok.pos_ == "NOUN" and tok.lower_ not in SKIP_COUNTED:
            return k
        if tok.pos_ not in ("ADJ", "PROPN", "VERB") and tok.lower_ not in SKIP_COUNTED:
            return None
        if tok.pos_ == "VERB" and tok.tag_ != "VBN" and tok.dep_ != "amod":
            return None
    return None


def _words(span: Span) -> int:
    """Written words in ``span``, adverbs aside: "decently sized coal-fired power" is three.
    A determiner or a line break cannot stand between a number and its noun ("21 Pro
    Video\n\nA man"): such a span counts as too long."""
    if any(t.pos_ in ("DET", "SPACE") or "\n" in t.whitespace_ for t in span):
        return MAX_NOUN_GAP + 1
    doc = span.doc
    return sum(1 for t in span if t.pos_ not in ("ADV", "PUNCT")
               and not (t.i > span.start and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_))


def _partitive(sent: Span, end: int) -> int | None:
    """The noun of "two of Johnson's deputies", "three of the hostages": what the number counts."""
    doc = sent.doc
    if end >= sent.end or doc[end].lower_ != "of":
        return None
    obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(
            is_number_word(t.text) for t in doc[end + 1:obj.i]):
        return None  # "two of them"; "10 of the 12 hostages": the noun is the other number's
    return obj.i


def _role(sent: Span, q: Quantity) -> tuple[str, str]:
    """How a quantity attaches to its clause: (dependency, head word) of its top token."""
    top = q.top(sent.doc)
    return (top.dep_, top.head.lower_) if top is not None else ("", "")


def _share_units(sent: Span, found: list[Quantity]) -> None:
    """A bare number takes the unit of the quantity it is written alongside:
    coordinated ("8 or $9"), in the same role of a parallel clause ("DAX rose by 2
    percent but NASDAQ fell by 1"), or after an absolute quantity it continues ("the
    highest forecast is 84.75 cents, the lowest 74.07"; "435 homes by open sale and
    187 by tender"). A share, age or duration is not passed on to a number in
    another role: in "rose 0.7 percent to 6,327.80" the level is no percentage."""
    doc = sent.doc
    for k, q in enumerate(found):
        if q.unit is not None or q.vague or q.fraction:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (nxt is not None and nxt.unit is not None and 0 < nxt.start - q.end <= 2
                and all(t.lower_ in COORDINATORS for t in doc[q.end:nxt.start])):
            q.unit, q.unit_kind = nxt.unit, nxt.unit_kind
            continue
        role = _role(sent, q)
        before = [p for p in found[:k] if p.unit is not None and not p.fraction]
        same = next((p for p in reversed(before) if role[0] == "pobj" and _role(sent, p) == role), None)
        if same is None:
            same = next((p for p in reversed(before) if p.unit_kind not in RELATIVE_KINDS), None)
            if same is not None and same.noun is not None and role[0] not in NOMINAL_DEPS:
                same = None  # a counted noun is taken over only by a number standing for one
        if same is not None:
            q.unit, q.unit_kind = same.unit, same.unit_kind


def find_quantities(sent: Span, skip: set[int] | None = None) -> list[Quantity]:
    """Every quantity in ``sent``; ``skip``: token indices inside dates/times."""
    skip = skip or set()
    found: list[Quantity] = []
    doc = sent.doc
    starters = _starter_words()
    i = sent.start
    while i < sent.end:
        text = doc[i].text
        if text.lower() not in starters and not _HAS_DIGIT.search(text):
            i += 1  # most tokens: no digit and no number word, nothing to do
            continue
        q = _vague_at(sent, i) or _number_at(sent, i, skip)
        if q is None:
            i += 1
            continue
        found.append(q)
        for k in range(q.num_end, q.noun if q.noun is not None else q.num_end):
            # "eight million 250ml bottles": a quantity inside the counted noun phrase
            if _glued(doc[k].text) is not None and (inner := _number_at(sent, k, skip)) is not None:
                found.append(inner)
        i = max(q.end, q.num_end, i + 1)
    _share_units(sent, found)
    return found


@cache
def _starter_words() -> frozenset[str]:
    """Words a quantity can start with, besides digits."""
    lex = lexicon()
    return frozenset({*lex.units, *lex.tens, *_SPELLED, *_vague_first_words()})


@cache
def _vague_first_words() -> frozenset[str]:
    """First words of the vague, valueless and fraction phrases: a cheap test per token."""
    lex = lexicon()
    phrases = [*lex.vague, *lex.no_value, *lex.fractions]
    return frozenset(p.split()[0] for p in phrases)


def _vague_at(sent: Span, i: int) -> Quantity | None:
    """"dozens of people", "thousands more", "several insurgents", "half of them"."""
    doc = sent.doc
    lex = lexicon()
    tok = doc[i]
    if tok.lower_ not in _vague_first_words():
        return None
    for n in (3, 2, 1):
        if i + n > sent.end:
            continue
        phrase = " ".join(t.lower_ for t in doc[i:i + n])
        if phrase in lex.vague or phrase in lex.no_value:
            value = lex.vague.get(phrase)
            end = i + n
            noun = None
            k = end + 1 if end < sent.end and doc[end].lower_ == "of" else end
            unit = _unit_after(sent, k) if k < sent.end else None
            if unit is not None and value is not None:  # "hundreds of miles"
                return Quantity(start=i, end=unit[2], num_start=i, num_end=end, value=value, low=value,
                                high=value * VAGUE_SPAN, unit=unit[0], unit_kind=unit[1], vague=True)
            if k == end:
                noun = _counted_noun(sent, k)
            else:  # "thousands of job cuts": the head of the noun phrase after "of"
                obj = next((c for c in doc[end].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                            and c.i < sent.end), None)
                noun = obj.i if obj is not None else (
                    k if k < sent.end and doc[k].pos_ in ("NOUN", "PROPN") else _counted_noun(sent, k + 1))
            if value is None and noun is None:
                return None  # "several" alone says nothing countable
            followed = end < sent.end and doc[end].lower_ in ("more", "of")  # "thousands more"
            argument = tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and value is not None
            if noun is None and not followed and not argument:
                return None
            q = Quantity(start=i, end=max(end, (noun or 0) + 1), num_start=i, num_end=end, value=value,
                         low=value, high=value * VAGUE_SPAN if value is not None else None,
                         vague=True, noun=noun)
            if noun is not None:
                q.unit = doc[noun].lower_
            return q
        if (n == 2 and phrase in lex.fractions) or (n == 1 and phrase in lex.fractions):
            rest = " ".join(t.lower_ for t in doc[i + n:min(i + n + 3, sent.end)])
            if any(rest.startswith(head) for head in lex.relative_heads):
                start = _phrase_before(sent, i, lex.approx)
                return Quantity(start=start if start is not None else i, end=i + n + 2, num_start=i,
                                num_end=i + n, value=lex.fractions[phrase], approx=start is not None,
                                fraction=True)
    return None


@dataclass(slots=True)
class _Number:
    start: int  # with a currency prefix
    num_start: int
    num_end: int
    end: int  # with a unit suffix
    value: float
    unit: str | None
    kind: str
    scale: float  # the trailing scale word's value ("billion"), 1.0 if none


def _glued(text: str) -> tuple[float, str, str] | None:
    """"15kHz", "3min", "1.38pc", "37m": digits with a unit glued on."""
    match = _GLUED.match(text)
    if not match:
        return None
    table = units()
    suffix = match.group(2).lower()
    if suffix not in table.code:
        return None
    return float(match.group(1).replace(",", "")), table.code[suffix], table.kind[suffix]


def _simple_number(sent: Span, i: int) -> _Number | None:
    """A number with its currency prefix and unit suffix, starting at token ``i``."""
    doc = sent.doc
    lex = lexicon()
    tok: Token = doc[i]
    prefixed = _PREFIXED.match(tok.text)
    if prefixed is not None:  # "PS6m" (a mangled £6m), "$US55,931,000"
        after_dollar = i > sent.start and doc[i - 1].text == "$" and not doc[i - 1].whitespace_
        code = units().code.get((("$" if after_dollar else "") + prefixed.group(1)).lower())
        value = token_value(prefixed.group(2))
        if code is not None and value is not None:
            end = i + 1
            scale = lexicon().scales[prefixed.group(3)] if prefixed.group(3) else 1.0
            value *= scale
            word = doc[end].lower_.rstrip(".") if end < sent.end else ""
            if word in _SPELLED or (word in lexicon().scales and not tok.whitespace_):
                scale = lexicon().scales[word]
                value *= scale
                end += 1
            return _Number(start=i - 1 if after_dollar else i, num_start=i, num_end=end, end=end,
                           value=value, unit=code, kind="MONEY", scale=scale)
    glued = _glued(tok.text)
    if glued is not None and glued[1] == "m" and _currency_before(sent, i) is not None:
        glued = None  # "$5m": five million dollars, not five metres
    if glued is not None:
        return _Number(start=i, num_start=i, num_end=i + 1, end=i + 1, value=glued[0], unit=glued[1],
                       kind=glued[2], scale=1.0)
    spelled_scale = tok.lower_ in _SPELLED
    if not is_number_word(tok.text) or (tok.lower_ in lex.scales and not spelled_scale):
        return None
    num_start = i
    if spelled_scale:  # "a hundred", "a dozen"
        if not (i > sent.start and doc[i - 1].lower_ in ("a", "one")):
            return None
        num_start = i - 1
    num_end = _number_run(sent, i)
    if (num_end - num_start > 1 and doc[num_end - 1].lower_.rstrip(".") == "m"
            and _currency_before(sent, num_start) is None):
        num_end -= 1  # "a 37m skeleton": metres; "m" is a million only for money
    texts = [t.text for t in doc[num_start:num_end]]
    value = parse_number(texts)
    if value is None:
        return None
    scale = lex.scales.get(texts[-1].lower(), 1.0) if num_end - num_start > 1 else 1.0
    start, end = num_start, num_end
    unit_code: str | None = None
    unit_kind = "COUNT"
    currency = _currency_before(sent, start)
    if currency is not None:
        unit_code, unit_kind, start = currency[0], "MONEY", currency[1]
    k = end
    if k < sent.end and doc[k].text == "-" and not doc[k - 1].whitespace_:
        k += 1  # "six-week", "100-metre": a unit after a hyphen
    found = _unit_after(sent, k) if k < sent.end else None
    if found is not None and (unit_code is None or found[1] == "MONEY"):
        unit_code, unit_kind, end = found  # "10.5 million Australian dollars": the word wins
    return _Number(start=start, num_start=num_start, num_end=num_end, end=end, value=value,
                   unit=unit_code, kind=unit_kind, scale=scale)


def _range_end(sent: Span, first: _Number) -> tuple[_Number, bool] | None:
    """The upper end of "20-30", "$10 to $15 billion", "between 5% and 6%", "four to five thousand"."""
    doc = sent.doc
    between = first.start - 1 >= sent.start and doc[first.start - 1].lower_ in ("between", "from")
    ats = [first.end, first.num_end]
    if between and doc[first.start - 1].lower_ == "from":
        # "from $36,040 at 10.45pm last night to $34,935": the "to" of the same verb
        frm = doc[first.start - 1]
        ats += [k for k in range(first.end + 1, min(first.end + MAX_FROM_TO_GAP, sent.end))
                if doc[k].lower_ == "to" and (doc[k].head.i == frm.i or (
                    doc[k].head.i == frm.head.i and doc[k].dep_ == frm.dep_))][:1]
    for at in ats:
        if at + 1 >= sent.end or doc[at].text not in ("-", "–", "to", "and"):
            continue
        if doc[at].text == "and" and not between:
            return None
        nxt = at + 1
        if doc[nxt].lower_ in CURRENCY_PREFIX and nxt + 1 < sent.end:
            nxt += 1
        second = _simple_number(sent, nxt)
        if second is None:
            continue
        if doc[at].text == "to" and not between and (
                (first.unit is not None and second.unit is None)
                or (first.start > sent.start and doc[first.start - 1].lower_ == "by")):
            return None  # "fell 0.4 per cent to 13176", "increased by $43.6 billion to $419.2 billion"
        if doc[nxt - 1].lower_ in CURRENCY_PREFIX:
            second.start = nxt - 1
        return second, between
    return None


def _number_at(sent: Span, i: int, skip: set[int]) -> Quantity | None:
    doc = sent.doc
    first = _simple_number(sent, i)
    if first is None:
        return None
    start, end, value = first.start, first.end, first.value
    unit_code, unit_kind = first.unit, first.kind
    low = high = None
    found_range = _range_end(sent, first)
    if found_range is not None:
        second, between = found_range
        low_value = value
        if first.scale == 1.0 and second.scale > 1.0 and low_value * second.scale < second.value:
            low_value *= second.scale  # "$10 to $15 billion", "four to five thousand"
        # "between 20 and 30"; "fell from 208 pounds to 193": a change, kept in the order written
        from_to = (between and doc[first.start - 1].lower_ == "from"
                   and doc[second.start - 1].lower_ == "to")
        if ((second.value > low_value or from_to)
                and (first.unit is None or second.unit in (None, first.unit))):
            if second.end < sent.end and doc[second.end].text == "-" and not doc[second.end - 1].whitespace_:
                return None  # "252-972-1411": a telephone number
            low, high = low_value, second.value
            end = max(second.end, first.end)
            unit_code = unit_code or second.unit
            unit_kind = unit_kind if first.unit else second.kind
            if between:
                start -= 1
        elif doc[first.num_end].text == "-" and not doc[first.num_end].whitespace_:
            return None  # "2-0 down": a score, not a quantity
    num_start, num_end = first.num_start, first.num_end
    if unit_code is None and _is_age(sent, num_start, num_end):
        unit_code, unit_kind = "age", "AGE"
    noun = None
    partitive = None
    if unit_code is None:
        noun = _counted_noun(sent, end)
        if noun is None and value > 1:
            partitive = _partitive(sent, end)
    if (unit_code is None and _FRACTION_TEXT.match(doc[num_start].text) and end + 2 < sent.end
            and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("a", "an")):
        # "1/16 of a US pint": a fraction of a unit is measured in that unit
        of_unit = _unit_after(sent, end + 2) or _unit_after(sent, end + 3)
        if of_unit is not None:
            unit_code, unit_kind, end = of_unit
    if _is_phantom(sent, num_start, num_end, value, unit_code is not None,
                   doc[noun] if noun is not None else None, skip):
        return None
    # not over a number of its own ("eight or nine euros", "2.9 million 9 liter cases"),
    # only over one inside a modifier ("Two 4-year-old girls")
    own_number = noun is not None and any(
        is_number_word(t.text) and t.nbor().text != "-" for t in doc[end:noun])
    noun_unit = _unit_after(sent, noun) if noun is not None else None
    if noun_unit is not None:
        # a unit read as the counted noun: "the 50 previous years", "eight or nine euros",
        # "two and six year old" (an age)
        unit_code, unit_kind = noun_unit[0], noun_unit[1]
        end, noun = end if own_number else max(end, noun_unit[2]), None
    q = Quantity(start=start, end=end, num_start=num_start, num_end=num_end,
                 value=None if low is not None else value, low=low, high=high, unit=unit_code,
                 unit_kind=unit_kind, noun=noun,
                 approx=doc[num_start].text.startswith("~"))
    if partitive is not None:  # the unit only: what the count is of is the verb's business
        q.unit = doc[partitive].lower_
    if noun is not None:
        q.unit = doc[noun].lower_
        if not own_number:
            q.end = max(q.end, noun + 1)
    if unit_code is not None and unit_kind != "AGE":
        _rate_unit(sent, q, unit_code)
    _modifiers(sent, q)
    return q


def _rate_unit(sent: Span, q: Quantity, unit_code: str) -> None:
    """"$58.24 per barrel", "$80 per sq m", "£24 a-year": a unit per another."""
    doc = sent.doc
    k = q.end
    if k + 1 >= sent.end or doc[k].lower_ not in ("per", "a", "an"):
        return
    k += 2 if doc[k + 1].text == "-" and k + 2 < sent.end else 1
    per = _unit_after(sent, k)
    if per is not None and per[1] != "MONEY":
        q.unit, q.end = f"{unit_code}/{per[0]}", per[2]
    elif doc[k].pos_ == "NOUN":
        q.unit, q.end = f"{unit_code}/{doc[k].lemma_.lower()}", k + 1


def _modifiers(sent: Span, q: Quantity) -> None:
    """Approximations and bounds before (and "or more" after) the quantity."""
    lex = lexicon()
    doc = sent.doc
    at = q.start
    for phrases, kind in ((lex.approx, "approx"), (lex.lower, "lower"), (lex.upper, "upper")):
        start = _phrase_before(sent, at, phrases)
        if start is None:
            continue
        q.start = start
        value = q.value
        if kind == "approx":
            q.approx = True
        elif kind == "lower" and value is not None:
            q.low = value
        elif kind == "upper" and value is not None:
            q.high = value
        at = start
    tail = " ".join(t.lower_ for t in doc[q.end:min(q.end + 2, sent.end)])
    if tail in ("or more", "or so") and q.value is not None:
        if tail == "or more":
            q.low = q.value
        else:
            q.approx = True
