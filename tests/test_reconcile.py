"""Reconciliation across reports, on hand-built records (independent of the stages)."""

from __future__ import annotations

from typing import Any

import pytest

from truceline.read import make_article
from truceline.reconcile import (
    agreements,
    cluster_articles,
    cluster_events,
    contradictions,
    figure_series,
    position_tracks,
    resolve_entities,
    timeline,
    timex_days,
)
from truceline.record import (
    Agreement,
    ArticleFacts,
    Claim,
    Event,
    Figure,
    Mention,
    Phase,
    Position,
    Source,
    Term,
)

X = "test.v1"


def fact(fid: str, text: str) -> dict[str, Any]:
    return {"id": fid, "span": (0, len(text)), "text": text, "sentence": 0, "extractor": X}


def claim(fid: str, source: str, source_type: str = "OTHER") -> Claim:
    src = Source(text=source, span=(0, len(source)), canonical=source,
                 source_type=source_type)  # type: ignore[arg-type]
    return Claim(**fact(fid, source), source=src, cue="said", cue_span=(0, 4), content="",
                 content_span=(0, 0))


def figure(fid: str, value: float | None, category: str, *, low: float | None = None,
           high: float | None = None, approx: bool = False, subject: str | None = None,
           claim_id: str | None = None, as_of: str | None = None) -> Figure:
    return Figure(**fact(fid, f"{value}"), value=value, low=low, high=high, approx=approx,
                  category=category, subject=subject, claim=claim_id,  # type: ignore[arg-type]
                  as_of=as_of)


def article(text: str, published: str, outlet: str, **facts: Any) -> ArticleFacts:
    art = make_article(text, published=published, outlet=outlet)
    return ArticleFacts(article=art, **facts)


def toll(value: float, outlet: str, *, low: float | None = None, approx: bool = False,
         subject: str | None = "Israel", source: str = "Gaza health ministry",
         published: str = "2025-03-18") -> ArticleFacts:
    text = f"Israeli strikes killed {value} people in Gaza, {source} said ({outlet})."
    return article(text, published, outlet, claims=(claim("c1", source, "HEALTH_AUTHORITY"),),
                   figures=(figure("f1", value, "KILLED", low=low, approx=approx, subject=subject,
                                   claim_id="c1"),))


def release(published: str, outlet: str, *, day: str | None = None, type_: str = "RELEASE",
            actors: tuple[str, ...] = ("Israel",), place: str | None = None) -> ArticleFacts:
    text = f"Israel released Palestinian prisoners on {published}, {outlet} reported."
    event = Event(**fact("e1", "released"), type=type_, actors=actors, time=day, place=place)
    return article(text, published, outlet, events=(event,))


def test_reconcile_same_event_from_two_outlets_is_one_cluster() -> None:
    records = [release("2025-02-01", "Wire A"), release("2025-02-02", "Wire B", day="2025-02-01"),
               release("2025-02-08", "Wire A"), release("2025-02-01", "Wire C", type_="ATTACK")]
    clusters = cluster_events(records)
    by_type = {(c.type, c.date): c for c in clusters}
    assert len(clusters) == 3
    assert by_type[("RELEASE", "2025-02-01")].sources == ("Wire A", "Wire B")
    assert len(by_type[("RELEASE", "2025-02-08")].reports) == 1


def test_reconcile_event_clusters_split_on_place_and_actors() -> None:
    records = [release("2025-02-15", "A", place="Khan Younis", actors=("Hamas",)),
               release("2025-02-15", "B", place="Gaza City", actors=("Hamas",)),
               release("2025-02-15", "C", place="Khan Younis", actors=("Israel",))]
    assert len(cluster_events(records)) == 3


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        (toll(404, "Wire A"), toll(413, "Wire B", low=413), True),  # 404 vs "at least 413"
        (toll(600, "Wire A", approx=True), toll(620, "Wire B"), False),  # "about 600" vs 620
        (toll(46000, "Wire A", low=46000), toll(46707, "Wire B"), False),  # "more than 46,000"
        (toll(404, "Wire A"), toll(404, "Wire B"), False),
        (toll(404, "Wire A"), toll(413, "Wire B", subject="Hamas"), False),  # other party
        (toll(404, "Wire A"), toll(413, "Wire B", subject=None), True),  # unknown party
        (toll(404, "Wire A"), toll(413, "Wire A"), False),  # one source correcting itself
        (toll(404, "Wire A"), toll(413, "Wire B", published="2025-03-19"), False),  # next day
    ],
)
def test_reconcile_contradictions_flag_incompatible_figures(a: ArticleFacts, b: ArticleFacts,
                                                            flagged: bool) -> None:
    found = contradictions(figure_series([a, b]))
    assert bool(found) is flagged
    if flagged:
        (c,) = found
        assert c.conservative == 404  # ACLED's reading: the lower figure
        assert {c.a.report.outlet, c.b.report.outlet} == {"Wire A", "Wire B"}
        assert {c.a.report.source, c.b.report.source} == {"Gaza health ministry"}


def test_reconcile_figure_series_keeps_every_source_and_reads_conservatively() -> None:
    records = [toll(300, "Wire A", published="2025-03-17"), toll(404, "Wire A"),
               toll(413, "Wire B", low=413)]
    (series,) = figure_series(records)
    assert (series.category, series.subject) == ("KILLED", "Israel")
    assert [p.date for p in series.points] == ["2025-03-17", "2025-03-18", "2025-03-18"]
    assert {p.report.outlet for p in series.latest()} == {"Wire A", "Wire B"}
    assert series.conservative() == 404
    assert series.conservative("2025-03-17") == 300


def test_reconcile_figure_series_skips_terms_and_measures() -> None:
    text = "The first phase lasts 42 days."
    rec = article(text, "2025-01-15", "Wire", figures=(figure("f1", 42, "DURATION"),))
    assert figure_series([rec]) == []


def position(actor: str, stance: str, topic: str, published: str, prop: str) -> ArticleFacts:
    text = f"{actor} said on {published} that it would {prop}."
    pos = Position(**fact("p1", prop), actor=actor, stance=stance,  # type: ignore[arg-type]
                   proposition=prop, topic=topic)
    return article(text, published, "Wire", positions=(pos,))


def test_reconcile_position_change_is_marked() -> None:
    records = [
        position("Hamas", "REFUSE", "EXCHANGE_TERMS", "2025-02-10", "postpone the next release"),
        position("Hamas", "ACCEPT", "EXCHANGE_TERMS", "2025-02-13", "release hostages on Saturday"),
        position("Hamas", "ACCEPT", "EXCHANGE_TERMS", "2025-02-15", "keep to the agreement"),
        position("Israel", "DEMAND", "EXTEND_PHASE", "2025-02-27", "extend the first phase"),
    ]
    tracks = {(t.actor, t.topic): t for t in position_tracks(records)}
    hamas = tracks[("Hamas", "EXCHANGE_TERMS")]
    assert [p.stance for p in hamas.points] == ["REFUSE", "ACCEPT", "ACCEPT"]
    assert [p.changed for p in hamas.points] == [False, True, False]
    assert hamas.changes == 1
    assert tracks[("Israel", "EXTEND_PHASE")].changes == 0


def mention(fid: str, text: str, canonical: str, kb_id: str, kind: str = "ACTOR") -> Mention:
    return Mention(**fact(fid, text), kind=kind, canonical=canonical,  # type: ignore[arg-type]
                   kb_id=kb_id)


def test_reconcile_actors_resolved_across_articles() -> None:
    a = article("The IDF said three hostages came home.", "2025-02-08", "A",
                mentions=(mention("m1", "IDF", "IDF", "actor:idf"),),
                figures=(figure("f1", 3, "HOSTAGES_RELEASED", subject="IDF"),))
    b = article("The Israeli military said three hostages came home.", "2025-02-08", "B",
                mentions=(mention("m1", "Israeli military", "Israel Defense Forces", "actor:idf"),
                          mention("m2", "Israeli military", "Israel Defense Forces", "actor:idf")),
                figures=(figure("f1", 3, "HOSTAGES_RELEASED", subject="Israel Defense Forces"),))
    resolver = resolve_entities([a, b])
    (idf,) = [e for e in resolver.entities if e.kb_id == "actor:idf"]
    assert idf.canonical == "Israel Defense Forces"
    assert idf.articles == 2
    assert {"IDF", "Israeli military"} <= set(idf.aliases)
    (series,) = figure_series([a, b], resolver=resolver)
    assert series.subject == "Israel Defense Forces" and len(series.points) == 2


def test_reconcile_agreement_phases_merge_and_reach_the_timeline() -> None:
    text = "The ceasefire's first phase began on January 19 and lasts 42 days."
    first = Agreement(**fact("a1", "ceasefire"), name="Gaza ceasefire", parties=("Israel", "Hamas"),
                      mediators=("Qatar",), phases=(Phase(n=1, start="2025-01-19", duration="P42D"),),
                      status="in_force")
    later = Agreement(**fact("a1", "ceasefire"), name="Gaza ceasefire", mediators=("Egypt",),
                      phases=(Phase(n=1, end="2025-03-01", status="expired"),), status="expired")
    records = [article(text, "2025-01-19", "A", agreements=(first,)),
               article(text + " It ended.", "2025-03-02", "B", agreements=(later,))]
    (view,) = agreements(records)
    (phase,) = view.phases
    assert (phase.start, phase.end, phase.duration, phase.status) == (
        "2025-01-19", "2025-03-01", "P42D", "expired")
    assert view.status == "expired" and view.mediators == ("Egypt", "Qatar")
    entries = timeline(records)
    assert [(e.date, e.what) for e in entries] == [
        ("2025-01-19", "Gaza ceasefire: phase 1 starts"),
        ("2025-03-01", "Gaza ceasefire: phase 1 ends"),
        ("2025-03-02", "Gaza ceasefire: expired")]
    assert entries[1].sources == ("B",)


def deal(name: str, parties: tuple[str, ...], *, key: str | None = None, start: str | None = None,
         status: str | None = None, deadline: str | None = None, terms: tuple[Term, ...] = ()) -> Agreement:
    phases = (Phase(n=1, start=start, terms=terms),) if start or terms else ()
    return Agreement(**fact("a1", "ceasefire"), name=name, parties=parties, phases=phases,
                     status=status, deadline=deadline, key=key)


def test_reconcile_agreements_merge_reports_of_one_deal() -> None:
    swap = Term(kind="EXCHANGE", text="three hostages a week for prisoners", span=(0, 10), rate="P1W")
    records = [
        article("Israel and Hamas agreed a ceasefire.", "2025-01-15", "A",
                agreements=(deal("Israel–Hamas ceasefire", ("Israel", "Hamas"), key="ceasefire:hamas|israel",
                                 start="2025-01-19", status="agreed", terms=(swap,)),)),
        article("The truce took effect.", "2025-01-19", "B",
                agreements=(deal("ceasefire", (), key="ceasefire:", status="in_force"),)),
        article("Hamas accused Israel of breaking the agreement.", "2025-01-25", "C",
                agreements=(deal("Israel–Hamas agreement", ("Israel", "Hamas"), key="deal:hamas|israel"),)),
        article("The first phase of the truce is set to expire this weekend.", "2025-02-28", "D",
                agreements=(deal("Israel ceasefire", ("Israel",), key="ceasefire:israel",
                                 status="in_force", deadline="2025-W09-WE", terms=(swap,)),)),
        article("The strikes ended the truce.", "2025-03-18", "E",
                agreements=(deal("ceasefire", (), key="ceasefire:", status="collapsed"),)),
    ]
    (view,) = agreements(records)
    assert view.name == "Israel–Hamas ceasefire" and view.parties == ("Israel", "Hamas")
    assert view.status == "collapsed"
    assert [(p.date, p.status) for p in view.history] == [
        ("2025-01-15", "agreed"), ("2025-01-19", "in_force"), ("2025-03-18", "collapsed")]
    assert view.deadline_days == ("2025-03-01", "2025-03-02")
    (term,) = view.phases[0].terms
    assert term.sources == ("A", "D")


@pytest.mark.parametrize(("start", "history"), [
    # Monday's paper: "The ceasefire came into force on Sunday morning": in force since Sunday
    ("2025-01-19", [("2025-01-15", "agreed"), ("2025-01-19", "in_force")]),
    # a start still ahead of the report is no date of the status: the report's own day
    ("2025-01-25", [("2025-01-15", "agreed"), ("2025-01-20", "in_force")]),
    (None, [("2025-01-15", "agreed"), ("2025-01-20", "in_force")]),
])
def test_reconcile_agreements_date_in_force_by_the_start_a_report_gives(
        start: str | None, history: list[tuple[str, str]]) -> None:
    records = [
        article("Israel and Hamas agreed a ceasefire.", "2025-01-15", "A",
                agreements=(deal("Israel–Hamas ceasefire", ("Israel", "Hamas"), status="agreed"),)),
        article("The ceasefire between Israel and Hamas came into force on Sunday morning.", "2025-01-20",
                "B", agreements=(deal("Israel–Hamas ceasefire", ("Israel", "Hamas"), start=start,
                                      status="in_force"),)),
    ]
    (view,) = agreements(records)
    assert [(p.date, p.status) for p in view.history] == history


def test_reconcile_agreements_keep_distinct_deals_apart() -> None:
    records = [
        article("Israel and Hamas agreed a ceasefire.", "2014-08-26", "A",
                agreements=(deal("Israel–Hamas ceasefire", ("Israel", "Hamas"), start="2014-08-26"),)),
        article("Israel and Hamas agreed a ceasefire.", "2025-01-15", "B",
                agreements=(deal("Israel–Hamas ceasefire", ("Israel", "Hamas"), start="2025-01-19"),)),
        article("Israel and Hezbollah agreed a ceasefire.", "2024-11-26", "C",
                agreements=(deal("Israel–Hezbollah ceasefire", ("Israel", "Hezbollah")),)),
    ]
    assert len(agreements(records)) == 3


@pytest.mark.parametrize(("value", "days"), [
    ("2025-W09-WE", ("2025-03-01", "2025-03-02")),
    ("2025-03-01", ("2025-03-01", "2025-03-01")),
    ("2025-W09", ("2025-02-24", "2025-03-02")),
    ("PRESENT_REF", None),
])
def test_reconcile_deadline_days(value: str, days: tuple[str, str] | None) -> None:
    assert timex_days(value) == days


def test_reconcile_timeline_drops_noise_and_merges_same_day_reports() -> None:
    def report(outlet: str, actors: tuple[str, ...], figures: tuple[Figure, ...] = ()) -> ArticleFacts:
        event = Event(**fact("e1", "released"), type="RELEASE", actors=actors, time="2025-02-15",
                      figures=tuple(f.id for f in figures))
        return article("Hamas released three hostages.", "2025-02-15", outlet, events=(event,),
                       figures=figures)
    nobody = article("Something happened.", "2025-02-15", "C",
                     events=(Event(**fact("e1", "fight"), type="FIGHT", time="2025-02-15"),))
    records = [report("A", ("Hamas",)),
               report("B", (), (figure("f1", 3, "HOSTAGES_RELEASED"),)), nobody]
    (entry,) = timeline(records)
    assert entry.what == "RELEASE: Hamas [3 hostages released]"
    assert set(entry.sources) == {"A", "B"}


STRIKE_A = ("A gunman shot Jamal Okafor, 34, outside a store on Maple Avenue in Dayton on Friday "
            "night. Okafor died at Miami Valley Hospital, police said.")
STRIKE_B = ("Police are still looking for the man who killed Jamal Okafor, 34, on Maple Avenue in "
            "Dayton. Relatives gathered for a vigil.")
OTHER = ("Two teenagers were wounded in a drive-by shooting near Lincoln Park in Toledo on Friday, "
         "officers said. Both are expected to survive.")


def test_reconcile_cluster_articles_groups_reports_of_one_incident() -> None:
    records = [article(STRIKE_A, "2016-05-06", "A"), article(OTHER, "2016-05-06", "B"),
               article(STRIKE_B, "2016-05-08", "C")]
    assert cluster_articles(records) == [[0, 2], [1]]


def test_reconcile_cluster_articles_follow_up_naming_the_victim_joins_months_later() -> None:
    records = [article(STRIKE_A, "2016-05-06", "A"), article(STRIKE_B, "2016-09-08", "C")]
    assert cluster_articles(records) == [[0, 1]]


def test_reconcile_cluster_articles_keeps_distant_dates_apart() -> None:
    records = [article(STRIKE_A, "2016-05-06", "A"), article(STRIKE_B, "2018-09-08", "C")]
    assert cluster_articles(records) == [[0], [1]]
