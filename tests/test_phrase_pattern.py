"""The cue alternations, grouped by letter for speed, match exactly what the plain
longest-first alternation of the same phrases matches, forwards and from the end."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reformnlp.metrics.cues import _letters, phrase_pattern

# Words that share first and last letters, prefixes and suffixes, hyphens, diacritics
# and non-letters at either end: the cases where grouping could change a match.
WORDS = [
    "rate",
    "rates",
    "rank",
    "ranked",
    "ranking",
    "a",
    "an",
    "average",
    "e",
    "e-government",
    "increase",
    "increased",
    "of",
    "by",
    "to",
    "target",
    "Đà",
    "Da",
    "Lạt",
    "lat",
    "%",
    "(",
    "up",
    "up-to",
    "per",
    "cent",
    "percent",
    "over",
    "compared",
    "with",
    "than",
]
phrases = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    min_size=1,
    max_size=25,
)
# Pieces glued together as often as spaced: "x(", "5%", "rate-rank" test the word bounds.
texts = st.lists(
    st.tuples(
        st.sampled_from([*WORDS, "5", "RATE", "ĐÀ", "x"]),
        st.sampled_from(["", " ", " ", "  ", "-", ",", "\n"]),
    ),
    max_size=40,
).map(lambda pieces: "".join(word + gap for word, gap in pieces))


def plain(found: list[str], *, diacritics: bool = False) -> str:
    """The alternation the grouped one stands for: every phrase, longest first."""
    word = _letters if diacritics else regex.escape
    parts = []
    for phrase in sorted(set(found), key=len, reverse=True):
        body = r"\s+".join(word(w) for w in phrase.split())
        head = r"(?<![\w])" if phrase[0].isalnum() else ""
        tail = r"(?![\w])" if phrase[-1].isalnum() else ""
        parts.append(f"{head}{body}{tail}")
    return "|".join(parts)


def spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in regex.compile(pattern, flags).finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(found=phrases, text=texts, diacritics=st.booleans())
def test_grouped_alternation_matches_like_the_plain_one(found, text, diacritics):
    grouped = phrase_pattern(found, diacritics=diacritics)
    expected = plain(found, diacritics=diacritics)
    assert spans(grouped, text, regex.I) == spans(expected, text, regex.I)


@settings(max_examples=600, deadline=None)
@given(found=phrases, data=st.data())
def test_grouped_suffix_alternation_matches_like_the_plain_one(found, data):
    # texts made of the phrases themselves, so that one phrase often ends another
    pieces = st.tuples(st.sampled_from(found + WORDS), st.sampled_from(["", " ", "-", "\n"]))
    text = "".join(w + gap for w, gap in data.draw(st.lists(pieces, min_size=1, max_size=8)))
    flags = regex.I | regex.REVERSE
    grouped = regex.compile(f"(?:{phrase_pattern(found, reverse=True)})\\s*$", flags)
    expected = regex.compile(f"(?:{plain(found)})\\s*$", flags)
    for end in range(len(text) + 1):
        got, want = grouped.search(text, 0, end), expected.search(text, 0, end)
        assert (got and got.span()) == (want and want.span())


def test_a_phrase_is_found_whole_and_longest_first():
    pattern = regex.compile(phrase_pattern(["rank", "ranked", "ranked first"]), regex.I)
    assert [m[0] for m in pattern.finditer("It ranked first; a rank; ranking")] == [
        "ranked first",
        "rank",
    ]
