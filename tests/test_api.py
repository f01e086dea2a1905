"""The Python API: extract, extract_many (order, processes), coded errors."""

from __future__ import annotations

import pytest

import truceline
from truceline.errors import Code, ReadError

SNIPPETS = [
    "Israeli officials said on Thursday that talks in Cairo would resume.",
    "Hamas released three hostages in Khan Younis on Saturday.",
    {"text": "Egyptian mediators met both delegations in Cairo on February 27.",
     "published": "2025-02-28", "url": "https://example.org/a"},
]


def test_api_extract_many_keeps_input_order() -> None:
    out = list(truceline.extract_many(SNIPPETS))
    assert [f.article.text for f in out] == [
        s if isinstance(s, str) else s["text"] for s in SNIPPETS]
    assert out[2].article.url == "https://example.org/a"
    assert out[2].article.published == "2025-02-28"


def test_api_extract_many_in_processes_equals_one_process() -> None:
    one = [f.to_dict() for f in truceline.extract_many(SNIPPETS)]
    two = [f.to_dict() for f in truceline.extract_many(SNIPPETS, n_process=2, chunk_size=1)]
    assert one == two


@pytest.mark.parametrize(("text", "code"), [
    ("", Code.EMPTY),
    ("   \n\t ", Code.EMPTY),
    ("Die Verhandlungen über eine Waffenruhe in Kairo wurden am Donnerstag fortgesetzt, "
     "teilten ägyptische Beamte mit.", Code.NOT_ENGLISH),
])
def test_api_extract_rejects_bad_text_with_a_code(text: str, code: Code) -> None:
    with pytest.raises(ReadError) as info:
        truceline.extract(text)
    assert info.value.code == code
    assert str(info.value).startswith(f"[{code.value}]")


def test_api_published_is_inferred_from_a_dateline() -> None:
    facts = truceline.extract("KABUL, Afghanistan (Jan. 25, 2013) - An Afghan and coalition "
                              "force killed a Taliban leader in Ghazni province yesterday.")
    assert facts.article.published == "2013-01-25"
    assert facts.article.published_source == "inferred"


def test_api_bad_published_date_is_a_coded_error() -> None:
    with pytest.raises(ReadError) as info:
        truceline.extract("Talks resumed in Cairo.", published="not a date")
    assert info.value.code == Code.BAD_DATE


@pytest.mark.parametrize("text", [
    "Hamas-controlled Gaza health authorities say 48,000 people were killed.",
    "Israeli strikes killed 404 Palestinians across Gaza early Tuesday, health officials said.",
])
def test_api_terse_english_is_not_rejected_as_foreign(text: str) -> None:
    assert truceline.extract(text, published="2025-03-18").figures


@pytest.mark.parametrize("text", [
    "Les négociations pour un cessez-le-feu ont repris au Caire, selon des responsables égyptiens.",
    "استؤنفت المفاوضات في القاهرة من أجل وقف إطلاق النار بين إسرائيل وحماس",
])
def test_api_other_languages_are_rejected(text: str) -> None:
    with pytest.raises(ReadError) as info:
        truceline.extract(text)
    assert info.value.code == Code.NOT_ENGLISH
