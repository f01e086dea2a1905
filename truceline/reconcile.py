"""reconcile: one record across many reports.

Pure functions over a sequence of :class:`ArticleFacts` (what a store holds):

- :func:`resolve_entities`: actors and places resolved across articles (by
  knowledge-base id, else by canonical name), with every surface form seen;
- :func:`cluster_events`: one real-world event reported many times is one
  :class:`EventCluster` listing every report and source;
- :func:`cluster_articles`: articles grouped by the incident they report
  (date, place, figures, event type and text similarity), used for event
  clusters and measured on the GVA incidents (``truceline eval gva-clusters``);
- :func:`figure_series` and :func:`contradictions`: figures per category and
  subject over time, every source kept, disagreements flagged with both values
  and both sources, and a conservative reading as ACLED takes it (the lowest
  credible figure);
- :func:`position_tracks`: each party's stance per topic over time, changes marked;
- :func:`agreements` and :func:`timeline`: the deal's phases and the dated
  sequence of events.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from truceline.record import ArticleFacts, Claim, Figure, Phase, Position

# ----------------------------------------------------------------- thresholds

# Categories whose figures form series over time. DURATION, DISTANCE, MONEY and
# OTHER are terms and measures ("42 days", "100 metres"), not counts that
# sources report and dispute.
SERIES_CATEGORIES = frozenset({
    "KILLED", "INJURED", "HOSTAGES_HELD", "HOSTAGES_RELEASED", "BODIES_RETURNED",
    "PRISONERS_RELEASED", "TAKEN_HOSTAGE", "ARRESTED", "DISPLACED", "ATTACKERS", "AID",
})
APPROX_TOLERANCE = 0.10  # "about 600" covers 540-660: wire copy rounds to the nearest ten or hundred
EVENT_DATE_TOLERANCE_DAYS = 1  # one event reported the next morning, or dated in another time zone
# Articles on one incident are compared when published within two weeks of each
# other (or of an event date they report). GVA dev: half the same-incident pairs
# are 3 days apart or less, but a quarter are over 40 days apart (trials,
# anniversaries); widening the window to 30-60 days cost more precision than it
# gained recall.
ARTICLE_DATE_WINDOW_DAYS = 14
# Dates an article mentions count as its dates when at most this far before
# publication: follow-ups (charges, trials) name the incident's date; older
# dates are background. On GVA dev they raise pairwise F1 by about 0.02.
MAX_MENTIONED_DATE_AGE_DAYS = 366
# Article similarity is text similarity, raised by a share when the structured
# facts agree. Added (not multiplied) bonuses linked different incidents by a
# shared city and "one killed" alone: GVA dev precision fell from 0.88 to 0.56.
TEXT_WEIGHT = 0.5  # cosine over all content words
NAME_WEIGHT = 0.5  # cosine over capitalised words and small numbers: victims, streets, ages
PLACE_BONUS = 0.10  # a shared resolved place
FIGURE_BONUS = 0.10  # a shared casualty/hostage figure (category and value)
TYPE_BONUS = 0.05  # a shared event type (weak: on GVA every article is an ATTACK)
# Two groups of articles merge when their average link reaches this. GVA dev
# (first 800 articles, pipeline facts): 0.16 -> P 0.89 R 0.64; 0.20 -> P 0.90
# R 0.60. Distinct shootings in one city on one day (shared city, stock
# phrases) mostly score 0.05-0.10.
MIN_ARTICLE_SIM = 0.16
MIN_TOKEN_LEN = 3  # shorter words are mostly function words and initials
MAX_DF_SHARE = 0.5  # words in more than half the articles carry no incident signal

POLARITY = {"DEMAND": 1, "PROPOSE": 1, "SUPPORT": 1, "ACCEPT": 1, "OPPOSE": -1, "REFUSE": -1}

_WORD = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*")
_NAME = re.compile(r"\b[A-Z][a-zA-Z'-]+")
_SMALL_NUMBER = re.compile(r"\b\d{1,3}\b")  # ages, counts, house numbers
_STOPWORDS = frozenset(
    "the and for that with was were are has have had his her their they this from not but "
    "been will would said says who which when where after before about into over also than "
    "its our out one two him she them there then what all can could more most other some such "
    "only any may might just new year years day days week weeks time told news".split()
)


# ------------------------------------------------------------------ helpers


def as_date(value: str | None) -> dt.date | None:
    """The calendar date of a TIMEX3/ISO value (``2025-02-27``, ``2025-02-27T10:00``), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Where one fact was read: article, outlet, who said it, and the words."""

    article_id: str
    outlet: str | None
    published: str | None
    source: str  # the claim's source, else the outlet, else the article's path
    text: str
    span: tuple[int, int]


def _claim_source(facts: ArticleFacts, claim_id: str | None) -> str | None:
    if not claim_id:
        return None
    claim = facts.fact(claim_id)
    return claim.source.canonical if isinstance(claim, Claim) else None


def _outlet(facts: ArticleFacts) -> str:
    """Who published the article: the outlet, else the address or file name."""
    a = facts.article
    return a.outlet or a.url or (PurePath(a.path).name if a.path else a.id)


def _report(facts: ArticleFacts, fact_text: str, span: tuple[int, int],
            claim_id: str | None) -> Report:
    a = facts.article
    return Report(article_id=a.id, outlet=a.outlet, published=a.published,
                  source=_claim_source(facts, claim_id) or _outlet(facts),
                  text=fact_text, span=span)


# ------------------------------------------------------------------ entities


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """An actor or place resolved across articles."""

    canonical: str
    kind: str
    kb_id: str | None
    aliases: tuple[str, ...]  # every surface form seen
    articles: int  # how many articles mention it
    lat: float | None = None
    lon: float | None = None


@dataclass
class Resolver:
    """Maps any name seen (canonical or surface, case folded) to its entity."""

    entities: list[Entity] = field(default_factory=list)
    by_name: dict[str, Entity] = field(default_factory=dict)

    def name(self, value: str | None) -> str | None:
        """The resolved canonical name of ``value`` (itself when unknown)."""
        if not value:
            return value
        entity = self.by_name.get(value.casefold())
        return entity.canonical if entity else value


def resolve_entities(records: Iterable[ArticleFacts]) -> Resolver:
    """Actors and places across articles: one entity per kb id (else per canonical name)."""
    groups: dict[str, list[tuple[str, ArticleFacts, object]]] = defaultdict(list)
    for facts in records:
        for m in facts.mentions:
            key = f"kb:{m.kb_id}" if m.kb_id else f"name:{m.kind}:{m.canonical.casefold()}"
            groups[key].append((m.canonical, facts, m))
    resolver = Resolver()
    for items in groups.values():
        mentions = [m for _, _, m in items]
        canonical = Counter(c for c, _, _ in items).most_common(1)[0][0]
        first = mentions[0]
        aliases = sorted({getattr(m, "text", "") for m in mentions} | {canonical})
        entity = Entity(canonical=canonical, kind=getattr(first, "kind", "ACTOR"),
                        kb_id=getattr(first, "kb_id", None), aliases=tuple(aliases),
                        articles=len({f.article.id for _, f, _ in items}),
                        lat=getattr(first, "lat", None), lon=getattr(first, "lon", None))
        resolver.entities.append(entity)
        for alias in (*aliases, *(c for c, _, _ in items)):
            resolver.by_name.setdefault(alias.casefold(), entity)
    resolver.entities.sort(key=lambda e: (-e.articles, e.canonical))
    return resolver


# ------------------------------------------------------------------ article clusters


@dataclass(frozen=True, slots=True)
class _Profile:
    """What article similarity reads: dates, places, figures, event types, words."""

    dates: frozenset[dt.date]
    places: frozenset[str]
    figures: frozenset[tuple[str, float]]
    types: frozenset[str]
    words: Counter[str]
    names: Counter[str]


def _profile(facts: ArticleFacts, resolver: Resolver) -> _Profile:
    published = as_date(facts.article.published)
    dates = {published} if published else set()
    dates |= {d for e in facts.events if (d := as_date(e.time)) and e.modality == "happened"}
    if published:  # a follow-up names the incident's date: "the shooting on Jan. 27"
        dates |= {d for t in facts.times if t.type == "DATE" and (d := as_date(t.value))
                  and 0 <= (published - d).days <= MAX_MENTIONED_DATE_AGE_DAYS}
    places = {(resolver.name(m.canonical) or m.canonical).casefold()
              for m in facts.mentions if m.kind == "PLACE"}
    figures = {(f.category, f.value) for f in facts.figures
               if f.category in SERIES_CATEGORIES and f.value is not None}
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
    """Text similarity, raised when the structured facts agree (they never link on their own:
    a shared city, "one killed" or ATTACK is common to many incidents)."""
    text = TEXT_WEIGHT * _cosine(va[0], vb[0]) + NAME_WEIGHT * _cosine(va[1], vb[1])
    boost = 1.0
    if a.places & b.places:
        boost += PLACE_BONUS
    if a.figures & b.figures:
        boost += FIGURE_BONUS
    if a.types & b.types:
        boost += TYPE_BONUS
    return text * boost


def cluster_articles(records: Sequence[ArticleFacts], *, resolver: Resolver | None = None,
                     min_sim: float = MIN_ARTICLE_SIM,
                     window_days: int = ARTICLE_DATE_WINDOW_DAYS) -> list[list[int]]:
    """Groups of indices into ``records``, one group per incident, in input order.

    Pairs within ``window_days`` of each other are scored (text cosine over
    TF-IDF words and names plus bonuses for a shared place, figure and event
    type); pairs at or above ``min_sim`` are merged best first, and two groups
    join only when their average link reaches ``min_sim`` too.
    """
    resolver = resolver or resolve_entities(records)
    profiles = [_profile(f, resolver) for f in records]
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
                break  # sorted by first date: every later one is further away
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
            continue  # average link: one chance match does not chain two incidents
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


# ------------------------------------------------------------------ event clusters


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCluster:
    """One real-world event, every report of it."""

    id: str
    type: str
    date: str | None
    place: str | None
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    mediators: tuple[str, ...]
    modality: str
    figures: tuple[tuple[str, float], ...]  # (category, value) attached in any report
    reports: tuple[Report, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.source for r in self.reports))


@dataclass
class _Building:
    type: str
    day: dt.date | None
    place: str | None
    modality: str
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    mediators: set[str] = field(default_factory=set)
    figures: set[tuple[str, float]] = field(default_factory=set)
    reports: list[Report] = field(default_factory=list)


def _compatible(c: _Building, type_: str, day: dt.date | None, place: str | None,
                modality: str, actors: set[str]) -> bool:
    if c.type != type_ or c.modality != modality:
        return False
    if c.day and day and abs((c.day - day).days) > EVENT_DATE_TOLERANCE_DAYS:
        return False
    if c.place and place and c.place.casefold() != place.casefold():
        return False
    return not (c.actors and actors and not c.actors & actors)


def cluster_events(records: Sequence[ArticleFacts], *,
                   resolver: Resolver | None = None) -> list[EventCluster]:
    """Events across articles merged when type, modality, date (±1 day), place and
    actors agree (an unknown place or actor set agrees with any); sorted by date."""
    resolver = resolver or resolve_entities(records)
    building: list[_Building] = []
    for facts in records:
        published = as_date(facts.article.published)
        for e in facts.events:
            day = as_date(e.time) or (published if e.modality == "happened" else None)
            place = resolver.name(e.place)
            actors = {a for a in (resolver.name(x) for x in e.actors) if a}
            cluster = next((c for c in building
                            if _compatible(c, e.type, day, place, e.modality, actors)), None)
            if cluster is None:
                cluster = _Building(type=e.type, day=day, place=place, modality=e.modality)
                building.append(cluster)
            cluster.day = cluster.day or day
            cluster.place = cluster.place or place
            cluster.actors |= actors
            cluster.targets |= {t for t in (resolver.name(x) for x in e.targets) if t}
            cluster.mediators |= {m for m in (resolver.name(x) for x in e.mediators) if m}
            for fid in e.figures:
                fig = facts.fact(fid)
                if isinstance(fig, Figure) and fig.value is not None:
                    cluster.figures.add((fig.category, fig.value))
            cluster.reports.append(_report(facts, e.text, e.span, e.claim))
    building.sort(key=lambda c: (c.day is None, c.day or dt.date.min, c.type))
    return [EventCluster(id=f"E{n}", type=c.type, date=_iso(c.day), place=c.place,
                         actors=tuple(sorted(c.actors)), targets=tuple(sorted(c.targets)),
                         mediators=tuple(sorted(c.mediators)), modality=c.modality,
                         figures=tuple(sorted(c.figures)), reports=tuple(c.reports))
            for n, c in enumerate(building, 1)]


# ------------------------------------------------------------------ figures


@dataclass(frozen=True, slots=True, kw_only=True)
class FigurePoint:
    """One source's figure for a category and subject on a date."""

    date: str | None  # the figure's own date (as_of) when known, else the article's
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    unit: str | None
    report: Report

    def interval(self) -> tuple[float, float]:
        """The values this report allows: a range, "more than", "about" (± tolerance)."""
        value = self.value if self.value is not None else (self.low or self.high or 0.0)
        low = self.low if self.low is not None else value
        high = self.high if self.high is not None else (math.inf if self.low is not None
                                                        and self.value in (None, self.low)
                                                        else value)
        if self.approx:
            low, high = low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE)
        return low, high

    @property
    def floor(self) -> float:
        """The lowest figure this report supports (ACLED's conservative reading)."""
        return self.low if self.low is not None else (self.value or 0.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureSeries:
    category: str
    subject: str | None
    points: tuple[FigurePoint, ...]  # by date, then value

    def on(self, date: str | None) -> list[FigurePoint]:
        return [p for p in self.points if p.date == date]

    def latest(self) -> list[FigurePoint]:
        """Every source's figure on the latest date reported."""
        dated = [p.date for p in self.points if p.date]
        return self.on(max(dated) if dated else None)

    def conservative(self, date: str | None = None) -> float | None:
        """The lowest figure any source gives on ``date`` (default: the latest)."""
        points = self.on(date) if date is not None else self.latest()
        return min((p.floor for p in points), default=None)


def figure_series(records: Sequence[ArticleFacts], *,
                  resolver: Resolver | None = None) -> list[FigureSeries]:
    """Figures per (category, subject), every source kept, ordered by date."""
    resolver = resolver or resolve_entities(records)
    groups: dict[tuple[str, str | None], list[FigurePoint]] = defaultdict(list)
    for facts in records:
        for f in facts.figures:
            if f.category not in SERIES_CATEGORIES or (f.value is None and f.low is None):
                continue
            day = as_date(f.as_of) or as_date(facts.article.published)
            point = FigurePoint(date=_iso(day), value=f.value, low=f.low, high=f.high,
                                approx=f.approx, unit=f.unit,
                                report=_report(facts, f.text, f.span, f.claim))
            groups[(f.category, resolver.name(f.subject))].append(point)
    series = [FigureSeries(category=cat, subject=subject,
                           points=tuple(sorted(points, key=lambda p: (p.date or "", p.floor))))
              for (cat, subject), points in groups.items()]
    return sorted(series, key=lambda s: (s.category, s.subject or ""))


@dataclass(frozen=True, slots=True, kw_only=True)
class Contradiction:
    """Two sources giving incompatible figures for the same thing on the same date."""

    category: str
    subject: str | None
    date: str | None
    a: FigurePoint
    b: FigurePoint
    conservative: float  # the lower of the two floors, as ACLED would record it


def _disagree(a: FigurePoint, b: FigurePoint) -> bool:
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    return ahi < blo or bhi < alo


def contradictions(series: Iterable[FigureSeries]) -> list[Contradiction]:
    """Pairs of reports from different sources whose figures cannot both be true:
    same category and date, subjects equal or one unknown, intervals disjoint."""
    by_day: dict[tuple[str, str | None], list[tuple[str | None, FigurePoint]]] = defaultdict(list)
    for s in series:
        for p in s.points:
            by_day[(s.category, p.date)].append((s.subject, p))
    found: list[Contradiction] = []
    for (category, date), points in by_day.items():
        for i, (sa, a) in enumerate(points):
            for sb, b in points[i + 1:]:
                if sa and sb and sa != sb:
                    continue  # figures about different parties
                if a.report.source == b.report.source and a.report.outlet == b.report.outlet:
                    continue  # one source correcting itself in one outlet
                if _disagree(a, b):
                    found.append(Contradiction(category=category, subject=sa or sb, date=date,
                                               a=a, b=b, conservative=min(a.floor, b.floor)))
    return sorted(found, key=lambda c: (c.date or "", c.category))


# ------------------------------------------------------------------ positions


@dataclass(frozen=True, slots=True, kw_only=True)
class PositionPoint:
    date: str | None
    stance: str
    proposition: str
    changed: bool  # the stance turned (for <-> against) since the previous point
    report: Report


@dataclass(frozen=True, slots=True, kw_only=True)
class PositionTrack:
    actor: str
    topic: str
    points: tuple[PositionPoint, ...]

    @property
    def changes(self) -> int:
        return sum(p.changed for p in self.points)


def position_tracks(records: Sequence[ArticleFacts], *,
                    resolver: Resolver | None = None) -> list[PositionTrack]:
    """Each actor's stance per topic over time; a point is ``changed`` when its
    polarity (demand/propose/support/accept vs oppose/refuse) turns."""
    resolver = resolver or resolve_entities(records)
    groups: dict[tuple[str, str], list[tuple[dt.date | None, Position, ArticleFacts]]] = defaultdict(list)
    for facts in records:
        for p in facts.positions:
            day = as_date(p.time) or as_date(facts.article.published)
            groups[(resolver.name(p.actor) or p.actor, p.topic)].append((day, p, facts))
    tracks = []
    for (actor, topic), items in groups.items():
        items.sort(key=lambda x: (x[0] is None, x[0] or dt.date.min))
        points, previous = [], 0
        for day, p, facts in items:
            polarity = POLARITY.get(p.stance, 0)
            points.append(PositionPoint(date=_iso(day), stance=p.stance, proposition=p.proposition,
                                        changed=bool(previous and polarity and polarity != previous),
                                        report=_report(facts, p.text, p.span, p.claim)))
            previous = polarity or previous
        tracks.append(PositionTrack(actor=actor, topic=topic, points=tuple(points)))
    return sorted(tracks, key=lambda t: (t.actor, t.topic))


# ------------------------------------------------------------------ agreements and timeline


@dataclass(frozen=True, slots=True, kw_only=True)
class AgreementView:
    """An agreement as all reports together describe it (later reports win per field)."""

    name: str
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    phases: tuple[Phase, ...]
    status: str | None
    deadline: str | None
    reports: tuple[Report, ...]


def _merge_phase(old: Phase | None, new: Phase) -> Phase:
    if old is None:
        return new
    return Phase(n=new.n, start=new.start or old.start, end=new.end or old.end,
                 duration=new.duration or old.duration, terms=new.terms or old.terms,
                 status=new.status or old.status)


@dataclass
class _AgreementBuild:
    name: str
    status: str | None = None
    deadline: str | None = None
    parties: set[str] = field(default_factory=set)
    mediators: set[str] = field(default_factory=set)
    phases: dict[int, Phase] = field(default_factory=dict)
    reports: list[Report] = field(default_factory=list)


def agreements(records: Sequence[ArticleFacts], *,
               resolver: Resolver | None = None) -> list[AgreementView]:
    """Agreements merged by name across articles (read oldest first, so newer reports win)."""
    resolver = resolver or resolve_entities(records)
    merged: dict[str, _AgreementBuild] = {}
    for facts in sorted(records, key=lambda f: (f.article.published or "", f.article.id)):
        for ag in facts.agreements:
            build = merged.setdefault(ag.name.casefold(), _AgreementBuild(name=ag.name))
            build.status = ag.status or build.status
            build.deadline = ag.deadline or build.deadline
            build.parties |= {resolver.name(p) or p for p in ag.parties}
            build.mediators |= {resolver.name(m) or m for m in ag.mediators}
            for ph in ag.phases:
                build.phases[ph.n] = _merge_phase(build.phases.get(ph.n), ph)
            build.reports.append(_report(facts, ag.text, ag.span, None))
    return [AgreementView(name=b.name, parties=tuple(sorted(b.parties)),
                          mediators=tuple(sorted(b.mediators)),
                          phases=tuple(b.phases[n] for n in sorted(b.phases)), status=b.status,
                          deadline=b.deadline, reports=tuple(b.reports))
            for b in merged.values()]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    date: str
    what: str
    kind: str  # event, phase
    sources: tuple[str, ...]


def timeline(records: Sequence[ArticleFacts], *, resolver: Resolver | None = None) -> list[TimelineEntry]:
    """Dated events (happened or planned) and phase starts, ends and deadlines, in order."""
    resolver = resolver or resolve_entities(records)
    entries: list[TimelineEntry] = []
    for c in cluster_events(records, resolver=resolver):
        if c.date is None or c.modality not in ("happened", "planned"):
            continue
        who = ", ".join(c.actors) or "?"
        where = f" in {c.place}" if c.place else ""
        planned = " (planned)" if c.modality == "planned" else ""
        figures = "; ".join(f"{v:g} {cat.lower()}" for cat, v in c.figures)
        entries.append(TimelineEntry(date=c.date, kind="event", sources=c.sources,
                                     what=f"{c.type}: {who}{where}{planned}"
                                          + (f" [{figures}]" if figures else "")))
    for ag in agreements(records, resolver=resolver):
        sources = tuple(dict.fromkeys(r.source for r in ag.reports))
        for ph in ag.phases:
            for value, label in ((ph.start, "starts"), (ph.end, "ends")):
                if as_date(value):
                    entries.append(TimelineEntry(date=str(value)[:10], kind="phase", sources=sources,
                                                 what=f"{ag.name}: phase {ph.n} {label}"))
        if as_date(ag.deadline):
            entries.append(TimelineEntry(date=str(ag.deadline)[:10], kind="phase", sources=sources,
                                         what=f"{ag.name}: deadline"))
    return sorted(entries, key=lambda e: (e.date, e.kind, e.what))


__all__ = [
    "AgreementView", "Contradiction", "Entity", "EventCluster", "FigurePoint", "FigureSeries",
    "PositionPoint", "PositionTrack", "Report", "Resolver", "TimelineEntry", "agreements",
    "as_date", "cluster_articles", "cluster_events", "contradictions", "figure_series",
    "position_tracks", "resolve_entities", "timeline",
]
