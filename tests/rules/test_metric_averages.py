"""Averages: compared averages with or without their value, and averages on their own (M17)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    (
        "The rate of online submission (57.01%) is higher than the national average (the national "
        "average is 38.26%).",
        [{"value": 57.01, "average": {"value": 38.26}}],
    ),
    (
        "The online rate reached 61%, above the national average of 45.5%.",
        [{"value": 61.0, "average": {"value": 45.5}}],
    ),
    (
        "The rate was 57.01%, while the national average was 38.26%.",
        [{"value": 57.01, "average": {"value": 38.26}}],
    ),
    (
        "The score was 4.38 points higher than the national average.",
        [{"value": 4.38, "unit": "points", "average": {"difference": 4.38}}],
    ),
    (
        "The score was 2.5 points lower than the provincial average.",
        [{"value": 2.5, "average": {"difference": -2.5}}],
    ),
    ("The ministry average was 84.38% in 2023.", [{"value": 84.38, "average": None}]),
    ("The provincial DTI averaged 0.6961 in 2023.", [{"value": 0.6961}]),
    # a group's own average is the group's figure
    (
        "In 2019, the PAR Index of the 17 ministries and agencies averaged 85.63 percent.",
        [{"value": 85.63, "subject": "ministries and agencies"}],
    ),
    # a gap written after the figure is its gap from the average, in points of a percentage
    # too, with or without "than", and with the average's own value when it follows
    (
        "Kon Tum scored 81.06%, 3.7 percentage points below the national average.",
        [{"value": 81.06, "unit": "%", "average": {"scope": "national", "difference": -3.7}}],
    ),
    (
        "Ninh Binh obtained 89.4%, 2.1% above the national average of 87.3%.",
        [{"value": 89.4, "average": {"value": 87.3, "difference": 2.1}}],
    ),
    (
        "Soc Trang reached 78.2%, some 6 points lower than the national average.",
        [{"value": 78.2, "average": {"difference": -6.0}}],
    ),
    # an average stated in a clause of its own, then "and" another statement: two figures ...
    (
        "In 2025 the national average was 95.4% and 100% of the councils voted in favour.",
        [{"value": 95.4, "average": None}, {"value": 100.0, "average": None}],
    ),
    # ... while a figure set against it takes it as its average
    (
        "In 2025 the national average was 88%, while Hanoi reached 92%.",
        [{"value": 92.0, "subject": "Hanoi", "average": {"scope": "national", "value": 88.0}}],
    ),
]


def test_average_scope(nlp):
    from reformnlp.records import doc_to_record

    text = "The online rate reached 61%, above the national average of 45.5%."
    (metric,) = doc_to_record(nlp(text)).metrics
    assert metric.average.scope == "national"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_averages(nlp, text, expected):
    check(nlp, text, expected)
