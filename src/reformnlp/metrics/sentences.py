"""Sentence and clause boundaries inside a paragraph, as character offsets."""

from __future__ import annotations

import regex

_CLAUSE_END = regex.compile(r";")


class SentenceSplitter:
    """Splits a paragraph into sentences at offsets.

    A full stop ends a sentence unless it closes one of ``abbreviations`` ("Mr", "No",
    "e.g") or an initial, or sits inside a number. A page that lost the space between
    paragraphs ("... services of the city.Three out of ...", "... scored under 60.The best
    ...") ends a sentence at a stop between a word or a figure and a capitalised word,
    unless the word after it is one of ``web_suffixes`` ("VnExpress.Net"). Both lists are
    ``metric_words.csv`` rows (roles ``abbreviation`` and ``web_suffix``)."""

    def __init__(self, abbreviations: list[str], web_suffixes: list[str]) -> None:
        # Every candidate starts with the stop itself, so the scan jumps from stop to stop;
        # what comes before it (an abbreviation, an initial) is checked only where a stop
        # was found.
        suffixes = "|".join(regex.escape(word) for word in web_suffixes) or "(?!)"
        self._end = regex.compile(
            r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[\p{Lu}\d])|\./\.\s*"
            rf"|\.(?<=[\p{{Ll}}\d%)]{{2}}\.)(?!(?:{suffixes})\b)(?=\p{{Lu}}\p{{Ll}}+\s)"
        )
        words = "|".join(
            regex.escape(word) for word in sorted(abbreviations, key=len, reverse=True)
        )
        self._not_an_end = regex.compile(rf"(?:\b(?:{words or '(?!)'})|[\s.][A-Z])$")

    def __call__(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence of ``text[start:end]``, whitespace trimmed."""
        out, pos = [], start
        for m in self._end.finditer(text, start, end):
            if m[0][0] != "." or m[0][1:2] != "/":  # a stop, unless it closes an abbreviation
                if self._not_an_end.search(text, max(start, m.start() - 8), m.start()):
                    continue
                out.append((pos, m.end()))
            else:  # the news agencies' end mark "./."
                out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, end))
        return [span for span in (_trim(text, s, e) for s, e in out) if span[1] > span[0]]


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the ``;``-separated statements of one sentence."""
    return _split(text, start, end, _CLAUSE_END)


def _split(text: str, start: int, end: int, boundary: regex.Pattern) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in boundary.finditer(text, start, end):
        out.append((pos, m.end() if m[0].strip(" ;") else m.start()))
        pos = m.end()
    out.append((pos, end))
    return [span for span in (_trim(text, s, e) for s, e in out) if span[1] > span[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\r\n;":
        end -= 1
    return start, end


_OPENERS, _CLOSERS = "([", ")]"


def open_bracket(text: str, start: int, end: int) -> int:
    """Offset of the innermost bracket opened in ``text[start:end]`` and still open at
    ``end``, or -1. Round and square brackets count alike; stray closers are ignored."""
    stack: list[int] = []
    for i in range(_first_opener(text, start, end), end):
        ch = text[i]
        if ch in _OPENERS:
            stack.append(i)
        elif ch in _CLOSERS and stack:
            stack.pop()
    return stack[-1] if stack else -1


def close_brackets(text: str, start: int, end: int, limit: int) -> int:
    """Extend ``[start, end)`` over the closers of the brackets it opened, never past
    ``limit``; returns the new end (as far as the brackets could be closed)."""
    depth = 0
    for i in range(_first_opener(text, start, end), end):
        if text[i] in _OPENERS:
            depth += 1
        elif text[i] in _CLOSERS and depth:
            depth -= 1
    lowest, pos = depth, end
    while depth and pos < limit:
        ch = text[pos]
        pos += 1
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth -= 1
            if depth < lowest:  # one of the brackets the span opened is closed here
                lowest, end = depth, pos
    return end


def _first_opener(text: str, start: int, end: int) -> int:
    """Offset of the first bracket opened in ``text[start:end]``, or ``end``: the closers
    before it close nothing, so the scans above begin there (most ranges open none)."""
    found = [i for i in (text.find(ch, start, end) for ch in _OPENERS) if i >= 0]
    return min(found) if found else end
