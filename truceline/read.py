"""read: files and feeds -> :class:`Article` records, or :class:`Rejected` ones.

Every input is accounted for. Anything that cannot become an article (empty,
binary, undecodable, too large, not English, malformed HTML/JSON/feed) becomes
a ``Rejected`` record with a coded reason; reading never raises on bad input
in a batch, and one bad item never stops the rest.

Supported inputs: ``.txt``; ``.html``/``.htm`` (trafilatura, with metadata);
``.jsonl``/``.ndjson`` (one article per line: ``text`` plus optional
``title``, ``url``, ``published``, ``outlet``); ``.json`` (one such object or a
list); RSS/Atom (``.rss``, ``.atom``, ``.xml``: feedparser); folders,
recursively.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from truceline.errors import MESSAGES, Code, ReadError
from truceline.record import Article, PublishedSource

MAX_BYTES = 5_000_000  # a news article is < 100 kB; 5 MB leaves room for long reports
MIN_ENGLISH_STOPWORD_SHARE = 0.12  # English news runs at 0.35-0.5; other languages < 0.05
MIN_WORDS_FOR_LANGUAGE_CHECK = 8  # shorter texts (headlines) are not judged
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"PK\x03\x04", b"\xff\xd8\xff", b"\x7fELF")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}

_ENGLISH_STOPWORDS = frozenset(
    "the of and to a in is that for on was with as by at from it he she they his her "
    "their said has have had be been were are not but an or this which who will would "
    "after its into more than about over also says say told people we you i our them there "
    "what when all one up out if no so can do did then these those may could should some any "
    "being such other two its while since before under".split()
)
# Function words of the languages most often mistaken for English in news feeds
# (Latin script). A short text is judged non-English only when one of them
# outweighs English, so a terse English sentence is never rejected for brevity.
_OTHER_STOPWORDS = {
    "de": frozenset("der die das und ist nicht ein eine mit von den dem zu im auf für sich wurden "
                    "wurde am bei aus über nach auch es sie".split()),
    "fr": frozenset("le la les et est une des du dans pour que qui sur au avec pas ont été par "
                    "ne se il elle".split()),
    "es": frozenset("el los las y es una del en que por con para se al fue han sus lo como "
                    "pero".split()),
    "it": frozenset("il lo gli e di che una per con del della sono è non al nel".split()),
    "pt": frozenset("o os as e de que um uma do da em para com não foi dos das".split()),
    "nl": frozenset("de het een en van is dat niet op te zijn met voor ook werd".split()),
}
MIN_LATIN_LETTER_SHARE = 0.5  # below this the text is in another script (Arabic, Hebrew, Cyrillic ...)
ALWAYS_JUDGED_WORDS = 40  # from this length English runs at >= 0.2 stopwords whatever the topic
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An input that could not become an article, kept with its reason."""

    source: str  # path, path#line, or url
    code: str  # e.g. "T005"
    reason: str
    sample: str = ""  # the first characters, escaped on display
    size: int = 0

    @property
    def id(self) -> str:
        return hashlib.sha256(f"{self.source}|{self.code}".encode()).hexdigest()[:16]


Item = Article | Rejected


def normalise_text(text: str) -> str:
    """The text spans index into: NFC, no BOM, \\n line ends, no NUL/control chars."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def article_id(text: str) -> str:
    """Hash of the text with white space folded and case lowered (16 hex digits)."""
    folded = " ".join(text.split()).lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English: Latin script, and English function words at
    least as common as another language's (or common enough, for longer texts)."""
    sample = text[:20_000]
    letters = [ch for ch in sample if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)  # Basic Latin to Latin Extended-B
    if letters and latin / len(letters) < MIN_LATIN_LETTER_SHARE:
        return False
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return True
    share = sum(w in _ENGLISH_STOPWORDS for w in words) / len(words)
    if share >= MIN_ENGLISH_STOPWORD_SHARE:
        return True
    if len(words) >= ALWAYS_JUDGED_WORDS:
        return False
    other = max(sum(w in stop for w in words) / len(words) for stop in _OTHER_STOPWORDS.values())
    return other <= share


def check_text(text: str, *, max_bytes: int = MAX_BYTES) -> Code | None:
    """The code of what is wrong with ``text`` as an article, or None."""
    if not text.strip():
        return Code.EMPTY
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return Code.TOO_LARGE
    if "\x00" in text:
        return Code.BINARY
    if _WORD.search(text) is None:
        return Code.NO_TEXT
    if not looks_english(text):
        return Code.NOT_ENGLISH
    return None


def parse_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from metadata: ISO strings, RFC 822 feed dates, struct_time."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    raw = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    parsed = dateparser.parse(raw, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


_DATELINE = re.compile(
    r"\(((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})\)"
    r"|\b(\d{4}-\d{2}-\d{2})\b"
    r"|\b((?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4})\b"
)


def infer_published(text: str) -> str | None:
    """A publication date read from the text: a dateline near the top, else the
    latest full date the text mentions (a report is written on or after it)."""
    head = text[:400]
    match = _DATELINE.search(head)
    candidates = [match] if match else list(_DATELINE.finditer(text))
    dates = [parse_date(next(g for g in m.groups() if g)) for m in candidates]
    found = [d for d in dates if d]
    return max(found) if found else None


def make_article(text: str, *, published: Any = None, url: str | None = None,
                 title: str | None = None, path: str | None = None, outlet: str | None = None,
                 published_source: PublishedSource | None = None,
                 max_bytes: int = MAX_BYTES) -> Article:
    """An Article from text and metadata; raises :class:`ReadError` on bad text.

    ``published`` given here counts as ``given`` unless ``published_source``
    says otherwise; when absent it is inferred from the text and marked so.
    """
    if not isinstance(text, str):
        raise ReadError(Code.NO_TEXT, f"expected str, got {type(text).__name__}")
    text = normalise_text(text)
    code = check_text(text, max_bytes=max_bytes)
    if code is not None:
        raise ReadError(code, path or url or "")
    date = parse_date(published)
    if published not in (None, "") and date is None:
        raise ReadError(Code.BAD_DATE, repr(published))
    source: PublishedSource = published_source or "given"
    if date is None:
        date = infer_published(text)
        source = "inferred" if date else "none"
    return Article(id=article_id(text), text=text, title=title, url=url, path=path,
                   outlet=outlet, published=date, published_source=source)


# ---------------------------------------------------------------- files


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252
    when it decodes to printable text. Raises ReadError(T002/T003)."""
    if any(data.startswith(sig) for sig in BINARY_SIGNATURES):
        raise ReadError(Code.BINARY)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(Code.UNDECODABLE, "bad UTF-16") from None
    if b"\x00" in data[:8192]:
        raise ReadError(Code.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ReadError(Code.UNDECODABLE) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if controls > len(text) * 0.01:
        raise ReadError(Code.UNDECODABLE)
    return text


def _reject(source: str, err: ReadError, sample: str = "", size: int = 0) -> Rejected:
    return Rejected(source=source, code=err.code.value, reason=err.message,
                    sample=sample[:200], size=size)


def _article_or_reject(source: str, text: str, **meta: Any) -> Item:
    try:
        return make_article(text, path=source, **meta)
    except ReadError as err:
        return _reject(source, err, text if isinstance(text, str) else "", len(str(text)))


def _read_html(source: str, text: str) -> Iterator[Item]:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(text, with_metadata=True, favor_recall=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup  # noqa: BLE001
        yield _reject(source, ReadError(Code.MALFORMED_HTML, type(exc).__name__), text)
        return
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or _WORD.search(body) is None:  # nothing, or no words: markup debris
        yield _reject(source, ReadError(Code.MALFORMED_HTML, "no article body found"), text)
        return
    date = parse_date(getattr(extracted, "date", None))
    yield _article_or_reject(
        source, body, title=getattr(extracted, "title", None), url=getattr(extracted, "url", None),
        outlet=getattr(extracted, "sitename", None), published=date,
        published_source="metadata" if date else None)


def _from_mapping(source: str, obj: Any) -> Item:
    if not isinstance(obj, dict):
        return _reject(source, ReadError(Code.MALFORMED_JSON, "expected an object"), str(obj))
    text = obj.get("text") or obj.get("body") or obj.get("content")
    if not isinstance(text, str):
        return _reject(source, ReadError(Code.MALFORMED_JSON, "no 'text' field"), json.dumps(obj)[:200])
    date = obj.get("published") or obj.get("date") or obj.get("dct")
    return _article_or_reject(
        source, text, title=obj.get("title"), url=obj.get("url"), outlet=obj.get("outlet"),
        published=date, published_source="metadata" if date else None)


def _read_jsonl(source: str, text: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _reject(f"{source}#{n}", ReadError(Code.MALFORMED_JSON, str(exc)), line)
            continue
        yield _from_mapping(f"{source}#{n}", obj)


def _read_json(source: str, text: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield _reject(source, ReadError(Code.MALFORMED_JSON, str(exc)), text)
        return
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items, 1):
        yield _from_mapping(source if len(items) == 1 else f"{source}#{n}", item)


def _read_feed(source: str, text: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        detail = type(feed.get("bozo_exception")).__name__
        yield _reject(source, ReadError(Code.MALFORMED_FEED, detail), text)
        return
    if not feed.entries:
        yield _reject(source, ReadError(Code.MALFORMED_FEED, "no entries"), text)
        return
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "") or entry.get("description", "")
        if "<" in body:
            body = _html_to_text(body)
        if feed.bozo and not body.strip():  # a broken feed: this entry lost its body
            detail = f"entry {n} has no body ({type(feed.get('bozo_exception')).__name__})"
            yield _reject(f"{source}#{n}", ReadError(Code.MALFORMED_FEED, detail), text)
            continue
        date = parse_date(entry.get("published_parsed") or entry.get("updated_parsed")
                          or entry.get("published"))
        yield _article_or_reject(
            f"{source}#{n}", body, title=entry.get("title"), url=entry.get("link"),
            outlet=outlet, published=date, published_source="metadata" if date else None)


def _html_to_text(fragment: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several kinds on broken fragments
        return re.sub(r"<[^>]+>", " ", fragment)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in root.iter("p"):
        p.tail = "\n\n" + (p.tail or "")
    return str(root.text_content()).strip()


MAX_HEADLINE_CHARS = 200  # a longer first line is a paragraph, not a headline


def headline(text: str) -> str | None:
    """The first line of a plain-text article when it stands alone as a headline
    (short, no closing full stop, followed by a blank line)."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if (sep and rest.startswith(("\n", "\r\n")) and 0 < len(first) <= MAX_HEADLINE_CHARS
            and not first.endswith((".", ":", ";"))):
        return first
    return None


def _kind(path: Path, head: str) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES or suffix == "":
        lowered = head.lstrip()[:200].lower()
        if lowered.startswith(("<!doctype html", "<html")):
            return "html"
        if lowered.startswith("<?xml") or "<rss" in lowered or "<feed" in lowered:
            return "feed"
        return "text"
    return "unsupported"


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """The articles (or rejections) in one file. Never raises on bad content."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _reject(source, ReadError(Code.NOT_FOUND, str(exc)))
        return
    if size > max_bytes:
        yield _reject(source, ReadError(Code.TOO_LARGE, f"{size:,} bytes > {max_bytes:,}"), size=size)
        return
    if _kind(path, "") == "unsupported":
        yield _reject(source, ReadError(Code.UNSUPPORTED_TYPE, path.suffix), size=size)
        return
    try:
        text = decode(path.read_bytes())
    except ReadError as err:
        yield _reject(source, err, size=size)
        return
    except OSError as exc:
        yield _reject(source, ReadError(Code.NOT_FOUND, str(exc)), size=size)
        return
    if not text.strip():
        yield _reject(source, ReadError(Code.EMPTY), size=size)
        return
    kind = _kind(path, text)
    if kind == "html":
        yield from _read_html(source, text)
    elif kind == "jsonl":
        yield from _read_jsonl(source, text)
    elif kind == "json":
        yield from _read_json(source, text)
    elif kind == "feed":
        yield from _read_feed(source, text)
    else:
        yield _article_or_reject(source, text, title=headline(text))


def read_paths(paths: list[Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every article or rejection under ``paths`` (folders recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                yield from read_file(file, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield _reject(str(path), ReadError(Code.NOT_FOUND))


__all__ = ["MESSAGES", "Item", "Rejected", "check_text", "decode", "make_article",
           "read_file", "read_paths"]
