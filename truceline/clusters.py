"""clusters: news articles grouped by the incident they report.

:func:`cluster_articles` puts the reports of one real-world incident together
and keeps different incidents apart; the store's reconciliation uses it, and it
is measured on the Gun Violence Archive's incidents (``truceline eval
gva-clusters``, benchmarks/README.md).

An article is read as a profile: its dates (publication, event times, and the
days the time stage resolved in its text), its cities, its casualty figures,
TF-IDF bags of content words and of names (capitalised words and pairs,
numbers) and of the title, the participants it introduces ("Iris Rodriguez,
7,", "22-year-old Marcus Lee Johnson"), the block addresses it names ("the 2000
block of Maple Avenue") and the (city, day) it reports on. Only some pairs are
scored (blocking, never all pairs): those published within a few days of each
other, those naming the same participant or block, those where one names a
participant the other introduced, and those where one names the day and city
the other reported on (a follow-up's "the Aug. 20 shooting in Hamden"). Groups
then merge best pair first, under average linkage.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from truceline.data import load_json
from truceline.record import ArticleFacts
from truceline.timex import calendar_day as _day

# ----------------------------------------------------------------- thresholds

# Articles published (or naming a date) within five days of each other are always
# compared. GVA dev: half the same-incident pairs are 3 days apart or less;
# later follow-ups are reached through participants and (city, day) keys, so a
# wider window only adds different shootings in the same news cycle
# (first clusterer: 14 days: P 0.85 R 0.77; 7 days: P 0.89 R 0.76; 2 days: P 0.90
# R 0.74; with the keys below: 7 days F1 0.853, 5 days 0.856).
ARTICLE_DATE_WINDOW_DAYS = 5
# Dates an article names count as its dates when at most this far before
# publication: follow-ups (charges, trials) name the incident's date; older
# dates are background.
MAX_MENTIONED_DATE_AGE_DAYS = 366
# A day named this close to publication is the day the article reports on
# ("Saturday night", "on Tuesday"); the publication day and the day before are too.
REPORTED_DAY_MAX_AGE_DAYS = 3
# Articles naming one participant are compared up to this far apart: a trial
# or sentencing comes within two years of the shooting; beyond that a shared
# name is more likely a namesake.
MAX_PARTICIPANT_GAP_DAYS = 730
# Article similarity is text similarity, raised by a share when the structured
# facts agree (a shared city, "one killed" or ATTACK alone is common to many
# incidents, so these multiply rather than add).
TEXT_WEIGHT = 0.4  # cosine over all content words
NAME_WEIGHT = 0.4  # cosine over capitalised words and pairs and numbers: victims, streets, ages
# Cosine over the title's words. Scraped pages often keep only the headline and
# the site's furniture ("Just One More Thing..."); the headline still names the
# place and who was shot. GVA dev: 0.2 -> P 0.90 R 0.77; 0 -> P 0.90 R 0.76;
# 0.35 -> P 0.89 R 0.76 (headlines share stock phrases).
TITLE_WEIGHT = 0.2
# The share of one title's rare words found in the other article: a scraped page
# that kept only its headline ("Woman fatally shot in Hazelwood is identified")
# against the full report of that shooting. It raises every pair a little, so
# MIN_ARTICLE_SIM rises with it (GVA dev, named participants on: 0.1 with
# threshold 0.18 -> P 0.88 R 0.83; 0 with 0.16 -> P 0.90 R 0.80; 0 with 0.18 ->
# P 0.91 R 0.78; 0.2 with 0.16 -> P 0.79 R 0.82).
TITLE_COVERAGE_WEIGHT = 0.1
PLACE_BONUS = 0.10  # a shared resolved place
FIGURE_BONUS = 0.10  # a shared killed/injured figure
TYPE_BONUS = 0.05  # a shared event type (weak: in shooting news every article is an ATTACK)
# Keys that do add: a participant named with an age or a role is one person in
# one incident (GVA dev: 868 of 906 article pairs sharing one are the same
# incident), so sharing one alone clears MIN_ARTICLE_SIM.
PARTICIPANT_BONUS = 0.3
# One names the day and city the other reported on: 72% of such pairs are the
# same incident (two shootings in one city on one day are not rare), so this
# only tips a pair whose words already agree.
REPORTED_DAY_BONUS = 0.05
# One article introduces a participant ("Shamoya McKenzie, 13,"), the other only
# names them ("Shamoya McKenzie's family"): such pairs are compared like those
# sharing a participant (the recall gain, weeks-later follow-ups: GVA dev R
# 0.80 -> 0.82 at threshold 0.19) but get a smaller bonus, the bare name being
# less sure (0.1 -> F1 0.852; 0.2 -> 0.850; 0.3 -> 0.851).
NAMED_PARTICIPANT_BONUS = 0.1
# A block address ("the 2000 block of Maple Avenue", "2034 Maple Ave.") is one
# scene: pairs sharing one are compared up to MAX_PARTICIPANT_GAP_DAYS apart and
# get this bonus. GVA dev raw text: 139 of 147 article pairs sharing one are the
# same incident; but most already share street and victim names, so the gain is
# small (0.3: F1 -0.002; 0.15 and 0 within 0.001 of each other).
ADDRESS_BONUS = 0.15
# Two groups merge when their average link reaches this. Distinct shootings in
# one city on one day (shared city, stock phrases) mostly score 0.05-0.10; the
# title coverage adds up to 0.1 to every pair (GVA dev: 0.17 -> P 0.876 R 0.837;
# 0.18 -> P 0.881 R 0.832; 0.19 -> P 0.891 R 0.816; 0.20 -> P 0.899 R 0.805).
MIN_ARTICLE_SIM = 0.18
MIN_TOKEN_LEN = 3  # shorter words are mostly function words and initials
MAX_DF_SHARE = 0.5  # words in more than half the articles carry no incident signal
# A line of at least BOILERPLATE_MIN_CHARS found verbatim in this many articles
# is the site's furniture (share buttons, copyright, "Image 1 of 44"), not the
# story: it linked different incidents reported by one outlet. Wire copy of one
# incident reprinted by two to four outlets stays.
BOILERPLATE_MIN_ARTICLES = 5
BOILERPLATE_MIN_CHARS = 20
CASUALTY_CATEGORIES = frozenset({"KILLED", "INJURED"})
DAY_TYPES = frozenset({"DATE", "TIME"})  # "Saturday night" is a TIME with the day resolved

_WORD = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*")
_NUMBER = re.compile(r"\b\d{1,4}\b")  # ages, counts, house and block numbers
# A name word: "Rodriguez", "O'Neal", and the inner capitals of "McKenzie", "DeShawn".
_NAME_WORD = r"(?:Mc|Mac|O['’]|De|La|Le|Di)?[A-Z][a-z'’-]+"
_CAPITALISED_RUN = re.compile(rf"\b{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*")
_POSSESSIVE = re.compile(r"['’]s?$")  # "McKenzie's family" names McKenzie
_PERSON = rf"{_NAME_WORD}(?: [A-Z]\.)?(?: {_NAME_WORD})+"
_SUFFIX = r"(?:,? (?:Jr|Sr)\.?|,? I{2,3})?"  # "John Smith Jr., 25," is John Smith
# How crime news introduces the people of the incident: with an age, an
# identification, their part in it, or what happened to them.
_PARTICIPANT = (
    re.compile(rf"({_PERSON}){_SUFFIX}, (?:age |aged )?\d{{1,2}}\b"),
    re.compile(rf"({_PERSON}){_SUFFIX},? (?:an?|the) \d{{1,2}}-year-old"),
    re.compile(rf"\b\d{{1,2}}-year-old (?:[a-z]+ )?({_PERSON})"),
    re.compile(rf"\b(?:identified as|identified the (?:\w+ )?\w+ as|named|victims?,?|suspects?,?"
               rf"|gunman,?|shooter,?|charged|arrested|(?:death|shooting|killing|murder|slaying) of)"
               rf" ({_PERSON})"),
    re.compile(rf"({_PERSON}){_SUFFIX},? (?:was|were|had been) "
               r"(?:shot|killed|fatally|wounded|charged|arrested|found|pronounced|sentenced|convicted"
               r"|booked)"),
    re.compile(rf"({_PERSON}){_SUFFIX},? (?:died|is charged|faces|pleaded)"),
)
# Capitalised pairs the participant patterns catch that are not people.
_NOT_FIRST_NAMES = frozenset({"on", "in", "at", "the", "police", "officer", "officers"})
_NOT_LAST_NAMES = frozenset({"side", "city", "county", "police"})
_STREET = re.compile(
    r"\b(?P<number>\d{1,5}) (?:block of )?(?:(?:the )?(?:North|South|East|West|[NSEW]\.?) )?"
    r"(?P<name>(?:[A-Z][a-z'’-]+|\d{1,3}(?:st|nd|rd|th))(?: [A-Z][a-z'’-]+){0,2}?) "
    r"(?P<suffix>[A-Z][a-z]{1,8})\b")
BLOCK_SIZE = 100  # "2034 Maple Ave." is in "the 2000 block of Maple Avenue"
_STOPWORDS = frozenset(
    "the and for that with was were are has have had his her their they this from not but "
    "been will would said says who which when where after before about into over also than "
    "its our out one two him she them there then what all can could more most other some such "
    "only any may might just new year years day days week weeks time told news".split()
)

Spot = tuple[str, dt.date]  # (city, day)


@dataclass(frozen=True, slots=True)
class _Profile:
    """What article similarity reads."""

    published: dt.date | None
    dates: frozenset[dt.date]  # publication, event times, days named in the text
    places: frozenset[str]
    figures: frozenset[tuple[str, float]]
    types: frozenset[str]
    words: Counter[str]
    names: Counter[str]
    title: Counter[str]
    participants: frozenset[str]  # "first last", case folded
    name_pairs: frozenset[str]  # every pair of adjacent capitalised words: "shamoya mckenzie"
    reported: frozenset[Spot]  # the (city, day) the article reports on
    named: frozenset[Spot]  # every (city, day ±1) it names
    addresses: frozenset[str]  # "2000 maple ave"


@cache
def _street_suffixes() -> dict[str, str]:
    """Street-type word (case folded) -> its one form: "avenue" and "ave" -> "ave"."""
    suffixes: dict[str, str] = load_json("street_suffixes.json")["suffixes"]
    return suffixes


def _addresses(text: str) -> set[str]:
    """Block addresses named in ``text``: "2034 Maple Ave." -> "2000 maple ave"."""
    suffixes = _street_suffixes()
    blocks = set()
    for m in _STREET.finditer(text):
        suffix = suffixes.get(m.group("suffix").lower())
        if suffix is not None:
            number = int(m.group("number")) // BLOCK_SIZE * BLOCK_SIZE
            blocks.add(f"{number} {m.group('name').lower()} {suffix}")
    return blocks


def _boilerplate(records: Sequence[ArticleFacts]) -> frozenset[str]:
    lines: Counter[str] = Counter()
    for facts in records:
        lines.update({s for line in facts.article.text.split("\n")
                      if len(s := line.strip()) >= BOILERPLATE_MIN_CHARS})
    return frozenset(line for line, n in lines.items() if n >= BOILERPLATE_MIN_ARTICLES)


def _content_words(text: str) -> Counter[str]:
    return Counter(w for w in _WORD.findall(text.lower())
                   if len(w) >= MIN_TOKEN_LEN and w not in _STOPWORDS)


def _profile(facts: ArticleFacts, boilerplate: frozenset[str]) -> _Profile:
    published = _day(facts.article.published)
    named_days = {d for t in facts.times if t.type in DAY_TYPES and (d := _day(t.value))
                  and published and 0 <= (published - d).days <= MAX_MENTIONED_DATE_AGE_DAYS}
    dates = set(named_days)
    dates |= {d for e in facts.events if (d := _day(e.time)) and e.modality == "happened"}
    reported = {d for d in named_days
                if published and (published - d).days <= REPORTED_DAY_MAX_AGE_DAYS}
    if published:
        dates.add(published)
        reported |= {published, published - dt.timedelta(days=1)}
    places = {m.kb_id or m.canonical.casefold() for m in facts.mentions if m.kind == "PLACE"}
    cities = {m.kb_id or m.canonical.casefold() for m in facts.mentions
              if m.kind == "PLACE" and (m.feature_class or "P").startswith("P")}
    figures = {(f.category, f.value) for f in facts.figures
               if f.category in CASUALTY_CATEGORIES and f.value is not None}
    body = "\n".join(line for line in facts.article.text.split("\n")
                     if line.strip() not in boilerplate)
    text = f"{facts.article.title or ''}\n{body}"
    words = _content_words(text)
    names: Counter[str] = Counter()
    for run in _CAPITALISED_RUN.findall(text):
        parts = [w for word in run.lower().split() if len(w := _POSSESSIVE.sub("", word)) >= MIN_TOKEN_LEN
                 and w not in _STOPWORDS]
        names.update(parts)
        names.update(f"{a} {b}" for a, b in itertools.pairwise(parts))  # "edwards street"
    names.update(f"#{n}" for n in _NUMBER.findall(text))
    addresses = _addresses(text)
    place_names = {m.text.casefold() for m in facts.mentions if m.kind == "PLACE"}
    participants = set()
    for pattern in _PARTICIPANT:
        for m in pattern.finditer(text):
            name_words = m.group(1).lower().split()
            first, last = name_words[0], name_words[-1]
            if (first in _NOT_FIRST_NAMES or last in _street_suffixes() or last in _NOT_LAST_NAMES
                    or " ".join(name_words) in place_names):
                continue  # "On Sunday, 2", "Mount Vernon, 13", "Third Avenue was ..."
            participants.add(f"{first} {last}")  # "Gerald M. Berkey" = "Gerald Berkey"
    return _Profile(
        published=published, dates=frozenset(dates), places=frozenset(places),
        figures=frozenset(figures), types=frozenset(e.type for e in facts.events),
        words=words, names=names, title=_content_words(facts.article.title or ""),
        participants=frozenset(participants),
        name_pairs=frozenset(n for n in names if " " in n),
        reported=frozenset((c, d) for c in cities for d in reported),
        named=frozenset((c, d + dt.timedelta(days=k))
                        for c in cities for d in named_days for k in (-1, 0, 1)),
        addresses=frozenset(addresses),
    )


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


# words, names, title; and the title's words weighted by their IDF over the articles' words
Vectors = tuple[dict[str, float], dict[str, float], dict[str, float], dict[str, float]]


def _title_idf(profiles: Sequence[_Profile]) -> list[dict[str, float]]:
    """Each title's words with their IDF over all articles' words (rare words weigh more)."""
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.words.keys())
    n = len(profiles)
    max_df = max(2, int(n * MAX_DF_SHARE))
    return [{w: math.log((n + 1) / (df[w] + 1)) for w in p.title if df[w] <= max_df}
            for p in profiles]


def _title_coverage(title: dict[str, float], words: dict[str, float]) -> float:
    """The share of a title's IDF mass that the other article's words contain."""
    total = sum(title.values())
    return sum(v for w, v in title.items() if w in words) / total if total else 0.0


def _similarity(a: _Profile, b: _Profile, va: Vectors, vb: Vectors) -> float:
    """Text similarity, raised when the structured facts agree; plus the incident keys."""
    text = (TEXT_WEIGHT * _cosine(va[0], vb[0]) + NAME_WEIGHT * _cosine(va[1], vb[1])
            + TITLE_WEIGHT * _cosine(va[2], vb[2])
            + TITLE_COVERAGE_WEIGHT * max(_title_coverage(va[3], vb[0]),
                                          _title_coverage(vb[3], va[0])))
    boost = 1.0
    if a.places & b.places:
        boost += PLACE_BONUS
    if a.figures & b.figures:
        boost += FIGURE_BONUS
    if a.types & b.types:
        boost += TYPE_BONUS
    sim = text * boost
    if a.participants & b.participants:
        sim += PARTICIPANT_BONUS
    elif a.participants & b.name_pairs or b.participants & a.name_pairs:
        sim += NAMED_PARTICIPANT_BONUS
    if a.reported & b.named or b.reported & a.named:
        sim += REPORTED_DAY_BONUS
    if a.addresses & b.addresses:
        sim += ADDRESS_BONUS
    return sim


def _pair(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _close_in_time(a: _Profile, b: _Profile, window: int) -> bool:
    if not a.dates or not b.dates:
        return True  # undated: let the words decide
    return min(abs((x - y).days) for x in a.dates for y in b.dates) <= window


def _candidates(profiles: Sequence[_Profile], window_days: int) -> set[tuple[int, int]]:
    """The pairs worth scoring: close in time, naming one participant, or one naming
    the (city, day) the other reported on. Never all pairs."""
    out: set[tuple[int, int]] = set()
    order = sorted(range(len(profiles)), key=lambda i: min(profiles[i].dates, default=dt.date.max))
    for pos, i in enumerate(order):
        first_i = min(profiles[i].dates, default=None)
        for j in order[pos + 1:]:
            first_j = min(profiles[j].dates, default=None)
            if first_i and first_j and (first_j - first_i).days > window_days + 1:
                break  # sorted by first date: every later one is further away
            if _close_in_time(profiles[i], profiles[j], window_days):
                out.add(_pair(i, j))
    by_participant: dict[str, list[int]] = defaultdict(list)  # participants and block addresses
    by_spot: dict[Spot, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for name in p.participants | p.addresses:
            by_participant[name].append(i)
        for spot in p.reported:
            by_spot[spot].append(i)
    for ids in by_participant.values():
        for i, j in itertools.combinations(ids, 2):
            pi, pj = profiles[i].published, profiles[j].published
            if not (pi and pj) or abs((pi - pj).days) <= MAX_PARTICIPANT_GAP_DAYS:
                out.add(_pair(i, j))
    for i, p in enumerate(profiles):  # one introduces a participant, the other only names them
        for name in p.name_pairs:
            for j in by_participant.get(name, ()):
                pi, pj = p.published, profiles[j].published
                if j != i and (not (pi and pj) or abs((pi - pj).days) <= MAX_PARTICIPANT_GAP_DAYS):
                    out.add(_pair(i, j))
    for i, p in enumerate(profiles):
        for spot in p.named:
            out.update(_pair(i, j) for j in by_spot.get(spot, ()) if j != i)
    return out


def cluster_articles(records: Sequence[ArticleFacts], *, min_sim: float = MIN_ARTICLE_SIM,
                     window_days: int = ARTICLE_DATE_WINDOW_DAYS) -> list[list[int]]:
    """Groups of indices into ``records``, one group per incident, in input order.

    Candidate pairs (see :func:`_candidates`) are scored; pairs at or above
    ``min_sim`` merge best first, and two groups join only when their average
    link (unscored pairs count 0) reaches ``min_sim`` too: one chance match does
    not chain two incidents.
    """
    boilerplate = _boilerplate(records)
    profiles = [_profile(f, boilerplate) for f in records]
    vectors = list(zip(_tfidf([p.words for p in profiles]), _tfidf([p.names for p in profiles]),
                       _tfidf([p.title for p in profiles]), _title_idf(profiles), strict=True))
    edges: list[tuple[float, int, int]] = []
    sims: dict[tuple[int, int], float] = {}
    for i, j in _candidates(profiles, window_days):
        sim = _similarity(profiles[i], profiles[j], vectors[i], vectors[j])
        sims[(i, j)] = sim
        if sim >= min_sim:
            edges.append((sim, i, j))
    group_of = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    for _, i, j in sorted(edges, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        links = [sims.get(_pair(a, b), 0.0) for a in members[gi] for b in members[gj]]
        if sum(links) / len(links) < min_sim:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


__all__ = ["cluster_articles"]
