"""A rule-based recogniser and normaliser of temporal expressions (TIMEX3).

HeidelTime-style: precompiled patterns over the text find candidate
expressions; each is parsed into a :class:`Spec` (what the words say, without
context), the longest non-overlapping candidates win, and the chosen ones are
resolved in reading order against the document creation time (the
publication date) or, for narrative expressions ("the next day", "two days
later"), against the last date the text mentioned.

This module knows nothing about spaCy: :func:`find_timexes` takes the text,
the anchor date and an optional callback (the tense direction of the verb
governing a span), which the time stage
(:mod:`truceline.stages.time`) supplies from the parsed Doc.

Conventions follow TimeML / TempEval-3 (TimeBank): values such as
``2025-02-27``, ``2025-02``, ``2025-W09``, ``2025-W09-WE``, ``2025-Q1``,
``2025-H1``, ``2025-SU``, ``199`` (the 1990s), ``P42D``, ``PT12H``, ``PXY``,
``PRESENT_REF``; a determiner is part of the expression only where TimeBank
includes it ("the third quarter", "the past two months"), prepositions never
are ("on Thursday" -> "Thursday").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

# --- thresholds, with their reasons -------------------------------------------------------
TENSE_SHIFT_DAYS = 60  # a year-less date is moved to the year before (past tense) or after
#                       (future tense) only when it lies more than two months on the
#                       wrong side of the anchor: "was planned for early March" written
#                       on February 10 is this March, "set on Aug. 6" written in
#                       February is last August
NEXT_YEAR_DAYS = 240  # with no tense cue, news looks back more than ahead: a month more
#                       than eight months before the anchor is the coming one ("loans
#                       through January" written in October), a nearer one the one just
#                       past ("in March", written in October)
MIN_BARE_YEAR = 1900  # a bare four-digit number is a year only in 1900..2099 unless a
MAX_BARE_YEAR = 2099  # preposition ("in 1848", "since 1967") says it is one
MIN_CONTEXT_YEAR = 1000

PAST, NONE, FUTURE, PRESENT = -1, 0, 1, 2  # PRESENT: a present-tense verb ("meet Monday")
Direction = Callable[[int, int], int]


@dataclass(frozen=True, slots=True)
class Timex:
    """One resolved temporal expression; ``ref`` is the index of the timex it was
    resolved against (narrative anchoring), ``from_dct`` says it used the DCT."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    from_dct: bool = False
    ref: int | None = None
    quant: str | None = None
    begin: str | None = None
    end_value: str | None = None


@dataclass(frozen=True, slots=True)
class Spec:
    """What an expression says, before anchoring."""

    kind: str  # see _RESOLVERS
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None  # last / this / next / None
    n: int = 0  # offset or count
    unit: str | None = None
    value: str | None = None  # for fixed values (durations, sets, refs, decades)
    pod: str | None = None  # part of day: MO, AF, EV, NI
    clock: str | None = None  # HH:MM
    narrative: bool = False  # anchored on the last mentioned date
    mod: str | None = None
    type: str = "DATE"
    quant: str | None = None
    skip: int = 0  # characters of the match left out of the expression ("the" before "six-week")


# --- the lexicon ----------------------------------------------------------------------------


@cache
def lexicon() -> dict[str, Any]:
    """The time lexicon (truceline/data/time_lexicon.json), loaded once."""
    raw = resources.files("truceline").joinpath("data/time_lexicon.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _alt(words: Any, *, plural: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    items = sorted(set(words), key=len, reverse=True)
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in items]
    return "(?:" + "|".join(parts) + ")" + ("s?" if plural else "")


def _number_words() -> dict[str, int]:
    lex = lexicon()
    words: dict[str, int] = dict(lex["numbers"])
    units = {k: v for k, v in lex["numbers"].items() if 1 <= v <= 9 and " " not in k
             and k not in ("a", "an")}
    for tens, tv in lex["numbers"].items():
        if tv in (20, 30, 40, 50, 60, 70, 80, 90):
            for unit, uv in units.items():
                words[f"{tens}-{unit}"] = tv + uv
                words[f"{tens} {unit}"] = tv + uv
    return words


@dataclass(frozen=True, slots=True)
class _Patterns:
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    triggers: dict[str, re.Pattern[str]]  # trigger name -> the words a rule needs nearby
    rule_trigger: tuple[str | None, ...]  # per rule: its trigger, None = scan the whole text
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]


def _month_key(word: str) -> str:
    return word.rstrip(".").capitalize()


@cache
def patterns() -> _Patterns:
    """All recognition rules, compiled once per process."""
    lex = lexicon()
    months = {k: v for k, v in lex["months"].items()}
    month_forms = []
    ambiguous = set(lex["ambiguous_months"])
    for name in months:
        forms = [name, name.upper()] + ([name.lower()] if name not in ambiguous else [])
        if len(name) <= 4 and name not in ("May", "June", "July"):
            forms += [name + ".", name.upper() + "."]
        month_forms += forms
    month = "(?P<month>" + "|".join(sorted((re.escape(f) for f in month_forms), key=len,
                                           reverse=True)) + r")(?![a-z])"
    wd_forms = [w for n in lex["weekdays"] for w in (n, n.upper(), n.lower())]
    weekday = "(?P<weekday>" + "|".join(wd_forms) + ")(?:'s)?"
    numbers = _number_words()
    vague = _alt(lex["vague_numbers"])
    tens = _alt(k for k, v in lex["numbers"].items() if v in (20, 30, 40, 50, 60, 70, 80, 90))
    ones = _alt(k for k, v in lex["numbers"].items() if 1 <= v <= 9 and k not in ("a", "an"))
    simple = _alt(k for k, v in lex["numbers"].items() if v not in (20, 30, 40, 50, 60, 70, 80, 90))
    number_words = f"{tens}(?:[- ]{ones})?|{simple}"
    num = (r"(?P<num>\d+(?:\.\d+)?(?:\s+1/2)?|" + number_words + "|" + vague + ")"
           r"(?P<half>\s+and\s+a\s+half)?")
    unit_words = [*lex["units"], "centurie"]
    unit = "(?P<unit>" + _alt(unit_words) + ")(?:s|es)?"
    unit_pl = "(?P<unit>" + _alt([u for u in lex["units"] if u != "weekend"]) + ")s"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    year = r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d|,\d)"
    pod = "(?P<pod>" + _alt(["morning", "afternoon", "evening", "night"]) + ")"
    rel = (r"(?P<rel>last|this|next|past|previous|coming|following|current|same|that|the\s+same"
           r"|the\s+previous|the\s+following|the\s+coming|the\s+past|the\s+next|the\s+current"
           r"|the\s+last)")
    season = "(?P<season>" + _alt(lex["seasons"]) + ")"
    ordinal = "(?P<ord>" + _alt(lex["ordinals"]) + r"|1st|2nd|3rd|4th)"
    tz = _alt(lex["timezones"])
    refs = _alt(lex["refs"])
    sets = _alt(lex["sets"])
    holiday = "(?P<holiday>(?i:" + _alt(_holiday_names()) + "))"
    clock = (r"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*"
             r"(?:(?P<ampm>[ap]\.?\s?m\b\.?)|(?P<oclock>o'clock))(?:\s+" + tz + ")?")
    day_word = r"(?P<dayword>today|yesterday|tomorrow|tonight)"
    rules: list[tuple[str, str]] = [
        ("date_md", rf"(?:{weekday},?\s+)?{month}\s+{day}(?:,?\s+{year})?"),
        ("date_dm", rf"(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"),
        ("date_iso", r"(?P<year>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
        ("date_slash", r"\b(?P<m>0?[1-9]|[12]\d|3[01])([/-])(?P<d>0?[1-9]|[12]\d|3[01])\2(?P<year>\d{4}"
                      r"|\d\d)\b"),
        ("date_ymd", r"\b(?P<year>(?:1[0-9]|20)\d\d)([/.])(?P<m>0?[1-9]|1[0-2])\2(?P<d>0?[1-9]"
                    r"|[12]\d|3[01])\b"),
        ("month_year", rf"{month},?\s+(?:of\s+)?{year}"),
        ("month", rf"(?:(?P<rel>last|this|next)\s+)?{month}(?:\s+(?P<yrel>last|this|next)\s+year)?"),
        ("year", rf"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?{year}(?!\s*%)(?:'s)?"),
        ("year_words", r"(?i:(?:the\s+year\s+)?(?:nineteen|two\s+thousand(?:\s+and)?)(?:\s+(?:[a-z]+ty"
                      r"(?:[- ][a-z]+)?|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine"
                      r"|ten))?)\b(?!\s+(?:years|dollars|people|of|or|and|to|more|hundred|million"
                      r"|[a-z]+s\b))"),
        ("decade", r"(?i:(?P<dec>(?:1[0-9]|20)\d0)'?s|'(?P<dec2>\d0)s)\b"),
        ("century", rf"(?i:(?:the\s+)?(?:(?P<cn>\d\d?)(?:st|nd|rd|th)|{ordinal}|(?P<crel>this"
                   rf"|last|next))[\s-]+century)\b"),
        ("weekday", rf"(?:(?P<rel>(?i:last|this|next|early|late))\s+)?{weekday}"),
        ("weekday_pod", rf"(?:(?P<rel>(?i:last|this|next))\s+)?{weekday}\s+(?i:{pod})"),
        ("day_word", rf"(?i:(?P<late>late|early)\s+)?(?i:{day_word})(?:\s+(?i:{pod}))?\b"),
        ("day_word2", r"(?i:the\s+day\s+(?P<ba>before|after)\s+(?P<dw>yesterday|tomorrow))\b"),
        ("this_pod", rf"(?i:(?:(?P<el>earlier|later)\s+)?(?P<rel>this|that|last|tomorrow|yesterday)"
                    rf"\s+{pod})\b"),
        ("clock", rf"(?i:{clock}(?:,?\s+(?:on\s+)?(?P<when>today|yesterday|tomorrow|tonight))?)"),
        ("clock_wd", rf"(?i:{clock})(?:,?\s+(?:on\s+)?{weekday})"
                    rf"(?:,?\s+{month}\s+{day}(?:,?\s+{year})?)?"),
        ("noon", r"(?i:\b(?P<noon>noon|midnight|midday)(?:\s+(?P<when>today|yesterday|tomorrow))?)\b"),
        ("noon_wd", rf"(?i:\b(?P<noon>noon|midnight|midday)),?\s+(?:on\s+)?{weekday}"),
        ("clock_md", rf"(?i:{clock}),?\s+(?:on\s+)?{month}\s+{day}(?:,?\s+{year})?"),
        ("clock24", rf"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
                   rf"(?:\s*(?:{tz}|local\s+time))?(?![\d:])"),
        ("rel_unit", rf"(?i:(?:(?P<el>earlier|later|early|late)\s+)?{rel}\s+(?P<unit>week|weekend"
                    rf"|month|year|quarter|decade|day|fiscal\s+year))\b"),
        ("the_unit", r"(?i:(?:over\s+|during\s+)?the\s+(?P<adj>full\s+|current\s+|fiscal\s+)?"
                    r"(?P<unit>weekend|week|year))\b(?!['’]s|\s+(?:of|ago|earlier|before|after"
                    r"|later|to|in|that|when|which|for|two\s+thousand|nineteen|\d))"
                    r"(?=\s+(?P<ended>ended|ending))?"),
        ("set_named", rf"(?i:every|each)\s+(?:{weekday}|{month})"),
        ("narr_day", r"(?i:(?:the\s+)?(?P<nd>next|following|previous|preceding|same)\s+(?P<unit>day"
                    r"|morning|evening|night|week|month|year)|the\s+day\s+(?P<ba>before|after)"
                    r"|that\s+(?P<that>day|night|morning|evening|week|month|year))\b"),
        ("year_ago", r"(?i:(?:the\s+)?(?:a\s+)?year[\s-]+(?:earlier|ago)(?:\s+(?:period|quarter))?"
                    r"|the\s+(?:corresponding|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year"
                    r"|last\s+year's\s+(?:quarter|period))\b"),
        ("ago", rf"(?i:(?:(?P<pm>about|around|nearly|almost|some|roughly|more\s+than|less\s+than"
               rf"|over|just|only)\s+)?{num}[\s-]+{unit}(?:\s+or\s+so)?\s+(?P<dir>ago|earlier"
               r"|later|before|after|from\s+now|hence|previously|back))\b"
               r"(?!\s+(?:the|than|he|she|it|they|we))"),
        ("duration", rf"(?i:(?:(?P<pm>about|around|approximately|nearly|almost|roughly|more\s+than"
                    rf"|less\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|over|under|just"
                    rf"|only|some)\s+)?(?:(?P<the>the)\s+)?(?:(?P<adj>past|last|next|first|coming"
                    rf"|previous|following|latest|final|remaining|initial|additional|further|another"
                    rf"|other|same)\s+)?{num}(?:\s+(?:more|additional|extra|straight|consecutive))?"
                    rf"(?:[\s-]+|(?<=\d)(?=[a-z])){unit}(?P<long>-long|-old)?(?:\s+(?P<orso>or\s+so"
                    rf"|and\s+a\s+half))?)\b"),
        ("vague_dur", rf"(?i:(?:the\s+)?(?:(?P<adj>past|last|next|coming|recent|previous|following)\s+)?"
                     rf"(?:few|several|couple\s+of|many)\s+{unit_pl})\b"),
        ("recent_dur", rf"(?i:(?:recent|coming|the\s+past|the\s+next|the\s+last|the\s+coming)"
                      rf"\s+{unit_pl})\b"),
        ("bare_dur", rf"(?i:(?<=for\s)|(?<=in\s)|(?<=over\s)|(?<=within\s)|(?<=after\s)){unit_pl}"
                    rf"(?P<long>-long)?\b(?!\s+(?:ago|of|old|later|earlier|before|after))"),
        ("half_dur", r"(?i:(?:a\s+|one\s+)?half\s+(?:an?\s+)?(?P<unit>hour|day|year|month|century"
                    r"|decade))\b"),
        ("quarter", rf"(?i:(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?"
                   rf"(?:(?P<qyear0>(?:1[0-9]|20)\d\d)\s+)?(?:(?P<fisc>fiscal|calendar)\s+)?{ordinal}[\s-]+(?:fiscal\s+)?(?P<qh>quarter"
                   rf"|half|period)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<qyear>(?:1[0-9]"
                   rf"|20)\d\d)|(?P<qrel>this|last|next)\s+year))?)\b"),
        ("quarter_rel", r"(?i:(?:the|this|its|that)\s+(?:(?P<lat>latest|last|previous|most\s+recent"
                       r"|current|same|recent)\s+)?(?:(?P<qyear>(?:1[0-9]|20)\d\d)\s+)?(?:fiscal\s+)?"
                       r"(?P<qh>quarter|period))\b(?!s)"),
        ("season", rf"(?i:(?:(?P<rel>last|this|next|early|late|the|mid-?|during\s+the)\s+)?{season}"
                  rf"(?:\s+of\s+(?P<sy>(?:1[0-9]|20)\d\d)|\s+(?P<sy2>(?:1[0-9]|20)\d\d))?)\b"),
        ("ref", rf"(?i:{refs})\b"),
        ("set", rf"(?i:{sets})\b"),
        ("set_every", r"(?i:(?:every|each|per)\s+(?:(?P<n>other|\d+|two|three|four|five|six)\s+)?"
                     r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|weekend)s?)\b"),
        ("set_freq", r"(?i:(?:once|twice|\w+\s+times)\s+(?:a|an|per)\s+(?P<unit>day|week|month"
                    r"|year|hour))\b"),
        ("year_end", r"(?i:(?:the\s+)?year[\s-]end|the\s+end\s+of\s+the\s+year)\b"),
        ("holiday", holiday + r"(?:\s+(?P<hyear>(?:1[0-9]|20)\d\d))?\b"),
        ("week_of", rf"(?i:the\s+week\s+of\s+){month}\s+{day}"),
    ]
    # every expression starts at a word start: the look-behind fails fast elsewhere
    compiled = tuple((name, re.compile(r"(?<![\w'])(?=[\w'])(?:" + rx + ")")) for name, rx in rules)
    unit_trigger = _alt([*unit_words, "quarter", "period", "half"])
    triggers = {
        "month": re.compile(month.replace("(?P<month>", "(?:")),
        "weekday": re.compile(weekday.replace("(?P<weekday>", "(?:")),
        "unit": re.compile(rf"(?<![A-Za-z])(?i:{unit_trigger})(?:s|es)?(?![a-z])"),
        "digit": re.compile(r"\d"),
        "day": re.compile(r"(?i:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night"
                          r"|noon|midnight|midday)"),
        "season": re.compile(rf"(?i:{season})"),
        "year_words": re.compile(r"(?i:nineteen|thousand)"),
    }
    rule_trigger = tuple(_RULE_TRIGGERS.get(name) for name, _ in rules)
    return _Patterns(compiled, triggers, rule_trigger, months, dict(lex["weekdays"]), numbers)


# Rules that cannot match without one of a trigger's words nearby run only in windows
# around those words (the scan over the whole text is what costs).
_RULE_TRIGGERS = {
    **dict.fromkeys(("date_md", "date_dm", "month_year", "month", "clock_md", "week_of"), "month"),
    **dict.fromkeys(("weekday", "weekday_pod", "clock_wd", "noon_wd"), "weekday"),
    **dict.fromkeys(("duration", "ago", "vague_dur", "recent_dur", "bare_dur", "half_dur",
                     "rel_unit", "the_unit", "narr_day", "set_every", "set_freq", "year_ago",
                     "year_end", "century", "quarter", "quarter_rel"), "unit"),
    **dict.fromkeys(("date_iso", "date_slash", "date_ymd", "year", "decade", "clock", "clock24"),
                    "digit"),
    **dict.fromkeys(("day_word", "day_word2", "this_pod", "noon"), "day"),
    "season": "season",
    "year_words": "year_words",
}
WINDOW_CHARS = 80  # no expression reaches further than this from its trigger word


# --- modifiers around a core expression ---------------------------------------------------

_PREMOD = re.compile(
    r"(?i:(?P<w>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|the\s+(?P<pod>morning|afternoon|evening|night)\s+of|post|pre|"
    r"earlier|later)[\s-]+)$")
_PREMOD_VALUES = {"early": "START", "late": "END", "mid": "MID", "the end of": "END",
                  "the beginning of": "START", "the start of": "START", "the middle of": "MID",
                  "post": "AFTER", "pre": "BEFORE", "earlier": "START", "later": "END"}
_PM_VALUES = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
              "roughly": "APPROX", "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN",
              "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
              "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
              "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"}
_YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|by|of|until|till|from|before|after|during|through|to|early|late|mid|"
    r"and|or|between|year|fiscal|the|around|circa|throughout|at|for|summer|spring|winter|"
    r"autumn|fall|end|start|beginning|than|as)|[(,])\s*$")
_YEAR_AFTER_BAD = re.compile(r"^\s*(?:[a-z]+s\b|%|percent|per\s+cent|\s*(?:km|kg|m|mi|block)\b)")
_YEAR_RANGE_BEFORE = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d\s*[-–]\s*$")
_NOT_YEAR_BEFORE = re.compile(r"(?:[$£€#]|No\.|\d[-.)/]|\d\)\s)\s*$")
_SPACE = re.compile(r"\s+")
_VAGUE = frozenset(_SPACE.sub(" ", v) for v in lexicon()["vague_numbers"])


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s.strip().lower())


def _number(raw: str | None, half: str | None = None) -> float | None:
    """The value of a number in digits or words; None when vague ("several")."""
    if raw is None:
        return None
    word = _norm(raw)
    if word in _VAGUE:
        return None
    value: float
    if word[0].isdigit():
        parts = word.split()
        value = float(parts[0]) + (0.5 if len(parts) > 1 else 0.0)
    else:
        value = float(patterns().numbers.get(word.replace(" ", "-"), patterns().numbers.get(word, 1)))
    return value + (0.5 if half else 0.0)


# --- duration values ----------------------------------------------------------------------

_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"),
            "TH": (60, "TM"), "TM": (60, "TS")}


def duration_value(n: float | None, code: str) -> str:
    """TIMEX3 duration: ``duration_value(42, 'D') == 'P42D'``, ``(1.5, 'TH') -> 'PT1H30M'``."""
    mult = 1
    if code[:-1].isdigit() or (len(code) > 2 and code[:-2].isdigit()):
        digits = "".join(ch for ch in code if ch.isdigit())
        mult, code = int(digits), code[len(digits):]
    if n is None:
        return f"PTX{code[1]}" if code.startswith("T") else f"PX{code}"
    n *= mult
    whole = int(n)
    frac = n - whole
    parts: list[tuple[int, str]] = [(whole, code)] if whole else []
    if frac and code in _SMALLER:
        factor, smaller = _SMALLER[code]
        parts.append((round(frac * factor), smaller))
    elif frac:
        return f"PT{n:g}{code[1]}" if code.startswith("T") else f"P{n:g}{code}"
    date_part = "".join(f"{v}{c}" for v, c in parts if not c.startswith("T"))
    time_part = "".join(f"{v}{c[1]}" for v, c in parts if c.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "") if parts else "P0D"


def _unit_code(word: str) -> str:
    lex = lexicon()
    w = _norm(word).rstrip("s")
    w = lex["unit_plurals"].get(_norm(word), w)
    if w == "centurie":
        w = "century"
    return str(lex["units"].get(w, "D"))


# --- parsing: match -> Spec (context-free) -------------------------------------------------


def _month_of(raw: str | None) -> int | None:
    return patterns().months.get(_month_key(raw).capitalize()) if raw else None


def _weekday_of(raw: str | None) -> int | None:
    if not raw:
        return None
    return patterns().weekdays.get(raw.replace("'s", "").capitalize())


def _ambiguous_month_ok(text: str, m: re.Match[str]) -> bool:
    """ "May"/"March" alone are a month only after a preposition or modifier."""
    name = m.group("month")
    if _month_key(name) not in lexicon()["ambiguous_months"] or m.group("rel"):
        return True
    before = text[max(0, m.start() - 12):m.start()]
    return bool(re.search(r"(?i:\b(?:in|since|by|until|till|from|before|after|during|through|"
                          r"of|early|late|mid|last|this|next|since|to|and|or|between|"
                          r"end|start|beginning))[\s-]+$", before))


def _year_ok(text: str, m: re.Match[str], year: int) -> bool:
    """A bare number is a year only when the context says so."""
    before = text[max(0, m.start() - 14):m.start()]
    after = text[m.end():m.end() + 14]
    if _YEAR_RANGE_BEFORE.search(before):
        return True  # the second year of a range, "2009-2010 talks"
    if _NOT_YEAR_BEFORE.search(before):
        return False  # "$2000", "No. 1990", a phone number "648-1187"
    if _YEAR_AFTER_BAD.match(after) and not after.lstrip().startswith(("'s", "s ")):
        return False
    if _YEAR_CONTEXT.search(before):
        return MIN_CONTEXT_YEAR <= year <= MAX_BARE_YEAR
    return MIN_BARE_YEAR <= year <= MAX_BARE_YEAR


def _year_words(raw: str) -> int | None:
    words = _norm(raw).replace("the year ", "").replace(" and", "").split()
    if not words:
        return None
    numbers = patterns().numbers
    if words[0] == "nineteen" and len(words) > 1:
        rest = numbers.get("-".join(words[1:]).replace("--", "-"))
        rest = rest if rest is not None else numbers.get(" ".join(words[1:]))
        return 1900 + rest if rest is not None else None
    if words[:2] == ["two", "thousand"]:
        rest_words = words[2:]
        rest_n = numbers.get(" ".join(rest_words)) if rest_words else 0
        return 2000 + rest_n if rest_n is not None else None
    return None


def parse(name: str, m: re.Match[str], text: str) -> Spec | None:
    """The Spec of a rule's match, or None when the context rules it out."""
    g = m.groupdict()
    lex = lexicon()
    if name in ("date_md", "date_dm", "week_of"):
        year = int(g["year"]) if g.get("year") else None
        month = _month_of(g["month"])
        if name == "date_dm" and _month_key(g["month"]) in lex["ambiguous_months"] \
                and not g.get("year") and not text[m.start():m.end()].lower().startswith("the") \
                and not text[m.start("day"):m.end("day")][-2:].isalpha():
            return None
        if month is None:
            return None
        if name == "week_of":
            return Spec("week_of", month=month, day=int(g["day"]))
        return Spec("cal", year=year, month=month, day=int(g["day"]),
                    weekday=_weekday_of(g.get("weekday")))
    if name in ("date_iso", "date_slash", "date_ymd"):
        year = int(g["year"])
        year = year + (1900 if year > 50 else 2000) if year < 100 else year
        month, day_n = int(g["m"]), int(g["d"])
        if month > 12:  # day first (21/04/2016)
            month, day_n = day_n, month
        return Spec("cal", year=year, month=month, day=day_n) if month <= 12 else None
    if name == "month_year":
        return Spec("cal", year=int(g["year"]), month=_month_of(g["month"]))
    if name == "month":
        if not _ambiguous_month_ok(text, m):
            return None
        yrel = {"last": -1, "this": 0, "next": 1}.get((g.get("yrel") or "").lower())
        return Spec("month", month=_month_of(g["month"]), rel=(g.get("rel") or "").lower() or None,
                    n=yrel if yrel is not None else 99)
    if name == "year":
        year = int(g["year"])
        if not g.get("fiscal") and not _year_ok(text, m, year):
            return None
        return Spec("cal", year=year)
    if name == "year_words":
        year_w = _year_words(m.group(0))
        return Spec("cal", year=year_w) if year_w else None
    if name == "decade":
        if g.get("dec"):
            return Spec("fixed", value=g["dec"][:3])
        return Spec("fixed", value=("19" if int(g["dec2"]) > 20 else "20") + g["dec2"][0])
    if name == "century":
        if g.get("crel"):
            return Spec("rel_unit", unit="century", n={"last": -1, "this": 0, "next": 1}[g["crel"].lower()])
        c = int(g["cn"]) if g.get("cn") else lex["ordinals"].get(_norm(g["ord"]), 0)
        return Spec("fixed", value=f"{c - 1:02d}") if c > 0 else None
    if name in ("weekday", "weekday_pod"):
        rel = (g.get("rel") or "").lower() or None
        mod = {"early": "START", "late": "END"}.get(rel or "")
        pod = lex["parts_of_day"][_norm(g["pod"])] if g.get("pod") else None
        if rel is None and _FUTURE_CUE.search(text, max(0, m.start() - 16), m.start()):
            rel = "coming"
        return Spec("weekday", weekday=_weekday_of(g["weekday"]),
                    rel=None if mod else rel, mod=mod, pod=pod, type="TIME" if pod else "DATE")
    if name == "day_word":
        word = g["dayword"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        pod = "NI" if word == "tonight" else (lex["parts_of_day"][_norm(g["pod"])] if g.get("pod") else None)
        mod = {"late": "END", "early": "START"}.get((g.get("late") or "").lower())
        return Spec("day", n=offset, pod=pod, mod=mod, type="TIME" if pod else "DATE")
    if name == "day_word2":
        sign = -1 if g["ba"].lower() == "before" else 1
        base = -1 if g["dw"].lower() == "yesterday" else 1
        return Spec("day", n=base + sign)
    if name == "this_pod":
        rel = g["rel"].lower()
        last_offset = -1 if g["pod"].lower() == "night" else 0  # "last night" is yesterday's
        offset = {"yesterday": -1, "tomorrow": 1, "last": last_offset}.get(rel, 0)
        mod = {"earlier": "START", "later": "END"}.get((g.get("el") or "").lower())
        return Spec("day", n=offset, pod=lex["parts_of_day"][g["pod"].lower()], type="TIME",
                    narrative=rel == "that", mod=mod)
    if name in ("clock", "clock_wd", "clock24", "clock_md"):
        hour = int(g["hour"])
        ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{int(g.get('minute') or 0):02d}" + (f":{g['second']}" if g.get("second") else "")
        when = (g.get("when") or "").lower()
        if name == "clock_wd" and g.get("month"):  # "8:21 p.m. Saturday, Feb. 7"
            return Spec("cal", year=int(g["year"]) if g.get("year") else None,
                        month=_month_of(g["month"]), day=int(g["day"]), clock=clock, type="TIME")
        if name == "clock_wd":
            return Spec("weekday", weekday=_weekday_of(g["weekday"]), clock=clock, type="TIME")
        if name == "clock_md":
            return Spec("cal", year=int(g["year"]) if g.get("year") else None,
                        month=_month_of(g["month"]), day=int(g["day"]), clock=clock, type="TIME")
        return Spec("day", n={"yesterday": -1, "tomorrow": 1}.get(when, 0), clock=clock, type="TIME")
    if name in ("noon", "noon_wd"):
        clock = "12:00" if g["noon"].lower() in ("noon", "midday") else "24:00"
        if name == "noon_wd":
            return Spec("weekday", weekday=_weekday_of(g["weekday"]), clock=clock, type="TIME")
        when = (g.get("when") or "").lower()
        return Spec("day", n={"yesterday": -1, "tomorrow": 1}.get(when, 0), clock=clock, type="TIME")
    if name == "rel_unit":
        rel = _norm(g["rel"]).replace("the ", "")
        unit = _norm(g["unit"])
        mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}.get(
            (g.get("el") or "").lower())
        if rel in ("same", "that"):
            return Spec("narr", unit=unit.replace("fiscal ", ""), n=0, narrative=True, mod=mod)
        if unit == "day":
            return None  # "the next day" etc. are narrative (narr_day)
        if rel in ("following",):
            return Spec("narr", unit=unit, n=1, narrative=True, mod=mod)
        if rel == "previous":
            return Spec("narr", unit=unit, n=-1, narrative=True, mod=mod)
        if rel == "past" and unit in ("decade", "century"):
            return Spec("fixed", value=duration_value(1, _unit_code(unit)), type="DURATION")
        n = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
        return Spec("rel_unit", unit=unit.replace("fiscal ", ""), n=n, mod=mod)
    if name == "the_unit":
        unit = g["unit"].lower()
        start_skip = m.start("adj") if g.get("adj") else m.start("unit")
        skip = text.lower().index("the", m.start(), start_skip + 1) - m.start()
        if g.get("ended") or (unit == "year" and _norm(g.get("adj") or "") == "fiscal"):
            # "the year ended Sept. 30", "the fiscal year": a (fiscal) year's length
            return Spec("fixed", value=duration_value(1, _unit_code(unit)), type="DURATION", skip=skip)
        return Spec("the_unit", unit=unit, skip=skip)
    if name == "set_named":
        if g.get("weekday"):
            return Spec("set", value=f"XXXX-WXX-{(_weekday_of(g['weekday']) or 0) + 1}", type="SET",
                        quant=m.group(0).split()[0].upper())
        month = _month_of(g["month"])
        return Spec("set", value=f"XXXX-{month or 0:02d}", type="SET",
                    quant=m.group(0).split()[0].upper()) if month else None
    if name == "narr_day":
        if g.get("that"):
            word = g["that"].lower()
            if word in ("week", "month", "year"):
                return Spec("narr", unit=word, n=0, narrative=True)
            pod = lex["parts_of_day"].get(word)
            return Spec("day", n=0, narrative=True, pod=pod, type="TIME" if pod else "DATE")
        if g.get("ba"):
            return Spec("day", n=-1 if g["ba"].lower() == "before" else 1, narrative=True)
        nd = g["nd"].lower()
        n = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[nd]
        unit = g["unit"].lower()
        if unit in ("week", "month", "year"):
            return Spec("narr", unit=unit, n=n, narrative=True)
        pod = lex["parts_of_day"].get(unit)
        return Spec("day", n=n, narrative=True, pod=pod, type="TIME" if pod else "DATE")
    if name == "ago":
        count = _number(g["num"], g.get("half"))
        direction = _norm(g["dir"])
        sign = 1 if direction in ("later", "after", "from now", "hence") else -1
        unit = _unit_code(g["unit"])
        mod = _PM_VALUES.get(_norm(g.get("pm") or ""))
        if count is None:
            return Spec("fixed", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
        narrative = direction in ("earlier", "later", "before", "after")
        return Spec("ago", n=round(count * sign), unit=unit, narrative=narrative, mod=mod)
    if name == "duration":
        if (g.get("long") and _norm(g["long"]) == "-old") or _AGE_AFTER.match(text, m.end()):
            return None  # "a 25-year-old man", "80 years old" are ages
        and_a_half = (g.get("orso") or "").lower().endswith("half")
        count = _number(g["num"], g.get("half") or ("half" if and_a_half else None))
        unit = _norm(g["unit"])
        fraction = unit.startswith("quarter") and _FRACTION_AFTER.match(text, m.end())
        if unit.startswith("weekend") or fraction:
            return None  # "a quarter of those flights", "a quarter past eight"
        code = _unit_code(unit)
        mod = _PM_VALUES.get(_norm(g.get("pm") or ""))
        if g.get("orso") and "or so" in g["orso"].lower():
            mod = "APPROX"
        raw_num = _norm(g["num"])
        if code == "TS" and (raw_num in ("a", "an") or _ORDINAL_NOUN_AFTER.match(text, m.end())):
            return None  # "a second term", "the 1988 second quarter"
        if raw_num in ("a", "an") and not g.get("adj") and not g.get("pm") \
                and _RATE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return Spec("set", value=duration_value(1, code), type="SET")
        skip = 0
        if g.get("the") and not g.get("adj") and text[m.start("num"):m.start("unit")].endswith("-"):
            skip = m.start("num") - m.start()  # "the six-week suspension": "the" is the noun's
        return Spec("fixed", value=duration_value(count, code), type="DURATION", mod=mod, skip=skip)
    if name in ("vague_dur", "recent_dur", "bare_dur"):
        return Spec("fixed", value=duration_value(None, _unit_code(g["unit"])), type="DURATION")
    if name == "half_dur":
        return Spec("fixed", value=duration_value(0.5, _unit_code(g["unit"])), type="DURATION")
    if name == "quarter":
        ordinal = _norm(g["ord"])
        q = lex["ordinals"].get(ordinal) or {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(ordinal, 0)
        qh = g["qh"].lower()
        if qh == "period":
            return None
        if q == -1:
            q = 4 if qh == "quarter" else 2
        if (qh == "quarter" and not 1 <= q <= 4) or (qh == "half" and not 1 <= q <= 2):
            return None
        det = _norm(g.get("det") or "")
        yrel = {"this year's": 0, "last year's": -1, "next year's": 1}.get(det)
        if g.get("qrel"):
            yrel = {"this": 0, "last": -1, "next": 1}[g["qrel"].lower()]
        year_raw = g.get("qyear") or g.get("qyear0")
        year = int(year_raw) if year_raw else None
        return Spec("quarter", year=year, n=q, unit="Q" if qh == "quarter" else "H",
                    rel=None if yrel is None else str(yrel))
    if name == "quarter_rel":
        lat = _norm(g.get("lat") or "")
        year = int(g["qyear"]) if g.get("qyear") else None
        if g["qh"].lower() == "period" and not lat and year is None:
            return None
        latest = lat in ("latest", "last", "previous", "most recent")
        return Spec("quarter_rel", rel="latest" if latest else None, year=year)
    if name == "year_ago":
        return Spec("year_ago")
    if name == "season":
        rel = _norm(g.get("rel") or "")
        season = lex["seasons"][g["season"].lower()]
        year = int(g["sy"] or g["sy2"]) if (g.get("sy") or g.get("sy2")) else None
        after = text[m.end():m.end() + 4]
        if not rel and year is None:
            return None
        if season == "FA" and rel in ("the", "") and after.startswith(" of") and year is None:
            return None  # "the fall of the government"
        mod = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID"}.get(rel)
        return Spec("season", year=year, value=season, mod=mod,
                    rel=rel if rel in ("last", "this", "next") else None)
    if name == "ref":
        word = _norm(m.group(0))
        if word in lex["ref_needs_context"] and not _ref_context_ok(text, m):
            return None
        return Spec("fixed", value=lex["refs"][word])
    if name == "set":
        word = _norm(m.group(0))
        if word in lex["set_needs_context"] and not re.match(r"\s*(?:[.,;:)]|$)", text[m.end():m.end() + 2]):
            return None  # "a quarterly dividend" is no set of times
        return Spec("set", value=lex["sets"][word], type="SET")
    if name in ("set_every", "set_freq"):
        raw_n = (g.get("n") or "").lower()
        n_every = 2 if raw_n == "other" else (_number(raw_n) if raw_n else 1)
        unit = g["unit"].lower()
        if unit == "weekend":
            return Spec("set", value="XXXX-WXX-WE", type="SET", quant="EVERY")
        quant = m.group(0).split()[0].upper() if name == "set_every" else None
        return Spec("set", value=duration_value(n_every, _unit_code(unit)), type="SET",
                    quant=quant if quant in ("EVERY", "EACH") else None)
    if name == "year_end":
        return Spec("rel_unit", unit="year", n=0, mod="END")
    if name == "holiday":
        return Spec("holiday", value=_holiday_names()[_norm(g["holiday"])],
                    year=int(g["hyear"]) if g.get("hyear") else None)
    return None


_FUTURE_CUE = re.compile(r"(?i:\b(?:as\s+(?:soon|early)\s+as|until|till|by|starting)\s+$)")
_NUMBER_TAIL = re.compile(r"\d[.,]\d")
_ORDINAL_NOUN_AFTER = re.compile(r"\s+(?:quarter|half|period|round|term|time|place|phase|stage)\b")
_AGE_AFTER = re.compile(r"[\s-]+old\b")
_FRACTION_AFTER = re.compile(r"\s+(?:of|past|to)\b")
_RATE_BEFORE = re.compile(r"(?i:(?:\b(?:once|twice|times|per)|\d|\b(?:million|billion|"
                          r"thousand|hundred|dollars|cents|percent))\s*$)")
_REF_AFTER_NOUN = re.compile(r"^\s+[a-z]")


def _ref_context_ok(text: str, m: re.Match[str]) -> bool:
    """Adjectival refs ("current", "recent") count only before a noun."""
    return bool(_REF_AFTER_NOUN.match(text[m.end():m.end() + 12]))


# --- selection -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: int
    spec: Spec


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged [start, end) windows of WINDOW_CHARS around each trigger hit."""
    windows: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        start, end = max(0, hit.start() - WINDOW_CHARS), min(len(text), hit.end() + WINDOW_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _matches(rx: re.Pattern[str], text: str,
             windows: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    if windows is None:
        yield from rx.finditer(text)
        return
    for start, end in windows:
        yield from rx.finditer(text, start, end)


def _candidates(text: str) -> Iterator[_Candidate]:
    pats = patterns()
    windows = {name: _windows(text, rx) for name, rx in pats.triggers.items()}
    for i, (name, rx) in enumerate(pats.rules):
        trigger = pats.rule_trigger[i]
        for m in _matches(rx, text, windows[trigger] if trigger else None):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or _NUMBER_TAIL.match(text, m.start() - 2)):
                continue  # inside a word, or the decimals of a number ("6,107.31 August")
            if m.end() < len(text) and text[m.end() - 1].isalnum() and text[m.end()].isalnum():
                continue
            spec = parse(name, m, text)
            if spec is not None:
                yield _Candidate(m.start() + spec.skip, m.end(), i, spec)


def select(text: str) -> list[_Candidate]:
    """The longest non-overlapping candidates, in reading order."""
    cands = sorted(_candidates(text), key=lambda c: (c.start - c.end, c.start, c.rule))
    taken: list[_Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return [_with_premod(text, c) for c in taken]


def _with_premod(text: str, c: _Candidate) -> _Candidate:
    """Extend a DATE over "early", "late", "mid-", "the end of", "the evening of" ..."""
    if c.spec.type != "DATE" or (c.spec.kind == "fixed" and not (c.spec.value or "")[:1].isdigit()):
        return c
    m = _PREMOD.search(text, max(0, c.start - 24), c.start)
    if not m or m.end() != c.start:
        return c
    w = _norm(m.group("w"))
    if m.group("pod"):
        if c.spec.kind != "cal" or c.spec.day is None:
            return c
        pod = lexicon()["parts_of_day"][m.group("pod").lower()]
        return replace(c, start=m.start(), spec=replace(c.spec, pod=pod, type="TIME"))
    if c.spec.mod is not None or (w in ("earlier", "later") and c.spec.kind != "rel_unit"):
        return c
    return replace(c, start=m.start(), spec=replace(c.spec, mod=_PREMOD_VALUES.get(w)))


# --- resolution ----------------------------------------------------------------------------


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def _day_value(d: dt.date, spec: Spec) -> str:
    value = d.isoformat()
    if spec.clock:
        return f"{value}T{spec.clock}"
    if spec.pod:
        return f"{value}T{spec.pod}"
    return value


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int | None, anchor: dt.date, direction: int) -> int:
    """The year of a year-less month (and day): the anchor's, unless the tense says
    it lies well before (past) or after (future) the anchor."""
    cand = _safe_date(anchor.year, month, day or (15 if day is None else 1)) or \
        dt.date(anchor.year, month, 28)
    gap = (cand - anchor).days
    if direction != FUTURE and gap > TENSE_SHIFT_DAYS:
        return anchor.year - 1
    if direction == FUTURE and -gap > TENSE_SHIFT_DAYS:
        return anchor.year + 1
    if direction in (NONE, PRESENT) and -gap > NEXT_YEAR_DAYS:
        return anchor.year + 1
    return anchor.year


def _weekday_date(wd: int, anchor: dt.date, rel: str | None, direction: int) -> dt.date:
    back = (anchor.weekday() - wd) % 7
    forward = (wd - anchor.weekday()) % 7
    if rel == "last":
        return anchor - dt.timedelta(days=back or 7)
    if rel == "next":
        return anchor + dt.timedelta(days=forward or 7)
    if rel == "this":
        return anchor + dt.timedelta(days=wd - anchor.weekday())
    if direction in (FUTURE, PRESENT) or (rel == "coming" and direction != PAST):
        return anchor + dt.timedelta(days=forward)
    return anchor - dt.timedelta(days=back)


def _unit_value(unit: str, d: dt.date, n: int) -> str | None:
    """The calendar unit ``n`` steps from the one holding ``d``."""
    if unit == "day":
        return (d + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        value = _week(d + dt.timedelta(weeks=n))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        y, mo = _add_months(d.year, d.month, n)
        return f"{y}-{mo:02d}"
    if unit == "quarter":
        q_index = d.year * 4 + (d.month - 1) // 3 + n
        return f"{q_index // 4}-Q{q_index % 4 + 1}"
    if unit == "year":
        return str(d.year + n)
    if unit == "decade":
        return str(d.year // 10 + n)[:3]
    if unit == "century":
        return f"{d.year // 100 + n:02d}"
    return None




def _ago_value(spec: Spec, anchor: dt.date) -> str | None:
    unit = spec.unit or "D"
    if unit.startswith("T"):
        return _day_value(anchor, replace(spec, clock=None, pod=None))
    if unit in ("D",):
        return (anchor + dt.timedelta(days=spec.n)).isoformat()
    if unit in ("W", "2W"):
        return _week(anchor + dt.timedelta(weeks=spec.n * (2 if unit == "2W" else 1)))
    if unit == "M":
        y, mo = _add_months(anchor.year, anchor.month, spec.n)
        return f"{y}-{mo:02d}"
    if unit == "Q":
        return _unit_value("quarter", anchor, spec.n)
    if unit == "Y":
        return str(anchor.year + spec.n)
    if unit == "10Y":
        return str(anchor.year + 10 * spec.n)
    if unit == "100Y":
        return f"{(anchor.year + 100 * spec.n) // 100:02d}"
    return None


def _season_year(season: str, rel: str | None, anchor: dt.date, direction: int) -> int:
    start, _end = lexicon()["season_months"][season]
    current = _season_of(anchor)
    if rel == "this" or current == season:
        return anchor.year if not (season == "WI" and anchor.month <= 2) else anchor.year - 1
    passed = anchor.month > start if season != "WI" else False
    if rel == "last" or (rel is None and direction == PAST):
        return anchor.year if passed else anchor.year - 1
    if rel == "next" or (rel is None and direction == FUTURE):
        return anchor.year + 1 if passed else anchor.year
    return anchor.year


def _season_of(d: dt.date) -> str:
    for season, (start, end) in lexicon()["season_months"].items():
        inside = start <= d.month <= end if start <= end else (d.month >= start or d.month <= end)
        if inside:
            return str(season)
    return "WI"


@cache
def _holiday_names() -> dict[str, str]:
    """Lower-cased holiday name -> its entry in the lexicon."""
    lex = lexicon()
    names = [*lex["fixed_holidays"], *lex["weekday_holidays"], *lex["easter_holidays"]]
    return {n.lower(): n for n in names if not n.startswith("_")}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(name: str, year: int) -> dt.date | None:
    lex = lexicon()
    if name in lex["easter_holidays"]:
        return _easter(year) + dt.timedelta(days=int(lex["easter_holidays"][name]))
    if name in lex["fixed_holidays"]:
        month, day = (int(x) for x in lex["fixed_holidays"][name].split("-"))
        return dt.date(year, month, day)
    rule = lex["weekday_holidays"].get(name)
    if not rule:
        return None
    month, wd, nth = rule
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


@dataclass
class _Context:
    dct: dt.date | None
    ref: dt.date | None = None
    ref_index: int | None = None
    ref_month: tuple[dt.date, int] | None = None  # last month-or-finer date, its timex index
    quarter: str | None = None  # the last quarter mentioned (financial reports)


def _resolve(spec: Spec, ctx: _Context,
             direction: int) -> tuple[str, str, bool] | None:
    """(type, value, used_anchor) of a Spec in its context."""
    use_ref = spec.narrative and ctx.ref is not None
    anchor = ctx.ref if use_ref else ctx.dct
    if spec.kind == "narr" and spec.unit in ("month", "year") and ctx.ref_month is not None:
        anchor = ctx.ref_month[0]
    kind = spec.kind
    if kind in ("fixed", "set"):
        return spec.type, spec.value or "", False
    if kind == "cal":
        if spec.month is None:
            return "DATE", str(spec.year), False
        if spec.year is None:
            if anchor is None:
                return spec.type, f"XXXX-{spec.month:02d}-{spec.day:02d}", False
            year = _year_for(spec.month, spec.day, anchor, direction)
            d = _safe_date(year, spec.month, spec.day or 1)
            return (spec.type, _day_value(d, spec), True) if d else None
        if spec.day is None:
            return "DATE", f"{spec.year}-{spec.month:02d}", False
        d = _safe_date(spec.year, spec.month, spec.day)
        return (spec.type, _day_value(d, spec), False) if d else None
    if anchor is None:
        return spec.type, _unanchored(spec), False
    if kind == "month":
        assert spec.month is not None
        if spec.n != 99:
            return "DATE", f"{anchor.year + spec.n}-{spec.month:02d}", True
        rel = spec.rel
        if rel == "last":
            year = anchor.year if spec.month < anchor.month else anchor.year - 1
        elif rel == "next":
            year = anchor.year if spec.month > anchor.month else anchor.year + 1
        elif rel == "this":
            year = anchor.year
        else:
            year = _year_for(spec.month, None, anchor, direction)
        return "DATE", f"{year}-{spec.month:02d}", True
    if kind == "weekday":
        assert spec.weekday is not None
        return spec.type, _day_value(_weekday_date(spec.weekday, anchor, spec.rel, direction), spec), True
    if kind == "day":
        return spec.type, _day_value(anchor + dt.timedelta(days=spec.n), spec), True
    if kind == "the_unit":
        if spec.unit == "weekend":
            back = anchor.weekday() < 5 and direction == PAST
            return "DATE", _unit_value("weekend", anchor, -1 if back else 0) or "", True
        return "DATE", _unit_value(spec.unit or "year", anchor, 0) or "", True
    if kind in ("rel_unit", "narr"):
        value = _unit_value(spec.unit or "day", anchor, spec.n)
        return ("DATE", value, True) if value else None
    if kind == "ago":
        value = _ago_value(spec, anchor)
        return ("DATE", value, True) if value else None
    if kind == "week_of":
        assert spec.month is not None and spec.day is not None
        d = _safe_date(_year_for(spec.month, spec.day, anchor, direction), spec.month, spec.day)
        return ("DATE", _week(d), True) if d else None
    if kind == "quarter":
        year = spec.year if spec.year is not None else anchor.year + int(spec.rel or 0)
        return "DATE", f"{year}-{spec.unit}{spec.n}", spec.year is None
    if kind == "quarter_rel":
        if spec.year is not None:  # "the 1988 quarter": the quarter under report, in 1988
            q = ctx.quarter.split("-")[1] if ctx.quarter else None
            return "DATE", f"{spec.year}-{q}" if q else str(spec.year), q is not None
        if ctx.quarter and spec.rel != "latest":
            return "DATE", ctx.quarter, True
        return "DATE", _unit_value("quarter", anchor, -1) or "", True
    if kind == "year_ago":
        if ctx.quarter and "-Q" in ctx.quarter:
            q_year, q = ctx.quarter.split("-")
            return "DATE", f"{int(q_year) - 1}-{q}", True
        return "DATE", str(anchor.year - 1), True
    if kind == "season":
        year = spec.year if spec.year is not None else \
            _season_year(spec.value or "", spec.rel, anchor, direction)
        return "DATE", f"{year}-{spec.value}", spec.year is None
    if kind == "holiday":
        name = spec.value or ""
        year = spec.year if spec.year is not None else anchor.year
        d = _holiday(name, year)
        if d is None:
            return None
        if spec.year is None:
            d = _holiday(name, _year_for(d.month, d.day, anchor, direction)) or d
        return "DATE", d.isoformat(), spec.year is None
    return None


def _unanchored(spec: Spec) -> str:
    """A value with the unknown parts as X, when there is no anchor."""
    if spec.kind == "month" and spec.month:
        return f"XXXX-{spec.month:02d}"
    if spec.kind in ("quarter",):
        return f"{spec.year or 'XXXX'}-{spec.unit}{spec.n}"
    if spec.kind == "season":
        return f"{spec.year or 'XXXX'}-{spec.value}"
    if spec.kind == "rel_unit" and spec.unit == "week":
        return "XXXX-WXX"
    if spec.kind in ("rel_unit", "ago") and spec.unit in ("year", "Y"):
        return "XXXX"
    if spec.clock:
        return f"XXXX-XX-XXT{spec.clock}"
    return f"XXXX-XX-XXT{spec.pod}" if spec.pod else "XXXX-XX-XX"


_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?$")
_RANGE_BETWEEN = re.compile(r"^\s*(?:and|to|until|till|through|-|–)\s*$")
_RANGE_OPEN = re.compile(r"(?i:\b(?:between|from)\s+$)")
_RANGE_DASH = re.compile(r"^\s*[-–]\s*$")


def find_timexes(text: str, dct: dt.date | None, *,
                 direction: Direction | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, resolved against ``dct``.

    ``direction(start, end)`` gives the tense of the verb governing a span
    (:data:`PAST`, :data:`NONE`, :data:`FUTURE` or :data:`PRESENT`; optional).
    """
    ctx = _Context(dct=dct, ref=dct)
    out: list[Timex] = []
    clock_only: set[int] = set()  # indices of times of day that carry no date of their own
    for c in select(text):
        tense = direction(c.start, c.end) if direction else NONE
        resolved = _resolve(c.spec, ctx, tense)
        if resolved is None:
            continue
        ttype, value, anchored = resolved
        merged = _merge_date_clock(text, out, clock_only, c, value)
        if merged is not None:
            out[-1] = merged
            continue
        if c.spec.clock and c.spec.kind == "day" and c.spec.n == 0 and not c.spec.narrative:
            clock_only.add(len(out))
        ref_index = ctx.ref_index
        if c.spec.kind == "narr" and c.spec.unit in ("month", "year") and ctx.ref_month is not None:
            ref_index = ctx.ref_month[1]
        used_ref = c.spec.narrative and ref_index is not None
        timex = Timex(c.start, c.end, ttype, value, mod=c.spec.mod,
                      from_dct=anchored and not used_ref and dct is not None,
                      ref=ref_index if anchored and used_ref else None, quant=c.spec.quant)
        out.append(timex)
        day = _DAY_VALUE.match(value)
        if day and ttype in ("DATE", "TIME"):
            ctx.ref = dt.date(int(day[1]), int(day[2]), int(day[3]))
            ctx.ref_index = len(out) - 1
        month = _MONTH_VALUE.match(value)
        if month and ttype == "DATE":
            ctx.ref_month = (dt.date(int(month[1]), int(month[2]), 1), len(out) - 1)
        if c.spec.kind in ("quarter", "quarter_rel") and "-Q" in value:
            ctx.quarter = value
    return _link_ranges(text, out)


_DATE_CLOCK_GAP = re.compile(r"^\s*,?\s*(?:(?:at|around|about|on)\s+)?$")


def _merge_date_clock(text: str, out: list[Timex], clock_only: set[int], c: _Candidate,
                      value: str) -> Timex | None:
    """ "October 14, 8:00am" and "5 p.m. EST, Nov. 6" are one TIME: date + clock."""
    if not out or not _DATE_CLOCK_GAP.match(text[out[-1].end:c.start]):
        return None
    prev = out[-1]
    is_clock = c.spec.clock and c.spec.kind == "day" and c.spec.n == 0 and not c.spec.narrative
    if is_clock and prev.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d", prev.value):
        return replace(prev, end=c.end, type="TIME", value=f"{prev.value}T{c.spec.clock}")
    if (len(out) - 1) in clock_only and c.spec.kind == "cal" and c.spec.day and "T" not in value:
        clock_only.discard(len(out) - 1)
        return replace(prev, end=c.end, value=f"{value}{prev.value[prev.value.find('T'):]}",
                       from_dct=prev.from_dct and c.spec.year is None)
    return None


def _link_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """Mark "between X and Y", "from X to Y" and "2009-2010" as ranges (begin/end on both)."""
    result = list(timexes)
    for i in range(len(result) - 1):
        a, b = result[i], result[i + 1]
        if a.type not in ("DATE", "TIME") or b.type != a.type:
            continue
        gap = text[a.end:b.start]
        opened = _RANGE_OPEN.search(text, max(0, a.start - 9), a.start)
        if (opened and opened.end() == a.start and _RANGE_BETWEEN.match(gap)) or \
                (_RANGE_DASH.match(gap) and a.value.isdigit() and b.value.isdigit()):
            result[i] = replace(a, begin=a.value, end_value=b.value)
            result[i + 1] = replace(b, begin=a.value, end_value=b.value)
    return result


def calendar_day(value: str | None) -> dt.date | None:
    """The calendar date of a TIMEX3/ISO value (``2025-02-27``, ``2014-01-25TNI``), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
