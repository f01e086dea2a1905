"""Places -> PLACE mentions with GeoNames ids, coordinates, country and admin path.

Detection: spaCy's GPE/LOC/FAC entities; NORP demonyms ("Egyptian officials")
resolved to their country and marked ``demonym=True``; and, beyond NER,
capitalised names after a locative preposition ("in Khan Eunice", which spaCy
tags PERSON) matched exactly or, for transliteration variants and
machine-translation damage, by sound-alike key plus a fuzzy-ratio guard,
restricted to the countries the article is already about. Dotted state
abbreviations ("W.Va."); countries, continents and large cities inside
organisations' names ("University of Rochester"); and, from the article's own
places (one sense per discourse), the other uses of a name it already uses as a
place, admin areas of its countries and towns near its places, even where spaCy
tagged them ORG or (as a lone word) PERSON. A one-word name that is also a word
of a person's name in the article is that person. Streets and local features
("Main St.", "County Road 35") and names the gazetteer lacks are placed at the
article's town, without a GeoNames id and with a low confidence.

Disambiguation: every candidate of a name is scored by population and
feature class (a prior), then re-scored against the article's context (the
countries and admin areas of the other places, the state the article names
most often, their distance, and how many other names, towns inside
organisations' names among them, have a namesake town nearby), in two rounds:
the second reads the places the first chose. A county named
without "County" is mostly its town; a state named among other states is a
state; a bare country name is the country, not its namesake province.
"Athens, Ga." keeps only the places inside the qualifier (a list such as
"Ohio, Indiana and Nevada" is no qualifier); "North Texas" stands at Texas; a
short form ("Gaza") takes the place of a longer mention it abbreviates ("the
Gaza Strip"). Later stages ask :func:`place_at` for the place governing a token.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token
from unidecode import unidecode

from truceline.gazetteer import Gazetteer, Place, haversine_km, load, normalise
from truceline.outlets import outlet
from truceline.record import Mention
from truceline.stages.base import get_facts, next_id, provenance, sentence_index, set_facts

EXTRACTOR = "places.v2"

PLACE_LABELS = frozenset({"GPE", "LOC"})
FACILITY_LABELS = frozenset({"FAC"})  # kept only when the gazetteer knows them
DEMONYM_LABELS = frozenset({"NORP"})
# spaCy's labels that machine-translated place names end up with ("Khan Eunice" -> PERSON)
MISLABELLED = frozenset({"PERSON", "ORG", "NORP"})
# Names whose words may hold an embedded toponym ("the Ohio Supreme Court", "Gainesville
# Police", "University of Georgia"): Gritta et al. count these as (embedded) toponyms.
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
# Detections sure enough to be spread to the article's other uses of the name: spaCy's place
# labels and the gazetteer's confirmed forms, not the guesses of the preposition scan.
CONFIRMED_LABELS = frozenset({"GPE", "LOC", "FAC", "EMBEDDED", "ABBREVIATION"})
# Never searched for names: a person's name is not a place even when it is a town's.
PERSON_LABELS = frozenset({"PERSON"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "inside",
                            "around", "across", "toward", "towards", "through", "via", "of", "on"})
ATTACHING_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
LIST_JOINERS = frozenset({",", "and", "or"})  # between the items of a list of places
LEADING_WORDS = frozenset({"the", "a", "an"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern",
                           "eastern", "western", "northeast", "northwest", "southeast",
                           "southwest", "northeastern", "northwestern", "southeastern",
                           "southwestern", "upstate", "downstate"})
MAX_SCAN_TOKENS = 4  # longest capitalised name the non-NER scan tries
MIN_CAPS_LEN = 3  # an all-capitals word this long may be a dateline name ("MANSFIELD")
MAX_EXTENSION = 2  # words after an entity that may complete a place name ("crossing", "camp")

# Prior: log10(population + 1) plus a bonus by feature class.
COUNTRY_PRIOR = 3.0  # a bare country name is that country far more often than a namesake town
ADMIN1_PRIOR = 1.0  # states/provinces: populous by construction, but named less than cities
CAPITAL_PRIOR = 2.5  # a national capital's bare name mostly means it (or its government, by
# metonymy: "Washington said"), even over a more populous namesake state
FEATURE_PRIOR = 6.0  # the project's conflict features: only reachable by their specific names
SHORT_AREA_PENALTY = 2.0  # a county named without its generic word ("Lancaster" for Lancaster
# County): a bare name is mostly the town, and a county's population sums all its towns
ALTERNATE_PENALTY = 2.0  # matched by a GeoNames alternate name, not the primary one
# Context (from the other places of the article).
SAME_COUNTRY_BONUS = 2.5  # "Rafah" in an article about Gaza is Rafah, Gaza
SAME_AREA_BONUS = 3.0  # "Alexandria" with "Louisiana" in the article
MIN_DOMINANT_MENTIONS = 2  # a state or province the article names this often, and more often
DOMINANT_AREA_BONUS = 2.0  # than any other, is its home: its namesakes get this much more
# ("Boone County" in an article naming Indiana five times and Kentucky once is Indiana's)
# An article naming no home area of its own takes its outlet's, learned from the outlet's
# articles (truceline.outlet_home): evidence from many articles, so twice the bonus. On LGL,
# split into halves by outlet, 2.0 / 3.0 / 4.0 / 6.0 scored acc@161km 0.897 / 0.898 / 0.901 /
# 0.906 and 0.902 / 0.903 / 0.907 / 0.907: 4.0 gains on both halves.
OUTLET_HOME_BONUS = 4.0
# The outlet's own town ("The Paris News", athensreview.com: its home area's Paris and Athens),
# by name: decisive over a capital's prior. Set before measuring.
OUTLET_TOWN_BONUS = 6.0
MIN_LISTED_AREAS = 3  # an article whose other names are mostly states or provinces (at
LISTED_AREA_SHARE = 0.5  # least this many, and this share) lists areas: a name that can be
LISTED_AREA_BONUS = 5.0  # one is one ("California" among "Missouri", "Ohio", not the
# town of California, Missouri)
NEAR_KM = 250.0  # a candidate this close to another resolved place of the article ...
NEAR_BONUS = 1.5  # ... gets this much
NEAR_DEG = NEAR_KM / 111.0  # the same distance in degrees of latitude: a cheap pre-check
COHERENCE_BONUS = 0.75  # per other name of the article with a namesake town nearby ...
MAX_COHERENT_NAMES = 4  # ... counted up to this many (a few neighbours settle it)
GRID_DEG = 1.5  # grid cell for "nearby": with its neighbours, about 170-500 km across
LOCAL_ADMIN = frozenset({"A.ADM2", "A.ADM3"})  # counties: small enough to stand for a locality
RESOLVE_ROUNDS = 2  # the second round reads the places the first chose, not each name's
# likeliest place alone ("Douglas County" beside "Alexandria" resolved to Minnesota)
MAX_PLACES_PER_NAME = 25  # namesakes scored in context; the rest have no chance on their prior
# Non-NER detection guards.
SCAN_MIN_POP = 1000  # a capitalised word after "in" resolved to a hamlet is usually not a place
FUZZY_MIN_RATIO = 70.0  # sound-alike candidates must also be this similar in spelling
FUZZY_MIN_POP = 10000  # fuzzy matches only to towns large enough to be in the news
EMBEDDED_AREA_CLASSES = frozenset({"A.ADM1", "A.ADM2"})  # see _named_area
EMBEDDED_CITY_MIN_POP = 100000  # a city inside an organisation's name, with no other evidence
PERSON_PLACE_MIN_POP = 10000  # a one-word "person" read as a town only for towns this large
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "judge",
                        "president", "governor", "senator", "mayor", "sheriff", "officer",
                        "chief", "coach", "pastor", "father", "saint"})
# Confidence.
CONF_DEMONYM = 0.85
CONF_UNRESOLVED = 0.3  # spaCy says place, the gazetteer has no entry
CONF_FUZZY = 0.6
CONF_COMPASS = 0.6  # "North Texas" placed at Texas
CONF_WITHIN = 0.3  # an unknown local name placed at the article's town
CONF_EMBEDDED = 0.7  # a country or continent inside an organisation's name
CONF_DISCOURSE = 0.8  # a name the article uses as a place elsewhere (one sense per discourse)
CONF_SCALE = 3.0  # a score margin of this much over the runner-up gives full confidence


@dataclass
class _Candidate:
    start: int  # token indices
    end: int
    key: str
    places: list[Place]
    alternate: bool = False
    demonym: bool = False
    fuzzy: bool = False
    specific: bool = False  # restricted to one place by an explicit qualifier ("Athens, Ga.")
    within: Place | None = None  # unresolved local name placed at the article's town
    label: str = ""
    chosen: Place | None = None
    confidence: float = CONF_UNRESOLVED
    scores: dict[int, float] = field(default_factory=dict)


class PlacesStage:
    """Writes PLACE mentions to ``doc._.tl_mentions`` (numbered m1..mN)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        ents = doc.ents  # a fresh tuple of Spans on every access: read once
        persons = [ent for ent in ents if ent.label_ in PERSON_LABELS]
        in_outlets = _outlet_tokens(ents)
        detected = [c for c in _drop_person_names(persons, _detect(doc, ents, gaz))
                    if c.start not in in_outlets]
        hints = [c for c in detected if c.label == "HINT"]
        candidates = [c for c in detected if c.label != "HINT"]
        meta = doc._.tl_meta or {}
        outlet = (meta.get("outlet_home"), meta.get("outlet_town"))
        _qualify(doc, candidates)
        _resolve(candidates, hints, outlet)
        _resolve_fuzzy(doc, gaz, candidates)
        found = [c for c in _discourse(doc, gaz, candidates, persons) if c.start not in in_outlets]
        if found:  # the admin areas found there are context for the names resolved before
            candidates.extend(found)
            _resolve(candidates, hints, outlet)
        _prefer_longer_forms(candidates)
        candidates.extend(_local_features(doc, gaz, candidates, persons))
        _place_unresolved(candidates)
        mentions = [m for m in get_facts(doc, "mentions") if m.kind != "PLACE"]
        places = [_to_mention(doc, c, next_id("mentions", n))
                  for n, c in enumerate(sorted(candidates, key=lambda c: c.start), start=1)]
        set_facts(doc, "mentions", places + mentions)
        return doc


# ---------------------------------------------------------------- detection


def _outlet_tokens(ents: Sequence[Span]) -> set[int]:
    """Tokens of news outlets' names: "the Jerusalem Post" says where a paper is made,
    not where the news happens, so no place is read inside it."""
    return {i for ent in ents if ent.label_ in EMBEDDING_LABELS and outlet(ent.text) is not None
            for i in range(ent.start, ent.end)}


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _after_locative(doc: Doc, start: int) -> bool:
    """Whether a locative preposition precedes ``start`` ("in X", "from the X")."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in LEADING_WORDS:
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE_PREPS


def _extend(doc: Doc, span: Span, gaz: Gazetteer, taken: set[int]) -> Span:
    """The span grown by up to MAX_EXTENSION following words when that names a place
    ("Rafah" + "crossing", "Nuseirat" + "camp")."""
    for end in range(min(len(doc), span.end + MAX_EXTENSION), span.end, -1):
        if any(i in taken or not doc[i].is_alpha for i in range(span.end, end)):
            continue
        longer = doc[span.start:end]
        if gaz.lookup(longer.text):
            return longer
    return span


def _detect(doc: Doc, ents: Sequence[Span], gaz: Gazetteer) -> list[_Candidate]:
    found: list[_Candidate] = []
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    for ent in ents:
        span = _extend(doc, _trim(ent), gaz, taken)
        key = normalise(span.text)
        if not key:
            continue
        cand: _Candidate | None = None
        abbreviated = gaz.abbreviation(span.text) if span.text.endswith(".") else None
        if abbreviated is not None:
            cand = _Candidate(span.start, span.end, key, [abbreviated], label="ABBREVIATION")
        elif ent.label_ in DEMONYM_LABELS:
            country = gaz.demonym(span.text)
            if country is not None:
                cand = _Candidate(span.start, span.end, key, [country], demonym=True, label="NORP")
        elif ent.label_ in PLACE_LABELS or ent.label_ in FACILITY_LABELS:
            places, alternate = _lookup(gaz, span.text)
            if places or ent.label_ in PLACE_LABELS:
                cand = _Candidate(span.start, span.end, key, places, alternate, label=ent.label_)
        elif ent.label_ in MISLABELLED and _after_locative(doc, ent.start):
            # primary names only: an organisation's name is too often some hamlet's alternate
            places = [p for p in gaz.lookup(span.text) if _significant(p)]
            cand = _Candidate(span.start, span.end, key, places, label=ent.label_)
        elif ent.label_ in EMBEDDING_LABELS:
            found.extend(_embedded(doc, _trim(ent), gaz))
        if cand is not None:
            found.append(cand)
            taken.update(range(span.start, span.end))
    found.extend(_scan(doc, gaz, taken))
    return found


def _drop_person_names(persons: list[Span], candidates: list[_Candidate]) -> list[_Candidate]:
    """One-word names that are also a first name or surname of a person of the article
    ("Kristina", "Holroyd") are that person, unless they name a country or state."""
    names = {normalise(t.text) for ent in persons if len(ent) > 1 for t in ent}
    if not names:
        return candidates
    return [c for c in candidates
            if c.demonym or c.end - c.start > 1 or c.key not in names
            or any(p.is_country or p.feature_class == "A.ADM1" for p in c.places)]


def _embedded(doc: Doc, span: Span, gaz: Gazetteer) -> list[_Candidate]:
    """Countries, continents, large cities and the project's features named inside an
    organisation's name ("the Egypt Air Force", "University of Rochester"), and a demonym
    opening it ("American Electric Power"). Smaller towns and admin areas inside names are
    left to :func:`_discourse`, which needs the article to use them as places; meanwhile they
    are hints (label HINT): evidence of where the article is for :class:`_Grid`, never
    mentions ("Belchertown State School" beside "Amherst"). Once a name qualifies, all its
    namesakes compete in :func:`_resolve` ("Paris Public Library" in Texas)."""
    found: list[_Candidate] = []
    first = doc[span.start]
    if first.is_title:
        country = gaz.demonym(first.text)
        if country is not None:
            return [_Candidate(span.start, span.start + 1, normalise(first.text), [country],
                               demonym=True, label="EMBEDDED")]
    i = span.start
    while i < span.end:
        for stop in range(min(span.end, i + MAX_SCAN_TOKENS), i, -1):
            if not all(_capitalised(doc[j]) for j in range(i, stop)):
                continue
            key = normalise(doc[i:stop].text)
            places = gaz.lookup(doc[i:stop].text)
            if any(_named_whole(p) or _named_area(p, key) for p in places):
                places = [p for p in places if _significant(p)]
                found.append(_Candidate(i, stop, key, places,
                                        label="EMBEDDED", confidence=CONF_EMBEDDED))
                i = stop - 1
                break
            towns = [p for p in places if not p.is_admin and p.population >= SCAN_MIN_POP]
            if towns:  # evidence of where the article is, not a mention of its own
                found.append(_Candidate(i, stop, key, towns, label="HINT"))
                i = stop - 1
                break
        i += 1
    return found


def _named_whole(place: Place) -> bool:
    """A place whose name inside another name still means the place: a country, a continent,
    a city ("Huntsville Fire Station", "University of Rochester") or one of the project's
    conflict features."""
    return (place.is_country or place.feature_class == "L.CONT"
            or place.kb_id.startswith("truceline:")
            or (place.feature_class[0] == "P" and place.population >= EMBEDDED_CITY_MIN_POP))


def _named_area(place: Place, key: str) -> bool:
    """An admin area named in full by a name of several words ("Douglas County Sheriff's
    Office", "Hall County Schools"): specific enough to stand for the area inside any name."""
    return " " in key and place.feature_class in EMBEDDED_AREA_CLASSES and normalise(place.name) == key


def _capitalised(tok: Token) -> bool:
    return tok.is_title or (tok.is_upper and len(tok) >= MIN_CAPS_LEN and tok.is_alpha)


def _lookup(gaz: Gazetteer, text: str) -> tuple[list[Place], bool]:
    places = gaz.lookup(text)
    if places:
        return places, False
    return gaz.lookup_alternate(text), True


def _significant(place: Place) -> bool:
    return place.is_admin or place.kb_id.startswith("truceline:") or place.population >= SCAN_MIN_POP


def _scan(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Capitalised names outside any entity, right after a locative preposition."""
    found: list[_Candidate] = []
    for tok in doc:
        if not tok.is_title or tok.i in taken or not _after_locative(doc, tok.i):
            continue
        end = tok.i
        while (end < len(doc) and end - tok.i < MAX_SCAN_TOKENS and end not in taken
               and (doc[end].is_title or (end > tok.i and doc[end].lower_ in {"al", "el"}))):
            end += 1
        for stop in range(end, tok.i, -1):  # longest match first
            span = doc[tok.i:stop]
            places, alternate = _lookup(gaz, span.text)
            places = [p for p in places if _significant(p)]
            if places:
                found.append(_Candidate(tok.i, stop, normalise(span.text), places, alternate,
                                        label="SCAN"))
                taken.update(range(tok.i, stop))
                break
        else:
            if tok.pos_ == "PROPN":
                found.append(_Candidate(tok.i, end, normalise(doc[tok.i:end].text), [],
                                        label="SCAN"))
                taken.update(range(tok.i, end))
    return found


# ---------------------------------------------------------------- disambiguation


def _inside(place: Place, area: Place) -> bool:
    if place.index == area.index or place.country != area.country:
        return False
    return area.is_country or (bool(area.admin_path) and area.admin_path[-1] in place.admin_path[1:])


def _qualify(doc: Doc, candidates: list[_Candidate]) -> None:
    """"Athens, Ga.", "Alexandria, Egypt": a name followed by a comma and an admin area or
    country keeps only its places inside that area, unless the name is itself an item of a
    list of places."""
    by_start = {c.start: c for c in candidates}
    ends = {c.end for c in candidates}
    for cand in candidates:
        nxt = by_start.get(cand.end + 1)
        if (nxt is None or cand.demonym or nxt.demonym or cand.end >= len(doc)
                or doc[cand.end].text != ","):
            continue
        if _listed(doc, cand, nxt, ends, by_start):
            continue
        areas = [q for q in nxt.places if q.is_admin]
        inside = [p for p in cand.places if any(_inside(p, q) for q in areas)]
        if inside:
            cand.places, cand.specific = inside, True


def _listed(doc: Doc, cand: _Candidate, nxt: _Candidate, ends: set[int],
            by_start: dict[int, _Candidate]) -> bool:
    """Whether "X, Y" is part of a list of places ("Arizona, California, Missouri", "Ohio,
    Indiana and Nevada"), not "Town, State": a place ends right before X's comma, or Y is
    followed by a comma or a conjunction and another place."""
    if cand.start > 0 and doc[cand.start - 1].text == "," and cand.start - 1 in ends:
        return True
    after = nxt.end
    return (after + 1 < len(doc) and doc[after].lower_ in LIST_JOINERS
            and after + 1 in by_start)


def _discourse(doc: Doc, gaz: Gazetteer, candidates: list[_Candidate], persons: list[Span]
               ) -> list[_Candidate]:
    """Names the detectors missed, found by the article's own places: a capitalised name
    (anywhere but inside a person's name or a place already found) that the article uses
    as a place elsewhere ("Gainesville Police" when "in Gainesville" resolved), or that
    names an admin area of a country the article is about ("the Ohio Supreme Court").

    spaCy often tags a bare town name PERSON ("Alexandria"); such a one-word "person"
    counts here too when it is nobody's first name or surname in the article, follows no
    honorific, and names a town near the article's other places."""
    known = {c.key: c.chosen for c in candidates
             if c.chosen is not None and not c.demonym and c.label in CONFIRMED_LABELS}
    anchors = list(known.values())
    countries = {p.country for p in anchors if p.country}
    areas = {p.admin_path[1] for p in anchors if len(p.admin_path) > 1}  # states, provinces
    if not known:
        return []
    blocked = {i for c in candidates for i in range(c.start, c.end)}
    weak = _lone_person_words(doc, persons, known)
    blocked.update(i for ent in persons for i in range(ent.start, ent.end) if i not in weak)
    found: list[_Candidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in blocked or not _capitalised(tok) or tok.is_stop:
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < MAX_SCAN_TOKENS and end not in blocked \
                and _capitalised(doc[end]):
            end += 1
        for stop in range(end, i, -1):  # longest match first
            span = doc[i:stop]
            if not any(t.pos_ == "PROPN" for t in span):
                continue
            key = normalise(span.text)
            place = known.get(key)
            if place is None and i in weak:
                place = next((p for p in gaz.lookup(span.text) if not p.is_admin
                              and p.population >= PERSON_PLACE_MIN_POP
                              and p.country in countries and _near(p, anchors)), None)
            elif place is None:
                place = next((p for p in gaz.lookup(span.text) if _admin_in_context(
                    p, key, countries, anchors) or _town_in_context(p, areas, anchors)), None)
            if place is not None:
                found.append(_Candidate(i, stop, key, [place], label="DISCOURSE", chosen=place,
                                        confidence=CONF_DISCOURSE))
                i = stop - 1
                break
        i += 1
    return found


def _admin_in_context(place: Place, key: str, countries: set[str], anchors: list[Place]) -> bool:
    """A state named by its own name in a country of the article, or a county/parish
    ("Rapides Parish") near the article's other places."""
    if place.country not in countries or normalise(place.name) != key:
        return False
    if place.feature_class == "A.ADM1":
        return True
    return place.feature_class == "A.ADM2" and " " in key and _near(place, anchors)


def _town_in_context(place: Place, areas: set[str], anchors: list[Place]) -> bool:
    """A sizeable town in a state or province the article is about, near its other places
    or inside one of them ("Gainesville Police" in an article on Hall County, Georgia;
    "MOUNT VERNON, N.Y.": a state's single point may lie far from its towns)."""
    return (not place.is_admin and place.population >= PERSON_PLACE_MIN_POP
            and len(place.admin_path) > 1 and place.admin_path[1] in areas
            and (_near(place, anchors) or any(a.is_admin and not a.is_country and _inside(place, a)
                                                for a in anchors)))


def _lone_person_words(doc: Doc, persons: list[Span], known: dict[str, Place]) -> set[int]:
    """Tokens of PERSON entities that may be a mislabelled town: a one-word "person" that is
    not a first name or surname of another PERSON of the article and follows no honorific
    ("Mr.", "Sen."), and every word of a "person" led by one of the article's places
    ("Alexandria Police")."""
    led = [ent for ent in persons if normalise(ent[0].text) in known]
    names = {t.lower_ for ent in persons if len(ent) > 1 and ent not in led for t in ent}
    lone = {i for ent in led for i in range(ent.start, ent.end)}
    for ent in persons:
        if len(ent) != 1 or ent[0].lower_ in names:
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.is_title and (before.text.endswith(".")
                                                       or before.lower_ in HONORIFICS):
            continue
        lone.add(ent.start)
    return lone


def _local_features(doc: Doc, gaz: Gazetteer, candidates: list[_Candidate], persons: list[Span]
                    ) -> list[_Candidate]:
    """Streets and local features named by a capitalised name and a feature word ("Main St.",
    "Wichita Drive", "County Road 35"), outside people's names and the places found."""
    blocked = {i for c in candidates for i in range(c.start, c.end)}
    blocked.update(i for ent in persons for i in range(ent.start, ent.end))
    found: list[_Candidate] = []
    for tok in doc:
        if tok.i == 0 or tok.text not in gaz.local_feature_words or tok.i in blocked:
            continue
        start = tok.i
        while (start > 0 and tok.i - start < MAX_SCAN_TOKENS and start - 1 not in blocked
               and _capitalised(doc[start - 1]) and not doc[start - 1].is_stop):
            start -= 1
        if start == tok.i:
            continue
        end = tok.i + 1
        if end < len(doc) and doc[end].like_num:  # "County Road 35", "Highway 61"
            end += 1
        found.append(_Candidate(start, end, normalise(doc[start:end].text), [], label="LOCAL"))
        blocked.update(range(start, end))
    return found


def _focus(candidates: list[_Candidate]) -> Place | None:
    """The town (else the admin area below country level) the article names most often."""
    counts: dict[int, int] = {}
    places: dict[int, Place] = {}
    for cand in candidates:
        place = cand.chosen
        if place is None or cand.demonym or place.is_country or not place.country:
            continue
        counts[place.index] = counts.get(place.index, 0) + 1
        places[place.index] = place
    if not counts:
        return None
    best = max(counts, key=lambda i: (not places[i].is_admin, counts[i]))
    return places[best]


def _place_unresolved(candidates: list[_Candidate]) -> None:
    """Names the gazetteer lacks (streets, townships, parks) are mostly local: placed at the
    article's town, with a low confidence and no GeoNames id."""
    focus = _focus(candidates)
    if focus is None:
        return
    for cand in candidates:
        if cand.chosen is None:
            cand.within, cand.confidence = focus, CONF_WITHIN


def _prior(place: Place, alternate: bool) -> float:
    score = math.log10(place.population + 1)
    if place.is_country:
        score += COUNTRY_PRIOR
    elif place.feature_class == "A.ADM1":
        score += ADMIN1_PRIOR
    elif place.feature_class == "P.PPLC":
        score += CAPITAL_PRIOR
    if place.kb_id.startswith("truceline:"):
        score += FEATURE_PRIOR
    return score - (ALTERNATE_PENALTY if alternate else 0.0)


def _most_specific(places: list[Place]) -> list[Place]:
    """Drop an admin area when a namesake place inside it is also a candidate ("Cairo"), and
    when it is the namesake of its own country: a bare "Mexico" is the country, and the state
    of Mexico is named as such ("Mexico State")."""
    inner = [q.admin_path for q in places if not q.is_admin]
    countries = {q.country for q in places if q.is_country}
    return [p for p in places
            if p.is_country or not p.is_admin
            or (p.country not in countries
                and not any(path[:len(p.admin_path)] == p.admin_path for path in inner))]


class _Grid:
    """The towns among all the candidates of all the article's names, by grid cell: which
    other names could be a town near a given place ("Athens" near a "Frankston" and a
    "Henderson County" in Texas, whichever of their namesakes the priors prefer)."""

    def __init__(self, candidates: list[_Candidate]) -> None:
        self._cells: dict[tuple[int, int], set[str]] = {}
        for cand in candidates:
            if cand.demonym:
                continue
            for place in cand.places:
                if place.feature_class[0] == "P" or place.feature_class in LOCAL_ADMIN:
                    self._cells.setdefault(self._cell(place), set()).add(cand.key)

    @staticmethod
    def _cell(place: Place) -> tuple[int, int]:
        return math.floor(place.lat / GRID_DEG), math.floor(place.lon / GRID_DEG)

    def names_near(self, place: Place, key: str) -> int:
        """How many other names have a candidate town in this place's cell or the next."""
        y, x = self._cell(place)
        names: set[str] = set()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                names.update(self._cells.get((y + dy, x + dx), ()))
        names.discard(key)
        return len(names)


def _near(place: Place, anchors: list[Place]) -> bool:
    for a in anchors:
        if abs(place.lat - a.lat) < NEAR_DEG and haversine_km(place.lat, place.lon, a.lat, a.lon) < NEAR_KM:
            return True
    return False


def _home_area(candidates: list[_Candidate]) -> str | None:
    """The state or province the article names most often (MIN_DOMINANT_MENTIONS or more, and
    strictly more than any other), counting the mentions of admin areas by their own name."""
    counts: dict[str, int] = {}
    for cand in candidates:
        top = cand.places[0] if cand.places else None
        if top is not None and not cand.demonym and top.feature_class == "A.ADM1":
            area = top.admin_path[-1]
            counts[area] = counts.get(area, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_DOMINANT_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _resolve(candidates: list[_Candidate], hints: list[_Candidate],
             outlet: tuple[str | None, str | None] = (None, None)) -> None:
    """Score each candidate's places by prior plus the context of the article's other places
    (``hints``, towns named inside organisations' names, count as nearby names only). An
    article that names no home area of its own takes its outlet's, and the outlet's town in it
    is the town of that name (``outlet``: area and town, learned from the outlet's articles by
    :mod:`truceline.outlet_home`)."""
    for cand in candidates:
        if cand.places:
            ranked = sorted(_most_specific(cand.places), key=lambda p: _prior(p, cand.alternate),
                            reverse=True)
            cand.places = ranked[:MAX_PLACES_PER_NAME]
    first: dict[str, Place] = {}
    for cand in candidates:
        if cand.places:
            first.setdefault(cand.key, cand.places[0])
    grid = _Grid(candidates + hints)
    outlet_area, outlet_town = outlet
    if outlet_area is not None:  # learned from records: names unidecoded
        outlet_area = next((p.admin_path[1] for c in candidates for p in c.places
                            if len(p.admin_path) > 2 and unidecode(p.admin_path[1]) == outlet_area),
                           None)
    home = _home_area(candidates)
    bonus = DOMINANT_AREA_BONUS
    if home is None and outlet_area is not None:
        home, bonus = outlet_area, OUTLET_HOME_BONUS
    town = (normalise(outlet_town), outlet_area) if outlet_town and outlet_area else None
    for _ in range(RESOLVE_ROUNDS):
        _score_candidates(candidates, first, grid, _Home(home, bonus, town))
        first = {}
        for cand in candidates:  # the next round reads the places chosen in this one
            if cand.chosen is not None:
                first.setdefault(cand.key, cand.chosen)


@dataclass(frozen=True, slots=True)
class _Home:
    """Where the article is at home: its area (own or its outlet's) with that area's bonus,
    and its outlet's town (name key, area), if known."""

    area: str | None
    bonus: float
    town: tuple[str, str] | None


def _score_candidates(candidates: list[_Candidate], first: dict[str, Place], grid: _Grid,
                      home: _Home) -> None:
    """One round: each candidate's places scored against ``first``, the other names' places
    (once per distinct name and namesakes: an article repeats its names)."""
    done: dict[tuple[str, bool, tuple[int, ...]], dict[int, float]] = {}
    for cand in candidates:
        if not cand.places or cand.fuzzy or cand.label == "DISCOURSE":  # fixed by their match
            continue
        memo = (cand.key, cand.alternate, tuple(p.index for p in cand.places))
        if memo not in done:
            done[memo] = _scores(cand, [p for key, p in first.items() if key != cand.key],
                                 grid, home)
        cand.scores = done[memo]
        ranked = sorted(cand.places, key=lambda p: cand.scores[p.index], reverse=True)
        cand.chosen = ranked[0]
        margin = (cand.scores[ranked[0].index] - cand.scores[ranked[1].index]
                  if len(ranked) > 1 else CONF_SCALE)
        cand.confidence = CONF_DEMONYM if cand.demonym else 0.5 + 0.5 * min(1.0, margin / CONF_SCALE)


def _scores(cand: _Candidate, others: list[Place], grid: _Grid, home: _Home) -> dict[int, float]:
    """Prior plus context for each of ``cand``'s places, given the other names' places."""
    countries = {p.country for p in others}
    areas = {p.admin_path[-1] for p in others if p.is_admin and not p.is_country}
    n_admin1 = sum(p.feature_class == "A.ADM1" for p in others)
    listing = n_admin1 >= MIN_LISTED_AREAS and n_admin1 >= LISTED_AREA_SHARE * len(others)
    # not "New York" (the state) -> its county
    home_bonus = home.area is not None and cand.key != normalise(home.area)
    town_area = home.town[1] if home.town is not None and cand.key == home.town[0] else None
    scores: dict[int, float] = {}
    for place in cand.places:
        score = _prior(place, cand.alternate)
        if place.feature_class in LOCAL_ADMIN and normalise(place.name) != cand.key:
            score -= SHORT_AREA_PENALTY
        if place.country in countries:
            score += SAME_COUNTRY_BONUS
        if listing and place.feature_class == "A.ADM1":
            score += LISTED_AREA_BONUS
        if len(place.admin_path) > 2:
            if home_bonus and place.admin_path[1] == home.area:
                score += home.bonus
            if town_area is not None and place.admin_path[1] == town_area:
                score += OUTLET_TOWN_BONUS
        if not place.is_country and areas.intersection(place.admin_path[1:]):
            score += SAME_AREA_BONUS
        if not place.is_country and _near(place, others):
            score += NEAR_BONUS
        score += COHERENCE_BONUS * min(MAX_COHERENT_NAMES, grid.names_near(place, cand.key))
        scores[place.index] = score
    return scores


def _resolve_fuzzy(doc: Doc, gaz: Gazetteer, candidates: list[_Candidate]) -> None:
    """Unresolved names after a preposition, matched by sound-alike key in the article's countries."""
    countries = {c.chosen.country for c in candidates if c.chosen is not None}
    for cand in candidates:
        if cand.chosen is None:
            _resolve_compass(gaz, cand, countries)
        if cand.chosen is not None or not _after_locative(doc, cand.start):
            continue
        best: tuple[float, Place] | None = None
        for place in gaz.sound_alike(cand.key, countries):
            if not (place.population >= FUZZY_MIN_POP or place.kb_id.startswith("truceline:")):
                continue
            ratio = fuzz.ratio(cand.key, normalise(place.name))
            if ratio >= FUZZY_MIN_RATIO and (best is None or ratio > best[0]):
                best = (ratio, place)
        if best is not None:
            cand.chosen, cand.fuzzy = best[1], True
            cand.places = [best[1]]
            cand.confidence = CONF_FUZZY * best[0] / 100
    candidates[:] = [c for c in candidates if c.chosen is not None or c.label in PLACE_LABELS]


def _resolve_compass(gaz: Gazetteer, cand: _Candidate, countries: set[str]) -> None:
    """"North Texas", "Northeast Georgia": a part of an area stands at the area's point
    (GeoNames' convention for regions it lacks), the area chosen by the article's countries."""
    word, _, rest = cand.key.partition(" ")
    if word not in COMPASS_WORDS or not rest:
        return
    areas = [p for p in gaz.lookup(rest) if p.is_admin or p.feature_class == "L.CONT"]
    if areas:
        best = max(areas, key=lambda p: (p.country in countries, _prior(p, False)))
        cand.chosen, cand.places, cand.confidence = best, [best], CONF_COMPASS


def _prefer_longer_forms(candidates: list[_Candidate]) -> None:
    """A short form takes the place of the longer name it abbreviates ("Gaza" -> "Gaza Strip")."""
    for cand in candidates:
        if cand.demonym:
            continue
        for other in candidates:
            place = other.chosen
            if (place is not None and other.key.startswith(cand.key + " ") and not other.demonym
                    and place.feature_class[0] in "AL" and cand.chosen is not None
                    and place.index != cand.chosen.index
                    and place.admin_path[:1] == cand.chosen.admin_path[:1]):
                cand.chosen = place
                break


# ---------------------------------------------------------------- output and API


def _to_mention(doc: Doc, cand: _Candidate, fact_id: str) -> Mention:
    span = doc[cand.start:cand.end]
    prov = provenance(doc, span.start_char, span.end_char, fact_id=fact_id, extractor=EXTRACTOR,
                      confidence=cand.confidence)
    place = cand.chosen
    if place is None and cand.within is not None:
        town = cand.within
        return Mention(**prov, kind="PLACE", canonical=span.text, lat=town.lat, lon=town.lon,
                       country=town.country or None,
                       admin_path=tuple(unidecode(a) for a in (*town.admin_path, town.name)))
    if place is None:
        return Mention(**prov, kind="PLACE", canonical=span.text)
    return Mention(**prov, kind="PLACE", canonical=unidecode(place.name), kb_id=place.kb_id,
                   lat=place.lat, lon=place.lon, feature_class=place.feature_class,
                   country=place.country or None,
                   admin_path=tuple(unidecode(a) for a in place.admin_path),
                   demonym=cand.demonym)


def place_mentions(doc: Doc, *, demonyms: bool = False) -> list[Mention]:
    """The PLACE mentions of a Doc this stage has run on (demonyms left out unless asked)."""
    return [m for m in get_facts(doc, "mentions")
            if m.kind == "PLACE" and (demonyms or not m.demonym)]


def place_at(doc: Doc, char: int) -> Mention | None:
    """The place governing the token at character offset ``char``.

    Among the (non-demonym) places of the same sentence, one attached by a
    locative preposition ("in X", "at X", "near X") wins over a bare one; ties
    go to the nearest. A place named inside an organisation's name ("the
    Jerusalem Post") locates nothing. None when the sentence names no place.
    """
    sent = sentence_index(doc, char)
    best: tuple[tuple[int, int], Mention] | None = None
    for mention in place_mentions(doc):
        if mention.sentence != sent:
            continue
        start = mention.span[0]
        tok = doc.char_span(start, mention.span[1], alignment_mode="expand")
        if tok is not None and tok[0].ent_type_ in EMBEDDING_LABELS:
            continue
        head = tok.root.head if tok is not None else None
        attached = head is not None and head.lower_ in ATTACHING_PREPS
        distance = 0 if start <= char < mention.span[1] else min(abs(start - char),
                                                                  abs(mention.span[1] - char))
        rank = (0 if attached else 1, distance)
        if best is None or rank < best[0]:
            best = (rank, mention)
    return None if best is None else best[1]

