"""From an article's figures to its incident's counts (truceline/stages/figures_totals.py and
the GVA aggregation in truceline/evaluation/gva.py): which figures are about the page's own
incident."""

from __future__ import annotations

import pytest
from conftest import facts_of

from truceline.evaluation.gva import predict, predict_article, read, sentence_case, with_headline


@pytest.mark.parametrize(("text", "published", "killed", "injured"), [
    # an earlier year's attack beside the page's own shooting
    ("Two men were killed in a shooting on Main Street on Saturday night. In 2015, a gunman "
     "killed nine people at the same church.", "2017-06-12", 2, 0),
    # an earlier year's wounded beside the page's own wounded
    ("Three people were wounded in a shooting on Friday. In 2014, 12 people were shot at the "
     "same club.", "2016-05-02", 0, 3),
    # the same year is the page's own incident, whatever the month
    ("Two men were killed in a shooting on January 3, police said.", "2017-06-12", 2, 0),
])
def test_figures_totals_earlier_years_toll_is_not_the_incident(
        text: str, published: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text, published=published))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def test_figures_totals_injuries_dated_earlier_alone_are_kept() -> None:
    # a trial a year on tells the page's own shooting with its date: nothing else counts the wounded
    text = "Three people were wounded in a shooting in 2015, prosecutors said at the trial on Monday."
    pred = predict(facts_of(text, published="2016-05-02"))
    assert pred["num_injured"] == 3


def _article(title: str, body: str) -> dict[str, int]:
    pred = predict_article(facts_of(body, published="2015-06-18"), facts_of(title, published="2015-06-18"))
    return {"killed": pred["num_killed"], "injured": pred["num_injured"]}


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # the headline's dead are among the body's count of everyone shot
    ("Nine dead after shooting at Charleston church",
     "Nine people were shot inside the church on Wednesday night, police said.", 9, 0),
    ("One dead after shooting on Main Street",
     "Police said four people were shot outside a bar on Main Street on Sunday.", 1, 3),
    # "three others wounded" are the survivors already
    ("One dead after shooting on Main Street",
     "Police said three others were wounded outside a bar on Main Street on Sunday.", 1, 3),
])
def test_figures_totals_headline_dead_come_off_the_body_count_of_those_shot(
        title: str, body: str, killed: int, injured: int) -> None:
    assert _article(title, body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # one victim who "suffered a gunshot wound" in a report of a death is the one who died
    ("A 16-year-old boy died early Wednesday in Detroit. The 16-year-old suffered a gunshot wound "
     "to the shoulder and was taken to a hospital, police said.", 1, 0),
    # "wounded" says the victim lived
    ("A 16-year-old boy died early Wednesday in Detroit. His friend was wounded in the leg, "
     "police said.", 1, 1),
])
def test_figures_totals_victim_who_suffered_a_wound_is_the_one_who_died(
        text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a neighbour's words tell of other shootings
    ('Police said a man was shot and wounded on Main Street on Sunday. "I have seen five kids '
     'killed on this corner," a neighbor said.', 0, 1),
    # a threat quoted is not a death
    ('A man was wounded in a shooting on Main Street on Sunday, police said. "He was going to kill '
     'his wife and kids," said Chief Kral.', 0, 1),
    # the report's own count stands beside the quote
    ('Two men were killed in a shooting on Main Street on Sunday. "We have two fatalities that we '
     'can confirm," the chief said.', 2, 0),
])
def test_figures_totals_quoted_speech_is_not_the_incidents_count(
        text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text, published="2016-05-02"))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def _titled(title: str, body: str) -> dict[str, int]:
    """:func:`_article` with the page's title set, as the reader sets it."""
    from dataclasses import replace

    facts = facts_of(body, published="2015-06-18")
    facts = replace(facts, article=replace(facts.article, title=title))
    pred = predict_article(facts, facts_of(sentence_case(title), published="2015-06-18"))
    return {"killed": pred["num_killed"], "injured": pred["num_injured"]}


@pytest.mark.parametrize(("title", "killed"), [
    # a murder-suicide is at least the one killed and the killer; a count given stands
    ("Victim and shooter identified in Southaven murder-suicide", 2),
    ("Ft. Lauderdale woman kills daughter in tragic murder-suicide", 2),
    ("Wallkill man, two children dead in murder-suicide", 3),
    # an attempted one need not be
    ("HPD: Baby wounded during attempted murder-suicide in SW Houston", 0),
])
def test_figures_totals_murder_suicide_is_two_deaths_at_least(title: str, killed: int) -> None:
    assert _titled(title, "Police are investigating.")["killed"] == killed


@pytest.mark.parametrize(("title", "killed"), [
    # a multiplier before a word for killing counts the dead
    ("Jury returns with verdict in downtown double homicide", 2),
    ("Denver police call triple slaying drug deal gone extremely bad", 3),
    ("Police identify man killed in double fatal shooting outside Beech Grove bar", 2),
    # before "shooting" it counts everyone hit
    ("Police investigate quadruple shooting in Fairhill", 0),
])
def test_figures_totals_headline_multiplier_counts_the_dead(title: str, killed: int) -> None:
    assert _titled(title, "Police are investigating.")["killed"] == killed


def test_figures_totals_headline_multiplier_wins_over_the_body() -> None:
    body = "Five people were killed in shootings across the city this weekend, police said."
    assert _titled("Arrest made in double homicide in East Bremerton", body)["killed"] == 2


@pytest.mark.parametrize(("title", "killed"), [
    ("Body found on Cricket Drive in Dorchester County", 1),
    ("Man with assault rifle, body armor shot by Vallejo PD officers", 0),
])
def test_figures_totals_body_found_in_headline_is_a_death(title: str, killed: int) -> None:
    assert _titled(title, "Deputies are investigating.")["killed"] == killed


@pytest.mark.parametrize(("title", "body", "injured"), [
    # a body that counts the people hit outweighs a headline's one victim named without a number
    ("Teenager injured during quadruple shooting in north St. Louis - KMOV.com",
     "A teenager was among four people who were shot in north St. Louis Tuesday night.", 4),
    ("Male Adult and Juvenile Shot in Indio",
     "Two people were taken to the hospital after a shooting in Indio Sunday night.", 2),
    # a bare number (a phone number, an address) is no count of people
    ("Off-duty NYPD cop accidentally shoots himself in the hand",
     "An off-duty police officer accidentally shot himself in the hand in Queens early Saturday, "
     "officials said. He called 911 and paramedics took him to Elmhurst Hospital, where he was in "
     "stable condition.", 1),
])
def test_figures_totals_body_count_of_people_wins_over_headline_single_victim(
        title: str, body: str, injured: int) -> None:
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("body", "killed", "injured"), [
    # "a fourth person" taken to hospital is not the one who died
    ("Three people were killed in a shooting on Sunday night, police said. A fourth person, a "
     "woman, was taken to a hospital in critical condition.", 3, 1),
    ("A man was shot and killed on Sunday night, police said. Another victim was taken to the "
     "hospital in critical condition.", 1, 1),
    # "the victim" taken to hospital is
    ("A man was shot and killed on Sunday night, police said. The victim was taken to the "
     "hospital.", 1, 0),
])
def test_figures_totals_another_victim_taken_to_hospital_survived(
        body: str, killed: int, injured: int) -> None:
    assert _titled("Police investigate shooting", body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("title", "killed", "injured"), [
    # a headline that tells someone hurt without a number gives one injured
    ("Killeen 2-year-old in critical condition from gunshot", 0, 1),
    ("16-year-old suffers accidental gunshot wound", 0, 1),
    ("Child Killed, Father Critical After Shooting In Miami", 1, 1),
    ("7-year-old Dallas girl survives being shot by stray bullet", 0, 1),
    # a wound of one who died is no survivor; nobody hurt is nobody
    ("Belgrade boy dies from gunshot wound", 1, 0),
    ("Shots fired at Main Street bar, no one injured", 0, 0),
])
def test_figures_totals_headline_reports_an_injury(title: str, killed: int, injured: int) -> None:
    assert _titled(title, "Police are investigating.") == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("body", "killed", "injured"), [
    # an indefinite victim's ordinal counts those hit so far: the dead are off it
    ("Police said three people were shot outside a club on Friday night. A fourth victim was also "
     "injured.", 0, 4),
    ("Two men were killed in a shooting on Friday night, police said. A third person was also "
     "injured.", 2, 1),
    # "the fourth victim" is one of those told before
    ("Police said four people were shot outside a club on Friday night. The fourth victim was "
     "injured.", 0, 4),
])
def test_figures_totals_ordinal_victim_counts_those_hit(body: str, killed: int, injured: int) -> None:
    assert _titled("Police investigate shooting", body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("title", "body", "killed"), [
    # the dead a headline names one by one give way to a body that counts more with a number of
    # people, where the headline names several or the killer died too
    ("Police: Perry Hall father kills sons, 10 and 12, before turning the gun on himself",
     "A Perry Hall man identified as Julian Roary, 47, killed his two sons Friday morning before "
     "fatally shooting himself.", 3),
    ("Sources: Colonie officer despondent before killing wife, son",
     "The neighbor said he was surprised when he learned three people died.", 3),
    # one victim alone stands: the body's larger count is as often another story's
    ("Shot that killed 7-year-old boy in Humboldt Park meant for his dad, police say",
     "Seven people were killed in shootings across the city over the weekend.", 1),
    # a headline's count in words is a count, not victims named one by one
    ("Weapons, meth found at scene of Lacey triple homicide",
     "Four people were killed in the county this year.", 3),
])
def test_figures_totals_headline_dead_named_give_way_to_a_body_count(title: str, body: str,
                                                                       killed: int) -> None:
    assert _titled(title, body)["killed"] == killed


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # victims a headline names one by one give way to a body that counts more people with a number
    ("Man, teen critically injured in shooting at Gastonia apartments",
     "A man who lives at Quail Woods Apartments shot three people around 2 p.m. at the complex, "
     "officials said.", 0, 3),
    # a headline's count without a number ("multiple", "several") gives way to the body's number
    ("Multiple people shot outside of Evansville bar",
     "Four people were sent to the hospital with gunshot wounds early Sunday morning.", 0, 4),
    ("Several people injured in shooting",
     "According to Birmingham Police Lt. Sean Edwards, four people were shot shortly after 3 a.m. "
     "inside GM Lounge. The entrance of the lounge was covered with crime scene tape as police "
     "investigated a shooting that claimed the life of one person.", 1, 3),
    # a headline's number stands
    ("Four Wounded In Hartford Shooting",
     "HARTFORD - Four young people were shot at Brook and Winter streets on Friday night, police "
     "said.", 0, 4),
])
def test_figures_totals_headline_without_a_count_gives_way(title: str, body: str, killed: int,
                                                           injured: int) -> None:
    assert _titled(title, body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("text", "injured"), [
    # a headline's "Seven shot" run into the lead's "Seven people were shot": said twice
    ("Seven shot on Broad Ripple Avenue INDIANAPOLIS (WISH) - Seven people were shot on Broad Ripple "
     "Avenue early Saturday.", 7),
    # two counts of people with the same number add up
    ("Two men were shot and two women were wounded in the shooting.", 4),
])
def test_figures_totals_participle_count_said_twice(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a toll over a span of time or an average is not the incident's count
    ("A 3-year-old boy was shot in the hand on Sunday, police said. So far this year, 21 adults "
     "have been accidentally shot.", 1),
    ("Two girls were wounded on Monday. Doctors said they treat an average of seventy juvenile gun "
     "victims a year.", 2),
    # a shooting told as earlier this year is the incident itself
    ("Three people were shot earlier this year outside the club, prosecutors said.", 3),
])
def test_figures_totals_running_toll_is_not_the_incident(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


def test_figures_totals_each_victim_is_one_of_a_group() -> None:
    # "each victim" is one of a group told before (in the page, the dead), not one more hurt
    text = ("Authorities said each victim suffered more than one gunshot wound, and several guns "
            "were found at the home.")
    assert predict(facts_of(text))["num_injured"] == 0


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a headline that totals several shootings gives way to the body's incident
    ("3 Dead, 22 Wounded In Weekend Shootings",
     "Three people were killed and at least 22 others have been wounded in shootings across the city "
     "since Friday evening. Friday night, a man was killed and three other people were injured in a "
     "possible drive-by shooting in the Austin neighborhood.", 1, 3),
    ("Two boys shot in separate accidental shootings in Portsmouth",
     "A 4-year-old boy was shot in the leg on Sunday, police said.", 0, 1),
    # one shooting's count stands
    ("1 dead, 4 injured in South Memphis shooting",
     "Five people were shot and one was killed at the Richmond Place Apartments.", 1, 4),
])
def test_figures_totals_roundup_headline_gives_way_to_the_body(title: str, body: str, killed: int,
                                                               injured: int) -> None:
    assert _titled(title, body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim told beside a death in its sentence, by another noun, is not the dead one
    ("The driver of the fleeing vehicle is in critical condition and a six year old passenger has "
     "been pronounced dead.", 1, 1),
    # one the sentence says was shot may still be the dead ("shot his wife ... before killing himself")
    ("Investigators suspect Mark Mata shot his wife and child before killing himself.", 1, 0),
])
def test_figures_totals_victim_set_apart_from_the_dead(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "injured"), [
    # a count of wounds, shots or events counts no people
    ("A man was found dead in the home. Their mother was also found in the basement with multiple "
     "injuries.", 1),
    ("The man was shot multiple times and taken to the hospital.", 1),
    # "one minor injury" is one person hurt
    ("Police reported one minor injury after the shooting.", 1),
])
def test_figures_totals_wounds_and_shots_are_not_people(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


def test_figures_totals_victims_also_shot_are_beside_the_dead() -> None:
    # "also shot" are the survivors beside the dead, not everyone hit: the dead don't come off
    text = ("A man and a toddler were killed in the shooting. Milien's father and a 15-year-old boy "
            "were also shot, but survived.")
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (2, 2)


@pytest.mark.parametrize(("text", "injured"), [
    # a count dated more than a week before the lead's shooting is an earlier one, told for context
    ("Kiara Dennard was shot on December 23, 2016 in the driveway of her home. This incident "
     "occurred at the same address where three people were shot on November 19, 2016.", 1),
    # within the week it may be the same shooting told again
    ("Kiara Dennard was shot on December 23, 2016 in the driveway of her home. Three people were "
     "shot there on December 22, 2016.", 3),
])
def test_figures_totals_count_dated_weeks_before_the_lead(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("title", "body", "injured"), [
    # a headline that counts over a span of time totals several shootings: the body's count holds
    ("Five shot on same Coney Island block within 10 hours",
     "Four people were wounded during a wild shootout in Brooklyn Sunday afternoon, police said.", 4),
    ("Four shot in Lansdowne area over weekend", "Two people were shot Sunday in Lansdowne, police said.", 2),
    # "weekend" that dates one shooting is no span: the headline's count holds
    ("Four shot in weekend Lansdowne shooting", "Two people were shot Sunday in Lansdowne, police said.", 4),
])
def test_figures_totals_headline_counted_over_a_span_of_time(title: str, body: str, injured: int) -> None:
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("title", "injured"), [
    # the least there may be gives way to a body that counts more
    ("At Least 3 Injured in Overnight Shooting in Hamden", 4),
    # an exact count holds
    ("3 Injured in Overnight Shooting in Hamden", 3),
])
def test_figures_totals_headline_least_count_gives_way(title: str, injured: int) -> None:
    body = "Four people were shot early Sunday in Hamden, police said."
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("title", "killed"), [
    # a pair the headline names without a number gives way to the body's count of the dead
    ("PD: Man kills parents and sisters in Phoenix home", 5),
    # one victim named alone holds (round 8)
    ("PD: Man kills wife in Phoenix home", 1),
])
def test_figures_totals_headline_pair_of_dead_gives_way(title: str, killed: int) -> None:
    body = "Five people are dead after a shooting and two fires at a Phoenix home Tuesday morning."
    assert _titled(title, body)["killed"] == killed


@pytest.mark.parametrize(("body", "injured"), [
    # the headline's count is the body's total of several shootings: the body's own incident holds
    ("Three teen boys, all 16 or younger, were wounded in two shootings Monday morning. Most recently, "
     "at 9:09 a.m., a 16-year-old boy was shot in Marquette Park, police said.", 1),
    # one shooting's count: the headline's holds
    ("Three teen boys, all 16 or younger, were wounded in a shooting Monday morning. A 16-year-old boy "
     "was shot in the leg, police said.", 3),
])
def test_figures_totals_headline_restating_a_running_total(body: str, injured: int) -> None:
    assert _titled("3 Teen Boys Shot, Wounded In Marquette Park, Austin", body)["injured"] == injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim named with "the" by an age none of the dead has is someone else, who lived
    ("The 19-year-old was accidentally shot in the forehead, and was later pronounced dead. Younger also "
     "said the 14-year-old was taken to the hospital for injuries he sustained.", 1, 1),
    ("A 7-year-old girl was killed early Sunday morning after a Salisbury home was sprayed with bullets. "
     "The 56-year-old was taken to the hospital.", 1, 1),
    # the same age: the one who died, told again
    ("The 19-year-old was accidentally shot in the forehead, and was later pronounced dead. The "
     "19-year-old was taken to the hospital.", 1, 0),
])
def test_figures_totals_victim_told_apart_from_the_dead_by_age(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a count of those hit told as the object of "shooting" holds the dead: the survivors are the rest
    ("The three men killed in the early Tuesday shooting of five people at the Sports and Spirits Bar "
     "along East Wayne Street have been identified.", 3, 2),
    # "two teenage brothers" are everyone hit, not "others" beside the dead ("brothers" holds the letters)
    ("Family members have identified two teenage brothers shot in Southwest Philadelphia Sunday "
     "afternoon. His brother, 19-year-old Sybrii Davis, did not survive his wounds.", 1, 1),
    # the survivor named by a participle of the shooting is one of those shot, not one more
    ("A gunman knocked on a Pennsylvania family's door before shooting two young brothers, killing an "
     "11-year-old and critically wounding his 16-year-old sibling Sunday night, authorities said.", 1, 1),
])
def test_figures_totals_count_of_the_hit_split_by_the_dead(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "injured"), [
    # the shooters of a progressive "were shooting" are no victims
    ("A 6-year-old girl was shot during a drive-by shooting Thursday night in Southeast Dallas. Other "
     "witnesses told police that two unknown males in the SUV were shooting at a business nearby.", 1),
    # the parts of a count, listed or in apposition, do not add to it
    ("Ten victims aged between 20 and 37 were shot, including two women and eight men, police said.", 10),
    ("Otiz died, three others, two men, ages 20 and 22, and a woman, 33, are being treated for their "
     "injuries.", 3),
])
def test_figures_totals_counts_that_do_not_add(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


def test_figures_totals_count_left_by_other_shootings_is_not_the_incident() -> None:
    text = ("A 10-year-old girl was shot Sunday night. Earlier in the day, two other shootings left three "
            "people injured.")
    assert predict(facts_of(text))["num_injured"] == 1


@pytest.mark.parametrize(("text", "injured"), [
    # the parts a sentence names after its count of the injured do not add to it
    ("Reports indicate that four people were shot, with two in serious but stable condition.", 4),
    ("Three others were hospitalized — two in critical condition, and one with minor injuries.", 3),
    ("Five victims—four males and one female—were rushed to hospitals with non-life-threatening gunshot "
     "wounds.", 5),
])
def test_figures_totals_graded_and_apposed_parts_do_not_add(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim told by an ordinal is not the one who died, though named by the same noun
    ("A traffic stop late Thursday night led to a shooting that killed a San Diego police officer and "
     "wounded a second officer.", 1, 1),
    # a clause that says the victim is doing well says the victim lived
    ("David was killed. His 16-year-old brother, C.J. Mikula-Conrad, was critically injured but is now "
     "doing well.", 1, 1),
    # the dead named as the victim's relative ("the boy's mother") are not the victim
    ("The 5-year-old boy who was wounded during the Randallstown shootout Monday was accidentally shot by "
     "a police officer. Police fatally shot the boy's mother during an exchange of gunfire.", 1, 1),
    # ... unless the victim's noun names one of the dead too
    ("The boy's father was dead. Police did not say what weapon was used to kill the boy. The boy was "
     "shot in the chest.", 1, 0),
    # a victim said to live is one injured where a count of those hit equals the dead
    ("The coroner identified three people shot to death Wednesday. The man had a gunshot wound to the "
     "chest and was in stable condition after surgery. The two men were both shot in the head and the "
     "woman was shot in the back.", 3, 1),
])
def test_figures_totals_survivor_not_the_one_who_died(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the dead told later as some of a number wounded were among them: the survivors are the rest
    ("Police said 10 people were wounded. One of the victims was killed.", 1, 9),
    ("When officers arrived, they learned that four people had sustained gunshot wounds while inside "
     "the bar. One of the male victims died as a result of his injuries at Albany Med.", 1, 3),
    # "others" beside the dead hold none of them
    ("Four others were wounded. One of the victims was killed.", 1, 4),
])
def test_figures_totals_dead_told_as_some_of_the_wounded(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "injured"), [
    # "the shootings" are shootings told before: the page's own incident, not a round-up
    ("Gunmen opened fire on a backyard cookout last week, killing six people. In addition to the six "
     "killed, three others were injured in the shootings.", 3),
    # a round-up's total without the article is still not the incident's
    ("A 10-year-old girl was shot Sunday night. At least 22 others have been wounded in shootings across "
     "the city.", 1),
])
def test_figures_totals_definite_shootings_are_the_incident(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("title", "body", "injured"), [
    # a victim told by an ordinal, wounded, implies more survivors than the headline counts
    ("Four Wounded In Hartford Shooting", "Four young people were shot at Brook and Winter streets on "
     "Friday night, and a fifth person may have been wounded, too, police said.", 5),
    # not one only treated, who was not shot: the headline's count holds
    ("7 injured in shooting outside Spring club", "Seven people are recovering after an argument "
     "escalated into a shooting early Sunday. An eighth man was treated for other wounds, but had not "
     "been shot.", 7),
])
def test_figures_totals_ordinal_victim_over_headline(title: str, body: str, injured: int) -> None:
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a death the headline tells without a number comes off the body's count of everyone hit
    ("Mother of murdered West Baltimore teen speaks out",
     "The bullets flew, seven were hit, Deshaun lay on the pavement.", 1, 6),
    ("Teen shot, killed by CCW permit holder, while attempting armed robbery",
     "The man pulled out his weapon and shot two of the robbery suspects.", 1, 1),
])
def test_figures_totals_headline_death_off_the_bodys_count_of_the_hit(
        title: str, body: str, killed: int, injured: int) -> None:
    assert _titled(title, body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim hurt in a clause joined to a killing of someone else survived: not the one who died
    ("A father was killed and his 4-year-old son was shot by a pair of masked men while playing outside "
     "Saturday afternoon on Detroit's west side, Detroit police confirmed. The 24-year-old father was "
     "killed in the incident.", 1, 1),
    ("Gunmen opened fire on the two brothers, killing the boy and leaving the teen in critical "
     "condition.", 1, 1),
    # "shot and killed": the one victim, no survivor
    ("A 17-year-old student was shot and killed during a party Wednesday. The bullet struck the teen in "
     "the head.", 1, 0),
])
def test_figures_totals_victim_beside_a_killing_survived(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


def test_figures_totals_headline_victim_beside_a_killing_survived() -> None:
    # "Pregnant woman shot, unborn baby killed": the woman is not the one who died
    body = ("Family members are speaking out after a pregnant woman was shot last night. Police said at "
            "least one shot hit her in the stomach, killing her baby.")
    assert _titled("Pregnant woman shot, unborn baby killed", body) == {"killed": 1, "injured": 1}


@pytest.mark.parametrize(("text", "injured"), [
    # an injury whose stated cause is not a gunshot is not one of those shot
    ("Eight students were injured in a fight at Meadow Woods Middle School.", 0),
    ("Two other officers were injured by shrapnel.", 0),
    ("Three were treated at the scene for injuries from broken glass, and released.", 0),
    ("Police said an officer suffered a gunshot wound to the head, and another officer suffered a minor "
     "injury unrelated to the gunfire.", 1),
    ("Four people were injured by gunshots and one was struck by shrapnel.", 4),
    # gunfire told first, or a victim shot: the cause is the gunfire
    ("Four people were injured by gunfire during a street fight late Tuesday.", 4),
    ("Eight shot in overnight melee.", 8),
    ("Williams shot her before fleeing in a pickup truck.", 1),
    ("The driver of the fleeing vehicle is in critical condition.", 1),
])
def test_figures_totals_injury_of_another_cause_is_not_counted(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a shooting victim told only as identified in public is the one who died
    ("Helena shooting victim identified; suspect being sought",
     "Click on the button below to set up your account.", 1, 0),
    ("9-year-old identified as Belgrade shooting victim",
     "Email notifications are only sent once a day.", 1, 0),
])
def test_figures_totals_identified_victim_is_dead(title: str, body: str, killed: int, injured: int) -> None:
    assert _titled(title, body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("text", "killed"), [
    # a verb joined to a participle on the noun is said of the noun too
    ("The DA says one of the three men shot and killed last week was an associate of the three suspects.", 3),
])
def test_figures_totals_participle_joined_to_killing(text: str, killed: int) -> None:
    assert predict(facts_of(text))["num_killed"] == killed


def test_figures_totals_described_victim_not_identified_dead() -> None:
    # the identifying verb is the victim's own clause, not one above it: the victim lived
    text = ("The victim, identified as 25-year-old John Smith, was taken to the hospital with "
            "non-life-threatening injuries.")
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (0, 1)


@pytest.mark.parametrize(("text", "published", "killed", "injured"), [
    # a death dated more than a week before the lead's shooting, in a report of people wounded, is an
    # earlier death told for context: the funeral the gunfire struck
    ("Four people were shot while attending a funeral service Friday in Southwest Fresno. People were "
     "gathered for the funeral of Brandon Porraz, who died Nov. 27, according to the Fresno Police "
     "Department.", "2016-12-09", 0, 4),
    # a death so dated with nobody hurt now is the page's own, told later (an arrest, a charge)
    ("Dameisha Clark, 20, is wanted on charges of criminal homicide in the May 14 shooting death of "
     "21-year-old Johnny Broadnax.", "2016-05-27", 1, 0),
])
def test_figures_totals_death_dated_weeks_before_a_wounding(
        text: str, published: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text, published=published))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    # a death told with "years ago" after it is an earlier year's, told for context
    ("A 14-year-old girl was shot and killed Sunday night. Two others died in a house fire years ago.", 1),
    ("A 19-year-old man was shot and killed Friday. Relatives said his two brothers were shot to death "
     "three years ago on the same block.", 1),
    # without it, the same deaths count
    ("A 14-year-old girl was shot and killed Sunday night. Two others died in the house fire.", 2),
])
def test_figures_totals_death_years_ago_is_an_earlier_year(text: str, killed: int) -> None:
    assert predict(facts_of(text))["num_killed"] == killed


_PROTEST = ("Five protesters were shot near the precinct station late Monday, Nov. 23. Protesters have "
            "camped out there since Nov. 15, when police fatally shot Jamar Clark, an unarmed 24-year-old "
            "man. ")


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the victim of a shooting dated over a week before the lead's, named again without a date, is
    # that shooting's: "Clark's death" is Jamar Clark's, not one of the five shot
    (_PROTEST + "Protesters gathered outside the precinct to reiterate demands for justice in Clark's death.",
     0, 5),
    # a death named only without a date is still counted (nothing dates it as another shooting's)
    ("Five protesters were shot near the precinct station late Monday, Nov. 23. Protesters gathered "
     "outside the precinct to reiterate demands for justice in Clark's death.", 1, 4),
])
def test_figures_totals_earlier_victim_named_again(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text, published="2015-11-25"))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim taken to hospital who then "succumbed" is one more of the dead, not one injured
    ("Mark Francis, a spokesman for the Washington State Patrol, confirmed that four women had been killed "
     "at Macy's. A fifth victim, a man, was airlifted to Harborview Medical Center in very critical "
     "condition and succumbed to his injuries on Saturday morning.", 5, 0),
    # the friends shooting targets with the one who died acted; none of them was hit
    ("A 17-year-old was accidentally shot and killed Monday night. Winkers and several of his friends were "
     "shooting targets at his home with various types of weapons, officials said.", 1, 0),
])
def test_figures_totals_succumbed_and_joined_shooters(text: str, killed: int, injured: int) -> None:
    pred = predict(facts_of(text))
    assert (pred["num_killed"], pred["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "injured"), [
    # hurt in a relative clause of an event of another cause told just before: the event is the cause
    ("Memphis police are searching for those responsible. A suspect in an alleged DUI crash that sent a "
     "Memphis police officer to the hospital in critical condition faces a judge Monday morning.", 0),
    ("Hogan spoke outside a police station and also noted the crash that seriously injured a Maryland State "
     "Trooper on Thursday.", 0),
    # not one the relative clause says was shot
    ("The two men got into a verbal fight, which ended when four people were shot.", 4),
])
def test_figures_totals_hurt_by_an_event_told_before(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("title", "body", "injured"), [
    # a group named again by "the" and a number alone counts people: the body's larger count wins
    # over the one victim the headline names
    ("Mother shot by 4-year-old in back of the head on Indy's north side",
     "A woman was accidentally shot by her 4-year-old daughter Sunday morning, police said. Her son was "
     "grazed too. The two were transported to a hospital.", 2),
    # a headline's count told with "also" is a part beside others harmed: the body's count wins
    ("Two El Centro officers also wounded in sniper ambush",
     "Dallas Police previously said seven officers and two civilians were hurt in the attack.", 9),
    # without "also" the headline's count stands
    ("Two El Centro officers wounded in sniper ambush",
     "Dallas Police previously said seven officers and two civilians were hurt in the attack.", 2),
])
def test_figures_totals_headline_part_gives_way_to_body_count(title: str, body: str, injured: int) -> None:
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("title", "injured"), [
    # a round-up headline's word of injury is the round-up's, not one injured of the incident's
    ("2 slain and 8 others wounded in Sunday shootings", 0),
    # a headline of one shooting still tells someone hurt
    ("Man wounded in Sunday shooting", 1),
])
def test_figures_totals_roundup_headline_sets_no_injury_floor(title: str, injured: int) -> None:
    body = "Two people were slain and 8 others were wounded in 6 separate shootings on Sunday."
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("title", "body", "killed", "injured"), [
    # a headline's "2 die" (the parser's noun "die") counts the dead, taken off the four shot
    ("4 shot on Columbus Street, 2 die", "Four shooting victims were found early Sunday by police. Police "
     "said Sunday that two of the four shooting victims had died.", 2, 2),
    # victims who came to the hospital by their own means beside the dead are the injured
    ("Man sentenced for charges connected to double murder", "Officers arrived to find Brian Banes and "
     "Delandis Clark with apparent gunshot wounds. Two other gunshot victims arrived at the hospital via "
     "personal vehicles. Swift is charged with the murder of Brian Banes and Delandis Clark.", 2, 2),
])
def test_figures_totals_dead_in_a_headline_verb_and_victims_who_came_to_hospital(
        title: str, body: str, killed: int, injured: int) -> None:
    assert _article(title, body) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("title", "injured"), [
    # a headline's survivor told as "another" beside the dead is one, counted by the word: it does not
    # give way to a body that counts more people hit
    ("One teen killed, another wounded in North Lawndale shooting", 1),
    # a victim named without a number does ("Teenager injured during quadruple shooting")
    ("Teen killed, boy wounded in North Lawndale shooting", 5),
])
def test_figures_totals_headline_another_survivor_is_one(title: str, injured: int) -> None:
    body = read(facts_of("Two teenage boys were shot Monday afternoon, and three other people were wounded."))
    assert with_headline(body, read(facts_of(sentence_case(title)))).injured == injured


@pytest.mark.parametrize(("title", "body", "injured"), [
    # victims the body names one by one in a list outnumber the one the headline names
    ("Police: Father arrested after 6-year-old accidentally shot in Newport News",
     "Police say a 30-year-old man has been arrested after his 6-year-old daughter was accidentally shot "
     "in the leg last month. The gun then went off when it hit the ground, and a bullet hit both Jones "
     "and the six-year-old in the leg.", 2),
    ("Boy, 2, man in critical condition after shooting",
     "A Madisonville man allegedly shot another man and a 2-year-old boy in Madisonville Wednesday.", 2),
    # victims told in separate sentences are not a list: the headline's count stands
    ("Police: Father arrested after 6-year-old accidentally shot in Newport News",
     "Police say a 30-year-old man has been arrested after his 6-year-old daughter was accidentally shot "
     "in the leg last month. A bullet hit Jones in the leg. The six-year-old was hit too.", 1),
])
def test_figures_totals_headline_victim_gives_way_to_listed_victims(title: str, body: str,
                                                                    injured: int) -> None:
    assert _titled(title, body)["injured"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a victim a span of time after whom the page's shooting came is an earlier shooting's
    ("Richmond police say a teen was shot early Thursday in the East End. Just 24 hours after a Huguenot "
     "High School student was shot multiple times, another teen has been shot in Richmond's East End.", 1),
    # ... but stays where the page counts no other injured: the page's own shooting, told later
    ("Four days after three men and a woman were wounded by gunfire inside a bar, police made an arrest.", 4),
])
def test_figures_totals_victim_of_a_shooting_before_a_span(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # a station's name is no count of the hit
    ("Charleston Police tells 13 News two people were shot in the Knights Inn late last night. "
     "Both victims are in stable condition.", 2),
    # a period's round-up told in a relative clause is not the incident's count
    ("A Baltimore man received two life sentences for murdering a young couple and wounding two others. "
     "The shooting occurred during a violent weekend in Baltimore that saw 20 people shot over a span of "
     "80 hours.", 2),
])
def test_figures_totals_numbers_of_no_victim_and_a_periods_toll(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


def test_figures_totals_who_drove_the_dead_to_hospital_is_not_hurt() -> None:
    text = ("Police say 22-year-old Nygel E. Williams was shot by his friend on Saturday. Meredith and "
            "several others drove Williams to Chippenham Hospital, where Williams was pronounced dead.")
    assert predict(facts_of(text))["num_injured"] == 0


def test_figures_totals_both_dead_who_had_injuries_are_not_hurt() -> None:
    text = ("The suspect in a double homicide that left a woman and her five-year-old son dead was taken "
            "into custody. Police say that both victims had multiple injuries that were considered to be "
            "consistent with gunshot wounds.")
    assert predict(facts_of(text))["num_injured"] == 0


@pytest.mark.parametrize(("text", "injured"), [
    # a count taken to hospital whose relative clause of place tells that some died there holds the dead
    ("The two were taken to the hospital where they were pronounced dead. Two men were killed.", 0),
    ("All three victims were taken to the hospital, where the woman died. Three people were killed.", 0),
    ("Three victims were taken to the hospital, where one man died.", 2),
    # ... not a count taken to hospital alone (the dead are as often not among those taken)
    ("Three victims were taken to the hospital. A fourth man was killed.", 3),
])
def test_figures_totals_count_taken_where_some_died_holds_the_dead(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim and the dead of its sentence each named with "the" point back to the one told before
    ("A two-year old girl was accidentally shot Monday morning. The young girl was taken to Mission "
     "Hospital by ambulance, but a sheriff's office spokesperson says the child passed away.", 1, 0),
    # a victim beside the dead named by another noun, not with "the", is someone else
    ("The driver of the fleeing vehicle is in critical condition and a six year old passenger has been "
     "pronounced dead.", 1, 1),
    # two named with "the" in two states, not one taken to hospital, are two people
    ("The woman is in critical condition and the man has been pronounced dead.", 1, 1),
])
def test_figures_totals_victim_and_dead_both_told_before(text: str, killed: int, injured: int) -> None:
    result = predict(facts_of(text))
    assert (result["num_killed"], result["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    # a count of places is no count of people
    ("Authorities reported at least five places where victims had been shot in the early morning "
     "violence - and at least four are dead.", 4),
    # a count of people beside a count of places keeps its own
    ("Gunmen opened fire at three locations, killing two people.", 2),
])
def test_figures_totals_count_of_places_is_not_people(text: str, killed: int) -> None:
    assert predict(facts_of(text))["num_killed"] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the object of an event of wounding (or of one joined to it) lived, beside the one who died
    ("Travis Durden was indicted for complicity to murder in the slaying of Collin Doyle, 17, and the "
     "shooting and wounding of Armond Batey, 16.", 1, 1),
    ("Two officers were charged in the shooting death of 6-year-old Jeremy Mardis and the wounding of "
     "the boy's father, Christopher Few.", 1, 1),
    # ... not the object of a shooting alone, who may be the one who died
    ("Travis Durden was indicted for complicity to murder in the death of Collin Doyle, 17, after the "
     "shooting of the teen.", 1, 0),
])
def test_figures_totals_victim_of_a_wounding_lived(text: str, killed: int, injured: int) -> None:
    result = predict(facts_of(text))
    assert (result["num_killed"], result["num_injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "injured"), [
    # a gun that fired and hit a child hurt them, in a report with no death
    ("On Carver Street in New Roads, deputies say that a 14-year-old was trying to show a gun to an "
     "11-year-old when the gun fired off and hit the 11-year-old.", 1),
    ("The rifle fired, striking the child in the leg just above the ankle.", 1),
])
def test_figures_totals_gun_that_hit_a_child(text: str, injured: int) -> None:
    assert predict(facts_of(text))["num_injured"] == injured
