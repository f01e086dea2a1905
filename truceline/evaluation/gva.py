"""Gun Violence Archive: news articles against the incident each reports.

``articles.jsonl.gz`` holds articles (``content``, ``dct`` = publication date,
``incident_id``); ``incidents.json.gz`` the incidents (``num_killed``,
``num_injured``, ``date`` as "April 10, 2017", ``city_or_county``). Each
article is scored against its incident; accuracies are exact matches.

From figures to the incident (:func:`read`, one document at a time):

- The totals are :func:`truceline.stages.figures_totals.incident_total` of the KILLED and of
  the INJURED figures: the largest per-sentence sum; "several" counts 2, the least it can mean.
  Running totals ("in shootings across the city", "this year"), counts under a "RELATED:" link
  and a death or injury dated in an earlier year ("the 1982 crash killed 78", "died in a house
  fire years ago") are other incidents'. So is a casualty dated over a week before the lead's
  shooting where the page counts that kind of casualty otherwise, or a death so dated where the
  page counts people wounded ("Four people were shot while attending a funeral service Friday"
  over "the funeral of Brandon Porraz, who died Nov. 27"); so is a casualty told a span of time
  before the page's own shooting ("Just 24 hours after a Huguenot High School student was shot,
  another teen has been shot"), where the page counts that kind of casualty otherwise. A victim of
  such an earlier shooting named again without a date is that shooting's too ("when police
  fatally shot Jamar Clark" on Nov. 15, then "justice in Clark's death").
- The archive counts people shot: an injury whose clause gives it another cause ("Two other
  officers were injured by shrapnel", "treated for injuries from broken glass", "injured in a
  fight", "after being trampled", "a minor injury unrelated to the gunfire"), or that a relative
  clause of such an event told just before gives ("a DUI crash that sent a Memphis police officer
  to the hospital"), is left out, unless the victim is shot or wounded or gunfire is told first
  ("injured by gunfire during a street fight"). The stage keeps such injuries as INJURED
  figures, as a war report's are.
- The archive's ``num_injured`` counts the wounded who survived, and an article that reports
  only injuries has zero killed. A victim "shot and killed" is one KILLED figure, not also an
  injury. In a report of a death, a single victim "shot", "taken to the hospital", named by a
  pronoun ("he was wounded") or with "the" ("injuring the toddler") is the one who died, unless
  the dead are named by another role ("officer shot, suspect killed"), the victim is set apart
  ("was also shot", "a six year old passenger has been pronounced dead" beside "the driver", "A
  father was killed and his 4-year-old son was shot": hurt in a clause joined to another's
  killing; not where a victim taken to hospital and the dead are both named with "the": "The young
  girl was taken to Mission Hospital" and "the child passed away") or the victim's clause says
  they lived ("is recovering", "non-life-threatening injuries", "shot in the leg"). A victim
  "also" killed after the dead are named one by one is one more ("Gino Nicolas, 24, was also
  killed"), and so is a killer named by a pronoun beside the number of his
  victims ("killed three people ... before police killed him"). A victim named with "the" by an
  age that none of the dead has is someone else, not the one who died ("the 14-year-old was taken
  to the hospital" beside "The 19-year-old ... pronounced dead"), and so is one whose relative the
  dead are named as ("the boy" beside "Police fatally shot the boy's mother").
- A count of everyone hit ("four teenagers were shot, one fatally", "five men were shot ... the
  fifth died") includes the dead, so the killed are taken off it; a plural count of those hit
  that equals the dead ("four men shot to death ... four victims shot") or is fewer ("the father
  shot both sons and then himself") leaves nobody injured, unless a victim is said to live ("in
  stable condition"): one injured; a count of "others wounded" does not hold the dead. Nor does a
  number wounded as a rule, but one whose dead a later sentence tells as some of a group ("Police
  said 10 people were wounded. One of the victims was killed") held them, nor a count taken to
  hospital, but one whose relative clause of place tells a death there ("All three victims were
  taken to Central Florida Regional Hospital, where the woman died") held them.

The headline (:func:`with_headline`, :func:`predict_article`) is parsed as a document of its
own, in sentence case (where the tagger reads its verbs as verbs) and without its trailing
outlet (" - WOWK 13 Charleston"). It states the main incident's counts where the page may run
several stories together, so a count it gives wins over the body's, except:

- injured victims it names or counts without a number ("Teenager injured during quadruple
  shooting", "Multiple people shot"; not a victim told as "another" or by an ordinal, one by the
  word: "One teen killed, another wounded"), counts as the least there may be ("At Least 4
  Injured") or as more beside others harmed ("Two El Centro officers also wounded") give way to a
  body that counts more people hit: a number of people, a group named again by "the" and a number
  ("The two were transported"), or more victims named one by one in a list ("6-year-old
  accidentally shot" over "a bullet hit both Jones and the six-year-old"); and the dead it names
  one by one ("kills wife, son", "kills parents and sisters") give way to a body that counts more
  dead, where they are several or the killer died too;
- a count of everyone hit that tells no death ("Six shot at nightclub") gives way to a body that
  splits it into the dead and the survivors;
- a count of the injured gives way to a body whose victim told by an ordinal, hit or wounded,
  implies more survivors ("Four Wounded In Hartford Shooting" over "Four young people were shot
  ..., and a fifth person may have been wounded, too");
- a headline that totals several shootings ("17 dead, 41 wounded in Chicago weekend
  shootings", "Five shot on same Coney Island block within 10 hours", or the number of a running
  total the body tells) gives way to the body: the archive files a round-up under one of its
  incidents.

Its words also set floors: a death no figure counts ("charged in shooting death") is one
killed; a murder-suicide two at least; a multiplier ("double homicide", "triple slaying") its
count of dead, and before "shooting" (there, else in the body) its count of everyone hit, the
hit who did not die being the least number injured; a body found one death; someone hurt ("in
critical condition", "survives") one injured, unless the headline totals several shootings; a
later death alone ("Little Rock shooting victim dies") one fewer injured than a first report's
count. An article in which nothing counts a casualty (a paywall, a sign-up form) gets (0, 0): no
count is guessed that the text does not give.
A death the headline tells without a number is taken off the body's count of everyone hit, as a
counted death is ("seven were hit" under "Mother of murdered West Baltimore teen speaks out").

The date is the as_of of the largest killed/injured figure, else the first full date the
article gives, else its publication date; the city is the first place mention naming the
incident's city.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from truceline.data import load_json
from truceline.errors import Code, EvalError, ReadError
from truceline.evaluation.common import Timer
from truceline.numbers import is_number_word
from truceline.pipeline import extract_many
from truceline.read import make_article, parse_date
from truceline.record import Article, ArticleFacts, Figure
from truceline.stages.figures import AGE_UNITS, AGE_WORD, CONF_IMPLICIT
from truceline.stages.figures_quantity import figure_lexicon
from truceline.stages.figures_totals import (
    incident_statement,
    is_addition,
    is_definite_singular,
    is_implicit_singular,
)

GVA_SEVERAL = 2  # "several people were shot": the least the word can mean
# counts everyone hit, the dead included: "five were shot", "four suffered gunshot wounds" ("shot":
# a headline's "4 shot" whose parse reads a noun; "shooting": "the shooting of a 3-year-old girl")
# "die": an injured count said with a death is the group the dead were one of ("One of five
# victims dies": the stage reads the five as hit, the one as killed)
HIT_BY_GUNFIRE = frozenset({"shoot", "shot", "shooting", "hit", "strike", "suffer", "die"})
# one victim hit, saying nothing of survival: "the child was shot", "suffered a gunshot wound" (it
# may be "a fatal gunshot wound"), "had", "was found", "was lying" or "was" with a gunshot wound (the
# victim found is as often the one who died); "wounded", "hurt", "injured" say the victim lived
HIT_VICTIM = HIT_BY_GUNFIRE | {"have", "find", "discover", "locate", "lie", "be"}
# the verbs that tell a victim harmed by the gunfire: hit, or "wounded", "injured", "hurt"
HARM_VERBS = HIT_BY_GUNFIRE | {"wound", "injure", "hurt"}
TRANSPORTED = frozenset(figure_lexicon()["hospital_transport"])  # "taken to the hospital, where he died"
# a victim named by a pronoun ("he was wounded", "she was taken to a hospital") points back to
# someone named before: in a report of a death, as a rule the one who died
PRONOUNS = frozenset(figure_lexicon()["person_pronouns"])
DEFINITE_VICTIM = "the "  # "the toddler", "the victim": someone named before
# a body's dead more than this many times a headline's count of those hit are a toll ("45 people
# were killed in July" under "7 shot in single incident"), not the hit and the killer
TOLL_OVER_HIT = 2
LATER_DEATHS = 1  # "Third man dies after shooting": one death after the first reports
RESTATING_WORDS = frozenset({"the", "one"})  # "the man had died", "one fatally": of those counted
OTHER_VICTIM = frozenset({"other", "another", *figure_lexicon()["death_ordinals"]})
OTHERS = frozenset({"other", "others", "another"})  # a count of others beside the dead: "four others"
# the owner a possessive names: "the boy's mother" -> "boy", "Korryn Gaines' son" -> "gaines"
_POSSESSOR = re.compile(r"\b([a-z]+)(?:'s|’s|'|’)(?=\s)")
# a number of people hurt, said with a verb of wounding ("10 people were wounded", "four people sustained
# gunshot wounds"), holds the dead that a later partitive names ("One of the victims was killed")
WOUNDED_COUNT = frozenset({"wound", "injure", "sustain"})
# a partitive after a number: "One of the victims", "Two of those men", "three of them"
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|these|them)\b", re.IGNORECASE)
# a group of people told before, named again by "the" and a number alone: "The two were transported"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# what joins the victims of a list, one to the next: "A and B", "A, B and C" (:func:`_listed_victims`)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
LISTED_MIN = 2  # a list names two victims at least: one alone named by "the" or a name is a restatement
# a span of time after which the page's shooting came, right before a figure: "just 24 hours after"
_TIME_AFTER = re.compile(r"\b(?:minutes|hours|days|weeks|months)\s+after\s+$", re.IGNORECASE)
TIME_AFTER_REACH = 20  # characters read before the figure: the unit, "after" and the spaces
THE_REACH = 10  # characters read before the number for its "the" (the word and the space after it)
# the clause an injured figure's cause is read in (:func:`_other_cause`): up to the sentence's end or
# a coordination, and within so many characters ("were treated at the scene for injuries from broken
# glass"); an event noun is a cause where a preposition of cause comes before it with at most
# CAUSE_REACH words between ("in the stampede", "in a fall"), and a word that sets an injury apart
# from the gunfire where a word of gunfire comes at most APART_REACH words after it ("unrelated to
# the gunfire")
_CLAUSE_END = re.compile(r"[.;!?\n]|\s(?:and|but)\s")
CAUSE_WINDOW = 200
CAUSE_REACH = 1
APART_REACH = 3
# an event noun before an injured figure is its cause where its relative pronoun comes right after
# it and at most RELATIVE_REACH words (the verb, an adverb) stand between that and the figure ("the
# crash that sent a Memphis police officer to the hospital", "the crash that seriously injured")
RELATIVE_REACH = 2
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")  # a word of a name, without its possessive: "Clark's"
# an age a victim is named by: "the 14-year-old", "18-month old", "16 year-old"
_AGE = re.compile(rf"\b(\d+)[- ]?({'|'.join(sorted(AGE_UNITS))})s?[- ]{AGE_WORD}\b")
# a count of those hit that equals the count of the dead names the same people when it is
# plural ("four men shot to death ... four victims shot"); one person shot and one killed are as
# often two people
SAME_GROUP_MIN = 2
IMPLIED_INJURIES = 1  # "Killeen 2-year-old in critical condition from gunshot": one hurt
IMPLIED_DEATHS = 1  # "Accidental shooting proves fatal": a death without a number is one
# "Victim and shooter identified in murder-suicide": the least a murder-suicide can mean is one
# killed and the killer
MURDER_SUICIDE_DEATHS = 2
# a headline that names two dead or more without a number ("before killing wife, son") names them
# one by one, and may leave one out; one alone is as often the only one (the body's larger count
# is then another story's: "Shot that killed 7-year-old boy ... meant for his dad")
SEVERAL_DEAD = 2
# a casualty figure dated a year or more before the article ("78 were killed in 1982", "123 officer
# fatalities in 2015") is about an earlier incident or an earlier year's toll, not the page's shooting;
# a year, not a span of days: deaths dated 3-30 days before the article are often the page's own
# shooting reported late (on dev, a 3-day span fixed 3 and broke 8 on one half)
EARLIER_YEARS = 1
# a report of a shooting comes out within days of it: a count dated more than a week before the
# page, beside counts that are not, is an earlier shooting told for context
EARLIER_DAYS = 7
_YEAR = re.compile(r"^(\d{4})")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
# A round-up headline: a plural event noun ("shootings") with a count of several people (two at
# least: "2 dead, 8 wounded in separate shootings"; one victim is one incident's)
ROUNDUP_EVENTS = frozenset(figure_lexicon()["roundup_events"])
ROUNDUP_MIN = 2
# a paragraph that opens with one of these cues ("RELATED:", "READ MORE:") links to another story: its
# words are that story's headline; a list of links is bulleted
_GVA_LEXICON: dict[str, Any] = load_json("figures_gva.json")
LINK_CUES = tuple(_GVA_LEXICON["link_cues"])
LINK_BULLETS = "".join(_GVA_LEXICON["link_bullets"])
CASUALTIES = ("KILLED", "INJURED")
YEARS_AGO = tuple(_GVA_LEXICON["years_ago"])  # "died in a house fire years ago": an earlier year
# "taken to the hospital, where the woman died": a relative of place and the words of a death in it
DIED_THERE_RELATIVES = frozenset(_GVA_LEXICON["died_there"]["relatives"])
# ... and the words of a death after it: those that say a single victim did not live (the stage's)
DIED_THERE = frozenset(figure_lexicon()["survival_cues"]["unless"])
# the role a victim's noun names ("officer", "suspect"): the dead named by another role are not them
ROLES = {noun: role for role, nouns in _GVA_LEXICON["roles"].items() for noun in nouns}
# nouns that count people, singular and plural ("man", "men", "victims", "others")
PEOPLE_NOUNS = frozenset([*figure_lexicon()["noun_classes"]["person"],
                          *(f"{noun}s" for noun in figure_lexicon()["noun_classes"]["person"]),
                          *_GVA_LEXICON["person_plurals"]])
DEATH_WORDS = frozenset(_GVA_LEXICON["death_words"])  # a headline's word of a death
NOT_DEATH = tuple(_GVA_LEXICON["not_death"])  # ... said of no death: "attempted murder"
# a headline's trailing segments after these separators are the outlet's name, unless they tell a casualty
OUTLET_SEPARATORS = tuple(_GVA_LEXICON["outlet_separators"])
OUTLET_TOLD = frozenset([*_GVA_LEXICON["death_words"], *_GVA_LEXICON["injury_words"],
                         *_GVA_LEXICON["injury_nouns"], *_GVA_LEXICON["outlet_hit_words"]])
# an injury's causes other than a gunshot (:func:`_other_cause`)
OTHER_CAUSES = {key: frozenset(words) for key, words in _GVA_LEXICON["other_causes"].items()}
# units that count shots, wounds, events or places, not people: any count of them, or only one
# without a number
NOT_PEOPLE_ANY = frozenset(_GVA_LEXICON["not_people"]["any"])
NOT_PEOPLE_VAGUE = frozenset(_GVA_LEXICON["not_people"]["vague"])
DISTRIBUTIVE = frozenset(_GVA_LEXICON["distributive"])  # "each victim": one of a group told before
# a headline in title case ("Gunman Shoots 4 People Outside Philly Restaurant") is read by the tagger
# as a run of names; in sentence case its verbs are verbs again. Title case: at least this share of
# its words of TITLE_WORD_MIN letters or more capitalised ("in", "at", "of" stay lower case in it)
TITLE_CASE_SHARE = 0.8
TITLE_WORD_MIN = 4
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _gva_lexicon() -> dict[str, Any]:
    """The GVA word lists (``figures_gva.json``), parsed once at import."""
    return _GVA_LEXICON


def _role(fig: Figure) -> str | None:
    return ROLES.get((fig.unit or "").lower())


def _of_people(fig: Figure) -> bool:
    return (fig.unit or "").lower() in PEOPLE_NOUNS


def without_outlet(title: str) -> str:
    """A headline without the trailing segments, after " - " or " | ", that tell no casualty: the
    outlet's name ("Man shot, two injured - WOWK 13 Charleston, Huntington WV | News, Weather" ->
    "Man shot, two injured"), whose call letters and channel numbers run into the parse."""
    while (cut := max(title.rfind(sep) for sep in OUTLET_SEPARATORS)) > 0:
        if not OUTLET_TOLD.isdisjoint(_WORD.findall(title[cut:].lower())):
            break
        title = title[:cut]
    return title


def sentence_case(title: str) -> str:
    """A title-case headline in sentence case, its first word and acronyms ("NYPD") kept, and
    without its outlet (:func:`without_outlet`): "Gunman Shoots 4 People Outside Philly
    Restaurant" -> "Gunman shoots 4 people outside philly restaurant". Other headlines are
    returned as they are, less the outlet."""
    title = without_outlet(title)
    words = [w for w in _TITLE_WORD.findall(title) if len(w) >= TITLE_WORD_MIN]
    if not words or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return title
    first, *rest = title.split(" ")
    return " ".join([first, *(w if w.isupper() or not w[:1].isupper() else w[0].lower() + w[1:]
                              for w in rest)])


def _without(title: str, phrases: Iterable[str]) -> str:
    """A headline in lower case, with the phrases that name no such thing taken out
    ("attempted murder", "body armor")."""
    text = title.lower()
    for phrase in phrases:
        text = text.replace(phrase, " ")
    return text


def headline_reports_death(title: str) -> bool:
    """Whether a headline says someone died without counting them ("Helena man
    charged in shooting death", "Accidental shooting in Beaumont proves fatal")."""
    return any(w in DEATH_WORDS for w in _WORD.findall(_without(title, NOT_DEATH)))


def headline_reports_injury(title: str) -> bool:
    """Whether a headline says someone was hurt without counting them ("Killeen 2-year-old in
    critical condition from gunshot", "State Trooper Wounded, one suspect dead")."""
    raw = _gva_lexicon()
    words = set(_WORD.findall(_without(title, raw["not_injury"])))
    return not words.isdisjoint(raw["injury_words"]) or (
        not words.isdisjoint(raw["injury_nouns"]) and not headline_reports_death(title))


def headline_reports_murder_suicide(title: str) -> bool:
    """Whether a headline names a murder-suicide ("Victim and shooter identified in Southaven
    murder-suicide"), not an attempted one."""
    raw = _gva_lexicon()
    text = _without(title, raw["not_murder_suicide"])
    return any(phrase in text for phrase in raw["murder_suicide"])


def headline_reports_killer_death(title: str) -> bool:
    """Whether a headline tells that the killer died by his own hand: a murder-suicide, or a
    reflexive ("kills 4-year-old, then himself", "Man who killed wife, children, self")."""
    words = set(_WORD.findall(title.lower()))
    return headline_reports_murder_suicide(title) or not words.isdisjoint(_gva_lexicon()["self_words"])


@cache
def _multiplied(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A multiplier word before one of ``nouns``: "double homicide", "quadruple shooting"."""
    multipliers = "|".join(_gva_lexicon()["multiple_deaths"]["multipliers"])
    return re.compile(rf"\b({multipliers})[\s-]+(?:{'|'.join(nouns)})\b")


def _multiplied_count(text: str, nouns: list[str]) -> int:
    found = _multiplied(tuple(nouns)).search(text.lower())
    return int(_gva_lexicon()["multiple_deaths"]["multipliers"][found.group(1)]) if found else 0


def headline_deaths(title: str) -> int:
    """The dead a headline counts with a multiplier ("Jury returns with verdict in downtown double
    homicide": 2, "triple slaying": 3), 0 where it has none ("quadruple shooting" counts the hit)."""
    return _multiplied_count(title, _gva_lexicon()["multiple_deaths"]["deaths"])


def multiplied_hit(text: str) -> int:
    """Everyone a headline or a body counts as hit with a multiplier ("Oakland police investigate
    quadruple shooting": 4, "Teen killed in Mayfair triple shooting": 3, the dead among them), 0
    where it has none."""
    return _multiplied_count(text, _gva_lexicon()["multiple_hit"])


@dataclass(frozen=True, slots=True)
class Reading:
    """One document's reading of its incident (:func:`read`): the counts, the date and the
    cities, and how the counts were told, which :func:`with_headline` and :func:`predict_article`
    weigh where a headline and a body disagree."""

    killed: int
    injured: int
    date: str | None
    cities: tuple[str, ...]
    # the injured are only victims named without a number ("Teen injured"); not "another" or an
    # ordinal ("One teen killed, another wounded"), which counts one by the word
    injured_named: bool
    injured_counted: bool  # ... hold a number of people ("four people were shot")
    injured_vague: bool  # ... are counted without a number ("Multiple people shot")
    injured_hit: bool  # ... are a number of everyone hit, the dead among them (:func:`_all_hit`)
    injured_apart: bool  # ... are "others" beside the dead ("four others were wounded")
    killed_named: bool  # the dead are only victims named without a number ("kills wife, son")
    killed_counted: bool  # ... hold a number of people, or a victim "also" killed
    killed_also: bool  # a victim "also" killed was added to them (:func:`_also_dead`)
    killed_restated: bool  # ... are told of someone counted before (:func:`_restates_hit`)
    injured_least: bool = False  # the injured are a least number ("At Least 4 Injured", :func:`_least`)
    injured_nth: int = 0  # the survivors an ordinal victim harmed implies ("a fifth person was wounded")
    injured_also: bool = False  # ... are told as more beside others ("also wounded", :func:`_beside_dead`)
    injured_listed: int = 0  # the survivors of the longest list of victims named (:func:`_listed_victims`)

    def prediction(self) -> dict[str, Any]:
        """The counts, date and cities as ``run`` scores them."""
        return {"num_killed": self.killed, "num_injured": self.injured, "date": self.date,
                "cities": list(self.cities)}


def predict(facts: ArticleFacts, *, death_reported: bool = False, dead: float = 0) -> dict[str, Any]:
    """The incident's counts, date and cities from one document (:func:`read`)."""
    return read(facts, death_reported=death_reported, dead=dead).prediction()


def read(facts: ArticleFacts, *, death_reported: bool = False, dead: float = 0) -> Reading:
    """One document's reading of its incident. ``death_reported``: the article
    (its headline or body) reports a death, so a single victim named without a
    number is, as likely as not, the one who died; ``dead``: how many died by the
    article's other part (the headline's "Nine dead" over a body that only says
    "nine people were shot"), taken off a count of everyone hit when this document
    counts no dead of its own."""
    figures = _this_incident(facts)
    killed, dead_said = incident_statement(figures, "KILLED", no_value=GVA_SEVERAL)
    also = _also_dead(figures, dead_said)  # "Gino Nicolas, 24, was also killed in the shooting"
    killed += also + _killer_dead(figures, dead_said)
    if killed or death_reported:  # "the victim was shot", "the boy was wounded": the one who died
        # ... unless the dead are named by another role ("officer shot, suspect killed")
        dead_roles = {_role(f) for f in figures if f.category == "KILLED"}
        death_sentences = {f.sentence for f in figures if f.category == "KILLED"}
        dead_nouns = {(f.unit or "").lower() for f in figures
                      if f.category == "KILLED" and is_implicit_singular(f)}
        figures = tuple(f for f in figures if not (
            f.category == "INJURED" and not _set_apart_from_dead(f, figures)
            and (_restated_victim(f, death_sentences) or _same_victim(f, dead_nouns))
            and (not dead_roles or _role(f) is None or _role(f) in dead_roles)
            and not _told_apart(f, figures) and not _owns_dead(f, figures)))
    injured, said = incident_statement(figures, "INJURED", no_value=GVA_SEVERAL)
    hit_dead = killed or dead
    if hit_dead and _all_hit(said) and _among_dead(said, injured, hit_dead):
        injured = 0  # "the father shot both sons and then himself": the sons are two of the three dead
    if hit_dead and (_all_hit(said) or _dead_of_them(figures, said, facts.article.text)
                     or _died_there(said, facts.article.text)) and (
            injured > hit_dead or injured == hit_dead >= SAME_GROUP_MIN):
        # "four teenagers were shot, one fatally": the survivors; "four men were shot ... the four
        # were killed": nobody survived; "10 people were wounded. One of the victims was killed"
        injured -= hit_dead
    # "Four young people were shot ... and a fifth person was wounded": the fifth of those hit
    injured = max(injured, _nth_hit(figures) - max(killed, dead))
    # ... which, told by a verb of harm, outweighs a headline's smaller count ("Four Wounded In
    # Hartford Shooting" over "and a fifth person may have been wounded, too"); not one "treated"
    # or "found to have been injured" while running away, whom the archive does not count
    harmed = _nth_hit(tuple(f for f in figures if f.predicate in HARM_VERBS)) - max(killed, dead)
    if not injured and any(f.category == "INJURED" and f.status == "alive" for f in figures):
        # "the two men were both shot in the head and the woman was shot in the back" (the three
        # dead) beside "The man had a gunshot wound to the chest ... in stable condition": one lived
        injured = IMPLIED_INJURIES
    # "Smith and Jones were shot", one of them dead: a list of those hit holds the dead, as a count does
    named = _listed_victims(figures, facts.article.text)
    listed = max(len(named) - int(hit_dead), 0) if _all_hit(named) else len(named)
    casualties = sorted((f for f in figures if f.category in CASUALTIES),
                        key=lambda f: -(f.value or 0.0))
    dates = [f.as_of[:10] for f in casualties if f.as_of and _FULL_DATE.match(f.as_of[:10])]
    dates += [t.value for t in facts.times if t.type == "DATE" and _FULL_DATE.match(t.value)]
    date = dates[0] if dates else facts.article.published
    cities = tuple(m.canonical for m in facts.mentions if m.kind == "PLACE")
    return Reading(
        killed=int(killed), injured=int(injured), date=date, cities=cities,
        injured_named=all(is_implicit_singular(f) and not _another(f) for f in said),
        injured_counted=_counts_people(said) or _group_told_again(said, facts.article.text),
        injured_vague=bool(said) and all(f.value is None for f in said),
        injured_hit=_all_hit(said) and all(f.value for f in said),
        injured_apart=any(_others(f) for f in said),
        killed_named=bool(dead_said) and all(_without_number(f) for f in dead_said),
        killed_counted=_counts_people(dead_said) or bool(also), killed_also=bool(also),
        killed_restated=bool(dead_said) and all(_restates_hit(f) for f in dead_said),
        injured_least=_least(said), injured_nth=int(harmed),
        injured_also=bool(said) and all(_beside_dead(f) for f in said),
        injured_listed=listed)


def _least(said: list[Figure]) -> bool:
    """Whether a statement gives only the least number there may be ("at least 4", "more than
    20"): a bound from below, which a larger count told elsewhere does not contradict."""
    return bool(said) and all(f.low is not None and f.high is None for f in said)


def _group_told_again(said: list[Figure], text: str) -> bool:
    """Whether a statement holds a group of people told before, named again by "the" and a number
    word alone ("The two were transported to a hospital", "The four were shot about 12:10 a.m."):
    the number counts people, as one with a noun of people does; not a bare number of another
    thing ("He called 911", "a single shot 223"), which has no "the" before it."""
    return any((f.value or 0) > 1 and not f.unit and is_number_word(f.text)
               and _THE_BEFORE.search(text, max(0, f.span[0] - THE_REACH), f.span[0]) is not None
               for f in said)


def _listed_victims(figures: tuple[Figure, ...], text: str) -> list[Figure]:
    """The longest list of victims harmed (:data:`HARM_VERBS`), named one by one in a sentence
    ("Avis, Mary Lynette Spann and Figueroa were shot", "a bullet hit both Jones and the
    six-year-old", "An 18-year-old girl and 3-year-old were injured"): each list member is someone
    more, though a name or "the" alone in a later sentence restates a victim told before (the
    statement skips it, :func:`incident_statement`); a list of two at least, or none."""
    runs: list[list[Figure]] = []
    for fig in sorted((f for f in figures if f.category == "INJURED" and f.derived_from is None
                       and not f.cumulative and is_implicit_singular(f) and f.predicate in HARM_VERBS),
                      key=lambda f: f.span):
        if runs and _listed_after(runs[-1][-1], fig, text):
            runs[-1].append(fig)
        else:
            runs.append([fig])
    return max((run for run in runs if len(run) >= LISTED_MIN), key=len, default=[])


def _also_dead(figures: tuple[Figure, ...], said: list[Figure]) -> int:
    """The dead told one by one after the statement that counts the dead, each said to be one more
    ("A 46-year-old woman died ... Gino Nicolas, 24, was also killed in the shooting", "German
    Booker, a 25-year-old customer at the shop, was also killed"): a victim named without a number,
    with "also" or "another", by a name or noun the statement does not hold, after a statement that
    names its dead one by one (after a number, the one "also" dead is one of those counted)."""
    if not said or not all(is_implicit_singular(f) for f in said):
        return 0  # "two people were killed ... Pamela Moore also died": one of the two
    last = max(f.sentence for f in said)
    named = {(f.unit or "").lower() for f in said}
    more = {(f.unit or "").lower() for f in figures
            if f.category == "KILLED" and f.sentence > last and is_implicit_singular(f) and f.addition
            and f.derived_from is None and is_addition(f)}
    return len(more - named)


def _killer_dead(figures: tuple[Figure, ...], said: list[Figure]) -> int:
    """The killer's own death told beside the number of his victims ("who allegedly killed three
    people ... before police killed him"): a dead one named by a pronoun in a sentence of the
    statement that counts the dead with a number is not one of that number, who are named by
    their noun, but the actor the sentence tells of; the archive counts him among the killed."""
    if not said or any(is_implicit_singular(f) for f in said):
        return 0  # "two city police and a sheriff's deputy died ... and the gunman was killed"
    numbers = {f.value for f in said if (f.value or 0) > 1}
    counted = {f.sentence for f in figures if f.category == "KILLED" and f.value in numbers}
    return int(any(f.category == "KILLED" and f.sentence in counted and f.unit in PRONOUNS
                   and f.status == "dead" and f not in said and f.derived_from is None
                   for f in figures))


def _without_number(fig: Figure) -> bool:
    """A count read from the grammar, not from a number: one person ("kills wife") or a pair
    ("Man kills parents and sisters", "kills daughter, grandchildren, self"), named one by one."""
    return fig.confidence <= CONF_IMPLICIT


def _counts_people(said: list[Figure]) -> bool:
    """Whether a statement holds a number of people ("four people who were shot"), not only
    victims named one by one."""
    return any((f.value or 0) > 1 and _of_people(f) for f in said)


def _earlier(fig: Figure, published: str | None) -> bool:
    """Whether a figure is dated in a year before the article's ("killed 78 in 1982")."""
    year = _YEAR.match(fig.as_of or "")
    return bool(year and published and _YEAR.match(published)
                and int(year.group(1)) <= int(published[:4]) - EARLIER_YEARS)


def _clause_after(fig: Figure, text: str) -> str:
    """The rest of a figure's clause: up to the sentence's end or a coordination ("and", "but"),
    within ``CAUSE_WINDOW`` characters."""
    return _CLAUSE_END.split(text[fig.span[1]:fig.span[1] + CAUSE_WINDOW], maxsplit=1)[0]


def _years_ago(fig: Figure, text: str) -> bool:
    """Whether the clause after a figure dates it several years back without a year the time stage
    resolves (``years_ago`` in ``figures_gva.json``): "Two others died in a house fire years ago",
    "had been killed in a drive-by shooting on the same block a few years ago"."""
    words = " ".join(_WORD.findall(_clause_after(fig, text).lower()))
    return any(f" {cue} " in f" {words} " for cue in YEARS_AGO)


def _this_incident(facts: ArticleFacts) -> tuple[Figure, ...]:
    """The figures about the page's own incident, as the report states it.

    - Quoted speech is left out: a witness's or a relative's words tell of other
      shootings, fears and impressions ("I've seen five kids shot on this corner"),
      while the counts of the incident are the outlet's or an official's, told in
      reported speech ("police said two men were wounded").
    - A victim named with "each" or "every" ("each victim suffered more than one gunshot
      wound") is one of a group told before, not one more.
    - A count of shots, wounds, events or places ("shot multiple times", "found with multiple
      injuries", "two other shootings", "at least five places where victims had been shot")
      counts no people; a part told of it ("... and at least four are dead") counts on its own.
    - A death dated in an earlier year ("the 1982 crash killed 78", or "years ago" after it:
      "Two others died in a house fire years ago") is another incident's or a past toll. An
      injury count dated so is left out only when the page also counts injuries that are not:
      alone, it is as often the page's own shooting told a year on, at a trial (on dev,
      dropping it alone fixed 9 articles and broke 9).
    - A count in a link to another story ("READ MORE: Five shot, one dead in Pike County",
      "ALSO ON WAVE3.COM" over "+ Third victim of IN mobile home fire dies") is that story's
      headline, told again or not by the page.
    - A count dated more than a week before the lead's shooting (the first casualty figure
      with a date, else the page's day) is an earlier shooting told for context ("the same
      address where three people were shot on November 19"), when the page also counts that
      category without such a date; a death so dated, also when the page counts injuries without
      such a date ("Four people were shot while attending a funeral service Friday" over "the
      funeral of Brandon Porraz, who died Nov. 27"). A death alone so dated is as often the
      page's own told later (an arrest, a charge); beside a wounding, on dev, dropping it fixed
      2 articles and broke none. A victim of such a shooting named again by name without a date
      is that shooting's too ("justice in Clark's death", :func:`_without_named_again`).
    - A casualty a span of time before the page's shooting dates ("Just 24 hours after a
      Huguenot High School student was shot, another teen has been shot", :func:`_time_after`) is
      that earlier shooting's, when the page also counts that category otherwise.
    """
    quoted = {c.id for c in facts.claims if c.direct}
    published = facts.article.published
    # "at least five places where victims had been shot ... and at least four are dead": a count of
    # things, not of people, and a part told of it counts on its own
    things = {f.id for f in facts.figures if _not_people(f)}
    figures = [replace(f, derived_from=None) if f.derived_from in things else f for f in facts.figures
               if (f.claim is None or f.claim not in quoted) and not _each(f)
               and f.id not in things and not _linked_story(f, facts.article.text)
               and not (f.category == "INJURED" and _other_cause(f, facts.article.text))]
    earlier = [_earlier(f, published) or _years_ago(f, facts.article.text) for f in figures]
    recent = {f.category for f, old in zip(figures, earlier, strict=True) if not old}
    kept = [f for f, old in zip(figures, earlier, strict=True) if not (old and (
        f.category == "KILLED" or (f.category == "INJURED" and "INJURED" in recent)))]
    dated = [f.as_of for f in sorted(kept, key=lambda f: f.span)
             if f.category in CASUALTIES and _day(f.as_of or "", last=False)]
    lead = dated[0] if dated else published  # the lead's shooting, else the page's day
    before = [_weeks_before(f, lead) for f in kept]
    current = {f.category for f, old in zip(kept, before, strict=True) if not old}
    own = tuple(f for f, old in zip(kept, before, strict=True) if not (old and (
        f.category in current or (f.category == "KILLED" and "INJURED" in current))))
    after = {f.id for f in _time_after(own, facts.article.text)}
    told = {f.category for f in own if f.id not in after}
    own = tuple(f for f in own if not (f.id in after and f.category in told))
    return _without_named_again(own, kept)


def _time_after(figures: tuple[Figure, ...], text: str) -> list[Figure]:
    """The figures that open a clause a span of time after which the page's shooting came ("Just
    24 hours after a Huguenot High School student was shot multiple times, another teen has been
    shot", "less than two weeks after a black man was fatally shot by police there"), with those
    listed after them ("Four days after three men and a woman were wounded"): an earlier
    shooting's, told to date the page's own."""
    after: list[Figure] = []
    for fig in sorted(figures, key=lambda f: f.span):
        if (after and _listed_after(after[-1], fig, text)) or _TIME_AFTER.search(
                text, max(0, fig.span[0] - TIME_AFTER_REACH), fig.span[0]):
            after.append(fig)
    return after


def _listed_after(prev: Figure, fig: Figure, text: str) -> bool:
    """Whether a figure is the next member of a list after another in the same sentence ("Avis,
    Mary Lynette Spann and Figueroa", "three men and a woman"): only a comma or "and" between."""
    return prev.sentence == fig.sentence and _LIST_JOIN.fullmatch(text, prev.span[1], fig.span[0]) is not None


def _without_named_again(own: tuple[Figure, ...], kept: list[Figure]) -> tuple[Figure, ...]:
    """The page's own figures less a victim of an earlier shooting named again without a date of
    its own: "when police fatally shot Jamar Clark" (dated over a week before the lead's shooting,
    or told a span of time before it, so left out) and later "justice in Clark's death" are one
    death, another shooting's. A name
    only (its word capitalised in the figure's text), not a noun any victim may share ("officer",
    "man"); not a victim dated in an earlier year, as often the page's own told at a trial a year on
    ("16-year-old Raphael Davis" dated 2013 in a 2014 page, then "Ralph Davis")."""
    ids = {f.id for f in own}
    names = {_name(f) for f in kept if f.id not in ids and f.category in CASUALTIES} - {None}
    return tuple(f for f in own if not (f.as_of is None and _name(f) in names))


def _name(fig: Figure) -> str | None:
    """The surname a figure names a victim by ("Jamar Clark", "Clark's"), else None."""
    unit = (fig.unit or "").lower()
    if not unit or unit in PEOPLE_NOUNS or unit in ROLES or unit in PRONOUNS:
        return None
    words = _NAME_WORD.findall(fig.text)
    return unit if any(word[:1].isupper() and word.lower() == unit for word in words) else None


def _other_cause(fig: Figure, text: str) -> bool:
    """Whether the clause after an injured figure gives its injury a cause other than a gunshot
    (``other_causes`` in ``figures_gva.json``): "Two other officers were injured by shrapnel",
    "Three were treated at the scene for injuries from broken glass", "Two women were also
    transported ... after being trampled", "another officer suffered a minor injury unrelated to
    the gunfire"; not a victim shot or wounded ("shot her before fleeing", "Eight shot in overnight
    melee") nor one whose clause tells gunfire first ("injured by gunfire during a street fight").
    The clause ends at the sentence's end or a coordination ("Four people were injured by gunshots
    and one was struck by shrapnel": only the one). An event of another cause whose relative clause
    hurt the victim, just before it, is a cause too (:func:`_event_relative_before`)."""
    causes = OTHER_CAUSES
    if fig.predicate in causes["gun_verbs"] or not causes["gunfire"].isdisjoint(
            _WORD.findall(fig.text.lower())):
        return False
    if _event_relative_before(fig, text):
        return True
    words = _WORD.findall(_clause_after(fig, text).lower())
    for i, word in enumerate(words):
        if word in causes["gunfire"]:
            return False
        apart = next((n for n in (1, 2) if " ".join(words[i:i + n]) in causes["apart"]), 0)
        after = words[i + apart:i + apart + APART_REACH] if apart else []
        before = words[max(0, i - CAUSE_REACH - 1):i]
        if (word in causes["materials"] or word in causes["not_gunfire"]
                or not causes["gunfire"].isdisjoint(after)
                or (word in causes["participles"] and before[-1:] != []
                    and before[-1] not in causes["determiners"])
                or (word in causes["events"] and not causes["prepositions"].isdisjoint(before))):
            return True
    return False


def _event_relative_before(fig: Figure, text: str) -> bool:
    """Whether an injured figure is hurt in a relative clause of an event of another cause told
    just before it ("A suspect in an alleged DUI crash that sent a Memphis police officer to the
    hospital", "the crash that seriously injured a Maryland State Trooper"): the event is the
    cause; read back to the sentence's start or a coordination."""
    clause = _CLAUSE_END.split(text[max(0, fig.span[0] - CAUSE_WINDOW):fig.span[0]])[-1]
    words = _WORD.findall(clause.lower())[-(RELATIVE_REACH + 2):]
    return any(word in OTHER_CAUSES["events"] and after in OTHER_CAUSES["relatives"]
               for word, after in pairwise(words))


def _linked_story(fig: Figure, text: str) -> bool:
    """Whether a figure sits in a paragraph that links to another story: one that opens with a
    link cue ("RELATED: Child shot, mother injured in West Side shooting", "► Related: ..."), or a
    bulleted item of a list such a paragraph heads ("ALSO ON WAVE3.COM" then "+ KY man killed in
    suicide bombing in Afghanistan")."""
    begin = text.rfind("\n", 0, fig.span[0]) + 1
    paragraph = text[begin:fig.span[1]].strip()
    while paragraph:
        if paragraph.lstrip(LINK_BULLETS).lstrip().lower().startswith(LINK_CUES):
            return True
        if paragraph[0] not in LINK_BULLETS or begin == 0:
            return False
        end = begin - 1
        begin = text.rfind("\n", 0, end) + 1
        paragraph = text[begin:end].strip() or LINK_BULLETS[0]  # a blank line between items
    return False


def _weeks_before(fig: Figure, reference: str | None) -> bool:
    """Whether a figure is dated more than a week before ``reference`` ("the same address where
    three people were shot on November 19, 2016" in a report of a shooting on December 23; "a
    drive-by shooting that injured more than a dozen others in March" in September): a month is
    taken at its end."""
    day = _day(fig.as_of or "", last=True)
    page = _day(reference or "", last=False)
    return day is not None and page is not None and day + timedelta(days=EARLIER_DAYS) < page


def _day(value: str, *, last: bool) -> date | None:
    """A date of ``YYYY-MM-DD`` or ``YYYY-MM`` (at its last day if ``last``, else its first)."""
    found = _YEAR_MONTH_DAY.match(value)
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    if found.group(3):
        return date(year, month, int(found.group(3)))
    if not last:
        return date(year, month, 1)
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _not_people(fig: Figure) -> bool:
    """A count of shots, wounds, events or places, not of people ("shot multiple times", "two other
    shootings", "found in the basement with multiple injuries"); wounds only without a number ("one
    minor injury" is one person hurt). The noun must be the count's own words: a bare number may
    take its noun from another count ("fired 212 rounds during the rampage that left two dead")."""
    unit = (fig.unit or "").lower()
    return unit in fig.text.lower() and (
        unit in NOT_PEOPLE_ANY or (fig.value is None and unit in NOT_PEOPLE_VAGUE))


def _each(fig: Figure) -> bool:
    """A victim named with "each" or "every" ("each victim suffered more than one gunshot wound"):
    one of a group told before, not one more."""
    words = fig.text.lower().split()
    return bool(words) and words[0] in DISTRIBUTIVE


def _restated_victim(fig: Figure, death_sentences: set[int]) -> bool:
    """A single victim "shot", who "suffered a gunshot wound" or was "taken to the hospital"
    without a number ("the boy was shot"); "wounded", "hurt" or "hospitalized" still say
    someone survived, and so does one taken to hospital in the sentence that counts the
    dead ("left two boys dead and sent a teenage girl to the hospital"), one set apart
    from the others ("A fourth person, a woman, was taken to a hospital"), one told as
    one more ("was also shot", :func:`_also_hit`), and one whose clause says so (status
    "alive": "was shot in the arm and is recovering"). A victim named with "the" ("injuring
    the toddler") is the one told before, whatever the verb."""
    return is_implicit_singular(fig) and fig.status != "alive" and (
        fig.predicate in HIT_VICTIM or fig.unit in PRONOUNS or _definite_victim(fig) or (
            fig.predicate in TRANSPORTED and fig.sentence not in death_sentences and not _another(fig))
    ) and not _also_hit(fig)


def _set_apart_from_dead(fig: Figure, figures: tuple[Figure, ...]) -> bool:
    """A single victim told beside a death in the same sentence, by another noun ("The driver of
    the fleeing vehicle is in critical condition and a six year old passenger has been pronounced
    dead"): the sentence sets the two apart, so the victim is not the one who died. Not one it says
    was shot or hit: "Mark Mata shot his wife and child before killing himself" names the dead by
    their killer, and "A 4-year-old boy who shot himself ... has died" the dead by another word; nor
    where both are named with "the" (:func:`_both_told_before`)."""
    dead_figures = [f for f in figures if f.category == "KILLED" and f.sentence == fig.sentence]
    dead = {(f.unit or "").lower() for f in dead_figures}
    unit = (fig.unit or "").lower()
    return (bool(dead) and is_implicit_singular(fig) and fig.predicate not in HIT_BY_GUNFIRE
            and unit not in PRONOUNS and unit not in dead and not _both_told_before(fig, dead_figures))


def _both_told_before(fig: Figure, dead: list[Figure]) -> bool:
    """A victim taken to hospital and the dead of its sentence each named with "the" ("The young
    girl was taken to Mission Hospital ..., but ... the child passed away"): both point back to the
    one told before, so the sentence does not set two people apart; not two told in two states
    ("The woman is in critical condition and the man has been pronounced dead")."""
    return fig.predicate in TRANSPORTED and _definite_victim(fig) and all(_definite_victim(f) for f in dead)


def _also_hit(fig: Figure) -> bool:
    """A victim told as one more ("A 22-year-old man was also shot in the lower leg", "A 28-year-old
    man was also found with a gunshot wound", or hurt beside a killing: "A father was killed and his
    4-year-old son was shot"): an addition not said by "another" or "other", whose
    word sets apart any victim, the dead among them (round 7); not a pronoun, someone told before
    ("He was shot more than once", "she is also hurting")."""
    return fig.addition and not _another(fig) and fig.unit not in PRONOUNS


def _definite_victim(fig: Figure) -> bool:
    """A single victim named with the definite article ("The gun discharged, injuring the
    toddler", "found the man deceased, the child injured") points back to someone told before,
    as a pronoun does, whatever the verb; not one set apart ("the other victim"). A name or a
    possessive ("his brother") may be someone new."""
    return fig.text.lower().startswith(DEFINITE_VICTIM) and not _another(fig)


def _nth_hit(figures: tuple[Figure, ...]) -> int:
    """The most hit an indefinite victim's ordinal says ("a fifth person was wounded": five),
    not a definite one ("the fourth victim", one of a list told before)."""
    ordinals = figure_lexicon()["death_ordinals"]
    return max((int(ordinals[w]) for f in figures
                if f.category == "INJURED" and is_implicit_singular(f) and not is_definite_singular(f)
                for w in f.text.lower().split() if w in ordinals), default=0)


def _another(fig: Figure) -> bool:
    """A victim set apart from one told before: "A fourth victim was taken by personal vehicle to
    East Alabama Medical Center", "Another victim ... was taken to the hospital"."""
    return not set(fig.text.lower().split()).isdisjoint(OTHER_VICTIM)


def _same_victim(fig: Figure, dead_nouns: set[str]) -> bool:
    """A single victim "wounded" who is named as the dead are ("Antrez Felder died ...
    Felder was wounded in the chest"), not "another", "other" or a second one ("killed a San Diego
    police officer and wounded a second officer"), nor one whose clause says they lived ("His and
    Hale's older daughter ... was hospitalized in stable condition")."""
    return (is_implicit_singular(fig) and (fig.unit or "").lower() in dead_nouns and not fig.addition
            and not _another(fig) and fig.status != "alive")


def _told_apart(fig: Figure, figures: tuple[Figure, ...]) -> bool:
    """A victim named with "the" by an age that none of the dead the page names one by one has
    ("Younger also said the 14-year-old was taken to the hospital for injuries he sustained"
    beside "The 19-year-old was accidentally shot in the forehead, and was later pronounced dead";
    "The 56-year-old was taken to the hospital" beside "A 7-year-old girl was killed"): the page
    tells the two apart, so the victim is not the one who died. Only where some of the dead are
    named by an age; not an indefinite victim ("a 7-year-old girl was shot in the chest", as often
    an earlier shooting told for context: on dev, with indefinite victims, +2-5 and +2-6 on the
    two halves)."""
    if not fig.text.lower().startswith(DEFINITE_VICTIM):
        return False
    age = _age(fig)
    dead_ages = {_age(f) for f in figures if f.category == "KILLED" and is_implicit_singular(f)} - {None}
    return age is not None and bool(dead_ages) and age not in dead_ages


def _owns_dead(fig: Figure, figures: tuple[Figure, ...]) -> bool:
    """A victim whose relative one of the dead is named as ("The 5-year-old boy who was wounded"
    beside "Police fatally shot the boy's mother"): the possessive tells the dead one from its
    owner, so the victim is not the one who died; not where one of the dead is also named by the
    victim's noun ("The boy's father was dead" beside "the weapon used to kill the boy")."""
    dead = [f for f in figures if f.category == "KILLED" and is_implicit_singular(f)]
    owners = {owner for f in dead for owner in _POSSESSOR.findall(f.text.lower())}
    return (fig.unit or "").lower() in owners - {(f.unit or "").lower() for f in dead}


def _age(fig: Figure) -> tuple[str, str] | None:
    """The age a victim is named by ("the 14-year-old", "The 56-year-old"): its number and unit."""
    age = _AGE.search(fig.text.lower())
    return (age.group(1), age.group(2)) if age else None


def _all_hit(figures: list[Figure]) -> bool:
    """Whether a count of the injured is a count of everyone shot ("five men were
    shot"), not of the others beside the dead ("three others wounded", "were also shot")."""
    return bool(figures) and all(f.predicate in HIT_BY_GUNFIRE and not _others(f)
                                 and not _beside_dead(f) for f in figures)


def _dead_of_them(figures: tuple[Figure, ...], said: list[Figure], text: str) -> bool:
    """Whether the dead are told, after a number of people wounded, as some of a group named before
    ("Police said 10 people were wounded. One of the victims was killed"; "four people sustained
    gunshot wounds ... One of the male victims died"): the count of the hurt held the dead, as a
    count of everyone hit does. A number of the dead ("One", "Two") with "of the", "of those" or "of
    them" after it; not a count taken to hospital (the dead are as often not among those taken:
    "Three men were taken to the hospital ... The fourth victim, a woman, died"), nor of "others"."""
    first = min((f.sentence for f in said), default=None)
    return first is not None and all(
        (f.value or 0) > 1 and f.predicate in WOUNDED_COUNT and not _others(f) and not _beside_dead(f)
        for f in said) and any(
        f.category == "KILLED" and f.sentence > first and is_number_word(f.text)
        and _PARTITIVE.match(text, f.span[1]) for f in figures)


def _died_there(said: list[Figure], text: str) -> bool:
    """Whether a count taken to hospital tells, in a relative clause of place after it, that some
    of those taken died there ("All three victims were taken to Central Florida Regional Hospital,
    where the woman died", "The two were taken to the hospital where they were pronounced dead"):
    the dead were among those taken, as among a count of everyone hit. A count taken to hospital
    alone holds the dead as often not (round 10A2); not a count of "others" or one told as more."""
    return bool(said) and all(
        f.predicate in TRANSPORTED and not _others(f) and not _beside_dead(f) and _dies_where(f, text)
        for f in said)


def _dies_where(fig: Figure, text: str) -> bool:
    """Whether the clause after a figure has a relative of place (``died_there`` in
    ``figures_gva.json``) with a word of a death after it (the stage's ``survival_cues``
    ``unless``): "where he died", "where they were pronounced dead"."""
    words = _WORD.findall(_clause_after(fig, text).lower())
    where = next((k for k, w in enumerate(words) if w in DIED_THERE_RELATIVES), None)
    return where is not None and not DIED_THERE.isdisjoint(words[where + 1:])


def _others(fig: Figure) -> bool:
    """Whether a count is of others ("four others", "two other people", "another teen"): the word,
    not its letters inside another ("two young brothers", "her mother")."""
    return not OTHERS.isdisjoint(_WORD.findall(fig.text.lower()))


def _beside_dead(fig: Figure) -> bool:
    """A count told as more beside others harmed, the dead among them ("Milien's father and a
    15-year-old boy were also shot, but survived", the headline's "Two El Centro officers also
    wounded in sniper ambush"): the survivors, or a part of the victims, not everyone hit."""
    return fig.addition and not _others(fig)


def _among_dead(said: list[Figure], injured: float, dead: float) -> bool:
    """Whether a plural count of those hit, fewer than the dead, names some of the dead ("the
    father shot both sons and then himself", three dead; "the suspect shot both men with a
    handgun, killing them"); not a count without a number ("multiple people shot")."""
    return SAME_GROUP_MIN <= injured < dead and all(f.value for f in said)


def _load(path: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The archive's articles and its incidents by id; EVAL_PATH where the folder lacks either."""
    for name in ("articles.jsonl.gz", "incidents.json.gz"):
        if not (path / name).is_file():
            raise EvalError(Code.EVAL_PATH, f"{path / name} (expected the GVA folder with {name})")
    with gzip.open(path / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    with gzip.open(path / "incidents.json.gz", "rt", encoding="utf-8") as fh:
        incidents = {i["incident_id"]: i for i in json.load(fh)}
    return articles, incidents


REJECTED: dict[str, Any] = {"num_killed": 0, "num_injured": 0, "date": None, "cities": []}


def _article(row: dict[str, Any]) -> Article | None:
    """The article as an Article, None where the reader rejects it (it counts as a miss)."""
    try:
        return make_article(row["content"], published=row.get("dct"), title=row.get("title"))
    except ReadError:
        return None


def _counting(headline: Reading, dead: int) -> Reading:
    """The headline's reading with the dead its words count ("double homicide"), if more."""
    return replace(headline, killed=max(headline.killed, dead))


def with_headline(body: Reading, headline: Reading, *, killer_died: bool = False) -> Reading:
    """The headline states the main incident's counts ("4 shot, 1 killed in ..."),
    where the body may run into other stories: a count the headline gives wins,
    else the body's. One exception: the victims a headline names without a number
    ("Teenager injured during quadruple shooting", "Man, teen critically injured"; not a victim
    told as "another" or by an ordinal, one by the word: "One teen killed, another wounded") or
    counts without one ("Multiple people shot outside of Evansville bar") or as the least there may
    be ("At Least 4 Injured") or told with "also" ("Two El Centro officers also wounded", a part
    beside others harmed) are among those the body counts with a larger number of people ("A
    teenager was among four people who were shot", "The two were transported") or names in a list
    of more victims ("a bullet hit both Jones and the six-year-old"), not the count; and so
    are the dead a headline names without a number where they are several ("before killing wife,
    son", "kills parents and sisters") or the killer died too (``killer_died``: "father kills sons,
    10 and 12, before turning the gun on himself"), where a body that counts more dead with a
    number of people ("killed his two sons Friday morning before fatally shooting himself") gives
    the count. A headline's count of
    everyone hit that tells no death gives way to a body that splits it into the dead and the
    survivors (:func:`_hit_split`: "Six shot at nightclub" over "five were wounded and Erica Robinson
    ... was killed"), and its count of the injured to a body whose victim told by an ordinal implies
    more ("A fourth victim was also injured" under "Pregnant woman, 2 others shot")."""
    # the least there may be: "Homewood Shooting Leaves 2 Dead, At Least 4 Injured" over "At least
    # four others suffered ... Two or three other people also went to local hospitals"
    implicit = headline.injured >= 1 and (headline.injured_named or headline.injured_vague
                                          or headline.injured_least or headline.injured_also)
    counted = body.injured_counted and body.injured > max(headline.injured, 1)
    dead_named = headline.killed_named and (headline.killed >= SEVERAL_DEAD or killer_died
                                            or body.killed_also)
    dead_counted = body.killed_counted and body.killed > headline.killed
    # "6-year-old accidentally shot" over "a bullet hit both Jones and the six-year-old": two
    listed = implicit and body.injured_listed > headline.injured and body.injured_listed >= body.injured
    return replace(body,
                   killed=body.killed if dead_named and dead_counted else headline.killed or body.killed,
                   injured=body.injured_listed if listed
                   else body.injured if (implicit and counted) or _hit_split(body, headline)
                   or body.injured_nth > headline.injured
                   else headline.injured or body.injured)


def _hit_split(body: Reading, headline: Reading) -> bool:
    """Whether a headline's count of everyone hit, which tells no death ("Police: 5 people shot in
    east Baltimore", "Man shot wife, 3 kids in Va. murder-suicide"), is split by the body into the
    dead and the survivors: the body's dead and injured add up to it ("one man was killed and four
    others were wounded"), or its dead are as many or more (those hit were the dead). Then the
    body's injured count is the survivors. The sum counts only where the body's dead restate
    those hit (:func:`_restates_hit`) or its injured are told apart from the dead ("four others"),
    not taken off its own count of the hit; the dead as many or more only up to
    ``TOLL_OVER_HIT`` times those hit. Taking the body's dead off the headline's count whatever the
    body's injured say loses (rounds 3 and 4): the body's dead are as often another shooting's."""
    hit = headline.injured
    dead = body.killed
    return (headline.injured_hit and not headline.killed and dead > 0
            and ((body.injured + dead == hit and (body.killed_restated or not body.injured_hit))
                 or hit <= dead <= TOLL_OVER_HIT * hit))


def _restates_hit(fig: Figure) -> bool:
    """A death told of someone counted before: a pronoun ("he was pronounced dead"), a common noun
    with "the" ("Police initially said the man had died"), or a part of those hit ("four people
    shot, one fatally", "One victim ... died at the scene"); not an indefinite or a name ("a
    19-year-old male was shot and killed on the same block just last week", "the fatal shooting of
    the 24-year-old Smith"), who may be another shooting's."""
    words = fig.text.split()
    return bool(words) and (fig.unit in PRONOUNS or (
        words[0].lower() in RESTATING_WORDS and (fig.unit or "").islower()))


def predict_article(body: ArticleFacts, headline: ArticleFacts) -> dict[str, Any]:
    """The incident's counts from an article and its headline. A headline that
    reports a death no figure counts ("Man charged in shooting death") gives one
    killed, who is then not also counted among the injured, nor among the survivors of the
    body's count of everyone hit; one that names a
    murder-suicide gives at least two; one that tells someone hurt ("Killeen 2-year-old in
    critical condition from gunshot") one injured, unless it totals several shootings (its word of
    injury is the round-up's: "2 slain and 8 others wounded in Sunday shootings"); one that tells
    only a later death ("Little Rock shooting victim dies", :func:`_died_later`) one fewer injured
    than a body's count that holds the one who died."""
    title = body.article.title or ""
    roundup = _roundup_headline(title, body, headline)
    if roundup:
        headline = replace(headline, figures=())  # the page's total, not one incident's count
    said = headline_deaths(title)  # "double homicide": a count the headline gives
    killer_died = headline_reports_killer_death(title)
    pred = with_headline(read(body), _counting(read(headline), said), killer_died=killer_died)
    implied = not pred.killed and headline_reports_death(title)
    if pred.killed or implied:
        # the headline's dead are off the body's count of everyone hit; not the other way
        # round: the body may run other stories together, the headline names the incident
        pred = with_headline(read(body, death_reported=True, dead=pred.killed or IMPLIED_DEATHS),
                             _counting(read(headline, death_reported=True), said),
                             killer_died=killer_died)
    # the least the headline's words say died: one for "shooting death", two for a murder-suicide
    least = (MURDER_SUICIDE_DEATHS if headline_reports_murder_suicide(title)
             else IMPLIED_DEATHS if implied else 0)
    injured = pred.injured
    if _died_later(headline) and not pred.injured_apart and injured > LATER_DEATHS:
        # "Little Rock shooting victim dies" over "Five people, including Duhart, were injured"
        injured -= LATER_DEATHS
    hurt = IMPLIED_INJURIES if headline_reports_injury(title) and not roundup else 0
    killed = max(pred.killed, least)
    # "Teen killed in Mayfair triple shooting", "arrested ... in connection with a quadruple shooting
    # that left three people dead": the hit who did not die survived (the headline's count first)
    hit = multiplied_hit(title) or multiplied_hit(body.article.text)
    return replace(pred, killed=killed, injured=max(injured, hurt, hit - killed)).prediction()


def _died_later(headline: ArticleFacts) -> bool:
    """Whether the headline tells only a death after the shooting, of one who "dies" ("Little Rock
    shooting victim dies", "Third man dies after shooting at ... dice game in October"), with no
    one else hurt: the body's count of the injured, told from the first reports ("Five people,
    including Duhart, were injured"), then holds the one who died since; not a count of the others
    beside the dead ("four others were wounded")."""
    dead = [f for f in headline.figures if f.category == "KILLED"]
    return bool(dead) and all(f.predicate == "die" for f in dead) and not any(
        f.category == "INJURED" for f in headline.figures)


def _roundup_headline(title: str, body: ArticleFacts, headline: ArticleFacts) -> bool:
    """Whether the headline totals several incidents ("17 dead, 41 wounded in Chicago weekend
    shootings", "2 dead, 8 wounded in separate shootings"): a count of people with a plural event
    noun, told over a span of time ("Five shot on same Coney Island block within 10 hours",
    "Four shot in Lansdowne area over weekend") or the number of a total the body tells of several
    shootings (``cumulative``: "Three teen boys ... were wounded in two shootings"), over a body
    that tells casualties of its own. The
    archive files such a page under one of its incidents, as a careful reader does: the body's,
    not the page's total."""
    # "3 Teen Boys Shot, Wounded In Marquette Park, Austin" over "Three teen boys ... were wounded in
    # two shootings Monday morning": the body's total of several shootings, told again
    totals = {(f.category, f.value) for f in body.figures if f.cumulative and f.category in CASUALTIES}
    return ((not ROUNDUP_EVENTS.isdisjoint(_WORD.findall(title.lower())) or _counted_over_time(title)
             or any((f.category, f.value) in totals for f in headline.figures))
            and any(f.category in CASUALTIES and (f.value or 0) >= ROUNDUP_MIN for f in headline.figures)
            and any(f.category in CASUALTIES for f in body.figures))


@cache
def _span() -> re.Pattern[str]:
    """A span of time a headline's count is told over ("within 10 hours", "in 24-hour span", "over
    the weekend"), the span noun ending its phrase; not a noun that dates one shooting ("in weekend
    Bridgeport shooting")."""
    spans = _gva_lexicon()["roundup_spans"]
    return re.compile(rf"\b(?:{'|'.join(spans['prepositions'])})\s+(?:(?:the|a|an)\s+)?(?:[\w-]+[\s-]+)?"
                      rf"(?:{'|'.join(spans['nouns'])})(?=\s*$|\s*[^\w\s]|\s+(?:{'|'.join(spans['ends'])})\b)")


def _counted_over_time(title: str) -> bool:
    """Whether a headline counts over a span of time ("Five shot on same Coney Island block within
    10 hours", "Four shot in Lansdowne area over weekend"): the total of several shootings."""
    return bool(_span().search(title.lower()))


def gold_pages(path: Path, *, limit: int | None = None, keys: set[tuple[str, str]] | None = None
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The pages with content whose incident the archive holds (the first ``limit``, or only those
    whose (doc_id, incident_id) is in ``keys``), and each page's incident."""
    articles, incidents = _load(path)
    pages = [a for a in articles if a["incident_id"] in incidents and a.get("content")
             and (keys is None or (a.get("doc_id"), a["incident_id"]) in keys)][:limit]
    return pages, [incidents[a["incident_id"]] for a in pages]


def read_pages(pages: list[dict[str, Any]], *, model: str, timer: Timer | None = None
               ) -> list[tuple[ArticleFacts, ArticleFacts] | None]:
    """Each page's body and headline (as a document of its own) through the pipeline; None where
    the reader rejects the page. ``timer`` times the extraction."""
    records = [_article(a) for a in pages]
    read = [r for r in records if r is not None]
    # the headline as a document of its own (the reader's language check needs more text than a title)
    headlines = [replace(r, text=sentence_case(r.title or "")) for r in read]
    timer = timer or Timer()
    with timer.running():
        facts = iter(list(zip(extract_many(read, model=model), extract_many(headlines, model=model),
                              strict=True)))
    return [None if record is None else next(facts) for record in records]


def predict_pages(pages: list[dict[str, Any]], *, model: str, timer: Timer | None = None
                  ) -> list[dict[str, Any]]:
    """Each page's prediction (:func:`read_pages`, then :func:`predict_article`); ``REJECTED`` where
    the reader rejects the page. ``timer`` times the extraction."""
    return [REJECTED if pair is None else predict_article(*pair)
            for pair in read_pages(pages, model=model, timer=timer)]


def run(path: Path, *, model: str, limit: int | None = None) -> dict[str, Any]:
    pages, golds = gold_pages(path, limit=limit)
    timer = Timer()
    preds = predict_pages(pages, model=model, timer=timer)
    hits = {"killed": 0, "injured": 0, "date": 0, "city": 0}
    for pred, gold in zip(preds, golds, strict=True):
        hits["killed"] += pred["num_killed"] == gold["num_killed"]
        hits["injured"] += pred["num_injured"] == gold["num_injured"]
        hits["date"] += pred["date"] == parse_date(gold["date"])
        city = (gold.get("city_or_county") or "").strip().lower()
        hits["city"] += any(c.lower() == city for c in pred["cities"])
    n = len(pages)
    result: dict[str, Any] = {"docs": n, "docs_per_s": timer.rate(n)}
    result.update({f"{k}_accuracy": round(v / n, 4) if n else 0.0 for k, v in hits.items()})
    return result
