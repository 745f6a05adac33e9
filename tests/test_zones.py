"""The furniture helpers answer as a plain walk over the zones would, on any layout."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from reformnlp import zones

_LABELS = ("HEADER", "DATELINE", "CAPTION", "RELATED", "LEAD")
_NLP = spacy.blank("en")
_DOC_WORDS = 40


def _doc(layout: list[tuple[int, int, str]]):
    doc = _NLP.make_doc(" ".join(f"w{i}" for i in range(_DOC_WORDS)))
    doc.spans[zones.FURNITURE_KEY] = [Span(doc, s, e, label=label) for s, e, label in layout]
    return doc


def _walk(doc, start: int, end: int, labels) -> bool:
    return any(
        s.start_char < end and start < s.end_char and (labels is None or s.label_ in labels)
        for s in doc.spans[zones.FURNITURE_KEY]
    )


_zone = st.tuples(st.integers(0, _DOC_WORDS - 1), st.integers(1, 8), st.sampled_from(_LABELS)).map(
    lambda z: (z[0], min(_DOC_WORDS, z[0] + z[1]), z[2])
)
_query = st.tuples(st.integers(0, 200), st.integers(0, 30))


@settings(max_examples=300, deadline=None)
@given(
    layout=st.lists(_zone, max_size=8),
    queries=st.lists(_query, min_size=1, max_size=20),
    labels=st.sampled_from([None, frozenset({"LEAD", "DATELINE"}), frozenset({"CAPTION"})]),
)
def test_is_furniture_agrees_with_a_walk_over_every_zone(layout, queries, labels):
    doc = _doc(layout)
    for start, length in queries:
        end = start + length
        assert zones.is_furniture(doc, start, end, labels) == _walk(doc, start, end, labels)


def test_touching_zones_stay_apart_for_an_empty_range():
    doc = _doc([(0, 2, "HEADER"), (2, 4, "HEADER")])
    boundary = doc[2].idx - 1  # the space between the zones' words ends the first zone
    assert zones.is_furniture(doc, 0, 1)
    assert zones.is_furniture(doc, boundary, boundary + 3)
    assert not zones.is_furniture(doc, doc[4].idx, doc[6].idx)
    assert not zones.is_furniture(doc, 0, 5, frozenset({"CAPTION"}))
