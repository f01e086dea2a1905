"""What every stage shares: the Doc extensions it writes, provenance, lookups.

A stage is a callable ``Doc -> Doc`` that reads the Doc (tokens, parse,
entities, and the facts of the stages before it) and writes its own typed
facts to ``doc._.tl_<key>``. Converting the Doc into an :class:`ArticleFacts`
is a separate pure function (:func:`truceline.pipeline.doc_to_facts`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from typing import Any, TypeVar

from spacy.tokens import Doc

FACT_KEYS = ("mentions", "times", "figures", "claims", "events", "positions", "agreements")
ID_PREFIX = {"mentions": "m", "times": "t", "figures": "f", "claims": "c",
             "events": "e", "positions": "p", "agreements": "a"}

T = TypeVar("T")


def register_extensions() -> None:
    """Declare the Doc extensions (idempotent)."""
    if not Doc.has_extension("tl_meta"):
        # dict: published, url, title, outlet, outlet_home, outlet_town
        Doc.set_extension("tl_meta", default=None)
    for key in FACT_KEYS:
        if not Doc.has_extension(f"tl_{key}"):
            Doc.set_extension(f"tl_{key}", default=None)


register_extensions()


def get_facts(doc: Doc, key: str) -> list[Any]:
    """The facts a stage before this one wrote (empty if it did not run)."""
    value = doc._.get(f"tl_{key}")
    return list(value) if value else []


def set_facts(doc: Doc, key: str, facts: list[Any]) -> None:
    doc._.set(f"tl_{key}", facts)


def meta(doc: Doc) -> dict[str, Any]:
    value = doc._.tl_meta
    return value if isinstance(value, dict) else {}


def published(doc: Doc) -> dt.date | None:
    """The publication date the article is anchored to, if known."""
    raw = meta(doc).get("published")
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def sentence_index(doc: Doc, char: int) -> int:
    """Index of the sentence holding character offset ``char``."""
    starts = doc.user_data.get("tl_sent_starts")
    if starts is None:
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        doc.user_data["tl_sent_starts"] = starts
    return max(0, bisect_right(starts, char) - 1)


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("tl_text")
    if text is None:
        text = doc.text
        doc.user_data["tl_text"] = text
    return str(text)


def provenance(doc: Doc, start: int, end: int, *, fact_id: str, extractor: str,
               confidence: float) -> dict[str, Any]:
    """The keyword arguments every Fact takes, for the span [start, end)."""
    return {
        "id": fact_id,
        "span": (start, end),
        "text": doc_text(doc)[start:end],
        "sentence": sentence_index(doc, start),
        "extractor": extractor,
        "confidence": round(float(confidence), 3),
    }


def next_id(key: str, n: int) -> str:
    """The id of the n-th (1-based) fact of a kind: ``next_id('times', 3) == 't3'``."""
    return f"{ID_PREFIX[key]}{n}"
