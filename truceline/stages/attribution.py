"""Claims: source + cue + content, with the source's canonical form and type."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "attribution.v1"


class AttributionStage:
    """Writes ``doc._.tl_claims``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "claims", [])
        return doc
