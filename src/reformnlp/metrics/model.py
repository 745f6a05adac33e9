"""Plain value types shared by the statement reader's modules."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..numbers import Quantity
from ..text import fold

# Roles a figure can play in its clause: a metric of its own, or an attribute of one.
PRIMARY = "primary"
ATTRIBUTE_ROLES = ("average", "previous", "target", "change")
# Units that count nothing: a count's rules (groups, lists, mergers) skip them.
NOT_COUNTS = frozenset({"", "%", "points", "rank", "place", "times"})


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing in the text: ``label`` PROVINCE, BODY, LOCALITY, REGION or INDEX.

    ``name`` is the record name (a province's canonical name, a body's name, a
    region's canonical name, an index as written).
    """

    start: int
    end: int
    label: str
    name: str
    kind: str | None = None  # a body's kind (SPEC: "service_centre", "portal", ...), an index's id


@dataclass(frozen=True, slots=True)
class Referents:
    """What "the province" and "the city" refer to: the province the article is about, or
    in a round-up of many provinces, the one named last before the reference; and what
    "the commune", "the ward" or "the district" refers to: the locality of that level named
    last before it, by itself or in a local body's name."""

    article: str | None
    places: tuple[Entity, ...] = ()
    localities: tuple[Entity, ...] = ()  # LOCALITY and BODY entities, in text order
    paragraphs: tuple[tuple[int, int], ...] = ()  # the text's paragraphs, in order

    def place_before(self, at: int) -> str | None:
        """The article's province, else the place named last before ``at``; a paragraph
        that turns to another province ("Similar to Dien Bien, Yen Bai's ranking dropped.
        Last year, the province ranked 51st") refers to that one."""
        found = None
        for place in self.places:
            if place.start >= at:
                break
            found = place
        if self.article is None:
            return found.name if found is not None else None
        if found is None or found.name == self.article:
            return self.article
        # the places the paragraph names before ``at`` since it last named the article's own:
        # one other province turned to, not a list of several ("Lao Cai, Long An and Thai
        # Nguyen recorded ... The province aims")
        i = bisect_right(self.paragraphs, (at, float("inf"))) - 1
        if i < 0 or not self.paragraphs[i][0] <= found.start < at <= self.paragraphs[i][1]:
            return self.article
        since = set()
        for place in self.places:
            if place.start >= at:
                break
            if place.start >= self.paragraphs[i][0]:
                since = set() if place.name == self.article else since | {place.name}
        return found.name if len(since) == 1 else self.article

    def city_before(self, at: int) -> str | None:
        """What "the city" refers to: the article's place when it is a centrally-run city
        (its PROVINCE entity's kind); on a province's page, the city named last before ``at``,
        alone or in a local body's name ("Mong Cai City Public Administration Service Centre
        ... the city" -> "Mong Cai city"); else the place, as for "the province"."""
        place = self.place_before(at)
        cities = {fold(e.name): e.name for e in self.places if e.kind == "city"}
        if place is not None and fold(place) in cities:
            return place
        found = self.locality_before(at, "city")
        if found is None:
            return place
        # a centrally-run city's body ("Ho Chi Minh City People's Committee") names that city
        return cities.get(fold(found)) or cities.get(fold(found.removesuffix(" city")), found)

    def locality_before(self, at: int, level: str) -> str | None:
        """The commune, ward or district (``level``) named last before ``at``: a locality
        ("Tan Lac district"), or the place a local body is named after ("Muong Dun Commune
        People's Committee" -> "Muong Dun commune")."""
        found = None
        for entity in self.localities:
            if entity.start >= at:
                break
            words = entity.name.split()
            lowered = [w.lower() for w in words]
            if level in lowered[1:]:
                cut = lowered.index(level, 1)
                if entity.label == "LOCALITY" or cut < len(words) - 1:
                    found = f"{' '.join(words[:cut])} {level}"
        return found


@dataclass(slots=True)
class Figure:
    """One figure read in a clause, with its role and what is known about it."""

    q: Quantity
    start: int  # the number itself, absolute offsets
    end: int  # end of what the figure consumed (unit, total, scope)
    value: float
    unit: str
    role: str = PRIMARY
    approximate: bool = False
    kind: str = "result"
    direction: str | None = None  # for changes
    cue_start: int | None = None  # where an attribute's cue begins
    period: str | None = None
    period_text: str | None = None
    scope: str | None = None  # averages' and ranks' scope
    difference: float | None = None  # gap from an average without its value
    out_of: float | None = None
    target: float | None = None
    rank_total: int | None = None
    attrs: dict = field(default_factory=dict)
    metric: str | None = None
    subject: str | None = None
    quote_start: int = 0
    quote_end: int = 0
    headline: bool = False

    def record(self) -> dict:
        """The Metric fields (JSON primitives) without quote and offsets."""
        rank = None
        if self.unit == "rank":
            rank = {"position": int(self.value), "total": self.rank_total, "scope": self.scope}
        previous = self.attrs.get("previous")
        if previous is not None and not any(v is not None for v in previous.values()):
            previous = None  # "up 12% from the previous year" on a page that fixes no year
        return {
            "metric": self.metric,
            "value": _number(self.value),
            "unit": self.unit,
            "kind": self.kind,
            "approximate": self.approximate,
            "subject": self.subject,
            "period": self.period,
            "period_text": self.period_text,
            "target": _number(self.target),
            "out_of": _number(self.out_of),
            "average": self.attrs.get("average"),
            "previous": previous,
            "change": self.attrs.get("change"),
            "rank": rank,
        }


def _number(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)
