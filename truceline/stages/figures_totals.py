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
from functools import cache

from truceline.record import Figure
from truceline.stages.figures import CONF_IMPLICIT
from truceline.stages.figures_quantity import figure_lexicon

MIN_WHOLE_AND_PARTS = 3  # a whole and at least two parts: "8 people, 6 children and 2 adults"

__all__ = ["incident_statement", "incident_total", "is_addition", "is_definite_singular",
           "is_implicit_singular"]


def incident_total(figures: Iterable[Figure], category: str, *, no_value: float,
                   additions: bool = False) -> float:
    """The count of ``category`` for the incident the figures report: the
    largest per-sentence sum (see :func:`incident_statement`)."""
    return incident_statement(figures, category, no_value=no_value, additions=additions)[0]


def incident_statement(figures: Iterable[Figure], category: str, *, no_value: float,
                       additions: bool = False) -> tuple[float, list[Figure]]:
    """The count of ``category`` for the incident the figures report, the
    largest per-sentence sum, with the figures that make it up.

    ``no_value`` is what a figure without a number ("several") counts for, a
    convention of the data set being built (ISAF codes "several" as 3). A single
    person named definitely ("the leader", "the victim") after a sentence
    that already gave the category is a restatement; a count said twice in
    one sentence (a headline run into the lead) counts once; parts
    ("including 12 children") never add to their whole, and running totals
    ("have detained 125 since December 1") are not the incident's; a whole said
    with its parts ("8 people, 6 children and 2 adults") counts once.

    With ``additions`` (press releases that build a count from parts said
    apart), a count of more of the same ("also detained two", :func:`is_addition`)
    that stands alone in a later sentence adds to the largest statement, unless
    an earlier sentence said it in the same words or counted as many others;
    "additional" beside another count in its sentence is relative to that count
    ("the commander and three additional suspects": four), and a definite
    singular there is part of the sentence's restated whole, not a restatement
    to skip.
    """
    kept: dict[int, list[tuple[float, Figure]]] = defaultdict(list)
    said_in: dict[int, list[tuple[float | None, str | None]]] = {}
    for fig in sorted(figures, key=lambda f: f.span):
        if fig.category != category or fig.derived_from is not None or fig.cumulative:
            continue  # another category, a part of a whole, a running total
        value = fig.value if fig.value is not None else fig.low
        said = said_in.setdefault(fig.sentence, [])
        if any(v == value and (_bare(u) or _bare(fig.unit) or u == fig.unit) for v, u in said):
            continue  # "Five Injured in Nightclub Shooting ... Five people injured": said twice
        said.append((value, fig.unit))
        kept[fig.sentence].append((value if value is not None else no_value, fig))
    per_sentence: dict[int, float] = defaultdict(float)
    parts: dict[int, list[Figure]] = defaultdict(list)
    added: list[tuple[float, Figure]] = []
    first = min(kept, default=None)
    said_before: set[str] = set()  # the words of the counts said so far
    others_before: set[float] = set()  # the counts of "other" ones said so far
    for sentence, counts in sorted(kept.items()):
        counts = _whole_over_parts(counts)
        alone = len(counts) == 1  # "the commander and three additional suspects": the sentence's own whole
        for count, fig in counts:
            if (alone or not additions) and sentence != first and is_definite_singular(fig):
                continue  # "the leader", "the victim": someone an earlier sentence counted
            if additions and alone and sentence != first and is_addition(fig):
                # "The security force also detained two suspects" adds to the count, unless
                # an earlier sentence said it in the same words ("detained several suspected
                # insurgents ... They also detained several suspected insurgents") or counted
                # as many others ("two other militants ... Two other insurgents were also captured")
                if fig.text.lower() not in said_before and count not in others_before:
                    added.append((count, fig))
                continue
            per_sentence[sentence] += count
            parts[sentence].append(fig)
        said_before.update(fig.text.lower() for _, fig in counts)
        others_before.update(count for count, fig in counts if is_addition(fig))
    best = max(per_sentence, key=lambda k: (per_sentence[k], -k), default=None)  # ties: the earlier
    total = per_sentence[best] if best is not None else 0.0
    said_best = list(parts[best]) if best is not None else []
    return total + sum(c for c, _ in added), said_best + [f for _, f in added]


@cache
def _participle_units() -> frozenset[str]:
    return frozenset(k for k in figure_lexicon()["participle_nouns"] if not k.startswith("_"))


def _bare(unit: str | None) -> bool:
    """A count without a noun of its own: no unit, or a participle the parser read as one
    ("Seven shot on Broad Ripple Avenue ... Seven people were shot": said twice)."""
    return unit is None or unit.lower() in _participle_units()


def _whole_over_parts(counts: list[tuple[float, Figure]]) -> list[tuple[float, Figure]]:
    """A sentence that gives a whole and its parts ("killing 8 people, 6 children and 2
    adults") counts the whole once: a count equal to the sum of all the others is their total.
    Only numbers count here: "two men, a woman and a boy" are four people."""
    total = sum(c for c, _ in counts)
    if len(counts) < MIN_WHOLE_AND_PARTS or any(is_implicit_singular(f) for _, f in counts):
        return counts
    return next(([(count, fig)] for count, fig in counts if count * 2 == total), counts)


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
