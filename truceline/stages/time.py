"""Temporal expressions -> TIMEX3 values anchored to the publication date."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "time.v1"


class TimeStage:
    """Writes ``doc._.tl_times``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "times", [])
        return doc
