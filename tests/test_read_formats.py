"""The example corpus in the shapes real feeds have: text, HTML, JSON Lines, RSS."""

from __future__ import annotations

from pathlib import Path

import pytest

from truceline.read import Article, headline, read_file, read_paths

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def only_articles(path: Path) -> list[Article]:
    items = list(read_file(path))
    assert all(isinstance(i, Article) for i in items), items
    return [i for i in items if isinstance(i, Article)]


def test_read_corpus_has_every_shape_and_no_rejection() -> None:
    items = list(read_paths([CORPUS]))
    assert all(isinstance(i, Article) for i in items)
    assert 8 <= len(items) <= 15
    assert {Path((i.path or "").partition("#")[0]).suffix for i in items if isinstance(i, Article)} == {
        ".txt", ".html", ".xml", ".jsonl"}


def test_read_html_takes_date_and_outlet_from_meta() -> None:
    (article,) = only_articles(CORPUS / "2025-01-20-truce-takes-effect.html")
    assert (article.published, article.published_source) == ("2025-01-20", "metadata")
    assert article.outlet == "Harbour Street Dispatch"
    assert "Home" not in article.text  # navigation is not the article


def test_read_rss_items_carry_feed_dates_and_outlet() -> None:
    articles = only_articles(CORPUS / "gaza-truce-feed.xml")
    assert [a.published for a in articles] == ["2025-02-15", "2025-02-20", "2025-02-22"]
    assert {a.outlet for a in articles} == {"Crossings Daily"}
    assert all("<p>" not in a.text for a in articles)


def test_read_plain_text_infers_date_from_dateline_and_takes_headline() -> None:
    (article,) = only_articles(CORPUS / "2025-03-02-aid-halted.txt")
    assert (article.published, article.published_source) == ("2025-03-02", "inferred")
    assert article.title == "Israel halts aid into Gaza as first phase of ceasefire expires"


@pytest.mark.parametrize(("text", "expected"), [
    ("Gaza truce holds\n\nThe ceasefire held on Sunday.", "Gaza truce holds"),
    ("The ceasefire held on Sunday.\n\nMore later.", None),  # a sentence, not a headline
    ("Gaza truce holds\nThe ceasefire held on Sunday.", None),  # no blank line after it
])
def test_read_headline_of_plain_text(text: str, expected: str | None) -> None:
    assert headline(text) == expected
