"""An outlet's home area, learned from its articles' places (truceline.outlet_home), and
the second reading of an ingest run that gives it to the outlet's articles."""

from __future__ import annotations

import pytest
from conftest import facts_of

from truceline.outlet_home import HomeCounter, OutletHome, outlet_key, to_reread
from truceline.pipeline import DEFAULT_MODEL
from truceline.read import make_article
from truceline.record import Article, ArticleFacts
from truceline.store import MemoryStore, ingest, pipeline_extractor

LOCAL_PAPER = [  # a Louisiana paper: its places lie in Louisiana, its fire story names no state
    "Deputies in Pineville, Louisiana, arrested two men on Tuesday after a chase that ended in "
    "Rapides Parish.",
    "The Louisiana State Police said a crash closed Interstate 49 near Lecompte and Boyce on Monday.",
    "Flooding closed roads in Natchitoches and Leesville, Louisiana, the parish sheriff said.",
    "A fire destroyed a mobile home in Alexandria on Sunday, deputies said.",
]


def _articles(texts: list[str], site: str) -> list[Article]:
    return [make_article(t, url=f"http://www.{site}/article/{i}", published="2009-03-20")
            for i, t in enumerate(texts)]


def _alexandria(store: MemoryStore) -> tuple[str, ...]:
    facts = next(f for f in store.articles() if "mobile home" in f.article.text)
    return next(m.admin_path for m in facts.mentions if m.kind == "PLACE" and m.text == "Alexandria")


def test_local_paper_reads_a_bare_town_name_in_its_home_state() -> None:
    store = MemoryStore()
    report = ingest(_articles(LOCAL_PAPER, "thetowntalk.com"), store,
                    extract=pipeline_extractor(DEFAULT_MODEL))
    assert (report.stored, report.reread) == (4, 1)  # the others' places all lie in Louisiana
    assert _alexandria(store)[:2] == ("United States", "Louisiana")
    assert [f.article.outlet_home for f in store.articles() if "Alexandria" in f.article.text] \
        == ["Louisiana"]


def test_a_second_reading_that_fails_keeps_the_first_record() -> None:
    extract = pipeline_extractor(DEFAULT_MODEL)

    def fails_on_reread(articles: list[Article]) -> list[ArticleFacts]:
        if any(a.outlet_home for a in articles):
            raise ValueError("stage crashed")
        return extract(articles)

    store = MemoryStore()
    report = ingest(_articles(LOCAL_PAPER, "thetowntalk.com"), store, extract=fails_on_reread)
    assert (report.stored, report.reread, dict(report.rejected)) == (4, 0, {})
    assert _alexandria(store)[0] == "Egypt"  # the first reading, kept
    assert store.counts()["articles"] == 4 and not store.rejections()


def test_the_same_story_read_alone_takes_the_most_populous_namesake() -> None:
    store = MemoryStore()
    report = ingest(_articles(LOCAL_PAPER[3:], "thetowntalk.com"), store,
                    extract=pipeline_extractor(DEFAULT_MODEL))
    assert report.reread == 0
    assert _alexandria(store)[0] == "Egypt"


PARIS_PAPER = [  # a paper named after its town: its "Paris" is Paris, Texas
    "Deputies in Paris, Texas, arrested two men on Tuesday after a chase through Lamar County.",
    "A crash closed a highway between Sulphur Springs and Clarksville, Texas, on Monday.",
    "Storms knocked out power in Honey Grove and Bonham, Texas, the utility said.",
    "The city council in Paris voted on Monday to repave the downtown square.",
]


def test_an_outlet_named_after_its_town_reads_that_town() -> None:
    store = MemoryStore()
    report = ingest(_articles(PARIS_PAPER, "theparisnews.com"), store,
                    extract=pipeline_extractor(DEFAULT_MODEL))
    council = next(f for f in store.articles() if "city council" in f.article.text)
    assert report.reread == 1
    assert (council.article.outlet_home, council.article.outlet_town) == ("Texas", "Paris")
    paris = next(m for m in council.mentions if m.kind == "PLACE" and m.text == "Paris")
    assert paris.admin_path[:2] == ("United States", "Texas")  # not the French capital


@pytest.mark.parametrize(("key", "town"), [
    ("theparisnews.com", "Paris"),
    ("the paris news", "Paris"),
    ("texastribune.org", None),  # "Texas" is the home area, not a town
])
def test_the_outlet_town_is_a_place_name_its_own_name_holds(key: str, town: str | None) -> None:
    counter = HomeCounter()
    for text in PARIS_PAPER[:3]:
        counter.add(key, facts_of(text).mentions)
    assert counter.homes()[key] == OutletHome("Texas", town)


def test_an_outlet_spread_over_many_states_has_no_home() -> None:
    counter = HomeCounter()
    for text in ["Flooding closed roads in Dayton, Ohio, on Monday.",
                 "A storm knocked out power in Tulsa, Oklahoma, on Tuesday.",
                 "Wildfires forced evacuations near Redding, California.",
                 "Police in Savannah, Georgia, arrested a man on Friday."]:
        counter.add("wire", facts_of(text).mentions)
    assert counter.homes() == {}


@pytest.mark.parametrize(("outlet", "url", "key"), [
    ("The Town Talk", "http://www.thetowntalk.com/article/1", "the town talk"),
    (None, "http://www.thetowntalk.com/article/1", "thetowntalk.com"),
    (None, None, None),
])
def test_outlet_key_is_the_name_else_the_host(outlet: str | None, url: str | None,
                                              key: str | None) -> None:
    assert outlet_key(Article(id="a", text="x", outlet=outlet, url=url)) == key


@pytest.mark.parametrize(("text", "expected"), [
    (LOCAL_PAPER[3], True),  # Alexandria, Egypt: a namesake in Louisiana may win
    (LOCAL_PAPER[0], False),  # every place already in Louisiana
    ("Officials from Alexandria, Virginia, and Richmond, Virginia, met in Jordan.", False),  # own home
])
def test_to_reread_only_where_the_home_can_change_a_place(text: str, expected: bool) -> None:
    assert to_reread(facts_of(text).mentions, "Louisiana") is expected
