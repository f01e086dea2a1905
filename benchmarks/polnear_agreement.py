"""How far PolNeAR's annotators agree with each other, scored as truceline is scored.

PolNeAR has a few articles annotated by several annotators (5 or 6 each: 16 in
train, 2 in dev). Each ordered pair of annotators of one article is scored as a
(prediction, gold) pair with ``truceline.evaluation.polnear.score``, the scorer
of ``truceline eval polnear``; the pairs are pooled per split. The result is
what a system can expect to reach when it is as good as a second annotator:
the human ceiling of each metric. A second line, ``majority``, scores the
spans (of each role, and whole relations for ``relation_f1``) that at least
half of the other annotators of the article marked against each annotator in
turn: an oracle of the annotators' consensus, which a system can approach but hardly
pass. truceline's own scores on the same articles (dev only; train articles are
what the cue model learns from) are printed beside them.

    .venv/bin/python benchmarks/polnear_agreement.py \
        ../shared/data/attribution/polnear/train ../shared/data/attribution/polnear/dev
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import permutations
from pathlib import Path

from truceline.evaluation.polnear import Relation, gold_documents, parse_ann, predict, score
from truceline.pipeline import DEFAULT_MODEL

METRICS = ("relation_f1", "source_f1", "cue_f1", "content_overlap_f1", "cue_overlap_f1")


def _voted(groups: list[set[Relation]]) -> list[Relation]:
    """What at least half of ``groups`` hold."""
    votes = Counter(r for group in groups for r in group)
    return [r for r, n in votes.items() if 2 * n >= len(groups)]


def _majority(golds: list[list[Relation]]) -> tuple[list[Relation], list[Relation]]:
    """The whole relations at least half of ``golds`` marked, and the spans of each role at
    least half of them marked (as relations of one role each)."""
    roles = _voted([{Relation(r.cue, None, None) for r in g} for g in golds])
    roles += _voted([{Relation(None, r.source, None) for r in g if r.source} for g in golds])
    roles += _voted([{Relation(None, None, r.content) for r in g if r.content} for g in golds])
    return _voted([set(g) for g in golds]), roles


def agreement(split: Path, *, with_system: bool) -> dict[str, object]:
    """Pooled scores of every ordered annotator pair on the multiply annotated articles of
    ``split``, and (``with_system``) the pipeline's scores against the same annotators."""
    human: list[tuple[list[Relation], list[Relation]]] = []
    whole: list[tuple[list[Relation], list[Relation]]] = []
    spans: list[tuple[list[Relation], list[Relation]]] = []
    system: list[tuple[list[Relation], list[Relation]]] = []
    articles = 0
    for _, txt, anns in gold_documents(split):
        if len(anns) < 2:
            continue
        articles += 1
        golds = [parse_ann(ann.read_text(encoding="utf-8")) for ann in anns]
        human.extend((golds[i], golds[j]) for i, j in permutations(range(len(golds)), 2))
        for j, gold in enumerate(golds):
            relations, roles = _majority([g for i, g in enumerate(golds) if i != j])
            whole.append((relations, gold))
            spans.append((roles, gold))
        if with_system:
            pred = predict(txt.read_text(encoding="utf-8"), model=DEFAULT_MODEL)
            system.extend((pred, gold) for gold in golds)
    out: dict[str, object] = {"split": split.name, "articles": articles, "annotator_pairs": len(human)}
    if human:
        out["annotators"] = {k: score(human)[k] for k in METRICS}
        out["majority"] = {k: score(whole if k == "relation_f1" else spans)[k] for k in METRICS}
    if system:
        out["truceline"] = {k: score(system)[k] for k in METRICS}
    return out


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        path = Path(arg)
        print(json.dumps(agreement(path, with_system=path.name != "train")))


if __name__ == "__main__":
    main()
