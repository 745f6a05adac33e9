"""Where a figure or a period phrase may start in a text: the scanners' prefilter.

The number grammar and the period phrases are regular expressions with many
alternatives; tried at every character of a page they cost more than the rest of
the pipeline. A figure can only start at a digit, a sign or currency before one, or
a word from a short list ("twenty", "first", "half", "VND", "No."); a period phrase
only at a year or a word that opens one ("first", "currently", "March"). ``Anchors``
holds those starts for one text, read once, so each scanner tries its pattern only
there: the same matches as a full scan, at a fraction of the cost.

From a Doc the starts come from spaCy's token arrays (no Python loop over tokens);
from a plain string, from one cheap word scan.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import numpy
import regex
from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc

_DIGIT_RUN = regex.compile(r"\d+")
_WORD = regex.compile(r"[^\W\d_]+(?:\.(?=\s|$))?|[$€£¥]|(?<!\w)[Nn]o\.")
_SIGNS = "-−+"


class Anchors:
    """The places a scanner may start in one text (character offsets, sorted)."""

    def __init__(self, text: str, digits: list[int], words: dict[str, list[int]]):
        self.text = text
        self.digits = digits  # first digit of each run, and a sign just before it
        self.words = words  # lower-cased word -> its starts
        self._merged: dict[tuple[frozenset[str], bool], list[int]] = {}

    @classmethod
    def from_text(cls, text: str) -> Anchors:
        """Starts read from the text alone (one scan for digits, one for words)."""
        words: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            words.setdefault(m[0].lower(), []).append(m.start())
        return cls(text, _digit_starts(text), words)

    @classmethod
    def from_doc(cls, doc: Doc, text: str, vocabulary: Iterable[str]) -> Anchors:
        """Starts read from the Doc's tokens: only words of ``vocabulary`` are kept."""
        array = doc.to_array([IDX, LOWER])
        if not len(array):
            return cls(text, [], {})
        wanted = _hashes(doc.vocab.strings, vocabulary)
        words: dict[str, list[int]] = {}
        starts = array[:, 0].tolist()
        for start, lower in zip(starts, array[:, 1].tolist(), strict=True):
            word = wanted.get(lower)
            if word is not None:
                words.setdefault(word, []).append(start)
        digits = _digit_starts(text)
        # a digit inside a token ("VND10M", "US$2"): the token's start may open the figure
        inside = numpy.searchsorted(array[:, 0], digits, side="right") - 1 if digits else ()
        return cls(text, sorted({*digits, *(starts[i] for i in inside)}), words)

    def starts(self, words: frozenset[str] = frozenset(), *, digits: bool = False) -> list[int]:
        """Sorted starts of the given (lower-cased) words, and of digits when asked."""
        key = (words, digits)
        if key not in self._merged:
            found: set[int] = set(self.digits) if digits else set()
            for word in words:
                found.update(self.words.get(word, ()))
            self._merged[key] = sorted(found)
        return self._merged[key]

    @staticmethod
    def within(starts: list[int], begin: int, end: int) -> list[int]:
        """The starts that fall in ``[begin, end)``."""
        return starts[bisect_left(starts, begin) : bisect_left(starts, end)]


_HASHES: dict[tuple[int, frozenset[str]], dict[int, str]] = {}


def _hashes(strings, vocabulary: Iterable[str]) -> dict[int, str]:
    """``{hash: word}`` of a vocabulary in a string store, computed once per store."""
    words = frozenset(vocabulary)
    key = (id(strings), words)
    if key not in _HASHES:
        _HASHES[key] = {strings.add(word): word for word in words}
    return _HASHES[key]


def _digit_starts(text: str) -> list[int]:
    out = []
    for m in _DIGIT_RUN.finditer(text):
        start = m.start()
        if start and text[start - 1] in _SIGNS:
            out.append(start - 1)
        out.append(start)
    return out


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-cased first word of every phrase, as the word scan reads it."""
    out = set()
    for phrase in phrases:
        match = _WORD.search(phrase)
        if match is not None:
            out.add(match[0].lower())
    return frozenset(out)
