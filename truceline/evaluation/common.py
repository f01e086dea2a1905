"""Shared scoring helpers: F1 from counts, span overlap, timing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from truceline.pipeline import load
from truceline.record import Time


@dataclass
class PRF:
    """Counts of true positives, predictions and gold items."""

    tp: float = 0.0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Timer:
    seconds: float = field(default=0.0)

    @contextmanager
    def running(self) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - start

    def rate(self, n: int) -> float:
        return round(n / self.seconds, 2) if self.seconds else 0.0


TIME_STAGE = "truceline_time"


def times_only(items: list[tuple[str, str | None]], *, model: str) -> tuple[list[list[Time]], float]:
    """The time stage's output for each (text, ISO anchor date), and the seconds it took.

    Only spaCy and the time stage run: the later stages do not change times.
    """
    nlp = load(model)
    later = [name for name in nlp.pipe_names if name.startswith("truceline_") and name != TIME_STAGE]
    docs = []
    for text, anchor in items:
        doc = nlp.make_doc(text)
        doc._.tl_meta = {"published": anchor}
        docs.append(doc)
    timer = Timer()
    out: list[list[Time]] = []
    with timer.running():
        for doc in nlp.pipe(docs, disable=later):
            out.append(list(doc._.tl_times or []))
    return out, timer.seconds
