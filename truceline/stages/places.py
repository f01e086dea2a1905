"""Places -> PLACE mentions with GeoNames ids, coordinates, country and admin path.

Detection: spaCy's GPE/LOC/FAC entities; NORP demonyms ("Egyptian officials")
resolved to their country and marked ``demonym=True``; and, beyond NER,
capitalised names after a locative preposition ("in Khan Eunice", which spaCy
tags PERSON) matched exactly or, for transliteration variants and
machine-translation damage, by sound-alike key plus a fuzzy-ratio guard,
restricted to the countries the article is already about.

Disambiguation: every candidate of a name is scored by population and
feature class (a prior), then re-scored against the article's context (the
countries and admin areas of the other places, and their distance); a short
form ("Gaza") takes the place of a longer mention it abbreviates ("the Gaza
Strip"). Later stages ask :func:`place_at` for the place governing a token.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span
from unidecode import unidecode

from truceline.gazetteer import Gazetteer, Place, haversine_km, load, normalise
from truceline.record import Mention
from truceline.stages.base import get_facts, next_id, provenance, sentence_index, set_facts

EXTRACTOR = "places.v1"

PLACE_LABELS = frozenset({"GPE", "LOC"})
FACILITY_LABELS = frozenset({"FAC"})  # kept only when the gazetteer knows them
DEMONYM_LABELS = frozenset({"NORP"})
# spaCy's labels that machine-translated place names end up with ("Khan Eunice" -> PERSON)
MISLABELLED = frozenset({"PERSON", "ORG", "NORP"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "inside",
                            "around", "across", "toward", "towards", "through", "via", "of", "on"})
ATTACHING_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
LEADING_WORDS = frozenset({"the", "a", "an"})
MAX_SCAN_TOKENS = 4  # longest capitalised name the non-NER scan tries
MAX_EXTENSION = 2  # words after an entity that may complete a place name ("crossing", "camp")

# Prior: log10(population + 1) plus a bonus by feature class.
COUNTRY_PRIOR = 3.0  # a bare country name is that country far more often than a namesake town
ADMIN1_PRIOR = 1.0  # states/provinces: populous by construction, but named less than cities
FEATURE_PRIOR = 6.0  # the project's conflict features: only reachable by their specific names
ALTERNATE_PENALTY = 2.0  # matched by a GeoNames alternate name, not the primary one
# Context (from the other places of the article).
SAME_COUNTRY_BONUS = 2.5  # "Rafah" in an article about Gaza is Rafah, Gaza
SAME_AREA_BONUS = 3.0  # "Alexandria" with "Louisiana" in the article
NEAR_KM = 250.0  # a candidate this close to another resolved place of the article ...
NEAR_BONUS = 1.5  # ... gets this much
NEAR_DEG = NEAR_KM / 111.0  # the same distance in degrees of latitude: a cheap pre-check
MAX_PLACES_PER_NAME = 25  # namesakes scored in context; the rest have no chance on their prior
# Non-NER detection guards.
SCAN_MIN_POP = 1000  # a capitalised word after "in" resolved to a hamlet is usually not a place
FUZZY_MIN_RATIO = 70.0  # sound-alike candidates must also be this similar in spelling
FUZZY_MIN_POP = 10000  # fuzzy matches only to towns large enough to be in the news
# Confidence.
CONF_DEMONYM = 0.85
CONF_UNRESOLVED = 0.3  # spaCy says place, the gazetteer has no entry
CONF_FUZZY = 0.6
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
        candidates = _detect(doc, gaz)
        _resolve(candidates)
        _resolve_fuzzy(doc, gaz, candidates)
        _prefer_longer_forms(candidates)
        mentions = [m for m in get_facts(doc, "mentions") if m.kind != "PLACE"]
        places = [_to_mention(doc, c, next_id("mentions", n))
                  for n, c in enumerate(sorted(candidates, key=lambda c: c.start), start=1)]
        set_facts(doc, "mentions", places + mentions)
        return doc


# ---------------------------------------------------------------- detection


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


def _detect(doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    found: list[_Candidate] = []
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for ent in doc.ents:
        span = _extend(doc, _trim(ent), gaz, taken)
        key = normalise(span.text)
        if not key:
            continue
        cand: _Candidate | None = None
        if ent.label_ in DEMONYM_LABELS:
            country = gaz.demonym(span.text)
            if country is not None:
                cand = _Candidate(span.start, span.end, key, [country], demonym=True, label="NORP")
        elif ent.label_ in PLACE_LABELS or ent.label_ in FACILITY_LABELS:
            places, alternate = _lookup(gaz, span.text)
            if places or ent.label_ in PLACE_LABELS:
                cand = _Candidate(span.start, span.end, key, places, alternate, label=ent.label_)
        elif ent.label_ in MISLABELLED and _after_locative(doc, ent.start):
            places, alternate = _lookup(gaz, span.text)
            places = [p for p in places if _significant(p)]
            cand = _Candidate(span.start, span.end, key, places, alternate, label=ent.label_)
        if cand is not None:
            found.append(cand)
            taken.update(range(span.start, span.end))
    found.extend(_scan(doc, gaz, taken))
    return found


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


def _prior(place: Place, alternate: bool) -> float:
    score = math.log10(place.population + 1)
    if place.is_country:
        score += COUNTRY_PRIOR
    elif place.feature_class == "A.ADM1":
        score += ADMIN1_PRIOR
    if place.kb_id.startswith("truceline:"):
        score += FEATURE_PRIOR
    return score - (ALTERNATE_PENALTY if alternate else 0.0)


def _most_specific(places: list[Place]) -> list[Place]:
    """Drop an admin area when a namesake place inside it is also a candidate ("Cairo")."""
    inner = [q.admin_path for q in places if not q.is_admin]
    return [p for p in places
            if p.is_country or not p.is_admin
            or not any(path[:len(p.admin_path)] == p.admin_path for path in inner)]


def _near(place: Place, anchors: list[Place]) -> bool:
    for a in anchors:
        if abs(place.lat - a.lat) < NEAR_DEG and haversine_km(place.lat, place.lon, a.lat, a.lon) < NEAR_KM:
            return True
    return False


def _resolve(candidates: list[_Candidate]) -> None:
    """Score each candidate's places by prior plus the context of the article's other places."""
    for cand in candidates:
        if cand.places:
            ranked = sorted(_most_specific(cand.places), key=lambda p: _prior(p, cand.alternate),
                            reverse=True)
            cand.places = ranked[:MAX_PLACES_PER_NAME]
    first: dict[str, Place] = {}
    for cand in candidates:
        if cand.places:
            first.setdefault(cand.key, cand.places[0])
    for cand in candidates:
        if not cand.places:
            continue
        others = [p for key, p in first.items() if key != cand.key]
        countries = {p.country for p in others}
        areas = {p.admin_path[-1] for p in others if p.is_admin and not p.is_country}
        for place in cand.places:
            score = _prior(place, cand.alternate)
            if place.country in countries:
                score += SAME_COUNTRY_BONUS
            if not place.is_country and areas.intersection(place.admin_path[1:]):
                score += SAME_AREA_BONUS
            if not place.is_country and _near(place, others):
                score += NEAR_BONUS
            cand.scores[place.index] = score
        ranked = sorted(cand.places, key=lambda p: cand.scores[p.index], reverse=True)
        cand.chosen = ranked[0]
        margin = (cand.scores[ranked[0].index] - cand.scores[ranked[1].index]
                  if len(ranked) > 1 else CONF_SCALE)
        cand.confidence = CONF_DEMONYM if cand.demonym else 0.5 + 0.5 * min(1.0, margin / CONF_SCALE)


def _resolve_fuzzy(doc: Doc, gaz: Gazetteer, candidates: list[_Candidate]) -> None:
    """Unresolved names after a preposition, matched by sound-alike key in the article's countries."""
    countries = {c.chosen.country for c in candidates if c.chosen is not None}
    for cand in candidates:
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
    go to the nearest. None when the sentence names no place.
    """
    sent = sentence_index(doc, char)
    best: tuple[tuple[int, int], Mention] | None = None
    for mention in place_mentions(doc):
        if mention.sentence != sent:
            continue
        start = mention.span[0]
        tok = doc.char_span(start, mention.span[1], alignment_mode="expand")
        head = tok.root.head if tok is not None else None
        attached = head is not None and head.lower_ in ATTACHING_PREPS
        distance = 0 if start <= char < mention.span[1] else min(abs(start - char),
                                                                  abs(mention.span[1] - char))
        rank = (0 if attached else 1, distance)
        if best is None or rank < best[0]:
            best = (rank, mention)
    return None if best is None else best[1]

