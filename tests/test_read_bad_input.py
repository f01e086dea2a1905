"""Bad input: each kind is a coded rejection, never a traceback, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truceline.errors import Code, ReadError
from truceline.read import MAX_BYTES, Article, Rejected, make_article, read_file, read_paths

GOOD = ("Hamas released three Israeli hostages on Saturday in Deir al-Balah, and Israel freed "
        "183 Palestinian prisoners in return, the Israel Prison Service said.")
FRENCH = ("Le cessez-le-feu est entré en vigueur dimanche matin à Gaza, selon les autorités "
          "israéliennes et le Hamas, après des mois de négociations au Caire et à Doha.")

HUGE_BYTES = 50 * 1024 * 1024

# file name -> bytes, and the code its rejection must carry
BAD_FILES: dict[str, tuple[bytes, Code]] = {
    "empty.txt": (b"", Code.EMPTY),
    "blank.txt": (b"  \n\t\n", Code.EMPTY),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Code.BINARY),
    "nul.txt": (b"some text\x00\x00\x00 more", Code.BINARY),
    "undecodable.txt": (b"\x81\x8d\x8f\x90\x9d" * 40, Code.UNDECODABLE),
    "french.txt": (FRENCH.encode(), Code.NOT_ENGLISH),
    "broken.html": (b"<html><body><div><p></div></span><<<>>> <script>var x;</script></body",
                    Code.MALFORMED_HTML),
    "broken.json": (b'[{"text": ', Code.MALFORMED_JSON),
    "broken.xml": (b'<?xml version="1.0"?><rss><channel><item><title>x</title></chan',
                   Code.MALFORMED_FEED),
    "notes.docx": (b"PK\x03\x04", Code.UNSUPPORTED_TYPE),
}


def write_bad_folder(folder: Path) -> None:
    """Every kind of bad file, plus one good article and a half-broken JSON Lines file."""
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as out:
        out.truncate(HUGE_BYTES)  # sparse: 50 MB without writing 50 MB
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "mixed.jsonl").write_text(
        '{"text": "Israel freed 369 Palestinian prisoners on Saturday, officials said.", '
        '"published": "2025-02-15"}\n{not json\n{"title": "no text field"}\n', encoding="utf-8")


@pytest.mark.parametrize(("name", "data", "code"),
                         [(n, d, c) for n, (d, c) in BAD_FILES.items()])
def test_read_bad_file_is_coded_rejection(tmp_path: Path, name: str, data: bytes, code: Code) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_file(path))
    assert items, "every input is accounted for"
    assert all(isinstance(i, Rejected) for i in items)
    assert {i.code for i in items if isinstance(i, Rejected)} == {code.value}


def test_read_50mb_file_is_rejected_without_reading_it(tmp_path: Path) -> None:
    write_bad_folder(tmp_path)
    (item,) = read_file(tmp_path / "huge.txt")
    assert isinstance(item, Rejected)
    assert item.code == Code.TOO_LARGE.value
    assert item.size > MAX_BYTES


def test_read_batch_goes_on_after_bad_files(tmp_path: Path) -> None:
    write_bad_folder(tmp_path)
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert sorted(a.text[:12] for a in articles) == ["Hamas releas", "Israel freed"]
    assert {r.code for r in rejected} >= {c.value for _, c in BAD_FILES.values()} | {
        Code.NOT_FOUND.value, Code.TOO_LARGE.value}
    assert any(r.source.endswith("mixed.jsonl#2") and r.code == Code.MALFORMED_JSON.value
               for r in rejected)


def test_read_jsonl_published_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    line = {"text": GOOD, "published": "2025-02-08", "outlet": "Wire"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert isinstance(article, Article)
    assert (article.published, article.published_source, article.outlet) == (
        "2025-02-08", "metadata", "Wire")


@pytest.mark.parametrize(("text", "code"), [("", Code.EMPTY), ("   ", Code.EMPTY),
                                            (FRENCH, Code.NOT_ENGLISH), ("12 34 56", Code.NO_TEXT)])
def test_read_make_article_raises_coded_error(text: str, code: Code) -> None:
    with pytest.raises(ReadError) as info:
        make_article(text)
    assert info.value.code is code
    assert str(info.value).startswith(f"[{code.value}]")
