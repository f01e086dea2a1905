"""Agreements: phases, terms, parties, mediators, status and deadlines."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "agreements.v1"


class AgreementsStage:
    """Writes ``doc._.tl_agreements``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "agreements", [])
        return doc
