"""An outlet's home area, learned from the places of its own articles.

A local paper's "Dublin" is the Dublin near the paper, and its reports often
never name their state: the reader knows where the paper is. truceline learns
it the same way, from the outlet's other articles: the first-level area (state,
province, governorate) in which at least ``HOME_SHARE`` of the confidently
resolved places of the outlet's articles lie (each counted once per article), at
least ``MIN_HOME_PLACES`` of them. An article that names no home area of its own is then read again with
its outlet's (``Article.outlet_home``; the places stage gives the namesakes
inside it the bonus of an article's own home area). A wire service or a
national paper spreads over many areas and gets none.

Outlets are keyed by their name, else by the host of the article's address.
``truceline ingest`` learns the homes from the articles it ingests in one run
and reads those of outlets with a home again (:func:`to_reread`); ``truceline
eval geo`` does the same over the corpus it scores.

Thresholds set before measuring, not tuned: three places, two fifths.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from truceline.record import Article, Mention

MIN_HOME_PLACES = 3  # an outlet needs this many confidently placed names in one area ...
HOME_SHARE = 0.4  # ... and this share of all of them
MIN_CONFIDENCE = 0.75  # a place resolved with this margin or more counts (0.5: a coin toss)
MIN_OWN_AREA_MENTIONS = 2  # an article naming an area this often has its own home (as the stage)


def outlet_key(article: Article) -> str | None:
    """Who published ``article``: its outlet's name, else its address's host (no "www.")."""
    if article.outlet:
        return article.outlet.strip().lower()
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _area(mention: Mention) -> str | None:
    """The first-level area a confidently resolved place lies in (or is), if any."""
    if mention.kind != "PLACE" or mention.demonym or mention.confidence < MIN_CONFIDENCE:
        return None
    return mention.admin_path[1] if len(mention.admin_path) >= 2 else None


class HomeCounter:
    """Counts, per outlet, the areas its articles' places lie in."""

    def __init__(self) -> None:
        self._areas: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, key: str | None, mentions: Iterable[Mention]) -> None:
        """Count the places of one article of outlet ``key``, each distinct place once: an
        article repeating a name (and perhaps misplacing it) is one vote."""
        if key is None:
            return
        places = {(m.canonical, _area(m)) for m in mentions}
        self._areas[key].update(area for _, area in places if area is not None)

    def homes(self) -> dict[str, str]:
        """Outlet key -> its home area, for the outlets that have one."""
        out: dict[str, str] = {}
        for key, areas in self._areas.items():
            if not areas:
                continue
            (area, n), total = areas.most_common(1)[0], sum(areas.values())
            if n >= MIN_HOME_PLACES and n >= HOME_SHARE * total:
                out[key] = area
        return out


def to_reread(mentions: Iterable[Mention], home: str) -> bool:
    """Whether reading an article again with its outlet's ``home`` can change its places: it
    names a place outside ``home`` (a country too: "Jordan" may be Jordan, Minnesota), and no
    first-level area twice (its own home, which the places stage keeps)."""
    own: Counter[str] = Counter()
    outside = False
    for m in mentions:
        if m.kind != "PLACE" or m.demonym:
            continue
        if m.feature_class == "A.ADM1" and m.admin_path:
            own[m.admin_path[-1]] += 1
        if len(m.admin_path) < 2 or m.admin_path[1] != home:
            outside = True
    return outside and not any(n >= MIN_OWN_AREA_MENTIONS for n in own.values())
