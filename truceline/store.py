"""store: articles, their facts and every rejection, behind a small interface.

:class:`Store` is the interface the rest of truceline uses (ingest, reconcile,
export). :class:`SQLiteStore` is the embedded default (one file, schema
versioned with ``PRAGMA user_version``); :class:`MemoryStore` keeps the same
contract in dictionaries, for tests and one-off runs.

Ingest is idempotent: an article is keyed by :attr:`Article.id` (a hash of its
normalised text), so the same article twice adds nothing; a rejection is keyed
by its source and code. :meth:`Store.add` writes one batch in one transaction
and returns an :class:`AddReport` that accounts for every input.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from truceline.errors import Code, ExtractError, StoreError
from truceline.outlet_home import HomeCounter, OutletHome, home_to_read, outlet_key
from truceline.read import Rejected
from truceline.record import Article, ArticleFacts, Fact

SCHEMA_VERSION = 1
SQLITE_TIMEOUT_S = 30.0  # another ingest may hold the write lock for a batch
SQLITE_MAX_PARAMS = 500  # bound parameters per query, below SQLite's limit (999 in old builds)
INGEST_BATCH = 32  # articles per transaction: an interrupted ingest loses at most this much work
# An article the pipeline fails on is stored as a rejection with this code
# (errors.Code has no entry for it yet: T1xx are extraction errors).
EXTRACTION_FAILED = Code.EXTRACT_FAILED.value

_SCHEMA = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    published TEXT,
    published_source TEXT,
    outlet TEXT,
    title TEXT,
    url TEXT,
    path TEXT,
    schema_version INTEGER NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now')),
    facts TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE TABLE facts (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    label TEXT,
    value,
    actor TEXT,
    time TEXT,
    place TEXT,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    extractor TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, fact_id)
);
CREATE INDEX facts_kind_label ON facts (kind, label);
CREATE TABLE rejections (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    sample TEXT NOT NULL,
    size INTEGER NOT NULL,
    rejected_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX rejections_code ON rejections (code);
"""


@dataclass
class AddReport:
    """What became of each input of a batch."""

    stored: int = 0
    present: int = 0  # already in the store (or twice in the batch)
    refreshed: int = 0  # already in the store, extracted again and replaced (``refresh``)
    rejected: Counter[str] = field(default_factory=Counter)  # by code
    # of those stored or refreshed, read again with their outlet's home area (not an input of
    # its own: not in ``total``)
    reread: int = 0

    def merge(self, other: AddReport) -> None:
        self.stored += other.stored
        self.present += other.present
        self.refreshed += other.refreshed
        self.rejected.update(other.rejected)
        self.reread += other.reread

    @property
    def total(self) -> int:
        return self.stored + self.present + self.refreshed + sum(self.rejected.values())


class Store(Protocol):
    """What truceline needs from a store."""

    def add(self, items: Iterable[ArticleFacts | Rejected], *, replace: bool = False) -> AddReport:
        """Store a batch in one transaction; inputs already present add nothing, or with
        ``replace`` take the place of the stored record (counted as refreshed)."""
        ...

    def known(self, ids: Iterable[str]) -> set[str]:
        """The article ids among ``ids`` that are already stored."""
        ...

    def stale(self, ids: Iterable[str], current: frozenset[str]) -> set[str]:
        """The stored article ids among ``ids`` with a fact by an extractor not in ``current``
        (extracted by an older truceline)."""
        ...

    def records(self, ids: Iterable[str]) -> Iterator[ArticleFacts]:
        """The stored records of the article ids among ``ids``."""
        ...

    def articles(self) -> Iterator[ArticleFacts]:
        """Every stored record, oldest publication first (undated last)."""
        ...

    def rejections(self) -> list[Rejected]:
        ...

    def counts(self) -> dict[str, int]:
        """``articles``, ``rejections`` and one count per fact kind."""
        ...

    def close(self) -> None:
        ...


_FACT_KINDS = ("mentions", "times", "figures", "claims", "events", "positions", "agreements")


def _sort_key(facts: ArticleFacts) -> tuple[int, str, str]:
    published = facts.article.published
    return (0 if published else 1, published or "", facts.article.id)


def _fact_row(article_id: str, kind: str, fact: Fact) -> tuple[Any, ...]:
    """One row of the ``facts`` table: the fields worth querying by, per kind."""
    label: str | None = None
    value: Any = None
    actor: str | None = None
    time: str | None = None
    place: str | None = None
    match kind:
        case "mentions":
            label, value = getattr(fact, "kind", None), getattr(fact, "canonical", None)
            actor = getattr(fact, "kb_id", None)
        case "times":
            label, value = getattr(fact, "type", None), getattr(fact, "value", None)
            time = value
        case "figures":
            label, value = getattr(fact, "category", None), getattr(fact, "value", None)
            actor, time = getattr(fact, "subject", None), getattr(fact, "as_of", None)
            place = getattr(fact, "place", None)
        case "claims":
            source = getattr(fact, "source", None)
            label = getattr(source, "source_type", None)
            actor = getattr(source, "canonical", None)
            value = getattr(fact, "cue", None)
        case "events":
            label, value = getattr(fact, "type", None), getattr(fact, "modality", None)
            actor = "; ".join(getattr(fact, "actors", ()))
            time, place = getattr(fact, "time", None), getattr(fact, "place", None)
        case "positions":
            label, value = getattr(fact, "stance", None), getattr(fact, "topic", None)
            actor, time = getattr(fact, "actor", None), getattr(fact, "time", None)
        case "agreements":
            label, value = getattr(fact, "status", None), getattr(fact, "name", None)
            actor = "; ".join(getattr(fact, "parties", ()))
            time = getattr(fact, "deadline", None)
    return (article_id, kind, fact.id, label, value, actor, time, place, fact.text,
            fact.sentence, fact.span[0], fact.span[1], fact.extractor, fact.confidence)


class SQLiteStore:
    """The embedded default store: one SQLite file (``":memory:"`` works too)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_S)
            self._db.execute("PRAGMA foreign_keys = ON")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(Code.STORE_OPEN, f"{self.path} ({exc})") from None
        if version == 0 and tables == 0:
            with self._db:
                self._db.executescript(_SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
        elif version != SCHEMA_VERSION:
            self._db.close()
            raise StoreError(Code.STORE_SCHEMA,
                             f"{self.path} has schema {version}, this truceline reads {SCHEMA_VERSION}")

    def add(self, items: Iterable[ArticleFacts | Rejected], *, replace: bool = False) -> AddReport:
        report = AddReport()
        try:
            with self._db:  # one transaction: the batch is stored whole or not at all
                for item in items:
                    if isinstance(item, Rejected):
                        self._db.execute(
                            "INSERT OR IGNORE INTO rejections (id, source, code, reason, sample, size)"
                            " VALUES (?, ?, ?, ?, ?, ?)",
                            (item.id, item.source, item.code, item.reason, item.sample, item.size))
                        report.rejected[item.code] += 1
                    elif replace and self._delete(item.article.id):
                        self._insert(item)
                        report.refreshed += 1
                    elif self._insert(item):
                        report.stored += 1
                    else:
                        report.present += 1
        except sqlite3.Error as exc:
            raise StoreError(Code.STORE_OPEN, f"{self.path} ({exc})") from None
        return report

    def _delete(self, article_id: str) -> bool:
        """Remove a stored record and its facts; whether there was one."""
        self._db.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
        return self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def _insert(self, facts: ArticleFacts) -> bool:
        a = facts.article
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO articles (id, published, published_source, outlet, title, url,"
            " path, schema_version, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.published, a.published_source, a.outlet, a.title, a.url, a.path,
             facts.schema_version, json.dumps(facts.to_dict(), ensure_ascii=False)))
        if cursor.rowcount == 0:
            return False
        rows = [_fact_row(a.id, kind, fact) for kind in _FACT_KINDS for fact in getattr(facts, kind)]
        self._db.executemany("INSERT OR IGNORE INTO facts VALUES"
                             " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return True

    def _where_in(self, sql: str, ids: Iterable[str], *extra: str) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` (with one ``{marks}`` for the ids, the ``extra`` parameters after
        them) over ``ids``, queried in chunks below SQLite's limit on bound parameters."""
        wanted = list(dict.fromkeys(ids))
        chunk = SQLITE_MAX_PARAMS - len(extra)
        for i in range(0, len(wanted), chunk):
            part = wanted[i:i + chunk]
            yield from self._db.execute(sql.format(marks=",".join("?" * len(part))), [*part, *extra])

    def known(self, ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._where_in("SELECT id FROM articles WHERE id IN ({marks})", ids)}

    def stale(self, ids: Iterable[str], current: frozenset[str]) -> set[str]:
        names = sorted(current)
        sql = ("SELECT DISTINCT article_id FROM facts WHERE article_id IN ({marks})"
               f" AND extractor NOT IN ({','.join('?' * len(names))})")
        return {r[0] for r in self._where_in(sql, ids, *names)}

    def records(self, ids: Iterable[str]) -> Iterator[ArticleFacts]:
        for (data,) in self._where_in("SELECT facts FROM articles WHERE id IN ({marks})"
                                      " ORDER BY id", ids):
            yield ArticleFacts.from_dict(json.loads(data))

    def articles(self) -> Iterator[ArticleFacts]:
        rows = self._db.execute(
            "SELECT facts FROM articles ORDER BY published IS NULL, published, id").fetchall()
        for (data,) in rows:
            yield ArticleFacts.from_dict(json.loads(data))

    def rejections(self) -> list[Rejected]:
        rows = self._db.execute(
            "SELECT source, code, reason, sample, size FROM rejections ORDER BY source, code")
        return [Rejected(source=s, code=c, reason=r, sample=sa, size=n) for s, c, r, sa, n in rows]

    def counts(self) -> dict[str, int]:
        result = {
            "articles": self._db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "rejections": self._db.execute("SELECT count(*) FROM rejections").fetchone()[0],
        }
        per_kind = dict(self._db.execute("SELECT kind, count(*) FROM facts GROUP BY kind").fetchall())
        result.update({kind: int(per_kind.get(kind, 0)) for kind in _FACT_KINDS})
        return result

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read-only SQL over the tables (for ad-hoc analysis and tests)."""
        return self._db.execute(sql, params).fetchall()

    def close(self) -> None:
        self._db.close()


class MemoryStore:
    """The same contract as :class:`SQLiteStore`, in dictionaries."""

    def __init__(self) -> None:
        self._articles: dict[str, ArticleFacts] = {}
        self._rejections: dict[str, Rejected] = {}

    def add(self, items: Iterable[ArticleFacts | Rejected], *, replace: bool = False) -> AddReport:
        report = AddReport()
        articles = dict(self._articles)
        rejections = dict(self._rejections)
        for item in items:
            if isinstance(item, Rejected):
                rejections.setdefault(item.id, item)
                report.rejected[item.code] += 1
            elif item.article.id in articles and replace:
                articles[item.article.id] = item
                report.refreshed += 1
            elif item.article.id in articles:
                report.present += 1
            else:
                articles[item.article.id] = item
                report.stored += 1
        self._articles, self._rejections = articles, rejections  # commit the batch whole
        return report

    def known(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self._articles}

    def stale(self, ids: Iterable[str], current: frozenset[str]) -> set[str]:
        return {i for i in ids if i in self._articles and any(
            fact.extractor not in current for kind in _FACT_KINDS
            for fact in getattr(self._articles[i], kind))}

    def records(self, ids: Iterable[str]) -> Iterator[ArticleFacts]:
        yield from (self._articles[i] for i in sorted(set(ids)) if i in self._articles)

    def articles(self) -> Iterator[ArticleFacts]:
        yield from sorted(self._articles.values(), key=_sort_key)

    def rejections(self) -> list[Rejected]:
        return sorted(self._rejections.values(), key=lambda r: (r.source, r.code))

    def counts(self) -> dict[str, int]:
        result = {"articles": len(self._articles), "rejections": len(self._rejections)}
        for kind in _FACT_KINDS:
            result[kind] = sum(len(getattr(f, kind)) for f in self._articles.values())
        return result

    def close(self) -> None:
        """Nothing to release."""


def load_records(path: Path | str) -> list[ArticleFacts]:
    """Every record in the SQLite store at ``path`` (for reconcile and export)."""
    store = SQLiteStore(path)
    try:
        return list(store.articles())
    finally:
        store.close()


ExtractBatch = Callable[[list[Article]], list[ArticleFacts]]


def pipeline_extractor(model: str) -> ExtractBatch:
    """The default extractor: truceline's pipeline on ``model``."""
    def extract_batch(articles: list[Article]) -> list[ArticleFacts]:
        from truceline.pipeline import extract_many

        return list(extract_many(articles, model=model))
    return extract_batch


def _extract_safely(articles: list[Article], extract: ExtractBatch) -> list[ArticleFacts | Rejected]:
    """The records of ``articles``; one the extractor fails on becomes a rejection."""
    if not articles:
        return []
    try:
        return list(extract(articles))
    except ExtractError:
        raise  # the pipeline itself is missing or broken: no article can be extracted
    except Exception:  # noqa: BLE001 - find the failing article(s) one by one, below
        pass
    results: list[ArticleFacts | Rejected] = []
    for article in articles:
        try:
            results.extend(extract([article]))
        except ExtractError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
            results.append(Rejected(source=article.path or article.url or article.id,
                                    code=EXTRACTION_FAILED,
                                    reason=f"extraction failed: {type(exc).__name__}: {exc}"[:500],
                                    sample=article.text[:200], size=len(article.text)))
    return results


def ingest(items: Iterable[Article | Rejected], store: Store, *, extract: ExtractBatch,
           batch_size: int = INGEST_BATCH, refresh: bool = False,
           extractors: frozenset[str] | None = None,
           advance: Callable[[int], None] | None = None) -> AddReport:
    """Extract and store ``items`` (from :func:`truceline.read.read_paths`).

    ``extract`` turns a list of articles into their records
    (:func:`pipeline_extractor` in production). Articles already stored (by id)
    are counted as present without being extracted again, unless ``refresh`` (then
    they are extracted again and their records replaced: after an upgrade of the
    model) or their record has a fact by an extractor not in ``extractors`` (the
    versioned stage names of the running truceline,
    :data:`truceline.components.EXTRACTORS`: after an upgrade of truceline, such
    records are replaced too); rejections are stored with their reason. Each batch
    is one transaction; ``advance(n)`` is called after each with its size.

    The outlets' home areas are learned from the records extracted in this run, and the
    run's articles of an outlet with one whose places it can change are extracted again with it
    (:mod:`truceline.outlet_home`: a local paper's "Dublin" is the one near the paper);
    ``reread`` counts them.
    """
    report = AddReport()
    homes = HomeCounter()
    run_outlets: dict[str, str] = {}  # article id -> outlet key, for this run's records
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        ids = [a.id for a in articles]
        stale = store.stale(ids, extractors) if extractors is not None and not refresh else set()
        known = set() if refresh else store.known(ids) - stale
        todo: dict[str, Article] = {}
        present = 0
        for article in articles:
            if article.id in known or article.id in todo:
                present += 1
            else:
                todo[article.id] = article
        rejected = [item for item in batch if isinstance(item, Rejected)]
        records = _extract_safely(list(todo.values()), extract)
        for record in records:
            if isinstance(record, ArticleFacts) and (key := outlet_key(record.article)):
                homes.add(key, record.mentions)
                run_outlets[record.article.id] = key
        batch_report = store.add([*records, *rejected], replace=refresh or bool(stale))
        batch_report.present += present
        report.merge(batch_report)
        if advance is not None:
            advance(len(batch))
    report.reread = _reread(store, extract, homes.homes(), run_outlets, batch_size)
    return report


def _reread(store: Store, extract: ExtractBatch, homes: dict[str, OutletHome],
            outlets: dict[str, str], batch_size: int) -> int:
    """Extract again, with their outlet's home area, the stored articles of ``outlets`` (id ->
    outlet key) whose outlet has one in ``homes`` and whose places it can change
    (:func:`truceline.outlet_home.to_reread`); how many were replaced."""
    ids = [i for i, key in outlets.items() if key in homes]
    again = (home.on(facts.article) for facts in store.records(ids)
             if (home := home_to_read(homes, outlets[facts.article.id], facts.mentions)))
    done = 0
    while batch := list(itertools.islice(again, batch_size)):
        records = [r for r in _extract_safely(batch, extract) if isinstance(r, ArticleFacts)]
        done += store.add(records, replace=True).refreshed
    return done


__all__ = ["EXTRACTION_FAILED", "SCHEMA_VERSION", "AddReport", "ExtractBatch", "MemoryStore",
           "SQLiteStore", "Store", "ingest", "load_records", "pipeline_extractor"]
