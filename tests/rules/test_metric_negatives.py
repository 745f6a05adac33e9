"""Figures that are no metrics: structure, documents, dates, attendance, samples, furniture."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # how long before retirement age a person left is no figure of administration, nor the
    # months of a span written in years and months
    (
        "Mr. H., a deputy head of division who resigned before the age of 4 years and 2 months, "
        "received VND 1.2 billion.",
        [{"value": 1.2e9, "unit": "VND"}],
    ),
    ("The Prime Minister asked for reform in all 6 areas.", []),
    # the later days of a date, and numbered districts listed after their plural, are names
    (
        "Since opening, the desk has served an average of 40 people per day. On March 24 and 25, "
        "the ward checked the records of poor households.",
        [{"value": 40.0, "unit": "person"}],
    ),
    ("The new city was formed by merging Districts 4, 7 and Nha Be district.", []),
    # the time a count took, right after it, is no figure of its own
    (
        "The director said that handling over 1,900 dossiers in 5 months proved the model.",
        [{"value": 1900.0, "unit": "dossier"}],
    ),
    # "beats 62 others": the rest of the field, no count
    (
        "Among cities and provinces, Quang Tri beats 62 others with 84 percent.",
        [{"value": 84.0, "unit": "%"}],
    ),
    # the collectives and individuals a body commends are honours, no result
    ("At the review, the district awarded 11 collectives and 15 individuals.", []),
    ("The province commended 20 units for their reform results.", []),
    ("Reform covers three levels: province, district and commune.", []),
    # the country's whole field after a rank, also before "according to" (no figure after "to")
    (
        "In 2020, Hue came second in the ratings of Vietnam's 63 cities and provinces, according "
        "to the report.",
        [{"value": 2.0, "unit": "rank"}],
    ),
    # all of an index's parts, named with "the" or after the index, are its make-up
    ("A look at the 10 PCI components shows where Lao Cai gained.", []),
    ("The 9 PAR Index component indices were weighted anew in 2023.", []),
    ("The 10 PCI subindices are market entry, land access, transparency and more.", []),
    # ... parts that did something still count
    (
        "In 2023, Lao Cai had 6 PCI components with increased scores.",
        [{"value": 6.0, "unit": "PCI component", "subject": "Lao Cai"}],
    ),
    ("Decree 107/2021/ND-CP took effect on 02/02/2024.", []),
    ("Resolution 18-NQ/TW guides the merger.", []),
    # a number and year after a document word is the text's number, also near a word of rank
    (
        "The Standing Committee's Resolution 76/2025 replaced Resolution 1211/2016 and "
        "Resolution 27/2022.",
        [],
    ),
    ("Standing rules come from Decision 468/2024 of the Prime Minister.", []),
    ("Decision No. 766 set the criteria.", []),
    (
        "Hue ranked 12th in the 2024 DTI. Plan No. 2718, signed in May, sets out how the city intends to rise.",
        [{"value": 12.0, "unit": "rank"}],
    ),
    ("Can Tho ranked No. 3 in the 2022 PAR Index.", [{"value": 3.0, "unit": "rank"}]),
    # a service level is a label, not a count; a figure after "the district level" is one
    (
        "The portal lists 312 procedures at level 3 and 275 procedures at level 4.",
        [{"value": 312.0, "unit": "procedure"}, {"value": 275.0, "unit": "procedure"}],
    ),
    ("Most of the services of level 4 were used by firms.", []),
    # ... also bare, or the second of a list of levels
    ("Public service level 3 lets citizens file forms online.", []),
    (
        "The ministry launched 140 online public services at level 3, 4 in 2020.",
        [{"value": 140.0, "unit": "online public service"}],
    ),
    (
        "Of its 210 services, 118 are level-3 and -4 services.",
        [{"value": 210.0}, {"value": 118.0, "change": None}],
    ),
    (
        "Over 1,300 online services, or 75% of the total, are at stages 3 and 4.",
        [{"value": 1300.0}, {"value": 75.0}],
    ),
    # a compound of a number and "step" is a procedure's shape, no rank move
    ("The election followed five-step procedures to select the candidates.", []),
    # a web form's counters are no figures
    ("You have 500/500 characters left. Please enter 5 or more characters.", []),
    # a map or drawing scale is no part of a whole
    ("Resorts that already hold detailed 1/2000 scale zoning blueprints need no new permit.", []),
    (
        "Each commune now holds 1/500 scale planning maps and 12/15 land records.",
        [{"value": 12.0, "out_of": 15.0}],
    ),
    # ... but a count after a level's list item is a count
    (
        "The portal offers 900 services: 120 at level 3, 310 at level 4.",
        [
            {"value": 900.0},
            {"value": 120.0, "unit": "service"},
            {"value": 310.0, "unit": "service"},
        ],
    ),
    (
        "Dossiers settled on time reached 98.1% at the district level and 96.4% at the commune "
        "level.",
        [{"value": 98.1, "unit": "%"}, {"value": 96.4, "unit": "%"}],
    ),
    # members a body is made of are no metric, whichever number the verb takes
    ("The members of the Provincial Party Standing Committee include 13 people.", []),
    # the cases a rule sets out are its structure; cases handled are counted
    ("Three cases where a commune may keep its name after the merger.", []),
    ("The district court settled 1,240 cases in 2024.", [{"value": 1240.0, "unit": "case"}]),
    ("The conference on February 2 reviewed the year.", []),
    ("More than 300 delegates attended the conference.", []),
    ("The meeting linked 63 bridge points.", []),
    ("The survey polled 15,000 respondents.", []),
    ("After gathering the opinions of the 10,200 firms polled, the index was released.", []),
    # a survey's answers, counted or in shares, are its sample
    (
        "In 2022 the research group sent 5,400 questionnaires and got back 1,320 answers; the "
        "number of valid answers was 1,290, equal to 23.9%.",
        [],
    ),
    (
        "In 2022, directors responded to the survey themselves, accounting for 58.2%; the answers "
        "from accountants made up 30.1%.",
        [],
    ),
    # ... not the answers a body gives, nor a share of those satisfied
    ("In 2022, the ministry sent answers to 95% of petitions from businesses.", [{"value": 95.0}]),
    (
        "In 2022, 85% of respondents were satisfied with the public services of the province.",
        [{"value": 85.0}],
    ),
    # a verb of composition before an index's parts: its make-up, whatever verb follows them
    (
        "In 2015, Lao Cai settled 2,450 dossiers, and the PCI comprises 10 sub-indices that "
        "showed the trend.",
        [{"value": 2450.0}],
    ),
    # responses are the sample too, whatever the verb that opens the survey
    ("For the 2023 index the ministry ran a survey covering about 72,400 responses.", []),
    (
        "Of these, 31,200 responses came from citizens and 41,200 online responses from civil "
        "servants.",
        [],
    ),
    ("The ministry ran a survey on more than 20,000 citizens and firms in 2023.", []),
    (
        "The PCI 2018 report drew on feedbacks of 12,500 enterprises, including over 10,500 "
        "private domestic firms.",
        [],
    ),
    ("The index reflects the feedback of 9,800 firms in 2022.", []),
    (
        "The Prime Minister chaired the meeting via a videoconference linking 34 provinces and "
        "cities.",
        [],
    ),
    ("The new system is connecting 12 national databases.", [{"value": 12.0}]),
    # the places a meeting held online linked took part in it, however far the count stands
    # from the words that say so
    ("The ceremony was connected online to 68 locations in the new communes in 2025.", []),
    ("The meeting is linked online to 102 communes and wards across the province in 2025.", []),
    (
        "The conference in 2025 was held at the Provincial Party Committee Hall and linked online "
        "to 95 points in communes and wards.",
        [],
    ),
    (
        "The conference was held online between the Government headquarters and 34 provinces "
        "and cities in 2025.",
        [],
    ),
    (
        "The session was held online, connecting the Government bridgehead with 63 provinces "
        "and cities in 2023.",
        [],
    ),
    # ... not a count of places a system, or the places after a meeting's words, connected
    (
        "At the meeting, officials said 63 provinces have connected with the portal in 2024.",
        [{"value": 63.0, "unit": "province"}],
    ),
    (
        "To score the DDCI, the chamber ran a survey among 3,200 firms and received 1,540 valid "
        "answer sheets.",
        [],
    ),
    # the points of a sentence that lays out an index's parts are its maximum and its parts'
    # weights, no results ...
    (
        "The provincial DDCI is made up of 9 component indexes with a maximum of 100 points; the "
        "business environment pillar carries 40 points.",
        [],
    ),
    (
        "The ministerial index encompasses 7 areas and 36 criteria; the total score is 100 "
        "points, of which 65 points go to the ministry's own assessment.",
        [],
    ),
    # ... unless a result verb stands before them
    (
        "The index comprises 8 areas, and in 2024 Da Nang scored 88.4 points.",
        [{"value": 88.4, "unit": "points"}],
    ),
    # parts of an index that ranked in the top are parts that did something
    (
        "In 2023, Hue had 4 indices ranking in the top 10 nationwide.",
        [{"value": 4.0, "unit": "index"}],
    ),
    (
        "Hoa Binh had 2 of 8 indicators ranked among the top 5 in 2023.",
        [{"value": 2.0, "unit": "indicator", "out_of": 8.0}],
    ),
    # ... or a result verb before "in" and the parts it counts
    (
        "In 2022, Tay Ninh led in five key indicators.",
        [{"value": 5.0, "unit": "key indicator", "subject": "Tay Ninh"}],
    ),
    (
        "In 2023, Kon Tum improved significantly in four dimensions compared to 2022.",
        [{"value": 4.0, "unit": "dimension"}],
    ),
    (
        "In 2024, Ha Nam led the country in 3/8 content axes.",
        [{"value": 3.0, "unit": "content axis", "out_of": 8.0}],
    ),
    # ... or "with" and the way they moved
    (
        "In the PCI 2023, Ninh Thuan had 7/10 indicators with increase and 3/10 indicators with "
        "reduction.",
        [
            {"value": 7.0, "unit": "indicator", "out_of": 10.0},
            {"value": 3.0, "unit": "indicator", "out_of": 10.0},
        ],
    ),
    # ... and a bare count of them out of a whole, by the parts its sentence named before
    (
        "Of the 12 criteria of the 2022 index, 5 out of 12 increased points and 7 out of 12 "
        "decreased points.",
        [
            {"value": 5.0, "unit": "criterion", "out_of": 12.0},
            {"value": 7.0, "unit": "criterion", "out_of": 12.0},
        ],
    ),
    # ... also in the sentence's next clause, when the whole is the count the parts were
    # named with, and whatever the verb is followed by
    (
        "Among the 14 criteria of the 2023 sub-index, 9 out of 14 increased points; 5 out of "
        "14 decreased points.",
        [
            {"value": 9.0, "unit": "criterion", "out_of": 14.0},
            {"value": 5.0, "unit": "criterion", "out_of": 14.0},
        ],
    ),
    # ... and the bare counts of a list after them, even after a verb of ranking
    (
        "In the 2024 index, of the 9 indicators, 6 improved ranking and 3 dropped ranking.",
        [{"value": 6.0, "unit": "indicator"}, {"value": 3.0, "unit": "indicator"}],
    ),
    (
        "In 2024, Yen Bai had 7 sub-indices that improved ranking, 2 dropped ranking.",
        [{"value": 7.0, "unit": "sub-index"}, {"value": 2.0, "unit": "sub-index"}],
    ),
    # ... but not the parts an index is measured in
    ("The index is measured in 8 dimensions and 22 sub-dimensions.", []),
    # ... and a number after a verb of ranking is no count
    ("In 2024, Yen Bai was ranked 12 by the survey team.", []),
    # ... also with no verb: "in the top" says where they stood, and "the top five" is no
    # position of the province
    (
        "In the 2021 PCI, Lang Son had seven component indexes in the top five.",
        [{"value": 7.0, "unit": "component index"}],
    ),
    (
        "In 2024, Tay Ninh kept 3 of its 8 indicators among the top 10 provinces.",
        [{"value": 3.0, "unit": "indicator", "out_of": 8.0}],
    ),
    # a plan's or an index's parts stay parts with a word before the noun ...
    ("The PAR Index is determined through 8 component indicators and 42 criteria in 2023.", []),
    # ... while bodies and administrative units a whole is made of are counted (SPEC 7)
    (
        "After the merger in 2025, Lam Dong province consists of 124 communes and wards.",
        [{"value": 124.0, "unit": "commune", "subject": "Lam Dong"}],
    ),
    (
        "The Government now comprises 14 ministries and 3 ministerial-level agencies.",
        [{"value": 14.0, "unit": "ministry"}, {"value": 3.0, "unit": "ministerial-level agency"}],
    ),
    (
        "After the merger, the city's Department of Construction consists of 18 sub-units, down "
        "from 27.",
        [{"value": 18.0, "unit": "sub-unit", "previous": {"value": 27.0}}],
    ),
    (
        "Hue ranked 4th in the DTI with 3 main pillars rated highly.",
        [{"value": 4.0, "unit": "rank"}],
    ),
    # ... while a count of people with a modifier is still a count
    ("In 2024 the ward centre ran with 14 staff members.", [{"value": 14.0}]),
    # every count that describes a survey's sample is the sample, not a result ...
    (
        "The ministry surveyed 28,410 people across 180 districts, 402 communes and 1,050 hamlets.",
        [],
    ),
    ("Some 9,300 firms in 63 provinces were interviewed for the 2021 index.", []),
    ("The index drew on the experiences of 13,552 citizens randomly selected nationwide.", []),
    # ... with more nouns of the same group before the next count
    (
        "The 2023 survey gathered feedback from over 41,000 officials, managers and leaders of "
        "agencies, almost 26,000 people and firms, and some associations.",
        [],
    ),
    (
        "The survey polled 14,000 people, officials and business owners in 63 provinces; 85% were "
        "satisfied.",
        [{"value": 85.0}],
    ),
    # ... and so are the sample's parts listed after a comma and a link
    (
        "The 2021 PCI surveyed 11,312 enterprises, including 10,120 private enterprises and "
        "1,192 foreign firms.",
        [],
    ),
    # ... while what the survey found is
    ("A survey of 11,200 citizens in 2023 found 86.5% satisfied.", [{"value": 86.5}]),
    ("The province took part in the 2023-2025 period of the programme.", []),
    # a count with a plural noun of its own counts that noun, not one named before it
    (
        "Online filing rates and the number of online public services are two key measures of "
        "digital government.",
        [],
    ),
    # the parts of an index are its structure, unless the text says how they did
    ("The DTI has 6 pillars and 41 indicators.", []),
    # ... but a modified noun the unit file lists whole is counted ("sectors" alone is a part)
    (
        "In 2025 the draft law removes 38 conditional business sectors.",
        [{"value": 38.0, "unit": "conditional business sector"}],
    ),
    (
        "The new law cut 25 conditional business lines in 2024.",
        [{"value": 25.0, "unit": "conditional business line"}],
    ),
    ("The strategy covers 5 key economic sectors.", []),
    ("Its four pillars were ranked evenly.", []),
    (
        "Five out of eight sub-indices declined in 2022.",
        [{"value": 5.0, "unit": "sub-index", "out_of": 8.0, "period": "2022"}],
    ),
    ("Three indicators were rated as good in 2024.", [{"value": 3.0, "unit": "indicator"}]),
    # ... also past a phrase that says what the parts measure
    (
        "Five out of six indicators measuring the provincial governance performance fell in 2016.",
        [{"value": 5.0, "unit": "indicator", "out_of": 6.0, "period": "2016"}],
    ),
    (
        "In 2022 four sub-indices covering the access to land posted lower scores.",
        [{"value": 4.0, "unit": "sub-index"}],
    ),
    # ... but not a question the parts are built to answer
    ("The index has six indicators measuring whether public services improved.", []),
    ("In 2022 Quang Tri had three declining component indexes.", [{"value": 3.0}]),
    ("In 2023 five sub-indices posted higher scores.", [{"value": 5.0, "unit": "sub-index"}]),
    (
        "In 2021 Soc Trang had 7 rising sub-indices and 3 falling ones.",
        [{"value": 7.0}, {"value": 3.0, "unit": "rising sub-index"}],
    ),
    ("In 2022 Kon Tum had two indicators with higher rankings.", [{"value": 2.0}]),
    (
        "In 2022 the province has 7/10 criteria with increased scores.",
        [{"value": 7.0, "unit": "criterion", "out_of": 10.0}],
    ),
    # ... a phrase of how they scored or which group they fell in says so too
    (
        "In 2021 Tay Ninh had 2 out of 6 sub-indices with low scores.",
        [{"value": 2.0, "unit": "sub-index", "out_of": 6.0, "period": "2021"}],
    ),
    (
        "In the 2018 PAPI, Kon Tum had 3 dimensions in the low-average group.",
        [{"value": 3.0, "unit": "dimension"}],
    ),
    (
        "Quang Tri has 6 of 10 component indicators in the group of provinces with the "
        "highest scores in 2023.",
        [{"value": 6.0, "unit": "component indicator", "out_of": 10.0}],
    ),
    (
        "In 2020 the city had 4 dimensions showing higher scores.",
        [{"value": 4.0, "unit": "dimension"}],
    ),
    # ... written in the singular for one of them
    (
        "In 2022 Ben Tre had 1 component index with a score decrease.",
        [{"value": 1.0, "unit": "component index"}],
    ),
    ("In 2019, 1 dimension of the city was equal to that of 2018.", [{"value": 1.0}]),
    ("Each province is scored on 1 dimension per survey round.", []),
    # ... or counted after the group they are taken from, their noun left unsaid
    (
        "Of Ca Mau's eight PAPI dimensions, only three showed gains in 2022.",
        [{"value": 3.0, "unit": "dimension", "metric": "dimensions showed gains"}],
    ),
    (
        "Among the ten PCI sub-indices, six were in the high group in 2021.",
        [{"value": 6.0, "unit": "sub-index"}],
    ),
    (
        "Out of 9 component indexes, two declined in 2020.",
        [{"value": 2.0, "unit": "component index"}],
    ),
    ("Of the eight dimensions, two were added in 2021.", []),
    # ... and a bare count that did something after them counts them too; their share of
    # the index's weight is its structure
    (
        "In 2022 Soc Trang had mixed results. Regarding the sub-indices, five rose (accounting "
        "for 45% of the weight) and three fell (35% of the weight).",
        [
            {"value": 5.0, "unit": "sub-index"},
            {"value": 3.0, "unit": "sub-index"},
        ],
    ),
    (
        "In the PCI 2020 there were 5 indicators with lower score and 3 with slightly increased "
        "score; two indicators remained stable.",
        [
            {"value": 5.0, "unit": "indicator"},
            {"value": 3.0, "unit": "indicator"},
            {"value": 2.0, "unit": "indicator"},
        ],
    ),
    (
        "In 2021, 6 criteria improved and 3 declined.",
        [{"value": 6.0, "unit": "criterion"}, {"value": 3.0, "unit": "criterion"}],
    ),
    (
        "In 2021, 6 criteria improved and 3 localities declined.",
        [{"value": 6.0, "unit": "criterion"}, {"value": 3.0, "unit": "locality"}],
    ),
    (
        "In 2023 Long An has 5 indexes of components that increase.",
        [{"value": 5.0, "unit": "index"}],
    ),
    # ... and a score's change listed after such a count is no change of the count
    (
        "In the 2019 PCI, the province had 4 increasing indexes, including Informal charges "
        "(+0.52).",
        [{"value": 4.0, "change": None}, {"value": 0.52, "unit": "points"}],
    ),
    # the bodies or units an index, report or survey covers are its field ...
    ("The PAPI also looked at 19 ministries and ministerial-level agencies in 2021.", []),
    (
        "In 2022 the average value of the PAR index of 17 ministries was 84.4%.",
        [{"value": 84.4, "unit": "%"}],
    ),
    ("The 2022 report evaluates reform efforts in 63 provinces and 17 ministries.", []),
    ("The ranking provides an assessment of digital transformation at 22 ministries.", []),
    # ... unless it breaks into parts, or the text reports a result in it
    (
        "The survey covered 40 communes, of which 12 communes improved their scores.",
        [{"value": 40.0, "unit": "commune"}, {"value": 12.0, "unit": "commune"}],
    ),
    (
        "The PAR Index 2023 looked at 17 ministries and found that 5 ministries improved.",
        [{"value": 5.0, "unit": "ministry"}],
    ),
    ("Inspectors reviewed 30 communes in 2024.", [{"value": 30.0, "unit": "commune"}]),
    # every province as the field a province leads
    ("Binh Duong has led 63 provinces and cities nationwide in online payments since 2022.", []),
    ("The plan includes 35 tasks for the year.", []),
    ("The PAPI survey is in its 15th edition.", []),
    ("Officials aged 60 may retire.", []),
    ("At 09:12, the session opened.", []),
    ("The project was approved in 2024.", []),
    ("Project 06 connects the databases.", []),
    ("COVID-19 slowed the work in 2021.", []),
    # where a survey was held and what it looked at, who attended online, who assists a head,
    # a text's parts and a cap a rule sets are no results
    ("The 2019 survey was conducted in 14 provinces and focused on seven services.", []),
    ("The conference in Hanoi was connected online with 63 provinces and cities.", []),
    ("The new Chairman will be assisted by four Vice Chairmen.", []),
    ("The draft law has five chapters and 41 articles.", []),
    ("Support for early retirement is capped at 60 months of salary.", []),
    # who attended, and where a survey's votes came from
    ("Attending the conference were representatives from 22 ministries and agencies.", []),
    # ... but a system connecting with databases is its result
    (
        "In 2025, the iGate system is connecting with 24 national databases.",
        [{"value": 24.0, "unit": "national database"}],
    ),
    ("The 2020 survey collected 6,100 votes in 21 departments and 105 communes.", []),
    # ... a long list of the sample's units, its items parted by semicolons
    (
        "The survey collected 6,100 votes in 21 departments, agencies; 08 People's Committees of "
        "districts, towns; 105 People's Committees of communes, wards.",
        [],
    ),
    # "Vietnamese dong" is the currency written in full
    (
        "In 2024 the reform saved 2.4 trillion Vietnamese dong (US$95 million).",
        [{"value": 2.4e12, "unit": "VND"}],
    ),
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
    # the headline's subject is vaguer than the body's; the figure is the same one
    ("Nghe An wards settle 96% of files on time\n\nThe Vinh Ward Public Administration Service "
     "Centre received 31,200 files in May and settled 96% of them on time.",
     [{"value": 31200.0}, {"value": 96.0, "subject": "Vinh Ward Public Administration Service Centre"}]),
    # a count of one level's units is one figure whatever nouns name the units in the
    # headline, a subheading and the body
    ("Cabinet backs plan for 34 provinces and cities\n\nUnder the plan backed on Thursday, "
     "the country will have 34 provincial-level administrative units.\n\n"
     "34 provincial units\n\nAfter the merger the country has 34 provincial-level units in 2025.",
     [{"value": 34.0, "period": "2025"}]),
    ("Thanh Hoa to keep 166 communes and wards\n\nAfter the rearrangement, Thanh Hoa will "
     "have 166 commune-level administrative units, down from 547.",
     [{"value": 166.0, "unit": "commune-level administrative unit",
       "previous": {"value": 547.0}}]),
    # ... but counts of two levels, or small counts, stay apart
    ("Province keeps 12 districts\n\nIn 2025 the province has 12 districts and 12 communes "
     "were merged.",
     [{"value": 12.0, "unit": "district"}, {"value": 12.0, "unit": "commune"}]),
    ("Country to have 6 centrally-run cities\n\nIn 2025, 6 provinces will be merged.",
     [{"value": 6.0, "unit": "centrally-run city"}, {"value": 6.0, "unit": "province"}]),
    # a large count is one figure whatever nouns the headline and the body count it with
    ("Over 12,600 people get online help\n\nMore than 12,600 citizens had their dossiers "
     "settled online at the Binh Duong Public Administration Service Centre in May 2024.",
     [{"value": 12600.0, "unit": "citizen"}]),
    ("3.1 million records go online in Q1\n\nThe portal received 3.1 million dossiers in "
     "the first quarter of 2024.", [{"value": 3100000.0, "unit": "dossier"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_figures_told_more_exactly_in_the_body(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# An economic rate or sum the figure qualifies is off topic, whatever else the sentence
# names (SPEC 7); a count's own noun leaves the decision to the sentence.
OFF_TOPIC_AFTER_CASES = [
    ("Despite delays from the administrative merger, the city expects 8% economic growth.", []),
    ("In the first half the economy expanded by 7.2% on a year earlier.", []),
    ("Daily trading volumes on the stock exchange topped $1.2 billion in May.", []),
    ("The VN-Index rose 5.8% in the quarter.", []),
    ("Amid the administrative reform, the province drew $1.2 billion of FDI in 2024.", []),
    ("The centre for administrative procedures served more than 4,400 arrivals in 2024.",
     [{"value": 4400.0}]),
    # the items of a list an economic sentence opens measure the same thing; the items of a
    # list of administrative results stay
    ("Growth targets\n\nSeveral provinces were assigned double-digit GRDP growth targets for "
     "2025, including:\nHai Phong: 12.2%\nQuang Ninh: 12.5%\nBac Ninh: 11.5%", []),
    ("Results\n\nThe one-stop shops reported these on-time rates for 2024:\nHai Phong: 97.2%\n"
     "Quang Ninh: 98.5%",
     [{"value": 97.2, "subject": "Hai Phong"}, {"value": 98.5, "subject": "Quang Ninh"}]),
    # sums listed right after a sentence of economic sums, naming nothing of administration,
    # are more of the same; a sum for an administrative thing after them is not
    ("In FDI, Hanoi leads with USD40.1 billion of registered capital. The top five also "
     "include Hue (USD12.3 billion) and Can Tho (USD10.2 billion). The province set aside "
     "VND50 billion for its public administration service centre in 2025.",
     [{"value": 50e9, "unit": "VND"}]),
    # a rank in an economic aspect is no rank of administration; one in a reform aspect is
    ("By economic scale the province came 11th; in terms of GRDP it ranked 9th.", []),
    ("Hai Duong ranked 14th out of 63 provinces in terms of economic scale last year.", []),
    ("Ha Nam ranked 6th in the PAR Index and 2nd in terms of administrative procedures.",
     [{"value": 6.0, "unit": "rank"}, {"value": 2.0, "unit": "rank"}]),
    # a world ranking of competitiveness or ICT in a programme's targets: the economy's, not
    # the administration's; the e-government target beside it stays
    ("By 2025 the country aims for the top 70 countries in e-government and the top 50 "
     "countries in the Global Competitiveness Index.",
     [{"value": 70.0, "unit": "rank", "kind": "target"}]),
    ("By 2025, the country strives to be among the top 50 countries in terms of the ICT "
     "Development Index.",
     []),
    # the state budget's totals on a page about payroll cuts are fiscal, not administrative;
    # a budget saved or cut by streamlining stays
    ("In 2024 the total state budget expenditure was estimated at VND2,100 trillion; "
     "development investment took VND700 trillion and VND110 trillion went on debt and "
     "interest.", []),
    ("In 2025 streamlining cut state budget expenditure on salaries by VND4.5 trillion.",
     [{"value": 4.5e12, "unit": "VND"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OFF_TOPIC_AFTER_CASES)
def test_economic_figures_qualified_after_the_figure(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
THRESHOLD_AND_STREAK_CASES = [
    # a share of a standard that units fail to meet defines them: a threshold
    ("In 2019, the province merged communes failing to meet 50 percent of the standards on "
     "area.", []),
    ("In 2019, wards which have not reached 70% of the standard on population were merged.",
     []),
    # a bound written after the figure, after a counted group, is the bar they passed
    ("In 2023, 14 departments achieved scores of 85% or higher.",
     [{"value": 14.0, "unit": "department"}]),
    # ... alone with its holder it is the holder's figure
    ("In 2023, Lai Chau reached 85% or higher.", [{"value": 85.0, "subject": "Lai Chau"}]),
    # the time a meeting reviews, or a body has been working, is no result ...
    ("On August 23, 2025 the Prime Minister chaired a meeting to review two months of "
     "implementing the two-tier model.", []),
    ("After three months of operation, the centre had received 12,400 dossiers in 2025.",
     [{"value": 12400.0, "unit": "dossier"}]),
    # ... a time to settle a dossier is
    ("In 2024, the ward settled land dossiers within two days.",
     [{"value": 2.0, "unit": "day"}]),
    # the number of a phase, wave, batch or round names it: no figure
    ("In 2025, the province approved phase 1 recruits for 30 schools.",
     [{"value": 30.0, "unit": "school"}]),
    ("In 2025 the ministry will reassign staff in round 2 and wave 3 of the merger.", []),
    ("In 2024, batch 4 covered 56 communes.", [{"value": 56.0, "unit": "commune"}]),
    # a bar a counted group passed or missed is no metric; the count is
    ("In the 2022 index, 17 provinces scored more than 85 points and no province fell below 70%.",
     [{"value": 17.0, "unit": "province", "period": "2022"}]),
    ("Eleven localities achieved at least 95% of dossiers on time in 2021.",
     [{"value": 11.0, "unit": "locality"}]),
    ("Nine ministries exceeded 90 percent in 2024.", [{"value": 9.0, "unit": "ministry"}]),
    ("Among the 63 localities, three had indexes of over 90 percent in 2021.",
     [{"value": 3.0, "unit": "locality"}]),
    # a holder's own figure after the same words is a metric
    ("Quang Tri scored more than 84 points in 2024.",
     [{"value": 84.0, "unit": "points", "subject": "Quang Tri"}]),
    ("The centre has 12 staff and handled over 2,300 dossiers in 2024.",
     [{"value": 12.0, "unit": "staff"}, {"value": 2300.0, "unit": "dossier"}]),
    # the group may name its measure before the bar, or be joined to it by "with"
    ("Twelve ministries and ministerial-level agencies recorded their PAR Index above 85 percent "
     "in 2021.", [{"value": 12.0, "unit": "ministry", "period": "2021"}]),
    ("Among the 21 provinces and cities with indexes above 85 percent, Hue came first with 89.3 "
     "percent in 2019.", [{"value": 1.0, "unit": "rank"}, {"value": 89.3, "unit": "%"}]),
    ("The Ministry of Health and the Ministry of Culture had their indexes below 75 percent in "
     "2021.", []),
    # ... or by a participle
    ("In 2020 there were nine ministries and ministerial-level agencies having PAR Index scores "
     "of more than 85 percent.", [{"value": 9.0, "unit": "ministry", "period": "2020"}]),
    # a group named by what its members' measure stayed under: each member's figure counts
    ("Localities whose online rate was below 50% in 2024 include Ha Giang (41.2%) and Lai Chau "
     "(45.3%).", [{"value": 41.2, "subject": "Ha Giang"}, {"value": 45.3, "subject": "Lai Chau"}]),
    ("Hanoi, whose online rate was above 80% in 2024, led the country.",
     [{"value": 80.0, "subject": "Hanoi", "approximate": True}]),
    ("The centre received 1,200 dossiers with over 95% processed online in 2024.",
     [{"value": 1200.0, "unit": "dossier"}, {"value": 95.0, "unit": "%", "approximate": True}]),
    # a bracketed band defines a group: its ends are thresholds
    ("Twenty provinces achieved fair results (between 75 percent and 85 percent) in 2019.",
     [{"value": 20.0, "unit": "province"}]),
    ("The weak group (58.2 to 65 percent) held four provinces in 2019.",
     [{"value": 4.0, "unit": "province"}]),
    # ... as does a bracketed figure bounded on one side
    ("Ten provinces made the very high group (score of 0.75 or more) in 2022.",
     [{"value": 10.0, "unit": "province"}]),
    ("Group A (90% and above) held seven provinces in 2023.", [{"value": 7.0, "unit": "province"}]),
    # ... and so are a lettered group's bounds written without brackets
    ("Group A, with an index of 90% or more, has 11 provinces; Group B, with 80% to less than "
     "90%, has 52 provinces.",
     [{"value": 11.0, "unit": "province"}, {"value": 52.0, "unit": "province"}]),
    # a group named by its bounds, with no letter, is a band too
    ("In 2024, the group achieving a composite index of 90% or higher has 4 units; the group "
     "with scores from 80% to below 90% has 17 units.",
     [{"value": 4.0, "unit": "unit"}, {"value": 17.0, "unit": "unit"}]),
    # ... but a holder's figure in a group is its own
    ("Ha Tinh is in Group A with 91.2%.", [{"value": 91.2, "subject": "Ha Tinh"}]),
    # a threshold crossed is no change: the value after it is the metric
    ("In 2020 the Ministry of Transport fell below 80 per cent, at 79.1 per cent.",
     [{"value": 79.1, "subject": "Ministry of Transport", "change": None}]),
    ("The online filing rate rose above 60% in 2024.",
     [{"value": 60.0, "approximate": True, "change": None}]),
    ("The satisfaction level of 63 provinces in 2024 ranged from 78.43% to 92.14%.",
     [{"value": 78.43}, {"value": 92.14}]),
    ("For the first time, all localities had PAR indexes above the benchmark of 80 percent.", []),
    ("The national PCI median was 66.2 points, the fifth year above the mark of 60 points.",
     [{"value": 66.2, "average": None}]),
    ("Hai Phong followed with 91.87 percent (four times in a row).", [{"value": 91.87}]),
    ("Quang Ninh kept first place for the sixth time since 2012, scoring 92.18 percent in 2023.",
     [{"value": 1.0, "unit": "rank", "period": "2023"}, {"value": 92.18, "period": "2023"}]),
    # a share of a standard below which, or short of which, units are merged is a threshold
    ("Districts with both area and population below 70% of the prescribed standards must "
     "merge, and 49 districts will do so by 2025.", [{"value": 49.0, "unit": "district"}]),
    ("In 2019, 5,800 communes did not meet even 50 percent of the criteria on area.",
     [{"value": 5800.0, "unit": "commune", "period": "2019"}]),
    ("Communes that fail to meet 60 per cent of the standards will be merged by 2025.", []),
    # ... while a share of the criteria a holder met is its result
    ("In 2023 Binh Duong met 95 percent of the criteria for digital government.",
     [{"value": 95.0, "unit": "%", "subject": "Binh Duong"}]),
    # the bar a rule's condition sets is a threshold ...
    ("In 2024 the council's decisions were valid if approved by more than 50% of its members.",
     []),
    ("Unless at least 60 percent of deputies agree, the plan is dropped.", []),
    # ... not a figure after the condition's clause, nor one a "when" clause counts
    ("If this low rate continues, the target of at least 70 percent of procedures online by "
     "2025 will be missed.", [{"value": 70.0, "kind": "target"}]),
    ("When merging in 2025, the number of communes will decrease by more than 70%.",
     [{"value": 70.0, "unit": "%"}]),
    # ... nor a count the condition names
    ("In 2010 he said the gains would be higher if we could streamline more than 5,000 "
     "remaining procedures.", [{"value": 5000.0, "unit": "remaining procedure"}]),
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
    # the time left before a deadline is no result
    ("With just three months remaining this year, 61.2% of the capital had been disbursed.",
     [{"value": 61.2, "unit": "%"}]),
    ("Only 45 days left until the deadline, the centre had settled 1,200 dossiers.",
     [{"value": 1200.0, "unit": "dossier"}]),
    ("The city must disburse VND 50 trillion more in the final two months of the year.",
     [{"value": 50e12, "unit": "VND"}]),
    ("Ministries were told to finish the review within the next 3 months.", []),
    # the time that defines a class of procedures ("N days or more") is no result
    ("In 2023 the province cut processing time by 25% for procedures with a duration of 10 "
     "working days or more.",
     [{"value": 25.0, "unit": "%"}]),
    ("In 2024, 318 procedures have a settlement time of 5 days or longer.",
     [{"value": 318.0, "unit": "procedure"}]),
    ("The review covered procedures with a processing time of 3 days or more in 2022.", []),
    # "in the N months" opening a clause names its period, no duration of anything
    ("In the 10 months, the province received 12,400 dossiers.",
     [{"value": 12400.0, "unit": "dossier"}]),
    ("During the 9 months, 98% of dossiers were settled on time.", [{"value": 98.0, "unit": "%"}]),
    # one name numbered twice: the numbers are the names', no count
    ("Traders at Cam Pha 1 and Cam Pha 2 markets now pay by QR code.", []),
    # "for nearly 5 months": how long something has run, no result
    ("For nearly 5 months of running the new model, the ward centre has worked smoothly.", []),
    # ... a count of other things left is still one
    ("The ministry still has 30 procedures left to simplify.",
     [{"value": 30.0, "unit": "procedure"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PERIOD_NOT_METRIC_CASES)
def test_periods_written_with_numbers_are_no_metrics(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the 2022 PAPI Report, 16,117 randomly selected citizens were surveyed.", []),
        ("The report drew on responses from 15,400 citizens.", []),
        ("In 2023 the survey scale was about 4,200 firms in Cao Bang.", []),
        ("In 2023 the survey was conducted in 16 villages of the province.", []),
        (
            "The 2023 index, based on replies from nearly 12,000 domestic and foreign firms, ranked "
            "Hue 5th.",
            [{"value": 5.0, "unit": "rank"}],
        ),
    ],
)
def test_survey_samples_are_no_metrics(nlp, text, expected):
    check(nlp, text, expected)


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


# fmt: off
# Issue 9: figures real pages print that are not metrics, and near misses that are.
REAL_PAGE_FALSE_METRIC_CASES = [
    ("Surveying nearly 9,000 businesses, VCCI ranked the provinces.", []),
    ("Since 2009, the PAPI team has gathered the views of 18,000 citizens.", []),
    ("This year's governance report carries the voices of 15,230 citizens chosen at random.", []),
    ("The competitiveness ranking rests on a survey for more than 11,000 firms.", []),
    ("Lying 45 nautical miles off the coast, the island district became a special zone.", []),
    ("The ward hosts a steel plant with a total investment of more than 2 billion USD.", []),
    # an age in months is no figure either
    ("Staff raising children under 24 months old keep their posts.", []),
    # an area is a physical measure, whatever noun a figure before it had
    ("Lai Chau (0.5 million people, 9,068.8 km2) falls short of both standards.", []),
    ("Lai Chau covers 9,068.8 sq km.", []),
    # a noun of no result after a bare number on an index's page makes it no score
    ("This year's PAPI release marks 15 years since the index was first published.", []),
    ("The 2023 PCI report was prepared over 4 stages by the chamber's team.", []),
    ("Bac Giang is one of 7 localities placed in Group A.", []),
    ("Quang Tri is one of the 12 localities that finished above average.", []),
    ("The Standing Committees of the two provinces met on Monday.", []),
    # digits after "the" that pick the best or worst of a group name it, they count nothing
    ("The 5 localities with the highest SIPAS 2023 results were Hai Phong and Ha Tinh.", []),
    ("In 2024 the 3 lowest provinces were Bac Kan, Lang Son and Quang Ngai.", []),
    ("The 10 best-performing communes received certificates of merit.", []),
    ("4 provinces lowest on the 2023 satisfaction index", []),
    ("Hai Duong has 12 wards with the highest online rates in the province.", []),
    ("The province has 3 top officials and 2,400 civil servants.",
     [{"value": 3.0, "unit": "top official"}, {"value": 2400.0, "unit": "civil servant"}]),
    # ... so do such words after the digits before bodies or places, or after "are"
    ("Six leading districts in the 2023 DDCI included Tien Yen and Ba Che.", []),
    ("Four ministries were top in the 2022 ICT Index, including the Ministry of Finance.", []),
    ("Bac Ninh ranked among three weakest provinces in the 2021 PCI.", []),
    ("The province has 4 leading officials and 9 leading departments.",
     [{"value": 4.0, "unit": "leading official"}]),
    # the size of a group whose measure is given says whose it is, not how many
    ("The average PAR Index value of the 17 ministries and agencies was 83.5 percent in 2019.",
     [{"value": 83.5, "unit": "%", "subject": "ministries and agencies"}]),
    ("Long An reached a score of 68.45 points in 2022.", [{"value": 68.45, "unit": "points"}]),
    ("The 3 provinces scored 90 points in 2024.",
     [{"value": 3.0, "unit": "province"}, {"value": 90.0, "unit": "points"}]),
    ("A poll of 12,500 residents aged from 18 across the country found 85.2% satisfied.",
     [{"value": 85.2, "unit": "%"}]),
    ("Tra Vinh entered the top 30 this year.", []),
    # the field a holder led is no count ("topped" gives no rank either, SPEC 7)
    ("Hai Phong tops 63 provinces and cities in the 2019 satisfaction index.", []),
    ("In 2021 the ministry outperformed 16 other ministries.", []),
    ("The reform led 1,134 civil servants to retire early in 2024.",
     [{"value": 1134.0, "unit": "civil servant"}]),
    ("The top ten also included Lang Son and Ninh Binh.", []),
    # ... nor a question about them, whatever modal it has
    ("How would you assess the top 20 and the bottom 20 localities in the 2024 PAPI?", []),
    ("Khanh Hoa aims to be among the top 20 provinces by 2027.",
     [{"value": 20.0, "unit": "rank", "kind": "target", "approximate": True}]),
    ("Lam Dong ranked 40th out of the country's 63 provinces.",
     [{"value": 40.0, "unit": "rank", "rank": {"total": 63}}]),
    ("Son La ranked 52nd among Vietnam's 63 cities and provinces.",
     [{"value": 52.0, "unit": "rank", "rank": {"total": 63}}]),
    # the whole country as the frame of a figure, after a preposition: no count
    ("The ministry sent the new forms to 63 provinces and cities.", []),
    ("Training courses were held in 63 provinces last year.", []),
    ("The survey gathered answers from 63 provinces.", []),
    ("Online filing reached 45% across the country's 63 provinces.",
     [{"value": 45.0, "unit": "%"}]),
    ("The average PAR Index of the 63 localities was 84.34%.", [{"value": 84.34, "unit": "%"}]),
    ("The Ministry of Finance led the rankings of 17 ministries with 0.6321 points.",
     [{"value": 0.6321, "unit": "points"}]),
    ("The new portal will save VND 4.2 billion (US$182,000) a year.",
     [{"value": 4.2e9, "unit": "VND"}]),
    ("Land procedures cost an average compliance cost of VND6.2 million (about US$250).",
     [{"value": 6.2e6, "unit": "VND", "average": None}]),
    ("The APCI score for land procedures reached 71.4 out of 100.",
     [{"value": 71.4, "unit": "points", "out_of": 100.0}]),
    ("Settling a construction permit took an average of 14 days.",
     [{"value": 14.0, "unit": "day", "average": None}]),
    ("Vietnam climbed two positions in the ranking.",
     [{"value": 2.0, "unit": "place"}]),
    # ... while where something is names no move
    (
        "In 2024, the town opened a new service centre. It will handle all public services in "
        "one place, reducing the time citizens spend.",
        [],
    ),
    # ... but no ranking has thousands of places, and positions "the number of" counts are
    # staff positions
    ("In 2023, staff quotas decreased by 4,260 positions.",
     [{"value": 4260.0, "unit": "position"}]),
    ("In 2023, the number of public service positions assigned decreased by 120 positions.",
     [{"value": 120.0, "unit": "position"}]),
    ("The PAPI 2023 was announced two days ago in Hanoi.", []),
    ("Seven months after its launch, the portal offered 750 online public services.",
     [{"value": 750.0}]),
    ("Two months after it opened, the ward centre had settled over 5,000 dossiers.",
     [{"value": 5000.0}]),
    # ... but a time a result takes after its step is a figure
    ("Results are returned 2 days after submission in 2024.", [{"value": 2.0, "unit": "day"}]),
    ("Tourists flocked to the city during three days of the holiday.", []),
    # economic, tourist, demographic figures on mixed pages (SPEC 7)
    ("Khanh Hoa welcomed 26,000 tourists over the holiday, up 5% on last year.", []),
    ("Total tourism revenue reached VND 24 trillion, a 25% rise.", []),
    ("Registered investment capital in Bac Ninh's industrial parks hit US$36 million.", []),
    ("The new province covers 12,700 square kilometres with a population of 1.8 million.", []),
    ("In 2025 the province aims for a DTI among the top 20, under a resolution on double-digit "
     "economic growth.", [{"value": 20.0, "unit": "rank", "kind": "target"}]),
    ("In the first half, 2,310 newly established enterprises registered a total capital of "
     "VND 41,200 billion.", []),
    ("By 2030 the size of the economy is set to exceed VND 600 trillion.", []),
    ("Industrial production rose 9.4% in the third quarter.", []),
    ("The tourism department settled 98% of its administrative dossiers online.",
     [{"value": 98.0, "unit": "%"}]),
    # ... but not one inside a body's name, nor does a comma in that name part the metric's
    ("The Department of Culture, Sports and Tourism: 91.12%; 92.13%.",
     [{"value": 91.12, "subject": "Department of Culture, Sports and Tourism", "metric": None},
      {"value": 92.13, "subject": "Department of Culture, Sports and Tourism"}]),
    ("In 2022 the Provincial Management Board of Industrial Parks scored 94.3%.",
     [{"value": 94.3, "subject": "Provincial Management Board of Industrial Parks"}]),
    # an off-topic noun right before a figure takes it out, whatever else the sentence names
    ("The merged province keeps 124 administrative units and a population of over 3.2 million.",
     [{"value": 124.0, "unit": "administrative unit"}]),
    ("After the merger, Gia Lai spans about 21,500 square km, has 135 communes and wards and a "
     "population of nearly 3.6 million.",
     [{"value": 135.0}]),
    ("At the Government's press conference, the minister said the trade surplus hit US$9.8 "
     "billion and the average lending interest rate fell to 8.1%.", []),
    ("Inflation was held at 3.6% in the first half.", []),
    ("The share of respondents who rated the national economy as good was 66.1% in 2022.", []),
    ("The share who called their household's economic conditions poor fell to 6.2%.", []),
    ("Per capita income stands at VND52 million and budget collection is expected to reach "
     "VND900 billion.", []),
    ("The number of poor households will drop by 1.2% this year.", []),
    # an off-topic noun after a conjunction qualifies no figure before it
    ("The rate of online dossiers reached 45% while tourism boomed.", [{"value": 45.0}]),
    # ... but a count of provinces or communes is administration in any sentence
    ("Weighing criteria such as natural area and economic scale, the commission kept nine "
     "provinces as they were.", [{"value": 9.0, "unit": "province"}]),
    ("With tourism and population in mind, Lam Dong will have 124 communes and wards.",
     [{"value": 124.0}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), REAL_PAGE_FALSE_METRIC_CASES)
def test_real_page_false_metrics(nlp, text, expected):
    check(nlp, text, expected)


def test_a_ticker_of_unrelated_headlines_is_furniture(nlp):
    text = (
        "Off the wire\n"
        "Storm hits the coast as 2 million people evacuate  • Over 3 million tonnes of rice "
        "exported  • Stock index gains 12 points  • Team wins 5th title\n\n"
        "Parliament approves new cabinet\n\n"
        "In 2021, the Government had 18 ministries."
    )
    check(nlp, text, [{"value": 18.0, "unit": "ministry"}])
