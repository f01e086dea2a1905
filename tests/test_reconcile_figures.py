"""Figures through the stages into reconciliation: the date a count carries decides which counts
contradict each other (truceline/stages/figures.py ``_as_of``, truceline/reconcile.py)."""

from __future__ import annotations

import pytest
from conftest import facts_of

from truceline.reconcile import contradictions, figure_series


@pytest.mark.parametrize(("text", "as_of"), [
    # an event still to come: the day given is the day of the saying, not of the release
    ("Hamas had said on Saturday that 95 prisoners would be released in the first exchange.", None),
    # ... unless the date is the event's own
    ("Israel will release 30 prisoners on Saturday, officials said on Thursday.", "2025-01-25"),
    # a count told in the past keeps the date of the sentence
    ("Early on Monday Israel freed 90 Palestinian prisoners from Ofer prison.", "2025-01-20"),
])
def test_reconcile_figures_a_count_still_to_come_is_not_dated_by_its_statement(text: str,
                                                                       as_of: str | None) -> None:
    (fig,) = [f for f in facts_of(text, published="2025-01-20").figures
              if f.category == "PRISONERS_RELEASED"]
    assert fig.as_of == as_of


def test_reconcile_figures_a_promised_count_contradicts_the_count_released() -> None:
    """The corpus's 90-against-95: the 95 Hamas said would be released and the 90 the prison
    service says were freed, in one report; the promise is dated by the report, not the saying."""
    report = facts_of("Early on Monday Israel freed 90 Palestinian prisoners from Ofer prison, the "
                      "Israel Prison Service said. Hamas had said on Saturday that 95 prisoners would "
                      "be released in the first exchange.", published="2025-01-20")
    (found,) = contradictions(figure_series([report]))
    assert found.category == "PRISONERS_RELEASED"
    assert {found.a.value, found.b.value} == {90, 95}
