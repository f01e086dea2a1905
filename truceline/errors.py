"""Errors with codes, in one small tree.

    TrucelineError                 base of everything truceline raises
    ├── ReadError      [T0xx]      an input could not be turned into an Article
    ├── ExtractError   [T1xx]      the pipeline could not run (model missing, bad config)
    ├── StoreError     [T2xx]      the store could not be opened or written
    └── EvalError      [T3xx]      a benchmark path or format is wrong

Expected rejections of *inputs* (empty, binary, wrong language ...) are not
exceptions in a batch: :mod:`truceline.read` turns them into
:class:`truceline.read.Rejected` records that are stored and counted. The same
codes are used for both, so a rejection and an error read alike.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Stable codes. The text names the fix where there is one."""

    EMPTY = "T001"
    BINARY = "T002"
    UNDECODABLE = "T003"
    TOO_LARGE = "T004"
    NOT_ENGLISH = "T005"
    MALFORMED_HTML = "T006"
    MALFORMED_JSON = "T007"
    MALFORMED_FEED = "T008"
    UNSUPPORTED_TYPE = "T009"
    NOT_FOUND = "T010"
    NO_TEXT = "T011"
    BAD_DATE = "T012"
    MODEL_MISSING = "T101"
    BAD_CONFIG = "T102"
    EXTRACT_FAILED = "T103"
    STORE_OPEN = "T201"
    STORE_SCHEMA = "T202"
    EVAL_PATH = "T301"
    EVAL_UNKNOWN = "T302"


MESSAGES: dict[Code, str] = {
    Code.EMPTY: "the input is empty (or only white space)",
    Code.BINARY: "the input is binary, not text (NUL bytes or a known binary signature)",
    Code.UNDECODABLE: "the bytes decode neither as UTF-8 nor as a recognised encoding",
    Code.TOO_LARGE: "the input is larger than the limit (set --max-bytes to raise it)",
    Code.NOT_ENGLISH: "the text is not English; truceline's pipeline reads English only",
    Code.MALFORMED_HTML: "the HTML has no extractable article body",
    Code.MALFORMED_JSON: "a JSON line does not parse or lacks a 'text' field",
    Code.MALFORMED_FEED: "the RSS/Atom feed does not parse",
    Code.UNSUPPORTED_TYPE: "unsupported file type (use .txt, .html, .jsonl, .json, .xml/.rss/.atom)",
    Code.NOT_FOUND: "no such file or folder",
    Code.NO_TEXT: "the item has no article text",
    Code.BAD_DATE: "the date does not parse; give it as YYYY-MM-DD",
    Code.MODEL_MISSING: "the spaCy model is not installed; run `make demo` or `pip install` it by name",
    Code.BAD_CONFIG: "bad configuration",
    Code.EXTRACT_FAILED: "the pipeline failed on this article; it is stored as a rejection, please report it",
    Code.STORE_OPEN: "the store could not be opened; check the --db path and its permissions",
    Code.STORE_SCHEMA: "the store was written by an incompatible truceline version",
    Code.EVAL_PATH: "the benchmark path is missing or not in the expected format",
    Code.EVAL_UNKNOWN: "unknown benchmark name",
}


class TrucelineError(Exception):
    """Base class. ``str(err)`` reads ``[T003] message: detail``."""

    def __init__(self, code: Code, detail: str = "", *, article_id: str | None = None) -> None:
        self.code = code
        self.detail = detail
        self.article_id = article_id
        self.message = MESSAGES[code] + (f": {detail}" if detail else "")
        super().__init__(f"[{code.value}] {self.message}")


class ReadError(TrucelineError):
    """An input could not be read into an Article."""


class ExtractError(TrucelineError):
    """The extraction pipeline could not be built or run."""


class StoreError(TrucelineError):
    """The store could not be opened or written."""


class EvalError(TrucelineError):
    """A benchmark could not be run on the given path."""
