"""truceline: news reports on wars and ceasefire talks -> a structured,
source-attributed record.

    >>> import truceline
    >>> facts = truceline.extract(text, published="2025-02-28")
    >>> facts.to_dict()["figures"]
"""

from __future__ import annotations

from truceline.errors import Code, EvalError, ExtractError, ReadError, StoreError, TrucelineError
from truceline.pipeline import DEFAULT_MODEL, extract, extract_many, load
from truceline.record import (
    Agreement,
    Article,
    ArticleFacts,
    Claim,
    Event,
    Figure,
    Mention,
    Phase,
    Position,
    Source,
    Term,
    Time,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MODEL",
    "Agreement",
    "Article",
    "ArticleFacts",
    "Claim",
    "Code",
    "EvalError",
    "Event",
    "ExtractError",
    "Figure",
    "Mention",
    "Phase",
    "Position",
    "ReadError",
    "Source",
    "StoreError",
    "Term",
    "Time",
    "TrucelineError",
    "__version__",
    "extract",
    "extract_many",
    "load",
]
