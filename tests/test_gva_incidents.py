"""An incident's counts read across its reports (truceline/evaluation/gva_incidents.py): the
count most of a group's reports give is every report's; a report that counts nothing has no vote.
The full run is ``truceline eval gva-incidents`` (benchmarks/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_of

from truceline import evaluation
from truceline.clusters import cluster_articles
from truceline.errors import Code, EvalError
from truceline.evaluation.gva import predict
from truceline.evaluation.gva_incidents import agreed, incident_counts


@pytest.mark.parametrize(("counts", "expected"), [
    ([1, 1, 0], 1),  # two reports of three
    ([1, 0], None),  # a tie: nobody's count wins
    ([3], 3),
    ([], None),
    ([2, 2, 1, 1, 0], None),  # the most given, but not more than half
])
def test_gva_incidents_agreed_is_a_strict_majority(counts: list[int], expected: int | None) -> None:
    assert agreed(counts) == expected


FIRST_REPORT = (  # the night of the shooting: the victim still alive
    "DAYTON, Ohio - A 19-year-old man was shot Saturday night on Salem Avenue and taken to "
    "Miami Valley Hospital in critical condition, Dayton police said. Police identified him as "
    "Marquis Tolbert, 19. No arrests have been made."
)
DEATH_REPORT = (  # two days later
    "Marquis Tolbert, the 19-year-old shot Saturday night on Salem Avenue in Dayton, died Monday "
    "at Miami Valley Hospital, police said. His death has been ruled a homicide."
)
VIGIL_REPORT = (
    "Family and friends gathered on Salem Avenue in Dayton on Tuesday to remember Marquis Tolbert, "
    "19, who was shot Saturday night and died Monday at Miami Valley Hospital, police said."
)
CHARGE_REPORT = (  # a thin follow-up: no count of its own
    "Police arrested a Dayton man Thursday in the Salem Avenue case involving Marquis Tolbert, 19. "
    "He is being held in the Montgomery County Jail on a murder charge."
)
OTHER_SHOOTING = (  # same city, same days, another incident
    "DAYTON, Ohio - Two women were wounded Sunday afternoon in a shooting outside a convenience "
    "store on North Main Street. Both were taken to Grandview Medical Center with injuries that "
    "are not life-threatening, police said."
)


def test_gva_incidents_later_reports_outvote_a_first_report_and_fill_a_thin_one() -> None:
    records = [facts_of(FIRST_REPORT, published="2017-03-12"),
               facts_of(DEATH_REPORT, published="2017-03-14"),
               facts_of(VIGIL_REPORT, published="2017-03-15"),
               facts_of(CHARGE_REPORT, published="2017-03-17"),
               facts_of(OTHER_SHOOTING, published="2017-03-13")]
    alone = [predict(r) for r in records]
    assert [(p["num_killed"], p["num_injured"]) for p in alone] == [
        (0, 1), (1, 0), (1, 0), (0, 0), (0, 2)]
    groups = cluster_articles(records)
    assert [0, 1, 2, 3] in groups and [4] in groups
    together = incident_counts(alone, groups)
    assert [(c["num_killed"], c["num_injured"]) for c in together] == [
        (1, 0), (1, 0), (1, 0), (1, 0), (0, 2)]


@pytest.mark.parametrize("bench", ["gva", "gva-incidents"])
def test_gva_incidents_folder_without_the_archive_is_a_coded_error(bench: str, tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl.gz").write_bytes(b"")  # the incidents file is missing
    with pytest.raises(EvalError) as err:
        evaluation.run(bench, tmp_path)
    assert err.value.code == Code.EVAL_PATH
    assert "incidents.json.gz" in str(err.value)
