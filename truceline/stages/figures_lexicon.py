"""The figures stage's word lists, read once from ``data/figures_lexicon.json``.

:func:`lexicon` gives them typed: sets of words, maps from a word to its class, and the phrase
lists the stage matches as text precompiled into one pattern each. Each field's list is
documented beside it in the JSON (its ``_doc`` entries); a new list is a new field here, built in
:func:`lexicon`, not a loader of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from truceline.record import FigureCategory
from truceline.stages.figures_quantity import figure_lexicon

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    noun_class: dict[str, str]
    verb_class: dict[str, str]
    attackers: frozenset[str]
    dead: frozenset[str]
    alive: frozenset[str]
    rates: dict[str, str]
    death_events: frozenset[str]
    arrest_events: frozenset[str]
    harm_events: frozenset[str]
    wound_events: frozenset[str]
    fatal: frozenset[str]
    intransitive_death: frozenset[str]
    predicates: dict[str, FigureCategory]
    custody: frozenset[str]
    addition_words: frozenset[str]
    pronouns: frozenset[str]
    collective: frozenset[str]
    care_manner: frozenset[str]
    hospital_transport: frozenset[str]
    weapons: frozenset[str]
    severity: frozenset[str]
    hospitals: frozenset[str]
    centres: frozenset[str]
    centre_qualifiers: frozenset[str]
    projectiles: frozenset[str]
    impact_verbs: frozenset[str]
    participles: dict[str, FigureCategory]
    condition_nouns: frozenset[str]
    conditions: frozenset[str]
    recovery_verbs: frozenset[str]
    survival: re.Pattern[str]
    survival_unless: re.Pattern[str]
    death_ordinals: dict[str, int]
    accused: frozenset[str]
    running_totals: re.Pattern[str]  # "so far this year", "an average of"
    habitual_words: frozenset[str]  # "anytime": a habit, not an event
    habitual_time_determiners: frozenset[str]  # "any time", "every time"
    roundup_events: frozenset[str]  # "shootings": several incidents told together
    period_nouns: frozenset[str]  # "this year"
    total_verbs: frozenset[str]
    attempt_modifiers: frozenset[str]  # "attempted murder": no death
    death_with_object: frozenset[str]
    place_prepositions: frozenset[str]
    found_verbs: frozenset[str]
    condition_predicates: frozenset[str]
    limb_wound: re.Pattern[str]  # "shot in the arm"
    vital_parts: re.Pattern[str]
    told_before: frozenset[str]
    denied_survival: frozenset[str]
    raising_verbs: frozenset[str]
    pair_nouns: frozenset[str]  # "parents", "couple": two of the dead
    not_victim_modifiers: frozenset[str]
    near_miss_adverbs: frozenset[str]
    group_nouns: frozenset[str]  # "others", "victims": a count that says nothing of who they are
    identity_words: frozenset[str]  # "identify", "identity": a victim named in public is the dead
    charge_count_nouns: frozenset[str]  # "count": "two counts of murder" charge one death each
    hospital_arrivals: frozenset[str]  # "arrive", "show" (up): the hurt come "at" a hospital themselves
    witness_verbs: frozenset[str]  # "a weekend that saw 20 people shot": a period's toll
    witness_periods: frozenset[str]
    wounding_events: frozenset[str]  # "wounding": an event noun whose object was hurt and lived
    question_marks: frozenset[str]  # "whether": a question asked, not an event told


@cache
def lexicon() -> Lexicon:
    raw = figure_lexicon()
    noun_class = {w: cls for cls, words in raw["noun_classes"].items() for w in words}
    verb_class = {w: cls for cls, words in raw["verb_categories"].items() for w in words}
    wounds = raw["nonfatal_wounds"]
    determiners, sides, parts = (_alternatives(wounds[k]) for k in ("determiners", "sides", "parts"))
    limb_wound = re.compile(rf"\b(?:in|to) (?:{determiners}) (?:(?:{sides}) )?(?:{parts})\b", re.IGNORECASE)
    return Lexicon(noun_class=noun_class, verb_class=verb_class,
                    attackers=frozenset(raw["attacker_nouns"]), dead=frozenset(raw["dead_modifiers"]),
                    alive=frozenset(raw["alive_modifiers"]), rates=dict(raw["rate_words"]),
                    death_events=frozenset(raw["death_events"]), harm_events=frozenset(raw["harm_events"]),
                    wound_events=frozenset(raw["wound_events"]),
                    arrest_events=frozenset(raw["arrest_events"]),
                    fatal=frozenset(raw["fatal_modifiers"]),
                    intransitive_death=frozenset(raw["intransitive_death"]),
                    predicates=dict(raw["predicate_categories"]),
                    custody=frozenset(raw["custody_nouns"]),
                    addition_words=frozenset(raw["addition_words"]),
                    pronouns=frozenset(raw["person_pronouns"]),
                    collective=frozenset(raw["collective_nouns"]),
                    care_manner=frozenset(raw["care_manner"]),
                    hospital_transport=frozenset(raw["hospital_transport"]),
                    weapons=frozenset(raw["weapons"]), severity=frozenset(raw["severity_adverbs"]),
                    hospitals=frozenset(raw["hospital_nouns"]),
                    centres=frozenset(raw["hospital_centres"]["heads"]),
                    centre_qualifiers=frozenset(raw["hospital_centres"]["qualifiers"]),
                    projectiles=frozenset(raw["projectiles"]), impact_verbs=frozenset(raw["impact_verbs"]),
                    participles={w: c for w, c in raw["participle_nouns"].items() if not w.startswith("_")},
                    condition_nouns=frozenset(raw["injury_states"]["condition_nouns"]),
                    conditions=frozenset(raw["injury_states"]["conditions"]),
                    recovery_verbs=frozenset(raw["injury_states"]["recovery_verbs"]),
                    survival=_phrases(raw["survival_cues"]["cues"]),
                    survival_unless=_phrases(raw["survival_cues"]["unless"]),
                    death_ordinals={w: int(n) for w, n in raw["death_ordinals"].items()},
                    accused=frozenset(raw["accused_participles"]),
                    running_totals=_phrases(raw["running_total_cues"]),
                    habitual_words=frozenset(raw["habitual_cues"]["words"]),
                    habitual_time_determiners=frozenset(raw["habitual_cues"]["time_determiners"]),
                    roundup_events=frozenset(raw["roundup_events"]),
                    period_nouns=frozenset(raw["period_toll_nouns"]),
                    total_verbs=frozenset(raw["total_verbs"]),
                    attempt_modifiers=frozenset(raw["attempt_modifiers"]),
                    death_with_object=frozenset(raw["death_with_object"]),
                    place_prepositions=frozenset(raw["place_prepositions"]),
                    found_verbs=frozenset(raw["found_verbs"]),
                    condition_predicates=frozenset(raw["condition_predicates"]),
                    limb_wound=limb_wound, vital_parts=_phrases(wounds["vital"]),
                    told_before=frozenset(wounds["told_before"]),
                    denied_survival=frozenset(raw["denied_survival"]),
                    raising_verbs=frozenset(raw["raising_verbs"]),
                    pair_nouns=frozenset(raw["pair_nouns"]),
                    not_victim_modifiers=frozenset(raw["not_victim_modifiers"]),
                    near_miss_adverbs=frozenset(raw["near_miss_adverbs"]),
                    group_nouns=frozenset(raw["group_nouns"]),
                    identity_words=frozenset(raw["identity_words"]),
                    charge_count_nouns=frozenset(raw["charge_count_nouns"]),
                    hospital_arrivals=frozenset(raw["hospital_arrivals"]),
                    witness_verbs=frozenset(raw["period_witness"]["verbs"]),
                    witness_periods=frozenset(raw["period_witness"]["periods"]),
                    wounding_events=frozenset(raw["wounding_events"]),
                    question_marks=frozenset(raw["question_marks"]))


def _alternatives(words: list[str]) -> str:
    """A regular expression's alternatives for a list of phrases, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _phrases(words: list[str]) -> re.Pattern[str]:
    """One precompiled pattern for a list of phrases, matched as whole words."""
    return re.compile(rf"\b(?:{_alternatives(words)})\b", re.IGNORECASE)
