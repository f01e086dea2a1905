"""The quality gate: benchmark scores pinned with the hash of their data.

``benchmarks/quality_pins.json`` holds, per gate entry, the benchmark, its
data path (relative to ``../shared/data``), the document limit it runs with,
the sha256 of the data and the scores measured. :func:`check` reruns every
entry and reports each metric that fell more than :data:`NOISE` below its pin.
:func:`pin` rewrites the pins; lowering one needs ``allow_lower`` with a reason,
which is recorded in the file next to the score.

The pipeline is deterministic (no sampling, one model), so the tolerance only
absorbs floating-point and platform noise (BLAS differences in the tagger
change a parse now and then).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truceline import evaluation
from truceline.errors import Code, EvalError

_REPO = Path(__file__).resolve().parents[2]
PINS_FILE = _REPO / "benchmarks" / "quality_pins.json"
SHARED_DATA = _REPO.parent / "shared" / "data"  # the gold data beside a checkout
NOISE = 0.01  # absolute drop tolerated: one or two flipped parses on the gate subsets
# What is gated: scores where higher is better (F1, accuracy, precision, recall,
# pass rates). Counts, speeds, distances (median_km: acc_161km gates resolution)
# and the in-run baselines are reported by `truceline eval` but not pinned.
GATED_SUFFIXES = ("_f1", "accuracy", "_precision", "_recall", "pass_rate")

# What the gate runs in `make test`: each benchmark on its dev share, limited
# where the full set would take minutes on CI's 2 cores. `truceline eval` runs
# the full sets; benchmarks/README.md gives those numbers.
GATE_ENTRIES: dict[str, dict[str, Any]] = {
    "tempeval3-tbaq": {"bench": "tempeval3", "path": "time/tbaq", "limit": 60},
    "msdatetime": {"bench": "msdatetime", "path": "time/ms-recognizers-datetime", "limit": None},
    "newsquant-dev": {"bench": "newsquant", "path": "figures/newsquant-dev.json", "limit": None},
    "isaf-dev": {"bench": "isaf", "path": "figures/isaf-dev.jsonl", "limit": 300},
    "gva-dev": {"bench": "gva", "path": "figures/gva-dev", "limit": 400},
    "gva-incidents-dev": {"bench": "gva-incidents", "path": "figures/gva-dev", "limit": 400},
    "polnear-dev": {"bench": "polnear", "path": "attribution/polnear/dev", "limit": None},
    "geo-lgl": {"bench": "geo", "path": "places/lgl.xml", "limit": 150},
    "geo-geovirus": {"bench": "geo", "path": "places/geovirus.xml", "limit": None},
    "case2021-dev": {"bench": "case2021", "path": "events/case2021-dev.tsv", "limit": None},
    "plover-gsr": {"bench": "plover", "path": "events/plover-gsr/PLOVER_GSR_CAMEO.json", "limit": None},
    "reference": {"bench": "reference", "path": "example/ceasefire-talks-cairo.txt", "limit": None},
}


@dataclass(frozen=True, slots=True)
class Regression:
    entry: str
    metric: str
    pinned: float
    measured: float

    def __str__(self) -> str:
        return (f"{self.entry}: {self.metric} fell from {self.pinned:.4f} to {self.measured:.4f} "
                f"(more than {NOISE} below its pin)")


def gated(metric: str, value: object) -> bool:
    """Whether ``metric`` is a quality score the gate pins."""
    return (isinstance(value, int | float) and not metric.startswith("baseline_")
            and (metric.endswith(GATED_SUFFIXES) or metric.startswith(("pass_rate", "acc_"))))


def data_hash(path: Path) -> str:
    """sha256 over a file, or over the sorted relative names and bytes of a folder."""
    digest = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        if file != path:
            digest.update(str(file.relative_to(path)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def load_pins(pins_file: Path = PINS_FILE) -> dict[str, Any]:
    if not pins_file.exists():
        return {}
    data: dict[str, Any] = json.loads(pins_file.read_text(encoding="utf-8"))
    return data


def measure(entry: dict[str, Any], data_root: Path) -> dict[str, Any]:
    path = data_root / entry["path"]
    if not path.exists():
        raise EvalError(Code.EVAL_PATH, str(path))
    return evaluation.run(entry["bench"], path, limit=entry.get("limit"))


def check(data_root: Path, pins_file: Path = PINS_FILE,
          only: list[str] | None = None) -> tuple[list[Regression], dict[str, dict[str, Any]]]:
    """Rerun every pinned entry; the regressions and everything measured."""
    pins = load_pins(pins_file)
    regressions: list[Regression] = []
    measured: dict[str, dict[str, Any]] = {}
    for name, entry in pins.items():
        if only and name not in only:
            continue
        current = data_hash(data_root / entry["path"])
        if current != entry["data_sha256"]:
            raise EvalError(Code.EVAL_PATH, f"{name}: the data changed since it was pinned "
                            f"(sha256 {current[:12]} != {entry['data_sha256'][:12]}); "
                            "re-pin with `truceline gate --update`")
        scores = measure(entry, data_root)
        measured[name] = scores
        for metric, pinned in entry["metrics"].items():
            value = float(scores.get(metric, 0.0))
            if value < float(pinned) - NOISE:
                regressions.append(Regression(name, metric, float(pinned), value))
    return regressions, measured


def pin(data_root: Path, entries: dict[str, dict[str, Any]], *, pins_file: Path = PINS_FILE,
        allow_lower: str | None = None) -> dict[str, Any]:
    """Measure ``entries`` (name -> {bench, path, limit}) and write their pins.

    Refuses to lower a pinned score unless ``allow_lower`` gives the reason.
    """
    pins = load_pins(pins_file)
    for name, spec in entries.items():
        scores = measure(spec, data_root)
        metrics = {k: round(float(v), 4) for k, v in scores.items() if gated(k, v)}
        old = pins.get(name, {}).get("metrics", {})
        lowered = [k for k, v in metrics.items() if k in old and v < old[k] - NOISE]
        if lowered and not allow_lower:
            raise EvalError(Code.EVAL_PATH, f"{name}: would lower {', '.join(lowered)}; "
                            "pass --allow-lower REASON to do so on purpose")
        entry: dict[str, Any] = {"bench": spec["bench"], "path": spec["path"],
                                 "limit": spec.get("limit"),
                                 "data_sha256": data_hash(data_root / spec["path"]),
                                 "metrics": metrics,
                                 "docs_per_s": scores.get("docs_per_s")}
        if lowered and allow_lower:
            entry["lowered"] = {"metrics": lowered, "reason": allow_lower}
        pins[name] = entry
    pins_file.write_text(json.dumps(pins, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return pins
