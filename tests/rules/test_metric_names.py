"""Metric names: what a figure measures, as a noun phrase (SPEC section 5), not the clause
around it: a holder and its verb name nothing, what was done to a count belongs to its name,
and a figure whose own words name nothing measures the index or rate named before it."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # a name of connectives and function words only is no name; a clause after it is cut off
    ("Thus, over VND360 trillion remains to be disbursed.", [{"value": 3.6e14, "metric": None}]),
    ("Another VND31.76 trillion was added later.", [{"value": 3.176e13, "metric": None}]),
    # the auxiliaries before a change's verb are no part of the name
    (
        "As of December 31, 2021, the total number of public units had been cut by 7,449 to 48,442.",
        [{"value": 48442.0, "metric": "total number of public units"}],
    ),
    (
        "In the first draft, the number of communes was to be reduced by 70%.",
        [{"value": 70.0, "metric": "number of communes"}],
    ),
    # a percentage written as a modifier measures the noun it modifies
    (
        "She was elected with a 96.2-percent approval rate among delegates.",
        [{"value": 96.2, "unit": "%", "metric": "approval rate"}],
    ),
    # "According to X," names the source, never the measure
    (
        "According to Mr. Hung, 100% of the current district-level posts will be moved to communes.",
        [{"value": 100.0, "metric": "current district-level posts moved to communes"}],
    ),
    (
        "According to Deputy Minister Truong Hai Long, 94,000 people have left the public sector.",
        [{"value": 94000.0, "metric": "people left the public sector"}],
    ),
    # a holder and its verb before the figure: the verb's object is the measure ...
    (
        "Ministries and agencies recorded an online application rate of about 80.7%.",
        [{"value": 80.7, "metric": "online application rate"}],
    ),
    (
        "The city posted a digital payment rate of 61.4% in 2024.",
        [{"value": 61.4, "metric": "digital payment rate"}],
    ),
    # ... and with none, the index the article named before it
    (
        "PAR Index 2023\n\nThe PAR Index 2023 results were released on Monday.\n\nQuang Ninh "
        "ranked first with 92.1 points. Hai Phong came second with 91.9 points.",
        [
            {"value": 1.0, "unit": "rank", "metric": "PAR Index"},
            {"value": 92.1, "unit": "points", "metric": "PAR Index"},
            {"value": 2.0, "unit": "rank", "metric": "PAR Index"},
            {"value": 91.9, "unit": "points", "metric": "PAR Index"},
        ],
    ),
    (
        "Satisfaction survey\n\nThe SIPAS 2023 covered all provinces.\n\nBac Lieu had the "
        "highest satisfaction at 89.4%, and Kon Tum came last at 78.2%.",
        [{"value": 89.4, "metric": "SIPAS"}, {"value": 78.2, "metric": "SIPAS"}],
    ),
    # ... of two indices named in the lead, the one the article is about, unless the
    # paragraph names its own
    (
        "Reform results\n\nThe ministry announced the PAR Index and the SIPAS for 2023.\n\n"
        "Hai Duong came fifth with 90.2 points.\n\nIn the SIPAS, Hai Duong ranked 12th.",
        [
            {"value": 5.0, "unit": "rank", "metric": "PAR Index"},
            {"value": 90.2, "metric": "PAR Index"},
            {"value": 12.0, "unit": "rank", "metric": "SIPAS"},
        ],
    ),
    # a verb of aiming and its goal words name nothing: what the share is of does
    (
        "The province aims to have 90% of dossiers filed online by 2026.",
        [{"value": 90.0, "metric": "dossiers filed online", "kind": "target"}],
    ),
    (
        "The city has set a target of 80% of level-4 online services used by 2025.",
        [{"value": 80.0, "metric": "level-4 online services used", "kind": "target"}],
    ),
    # a holder's average of a figure names no measure either
    (
        "PAR Index 2022\n\nThe PAR Index 2022 was announced in May.\n\nMinistries scored an "
        "average of 84.1 points.",
        [{"value": 84.1, "metric": "PAR Index"}],
    ),
    # words that name nothing on their own
    (
        "PCI 2022\n\nThe PCI 2022 was released in April.\n\nWith a score of 68.5 points, Long An "
        "stayed in the top ten.",
        [{"value": 68.5, "metric": "PCI"}],
    ),
    # a preposition, its article and a year that open the words name nothing
    (
        "Ninh Binh ranked 44th in the 2022 PCI with 64.22 points.",
        [{"value": 44.0, "unit": "rank", "metric": "PCI"}, {"value": 64.22, "metric": "PCI"}],
    ),
    # what a clause is "with" right before its figure, when it is a measure
    (
        "The centre settled dossiers with an average handling time of 2.5 days.",
        [{"value": 2.5, "metric": "average handling time"}],
    ),
    (
        "Citizens' satisfaction with the settlement of procedures reached 97.6%.",
        [{"value": 97.6, "metric": "Citizens' satisfaction with the settlement of procedures"}],
    ),
    # a change of the measure before the figure is no part of its name
    (
        "PCI 2024\n\nThe business support index climbed by 8 places and 0.7 points, from 40th "
        "to 32nd.",
        [
            {"value": 0.7, "metric": "business support index"},
            {"value": 32.0, "unit": "rank", "metric": "business support index"},
        ],
    ),
    # a score does not measure what a count before it counts
    (
        "The centre handled 4,210 dossiers in May. Hai Duong Department of Justice led with 96.2 "
        "points.",
        [
            {"value": 4210.0, "metric": "dossiers handled"},
            {"value": 96.2, "unit": "points", "metric": None},
        ],
    ),
    # a rate stated for another holder right after: the rate before it
    (
        "Ministries reported an online payment rate of 45.2%. For localities, it was 38.7%.",
        [
            {"value": 45.2, "metric": "online payment rate"},
            {"value": 38.7, "metric": "online payment rate", "subject": "localities"},
        ],
    ),
    # what the clause after a count says was done to it
    (
        "About 3,100 business regulations have been cut and simplified.",
        [{"value": 3100.0, "metric": "business regulations cut and simplified"}],
    ),
    (
        "In 2024, 98.2% of dossiers were settled on time.",
        [{"value": 98.2, "metric": "dossiers settled on time"}],
    ),
    (
        "Only 11 provinces were left unchanged by the merger.",
        [{"value": 11.0, "metric": "provinces left unchanged"}],
    ),
    (
        "In An Phu ward, 812 of the 860 dossiers received since July had been settled on time.",
        [{"value": 812.0, "metric": "dossiers settled on time", "out_of": 860.0}],
    ),
    (
        "Some 8,400 records for citizens and firms have been digitised this year.",
        [{"value": 8400.0, "metric": "records digitised"}],
    ),
    # ... not a verb of another clause
    (
        "Some 283 officials said they would retire early if funding is arranged.",
        [{"value": 283.0, "metric": "officials"}],
    ),
    # ... nor the half of a name the complement runs into
    (
        "About 4,300 documents were submitted through the National Public Service Portal in May.",
        [{"value": 4300.0, "metric": "documents submitted"}],
    ),
    # ... or what the counted things did, a linking verb aside
    (
        "Of the 63 localities, 32 finished above the national average in 2023.",
        [{"value": 32.0, "metric": "localities finished above the national average"}],
    ),
    (
        "The province scored 85.2 points. 14 districts scored above the average.",
        [{"value": 85.2}, {"value": 14.0, "metric": "districts scored above the average"}],
    ),
    (
        "In 2024, 14 districts had 3 staff or more at their centres.",
        [{"value": 14.0, "metric": "districts"}, {"value": 3.0}],
    ),
    # the verbs right before a count
    (
        "The centre processed a total of 52,300 records in the first half of 2024.",
        [{"value": 52300.0, "metric": "records processed"}],
    ),
    (
        "The province amended, supplemented and removed 210 procedures in 2023.",
        [{"value": 210.0, "metric": "procedures amended, supplemented and removed"}],
    ),
    (
        "Ministries have cut and simplified 628 business regulations.",
        [{"value": 628.0, "metric": "business regulations cut and simplified"}],
    ),
    # ... not one that only links a holder to its figure, nor one after a modal
    ("The centre recorded 4,100 dossiers in March.", [{"value": 4100.0, "metric": "dossiers"}]),
    # a share of a count before it: the count's noun, with what was done to the share
    (
        "The centre received 52,000 dossiers, 97.1% of which were handled online.",
        [
            {"value": 52000.0, "metric": "dossiers received"},
            {"value": 97.1, "metric": "dossiers handled online"},
        ],
    ),
    # a holder that only "is equipped with" its count: the counted noun
    (
        "The Tan Phu commune Public Administration Service Centre is equipped with 12 computers.",
        [{"value": 12.0, "metric": "computers"}],
    ),
    # "out of" a whole: the counted noun, not the whole
    (
        "Of them, 61 out of 63 provinces have published lists of internal procedures.",
        [
            {
                "value": 61.0,
                "metric": "provinces published lists of internal procedures",
                "out_of": 63.0,
            }
        ],
    ),
    # a place named inside the measure's own words holds nothing there
    (
        "The rate of online payments in Hanoi stood at 45.2% in 2024.",
        [{"value": 45.2, "metric": "rate of online payments", "subject": "Hanoi"}],
    ),
    (
        "The number of procedures handled online in Hue is 1,520.",
        [{"value": 1520.0, "metric": "number of procedures handled online"}],
    ),
    # a component score names its component after "for" or "on"
    (
        "Component scores\n\nThe city scored 12.5/13 points for administrative procedure reform "
        "and 8.1/10 points on public finance reform.",
        [
            {"value": 12.5, "metric": "administrative procedure reform"},
            {"value": 8.1, "metric": "public finance reform"},
        ],
    ),
    # a share of a plural written bare after it measures that plural, with what was done to
    # it, whatever clause came before ...
    (
        "In 2024, 91% of payments were made online and 77% of records were digitised.",
        [
            {"value": 91.0, "metric": "payments made online"},
            {"value": 77.0, "metric": "records digitised"},
        ],
    ),
    (
        "The district settled 96.5% of dossiers ahead of schedule.",
        [{"value": 96.5, "metric": "dossiers settled"}],
    ),
    (
        "The ministry set a target of at least 85% of business registration dossiers.",
        [{"value": 85.0, "metric": "business registration dossiers"}],
    ),
    (
        "The plan asks ministries to cut 30% of compliance costs and 20% of business conditions.",
        [
            {"value": 30.0, "metric": "compliance costs"},
            {"value": 20.0, "metric": "business conditions"},
        ],
    ),
    # a phrasal verb acting on a count keeps its particle
    (
        "The hotline answered 3,100 calls and dealt with 1,250 complaints in 2024.",
        [
            {"value": 3100.0, "metric": "calls answered"},
            {"value": 1250.0, "metric": "complaints dealt with"},
        ],
    ),
    (
        "The provincial inspectorate carried out 48 inspections last year.",
        [{"value": 48.0, "metric": "inspections carried out"}],
    ),
    # ... unless the words before name a measure, or an index, or the share is of a whole
    (
        "The rate of online filing reached 64% of dossiers in 2024.",
        [{"value": 64.0, "metric": "rate of online filing"}],
    ),
    (
        "In the 2023 SIPAS, 82.7% of respondents said they were satisfied.",
        [{"value": 82.7, "metric": "SIPAS"}],
    ),
    (
        "Spending reached 41.3% of the annual estimate by June.",
        [{"value": 41.3, "metric": "annual estimate"}],
    ),
    # a clause about something named before the figure names no measure: the index or the
    # count it speaks of does ("on which", "where", "were", "has" and a participle)
    (
        "The ministry released the 2019 PAR Index, on which Ninh Binh received 84.6 percent.",
        [{"value": 84.6, "metric": "PAR Index"}],
    ),
    (
        "The 2023 PAPI showed gains in public service delivery, where the district scored "
        "only 7.9 points.",
        [{"value": 7.9, "metric": "PAPI"}],
    ),
    (
        "The portal has synchronised the status of over 90 million dossiers.",
        [{"value": 9e7, "metric": "dossiers"}],
    ),
    # a list's verb ends the words that name the group listed, not its members' measure
    (
        "In the 2020 PAR Index, provinces with strong results included Lam Dong (90.2%) and "
        "Nam Dinh (89.7%).",
        [{"value": 90.2, "metric": "PAR Index"}, {"value": 89.7, "metric": "PAR Index"}],
    ),
    (
        "The moderate group of the 2020 PAR Index consisted of seven provinces.",
        [{"value": 7.0, "metric": "provinces"}],
    ),
    # a word no name ends with is cut off, and the link before it with it
    (
        "Lam Dong kept first place in the PAR Index, with its latest score being 90.2%.",
        [{"value": 1.0, "unit": "rank"}, {"value": 90.2, "metric": "latest score"}],
    ),
    (
        "In the 2022 SIPAS, Hai Duong came second with 89.1% and Bac Ninh on 88.4%.",
        [{"value": 2.0}, {"value": 89.1, "metric": "SIPAS"}, {"value": 88.4, "metric": "SIPAS"}],
    ),
    (
        "The online payment rate of the province reached only 18.3% in 2023.",
        [{"value": 18.3, "metric": "online payment rate"}],
    ),
    # "followed by" goes on with a list: a measure after it is the name, a holder is not
    (
        "Lang Son did best in public service delivery with 7.42 points, followed by public "
        "administrative procedures with 7.18 points.",
        [{"value": 7.42}, {"value": 7.18, "metric": "public administrative procedures"}],
    ),
    (
        "Da Nang came first with 87.1 percent, followed by the southern province of Dong Thap "
        "(86.3 percent).",
        [{"value": 1.0}, {"value": 87.1}, {"value": 86.3, "metric": None}],
    ),
    # a position's name is what is ranked, not the verb that placed it, nor who holds it: the
    # words that name only the holder leave the name to the index named before
    (
        "The 2022 DTI results are out. Digital government placed 7th, while digital society "
        "currently ranks 25th.",
        [
            {"value": 7.0, "unit": "rank", "metric": "Digital government"},
            {"value": 25.0, "unit": "rank", "metric": "digital society"},
        ],
    ),
    # ... but what a holder owns names a measure
    (
        "Business climate\n\nVietnam stood in the World Bank's Doing Business Report at 70th.",
        [{"value": 70.0, "unit": "rank", "metric": "World Bank's Doing Business Report"}],
    ),
    (
        "The 2019 PAPI was released in April. A year later it ranked 9th.",
        [{"value": 9.0, "unit": "rank", "metric": "PAPI"}],
    ),
    (
        "The PCI 2013 was made public. Lao Cai, a regular of the top group, slid to the 17th "
        "position out of 63 provinces.",
        [{"value": 17.0, "unit": "rank", "metric": "PCI", "subject": "Lao Cai"}],
    ),
    # the holder's pronoun before the verb ends no name ...
    (
        "The 2022 PAPI is out. In the e-governance dimension it scored 0.87 points.",
        [{"value": 0.87, "metric": "e-governance dimension"}],
    ),
    # ... and what is left may be a period alone: the index named before is the measure
    (
        "Ninh Binh in the PCI\n\nIn 2020 Ninh Binh scored 60.01 points. A year later it posted "
        "59.73 points.",
        [{"value": 60.01, "metric": "PCI"}, {"value": 59.73, "metric": "PCI", "period": "2021"}],
    ),
    # a count of "cases" is a count of what its "of" phrase says
    (
        "In June the province approved 312 cases of early retirement.",
        [{"value": 312.0, "metric": "cases of early retirement approved"}],
    ),
    (
        "In the 2022 DTI, the Ministry of Justice came first with 0.5120 points. It was followed "
        "by the State Bank of Vietnam (0.5011 points).",
        [{"value": 1.0}, {"value": 0.512, "metric": "DTI"}, {"value": 0.5011, "metric": "DTI"}],
    ),
    # a share that restates a count takes the count's name when its own words add nothing
    (
        "Accordingly, 1,830 of 5,120 procedures are to be cut or simplified, a rate of 35.7%.",
        [
            {"value": 1830.0, "metric": "procedures cut or simplified"},
            {"value": 35.7, "metric": "procedures cut or simplified"},
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_metric_names(nlp, text, expected):
    check(nlp, text, expected)


def test_a_figure_told_twice_keeps_what_each_telling_adds(nlp):
    text = (
        "Da Nang results\n\nIn Da Nang, the rate of full-process online submission reached 66% "
        "in 2024.\n\nDa Nang reached 66% in 2024, an increase of 46% compared to the end of 2023."
    )
    check(nlp, text, [{"value": 66.0, "change": {"value": 46.0}}])
