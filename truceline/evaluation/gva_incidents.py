"""``truceline eval gva-incidents DIR``: each article's incident counts, read across its reports.

``truceline eval gva`` reads every article alone. Here the pages are also grouped by the incident
they report, with truceline's own clustering (:func:`truceline.clusters.cluster_articles`, as
``gva-clusters`` measures it; never the gold grouping), and every page is scored with the counts
its group agrees on: for killed and for injured separately, the count more than half of the
group's reports give, among the reports that count a casualty at all (a paywall or a sign-up form
counts none and has no vote). Where no count has a majority a page keeps its own reading.

What the group adds is what one report cannot know: a first report's "in critical condition" is
a death in the later reports, and a thin follow-up ("charged in Tuesday's shooting") takes the
count its incident's other reports give. What it costs: a group that joins two incidents gives
one of them the other's counts. Both are measured on the whole dev share (benchmarks/README.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from truceline.clusters import cluster_articles
from truceline.evaluation.common import Timer
from truceline.evaluation.gva import REJECTED, gold_pages, predict_article, read_pages

COUNTS = ("num_killed", "num_injured")


def agreed(counts: Sequence[int]) -> int | None:
    """The count more than half of ``counts`` give; None where none has a majority."""
    if not counts:
        return None
    value, n = Counter(counts).most_common(1)[0]
    return value if 2 * n > len(counts) else None


def incident_counts(preds: Sequence[dict[str, Any]], groups: Sequence[Sequence[int]]
                    ) -> list[dict[str, int]]:
    """Each page's counts as its group agrees on them (indices of ``preds`` in ``groups``; a page
    in no group keeps its own)."""
    out = [{key: int(p[key]) for key in COUNTS} for p in preds]
    for group in groups:
        voters = [i for i in group if any(preds[i][key] for key in COUNTS)]
        for key in COUNTS:
            value = agreed([int(preds[i][key]) for i in voters])
            if value is not None:
                for i in group:
                    out[i][key] = value
    return out


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    pages, golds = gold_pages(path, limit=limit)
    timer = Timer()
    pairs = read_pages(pages, model=model, timer=timer)
    preds = [REJECTED if pair is None else predict_article(*pair) for pair in pairs]
    read = [i for i, pair in enumerate(pairs) if pair is not None]
    bodies = [pair[0] for pair in pairs if pair is not None]
    with timer.running():
        groups = [[read[k] for k in g] for g in cluster_articles(bodies)]
    merged = incident_counts(preds, groups)
    n = len(pages)
    result: dict[str, Any] = {"docs": n, "docs_per_s": timer.rate(n), "groups": len(groups)}
    for key, name in zip(COUNTS, ("killed", "injured"), strict=True):
        alone = sum(p[key] == g[key] for p, g in zip(preds, golds, strict=True))
        together = sum(m[key] == g[key] for m, g in zip(merged, golds, strict=True))
        result[f"{name}_accuracy_alone"] = round(alone / n, 4) if n else 0.0
        result[f"{name}_accuracy"] = round(together / n, 4) if n else 0.0
    return result
