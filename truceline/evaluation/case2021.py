"""``truceline eval case2021 FILE``: CASE 2021 task 2, fine-grained event classification.

FILE is the task's TSV (``id``, ``EventSnippet``, ``SubType``), e.g.
``../shared/data/events/case2021-dev.tsv``. Each snippet goes through the full
truceline pipeline and :func:`truceline.stages.events_acled.classify` gives one
of the 30 types. Scored as the task: ``accuracy``, and ``macro_f1`` -- the
unweighted mean of per-type F1 over the types that occur in the gold file (a
type predicted but never gold counts in the others' precision only) -- plus
``micro_f1`` and ``weighted_f1``. No training split is used.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from truceline.errors import Code, EvalError
from truceline.evaluation.common import PRF, Timer

BATCH_SIZE = 32  # snippets are one to three sentences

ID_COLUMN, TEXT_COLUMN, LABEL_COLUMN = "id", "EventSnippet", "SubType"


def read_tsv(path: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, snippet, gold type) rows of a CASE 2021 task 2 TSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames is None or not {ID_COLUMN, TEXT_COLUMN, LABEL_COLUMN} <= set(reader.fieldnames):
            raise EvalError(Code.EVAL_PATH, f"{path}: expected columns id, EventSnippet, SubType")
        rows = [(r[ID_COLUMN], r[TEXT_COLUMN], r[LABEL_COLUMN].strip()) for r in reader]
    return rows[:limit] if limit is not None else rows


def score(gold: list[str], pred: list[str]) -> dict[str, float]:
    per_type: dict[str, PRF] = {label: PRF() for label in set(gold)}
    for g, p in zip(gold, pred, strict=True):
        per_type[g].gold += 1
        if p in per_type:
            per_type[p].pred += 1
        if g == p:
            per_type[g].tp += 1
    support = Counter(gold)
    n = len(gold)
    return {
        "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / n, 4) if n else 0.0,
        "macro_f1": round(sum(s.f1 for s in per_type.values()) / len(per_type), 4) if per_type else 0.0,
        "weighted_f1": round(sum(s.f1 * support[k] for k, s in per_type.items()) / n, 4) if n else 0.0,
        "types": len(per_type),
    }


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    import truceline
    from truceline.stages.events_acled import classify

    if not path.is_file():
        raise EvalError(Code.EVAL_PATH, f"{path} is not a CASE 2021 task 2 TSV file")
    rows = read_tsv(path, limit)
    nlp = truceline.load(model)
    timer = Timer()
    pred: list[str] = []
    with timer.running():
        for doc in nlp.pipe((text for _, text, _ in rows), batch_size=BATCH_SIZE):
            pred.append(classify(doc))
    metrics: dict[str, Any] = score([g for _, _, g in rows], pred)
    metrics.update(docs=len(rows), docs_per_s=timer.rate(len(rows)))
    return metrics
