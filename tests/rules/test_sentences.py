"""Sentence ends inside a paragraph (metrics/sentences.py with metric_words.csv's
``abbreviation`` and ``web_suffix`` rows)."""

import pytest

from reformnlp.metrics.cues import get_cues

SPLIT = get_cues().sentences

CASES = [
    # an ordinary stop before a capital or a figure
    (
        "Ninh Binh scored 88.1 points. It ranked third.",
        ["Ninh Binh scored 88.1 points.", "It ranked third."],
    ),
    ("The rate was 91%. 12 wards met it.", ["The rate was 91%.", "12 wards met it."]),
    # abbreviations listed in the data close no sentence
    ("Mr. Hung said No. 18 is done.", ["Mr. Hung said No. 18 is done."]),
    ("Some units, e.g. Lang Son, lag.", ["Some units, e.g. Lang Son, lag."]),
    (
        "The meeting began at 8 a.m. Delegates came.",
        ["The meeting began at 8 a.m. Delegates came."],
    ),
    # an initial closes none either
    ("Nguyen V. Minh chaired it.", ["Nguyen V. Minh chaired it."]),
    # paragraphs glued without a space
    (
        "the record of the province.Seven wards failed.",
        ["the record of the province.", "Seven wards failed."],
    ),
    ("scored under 60.The rest passed.", ["scored under 60.", "The rest passed."]),
    # a web address glued to its site name is no sentence end
    ("reported by Vietnamnet.Vn today.", ["reported by Vietnamnet.Vn today."]),
    ("Source: Baochinhphu.Vn News of the day.", ["Source: Baochinhphu.Vn News of the day."]),
    # the news agencies' end mark
    ("The plan was approved./. Related news", ["The plan was approved", "Related news"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_sentences(paragraph, expected):
    assert [paragraph[s:e] for s, e in SPLIT(paragraph, 0, len(paragraph))] == expected
