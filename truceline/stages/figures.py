"""Figures: what a number counts, for whom, when, where, on whose word."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "figures.v1"


class FiguresStage:
    """Writes ``doc._.tl_figures``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "figures", [])
        return doc
