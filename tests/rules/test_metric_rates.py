"""Rates and shares: "%", "percent", "per cent", qualifiers and parenthesised values (M1, M2, M14, M22)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # vote shares: "against" before "and" is a vote, not a comparison; a count restated as a
    # share is no percentage itself
    (
        "The list passed with 95.58 percent in favour, 1.2 percent against and 0.2 percent "
        "abstaining.",
        [
            {"value": 95.58, "unit": "%"},
            {"value": 1.2, "unit": "%", "previous": None},
            {"value": 0.2, "unit": "%"},
        ],
    ),
    (
        # the count of votes and its share (corpora/README.md, votes)
        "As many as 429 or 89.38 percent of the 449 deputies approved it.",
        [{"value": 429.0, "unit": "deputy", "out_of": 449.0}, {"value": 89.38, "unit": "%"}],
    ),
    (
        "The rate of dossiers settled on time reached 95.9% in 2024.",
        [
            {
                "value": 95.9,
                "unit": "%",
                "metric": "rate of dossiers settled on time",
                "period": "2024",
            }
        ],
    ),
    (
        "Online submissions hit 67.54% in July 2024.",
        [
            {
                "value": 67.54,
                "unit": "%",
                "metric": "Online submissions",
                "period": "2024",
                "period_text": "July 2024",
            }
        ],
    ),
    (
        "The share of online payments was 41.2% last year.",
        [{"value": 41.2, "unit": "%", "metric": "share of online payments"}],
    ),
    # each item of a list by level keeps the measure, not the scope and "and" before it
    (
        "Dossiers settled online made up 71 percent at the provincial level, 52 percent at the "
        "district level and 38 percent at the commune level.",
        [
            {"value": 71.0, "metric": "Dossiers settled online", "subject": "provincial level"},
            {"value": 52.0, "metric": "Dossiers settled online", "subject": "district level"},
            {"value": 38.0, "metric": "Dossiers settled online", "subject": "commune level"},
        ],
    ),
    # the object of a verb that raises or lowers "by" the figure names the measure
    (
        "The province reduced the average processing time by 35%.",
        [{"value": 35.0, "unit": "%", "metric": "average processing time"}],
    ),
    # "make up" is a verb, not a change "up"
    (
        "Women make up 45% of the provincial civil service.",
        [{"value": 45.0, "unit": "%", "change": None, "metric": "Women"}],
    ),
    # a grade in brackets is no part of the next figure's name
    (
        "Ninh Binh scored 86.7 points (good), ranking 12th in the country.",
        [{"value": 86.7}, {"value": 12.0, "unit": "rank", "metric": None}],
    ),
    (
        "Citizen satisfaction climbed to 93 percent in 2023.",
        [{"value": 93.0, "unit": "%", "period": "2023"}],
    ),
    (
        "Online filings made up 59.7 per cent of all applications in 2022.",
        [{"value": 59.7, "unit": "%", "period": "2022"}],
    ),
    (
        "The digitisation rate stood at 88.1 pct at the end of 2023.",
        [{"value": 88.1, "unit": "%", "period": "2023"}],
    ),
    (
        "In 2023, 97.9% of dossiers were returned on time.",
        [{"value": 97.9, "unit": "%", "period": "2023", "approximate": False}],
    ),
    (
        "The on-time rate was nearly 100% in 2024.",
        [{"value": 100.0, "unit": "%", "approximate": True}],
    ),
    (
        "About 60% of records were filed online in 2024.",
        [{"value": 60.0, "unit": "%", "approximate": True}],
    ),
    (
        "The rate of online services reached around 75% in 2024.",
        [{"value": 75.0, "approximate": True}],
    ),
    (
        "The rate of digital signatures was almost 80% in 2024.",
        [{"value": 80.0, "approximate": True}],
    ),
    ("Roughly 45% of payments were cashless in 2024.", [{"value": 45.0, "approximate": True}]),
    ("Over 90% of procedures were handled online in 2024.", [{"value": 90.0, "approximate": True}]),
    (
        "More than 70% of households used the portal in 2024.",
        [{"value": 70.0, "approximate": True}],
    ),
    (
        "Less than 20% of dossiers were filed on paper in 2024.",
        [{"value": 20.0, "approximate": True}],
    ),
    ("At least 85% of procedures must be online in 2025.", [{"value": 85.0, "approximate": True}]),
    ("The overdue rate stayed below 2% in 2024.", [{"value": 2.0, "approximate": True}]),
    ("The on-time rate stayed above 98% in 2024.", [{"value": 98.0, "approximate": True}]),
    ("Some localities reached up to 98.4% in 2024.", [{"value": 98.4, "approximate": False}]),
    (
        "The rate of online application submission (57.01%) was recorded in 2023.",
        [{"value": 57.01, "metric": "rate of online application submission"}],
    ),
    (
        "The satisfaction index of the province (83,98%) was among the highest in 2023.",
        [{"value": 83.98, "unit": "%"}],
    ),
    (
        "The rate of electronic records accounted for 64.2% in 2024.",
        [{"value": 64.2, "metric": "rate of electronic records"}],
    ),
    ("The cashless payment rate exceeded 30% in 2024.", [{"value": 30.0, "approximate": True}]),
    # "surpassed" bounds a figure as "exceeded" does
    (
        "In 2025, the number of online applications surpassed 40,000.",
        [{"value": 40000.0, "unit": "application", "approximate": True}],
    ),
    (
        "The share of dossiers filed online surpassed 60% in 2024.",
        [{"value": 60.0, "approximate": True}],
    ),
    (
        "The portal handled 4,400 services, i.e. 70 percent of all procedures, in 2024.",
        [{"value": 4400.0, "unit": "service"}, {"value": 70.0, "unit": "%"}],
    ),
    (
        "The province received 1,931 dossiers (60.5%) online in 2024.",
        [{"value": 1931.0, "unit": "dossier"}, {"value": 60.5, "unit": "%"}],
    ),
    ("The rate of dossiers handled late was 104% in 2024.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rates(nlp, text, expected):
    check(nlp, text, expected)


def test_a_thousands_separator_is_no_comma_between_phrases(extract):
    record = extract("A poll of 14,000 residents put satisfaction with the portal at 85% in 2023.")
    (metric,) = record.metrics
    assert metric.value == 85.0
    assert metric.metric.startswith("poll of 14,000 residents")  # not "000 residents ..."


def test_equal_values_listed_side_by_side_are_separate_statements(extract):
    record = extract(
        "Three ministries led the online filing ranking in 2022, with rates of "
        "100%, 100% and 97.67%."
    )
    assert [m.value for m in record.metrics if m.unit == "%"] == [100.0, 100.0, 97.67]
