"""Changes against an earlier period, from-to statements and time savings (M9, M10, M21).

A change that qualifies no other figure is a metric of its own (SPEC 7: "climbed 23 places"
is a metric with unit place); it is not recorded again as its own change.
"""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # a contrast that opens on a subject of its own is another statement: its change
    # qualifies no figure before it
    (
        "In 2024 the province ranked second nationwide, while the sub-index for digital "
        "government climbed 11 places.",
        [{"value": 2.0, "unit": "rank", "change": None}, {"value": 11.0, "unit": "place"}],
    ),
    (
        "In May 2024 the rate of online seal registration reached 93.1%, while applications "
        "for water supply rose 6.2% compared to April, reaching 71.8%.",
        [
            {"value": 93.1, "change": None},
            {"value": 71.8, "change": {"value": 6.2, "direction": "increase"}},
        ],
    ),
    (
        "Staff numbers fell to 1,920 in 2024, whereas the number of public service units "
        "fell by 38.",
        [{"value": 1920.0, "change": None}, {"value": 38.0}],
    ),
    # a bare count after a change cue counts what "the number of" before the cue counts
    (
        "After the merger, the number of specialised agencies was reduced by 6.",
        [{"value": 6.0, "unit": "specialised agency", "change": None}],
    ),
    # ... with what qualifies the plural between them
    (
        "Under the plan, the number of divisions under ministries will be reduced by 140.",
        [{"value": 140.0, "unit": "division", "kind": "target", "change": None}],
    ),
    (
        "The number of public service units in the health and education sectors fell by 58.",
        [{"value": 58.0, "unit": "public service unit", "change": None}],
    ),
    # ... but not past a comma: the count after it says what it counts
    (
        "The number of departments, which had grown for years, was cut by 12 in 2024.",
        [],
    ),
    (
        "The number of district-level units fell by 7 to 19.",
        [
            {
                "value": 19.0,
                "unit": "district-level unit",
                "change": {"value": 7.0, "unit": "district-level unit", "direction": "decrease"},
            }
        ],
    ),
    # ... and so does one after a verb that lowers or raises, its object and "by"
    (
        "In 2024 Soc Trang reduced the number of wards by 4.",
        [{"value": 4.0, "unit": "ward", "subject": "Soc Trang", "change": None}],
    ),
    (
        "The ministry will cut its general departments by three in 2025.",
        [{"value": 3.0, "unit": "general department", "kind": "target"}],
    ),
    (
        "Under the plan, Lang Son is to increase the number of online public services by 120.",
        [{"value": 120.0, "unit": "online public service"}],
    ),
    # ... unless the sentence counts the same before: the cut is that count's change
    (
        "Tra Vinh will merge 106 commune-level units into 73 commune-level units, cutting the "
        "number of commune-level units by 33.",
        [{"value": 73.0, "unit": "commune-level unit", "previous": {"value": 106.0}}],
    ),
    # units a merge verb governs, then "to form" the units they became: one count, the
    # units before its previous value, and the verb's tense its kind
    (
        "In 2024, Bac Giang rearranged 47 commune-level units to form 21 new commune-level units.",
        [{"value": 21.0, "kind": "result", "previous": {"value": 47.0}}],
    ),
    (
        "Ninh Thuan will merge 12 communes to establish 5 new communes in 2025.",
        [{"value": 5.0, "kind": "target", "previous": {"value": 12.0}}],
    ),
    # ... whatever nouns name the units of one level; "4 districts and 23 communes to form 3
    # districts" pairs districts with districts only
    (
        "In 2024, Dien Bien rearranged 129 communes, wards and towns to form 45 new "
        "commune-level units.",
        [{"value": 45.0, "kind": "result", "previous": {"value": 129.0}}],
    ),
    # the units a merger is said to have cut in the sentence after are the change of the
    # count of the same units before
    (
        "In 2024, Thai Binh arranged 86 commune-level units to form 38 new commune-level units. "
        "After the arrangement, 48 commune-level units were reduced.",
        [
            {
                "value": 38.0,
                "previous": {"value": 86.0},
                "change": {"value": 48.0, "direction": "decrease"},
            }
        ],
    ),
    # ... and an object that is no plural names nothing counted
    ("In 2023 the city cut its processing time by 3.", []),
    # a cut restated as a rate after a count is a figure of its own, with the count's holder,
    # year and kind; a change in percent of a count stays the count's change
    (
        "In 2025 the new Ministry of Finance has 21 units, a reduction of 9 units, equivalent "
        "to a reduction of 30%.",
        [
            {"value": 21.0, "subject": "Ministry of Finance", "change": {"value": 9.0}},
            {
                "value": 30.0,
                "unit": "%",
                "subject": "Ministry of Finance",
                "period": "2025",
                "change": None,
                "metric": "reduction",
            },
        ],
    ),
    (
        "In 2024 Long An cut 1,230 staff positions, corresponding to a decrease of 8.2%.",
        [
            {"value": 1230.0, "change": None},
            {"value": 8.2, "unit": "%", "subject": "Long An", "period": "2024"},
        ],
    ),
    (
        "In 2024 the province had 12,400 civil servants, a decrease of 3.1% compared to 2023.",
        [{"value": 12400.0, "change": {"value": 3.1, "unit": "%"}}],
    ),
    # a change after a count and its parts, which add up to it, is the count's
    (
        "In 2025 Ninh Binh will have 129 commune-level units (97 communes and 32 wards), a "
        "reduction of 139 units.",
        [
            {"value": 129.0, "change": {"value": 139.0}},
            {"value": 97.0, "change": None},
            {"value": 32.0, "change": None},
        ],
    ),
    (
        "In 2024 the district had 19 units, including 12 communes and 7 wards, down 6 units.",
        [
            {"value": 19.0, "change": {"value": 6.0}},
            {"value": 12.0},
            {"value": 7.0, "change": None},
        ],
    ),
    # a count a verb lowers, then the values it went from and to, which differ by it: the
    # later value's change
    (
        "In 2024 Phu Yen reduced 11 public service units, from 402 to 391.",
        [{"value": 391.0, "previous": {"value": 402.0}, "change": {"value": 11.0}}],
    ),
    (
        "In 2024 Phu Yen reduced 11 public service units, from 402 to 395.",
        [{"value": 11.0}, {"value": 395.0, "previous": {"value": 402.0}, "change": None}],
    ),
    # ... or the values first, then the count they differ by, and the parts it lists are
    # the changes of the parts listed after the later value
    (
        "Under the plan, Lai Chau will reduce from 106 communes to 38 (35 communes and 3 wards), "
        "which means cutting 68 units (including 66 communes and 2 wards).",
        [
            {"value": 38.0, "previous": {"value": 106.0}, "change": {"value": 68.0}},
            {"value": 35.0, "change": {"value": 66.0, "direction": "decrease"}},
            {"value": 3.0, "change": {"value": 2.0, "direction": "decrease"}},
        ],
    ),
    (
        "Under the plan, Lai Chau will reduce from 106 communes to 38, which means cutting 60 units.",
        [{"value": 38.0, "change": None}, {"value": 60.0}],
    ),
    # a change counting other things than the figure after it is a count of its own
    (
        "In 2023 the ministry cut 64 regulations in 11 circulars.",
        [
            {"value": 64.0, "unit": "regulation"},
            {"value": 11.0, "unit": "circular", "change": None},
        ],
    ),
    (
        "In 2024 the reduction of 47 procedures in 6 decrees saved firms time.",
        [{"value": 47.0, "unit": "procedure", "change": None}, {"value": 6.0, "unit": "decree"}],
    ),
    # ... while a change of the same things, however qualified, is the figure's
    (
        "By 2025 the Government will have 4 ministerial-level agencies, a reduction of 2 agencies.",
        [{"value": 4.0, "change": {"value": 2.0, "direction": "decrease"}}],
    ),
    # the value a change by a multiple led to counts the clause's noun, not "times"
    (
        "In 2025 the number of wards and communes was cut by three times to 3,321.",
        [
            {
                "value": 3321.0,
                "unit": "commune",
                "change": {"value": 3.0, "unit": "times", "direction": "decrease"},
            }
        ],
    ),
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
        [{"value": 1.8, "unit": "times", "change": None}],
    ),
    ("Electronic transactions showed a 1.5-fold rise in 2024.", [{"value": 1.5, "unit": "times"}]),
    # "N times" is a multiple only against something; how often something happened is none
    (
        "Hue's online rate was nearly 3 times the national average in 2024.",
        [{"value": 3.0, "unit": "times", "approximate": True}],
    ),
    ("Since 2020 the ranking has been published four times.", []),
    ("The steering committee met 11 times in 2024.", []),
    ("Online filings grew 3 times in 2024.", [{"value": 3.0, "unit": "times"}]),
    # a multiple in brackets after the year compared with is no earlier value
    (
        "Ben Tre's online rate hit 58%, up 31% compared with the end of 2023 (about 3 times the "
        "regional average).",
        [
            {"value": 58.0, "unit": "%", "change": {"value": 31.0}},
            {"value": 3.0, "unit": "times", "approximate": True, "subject": "Ben Tre"},
        ],
    ),
    (
        "Processing time was cut by 30% in 2024.",
        [{"value": 30.0, "unit": "%", "change": None}],
    ),
    (
        "Processing time was shortened by 30-60 percent.",
        [{"value": 30.0, "unit": "%", "change": None}],
    ),
    ("The reform saved 29,300 days of waiting for citizens.", [{"value": 29300.0, "unit": "day"}]),
    ("Handling a land dossier now takes 3 working days.", [{"value": 3.0, "unit": "day"}]),
    (
        "The score slipped 1.7 points from 72.95 in 2022.",
        [
            {
                "value": 1.7,
                "unit": "points",
                "change": None,
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
        [{"value": 150.0, "unit": "%", "change": None}],
    ),
    # "from" names the earlier value after any verb of change ("spiked", "soared")
    (
        "The share of citizens who paid bribes spiked to 44% from 24% in 2014.",
        [{"value": 44.0, "previous": {"value": 24.0}}],
    ),
    # changes listed under one cue: each a figure of its own, none the change of another
    (
        "Bac Ninh and Ninh Binh climbed 6 and 4 places respectively in the PAPI 2022.",
        [
            {
                "value": 6.0,
                "unit": "place",
                "subject": "Bac Ninh",
                "change": None,
                "metric": "PAPI",
            },
            {"value": 4.0, "unit": "place", "subject": "Ninh Binh", "change": None},
        ],
    ),
    (
        "The country gained ground in e-participation and open data, moving up by 12 places "
        "and 9 places respectively in 2024.",
        [
            {"value": 12.0, "unit": "place", "metric": "e-participation", "change": None},
            {"value": 9.0, "unit": "place", "metric": "open data", "change": None},
        ],
    ),
    # two changes of one cue, each against its year: the nearest is the change, the other
    # no figure of its own; a count after "compared to 2022 and" is a statement of its own
    (
        "In 2019 the SIPAS was 84.45%, up nearly 1.5% against 2018 and nearly 2.3% against 2017.",
        [{"value": 84.45, "change": {"value": 1.5}, "previous": {"period": "2018", "value": None}}],
    ),
    (
        "In 2023 the communes' index averaged 92.12%, an increase of 2.48% compared to 2022 "
        "and 69/91 units achieved excellent scores.",
        [
            {"value": 92.12, "change": {"value": 2.48}},
            {"value": 69.0, "unit": "unit", "out_of": 91.0},
        ],
    ),
    # ... as after "last year" and a new predicate: that figure is no earlier value
    (
        "In 2021 its land access score was 6.02, down 0.7 from last year and ranked 48th out "
        "of 63 provinces, down 30 places.",
        [
            {"value": 6.02, "change": {"value": 0.7}},
            {"value": 48.0, "unit": "rank", "previous": None, "change": {"value": 30.0}},
        ],
    ),
    (
        "In 2022 the transparency score stood at 5.8, up 0.3 on 2021 and the province ranked "
        "19th nationwide.",
        [
            {"value": 5.8, "change": {"value": 0.3}},
            {"value": 19.0, "unit": "rank", "previous": None},
        ],
    ),
    # strong verbs of change: "soared", "surged", "plunged", "tumbled"
    (
        "In 2021 Lang Son soared 17 places, ranking 29th.",
        [{"value": 29.0, "unit": "rank", "change": {"value": 17.0, "direction": "increase"}}],
    ),
    (
        "In 2022 Binh Phuoc plunged 9 places to 54th.",
        [{"value": 54.0, "unit": "rank", "change": {"value": 9.0, "direction": "decrease"}}],
    ),
    (
        "Online payments surged by 35 percent in 2023.",
        [{"value": 35.0, "unit": "%", "change": None}],
    ),
    # "down 1 rank": a move of one place, the change of the rank after it
    (
        "In 2023 its dynamism index reached 5.91 points, down 0.3 points, down 1 rank "
        "compared to 2022 and ranked 44/63.",
        [
            {"value": 5.91, "change": {"value": 0.3, "unit": "points"}},
            {"value": 44.0, "unit": "rank", "change": {"value": 1.0, "unit": "place"}},
        ],
    ),
    # "comparing to" (as some pages write it) compares like "compared to"
    (
        "In 2020 the province ranked 41st out of 63 (down 12 places comparing to 2019).",
        [{"value": 41.0, "change": {"value": 12.0}, "previous": {"period": "2019"}}],
    ),
    # "% points" after a change: percentage points (the level stays a percentage)
    (
        "In 2024 the DGI reached 92.29% points, up 1.29% points.",
        [{"value": 92.29, "unit": "%", "change": {"value": 1.29, "unit": "points"}}],
    ),
    (
        "In 2022 the sub-index on procedure reform increased by 5.95% points.",
        [{"value": 5.95, "unit": "points"}],
    ),
    # a count a passive verb lowers "to", or that was merged "into", a bare figure: the count
    # before and the count now, a qualifier before the second allowed
    (
        "In 2025 the 27 districts of the province were cut to 9.",
        [{"value": 9.0, "unit": "district", "previous": {"value": 27.0}}],
    ),
    (
        "By July 2025 more than 600 communes nationwide had been reduced to about 250.",
        [{"value": 250.0, "unit": "commune", "previous": {"value": 600.0}}],
    ),
    (
        "In 2025 the 63 provinces were merged into 34.",
        [{"value": 34.0, "unit": "province", "previous": {"value": 63.0}}],
    ),
    (
        "In 2024 Thanh Hoa merged 61 communes into roughly 28 communes.",
        [{"value": 28.0, "unit": "commune", "previous": {"value": 61.0}}],
    ),
    # "the current", "the existing" between "from" and the earlier value
    (
        "Under the plan, the Government will shrink from the current 30 entities to 21.",
        [{"value": 21.0, "unit": "entity", "previous": {"value": 30.0}}],
    ),
    (
        "In 2025 the number of communes in the province fell from the existing 560 to 212.",
        [{"value": 212.0, "unit": "commune", "previous": {"value": 560.0}}],
    ),
    (
        "Paper dossiers and in-person visits fell by 18% and 11% respectively last year.",
        [
            {"value": 18.0, "unit": "%", "metric": "Paper dossiers", "change": None},
            {"value": 11.0, "unit": "%", "metric": "in-person visits", "change": None},
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_changes(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# "ranging from A to B" is a spread across holders: both ends are figures, and neither is
# the earlier value of a change, even in a clause that speaks of one.
SPREAD_CASES = [
    ("The index rose 2.1% on 2022 to 81.7% in 2023, with provinces ranging from 74.02% to "
     "88.35%.",
     [{"value": 81.7, "previous": {"value": None}}, {"value": 74.02}, {"value": 88.35}]),
    ("Scores varied from 3.41-4.67 points across the provinces in 2022.",
     [{"value": 3.41, "unit": "points"}, {"value": 4.67, "unit": "points"}]),
    # an earlier value dated "a year earlier" is of the year before the figure's
    ("The on-time rate was 94.1% in 2024, against 90.3% a year earlier.",
     [{"value": 94.1, "period": "2024", "previous": {"value": 90.3, "period": "2023"}}]),
    # the same measure in an earlier year, in a bracket right after the figure and its year
    ("Online payments reached 58.3% in 2024 (49.7% in 2023).",
     [{"value": 58.3, "period": "2024", "previous": {"value": 49.7, "period": "2023"}}]),
    # ... or right after the figure with a date of its own, or as the same period's
    ("In the first half of 2024, online payments reached 58.3% (49.7% at the end of 2023).",
     [{"value": 58.3, "period": "2024", "previous": {"value": 49.7, "period": "2023"}}]),
    ("In 2023, digitised records reached 71.4% (same period in 2022 reached 52.8%), and "
     "online payments reached 40.2% (same period reached 31.5%).",
     [{"value": 71.4, "period": "2023", "previous": {"value": 52.8, "period": "2022"}},
      {"value": 40.2, "period": "2023", "previous": {"value": 31.5}}]),
    # ... but not a later year's
    ("In 2023, the rate reached 58.3% (60% in 2025).", [{"value": 58.3, "previous": None},
                                                         {"value": 60.0}]),
    # ... but another holder's figure in the bracket is its own statement
    ("Hai Phong reached 58.3% in 2024 (Hue 49.7%).",
     [{"value": 58.3, "subject": "Hai Phong"}, {"value": 49.7, "subject": "Thua Thien Hue"}]),
    # "rose from A to B" stays a change
    ("The on-time rate rose from 82.4% to 95.1% in 2024.",
     [{"value": 95.1, "previous": {"value": 82.4}}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SPREAD_CASES)
def test_spreads_are_no_changes(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
CHANGE_AFTER_CASES = [
    ("In 2023, the average PAR Index of provinces was 86.98 percent, 2.19 percent higher than in 2022.",
     [{"value": 86.98, "average": None, "change": {"value": 2.19, "direction": "increase"}}]),
    ("Online payments reached 41.2% in 2024, 3.5 points lower than in 2023.",
     [{"value": 41.2, "change": {"value": 3.5, "direction": "decrease"}}]),
    ("Ha Tinh reached 57.01%, while the national average was 38.26%.",
     [{"value": 57.01, "average": {"value": 38.26}}]),
    # places written before "higher than": the rank's change
    ("In the 2024 PAR Index, Ninh Binh came 12th out of 63 provinces, seven places higher than "
     "in 2023.",
     [{"value": 12.0, "unit": "rank", "change": {"value": 7.0, "unit": "place",
                                                 "direction": "increase"}}]),
    ("In November, Gia Lai ranked 5th among the 34 provinces, one place better than in August.",
     [{"value": 5.0, "unit": "rank", "change": {"value": 1.0, "direction": "increase"}}]),
    ("Lao Cai ranked 30th in 2024, two places worse than in 2023.",
     [{"value": 30.0, "unit": "rank", "change": {"value": 2.0, "direction": "decrease"}}]),
    # a bare number as a rank's change counts places
    ("Among ASEAN members, the country now holds the fourth position, an increase of two.",
     [{"value": 4.0, "unit": "rank", "change": {"value": 2.0, "unit": "place",
                                                "direction": "increase"}}]),
    ("Soc Trang ranked 40th, down six.",
     [{"value": 40.0, "unit": "rank", "change": {"value": 6.0, "unit": "place"}}]),
    # after a change's cue, "A to B" is the change and the value it led to, not a range
    ("Ha Nam's online filing rate rose 6.5% to 71.2% in 2024.",
     [{"value": 71.2, "unit": "%", "period": "2024",
       "change": {"value": 6.5, "unit": "%", "direction": "increase"}}]),
    ("Overdue dossiers fell by 1.3% to 0.4%.",
     [{"value": 0.4, "change": {"value": 1.3, "direction": "decrease"}}]),
    ("In 2024 Ca Mau has risen 6 places compared to 2023, reaching 12th place.",
     [{"value": 12.0, "unit": "rank", "change": {"value": 6.0, "direction": "increase"}}]),
    # a cut in brackets after a count, or the count a cut leaves
    ("In 2025 the district has 11 specialized agencies (reducing 3 agencies).",
     [{"value": 11.0, "change": {"value": 3.0, "direction": "decrease"}}]),
    # ... or after a comma right after the count's noun phrase (SPEC 7, "reducing 3 agencies")
    ("In 2025 Tuyen Quang province has 16 specialized agencies, reducing 5 agencies.",
     [{"value": 16.0, "change": {"value": 5.0, "direction": "decrease"}}]),
    ("In 2025 the city will have 102 communes and wards (85 communes and 17 wards), reducing "
     "210 commune-level units.",
     [{"value": 102.0, "change": {"value": 210.0}}, {"value": 85.0}, {"value": 17.0}]),
    # ... not after a verb, the last of a list of counts, a year, or before a list of cuts
    ("In 2025, 11 general departments are expected to go, reducing 420 departments.",
     [{"value": 11.0, "change": None}, {"value": 420.0, "unit": "department"}]),
    ("In 2025 the government had 15 ministries, four agencies and six affiliated agencies, "
     "reducing four ministries and agencies.",
     [{"value": 15.0, "change": None}, {"value": 4.0}, {"value": 6.0, "change": None},
      {"value": 4.0, "change": None}]),
    ("Over the 2022-2026 period, ministries will cut staff, reducing 18,200 positions.",
     [{"value": 18200.0, "unit": "position", "change": None}]),
    ("In 2024 Nam Dinh has 175 units, reducing 54 units, 312 cadres and 420 civil servants.",
     [{"value": 175.0, "change": None}, {"value": 54.0}, {"value": 312.0}, {"value": 420.0}]),
    ("In 2025 the ward reduced 4 divisions, down to 9 divisions.",
     [{"value": 9.0, "change": {"value": 4.0, "direction": "decrease"}}]),
    ("In 2025, 820 hamlets will be reduced, leaving 2,140 hamlets and blocks.",
     [{"value": 2140.0, "change": {"value": 820.0, "direction": "decrease"}}]),
    ("Overdue dossiers have fallen by 2.1% to 0.9% since 2023.",
     [{"value": 0.9, "change": {"value": 2.1, "direction": "decrease"}}]),
    ("Spending on the portal grew by VND 40 billion to VND 310 billion.",
     [{"value": 3.1e11, "unit": "VND", "change": {"value": 4e10, "unit": "VND"}}]),
    # ... a spread stays two figures and a range without a cue its lower bound
    # a cut "from A to B" with B above A is how much is cut, a range: its lower bound
    ("By 2026 the city will reduce from 1.5 to 2% of its civil servants.",
     [{"value": 1.5, "unit": "%", "previous": None}]),
    # "adjusted from A to B" is a change, "people" counts the staff the figure counts
    ("In July 2023 the base salary was adjusted from VND1.49 million to VND1.8 million.",
     [{"value": 1.8e6, "previous": {"value": 1.49e6}}]),
    ("The number of civil servants in 2022 is 256,685, an increase of 7,035 people on 2021.",
     [{"value": 256685.0, "change": {"value": 7035.0, "unit": "person"}}]),
    ("Satisfaction ranged from 80.1% to 91.4% across the wards.",
     [{"value": 80.1}, {"value": 91.4}]),
    # a change of something off topic is no attribute of the figure before it
    ("The centre settled 97% of dossiers on time, supporting GRDP growth of over 8%.",
     [{"value": 97.0, "change": None}]),
    # staff positions counted before are no places
    ("In 2025, 1,540 positions were filled, a reduction of 41 positions compared with 2024.",
     [{"value": 1540.0, "unit": "position",
       "change": {"value": 41.0, "unit": "position", "direction": "decrease"}}]),
    # a verb that raises or lowers, its object, places, then "to" a rank
    ("Satisfaction rose to 84.2% in 2024, lifting that index 21 places to 17th nationwide.",
     [{"value": 84.2}, {"value": 17.0, "unit": "rank",
                        "change": {"value": 21.0, "unit": "place", "direction": "increase"}}]),
    # a participle of gaining or losing after a rank is its change ...
    ("Kien Giang moved up to 56th among the 63 provinces in the 2022 PCI, gaining four places.",
     [{"value": 56.0, "unit": "rank", "change": {"value": 4.0, "direction": "increase"}}]),
    ("Bac Kan fell to 61st in the 2023 PAPI, losing three places.",
     [{"value": 61.0, "unit": "rank", "change": {"value": 3.0, "direction": "decrease"}}]),
    # ... but a score it "gained" followed by its own change is the score
    ("The Ministry of Justice led the 2023 DTI, gaining 0.6321 points, 0.13 higher than in 2022.",
     [{"value": 0.6321, "change": {"value": 0.13, "direction": "increase"}}]),
    # a change named by a noun after it, the value it qualifies right before
    ("Satisfaction in Kon Tum rose to 84.12% in 2024, marking a notable 1.9% increase from 2023.",
     [{"value": 84.12, "change": {"value": 1.9, "direction": "increase"}}]),
    ("Yen Bai scored 63.4 points, a 2.15-point drop on the year before.",
     [{"value": 63.4, "change": {"value": 2.15, "unit": "points", "direction": "decrease"}}]),
    ("The online rate hit 47.5%, a 6.2 percentage point gain.",
     [{"value": 47.5, "change": {"value": 6.2, "direction": "increase"}}]),
    ("Across provinces the DTI averaged 0.7012, a 3.1% year-on-year increase.",
     [{"value": 0.7012, "change": {"value": 3.1, "unit": "%", "direction": "increase"}}]),
    # the year after the noun is the one compared with
    ("In 2016 the ministries averaged 79.1 per cent, a 1.4 per cent improvement over 2015.",
     [{"value": 79.1, "period": "2016", "previous": {"period": "2015"},
       "change": {"value": 1.4, "direction": "increase"}}]),
    ("Lam Dong reached 88.05% in 2024, a 0.9 percentage point decline from 2023.",
     [{"value": 88.05, "period": "2024", "previous": {"period": "2023"},
       "change": {"value": 0.9, "direction": "decrease"}}]),
    # ... but a noun after a lone figure or a range is no change of another figure
    ("Hung Yen aims at a 20% reduction of its payroll by 2026.",
     [{"value": 20.0, "change": None, "kind": "target"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CHANGE_AFTER_CASES)
def test_change_written_after_the_figure(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# Issue 9: changes and earlier values written after the figure, in the next sentence, or
# as a move "from 38th to fourth".
AFTER_THE_FIGURE_CASES = [
    # a bare gerund, in brackets or after a comma
    ("In 2023 district People's Committees scored a median of 71.35 points (increasing 2.08 "
     "points compared to 2022).",
     [{"value": 71.35, "unit": "points",
       "change": {"value": 2.08, "unit": "points", "direction": "increase"}}]),
    ("In 2024 the satisfaction index stood at 84.6%, increasing 1.9 percentage points over "
     "2023.",
     [{"value": 84.6, "unit": "%", "change": {"value": 1.9, "direction": "increase"}}]),
    # the present tense of a change verb with "by"
    ("In 2024 the online service index decreases by 22 places to 81st.",
     [{"value": 81.0, "unit": "rank", "change": {"value": 22.0, "direction": "decrease"}}]),
    ("In 2024 the number of commune-level units declines by 66.9%.",
     [{"value": 66.9, "unit": "%"}]),
    # a multiple of an earlier time's value after a comma; a bound for the article
    ("Inspectors asked for VND96 trillion to be recovered in 2023, 11 times last year's "
     "figure.",
     [{"value": 9.6e13, "change": {"value": 11.0, "unit": "times", "direction": "increase"}}]),
    ("In 2024 the portal held 4.1 million accounts, 2.6 times that of 2022.",
     [{"value": 4.1e6, "change": {"value": 2.6, "unit": "times", "direction": "increase"}}]),
    ("In 2024 there were 92 million synced records, over 2.4 times increase, and more than 8.3 "
     "million applications, an increase of more than 1.9 times.",
     [{"value": 9.2e7, "change": {"value": 2.4, "unit": "times"}},
      {"value": 8.3e6, "change": {"value": 1.9, "unit": "times"}}]),
    ("In 2024 the online rate was 61.5%, twice as much as in the same period of 2022.",
     [{"value": 61.5, "change": {"value": 2.0, "unit": "times", "direction": "increase"}}]),
    # ... but how often something happened is no multiple
    ("The provincial council met twice in 2024.", []),
    ("The provincial council met 11 times last year.", []),
    # "reducing the number by N units" after a merged count: that count's change
    ("In 2025, 132 communes will be merged into 41, reducing the number by 91 units, or 68.9%.",
     [{"value": 41.0, "unit": "commune", "previous": {"value": 132.0},
       "change": {"value": 91.0, "direction": "decrease"}},
      {"value": 68.9, "unit": "%"}]),
    ("In 2024 the province had 24 departments, cutting the number by 5.",
     [{"value": 24.0, "change": {"value": 5.0, "direction": "decrease"}}]),
    # a change in words, in points, after a change verb; a noun of change with "by"
    ("Kon Tum jumped five points in the PAPI 2023, ranking 20th.",
     [{"value": 20.0, "change": {"value": 5.0, "direction": "increase"}}]),
    ("Dak Nong scored 61.2 points, a drop by 3.2 points from 2022.",
     [{"value": 61.2, "change": {"value": 3.2, "direction": "decrease"}}]),
    # a change in words after a count
    ("The new cabinet has 14 ministries (a reduction of four).",
     [{"value": 14.0, "change": {"value": 4.0, "unit": "ministry", "direction": "decrease"}}]),
    ("It keeps six agencies under the Government, down by two.",
     [{"value": 6.0, "change": {"value": 2.0, "direction": "decrease"}}]),
    ("The province has 96 communes (a reduction of 65) and 31 wards (a reduction of nine).",
     [{"value": 96.0, "change": {"value": 65.0}}, {"value": 31.0, "change": {"value": 9.0}}]),
    # ... after two counts of different nouns joined by "and": the cut of both together, a
    # statement of its own
    ("After 2025 the Government has 14 ministries and three ministerial-level agencies, a "
     "reduction of five.",
     [{"value": 14.0, "change": None}, {"value": 3.0, "change": None},
      {"value": 5.0, "unit": "ministry and ministerial-level agency", "change": None}]),
    ("In 2025, Hai Duong keeps 20 departments and 5 boards (a decrease of seven).",
     [{"value": 20.0}, {"value": 5.0, "change": None},
      {"value": 7.0, "unit": "department and board"}]),
    # ... but not when the two counts are the parts of a whole written before them
    ("In 2024, Kon Tum's 102 communes will be reorganised into 40 units, namely 37 communes "
     "and three wards, a reduction of 62.",
     [{"value": 40.0, "change": {"value": 62.0}}, {"value": 37.0}, {"value": 3.0}]),
    ("Tra Vinh's business support index climbed 43 places, from 46th to third.",
     [{"value": 3.0, "unit": "rank", "change": {"value": 43.0, "unit": "place"},
       "previous": {"value": 46.0}}]),
    ("The province rose one place in the regional ranking, from seventh to sixth.",
     [{"value": 6.0, "unit": "rank", "change": {"value": 1.0}, "previous": {"value": 7.0}}]),
    ("In 2019 the ministry has downgraded from the fourth rank to the sixth rank in its index.",
     [{"value": 6.0, "unit": "rank", "previous": {"value": 4.0}}]),
    # the earlier rank's time may stand before "to"; a rank named before in the sentence
    # takes nothing of the move
    ("Long An climbed two places to 9th, while Binh Duong fell from 4th last year to 7th.",
     [{"value": 9.0, "unit": "rank", "previous": None, "change": {"value": 2.0}},
      {"value": 7.0, "unit": "rank", "subject": "Binh Duong", "previous": {"value": 4.0}}]),
    ("Hau Giang went from 41st place in 2021 to 17th place in 2022 in the PCI.",
     [{"value": 17.0, "unit": "rank", "period": "2022",
       "previous": {"value": 41.0, "period": "2021"}}]),
    ("In 2024 the waiting time was minimized from five working days to two days.",
     [{"value": 2.0, "unit": "day", "previous": {"value": 5.0}}]),
    ("Vietnam moved up two positions to number 70 out of 193 countries.",
     [{"value": 70.0, "unit": "rank", "rank": {"total": 193},
       "change": {"value": 2.0, "unit": "place", "direction": "increase"}}]),
    ("The country now ranks at number 86 amongst 193 countries.",
     [{"value": 86.0, "unit": "rank", "rank": {"total": 193}}]),
    ("Hai Duong ranked 20th of 63 provinces with 84.1 points, an increase of 1.1 points but "
     "down 3 places on 2022.",
     [{"value": 20.0, "unit": "rank", "change": {"value": 3.0, "direction": "decrease"}},
      {"value": 84.1, "unit": "points", "change": {"value": 1.1, "direction": "increase"}}]),
    ("The online share reached 69.8 percent. This marks an increase of 33.6 percent on the same "
     "period of 2023.",
     [{"value": 69.8, "change": {"value": 33.6, "direction": "increase"}}]),
    # ... with the change before its noun ("a 14.5-point increase")
    ("As of May 2025, Tay Ninh scored 88.4 points. This marks a 12.2-point increase compared "
     "to April.",
     [{"value": 88.4, "change": {"value": 12.2, "unit": "points", "direction": "increase"}}]),
    ("The share of online dossiers reached 71.3% in 2024. It was a 4.6% gain over 2023.",
     [{"value": 71.3, "change": {"value": 4.6, "unit": "%", "direction": "increase"}}]),
    # ... but a cut that names what it cuts is a figure of its own
    ("In 2022, a 5% cut in civil servant staff was made; a 10% reduction in career staff was "
     "implemented.",
     [{"value": 5.0, "change": None}, {"value": 10.0, "change": None}]),
    # the next sentence gives the changes: each goes to the figure of its unit, the
    # sentence may name the figure it speaks of ("The score", "This result")
    ("Soc Trang scored 41.2 points in the PAPI 2023. The score was up 0.9 points from 2022.",
     [{"value": 41.2, "change": {"value": 0.9, "unit": "points", "direction": "increase"}}]),
    ("Lang Son scored 44.1 points in the PAPI 2023. This score represented a remarkable rise of "
     "1.8 points and a 12-place climb compared to 2022.",
     [{"value": 44.1, "change": {"value": 1.8, "unit": "points"}},
      {"value": 12.0, "unit": "place", "change": None}]),
    ("Ca Mau ranked 9th of 63 provinces in the PAR Index, scoring 85.2 points. This is an "
     "improvement of 11 places and 2.6 points compared to the year before.",
     [{"value": 9.0, "unit": "rank", "change": {"value": 11.0, "unit": "place"}},
      {"value": 85.2, "change": {"value": 2.6, "unit": "points"}}]),
    # ... also after a comparison's opening and with the holder's possessive, a paragraph
    # later and past a figure of another unit; the value it left is the holder's earlier one
    ("Binh Dinh scored 68.4 points in the PCI 2024. It came third in land access.\n\n"
     "Growth is slowing. Compared to last year, the province's overall score fell by 0.8 "
     "points, from 69.2 last year.",
     [{"value": 68.4, "previous": {"value": 69.2, "period": "2023"},
       "change": {"value": 0.8, "unit": "points", "direction": "decrease"}},
      {"value": 3.0, "unit": "rank"}]),
    ("Tay Ninh scored 66.1 points in the PCI 2024. Compared with the year before, its score "
     "rose 1.3 points.",
     [{"value": 66.1, "change": {"value": 1.3, "direction": "increase"}}]),
    # ... while a sentence that opens on "This" and a change of its own names what changed
    ("The plan cuts nearly a quarter of the ministry's units.\n\nThis will result in a "
     "reduction of more than half of its offices.",
     [{"value": 25.0, "change": None}, {"value": 50.0}]),
    # ... but a sentence naming its own measure ("The number of records") states its own
    ("About 200 people come to the centre each day. The number of records increased 4 times "
     "compared to normal.",
     [{"value": 200.0, "change": None}, {"value": 4.0, "unit": "times"}]),
    ("Ca Mau scored 88.32 points. Though slightly down by 0.67 points from the previous year, it "
     "kept first place in the region.",
     [{"value": 88.32, "change": {"value": 0.67, "direction": "decrease"}},
      {"value": 1.0, "unit": "rank"}]),
    ("Tra Vinh ranked 18th out of 63 provinces. The province scored 68.94 points, up six places "
     "and 1.48 points on 2023.",
     [{"value": 18.0, "unit": "rank", "change": {"value": 6.0, "unit": "place"}},
      {"value": 68.94, "change": {"value": 1.48, "unit": "points"}}]),
    ("Lai Chau ranked 51st. Can Tho climbed 11 places in the same ranking.",
     [{"value": 51.0, "unit": "rank", "change": None},
      {"value": 11.0, "unit": "place", "subject": "Can Tho"}]),
    ("Its satisfaction score was also up 11 points, putting it in 44th position.",
     [{"value": 44.0, "unit": "rank", "change": {"value": 11.0, "unit": "points"}}]),
    # an average that is the statement keeps the change written after it; the count after
    # them is a figure of its own
    ("The provincial average reached 86.1%, 0.9% higher than in 2022, and 61/63 localities "
     "scored above 80%.",
     [{"value": 86.1, "unit": "%", "change": {"value": 0.9, "direction": "increase"}},
      {"value": 61.0, "out_of": 63.0, "change": None}]),
    ("The ministries averaged 84.4%, up 0.3% from 2022, and nine ministries improved.",
     [{"value": 84.4, "change": {"value": 0.3}}, {"value": 9.0, "change": None}]),
    # signed changes in brackets after the items of a list of measures: each its own
    ("Two sub-indices slipped: e-governance (-0.04 points) and transparency (-0.21 points).",
     [{"value": 0.04, "unit": "points", "metric": "e-governance"},
      {"value": 0.21, "unit": "points", "metric": "transparency"}]),
    ("Five component indexes rose: civil service reform (+2.4%), e-government (+1.9%) and "
     "public finance (+0.7%).",
     [{"value": 5.0, "change": None}, {"value": 2.4, "metric": "civil service reform"},
      {"value": 1.9, "metric": "e-government"}, {"value": 0.7, "metric": "public finance"}]),
    # a share in brackets restating a score: a change in points is the score's
    ("The openness index reached 14.6/18 points (81.1%), an increase of 0.05 points.",
     [{"value": 14.6, "out_of": 18.0, "change": {"value": 0.05, "unit": "points"}},
      {"value": 81.1, "unit": "%", "change": None}]),
    ("Hanoi scored 90.1% (+1.2%) in the index.",
     [{"value": 90.1, "change": {"value": 1.2, "direction": "increase"}}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), AFTER_THE_FIGURE_CASES)
def test_changes_after_the_figure(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# The value a change led to: "rose 0.31 points to 6.42" states the new score with its change,
# and "from 63 to just 34" a count with its previous value.
CHANGED_TO_CASES = [
    # a move is no change of a figure in a dated bracket after it: the state it moved from
    ("Over 2021-2023, Lang Son climbed 14 places in the PCI rankings (40th in 2021 with "
     "61.2 points), the board said.",
     [{"value": 14.0, "unit": "place", "subject": "Lang Son"},
      {"value": 61.2, "period": "2021", "change": None}]),
    # ... but leads to the figure it reached
    ("Ben Tre was up 11 points in 2023, putting it in 44th position.",
     [{"value": 44.0, "unit": "rank", "change": {"value": 11.0}}]),
    # a move in places written before the position its sentence gives is that position's
    # change; with the position in another sentence it is a metric of its own
    ("In 2023, Ninh Thuan made an 11-place improvement over 2022, ranking 24th out of 63.",
     [{"value": 24.0, "unit": "rank", "change": {"value": 11.0, "unit": "place"}}]),
    ("In 2023, Ninh Thuan recorded a 9-rank drop compared to 2022; ranking 40th of 63.",
     [{"value": 40.0, "unit": "rank", "change": {"value": 9.0, "direction": "decrease"}}]),
    ("In 2023, Ninh Thuan made an 11-place improvement. The province was praised.",
     [{"value": 11.0, "unit": "place"}]),
    # a move verb in its "-ing" form after the position
    ("In 2019, the State Bank rose to third place, leaping 12 ranks from 2018.",
     [{"value": 3.0, "unit": "rank", "change": {"value": 12.0, "unit": "place"}}]),
    # "a 4.3% increase" after a participle or a dash is the change of the figure before it
    ("In 2024 the Ministry of Justice scored 82.14 points, showing a 3.2% increase.",
     [{"value": 82.14, "change": {"value": 3.2}}]),
    ("In 2025 the wards settled 3.1 million dossiers - a 17% rise compared to 2024.",
     [{"value": 3100000.0, "change": {"value": 17.0}}]),
    ("In 2025 the province handled 5.2 million requests, including 3.9 million at the commune "
     "level – a 21% increase over 2024.",
     [{"value": 5200000.0, "change": None}, {"value": 3900000.0, "change": {"value": 21.0}}]),
    # a qualifier between "to" and the new value keeps the two one statement: the earlier
    # value and the value now, approximate
    ("In 2025 the number of communes will fall from 10,035 to about 3,300.",
     [{"value": 3300.0, "approximate": True, "kind": "target", "previous": {"value": 10035.0}}]),
    # the earlier value's time stands between it and "to": the clause's counted noun counts
    # both bare values
    ("The number of commune-level units will be cut from over 10,000 at present to about "
     "3,000 in 2025.",
     [{"value": 3000.0, "unit": "commune-level unit", "approximate": True, "kind": "target",
       "previous": {"value": 10000.0}}]),
    ("The number of wards rose from 431 in 2019 to 713 in 2024.",
     [{"value": 713.0, "unit": "ward", "period": "2024",
       "previous": {"value": 431.0, "period": "2019"}}]),
    ("Ministries cut their departments from 519 to nearly 190 in 2025.",
     [{"value": 190.0, "approximate": True, "previous": {"value": 519.0}}]),
    # "from the previous year" compares with the year before the figure's
    ("In 2023, the province settled 41,200 dossiers, up 9% from the previous year.",
     [{"value": 41200.0, "previous": {"period": "2022"}, "change": {"value": 9.0}}]),
    ("The province settled 41,200 dossiers, up 9% from the previous year.",
     [{"value": 41200.0, "previous": None, "change": {"value": 9.0}}]),
    # a change verb with a subject of its own is a statement of its own, not the change of
    # the figure before it
    ("Civil servants fell by 5%, public employees fell by 12% in 2025.",
     [{"value": 5.0, "unit": "%", "change": None}, {"value": 12.0, "unit": "%", "change": None}]),
    ("By 2026 the number of cadres will have been cut by 5%, while contract staff will have "
     "decreased by 10%.", [{"value": 5.0, "change": None}, {"value": 10.0, "change": None}]),
    ("In 2021 the number of cadres was reduced by 7.2% and the number of part-time staff "
     "working at commune, village and hamlet levels fell by 41.5%.",
     [{"value": 7.2, "change": None}, {"value": 41.5, "change": None}]),
    ("The online rate rose 4.2 points and the PAR score rose 3 places in 2024.",
     [{"value": 4.2, "unit": "points", "change": None},
      {"value": 3.0, "unit": "place", "change": None}]),
    ("The rate was 45% in 2024, an increase of 3.1 points.",
     [{"value": 45.0, "change": {"value": 3.1}}]),
    # a verb, its object, "by" the change and "to" the value it leads to: one figure
    ("Ha Nam aims to raise the online filing rate by 12 percentage points to 75% in 2026.",
     [{"value": 75.0, "unit": "%", "kind": "target", "metric": "online filing rate",
       "change": {"value": 12.0, "direction": "increase"}}]),
    ("The centre cut waiting time by 3 days to 4 days in 2024.",
     [{"value": 4.0, "unit": "day", "change": {"value": 3.0, "direction": "decrease"}}]),
    # without the value it leads to, the figure reads as before
    ("The reform aims to reduce the number of officials by 20% by 2026.",
     [{"value": 20.0, "unit": "%", "kind": "target", "change": None}]),
    ("Ben Tre's PAR Index score fell by 0.4 points, to 81.25, in 2023.",
     [{"value": 81.25, "unit": "points", "period": "2023",
       "change": {"value": 0.4, "unit": "points", "direction": "decrease"}}]),
    ("In the PCI, openness rose 0.31 points to 6.42.",
     [{"value": 6.42, "unit": "points", "change": {"value": 0.31, "direction": "increase"}}]),
    ("The online filing rate climbed 4.5 percentage points to 61.2 last year.",
     [{"value": 61.2, "unit": "%", "change": {"value": 4.5, "direction": "increase"}}]),
    ("Its land access score slipped 0.15 points to only 5.9.",
     [{"value": 5.9, "unit": "points", "change": {"value": 0.15, "direction": "decrease"}}]),
    ("Hanoi reduced its communes from 526 to only 126 in 2025.",
     [{"value": 126.0, "unit": "commune", "previous": {"value": 526.0}}]),
    # two pairs "from A to B" in one clause: each earlier value goes with its own figure,
    # counted in the clause's head noun and its level
    ("Provincial departments fell from 1,200 to 850, while divisions under departments "
     "dropped from 4,100 to 2,600.",
     [{"value": 850.0, "unit": "department", "previous": {"value": 1200.0}},
      {"value": 2600.0, "unit": "division", "previous": {"value": 4100.0}}]),
    ("Gia Lai will cut its commune-level units from 218 to 135, and Binh Dinh from 155 to 58.",
     [{"value": 135.0, "unit": "commune-level unit", "subject": "Gia Lai",
       "previous": {"value": 218.0}},
      {"value": 58.0, "unit": "commune-level unit", "subject": "Binh Dinh",
       "previous": {"value": 155.0}}]),
    # a change whose own subject counts something else is a statement of its own
    ("The ministry dissolved 12 divisions, and its staff fell by 310 people.",
     [{"value": 12.0, "unit": "division", "change": None},
      {"value": 310.0, "unit": "person", "change": None}]),
    # a verb of raising or cutting, its object, then "from A to B": the object is the measure
    ("Nam Dinh cut the number of commune-level units from 204 to 64.",
     [{"value": 64.0, "metric": "number of commune-level units", "previous": {"value": 204.0}}]),
    ("Bac Kan raised its rate of online payments from 18% to 47% in 2024.",
     [{"value": 47.0, "unit": "%", "metric": "rate of online payments",
       "previous": {"value": 18.0}}]),
    ("The ward increased its share of digitised records from 55 percent to 81 percent.",
     [{"value": 81.0, "unit": "%", "metric": "share of digitised records",
       "previous": {"value": 55.0}}]),
    ("The merger cut the provinces from 63 to just 34.",
     [{"value": 34.0, "unit": "province", "previous": {"value": 63.0}}]),
    ("Ben Tre rose three notches to 12th in the PAR Index.",
     [{"value": 12.0, "unit": "rank", "change": {"value": 3.0, "unit": "place"}}]),
    ("Hue climbed 2 steps to 5th in the SIPAS.",
     [{"value": 5.0, "unit": "rank", "change": {"value": 2.0, "direction": "increase"}}]),
    # a change with its own unit after "to" is not touched: "to 85%" is read as written
    ("The rate rose 2.1 points to 85% in 2024.",
     [{"value": 85.0, "unit": "%", "change": {"value": 2.1}}]),
    # "from <figure> to <bare figure>": the value it moved to, in the starting figure's unit,
    # with the periods of each side their own
    ("Citizens' view of corruption control improved slightly, from 6.52 points in 2021 to "
     "6.60 in 2022.",
     [{"value": 6.6, "unit": "points", "period": "2022",
       "previous": {"value": 6.52, "period": "2021"}}]),
    ("The e-governance score climbed from 3.12 points to 3.35 in 2022.",
     [{"value": 3.35, "unit": "points", "period": "2022", "previous": {"value": 3.12}}]),
    ("The district's wards were cut from 14 wards last year to just five.",
     [{"value": 5.0, "unit": "ward", "previous": {"value": 14.0}}]),
    ("Dong Da district will shrink from 17 wards to five.",
     [{"value": 5.0, "unit": "ward", "previous": {"value": 17.0}}]),
    ("The province will trim its departments from 19 to 13.",
     [{"value": 13.0, "previous": {"value": 19.0}}]),
    # without a verb of change, "from ... to" is a spread: the bare end stays unread
    ("Scores went from 3.12 points to 3.35 across the provinces.",
     [{"value": 3.12, "unit": "points", "previous": None}]),
    # "in the previous year" after the earlier value dates that value, not the figure
    ("The survey covered 2019. The share of people who paid extra fees fell to 21% from "
     "29% in the previous year.",
     [{"value": 21.0, "period": "2019", "previous": {"value": 29.0, "period": "2018"}}]),
    ("The 2022 report came out in May. Online payments rose to 38%, up from 31% last year.",
     [{"value": 38.0, "period": "2022", "previous": {"value": 31.0, "period": "2021"}}]),
    # "raised 30 percent to VND2.34 million": the change, then the value it led to
    ("The base salary was raised 30 percent to VND2.34 million a month.",
     [{"value": 2.34e6, "unit": "VND", "change": {"value": 30.0, "direction": "increase"}}]),
    # a "to" that is not right after the change gives it no new value
    ("Its score rose 0.5 points in 2024 and moved to 70.1 in 2025.",
     [{"value": 0.5, "unit": "points", "change": None}]),
    # a rise or fall written as a noun after a hyphened count of places
    ("In 2022, Vietnam improved in the online service index with a 12-grade promotion.",
     [{"value": 12.0, "unit": "place"}]),
    ("In 2022, Lang Son saw a 6-grade demotion in the PCI.", [{"value": 6.0, "unit": "place"}]),
    # ... and a move in the next sentence is a move of its own, no change of that move
    ("In 2022, Vietnam improved in the human capital index with a 5-place climb. However, it "
     "fell by 18 places in the online service index.",
     [{"value": 5.0, "unit": "place", "change": None}, {"value": 18.0, "unit": "place"}]),
    # bare values a change moved between take its unit
    ("In 2023, Yen Bai's score rose 2.4 points, from 61.5 to 63.9.",
     [{"value": 63.9, "unit": "points", "previous": {"value": 61.5},
       "change": {"value": 2.4, "direction": "increase"}}]),
    ("In 2024, Kon Tum's PAPI score fell 0.8 points from 43.1 in 2023 to 42.3.",
     [{"value": 42.3, "unit": "points", "previous": {"value": 43.1},
       "change": {"value": 0.8, "direction": "decrease"}}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), CHANGED_TO_CASES)
def test_the_value_a_change_led_to(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
MULTIPLE_CHANGE_CASES = [
    # a multiple named as the change of the figure before it
    ("In 2024 online applications reached 46%, a 2.3 times increase over 2023.",
     [{"value": 46.0, "change": {"value": 2.3, "unit": "times", "direction": "increase"}}]),
    ("Cashless payments reached 61% in 2024, a 1.4-fold rise from 2023.",
     [{"value": 61.0, "change": {"value": 1.4, "unit": "times", "direction": "increase"}}]),
    ("End-to-end online services reached 55% in 2024, a fivefold increase from 2021.",
     [{"value": 55.0, "change": {"value": 5.0, "unit": "times", "direction": "increase"}}]),
    # a comparison "as much as in" a period: that period is no period of the figure
    ("In 2022, the rate of online public services that generated dossiers was 67.8%, twice as "
     "much as in the same period in 2021.",
     [{"value": 67.8, "period": "2022"}]),
    # after a count's phrase and a comma: a multiple, or a change against an earlier time, is
    # the count's change; a cut restated as a rate is a figure of its own
    ("In 2025 the portal synchronised over 86 million dossiers, a 1.7-fold rise.",
     [{"value": 86e6, "change": {"value": 1.7, "unit": "times"}}]),
    ("In 2025 the centres handled 2.9 million dossiers at the commune level, a 21 per cent "
     "increase from the same period last year.",
     [{"value": 2.9e6, "change": {"value": 21.0, "unit": "%", "direction": "increase"}}]),
    ("In 2024, 118 public service units were removed, a 31% reduction.",
     [{"value": 118.0, "change": None}, {"value": 31.0, "unit": "%"}]),
    # "N times" alone still says how often
    ("The centre was inspected 3 times in 2024.", []),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), MULTIPLE_CHANGE_CASES)
def test_a_multiple_as_the_change(nlp, text, expected):
    check(nlp, text, expected)


def test_a_change_in_percent_goes_back_past_a_rank_to_its_score(nlp):
    check(
        nlp,
        "Bac Kan reached 82.3%, ranked 50/63 provinces, down 4.1%, down 12 ranks.",
        [
            {"value": 82.3, "change": {"value": 4.1, "unit": "%", "direction": "decrease"}},
            {"value": 50.0, "unit": "rank", "change": {"value": 12.0, "unit": "place"}},
        ],
    )


# fmt: off
PERCENT_TO_COUNT_CASES = [
    # a change in percent, then the count it led to
    ("In 2019, the number of civil servants fell by 2 percent to 259,590.",
     [{"value": 259590.0, "unit": "civil servant",
       "change": {"value": 2.0, "unit": "%", "direction": "decrease"}}]),
    ("In 2019, the Government approved a plan to reduce the number of public employees by 10 "
     "percent to 1,850,000.",
     [{"value": 1850000.0, "unit": "public employee", "kind": "target",
       "change": {"value": 10.0, "unit": "%", "direction": "decrease"}}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PERCENT_TO_COUNT_CASES)
def test_a_change_in_percent_to_a_count(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
LISTED_SHARE_CASES = [
    # a cut in percent that names what it cuts, then the next share: each is its own figure
    ("The plan aims for a reduction of at least 30% of the time to handle procedures, at "
     "least 20% of the cost of compliance, and at least 10% of business conditions in 2025.",
     [{"value": 30.0, "change": None}, {"value": 20.0, "change": None},
      {"value": 10.0, "change": None}]),
    ("In 2024 the province achieved a reduction of 25% of the processing time and 15% of the "
     "compliance costs.",
     [{"value": 25.0, "change": None}, {"value": 15.0, "change": None}]),
    # ... the same value three times is still three figures
    ("The ministries must ensure a reduction of 30% of processing time, 30% of compliance "
     "costs and 30% of business conditions in 2025.",
     [{"value": 30.0}, {"value": 30.0}, {"value": 30.0}]),
    # a cut that leads "to" a value is still that value's change
    ("In 2024, the province recorded a reduction of 30% of the time, to 20 days.",
     [{"value": 20.0, "unit": "day",
       "change": {"value": 30.0, "unit": "%", "direction": "decrease"}}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), LISTED_SHARE_CASES)
def test_listed_shares_of_a_cut_are_figures_of_their_own(nlp, text, expected):
    check(nlp, text, expected)
