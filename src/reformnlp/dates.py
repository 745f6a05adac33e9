"""Dates as the genre writes them, read to ISO ``YYYY-MM-DD``.

One reader for page datelines ("09:12, 14/03/2025", "Báo Tuyên QuangBáo Tuyên
Quang29/07/2025", "November 24, 2021 10:20 PM GMT+7") and for the date fields of
HTML and JSON articles (ISO stamps, Unix timestamps). Numeric dates are day first,
as Vietnamese pages write them, unless the month would then exceed 12 (a US-ordered
dateline such as "09/20/2024") or a twelve-hour clock stands beside them, as on pages in
the US format ("11:22:34 AM | 6/9/2022").
"""

from __future__ import annotations

import datetime as dt

import regex

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The months as a pattern of their capitalised names ("February", "Feb").
MONTH_NAMES = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_YMD = regex.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = regex.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
# A twelve-hour clock beside a numeric date ("11:22:34 AM | 6/9/2022") is the US page
# format, month first; Vietnamese pages write a 24-hour clock ("09:12, 14/03/2025").
_TWELVE_HOUR = regex.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?[AaPp]\.?[Mm]\b\.?")
_MONTH_DAY_YEAR = regex.compile(
    rf"\b(?P<m>{_MONTH})\.?(?:\s+|/)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|/)(?P<y>\d{{4}})\b",
    regex.I,
)  # "March 2, 2024", "Oct/23/2025"
_DAY_MONTH_YEAR = regex.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", regex.I
)


def parse_date(value: object) -> str | None:
    """ISO date from a dateline or a date field, or None when nothing reads as a date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            stamp = value / 1000 if value > 1e11 else value  # milliseconds since the epoch
            return dt.datetime.fromtimestamp(stamp, dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value)
    match = _YMD.search(text)
    if match:
        found = _iso(*(int(g) for g in match.groups()))
        if found:
            return found
    match = _DMY.search(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if (month > 12 and day <= 12) or (_TWELVE_HOUR.search(text) and day <= 12):
            day, month = month, day  # a US-ordered dateline: "09/20/2024", "6/9/2022 11:22 AM"
        found = _iso(year, month, day)
        if found:
            return found
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        match = pattern.search(text)
        if match:
            month = _MONTHS[match["m"].lower()]
            found = _iso(int(match["y"]), month, int(match["d"]))
            if found:
                return found
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
