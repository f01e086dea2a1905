"""News outlets: which outlet a name refers to, also when translation damaged it.

``outlet("Jerusalem Post Office")`` is The Jerusalem Post, ``outlet("Israeli
era")`` The Times of Israel (a machine-translation alias in the data file),
``outlet("Israel's Haaretz newspaper")`` Haaretz. The outlets, their aliases,
countries, languages and url domains are in ``truceline/data/outlets.json``.
Matching is exact on the aliases first; then a guarded fuzzy match
(rapidfuzz) that tolerates one stray word or a few wrong letters but never
maps a common phrase onto an outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlparse

from rapidfuzz import fuzz, process

from truceline.data import load_json

__all__ = ["OutletInfo", "aliases", "outlet", "outlet_for_url"]

FUZZY_MIN_SUBSET = 95  # token_set_ratio: the alias' words all there ("Jerusalem Post Office")
FUZZY_MIN_SPELLING = 85  # ratio for misspellings: one wrong letter in a 7-letter name ("Haarets") is 85.7
MAX_EXTRA_WORDS = 1  # one stray word from translation ("Office"); more is another name
MIN_FUZZY_ALIAS_CHARS = 6  # shorter aliases ("AP", "CNN") match exactly or not at all
MAX_NAME_WORDS = 7  # longer phrases are not outlet names
CASE_SENSITIVE_MAX = 4  # aliases this short ("AP", "Kan", "FT") must match in their case
OUTLET_CACHE = 2048

_LEAD = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSOR = re.compile(r"^[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:'s|’s)\s+")  # "Israel's ..."
_AFFIX = re.compile(r"^[\s\"'“”‘’(\[,.:;]+|[\s\"'“”‘’)\],.:;]+$")


@dataclass(frozen=True, slots=True)
class OutletInfo:
    name: str
    country: str | None = None  # ISO 3166-1 alpha-2
    language: str | None = None  # ISO 639-1
    domains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Tables:
    exact: dict[str, OutletInfo]  # lowercased alias -> outlet (aliases longer than CASE_SENSITIVE_MAX)
    short: dict[str, OutletInfo]  # alias as written -> outlet (short ones)
    fuzzy_keys: list[str]  # lowercased aliases long enough for fuzzy matching
    generic: re.Pattern[str]
    domains: dict[str, OutletInfo]


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


@cache
def _tables() -> _Tables:
    raw = load_json("outlets.json")
    exact: dict[str, OutletInfo] = {}
    short: dict[str, OutletInfo] = {}
    domains: dict[str, OutletInfo] = {}
    for row in raw["outlets"]:
        info = OutletInfo(row["name"], row.get("country"), row.get("language"),
                          tuple(row.get("domains", ())))
        for alias in (row["name"], *row["aliases"]):
            bare = _LEAD.sub("", alias)
            if len(bare) <= CASE_SENSITIVE_MAX:
                short[bare] = info
            else:
                exact[_norm(bare)] = info
        for domain in info.domains:
            domains[domain] = info
    generic_words = sorted(raw["generic_words"], key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in generic_words)
    generic = re.compile(rf"(?:\s+(?:{alternatives}))+$", re.IGNORECASE)
    fuzzy_keys = [k for k in exact if len(k) >= MIN_FUZZY_ALIAS_CHARS]
    return _Tables(exact, short, fuzzy_keys, generic, domains)


def aliases() -> dict[str, OutletInfo]:
    """Every alias (as written for short ones, lowercased for the rest) -> its outlet."""
    tables = _tables()
    return {**tables.exact, **tables.short}


def _candidates(text: str) -> list[str]:
    """The phrase, then without a possessor ("Israel's") and a generic tail ("newspaper")."""
    tables = _tables()
    base = _LEAD.sub("", _AFFIX.sub("", " ".join(text.split())))
    out = [base]
    for step in (_POSSESSOR, tables.generic):
        trimmed = _LEAD.sub("", step.sub("", out[-1])).strip()
        if trimmed and trimmed != out[-1]:
            out.append(trimmed)
    return out


@lru_cache(maxsize=OUTLET_CACHE)
def outlet(text: str) -> OutletInfo | None:
    """The outlet a name refers to, or ``None``."""
    tables = _tables()
    candidates = _candidates(text)
    for cand in candidates:
        if cand in tables.short:
            return tables.short[cand]
        if _norm(cand) in tables.exact:
            return tables.exact[_norm(cand)]
    for cand in candidates:
        words = cand.split()
        if not words or len(words) > MAX_NAME_WORDS or not words[0][:1].isupper():
            continue
        key = _norm(cand)
        hit = process.extractOne(key, tables.fuzzy_keys, scorer=fuzz.token_set_ratio,
                                 score_cutoff=FUZZY_MIN_SUBSET)
        if hit is not None and 1 < len(hit[0].split()) <= len(words) <= \
                len(hit[0].split()) + MAX_EXTRA_WORDS:  # the alias whole, plus one stray word
            return tables.exact[hit[0]]
        hit = process.extractOne(key, tables.fuzzy_keys, scorer=fuzz.ratio,
                                 score_cutoff=FUZZY_MIN_SPELLING)
        if hit is not None:
            return tables.exact[hit[0]]
    return None


def outlet_for_url(url: str) -> OutletInfo | None:
    """The outlet whose domain serves ``url`` ("https://www.jpost.com/..." -> The Jerusalem Post)."""
    host = (urlparse(url).hostname or "").lower()
    domains = _tables().domains
    while host:
        if host in domains:
            return domains[host]
        _, _, host = host.partition(".")
    return None
