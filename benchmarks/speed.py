"""Throughput of full extraction against the bare spaCy pipeline, in one process.

    .venv/bin/python benchmarks/speed.py [--articles N] [--min-ratio 0.6]

Both run on the same real news articles (the GVA dev share's article texts,
which are ordinary local news: 100-1,000 words each), after a warm-up, with
the same batch size. Reports articles/s for both and the ratio
full / bare; with ``--min-ratio`` exits 1 when the ratio is below it.
A per-stage breakdown shows where the extra time goes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import spacy

from truceline.pipeline import BATCH_SIZE, DEFAULT_MODEL, extract_many, load, make_doc
from truceline.read import make_article
from truceline.record import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "figures" / "gva-dev"
MIN_WORDS = 80  # skip scraping debris ("enter the characters...") that is not an article


def load_articles(n: int) -> list[Article]:
    out: list[Article] = []
    with gzip.open(DATA / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("content") or ""
            if len(text.split()) < MIN_WORDS:
                continue
            out.append(make_article(text, published=row.get("dct")))
            if len(out) >= n:
                break
    return out


def rate(fn: object, articles: list[Article], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn(articles)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return len(articles) / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--min-ratio", type=float, default=None)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent", file=sys.stderr)
        return 0
    articles = load_articles(args.articles)
    bare = spacy.load(args.model)
    full = load(args.model)

    def run_bare(items: list[Article]) -> None:
        for _ in bare.pipe((a.text for a in items), batch_size=BATCH_SIZE):
            pass

    def run_full(items: list[Article]) -> None:
        for _ in extract_many(items, model=args.model):
            pass

    run_bare(articles[:10])
    run_full(articles[:10])
    bare_rate = rate(run_bare, articles, args.repeats)
    full_rate = rate(run_full, articles, args.repeats)
    ratio = full_rate / bare_rate

    stage_s: dict[str, float] = {}
    for article in articles:
        doc = make_doc(full, article)
        for name, proc in full.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            stage_s[name] = stage_s.get(name, 0.0) + time.perf_counter() - start
    total = sum(stage_s.values())
    print(f"{'stage':<24}{'share':>8}")
    for name, secs in stage_s.items():
        print(f"{name:<24}{secs / total:>8.1%}")
    result = {"articles": len(articles), "words": sum(len(a.text.split()) for a in articles),
              "bare_articles_per_s": round(bare_rate, 2), "full_articles_per_s": round(full_rate, 2),
              "ratio": round(ratio, 3), "model": args.model}
    print(json.dumps(result))
    if args.min_ratio is not None and ratio < args.min_ratio:
        print(f"ratio {ratio:.3f} below {args.min_ratio}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
