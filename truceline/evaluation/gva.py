"""Gun Violence Archive: news articles against the incident each reports.

``articles.jsonl.gz`` holds articles (``content``, ``dct`` = publication date,
``incident_id``); ``incidents.json.gz`` the incidents (``num_killed``,
``num_injured``, ``date`` as "April 10, 2017", ``city_or_county``). Each
article is scored against its incident; accuracies are exact matches.

From figures to the incident: :func:`truceline.stages.figures_totals.incident_total`
of KILLED and of INJURED figures (largest per-sentence sum; "several" counts
2, the least it can mean). The archive's ``num_injured`` counts the wounded
who survived, and an article that reports only injuries has zero killed:
both fall out of the totals (a victim "shot and killed" is one KILLED figure,
not also an injury; in a report of a death, a single victim "shot" without a
number is the one who died). A count of everyone hit ("four teenagers were
shot, one fatally", "five men were shot ... the fifth died") includes the
dead, so the killed are taken off it; a count of "others wounded" does not.
The headline, parsed as a document of its own, states the main incident's
counts where the page may run several stories together: a count it gives
wins over the body's. The date is the as_of of the largest killed/injured
figure, else the first full date the article gives, else its publication
date; the city is the first place mention naming the incident's city.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from truceline.errors import ReadError
from truceline.evaluation.common import Timer
from truceline.pipeline import extract_many
from truceline.read import make_article, parse_date
from truceline.record import Article, ArticleFacts, Figure
from truceline.stages.figures_totals import incident_statement, incident_total, is_implicit_singular

GVA_SEVERAL = 2  # "several people were shot": the least the word can mean
HIT_BY_GUNFIRE = frozenset({"shoot", "hit", "strike"})  # counts everyone hit, the dead included
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def predict(facts: ArticleFacts) -> dict[str, Any]:
    figures = facts.figures
    killed = incident_total(figures, "KILLED", no_value=GVA_SEVERAL)
    if killed:  # "the victim was shot", "a mother who was shot": in a report of a death, the one who died
        figures = tuple(f for f in figures if not (f.category == "INJURED" and is_implicit_singular(f)
                                                   and f.predicate in HIT_BY_GUNFIRE))
    injured, said = incident_statement(figures, "INJURED", no_value=GVA_SEVERAL)
    if killed and _all_hit(said) and injured > killed:
        injured -= killed  # "four teenagers were shot, one fatally": the survivors
    casualties = sorted((f for f in figures if f.category in ("KILLED", "INJURED")),
                        key=lambda f: -(f.value or 0.0))
    dates = [f.as_of[:10] for f in casualties if f.as_of and _FULL_DATE.match(f.as_of[:10])]
    dates += [t.value for t in facts.times if t.type == "DATE" and _FULL_DATE.match(t.value)]
    date = dates[0] if dates else facts.article.published
    cities = [m.canonical for m in facts.mentions if m.kind == "PLACE"]
    return {"num_killed": int(killed), "num_injured": int(injured), "date": date, "cities": cities}


def _all_hit(figures: list[Figure]) -> bool:
    """Whether a count of the injured is a count of everyone shot ("five men were
    shot"), not of the others beside the dead ("three others wounded")."""
    return bool(figures) and all(f.predicate in HIT_BY_GUNFIRE and "other" not in f.text.lower()
                                 for f in figures)


def _load(path: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    with gzip.open(path / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    with gzip.open(path / "incidents.json.gz", "rt", encoding="utf-8") as fh:
        incidents = {i["incident_id"]: i for i in json.load(fh)}
    return articles, incidents


REJECTED: dict[str, Any] = {"num_killed": 0, "num_injured": 0, "date": None, "cities": []}


def _article(row: dict[str, Any]) -> Article | None:
    """The article as an Article, None where the reader rejects it (it counts as a miss)."""
    try:
        return make_article(row["content"], published=row.get("dct"), title=row.get("title"))
    except ReadError:
        return None


def with_headline(body: dict[str, Any], headline: dict[str, Any]) -> dict[str, Any]:
    """The headline states the main incident's counts ("4 shot, 1 killed in ..."),
    where the body may run into other stories: a count the headline gives wins,
    else the body's."""
    return {**body, "num_killed": headline["num_killed"] or body["num_killed"],
            "num_injured": headline["num_injured"] or body["num_injured"]}


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    articles, incidents = _load(path)
    articles = [a for a in articles if a["incident_id"] in incidents and a.get("content")][:limit]
    records = [_article(a) for a in articles]
    read = [r for r in records if r is not None]
    # the headline as a document of its own (the reader's language check needs more text than a title)
    headlines = [replace(r, text=r.title or "") for r in read]
    timer = Timer()
    with timer.running():
        facts = iter(list(zip(extract_many(read, model=model), extract_many(headlines, model=model),
                              strict=True)))
    hits = {"killed": 0, "injured": 0, "date": 0, "city": 0}
    for article, record in zip(articles, records, strict=True):
        gold = incidents[article["incident_id"]]
        if record is None:
            pred = REJECTED
        else:
            body, headline = next(facts)
            pred = with_headline(predict(body), predict(headline))
        hits["killed"] += pred["num_killed"] == gold["num_killed"]
        hits["injured"] += pred["num_injured"] == gold["num_injured"]
        hits["date"] += pred["date"] == parse_date(gold["date"])
        city = (gold.get("city_or_county") or "").strip().lower()
        hits["city"] += any(c.lower() == city for c in pred["cities"])
    n = len(articles)
    result: dict[str, Any] = {"docs": n, "docs_per_s": timer.rate(n)}
    result.update({f"{k}_accuracy": round(v / n, 4) if n else 0.0 for k, v in hits.items()})
    return result
