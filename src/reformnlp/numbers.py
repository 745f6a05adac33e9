"""The number grammar: regex atoms for the figures of the genre, composed once.

Pure functions over strings. A scan finds every *quantity* in a text (a number
with its scale, percent sign, currency, range, slash or multiplier) and every
*ordinal* ("27th", "first", "No. 1"); what a quantity means in its sentence is
decided by :mod:`reformnlp.metrics`.

Separators follow the page's language. In English text a comma before exactly
three digits groups thousands ("2,157") and a comma before one or two digits
just before a percent sign is a decimal comma ("57,01%"); on a page written in
Vietnamese the dot groups thousands ("56.039 hồ sơ") and the comma is the
decimal mark.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import regex

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = (
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ONES)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_ORD_ONES = (
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_ORD_TENS = (
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
)
ORDINAL_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ORD_ONES) if i}
ORDINAL_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_ORD_TENS)})
for _i, _tens in enumerate(_TENS):
    for _j, _ord in enumerate(_ORD_ONES[1:10], 1):
        ORDINAL_VALUES[f"{_tens}-{_ord}"] = 20 + 10 * _i + _j
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    # written in the plural after a figure on some pages: "56 trillions of VND"
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so prefixes never win)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- atoms -------------------------------------------------------------------------------
# The words of a percentage: "95.99 per cent", "95.99 pct".
PERCENT_WORDS = r"(?:percent|per[\s-]?cent|pct)"
# ... also hyphened as a modifier: "a 62.64-percent reduction", "95.99-per cent"
_PCT = rf"(?:\s?%|[\s-]?{PERCENT_WORDS}\b)"
_WORD_ONE = _alternation(_ONES[1:])
_BELOW_100 = rf"(?:(?:{_alternation(_TENS)})(?:[-\s](?:{_alternation(_ONES[1:10])}))?|{_WORD_ONE})"
# "a hundred and two", "three hundred and fifty": hundreds in words (thousands and more are
# scales: "three thousand").
_HUNDREDS = rf"(?:(?:a|one|{_alternation(_ONES[2:10])})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?)"
# Words that are a multiple by themselves: "twice as high as".
MULTIPLE_WORDS: dict[str, int] = {"twice": 2}
_WORD_NUM = (  # "five", "fivefold", "twice"
    rf"(?:{_HUNDREDS}|{_BELOW_100}|{_alternation(MULTIPLE_WORDS)})(?:\b|(?=fold\b))"
)
# Decimal comma before a percent sign (English page): "57,01%".
# A comma before one or two digits, or four and more, can only be a decimal comma ("57,01%",
# "5,94 out of 8", "VND 1,2 trillion", "4,3875"): a thousands separator has exactly three.
_EN_NUM = (
    r"(?:\d+,(?:\d{1,2}|\d{4,})(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\x20\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?)"
)
_VI_NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d])|\d+(?:,\d+)?)"
_SCALE = rf"(?:{_alternation(SCALES)})\b"
# Scales written glued to the digits: "VND10M", "$2.1T", "5bn", "USD3.2B" (capital letters only,
# so that "10m" and "5km" stay lengths).
GLUED_SCALES: dict[str, float] = {
    "K": 1e3,
    "M": 1e6,
    "B": 1e9,
    "T": 1e12,
    "bn": 1e9,
    "tn": 1e12,
    "mn": 1e6,
}
_GLUED_SCALE = rf"(?-i:{_alternation(GLUED_SCALES)})(?![\w])"
# Not the tail of another token ("1m53", "07:30", "COVID-19"); but a figure a scraped page
# glued to the word before it, whole word of four or more lower-case letters, is one when it
# reads unmistakably as a figure, grouped or decimal: "reduced40,500 persons", "reached98.5%".
_BEFORE = (
    r"(?:(?<![\w.,/:%$-])"
    # a word glued to a grouped count or a percentage: "totalled12,400", "averaged85.63
    # percent", "at least10 percent"
    r"|(?<=(?<![\w-])(?-i:\p{Ll}{4,}))"
    rf"(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?\s?(?:%|{PERCENT_WORDS}\b))"
    # the second count of a pair after a word and a slash: "21,507 arrivals/24,559 citizens",
    # "9,110 billion VND/155,569 transactions" (a date or a code has digits before its slash)
    r"|(?<=\p{L}{3}/)(?=\d[\d,.]*\s+(?-i:\p{Ll}{3,}))"
    # a number in words opening a sentence a scraped page glued to the one before it:
    # "... services of the city.Three out of the five agencies ..."
    r"|(?<=(?-i:[\p{Ll}\d%]{2})\.)(?=(?-i:\p{Lu}\p{Ll}))"
    # the next of a list of percentages glued after a comma: "reaching 99.99 %,99.58 %"
    r"|(?<=%[,;])(?=\d+(?:\.\d+)?\s?%))"
)
# Not followed by more of a token: a date or document number ("02/02/2024", "107/2021/ND-CP",
# "18-NQ/TW"), a clock time, or letters glued to the digits ("1m53").
# Letters glued to the digits end the figure only when they are a word of four or more
# lower-case letters: scraped pages lose spaces ("437administrative procedures"); after a
# percent sign, any word ("100%and 97.67%") or the next percentage ("99.99 %,99.58 %").
# A slash before a lower-case word is a rate's "per", no code: "VND 1 billion/person".
_AFTER = (
    r"(?!(?<!%)(?!(?-i:\p{Ll}{4}))[\w]|(?<!%)[.,]\d"
    # a slash and more of a code or date, but not a count of its own ("VND/155,569 times")
    r"|\s?/\s?(?!(?-i:\p{Ll}{3,})\b)(?!\d[\d,.]*\s+(?-i:\p{Ll}{3,}))[\w]"
    r"|:\d|(?-i:-\p{Lu}))"
)


def _quantity_pattern(num: str, currencies: Iterable[str], range_words: Iterable[str] = ()) -> str:
    cur = _alternation(currencies) or r"(?!x)x"
    value = rf"(?:{num}|{_WORD_NUM})"
    # words between "to" and the upper end of a range: "from 10,035 to about 3,300"
    between = rf"(?:\s(?:{_alternation(range_words)}))?" if range_words else ""
    return rf"""
    {_BEFORE}
    (?:(?P<cur_pre>{cur})\s?)?
    (?:(?<=^|[\s(\[])(?P<sign>[-−+])(?=\d))?
    (?P<n1>{value})
    (?:\s(?P<scale1>{_SCALE})|(?P<glued1>{_GLUED_SCALE}))?
    (?P<pct1>{_PCT})?
    (?:
        (?P<range>\s?(?:-|–|—|to{between})\s?)
        (?:(?P=cur_pre)\s?)?
        (?P<n2>{value})(?:\s(?P<scale2>{_SCALE}))?
      |
        (?(scale1)(?=\s?/\s?[\d.,]+\s{_SCALE}))  # "108 billion/360,160 ...": no pair of parts
        \s?/\s?(?P<slash>{num})(?:\s(?P<scale3>{_SCALE}))?(?![/\d])(?!\s?/)
      |
        -(?P<compound>(?-i:\p{{Ll}}+))\b
    )?
    (?P<pct>{_PCT})?
    (?:\s?(?(scale1)(?:of\s)?)(?P<cur_post>{cur})\b)?
    (?:\s?(?P<mult>times\b|-?fold\b))?
    (?(compound)|{_AFTER})
    """


_ORDINAL = regex.compile(
    rf"""
    {_BEFORE}
    (?:(?P<digits>\d+)(?P<gap>\s)?(?P<suffix>st|nd|rd|th)\b
      |(?P<no>No\.?\s?|number\s)(?P<no_n>\d+)(?:/(?P<no_total>\d{{1,3}})(?![\d/-]))?\b(?![/-]\w)
      |(?-i:number)\s(?P<no_word>{_alternation(_ONES[1:])})\b(?!-)
      |(?P<word>{_alternation(ORDINAL_VALUES)})\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A year a page of the genre writes: 1940-2099 (older digits are counts, not years).
YEAR = r"(?:19[4-9]\d|20\d\d)"
_YEAR = regex.compile(YEAR)
_VI_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VI_PLAIN = regex.compile(r"\d+(?:,\d+)?")
_POINT_DECIMAL = regex.compile(r"\d+\.\d+")
_EN_GROUPED = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACE_GROUPED = regex.compile(r"\d{1,3}(?: \d{3})+")
_COMMA_DECIMAL = regex.compile(r"\d+,(?:\d{1,2}|\d{4,})")
_EN_PLAIN = regex.compile(r"\d+(?:\.\d+)?")
_WORD_SPLIT = regex.compile(r"[-\s]+")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in text: ``text[start:end]`` reads as ``value`` (and maybe ``second``).

    ``kind`` is ``number``, ``percent``, ``money``, ``multiplier``, ``ordinal`` or
    ``compound`` (a number glued to a word by a hyphen, "23-place", "17-second").
    ``relation`` says what ``second`` is: ``range`` (upper bound), ``slash`` (the
    right side of "x/y") or None.
    """

    start: int
    end: int
    value: float
    kind: str
    second: float | None = None
    relation: str | None = None
    currency: str | None = None
    word: str | None = None
    worded: bool = False
    ordinal_form: str | None = None
    plain: bool = False  # written as bare digits, without separators or decimals
    sign: str | None = None  # "+" or "-" written before the digits ("down -0.5 points")

    @property
    def is_years(self) -> bool:
        """A bare year or span of years ("2023", "2021-2025"): a period, never a figure."""
        return self.is_year or (
            self.kind == "number"
            and self.relation == "range"
            and self.second is not None
            and self.plain
            and 1945 <= self.value <= 2100
            and 1945 <= self.second <= 2100
        )

    @property
    def is_year(self) -> bool:
        """A bare four-digit number that reads as a calendar year."""
        return (
            self.kind == "number"
            and self.relation is None
            and self.plain
            and 1945 <= self.value <= 2100
        )


def parse_digits(text: str, *, vietnamese: bool = False) -> float | None:
    """Read a digit string with separators in the page's convention; None if malformed."""
    s = text.strip()
    if not s or not s[0].isdigit():
        return None
    if vietnamese:
        if _VI_GROUPED.fullmatch(s):
            s = s.replace(".", "").replace(",", ".")
        elif _VI_PLAIN.fullmatch(s):
            s = s.replace(",", ".")
        elif not _POINT_DECIMAL.fullmatch(s):
            return None
    elif _EN_GROUPED.fullmatch(s):
        s = s.replace(",", "")
    elif _SPACE_GROUPED.fullmatch(s):  # "10 035": thousands grouped with (thin) spaces
        s = s.replace(" ", "")
    elif _COMMA_DECIMAL.fullmatch(s):
        s = s.replace(",", ".")
    elif not _EN_PLAIN.fullmatch(s):
        return None
    return float(s)


def parse_words(text: str) -> int | None:
    """Read a number written in words ("three", "twenty-five", "a hundred and two");
    None otherwise."""
    words = text.strip().lower()
    if " hundred" in words:
        head, _, rest = words.partition(" hundred")
        hundreds = 1 if head in ("a", "one") else WORD_VALUES.get(head)
        rest = rest.strip().removeprefix("and").strip()
        below = parse_words(rest) if rest else 0
        if hundreds is None or below is None or below >= 100:
            return None
        return 100 * hundreds + below
    parts = _WORD_SPLIT.split(words)
    if len(parts) == 1:
        return WORD_VALUES.get(parts[0], MULTIPLE_WORDS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES[1:10]:
        return WORD_VALUES[parts[0]] + WORD_VALUES[parts[1]]
    return None


def _number(text: str, vietnamese: bool) -> tuple[float | None, bool]:
    if text[0].isdigit():
        return parse_digits(text, vietnamese=vietnamese), False
    return parse_words(text), True


class NumberGrammar:
    """The quantity and ordinal scanners, compiled once for a set of currency words.

    ``currencies`` maps a currency word or symbol as written ("VNĐ", "US$",
    "dong") to its code ("VND", "USD"); ``range_words`` may stand between "to" and the
    upper end of a range ("from 10,035 to about 3,300").
    """

    def __init__(
        self, currencies: Mapping[str, str] | None = None, range_words: Iterable[str] = ()
    ):
        self.currencies = {k.lower(): v for k, v in (currencies or {}).items()}
        flags = regex.VERBOSE | regex.IGNORECASE
        words = list(self.currencies)
        ranged = tuple(range_words)
        self._en = regex.compile(_quantity_pattern(_EN_NUM, words, ranged), flags)
        self._vi = regex.compile(_quantity_pattern(_VI_NUM, words, ranged), flags)
        # Lower-cased words a quantity may start with: number words and currencies (one set,
        # so that the scan prefilter finds its starts under the same key every time).
        self.quantity_words = frozenset(
            {*WORD_VALUES, *MULTIPLE_WORDS, "a"}
            | {f"{w}fold" for w in WORD_VALUES if " " not in w}  # "a fivefold increase"
            | {w.split()[0].lower() for w in self.currencies}
        )

    @property
    def start_words(self) -> frozenset[str]:
        """Lower-cased words a quantity, share or ordinal may start with (the prefilter)."""
        return self.quantity_words | FRACTION_WORDS | ORDINAL_WORDS

    def quantities(
        self,
        text: str,
        *,
        vietnamese: bool = False,
        starts: list[int] | None = None,
        end: int | None = None,
        share_starts: list[int] | None = None,
    ) -> list[Quantity]:
        """Every quantity in ``text`` that reads cleanly, in order.

        ``starts`` (sorted offsets) limits the scan to where a quantity may begin, and
        ``share_starts`` to where a share in words may ("two thirds of"): much faster, and
        the same quantities when every possible start is given (see
        :class:`reformnlp.anchors.Anchors`); ``end`` bounds the matches.
        """
        pattern = self._vi if vietnamese else self._en
        out = []
        for m in matches_at(pattern, text, starts, end):
            if _year_to_number(m):
                # "from number 40 in 2019 to 31 in 2021": a year, then a figure of its own
                parts = (
                    pattern.match(text, m.start(), m.end("n1")),
                    pattern.match(text, m.start("n2"), m.end()),
                )
            else:
                parts = (m,)
            for part in parts:
                q = self._quantity(part, vietnamese) if part is not None else None
                if q is not None:
                    out.append(q)
        shares = starts if share_starts is None else share_starts
        fractions = [_fraction(m) for m in matches_at(_FRACTION, text, shares, end)]
        fractions += [_ratio(m) for m in matches_at(_RATIO, text, shares, end)]
        if fractions:  # a share in words wins over the number word inside it ("one-sixth")
            out = [q for q in out if not any(f.start < q.end < f.end + 1 for f in fractions)]
            out = sorted(out + fractions, key=lambda q: q.start)
        return out

    def parse(self, text: str, *, vietnamese: bool = False) -> Quantity | None:
        """The quantity when ``text`` is exactly one quantity (surrounding spaces aside)."""
        stripped = text.strip()
        offset = text.find(stripped)
        pattern = self._vi if vietnamese else self._en
        m = pattern.fullmatch(stripped)
        q = self._quantity(m, vietnamese) if m else None
        if q is None:
            return None
        return Quantity(**{**_fields(q), "start": q.start + offset, "end": q.end + offset})

    def _quantity(self, m: regex.Match, vietnamese: bool) -> Quantity | None:
        g = m.groupdict()
        value, worded = _number(g["n1"], vietnamese)
        if value is None:
            return None
        value = _scaled(value, SCALES[g["scale1"].lower()] if g["scale1"] else 1)
        value = _scaled(value, GLUED_SCALES[g["glued1"]] if g["glued1"] else 1)
        second = relation = None
        if g["n2"]:
            second, _ = _number(g["n2"], vietnamese)
            if second is None:
                return None
            scale = g["scale2"] or g["scale1"]
            second = _scaled(second, SCALES[scale.lower()] if scale else 1)
            relation = "range"
            if g["scale2"] and not g["scale1"]:
                value = _scaled(value, SCALES[g["scale2"].lower()])
        elif g["slash"]:
            second = parse_digits(g["slash"], vietnamese=vietnamese)
            relation = "slash"
            if second is None or worded:
                return None
            if g["scale3"]:  # "18.5/41.6 billion VND": the scale is both sides'
                second = _scaled(second, SCALES[g["scale3"].lower()])
                if not g["scale1"]:
                    value = _scaled(value, SCALES[g["scale3"].lower()])
        currency_word = g["cur_pre"] or g["cur_post"]
        currency = self.currencies.get(currency_word.lower()) if currency_word else None
        folded = (g["compound"] or "").lower() == "fold"
        if g["mult"] or folded or g["n1"].lower() in MULTIPLE_WORDS:
            kind = "multiplier"
        elif g["compound"]:
            kind = "compound"
        elif currency:
            kind = "money"
        elif g["pct"] or g["pct1"]:
            kind = "percent"
        else:
            kind = "number"
        compound = g["compound"].lower() if g["compound"] and kind == "compound" else None
        sign = {"+": "+", "-": "-", "−": "-"}.get(g["sign"] or "")
        return Quantity(
            start=m.start(),
            end=m.end(),
            value=float(value),
            kind=kind,
            second=second,
            relation=relation,
            currency=currency,
            word=compound,
            worded=worded,
            plain=g["n1"].isdigit(),
            sign=sign,
        )

    def ordinals(
        self, text: str, *, starts: list[int] | None = None, end: int | None = None
    ) -> list[Quantity]:
        """Every ordinal ("27th", "second", "No. 1") in ``text``, in order (``starts`` and
        ``end`` as for :meth:`quantities`)."""
        out = []
        for m in matches_at(_ORDINAL, text, starts, end):
            # "ranked No.17/63": a position and its total after a slash
            total = float(m["no_total"]) if m["no_total"] else None
            if m["digits"]:
                value, form = int(m["digits"]), "suffix"
                if m["gap"] and m["suffix"].lower() != _suffix(value):
                    continue  # "17 th" is a scraped "17th"; "2 th" is no ordinal
            elif m["no_n"]:
                value, form = int(m["no_n"]), "no" if m["no"].lower().startswith("no") else "number"
            elif m["no_word"]:  # "from number eight to number three"
                value, form = WORD_VALUES[m["no_word"].lower()], "number"
            else:
                value, form = ORDINAL_VALUES[m["word"].lower()], "word"
            if value < 1 or (total is not None and value > total):
                continue
            relation = "slash" if total is not None else None
            out.append(
                Quantity(
                    m.start(),
                    m.end(),
                    float(value),
                    "ordinal",
                    second=total,
                    relation=relation,
                    ordinal_form=form,
                )
            )
        return out


def _suffix(value: int) -> str:
    """The English ordinal suffix of ``value`` ("st" for 21, "th" for 11)."""
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


# A share written in words, read as a percentage: "two thirds of communes", "one-sixth of",
# "half of business conditions" (only before "of", never after "first": "the first half of
# 2024" and "the first two quarters of 2024" are periods, nor after "and": "a day and a half").
_PARTS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "tenth": 10,
    "tenths": 10,
}
_FRACTION = regex.compile(
    r"(?<!\b(?:first|second|third|fourth|last|past|next)\s(?:(?:two|three)\s)?)"
    # "a day and a half of work": a length of time, no share
    r"(?!(?<=\band\s)an?\s+half\b)(?<!\band\san?\s)"
    rf"(?<![\w-])(?:(?P<num>a|an|one|two|three|four|five|nine)[\s-])?(?P<part>{_alternation(_PARTS)})"
    r"(?=\s+of\b)",
    regex.IGNORECASE,
)


def _fraction(m: regex.Match) -> Quantity:
    numerator = m["num"].lower() if m["num"] else "one"
    count = 1 if numerator in ("a", "an", "one") else WORD_VALUES[numerator]
    value = round(100 * count / _PARTS[m["part"].lower()], 2)
    return Quantity(m.start(), m.end(), value, "percent", worded=True)


# A share written as a ratio in words, read as a percentage: "one in five public jobs",
# "two in every three dossiers".
_RATIO_TERMS = {w: v for w, v in WORD_VALUES.items() if 1 <= v <= 10}
_RATIO = regex.compile(
    rf"(?<![\w-])(?P<num>{_alternation(_RATIO_TERMS)})\s+in\s+(?:every\s+)?"
    rf"(?P<den>{_alternation(_RATIO_TERMS)})(?=\s+\p{{L}})(?!\s+(?:of|times|years?)\b)",
    regex.IGNORECASE,
)


def _ratio(m: regex.Match) -> Quantity:
    numerator, denominator = _RATIO_TERMS[m["num"].lower()], _RATIO_TERMS[m["den"].lower()]
    value = round(100 * numerator / denominator, 2)
    return Quantity(m.start(), m.end(), value, "percent", worded=True)


FRACTION_WORDS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "nine", *_PARTS, *_RATIO_TERMS}
)
ORDINAL_WORDS = frozenset(
    {*ORDINAL_VALUES, *(w.split("-")[0] for w in ORDINAL_VALUES), "no", "no.", "number"}
)


def matches_at(pattern: regex.Pattern, text: str, starts: list[int] | None, end: int | None):
    """``pattern.finditer(text)`` up to ``end``, tried only at ``starts`` when given: the same
    matches as long as every match starts at one of them."""
    stop = len(text) if end is None else end
    if starts is None:
        yield from pattern.finditer(text, 0, stop)
        return
    reached = -1
    for start in starts:
        if start < reached or start >= stop:
            continue
        m = pattern.match(text, start, stop)
        if m is not None and m.end() > m.start():
            reached = m.end()
            yield m


def _year_to_number(m: regex.Match) -> bool:
    """A range in words from a year to a number that is no year ("2019 to 31"): two figures,
    not one range."""
    return bool(
        m["n2"]
        and "to" in m["range"]
        and not (m["scale1"] or m["glued1"] or m["pct1"] or m["cur_pre"] or m["sign"])
        and is_year(m["n1"])
        and not is_year(m["n2"])
    )


def _fields(q: Quantity) -> dict:
    return {name: getattr(q, name) for name in Quantity.__slots__}


def is_year(text: str) -> bool:
    """True when ``text`` is a plausible calendar year (1945-2100)."""
    return bool(_YEAR.fullmatch(text.strip()))


def plausible(q: Quantity, *, over_100: bool = False) -> bool:
    """The check every parse passes before it becomes a figure; failures are dropped.

    A percentage is at most 100 unless the text says otherwise (``over_100``:
    a change, or a share "of the plan"); a slash keeps its left side at most its
    right side unless it is a target ("94.44/90%"); ordinals and values are
    finite and positive where they must be.
    """
    if not math.isfinite(q.value) or q.value < 0:
        return False
    if q.kind == "ordinal":
        return q.value >= 1 and q.value == int(q.value)
    top = max(q.value, q.second or 0.0)
    if q.kind == "percent" and not over_100 and top > 100:
        return False
    if q.relation == "range" and q.second is not None and q.second < q.value:
        return False
    if q.relation == "slash" and q.kind != "percent":
        return q.second is not None and q.second > 0 and q.value <= q.second
    return True


def is_vietnamese(text: str, *, threshold: float = 0.3, undecided: bool = False) -> bool:
    """True when the text is written in Vietnamese: many of its words carry its diacritics.

    English text naming Vietnamese places ("Hà Tĩnh") stays well below the threshold.
    A text of fewer than eight words is too short to tell: ``undecided`` is the answer.
    """
    # Cheap gate first: Vietnamese prose is dense in multi-byte letters, English is not.
    dense = len(text.encode("utf-8")) - len(text) >= 0.05 * len(text)
    if not (dense or undecided):
        return False
    words = len(_WORD.findall(text))
    if words < 8:
        return undecided
    if not dense:
        return False
    return len(_VI_WORD.findall(text)) / words >= threshold


_VI_LETTERS = "ăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
_WORD = regex.compile(r"\w+")
_VI_WORD = regex.compile(rf"\w*[{_VI_LETTERS}]\w*", regex.IGNORECASE)


def _scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary noise ("4.222 trillion" is 4222000000000, not
    4222000000000.0005): the decimal written is scaled exactly."""
    if factor == 1:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(factor)))
