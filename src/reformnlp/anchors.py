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
from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER
from spacy.tokens import Doc

_DIGIT_RUN = regex.compile(r"\d+")
_WORD = regex.compile(r"[^\W_]+(?:\.(?=\s|$))?|[$€£¥]|(?<!\w)[Nn]o\.")
_SIGNS = "-−+"
_HAS_DIGIT = regex.compile(r"\d")


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
        glued = set()  # words holding a digit ("VND411", "US$2"): the figure may start there
        for m in _WORD.finditer(text):
            word = m[0].lower()
            words.setdefault(word, []).append(m.start())
            if word.endswith(".") and word != "no.":  # "Q1." ends a sentence: "q1" too
                words.setdefault(word[:-1], []).append(m.start())
            if _HAS_DIGIT.search(m[0]):
                glued.add(m.start())
        return cls(text, sorted(glued.union(_digit_starts(text))), words)

    @classmethod
    def from_doc(cls, doc: Doc, text: str, vocabulary: Iterable[str]) -> Anchors:
        """Starts read from the Doc's tokens: only words of ``vocabulary`` are kept."""
        array = doc.to_array([IDX, LOWER, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LIKE_NUM])
        if not len(array):
            return cls(text, [], {})
        vocabulary = frozenset(vocabulary)
        wanted, keys = _hashes(doc.vocab.strings, vocabulary)
        words: dict[str, list[int]] = {}
        starts = array[:, 0].tolist()
        lowers = array[:, 1]
        for row in rows_in(keys, lowers):
            words.setdefault(wanted[int(lowers[row])], []).append(starts[row])
        # Tokens mixing letters, digits and marks ("Q1./.", "No.5", "VND411") may hold a
        # word the scanners start at: read those few the way from_text does.
        mixed = numpy.flatnonzero(array[:, 2:].sum(axis=1) == 0).tolist()
        for row in mixed:
            token = doc[row]
            for m in _WORD.finditer(token.text):
                word = m[0].lower()
                for form in (word, word[:-1]) if word.endswith(".") else (word,):
                    if form in vocabulary:
                        words.setdefault(form, []).append(token.idx + m.start())
        for found in words.values():
            found.sort()
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


def windows(starts: list[int], reach: int, length: int) -> list[tuple[int, int]]:
    """``[start - reach, start + reach)`` around each sorted start, clipped to ``length`` and
    merged where they touch: where a match holding one of the starts can lie."""
    out: list[tuple[int, int]] = []
    for start in starts:
        begin, stop = max(0, start - reach), min(length, start + reach)
        if out and begin <= out[-1][1]:
            out[-1] = (out[-1][0], stop)
        else:
            out.append((begin, stop))
    return out


def rows_in(keys: numpy.ndarray, values: numpy.ndarray) -> list[int]:
    """Indices of ``values`` found in the sorted array ``keys``: for a few hundred keys many
    times faster than ``numpy.isin``, which sorts both arrays on every call."""
    place = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return numpy.flatnonzero(keys[place] == values).tolist()


_HASHES: dict[tuple[int, frozenset[str]], tuple[dict[int, str], numpy.ndarray]] = {}


def _hashes(strings, words: frozenset[str]) -> tuple[dict[int, str], numpy.ndarray]:
    """``{hash: word}`` of a vocabulary in a string store and its sorted hashes, computed
    once per store."""
    key = (id(strings), words)
    if key not in _HASHES:
        # a token may keep a full stop ("Q1." at the end of a sentence)
        forms = {f"{word}.": word for word in words if not word.endswith(".")}
        forms.update({word: word for word in words})
        table = {strings.add(form): word for form, word in forms.items()}
        _HASHES[key] = table, numpy.array(sorted(table), dtype=numpy.uint64)
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
