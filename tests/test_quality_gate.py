"""The quality gate: pinned benchmark scores must not drop beyond noise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truceline.errors import EvalError
from truceline.evaluation import gate


def test_gate_data_hash_changes_with_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    before = gate.data_hash(tmp_path)
    (tmp_path / "a.txt").write_text("two")
    assert gate.data_hash(tmp_path) != before
    assert gate.data_hash(tmp_path / "a.txt") == gate.data_hash(tmp_path / "a.txt")


def test_gate_refuses_changed_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "x.json").write_text("[]")
    pins = tmp_path / "pins.json"
    pins.write_text(json.dumps({"x": {"bench": "newsquant", "path": "x.json", "limit": None,
                                      "data_sha256": "0" * 64, "metrics": {"value_f1": 0.9}}}))
    with pytest.raises(EvalError, match="the data changed"):
        gate.check(data, pins)


def test_gate_every_entry_is_pinned() -> None:
    pins = gate.load_pins()
    assert set(pins) == set(gate.GATE_ENTRIES), "run `truceline gate --update` to pin new entries"


@pytest.mark.gold
def test_gate_no_regression(shared_data: Path) -> None:
    regressions, measured = gate.check(shared_data)
    assert not regressions, "\n".join(map(str, regressions))
    assert measured, "no gate entry ran"


@pytest.mark.parametrize(("metric", "expected"), [
    ("value_f1", True), ("acc_161km", True), ("accuracy", True), ("pass_rate_SetParser", True),
    ("median_km", False), ("docs_per_s", False), ("baseline_toponym_f1", False), ("cases", False),
])
def test_gate_pins_only_scores_where_higher_is_better(metric: str, expected: bool) -> None:
    assert gate.gated(metric, 0.5) is expected


@pytest.mark.gold
def test_gate_refuses_to_lower_a_pin_without_a_reason(shared_data: Path, tmp_path: Path) -> None:
    spec = {"bench": "msdatetime", "path": "time/ms-recognizers-datetime", "limit": 40}
    pins = tmp_path / "pins.json"
    pins.write_text(json.dumps({"ms": {**spec, "data_sha256": "", "metrics": {"pass_rate": 1.0}}}))
    with pytest.raises(EvalError, match="would lower pass_rate"):
        gate.pin(shared_data, {"ms": spec}, pins_file=pins)
    written = gate.pin(shared_data, {"ms": spec}, pins_file=pins, allow_lower="test: a stricter scorer")
    assert written["ms"]["lowered"]["reason"] == "test: a stricter scorer"
    assert written["ms"]["metrics"]["pass_rate"] < 1.0
