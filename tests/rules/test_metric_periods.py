"""Periods: years, spans, parts of a year, the lead year and "currently" (M18)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    (
        "In 2023, the online rate reached 57% nationwide.",
        [{"value": 57.0, "period": "2023", "period_text": None}],
    ),
    (
        "In the first nine months of 2024, 97.9% of dossiers were on time.",
        [{"value": 97.9, "period": "2024", "period_text": "first nine months of 2024"}],
    ),
    (
        "In the first six months of 2024, the centre received 12,300 dossiers.",
        [{"value": 12300.0, "period": "2024", "period_text": "first six months of 2024"}],
    ),
    (
        "The online rate reached 51.5% in Q1 2025.",
        [{"value": 51.5, "period": "2025", "period_text": "Q1 2025"}],
    ),
    (
        "As of Aug 12, 2024, the system held 2,100 accounts.",
        [{"value": 2100.0, "period": "2024", "period_text": "As of Aug 12, 2024"}],
    ),
    (
        "In the 2021-2025 period, the province cut 120 procedures.",
        [{"value": 120.0, "period": "2021-2025"}],
    ),
    (
        "During 2021–2025, the province cut 45 administrative procedures.",
        [{"value": 45.0, "period": "2021-2025"}],
    ),
    ("The province has 1,867 procedures in total.", [{"value": 1867.0, "period": None}]),
    (
        "In 2023, reform made progress.\n\nThe online rate was 57.01% at the province.",
        [{"value": 57.01, "period": "2023"}],
    ),
    (
        "In 2023, reform made progress. In 2024, the rate was 66%.",
        [{"value": 66.0, "period": "2024"}],
    ),
    (
        "The conference reviewed the results of reform in 2023.\n\nThe online rate was 61%.",
        [{"value": 61.0, "period": "2023"}],
    ),
    ("The rate of on-time dossiers was 98% in July.", [{"value": 98.0, "period_text": "July"}]),
    (
        "On February 2, the province reported 98% on-time dossiers.",
        [{"value": 98.0, "period": None}],
    ),
    ("The rate reached 66% in 2024, compared to 2023.", [{"value": 66.0, "period": "2024"}]),
]


def test_currently_takes_the_dateline_year(nlp):
    text = "Reform news\n\n14/03/2025\n\nThe province currently has 1,205 online public services."
    check(nlp, text, [{"value": 1205.0, "period": "2025"}])


def test_reporting_year_is_set(nlp):
    doc = nlp("In 2023, the online rate reached 57% nationwide.")
    assert doc._.reporting_year == 2023


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_periods(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
CONTEXT_YEAR_CASES = [
    # (page, expected): a figure with no period of its own takes the article's reporting year
    ("Quang Ninh leads the 2023 PAR Index\n\nQuang Ninh scored 92.18 percent.",
     [{"value": 92.18, "period": "2023"}]),
    ("Provinces improve their services\n\nThe province topped the 2024 SIPAS survey, which was released in "
     "Hanoi on Monday to provincial leaders.\n\nSatisfaction stood at 84.1%.",
     [{"value": 84.1, "period": "2024"}]),
    ("Reform news\n\n29/07/2025\n\nThe commune centres handled 52,146 dossiers.",
     [{"value": 52146.0, "period": "2025"}]),
    ("Reform news\n\nThe commune centres handled 52,146 dossiers.",
     [{"value": 52146.0, "period": None}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CONTEXT_YEAR_CASES)
def test_context_year(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
COMPARED_PERIOD_CASES = [
    ("Quang Ninh leads the 2024 PCI\n\nHanoi scored 68.38 points, four places higher than in 2023.",
     [{"value": 68.38, "period": "2024"}, {"value": 4.0, "unit": "place", "period": "2024"}]),
    ("Hai Phong tops the 2023 PAR Index\n\nThe city's score rose 1.95 points on 2022 to 91.8%.",
     [{"value": 91.8, "period": "2023"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COMPARED_PERIOD_CASES)
def test_the_period_compared_with_is_not_the_figures_period(nlp, text, expected):
    check(nlp, text, expected)
