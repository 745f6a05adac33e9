"""Figures that are no metrics: structure, documents, dates, attendance, samples, furniture."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    ("The Prime Minister asked for reform in all 6 areas.", []),
    ("Reform covers three levels: province, district and commune.", []),
    ("Decree 107/2021/ND-CP took effect on 02/02/2024.", []),
    ("Resolution 18-NQ/TW guides the merger.", []),
    ("Decision No. 766 set the criteria.", []),
    ("The conference on February 2 reviewed the year.", []),
    ("More than 300 delegates attended the conference.", []),
    ("The meeting linked 63 bridge points.", []),
    ("The survey polled 15,000 respondents.", []),
    ("The province took part in the 2023-2025 period of the programme.", []),
    ("The plan includes 35 tasks for the year.", []),
    ("The PAPI survey is in its 15th edition.", []),
    ("Officials aged 60 may retire.", []),
    ("At 09:12, the session opened.", []),
    ("The project was approved in 2024.", []),
    ("Project 06 connects the databases.", []),
    ("COVID-19 slowed the work in 2021.", []),
]


def test_furniture_is_never_read(nlp):
    text = (
        "Reform results in 2023\n\n02/02/2024\n\nThe online rate reached 57.01% in 2023.\n\n"
        "Source\n\nComment (0)\n\nRelated\n\nA 17-second video after 1 day with 10th grade students"
    )
    check(nlp, text, [{"value": 57.01}])


def test_repeated_figure_is_one_metric(nlp):
    text = (
        "Online filing reaches 57.01%\n\n02/02/2024\n\n"
        "The rate of online filing reached 57.01% in 2023.\n\n"
        "Officials said the rate of online filing reached 57.01% in 2023."
    )
    check(nlp, text, [{"value": 57.01, "period": "2023"}])


def test_same_value_for_two_subjects_stays_two(nlp):
    text = "The rate was 90% at ministries and 90% at localities in 2023."
    check(nlp, text, [{"subject": "ministries"}, {"subject": "localities"}])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_negatives(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
HEADLINE_CASES = [
    ("SIPAS 2024: more than 90% satisfied\n\nSatisfaction reached 90.06% in 2024.",
     [{"value": 90.06}]),
    ("Viet Nam climbs 15 places in UN ranking\n\nViet Nam ranked 71st out of 193 countries in "
     "2024, up 15 places.", [{"value": 71.0, "unit": "rank", "change": {"value": 15.0}}]),
    ("Hanoi files 48% of dossiers online\n\nIn Da Nang, the share was 61% in June.",
     [{"value": 48.0}, {"value": 61.0}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_figures_told_more_exactly_in_the_body(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
THRESHOLD_AND_STREAK_CASES = [
    ("For the first time, all localities had PAR indexes above the benchmark of 80 percent.", []),
    ("Hai Phong followed with 91.87 percent (four times in a row).", [{"value": 91.87}]),
    ("Quang Ninh kept first place for the sixth time since 2012, scoring 92.18 percent in 2023.",
     [{"value": 1.0, "unit": "rank", "period": "2023"}, {"value": 92.18, "period": "2023"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), THRESHOLD_AND_STREAK_CASES)
def test_thresholds_streaks_and_since(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
PERIOD_NOT_METRIC_CASES = [
    ("The meeting reviewed activities in the first 6 months of 2024.", []),
    ("After over one month of implementation, 38 localities have set up working groups.",
     [{"value": 38.0, "unit": "locality"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PERIOD_NOT_METRIC_CASES)
def test_periods_written_with_numbers_are_no_metrics(nlp, text, expected):
    check(nlp, text, expected)


def test_survey_samples_are_no_metrics(nlp):
    check(nlp, "For the 2022 PAPI Report, 16,117 randomly selected citizens were surveyed.", [])


# fmt: off
NAME_AND_PERIOD_CASES = [
    ("Commune centres handle over 52,000 dossiers\n\nThe centres received 52,418 administrative "
     "dossiers in July.", [{"value": 52418.0}]),
    ("Staff at the Ha Giang 1 Ward Public Administration Service Centre handled 140 dossiers a day.",
     [{"value": 140.0, "subject": "Ha Giang 1 Ward Public Administration Service Centre"}]),
    ("In the first four weeks, the centres received 2,100 dossiers.", [{"value": 2100.0}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAME_AND_PERIOD_CASES)
def test_numbers_in_names_and_periods(nlp, text, expected):
    check(nlp, text, expected)
