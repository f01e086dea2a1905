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
Z95 = 1.96


def _interval(hits: int, n: int) -> str:
    p = hits / n
    return f"{p:.3f} ±{Z95 * math.sqrt(p * (1 - p) / n):.3f}"


def main(path: Path) -> None:
    readings: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for line in READINGS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        readings[(row["doc_id"], row["incident_id"])].append(row)
    found, found_golds = gold_pages(path, keys=set(readings))
    seen: set[tuple[str, str]] = set()  # a page the archive lists twice is scored once
    pages, golds = [], []
    for page, gold in zip(found, found_golds, strict=True):
        if (page["doc_id"], page["incident_id"]) not in seen:
            seen.add((page["doc_id"], page["incident_id"]))
            pages.append(page)
            golds.append(gold)
    preds = predict_pages(pages, model=DEFAULT_MODEL)
    keys = [(p["doc_id"], p["incident_id"]) for p in pages]
    first = {k: min(readings[k], key=lambda r: r["reader"]) for k in keys}
    print(f"{len(keys)} pages read ({len(readings) - len(keys)} not found in {path})")
    for field, gold_key in FIELDS:
        reader_ok = [first[k][field] == gold[gold_key] for k, gold in zip(keys, golds, strict=True)]
        tl_ok = [pred[gold_key] == gold[gold_key] for pred, gold in zip(preds, golds, strict=True)]
        print(f"{field}: reader {_interval(sum(reader_ok), len(keys))}, "
              f"truceline {_interval(sum(tl_ok), len(keys))} "
              f"(reader only {sum(r and not t for r, t in zip(reader_ok, tl_ok, strict=True))}, "
              f"truceline only {sum(t and not r for r, t in zip(reader_ok, tl_ok, strict=True))})")
        for kind in ("single", "later", "thin", "multi"):
            idx = [i for i, k in enumerate(keys) if first[k]["kind"] == kind]
            if idx:
                reader_share = sum(reader_ok[i] for i in idx) / len(idx)
                print(f"  {kind:7s} {len(idx):4d} pages: reader {reader_share:.3f}, "
                      f"truceline {sum(tl_ok[i] for i in idx) / len(idx):.3f}")
        pairs = agree = 0
        for k in keys:
            values = [r[field] for r in readings[k]]
            for a in range(len(values)):
                for b in range(a + 1, len(values)):
                    pairs += 1
                    agree += values[a] == values[b]
        if pairs:
            print(f"  readers agree on {agree} of {pairs} pairs "
                  f"({sum(len(readings[k]) > 1 for k in keys)} pages read by several)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
