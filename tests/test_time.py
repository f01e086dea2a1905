"""The time stage: TIMEX3 recognition, values, anchoring, spans, and its API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from truceline.record import Time
from truceline.stages.time import time_at
from truceline.timex import duration_value, find_timexes

TIME_STAGE = "truceline_time"


def time_doc(nlp: Language, text: str, published: str | None = "2025-02-28") -> Doc:
    """``text`` through the spaCy model and the time stage only."""
    later = [n for n in nlp.pipe_names if n.startswith("truceline_") and n != TIME_STAGE]
    doc = nlp.make_doc(text)
    doc._.tl_meta = {"published": published}
    return next(iter(nlp.pipe([doc], disable=later)))


def times_of(nlp: Language, text: str, published: str | None = "2025-02-28") -> list[Time]:
    return list(time_doc(nlp, text, published)._.tl_times)


def by_text(times: list[Time]) -> dict[str, Time]:
    return {t.text: t for t in times}


@pytest.mark.parametrize(("text", "type_", "value"), [
    ("January 19", "DATE", "2025-01-19"),
    ("February 27", "DATE", "2025-02-27"),
    ("February 20, 2025", "DATE", "2025-02-20"),
    ("October 7, 2023", "DATE", "2023-10-07"),
    ("this weekend", "DATE", "2025-W09-WE"),
    ("42 days", "DURATION", "P42D"),
    ("six-week", "DURATION", "P6W"),
    ("weekly", "SET", "P1W"),
    ("2006", "DATE", "2006"),
    ("the next day", "DATE", "2025-03-01"),
])
def test_time_reference_article_values(nlp: Language, cairo_text: str, text: str,
                                       type_: str, value: str) -> None:
    times = by_text(times_of(nlp, cairo_text))
    assert text in times, sorted(times)
    assert (times[text].type, times[text].value) == (type_, value)


def test_time_next_day_anchored_on_last_mentioned_date(nlp: Language, cairo_text: str) -> None:
    times = times_of(nlp, cairo_text)
    next_day = by_text(times)["the next day"]
    anchor = next(t for t in times if t.id == next_day.anchor)
    assert anchor.value.startswith("2025-02-28")
    assert by_text(times)["this weekend"].anchor == "published:2025-02-28"
    assert by_text(times)["October 7, 2023"].anchor is None


def test_time_reference_article_no_figure_is_a_date(nlp: Language, cairo_text: str) -> None:
    texts = {t.text for t in times_of(nlp, cairo_text)}
    assert not texts & {"25", "251", "1,200", "48,000", "5,000", "100", "30"}


@pytest.mark.parametrize(("sentence", "expected_text", "value"), [
    ("Israeli troops withdrew from the corridor on Monday, officials said.", "Monday", "2025-02-24"),
    ("The delegation will travel to Doha on Monday.", "Monday", "2025-03-03"),
    ("Hamas released three hostages on Saturday.", "Saturday", "2025-02-22"),
    ("The talks resumed on Thursday in Cairo.", "Thursday", "2025-02-27"),
    ("The strike happened yesterday.", "yesterday", "2025-02-27"),
    ("Mediators expect an answer tomorrow.", "tomorrow", "2025-03-01"),
    ("Aid deliveries fell last week.", "last week", "2025-W08"),
    ("Envoys meet again next month.", "next month", "2025-03"),
    ("Fighting intensified in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
    ("The ceasefire collapsed in March 2024.", "March 2024", "2024-03"),
    ("The movement was founded in the 1980s.", "1980s", "198"),
    ("The siege lasted 12 hours.", "12 hours", "PT12H"),
    ("Prisoners are released every week.", "every week", "P1W"),
    ("The group now controls the town.", "now", "PRESENT_REF"),
    ("Shelling has continued for the past three years.", "the past three years", "P3Y"),
    ("The army said it had withdrawn two days ago.", "two days ago", "2025-02-26"),
    ("Talks began on January 15 and ended two days later.", "two days later", "2025-01-17"),
    ("Police were called at 8:21 p.m. Saturday, Feb. 7, to the scene.",
     "8:21 p.m. Saturday, Feb. 7", "2025-02-07T20:21"),
    ("The convoy left at 6 a.m. on Thursday.", "6 a.m. on Thursday", "2025-02-27T06:00"),
    ("Results for the year ended Sept. 30 were released.", "the year", "P1Y"),
])
def test_time_wire_sentences(nlp: Language, sentence: str, expected_text: str, value: str) -> None:
    times = by_text(times_of(nlp, sentence))
    assert expected_text in times, sorted(times)
    assert times[expected_text].value == value


@pytest.mark.parametrize(("sentence", "span_text"), [
    ("Officials met on Thursday in Cairo.", "Thursday"),
    ("The truce took effect on January 19.", "January 19"),
    ("Hamas has controlled Gaza since 2006.", "2006"),
])
def test_time_span_trimmed_to_expression(nlp: Language, sentence: str, span_text: str) -> None:
    times = times_of(nlp, sentence)
    assert [t.text for t in times] == [span_text]
    start, end = times[0].span
    assert sentence[start:end] == span_text


@pytest.mark.parametrize("sentence", [
    "Hamas returned 25 hostages and eight bodies.",
    "Gaza health authorities say 48,000 people were killed.",
    "The 1,200 Israelis killed included many civilians.",
    "An estimated 2025 fighters crossed the border.",
    "Militants may march on the capital.",
    "The gunman, 45 years old, was arrested.",
    "Relatives can call 555-1987 for information.",
    "About a quarter of the aid trucks were turned back.",
])
def test_time_no_false_dates(nlp: Language, sentence: str) -> None:
    assert times_of(nlp, sentence) == []


def test_time_ranges_marked(nlp: Language) -> None:
    times = times_of(nlp, "The truce held between January 19 and March 1, after the 2009-2010 talks.")
    values = {t.text: (t.begin, t.end) for t in times}
    assert values["January 19"] == ("2025-01-19", "2025-03-01")
    assert values["2009"] == ("2009", "2010")


def test_time_without_publication_date_leaves_unknowns(nlp: Language) -> None:
    times = by_text(times_of(nlp, "The envoy arrived on Monday, June 3.", published=None))
    assert times["Monday, June 3"].value == "XXXX-06-03"


def test_time_at_governing_expression(nlp: Language) -> None:
    text = ("The war began on October 7, 2023. Israeli officials said on February 27 "
            "that Israel would not withdraw from the area.")
    doc = time_doc(nlp, text)
    withdraw = next(t for t in doc if t.text == "withdraw")
    governing = time_at(doc, withdraw)
    assert governing is not None and governing.value == "2025-02-27"
    began = next(t for t in doc if t.text == "began")
    found = time_at(doc, began.idx)
    assert found is not None and found.value == "2023-10-07"
    assert time_at(time_doc(nlp, "No date here at all."), 0) is None


def test_time_at_prefers_the_expression_of_the_same_verb(nlp: Language) -> None:
    doc = time_doc(nlp, "On January 19 a truce began, and Hamas released 25 hostages on February 20.")
    released = next(t for t in doc if t.text == "released")
    governing = time_at(doc, released)
    assert governing is not None and governing.value == "2025-02-20"


@pytest.mark.parametrize(("n", "code", "value"), [
    (42, "D", "P42D"), (6, "W", "P6W"), (12, "TH", "PT12H"), (1.5, "TH", "PT1H30M"),
    (2.5, "Y", "P2Y6M"), (None, "Y", "PXY"), (1, "10Y", "P10Y"), (3.5, "TS", "PT3.5S"),
])
def test_time_duration_values(n: float | None, code: str, value: str) -> None:
    assert duration_value(n, code) == value


@pytest.mark.parametrize(("text", "value"), [
    ("profit rose in the fourth quarter", "1989-Q4"),
    ("sales in the first half", "1989-H1"),
    ("shipments resumed last spring", "1989-SP"),
    ("the company was founded in the late 1990s", "199"),
    ("it will close at 5 p.m. EST Nov. 6", "1989-11-06T17:00"),
    ("the talks resume after Easter Monday 1990", "1990-04-16"),
])
def test_time_timex_module_without_parse(text: str, value: str) -> None:
    values = [t.value for t in find_timexes(text, dt.date(1989, 10, 27))]
    assert value in values


def test_time_tempeval3_benchmark_small(shared_data: Path) -> None:
    from truceline.evaluation import run

    result = run("tempeval3", shared_data / "time" / "tbaq", limit=25)
    assert result["docs"] == 25
    assert result["timex_relaxed_f1"] >= 0.85
    assert result["value_f1"] >= 0.65


def test_time_msdatetime_benchmark(shared_data: Path) -> None:
    from truceline.evaluation import run

    result = run("msdatetime", shared_data / "time" / "ms-recognizers-datetime", limit=None)
    assert result["cases"] > 400
    assert result["pass_rate"] >= 0.3
