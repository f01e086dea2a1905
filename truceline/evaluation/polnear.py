"""``truceline eval polnear DIR``: attribution relations against PolNeAR.

PolNeAR (Newell, Margolin & Ruths 2018) annotates political news of 2016 with
attribution relations in brat standoff: each relation (an ``E`` line) joins a
Cue, usually a Source and usually a Content (``T`` lines with character
offsets into ``text/<name>.txt``). ``DIR`` holds ``text/`` and
``attributions/``; an article annotated by several annotators has one ``.ann``
per annotator (``<name>_<annotator>.ann``), each scored as its own gold
document against the same predictions.

Scoring:

- exact ``source_f1``, ``cue_f1``, ``content_f1``: a predicted span counts when
  its extent ([first start, last end), discontinuous spans joined) equals a
  gold span of that role; each distinct span counted once per document.
- ``*_overlap_f1``: a predicted span counts when it overlaps a gold span of
  that role, matched one to one.
- ``relation_f1``: a predicted relation counts when its cue overlaps the gold
  relation's cue and its source overlaps the gold source (a gold relation
  without a source needs only the cue), matched one to one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truceline.evaluation.common import PRF, Timer, overlaps

Span = tuple[int, int]
ROLES = ("Source", "Cue", "Content")
_T_LINE = re.compile(r"^(T\d+)\t(\w+) (\d+(?: \d+)*(?:;\d+ \d+)*)\t", re.MULTILINE)
_E_LINE = re.compile(r"^(E\d+)\t(.+)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Relation:
    cue: Span | None
    source: Span | None
    content: Span | None


def parse_ann(text: str) -> list[Relation]:
    """The attribution relations of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, Span]] = {}
    for match in _T_LINE.finditer(text):
        numbers = [int(n) for n in re.split(r"[ ;]", match.group(3))]
        spans[match.group(1)] = (match.group(2), (min(numbers), max(numbers)))
    relations = []
    for match in _E_LINE.finditer(text):
        args: dict[str, Span] = {}
        for arg in match.group(2).split()[1:]:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")
            if role in ROLES and ref in spans and role not in args:
                args[role] = spans[ref][1]
        if "Cue" in args:
            relations.append(Relation(args.get("Cue"), args.get("Source"), args.get("Content")))
    return relations


def gold_documents(path: Path) -> Iterator[tuple[str, Path, list[Path]]]:
    """(name, text file, its .ann files) for each annotated article under ``path``."""
    texts = path / "text"
    anns: dict[str, list[Path]] = {}
    for ann in sorted((path / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    for txt in sorted(texts.glob("*.txt")):
        if txt.stem in anns:
            yield txt.stem, txt, anns[txt.stem]


def predict(text: str, *, model: str) -> list[Relation]:
    """The pipeline's claims on ``text`` as relations (no metadata, as PolNeAR has none)."""
    from truceline.pipeline import load

    doc = load(model)(text)
    return [Relation(c.cue_span, c.source.span if c.source.span[1] > c.source.span[0] else None,
                     c.content_span) for c in doc._.tl_claims or ()]


def _exact(pred: set[Span], gold: set[Span], prf: PRF) -> None:
    prf.tp += len(pred & gold)
    prf.pred += len(pred)
    prf.gold += len(gold)


def _overlap(pred: list[Span], gold: list[Span], prf: PRF) -> None:
    used: set[int] = set()
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and overlaps(p, g):
                used.add(i)
                prf.tp += 1
                break
    prf.pred += len(pred)
    prf.gold += len(gold)


def _relations(pred: list[Relation], gold: list[Relation], prf: PRF) -> None:
    used: set[int] = set()
    for p in pred:
        for i, g in enumerate(gold):
            if i in used or p.cue is None or g.cue is None or not overlaps(p.cue, g.cue):
                continue
            if g.source is not None and (p.source is None or not overlaps(p.source, g.source)):
                continue
            used.add(i)
            prf.tp += 1
            break
    prf.pred += len(pred)
    prf.gold += len(gold)


def score(pairs: list[tuple[list[Relation], list[Relation]]]) -> dict[str, float]:
    """Metrics over (predicted, gold) relation lists, one pair per gold document."""
    exact = {role: PRF() for role in ROLES}
    overlap = {role: PRF() for role in ROLES}
    relation = PRF()
    for pred, gold in pairs:
        for role, attr in zip(ROLES, ("source", "cue", "content"), strict=True):
            p_spans = {getattr(r, attr) for r in pred} - {None}
            g_spans = {getattr(r, attr) for r in gold} - {None}
            _exact(p_spans, g_spans, exact[role])
            _overlap(sorted(p_spans), sorted(g_spans), overlap[role])
        _relations(pred, gold, relation)
    result = {f"{role.lower()}_f1": round(exact[role].f1, 4) for role in ROLES}
    result.update({f"{role.lower()}_overlap_f1": round(overlap[role].f1, 4) for role in ROLES})
    result["relation_f1"] = round(relation.f1, 4)
    result["relation_precision"] = round(relation.precision, 4)
    result["relation_recall"] = round(relation.recall, 4)
    return result


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    timer = Timer()
    pairs: list[tuple[list[Relation], list[Relation]]] = []
    docs = 0
    for _, txt, anns in gold_documents(path):
        if limit is not None and docs >= limit:
            break
        text = txt.read_text(encoding="utf-8")
        with timer.running():
            pred = predict(text, model=model)
        docs += 1
        for ann in anns:
            pairs.append((pred, parse_ann(ann.read_text(encoding="utf-8"))))
    result: dict[str, Any] = {"docs": docs, "docs_per_s": timer.rate(docs), **score(pairs)}
    return result
