"""Scores: bare points, a score with its maximum, 0-1 index values (M3, M4, M5)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # a decimal out of a whole number is a score against its maximum, not a count of parts
    (
        "In 2025 the breakdown shows processing times at 16.39 out of 20; online services at "
        "14.31 out of 22; and digitisation at 19.75 out of 22.",
        [
            {"value": 16.39, "unit": "points", "out_of": 20.0},
            {"value": 14.31, "unit": "points", "out_of": 22.0},
            {"value": 19.75, "unit": "points", "out_of": 22.0},
        ],
    ),
    # a bare decimal a "score" is linked to is a score, the index named or not
    (
        "In 2022 the province's transparency score was 6.41.",
        [{"value": 6.41, "unit": "points"}],
    ),
    (
        "Its informal charges score stood at 7.05 in 2021.",
        [{"value": 7.05, "unit": "points"}],
    ),
    # ... or with words between the score noun and its link
    (
        "In 2023 the average score of the province is 67.7.",
        [{"value": 67.7, "unit": "points"}],
    ),
    (
        "In 2015 the Modernization Index reached 90.8 and the Satisfaction Index reached 97.6.",
        [{"value": 90.8, "unit": "points"}, {"value": 97.6, "unit": "points"}],
    ),
    (
        "In 2019 the average points of department and district categories are 65.82 and "
        "64.16, respectively.",
        [{"value": 65.82, "unit": "points"}, {"value": 64.16, "unit": "points"}],
    ),
    # ... not a preposition after the noun ("points out of 100") nor "points" after a figure
    (
        "In 2023 Quang Ninh ranked first with 89.45 points out of 100.",
        [{"value": 1.0, "unit": "rank"}, {"value": 89.45, "unit": "points"}],
    ),
    # ... but a whole number out of another stays a count of what follows
    (
        "In 2025, 12 out of 20 communes finished digitisation.",
        [{"value": 12.0, "unit": "commune", "out_of": 20.0}],
    ),
    # a bare decimal in brackets in a list of bracketed scores is a score too
    (
        "In the PAPI 2023, Hue's dimensions include transparency (5.8366 points), vertical "
        "accountability (4.3688), e-governance (3.4175 points).",
        [
            {"value": 5.8366, "unit": "points"},
            {"value": 4.3688, "unit": "points"},
            {"value": 3.4175, "unit": "points"},
        ],
    ),
    # a score with a comma and three digits is written with a decimal comma
    (
        "In PAPI 2022, Quang Tri got 43,615 points, up from 42,870 points in 2021.",
        [{"value": 43.615, "unit": "points", "previous": {"value": 42.87}}],
    ),
    ("In 2022, Quang Tri got 43.6 points.", [{"value": 43.6, "unit": "points"}]),
    # ... unless the digits are round: a score of a thousand-point scale
    (
        "In the 2024 DTI, Da Nang scored 1,000 points in digital government, the maximum.",
        [{"value": 1000.0, "unit": "points"}],
    ),
    # the maximum of the scale written after a bare score
    (
        "In the PAPI 2016, Ha Giang's transparency dimension was 5.61 over 10-point scale.",
        [{"value": 5.61, "unit": "points", "out_of": 10.0}],
    ),
    (
        "Quang Ninh kept the top place with a score of 72.95 on a 100-point scale.",
        [{"value": 72.95, "unit": "points", "out_of": 100.0}],
    ),
    (
        "Bac Giang scored 84.6 points in 2023.",
        [{"value": 84.6, "unit": "points", "subject": "Bac Giang", "period": "2023"}],
    ),
    # a score or rate with no measured phrase before it measures the index its sentence names
    (
        "Ninh Binh earned 86.2 points in the PAR Index 2023.",
        [{"value": 86.2, "unit": "points", "metric": "PAR Index", "subject": "Ninh Binh"}],
    ),
    (
        "In the SIPAS, Bac Kan got 82.4% while Cao Bang got 81.9%.",
        [
            {"value": 82.4, "metric": "SIPAS", "subject": "Bac Kan"},
            {"value": 81.9, "metric": "SIPAS", "subject": "Cao Bang"},
        ],
    ),
    (
        "With 45.1 points, Ben Tre came second in the PAPI.",
        [{"value": 45.1, "metric": "PAPI"}, {"value": 2.0, "unit": "rank", "metric": "PAPI"}],
    ),
    (
        "The province's PAPI score was 43.4778 points in 2023.",
        [{"value": 43.4778, "unit": "points"}],
    ),
    (
        "The province got 83.08 out of 100 points in 2023.",
        [{"value": 83.08, "unit": "points", "out_of": 100.0}],
    ),
    (
        "Transparency earned 15.7 of the 18 points in 2023.",
        [{"value": 15.7, "unit": "points", "out_of": 18.0}],
    ),
    (
        "Service delivery scored 7.7/12 points in 2023.",
        [{"value": 7.7, "unit": "points", "out_of": 12.0}],
    ),
    (
        "The appraisal component scored 57.04/61.50 in 2023.",
        [{"value": 57.04, "unit": "points", "out_of": 61.5}],
    ),
    (
        "Its SIPAS score of 8.19/10 was the highest in the region.",
        [{"value": 8.19, "unit": "points", "out_of": 10.0}],
    ),
    (
        "The PAR Index of Lao Cai reached 86.89 in 2023.",
        [{"value": 86.89, "unit": "points", "subject": "Lao Cai"}],
    ),
    (
        "The national DTI was 0.7955 in 2023.",
        [{"value": 0.7955, "unit": "points", "subject": "national"}],
    ),
    (
        "Da Nang's ICT Index reached 0.8485 in 2023.",
        [{"value": 0.8485, "unit": "points", "subject": "Da Nang"}],
    ),
    (
        "The province scored 9.5/9.5 points for institutional reform.",
        [{"value": 9.5, "out_of": 9.5}],
    ),
    ("The score of 12.5/10 points was wrongly printed.", []),
    ("Quang Tri earned 2.1 percentage points more in 2023.", [{"value": 2.1, "unit": "points"}]),
    # an index named with its acronym in brackets makes the article one about that index, so a
    # bare decimal "with" a ranking is a score even sentences away
    (
        "Hai Duong rose in the Public Administrative Reform (PAR) Index of 2019. "
        "Among the mountainous provinces, Cao Bang ranked last with 71.45.",
        [{"value": 71.45, "unit": "points", "subject": "Cao Bang"}],
    ),
    ("Among the mountainous provinces, Cao Bang ranked last with 71.45.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_scores(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# Scores listed after the first: a bare figure in brackets, or after "with" or "at", right
# after a place, is that place's score on the same measure.
LISTED_CASES = [
    # a list whose first score is a percentage: the bare figures after it are percentages
    (
        "In the 2018 PAR Index, Quang Tri scored 84.2 percent, followed by Ha Giang with 83.9 "
        "and Nam Dinh with 83.71.",
        [
            {"value": 84.2, "unit": "%", "subject": "Quang Tri"},
            {"value": 83.9, "unit": "%", "subject": "Ha Giang"},
            {"value": 83.71, "unit": "%", "subject": "Nam Dinh"},
        ],
    ),
    (
        "In the 2018 PAR Index, the Ministry of Transport came last at 75 percent, with the "
        "Ministry of Health, 78, and the Ministry of Construction, 80, just above it.",
        [
            {"value": 75.0, "unit": "%", "subject": "Ministry of Transport"},
            {"value": 78.0, "unit": "%", "subject": "Ministry of Health"},
            {"value": 80.0, "unit": "%", "subject": "Ministry of Construction"},
        ],
    ),
    # "such as" and "including" open a list, not a measure
    (
        "Several dimensions scored high, such as vertical accountability (4.46 points).",
        [{"value": 4.46, "metric": "vertical accountability"}],
    ),
    # each score names its own measure right after it
    (
        "On the sub-indices, Lang Son got 5.12 points in transparency, 6.97 points in control "
        "of corruption and 3.41 points in e-governance.",
        [{"value": 5.12, "metric": "transparency"},
         {"value": 6.97, "metric": "control of corruption"},
         {"value": 3.41, "metric": "e-governance"}],
    ),
    ("Quang Ninh topped the PAR Index 2023 with 91.7 points, followed by Hai Phong (89.2) and "
     "Ben Tre (88.6).",
     [{"value": 91.7, "subject": "Quang Ninh"},
      {"value": 89.2, "unit": "points", "subject": "Hai Phong", "metric": "PAR Index"},
      {"value": 88.6, "unit": "points", "subject": "Ben Tre"}]),
    # ... and right after a place's name in the list that follows a stated score
    ("In the PCI 2017 Quang Ninh scored 70.69 points, followed by Da Nang with 70.11 points, "
     "Dong Thap 68.78 and Long An 66.7.",
     [{"value": 70.69, "subject": "Quang Ninh"}, {"value": 70.11, "subject": "Da Nang"},
      {"value": 68.78, "unit": "points", "subject": "Dong Thap"},
      {"value": 66.7, "unit": "points", "subject": "Long An"}]),
    ("In 2021 Hanoi scored 6.08 points and Can Tho 5.95.",
     [{"value": 6.08, "subject": "Hanoi"}, {"value": 5.95, "unit": "points", "subject": "Can Tho"}]),
    # ... and a three-place decimal alone in brackets after a place, the score named in the
    # sentence before: the index the article named last
    ("In the PAPI 2018, Quang Ninh scored 47.1 points. It was followed by Dong Thap Province "
     "(46.961) and Thai Nguyen Province (46.471).",
     [{"value": 47.1, "subject": "Quang Ninh"},
      {"value": 46.961, "unit": "points", "subject": "Dong Thap", "metric": "PAPI"},
      {"value": 46.471, "unit": "points", "subject": "Thai Nguyen", "metric": "PAPI"}]),
    # ... and after a quoted part of the index, once a score is stated
    ("In the 2021 PAPI, Ha Tinh scored best in “Public Service Delivery” with 7.02 points, "
     "followed by “E-Governance” (3.41) and “Environmental Governance” (3.05).",
     [{"value": 7.02, "unit": "points"}, {"value": 3.41, "unit": "points"},
      {"value": 3.05, "unit": "points"}]),
    ("Ca Mau's PCI score was 85.5 points, ahead of Bac Lieu with 84.1 and Soc Trang at 80.3.",
     [{"value": 85.5, "metric": "PCI score"},
      {"value": 84.1, "unit": "points", "subject": "Bac Lieu", "metric": "PCI score"},
      {"value": 80.3, "unit": "points", "subject": "Soc Trang", "metric": "PCI score"}]),
    # a sentence that speaks of scores, with no score stated yet, lists them all
    ("Both cities had a weak score in environmental governance (Hanoi at 2.87 and HCMC "
     "at 2.96).",
     [{"value": 2.87, "unit": "points", "subject": "Hanoi"},
      {"value": 2.96, "unit": "points", "subject": "Ho Chi Minh City"}]),
    ("Scores on the e-government pillar were lower this year, with Can Tho at 6.42 and "
     "Kien Giang (5.98).",
     [{"value": 6.42, "unit": "points", "subject": "Can Tho"},
      {"value": 5.98, "unit": "points", "subject": "Kien Giang"}]),
    # the place may carry its level word ("Province", "City") before the bracket
    ("In PAPI 2021, Ben Tre led with 45.73 points, followed by Vinh Long Province (45.02) and "
     "Can Tho City (44.87).",
     [{"value": 45.73, "subject": "Ben Tre"},
      {"value": 45.02, "unit": "points", "subject": "Vinh Long"},
      {"value": 44.87, "unit": "points", "subject": "Can Tho"}]),
    # a sentence that names an index lists its decimal scores, named after the index
    ("Among the leaders of the 2023 PCI rankings were Long An (72.6), Bac Ninh (71.9) and "
     "Dong Thap (70.8).",
     [{"value": 72.6, "unit": "points", "subject": "Long An", "metric": "PCI"},
      {"value": 71.9, "unit": "points", "subject": "Bac Ninh", "metric": "PCI"},
      {"value": 70.8, "unit": "points", "subject": "Dong Thap", "metric": "PCI"}]),
    ("Provinces near the bottom of the PAPI table included Lai Chau (38.05) and Dak Nong "
     "(38.61).",
     [{"value": 38.05, "unit": "points", "subject": "Lai Chau", "metric": "PAPI"},
      {"value": 38.61, "unit": "points", "subject": "Dak Nong", "metric": "PAPI"}]),
    # ... but a whole number after a place there is no score
    ("The PAR Index team visited Hai Phong (12) and Ben Tre (15).", []),
    # "ranked lowest at": a score follows, and the second of a pair is one too
    ("Among the ministries, the Ministry of Health ranked lowest at 72.4.",
     [{"value": 72.4, "unit": "points", "subject": "Ministry of Health"}]),
    ("The Ministry of Finance and the Ministry of Justice ranked highest at 88.31 and 87.95.",
     [{"value": 88.31, "unit": "points"}, {"value": 87.95, "unit": "points"}]),
    # no score before: a place and a bracketed figure are not a score
    ("Hai Phong (2024) and Ben Tre (15) were visited.", []),
    # a whole number is a count, not a listed score
    ("Hue scored 80.5 points, followed by Da Nang (12) in the number of new services.",
     [{"value": 80.5, "subject": "Thua Thien Hue"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), LISTED_CASES)
def test_scores_listed_after_the_first(nlp, text, expected):
    check(nlp, text, expected)


def test_a_score_gained_out_of_its_maximum_is_no_change(nlp):
    check(
        nlp,
        "In 2023 the district gained 8.75 out of 9.5 points for direction, equal to "
        "92.1%, 1.3% higher than in 2022.",
        [
            {"value": 8.75, "unit": "points", "out_of": 9.5, "change": None},
            {"value": 92.1, "unit": "%", "change": {"value": 1.3, "direction": "increase"}},
        ],
    )


# fmt: off
INDEX_NAMED_IN_LOWER_CASE_CASES = [
    # an index's full name in lower case, and the acronym a page gives it, name the index
    ("The country placed 71st in the e-government development index (EGD) survey. In the "
     "survey's high EGD group, it had a value of 0.7109.",
     [{"value": 71.0, "unit": "rank"},
      {"value": 0.7109, "unit": "points", "metric": "EGD"}]),
    ("The online service index (OSIX) put the country among the leaders, with a value of "
     "0.6591.",
     [{"value": 0.6591, "unit": "points", "metric": "OSIX", "subject": "national"}]),
    ("Vietnam stayed in the top group of the par index, with a value of 0.53.",
     [{"value": 0.53, "unit": "points", "metric": "par index"}]),
    ("Ha Nam topped the provincial competitiveness index with 70.3.",
     [{"value": 70.3, "unit": "points", "subject": "Ha Nam"}]),
    # two words in lower case are no index's name
    ("The reform index rose, reaching a value of 0.5 for the district.", []),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), INDEX_NAMED_IN_LOWER_CASE_CASES)
def test_an_index_named_in_lower_case_or_by_its_page_acronym(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
SCORES_OF_CASES = [
    # "scores of" before a list of bare decimals, one for each place named before
    ("In 2024, Kon Tum, Lai Chau and Dien Bien had scores of 5.61, 5.72 and 5.9, respectively.",
     [{"value": 5.61, "unit": "points", "subject": "Kon Tum"},
      {"value": 5.72, "unit": "points", "subject": "Lai Chau"},
      {"value": 5.9, "unit": "points", "subject": "Dien Bien"}]),
    # "the bottom three provinces": the group a superlative picks, no count
    ("In 2024, the bottom three provinces were Kon Tum, Lai Chau and Dien Bien, with scores of "
     "5.61, 5.72 and 5.9, respectively.",
     [{"value": 5.61, "subject": "Kon Tum"}, {"value": 5.72, "subject": "Lai Chau"},
      {"value": 5.9, "subject": "Dien Bien"}]),
    # a plural of places before the scores counts nothing: no count is a fraction
    ("In the 2019 DDCI, Cam Le and Thanh Khe districts scored 67.05 and 65.3 points, "
     "respectively.",
     [{"value": 67.05, "unit": "points", "subject": "Cam Le district"},
      {"value": 65.3, "unit": "points", "subject": "Thanh Khe district"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SCORES_OF_CASES)
def test_scores_of_a_list_and_the_bottom_group(nlp, text, expected):
    check(nlp, text, expected)
