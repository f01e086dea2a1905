"""Figures: what a number counts, for whom, when, where, on whose word.

On top of the quantity layer (:mod:`truceline.stages.figures_quantity`) each
quantity becomes a :class:`~truceline.record.Figure`: its ``category`` from the
counted noun and the verb that governs it ("returned 25 hostages" ->
HOSTAGES_RELEASED, "48,000 people were killed" -> KILLED), ``status`` (dead
for bodies and remains), ``subject`` (who killed, holds, released), ``rate``
("weekly" -> P1W), ``as_of`` (the governing time), ``place``, ``claim`` (the
attributed statement it sits in) and ``derived_from`` ("about half of them").
A number with no noun of its own counts the noun after "of" ("two of the
hostages") or, elliptically, what a figure beside it counts ("freed 33 hostages
... and will free 25"); a casualty count per period with no date is a statistic,
not an incident's count.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import Literal

from spacy.tokens import Doc, Span, Token

from truceline.record import Claim, Figure, FigureCategory, Mention, Time
from truceline.stages.base import get_facts, next_id, provenance, published, sentence_index, set_facts
from truceline.stages.figures_lexicon import lexicon
from truceline.stages.figures_quantity import Quantity, find_quantities

__all__ = ["EXTRACTOR", "FiguresStage"]

EXTRACTOR = "figures.v11"
SURNAME_DOCS = 4  # documents whose people's surnames are kept: the stage reads one at a time
Status = Literal["alive", "dead"] | None

CONF_CATEGORISED = 0.9  # an explicit number with a known category: the lexicons rarely misfire
CONF_UNCATEGORISED = 0.75  # a sound quantity whose category is OTHER
CONF_VAGUE = 0.6  # "dozens", "thousands": ACLED's conventional floor, not a count
CONF_DERIVED = 0.6  # "about half of them": arithmetic on another figure, antecedent guessed
CONF_ELLIPTIC = 0.7  # "and will free 25": the category is read from a sibling figure, not said
CONF_IMPLICIT = 0.5  # "killed the commander": one person, counted from the grammar alone
IMPLICIT_CATEGORIES: dict[str, FigureCategory] = {"KILLED": "KILLED", "INJURED": "INJURED",
                                                  "ARRESTED": "ARRESTED"}
SINGULAR_TAGS = frozenset({"NN", "NNP"})
IRREALIS_TAGS = frozenset({"TO", "MD"})  # "to kill her", "he could've died": no event
CLAUSE_OBJECT_DEPS = frozenset({"dobj", "ccomp"})  # "He claimed (that) ...": the pronoun acts
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})  # "who claimed he'd been shot", "claimed to be": the subject acts
BARE_NOT_DEPS = frozenset({"det", "poss", "prep", "nummod"})  # "the man", "his son", "father of two"
CARE_VERBS = frozenset({"treat"})  # "he was treated and released", but "she was treated well"
ADJECTIVE_TAG = "JJ"  # "Gunman kills wife, self": a person noun the tagger misreads
PRONOUN_TAG = "PRP"  # "he", "she" (not the possessive "her", PRP$)
PEOPLE_CATEGORIES = frozenset({"KILLED", "INJURED", "ARRESTED", "TAKEN_HOSTAGE", "HOSTAGES_HELD",
                               "HOSTAGES_RELEASED", "PRISONERS_RELEASED", "DISPLACED"})
PEOPLE_ENTS = frozenset({"PERSON", "NORP"})  # "two Israelis", "three Hamas members"
PART_OF_PREPS = frozenset({"including", "among"})
PARTITIVE_CLASSES = frozenset({"hostage", "body", "prisoner", "person"})  # "two of the hostages"
ONE_WORDS = frozenset({"one", "1"})  # "One of five victims dies", "1 of 2 students wounded has died"
PARTITIVE_ONE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # "one of the hostages" with an event verb
CONCEPT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
REDUCED_RELATIVE = "acl"  # "the three men shot and killed last week": a participle on a noun
VICTIM_NOUN = "victim"  # "shooting victim identified": the noun that says the person was hit, not who
TO_DEATH = ("to", "death")  # "two daughters shot to death"
RELATIVE_PRONOUNS = frozenset({"who", "that", "whom"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "self"})
OWN_LIFE = ("take", "life")  # "took his own life": a death by one's own hand
OWN_LIFE_WORDS = frozenset({"life", "lives"})  # "took their own lives"
SEQUENCE_PREPS = frozenset({"before", "after"})  # "killed his wife before shooting himself"
BOTH_COUNT = 2  # "both men were wounded"
PART_DEPS = frozenset({"npadvmod", "dep"})  # "Four people were shot, one man fatally": a part set off
COPULA = "be"  # "Smith, who is dead": a state said of the subject
FATAL_STATE_DEPS = frozenset({"oprd", "acomp", "xcomp"})  # "were found shot to death": the state found in
PARTICIPLE_MIN = 2  # "4 shot": after a number above one a singular "shot" is no noun ("one shot" may be)
DEFINITE_DETS = frozenset({"the", "this", "that"})  # "the second victim": one of a list, not a count
NEGATING_DETS = frozenset({"no"})  # "no one was hurt" counts nobody
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "a fourth was wounded": one more, not one of a list
NEITHER = "neither"  # "Neither the driver or the other passenger was injured" counts nobody
ELLIPTIC_PERSON = "another"  # "three people were killed and another critically injured"
FRACTION_UNIT = "fraction"  # a share with no figure to take it of: "half the condos" -> 0.5
AGE_UNITS = frozenset({"year", "month", "week", "day"})  # "16-year-old", "18-month old"
AGE_UNIT = "age"  # what an age is typed as (the quantity layer's unit for "Henry, 19,")
AGE_WORD = "old"  # "a 16-year-old", "13 year old Shaquez Brunner"
AGE_OF_BOTH = "both"  # "Banes and Clark, both 31,": one age said of two people
AGE_ALSO = "also"  # "Another teen, also 15, was shot": an age said again of another person
INJURY_VERBS = frozenset({"suffer", "sustain", "receive"})
# one person who "had a gunshot wound to the leg" is hurt; "all five had gunshot wounds" are mostly the dead
INJURY_HAVE = "have"
TOTAL_NOUN = "total"  # "a total of four people received wounds": the count is the total's, in its role
HOSPITAL_ARRIVAL_PREP = "at"  # "arrived at the hospital": where the hurt come by themselves
INJURY_NOUNS = frozenset({"wound", "injury", "gunshot"})  # "suffered a gunshot wound", "found with injuries"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod"})
CLAUSE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # a verb with its own subject or object
MEASURE_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})  # "a 750 meter swim"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})  # words before a noun that it heads
LIST_MODIFIER_DEPS = MODIFIER_DEPS | {"poss", "nummod", "punct"}  # "her son", "8-year-old son" in a list
LIST_THEN = "then"  # "kills wife then himself": a headline's list said in order
LIST_LINKS = frozenset({LIST_THEN, "and"})  # words that may join the last item of a headline list
ALONG_WITH = frozenset({"along", "together"})  # "detained a leader along with two associates"
MAX_VERB_HOPS = 4  # heads walked up from a counted noun to its governing verb
MAX_ANTECEDENT_SENTENCES = 2  # "half of them" looks this many sentences back for "them"
RATE_WINDOW = 6  # tokens after a quantity searched for "weekly", "a week"
TIME_TYPES_NOT_COUNTS = frozenset({"DATE", "TIME", "SET"})
SUBJECT_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC"})
ACTOR_MODIFIER_DEPS = frozenset({"npadvmod", "compound", "amod", "nmod", "poss"})  # "Hamas-led", "Israeli"
CASUALTY_CATEGORIES = frozenset({"KILLED", "INJURED"})  # what a generic statistic is not an incident of
# the object a verb leaves in a condition: "leaving the teen in critical condition" (not a passive subject:
# "was listed in critical condition" is as often someone the archive counts dead, or another day's victim)
CONDITION_OBJECT_DEPS = frozenset({"dobj"})
VERBLESS_DEPS = frozenset({"ROOT", "appos"})  # a headline's noun with no verb: "Child in critical condition"
RUN_ON_TAG = "VBN"  # "shot, killed": a headline's participles in a row
ALTERNATIVE = "or"  # "is hurt or passes away": one of two outcomes
TARGET_PREP = "at"  # "shot at a dozen people": aimed at, not said to be hit
GUN_VERBS = frozenset({"shoot", "shot"})  # the verbs of "shot at twelve people"
HURTING = "hurt"  # "is also hurting": pain, in the progressive
PROGRESSIVE_TAG = "VBG"
SHOT_DEPS = frozenset({"dobj", "nsubjpass"})  # who a verb of shooting hit: "shot two brothers"
DIED_DEPS = frozenset({"nsubj"})  # who a verb of dying names: "a man died"
GENERIC_TAGS = frozenset({"VBZ", "VBP"})  # the present tense of what happens as a rule
PRESENT_S_TAGS = frozenset({"VBZ", "NNS"})  # "wounds" in a headline, a verb or read as a plural noun
PAST_TAGS = frozenset({"VBD", "VBN"})  # an event told in the past: "killed", "have released"
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")  # a day, not a week, month or year
SINCE = "since"
ALTERNATIVE = "or"  # "whether he was shot by the officer or his mother": a question between alternatives
PERFECT_AUX = "have"  # "have been shot ... this year": a toll so far
THIS = "this"
TO = "to"  # "raise the homicide total to 104": the count a total is brought to
# "40 wounded ... since Friday": a verbless count the parse makes the subject of a verb, or what
# "there have been" says there is ("there have been 131 people wounded ... so far this year")
TOLL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "attr"})
TOLL_HEAD_POS = frozenset({"VERB", "AUX"})
# ... and the object of such a verb: "Three shootings left six people wounded over the course of three hours"
TOLL_DEPS = TOLL_SUBJECT_DEPS | {"dobj"}
WHOLE_DETERMINERS = frozenset({"all", "both"})  # "All four victims", "both victims": every one counted
WITNESSED_DEPS = frozenset({"ccomp", "xcomp", "oprd"})  # "a weekend that saw 20 people shot": the toll seen
ROUNDUP_PREPS = frozenset({"in", "during"})  # "wounded in shootings across the city": several incidents
SOURCE_COLON = ":"  # "Mother: Boy killed ...": a headline's source before a colon
CLAUSE_BREAK = ";"  # "4 people shot in Montclair; masked suspect on the loose": two clauses
SLASH = "/"  # "1 / 5": a gallery's counter, a ratio
# a count of an event still to come: "95 prisoners would be released", "Israel will free 30"
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll"})
STATE_CATEGORIES = frozenset({"HOSTAGES_HELD"})  # a state: as of publication when no time is given
UNIT_CATEGORY: dict[str, FigureCategory] = {"MONEY": "MONEY", "DISTANCE": "DISTANCE", "DURATION": "DURATION"}
# verb class x noun class -> category ("*": any noun class)
CATEGORY_RULES: dict[tuple[str, str], FigureCategory] = {
    ("KILLED", "*"): "KILLED",
    ("INJURED", "*"): "INJURED",
    ("RELEASED", "hostage"): "HOSTAGES_RELEASED",
    ("RELEASED", "body"): "BODIES_RETURNED",
    ("RELEASED", "prisoner"): "PRISONERS_RELEASED",
    ("HELD", "hostage"): "HOSTAGES_HELD",
    ("HELD", "body"): "HOSTAGES_HELD",
    ("TAKEN", "hostage"): "TAKEN_HOSTAGE",
    ("TAKEN", "person"): "TAKEN_HOSTAGE",
    ("ARRESTED", "person"): "ARRESTED",
    ("ARRESTED", "prisoner"): "ARRESTED",
    ("ARRESTED", "*"): "ARRESTED",
    ("DISPLACED", "person"): "DISPLACED",
    ("DISPLACED", "*"): "DISPLACED",
    ("AID", "aid"): "AID",
}


def _is_addition(verb: Token | None, noun: Token | None) -> bool:
    """Whether a count adds to one given elsewhere rather than restating it: "the
    force also detained two suspects", "two additional insurgents", "another man",
    "detained two others"."""
    words = lexicon().addition_words
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children):
        return True
    return noun is not None and (noun.lemma_.lower() in words or any(
        c.dep_ in ("amod", "det") and c.lower_ in words for c in noun.children))


def _beside_killing(verb: Token, noun: Token) -> bool:
    """Whether one victim is hurt in a clause joined by a conjunction to a killing of someone the
    killing names itself ("A father was killed and his 4-year-old son was shot by a pair of masked
    men", "killing the sixth-grader and leaving the teen in critical condition"), or in a headline's
    clause set beside it (:func:`_side_clause`: "Pregnant woman shot, unborn baby killed"): the
    sentence tells two outcomes, so the victim is one more beside the dead, not the one who died.
    Not a killing with no patient of its own ("was shot and killed"), nor one of a pronoun or a
    reflexive, who may be the victim or the killer ("shot a man and killed him"); "before killing
    himself" is subordinate, not joined. The object of an active "shoot" is not one: "accused of
    killing his ex-girlfriend and shooting her boyfriend" tells one killer's acts in a row, and the
    one shot died as often (the archive counts both dead)."""
    side = _side_clause(verb, noun)
    if verb.lemma_.lower() in GUN_VERBS and noun.dep_ != "nsubjpass" and not side:
        return False
    intransitive = lexicon().intransitive_death
    joined = [c for c in verb.children if c.dep_ == "conj"]
    joined += [verb.head] if verb.dep_ == "conj" or side else []
    for death in joined:
        dies = death.lemma_.lower() in intransitive
        # "a man died and his wife was shot", a headline's "unborn baby killed": its subject
        by_subject = side or dies
        if (_verb_class(death) == "KILLED" or dies) and any(
                c.i != noun.i and c.dep_ in (DIED_DEPS if by_subject else SHOT_DEPS)
                and (c.like_num or c.pos_ in ("NOUN", "PROPN")) and c.ent_type_ not in TIME_TYPES_NOT_COUNTS
                for c in death.children):  # "killed the day after Thanksgiving": a time, not the dead
            return True
    return False


def _side_clause(verb: Token, noun: Token) -> bool:
    """Whether a victim is the subject of a headline's clause set before another with a comma
    ("Pregnant woman shot, unborn baby killed": the parser makes the first a complement of the
    second), its participle read as a past tense with no object of its own. The killing's subject
    then names the dead (:func:`_beside_killing`)."""
    return (verb.dep_ == "ccomp" and noun.dep_ == "nsubj" and verb.i < verb.head.i
            and not any(c.dep_ == "dobj" for c in verb.children)
            and any(t.text == "," for t in verb.doc[verb.i + 1:verb.head.i]))


def _is_cumulative(verb: Token) -> bool:
    """A running total, not one incident's count: "forces have detained more than
    125 insurgents since December 1", "So far this year, 21 adults have been accidentally shot"; a
    total of several incidents, "Three people were killed and at least 22 others have been wounded in
    shootings across the city"."""
    return (_since(verb) is not None or _over_a_span(verb) or _in_roundup(verb) or _period_toll(verb)
            or _seen_by_period(verb))


def _seen_by_period(verb: Token) -> bool:
    """A toll a span of time "saw", told in a relative clause on the period: "The shooting occurred
    during a violent weekend in Baltimore that saw 20 people shot over a span of 80 hours",
    "another violent night in Jacksonville that saw five others shot and wounded" (the period's
    round-up, not the incident's count). Not a period that is the subject ("The bloody night also
    saw a 66-year-old woman injured": one more victim of the night told)."""
    lex = lexicon()
    seer = verb.head
    return (verb.dep_ in WITNESSED_DEPS and seer.lemma_.lower() in lex.witness_verbs and seer.dep_ == "relcl"
            and seer.head.lower_ in lex.witness_periods)


def _over_a_span(verb: Token) -> bool:
    """A toll over a span of time or an average in the verb's clause ("So far this year", "an
    average of"): not one incident's count."""
    doc = verb.doc
    return bool(lexicon().running_totals.search(doc[verb.left_edge.i: verb.right_edge.i + 1].text))


def _is_habitual(verb: Token) -> bool:
    """A habit or a hypothesis, not an event: "Anytime one of our students is hurt or passes
    away", "Any time one of our students is hurt" (a clause on "time" with "any" or "every"), or a
    question asked of it (:func:`_asked`)."""
    lex = lexicon()
    words, determiners = lex.habitual_words, lex.habitual_time_determiners
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in words for c in verb.children) or (
        verb.dep_ == "relcl" and verb.head.lower_ == "time"
        and any(c.dep_ == "det" and c.lower_ in determiners for c in verb.head.children)) or _asked(verb)


def _asked(verb: Token) -> bool:
    """A yes-or-no question of an event, not the event told: "The report will determine whether
    Davis sustained gunshots". Not a question between alternatives, which takes the event as told
    and asks how: "investigating whether he was shot by the officer or his mother", "whether the
    suspect had been shot, was dead or was in custody" (its "or" up to the next question word, not
    that of a question of its own joined to it: "and whether he was alive or dead")."""
    marks = lexicon().question_marks
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in marks), None)
    if mark is None:
        return False
    for tok in verb.doc[mark.i + 1:verb.sent.end]:
        if tok.lower_ in marks:
            break
        if tok.dep_ == "cc" and tok.lower_ == ALTERNATIVE:
            return False
    return True


def _period_toll(verb: Token) -> bool:
    """A toll of the period so far, told in the perfect with "this year" or "this month":
    "More than 700 people have been shot in the city this year", "67 law enforcement officers
    have been killed in the line of duty this year"."""
    return any(c.dep_ == "aux" and c.lemma_ == PERFECT_AUX for c in verb.children) and any(
        t.lower_ in lexicon().period_nouns and any(d.dep_ == "det" and d.lower_ == THIS for d in t.children)
        for t in verb.subtree)


def _in_roundup(verb: Token) -> bool:
    """Whether a count is told of several incidents together: the verb, or one it is
    conjoined with, is said "in" or "during" a plural event noun ("killed and eight others ...
    wounded in separate shootings") or has one as its subject ("Englewood Shootings Wound 6")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return any((c.dep_ == "prep" and c.lower_ in ROUNDUP_PREPS and _names_roundup(c))
               or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lexicon().roundup_events)
               for v in verbs for c in v.children)


def _verbless_toll(doc: Doc, q: Quantity) -> bool:
    """A count the stage ties to no verb whose parse still hangs it on one that makes it a running
    total: "at least seven people had been killed in Chicago and 40 wounded in 33 separate shooting
    incidents since Friday" (the 40 is the subject of "wounded" in the parse), "12 wounded in Chicago
    shootings", "there have been 131 people wounded or killed by gunshots in the city so far this year",
    "Three shootings left six people wounded" (the object of a verb whose subject is several events)."""
    token = doc[q.noun] if q.noun is not None else doc[q.num_end - 1]
    head = token.head
    return token.dep_ in TOLL_DEPS and head.pos_ in TOLL_HEAD_POS and _is_cumulative(head)


def _raised_to(num: Token) -> bool:
    """A total a verb of raising brings the count to: "The two deaths Thursday raise Louisville's
    criminal homicide total to 104 for 2016", "Sunday's attacks brought to at least 74 the number of
    people shot since Wednesday"."""
    head = num.head if num.dep_ == "nummod" else num
    return (head.dep_ == "pobj" and head.head.lower_ == TO
            and head.head.head.lemma_.lower() in lexicon().total_verbs)


def _names_roundup(prep: Token) -> bool:
    """Whether a preposition's object is a plural event noun: "in shootings", "during shootings";
    not one with the definite article, shootings told before ("In addition to the six killed, three
    others were injured in the shootings": a mass shooting with several gunmen, one incident)."""
    return any(o.dep_ == "pobj" and o.lower_ in lexicon().roundup_events
               and not any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in o.children)
               for o in prep.children)


def _is_purpose(verb: Token) -> bool:
    """An aim, not an event: "an operation to arrest a Taliban leader"."""
    return verb.dep_ in ("acl", "advcl", "relcl") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _has_age(noun: Token) -> bool:
    """"13 year old Shaquez Brunner", "5-year-old Noelle Shawver": an age names a
    person, whatever entity type the tagger guessed for the name."""
    return any(c.dep_ == "amod" and c.lower_ == AGE_WORD and any(g.dep_ == "npadvmod" for g in c.children)
               for c in noun.children)


def _named_person(noun: Token) -> bool:
    """"Heyward, Myers and Washington were transported" after "Jarrett Myers": a
    proper name the tagger leaves untyped or types as a place or body is a person
    where it ends a person's name the tagger typed elsewhere in the text (a surname
    told again alone)."""
    return (noun.pos_ == "PROPN" and noun.tag_ == "NNP"
            and not any(c.dep_ in ("compound", "poss") for c in noun.children)  # not "Prince George's County"
            and noun.text in _person_surnames(noun.doc))


@lru_cache(maxsize=SURNAME_DOCS)
def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people's names of more than one word the tagger typed in a text, read
    once per document (the stage asks for every proper noun it weighs as a victim)."""
    return frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)


def _same_kind(noun: Token, sibling: Figure) -> bool:
    """Whether a conjunct counts what its sibling counts: "two suspects and several
    others" do, "two suspects and multiple automatic weapons" do not."""
    return (sibling.category not in PEOPLE_CATEGORIES or _noun_class(noun) is not None
            or noun.ent_type_ in PEOPLE_ENTS)


def _attempted(event: Token) -> bool:
    """An event noun said to be only attempted: "the attempted murder of two police officers"."""
    attempts = lexicon().attempt_modifiers
    return any(c.dep_ in ("amod", "compound") and c.lower_ in attempts for c in event.children)


def _death_charges(noun: Token) -> bool:
    """A count of charges of a death: "charged with two counts of first-degree murder",
    "faces three counts of murder" (one charge for each of the dead); not "two counts of
    attempted murder"."""
    lex = lexicon()
    return noun.lemma_.lower() in lex.charge_count_nouns and any(
        c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in lex.death_events
                                 and not _attempted(o) for o in c.children)
        for c in noun.children)


def _event_of(tok: Token) -> FigureCategory | None:
    """The category of an event named as a noun that ``tok`` is the object of:
    "the deaths of three children", "the fatal shooting of a fellow student"
    (KILLED), "the arrest of a facilitator" (ARRESTED), "the shooting of a 3-year-old girl"
    (INJURED)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    event = tok.head.head
    lex = lexicon()
    lemma = event.lemma_.lower()
    if _attempted(event):
        return None  # "the attempted murder of two police officers": no death
    if lemma in lex.death_events:
        return "KILLED"
    if lemma in lex.arrest_events:
        return "ARRESTED"
    if lemma in lex.harm_events and any(c.lower_ in lex.fatal for c in event.children):
        return "KILLED"
    if lemma in lex.wound_events or lemma in lex.wounding_events:
        return "INJURED"  # "the shooting of a 3-year-old girl": hit, as "she was shot" says
    return None


def _wounding(event: Token) -> bool:
    """An event noun of wounding, or one joined to it, names a victim who lived, as "wounded" says:
    "the shooting death of 6-year-old Jeremy Mardis and the wounding of the boy's father", "the
    slaying of Collin Doyle, 17, and the shooting and wounding of Armond Batey"."""
    words = lexicon().wounding_events
    return any(e.lemma_.lower() in words for e in (event, *event.conjuncts))


def _wounded_of_shot(anchor: Token, by_noun: dict[int, Figure]) -> Figure | None:
    """The count of those shot whose survivors a participle of the shooting verb names ("before
    shooting two young brothers, killing an 11-year-old and critically wounding his 16-year-old
    sibling": the sibling is one of the two), not more of them."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.tag_ != PROGRESSIVE_TAG or _verb_class(verb) != "INJURED":
        return None
    clause = _first_conjunct(verb)
    shot = clause.head
    if clause.dep_ != "advcl" or shot.lemma_.lower() not in GUN_VERBS:
        return None
    return next((by_noun[c.i] for c in shot.children if c.dep_ in SHOT_DEPS and c.i in by_noun), None)


def _part_named(q: Quantity, whole: Figure) -> bool:
    """Whether a count in apposition tells who some of a group are: fewer than a count by a noun
    that says nothing of who they are ("three others, two men, ... and a woman"); not one of a
    headline's list without "and" ("Four children, two adults injured", "6 shot, 1 woman killed")."""
    return (q.value is not None and whole.value is not None and q.value < whole.value
            and (whole.unit or "").lower() in lexicon().group_nouns)


def _first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts a token is one of, walking left: a part listed after another
    ("including two women and eight men": "men" -> "women") is a part as the first is; a verb
    joined to another ("was shot and is recovering") belongs to the first verb's clause."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _wound_event(doc: Doc, q: Quantity, category: str) -> str | None:
    """The event noun a count of the hit is the object of, as its predicate ("the early Tuesday
    shooting of five people": "shooting"), as a victim named without a number has it ("the
    shooting of a 10-year-old girl"): those hit, the dead among them."""
    anchor = _phrase_head(doc[q.noun]) if q.noun is not None else doc[q.num_end - 1]
    if category != "INJURED" or _event_of(anchor) != "INJURED":
        return None
    return anchor.head.head.lemma_.lower()


def _is_toll(tok: Token) -> bool:
    """"the death toll rose to 31", "a death toll of 31": the number of the dead."""
    cur = tok
    for _ in range(MAX_VERB_HOPS):
        if cur.lemma_.lower() == "toll":
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "toll" for c in cur.children)
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _has_object(verb: Token) -> bool:
    """Whether a verb, or one coordinated with it, has an object ("Carney shot and
    killed Regula"): then its subject acted; without one the subject is the patient."""
    shared = [v for v in verb.conjuncts if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
              and not _clause_break(verb, v)]
    # a conjunct with a subject of its own is another clause ("left two dead and five others injured")
    return any(_is_object(c) for v in (verb, *shared) for c in v.children)


def _clause_break(verb: Token, conj: Token) -> bool:
    """Whether a semicolon stands between a verb and its conjunct: another clause, whose object is
    not the verb's ("4 people shot in Montclair, New Jersey; masked suspect on the loose", the
    parser reading "masked" as a verb)."""
    lo, hi = sorted((verb.i, conj.i))
    return any(t.text == CLAUSE_BREAK for t in verb.doc[lo + 1:hi])


def _is_object(tok: Token) -> bool:
    """A verb's object, and an age the parser hangs on the verb as a complement ("Lingle man
    allegedly kills 4-month-old before shooting himself": "old" an acomp of "kills")."""
    return (tok.dep_ == "dobj" and not _place_object(tok)) or (
        tok.dep_ == "acomp" and tok.lower_ == AGE_WORD and any(
            g.dep_ == "npadvmod" and g.lower_ in AGE_UNITS for g in tok.children))


def _place_object(tok: Token) -> bool:
    """An "object" that is the place of a preposition the tagger read as an adjective: "Four people
    shot outside bar" (the four are the patients, not who shot a bar)."""
    prepositions = lexicon().place_prepositions
    return any(c.dep_ == "amod" and c.lower_ in prepositions and c.i < tok.i for c in tok.children)


def _accused(noun: Token) -> bool:
    """A noun whose participle says it is accused or sought ("Three charged in shooting that left
    teen dead, 6 injured", "2 suspects sought in shooting ... that wounded 4", "searching for two men
    wanted in connection with a shooting"): who did it, whatever verb the parser hangs it on."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in lexicon().accused for c in noun.children)


def _fatally(verb: Token) -> FigureCategory | None:
    """KILLED for "fatally shot", "mortally wounded", "shot to death"."""
    for child in verb.children:
        if child.lower_ in FATAL_ADVERBS or (child.dep_ == "prep" and child.lower_ == TO_DEATH[0] and any(
                o.dep_ == "pobj" and o.lower_ == TO_DEATH[1] for o in child.children)):
            return "KILLED"
    return None


def _died_after(verb: Token, verbs: list[Token]) -> bool:
    """Whether those a verb harmed died by a later verb they are the subject of too: "Two men
    were shot and killed", "The two were shot ... and died at the scene", a headline's "shot,
    killed"."""
    later_verbs = (*(v for v in verbs if v in verb.conjuncts), *(c for c in verb.children if _run_on(c)))
    return any(later.i > verb.i and (
        _verb_class(later) == "KILLED" or later.lemma_.lower() in lexicon().intransitive_death
        or _fatally(later) is not None) for later in later_verbs)


def _run_on(verb: Token) -> bool:
    """A participle a headline joins to the one before with a comma, for "and": "Suspect & 2
    victims shot, killed" (the parser hangs it as a clause without a subject)."""
    return (verb.dep_ == "advcl" and verb.tag_ == RUN_ON_TAG and verb.head.i < verb.i
            and verb.nbor(-1).text == "," and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def _to_hospital(verb: Token, *, arrival: bool = False) -> bool:
    """"sent four people to the hospital", "three were still in the hospital", "transported
    to University Medical Center"; with ``arrival``, come by their own means "at" it ("Two other
    gunshot victims arrived at the hospital via personal vehicles", "Four victims later showed up at
    the hospital"), not anyone "at the hospital" ("Officers at the hospital")."""
    arrives = arrival and verb.lemma_.lower() in lexicon().hospital_arrivals
    return any(prep.dep_ in ("prep", "dative") and (
        prep.lower_ in ("to", "into", "in") or (arrives and prep.lower_ == HOSPITAL_ARRIVAL_PREP))
               and any(c.dep_ == "pobj" and _is_hospital(c) for c in prep.children)
               for prep in verb.children)


def _is_hospital(noun: Token) -> bool:
    """"the hospital", "Savannah Memorial Hospital", "University Medical Center", "a trauma
    center", "Sunrise Hospital and Medical Center" (a name the parser splits)."""
    lex = lexicon()
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "nmod", "conj", "amod"))]
    return any(w.lemma_.lower() in lex.hospitals for w in words) or (
        noun.lemma_.lower() in lex.centres and any(w.lemma_.lower() in lex.centre_qualifiers for w in words))


def _by_projectile(verb: Token) -> bool:
    """Whether a verb of impact tells a shooting: "was struck by a bullet", "hit by gunfire",
    "a stray round struck a girl", "one of the bullets hit Ava" (not "struck by a car")."""
    projectiles = lexicon().projectiles
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "nsubj" and not _is_passive(verb)):
            nouns = [child] if child.dep_ == "nsubj" else [c for c in child.children if c.dep_ == "pobj"]
            # "one of the bullets"
            nouns += [o for n in nouns for p in n.children if p.lower_ == "of" for o in p.children]
            if any(n.lemma_.lower() in projectiles for n in nouns):
                return True
    return False


def _weapon_hits(verb: Token) -> bool:
    """An active verb of impact whose subject is a gun, its own or that of the verb it is joined to:
    the gun's shot hit ("the gun fired off and hit the 11-year-old", "the rifle fired, striking the
    child in the leg"); not "the rifle hit the ground" said of no person (the object decides)."""
    if _is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "advcl"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in lexicon().weapons for s in subjects)


def _hit_unsaid_by(verb: Token) -> bool:
    """A passive verb of impact that names nothing that hit ("Seven people, ranging in age from 17
    to 27, were hit", "The 17-year-old student was hit once in the lower body"): in a report of a
    shooting, hit by a shot; not "struck by a car", "hit with a bat" (the agent or the instrument
    named), nor an active verb ("the car hit a pole")."""
    return _is_passive(verb) and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


def _verb_before_number(doc: Doc, q: Quantity) -> Token | None:
    """A casualty verb the parser read as a noun that a bare number after it modifies:
    "shooting kills 3, wounds 2" (the 2 are wounded)."""
    num = doc[q.num_end - 1]
    head = num.head
    before = doc[q.start - 1] if q.start > 0 else None
    if (q.noun is not None and before is not None and before.tag_ in PRESENT_S_TAGS
            and _verb_class(before) in CASUALTY_CATEGORIES):
        return before  # "kills 2, wounds 5 others": the verb just before the count
    if q.noun is not None or num.dep_ != "nummod" or head.i > q.num_start or head.pos_ != "NOUN":
        return None
    return head if _verb_class(head) in CASUALTY_CATEGORIES else None


def _headline_participle(head: Token) -> FigureCategory | None:
    """The casualty a headline's participle tells when the parser made it the root and the
    victim its modifier: "17-year-old shot in hand in central Toledo", "Teen Shot Near Park"."""
    lex = lexicon()
    if head.lower_ in lex.participles and not any(c.dep_ in ("det", "poss") for c in head.children):
        # wherever the parser hung it: "Suspect charged after man, toddler shot", "Two arrested after
        # child shot" (not "a shot", "his shot": the noun)
        # "17-year-old robbery suspect shot and killed by officer": "killed" is the noun's conjunct
        if _died_after(head, list(head.conjuncts)):
            return "KILLED"
        return _fatally(head) or lex.participles[head.lower_]
    if head.dep_ != "ROOT":
        return None
    category = IMPLICIT_CATEGORIES.get(_verb_class(head) or "") if head.tag_ in PAST_TAGS else None
    # "Father, two daughters shot to death in Hazel Crest"
    return (_fatally(head) or category) if category in CASUALTY_CATEGORIES else None


def _participle_root(head: Token) -> bool:
    """A headline's participle the parser read as a noun at the root, its victim the subject:
    "Juvenile shot in arm in Duquesne", "Police: 2 children, 1 teen shot in Durham"."""
    return head.dep_ == "ROOT" and head.pos_ == "NOUN" and head.lower_ in lexicon().participles


def _suffers(verb: Token, *, have: bool = False) -> bool:
    """"suffered a gunshot wound", "sustained injuries", "suffering from gunshot wounds";
    with ``have``, also "had a gunshot wound"."""
    lemma = verb.lemma_.lower()
    if lemma not in INJURY_VERBS and not (have and lemma == INJURY_HAVE):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
             if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in INJURY_NOUNS for o in objs)


def _suffered_after(verb: Token) -> Token | None:
    """A later verb coordinated with ``verb`` that shares its subject and tells an injury: "the
    little girl is okay, and only suffered minor injuries", "the suspect was hit in the hand and
    sustained minor injuries"."""
    return next((v for v in verb.conjuncts if v.i > verb.i and _suffers(v)
                 and not any(c.dep_ in SUBJECT_DEPS for c in v.children)), None)


def _found_in_state(verb: Token) -> bool:
    """A participle that tells the state someone was found in: "A young man was found shot" (the
    parser makes "shot" a complement of "found", its patient the subject of "found"); not one
    with a state of its own ("four people were found shot dead")."""
    return verb.dep_ == "xcomp" and verb.tag_ == RUN_ON_TAG and _is_passive(verb.head) and (
        verb.head.lemma_.lower() in lexicon().found_verbs) and not any(
        c.lower_ in lexicon().predicates for c in verb.children)  # "found shot dead": _predicate's


def _suffered_who(noun: Token) -> Token | None:
    """A relative clause that tells the noun's injury: "a report of a juvenile who had sustained a
    gunshot wound to the leg", "a man who suffered a graze wound"."""
    return next((c for c in noun.children if c.dep_ == "relcl" and _suffers(c, have=True) and any(
        s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)), None)


def _with_injuries(verb: Token) -> bool:
    """"were taken to San Francisco General with injuries", "arrived with gunshot wounds"."""
    return _place_with_injuries(verb) or any(_with_injury(p) for p in verb.children)


def _with_injury(prep: Token) -> bool:
    """A "with" that names injuries: "with gunshot wounds"."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in INJURY_NOUNS for o in prep.children)


def _place_with_injuries(verb: Token) -> bool:
    """"with injuries" hung on the place the verb's preposition names, not on the verb: "three others
    showed up at a local hospital with gunshot wounds" (a place has no wounds)."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and any(_with_injury(w) for w in o.children)
                                        for o in p.children) for p in verb.children)


def _injury_state(noun: Token) -> bool:
    """A person said to be hurt without an injury verb: "is in serious condition", "is
    recovering from a gunshot wound", "survived", "was found with a gunshot wound", "a man with
    gunshot wounds"."""
    verb = noun.head
    hosts = (noun, verb) if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else (noun,)
    if any(_with_injuries(host) for host in hosts):
        return True
    if noun.dep_ in VERBLESS_DEPS:  # a headline without a verb: "Child in critical condition after ..."
        verb = noun
    elif noun.dep_ in CONDITION_OBJECT_DEPS:
        return _in_condition(verb)  # "killing the sixth-grader and leaving the teen in critical condition"
    elif noun.dep_ != "nsubj":
        return False
    elif _recovers(verb):
        return True  # "Andrews is recovering (from a gunshot wound)", "Both victims survived"
    elif _condition_predicate(verb):
        return True  # "a 34-year-old man is stable"
    return any(prep.lower_ == "in" and any(
        _is_condition(o) or (verb is noun and o.dep_ == "pobj" and _is_hospital(o)) for o in prep.children)
        for prep in verb.children)  # "Jessica Daugherty is in serious condition", "daughter in hospital"


def _is_condition(obj: Token) -> bool:
    """The object of "in" that names a state of injury: "(in) critical condition"."""
    lex = lexicon()
    return (obj.dep_ == "pobj" and obj.lemma_.lower() in lex.condition_nouns
            and any(a.dep_ == "amod" and a.lower_ in lex.conditions for a in obj.children))


def _graded_by_condition(after: Token) -> bool:
    """A condition right after a bare number, which grades some of a count told before: "four
    people were shot, with two in serious but stable condition", "Three others were hospitalized —
    two in critical condition, and one with minor injuries"."""
    return after.lower_ == "in" and any(_is_condition(o) for o in after.children)


def _recovers(verb: Token) -> bool:
    """A verb of recovery with no object, a state of injury of its subject: "is recovering (from a
    gunshot wound)", "One victim survived"; not "Two children survived the crash" (an object)."""
    return verb.lemma_.lower() in lexicon().recovery_verbs and not _has_object(verb)


def _whole_group(anchor: Token) -> bool:
    """A count of people said whole as a subject ("All four victims are listed in stable condition",
    "All three are listed in fair condition", "both victims had multiple injuries"), not some of a
    larger count ("Three others were in good condition"). Told with a condition, every one counted
    is in it; told as having wounds, the whole is told again, the dead among them (not read as
    hurt)."""
    return anchor.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ("det", "predet") and c.lower_ in WHOLE_DETERMINERS for c in anchor.children)


def _in_condition(verb: Token) -> bool:
    """A verb that puts its person in a state of injury: "left the teen in critical condition"."""
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(_is_condition(o) for o in prep.children)
               for prep in verb.children)


def _condition_predicate(verb: Token) -> bool:
    """A condition said as the predicate of a person: "a 34-year-old man is stable", "she remains
    critical"; not "is critical of the police" (a complement of its own)."""
    return any(c.dep_ == "acomp" and c.lower_ in lexicon().condition_predicates and not any(c.children)
               for c in verb.children)


NEGATION_CONTRACTED = re.compile(r"n['’]t\b")  # "weren't", "aren’t"


def _survives(verb: Token) -> bool:
    """Whether the clause of an injury says the victim lived: "was shot in the arm and is
    recovering", "taken to the hospital with non-life-threatening injuries". A clause that
    also tells a death ("in critical condition, where he later died") does not, and a clause of
    someone else's set within it (:func:`_own_clause`) is not read."""
    top = _first_conjunct(verb)
    doc = verb.doc
    apart = {t.i for c in top.children if _own_clause(c) for t in c.subtree}
    clause = "".join(t.text_with_ws for t in doc[top.left_edge.i: top.right_edge.i + 1] if t.i not in apart)
    # "injuries that weren't life-threatening": the contracted negation is "not"
    clause = NEGATION_CONTRACTED.sub(" not", clause)
    lex = lexicon()
    return bool(lex.survival.search(clause)) and not lex.survival_unless.search(clause)


def _own_clause(child: Token) -> bool:
    """A subordinate clause with a subject of its own, not a pronoun, tells of someone else: "The
    child was shot in the head, while her mother, who survived, was hit in the arm" (the mother
    survived); "were transported to Metroplex Hospital where they remain in stable condition" tells
    of the same people."""
    return child.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS and c.tag_ != PRONOUN_TAG
                                         for c in child.children)


def _limb_wound(verb: Token, noun: Token) -> bool:
    """A new victim's clause tells a wound to a limb ("Jamia Barnes was shot in the wrist", "his
    girlfriend who suffered a gunshot wound to the leg") and no vital part ("shot in the arm and
    chest") nor a death: the victim lived. Not a victim named with "the" ("The child was shot in the
    arm"), who points back to the one the report is about: a limb wound can still kill, so it does
    not outweigh the reference."""
    lex = lexicon()
    limb, vital, told_before = lex.limb_wound, lex.vital_parts, lex.told_before
    if any(c.dep_ == "det" and c.lower_ in told_before for c in noun.children):
        return False
    top = _first_conjunct(verb)
    clause = verb.doc[top.left_edge.i: top.right_edge.i + 1].text
    return (bool(limb.search(clause)) and not vital.search(clause)
            and not lexicon().survival_unless.search(clause))


def _listed_state(doc: Doc, state: Token) -> bool:
    """A state word closed by a comma right after a count ("One dead, three others injured"):
    the count's own, though the parser hangs the number on the next count's noun."""
    return state.i + 1 < len(doc) and doc[state.i + 1].text == ","


def _predicate(tok: Token) -> FigureCategory | None:
    """"left four men injured and one dead", "was found dead": a state said of the noun."""
    lex = lexicon()
    for child in tok.children:
        if child.dep_ in ("amod", "acl", "oprd", "acomp") and child.lower_ in lex.predicates:
            return lex.predicates[child.lower_]
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        # its own verb, then a later verb it is the subject of too: "He was transported to a local
        # hospital but was pronounced dead" (not one with a subject or an object of its own: "eight
        # officers opened fire and shot Clark dead")
        verbs = [tok.head] if tok.dep_ == "dobj" else [tok.head, *(
            v for v in tok.head.conjuncts if v.i > tok.head.i
            and not any(c.dep_ in CLAUSE_ARGUMENT_DEPS for c in v.children))]
        for sib in (c for verb in verbs for c in verb.children):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in sib.children):
                continue  # "Three insurgents were killed, 13 men were detained": a clause of its own
            if sib.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and sib.lower_ in lex.predicates:
                return lex.predicates[sib.lower_]
            if _fatal_state(sib):  # "Three people were found shot to death"
                return "KILLED"
            if (tok.dep_ == "dobj" and sib.dep_ == "advcl" and sib.pos_ == "ADJ"
                    and sib.lower_ in lex.predicates):
                return lex.predicates[sib.lower_]  # "The coroner pronounced Emery Collins dead"
    return None


def _bare_plural(noun: Token) -> bool:
    """A plural person noun without a number: "Cops: Florida grandmother kills daughter, grandchildren,
    self", "man who fatally shot young sons has died" (two at least)."""
    return (noun.tag_ == "NNS" and _noun_class(noun) == "person" and noun.lower_ not in lexicon().collective
            and not any(c.dep_ in ("nummod", "det") for c in noun.children))


def _near_miss(verb: Token) -> bool:
    """A death verb that tells a death that did not happen: "his mother nearly died of illness"."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon().near_miss_adverbs for c in verb.children)


def _not_survived(verb: Token) -> bool:
    """A survival denied is a death: "His brother, 19-year-old Sybrii Davis, did not survive his wounds"."""
    return verb.lemma_.lower() in lexicon().denied_survival and any(c.dep_ == "neg" for c in verb.children)


def _fatal_state(verb: Token) -> bool:
    """A casualty participle that says the victim died, as the state someone was found in: "Three
    people were found shot to death", "was found fatally shot"."""
    return (verb.tag_ == RUN_ON_TAG and verb.dep_ in FATAL_STATE_DEPS
            and _verb_class(verb) in CASUALTY_CATEGORIES and _fatally(verb) is not None)


def _relative_state(noun: Token) -> tuple[FigureCategory, Token] | None:
    """A death or an injury told in a relative clause on the victim, with its verb: "Police had a
    hard time identifying Smith, who was pronounced dead at the hospital", "a teen who did not
    survive"."""
    for clause in noun.children:
        who = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS),
                   None) if clause.dep_ == "relcl" else None
        if who is None:
            continue
        # "who was pronounced dead", "who is dead"; not "a shooting that left 3 dead": the object's state
        said = who.dep_ == "nsubjpass" or clause.lemma_.lower() == COPULA
        state = "KILLED" if _not_survived(clause) else _predicate(who) if said else None
        if state is not None:
            return state, clause
    return None


def _death_owner(tok: Token) -> bool:
    """The victim a death is said of by a possessive: "they learned about the boy's death", "Smith's
    fatal shooting" (not "his death": a pronoun names someone counted elsewhere). Beside another
    victim killed in its sentence it names that one again (see ``_implicit_singulars``)."""
    return tok.dep_ == "poss" and not _attempted(tok.head) and _is_death_event(tok.head)


def _death_event_conjunct(tok: Token) -> bool:
    """A victim the parser hangs on a death event itself, after the one the event is "of": "the
    deaths of a man and two children", "the fatal shooting of a woman and two of her children"."""
    event = tok.head
    if tok.dep_ != "conj" or event.i > tok.i or _attempted(event) or not any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i for c in event.children):
        return False
    return _is_death_event(event)


def _is_death_event(event: Token) -> bool:
    """A noun that names a death ("death", "slaying") or a fatal harm ("fatal shooting")."""
    lex = lexicon()
    lemma = event.lemma_.lower()
    return lemma in lex.death_events or (
        lemma in lex.harm_events and any(c.lower_ in lex.fatal for c in event.children))


def _verbless_death(noun: Token) -> Token | None:
    """The word that says a headline's victim without a verb died: "Four shot, man dead in Long
    Beach", "Man dead after shooting in Detroit" ("dead"), "Family of five found dead"."""
    if noun.dep_ not in VERBLESS_DEPS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    predicates = lexicon().predicates
    words = [*noun.children, *(c for a in noun.children if a.dep_ == "acl" for c in a.children)]
    # said after the noun ("7-year-old dead, three others wounded": "dead" is not the others')
    return next((c for c in words if c.dep_ in ("amod", "acl", "oprd", "acomp") and c.i > noun.i
                 and predicates.get(c.lower_) == "KILLED"), None)


def _fatal_part(verb: Token) -> Token | None:
    """The part of a count that a fatal adverb on its verb grades: "Four people were shot, one man
    fatally" (the one man died, not the four)."""
    adverb = next((c for c in verb.children if c.lower_ in FATAL_ADVERBS), None)
    if adverb is None:
        return None
    return next((c for c in verb.children if c.dep_ in PART_DEPS and c.i < adverb.i and (
        c.like_num or any(n.dep_ == "nummod" for n in c.children))), None)


def _noun_class(tok: Token) -> str | None:
    lex = lexicon()
    return (lex.noun_class.get(tok.lemma_.lower()) or lex.noun_class.get(tok.lower_)
            or lex.noun_class.get(tok.lower_.removesuffix("s")))  # "Israelis" tagged as a proper noun


def _governing_verbs(tok: Token) -> list[Token]:
    """The verbs that say what happened to ``tok``: up its heads, and its own
    participle/relative clauses ("hostages to be handed over", "people killed"), with the verbs
    joined to its participle ("men shot and killed")."""
    verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]
    verbs += _participle_conjuncts(verbs)
    cur = tok
    for _ in range(MAX_VERB_HOPS):
        if cur.head is cur:
            break
        below, cur = cur, cur.head
        if cur.pos_ == "VERB" or (cur.pos_ == "AUX" and cur.dep_ == "ROOT"):
            verbs.append(cur)
            # "collect the bodies of four hostages to be handed over": the clause after the noun
            # (not a clause with a subject of its own: "Two officers are facing charges after a boy
            # was shot")
            verbs += [c for c in cur.children
                      if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > tok.i
                      and any(a.dep_ == "auxpass" for a in c.children)
                      and not any(a.dep_ in SUBJECT_DEPS for a in c.children)]
            if below.dep_ == "nsubj" and cur.lemma_.lower() in lexicon().raising_verbs:
                verbs += [c for c in cur.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            if below.dep_ == "nsubjpass":  # "Two men were found shot"
                verbs += [c for c in cur.children if _found_in_state(c)]
            if below.dep_ in SUBJECT_DEPS:
                # "the leader and several individuals were identified and taken into custody":
                # a later verb that shares the subject
                # ("seven leaders captured and at least four killed": not one with a count of its own)
                verbs += [c for c in cur.conjuncts if c.i > cur.i and c.pos_ == "VERB"
                          and not any(a.dep_ in OWN_ARGUMENT_DEPS for a in c.children)]
            break
        if cur.pos_ in ("ADJ",) and lexicon().verb_class.get(cur.lemma_.lower()):
            verbs.append(cur)  # "25 dead", "injured" read as adjectives
            break
        if _adjective_complement(below):
            break  # "a man in his late 50s, unrelated to the two boys, was also struck": not the boys
    return verbs


def _participle_conjuncts(clauses: list[Token]) -> list[Token]:
    """The later verbs joined to a participle that modifies a noun ("The DA says one of the three men
    shot and killed last week was an associate"): a reduced relative has no subject of its own, so
    what is joined to it is said of the noun too; not a verb with a subject or object of its own,
    nor a relative clause's verbs, whose pronoun is read on its own."""
    return [c for clause in clauses if clause.dep_ == REDUCED_RELATIVE for c in clause.conjuncts
            if c.i > clause.i and c.pos_ == "VERB"
            and not any(a.dep_ in CLAUSE_ARGUMENT_DEPS for a in c.children)]


def _adjective_complement(prep: Token) -> bool:
    """A preposition that completes an adjective set beside a noun ("unrelated to the two boys",
    "close to the victims"): what it names is the adjective's, not the verb's the noun goes with."""
    return prep.dep_ == "prep" and prep.head.pos_ == "ADJ" and prep.head.dep_ == "amod"


def _both(noun: Token) -> bool:
    """A plural noun determined by "both": "both men", "both victims"."""
    return noun.tag_ == "NNS" and any(c.lower_ == "both" and c.i < noun.i for c in noun.children)


def _bare_both(tok: Token) -> bool:
    """"Both" standing alone for two people as a subject: "Both were injured in the shooting and are
    still in the hospital"; not of a hospital transport, which tells nothing of who lived ("Both
    were taken to the hospital where Maxwell died")."""
    return tok.lower_ == "both" and tok.dep_ in SUBJECT_DEPS and (
        tok.head.lemma_.lower() not in lexicon().hospital_transport)


def _is_appositive_age(doc: Doc, q: Quantity) -> bool:
    """A bare number set off after a person noun is the person's age: "a man, 23, was
    shot", "kills man, 18", "two men, 18 and 19, were wounded", "dead at 25"."""
    if q.noun is not None:
        return False
    tok = _first_conjunct(doc[q.num_start])  # "18 and 19"
    if tok.i < 2:
        return False
    died = doc[tok.i - 2]
    if doc[tok.i - 1].lower_ == "at" and (lexicon().predicates.get(died.lower_) == "KILLED"
                                          or died.lemma_.lower() in lexicon().intransitive_death):
        return True  # "Cole dead at 25", "dies at 25": the age at death
    if doc[tok.i - 1].lower_ in (AGE_OF_BOTH, AGE_ALSO) and doc[tok.i - 2].text == ",":
        return True  # "Brian Banes and Delandis Clark, both 31 and of Jackson", "Another teen, also 15,"
    if doc[tok.i - 1].text != ",":
        return False
    person = doc[tok.i - 2]  # the parser may hang the age on the verb: "kills man, 18"
    if _noun_class(person) == "person" or person.ent_type_ == "PERSON":
        return True
    # a name the tagger did not call a person, its number set off: "Kimberly Buckner, 49;",
    # "Honesty, 11; Caleb, 9" (not "In Chicago, 12 were killed")
    after = doc[q.num_end] if q.num_end < len(doc) else None
    return person.pos_ == "PROPN" and (after is None or after.is_punct or after.lower_ == "and")


def _dead_victim(noun: Token, category: FigureCategory) -> FigureCategory:
    """A victim hurt whom an adjective of their own calls dead ("deputies located a deceased white
    male with a gunshot wound to the head", `dead_modifiers`), or who is told as identified in
    public (`_identified`), is one of the dead, whatever the verb says of the wound."""
    dead = category == "INJURED" and (any(c.dep_ == "amod" and c.lower_ in lexicon().dead
                                          for c in noun.children) or _identified(noun))
    return "KILLED" if dead else category


def _identified(noun: Token) -> bool:
    """A victim told as identified in public is one of the dead: the police or a coroner name the
    dead, not the survivors ("Helena shooting victim identified", "9-year-old identified as Belgrade
    shooting victim", "The victim has been identified as ..."); not a victim the identifying verb
    only describes ("The victim, identified as ..., was taken to the hospital": the verb is the
    noun's own clause, not one above it), nor anyone not named a victim ("identified the officer
    who shot at the suspect")."""
    return noun.lemma_.lower() == VICTIM_NOUN and any(
        head.lemma_.lower() in lexicon().identity_words for head in islice(noun.ancestors, MAX_VERB_HOPS))


def _slash_counter(doc: Doc, q: Quantity) -> bool:
    """A number either side of a slash is a counter or a ratio, not a count of people:
    "killing 3 siblings 1 / 5 Back to Gallery" (a photo gallery's counter)."""
    after, before = q.num_end, q.num_start - 1
    return ((after + 1 < len(doc) and doc[after].text == SLASH and doc[after + 1].like_num)
            or (before >= 1 and doc[before].text == SLASH and doc[before - 1].like_num))


def _phrase_head(noun: Token) -> Token:
    """The head of the noun phrase a counted word sits in: "a number of suicide bombers"
    counts bombers, "two Taliban vehicle-borne ... facilitators" facilitators."""
    for _ in range(MAX_VERB_HOPS):
        if noun.dep_ not in MODIFIER_DEPS or noun.head.i <= noun.i:
            break
        noun = noun.head
    return noun


def _in_company(tok: Token) -> bool:
    """People "with" a place or a thing, who were there, not the verb's patients: "was shot and
    killed while inside his home with two other juveniles" ("along with" adds them)."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("NOUN", "PROPN")
            and tok.head.head.lower_ not in ALONG_WITH)


def _along_with(tok: Token) -> Token | None:
    """What a count "along with" goes with: "detained the leader along with four of his
    associates" (the verb), "a leader who operated in Kandahar, along with one suspected
    insurgent" (the noun the clause describes)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.head.lower_ not in ALONG_WITH:
        return None
    host = tok.head.head.head
    for _ in range(MAX_VERB_HOPS):
        if host.pos_ != "VERB" or _verb_class(host) is not None or host.dep_ not in ("relcl", "acl"):
            break
        host = host.head  # "..., who was detained along with", "based on questioning along with"
    return host


def _verb_class(verb: Token) -> str | None:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    cls = lex.verb_class.get(lemma)
    if cls is None:
        # "hand over", "round up": the particle does not change the class
        cls = lex.verb_class.get(verb.lower_)
    if cls is None:  # "passed away": a verb whose particle makes it one of death
        cls = next((lex.verb_class[key] for c in verb.children if c.dep_ == "prt"
                    and (key := f"{lemma} {c.lower_}") in lex.verb_class), None)
    if cls is None and lemma in lex.impact_verbs and (
            _by_projectile(verb) or _hit_unsaid_by(verb) or _weapon_hits(verb)):
        cls = "INJURED"  # "was struck by a bullet", "Seven people ... were hit"
    if any(prep.dep_ == "prep" and prep.lower_ in ("into", "in") and any(
            c.dep_ == "pobj" and c.lemma_.lower() in lex.custody
            and not any(of.lower_ == "of" for of in c.children) for c in prep.children)
           for prep in verb.children):
        cls = "ARRESTED"  # "taken into custody", "held in detention" (not "resulted in the detention of")
    return cls


def _misread_possessor(noun: Token) -> bool:
    """A name with a possessive marker that the parser hangs on the clause as a conjunct or a
    subject ("Maria Romero, Luis Eduardo’s ex-wife, was also shot": "Luis Eduardo" a conjunct of
    "Maria Romero"): it says whose the noun after it is, not one more person hit. Not an owner the
    parser reads as one ("the teen’s death", `poss`), nor the object of "of" in a headline cut
    short ("shooting of girlfriend’s 9-year-old...": it stands in for the one victim, not beside
    them), nor a contracted verb read as the marker ("my daughter’s been shot")."""
    return (noun.dep_ == "conj" or noun.dep_ in SUBJECT_DEPS) and any(
        c.dep_ == "case" and c.i + 1 < len(noun.doc) and noun.doc[c.i + 1].pos_ not in ("AUX", "VERB")
        for c in noun.children)


def _clause_role(doc: Doc, q: Quantity, anchor: Token) -> Token:
    """The token whose dependency tells what a count is in its clause: the number where the noun
    comes after "of" ("several of his friends": "several", not "friends"), and of conjuncts the
    first ("Winkers and several of his friends were shooting targets": "Winkers", the subject), and
    of a count a total is "of" the total ("a total of four people received non-life-threatening
    wounds": "total", the subject)."""
    number = doc[q.num_end - 1]
    whole = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if whole is not None and (whole == number or whole.lemma_.lower() == TOTAL_NOUN):
        anchor = whole
    return _first_conjunct(anchor)


def _partitive_noun(doc: Doc, q: Quantity) -> Token | None:
    """The noun a number with no noun of its own is a part of: "released two of the
    hostages", "one of the bodies". Only a noun of a known class counts: "two of
    his aides" keeps the verb's own category."""
    if q.noun is not None or q.unit_kind != "COUNT" or q.num_end >= len(doc):
        return None
    of = doc[q.num_end]
    if of.lower_ != "of" or of.head.i != q.num_end - 1:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or _noun_class(obj) not in PARTITIVE_CLASSES or any(
            c.dep_ == "nummod" for c in obj.children):
        return None  # "10 of the 12 hostages": a part of a count given
    return obj


def _one_of_group(doc: Doc, q: Quantity) -> Token | None:
    """The "one" a count is the group of: "One of five victims ... dies", "one of two girls ...
    critically shot has died" (the five, the two are everyone hit; the one is the dead)."""
    anchor = doc[q.noun] if q.noun is not None else doc[q.num_end - 1]
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in ONE_WORDS:
        return None
    one = of.head
    # the one's own verb said the death, not the group's ("one of two men who were killed")
    return one if one.dep_ in SUBJECT_DEPS and _verb_class(one.head) == "KILLED" else None


def _elliptic_sibling(doc: Doc, sent: Span, q: Quantity,
                      by_noun: dict[int, Figure]) -> tuple[Figure, bool, Token] | None:
    """The categorised figure a bare number shares its unit with, in the same clause or
    a coordinated one: (that figure, whether the verb is the same, the number's verb).
    "Israel freed 33 hostages in the first phase and will free 25 in the second"."""
    if q.noun is not None or q.unit_kind != "COUNT" or q.unit is None or q.fraction:
        return None
    own = _governing_verbs(doc[q.num_end - 1])
    if not own:
        return None
    own_ids = {v.i for v in own}
    for idx in sorted(by_noun, reverse=True):
        fig = by_noun[idx]
        if (not sent.start <= idx < sent.end or fig.category in ("OTHER", "ATTACKERS")
                or (fig.unit or "").lower() != q.unit.lower()):
            continue
        for verb in _governing_verbs(doc[idx]):
            if verb.i in own_ids:
                return fig, True, verb
            # a coordinated verb of the same class: "freed 33 hostages ... and will free 25",
            # not "one civilian was killed and four received minor injuries"
            mine = next((v for v in own if v.i in {c.i for c in verb.conjuncts}
                         and _verb_class(v) is not None and _verb_class(v) == _verb_class(verb)), None)
            if mine is not None:
                return fig, False, mine
    return None


def _previous_date(doc: Doc, sent: Span, times: list[Time]) -> str | None:
    """The one full date of the sentence before, in the same paragraph (no line break
    between): the time a following sentence's event is told under."""
    if sent.start == 0:
        return None
    last = doc[sent.start - 1]
    if last.is_space or "\n" in last.text_with_ws:
        return None
    prev = last.sent
    values = {t.value for t in times if prev.start_char <= t.span[0] < prev.end_char
              and t.type == "DATE" and FULL_DATE.match(t.value)}
    return values.pop() if len(values) == 1 else None


def _prospective(verb: Token) -> bool:
    """Whether a count's verb tells an event still to come: "would be released", "will free"."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _dates_governing_clause(doc: Doc, date: Time, verb: Token) -> bool:
    """Whether a date belongs to a clause above the count's verb ("said on Saturday that 95
    prisoners would be released"), not to the verb's own."""
    span = doc.char_span(date.span[0], date.span[1], alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.i != verb.i and head.is_ancestor(verb)


def _since(verb: Token) -> Token | None:
    """What a running total counts from: the object of "since" ("since December 1",
    "since then") or a "since" clause ("since the war began on October 7, 2023")."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == SINCE for c in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == SINCE:
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _since_date(doc: Doc, sent: Span, verb: Token, times: list[Time]) -> str | None:
    """The date a running total counts from: "have detained 125 insurgents since
    December 1"; "since then" points to the date of the sentence before."""
    start = _since(verb)
    if start is None:
        return None
    if start.lower_ == "then":
        return _previous_date(doc, sent, times)
    lo, hi = start.left_edge.idx, start.right_edge.idx + len(start.right_edge)
    return next((t.value for t in times if t.type == "DATE" and lo <= t.span[0] < hi
                 and FULL_DATE.match(t.value)), None)


def _statistic_rate(sent: Span, times: list[Time], verb: Token | None, rate: str | None) -> str | None:
    """The period of a generic statistic, None for an incident's count. A statistic
    counts per period ("per year", "each year", "a year") in a sentence that names no
    date or time and tells no event in the past: "there are two unintentional firearm
    deaths per year", "gun violence kills 30,000 Americans a year"."""
    if verb is not None and verb.tag_ in PAST_TAGS:
        return None
    in_sent = [t for t in times if sent.start_char <= t.span[0] < sent.end_char]
    if any(t.type in ("DATE", "TIME") for t in in_sent):
        return None
    periods = [t.value for t in in_sent if t.type == "SET" or t.text.lower() in lexicon().rates]
    return rate or (periods[0] if periods else None)


def _measured_noun(doc: Doc, q: Quantity) -> Token | None:
    """The noun a quantity measures: "a range of 400 kilometres" (range), "a 750 meter
    swim", "an $800 stone pizza oven" (the noun it modifies)."""
    if q.noun is not None:
        return None  # "1,200 people": the quantity names what it counts
    top = q.top(doc) or doc[q.num_start]
    head = top.head
    if top.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    if top.dep_ in MEASURE_DEPS and head.i >= q.end and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _fallback_concept(doc: Doc, q: Quantity) -> Token | None:
    """CQE's fallback: the subject of the nearest verb before the quantity, the root's
    subject, then the root's object."""
    sent = doc[q.num_start].sent
    for tok in reversed(doc[sent.start:q.start]):
        if tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                return subj
    root = sent.root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) or next(
        (c for c in root.children if c.dep_ == "dobj"), None)


def _partitive_ones(doc: Doc, sent: Span, counted: set[int], implicit: set[int]) -> list[Quantity]:
    """"One of the hostages was released", "returned one of the bodies": one of a known
    class of people, as the subject or object of a verb that says what happened to it
    (the quantity layer leaves every "one of" out). One of a count given ("one of
    multiple insurgents detained") is part of that count, and one that the implicit
    singulars took ("killed one of his friends") is not read twice."""
    found: list[Quantity] = []
    for tok in sent:
        if (tok.lower_ != "one" or tok.i in implicit or tok.dep_ not in PARTITIVE_ONE_DEPS
                or tok.head.pos_ != "VERB" or _verb_class(tok.head) is None):
            continue
        q = Quantity(start=tok.i, end=tok.i + 1, num_start=tok.i, num_end=tok.i + 1, value=1.0)
        obj = _partitive_noun(doc, q)
        if obj is not None and obj.i not in counted:
            q.unit = obj.lower_
            found.append(q)
    return found


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _subject_token(verb: Token) -> Token | None:
    """Who acted: the active subject, the passive agent ("by Hamas"), or the
    subject of the verb this one is coordinated with ("killed ..., injured ...")."""
    cur = verb
    for _ in range(MAX_VERB_HOPS):
        for child in cur.children:
            if child.dep_ == "nsubj" and not _is_passive(cur):
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            break  # "..., the ministry said, and more than 560 were wounded": a clause of its own
        if cur.dep_ != "conj" and not (cur.dep_ == "advcl" and cur.tag_ == "VBG"):
            break  # "fighters attacked southern Israel, killing about 1,200 people": the participle's subject
        cur = cur.head
    # a parser that hangs the actor elsewhere ("On January 19, Hamas, which ..., has
    # returned"): the named actor closest before the verb, in subject or apposition;
    # a passive names its actor only with "by" ("the ministry said ..., and more than
    # 560 were wounded": the ministry reports, it did not wound)
    if _is_passive(verb):
        return None
    for tok in reversed(list(verb.sent[: verb.i - verb.sent.start])):
        if tok.dep_ in ("nsubj", "appos") and tok.ent_type_ in SUBJECT_ENTS \
                and not _reports(tok, verb):
            return tok
    return None


def _reports(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is the subject of a verb that ``verb``'s clause is reported
    under: in "the ministry said 404 people were killed" the ministry is the
    source (the claim's), not who killed."""
    node = verb
    while node.head.i != node.i:  # spaCy makes a new Token on each access: compare indices
        if node.head.i == tok.head.i:
            return node.dep_ == "ccomp"
        node = node.head
    return False


def _self_harm_verb(tok: Token) -> Token | None:
    """The verb a reflexive is the victim of: "killing himself", "turning the gun on
    himself", "kills infant, self" (a second object of the same verb)."""
    if tok.dep_ == "dobj":
        return tok.head
    if tok.dep_ == "conj" and tok.head.dep_ == "dobj":
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and _turns_gun(tok.head.head):
        return tok.head.head
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" and any(
            (c.lower_ == LIST_THEN or _is_object(c)) and c.i < tok.i for c in tok.head.children):
        # "Sulphur man kills 4-year-old, then himself", "kills daughter, grandchildren, self": the
        # parser's adverb after the verb's object
        return tok.head
    return None


def _own_life(tok: Token) -> bool:
    """"took his own life", "takes her own life" (not "to take his own life", a threat)."""
    if tok.lower_ not in OWN_LIFE_WORDS or tok.dep_ != "dobj":
        return False
    verb = tok.head
    return (verb.lemma_.lower() == OWN_LIFE[0] and any(c.lower_ == "own" for c in tok.children)
            and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))


def _turns_gun(verb: Token) -> bool:
    """"turned the gun on himself" (not "turned himself in")."""
    return verb.lemma_.lower() == "turn" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon().weapons for c in verb.children)


def _is_fatal_self_harm(verb: Token) -> bool:
    """Whether a reflexive act was a death: a killing verb ("killed himself"), a gun
    turned on oneself, or shooting oneself after killing others ("killed his wife and
    son before shooting himself")."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False  # "said he was going to kill himself": a threat, "used to kill himself" aside
    if _fatally(verb) is not None or _verb_class(verb) == "KILLED" or _turns_gun(verb):
        return True
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.lower_ in SEQUENCE_PREPS
            and (_verb_class(prep.head) == "KILLED" or _fatally(prep.head) is not None))


def _actor(verb: Token) -> Token | None:
    """Who did it: the subject of the verb, of the verb it is coordinated with or
    comes before/after ("shot ... before turning the gun on himself"), or the noun
    a relative clause describes ("a man who ... before killing himself")."""
    cur = verb
    for _ in range(MAX_VERB_HOPS):
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        if subjects:
            subj = subjects[0]
            if subj.lower_ in RELATIVE_PRONOUNS and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ == "pcomp" and cur.head.lower_ in SEQUENCE_PREPS:
            cur = cur.head.head
        elif cur.dep_ in ("conj", "xcomp", "advcl") or (cur.dep_ == "dep" and _then(cur)):
            cur = cur.head  # "shot and killed his ... daughters, then turned the gun on himself"
        elif cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBD"):
            return cur.head  # "man, 19, shot and killed infant daughter, self": a headline's verb
        else:
            return None
    return None


def _then(verb: Token) -> bool:
    """A verb the parser leaves loose ("dep") after "then": the next act of the same subject."""
    return verb.pos_ == "VERB" and any(c.lower_ == LIST_THEN and c.i < verb.i
                                       for c in (*verb.children, *verb.head.children))


def _bare_person(tok: Token, *, kin: bool = False) -> bool:
    """A person noun without a determiner or a complement, as a headline lists them
    ("Toddler", "man"); not "the victim" nor "father of two". With ``kin``, a possessive
    may name whose ("kills woman, her son, himself")."""
    banned = BARE_NOT_DEPS - {"poss"} if kin else BARE_NOT_DEPS
    return (tok.pos_ in ("NOUN", "PROPN") and _noun_class(tok) == "person"
            and not any(c.dep_ in banned for c in tok.children))


def _listed_before(sent: Span, noun: Token, *, bare: bool = True) -> list[Token]:
    """The bare person nouns listed with commas before a bare victim, in headline style, which
    the parser reads as an apposition or leaves hanging: "Toddler, man killed", "Man, toddler
    found dead", "Teen, man wounded". Without ``bare``, before any token (the first of a count:
    "Woman, 3 teenage daughters shot")."""
    listed: list[Token] = []
    if bare and not _bare_person(noun):
        return listed
    i = noun.i
    while i - 2 >= sent.start and sent.doc[i - 1].text == "," and _bare_person(sent.doc[i - 2]):
        i -= 2
        listed.append(sent.doc[i])
    return listed


def _listable(tok: Token) -> bool:
    """A victim a headline may list after another: a person noun, its possessive allowed ("her
    son"), or a reflexive ("himself", "self")."""
    return tok.lower_ in REFLEXIVES or _bare_person(tok, kin=True)


def _listed_after(sent: Span, noun: Token) -> list[Token]:
    """The victims listed after a bare victim that no count names (see :func:`_list_after`)."""
    return _list_after(sent, noun)[0]


def _list_after(sent: Span, noun: Token) -> tuple[list[Token], list[Token]]:
    """The bare person nouns and reflexives listed with commas after a bare victim, in headline
    style, which the parser reads as an apposition or a modifier of what follows: "shooting deaths
    of woman, daughter", "accused of killing girlfriend, girl", "kills 7-year-old daughter,
    himself", "killed his son, his daughter, himself". Not a subject of its own ("kills wife,
    police say"). Second, the counts in the list ("killed his wife, 2 sons, then himself")."""
    listed: list[Token] = []
    counts: list[Token] = []
    if not _bare_person(noun, kin=True):
        return listed, counts
    i = noun.i
    while i + 2 < sent.end and (sent.doc[i + 1].text == "," or sent.doc[i + 1].lower_ == LIST_THEN):
        at = i + 2 if sent.doc[i + 1].text == "," else i + 1  # "man kills wife then himself"
        while at + 1 < sent.end and sent.doc[at].lower_ in LIST_LINKS:
            at += 1  # "kills wife, son, daughter, then himself"
        nxt = sent.doc[at]
        while not _listable(nxt) and nxt.dep_ in LIST_MODIFIER_DEPS and nxt.i < nxt.head.i < sent.end:
            nxt = nxt.head  # "her son", "Mother, 8-year-old son shot & killed"
        # a count in the list is a figure of its own; the list goes on after it ("killed his wife,
        # 2 sons, then himself")
        counted = _noun_class(nxt) == "person" and any(c.dep_ == "nummod" for c in nxt.children)
        if nxt.dep_ in SUBJECT_DEPS or not (counted or _listable(nxt)):
            break
        i = nxt.i
        (counts if counted else listed).append(nxt)
    return listed, counts


def _listed_counts(doc: Doc, numbered: dict[int, tuple[Quantity, int]], figures: list[Figure],
                   by_noun: dict[int, Figure]) -> None:
    """Counts of people listed with commas before a casualty count, in headline style, share its
    category where the parser gave them none: "4 adults, 2 children dead", "Four children, two
    adults injured"."""
    for q, at in sorted(numbered.values(), key=lambda item: -item[0].start):
        fig = figures[at]
        if fig.category not in CASUALTY_CATEGORIES:
            continue
        start = q.start
        while start > 0 and doc[start - 1].text == "," and start - 1 in numbered:
            before, before_at = numbered[start - 1]
            listed = figures[before_at]
            if listed.category != "OTHER" or before.noun is None or _noun_class(doc[before.noun]) != "person":
                break
            figures[before_at] = replace(listed, category=fig.category, status=fig.status,
                                         predicate=fig.predicate)
            by_noun[before.noun] = figures[before_at]
            start = before.start


def _negated(verb: Token) -> bool:
    """A harm said not to have happened: "Another sibling was inside the home and was not hurt"
    (but "was not seriously hurt" is hurt)."""
    return any(c.dep_ == "neg" for c in verb.children) and not any(
        c.lower_ in lexicon().severity for c in verb.children)


def _shot_at(noun: Token) -> bool:
    """The object of "shot at" is a target, hit or not ("a 20-year-old man shot at twelve people
    before turning the gun on himself")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == TARGET_PREP
            and noun.head.head.lemma_.lower() in GUN_VERBS)


def _neither(noun: Token) -> bool:
    """A person in a list "neither" opens ("Neither the driver or the other passenger was
    injured"): nobody."""
    first = noun.head if noun.dep_ == "conj" else noun
    return any(c.dep_ == "preconj" and c.lower_ == NEITHER for c in first.children)


def _not_an_injury(verb: Token) -> bool:
    """Harm that is no casualty: one that may happen ("is hurt or passes away"), or pain ("is also
    hurting")."""
    return _alternative(verb) or _hurting(verb)


def _hurting(verb: Token) -> bool:
    """"hurt" in the progressive is pain, not an injury ("Her cousin, Dawnesha Robinson is also
    hurting", "if their child is hurting and thinking about ...")."""
    return verb.lemma_.lower() == HURTING and _progressive(verb)


def _progressive(verb: Token) -> bool:
    """A verb in the progressive ("two unknown males in the SUV were shooting at a business", "Two
    men were shooting in a remote area"): active, so its subject acts, not a reduced passive
    whose subject is hit ("six other people wounded")."""
    return verb.tag_ == PROGRESSIVE_TAG and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _alternative(verb: Token) -> bool:
    """Harm told in the present as one of two outcomes ("Any time one of our students is hurt or
    passes away", "a child who is injured or dies of an accidental shooting"): what may happen,
    not what happened ("were shot or suffered various injuries" is an event)."""
    return any(c.dep_ == "cc" and c.lower_ == ALTERNATIVE for c in verb.children) and any(
        t.tag_ in GENERIC_TAGS for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


def _ordinal_dead(noun: Token, category: FigureCategory) -> float | None:
    """The dead counted by an ordinal on one who died: "Third person dies after shooting" is
    three, "A second victim has died" two; not "the second victim", one of a list."""
    if category != "KILLED" or any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children):
        return None
    ordinals = lexicon().death_ordinals
    return next((float(ordinals[c.lower_]) for c in noun.children
                 if c.dep_ in MODIFIER_DEPS and c.lower_ in ordinals), None)


def _elliptic_ordinal(noun: Token) -> bool:
    """An ordinal with "a" and no noun standing for one more person, as "another" does: "three
    people were shot and killed and a fourth was wounded", a headline's "Three men shot, a fourth
    wounded by shrapnel" (a participle hung on it); not "the second", one of a list."""
    return (noun.lower_ in lexicon().death_ordinals
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children)
            and (noun.dep_ in ("nsubj", "nsubjpass")
                 or any(c.dep_ == "acl" and c.tag_ == RUN_ON_TAG for c in noun.children)))


def _named_parts(noun: Token, by_noun: dict[int, Figure]) -> Figure | None:
    """The count that a victim is named in: "Two of those men, 23-year-old Juan Carlos
    Saenz-Ponce and 24 year old Daniel Chumacero, died" (the parser makes the names conjuncts
    of the count; they are its parts when there are as many as it counts)."""
    top = _first_conjunct(noun)
    fig = by_noun.get(top.i) if top is not noun else None
    return fig if fig is not None and fig.value == len(top.conjuncts) else None


def _is_pronoun(tok: Token) -> bool:
    """A personal pronoun that may name a victim: "he", "she", "him", "her" (not the possessive)."""
    return tok.tag_ == PRONOUN_TAG and tok.lower_ in lexicon().pronouns


def _pronoun_victim(pronoun: Token, verb: Token) -> bool:
    """Whether a pronoun is the one harmed, in an event that happened: not the speaker of
    "He claimed the friend had wanted to shoot", not a threat or a guess ("threatened to kill
    her", "he could've easily died")."""
    if pronoun.dep_ == "nsubj" and pronoun.head == verb and not _subject_hurt(verb) and any(
            c.dep_ in CLAUSE_OBJECT_DEPS for c in verb.children):
        return False
    if verb.lemma_.lower() in CARE_VERBS and any(c.dep_ == "advmod" and c.lower_ in lexicon().care_manner
                                                 for c in verb.children):
        return False  # "One of the hostages said she was treated well": care, not a wound
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)  # "could have hit her and killed her"
    return not any(c.dep_ == "aux" and c.tag_ in IRREALIS_TAGS for v in verbs for c in v.children)


def _carries_another(verb: Token, role: Token) -> bool:
    """Whether a count is the subject of an active verb of transport with an object of its own, not
    a reflexive: who took someone else to the hospital ("Meredith and several others drove Williams
    to Chippenham Hospital"), not one hurt; "three others took themselves to the hospital" were, and
    so were "The other three got their own rides to a hospital" (no verb of transport)."""
    return (verb.lemma_.lower() in lexicon().hospital_transport and role.dep_ == "nsubj"
            and role.head == verb and not _is_passive(verb) and _has_object(verb) and not _subject_hurt(verb))


def _subject_hurt(verb: Token) -> bool:
    """An active verb whose object is its subject, so the subject is who was hurt, not one who
    acted on another: "Police believe he shot himself", "now admits he shot himself"."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)


def _resolve_pronouns(found: dict[int, tuple[Token, FigureCategory, Token]]
                      ) -> list[tuple[Token, FigureCategory, Token]]:
    """A sentence's victims, its pronouns resolved. A pronoun names a victim, not whom the
    police arrested ("he was arrested": the shooter), and not one its sentence names ("He was
    taken to a medical center, where Westley was being treated"), nor again ("he was taken to a
    hospital after he was shot"). A pronoun that died after a victim named before it is that
    victim: "The boy was taken to a hospital, where he died", "Medics took him to a hospital
    where he later died"."""
    first = min(found, default=-1)
    has_named = any(not _is_pronoun(noun) for noun, _, _ in found.values())
    for i, (noun, category, verb) in sorted(found.items()):
        before = [j for j in found if j < i and found[j][1] in CASUALTY_CATEGORIES]
        if _is_pronoun(noun) and category == "KILLED" and before and _pronoun_victim(noun, verb):
            found[before[-1]] = (found[before[-1]][0], "KILLED", verb)
    return [(noun, category, verb) for noun, category, verb in found.values()
            if not _is_pronoun(noun) or (category in CASUALTY_CATEGORIES and noun.i == first
                                         and not has_named and _pronoun_victim(noun, verb))]


def _titled_person(name: Token) -> Token | None:
    """The person noun a name is titled by, where the name itself is no known person ("Florida
    grandmother Nilda Sheffield kills daughter, grandchildren, self": "grandmother" is a
    compound of the name, which the tagger leaves untyped)."""
    if name.pos_ != "PROPN" or name.ent_type_ == "PERSON":
        return None
    return next((c for c in name.children if c.dep_ == "compound" and _noun_class(c) == "person"), None)


def _person_inside(noun: Token) -> Token | None:
    """The person a misparsed object names: the apposition of a dateline the parser
    made the subject ("KABUL, Afghanistan (Dec. 31) A Haqqani leader ... was arrested"),
    or the last word of a name with "of" in it ("an Islamic Movement of Uzbekistan
    leader", where the parser made "leader" the object of "of")."""
    if noun.pos_ != "PROPN":
        return None
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                     and not any(d.dep_ in ("det", "poss") for d in c.children)]
            if inner:
                return inner[0]
    return None


def _suicides(sent: Span) -> list[tuple[Token, Token]]:
    """(verb, actor) of each death by one's own hand in a sentence: the shooter who
    "turned the gun on himself" or "took his own life" is among the dead."""
    found: list[tuple[Token, Token]] = []
    for tok in sent:
        if tok.lower_ in REFLEXIVES:
            verb = _self_harm_verb(tok)
            if verb is None or not _is_fatal_self_harm(verb):
                continue
        elif _own_life(tok):
            verb = tok.head
        else:
            continue
        actor = _actor(verb)
        if actor is not None and actor.lower_ not in REFLEXIVES:
            found.append((verb, actor))
    return found


class FiguresStage:
    """Writes ``doc._.tl_figures``."""

    def __call__(self, doc: Doc) -> Doc:
        times: list[Time] = get_facts(doc, "times")
        mentions: list[Mention] = get_facts(doc, "mentions")
        claims: list[Claim] = get_facts(doc, "claims")
        skip = self._time_tokens(doc, times)
        figures: list[Figure] = []
        by_noun: dict[int, Figure] = {}
        pub = published(doc)
        for sent in doc.sents:
            counted: set[int] = set()
            numbered: dict[int, tuple[Quantity, int]] = {}  # by the token after each count
            for q in find_quantities(sent, skip):
                counted.update(range(q.num_start, q.end))
                fig = self._figure(doc, sent, q, figures, by_noun, times, mentions, claims,
                                   pub.isoformat() if pub else None)
                if fig is None:
                    continue
                one = _one_of_group(doc, q) if fig.category == "KILLED" else None
                if one is not None:  # "One of five victims dies": the five were hit, the one died
                    fig = replace(fig, category="INJURED", status=None)
                figures.append(fig)
                by_noun[q.noun if q.noun is not None else q.num_end - 1] = fig
                numbered[q.end] = (q, len(figures) - 1)
                if one is not None:
                    dead = self._figure(doc, sent, Quantity(start=one.i, end=one.i + 1, num_start=one.i,
                                                            num_end=one.i + 1, value=1.0), figures,
                                        by_noun, times, mentions, claims, pub.isoformat() if pub else None)
                    if dead is not None and dead.category == "KILLED":
                        figures.append(dead)
                        counted.add(one.i)
            _listed_counts(doc, numbered, figures, by_noun)
            casualty_counts = {q.start: figures[at] for q, at in numbered.values()
                               if figures[at].category in CASUALTY_CATEGORIES}
            implicit = self._implicit_singulars(sent, counted, casualty_counts)
            counts_by_noun = {q.noun: at for q, at in numbered.values() if q.noun is not None}
            for noun, category, _ in implicit:
                # "Father and two children found dead": the two died too; so did the counts of a
                # headline's list ("Man shoots self after killing wife, 2 young children")
                if category != "KILLED":
                    continue
                listed = _list_after(sent, noun)[1]
                for conj in (*noun.conjuncts, *listed):
                    at = counts_by_noun.get(conj.i, -1)
                    recategorised = ("OTHER", "INJURED") if conj in listed else ("OTHER",)
                    if at >= 0 and figures[at].category in recategorised and _noun_class(conj) == "person":
                        figures[at] = replace(figures[at], category=category, status="dead")
            for q in _partitive_ones(doc, sent, counted, {noun.i for noun, _, _ in implicit}):
                fig = self._figure(doc, sent, q, figures, by_noun, times, mentions, claims,
                                   pub.isoformat() if pub else None)
                if fig is not None and fig.category != "OTHER":  # "one of the best": no count
                    figures.append(fig)
            for noun, category, verb in implicit:
                category = _dead_victim(noun, category)
                # "Parents, 2 children dead", "kills daughter, grandchildren, self": two (at least)
                pair = not _both(noun) and (noun.lower_ in lexicon().pair_nouns or _bare_plural(noun))
                if pair and category != "KILLED":
                    continue  # "The couple were shot": in a report of their deaths, the dead
                value = float(BOTH_COUNT) if _both(noun) or _bare_both(noun) or pair else 1.0
                dead_before = any(fig.category == "KILLED" and start < noun.i
                                  for start, fig in casualty_counts.items())
                if not dead_before:  # "two people were dead ... and a third person died": one more, not three
                    value = _ordinal_dead(noun, category) or value
                q = Quantity(start=noun.left_edge.i, end=noun.i + 1, num_start=noun.i,
                             num_end=noun.i + 1, value=value, unit=noun.lower_, noun=noun.i)
                whole = self._whole_of(doc, q, by_noun)  # "five people wounded, including a woman"
                if whole is None and _both(noun):  # "both" points back: "Two insurgents
                    # were killed ... killing both armed individuals" restates the two
                    whole = next((f for f in reversed(figures)
                                  if f.category == category and f.value == BOTH_COUNT), None)
                if whole is None and noun.lower_ == "one" and category in CASUALTY_CATEGORIES:
                    # "Four were injured; one had a gunshot wound": one of the four
                    start = sentence_index(doc, sent.start_char)
                    whole = next((f for f in reversed(figures) if f.sentence == start
                                  and f.category == category and (f.value or 0) > value), None)
                if whole is None:  # "Two of those men, X and Y, died": the two, named
                    whole = _named_parts(noun, by_noun)
                if whole is not None and whole.category != category:
                    whole = None  # "three people shot, including a teenager who was killed": not a part
                figures.append(Figure(
                    **provenance(doc, noun.left_edge.idx, noun.idx + len(noun),
                                 fact_id=next_id("figures", len(figures) + 1), extractor=EXTRACTOR,
                                 confidence=CONF_IMPLICIT),
                    value=value, unit=noun.lower_, category=category,
                    status=("dead" if category == "KILLED" else
                            "alive" if category == "INJURED" and (
                                _survives(verb) or _limb_wound(verb, noun) or _wounding(verb))
                            else None),
                    subject=self._subject(doc, verb, q, mentions),
                    as_of=self._as_of(doc, sent, q, times, category, pub.isoformat() if pub else None,
                                      verb),
                    place=self._place(sent, mentions, noun.idx),
                    claim=self._claim(noun.left_edge.idx, noun.idx + len(noun), claims),
                    derived_from=whole.id if whole is not None else None,
                    predicate=verb.lemma_.lower(), addition=_is_addition(verb, noun) or (
                        category == "INJURED" and _beside_killing(verb, noun)),
                    cumulative=_is_cumulative(verb)))
        set_facts(doc, "figures", figures)
        return doc

    @staticmethod
    def _implicit_singulars(sent: Span, counted: set[int], casualty_counts: dict[int, Figure]
                            ) -> list[tuple[Token, FigureCategory, Token]]:
        """One person killed, injured or arrested without a number: "killed the Taliban
        leader", "a man was shot and killed". A noun both shot and killed counts once, as killed.
        ``casualty_counts``: the sentence's counted casualties by their first token, after which a
        headline lists a person ("Woman, 3 teenage daughters shot")."""
        found: dict[int, tuple[Token, FigureCategory, Token]] = {}
        lex = lexicon()

        def eligible(noun: Token) -> bool:
            if noun.lower_ == AGE_WORD and noun.i - 2 >= 0:
                # "a 16-year-old has died", "an 18-month old is dead": the age names a person
                unit = noun.nbor(-2) if noun.nbor(-1).text == "-" else noun.nbor(-1)
                return unit.lower_ in AGE_UNITS
            if noun.i in counted or any(c.dep_ == "det" and c.lower_ in NEGATING_DETS for c in noun.children):
                return False  # counted already; "no other student was injured": nobody
            if _neither(noun):
                return False  # "Neither the driver or the other passenger was injured": nobody
            if _misread_possessor(noun):
                return False  # "Maria Romero, Luis Eduardo’s ex-wife, was also shot": the ex-wife
            if any(c.dep_ == "amod" and c.lower_ in lexicon().not_victim_modifiers for c in noun.children):
                return False  # "Five adults and an unborn child were killed": no victim counted
            if noun.left_edge.i == sent.start and noun.i + 1 < sent.end and noun.nbor(1).text == SOURCE_COLON:
                return False  # "Mother: Boy killed in accidental shooting": who says it
            if noun.lower_ == ELLIPTIC_PERSON:  # a determiner standing for a person: "another was injured"
                return noun.dep_ in ("nsubj", "nsubjpass", "dobj")
            if _elliptic_ordinal(noun):  # "three people were shot and killed and a fourth was wounded"
                return True
            if noun.lower_ == "one":  # "killed one of his friends", "killing five and detaining one"
                if any(c.lower_ in NEGATING_DETS for c in noun.children) or (
                        noun.i > 0 and noun.nbor(-1).lower_ in NEGATING_DETS):
                    return False  # "no one was injured": nobody, not one person
                of = [c for c in noun.children if c.lower_ == "of"]
                pobj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
                # ... but not "one of multiple insurgents detained": a part of a count given
                return not of or (bool(pobj) and _noun_class(pobj[0]) == "person"
                                  and pobj[0].i not in counted)
            if _both(noun):  # "both men were wounded": two people, counted from the grammar
                return _noun_class(noun) == "person"
            if _bare_both(noun):  # "Both were injured in the shooting": two people told before
                return True
            if noun.lower_ in lexicon().pair_nouns:  # "Parents, 2 children dead": two people
                return not any(c.dep_ == "nummod" for c in noun.children)
            if noun.tag_ == PRONOUN_TAG:  # "after he was shot", "she was taken to a hospital"
                return _is_pronoun(noun)
            if noun.tag_ == ADJECTIVE_TAG and noun.dep_ in SUBJECT_DEPS:  # "Gunman kills wife, self"
                return _noun_class(noun) == "person"  # a headline's subject the tagger calls an adjective
            return (noun.tag_ in SINGULAR_TAGS and noun.lower_ not in lex.collective  # "kills family"
                    and noun.lower_ not in lex.projectiles  # "Gunfire leads to ... boy being shot, wounded"
                    and not any(c.dep_ == "nummod" for c in noun.children)
                    and (_noun_class(noun) == "person" or noun.ent_type_ == "PERSON" or _has_age(noun)
                         or _named_person(noun)))

        for tok in sent:
            if not eligible(tok) or _asked(tok.head):  # "whether Davis sustained gunshots"
                continue
            event = _event_of(tok) if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ == AGE_WORD else None
            if event is not None:
                found[tok.i] = (tok, event, tok.head.head)  # "the arrest of a facilitator"
            elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.intransitive_death:
                found[tok.i] = (tok, "KILLED", tok.head)  # "a man died"
            elif tok.dep_ == "nsubj" and _not_survived(tok.head):
                found[tok.i] = (tok, "KILLED", tok.head)  # "Sybrii Davis did not survive his wounds"
            elif tok.pos_ in ("NOUN", "PROPN") and (state := _relative_state(tok)) is not None:
                found[tok.i] = (tok, *state)  # "Smith, who was pronounced dead at the hospital"
            elif tok.pos_ in ("NOUN", "PROPN") and _death_event_conjunct(tok):
                found[tok.i] = (tok, "KILLED", tok.head)  # "the deaths of a man and a woman"
            elif _death_owner(tok):
                found[tok.i] = (tok, "KILLED", tok.head)  # "learned about the boy's death"
            elif (dead := _verbless_death(tok)) is not None:
                found[tok.i] = (tok, "KILLED", dead)  # "Four shot, man dead in Long Beach"
            elif tok.dep_ in ("nsubjpass", "nsubj", "dobj") and _predicate(tok) is not None:
                found[tok.i] = (tok, _predicate(tok) or "KILLED", tok.head)  # "was found dead"
            elif tok.dep_ == "nsubj" and _suffers(tok.head, have=not _whole_group(tok)):
                # "suffered a gunshot wound"; not "both victims had multiple injuries", a whole told
                # again, the dead among them (as a count said with "all" is not)
                found[tok.i] = (tok, "INJURED", tok.head)
            elif tok.dep_ == "conj" and tok.head.dep_ == "nsubj" and _suffers(tok.head.head, have=True):
                # "two men and a woman suffered minor injuries"
                found[tok.i] = (tok, "INJURED", tok.head.head)
            elif tok.dep_ in SUBJECT_DEPS and (suffered := _suffered_after(tok.head)) is not None:
                # "the little girl is okay, and only suffered minor injuries"
                found[tok.i] = (tok, "INJURED", suffered)
            elif tok.pos_ in ("NOUN", "PROPN") and (suffering := next(
                    (c for c in tok.children if c.dep_ == "acl" and _suffers(c)), None)) is not None:
                found[tok.i] = (tok, "INJURED", suffering)  # "found a man suffering from gunshot wounds"
            elif tok.pos_ in ("NOUN", "PROPN") and (suffered := _suffered_who(tok)) is not None:
                found[tok.i] = (tok, "INJURED", suffered)  # "a juvenile who had sustained a gunshot wound"
            elif tok.pos_ in ("NOUN", "PROPN") and _injury_state(tok):
                found[tok.i] = (tok, "INJURED", tok.head)  # "is in serious condition"
            elif tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i and not any(
                    c.dep_ in MODIFIER_DEPS and tok.i < c.i < tok.head.i for c in tok.head.children) and (
                    headline := _headline_participle(tok.head)) is not None:
                # "17-year-old shot in hand in central Toledo"; only the modifier nearest the
                # participle: "One-year-old girl shot" is one girl
                found[tok.i] = (tok, headline, tok.head)
            elif tok.dep_ == "nsubj" and _participle_root(tok.head) and (
                    headline := _headline_participle(tok.head)) is not None:
                found[tok.i] = (tok, headline, tok.head)  # "Juvenile shot in arm in Duquesne"
            else:
                continue
            # "the shooting deaths of a mother and her daughter", "a father and his daughter were found dead"
            for conj in tok.conjuncts:
                if conj.i not in found and eligible(conj):
                    found[conj.i] = (conj, *found[tok.i][1:])
        for verb in sent:
            if verb.pos_ != "VERB" or _is_purpose(verb) or _is_habitual(verb):
                continue
            cls = _verb_class(verb)
            if cls in IMPLICIT_CATEGORIES:
                category = _fatally(verb) or IMPLICIT_CATEGORIES[cls]
            elif verb.lemma_.lower() in lex.hospital_transport and _to_hospital(verb):
                category = "INJURED"  # "sent a teenage girl to the hospital"
            else:
                continue
            source = verb
            has_args = any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in verb.children)
            if not has_args and (verb.dep_ == "conj" or _run_on(verb)):
                source = verb.head  # "was shot and killed", "shot, killed": the object of the first verb
            elif not has_args and _found_in_state(verb):
                source = verb.head  # "A young man was found shot on Carole Lane": who was found
            dep = "nsubjpass" if _is_passive(source) else "dobj" if _has_object(source) else "nsubj"
            if dep == "nsubj" and source.lemma_.lower() not in lex.intransitive_death and any(
                    c.dep_ in CLAUSE_DEPS for v in (verb, source) for c in v.children):
                continue  # "a 15-year-old who claimed he'd been shot", "claimed to be": the subject acts
            patients = [c for c in source.children if c.dep_ == dep or (dep == "dobj" and _is_object(c))]
            if dep in SUBJECT_DEPS:  # one subject: of two, the parser took a clause's subject for
                # this verb's ("A father charged ... after his daughter was shot"): the nearest
                patients = patients[-1:]
            if not patients and not has_args and source.dep_ == "acl" and source.tag_ == "VBN":
                patients = [source.head]  # "the two-year-old fatally shot while in a minivan"
            for obj in patients:
                if obj.lower_ in RELATIVE_PRONOUNS and source.dep_ == "relcl":
                    obj = source.head  # "a girl who was accidentally shot"
                elif obj.lower_ in REFLEXIVES:
                    # "a child shot himself", "Beal found a gun and shot himself"
                    actor = source.head if source.dep_ == "conj" and not any(
                        c.dep_ == "nsubj" for c in source.children) else source
                    subjects = [c for c in actor.children if c.dep_ == "nsubj"]
                    if not subjects:
                        continue
                    # "a child shot himself in the hand"; of two subjects, the one nearest the verb
                    # (a dateline the parser made a subject: "MADISON, Wis. - A Madison boy shot himself")
                    obj = subjects[-1]
                    if obj.lower_ in RELATIVE_PRONOUNS and actor.dep_ == "relcl":
                        obj = actor.head  # "a Detroit man who shot himself while running away"
                for named in (obj, *obj.conjuncts):
                    noun = named if eligible(named) else _person_inside(named)
                    if noun is None or not eligible(noun):
                        continue
                    if noun.i not in found or category == "KILLED":
                        found[noun.i] = (noun, category, verb)
        for verb, actor in _suicides(sent):
            if eligible(actor):  # "killed his wife and son before shooting himself"
                found[actor.i] = (actor, "KILLED", verb)
        for noun, category, verb in list(found.values()):
            for listed in _listed_before(sent, noun):  # "Toddler, man killed in Kansas City shooting"
                if listed.i not in found and eligible(listed):
                    found[listed.i] = (listed, category, verb)
            for listed in _listed_after(sent, noun):  # "shooting deaths of woman, daughter"
                if listed.lower_ in REFLEXIVES:  # "kills 7-year-old daughter, himself": the actor,
                    # the subject nearest the verb ("Police: Retired cop killed his son, ..., himself")
                    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                    listed = subjects[-1] if subjects else _actor(verb) or listed
                    listed = _titled_person(listed) or listed
                # "kills daughter, grandchildren, self": a plural in the list, two at least
                if listed.i not in found and (eligible(listed) or _bare_plural(listed)):
                    found[listed.i] = (listed, category, verb)
        for start, fig in casualty_counts.items():  # "Woman, 3 teenage daughters shot in Nashville"
            verb = next((t for t in sent if t.lemma_.lower() == fig.predicate), sent.doc[start])
            for listed in _listed_before(sent, sent.doc[start], bare=False):
                if listed.i not in found and eligible(listed):
                    found[listed.i] = (listed, fig.category, verb)
        found = {i: victim for i, victim in found.items()
                 if (not _negated(victim[2]) or _not_survived(victim[2]))  # "did not survive": a death
                 and not _not_an_injury(victim[2]) and not _near_miss(victim[2])}
        # "honor a boy who was shot and killed ... Anthony Frazier's slaying": the same death, named again
        found = {i: victim for i, victim in found.items() if not _death_owner(victim[0]) or not any(
            j != i and other[1] == "KILLED" for j, other in found.items())}
        return _resolve_pronouns(found)

    @staticmethod
    def _time_tokens(doc: Doc, times: list[Time]) -> set[int]:
        skip: set[int] = set()
        for t in times:
            if t.type not in TIME_TYPES_NOT_COUNTS:
                continue
            span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
            if span is not None:
                skip.update(range(span.start, span.end))
        return skip

    def _figure(self, doc: Doc, sent: Span, q: Quantity, previous: list[Figure],
                by_noun: dict[int, Figure], times: list[Time], mentions: list[Mention],
                claims: list[Claim], pub: str | None) -> Figure | None:
        start_char, end_char = doc[q.start].idx, doc[q.end - 1].idx + len(doc[q.end - 1])
        fig_id = next_id("figures", len(previous) + 1)
        value, approx, unit = q.value, q.approx, q.unit
        derived_from = None
        category: FigureCategory
        status: Status = None
        subject = None
        verb: Token | None = None
        if q.fraction:
            base = self._antecedent(doc, sent, previous)
            if q.value is None:
                return None
            if base is None or base.value is None:  # "half the condos": a share, not a count
                value, unit, category, confidence = q.value, FRACTION_UNIT, "OTHER", CONF_UNCATEGORISED
            else:
                value, derived_from, unit = round(q.value * base.value, 3), base.id, base.unit
                category, status, subject = base.category, base.status, base.subject
                confidence = CONF_DERIVED
        elif _is_appositive_age(doc, q):  # "a man, 23, was shot": an age, not a count
            unit, category, confidence = AGE_UNIT, "OTHER", CONF_UNCATEGORISED
        else:
            category, status, verb = self._categorise(doc, q)
            if verb is not None:
                subject = self._subject(doc, verb, q, mentions)
            if category == "ATTACKERS":
                subject = None
            confidence = (CONF_VAGUE if q.vague else
                          CONF_CATEGORISED if category != "OTHER" else CONF_UNCATEGORISED)
            elliptic = _elliptic_sibling(doc, sent, q, by_noun) if category == "OTHER" else None
            if elliptic is not None:  # "freed 33 hostages ... and will free 25": the 25 are hostages too
                model, shared_verb, own_verb = elliptic
                category, status, confidence = model.category, model.status, CONF_ELLIPTIC
                subject = model.subject if shared_verb else self._subject(doc, own_verb, q, mentions)
            whole = self._whole_of(doc, q, by_noun) or self._graded_part(doc, sent, q, category, previous)
            if whole is not None:  # "31 killed, including 12 children": a part of another figure
                derived_from = whole.id
                if category == "OTHER":
                    category, subject = whole.category, subject or whole.subject
            if q.noun is not None and doc[q.noun].dep_ == "conj":
                sibling = by_noun.get(doc[q.noun].head.i)
                if sibling is not None:
                    approx = approx or sibling.approx
                    if (category == "OTHER" and sibling.category != "OTHER"
                            and _same_kind(doc[q.noun], sibling)):
                        category = sibling.category
                        subject = subject or sibling.subject
                        if status is None and category == "HOSTAGES_HELD":
                            status = "alive"
        if category in PEOPLE_CATEGORIES and _slash_counter(doc, q):
            category, status, subject, confidence = "OTHER", None, None, CONF_UNCATEGORISED
        if category in CASUALTY_CATEGORIES and verb is not None and (
                _negated(verb) or _not_an_injury(verb)):
            # "The girl's mother and two other children were also home but were not injured", "a child
            # who is injured or dies"
            category, status, subject, confidence = "OTHER", None, None, CONF_UNCATEGORISED
        rate = self._rate(doc, sent, q, verb)
        if category in CASUALTY_CATEGORIES:
            generic = _statistic_rate(sent, times, verb, rate)
            if generic is not None:  # "about 500 people die in such shootings each year": no incident
                category, rate, confidence = "OTHER", generic, CONF_UNCATEGORISED
        as_of = self._as_of(doc, sent, q, times, category, pub, verb)
        return Figure(
            **provenance(doc, start_char, end_char, fact_id=fig_id, extractor=EXTRACTOR,
                         confidence=confidence),
            value=value, low=q.low, high=q.high, approx=approx, vague=q.vague, unit=unit, category=category,
            status=status, rate=rate, subject=subject, as_of=as_of,
            place=self._place(sent, mentions, start_char), claim=self._claim(start_char, end_char, claims),
            derived_from=derived_from, concepts=self._concepts(doc, q, verb),
            predicate=verb.lemma_.lower() if verb is not None else _wound_event(doc, q, category),
            addition=_is_addition(verb, doc[q.noun] if q.noun is not None else None),
            cumulative=(verb is not None and _is_cumulative(verb)) or _raised_to(doc[q.num_end - 1])
            or (verb is None and _verbless_toll(doc, q)),
        )

    @staticmethod
    def _graded_part(doc: Doc, sent: Span, q: Quantity, category: str,
                     previous: list[Figure]) -> Figure | None:
        """The count a bare number grades or tells more of: "4 injured, 1 critically", "Six
        injured, two critically", "four people were shot, with two in serious but stable
        condition" (:func:`_graded_by_condition`), "Four males suffered injuries and two were
        transported" (the one, the two are among the four). A bare number that is the subject of its own
        clause after a larger count of the same casualties is a part of it, not more of them."""
        after = doc[q.num_end] if q.num_end < sent.end else None
        graded = after is not None and (after.lower_ in lexicon().severity or _graded_by_condition(after))
        subject = category in CASUALTY_CATEGORIES and doc[q.num_end - 1].dep_ in SUBJECT_DEPS
        if q.noun is not None or not (graded or subject):
            return None
        start = sentence_index(doc, sent.start_char)
        return next((f for f in reversed(previous) if f.sentence == start and f.category == category
                     and f.value is not None and q.value is not None and f.value > q.value), None)

    @staticmethod
    def _whole_of(doc: Doc, q: Quantity, by_noun: dict[int, Figure]) -> Figure | None:
        """The figure a part belongs to: "31, including 12 children", "five people, among them two women",
        "three others, two men, ages 20 and 22, and a woman, 33" (a smaller count in apposition)."""
        anchor = _first_conjunct(doc[q.noun] if q.noun is not None else doc[q.num_end - 1])
        prep = anchor.head
        if anchor.dep_ == "appos" and q.noun is not None and prep.i in by_noun and (
                _part_named(q, by_noun[prep.i])):
            return by_noun[prep.i]  # "three others, two men, ... and a woman"
        shot = _wounded_of_shot(anchor, by_noun)
        if shot is not None:
            return shot
        if prep.lower_ not in PART_OF_PREPS or prep.head is prep:
            return None
        if prep.head.i in by_noun:
            return by_noun[prep.head.i]
        # attached to the verb ("rose to 31, including 12 children"): the count just before
        before = [i for i in by_noun if prep.sent.start <= i < prep.i]
        return by_noun[max(before)] if before else None

    @staticmethod
    def _categorise(doc: Doc, q: Quantity) -> tuple[FigureCategory, Status, Token | None]:
        """(category, status, governing verb) of a quantity."""
        lex = lexicon()
        if q.unit_kind in UNIT_CATEGORY:
            return UNIT_CATEGORY[q.unit_kind], None, None
        if q.unit_kind != "COUNT":
            return "OTHER", None, None
        noun = _phrase_head(doc[q.noun]) if q.noun is not None else None
        anchor = noun if noun is not None else doc[q.num_end - 1]
        if (noun is not None and noun.lower_ in lex.participles and q.value is not None
                and q.value >= PARTICIPLE_MIN):
            after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
            if ((after is not None and lex.predicates.get(after.lower_) == "KILLED")
                    or _died_after(noun, list(noun.conjuncts))):
                return "KILLED", "dead", noun  # "4 shot dead in Clarksburg", "Two shot and killed in Lolo"
            return lex.participles[noun.lower_], None, noun  # "4 shot, one fatally": four people shot
        verb_read_as_noun = _verb_before_number(doc, q)
        if verb_read_as_noun is not None:  # "kills 3, wounds 2": the 2 are wounded, not killed
            return IMPLICIT_CATEGORIES[_verb_class(verb_read_as_noun) or ""], None, verb_read_as_noun
        noun_cls = _noun_class(anchor) if noun is not None else None
        if (anchor.dep_ == "pobj" and anchor.head.lower_ == "of"
                and anchor.head.head.lemma_.lower() in lex.collective):
            noun_cls, anchor = "person", anchor.head.head  # "Family of five found dead": the family counted
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and (
                anchor.head.head.tag_ in SINGULAR_TAGS and _noun_class(anchor.head.head) == "person"
                and not any(c.dep_ in ("acl", "relcl") for c in anchor.children)):
            # "Father of 3 fatally shot", "the sister of the two boys died": kin, not the victims
            return "OTHER", None, None
        if _in_company(anchor):
            return "OTHER", None, None
        whose = _partitive_noun(doc, q)
        if whose is not None:  # "two of the hostages": the class and status of the noun after "of"
            noun, noun_cls = whose, _noun_class(whose)
        # "the bodies of four hostages", "the remains of two soldiers"
        if anchor.head.lower_ == "of" and _noun_class(anchor.head.head) == "body":
            noun_cls, anchor = "body", anchor.head.head
        status: Status = None
        # "7-year-old dead, three others wounded": a word before a comma before the count is the
        # headline's other victim's, though the parser hangs it on this noun
        split = {c.lower_ for c in (noun.children if noun is not None else ())
                 if c.i < q.start and any(t.text == "," for t in doc[c.i + 1:q.start])}
        mods = {c.lower_ for c in (noun.children if noun is not None else ())} - split
        if noun_cls == "body" or mods & lex.dead:
            status = "dead"
        elif mods & lex.alive or noun_cls == "hostage":
            status = "alive"
        # "charged with two counts of murder" (not "multiple counts": how many is not told)
        if noun_cls == "death" or (noun is not None and not q.vague and _death_charges(noun)):
            return "KILLED", "dead", None
        if noun_cls == "injury":
            return "INJURED", None, None
        if noun_cls == "aid":
            return "AID", None, None
        if _is_toll(anchor):
            return "KILLED", status, None
        after = doc[q.num_end] if q.num_end < len(doc) else None
        if after is not None and after.lower_ in lex.predicates and (
                q.noun is None or _listed_state(doc, after)):
            return lex.predicates[after.lower_], status, None  # "3 dead, 5 injured"
        if noun_cls in ("person", "hostage", None):
            # "the killing of several of the men": the event the number itself is "of"
            conjunct = _death_event_conjunct(anchor) or _death_event_conjunct(doc[q.num_start])
            conjunct = conjunct or _verbless_death(anchor) is not None  # "Family of five found dead"
            direct = _event_of(anchor) or _event_of(doc[q.num_start]) or ("KILLED" if conjunct else None) or (
                None if split & lex.predicates.keys() else _predicate(anchor))
            if direct is not None:
                return direct, "dead" if direct == "KILLED" and noun_cls == "hostage" else status, None
        if noun is not None and anchor.dep_ == "nsubj" and _participle_root(anchor.head) and (
                headline := _headline_participle(anchor.head)) is not None:
            return headline, status, anchor.head  # "Police: 2 children, 1 teen shot in Durham"
        host = _along_with(doc[q.num_start]) or _along_with(anchor)
        verbs = _governing_verbs(anchor) if host is None else [host] if host.pos_ == "VERB" else (
            _governing_verbs(host))
        # "Three charged in shooting that left teen dead, 6 injured", "shot at a dozen people"
        not_hit = _accused(anchor) or _shot_at(anchor)
        # "Two other gunshot victims arrived at the hospital"; not "Four juveniles showed up at
        # Good Samaritan Hospital", who brought the one hurt (a noun that says who they are)
        arrival = noun is None or noun.lower_ in lex.group_nouns
        # "a total of four people received non-life-threatening wounds": the total's role; of
        # conjuncts the first ("he and two other men shot four people")
        role = _clause_role(doc, q, anchor)
        whole = _whole_group(anchor)
        for verb in verbs:
            if _is_habitual(verb):
                continue  # "Anytime one of our students is hurt"
            verb_cls = _verb_class(verb)
            # "Meredith and several others drove Williams to Chippenham Hospital": who took another;
            # "were both rescued but later died in the hospital": a death there, not a transport
            carried = _to_hospital(verb, arrival=arrival) and not _carries_another(verb, role) and (
                verb_cls != "KILLED")
            # "one passenger in the car had a gunshot wound"; not "all five had gunshot wounds", a
            # whole told again, the dead among them (having a wound does not say who lived)
            hurt = carried or _with_injuries(verb) or (
                role.dep_ == "nsubj" and _suffers(verb, have=not whole))
            # "All four victims are listed in stable condition"
            hurt = hurt or (whole and _in_condition(verb))
            # "One victim survived": who lived was hurt
            hurt = hurt or (anchor.dep_ == "nsubj" and anchor.head == verb and _recovers(verb))
            if hurt and (noun_cls == "person" or noun is None) and not not_hit:
                # "sent four people to the hospital", "Four males suffered injuries"
                return "INJURED", status, verb
            if verb_cls is None:
                continue
            # a subject of a transitive casualty verb with no object is its patient:
            # "six other people wounded" (a reduced passive the parser read as active); not one
            # in the progressive ("two unknown males were shooting at a business": who acted); a
            # count joined to the subject is one too ("he and two other men shot four people")
            is_agent = (role.dep_ == "nsubj" and not _is_passive(verb) and (
                _has_object(verb) or _progressive(verb))) or (
                anchor.dep_ == "pobj" and anchor.head.dep_ == "agent" and anchor.head.head == verb)
            # "he was shot by two men": the agent of a passive acted
            if is_agent and verb.lemma_.lower() in lex.intransitive_death:
                return "KILLED", "dead" if noun_cls == "hostage" else status, verb
            if is_agent and noun is not None and noun.lemma_.lower() in lex.attackers and (
                    verb_cls in ("KILLED", "INJURED", "TAKEN")):
                return "ATTACKERS", status, verb
            if is_agent and verb_cls != "HELD":
                continue  # "two men killed a woman", "5,000 soldiers released ...": who acted
            if verb.lemma_.lower() in lexicon().death_with_object and not _has_object(verb):
                continue  # "two friends claimed to have found a gun": a death only with "lives"
            if noun_cls is None and noun is not None and noun.ent_type_ != "PERSON" and (
                    not _named_person(noun)):
                continue  # "detained two suspects during two separate operations": not people
            rule = CATEGORY_RULES.get((verb_cls, noun_cls or "*")) or CATEGORY_RULES.get((verb_cls, "*"))
            if rule == "INJURED":
                part = _fatal_part(verb)  # "Four people were shot, one man fatally": the four were hit
                fatal = _fatally(verb) if part is None or part.i == anchor.i else None
                # "one man fatally", the adverb on the part: the part died
                fatal = fatal or (_fatally(anchor) if anchor.dep_ in PART_DEPS else None)
                rule = fatal or ("KILLED" if _died_after(verb, verbs) else rule)
            if rule in CASUALTY_CATEGORIES and not_hit:
                continue  # who did it, or a target, whatever casualty verb the parser hangs it on
            if rule is not None:
                if rule == "KILLED" and noun_cls in ("hostage", "body", "person", None):
                    status = "dead" if noun_cls in ("hostage", "body") else status
                return rule, status, verb
        return "OTHER", status, None

    @staticmethod
    def _subject(doc: Doc, verb: Token, q: Quantity, mentions: list[Mention]) -> str | None:
        tok = _subject_token(verb)
        if tok is None or q.start <= tok.i < q.end:
            return None
        for m in mentions:
            if m.span[0] <= tok.idx < m.span[1]:
                return m.canonical
        if tok.ent_type_ in SUBJECT_ENTS:
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            return ent.text if ent is not None else tok.text
        # "Hamas-led militants", "Israeli forces": the actor named in the subject's modifiers
        for mod in tok.subtree:
            if mod.i >= tok.i or mod.dep_ not in ACTOR_MODIFIER_DEPS:
                continue
            named = next((m.canonical for m in mentions if m.span[0] <= mod.idx < m.span[1]), None)
            if named is not None:
                return named
            if mod.ent_type_ in SUBJECT_ENTS:
                ent = next((e for e in doc.ents if e.start <= mod.i < e.end), None)
                return ent.text if ent is not None else mod.text
        return None

    @staticmethod
    def _rate(doc: Doc, sent: Span, q: Quantity, verb: Token | None) -> str | None:
        rates = lexicon().rates
        words = [doc[k].lower_ for k in range(q.end, min(q.end + RATE_WINDOW, sent.end))]
        if verb is not None:
            words += [c.lower_ for c in verb.children if c.dep_ in ("advmod", "npadvmod")]
        for k, word in enumerate(words):
            pair = f"{word} {words[k + 1]}" if k + 1 < len(words) else ""
            if pair in rates:
                return rates[pair]
            if word in rates and " " not in word:
                return rates[word]
        return None

    @staticmethod
    def _as_of(doc: Doc, sent: Span, q: Quantity, times: list[Time], category: str,
               pub: str | None, verb: Token | None) -> str | None:
        """The governing time: the period a running total covers ("Since then, Hamas
        has released 25 hostages": from the date before to publication), a date in
        the sentence (with the period it opens, "the six-week suspension that began on
        January 19"), else publication for a state such as hostages still held, else
        for an event told in the past the one date of the sentence before ("The war
        began ... on October 7, 2023. An estimated 5,000 terrorists have killed ...")."""
        since = _since_date(doc, sent, verb, times) if verb is not None else None
        if since is not None:
            return f"{since}/{pub}" if pub else since
        in_sent = [t for t in times if sent.start_char <= t.span[0] < sent.end_char]
        dates = [t for t in in_sent if t.type == "DATE" and not t.value.startswith("P")]
        if verb is not None and _prospective(verb):
            # "Hamas had said on Saturday that 95 prisoners would be released": Saturday is the
            # day of the saying; an event still to come has only a date of its own
            dates = [d for d in dates if not _dates_governing_clause(doc, d, verb)]
            if not dates:
                return None
        if not dates:
            if category in STATE_CATEGORIES:
                return pub
            if category in PEOPLE_CATEGORIES and verb is not None and verb.tag_ in PAST_TAGS:
                return _previous_date(doc, sent, times)
            return None
        for dur in (t for t in in_sent if t.type == "DURATION"):
            span = doc.char_span(dur.span[0], dur.span[1], alignment_mode="expand")
            if span is None or category == "DURATION":
                continue
            head = span.root.head
            lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            opened = [d for d in dates if lo <= d.span[0] < hi]
            if opened:
                return f"{opened[0].value}/{dur.value}"
        anchor = doc[q.num_start].idx
        date = min(dates, key=lambda t: abs(t.span[0] - anchor))
        return date.value

    @staticmethod
    def _place(sent: Span, mentions: list[Mention], at: int) -> str | None:
        """The place named in the figure's sentence nearest to it; demonyms
        ("Israeli hostages", "1,200 Israelis") say whose, not where."""
        places = [m for m in mentions if m.kind == "PLACE" and not m.demonym
                  and sent.start_char <= m.span[0] < sent.end_char]
        if not places:
            return None
        return min(places, key=lambda m: abs(m.span[0] - at)).canonical

    @staticmethod
    def _claim(start: int, end: int, claims: list[Claim]) -> str | None:
        inside = [c for c in claims if c.content_span[0] <= start and end <= c.content_span[1]]
        if not inside:
            return None
        return min(inside, key=lambda c: c.content_span[1] - c.content_span[0]).id

    @staticmethod
    def _antecedent(doc: Doc, sent: Span, previous: list[Figure]) -> Figure | None:
        """What "them" in "half of them" counts: the latest count of people before it."""
        first_sentence = max(0, sentence_index(doc, sent.start_char) - MAX_ANTECEDENT_SENTENCES)
        for fig in reversed(previous):
            if fig.sentence < first_sentence:
                break
            if fig.value is not None and fig.category not in ("DURATION", "DISTANCE", "MONEY"):
                return fig
        return None

    @staticmethod
    def _concepts(doc: Doc, q: Quantity, verb: Token | None) -> tuple[str, ...]:
        """What the quantity is about (NewsQuant's referred concepts): what it is
        "of" ("60 per cent of its revenue"), the noun it measures ("a range of 400
        kilometres", "a 750 meter swim"), else as CQE falls back: the subject of the
        clause it sits in ("the US trade deficit ... increased by $43.6 billion"), of
        the nearest verb before it, of the root, then the root's object."""
        inside = range(q.start, q.end)
        last = doc[q.end - 1] if q.end > q.start else doc[q.start]
        of = [c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not of and q.end < len(doc) and doc[q.end].lower_ == "of":
            of = [doc[q.end]]
        target: Token | None = None
        if of:
            target = next((c for c in of[0].children if c.dep_ == "pobj"), None)
        if target is None:
            target = _measured_noun(doc, q)
        if target is None:
            clause = verb
            cur = doc[q.num_start]
            for _ in range(MAX_VERB_HOPS):
                if clause is not None or cur.head.i == cur.i:
                    break
                cur = cur.head
                clause = cur if cur.pos_ in ("VERB", "AUX") else None
            target = _subject_token(clause) if clause is not None else None
        if target is None:
            target = _fallback_concept(doc, q)
        if target is None or target.i in inside:
            return ()
        return tuple(t.text for t in target.subtree if t.i not in inside and (
            (t.pos_ in CONCEPT_POS and not t.is_stop) or (t.pos_ == "NUM" and t.head.pos_ == "PROPN")))

