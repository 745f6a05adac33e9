"""Periods: years, spans, parts of a year, the lead year and "currently" (M18)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # a span written backwards (a typo for "2021-2030") dates nothing
    (
        "In the 2021-2020 period, the province cut 12 departments.",
        [{"value": 12.0, "period": None}],
    ),
    ("Over the 2016-2015 term, Ha Nam merged 8 communes.", [{"value": 8.0, "period": None}]),
    # "last year" on an undated page that reports an index edition: the year before the
    # edition's release, which is the edition's own year
    (
        "Hue came fifth in the PAR Index 2021, the city said on May 20. Last year, the average "
        "score of the 63 localities was 81.65 points.",
        [{"value": 5.0, "period": "2021"}, {"value": 81.65, "period": "2021"}],
    ),
    # a span whose end is written with "the end of" a month is a span of its years
    (
        "From 2021 to the end of June 2023, the ward's centre took 14,300 ratings.",
        [{"value": 14300.0, "period": "2021-2023"}],
    ),
    # "Currently" opening a sentence dates its every clause, not only the first; a year the
    # paragraph names later for another fact does not
    (
        "HANOI, May 4, 2024 — Currently, the centre handles 1,291 procedures, of which 1,233 "
        "procedures of 16 departments; 25 procedures of the provincial social insurance agency; "
        "14 procedures of the provincial police. Since it opened in 2019, fees have been paid "
        "in cash.",
        [
            {"value": 1291.0, "period": "2024"},
            {"value": 1233.0, "period": "2024"},
            {"value": 16.0, "period": "2024"},
            {"value": 25.0, "period": "2024"},
            {"value": 14.0, "period": "2024"},
        ],
    ),
    # "during the year", "that year": the year the text named last before, in the paragraph
    # before too; not a year compared with
    (
        "Premier seeks a reform breakthrough in 2022\n\nThe Prime Minister chaired the steering "
        "committee's meeting.\n\nThe report said that in 2021, with great effort, reform got "
        "special attention.\n\nDuring the year, the Government held three national conferences.",
        [{"value": 3.0, "period": "2021"}],
    ),
    (
        "HANOI, March 9, 2022 — Da Nang ranked first in the index in 2019, ahead of Hanoi. That "
        "year, the city cut 140 procedures.",
        [{"value": 1.0, "unit": "rank", "period": "2019"}, {"value": 140.0, "period": "2019"}],
    ),
    # a year in a relative clause on people says who they are, not when the figure holds
    (
        "Pensions will rise by 8% from July 1, 2024. The budget will add VND60 billion if the "
        "allowance is raised for those who retired before 1993.",
        [{"value": 8.0, "period": "2024"}, {"value": 6e10, "period": "2024"}],
    ),
    # a list whose items open on their years: the year after a figure opens the next item
    (
        "Satisfaction rose steadily: in 2021 it reached 80.4%, in 2022 it reached 88.1% and in "
        "2023 it reached 91.5%.",
        [
            {"value": 80.4, "period": "2021"},
            {"value": 88.1, "period": "2022"},
            {"value": 91.5, "period": "2023"},
        ],
    ),
    # ... while a list whose items close on their years keeps each item's
    (
        "The rate was 80.4% in 2021, 88.1% in 2022.",
        [{"value": 80.4, "period": "2021"}, {"value": 88.1, "period": "2022"}],
    ),
    (
        "In 2023, the online rate reached 57% nationwide.",
        [{"value": 57.0, "period": "2023", "period_text": None}],
    ),
    # a span whose end year is written with two digits
    (
        "In 2011-15 the ministry cut 214 procedures; from 2016-18 it cut 93 procedures.",
        [{"value": 214.0, "period": "2011-2015"}, {"value": 93.0, "period": "2016-2018"}],
    ),
    # a part of the page's year, or of the year before, named relative to it
    (
        "HUE, October 5, 2024 — In the first nine months of this year, the city settled "
        "118,000 dossiers.",
        [{"value": 118000.0, "period": "2024", "period_text": "first nine months of this year"}],
    ),
    (
        "HUE, October 5, 2024 — In the first half of last year, 96% of dossiers were on time.",
        [{"value": 96.0, "period": "2023", "period_text": "first half of last year"}],
    ),
    (
        "HUE, October 5, 2024 — Last year, 96% of dossiers were on time.",
        [{"value": 96.0, "period": "2023", "period_text": None}],
    ),
    # an index edition compared with is not the figure's year
    (
        "In 2021, Ha Nam improved its PCI. Its score rose to 66.2 points compared to PCI 2020.",
        [{"value": 66.2, "period": "2021"}],
    ),
    # a span opening the paragraph dates the sentences after it too
    (
        "Between 2020 and 2023, the inspectorate found 410 violations. It disciplined 96 "
        "officials.",
        [{"value": 410.0, "period": "2020-2023"}, {"value": 96.0, "period": "2020-2023"}],
    ),
    (
        "From 2021 to 2025, Bac Ninh cut 120 posts. The province merged 36 communes.",
        [{"value": 120.0, "period": "2021-2025"}, {"value": 36.0, "period": "2021-2025"}],
    ),
    # a span the paragraph's first figure names dates the figures after it in the paragraph
    (
        "Over the five years from 2016 to 2021, the city cut 1,473 civil servant posts. "
        "Its units fell by 12%.",
        [{"value": 1473.0, "period": "2016-2021"}, {"value": 12.0, "period": "2016-2021"}],
    ),
    (
        "Hanoi cut 2,100 posts in 2016-2021. It also merged 340 public units.",
        [{"value": 2100.0, "period": "2016-2021"}, {"value": 340.0, "period": "2016-2021"}],
    ),
    # a span written with its months is a span of years, kept as written
    (
        "From January 2020 to June 2022, nearly 6,700 public employees in the city resigned.",
        [{"value": 6700.0, "period": "2020-2022", "period_text": "January 2020 to June 2022"}],
    ),
    (
        "Between March 2023 and May 2024, the centre settled 12,000 dossiers.",
        [{"value": 12000.0, "period": "2023-2024", "period_text": "March 2023 and May 2024"}],
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
    # the year a legal text carries before its noun dates no figure
    (
        "The amendment changes about 8 of the 120 articles of the 2013 Constitution.",
        [{"value": 8.0, "period": None}],
    ),
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
    # the edition's year after the short name in brackets, the long name written in another
    # order than the gazetteer's; a later "compared to the 2022 index" dates no figure
    ("Tuyen Quang slips in governance index\n\nOn April 9, 2025, the UNDP released the "
     "Provincial Performance Index of Public Administration and Governance (PAPI) for 2024."
     "\n\nTuyen Quang scored 42.7 points, ranking 35th out of 63 provinces. Compared to the "
     "2023 PAPI, the province gained 0.8 points.",
     [{"value": 42.7, "period": "2024"}, {"value": 35.0, "period": "2024"},
      {"value": 0.8}]),
    # the year a change started from is no year the undated page reports on
    ("The satisfaction rate rose from 88 percent in 2021 to 92 percent in June 2023.\n\n"
     "To date, 3,900 online public services are available on the portal.",
     [{"value": 92.0, "period": "2023"}, {"value": 3900.0, "period": "2023"}]),
    # a paragraph opening "Of these" breaks down the count before it, in that count's period
    ("Inspections in review\n\nFrom 2019 to June 2024, the sector checked 12,400 conclusions."
     "\n\nOf these, 9,100 conclusions have been completed, a 73.4% rate.",
     [{"value": 12400.0, "period": "2019-2024"}, {"value": 9100.0, "period": "2019-2024"},
      {"value": 73.4, "period": "2019-2024"}]),
    # ... also "Of which", the form translated pages use most
    ("Inspections in review\n\nFrom 2019 to June 2024, the sector checked 12,400 conclusions."
     "\n\nOf which, 9,100 conclusions have been completed.",
     [{"value": 12400.0, "period": "2019-2024"}, {"value": 9100.0, "period": "2019-2024"}]),
    # a sentence with no figure that names one year as its own dates the figures after it in
    # its paragraph (a year compared with does not count)
    ("Ha Nam gains in the PCI\n\nBy Thu Ha   April 24, 2019\n\nThe provincial People's "
     "Committee met on Tuesday.\n\nLeaders spoke of the index.\n\nThe PCI of Ha Nam improved "
     "in 2018 with higher scores than in 2017. Specifically, it reached 64.5 points.",
     [{"value": 64.5, "period": "2018"}]),
    # a dated page whose index edition is named just after the lead reports that edition ...
    ("Ministry tops reform index\n\nBy Thu Ha   May 3, 2018\n\nThe ministry came first again."
     "\n\nIt was the third year in a row, a report said on Wednesday.\n\nIt scored 91.2 out "
     "of 100 in the PAR Index 2017 of the Ministry of Home Affairs.",
     [{"value": 1.0, "unit": "rank", "period": "2017"}, {"value": 91.2, "period": "2017"}]),
    # ... but not an older edition it compares with
    ("Ministry tops reform index\n\nBy Thu Ha   May 3, 2018\n\nThe ministry came first again."
     "\n\nIt was the third year in a row, a report said on Wednesday.\n\nIt scored 91.2 "
     "points. Its first top place was in the PAR Index 2014.",
     [{"value": 1.0, "unit": "rank", "period": "2018"}, {"value": 91.2, "period": "2018"}]),
    # a dated page whose headline or lead names an index released the year after the year
    # it assesses, and no year at all, reports on that edition (metric_editions.csv) ...
    ("Quang Ninh again leads the PCI\n\nBy Thu Ha   April 28, 2021\n\nQuang Ninh has "
     "topped the Provincial Competitiveness Index for the fourth straight year.\n\nThe "
     "province scored 75.09 points, while Dong Thap came second with 72.1 points.",
     [{"value": 75.09, "period": "2020"}, {"value": 2.0, "period": "2020"},
      {"value": 72.1, "period": "2020"}]),
    # ... but not one released within the year it is named for, nor a page naming a year
    ("Viet Nam climbs in e-government\n\nBy Thu Ha   September 20, 2024\n\nViet Nam "
     "rose in the E-Government Development Index of the United Nations.\n\nIt ranked 71st "
     "out of 193 countries.",
     [{"value": 71.0, "period": "2024"}]),
    ("Quang Ninh again leads the PCI\n\nBy Thu Ha   April 28, 2021\n\nIn 2021, Quang Ninh "
     "set out to keep its place in the Provincial Competitiveness Index.\n\nThe province "
     "has 1,200 online services.",
     [{"value": 1200.0, "period": "2021"}]),
    # the date of a cited text is no figure's period; the page's own year is
    ("Party units to be streamlined\n\nThe meeting reviewed Resolution No. 18-NQ/TW, dated "
     "October 25, 2017, and the outcome of the January 2025 session.\n\nThe number of "
     "provincial departments will be reduced to 14.",
     [{"value": 14.0, "period": "2025"}]),
    # ... but on a page naming no other year it dates what the page reports
    ("Procedures to be handled anywhere\n\nThe Chairman signed Decision No. 1837, dated "
     "June 4, 2025.\n\nThe province listed 205 procedures to be handled regardless of "
     "boundaries.",
     [{"value": 205.0, "period": "2025"}]),
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
    # an undated page: a backstory paragraph further down ("In 2012, ...") dates none of the
    # results; the latest year the page names does
    ("Central bank tops the reform index again\n\n"
     "The State Bank of Vietnam topped the reform index, scoring 91 percent.\n\n"
     "Ministries did well too.\n\n"
     "The average index of 2018 improved to 83 percent.\n\n"
     "In 2012, Quang Ninh set up a board to promote investment.",
     [{"value": 91.0, "period": "2018"}, {"value": 83.0, "period": "2018"}]),
    # a page with no year still cites dated texts: the newest one dates what it reports
    ("Communes start work\n\nUnder Resolution 1656/2025/UBTVQH15, in force since June 16, the "
     "province now has 124 communes.", [{"value": 124.0, "period": "2025"}]),
    # "since" after a streak says when the streak began, not the period of the figure
    ("Hai Phong leads the 2024 SIPAS\n\nThe city kept first place for the third time since "
     "2019, with 89.7 percent.", [{"value": 1.0, "period": "2024"}, {"value": 89.7, "period": "2024"}]),
    # the edition the lead names dates the page; a later "In 2023, ..." is what it is compared with
    ("The board released the 2024 PAPI report on Tuesday.\n\nDa Nang fell three places. In "
     "2023, Da Nang ranked 8th.\n\nOther leaders include Ben Tre (47.1 points) and Tra Vinh "
     "(46.9 points).",
     [{"value": 3.0, "period": "2024"}, {"value": 8.0, "period": "2023"},
      {"value": 47.1, "period": "2024"}, {"value": 46.9, "period": "2024"}]),
    # the year an index or a system was introduced or launched dates no figure of the page
    ("Reform news\n\nThe PAPI, first introduced in 2009, is a key tool.\n\nMinistries cut "
     "1,000 procedures by November.", [{"value": 1000.0, "period": None}]),
    ("The portal, launched in 2019, handled 5.1 million dossiers in 2024.",
     [{"value": 5100000.0, "period": "2024"}]),
    # "(now the Department of Construction)": a body's new name, no "now" of the figure
    ("Bac Ninh ranks its departments in the 2024 PAR Index\n\n14/04/2025\n\nIn the 2024 "
     "index, four departments scored over 90%.\n\nThe Department of Transport (now the "
     "Department of Construction) came first with 92.4%.",
     [{"value": 4.0, "period": "2024"}, {"value": 1.0, "period": "2024"},
      {"value": 92.4, "period": "2024"}]),
    # results of a year looked back on further down do not date the page's own figures
    ("Dossiers on time\n\nUpdate: 12/09/2023\n\nThe portal shows 98.2% of dossiers settled on "
     "time as of September 10, 2023.\n\nFastest was the Department of Justice (97.9%).\n\n"
     "Previously, the results announced for the PAPI in 2022 showed the province ranked 5th.",
     [{"value": 98.2, "period": "2023"}, {"value": 97.9, "period": "2023"},
      {"value": 5.0, "period": "2022"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CONTEXT_YEAR_CASES)
def test_context_year(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
COMPARED_PERIOD_CASES = [
    # the year of the state before, told in a clause of its own ("previously held ... in")
    ("The 2024 PCI was released on May 6. Hai Phong led it for the first time with 74.84 "
     "points, ranking first, a place previously held by Quang Ninh in 2023.",
     [{"value": 74.84, "period": "2024"}, {"value": 1.0, "unit": "rank", "period": "2024"}]),
    # "against that in 2016", "compared with those of 2022": the year compared with
    ("In 2017, Binh Duong's PCI had 6 rising indexes and 4 declining indexes against that in "
     "2016.",
     [{"value": 6.0, "period": "2017"}, {"value": 4.0, "period": "2017"}]),
    # what a year had, compared with: "in comparison with the number allocated in 2015"
    (
        "HUE, May 2, 2018 — The city cut 3.1% of its payroll in comparison with the number "
        "allocated in 2015.",
        [{"value": 3.1, "period": "2018"}],
    ),
    ("Quang Ninh leads the 2024 PCI\n\nHanoi scored 68.38 points, four places higher than in 2023.",
     [{"value": 68.38, "period": "2024"}, {"value": 4.0, "unit": "place", "period": "2024"}]),
    ("Hai Phong tops the 2023 PAR Index\n\nThe city's score rose 1.95 points on 2022 to 91.8%.",
     [{"value": 91.8, "period": "2023"}]),
    # a year that would be inherited but is the one compared with: every figure of the
    # comparison is of the year after it (here the later "In 2022" made 2022 the page's year)
    ("Binh Phuoc came 9th of 63 provinces with 90.2%, up 17 places compared to 2022. In 2022, "
     "the province had 86.5%, in 26th place.",
     [{"value": 9.0, "unit": "rank", "period": "2023"}, {"value": 90.2, "period": "2023"},
      {"value": 86.5, "period": "2022"}, {"value": 26.0, "unit": "rank", "period": "2022"}]),
    ("In 2023, the online rate was 48%. Agencies handled 61.2% of dossiers online, a rise "
     "from 2023.",
     [{"value": 48.0, "period": "2023"}, {"value": 61.2, "period": "2024"}]),
    # "than that in 2022" names the year compared with, however near the figure it stands
    ("In 2023, the online filing rate of the province reached 64.2%, 5.1% higher than that in "
     "2022.",
     [{"value": 64.2, "period": "2023"}]),
    # "last year" on an undated page counts back from the year reported on: a guess the
    # clause's comparison corrects
    ("Son La reviews 2023 reform emulation results\n\nLast year, the province's procedure "
     "reform score reached 12.4 out of 13 points, 4.2% higher than that in 2022.",
     [{"value": 12.4, "period": "2023"}]),
    # "on" places a figure as often as it compares it
    ("Satisfaction stood at 81.9 percent on the 2022 SIPAS.", [{"value": 81.9, "period": "2022"}]),
    # a multiple of an earlier year's figure compares with that year
    ("DA NANG, March 3, 2025 - So far the city portal has handled 310,000 dossiers, 2.4 times "
     "the number of the previous year.",
     [{"value": 310000.0, "period": "2025", "change": {"value": 2.4, "unit": "times"}}]),
    ("In Ben Tre online payments reached 48,500 in 2024, twice that of 2023.",
     [{"value": 48500.0, "period": "2024"}]),
    # ... also written right before the period ("13 times last year's figure")
    ("The 2023 review met in July. Sums to be recovered reached VND 148 trillion, 13 times "
     "last year's figure.",
     [{"value": 148e12, "period": "2023"}]),
    ("In 2024 the portal took 1.2 million dossiers, twice 2023's number.",
     [{"value": 1.2e6, "period": "2024"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COMPARED_PERIOD_CASES)
def test_the_period_compared_with_is_not_the_figures_period(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# SPEC v1.1 section 7: the year a figure describes, inherited from paragraph, lead,
# headline, then the dateline; an index edition's year; "last year"; "since".
SPEC_11_PERIOD_CASES = [
    # years listed with figures given "respectively": each figure's own year
    ("In 2024, the survey found online filing at 12.4%, 15.1% and 19.8% in 2021, 2022 and "
     "2023, respectively.",
     [{"value": 12.4, "period": "2021"}, {"value": 15.1, "period": "2022"},
      {"value": 19.8, "period": "2023"}]),
    ("The shares for 2021, 2022 and 2023 were 12.4%, 15.1% and 19.8%, respectively.",
     [{"value": 12.4, "period": "2021"}, {"value": 15.1, "period": "2022"},
      {"value": 19.8, "period": "2023"}]),
    # a birth date is no period, nor the year a page without one reports on
    ("The National Assembly elected Tran Van An as State President on April 5. With 471 "
     "approval votes, the legislature passed the resolution. Mr An was born on July 20, 1956 "
     "in Quang Nam.",
     [{"value": 471.0, "period": None}]),
    # the date results were made public is no period of theirs: the edition's year is
    ("According to the PCI 2024 results released by VCCI in April 2025, Ha Giang ranked 12th "
     "out of 63 provinces.",
     [{"value": 12.0, "period": "2024"}]),
    ("The SIPAS 2023 index, published on March 5, 2024, put Ha Giang's satisfaction at 82.5%.",
     [{"value": 82.5, "period": "2023"}]),
    ("The PAR Index 2022 was announced at the end of May 2023: Tay Ninh scored 86.1%.",
     [{"value": 86.1, "period": "2022"}]),
    # a figure with no period takes the one its paragraph named last
    ("Lai Chau in the rankings\n\nIn the PAR Index 2019, Lai Chau climbed seven places to 51st. "
     "Its satisfaction index rank also rose, to 44th.",
     [{"value": 51.0, "period": "2019"}, {"value": 44.0, "period": "2019"}]),
    ("Quang Tri results\n\nThe province received 8,200 dossiers in 2022. It settled 97.5% of them "
     "on time.",
     [{"value": 8200.0, "period": "2022"}, {"value": 97.5, "period": "2022"}]),
    # "a year later", "the following year": the year after the paragraph's
    ("Long climb\n\nIn the PCI 2019, the province scored 61.2 points. A year later it posted 62.5 "
     "points and climbed to 48th. It also ranked fifth in the region.",
     [{"value": 61.2, "period": "2019"}, {"value": 62.5, "period": "2020"},
      {"value": 48.0, "period": "2020"}, {"value": 5.0, "period": "2020"}]),
    ("Dossiers online\n\nIn 2022 the centre received 8,100 dossiers. The following year it "
     "received 9,400 dossiers.",
     [{"value": 8100.0, "period": "2022"}, {"value": 9400.0, "period": "2023"}]),
    # ... or the year its clause named before it, on a page dated later
    ("Satisfaction rises\n\n12/03/2021\n\nHue did better, its satisfaction score going from 80% "
     "in 2019 to 85% a year later.",
     [{"value": 85.0, "period": "2020", "previous": {"value": 80.0, "period": "2019"}}]),
    # a bracket after a figure that holds a figure of its own dates only that one
    ("DDCI results\n\nThe DDCI in 2023 was announced. The Department of Finance followed with "
     "77.87 points (it ranked 6th in 2022).",
     [{"value": 77.87, "period": "2023"}, {"value": 6.0, "unit": "rank", "period": "2022"}]),
    # ... and nothing when the paragraph names no year
    ("Dossiers online\n\nThe centre opened in May. A year later it had received 9,400 dossiers.",
     [{"value": 9400.0, "period": None}]),
    # a multiple "as many as a year earlier" compares with that year: it is not the figure's
    ("Portal grows\n\n20/04/2023\n\nThe portal has more than 5 million accounts, 2.6 times as "
     "many as a year earlier.",
     [{"value": 5e6, "period": "2023", "change": {"value": 2.6, "unit": "times"}}]),
    # "since YEAR" runs to the page's year
    # ... but not from a clause after the figure's
    ("Tay Ninh climbs\n\n20/05/2025\n\nTay Ninh ranked 14th in the 2024 PCI.\n\nWith 67.9 "
     "points, the province gained 1.2 points compared with 2023, extending a run of gains since "
     "2021.", [{"value": 14.0, "period": "2024"}, {"value": 67.9, "period": "2024"}]),
    ("Cutting red tape\n\n12/06/2023\n\nSince 2021, ministries have cut 2,200 business regulations.",
     [{"value": 2200.0, "period": "2021-2023"}]),
    # ... also from a date or a month in a year ("since December 9, 2019")
    ("Portal update\n\n20/05/2020\n\nThe portal has registered 140,000 accounts since "
     "December 9, 2019.",
     [{"value": 140000.0, "period": "2019-2020"}]),
    ("Portal update\n\n20/05/2020\n\nSince March 2019, users have filed 68,000 records.",
     [{"value": 68000.0, "period": "2019-2020"}]),
    # ... as does "since the beginning of YEAR", and "From YEAR," opening its sentence
    ("Payroll cuts\n\n14/05/2016\n\nNearly 16,000 posts have been removed since the "
     "beginning of 2015.", [{"value": 16000.0, "period": "2015-2016"}]),
    ("Cutting red tape\n\n12/06/2024\n\nFrom 2021, nearly 3,000 business regulations have "
     "been cut.", [{"value": 3000.0, "period": "2021-2024"}]),
    # ... but a day things take effect ("From July 1, 2025,") and a year compared with
    # ("up 3.1 points from 2022") open no span
    ("Press agencies\n\n10/06/2025\n\nFrom July 1, 2025, four more agencies will merge.",
     [{"value": 4.0, "period": "2025"}]),
    ("Index results\n\n10/04/2024\n\nIn 2023 the index reached 88.1%, up 3.1 points from "
     "2022.", [{"value": 88.1, "period": "2023"}]),
    # ... and so does the sentence after it, which the span opened
    ("Cutting red tape\n\n12/06/2023\n\nSince 2021, ministries have cut 2,200 business "
     "regulations. Localities have removed 640 internal procedures.",
     [{"value": 2200.0, "period": "2021-2023"}, {"value": 640.0, "period": "2021-2023"}]),
    ("Tax office results\n\n03/11/2024\n\nSince 2022, the provincial tax office has handled "
     "31,000 online filings. It has answered 4,200 questions from firms.",
     [{"value": 31000.0, "period": "2022-2024"}, {"value": 4200.0, "period": "2022-2024"}]),
    # ... while a span opening the page dates no report: the dateline's year stays
    ("Reform drive\n\n05/03/2024\n\nSince 2020, the city has cut 410 procedures.\n\n"
     "The city now runs 1,900 online services.",
     [{"value": 410.0, "period": "2020-2024"}, {"value": 1900.0, "period": "2024"}]),
    # on an undated page, "since 1990" in passing dates no report: the year the page names
    # as its own does
    ("Commune mergers\n\nThe number of communes has changed often since 1990.\n\nThe country "
     "now has 10,599 communes.\n\nThe merger plan was approved in 2019.",
     [{"value": 10599.0, "period": "2019"}]),
    # a figure that inherits no year but is compared with one is of the year after it
    ("Online filings\n\nFirms filed 72% of tax returns online, up 8 points compared with 2021.",
     [{"value": 72.0, "period": "2022"}]),
    # a deadline after the narration that closes a quote ("..., Mr. Hai noted, referring to a
    # plan ... by 2025") dates the plan's figures, not those quoted before it
    ("Savings\n\n25/12/2021\n\nThe reforms removed 1,120 business conditions, Mr. Hai noted, "
     "referring to a decree that asks ministries to cut 25% of compliance costs by 2025.",
     [{"value": 1120.0, "period": "2021", "kind": "result"},
      {"value": 25.0, "period": "2025", "kind": "target"}]),
    # a term of office is no period of the figures beside it
    ("Council vote\n\n29/04/2025\n\nAt its 21st session, the Da Nang People's Council, term X, "
     "2021-2026, passed the resolution with a 100% approval rate.",
     [{"value": 100.0, "period": "2025", "kind": "result"}]),
    ("Council vote\n\n12/06/2025\n\nDeputies of the People's Council for the 2021-2026 term "
     "approved the list with 97.4% of votes.",
     [{"value": 97.4, "period": "2025"}]),
    # a page with no year of its own on an arrangement "for the period 2023-2025": its
    # figures that name no time are of that period
    ("Units merged\n\nOn September 28, the Standing Committee approved the arrangement of "
     "commune-level units for the period 2023-2025 in 12 provinces.\n\nAfter the merger, 1,640 "
     "officials became redundant.",
     [{"value": 12.0, "period": "2023-2025"}, {"value": 1640.0, "period": "2023-2025"}]),
    # ... even when it cites a decree of an earlier year: the programme's span is the page's
    ("Staff after the merger\n\nIn the period of 2023 - 2025, the district will merge 14 "
     "communes into 6.\n\nThe merged communes will have 57 surplus officials, who may retire "
     "early under Decree No. 108/2014/ND-CP.",
     [{"value": 6.0, "period": "2023-2025"}, {"value": 57.0, "period": "2023-2025"}]),
    ("Smaller communes\n\nThe province plans to reorganise 31 communes in the 2023-2025 "
     "period.\n\nIts 212 surplus cadres will be handled as set out in Decree 29/2012/ND-CP.",
     [{"value": 31.0, "period": "2023-2025"}, {"value": 212.0, "period": "2023-2025"}]),
    # an undated page reports on the latest year its paragraphs name as their own
    ("Portal keeps growing\n\nThe portal links every ministry and province.\n\nIt was "
     "launched in December 2019 after nine months of work.\n\nFigures to the end of August "
     "2022 show steady use.\n\nThe portal now holds 3.1 million accounts.",
     [{"value": 3.1e6, "period": "2022"}]),
    # ... not the year of an earlier value in a bracket: the year after it is the page's
    ("Records digitised\n\nMinistries have digitised 76.2% of paper records (same period in "
     "2022 reached 48.1%).\n\nThe portal now holds 4.2 million accounts.",
     [{"value": 76.2, "period": "2023", "previous": {"value": 48.1, "period": "2022"}},
      {"value": 4.2e6, "period": "2023"}]),
    # a page with no year at all that speaks of an arrangement begun in a known year reports
    # on that year at the earliest (metric_eras.csv)
    ("Ward centres settle in\n\nUnder the two-tier local government, Hoa Binh ward now has a "
     "service centre. It handled 1,240 dossiers in its first weeks.",
     [{"value": 1240.0, "period": "2025"}]),
    ("Smaller province, fewer units\n\nAfter the merger, the province runs 74 commune-level "
     "units under the 2-level local government model.",
     [{"value": 74.0, "period": "2025"}]),
    ("Weekend service\n\nFrom July 1 to August 15, the Tan Hoa Ward Public Administration "
     "Service Center received 2,310 dossiers.",
     [{"value": 2310.0, "period": "2025"}]),
    ("Ward centre opens\n\nOn its first day, the Tan Dinh Ward Public Administration Center "
     "received 212 records.",
     [{"value": 212.0, "period": "2025"}]),
    # ... among them the severance decree in force from 2025, cited with its own year or not
    ("Early leavers approved\n\nOn March 3, the department said 214 applications under Decree "
     "178 had been approved.",
     [{"value": 214.0, "period": "2025"}]),
    ("Early leavers approved\n\nOn March 3, the department said 214 applications under Decree "
     "178/2024/ND-CP had been approved.",
     [{"value": 214.0, "period": "2025"}]),
    # ... and no earlier: the year an earlier figure is dated by is looked back on
    ("Empty offices\n\nSince July 1, the two-tier local government has left many old "
     "district offices empty.\n\nBy the end of 2024, the ministry had counted 9,800 "
     "unused public buildings.\n\nThe province now counts 312 surplus offices.",
     [{"value": 9800.0, "period": "2024"}, {"value": 312.0, "period": "2025"}]),
    ("Ward centres settle in\n\nThe two-level local government model began on July 1.\n\n"
     "Figures to the end of 2024 showed 4,120 commune offices.\n\nThe new ward centre "
     "handled 860 dossiers in its first month.",
     [{"value": 4120.0, "period": "2024"}, {"value": 860.0, "period": "2025"}]),
    # ... and a page that names no such arrangement stays undated
    ("Ward centres settle in\n\nThe ward service centre handled 1,240 dossiers in its first weeks.",
     [{"value": 1240.0, "period": None}]),
    # "last year" is the year before the dateline's
    ("Service centre report\n\n08/01/2024\n\nLast year the centre settled 98.4% of dossiers early.",
     [{"value": 98.4, "period": "2023"}]),
    ("Service centre report\n\n08/01/2024\n\nThe centre settled 98.4% of dossiers early last year, "
     "up 3.1% over the same period a year earlier.",
     [{"value": 98.4, "period": "2023"}]),
    # the index edition named in the lead, not the year it was announced
    ("Tra Vinh gains ground\n\n21/05/2025\n\nAccording to the 2024 Provincial Competitiveness Index "
     "released in May, Tra Vinh ranked 18th out of 63 provinces.\n\nThe province scored 68.94 points.",
     [{"value": 18.0, "period": "2024"}, {"value": 68.94, "period": "2024"}]),
    ("Digital rankings\n\n09/08/2022\n\nDa Nang topped the Digital Transformation Index (DTI) rankings "
     "for 2021, the ministry announced on Monday.\n\nThe city scored 0.6419 points.",
     [{"value": 0.6419, "period": "2021"}]),
    ("Land procedures still costly\n\n14/07/2023\n\nFirms still find land procedures costly.\n\n"
     "The findings come from the 2022 Administrative Procedure Compliance Cost Index (APCI 2022)."
     "\n\nBinh Duong had a compliance cost of VND2.9 million per procedure.",
     [{"value": 2.9e6, "period": "2022"}]),
    # a year compared with, after "its"/"their" or as the second of a pair, is not the figure's
    ("PAR results\n\n19/09/2024\n\nWithin the region, the city ranks 4th out of 14, up one spot "
     "compared to its 2022 assessment.", [{"value": 4.0, "period": "2024"}]),
    ("PAR results\n\n19/09/2024\n\nFive ministries improved on their 2022 results.",
     [{"value": 5.0, "period": "2024"}]),
    # a change in a sentence that opens with a year of its own is not the figure's before it
    ("EGDI results\n\n19/09/2024\n\nThe country stood at 86th in 2020 and 2022. In 2024, it "
     "advanced 15 places.",
     [{"value": 86.0, "unit": "rank", "change": None}, {"value": 15.0, "unit": "place", "period": "2024"}]),
    # on a dated page, a paragraph further down that opens with an earlier year looks back:
    # it does not date the page's present tense
    ("E-government gains\n\nAugust 3, 2018\n\nThe country offers 1,200 online services."
     "\n\nMore services are planned.\n\nIn 2016, the country ranked 89th.",
     [{"value": 1200.0, "period": "2018"}, {"value": 89.0, "period": "2016"}]),
    # a figure compared with a year, with no year of its own, is of the year after it
    ("City reform results\n\nJuly 4, 2024\n\nThe city also ranked 17th in the SIPAS, up nine "
     "places compared to 2022.", [{"value": 17.0, "period": "2023"}]),
    # a year a plan looks to is no reporting year
    ("Merging provinces\n\n15/04/2025\n\nThe merger fits the master plan for 2021-2030, with a "
     "vision to 2050.\n\nThe country will then have 34 provincial-level units.",
     [{"value": 34.0, "period": "2025"}]),
    # ... nor is the year a goal is set for, on an undated page reviewing the year before
    ("Reform results reviewed\n\nThe conference reviewed the year's reform work.\n\nThe PAR "
     "Index reached 88.4%, an improvement on 2023.\n\nThe province aims to lead the region "
     "under its goal of 2025.",
     [{"value": 88.4, "period": "2024"}]),
    # a date inside an aside is not the figure's period; "now" beats a year of a later clause
    ("Khanh Hoa in the DTI\n\nKhanh Hoa, which absorbed Ninh Thuan on July 1, ranked 16th of 34 "
     "provinces in the 2024 DTI.",
     [{"value": 16.0, "period": "2024"}]),
    ("Ha Giang services\n\n02/02/2025\n\nThe province currently applies 1,952 administrative "
     "procedures, 256 of which were simplified in 2024.",
     [{"value": 1952.0, "period": "2025"}, {"value": 256.0, "period": "2024"}]),
    # with no dateline, a year the article names fixes the present tense
    ("Two-tier model\n\nFrom July 1 to September 30, 2025, the centre received 1.1 million dossiers.\n\n"
     "The city now has 126 communes and wards.",
     [{"value": 1_100_000.0, "period": "2025"}, {"value": 126.0, "period": "2025"}]),
    # a year that dates a life, a founding or a legal text is no period, nor the page's year
    ("Merger vote\n\nThe chairman, born in 1968, said the province would keep 96 communes.",
     [{"value": 96.0, "period": None}]),
    ("Reform vote\n\nThe minister called it the largest change since the party was founded\" "
     "in 1930. The plan removes 2,300 posts.",
     [{"value": 2300.0, "period": None}]),
    ("ID cards\n\nUnder the Law on Residence of 2020, 12 million people have updated records.",
     [{"value": 12_000_000.0, "period": None}]),
    ("ID cards\n\nThe 2021 survey found that 71% of people used the portal. The centre was "
     "established in 1998.",
     [{"value": 71.0, "period": "2021"}]),
    # "N years ago" counts back from the page's year; "since ... N years ago" runs to it
    ("Inspections\n\nMarch 4, 2020\n\nSince it was set up almost four years ago, the team has "
     "inspected 48 agencies.",
     [{"value": 48.0, "period": "2016-2020"}]),
    ("Survey\n\nMay 3, 2017\n\nTwo years ago, the survey found that 64% of residents were "
     "satisfied.",
     [{"value": 64.0, "period": "2015"}]),
    # with no year of its own, a page reports on the year after the one it compares with
    ("Payments online\n\nOnline fee payments reached 41%, up 12 points from 2023. Since 2022, "
     "96 services have been added.",
     [{"value": 41.0, "period": "2024"}, {"value": 96.0, "period": "2022-2024"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), SPEC_11_PERIOD_CASES)
def test_spec_11_periods(nlp, text, expected):
    check(nlp, text, expected)


def test_a_day_and_month_after_to_is_a_date_and_a_position_is_not(nlp):
    from reformnlp.metrics.cues import get_cues
    from reformnlp.metrics.periods import PeriodFinder

    finder = PeriodFinder(get_cues())
    dates = [p.text for p in finder.find("Filing runs from 15/12 to 28/12 this year.", None)]
    assert "28/12" in dates
    assert not finder.find("It fell 2 places to 29/63 in the ranking.", None)


def test_a_line_break_inside_a_period_is_a_space(extract):
    page = (
        "Officials of the Ninh Thuan provincial public administration centre told a meeting\n"
        "that the work went well. From May 1 to August 31,\n"
        "2024, the centre received 7,100 dossiers from people and businesses, and most of\n"
        "them were settled on time, according to the report presented at the meeting.\n"
    )
    (metric,) = extract(page).metrics
    assert (metric.value, metric.period, metric.period_text) == (7100.0, "2024", "August 31, 2024")


def test_each_list_item_takes_the_year_written_after_it(extract):
    record = extract(
        "Payrolls shrank by 24,300 posts, including 6,100 in 2016, 8,900 in 2017 and 9,300 in 2018."
    )
    got = [(m.value, m.period) for m in record.metrics if m.value != 24300.0]
    assert got == [(6100.0, "2016"), (8900.0, "2017"), (9300.0, "2018")]


def test_a_figure_with_no_year_of_its_own_keeps_the_year_before_it(extract):
    record = extract(
        "The centre received 12,000 dossiers in 2023, of which 11,500 were settled on time."
    )
    assert [(m.value, m.period) for m in record.metrics] == [(12000.0, "2023"), (11500.0, "2023")]


def test_the_end_of_a_year_compared_with_is_not_the_figures(extract):
    record = extract(
        "In the first half of 2025, the online rate reached 52%, up from the end of 2024."
    )
    assert [(m.value, m.period) for m in record.metrics] == [(52.0, "2025")]


def test_a_year_after_while_is_another_statements(extract):
    record = extract("In 2024, Lao Cai's PAR Index was 86.1% while that figure in 2023 was 84.9%.")
    assert [(m.value, m.period) for m in record.metrics] == [(86.1, "2024"), (84.9, "2023")]


def test_a_deadline_after_while_is_the_whole_sentences(extract):
    record = extract(
        "Seventy percent of services will be offered on phones, while 80 percent "
        "of dossiers will be handled online by 2026."
    )
    assert [(m.value, m.period) for m in record.metrics] == [(70.0, "2026"), (80.0, "2026")]


def test_a_plans_horizon_written_with_a_month_is_no_reporting_year(extract):
    # an undated page: "until the end of December 2026" and "a vision of 2035" are what a plan
    # looks to; the year its paragraph names as its own is the one it reports on
    record = extract(
        "Da Nang waives online fees\n\n"
        "Da Nang will waive fees for online public services until the end of December 2026.\n\n"
        "The city offers 1,350 online procedures.\n\n"
        "In 2023, fees paid online exceeded VND36 billion.\n\n"
        "The city plans to be a smart city by 2026 with a vision of 2035."
    )
    assert [(m.value, m.period) for m in record.metrics] == [(1350.0, "2023"), (36e9, "2023")]


def test_the_end_of_a_span_of_dates_is_the_reporting_year(extract):
    record = extract(
        "From July 1 to September 30, 2025, the centre received 40,000 dossiers.\n\n"
        "The city now has 126 communes and wards."
    )
    assert [(m.value, m.period) for m in record.metrics] == [(40000.0, "2025"), (126.0, "2025")]


def test_next_year_is_the_year_after_the_pages(extract):
    record = extract(
        "HANOI, November 20, 2018 — The ministry will cut 1,240 civil servants next year."
    )
    assert [(m.value, m.period) for m in record.metrics] == [(1240.0, "2019")]


def test_next_year_opening_a_sentence_is_the_year_after_the_one_before(extract):
    record = extract("In 2021, the district had 24 communes. Next year, it will have 19 communes.")
    assert [(m.value, m.period) for m in record.metrics] == [(24.0, "2021"), (19.0, "2022")]
