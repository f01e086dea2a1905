"""ISAF press releases (2009-2013): counts and dates against hand-coded labels.

Each line is {text, gold}; gold has ``min_killed`` and ``min_captured`` (the
insurgents killed and detained, at least), ``start_date`` (the day of the
operation, resolved from "yesterday" against the release's dateline) and
``province``. Scores are accuracies (exact match) over the releases.

From figures to labels: :func:`truceline.stages.figures_totals.incident_total`
of KILLED and of ARRESTED figures (the largest per-sentence sum: a release
restates its result; background tallies are rarer than restatements), plus
counts of more of the same said elsewhere ("the force also detained two
suspected insurgents"). The releases count enemy losses only, so the
coalition's own ("four US soldiers") are left out. The labels are minimum
counts and follow the ISAF coders' conventions: "several", "multiple" count 3,
"numerous" 4, "more than 10" 11. The date is the first full date a figure or the text
gives after the dateline, else the dateline; the publication date is read
from the dateline (:func:`truceline.read.infer_published`), completed with the
year of the release number where the dateline has none ("(Sept. 1)"). The province is
the first place after the dateline named "X province", else the first naming
one of the 34 provinces.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from truceline.errors import ReadError
from truceline.evaluation.common import Timer
from truceline.pipeline import extract_many
from truceline.read import infer_published, make_article, parse_date
from truceline.record import Article, ArticleFacts, Figure, Mention
from truceline.stages.figures_totals import incident_total

ISAF_SEVERAL = 3  # the ISAF coders' reading of "several", "multiple", "a number of"
ISAF_VAGUE = {"numerous": 4}  # the coders read "numerous" as more than "several"
EXCLUSIVE_BOUNDS = ("more than ", "over ")  # "more than 10 insurgents": at least 11, a minimum count
FRIENDLY_UNITS = frozenset({"soldier", "soldiers", "troops", "sailors", "marines", "airmen"})
# "one coalition service member", "two ISAF service members" (but "Haqqani members" are the enemy)
FRIENDLY_WORDS = frozenset({"coalition", "service"})
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RELEASE_NO = re.compile(r"\b(20\d\d)-\d\d-[A-Z]{1,3}-\d{2,4}\b")  # "2010-09-CA-005"
_DATELINE_END = re.compile(r"\((?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)\)")


def _norm_province(name: str) -> str:
    return name.lower().replace(" ", "_").replace("-", "_").replace("paktiya", "paktya").replace(
        "oruzgan", "uruzgan").replace("urozgan", "uruzgan").replace("daykundi", "day_kundi")


def _province(places: list[Mention]) -> str | None:
    """The province the operation was in: one named "X province" first, else the
    first place naming a province (the "KABUL, Afghanistan" dateline is left out)."""
    found = [(("province" in m.text.lower()), _norm_province(name)) for m in places
             for name in (m.canonical, m.text.removesuffix(" province").removesuffix(" Province"))]
    named = [norm for explicit, norm in found if explicit and norm in PROVINCES]
    anywhere = [norm for _, norm in found if norm in PROVINCES]
    found_names = named or anywhere
    return found_names[0] if found_names else None


def as_minimum(fig: Figure) -> Figure:
    """A figure as the ISAF coders' minimum count: "more than 10" is 11, "numerous" 4."""
    text = fig.text.lower()
    if fig.value is None:
        words = text.split()
        return replace(fig, value=float(ISAF_VAGUE.get(words[0] if words else "", ISAF_SEVERAL)))
    if text.startswith(EXCLUSIVE_BOUNDS):
        return replace(fig, value=fig.value + 1)
    return fig


def is_friendly(fig: Figure) -> bool:
    """The coalition's own losses ("four US soldiers", "one coalition service member"):
    the releases' counts are of the enemy."""
    return fig.unit in FRIENDLY_UNITS or bool(FRIENDLY_WORDS & set(fig.text.lower().split()))


def predict(facts: ArticleFacts, text: str) -> dict[str, Any]:
    figures = [as_minimum(f) for f in facts.figures
               if f.category in ("KILLED", "ARRESTED") and not is_friendly(f)]
    killed = incident_total(figures, "KILLED", no_value=ISAF_SEVERAL, additions=True)
    captured = incident_total(figures, "ARRESTED", no_value=ISAF_SEVERAL, additions=True)
    dateline = _DATELINE_END.search(text)
    after = dateline.end() if dateline else 0
    dates = [t.value for t in facts.times
             if t.type == "DATE" and _FULL_DATE.match(t.value) and t.span[0] >= after]
    date = dates[0] if dates else facts.article.published
    province = _province([m for m in facts.mentions if m.kind == "PLACE" and m.span[0] >= after])
    return {"min_killed": int(killed), "min_captured": int(captured), "start_date": date,
            "province": province}


PROVINCES = frozenset({
    "badakhshan", "badghis", "baghlan", "balkh", "bamyan", "day_kundi", "farah", "faryab", "ghazni",
    "ghor", "helmand", "herat", "jowzjan", "kabul", "kandahar", "kapisa", "khost", "kunar", "kunduz",
    "laghman", "logar", "nangarhar", "nimroz", "nuristan", "paktya", "paktika", "panjshir", "parwan",
    "samangan", "sar_e_pul", "takhar", "uruzgan", "wardak", "zabul"})


REJECTED: dict[str, Any] = {"min_killed": 0, "min_captured": 0, "start_date": None, "province": None}


def release_date(text: str) -> str | None:
    """The release's date: a full dateline, else its "(Sept. 1)" dateline with the
    year of its release number ("2010-09-CA-005")."""
    full = infer_published(text)
    if full:
        return full
    dateline = _DATELINE_END.search(text)
    number = _RELEASE_NO.search(text)
    if dateline is None or number is None:
        return None
    return parse_date(f"{dateline.group(0).strip('()')}, {number.group(1)}")


def _article(text: str) -> Article | None:
    """The release as an Article, None where the reader rejects it (it counts as a miss)."""
    try:
        return make_article(text, published=release_date(text), published_source="inferred")
    except ReadError:
        return None


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    rows = rows[:limit]
    articles = [_article(r["text"]) for r in rows]
    timer = Timer()
    with timer.running():
        facts = iter(list(extract_many([a for a in articles if a is not None], model=model)))
    hits = {"killed": 0, "captured": 0, "date": 0, "province": 0}
    for row, article in zip(rows, articles, strict=True):
        gold = row["gold"]
        pred = predict(next(facts), row["text"]) if article is not None else REJECTED
        hits["killed"] += pred["min_killed"] == gold["min_killed"]
        hits["captured"] += pred["min_captured"] == gold["min_captured"]
        hits["date"] += pred["start_date"] == gold["start_date"]
        hits["province"] += pred["province"] in (gold["province"] or [None])
    n = len(rows)
    result: dict[str, Any] = {"docs": n, "docs_per_s": timer.rate(n)}
    result.update({f"{k}_accuracy": round(v / n, 4) if n else 0.0 for k, v in hits.items()})
    return result
