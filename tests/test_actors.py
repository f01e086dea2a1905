"""Actors and outlets: names as news writes them -> canonical, type, country, allegiance."""

from __future__ import annotations

import pytest
from conftest import facts_of

from truceline.actors import resolve
from truceline.outlets import outlet, outlet_for_url


@pytest.mark.parametrize(("text", "canonical", "actor_type", "country", "affiliation"), [
    ("Israel", "Israel", "GOVERNMENT", "IL", None),
    ("Israeli officials", "Israel", "GOVERNMENT", "IL", None),
    ("the Israeli army", "Israel Defense Forces", "MILITARY", "IL", None),
    ("the IDF", "Israel Defense Forces", "MILITARY", "IL", None),
    ("Hamas", "Hamas", "ARMED_GROUP", "PS", None),
    ("Hamas-controlled Gaza health authorities", "Gaza Health Ministry", "HEALTH_AUTHORITY", "PS",
     "Hamas"),
    ("the health ministry run by Hamas", "health ministry", "HEALTH_AUTHORITY", None, "Hamas"),
    ("Egyptian officials", "Egypt", "GOVERNMENT", "EG", None),
    ("two senior Egyptian officials", "Egypt", "GOVERNMENT", "EG", None),
    ("Egyptian officials in Cairo", "Egypt", "GOVERNMENT", "EG", None),
    ("Hamas officials in Gaza", "Hamas", "ARMED_GROUP", "PS", None),
    ("Qatar", "Qatar", "GOVERNMENT", "QA", None),
    ("the United States", "United States", "GOVERNMENT", "US", None),
    ("U.S. officials", "United States", "GOVERNMENT", "US", None),
    ("the Red Cross", "International Committee of the Red Cross", "NGO", None, None),
    ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "ARMED_GROUP", "PS", None),
    ("Iran-backed Houthi rebels", "Houthis", "ARMED_GROUP", "YE", "Iran"),
    ("Israel's military", "Israeli military", "MILITARY", "IL", None),
    ("Russian troops", "Russian Defence Ministry", "MILITARY", "RU", None),
])
def test_actors_resolve_names_and_qualifiers(text: str, canonical: str, actor_type: str,
                                             country: str | None, affiliation: str | None) -> None:
    info = resolve(text)
    assert info is not None
    assert (info.canonical, info.actor_type, info.country, info.affiliation) == (
        canonical, actor_type, country, affiliation)


@pytest.mark.parametrize(("text", "canonical", "affiliation"), [
    ("Hamas spokesman Hazem Qassem", "Hazem Qassem", "Hamas"),
    ("Egyptian Foreign Minister Badr Abdelatty", "Badr Abdelatty", "Egypt"),
])
def test_actors_person_speaking_for_a_party(text: str, canonical: str, affiliation: str) -> None:
    info = resolve(text)
    assert info is not None and info.kind == "PERSON"
    assert (info.canonical, info.affiliation) == (canonical, affiliation)


@pytest.mark.parametrize(("text", "actor_type"), [
    ("officials", "ANONYMOUS"), ("a senior official", "ANONYMOUS"), ("sources", "ANONYMOUS"),
    ("witnesses", "WITNESS"), ("medics", "HEALTH_AUTHORITY"),
])
def test_actors_unnamed_sources(text: str, actor_type: str) -> None:
    info = resolve(text)
    assert info is not None and info.actor_type == actor_type


@pytest.mark.parametrize(("text", "canonical", "actor_type", "country"), [
    ("the Palestinian Prisoners' Society", "Palestinian Prisoners' Society", "NGO", "PS"),
    ("the Israeli Prison Service", "Israel Prison Service", "GOVERNMENT", "IL"),
    # a name of its own after a demonym is an organisation, not the state it is named after
    ("the Palestinian Football Association", "Palestinian Football Association", "OTHER", "PS"),
])
def test_actors_organisations_named_with_a_demonym_are_not_the_state(
        text: str, canonical: str, actor_type: str, country: str) -> None:
    info = resolve(text)
    assert info is not None and info.kind == "ORG"
    assert (info.canonical, info.actor_type, info.country) == (canonical, actor_type, country)


def test_actors_prisoner_figures_keep_their_ngo_source() -> None:
    facts = facts_of("Israel released more than 600 Palestinian prisoners, the Palestinian "
                     "Prisoners' Society said.", published="2025-02-27")
    (claim,) = facts.claims
    assert (claim.source.canonical, claim.source.source_type) == ("Palestinian Prisoners' Society", "NGO")
    (figure,) = [f for f in facts.figures if f.category == "PRISONERS_RELEASED"]
    assert figure.claim == claim.id


@pytest.mark.parametrize("text", ["The Jerusalem Post", "Washington Post", "John Smith", ""])
def test_actors_unknown_or_other_names_are_none(text: str) -> None:
    assert resolve(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("the Jerusalem Post Office", "The Jerusalem Post"),  # machine translation of the reference article
    ("the Israeli era", "The Times of Israel"),
    ("Israel's Haaretz newspaper", "Haaretz"),
    ("Haarets", "Haaretz"),
    ("The Associated Press", "Associated Press"),
    ("AP", "Associated Press"),
    ("Reuters news agency", "Reuters"),
    ("the New York Post", "New York Post"),
])
def test_outlets_tolerate_damage(text: str, name: str) -> None:
    info = outlet(text)
    assert info is not None and info.name == name


@pytest.mark.parametrize("text", ["the Post", "Israel", "Israeli police", "Hamas", "Israel Post Office",
                                  "ap", "Egyptian officials"])
def test_outlets_no_false_matches(text: str) -> None:
    assert outlet(text) is None


def test_outlets_by_url_domain() -> None:
    info = outlet_for_url("https://www.jpost.com/middle-east/article-123")
    assert info is not None and info.name == "The Jerusalem Post" and info.country == "IL"
