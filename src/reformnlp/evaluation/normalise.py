"""Comparison forms used by the scorer: title word sets, body names, subjects, unit classes."""

from __future__ import annotations

from functools import lru_cache

import regex

from ..patterns import get_patterns
from ..text import fold

TITLE_STOPWORDS = frozenset({"the", "of", "and", "for"})
TITLE_THRESHOLD = 0.6
# A metric's name is a paraphrase more often than a title is: half its words in common.
METRIC_NAME_THRESHOLD = 0.5

_POSSESSIVE = regex.compile(r"'s\b|s'(?=\s|$)")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")

CURRENCIES = frozenset({"vnd", "usd", "eur", "jpy", "cny", "krw", "gbp", "sgd", "thb", "aud"})
CURRENCY_WORDS = frozenset({"dong", "vietnamese dong", "dollar", "us dollar", "euro", "yen", "$"})
TIME_UNITS = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "working day",
        "business day",
        "week",
        "month",
        "quarter",
        "year",
    }
)
PERCENT_UNITS = frozenset({"%", "percent", "per cent", "pct"})
POINT_UNITS = frozenset({"point", "points", "percentage point", "percentage points", "pp"})
# A rank move ("climbed 23 places", SPEC section 7) is scored as a rank figure. A
# "position" is a staff position in this genre ("3,126 civil servant positions"): a count.
RANK_UNITS = frozenset({"rank", "place", "places"})
RATIO_UNITS = frozenset({"times", "time", "fold", "x"})


# Words to write otherwise, and a pattern that finds them as whole words (None: no words).
_WordMap = tuple[dict[str, str], "regex.Pattern | None"]


def title_words(title: str) -> frozenset[str]:
    """Word set of a title: folded, possessive 's and punctuation dropped, stopwords out, a
    province written any way in its canonical name ("Haiphong" as "Hai Phong"), a body's
    acronym as its name ("the NA's Economic Committee"), one spelling of a word written two
    ways ("mobilisation", "mobilization": words.csv role ``spelling``)."""
    text = _POSSESSIVE.sub(" ", _canonical_places(fold(_expanded_acronyms(title))))
    spellings = _spellings()
    words = (spellings.get(w, w) for w in _NON_WORD.split(text) if w)
    return frozenset(w for w in words if w not in TITLE_STOPWORDS)


def _expanded_acronyms(title: str) -> str:
    return _replace_words(title, _body_acronyms())


def _canonical_places(text: str) -> str:
    return _replace_words(text, _place_spellings())


@lru_cache(maxsize=1)
def _body_acronyms() -> _WordMap:
    """A body's acronym as written (case kept: "MOST" is no "most") -> the body's name."""
    return _word_map({a: row.name for row in get_patterns().bodies for a in row.acronyms})


@lru_cache(maxsize=1)
def _place_spellings() -> _WordMap:
    """Folded spelling of a province -> its folded canonical name."""
    patterns = get_patterns()
    names = {row.code: fold(row.name) for row in patterns.provinces.values()}
    return _word_map(
        {
            fold(spelling): names[code]
            for spelling, code in patterns.province_spellings()
            if fold(spelling) != names[code]
        }
    )


def _word_map(mapping: dict[str, str]) -> _WordMap:
    """``mapping`` and a pattern of its keys as whole words, longest first."""
    if not mapping:
        return mapping, None
    keys = "|".join(regex.escape(k) for k in sorted(mapping, key=len, reverse=True))
    return mapping, regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{keys})(?![\p{{L}}\p{{N}}])")


def _replace_words(text: str, word_map: _WordMap) -> str:
    """``text`` with every key of ``word_map`` written as its value."""
    mapping, pattern = word_map
    return pattern.sub(lambda m: mapping[m[0]], text) if pattern is not None else text


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets; two empty sets are identical."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def titles_match(gold: str, predicted: str) -> bool:
    """SPEC section 6: word-set Jaccard of at least 0.6."""
    return jaccard(title_words(gold), title_words(predicted)) >= TITLE_THRESHOLD


def metric_names_match(gold: str, predicted: str) -> bool:
    """Two names of what a figure measures agree: they name the same index of indices.csv
    ("PCI", "Provincial Competitiveness Index"), or the word sets of :func:`title_words`
    overlap with Jaccard similarity of at least ``METRIC_NAME_THRESHOLD``."""
    index = index_of(gold)
    if index is not None and index == index_of(predicted):
        return True
    return jaccard(title_words(gold), title_words(predicted)) >= METRIC_NAME_THRESHOLD


def index_of(name: str) -> str | None:
    """The id of the index ``name`` spells (an alias of indices.csv, a year aside), if any."""
    return _index_aliases().get(_index_form(name))


def _index_form(name: str) -> str:
    return " ".join(_NON_WORD.split(_YEAR.sub(" ", fold(name)))).strip()


@lru_cache(maxsize=1)
def _index_aliases() -> dict[str, str]:
    from ..patterns import get_patterns

    return {_index_form(row.alias): row.id for row in get_patterns().indices}


@lru_cache(maxsize=20_000)
def name_form(name: str) -> str:
    """Normalised body name: folded, apostrophes and punctuation out, no leading 'the', one
    spelling of a word written two ways ("center", "centre": words.csv role ``spelling``)."""
    text = fold(name).replace("'", "")
    spellings = _spellings()
    words = [spellings.get(w, w) for w in _NON_WORD.split(text) if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    return get_patterns().spellings()


def subject_form(subject: str | None) -> str | None:
    """Normalised metric subject: a body-name form without the level word a place's name
    may end with ("Hai Duong province", "Dong Da district", "Pu Nhung commune", "Vinh city":
    SPEC 7 names a place by its name, which pages and annotators write with or without it)."""
    if subject is None:
        return None
    form = name_form(subject)
    head, _, last = form.rpartition(" ")
    if head and last in _PLACE_LEVELS:
        form = head
    return form


# "city" too: a district-level city is "Vinh" or "Vinh city"; a provincial one loses the word
# on both sides alike ("Ho Chi Minh City").
_PLACE_LEVELS = frozenset({"province", "city", "district", "commune", "ward", "town", "township"})


def headline_form(title: str | None) -> str | None:
    """Normalised headline: folded, single spaces, no trailing punctuation."""
    if title is None:
        return None
    return fold(title).rstrip(" .!?:;")


@lru_cache(maxsize=2_000)
def unit_class(unit: str) -> str:
    """The class a unit is matched by: percent, points, rank, ratio, currency, time or count."""
    form = fold(unit).strip()
    if form in PERCENT_UNITS:
        return "percent"
    if form in POINT_UNITS:
        return "points"
    if form in RANK_UNITS:
        return "rank"
    if form in RATIO_UNITS:
        return "ratio"
    if form in CURRENCIES or form in CURRENCY_WORDS or form.rstrip("s") in CURRENCY_WORDS:
        return "currency"
    if form in TIME_UNITS or (form.endswith("s") and form[:-1] in TIME_UNITS):
        return "time"
    return "count"
