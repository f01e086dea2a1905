"""Numbers as news writes them: digits, words, mixed, vague, fractions.

Pure functions over token texts; the lexicon is ``data/figures_numbers.json``
(loaded once). :func:`parse_number` turns the texts of consecutive tokens
("1.2", "million"; "twenty", "-", "five"; "three", "hundred") into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from truceline.data import load_json

__all__ = ["NumberLexicon", "is_number_word", "lexicon", "parse_number", "token_value"]

# "1,200", "48,000", "1.2", "0.3", ".500" (a sports record), "13000"
_DIGITS = re.compile(r"^[~-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")  # "~45": about 45; "-1.3": negative
# denominators that make a slash a fraction, not a date ("9/11") or a score
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128})
_FRACTION = re.compile(r"^(\d{1,3})[/\u2044](\d{1,4})$")  # "1/2", "1/16", "1⁄32" (fraction slash)
# "5bn", "1.2m", "20k", "$5m" after the symbol is split off
_DIGITS_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    units: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    no_value: frozenset[str]
    fractions: dict[str, float]
    approx: tuple[str, ...]
    lower: tuple[str, ...]
    upper: tuple[str, ...]
    relative_heads: tuple[str, ...]


@cache
def lexicon() -> NumberLexicon:
    raw: dict[str, Any] = load_json("figures_numbers.json")
    # longest phrases first, so "more than" wins over "more"
    def phrases(key: str) -> tuple[str, ...]:
        return tuple(sorted(raw[key], key=lambda p: -len(p.split())))
    return NumberLexicon(
        units={k: float(v) for k, v in raw["units"].items()},
        tens={k: float(v) for k, v in raw["tens"].items()},
        scales={k: float(v) for k, v in raw["scales"].items()},
        vague={k: float(v) for k, v in raw["vague"].items()},
        no_value=frozenset(raw["no_value"]),
        fractions={k: float(v) for k, v in raw["fractions"].items()},
        approx=phrases("approx"), lower=phrases("lower"), upper=phrases("upper"),
        relative_heads=tuple(raw["relative_heads"]),
    )


def is_digits(text: str) -> bool:
    return bool(text) and any(c.isdigit() for c in text) and bool(
        _DIGITS.match(text) or _DIGITS_SCALE.match(text) or _fraction(text) is not None)


def _fraction(text: str) -> float | None:
    """"1/2" -> 0.5; None for what is not a proper fraction ("7/21" is a date)."""
    match = _FRACTION.match(text)
    if not match:
        return None
    num, den = int(match.group(1)), int(match.group(2))
    return num / den if 0 < num < den and den in FRACTION_DENOMINATORS else None


# Scale abbreviations ("m", "k", "bn") count only right after digits; spelled
# scales ("million") also after number words.
_SPELLED_SCALES = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})


def is_number_word(text: str, *, after_number: bool = False) -> bool:
    """Whether one token's text is part of a number (digits, a word, a scale)."""
    low = text.lower()
    lex = lexicon()
    if is_digits(text) or low in lex.units or low in lex.tens or low in _SPELLED_SCALES:
        return True
    return after_number and low in lex.scales


def token_value(text: str) -> float | None:
    """The value of one token ("1,200" -> 1200.0, "twenty" -> 20.0, "5bn" -> 5e9)."""
    low = text.lower()
    lex = lexicon()
    if low in lex.units:
        return lex.units[low]
    if low in lex.tens:
        return lex.tens[low]
    match = _DIGITS_SCALE.match(text)
    if match:
        return float(match.group(1)) * lex.scales[match.group(2).lower()]
    fraction = _fraction(text)
    if fraction is not None:
        return fraction
    if is_digits(text):
        return float(text.replace(",", "").lstrip("~"))
    return None


def parse_number(texts: list[str]) -> float | None:
    """The value of a run of number tokens, e.g. ["1.2", "million"] -> 1.2e6,
    ["twenty", "-", "five"] -> 25, ["two", "hundred", "and", "fifty"] -> 250,
    ["two", "and", "a", "half"] -> 2.5."""
    lex = lexicon()
    total = 0.0
    current: float | None = None
    seen = False
    for text in texts:
        low = text.lower()
        if low in ("-", "and", "a"):
            continue
        if low in lex.scales and (seen or low in _SPELLED_SCALES):
            scale = lex.scales[low]
            base = current if current is not None else 1.0
            if scale < 1000:
                current = base * scale
            else:
                total += base * scale
                current = None
            seen = True
            continue
        if seen and low in lex.fractions:  # "two and a half"
            current = (current or 0.0) + lex.fractions[low]
            continue
        value = token_value(text)
        if value is None:
            return None
        current = (current or 0.0) + value
        seen = True
    if not seen:
        return None
    return total + (current or 0.0)
