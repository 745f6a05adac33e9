"""Changes against an earlier period, from-to statements and time savings (M9, M10, M21)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    (
        "The average score was 88.4%, up 2.7% on the previous year.",
        [{"value": 88.4, "change": {"value": 2.7, "unit": "%", "direction": "increase"}}],
    ),
    (
        "The rate reached 84.38% in 2023, up 0.33% from 2022.",
        [
            {
                "value": 84.38,
                "period": "2023",
                "change": {"value": 0.33},
                "previous": {"period": "2022"},
            }
        ],
    ),
    (
        "The national DTI reached 0.7955, up 8.6% from 0.7326 in 2022.",
        [{"value": 0.7955, "change": {"value": 8.6}, "previous": {"value": 0.7326}}],
    ),
    (
        "The rate of online payment records (34.37%, an increase of 34.3% compared to 2022 - only "
        "0.77%) was reported in 2023.",
        [
            {
                "value": 34.37,
                "change": {"value": 34.3, "direction": "increase"},
                "previous": {"value": 0.77},
            }
        ],
    ),
    (
        "The on-time rate was 91.2%, down 1.4% against 2022.",
        [
            {
                "value": 91.2,
                "change": {"value": 1.4, "direction": "decrease"},
                "previous": {"period": "2022"},
            }
        ],
    ),
    (
        "The PAR Index was 86.1 points, an increase of 1.2 points over 2022.",
        [{"value": 86.1, "unit": "points", "change": {"value": 1.2, "unit": "points"}}],
    ),
    (
        "Online services grew from 28% in 2021 to 51.5% in August 2024.",
        [{"value": 51.5, "period": "2024", "previous": {"period": "2021", "value": 28.0}}],
    ),
    (
        "The number of units was cut from 193 to 73.",
        [{"value": 73.0, "unit": "unit", "previous": {"value": 193.0}}],
    ),
    (
        "Online payments rose 1.8 times year on year.",
        [{"value": 1.8, "unit": "times", "change": {"direction": "increase"}}],
    ),
    ("Electronic transactions showed a 1.5-fold rise in 2024.", [{"value": 1.5, "unit": "times"}]),
    (
        "Processing time was cut by 30% in 2024.",
        [{"value": 30.0, "unit": "%", "change": {"value": 30.0, "direction": "decrease"}}],
    ),
    (
        "Processing time was shortened by 30-60 percent.",
        [{"value": 30.0, "unit": "%", "change": {"direction": "decrease"}}],
    ),
    ("The reform saved 29,300 days of waiting for citizens.", [{"value": 29300.0, "unit": "day"}]),
    ("Handling a land dossier now takes 3 working days.", [{"value": 3.0, "unit": "day"}]),
    (
        "The score slipped 1.7 points from 72.95 in 2022.",
        [
            {
                "value": 1.7,
                "unit": "points",
                "change": {"direction": "decrease"},
                "previous": {"value": 72.95},
            }
        ],
    ),
    (
        "The online rate was 60.5%, a rise of 12.5% compared with 2023.",
        [{"value": 60.5, "change": {"value": 12.5}, "previous": {"period": "2023"}}],
    ),
    (
        "Dossiers filed online increased by 150% in 2024.",
        [{"value": 150.0, "unit": "%", "change": {"direction": "increase"}}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_changes(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
CHANGE_AFTER_CASES = [
    ("In 2023, the average PAR Index of provinces was 86.98 percent, 2.19 percent higher than in 2022.",
     [{"value": 86.98, "average": None, "change": {"value": 2.19, "direction": "increase"}}]),
    ("Online payments reached 41.2% in 2024, 3.5 points lower than in 2023.",
     [{"value": 41.2, "change": {"value": 3.5, "direction": "decrease"}}]),
    ("Ha Tinh reached 57.01%, while the national average was 38.26%.",
     [{"value": 57.01, "average": {"value": 38.26}}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CHANGE_AFTER_CASES)
def test_change_written_after_the_figure(nlp, text, expected):
    check(nlp, text, expected)
