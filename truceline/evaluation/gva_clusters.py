"""``truceline eval gva-clusters DIR``: articles clustered by incident.

The GVA dev share (``articles.jsonl.gz``) links each news article to the Gun
Violence Archive incident it reports. Every article is extracted with the full
pipeline (its ``dct`` as publication date), the records are clustered with
:func:`truceline.clusters.cluster_articles`, and the clustering is scored
pairwise: a pair of articles placed in one cluster is a true positive when the
gold gives them the same incident. An article the reader rejects (empty, not
English) is a cluster of its own: its gold pairs count as missed.
"""

from __future__ import annotations

import gzip
import itertools
import json
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from truceline.clusters import cluster_articles
from truceline.errors import Code, EvalError, ReadError
from truceline.evaluation.common import PRF, Timer
from truceline.pipeline import extract_many
from truceline.read import make_article
from truceline.record import Article


def _pairs(groups: Iterable[list[int]]) -> set[tuple[int, int]]:
    return {(i, j) for g in groups for i, j in itertools.combinations(sorted(g), 2)}


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    file = path / "articles.jsonl.gz" if path.is_dir() else path
    if not file.exists():
        raise EvalError(Code.EVAL_PATH, f"{file} (expected the GVA folder with articles.jsonl.gz)")
    with gzip.open(file, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, limit)]
    if not rows or "incident_id" not in rows[0]:
        raise EvalError(Code.EVAL_PATH, f"{file} has no incident_id field")
    return rows


def run(path: Path, *, model: str, limit: int | None) -> dict[str, Any]:
    rows = load(path, limit)
    articles: list[Article] = []
    index: list[int] = []  # row of each article
    for n, row in enumerate(rows):
        try:
            articles.append(make_article(row.get("content") or "", published=row.get("dct"),
                                         title=row.get("title"), url=row.get("uri")))
            index.append(n)
        except ReadError:
            continue  # a rejected article stays a singleton
    timer = Timer()
    with timer.running():
        records = list(extract_many(articles, model=model))
        started = time.perf_counter()
        groups = [[index[i] for i in g] for g in cluster_articles(records)]
        cluster_s = time.perf_counter() - started
    gold: dict[str, list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        gold[str(row["incident_id"])].append(n)
    predicted, expected = _pairs(groups), _pairs(gold.values())
    score = PRF(tp=len(predicted & expected), pred=len(predicted), gold=len(expected))
    return {
        "docs": len(rows),
        "docs_per_s": timer.rate(len(rows)),
        "cluster_s": round(cluster_s, 2),  # the clustering alone, after extraction
        "rejected": len(rows) - len(articles),
        "clusters": len(groups) + len(rows) - len(articles),
        "incidents": len(gold),
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }
