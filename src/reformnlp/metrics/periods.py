"""Period phrases: the years, spans, parts of years and dates a figure refers to.

A period mention also marks text that holds no figure: "2023-2025", the
"nine" of "first nine months" and the "2" of "February 2" are never counts.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..anchors import Anchors, first_words
from ..numbers import WORD_VALUES, YEAR, matches_at
from .cues import MetricCues, phrase_pattern

_YEAR = YEAR
_Y = rf"(?<![\w/.,:-]){_YEAR}(?![\w%/]|[.,]\d|\s?(?:%|percent|per\s?cent))"
_SPAN = regex.compile(
    rf"(?:(?<=\b(?i:between)\s)(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR})"  # "between 2014 and 2020"
    rf"|(?<![\w/.,-])(?P<a>{_YEAR})\s?(?:-|–|—|to)\s?(?P<b>{_YEAR}))(?![\w%/])"
)
# A span whose end is written with two digits: "in 2016-20", "From 2021-22".
_SHORT_SPAN = regex.compile(
    rf"(?<![\w/.,-])(?P<a>{_YEAR})\s?(?:-|–|—)\s?(?P<b>\d\d)(?![\w%/-]|[.,]\d|\s?%)"
)
_BARE = regex.compile(rf"(?P<a>{_Y})")
_RENAMED = regex.compile(r"\s+(?:the\s+|part\s+of\s+|merged\s+into\s+)?\p{Lu}")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Numbers of years in words an "N years ago" phrase may count back.
_AGO_WORDS = frozenset(w for w, n in WORD_VALUES.items() if 0 < n <= 30)


def _ago_pattern(approximators) -> regex.Pattern:
    """ "two years ago", "since its founding nearly three years ago": the count may be
    approximated by a qualifier of metric_qualifiers.csv."""
    return regex.compile(
        r"(?:(?P<since>since)\b[^.,;:\d]{0,40}?\s)?"
        rf"(?:(?:{phrase_pattern(approximators)})\s+)?"
        rf"(?P<n>\d{{1,2}}|an?|{'|'.join(sorted(_AGO_WORDS))})\s+years?\s+ago\b",
        regex.IGNORECASE,
    )


_NUMERIC_DATE = regex.compile(
    r"(?<=\b(?:on|since|from|until|till|dated|date|to|by|before|after|ngày)\s)"
    # a day and a month in either order ("to 15/12", "on 3/28"); "to 29/63" is a position
    r"(?:(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]))"
    r"(?:/\d{2,4})?(?![\d/])",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """``text[start:end]`` names a period.

    ``period`` is ``YYYY`` or ``YYYY-YYYY`` (None when the phrase gives no year,
    "in July"); ``text`` is the phrase when finer than a year; ``kind`` is
    ``year``, ``span`` (no period when written backwards, "2021-2020": a typo), ``part``,
    ``date``, ``now``, ``last`` (the year before the page's),
    ``later`` (the year after the paragraph's: "a year later"), ``document`` (a legal text's
    date, "dated October 25, 2017": no figure's period; an undated page's last resort),
    ``history`` (a life's or a founding's date, "born on July 20, 1954": no period at all),
    ``same`` (the year named last before it: "during the year"), ``ago`` ("two years ago":
    ``years_ago`` before the page's year) or ``since_ago`` ("since its founding three years
    ago": the span from then to the page's year).
    """

    start: int
    end: int
    period: str | None
    text: str | None
    kind: str
    years_ago: int = 0  # "ago" and "since_ago": how many years before the page's year


_QUOTES = regex.compile(r"[\"“”‘’]")


class PeriodFinder:
    """Finds period mentions with the phrases of ``patterns/metric_periods.csv``."""

    def __init__(self, cues: MetricCues):
        part = cues.period_part.pattern
        month = cues.month.pattern
        year = rf"(?P<y>{_YEAR})"
        self._as_of = regex.compile(
            rf"\b(?i:as\s+of)\s+(?:(?:{month})\.?\s+{_DAY},?\s+{year}|{_DAY}\s+(?:{month})\.?,?\s+{year}"
            rf"|(?:{month})\.?\s+{year})",
        )
        # "the first nine months of this year": a part of the year the page's "now" and "last"
        # phrases name as a year
        this_year = phrase_pattern(w for w in cues.now_words if w.endswith("year"))
        last_year = phrase_pattern(w for w in cues.last_words if w.endswith("year"))
        self._part = regex.compile(
            rf"(?:\bthe\s+)?(?P<t>(?i:{part})(?:\s+(?:of\s+)?(?:the\s+year\s+)?{year}"
            rf"|\s+(?i:of\s+)?(?:(?P<now>{this_year})|(?P<last>{last_year})))?)(?!\w)"
        )
        self._date = regex.compile(
            rf"(?P<t>(?:{month})\.?\s+{_DAY}(?!\d)(?:,?\s+{year})?|{_DAY}\s+(?:of\s+)?(?:{month})"
            rf"(?:,?\s+{year})?)(?![\w/])"
        )
        self._month = regex.compile(rf"(?P<t>(?:{month})(?:\.?,?\s+{year})?)(?![\w/])")
        # "from January 2020 to June 2022", "between March 2023 and May 2024", "from 2019 to the
        # end of September 2020": a span of years written with a month (the years alone are
        # _SPAN's)
        self._month_span = regex.compile(
            rf"\b(?i:from|between)\s+(?P<ma>(?:{month})\.?\s+(?:{_DAY},?\s+)?)?(?P<a>{_YEAR})\s+"
            rf"(?i:to|until|till|through|and)\s+"
            # "... to the end of September 2020"
            rf"(?P<mb>(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?"
            rf"(?:{month})\.?\s+(?:{_DAY},?\s+)?)?"
            rf"(?P<b>{_YEAR})(?![\w%/])"
        )
        self._now = cues.now
        self._last = cues.last
        self._later = cues.later
        self._same = cues.same
        self._history = cues.history
        self._text_date = cues.text_date
        self._legal_text = cues.legal_text
        self._legal_text_after = cues.legal_text_after
        approximators = [phrase for phrase, rounds in cues.approximate.items() if rounds]
        self._ago = _ago_pattern(approximators)
        months = first_words(cues.month_words)
        self._starts = {
            "as_of": frozenset({"as"}),
            "part": first_words(cues.part_words) | {"the"},
            "date": months,
            "month": months,
            "now": first_words(cues.now_words),
            "last": first_words(cues.last_words),
            "later": first_words(cues.later_words),
            "same": first_words(cues.same_words),
            "ago": first_words(approximators) | _AGO_WORDS | {"since", "a", "an"},
            "month_span": frozenset({"from", "between"}),
        }

    @property
    def start_words(self) -> frozenset[str]:
        """Lower-cased words a period phrase may start with (for the scan prefilter)."""
        return frozenset().union(*self._starts.values())

    def find(self, text: str, anchors: Anchors | None = None) -> list[PeriodMention]:
        """Every period mention in ``text``, longest first where they overlap, in order.

        ``anchors`` limits each phrase to the places it may start (much faster)."""

        def scan(pattern, key=None, digits=False):
            if anchors is None:
                return pattern.finditer(text)
            words = self._starts[key] if key else frozenset()
            return matches_at(pattern, text, anchors.starts(words, digits=digits), None)

        found = []
        for m in scan(self._as_of, "as_of"):
            found.append(PeriodMention(m.start(), m.end(), m["y"], m[0], "date"))
        for m in scan(self._part, "part"):
            # "the first nine months of this year": a part of the page's year (or the one before)
            kind = "now" if m["now"] else "last" if m["last"] else "part"
            found.append(PeriodMention(m.start(), m.end(), m["y"], m["t"], kind))
        for m in scan(self._date, "date", digits=True):
            dated = self._dated_by(text, m.start())
            if dated is not None:
                # "Resolution No. 18-NQ/TW, dated October 25, 2017": a text's date, no
                # figure's period (still a mention: its day is no figure); "born on July 20,
                # 1954": a life's, which dates no text either
                found.append(PeriodMention(m.start(), m.end(), m["y"], None, dated))
                continue
            found.append(PeriodMention(m.start(), m.end(), m["y"], m["t"], "date"))
        for m in scan(self._month, "month"):
            found.append(PeriodMention(m.start(), m.end(), m["y"], m["t"], "part"))
        for m in scan(_NUMERIC_DATE, digits=True):
            found.append(PeriodMention(m.start(), m.end(), None, m[0], "date"))
        for m in scan(self._month_span, "month_span"):
            if (m["ma"] or m["mb"]) and m["a"] < m["b"] and not self._historical(text, m.start()):
                # written with its months: the phrase is kept, finer than its years
                period, written = f"{m['a']}-{m['b']}", m[0].split(None, 1)[1]
                found.append(PeriodMention(m.start(), m.end(), period, written, "span"))
        for m in scan(_SPAN, digits=True):
            if not self._historical(text, m.start()):
                # "the 2021-2020 period", a typo: a span that ends before it begins dates nothing
                period = f"{m['a']}-{m['b']}" if m["a"] < m["b"] else None
                found.append(PeriodMention(m.start(), m.end(), period, None, "span"))
        for m in scan(_SHORT_SPAN, digits=True):
            end = m["a"][:2] + m["b"]  # a few years on, no number of a document
            if 0 < int(end) - int(m["a"]) <= 10 and not self._historical(text, m.start()):
                found.append(PeriodMention(m.start(), m.end(), f"{m['a']}-{end}", None, "span"))
        for m in scan(_BARE, digits=True):
            if self._legal_text_after.match(text, m.end()):
                continue  # "the 2013 Constitution": a legal text's year, no period
            if not self._historical(text, m.start()):
                found.append(PeriodMention(m.start(), m.end(), m["a"], None, "year"))
        for m in scan(self._now, "now"):
            if _RENAMED.match(text, m.end()) and text[: m.start()].rstrip().endswith("("):
                continue  # "(now the Department of Construction)": a body's new name, no time
            found.append(PeriodMention(m.start(), m.end(), None, None, "now"))
        for m in scan(self._last, "last"):
            found.append(PeriodMention(m.start(), m.end(), None, None, "last"))
        for m in scan(self._later, "later"):
            found.append(PeriodMention(m.start(), m.end(), None, None, "later"))
        for m in scan(self._same, "same"):
            found.append(PeriodMention(m.start(), m.end(), None, None, "same"))
        for m in scan(self._ago, "ago", digits=True) if " ago" in text else ():
            n = m["n"].lower()
            years = 1 if n in ("a", "an") else int(n) if n.isdigit() else WORD_VALUES[n]
            kind = "since_ago" if m["since"] else "ago"
            found.append(PeriodMention(m.start(), m.end(), None, None, kind, years))
        return _non_overlapping(found)

    def _historical(self, text: str, at: int) -> bool:
        """The year at ``at`` dates a life, a founding or a legal text ("born in 1969", "the
        Law on Citizen Identification in 2014"), not the period of any figure."""
        return self._dated_by(text, at) is not None

    def _dated_by(self, text: str, at: int) -> str | None:
        """``history`` when the words before ``at`` date a life or a founding ("born on"),
        ``document`` when they date a legal text ("dated", "the Law on Residence of"), else
        None."""
        before = _QUOTES.sub("", text[max(0, at - 60) : at])  # 'was founded" in 1945'
        if self._history.search(before):
            return "history"
        if self._text_date.search(before) or self._legal_text.search(before):
            return "document"
        return None

    def find_in(self, text: str, start: int, end: int) -> list[PeriodMention]:
        """The mentions of ``text[start:end]``, with offsets into ``text``."""
        return [
            PeriodMention(p.start + start, p.end + start, p.period, p.text, p.kind)
            for p in self.find(text[start:end])
        ]


def _non_overlapping(found: list[PeriodMention]) -> list[PeriodMention]:
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[PeriodMention] = []
    for p in found:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out


def resolve(mention: PeriodMention, context_year: str | None, dateline_year: str | None):
    """``(period, period_text)`` a figure takes from a mention, filling a missing year."""
    now = dateline_year or context_year
    # a page's line break inside "November 15,\n2022" is a space in the record
    text = " ".join(mention.text.split()) if mention.text else mention.text
    if mention.kind == "now":  # text: a part of it ("the first half of this year")
        return now, text
    if mention.kind == "last":  # "last year": the year before the page's
        return (str(int(now) - 1) if now else None), text
    if mention.kind == "ago":  # "two years ago"
        return (str(int(now[:4]) - mention.years_ago) if now else None), text
    if mention.kind == "since_ago":  # "since its establishment nearly three years ago"
        return (f"{int(now[:4]) - mention.years_ago}-{now[:4]}" if now else None), text
    return mention.period or context_year, text
