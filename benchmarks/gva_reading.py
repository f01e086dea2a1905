"""How far a careful reader gets on GVA, beside truceline on the same pages.

``benchmarks/gva_reading.jsonl`` holds blind readings of 260 pages drawn at
random (seed 20261129) from the GVA dev share: for each page, the number killed
and the number injured (survivors) in the incident the page was archived for,
as of what the page says, with the page's kind (``single`` report, ``multi``:
a round-up or several stories, ``thin``: a paywall or form with only the
headline, ``later``: a trial or follow-up story) and the reader's confidence
(``clear``: the page states the numbers; ``inferred``). The readers saw the
page's title, date and text, never the archive's counts nor truceline's. 20
pages were read by all three readers (A, B, C) to measure how far readers
agree; each other page was read once. The readers were AI assistants working
to written instructions (GVA's conventions: a shooter who died counts among
the killed, the injured are those who survived, the page's own numbers), not
human annotators: their score is an estimate of what the text supports, not a
human ceiling. The file holds ids and numbers only, no article text.

The script scores each reading (one per page: the first reader's) and
truceline's prediction for the same page (``truceline eval gva``'s code path:
body and sentence-cased headline, ``predict_article``) against the archive, per
kind, with a 95 % normal interval, and counts the pages one gets right and
the other does not.

    .venv/bin/python benchmarks/gva_reading.py ../shared/data/figures/gva-dev
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from truceline.evaluation.gva import gold_pages, predict_pages
from truceline.pipeline import DEFAULT_MODEL

READINGS = Path(__file__).with_name("gva_reading.jsonl")
FIELDS = (("killed", "num_killed"), ("injured", "num_injured"))
KINDS = ("single", "later", "thin", "multi")
Z95 = 1.96

Key = tuple[str, str]  # (doc_id, incident_id)


def readings() -> dict[Key, list[dict[str, Any]]]:
    """Each page's readings, by (doc_id, incident_id)."""
    found: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for line in READINGS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found[(row["doc_id"], row["incident_id"])].append(row)
    return found


def _agreement(read: list[list[dict[str, Any]]], field: str) -> tuple[int, int]:
    """(agreeing pairs, pairs) of readers of the same page."""
    pairs = agree = 0
    for rows in read:
        for a in range(len(rows)):
            for b in range(a + 1, len(rows)):
                pairs += 1
                agree += rows[a][field] == rows[b][field]
    return agree, pairs


def score(path: Path, *, with_system: bool = True) -> dict[str, Any]:
    """The readers' accuracy (and truceline's, ``with_system``) on the pages read, per field and kind."""
    read = readings()
    found, found_golds = gold_pages(path, keys=set(read))
    seen: set[Key] = set()  # a page the archive lists twice is scored once
    pages, golds = [], []
    for page, gold in zip(found, found_golds, strict=True):
        key = (page["doc_id"], page["incident_id"])
        if key not in seen:
            seen.add(key)
            pages.append(page)
            golds.append(gold)
    keys = [(p["doc_id"], p["incident_id"]) for p in pages]
    first = {k: min(read[k], key=lambda r: r["reader"]) for k in keys}
    preds = predict_pages(pages, model=DEFAULT_MODEL) if with_system else None
    result: dict[str, Any] = {"pages": len(keys), "missing": len(read) - len(keys),
                              "kinds": {kind: sum(first[k]["kind"] == kind for k in keys) for kind in KINDS}}
    for field, gold_key in FIELDS:
        ok = {"reader": [first[k][field] == g[gold_key] for k, g in zip(keys, golds, strict=True)]}
        if preds is not None:
            ok["truceline"] = [p[gold_key] == g[gold_key] for p, g in zip(preds, golds, strict=True)]
        agree, pairs = _agreement([read[k] for k in keys], field)
        kind_of = [first[k]["kind"] for k in keys]
        result[field] = {
            "readers_agree": [agree, pairs],
            **{who: {"accuracy": sum(hits) / len(hits),
                     "by_kind": {kind: _share([h for h, of in zip(hits, kind_of, strict=True) if of == kind])
                                 for kind in KINDS}}
               for who, hits in ok.items()}}
        if preds is not None:
            pairs_ok = list(zip(ok["reader"], ok["truceline"], strict=True))
            result[field]["reader_only"] = sum(r and not t for r, t in pairs_ok)
            result[field]["truceline_only"] = sum(t and not r for r, t in pairs_ok)
    return result


def _share(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def _interval(p: float, n: int) -> str:
    return f"{p:.3f} ±{Z95 * math.sqrt(p * (1 - p) / n):.3f}"


def main(path: Path) -> None:
    result = score(path)
    n = result["pages"]
    print(f"{n} pages read ({result['missing']} not found in {path}); kinds {result['kinds']}")
    for field, _ in FIELDS:
        r = result[field]
        print(f"{field}: reader {_interval(r['reader']['accuracy'], n)}, "
              f"truceline {_interval(r['truceline']['accuracy'], n)} "
              f"(reader only {r['reader_only']}, truceline only {r['truceline_only']}); "
              f"readers agree on {r['readers_agree'][0]} of {r['readers_agree'][1]} pairs")
        for kind in KINDS:
            reader, system = r["reader"]["by_kind"][kind], r["truceline"]["by_kind"][kind]
            if reader is not None:
                print(f"  {kind:7s} {result['kinds'][kind]:4d} pages: reader {reader:.3f}, "
                      f"truceline {system:.3f}")
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
