"""``truceline eval BENCH PATH``: score the pipeline on a gold set.

Each benchmark lives in its own module exposing
``run(path: Path, *, model: str, limit: int | None) -> dict[str, float | int]``
and follows that benchmark's own scoring conventions (benchmarks/README.md).
The result always has ``docs`` and ``docs_per_s``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from truceline.errors import Code, EvalError

BENCHMARKS: dict[str, str] = {
    "tempeval3": "truceline.evaluation.tempeval3",
    "msdatetime": "truceline.evaluation.msdatetime",
    "newsquant": "truceline.evaluation.newsquant",
    "polnear": "truceline.evaluation.polnear",
    "geo": "truceline.evaluation.geo",
    "isaf": "truceline.evaluation.isaf",
    "gva": "truceline.evaluation.gva",
    "gva-clusters": "truceline.evaluation.gva_clusters",
    "gva-incidents": "truceline.evaluation.gva_incidents",
    "case2021": "truceline.evaluation.case2021",
    "plover": "truceline.evaluation.plover",
    "reference": "truceline.evaluation.reference",
}


def run(bench: str, path: Path, *, model: str | None = None,
        limit: int | None = None) -> dict[str, Any]:
    """Run benchmark ``bench`` on ``path``; the metrics as a flat dict."""
    if bench not in BENCHMARKS:
        raise EvalError(Code.EVAL_UNKNOWN, f"{bench!r}; known: {', '.join(sorted(BENCHMARKS))}")
    if not path.exists():
        raise EvalError(Code.EVAL_PATH, str(path))
    module = importlib.import_module(BENCHMARKS[bench])
    from truceline.pipeline import DEFAULT_MODEL

    result: dict[str, Any] = module.run(path, model=model or DEFAULT_MODEL, limit=limit)
    return result
