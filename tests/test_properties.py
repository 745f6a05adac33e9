"""Property tests: any text in, a record out, its offsets inside the text (issue 8).

Texts come from ``genre.py``: the genre's pieces in random order and the damage
real pages carry. Each CI run tries ``REFORMNLP_PROPERTY_EXAMPLES`` examples per
property (2,000 by default); ``scripts/fuzz_extraction.py`` runs many more on demand.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reformnlp
from genre import articles, sentences
from invariants import check_record
from reformnlp.records import doc_to_record

EXAMPLES = int(os.environ.get("REFORMNLP_PROPERTY_EXAMPLES", "2000"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize="REFORMNLP_PROPERTY_SEED" not in os.environ,
)

pytestmark = pytest.mark.issue(8)


@SETTINGS
@given(text=articles)
def test_any_page_gives_a_record_with_offsets_inside_it(nlp, text):
    check_record(text, doc_to_record(nlp(text)))


@settings(SETTINGS, max_examples=max(1, EXAMPLES // 4))
@given(text=sentences)
def test_any_sentence_gives_a_record_through_extract(text):
    check_record(text, reformnlp.extract(text))


@settings(SETTINGS, max_examples=max(1, EXAMPLES // 20))
@given(texts=st.lists(articles, min_size=1, max_size=6))
def test_pipe_gives_the_same_records_as_one_by_one(nlp, texts):
    piped = [doc_to_record(doc) for doc in nlp.pipe(texts, batch_size=3)]
    for text, record in zip(texts, piped, strict=True):
        check_record(text, record)
        assert record == doc_to_record(nlp(text))


@settings(SETTINGS, max_examples=max(1, EXAMPLES // 10))
@given(
    text=sentences,
    at=st.integers(min_value=0),
    junk=st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1),
)
def test_lone_surrogates_are_read_around(nlp, text, at, junk):
    """Bytes decoded with "surrogateescape" leave lone surrogates in a str: still a record,
    with the figures of the readable text around them."""
    at %= len(text) + 1
    damaged = text[:at] + " " + junk + " " + text[at:]
    check_record(damaged, doc_to_record(nlp(damaged)), serialises=False)


def test_a_lone_surrogate_loses_no_figure(nlp):
    record = doc_to_record(
        nlp("Online filing reached 95% in Ha Tinh.\udce1\udcba Then 12 dossiers")
    )
    assert [(m.value, m.unit) for m in record.metrics] == [(95.0, "%"), (12.0, "dossier")]


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n", "\t \u00a0\u200b", "\ufeff", "."])
def test_empty_and_blank_texts(nlp, text):
    record = doc_to_record(nlp(text))
    check_record(text, record)
    assert not record.metrics and not record.officials and not record.provinces


@settings(SETTINGS, max_examples=max(1, EXAMPLES // 4))
@given(text=articles)
def test_anchored_scans_find_what_full_scans_find(nlp, text):
    """The scan prefilter (reformnlp.anchors) never loses a figure, a period phrase, a
    sample word or a survey's sample."""
    from reformnlp.anchors import Anchors
    from reformnlp.metrics.cues import get_cues
    from reformnlp.metrics.figures import FigureReader
    from reformnlp.metrics.periods import PeriodFinder

    cues = get_cues()
    figures, periods = FigureReader(cues), PeriodFinder(cues)
    doc = nlp.make_doc(text)
    clean = doc.text
    words = cues.grammar.start_words | periods.start_words | cues.sample_words | cues.sample_starts
    full = figures.scan(clean, 0, len(clean), False)
    sampled = cues.sample_word.search(clean) is not None
    for anchors in (Anchors.from_text(clean), Anchors.from_doc(doc, clean, words)):
        assert figures.scan(clean, 0, len(clean), False, anchors) == full
        assert periods.find(clean, anchors) == periods.find(clean)
        # a text that holds a sample word holds it among the anchors' words
        assert not sampled or anchors.starts(cues.sample_words)
        assert figures.sample_chains(clean, anchors) == figures.sample_chains(clean)


@pytest.mark.parametrize(
    ("text", "chains"),
    [
        ("In May, > 1,500 civil servants were surveyed.", ["> 1,500 civil servants were"]),
        ("Of those asked, ~ 900 people responded.", ["~ 900 people"]),
        ("About 2,400 residents were polled.", ["About 2,400 residents"]),
        (
            "The ministry surveyed 28,410 people across 180 districts.",
            ["28,410 people across 180 districts"],
        ),
        (
            "A survey of nearly 14,000 citizens and 600 firms found 85% satisfied.",
            ["nearly 14,000 citizens and 600 firms found"],
        ),
        ("The 2021 PCI surveyed firms; 85% were satisfied.", []),
    ],
)
def test_sample_chains_start_where_the_anchors_say(nlp, text, chains):
    """A survey's sample starts at a digit, a qualifier (a word or a mark) or the phrase
    before it: the anchored scan finds the chains the full scan finds."""
    from reformnlp.anchors import Anchors

    reader = nlp.get_pipe("metrics").reader
    doc = nlp.make_doc(text)
    for anchors in (None, Anchors.from_text(text), Anchors.from_doc(doc, text, reader.start_words)):
        found = reader.figures.sample_chains(text, anchors)
        assert [text[s:e] for s, e in found] == chains


def _fold_per_character(text: str) -> str:
    import unicodedata

    from reformnlp.text import _FOLD_EXTRA

    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


# Characters Python's Unicode tables know: a mark assigned in a later Unicode version is
# unknown to ``unicodedata`` and may be known to ``regex``.
_ASSIGNED = st.characters(exclude_categories=("Cs", "Cn"))


@given(
    st.text(_ASSIGNED, max_size=300)
    | st.text(alphabet="aăâđeêioôơuưy áàảãạ\u0301\u0300\u0323Đ", max_size=80)
)
@settings(max_examples=500, deadline=None)
def test_fold_removes_exactly_the_combining_characters(text):
    from reformnlp.text import _fold

    assert _fold(text) == _fold_per_character(text)


def test_the_combining_class_is_unicodedatas_on_every_assigned_character():
    import unicodedata

    from reformnlp.text import _COMBINING

    differ = [
        hex(code)
        for code in range(0x110000)
        if unicodedata.category(chr(code)) != "Cn"
        and bool(unicodedata.combining(chr(code))) != bool(_COMBINING.fullmatch(chr(code)))
    ]
    assert differ == []


@given(st.text(alphabet=" \u00a0\u2009\u200b\tab\nHàĩ\u0301", max_size=120))
@settings(max_examples=1000, deadline=None)
def test_normalised_text_maps_back_to_the_text_as_given(text):
    from reformnlp.text import normalise, to_original

    clean, offsets = normalise(text)
    if offsets is None:
        assert clean == text
        return
    assert len(offsets) == len(clean) + 1
    assert offsets == sorted(offsets) and offsets[-1] == len(text)
    # no run of spaces is left between two characters of a line (tabs stay: table cells)
    assert not re.search(r"(?<=[^\s]) {2,}(?=[^\s])", clean)
    for start in range(len(clean)):
        begin, end = to_original(offsets, start, start + 1)
        assert 0 <= begin < end <= len(text)
