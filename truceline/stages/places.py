"""Places, actors and outlets -> mentions with gazetteer ids and coordinates."""

from __future__ import annotations

from spacy.tokens import Doc

from truceline.stages.base import set_facts

EXTRACTOR = "places.v1"


class PlacesStage:
    """Writes ``doc._.tl_mentions``. (First level: to be filled in.)"""

    def __call__(self, doc: Doc) -> Doc:
        set_facts(doc, "mentions", [])
        return doc
