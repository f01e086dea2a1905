"""An outlet's home area, learned from the places of its own articles.

A local paper's "Dublin" is the Dublin near the paper, and its reports often
never name their state: the reader knows where the paper is. truceline learns
it the same way, from the outlet's other articles: the first-level area (state,
province, governorate) in which at least ``HOME_SHARE`` of the confidently
resolved places of the outlet's articles lie (each counted once per article),
at least ``MIN_HOME_PLACES`` of them. An article that names no home area of
its own and has a place outside its outlet's is then read again with it
(``Article.outlet_home``; the places stage gives the namesakes inside it a
bonus). A wire service or a national paper spreads over many areas and gets
none. An outlet named after a place its articles name ("The Paris News",
athensreview.com) has that town too (``Article.outlet_town``): in the home
area, the town of that name is the one meant.

Outlets are keyed by their name, else by the host of the article's address.
``truceline ingest`` learns the homes from the articles it ingests in one run
and reads those of outlets with a home again (:func:`home_to_read`); ``truceline
eval geo`` does the same over the corpus it scores.

Thresholds set before measuring, not tuned: three places, two fifths, five
letters.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import NamedTuple
from urllib.parse import urlsplit

from truceline.record import Article, Mention

MIN_HOME_PLACES = 3  # an outlet needs this many confidently placed names in one area ...
HOME_SHARE = 0.4  # ... and this share of all of them
MIN_CONFIDENCE = 0.75  # a place resolved with this margin or more counts (0.5: a coin toss)
MIN_OWN_AREA_MENTIONS = 2  # an article naming an area this often has its own home (as the stage)
MIN_TOWN_LETTERS = 5  # an outlet's name holding a place name this long is named after it ("paris")


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


class OutletHome(NamedTuple):
    area: str  # first-level area, as the records write it (unidecoded)
    town: str | None  # a place name of its articles that the outlet's own name holds

    def on(self, article: Article) -> Article:
        """``article``, to be read with this home."""
        return replace(article, outlet_home=self.area, outlet_town=self.town)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


class HomeCounter:
    """Counts, per outlet, the areas its articles' places lie in, and keeps their names."""

    def __init__(self) -> None:
        self._areas: dict[str, Counter[str]] = defaultdict(Counter)
        self._names: dict[str, set[str]] = defaultdict(set)

    def add(self, key: str | None, mentions: Iterable[Mention]) -> None:
        """Count the places of one article of outlet ``key``, each distinct place once: an
        article repeating a name (and perhaps misplacing it) is one vote."""
        if key is None:
            return
        mentions = [m for m in mentions if m.kind == "PLACE" and not m.demonym]
        places = {(m.canonical, _area(m)) for m in mentions}
        self._areas[key].update(area for _, area in places if area is not None)
        self._names[key].update(m.text for m in mentions)

    def homes(self) -> dict[str, OutletHome]:
        """Outlet key -> its home area (and town), for the outlets that have one."""
        out: dict[str, OutletHome] = {}
        for key, areas in self._areas.items():
            if not areas:
                continue
            (area, n), total = areas.most_common(1)[0], sum(areas.values())
            if n >= MIN_HOME_PLACES and n >= HOME_SHARE * total:
                out[key] = OutletHome(area, _town(key, self._names[key] - {area}))
        return out


def _town(key: str, names: set[str]) -> str | None:
    """The longest place name of the outlet's articles (its home area's own name aside) that
    its own name holds ("The Paris News", athensreview.com), at least ``MIN_TOWN_LETTERS``
    letters; None if none."""
    own = _letters(key.rsplit(".", 1)[0] if "." in key and " " not in key else key)
    found = [n for n in names if len(_letters(n)) >= MIN_TOWN_LETTERS and _letters(n) in own]
    return max(found, key=lambda n: (len(_letters(n)), n)) if found else None


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


def home_to_read(homes: Mapping[str, OutletHome], key: str | None,
                 mentions: Iterable[Mention]) -> OutletHome | None:
    """The home to read an article of outlet ``key`` again with: its outlet's, where it has one
    that can change the article's places (:func:`to_reread`); else None."""
    home = homes.get(key) if key is not None else None
    return home if home is not None and to_reread(mentions, home.area) else None
