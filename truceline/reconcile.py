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
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from truceline.actors import resolve
from truceline.clusters import cluster_articles
from truceline.record import Agreement, ArticleFacts, Claim, Figure, Phase, Position, Term
from truceline.stages.agreements import add_duration, agreement_key, deal_family
from truceline.timex import calendar_day as as_date

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

POLARITY = {"DEMAND": 1, "PROPOSE": 1, "SUPPORT": 1, "ACCEPT": 1, "OPPOSE": -1, "REFUSE": -1}



# ------------------------------------------------------------------ helpers


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
        points: list[PositionPoint] = []
        previous = 0
        for day, p, facts in items:
            polarity = POLARITY.get(p.stance, 0)
            point = PositionPoint(date=_iso(day), stance=p.stance, proposition=p.proposition,
                                  changed=bool(previous and polarity and polarity != previous),
                                  report=_report(facts, p.text, p.span, p.claim))
            last = points[-1] if points else None
            if last and last.report.article_id == facts.article.id and last.stance == p.stance:
                # one article restating one stance (headline, then body): keep the fuller wording
                if len(p.proposition) > len(last.proposition):
                    points[-1] = replace(point, changed=last.changed)
                continue
            points.append(point)
            previous = polarity or previous
        tracks.append(PositionTrack(actor=actor, topic=topic, points=tuple(points)))
    return sorted(tracks, key=lambda t: (t.actor, t.topic))


# ------------------------------------------------------------------ agreements and timeline

# Two reports name one deal when their first phases start this close: a slipped
# start ("almost three hours later than planned") or a time zone, not a new deal.
AGREEMENT_START_TOLERANCE_DAYS = 14
REPORTING_TYPES = frozenset({"HEALTH_AUTHORITY", "MEDIA"})  # they count and report; they are not actors
GENERIC_FAMILY = "deal"  # "the agreement", "the deal": the family of whichever deal it is merged with
# When two reports give a status on one day, the graver one stands: a collapse reported
# the same day as "in force" is the news.
STATUS_ORDER = ("negotiating", "agreed", "in_force", "extended", "expired", "collapsed")


@dataclass(frozen=True, slots=True, kw_only=True)
class TermView:
    """One term of a phase, with every report that gives it."""

    kind: str
    text: str
    rate: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PhaseView:
    """A phase as all reports together describe it."""

    n: int
    start: str | None
    end: str | None
    end_stated: bool  # the end was read from a report ("ended on March 1"), not start + duration
    duration: str | None
    status: str | None
    terms: tuple[TermView, ...]
    start_sources: tuple[str, ...] = ()  # the reports that give the start date
    end_sources: tuple[str, ...] = ()  # the reports that give the end (stated, else start + duration)


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusPoint:
    """The deal's status as reported on a date, with who reported it."""

    date: str | None
    status: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AgreementView:
    """An agreement as all reports together describe it: one per deal (same family,
    compatible parties, first phases starting together), later reports winning per field."""

    key: str
    name: str
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    phases: tuple[PhaseView, ...]
    status: str | None
    deadline: str | None  # TIMEX3 value of the latest stated expiry ("2025-W09-WE")
    deadline_days: tuple[str, str] | None  # the days it covers: ("2025-03-01", "2025-03-02")
    history: tuple[StatusPoint, ...]  # status changes over time
    reports: tuple[Report, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.source for r in self.reports))


def timex_days(value: str | None) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 date covers: a day, a week, a weekend (``2025-W09-WE``)."""
    if not value:
        return None
    day = as_date(value)
    if day:
        return day.isoformat(), day.isoformat()
    week = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", value)
    if not week:
        return None
    year, n, weekend = int(week.group(1)), int(week.group(2)), bool(week.group(3))
    try:
        first = dt.date.fromisocalendar(year, n, 6 if weekend else 1)
    except ValueError:
        return None
    last = dt.date.fromisocalendar(year, n, 7)
    return first.isoformat(), last.isoformat()


@dataclass
class _Item:
    facts: ArticleFacts
    agreement: Agreement
    family: str
    parties: frozenset[str]
    start: dt.date | None


@dataclass
class _Deal:
    items: list[_Item] = field(default_factory=list)

    @property
    def parties(self) -> frozenset[str]:
        return frozenset().union(*(i.parties for i in self.items))

    @property
    def family(self) -> str:
        named = [i.family for i in self.items if i.family != GENERIC_FAMILY]
        return Counter(named).most_common(1)[0][0] if named else GENERIC_FAMILY

    @property
    def start(self) -> dt.date | None:
        starts = [i.start for i in self.items if i.start]
        return Counter(starts).most_common(1)[0][0] if starts else None

    def accepts(self, item: _Item) -> bool:
        if GENERIC_FAMILY not in (self.family, item.family) and self.family != item.family:
            return False
        parties = self.parties
        if not (item.parties <= parties or parties <= item.parties):
            return False
        start = self.start
        return not (start and item.start
                    and abs((start - item.start).days) > AGREEMENT_START_TOLERANCE_DAYS)


def _item(facts: ArticleFacts, ag: Agreement, resolver: Resolver) -> _Item:
    family = (ag.key.split(":", 1)[0] if ag.key else deal_family(ag.name)) or GENERIC_FAMILY
    first = next((p for p in ag.phases if p.n == 1), None)
    return _Item(facts=facts, agreement=ag, family=family,
                 parties=frozenset(resolver.name(p) or p for p in ag.parties),
                 start=as_date(first.start) if first else None)


def _vote(values: Iterable[str | None]) -> str | None:
    """The value most reports give (the first given on a tie)."""
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _phase_view(n: int, reports: list[tuple[Phase, str]]) -> PhaseView:
    """Reports of one phase, oldest first: start and duration by vote, the latest stated
    end (else start + duration), the latest status, every term once with its sources."""
    start = _vote(p.start for p, _ in reports)
    duration = _vote(p.duration for p, _ in reports)
    stated = [p.end for p, _ in reports if p.end and p.end_stated]
    end = stated[-1] if stated else _vote(p.end for p, _ in reports)
    if end is None and start and duration:
        end = add_duration(start, duration)
    status = next((p.status for p, _ in reversed(reports) if p.status and p.status != "pending"),
                  next((p.status for p, _ in reports if p.status), None))
    terms: dict[str, tuple[Term, list[str]]] = {}
    for p, source in reports:
        for t in p.terms:
            key = " ".join(t.text.casefold().split())
            terms.setdefault(key, (t, []))[1].append(source)
    start_sources = [s for p, s in reports if p.start == start] if start else []
    end_sources = ([s for p, s in reports if p.end == end and (p.end_stated or not stated)]
                   or [s for p, s in reports if p.start == start and p.duration]) if end else []
    return PhaseView(n=n, start=start, end=end, end_stated=bool(stated), duration=duration, status=status,
                     start_sources=tuple(dict.fromkeys(start_sources)),
                     end_sources=tuple(dict.fromkeys(end_sources)),
                     terms=tuple(TermView(kind=t.kind, text=" ".join(t.text.split()), rate=t.rate,
                                          sources=tuple(dict.fromkeys(s)))
                                 for t, s in terms.values()))


def _status_day(item: _Item, status: str) -> str | None:
    """The day a report puts its status on: its own date, except that a deal in force since
    a first phase start the report gives, on or before that date ("came into force on Sunday
    morning" in Monday's paper), has been in force since that start."""
    published = item.facts.article.published
    if status == "in_force" and item.start is not None and published and item.start.isoformat() <= published:
        return item.start.isoformat()
    return published


def _history(items: list[_Item]) -> list[StatusPoint]:
    """Status per day (the report's, or the start it gives for a deal in force), the graver
    status on a tie, consecutive repeats merged."""
    by_day: dict[str | None, tuple[str, list[str]]] = {}
    for i in items:
        status = i.agreement.status
        if not status:
            continue
        day = _status_day(i, status)
        old = by_day.get(day)
        source = _outlet(i.facts)
        if old is None or _rank(status) > _rank(old[0]):
            by_day[day] = (status, [source])
        elif old[0] == status:
            old[1].append(source)
    points: list[StatusPoint] = []
    for day in sorted(by_day, key=lambda d: d or ""):
        status, sources = by_day[day]
        if points and points[-1].status == status:
            last = points[-1]
            points[-1] = StatusPoint(date=last.date, status=status,
                                     sources=tuple(dict.fromkeys((*last.sources, *sources))))
        else:
            points.append(StatusPoint(date=day, status=status, sources=tuple(dict.fromkeys(sources))))
    return points


def _rank(status: str) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else -1


def _view(deal: _Deal, resolver: Resolver) -> AgreementView:
    items = sorted(deal.items, key=lambda i: (i.facts.article.published or "", i.facts.article.id))
    parties = deal.parties
    full = ([i for i in items if i.parties == parties and i.family == deal.family]
            or [i for i in items if i.parties == parties] or items)
    ordered = Counter(tuple(resolver.name(p) or p for p in i.agreement.parties) for i in full)
    party_order = ordered.most_common(1)[0][0] if ordered else ()
    name = _vote(i.agreement.name for i in full) or f"{deal.family}"
    phase_reports: dict[int, list[tuple[Phase, str]]] = defaultdict(list)
    for i in items:
        for ph in i.agreement.phases:
            phase_reports[ph.n].append((ph, _outlet(i.facts)))
    history = _history(items)
    deadline = next((i.agreement.deadline for i in reversed(items) if i.agreement.deadline), None)
    mediators = {resolver.name(m) or m for i in items for m in i.agreement.mediators} - parties
    return AgreementView(
        key=agreement_key(deal.family, parties), name=name,
        parties=tuple(p for p in party_order if p in parties) + tuple(sorted(parties - set(party_order))),
        mediators=tuple(sorted(mediators)),
        phases=tuple(_phase_view(n, phase_reports[n]) for n in sorted(phase_reports)),
        status=history[-1].status if history else None, deadline=deadline,
        deadline_days=timex_days(deadline), history=tuple(history),
        reports=tuple(Report(article_id=i.facts.article.id, outlet=i.facts.article.outlet,
                             published=i.facts.article.published, source=_outlet(i.facts),
                             text=i.agreement.text, span=i.agreement.span) for i in items))


def agreements(records: Sequence[ArticleFacts], *,
               resolver: Resolver | None = None) -> list[AgreementView]:
    """One view per deal across articles. Reports naming both parties seed the deals;
    the others ("the ceasefire", "Hamas's deal") join the best-reported compatible deal
    (same family or a generic noun, parties a subset, first phases starting together)."""
    resolver = resolver or resolve_entities(records)
    items = [_item(f, ag, resolver) for f in records for ag in f.agreements]
    items.sort(key=lambda i: (-len(i.parties), i.family == GENERIC_FAMILY, i.facts.article.published or ""))
    deals: list[_Deal] = []
    for item in items:
        fits = [d for d in deals if d.accepts(item)]
        if fits:
            max(fits, key=lambda d: len(d.items)).items.append(item)
        else:
            deals.append(_Deal(items=[item]))
    views = [_view(d, resolver) for d in deals]
    return sorted(views, key=lambda v: (-len(v.reports), v.name))


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    date: str
    what: str
    kind: str  # event, phase, status
    sources: tuple[str, ...]


@dataclass
class _Line:
    date: str
    type: str
    actors: set[str]
    places: list[str]
    figures: set[tuple[str, float]]
    sources: list[str]


def _same_happening(line: _Line, c: EventCluster) -> bool:
    """Same-day, same-type reports are one happening when their actors meet, or when one
    names no actor (Hamas's release and Israel's release on one day stay two lines)."""
    if line.type != c.type:
        return False
    actors = set(c.actors)
    return not line.actors or not actors or bool(line.actors & actors)


def _is_actor(name: str, resolver: Resolver) -> bool:
    """Whether an event's actor is one: not a place that is no state ("Gaza City", and
    "Gaza Strip", which the actor table reads as Palestine's government), not a body that
    reports (a health ministry, an outlet)."""
    info = resolve(name)
    if info is not None and info.actor_type in REPORTING_TYPES:
        return False
    entity = resolver.by_name.get(name.casefold())
    if entity is None or entity.kind != "PLACE":
        return True
    return info is not None and info.canonical == name and info.kb_id == info.country


def _event_lines(clusters: Sequence[EventCluster], resolver: Resolver) -> list[TimelineEntry]:
    lines: list[_Line] = []
    for cluster in clusters:
        c = replace(cluster, actors=tuple(a for a in cluster.actors if _is_actor(a, resolver)),
                    figures=tuple(f for f in cluster.figures if f[0] in SERIES_CATEGORIES))
        if c.date is None or c.modality != "happened" or not (c.actors or c.figures):
            continue  # planned, refused, undated, or nobody and nothing: noise in a timeline
        line = next((x for x in lines if x.date == c.date and _same_happening(x, c)), None)
        if line is None:
            lines.append(_Line(date=c.date, type=c.type, actors=set(c.actors),
                               places=[c.place] if c.place else [], figures=set(c.figures),
                               sources=list(c.sources)))
            continue
        line.actors |= set(c.actors)
        line.figures |= set(c.figures)
        line.places += [c.place] if c.place and c.place not in line.places else []
        line.sources += [s for s in c.sources if s not in line.sources]
    entries = []
    for x in lines:
        where = f" in {', '.join(x.places)}" if x.places else ""
        figures = "; ".join(f"{v:,.0f} {cat.lower().replace('_', ' ')}" for cat, v in sorted(x.figures))
        who = f": {', '.join(sorted(x.actors))}" if x.actors else ""
        entries.append(TimelineEntry(date=x.date, kind="event", sources=tuple(x.sources),
                                     what=f"{x.type}{who}{where}" + (f" [{figures}]" if figures else "")))
    return entries


def timeline(records: Sequence[ArticleFacts], *, resolver: Resolver | None = None) -> list[TimelineEntry]:
    """Dated events that happened (same-day same-type reports merged, every source
    listed, those naming no actor and no figure left out), the deal's phase starts
    and ends, its deadline and its status changes, in date order."""
    resolver = resolver or resolve_entities(records)
    entries = _event_lines(cluster_events(records, resolver=resolver), resolver)
    for ag in agreements(records, resolver=resolver):
        sources = ag.sources
        for ph in ag.phases:
            for value, label, given_by in ((ph.start, "starts", ph.start_sources),
                                           (ph.end, "ends", ph.end_sources)):
                if as_date(value):
                    entries.append(TimelineEntry(date=str(value)[:10], kind="phase",
                                                 sources=given_by or sources,
                                                 what=f"{ag.name}: phase {ph.n} {label}"))
        if ag.deadline_days and not any(ph.end == ag.deadline_days[0] for ph in ag.phases):
            entries.append(TimelineEntry(date=ag.deadline_days[0], kind="phase", sources=sources,
                                         what=f"{ag.name}: deadline ({ag.deadline})"))
        for point in ag.history[1:]:  # the first status is where the record starts, not a change
            if point.date:
                entries.append(TimelineEntry(date=point.date[:10], kind="status", sources=point.sources,
                                             what=f"{ag.name}: {point.status.replace('_', ' ')}"))
    return sorted(entries, key=lambda e: (e.date, e.kind, e.what))


__all__ = [
    "AgreementView", "Contradiction", "Entity", "EventCluster", "FigurePoint", "FigureSeries",
    "PhaseView", "PositionPoint", "PositionTrack", "Report", "Resolver", "StatusPoint", "TermView",
    "TimelineEntry", "agreements", "as_date", "cluster_articles", "cluster_events", "contradictions",
    "figure_series", "position_tracks", "resolve_entities", "timeline", "timex_days",
]
