"""clusters: news articles grouped by the incident they report.

:func:`cluster_articles` is what the store's reconciliation uses to put the
reports of one real-world incident together (and keep different incidents
apart); it is measured on the Gun Violence Archive's incidents
(``truceline eval gva-clusters``, benchmarks/README_clusters.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from truceline.record import ArticleFacts

# Articles on one incident are compared when published within two weeks of each
# other (or of an event date they report).
ARTICLE_DATE_WINDOW_DAYS = 14
# Dates an article mentions count as its dates when at most this far before
# publication: follow-ups (charges, trials) name the incident's date.
MAX_MENTIONED_DATE_AGE_DAYS = 366
TEXT_WEIGHT = 0.5  # cosine over all content words
NAME_WEIGHT = 0.5  # cosine over capitalised words and small numbers: victims, streets, ages
PLACE_BONUS = 0.10  # a shared resolved place
FIGURE_BONUS = 0.10  # a shared casualty figure (category and value)
TYPE_BONUS = 0.05  # a shared event type (weak: on GVA every article is an ATTACK)
MIN_ARTICLE_SIM = 0.16
MIN_TOKEN_LEN = 3  # shorter words are mostly function words and initials
MAX_DF_SHARE = 0.5  # words in more than half the articles carry no incident signal
CASUALTY_CATEGORIES = frozenset({"KILLED", "INJURED"})

_WORD = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*")
_NAME = re.compile(r"\b[A-Z][a-zA-Z'-]+")
_SMALL_NUMBER = re.compile(r"\b\d{1,3}\b")  # ages, counts, house numbers
_STOPWORDS = frozenset(
    "the and for that with was were are has have had his her their they this from not but "
    "been will would said says who which when where after before about into over also than "
    "its our out one two him she them there then what all can could more most other some such "
    "only any may might just new year years day days week weeks time told news".split()
)


def _day(value: str | None) -> dt.date | None:
    """The calendar date of a TIMEX3/ISO value (``2014-01-27``, ``2014-01-27TNI``), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Profile:
    """What article similarity reads: dates, places, figures, event types, words."""

    dates: frozenset[dt.date]
    places: frozenset[str]
    figures: frozenset[tuple[str, float]]
    types: frozenset[str]
    words: Counter[str]
    names: Counter[str]


def _profile(facts: ArticleFacts) -> _Profile:
    published = _day(facts.article.published)
    dates = {published} if published else set()
    dates |= {d for e in facts.events if (d := _day(e.time)) and e.modality == "happened"}
    if published:
        dates |= {d for t in facts.times if t.type == "DATE" and (d := _day(t.value))
                  and 0 <= (published - d).days <= MAX_MENTIONED_DATE_AGE_DAYS}
    places = {m.kb_id or m.canonical.casefold() for m in facts.mentions if m.kind == "PLACE"}
    figures = {(f.category, f.value) for f in facts.figures
               if f.category in CASUALTY_CATEGORIES and f.value is not None}
    text = f"{facts.article.title or ''}\n{facts.article.text}"
    words = Counter(w for w in _WORD.findall(text.lower())
                    if len(w) >= MIN_TOKEN_LEN and w not in _STOPWORDS)
    names = Counter(w for w in (m.lower() for m in _NAME.findall(text))
                    if len(w) >= MIN_TOKEN_LEN and w not in _STOPWORDS)
    names.update(f"#{n}" for n in _SMALL_NUMBER.findall(text))
    return _Profile(frozenset(dates), frozenset(places), frozenset(figures),
                    frozenset(e.type for e in facts.events), words, names)


def _tfidf(bags: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (sublinear tf) of word bags."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    max_df = max(2, int(n * MAX_DF_SHARE))
    vectors = []
    for bag in bags:
        vec = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 1))
               for w, c in bag.items() if df[w] <= max_df}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _close_in_time(a: _Profile, b: _Profile, window: int) -> bool:
    if not a.dates or not b.dates:
        return True  # undated: let the words decide
    return min(abs((x - y).days) for x in a.dates for y in b.dates) <= window


Vectors = tuple[dict[str, float], dict[str, float]]


def _similarity(a: _Profile, b: _Profile, va: Vectors, vb: Vectors) -> float:
    """Text similarity, raised when the structured facts agree."""
    text = TEXT_WEIGHT * _cosine(va[0], vb[0]) + NAME_WEIGHT * _cosine(va[1], vb[1])
    boost = 1.0
    if a.places & b.places:
        boost += PLACE_BONUS
    if a.figures & b.figures:
        boost += FIGURE_BONUS
    if a.types & b.types:
        boost += TYPE_BONUS
    return text * boost


def cluster_articles(records: Sequence[ArticleFacts], *, min_sim: float = MIN_ARTICLE_SIM,
                     window_days: int = ARTICLE_DATE_WINDOW_DAYS) -> list[list[int]]:
    """Groups of indices into ``records``, one group per incident, in input order."""
    profiles = [_profile(f) for f in records]
    vectors = list(zip(_tfidf([p.words for p in profiles]), _tfidf([p.names for p in profiles]),
                       strict=True))
    order = sorted(range(len(records)), key=lambda i: min(profiles[i].dates, default=dt.date.max))
    edges: list[tuple[float, int, int]] = []
    sims: dict[tuple[int, int], float] = {}
    for pos, i in enumerate(order):
        first_i = min(profiles[i].dates, default=None)
        for j in order[pos + 1:]:
            first_j = min(profiles[j].dates, default=None)
            if first_i and first_j and (first_j - first_i).days > window_days + 1:
                break
            if not _close_in_time(profiles[i], profiles[j], window_days):
                continue
            sim = _similarity(profiles[i], profiles[j], vectors[i], vectors[j])
            key = (min(i, j), max(i, j))
            sims[key] = sim
            if sim >= min_sim:
                edges.append((sim, *key))
    group_of = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    for _, i, j in sorted(edges, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        links = [sims.get((min(a, b), max(a, b)), 0.0) for a in members[gi] for b in members[gj]]
        if sum(links) / len(links) < min_sim:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


__all__ = ["cluster_articles"]
