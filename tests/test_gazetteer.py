"""The offline gazetteer: build, cache, lookups, demonyms, sound-alike keys, GeoJSON."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from truceline import gazetteer
from truceline.gazetteer import haversine_km, normalise, skeleton
from truceline.record import Article, ArticleFacts, Event, Mention

needs_countryinfo = pytest.mark.skipif(importlib.util.find_spec("countryinfo") is None,
                                       reason="countryinfo (country points, demonyms) not installed")


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.mark.parametrize(("raw", "key"), [
    ("the Gaza Strip", "gaza strip"),
    ("U.S.", "us"),
    ("U. S.", "us"),
    ("Khān Yūnis", "khan yunis"),
    ("Deir al-Balah", "deir al balah"),
    ("St. Petersburg", "saint petersburg"),  # one key for GeoNames' "Saint Petersburg"
    ("Mt. Pleasant", "mount pleasant"),
    ("Main St.", "main st"),  # a street's suffix is not "Saint"
])
def test_gazetteer_normalise(raw: str, key: str) -> None:
    assert normalise(raw) == key


def test_gazetteer_skeleton_joins_mt_damage() -> None:
    assert skeleton(normalise("Khan Eunice")) == skeleton(normalise("Khan Younis"))
    assert skeleton(normalise("Cairo")) != skeleton(normalise("Qatar"))


def test_gazetteer_cache_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRUCELINE_CACHE", str(tmp_path))
    path = gazetteer.cache_path()
    assert path.parent == tmp_path
    assert path.name.startswith("gazetteer-") and path.suffix == ".marshal"


@pytest.mark.parametrize(("name", "kb_id", "country", "fclass"), [
    ("Gaza Strip", "281132", "PS", "A.ADM1"),
    ("Khan Younis", "281124", "PS", "P.PPL"),
    ("Qatar", "289688", "QA", "A.PCLI"),
    ("Philadelphi Corridor", "truceline:philadelphi-corridor", "PS", "L.AREA"),
    ("Kerem Shalom", "truceline:kerem-shalom-crossing", "IL", "S.BDCR"),
])
def test_gazetteer_lookup_finds_conflict_places(gaz: gazetteer.Gazetteer, name: str, kb_id: str,
                                               country: str, fclass: str) -> None:
    found = {p.kb_id: p for p in gaz.lookup(name)}
    assert kb_id in found
    place = found[kb_id]
    assert place.country == country and place.feature_class == fclass
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_gazetteer_governorate_lies_in_the_gaza_strip(gaz: gazetteer.Gazetteer) -> None:
    (khan_younis,) = [p for p in gaz.lookup("Khan Younis") if p.kb_id == "281124"]
    assert khan_younis.admin_path[:2] == ("Palestine", "Gaza Strip")
    (strip,) = gaz.lookup("Gaza Strip")
    assert haversine_km(strip.lat, strip.lon, khan_younis.lat, khan_younis.lon) < 40


def test_gazetteer_alternate_names_give_transliterations(gaz: gazetteer.Gazetteer) -> None:
    assert "281133" in {p.kb_id for p in gaz.lookup_alternate("Ghazzah")}


def test_gazetteer_sound_alike_limited_to_countries(gaz: gazetteer.Gazetteer) -> None:
    assert "281124" in {p.kb_id for p in gaz.sound_alike("Khan Eunice", ["PS"])}
    assert gaz.sound_alike("Khan Eunice", ["NO"]) == []


@needs_countryinfo
@pytest.mark.parametrize(("word", "iso2"), [("Egyptian", "EG"), ("Israelis", "IL"),
                                            ("Palestinian", "PS"), ("Qatari", "QA")])
def test_gazetteer_demonym_to_country(gaz: gazetteer.Gazetteer, word: str, iso2: str) -> None:
    place = gaz.demonym(word)
    assert place is not None and place.country == iso2 and place.is_country


def test_gazetteer_to_geojson_puts_events_at_places() -> None:
    prov = {"sentence": 0, "extractor": "test", "confidence": 1.0}
    cairo = Mention(id="m1", span=(0, 5), text="Cairo", kind="PLACE", canonical="Cairo",
                    kb_id="360630", lat=30.06, lon=31.25, country="EG", **prov)
    talks = Event(id="e1", span=(6, 11), text="talks", type="CONSULT", place="Cairo", **prov)
    facts = ArticleFacts(article=Article(id="a1", text="Cairo talks"), mentions=(cairo,),
                         events=(talks,))
    collection = gazetteer.to_geojson([facts, facts])
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [31.25, 30.06]}
    assert feature["properties"]["mentions"] == 2
    assert [e["type"] for e in feature["properties"]["events"]] == ["CONSULT", "CONSULT"]


@pytest.mark.parametrize(("text", "name"), [("W.Va.", "West Virginia"), ("W. Va.", "West Virginia"),
                                            ("Ga.", "Georgia"), ("D.C.", "District of Columbia")])
def test_gazetteer_abbreviation_to_state(gaz: gazetteer.Gazetteer, text: str, name: str) -> None:
    place = gaz.abbreviation(text)
    assert place is not None and place.name == name and place.country == "US"


def test_gazetteer_abbreviations_need_their_dots(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.abbreviation("Miss") is None and gaz.abbreviation("Mass") is None


@needs_countryinfo
def test_gazetteer_shared_demonym_goes_to_the_most_populous_country(gaz: gazetteer.Gazetteer) -> None:
    place = gaz.demonym("American")
    assert place is not None and place.country == "US"


def test_gazetteer_preferred_point_replaces_a_coarse_one(gaz: gazetteer.Gazetteer) -> None:
    us = gaz.country("US")
    assert us is not None and (us.lat, us.lon) == (39.76, -98.5)


def test_gazetteer_saint_and_st_name_the_same_places(gaz: gazetteer.Gazetteer) -> None:
    assert {p.kb_id for p in gaz.lookup("St. Petersburg")} == {
        p.kb_id for p in gaz.lookup("Saint Petersburg")}
    assert any(p.country == "RU" for p in gaz.lookup("St. Petersburg"))


def test_gazetteer_continents_are_indexed(gaz: gazetteer.Gazetteer) -> None:
    assert any(p.feature_class == "L.CONT" for p in gaz.lookup("Africa"))


@pytest.mark.parametrize(("points", "centre"), [
    ([(30.0, 10.0), (40.0, 20.0), (34.0, 12.0)], (35.0, 15.0)),  # the whole box's centre
    ([(52.0, 173.0), (60.0, -170.0), (70.0, -150.0)], (61.0, -168.5)),  # across 180 degrees
    # a town filed under the wrong province, far from all the others, is left out
    ([(31.0 + i / 100, 116.0 + i / 50) for i in range(100)] + [(31.5, 100.3)], (31.495, 116.99)),
])
def test_gazetteer_area_point_is_the_centre_of_the_box(points: list[tuple[float, float]],
                                                       centre: tuple[float, float]) -> None:
    assert gazetteer._area_point(points) == centre


@pytest.mark.parametrize(("name", "lon_range"), [
    ("Alaska", (-170.0, -140.0)),  # its Aleutian towns lie across the antimeridian
    ("Alberta", (-120.0, -110.0)),
    ("Jiangsu Sheng", (117.0, 122.0)),  # a Sichuan town filed under Jiangsu is left out
])
def test_gazetteer_admin_area_point_lies_inside_the_area(gaz: gazetteer.Gazetteer, name: str,
                                                         lon_range: tuple[float, float]) -> None:
    (area,) = [p for p in gaz.lookup(name) if p.feature_class == "A.ADM1"]
    assert lon_range[0] < area.lon < lon_range[1]
