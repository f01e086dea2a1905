"""The store commands end to end: ingest, brief and its parts, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from test_read_bad_input import BAD_FILES, write_bad_folder
from test_reconcile import position, toll
from typer.testing import CliRunner

from truceline.cli import app
from truceline.cli.brief import brief
from truceline.errors import Code
from truceline.record import ArticleFacts
from truceline.store import SQLiteStore, load_records

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
CORPUS_ARTICLES = 14

runner = CliRunner()


def render(records: list[ArticleFacts]) -> str:
    out = io.StringIO()
    Console(file=out, width=400, color_system=None).print(brief(records))
    return out.getvalue()


def hand_built() -> list[ArticleFacts]:
    return [toll(404, "Wire A"), toll(413, "Wire B", low=413),
            position("Hamas", "REFUSE", "EXCHANGE_TERMS", "2025-02-10", "postpone the release"),
            position("Hamas", "ACCEPT", "EXCHANGE_TERMS", "2025-02-13", "release hostages")]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "truceline.db"
    result = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_cli_ingest_example_corpus_accounts_for_every_article(corpus_db: Path) -> None:
    store = SQLiteStore(corpus_db)
    counts = store.counts()
    store.close()
    assert counts["articles"] + counts["rejections"] == CORPUS_ARTICLES


def test_cli_ingest_twice_adds_nothing(corpus_db: Path) -> None:
    before = SQLiteStore(corpus_db).counts()
    result = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    assert "already present" in result.output
    assert SQLiteStore(corpus_db).counts() == before


def test_cli_ingest_refresh_extracts_again_and_keeps_the_same_store(corpus_db: Path) -> None:
    before = SQLiteStore(corpus_db).counts()
    result = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(corpus_db), "--refresh"])
    assert result.exit_code == 0, result.output
    assert "extracted again" in result.output
    assert SQLiteStore(corpus_db).counts() == before  # the same extraction, replaced in place


@pytest.mark.parametrize("command", ["brief", "timeline", "figures", "conflicts", "positions"])
def test_cli_reconcile_commands_run_on_the_corpus(corpus_db: Path, command: str) -> None:
    result = runner.invoke(app, [command, "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_cli_brief_corpus_has_one_merged_agreement_readable_at_100_columns(corpus_db: Path) -> None:
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(brief(load_records(corpus_db)))
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 100
    agreements = text.split("Latest figures")[0]
    assert agreements.count("Israel\u2013Hamas ceasefire:") == 1
    assert "2025-01-19 to 2025-03-01" in agreements and "collapsed" in agreements
    assert "Gaza City" not in agreements.split("mediators")[0]  # parties are actors, not places
    timeline = text.split("Timeline")[-1]
    assert "?" not in timeline and "AGREE: Gaza City" not in timeline  # no place as an actor


def test_cli_brief_shows_contradictions_and_position_changes() -> None:
    text = render(hand_built())
    for part in ("Agreements", "Latest figures", "Positions over time",
                 "Contradictions", "Timeline", "Wire A", "Wire B", "at least 413", "\u21c4 ACCEPT"):
        assert part in text


def test_cli_brief_escapes_article_text(tmp_path: Path) -> None:
    evil = toll(404, "[bold red]Evil[/] [link=http://x]", source="[/] Ministry")
    text = render([evil])
    assert "[bold red]Evil[/] [link=http://x]" in text
    assert "[/] Ministry" in text


def test_cli_brief_on_empty_store_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 0
    assert "truceline ingest" in result.output


def test_cli_store_that_is_not_a_database_is_a_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not sqlite " * 200, encoding="utf-8")
    for command in (["brief"], ["ingest", str(CORPUS)], ["export", "--format", "csv"]):
        result = runner.invoke(app, [*command, "--db", str(path)])
        assert result.exit_code == 2
        assert "[T201]" in result.output
        assert "Traceback" not in result.output


def test_cli_ingest_bad_inputs_are_stored_rejections(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_bad_folder(folder)
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    store = SQLiteStore(db)
    codes = {r.code for r in store.rejections()}
    counts = store.counts()
    store.close()
    assert codes >= {c.value for _, c in BAD_FILES.values()} | {Code.TOO_LARGE.value}
    # the bad files, the 50 MB one, the good article and the three JSON lines
    assert counts["articles"] + counts["rejections"] == len(BAD_FILES) + 5


def test_cli_extract_bad_file_exits_non_zero_with_code(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code != 0
    assert "[T001]" in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def hand_db(tmp_path: Path) -> Path:
    db = tmp_path / "hand.db"
    store = SQLiteStore(db)
    store.add(hand_built())
    store.close()
    return db


def test_cli_export_jsonl_round_trips(hand_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(hand_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    assert {tuple(sorted(d)) for d in lines} == {tuple(sorted(hand_built()[0].to_dict()))}


def test_cli_export_csv_has_one_row_per_fact(hand_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(hand_db)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["kind"] for r in rows) == ["claims", "claims", "figures", "figures",
                                               "positions", "positions"]
    assert {r["value"] for r in rows if r["kind"] == "figures"} == {"404.0", "413.0"}


def test_cli_export_acled_and_geojson_are_well_formed(corpus_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "acled", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    assert "fatalities" in header
    result = runner.invoke(app, ["export", "--format", "geojson", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
