"""The general quantity layer: units, counted nouns, shared units, ranges; and
how a figure is written as a NewsQuant (CQE) quantity."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from truceline.evaluation.newsquant import score, to_tag, unit_name, values_match
from truceline.record import Figure
from truceline.stages.base import get_facts
from truceline.stages.figures_quantity import Quantity, find_quantities


def _quantities(nlp: Language, text: str) -> tuple[Doc, list[Quantity]]:
    doc = nlp(text)
    return doc, [q for sent in doc.sents for q in find_quantities(sent)]


def _at(doc: Doc, found: list[Quantity], number: str) -> Quantity:
    hits = [q for q in found if number in doc[q.num_start:q.num_end].text]
    assert hits, f"no quantity {number!r} in {[doc[q.start:q.end].text for q in found]}"
    return hits[0]


def _figure(doc: Doc, fragment: str) -> Figure:
    figures: list[Figure] = get_facts(doc, "figures")
    hits = [f for f in figures if fragment in f.text]
    assert hits, f"no figure with {fragment!r} in {[f.text for f in figures]}"
    return hits[0]


@pytest.mark.parametrize(("text", "number", "unit"), [
    # coordinated: the unit written once belongs to both numbers
    ("Tickets cost 40 or $50 at the door.", "40", "USD"),
    ("The crossing closes for three or four days.", "four", "P1D"),
    # a bare number continuing an absolute quantity
    ("The highest bid was 120 cents, while the lowest was 95.", "95", "cent"),
    ("The S&P 500 rose 64.06 points to 4,577.10.", "4,577.10", "point"),
    ("Hamas freed 33 hostages in the first phase and 25 in the second.", "25", "hostages"),
    # the same role in a parallel clause takes a share too
    ("Exports rose by 3 percent and imports fell by 2.", "2", "%"),
])
def test_quantity_bare_number_shares_the_unit_written_beside_it(
        nlp: Language, text: str, number: str, unit: str) -> None:
    doc, found = _quantities(nlp, text)
    assert _at(doc, found, number).unit == unit


@pytest.mark.parametrize(("text", "number"), [
    ("The index rose 0.7 percent to 6,327.80.", "6,327.80"),  # a level, not a percentage
    ("The dollar index was up at 96.088 on Friday.", "96.088"),
])
def test_quantity_level_after_a_change_stays_bare(nlp: Language, text: str, number: str) -> None:
    doc, found = _quantities(nlp, text)
    assert _at(doc, found, number).unit is None


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("The group released a 12 page report on the talks.", "12", "page"),  # the number counts pages
    ("They rented a 3 bedroom house near the border.", "3", "bedroom"),
    ("Two police officers were wounded.", "Two", "officers"),  # a plural head is what is counted
    ("Mediators floated three Egyptian-brokered truce proposals.", "three", "proposals"),
    ("Two of the hostages were released on Saturday.", "Two", "hostages"),  # partitive
    ("Israel has occupied the area for the last 50 difficult years.", "50", "P1Y"),  # a unit noun
    ("The plant will fill eight million 250ml bottles of sanitiser.", "eight", "bottles"),
])
def test_quantity_counted_noun(nlp: Language, text: str, number: str, unit: str) -> None:
    doc, found = _quantities(nlp, text)
    assert _at(doc, found, number).unit == unit


@pytest.mark.parametrize(("text", "number", "value", "unit"), [
    ("Offices rent at $80 per sq m.", "80", 80.0, "USD/m2"),
    ("Fees rose by up to £24 a-year.", "24", 24.0, "GBP/P1Y"),
    ("Gas traded at $2.24 per mmBTU.", "2.24", 2.24, "USD/MMBtu"),
    ("The engine makes 586 lb-ft of torque.", "586", 586.0, "lbft"),
    ("The dollar rose to 108.79 JPY= in Tokyo.", "108.79", 108.79, "JPY"),
    ("The dose is 1/16 of a US pint.", "1/16", 0.0625, "pt"),
    ("The plant will fill eight million 250ml bottles of sanitiser.", "250ml", 250.0, "ml"),
    ("The population is about 8 B people.", "8", 8e9, "people"),
    ("They walked two and a half miles to the east.", "two", 2.5, "mi"),
    ("The firm will announce thousands of job cuts.", "thousands", 1000.0, "cuts"),  # the phrase's head
])
def test_quantity_units_as_written(nlp: Language, text: str, number: str, value: float, unit: str) -> None:
    doc, found = _quantities(nlp, text)
    q = _at(doc, found, number)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("He will be 35 by the end of the year.", "35", "age"),
    ("The hostage, who is 85, was freed on Monday.", "85", "age"),
    ("Nick Hague 44 has spent the last 200 days in space.", "44", "age"),
    ("They were 25 in total.", "25", None),  # a group: a count, not an age
    ("He shot 32.3% from three-point range.", "three", "point"),
])
def test_quantity_ages_and_hyphenated_units(nlp: Language, text: str, number: str, unit: str | None) -> None:
    doc, found = _quantities(nlp, text)
    assert _at(doc, found, number).unit == unit


@pytest.mark.parametrize(("text", "number"), [
    ("This happened around 11\n\nMan shot and killed while trying to sell his car", "11"),
    ("Watch 21 Pro Video\n\nA man was killed on Sunday.", "21"),  # no noun over a line break
    ("They say Robertson was one of 13 kids.", "one"),  # "one of": not a count, not an age
])
def test_quantity_no_phantom_over_a_line_break_or_in_one_of(nlp: Language, text: str, number: str) -> None:
    doc, found = _quantities(nlp, text)
    assert not [q for q in found if doc[q.num_start].text == number]


def test_quantity_coordinated_ages(nlp: Language) -> None:
    _, found = _quantities(nlp, "The deaths of the two and six year old shocked the town.")
    assert [(q.value, q.unit) for q in found] == [(2.0, "age"), (6.0, "age")]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Bitcoin fell from $36,040 on Monday night to $34,935 on Tuesday.", 36040.0, 34935.0),
    ("Mileage rose from 20 miles per gallon in 2008 to 29 mpg in 2020.", 20.0, 29.0),
    ("Oil dropped since October from $75 U.S. per barrel to $45.88 on December 20.", 75.0, 45.88),
])
def test_quantity_change_from_to_over_modifiers_is_one_range(
        nlp: Language, text: str, low: float, high: float) -> None:
    _, found = _quantities(nlp, text)
    assert [(q.low, q.high) for q in found if q.low is not None] == [(low, high)]
    assert not [q for q in found if q.value in (low, high)]  # no stray ends


@pytest.mark.parametrize(("text", "fragment", "unit"), [
    ("Can we expect upsets with the top three seeds still playing?", "three", "top seed"),
    ("He netted a record 32 goals this season.", "32", "record goal"),
    ("Two of Johnson's deputies were fired.", "Two", "johnson deputy"),
    ("In total, 1,307,000 Americans were collecting jobless aid.", "1,307,000", "american"),
    ("The firm offered two gas-only powertrain options.", "two", "gas-only powertrain option"),
    ("Crude was up 19 cents at $58.24 per barrel.", "58.24", "dollar per barrel"),
    ("Gas traded at $2.24 per mmBTU.", "2.24", "dollar per mega british thermal unit"),
    ("The boot now stands at 24.5 cubic feet.", "24.5", "cubic foot"),
])
def test_newsquant_unit_names(nlp: Language, text: str, fragment: str, unit: str) -> None:
    doc = nlp(text)
    assert unit_name(_figure(doc, fragment), doc) == unit


def test_newsquant_share_without_a_noun_is_percent_dash(nlp: Language) -> None:
    doc = nlp("A third of those screened were obese, the survey found.")
    tags = [t for f in get_facts(doc, "figures") if (t := to_tag(f, doc)) is not None]
    assert {"value": pytest.approx(1 / 3), "unit": "% -", "concepts": []} in [
        {**t, "concepts": []} for t in tags]


@pytest.mark.parametrize(("gold", "pred", "match"), [
    (100.0, 100.0005, True),
    (0.0, 1e-9, True),
    ((20.0, 30.0), (20.0, 30.0), True),
    ((20.0, 30.0), 20.0, False),
])
def test_newsquant_values_match_as_numpy_isclose(gold: Any, pred: Any, match: bool) -> None:
    assert values_match(gold, pred) is match


def test_newsquant_scorer_averages_gold_ranges_for_single_value_systems() -> None:
    gold = [{"value": "20-30", "normalized_unit": "people", "referred_concepts": "-"}]
    pred = [{"value": 25.0, "unit": "people", "concepts": []}]
    assert score([(gold, pred)])["value_f1"] == 0.0
    assert score([(gold, pred)], average_ranges=True)["value_unit_f1"] == 1.0
