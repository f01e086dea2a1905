"""Registration of truceline's spaCy factories, in one place.

Each stage is a factory, so ``nlp.add_pipe("truceline_figures")`` works in
anyone's English pipeline once truceline is installed (the factories are also
declared as ``spacy_factories`` entry points). Order matters: later stages
read the facts of earlier ones; :data:`STAGE_ORDER` is the order
:func:`truceline.pipeline.load` adds them in.
"""

from __future__ import annotations

from spacy.language import Language

from truceline.stages import agreements, attribution, events, figures, places, positions, time
from truceline.stages.agreements import AgreementsStage
from truceline.stages.attribution import AttributionStage
from truceline.stages.base import register_extensions
from truceline.stages.events import EventsStage
from truceline.stages.figures import FiguresStage
from truceline.stages.places import PlacesStage
from truceline.stages.positions import PositionsStage
from truceline.stages.time import TimeStage

register_extensions()

# The versioned names the stages write into each fact's ``extractor``: a stored record with a
# fact by any other (an older truceline) is extracted again when its article is ingested.
EXTRACTORS = frozenset({time.EXTRACTOR, places.EXTRACTOR, attribution.EXTRACTOR, figures.EXTRACTOR,
                        events.EXTRACTOR, positions.EXTRACTOR, agreements.EXTRACTOR})

STAGE_ORDER = (
    "truceline_time",
    "truceline_places",
    "truceline_attribution",
    "truceline_figures",
    "truceline_events",
    "truceline_positions",
    "truceline_agreements",
)


@Language.factory("truceline_time", assigns=["doc._.tl_times"], requires=["doc.ents"])
def make_time(nlp: Language, name: str) -> TimeStage:
    return TimeStage()


@Language.factory("truceline_places", assigns=["doc._.tl_mentions"], requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage()


@Language.factory("truceline_attribution", assigns=["doc._.tl_claims"],
                  requires=["token.dep", "doc._.tl_mentions"])
def make_attribution(nlp: Language, name: str) -> AttributionStage:
    return AttributionStage()


@Language.factory("truceline_figures", assigns=["doc._.tl_figures"],
                  requires=["token.dep", "doc._.tl_times", "doc._.tl_claims"])
def make_figures(nlp: Language, name: str) -> FiguresStage:
    return FiguresStage()


@Language.factory("truceline_events", assigns=["doc._.tl_events"],
                  requires=["token.dep", "doc._.tl_figures"])
def make_events(nlp: Language, name: str) -> EventsStage:
    return EventsStage()


@Language.factory("truceline_positions", assigns=["doc._.tl_positions"],
                  requires=["token.dep", "doc._.tl_claims"])
def make_positions(nlp: Language, name: str) -> PositionsStage:
    return PositionsStage()


@Language.factory("truceline_agreements", assigns=["doc._.tl_agreements"],
                  requires=["doc._.tl_times", "doc._.tl_figures", "doc._.tl_events"])
def make_agreements(nlp: Language, name: str) -> AgreementsStage:
    return AgreementsStage()
