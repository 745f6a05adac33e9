"""Sentence and clause boundaries inside a paragraph, as character offsets."""

from __future__ import annotations

import regex

# A full stop ends a sentence unless it closes an abbreviation or sits inside a number.
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|No|Nos|St|Jr|Sr|Co|Ltd|Inc|Corp|Dept|Gov|Vol|Art|Fig|vs|etc|approx|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|i\\.e|e\\.g|U\\.S|a\\.m|p\\.m"
)
# Every candidate starts with the stop itself, so the scan jumps from stop to stop; what
# comes before it (an abbreviation, an initial) is checked only where a stop was found.
# A page that lost the space between paragraphs ("... services of the city.Three out of
# ...", "... scored under 60.The best ...") ends a sentence at a stop between a word or a
# figure and a capitalised word; a stop inside a name ("VnExpress.Net") has no small letter
# after its capital, or no small letter or digit before it.
_SENTENCE_END = regex.compile(
    r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[\p{Lu}\d])|\./\.\s*"
    r"|\.(?<=[\p{Ll}\d%)]{2}\.)(?!(?:Net|Com|Org|Gov|Vn|Info)\b)(?=\p{Lu}\p{Ll}+\s)"
)
_NOT_AN_END = regex.compile(rf"(?:\b(?:{_ABBREVIATIONS})|[\s.][A-Z])$")
_CLAUSE_END = regex.compile(r";")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, whitespace trimmed."""
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m[0][0] != "." or m[0][1:2] != "/":  # a stop, unless it closes an abbreviation
            if _NOT_AN_END.search(text, max(start, m.start() - 8), m.start()):
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
