"""The store: idempotent, every input accounted for, one transaction per batch."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from truceline.components import EXTRACTORS
from truceline.errors import Code, ExtractError, StoreError
from truceline.pipeline import DEFAULT_MODEL
from truceline.read import Rejected, make_article
from truceline.record import Article, ArticleFacts, Figure
from truceline.store import (
    EXTRACTION_FAILED,
    SCHEMA_VERSION,
    MemoryStore,
    SQLiteStore,
    Store,
    ingest,
    pipeline_extractor,
)

TEXTS = (
    "Israel freed 183 Palestinian prisoners on Saturday, the Israel Prison Service said.",
    "Hamas released three Israeli hostages in Khan Younis on Saturday, the Red Cross said.",
)


def record(text: str, published: str = "2025-02-01") -> ArticleFacts:
    article = make_article(text, published=published)
    figure = Figure(id="f1", span=(13, 16), text=text[13:16], sentence=0, extractor="test.v1",
                    value=183.0, category="PRISONERS_RELEASED", subject="Israel")
    return ArticleFacts(article=article, figures=(figure,))


@pytest.fixture(params=["sqlite", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    made: Store = SQLiteStore(tmp_path / "t.db") if request.param == "sqlite" else MemoryStore()
    yield made
    made.close()


def test_store_same_article_twice_adds_nothing(store: Store) -> None:
    first = store.add([record(TEXTS[0]), record(TEXTS[1])])
    again = store.add([record(TEXTS[0]), record("  " + TEXTS[1].upper() + "\n")])
    assert (first.stored, first.present) == (2, 0)
    assert (again.stored, again.present) == (0, 2)  # same normalised text, same id
    assert store.counts()["articles"] == 2
    assert store.counts()["figures"] == 2


def test_store_rejection_is_kept_with_its_reason(store: Store) -> None:
    rej = Rejected(source="feed.xml#3", code=Code.MALFORMED_FEED.value, reason="no body",
                   sample="<item>", size=6)
    report = store.add([rej, rej])
    assert report.rejected == {"T008": 2}  # both inputs counted
    assert store.rejections() == [rej]  # stored once
    assert report.total == 2


def test_store_articles_round_trip_in_date_order(store: Store) -> None:
    store.add([record(TEXTS[0], "2025-02-08"), record(TEXTS[1], "2025-01-19")])
    got = list(store.articles())
    assert [f.article.published for f in got] == ["2025-01-19", "2025-02-08"]
    assert got[1] == record(TEXTS[0], "2025-02-08")
    assert store.known([got[0].article.id, "nope"]) == {got[0].article.id}


def test_store_sqlite_facts_table_is_queryable(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "t.db")
    store.add([record(TEXTS[0])])
    rows = store.query("SELECT label, value, actor FROM facts WHERE kind = 'figures'")
    store.close()
    assert rows == [("PRISONERS_RELEASED", 183.0, "Israel")]


def test_store_sqlite_persists_between_opens(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "t.db"
    first = SQLiteStore(path)
    first.add([record(TEXTS[0])])
    first.close()
    second = SQLiteStore(path)
    assert second.add([record(TEXTS[0])]).present == 1
    second.close()


def test_store_sqlite_rejects_other_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert info.value.code is Code.STORE_SCHEMA


def test_store_sqlite_not_a_database_is_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not a database " * 100, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert info.value.code is Code.STORE_OPEN


def fake_extract(articles: list[Article]) -> list[ArticleFacts]:
    """Stands in for the pipeline: an empty record per article."""
    return [ArticleFacts(article=a) for a in articles]


def test_store_ingest_accounts_for_every_input(store: Store) -> None:
    items = [make_article(TEXTS[0], published="2025-02-01"),
             make_article(TEXTS[0], published="2025-02-01"),  # twice in one batch
             Rejected(source="x.txt", code=Code.EMPTY.value, reason="empty")]
    report = ingest(items, store, extract=fake_extract, batch_size=2)
    assert (report.stored, report.present, dict(report.rejected)) == (1, 1, {"T001": 1})
    again = ingest(items, store, extract=fake_extract)
    assert (again.stored, again.present) == (0, 2)


def test_store_ingest_refresh_replaces_stored_records(store: Store) -> None:
    items = [make_article(t, published="2025-02-01") for t in TEXTS]
    ingest(items, store, extract=fake_extract)  # an older extraction: no facts
    report = ingest(items, store, extract=lambda arts: [record(a.text) for a in arts], refresh=True)
    assert (report.stored, report.present, report.refreshed) == (0, 0, 2)
    assert store.counts()["articles"] == 2
    assert store.counts()["figures"] == 2  # the new records' facts, the old ones gone
    again = ingest(items, store, extract=lambda arts: [record(a.text) for a in arts], refresh=True)
    assert again.refreshed == 2 and store.counts()["figures"] == 2  # replaced, not added


def test_store_ingest_replaces_records_by_an_older_extractor(store: Store) -> None:
    items = [make_article(t, published="2025-02-01") for t in TEXTS]
    ingest(items, store, extract=lambda arts: [record(a.text) for a in arts])  # by "test.v1"
    assert store.stale([a.id for a in items], frozenset({"test.v1"})) == set()
    assert store.stale([a.id for a in items], frozenset({"test.v2"})) == {a.id for a in items}
    upgraded = ingest(items, store, extract=pipeline_extractor(DEFAULT_MODEL), extractors=EXTRACTORS)
    assert (upgraded.stored, upgraded.present, upgraded.refreshed) == (0, 0, 2)
    extractors = {f.extractor for facts in store.articles() for kind in ("mentions", "figures", "claims")
                  for f in getattr(facts, kind)}
    assert extractors and extractors <= EXTRACTORS and "test.v1" not in extractors
    again = ingest(items, store, extract=pipeline_extractor(DEFAULT_MODEL), extractors=EXTRACTORS)
    assert (again.present, again.refreshed) == (2, 0)  # current now: not extracted again


def test_store_records_returns_the_stored_ones_asked_for(store: Store) -> None:
    first, second = record(TEXTS[0]), record(TEXTS[1])
    store.add([first, second])
    assert [f.article.id for f in store.records([second.article.id, "no-such-id"])] == [second.article.id]
    assert {f.article.text for f in store.records([first.article.id, second.article.id])} == set(TEXTS)


def test_store_ingest_one_failing_article_never_stops_the_batch(store: Store) -> None:
    def flaky(articles: list[Article]) -> list[ArticleFacts]:
        if any("Khan Younis" in a.text for a in articles):
            raise ValueError("stage crashed")
        return fake_extract(articles)

    items = [make_article(t) for t in TEXTS]
    report = ingest(items, store, extract=flaky)
    assert (report.stored, dict(report.rejected)) == (1, {EXTRACTION_FAILED: 1})
    (rejection,) = store.rejections()
    assert "stage crashed" in rejection.reason


def test_store_ingest_missing_model_is_an_error(store: Store) -> None:
    with pytest.raises(ExtractError) as info:
        ingest([make_article(TEXTS[0])], store, extract=pipeline_extractor("no_such_model_xx"))
    assert info.value.code is Code.MODEL_MISSING
