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

__all__ = ["incident_total", "is_definite_singular", "is_implicit_singular"]


def incident_total(figures: Iterable[Figure], category: str, *, no_value: float,
                   exclude_units: frozenset[str] = frozenset()) -> float:
    """The count of ``category`` for the incident the figures report: the
    largest per-sentence sum.

    ``no_value`` is what a figure without a number ("several") counts for, a
    convention of the data set being built (ISAF codes "several" as 3);
    ``exclude_units`` leaves out counted nouns that are not the incident's
    (e.g. a release's own soldiers, when it counts enemy dead). A single
    person named definitely ("the leader", "the victim") after a sentence
    that already gave the category is a restatement; a count said twice in
    one sentence (a headline run into the lead) counts once; parts
    ("including 12 children") never add to their whole.
    """
    per_sentence: dict[int, float] = defaultdict(float)
    said_in: dict[int, list[tuple[float | None, str | None]]] = {}
    first: int | None = None
    for fig in sorted(figures, key=lambda f: f.span):
        if fig.category != category or fig.derived_from is not None or fig.unit in exclude_units:
            continue
        if is_definite_singular(fig) and first is not None and fig.sentence > first:
            continue  # "the leader", "the victim": someone an earlier sentence counted
        first = fig.sentence if first is None else first
        value = fig.value if fig.value is not None else fig.low
        said = said_in.setdefault(fig.sentence, [])
        if any(v == value and (u is None or fig.unit is None or u == fig.unit) for v, u in said):
            continue  # "Five Injured in Nightclub Shooting ... Five people injured": said twice
        said.append((value, fig.unit))
        per_sentence[fig.sentence] += value if value is not None else no_value
    return max(per_sentence.values(), default=0.0)


INDEFINITE = ("a ", "an ", "another ", "one ", "one")


def is_implicit_singular(fig: Figure) -> bool:
    """One person counted from the grammar, without a number ("a man was shot")."""
    text = fig.text.lower()
    return fig.value == 1 and not any(c.isdigit() for c in text) and not text.startswith("one")


def is_definite_singular(fig: Figure) -> bool:
    """A single person named definitely ("the victim", "their child", "Anderson")."""
    return is_implicit_singular(fig) and not fig.text.lower().startswith(INDEFINITE)
