"""The record every extraction returns (see docs/record.md).

Every fact is a frozen, slotted, keyword-only dataclass carrying its
provenance: ``span`` ([start, end) character offsets into the article text),
``text`` (the text of that span), ``sentence`` (index of the sentence),
``extractor`` (a versioned name such as ``figures.v1``) and ``confidence``
(0..1). Facts refer to one another by ``id`` (``m3``, ``t1``, ``c2`` ...),
unique within one article.

Serialisation goes through pydantic's ``TypeAdapter`` so that ``to_dict``,
``from_dict`` and the JSON Schema all come from these classes, one source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import TypeAdapter

Span = tuple[int, int]

MentionKind = Literal["ACTOR", "PERSON", "ORG", "PLACE", "OUTLET"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
FigureCategory = Literal[
    "KILLED", "INJURED", "HOSTAGES_HELD", "HOSTAGES_RELEASED", "BODIES_RETURNED",
    "PRISONERS_RELEASED", "TAKEN_HOSTAGE", "ARRESTED", "DISPLACED", "ATTACKERS",
    "AID", "DURATION", "DISTANCE", "MONEY", "OTHER",
]
SourceType = Literal[
    "GOVERNMENT", "MILITARY", "ARMED_GROUP", "MEDIA", "NGO", "HEALTH_AUTHORITY",
    "INTERNATIONAL_ORG", "ANONYMOUS", "PERSON", "WITNESS", "OTHER",
]
Modality = Literal["happened", "planned", "refused", "hypothetical", "negated"]
Stance = Literal["DEMAND", "PROPOSE", "SUPPORT", "OPPOSE", "REFUSE", "ACCEPT"]
PublishedSource = Literal["metadata", "given", "inferred", "none"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """Provenance shared by every fact."""

    id: str
    span: Span
    text: str
    sentence: int
    extractor: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Fact):
    """A named thing: an actor, person, organisation, place or outlet."""

    kind: MentionKind
    canonical: str
    kb_id: str | None = None  # GeoNames id, ISO 3166 code, or project actor id
    lat: float | None = None
    lon: float | None = None
    feature_class: str | None = None  # GeoNames feature class/code, e.g. "P.PPLC"
    country: str | None = None  # ISO 3166-1 alpha-2
    admin_path: tuple[str, ...] = ()
    actor_type: SourceType | None = None  # for actors: GOVERNMENT, ARMED_GROUP ...
    demonym: bool = False  # "Egyptian officials" -> Egypt, marked as adjectival


@dataclass(frozen=True, slots=True, kw_only=True)
class Time(Fact):
    """A temporal expression normalised to TIMEX3."""

    type: TimeType
    value: str  # TIMEX3 value: 2025-02-27, 2025-W09-WE, P42D, P1W, PAST_REF ...
    anchor: str | None = None  # what it was resolved against: "published:2025-02-28" or a time id
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, BEFORE, AFTER ...
    begin: str | None = None  # for ranges
    end: str | None = None
    quant: str | None = None  # for SETs: EVERY, EACH ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure(Fact):
    """A number that counts something, with what, whose, when and where."""

    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    vague: bool = False  # "dozens", "thousands": value is ACLED's conventional floor, low/high the span
    unit: str | None = None  # counted noun ("hostages") or unit ("km", "USD", "P1D")
    category: FigureCategory = "OTHER"
    status: Literal["alive", "dead"] | None = None
    rate: str | None = None  # per-period as TIMEX3 duration: "P1W" for "weekly"
    subject: str | None = None  # canonical actor the figure is about / who acted
    as_of: str | None = None  # TIMEX3 value of the governing time
    place: str | None = None  # canonical place name
    claim: str | None = None  # id of the claim it sits in; None = the outlet's own statement
    derived_from: str | None = None  # id of the figure a relative ("half of them") derives from
    concepts: tuple[str, ...] = ()  # words the quantity refers to (NewsQuant's concepts)
    predicate: str | None = None  # lemma of the governing verb ("shoot", "wound", "release")
    addition: bool = False  # "also detained two", "two additional": adds to a count given elsewhere
    cumulative: bool = False  # a running total: "have detained 125 insurgents since December 1"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Who a claim is attributed to."""

    text: str
    span: Span
    canonical: str
    source_type: SourceType = "OTHER"
    affiliation: str | None = None  # "Hamas-controlled Gaza health authorities" -> "Hamas"
    mention: str | None = None  # id of the mention it resolves to
    # a joint source ("Egypt and Qatar said"): each party's canonical name, each with a
    # mention of its own (``mention`` is then None)
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim(Fact):
    """An attribution: source + cue + content. The fact's span covers all three."""

    source: Source
    cue: str
    cue_span: Span
    content: str
    content_span: Span
    direct: bool = False  # quoted speech


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Fact):
    """Something that happened, is planned, was refused or is hypothetical."""

    type: str  # PLOVER-style: CONSULT, AGREE, RELEASE, ATTACK, RETREAT, DEMAND ...
    trigger: str = ""
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    place: str | None = None
    time: str | None = None  # TIMEX3 value
    modality: Modality = "happened"
    figures: tuple[str, ...] = ()  # figure ids
    claim: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Position(Fact):
    """A party's stance on a proposition."""

    actor: str
    stance: Stance
    proposition: str
    topic: str = "OTHER"  # EXTEND_PHASE, PERMANENT_CEASEFIRE, WITHDRAWAL, EXCHANGE_TERMS, AID ...
    time: str | None = None
    claim: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """One term of a phase: an exchange, a withdrawal, aid ..."""

    kind: str  # EXCHANGE, RELEASE, WITHDRAWAL, AID, CEASEFIRE, OTHER
    text: str
    span: Span
    rate: str | None = None
    figures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Phase:
    n: int
    start: str | None = None
    end: str | None = None
    duration: str | None = None
    terms: tuple[Term, ...] = ()
    status: str | None = None  # in_force, expired, extended, proposed, pending
    end_stated: bool = False  # end read from the text ("ended on March 1"), not start + duration


@dataclass(frozen=True, slots=True, kw_only=True)
class Agreement(Fact):
    name: str
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    status: str | None = None  # agreed, in_force, extended, expired, negotiating, proposed, collapsed
    deadline: str | None = None  # TIMEX3 value of the stated expiry
    key: str | None = None  # stable identity across reports: "ceasefire:hamas|israel"


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str  # sha256 of the normalised text, first 16 hex digits
    text: str
    title: str | None = None
    url: str | None = None
    path: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date
    published_source: PublishedSource = "none"
    lang: str = "en"
    contributors: tuple[str, ...] = ()  # credit lines: "The Associated Press and Reuters contributed"
    # the outlet's home area its places were read with, learned from the outlet's other
    # articles (truceline.outlet_home); None: read on its own
    outlet_home: str | None = None
    outlet_town: str | None = None  # the place its outlet is named after ("The Paris News": Paris)


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    times: tuple[Time, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    schema_version: int = field(default=1)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _adapter().dump_python(self, mode="json")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleFacts:
        return _adapter().validate_python(data)

    def fact(self, fact_id: str) -> Fact | None:
        """The fact with this id, whatever its kind."""
        for group in (self.mentions, self.times, self.figures, self.claims,
                      self.events, self.positions, self.agreements):
            for item in group:
                if item.id == fact_id:
                    return item
        return None


@cache
def _adapter() -> TypeAdapter[ArticleFacts]:
    return TypeAdapter(ArticleFacts)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`ArticleFacts`, generated from the classes."""
    schema: dict[str, Any] = _adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "truceline ArticleFacts"
    return schema
