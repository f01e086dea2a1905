"""Speed of truceline's time extraction against ``dateparser.search_dates``.

Runs on the same real news texts (the TEXT of TimeML files, by default
../shared/data/time/tbaq) in one process and prints articles/s for:

- ``stage``: the time stage on already parsed Docs (its cost inside the pipeline:
  the parse is shared with every other stage);
- ``timex``: :func:`truceline.timex.find_timexes` on the raw text (no parse);
- ``dateparser``: ``dateparser.search_dates(text, settings={RELATIVE_BASE: DCT})``;

and the ratios stage/dateparser and timex/dateparser (> 1: truceline is faster).

    .venv/bin/python benchmarks/time_vs_dateparser.py [DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import warnings
from pathlib import Path

from truceline.evaluation.tempeval3 import read_tml
from truceline.pipeline import load
from truceline.stages.time import TimeStage
from truceline.timex import find_timexes

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "time" / "tbaq"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--limit", type=int, default=40, help="articles (dateparser is slow)")
    args = parser.parse_args()
    docs = [read_tml(f) for f in sorted(args.path.rglob("*.tml"))[: args.limit]]
    dcts = [dt.date.fromisoformat(d.dct[:10]) if d.dct else None for d in docs]

    nlp = load()
    stages = [n for n in nlp.pipe_names if n.startswith("truceline_")]
    parsed = []
    for d, dct in zip(docs, dcts, strict=True):
        sdoc = nlp.make_doc(d.text)
        sdoc._.tl_meta = {"published": dct.isoformat() if dct else None}
        parsed.append(sdoc)
    parsed = list(nlp.pipe(parsed, disable=stages))

    stage = TimeStage()
    start = time.perf_counter()
    n_stage = sum(len(stage(sdoc)._.tl_times) for sdoc in parsed)
    t_stage = time.perf_counter() - start

    start = time.perf_counter()
    n_timex = sum(len(find_timexes(d.text, dct)) for d, dct in zip(docs, dcts, strict=True))
    t_timex = time.perf_counter() - start

    import dateparser.search

    start = time.perf_counter()
    n_dp = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for d, dct in zip(docs, dcts, strict=True):
            base = dt.datetime.combine(dct, dt.time()) if dct else None
            found = dateparser.search.search_dates(
                d.text, languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
            n_dp += len(found or [])
    t_dp = time.perf_counter() - start

    n = len(docs)
    result = {
        "docs": n,
        "stage_docs_per_s": round(n / t_stage, 1), "stage_times": n_stage,
        "timex_docs_per_s": round(n / t_timex, 1), "timex_times": n_timex,
        "dateparser_docs_per_s": round(n / t_dp, 2), "dateparser_times": n_dp,
        "ratio_stage_vs_dateparser": round(t_dp / t_stage, 1),
        "ratio_timex_vs_dateparser": round(t_dp / t_timex, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
