"""Text folding and offset-preserving normalisation.

``fold`` gives the comparison form used by every matcher and by official keys.
``normalise`` turns NFD text and odd spaces into the form the tokenizer wants,
and returns a map from normalised offsets back to offsets in the text as given,
so that records always index the original text.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from functools import lru_cache
from itertools import pairwise

import regex

# Characters that read as a plain space but that spaCy would keep as tokens.
_SPACE_LIKE = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003", "\u3000"}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\ufe0f"}
_FOLD_EXTRA = str.maketrans(
    {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "’": "'", "‘": "'"}
    | dict.fromkeys("‐‑‒–—―−", "-")  # every dash folds to a hyphen: "Ba Ria – Vung Tau"
)


# The possessive endings a tokenizer splits off a name ("Hanoi's", "Hanoi’s").
POSSESSIVES = frozenset({"'s", "’s"})
# The dashes a tokenizer keeps as tokens of their own: hyphen, en dash, em dash.
DASHES = frozenset({"-", "–", "—"})
# The articles, lower-cased, and the determiners that may stand where one does.
ARTICLES = frozenset({"the", "a", "an"})
DETERMINERS = ARTICLES | {"its", "their", "this", "these", "that"}
# Onset, nucleus and coda of a Vietnamese syllable, in folded (ASCII) form: the shape of a
# personal name's syllables and of a place's ("Hoi An", "Que Son").
SYLLABLE = regex.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"(?:[aeiouy]{1,3})(?:ng|nh|ch|c|m|n|p|t)?$"
)
# The nouns of a term of office ("for the 2020 - 2025 term", "term XVI, 2021-2026"): what
# dates a post, never a figure's period.
TERM_NOUNS = frozenset({"term", "tenure"})


def fold(text: str) -> str:
    """Lower-case ASCII comparison form: diacritics removed, ``Đ``→``d``, spaces single."""
    # Words and names repeat across articles and are cached; lines and sentences do not,
    # and caching them would make memory grow with the corpus.
    return _fold_word(text) if len(text) <= _CACHED_LENGTH else _fold(text)


_CACHED_LENGTH = 48


@lru_cache(maxsize=50_000)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = decomposed if decomposed.isascii() else _COMBINING.sub("", decomposed)
    return " ".join(stripped.lower().split())


# Every character with a non-zero canonical combining class (what ``unicodedata.combining``
# tests). One property class in ``regex`` removes them many times faster than ``re`` with
# a class of the ~900 characters, and costs nothing to build.
_COMBINING = regex.compile(r"\P{ccc=0}+")


def name_key(name: str) -> str:
    """The identity key of a personal name (SPEC: ASCII-folded, lower-case, single spaces)."""
    return fold(name)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def normalise(text: str) -> tuple[str, list[int] | None]:
    """Return ``(clean, offsets)`` where ``offsets[i]`` is the original index of ``clean[i]``.

    ``offsets`` has ``len(clean) + 1`` entries (the last maps the end of the text) and is
    ``None`` when the text needed no change, which is the common case. Besides odd
    characters, a run of spaces inside a line becomes one space: spaCy would make the extra
    spaces a token, which no name's pattern spans ("Minister of  Agriculture").
    """
    if text.isascii() or not _needs_work(text):
        clean, offsets = text, None
    else:
        clean, offsets = _normalised_characters(text)
    return _unwrapped(*_single_spaced(clean, offsets))


def _unwrapped(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """A hard-wrapped text (see :func:`is_hard_wrapped`) with each line break inside a
    paragraph made a space: a name or a post broken over two lines ("Chairman of the
    Provincial People's" / "Committee ...") is then one run of words. Blank lines still part the
    paragraphs; the length and so the offsets stay as they were."""
    if text.count("\n") < 4:
        return text, offsets
    lines = physical_lines(text)
    if not is_hard_wrapped(text, lines):
        return text, offsets
    chars = list(text)
    for (s1, e1), (s2, e2) in pairwise(lines):
        if e1 > s1 and e2 > s2 and text[e1:s2] == "\n" and text[s1:e1].strip():
            chars[e1] = " "
    joined = "".join(chars)
    if joined == text:
        return text, offsets
    return joined, offsets if offsets is not None else list(range(len(text) + 1))


def _single_spaced(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """``text`` with every run of spaces between two non-space characters made one space,
    ``offsets`` carried along (see :func:`normalise`)."""
    if "  " not in text:
        return text, offsets
    runs = [m.span() for m in _SPACE_RUN.finditer(text)]
    if not runs:
        return text, offsets
    if offsets is None:
        offsets = list(range(len(text) + 1))
    parts: list[str] = []
    kept: list[int] = []
    at = 0
    for start, end in runs:
        parts.append(text[at : start + 1])
        kept.extend(offsets[at : start + 1])
        at = end
    parts.append(text[at:])
    kept.extend(offsets[at:])
    return "".join(parts), kept


# Spaces between two non-space characters of one line: all but the first are dropped.
_SPACE_RUN = re.compile(r"(?<=[^\s]) {2,}(?=[^\s])")


def _normalised_characters(text: str) -> tuple[str, list[int]]:
    """Odd spaces made plain, text composed (NFC), zero-width characters and symbols inside
    words dropped: ``(clean, offsets)`` as :func:`normalise` gives them."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _ZERO_WIDTH or (not ch.isascii() and _INSIDE_WORD_SYMBOL.match(text, i)):
            i += 1  # "Minister of Hom🌞e Affairs": a symbol a site dropped inside a word
            continue
        if ch in _SPACE_LIKE:
            out.append(" ")
            offsets.append(i)
            i += 1
            continue
        if "\ud800" <= ch <= "\udfff":
            # a lone surrogate (bytes decoded with "surrogateescape"): no character to read
            out.append("\ufffd")
            offsets.append(i)
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        for k, composed in enumerate(cluster):
            out.append(composed)
            offsets.append(i if k == 0 else min(i + k, j - 1))
        i = j
    offsets.append(n)
    return "".join(out), offsets


_ODD_CHARACTERS = re.compile(
    "[" + "".join(sorted(_SPACE_LIKE | _ZERO_WIDTH)) + "]|" + _SURROGATE.pattern
)


# A pictograph between two letters (some mirror sites scatter them through words).
_INSIDE_WORD_SYMBOL = regex.compile(r"(?<=\p{L})\p{So}(?=\ufe0f?\p{L})")


def _needs_work(text: str) -> bool:
    return (
        bool(_ODD_CHARACTERS.search(text))
        or not unicodedata.is_normalized("NFC", text)
        or bool(_INSIDE_WORD_SYMBOL.search(text))
    )


def to_original(offsets: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Map a ``[start, end)`` span of normalised text back to the text as given."""
    if offsets is None:
        return start, end
    if end <= start:
        return offsets[start], offsets[start]
    # The end maps past the last character of the span, including its combining marks.
    return offsets[start], offsets[end] if end < len(offsets) else offsets[-1]


# The text of every live Doc read so far, dropped with the Doc: components run batch by
# batch, so the Doc asked about is seldom the one asked about last.
_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def breaks_line(token) -> bool:
    """The token is a line break: the tokenizer makes a run of line breaks a token of its own
    ("2020." "\n\n" "The"), and a token's trailing whitespace is one space at most."""
    return "\n" in token.text


def doc_text(doc) -> str:
    """``doc.text``, read once per Doc: spaCy rebuilds the string from tokens on every access,
    which costs as much as tokenising when several components ask for it."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc, text: str) -> None:
    """Record the text a Doc was tokenised from (the tokenizer knows it for free)."""
    _TEXTS[doc] = text


def physical_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text``, line breaks excluded."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out


def is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when paragraphs are broken into lines of about the same width (Markdown, e-mail
    dumps): then a paragraph is a block of lines between blank lines, not a line."""
    widths = [e - s for s, e in lines if e > s]
    if len(widths) < 4:
        return False
    # A wrapped line fills the width the text is wrapped at; a short line that merely runs
    # on (a list of related headlines under long paragraphs) is no wrap.
    wide = max(50, 0.75 * sorted(widths)[(9 * (len(widths) - 1)) // 10])
    continued = sum(
        1
        for (s1, e1), (s2, e2) in pairwise(lines)
        if e1 - s1 >= wide and e2 > s2 and text[e1 - 1] not in '.!?:"”)' and text[s2].islower()
    )
    return continued >= max(2, len(widths) // 5)


def paragraph_units(text: str) -> list[tuple[int, int]]:
    """The text's paragraphs: its lines, or its blank-line blocks when it is hard-wrapped."""
    lines = physical_lines(text)
    if not is_hard_wrapped(text, lines):
        return lines
    blocks: list[tuple[int, int]] = []
    for start, end in lines:
        if end == start or not text[start:end].strip():
            blocks.append((end, end))
        elif (
            blocks
            and blocks[-1][1] > blocks[-1][0]
            and text[blocks[-1][1] : start].count("\n") == 1
        ):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


# English plurals the suffix rules below would get wrong.
_IRREGULAR_PLURALS = {"axes": "axis", "criteria": "criterion", "people": "person"}


def singular(word: str) -> str:
    """A plural noun in the singular, the way units are written ("facilities" -> "facility",
    "businesses" -> "business", "indices" -> "index", "offices" -> "office"); other words
    unchanged."""
    if word.lower().endswith("indices"):
        return word[:-4] + "ex"
    head, _, last = word.rpartition(" ")
    if last.lower() in _IRREGULAR_PLURALS:  # "content axes" -> "content axis"
        return f"{head} {_IRREGULAR_PLURALS[last.lower()]}".lstrip()
    lower = word
    if lower.endswith(("ouses", "auses", "eaus")):  # "houses", "clauses", "bureaus"; but
        return lower[:-1]  # "statuses" -> "status"
    for plural, single in (
        ("ices", "ice"),
        ("ies", "y"),
        ("sses", "ss"),
        ("shes", "sh"),
        ("ches", "ch"),
        ("xes", "x"),
        ("uses", "us"),
    ):
        if lower.endswith(plural) and len(lower) > len(plural) + 1:
            return lower[: -len(plural)] + single
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return lower[:-1]
    return lower
