"""Personal names: Vietnamese names by family name and syllable shape, others by context.

A Vietnamese name is a known family name followed by one to three capitalised
syllables that have the shape of a Vietnamese syllable ("Pham Minh Chinh",
"Phạm Thị Thanh Trà", "To Lam"). Names of other origins are taken only where a
title stands right before them ("Resident Representative Ramla Khalidi").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import NORM
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..anchors import rows_in
from ..text import SYLLABLE

MAX_SYLLABLES = 4


@dataclass(frozen=True)
class NameCandidate:
    """A run of tokens that reads as a personal name.

    A short form ("Lam", "Mung") that stands for a full name named earlier carries that
    name's ``key`` and the token range of the ``full`` form."""

    start: int
    end: int
    vietnamese: bool
    key: str | None = None
    full: tuple[int, int] | None = None

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def is_syllable(token, not_names: frozenset[str], first: bool = False) -> bool:
    """True for a capitalised word shaped like a Vietnamese syllable ("Chinh", "Thị").

    English function words are refused, except as a family name ("To Lam").
    """
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and (token.text[1:].islower() or len(token.text) == 1)
        and (first or token.norm_ not in not_names)
        and bool(SYLLABLE.match(token.norm_))
    )


def _middle(doc: Doc, j: int, blocked: set[int], not_names: frozenset[str]) -> bool:
    """A syllable spelled like an English word inside a name ("Hau A Lenh", "Ma The Hong",
    "Nguyen Thi My Linh"): a syllable only when a name syllable follows on the same line."""
    return (
        is_syllable(doc[j], not_names, first=True)
        and j + 1 < len(doc)
        and j + 1 not in blocked
        and _joined(doc, j)
        and is_syllable(doc[j + 1], not_names)
    )


def _final(doc: Doc, j: int, blocked: set[int], finals: frozenset[str]) -> bool:
    """ "Nguyen Van An", "Tran Thi My": a last syllable spelled like an English word, taken
    when it is capitalised, joined to the name, and not followed by another capitalised word."""
    after = doc[j + 1] if j + 1 < len(doc) else None
    return (
        doc[j].norm_ in finals
        and j not in blocked
        and _joined(doc, j - 1)
        and doc[j].text[:1].isupper()
        and (doc[j].text[1:].islower() or len(doc[j].text) == 1)
        and not (after is not None and after.is_alpha and after.text[:1].isupper())
    )


def _joined(doc: Doc, i: int) -> bool:
    """Token ``i`` is followed by exactly one space and then a token on the same line."""
    return doc[i].whitespace_ == " " and i + 1 < len(doc)


def glued_hyphen(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen written inside a word ("Sub-department", "VFF-CRT")."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def positions_of(doc: Doc, norms, attr: int = NORM) -> list[int]:
    """Indices of the tokens whose ``attr`` (by default the folded form) is one of
    ``norms``, found from the token array without a Python loop over every token."""
    if not norms or not len(doc):
        return []
    # a fixed vocabulary (a frozenset) is hashed once; a per-article one each time
    wanted = _sorted_ids(norms) if isinstance(norms, frozenset) else _ids(norms)
    return rows_in(wanted, doc.to_array(attr))


def words_at(doc: Doc, i: int, phrases) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (lower-case word tuples) the tokens from ``i`` on spell."""
    return max(
        (w for w in phrases if tuple(t.lower_ for t in doc[i : i + len(w)]) == w),
        key=len,
        default=None,
    )


def words_ending_at(doc: Doc, end: int, phrases) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (lower-case word tuples) the tokens before ``end`` spell."""
    return max(
        (
            w
            for w in phrases
            if len(w) <= end and tuple(t.lower_ for t in doc[end - len(w) : end]) == w
        ),
        key=len,
        default=None,
    )


@lru_cache(maxsize=64)
def _sorted_ids(norms: frozenset[str]) -> numpy.ndarray:
    return _ids(norms)


def _ids(norms) -> numpy.ndarray:
    return numpy.sort(numpy.fromiter((get_string_id(n) for n in norms), dtype=numpy.uint64))


def vietnamese_names(
    doc: Doc,
    families: frozenset[str],
    blocked: set[int],
    not_names: frozenset[str],
    finals: frozenset[str] = frozenset(),
) -> list[NameCandidate]:
    """Every Vietnamese name candidate of two or more syllables, left to right.

    ``blocked`` holds token indices inside entities (provinces, bodies ...): a
    name may not start inside one. ``finals`` are syllables spelled like English words
    that may end a name when no capitalised word follows ("Nguyen Van An said").
    """
    out: list[NameCandidate] = []
    n, resume = len(doc), 0
    for i in positions_of(doc, families):
        if i < resume or i in blocked or not is_syllable(doc[i], not_names, first=True):
            continue
        j = i + 1
        while (
            j < n
            and j - i < MAX_SYLLABLES
            and j not in blocked
            and _joined(doc, j - 1)
            and (is_syllable(doc[j], not_names) or _middle(doc, j, blocked, not_names))
        ):
            j += 1
        if j - i >= 2 and j < n and j - i < MAX_SYLLABLES and _final(doc, j, blocked, finals):
            j += 1
        if j - i >= 2:
            out.append(NameCandidate(i, j, True))
            resume = j
    return out


def name_after(
    doc: Doc, start: int, blocked: set[int], not_names: frozenset[str], most: int = MAX_SYLLABLES
) -> NameCandidate | None:
    """Two to ``most`` capitalised words from ``start``: a name of any origin after a title
    or an honorific ("Resident Representative Ramla Khalidi", "Mr. Y Thanh Ha Nie Kdam"),
    a middle initial included ("Mariam J. Sherman")."""
    j = start
    while (
        j < len(doc)
        and j - start < most
        and j not in blocked
        and (
            (doc[j].is_alpha and doc[j].lower_ not in not_names) or (j > start and _initial(doc, j))
        )
        and doc[j].text[:1].isupper()
        and (j == start or _joined(doc, j - 1))
    ):
        j += 1
    if j > start and _initial(doc, j - 1):
        j -= 1  # a name does not end in an initial
    return NameCandidate(start, j, False) if j - start >= 2 else None


def _initial(doc: Doc, j: int) -> bool:
    """A middle initial ("J.") followed on the same line by a capitalised word."""
    return (
        len(doc[j].text) == 2
        and doc[j].text[0].isupper()
        and doc[j].text[1] == "."
        and j + 1 < len(doc)
        and _joined(doc, j)
        and doc[j + 1].is_alpha
        and doc[j + 1].text[:1].isupper()
    )


def name_before_comma(
    doc: Doc, comma: int, blocked: set[int], not_names: frozenset[str]
) -> NameCandidate | None:
    """Two or three capitalised words standing alone before ``comma``: a name of any origin
    in apposition to the title after the comma ("Ramla Khalidi, UNDP Resident ...")."""
    start = comma
    while start > 0 and comma - start < 3:
        token = doc[start - 1]
        if (
            start - 1 in blocked
            or not token.is_alpha
            or not token.text[:1].isupper()
            or not token.text[1:].islower()
            or token.lower_ in not_names
            or (start < comma and not _joined(doc, start - 1))
        ):
            break
        start -= 1
    if comma - start < 2:
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_alpha and before.text[:1].isupper():
        return None  # part of a longer capitalised run: a place or a body, not a name
    return NameCandidate(start, comma, False)


def described_province(doc: Doc, k: int) -> int:
    """Where the province's name starts in "the central province of Ha Tinh", "the northern
    mountainous province of Lao Cai" (the press's way of placing a province), ``k`` being at
    "the" or right after it; else ``k``."""
    if k >= len(doc) or (doc[k].lower_ != "the" and (k == 0 or doc[k - 1].lower_ != "the")):
        return k
    j = k + 1 if doc[k].lower_ == "the" else k
    while j < len(doc) and j - k <= 4 and doc[j].lower_ not in ("province", "city"):
        if not (doc[j].is_alpha or doc[j].text == "-") or not doc[j].is_lower:
            return k  # "the Provincial People's Committee": a body, no description
        j += 1
    if j + 2 < len(doc) and doc[j].lower_ in ("province", "city") and doc[j + 1].lower_ == "of":
        return j + 2
    return k
