"""``truceline eval msdatetime DIR``: the Microsoft Recognizers-Text DateTime cases.

DIR holds the English DateTime spec files of Recognizers-Text
(``Specs/DateTime/English``): each case is an input sentence, a reference
date (``Context.ReferenceDateTime``) and the expected results (text, offset,
TIMEX value and its future/past resolutions).

Which cases apply: the *parser* files of single expressions that TIMEX3 can
express as one value (:data:`FILES`): dates, times, date-times, durations,
sets, holidays, and the date periods whose value is one TIMEX3 value (a month,
a week, a year, a season...). Results whose value is an interval tuple
``(begin,end,duration)`` are left out (a TIMEX3 range is two expressions), and
so are the extractor-only files (no values) and the model files (their
experimental modes are settings of that library).

Scoring: a case passes when every expected result is overlapped by a predicted
time whose value equals the expected TIMEX, or its future or past resolution
(the library leaves the direction open where the sentence does; a TIMEX3 value
is anchored). A time given as ``T10:45`` matches a predicted ``<date>T10:45``.
Cases with no expected result pass when nothing is predicted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truceline.evaluation.common import overlaps, times_only
from truceline.record import Time

FILES = ("DateParser", "TimeParser", "DateTimeParser", "DurationParser", "SetParser",
         "HolidayParser", "DatePeriodParser")


@dataclass(frozen=True, slots=True)
class Expected:
    span: tuple[int, int]
    values: frozenset[str]


@dataclass(frozen=True, slots=True)
class Case:
    file: str
    text: str
    reference: str | None
    expected: tuple[Expected, ...]


def _resolutions(value: dict[str, Any]) -> Iterator[str]:
    timex = value.get("Timex") or value.get("timex")
    if timex:
        yield str(timex)
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        for kind in ("date", "dateTime", "time"):
            if res.get(kind):
                raw = str(res[kind]).replace(" ", "T")
                yield _trim_seconds(raw)


def _trim_seconds(value: str) -> str:
    return value[:-3] if value.count(":") == 2 and value.endswith(":00") else value


def read_cases(path: Path) -> list[Case]:
    cases: list[Case] = []
    for name in FILES:
        file = path / f"{name}.json"
        if not file.exists():
            continue
        for raw in json.loads(file.read_text(encoding="utf-8-sig")):
            results = raw.get("Results") or []
            expected = []
            skip = False
            for r in results:
                value = r.get("Value") or {}
                values = frozenset(_trim_seconds(v) for v in _resolutions(value))
                if not values or any(v.startswith("(") for v in values):
                    skip = True
                    break
                start = int(r.get("Start", 0))
                length = int(r.get("Length", len(r.get("Text", ""))))
                expected.append(Expected((start, start + length), values))
            if skip:
                continue
            ref = (raw.get("Context") or {}).get("ReferenceDateTime")
            cases.append(Case(name, raw["Input"], str(ref)[:10] if ref else None, tuple(expected)))
    return cases


def _matches(pred: Time, exp: Expected) -> bool:
    if not overlaps(pred.span, exp.span):
        return False
    value = _trim_seconds(pred.value)
    if value in exp.values:
        return True
    clock = value[value.find("T"):] if "T" in value else None
    return clock is not None and (clock in exp.values or clock[1:] in exp.values)


def passes(case: Case, preds: list[Time]) -> bool:
    if not case.expected:
        return not preds
    return all(any(_matches(p, e) for p in preds) for e in case.expected)


def predict(cases: list[Case], *, model: str) -> tuple[list[list[Time]], float]:
    return times_only([(c.text, dt.date.fromisoformat(c.reference).isoformat() if c.reference else None)
                       for c in cases], model=model)


def run(path: Path, *, model: str, limit: int | None) -> dict[str, Any]:
    cases = read_cases(path)
    if limit is not None:
        cases = cases[:limit]
    preds, seconds = predict(cases, model=model)
    per_file: dict[str, list[int]] = {}
    for case, p in zip(cases, preds, strict=True):
        counts = per_file.setdefault(case.file, [0, 0])
        counts[0] += passes(case, p)
        counts[1] += 1
    result: dict[str, Any] = {f"pass_rate_{name}": round(ok / n, 4)
                              for name, (ok, n) in per_file.items()}
    passed = sum(ok for ok, _ in per_file.values())
    result["pass_rate"] = round(passed / len(cases), 4) if cases else 0.0
    result["cases"] = len(cases)
    result["docs"] = len(cases)
    result["docs_per_s"] = round(len(cases) / seconds, 2) if seconds else 0.0
    return result
