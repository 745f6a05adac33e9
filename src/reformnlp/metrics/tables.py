"""Tables flattened to text: a header row of years, then rows of a label and one figure
per year, as index profile pages print them once their HTML is stripped::

    Rankings in the index (1-63)
    Year 2022 2021 2020
    Entry Costs 7.77 7.28 8.54
    Ranking 30 49 32

(cells may also be split by tabs or "|", as some sites print them).

Each cell is a metric: the row's label is what it measures and the column's year its
period. A row of decimals holds scores (points); a row whose label names a rank holds
positions, out of the N of a "(1-N)" just above the header; a row of whole numbers with
no rank word is skipped, since nothing says what it counts. ``N/A`` and dashes are empty
cells. The words a header and a rank row begin with are data (``metric_words.csv``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..numbers import YEAR, parse_digits
from ..text import fold, physical_lines

_YEAR = regex.compile(YEAR)
_CELL = regex.compile(r"-?\d+(?:[.,]\d+)?|N/?A|n/?a|[-–—]")
_DECIMAL = regex.compile(r"\d[.,]\d")
_SCALE = regex.compile(r"\(\s*1\s*[-–]\s*(\d{2,4})\s*\)")
_TOKEN = regex.compile(r"[^\s|]+")  # cells split by spaces, tabs or "|"
_LETTER = regex.compile(r"\p{L}")
_LONGEST_HEADER = 400  # characters: eighty years and a label


@dataclass(frozen=True, slots=True)
class TableCell:
    """One figure of a table: the number's offsets in the text and what it states."""

    start: int
    end: int
    value: float
    unit: str  # "points" or "rank"
    metric: str
    period: str
    rank_total: int | None
    row: tuple[int, int]  # the row's line, which no other reading may use


class TableReader:
    """Finds flattened tables in the lines of a text; compile once, call :meth:`read`."""

    def __init__(self, header_words: frozenset[str], rank_words: frozenset[str]):
        self.header_words = frozenset(fold(w) for w in header_words)
        self.rank_words = frozenset(fold(w) for w in rank_words)

    def read(self, text: str, blocks: list[tuple[int, int]]) -> list[TableCell]:
        """Every cell of every table whose lines lie in ``blocks`` (character spans)."""
        return [cell for _, cells in self._rows(text, blocks) for cell in cells]

    def lines(self, text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of every table's lines, header rows included: content, however short
        and list-like they look."""
        return [line for line, _ in self._rows(text, blocks)]

    def _rows(self, text, blocks):
        """``(line, cells)`` of each header (no cells) and row of every table."""
        lines = [line for block in blocks for line in _lines(text, *block)]
        i = 0
        while i < len(lines):
            years = self._header(text, *lines[i])
            if years is None:
                i += 1
                continue
            total = _scale_above(text, lines, i)
            header = lines[i]
            i += 1
            rows = []
            while i < len(lines):
                row = self._row(text, *lines[i], years, total)
                if row is None:
                    break
                rows.append((lines[i], row))
                i += 1
            if rows:  # a header with no row under it is a line of years, no table
                yield header, []
                yield from rows

    def _header(self, text: str, start: int, end: int) -> list[str] | None:
        """The years of a header row ("Year 2022 2021 2020"), None for any other line."""
        last = text[start:end].rstrip(" \t|")
        if len(last) > _LONGEST_HEADER or not last[-4:].isdigit():
            return None  # most lines: no year at their end, or a paragraph's length
        tokens = _TOKEN.findall(text, start, end)
        while tokens and fold(tokens[0]) in self.header_words:
            tokens = tokens[1:]
        if len(tokens) >= 2 and all(_YEAR.fullmatch(t) for t in tokens):
            return tokens
        return None

    def _row(self, text, start, end, years, total) -> list[TableCell] | None:
        """The cells of a row of ``len(years)`` figures after a label; None when the line
        is not such a row (the table has ended)."""
        tokens = list(_TOKEN.finditer(text, start, end))
        n = len(years)
        if len(tokens) <= n or not all(_CELL.fullmatch(t[0]) for t in tokens[-n:]):
            return None
        label = " ".join(t[0] for t in tokens[:-n])
        if not _LETTER.search(label):
            return None
        cells = tokens[-n:]
        words = f" {fold(label)} "
        if any(f" {w} " in words for w in self.rank_words):
            unit = "rank"
        elif any(_DECIMAL.search(c[0]) for c in cells):
            unit = "points"
        else:
            return []  # whole numbers that no word says the unit of: a row, but no figures
        out = []
        for cell, year in zip(cells, years, strict=True):
            value = parse_digits(cell[0]) if cell[0][-1].isdigit() else None
            if value is None or (unit == "rank" and (value < 1 or value != int(value))):
                continue
            out.append(
                TableCell(
                    cell.start(),
                    cell.end(),
                    value,
                    unit,
                    label,
                    year,
                    total if unit == "rank" else None,
                    (start, end),
                )
            )
        return out


def _lines(text: str, start: int, end: int):
    """``(start, end)`` of each non-blank line of ``text[start:end]`` (any line break)."""
    for s, e in physical_lines(text[start:end]):
        if text[start + s : start + e].strip():
            yield start + s, start + e


def _scale_above(text: str, lines: list[tuple[int, int]], header: int) -> int | None:
    """The N of a "(1-N)" in one of the two lines above a header: how many are ranked."""
    for start, end in reversed(lines[max(0, header - 2) : header]):
        m = _SCALE.search(text, start, end)
        if m:
            return int(m[1])
    return None
