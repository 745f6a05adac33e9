"""Figures inside brackets and lists: breakdowns, comparisons, unbalanced and nested brackets.

A bracket that continues a clause may hold the figure's change and the value it had
then, a breakdown of a count, a target or an average. Whatever the brackets look like,
every figure is read once and its quote is cut from the text it came from.
"""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # --- the value of an earlier year, labelled with that year ------------------------------
    (
        "In the 2023 PCI, Lang Son's Time Costs came to 7.12 points (6.48 in 2022).",
        [{"value": 7.12, "unit": "points", "previous": {"value": 6.48, "period": "2022"}}],
    ),
    (
        "Online payment reached 41.5% in 2024 (27.3 in 2023), the department said.",
        [{"value": 41.5, "unit": "%", "previous": {"value": 27.3, "period": "2023"}}],
    ),
    # ... not a rank in the bracket
    (
        "In 2024 Ha Giang scored 6.2 points (rank 40 in 2023) on Land Access.",
        [{"value": 6.2, "unit": "points", "previous": None}],
    ),
    (
        "Online filing reached 64.3% in 2024 (2023: 57.9%).",
        [{"value": 64.3, "period": "2024", "previous": {"value": 57.9, "period": "2023"}}],
    ),
    (
        "Bac Ninh scored 88.4 points in 2023 (2022: 86.1 points), its best result.",
        [{"value": 88.4, "subject": "Bac Ninh", "previous": {"value": 86.1, "period": "2022"}}],
    ),
    # --- an improvement on the value of an earlier year ------------------------------------
    (
        "The score of 83.7 points was an improvement on the 81.5 points of 2021.",
        [{"value": 83.7, "previous": {"value": 81.5, "period": "2021"}}],
    ),
    # after a noun of change, "over" compares: no qualifier of the value after it
    (
        "Its score of 79.2 points was an improvement over 77.6 points in 2021.",
        [{"value": 79.2, "approximate": False, "previous": {"value": 77.6, "period": "2021"}}],
    ),
    # --- a change, then the value the figure had in the period compared with -------------
    (
        "Quang Tri ranked 7th of 63 provinces (up 2 places on 2022, 9th of 63).",
        [
            {
                "value": 7.0,
                "unit": "rank",
                "subject": "Quang Tri",
                "rank": {"position": 7, "total": 63},
                "change": {"value": 2.0, "unit": "place", "direction": "increase"},
                "previous": {"value": 9.0, "period": "2022"},
            }
        ],
    ),
    (
        "The province came 12th out of 63 provinces and cities (up 3 places compared to 2021, ranked 15th out of 63).",
        [
            {
                "value": 12.0,
                "unit": "rank",
                "rank": {"position": 12, "total": 63},
                "change": {"value": 3.0, "direction": "increase"},
                "previous": {"value": 15.0, "period": "2021"},
            }
        ],
    ),
    (
        "Lao Cai came 9th of 63 provinces [up 4 places on 2022, 13th of 63].",
        [
            {
                "value": 9.0,
                "unit": "rank",
                "subject": "Lao Cai",
                "change": {"value": 4.0},
                "previous": {"value": 13.0, "period": "2022"},
            }
        ],
    ),
    (
        "Hai Duong ranked 20th of 63 provinces (down 5 places on 2022, 15th of 63).",
        [
            {
                "value": 20.0,
                "unit": "rank",
                "change": {"value": 5.0, "direction": "decrease"},
                "previous": {"value": 15.0, "period": "2022"},
            }
        ],
    ),
    (
        "Ha Tinh scored 85.2 points (up 1.4 points over 2022, when it was 83.8 points).",
        [
            {
                "value": 85.2,
                "unit": "points",
                "subject": "Ha Tinh",
                "change": {"value": 1.4, "unit": "points"},
                "previous": {"value": 83.8, "period": "2022"},
            }
        ],
    ),
    (
        "Binh Dinh scored 86.12% (an increase of 1.2 percentage points over 2022).",
        [{"value": 86.12, "unit": "%", "change": {"value": 1.2, "direction": "increase"}}],
    ),
    (
        "Ha Nam received 15,320 dossiers in 2023 (up 12% year on year).",
        [{"value": 15320.0, "unit": "dossier", "change": {"value": 12.0, "unit": "%"}}],
    ),
    (
        "The rate of online payment was 34.37% [up from 0.77% in 2022].",
        [{"value": 34.37, "unit": "%", "previous": {"value": 0.77, "period": "2022"}}],
    ),
    (
        "Hai Phong ranked 20th of 63 (down 5 places).",
        [{"value": 20.0, "unit": "rank", "change": {"value": 5.0, "direction": "decrease"}}],
    ),
    # --- breakdowns of a count -------------------------------------------------------------
    (
        "(12,345 dossiers newly received, 2,100 dossiers carried over from the previous period).",
        [{"value": 12345.0, "unit": "dossier"}, {"value": 2100.0, "unit": "dossier"}],
    ),
    (
        "The centre handled 20,000 dossiers (18,000 newly received dossiers, 2,000 dossiers carried over from the previous period).",
        [
            {"value": 20000.0, "unit": "dossier"},
            {"value": 18000.0},
            {"value": 2000.0, "unit": "dossier"},
        ],
    ),
    (
        "Of these, 500 were online (400 new applications, 100 applications moved from the last period).",
        [
            {"value": 500.0, "unit": "application"},
            {"value": 400.0},
            {"value": 100.0, "unit": "application"},
        ],
    ),
    (
        "Kien Giang received 3,400 dossiers (2,900 online dossiers and 500 paper dossiers) in 2024.",
        [
            {"value": 3400.0, "unit": "dossier", "subject": "Kien Giang", "period": "2024"},
            {"value": 2900.0, "period": "2024"},
            {"value": 500.0, "period": "2024"},
        ],
    ),
    (
        "Last year 7,800 were settled (6,100 applications online, 1,700 at the counter).",
        [
            {"value": 7800.0, "unit": "application"},
            {"value": 6100.0, "unit": "application"},
            {"value": 1700.0, "unit": "application"},
        ],
    ),
    (
        "The centre received 9,800 dossiers (of which 9,650, or 98.5%, were settled on time).",
        [
            {"value": 9800.0, "unit": "dossier"},
            {"value": 9650.0, "unit": "dossier"},
            {"value": 98.5, "unit": "%"},
        ],
    ),
    (
        "Thanh Hoa abolished 45 administrative procedures [including 12 in land management].",
        [{"value": 45.0, "unit": "administrative procedure"}, {"value": 12.0}],
    ),
    # --- targets, averages and earlier values in brackets ----------------------------------
    (
        "The satisfaction index reached 94.44/90% (exceeding the target).",
        [{"value": 94.44, "unit": "%", "target": 90.0}],
    ),
    (
        "Vinh Long's rate of dossiers settled on time reached 71.6% (target: 70%).",
        [{"value": 71.6, "unit": "%", "target": 70.0}],
    ),
    (
        "Online applications in Ha Tinh reached 57.01% (national average: 38.26%).",
        [{"value": 57.01, "unit": "%", "subject": "Ha Tinh", "average": {"value": 38.26}}],
    ),
    (
        "Online applications reached 57.01% [the national average is 38.26%].",
        [{"value": 57.01, "unit": "%", "average": {"value": 38.26}}],
    ),
    (
        "The digitisation rate rose to 51.5% (from 28% in 2022).",
        [{"value": 51.5, "unit": "%", "previous": {"value": 28.0, "period": "2022"}}],
    ),
    # --- ranks and their scope in brackets -------------------------------------------------
    (
        "Bac Ninh placed 3rd out of 63 provinces (2nd in the Red River Delta region).",
        [
            {"value": 3.0, "unit": "rank", "rank": {"total": 63}},
            {"value": 2.0, "unit": "rank", "subject": "Bac Ninh"},
        ],
    ),
    (
        "Quang Ninh (ranked 1st in the PAR Index) and Hai Phong (ranked 2nd) led the country.",
        [
            {"value": 1.0, "unit": "rank", "subject": "Quang Ninh"},
            {"value": 2.0, "unit": "rank", "subject": "Hai Phong"},
        ],
    ),
    (
        "The PAPI 2023 leaders (Quang Ninh 1st, Hai Phong 2nd, Thai Binh 3rd) were all in the north.",
        [
            {"value": 1.0, "unit": "rank", "subject": "Quang Ninh"},
            {"value": 2.0, "unit": "rank", "subject": "Hai Phong"},
            {"value": 3.0, "unit": "rank", "subject": "Thai Binh"},
        ],
    ),
    (
        "Others in the top ten of the 2023 PCI were Binh Duong (6th), Da Nang (7th) and Long An "
        "(9th).",
        [
            {"value": 6.0, "unit": "rank", "subject": "Binh Duong", "period": "2023"},
            {"value": 7.0, "unit": "rank", "subject": "Da Nang", "period": "2023"},
            {"value": 9.0, "unit": "rank", "subject": "Long An", "period": "2023"},
        ],
    ),
    (
        "In the SIPAS 2024, Hai Duong ( 3rd ) kept its place.",
        [{"value": 3.0, "unit": "rank", "subject": "Hai Duong", "period": "2024"}],
    ),
    # --- figures whose brackets only name or explain something ----------------------------
    (
        "The Ministry of Home Affairs (MOHA) reported that 2,800 civil servants left in 2024.",
        [{"value": 2800.0, "unit": "civil servant", "period": "2024"}],
    ),
    (
        "The five-year plan (2021-2025) set out 45 tasks, and 38 have been done.",
        [],
    ),
    (
        "Ninh Thuan cut 30 procedures (see Decision No. 1234/QD-UBND dated 12/5/2024).",
        [{"value": 30.0, "unit": "procedure", "subject": "Ninh Thuan"}],
    ),
    (
        "Hanoi, Da Nang and Hue scored 91.2%, 89.4% and 87.1% (respectively) on the SIPAS.",
        [
            {"value": 91.2, "subject": "Hanoi"},
            {"value": 89.4, "subject": "Da Nang"},
            {"value": 87.1, "subject": "Thua Thien Hue"},
        ],
    ),
    # --- unbalanced and nested brackets ----------------------------------------------------
    (
        "Da Nang led the SIPAS with 89.2% (the highest in the country.",
        [{"value": 89.2, "unit": "%", "subject": "Da Nang"}],
    ),
    (
        "Can Tho reached 75.4%) on the PAPI this year.",
        [{"value": 75.4, "unit": "%", "subject": "Can Tho"}],
    ),
    (
        "Hue's PAR Index rose to 88.5% (from 85.1% (in 2022)).",
        [{"value": 88.5, "unit": "%", "previous": {"value": 85.1}}],
    ),
    (
        "((The province settled 4,200 dossiers.))",
        [{"value": 4200.0, "unit": "dossier"}],
    ),
    (
        "The rate reached 82.5% ((up 3.1% on 2023)).",
        [{"value": 82.5, "unit": "%", "change": {"value": 3.1}}],
    ),
    (
        "]] Gia Lai received 2,150 dossiers [[ and 310 were late.",
        [{"value": 2150.0, "unit": "dossier"}, {"value": 310.0, "unit": "dossier"}],
    ),
    # --- lists on lines of their own -------------------------------------------------------
    (
        "The province's results in 2023:\n- Ha Tinh settled 12,400 dossiers\n- online rate: 57.01%\n- satisfaction: 94.4%",
        [
            {"value": 12400.0, "unit": "dossier", "period": "2023"},
            {"value": 57.01, "unit": "%", "period": "2023"},
            {"value": 94.4, "unit": "%", "period": "2023"},
        ],
    ),
    (
        "• 1,952 administrative procedures were put online;\n• 85.3% of dossiers were settled online.",
        [{"value": 1952.0, "unit": "administrative procedure"}, {"value": 85.3, "unit": "%"}],
    ),
]


# fmt: off
EARLIER_RANK_CASES = [
    # a holder's earlier position in a bracket after its rank, with an earlier year: the
    # rank's previous value; the bracket's year dates no figure after it
    ("In the PAPI 2019, Hue ranked fifth out of 63 provinces (in 2018, the province was "
     "ranked 43/63); transparency scored 5.29 points.",
     [{"value": 5.0, "unit": "rank", "period": "2019",
       "previous": {"value": 43.0, "period": "2018"}},
      {"value": 5.29, "unit": "points", "period": "2019"}]),
    ("In the SIPAS 2023, Long An came 9th (21st in 2022).",
     [{"value": 9.0, "unit": "rank", "previous": {"value": 21.0, "period": "2022"}}]),
    # ... but another holder's position, or a later year, is a rank of its own
    ("In the PCI 2023, Long An came 9th (Da Nang 3rd).",
     [{"value": 9.0, "unit": "rank", "previous": None}, {"value": 3.0, "unit": "rank"}]),
    ("In the DTI 2021, Hue ranked 12th (it rose to 4th in 2023).",
     [{"value": 12.0, "unit": "rank", "previous": None}, {"value": 4.0, "unit": "rank"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), EARLIER_RANK_CASES)
def test_an_earlier_rank_in_a_bracket_is_the_previous(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.issue(8)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_bracket_and_list_shapes(nlp, text, expected):
    check(nlp, text, expected)
