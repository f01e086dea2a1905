"""Positions: actor, stance and proposition with a topic."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "positions.v1"


class PositionsStage:
    """Writes ``doc._.tl_positions``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "positions", [])
        return doc
