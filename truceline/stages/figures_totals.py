"""From an article's figures to one number per category for its incident.

A report restates its counts ("killed Fayez Jan and one additional insurgent"
in the lead, again in the body) and splits them ("two leaders and several
suspected insurgents were detained"). The total for a category is therefore
the largest per-sentence sum of that category's figures: within a sentence
the figures add up, across sentences they are restatements, and the most
complete statement wins. Relative figures ("half of them") never add.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from truceline.record import Figure
from truceline.stages.figures import CONF_IMPLICIT

__all__ = ["incident_statement", "incident_total", "is_addition", "is_definite_singular",
           "is_implicit_singular"]


def incident_total(figures: Iterable[Figure], category: str, *, no_value: float,
                   exclude_units: frozenset[str] = frozenset(), additions: bool = False) -> float:
    """The count of ``category`` for the incident the figures report: the
    largest per-sentence sum (see :func:`incident_statement`)."""
    return incident_statement(figures, category, no_value=no_value, exclude_units=exclude_units,
                              additions=additions)[0]


def incident_statement(figures: Iterable[Figure], category: str, *, no_value: float,
                       exclude_units: frozenset[str] = frozenset(),
                       additions: bool = False) -> tuple[float, list[Figure]]:
    """The count of ``category`` for the incident the figures report, the
    largest per-sentence sum, with the figures that make it up.

    ``no_value`` is what a figure without a number ("several") counts for, a
    convention of the data set being built (ISAF codes "several" as 3);
    ``exclude_units`` leaves out counted nouns that are not the incident's
    (e.g. a release's own soldiers, when it counts enemy dead). A single
    person named definitely ("the leader", "the victim") after a sentence
    that already gave the category is a restatement; a count said twice in
    one sentence (a headline run into the lead) counts once; parts
    ("including 12 children") never add to their whole, and running totals
    ("have detained 125 since December 1") are not the incident's. With ``additions``,
    a count of more of the same ("also detained two", :func:`is_addition`)
    adds to the largest statement wherever it stands.
    """
    per_sentence: dict[int, float] = defaultdict(float)
    parts: dict[int, list[Figure]] = defaultdict(list)
    said_in: dict[int, list[tuple[float | None, str | None]]] = {}
    added: list[tuple[float, Figure]] = []
    first: int | None = None
    for fig in sorted(figures, key=lambda f: f.span):
        if (fig.category != category or fig.derived_from is not None or fig.unit in exclude_units
                or fig.cumulative):
            continue  # another category, a part of a whole, not the incident's, a running total
        if is_definite_singular(fig) and first is not None and fig.sentence > first:
            continue  # "the leader", "the victim": someone an earlier sentence counted
        first = fig.sentence if first is None else first
        value = fig.value if fig.value is not None else fig.low
        said = said_in.setdefault(fig.sentence, [])
        if any(v == value and (u is None or fig.unit is None or u == fig.unit) for v, u in said):
            continue  # "Five Injured in Nightclub Shooting ... Five people injured": said twice
        said.append((value, fig.unit))
        count = value if value is not None else no_value
        if additions and is_addition(fig):  # "The security force also detained two suspected insurgents"
            added.append((count, fig))
            continue
        per_sentence[fig.sentence] += count
        parts[fig.sentence].append(fig)
    best = max(per_sentence, key=lambda k: (per_sentence[k], -k), default=None)  # ties: the earlier
    total = per_sentence[best] if best is not None else 0.0
    said_best = list(parts[best]) if best is not None else []
    return total + sum(c for c, _ in added), said_best + [f for _, f in added]


DEFINITE = frozenset({"the", "these", "those", "their", "its"})


def is_addition(fig: Figure) -> bool:
    """An indefinite count of more of the same ("also detained two suspects", "two
    additional insurgents"): it adds to a count given elsewhere, it doesn't restate it
    ("the other insurgents" does)."""
    words = fig.text.lower().split()
    return fig.addition and bool(words) and words[0] not in DEFINITE


INDEFINITE = ("a ", "an ", "another ", "one ", "one")


def is_implicit_singular(fig: Figure) -> bool:
    """One person counted from the grammar, without a number ("a man was shot",
    "4-year-old Geonna Bradley was shot": an age is not a count)."""
    return fig.value == 1 and fig.confidence <= CONF_IMPLICIT


def is_definite_singular(fig: Figure) -> bool:
    """A single person named definitely ("the victim", "their child", "Anderson")."""
    return is_implicit_singular(fig) and not fig.text.lower().startswith(INDEFINITE)
