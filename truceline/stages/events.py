"""Events typed in a PLOVER-style scheme, with actors, place, time and modality."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "events.v1"


class EventsStage:
    """Writes ``doc._.tl_events``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "events", [])
        return doc
