"""Record-level matching of gold and predicted entities and metrics (SPEC section 6)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..schema import Body, Metric, Official, Province
from ..text import fold, name_key
from .assignment import match_items
from .normalise import name_form, titles_match, unit_class

VALUE_TOLERANCE = 0.01
# Float noise must not turn 0.01 apart into "too far apart".
_EPSILON = 1e-9

Matching = tuple[list[tuple[int, int]], list[int], list[int]]


def _same(key: Callable) -> Callable:
    return lambda gold, predicted: 0.0 if key(gold) == key(predicted) else None


def official_key(official: Official) -> str:
    """The identity of an official: its key, or the fold of its name when no key is given."""
    return official.key.strip() or name_key(official.name)


def match_officials(gold: Sequence[Official], predicted: Sequence[Official]) -> Matching:
    """Officials match on ``key``."""
    return match_items(gold, predicted, _same(official_key))


@lru_cache(maxsize=1)
def _province_codes() -> dict[str, str]:
    """Folded spelling -> ISO code, from the pattern files when they load."""
    try:
        from ..patterns import get_patterns

        return {fold(spelling): code for spelling, code in get_patterns().province_spellings()}
    except (ImportError, OSError, ValueError):
        return {}


def province_key(province: Province) -> str:
    """The identity of a province: its code, else the code its name resolves to, else the name."""
    if province.code:
        return province.code.upper()
    form = fold(province.name)
    return _province_codes().get(form, form)


def match_provinces(gold: Sequence[Province], predicted: Sequence[Province]) -> Matching:
    """Provinces match on ``code`` (or ``name`` when a code is missing)."""
    return match_items(gold, predicted, _same(province_key))


def body_forms(body: Body) -> set[str]:
    """Normalised name and aliases of a body."""
    return {name_form(body.name), *(name_form(alias) for alias in body.aliases)} - {""}


def _body_cost(gold: Body, predicted: Body) -> float | None:
    if name_form(gold.name) == name_form(predicted.name):
        return 0.0
    return 1.0 if body_forms(gold) & body_forms(predicted) else None


def match_bodies(gold: Sequence[Body], predicted: Sequence[Body]) -> Matching:
    """Bodies match when a normalised name or alias of one equals one of the other."""
    return match_items(gold, predicted, _body_cost)


def values_match(gold: float | None, predicted: float | None) -> bool:
    """Two numbers are the same figure within the SPEC tolerance of 0.01; None only matches None."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return abs(gold - predicted) <= VALUE_TOLERANCE + _EPSILON


def quote_interval(metric: Metric, text: str | None) -> tuple[int, int] | None:
    """Offsets of a metric's quote: its own, or the first place the quote occurs in the text."""
    if metric.start is not None and metric.end is not None:
        return metric.start, metric.end
    if metric.quote and text:
        at = text.find(metric.quote)
        if at >= 0:
            return at, at + len(metric.quote)
    return None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def metric_cost(text: str | None) -> Callable[[Metric, Metric], float | None]:
    """Cost of pairing two metrics: None unless value and unit class agree.

    Among compatible pairs, overlapping quotes are preferred, then identical units.
    """

    def cost(gold: Metric, predicted: Metric) -> float | None:
        if not values_match(gold.value, predicted.value):
            return None
        if unit_class(gold.unit) != unit_class(predicted.unit):
            return None
        near = _overlap(quote_interval(gold, text), quote_interval(predicted, text))
        same_unit = fold(gold.unit) == fold(predicted.unit)
        return (0.0 if near else 2.0) + (0.0 if same_unit else 1.0)

    return cost


def match_metrics(
    gold: Sequence[Metric], predicted: Sequence[Metric], text: str | None = None
) -> Matching:
    """Metrics match one to one on value and unit class, preferring overlapping quotes."""
    return match_items(gold, predicted, metric_cost(text))


def match_titles(gold: Sequence[str], predicted: Sequence[str]) -> tuple[list[int], list[int]]:
    """Indices of gold titles found and of predicted titles that match no gold title."""
    found = [i for i, g in enumerate(gold) if any(titles_match(g, p) for p in predicted)]
    extra = [j for j, p in enumerate(predicted) if not any(titles_match(g, p) for g in gold)]
    return found, extra
