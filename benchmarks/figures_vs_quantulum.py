"""Side by side on the NewsQuant dev share: truceline's figures vs quantulum3.

Both are scored with the same CQE scorer (truceline.evaluation.newsquant.score)
and timed on the same sentences (sentences/s, extraction only; truceline's time
covers its whole pipeline, spaCy parse included). quantulum3 is scored as
CQE_Evaluation scores it: its unit names mapped to CQE's, and gold ranges
compared by their midpoint, since quantulum3 gives single values. quantulum3 is
optional (``pip install -r requirements/bench.txt``); without it only truceline
is reported.

    .venv/bin/python benchmarks/figures_vs_quantulum.py ../shared/data/figures/newsquant-dev.json
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from truceline.evaluation.newsquant import predict, score
from truceline.pipeline import DEFAULT_MODEL

# quantulum3 unit names -> CQE's names: CQE_Evaluation's QuantulumTagger.dictionary_unit
QUANTULUM_UNITS = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "percentage drop": "percentage",
    "second of arc": "second", "minute of arc": "minute", "yard yard": "yard",
    "cubic centimetre": "millilitre", "degree angle degree fahrenheit": "fahrenheit",
    "pound sterling year": "pound sterling per year", "per year per newton per day": "year",
}


def quantulum_tags(texts: list[str]) -> tuple[list[list[dict[str, Any]]], float]:
    from quantulum3 import parser

    out: list[list[dict[str, Any]]] = []
    start = time.perf_counter()
    for text in texts:
        tags = []
        for q in parser.parse(text):
            # as CQE scores quantulum3: its value as given, gold ranges by their midpoint
            unit = QUANTULUM_UNITS.get(q.unit.name.lower(), q.unit.name).lower()
            tags.append({"value": float(q.value), "unit": unit, "concepts": []})
        out.append(tags)
    return out, time.perf_counter() - start


def main(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = [row["text"] for row in data]
    gold = [row["quantities"] for row in data]
    report: dict[str, Any] = {"sentences": len(texts)}
    preds, seconds = predict(texts, DEFAULT_MODEL)
    report["truceline"] = {**score(list(zip(gold, preds, strict=True))),
                           "sentences_per_s": round(len(texts) / seconds, 1)}
    try:
        q_preds, q_seconds = quantulum_tags(texts)
    except ImportError as err:
        report["quantulum3"] = {"error": f"not installed ({err}); pip install quantulum3"}
    else:
        report["quantulum3"] = {**score(list(zip(gold, q_preds, strict=True)), average_ranges=True),
                                "sentences_per_s": round(len(texts) / q_seconds, 1)}
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
