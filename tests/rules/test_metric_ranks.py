"""Ranks: ordinals, cardinals, slashes, rank moves; streaks and grades are no ranks (M6, M7, M8)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # an ordinal opening a clause after a semicolon goes on with the ranks before it; one with
    # no rank before it is no rank
    (
        "In the PCI 2024, Hai Phong ranked fourth in labour training; sixth in the country in "
        "time costs.",
        [
            {"value": 4.0, "unit": "rank", "subject": "Hai Phong"},
            {"value": 6.0, "unit": "rank", "subject": "Hai Phong"},
        ],
    ),
    ("The province held its first review in March; second in a series of meetings.", []),
    # "a ranking of N out of M": a position and its field; "the ranking of 63 provinces" is
    # the field alone
    (
        "In 2020 informal charges kept an unchanged ranking of 38 out of 63 provinces.",
        [{"value": 38.0, "unit": "rank", "rank": {"position": 38, "total": 63}}],
    ),
    ("In 2024 the ministry announced the ranking of 63 provinces in the PAR Index.", []),
    # the field after a total never opens on a conjunction: what follows is the next figure, or
    # the position's own move
    (
        "In the 2020 SIPAS Can Tho came 38/63 or 84%.",
        [
            {"value": 38.0, "unit": "rank", "rank": {"position": 38, "total": 63, "scope": None}},
            {"value": 84.0, "unit": "%"},
        ],
    ),
    # two nouns joined by a slash are one field, and the score after it names no "/cities"
    (
        "Hai Phong came second out of 63 provinces/cities (scoring 93.57%) in the 2020 SIPAS.",
        [
            {"value": 2.0, "unit": "rank", "rank": {"total": 63, "scope": "provinces/cities"}},
            {"value": 93.57, "unit": "%", "metric": "SIPAS"},
        ],
    ),
    (
        "In the 2024 PCI, this sub-index is ranked 57/63 and down 43 places compared to 2023.",
        [
            {
                "value": 57.0,
                "unit": "rank",
                "change": {"value": 43.0, "unit": "place", "direction": "decrease"},
            }
        ],
    ),
    # a position written "number" and a number in words
    (
        "Tra Vinh rose from number nine to number four in 2021.",
        [{"value": 4.0, "unit": "rank", "previous": {"value": 9.0}}],
    ),
    # a move in brackets after the rank; "N places higher/lower" gives its direction
    (
        "In 2019, Binh Duong ranked No. 13 (down seven places) in the PCI.",
        [
            {
                "value": 13.0,
                "unit": "rank",
                "change": {"value": 7.0, "unit": "place", "direction": "decrease"},
            }
        ],
    ),
    (
        "Its market entry index rose to rank No. 36 (4 places higher) in 2019.",
        [
            {
                "value": 36.0,
                "unit": "rank",
                "change": {"value": 4.0, "unit": "place", "direction": "increase"},
            }
        ],
    ),
    # ... or a compound noun of places after "a"
    (
        "In 2024 Tay Ninh ranked 9th, a 6-place improvement on 2023.",
        [
            {
                "value": 9.0,
                "unit": "rank",
                "change": {"value": 6.0, "unit": "place", "direction": "increase"},
            }
        ],
    ),
    ("Its SIPAS rose sharply in 2024, a 12-rank improvement.", [{"value": 12.0, "unit": "place"}]),
    # ... or signed, the sign giving its direction
    (
        "Kon Tum stood 44th of 63 localities in the 2022 PAPI (-5 steps).",
        [
            {
                "value": 44.0,
                "unit": "rank",
                "change": {"value": 5.0, "unit": "place", "direction": "decrease"},
            }
        ],
    ),
    (
        "In the 2020 SIPAS the province ranked 9th (+11 places).",
        [
            {
                "value": 9.0,
                "unit": "rank",
                "change": {"value": 11.0, "unit": "place", "direction": "increase"},
            }
        ],
    ),
    (
        "Ha Tinh ranks 27th out of 63 provinces and cities nationwide in the PAR Index.",
        [
            {
                "value": 27.0,
                "unit": "rank",
                "subject": "Ha Tinh",
                "rank": {"position": 27, "total": 63},
            }
        ],
    ),
    (
        "Thai Binh ranked 16th of 63 provinces and centrally governed cities in 2023.",
        [{"value": 16.0, "unit": "rank", "rank": {"total": 63}, "period": "2023"}],
    ),
    (
        "Lang Son came 29th of the 34 provinces and cities in 2025.",
        [{"value": 29.0, "unit": "rank", "rank": {"total": 34}}],
    ),
    (
        "Viet Nam ranks 71 out of 193 countries in e-government.",
        [{"value": 71.0, "unit": "rank", "rank": {"total": 193}}],
    ),
    (
        "The province stood at position 30 out of 63 in the SIPAS ranking.",
        [{"value": 30.0, "unit": "rank", "rank": {"total": 63}}],
    ),
    (
        "Quang Ninh ranked first in the PAR Index 2023.",
        [{"value": 1.0, "unit": "rank", "subject": "Quang Ninh", "metric": "PAR Index"}],
    ),
    (
        "Hai Phong took second place in the PCI.",
        [{"value": 2.0, "unit": "rank", "subject": "Hai Phong"}],
    ),
    (
        "Ha Tinh ranks 27th out of 63 provinces, and 2nd in the North Central region.",
        [
            {"value": 27.0, "unit": "rank"},
            {"value": 2.0, "unit": "rank", "subject": "Ha Tinh", "rank": {"position": 2}},
        ],
    ),
    ("The city was ranked No. 1 in the DTI.", [{"value": 1.0, "unit": "rank"}]),
    # cue phrases written with a straight apostrophe match a typographic one too
    (
        "Dien Bien climbed five places to rank 48th among Vietnam’s 63 provinces in 2022.",
        [
            {
                "value": 48.0,
                "unit": "rank",
                "subject": "Dien Bien",
                "rank": {"position": 48, "total": 63},
            }
        ],
    ),
    (
        "Hau Giang stood 12th out of the country’s 63 localities in the SIPAS 2021.",
        [{"value": 12.0, "unit": "rank", "subject": "Hau Giang", "rank": {"total": 63}}],
    ),
    # a place named, a copula, then a position: the position it holds
    (
        "In the 2022 SIPAS, Ben Tre is second.",
        [{"value": 2.0, "unit": "rank", "subject": "Ben Tre", "period": "2022"}],
    ),
    (
        "In the 2021 PAR Index, Quang Nam was 12th among the 63 localities.",
        [{"value": 12.0, "unit": "rank", "subject": "Quang Nam", "rank": {"total": 63}}],
    ),
    ("Bac Ninh is first to open a commune service centre in 2024.", []),
    ("This is the fourth time that Da Nang tops the index.", []),
    # the names ranked above a position sit between it and its total
    (
        "Can Tho was placed 4th after Hai Phong, Da Nang and Hanoi among the five "
        "centrally run cities in the SIPAS.",
        [{"value": 4.0, "unit": "rank", "rank": {"position": 4, "total": 5}}],
    ),
    (
        "Bac Giang came second, behind Quang Ninh, out of 63 provinces in the PCI 2022.",
        [{"value": 2.0, "unit": "rank", "rank": {"total": 63}, "period": "2022"}],
    ),
    (
        "Binh Dinh took 7th place only after the Mekong Delta provinces of 63 localities.",
        [{"value": 7.0, "unit": "rank", "rank": {"total": None}}],
    ),
    (
        "The province's PAR Index ranked 63/63 in 2023.",
        [{"value": 63.0, "unit": "rank", "rank": {"total": 63}}],
    ),
    (
        "Ha Giang ranked 12th, up 48 places from 60th in 2023.",
        [
            {
                "value": 12.0,
                "unit": "rank",
                "change": {"value": 48.0, "unit": "place"},
                "previous": {"value": 60.0},
            }
        ],
    ),
    (
        "Kon Tum dropped 19 places in the PAR Index in 2023.",
        [{"value": 19.0, "unit": "place", "change": None}],
    ),
    ("Binh Phuoc recorded a 23-place climb in the PAPI.", [{"value": 23.0, "unit": "place"}]),
    (
        "Ha Nam climbed two spots in the ranking.",
        [{"value": 2.0, "unit": "place", "change": None}],
    ),
    ("Lao Cai gained six places in the PAR Index 2017.", [{"value": 6.0, "unit": "place"}]),
    ("Vinh Phuc advanced four notches in 2019.", [{"value": 4.0, "unit": "place"}]),
    # steps, spots and places with no rank moving are no figures
    ("Registering a business now takes three steps.", []),
    ("Quang Ninh topped the PAR Index for the sixth consecutive time.", []),
    ("Da Nang led the ICT Index for the 14th year in a row.", []),
    (
        "It was the province's first place for the tenth time since 2012.",
        [{"value": 1.0, "unit": "rank"}],
    ),
    ("She played a 10th grade student in the film.", []),
    ("The second phase of the project began in 2024.", []),
    ("The first session of the council was held in 2021.", []),
    ("The 15th Party Congress set new goals.", []),
    ("Lai Chau ranked 70th out of 63 provinces in 2023.", []),
    # a change joined by "and" after the total is the rank's change, not part of its scope
    (
        "Last year Kon Tum placed 41st out of 63 provinces and cities and up 9 places on 2022.",
        [
            {
                "value": 41.0,
                "unit": "rank",
                "rank": {"total": 63, "scope": "provinces and cities"},
                "change": {"value": 9.0, "direction": "increase"},
            }
        ],
    ),
    (
        "Ninh Thuan came 22nd out of 63 localities and dropped 5 places in the SIPAS.",
        [
            {
                "value": 22.0,
                "unit": "rank",
                "rank": {"total": 63, "scope": "localities"},
                "change": {"value": 5.0, "direction": "decrease"},
            }
        ],
    ),
    # the index named right after a position is its metric, not the one named before it
    (
        "Phu Yen was 48th in the 2023 PAPI and 35th in the PAR Index.",
        [
            {"value": 48.0, "unit": "rank", "metric": "PAPI"},
            {"value": 35.0, "unit": "rank", "metric": "PAR Index"},
        ],
    ),
    (
        "In the SIPAS Bac Kan came 12th, and it came 50th in the PCI.",
        [
            {"value": 12.0, "unit": "rank", "metric": "SIPAS"},
            {"value": 50.0, "unit": "rank", "metric": "PCI"},
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ranks(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
RANK_MOVE_CASES = [
    # the earlier position's time written as last year's edition
    ("In the 2007 PCI, Tay Ninh has climbed from 21st in last year's index to 6th this year.",
     [{"value": 6.0, "unit": "rank", "subject": "Tay Ninh",
       "previous": {"value": 21.0, "period": "2006"}}]),
    # "in the 193 member states" after a rank is its total, not a count; a year there is none
    ("Vietnam came 99th in the 193 member states in 2014.",
     [{"value": 99.0, "unit": "rank", "rank": {"position": 99, "total": 193}}]),
    ("Ha Tinh ranked 5th in the 2024 PCI.",
     [{"value": 5.0, "unit": "rank", "period": "2024", "rank": {"position": 5, "total": None}}]),
    # an upward shift from a position is a move from it
    ("Vietnam made an upward shift from the 86th position in 2022 to the 71st in 2024.",
     [{"value": 71.0, "unit": "rank", "previous": {"value": 86.0}}]),
    ("In the PAR Index, Hai Phong moved up 12 places to 9th.",
     [{"value": 9.0, "unit": "rank", "change": {"value": 12.0, "unit": "place"}}]),
    ("In the PAR Index, Ha Giang made the biggest leap, rising 23 places to 16th.",
     [{"value": 16.0, "unit": "rank", "change": {"value": 23.0}}]),
    # ... also to a position written with its total after a slash (no day and month)
    ("In the 2023 PCI, Lam Dong dropped 4 places, stopping at 35/63 provinces and cities.",
     [{"value": 35.0, "unit": "rank", "change": {"value": 4.0, "direction": "decrease"},
       "rank": {"position": 35, "total": 63}}]),
    ("In the 2022 SIPAS, Kien Giang climbed three spots to 14/63.",
     [{"value": 14.0, "unit": "rank", "change": {"value": 3.0}, "rank": {"total": 63}}]),
    ("On online payment, Quang Ninh ranked second at 58.1 percent.",
     [{"value": 2.0, "unit": "rank"}, {"value": 58.1, "unit": "%"}]),
    ("Quang Ninh Province remained No. 1 in the PCI.", [{"value": 1.0, "unit": "rank"}]),
    # a total after the rank's noun, or after "over"; a move counted in grades
    ("In the 2019 PAPI, Kon Tum came in at the 40th place out of 63 provinces.",
     [{"value": 40.0, "unit": "rank", "rank": {"total": 63}}]),
    ("Kon Tum ranked 40th over 63 provinces in the 2019 PAPI, up 9 grades over 2018.",
     [{"value": 40.0, "unit": "rank", "rank": {"total": 63},
       "change": {"value": 9.0, "unit": "place"}}]),
    # positions written as numbers after a rank noun, in a move
    ("Bac Kan climbed 9 places in the PAPI, from position 41 to position 32.",
     [{"value": 32.0, "unit": "rank", "previous": {"value": 41.0},
       "change": {"value": 9.0, "unit": "place"}}]),
    ("Bac Kan climbed 9 places in the PAPI 2022 (from level 41 to level 32).",
     [{"value": 32.0, "unit": "rank", "previous": {"value": 41.0}}]),
    # an adverb between a position and what follows it
    ("Hue ranked second again in 2023.", [{"value": 2.0, "unit": "rank", "period": "2023"}]),
    ("Hue ranked second once again, with 88.2 points.",
     [{"value": 2.0, "unit": "rank"}, {"value": 88.2, "unit": "points"}]),
    # a move "to" a rank is that rank's, not the one before's ...
    ("Hue came second again with 0.5872 points, and Can Tho climbed two spots to rank third.",
     [{"value": 2.0, "unit": "rank", "change": None}, {"value": 0.5872},
      {"value": 3.0, "unit": "rank", "change": {"value": 2.0, "unit": "place"}}]),
    # ... and a move "to take the lead" is a move with no position: a metric of its own
    ("Quang Ninh jumped two steps to take the lead in the PAPI 2020 with 48.811 points and "
     "ranked first in three criteria.",
     [{"value": 2.0, "unit": "place"}, {"value": 48.811, "change": None},
      {"value": 1.0, "unit": "rank", "change": None}]),
    # a move told after two rankings is the widest one's: the national before the regional
    ("Soc Trang ranked 21st out of 63 provinces nationwide and fifth out of the 13 Mekong Delta "
     "localities. The province scored 66.1 points, up four places and 0.9 points on 2023.",
     [{"value": 21.0, "unit": "rank", "change": {"value": 4.0, "unit": "place"}},
      {"value": 5.0, "unit": "rank", "change": None},
      {"value": 66.1, "change": {"value": 0.9, "unit": "points"}}]),
    # a score between them: the move and the rank it left both skip back to the rank
    ("Tay Ninh ranked 14th with 67.9 points in the 2024 PCI, up 5 places from 19th in 2023.",
     [{"value": 14.0, "unit": "rank", "previous": {"value": 19.0, "period": "2023"},
       "change": {"value": 5.0, "unit": "place"}},
      {"value": 67.9, "unit": "points", "previous": None}]),
    # ... but a score's own earlier value stays with the score
    ("Tay Ninh ranked 14th with 67.9 points in 2024, against 66.1 points in 2023.",
     [{"value": 14.0, "unit": "rank", "previous": None},
      {"value": 67.9, "unit": "points", "previous": {"value": 66.1}}]),
    # ... but a level of online service is no rank
    ("The province moved its procedures from level 3 to level 4 of online service.", []),
    # the comparison's year between a change and the value it led to
    ("Its PAPI score rose 1.35 points over 2018 to 43.7 points.",
     [{"value": 43.7, "unit": "points", "previous": {"period": "2018", "value": None},
       "change": {"value": 1.35, "unit": "points"}}]),
    ("As of Aug 12, 2024, the system held 2,100 accounts.", [{"value": 2100.0}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RANK_MOVE_CASES)
def test_rank_moves_and_word_ordinals(nlp, text, expected):
    check(nlp, text, expected)


def test_slash_right_after_ranked_is_a_rank_whatever_noun_follows(nlp):
    check(
        nlp,
        "Bac Giang achieved 44.3204 points and ranked 10/63 provinces and cities nationwide.",
        [
            {"value": 44.3204, "unit": "points"},
            {"value": 10.0, "unit": "rank", "rank": {"total": 63}},
        ],
    )
    # ... and after "the ranking of" or "a position of"
    check(
        nlp,
        "Yet Ha Nam only reached the ranking of 41/63 provinces in 2023.",
        [{"value": 41.0, "unit": "rank", "subject": "Ha Nam", "rank": {"total": 63}}],
    )
    # ... and after a bare "rank" that a machine translation leaves ("and rank 12/63")
    check(
        nlp,
        "In 2023, Ninh Binh's SIPAS reached 84.6% and rank 12/63 provinces and cities.",
        [
            {"value": 84.6, "unit": "%", "subject": "Ninh Binh"},
            {"value": 12.0, "unit": "rank", "subject": "Ninh Binh", "rank": {"total": 63}},
        ],
    )


# fmt: off
RANK_LIST_CASES = [
    # ordinals in compound words, and a pillar named "Digital Government" is no body
    ("In 2021, Kon Tum's digital institutions ranked thirty-second and its Digital Government "
     "pillar ranked fifty-third.",
     [{"value": 32.0, "unit": "rank", "subject": "Kon Tum"},
      {"value": 53.0, "unit": "rank", "subject": "Kon Tum"}]),
    ("In the PCI 2024, Long An came third with 72.64 points, Bac Giang fourth with 71.24.",
     [{"value": 3.0, "unit": "rank"}, {"value": 72.64, "unit": "points"},
      {"value": 4.0, "unit": "rank"}, {"value": 71.24, "unit": "points"}]),
    ("In the DTI 2024, the former Quang Nam province sat 57th with 0.5803.",
     [{"value": 57.0, "unit": "rank"}, {"value": 0.5803, "unit": "points"}]),
    ("In 2025, Khanh Hoa aims to put its DTI among the top 20 provinces and cities.",
     [{"value": 20.0, "unit": "rank", "approximate": True, "kind": "target"}]),
    ("The DTI averaged 0.6961. Digital government stood at 0.7582 (up 4.7%).",
     [{"value": 0.6961}, {"value": 0.7582, "unit": "points", "change": {"value": 4.7}}]),
    # a list of places that "hold the" listed positions, or ranked them "respectively"
    # without a comma before it: each place its position
    ("In the PGI 2023, Nam Dinh, Hue and Long An hold the 6th, 7th, and 8th places.",
     [{"value": 6.0, "unit": "rank", "subject": "Nam Dinh"},
      {"value": 7.0, "unit": "rank", "subject": "Thua Thien Hue"},
      {"value": 8.0, "unit": "rank", "subject": "Long An"}]),
    # ... or a range of positions, one for each place listed
    ("Binh Duong, Dong Nai, Ba Ria-Vung Tau and Long An ranked first to fourth respectively in "
     "the 2022 SIPAS.",
     [{"value": 1.0, "subject": "Binh Duong"}, {"value": 2.0, "subject": "Dong Nai"},
      {"value": 3.0, "subject": "Ba Ria-Vung Tau"}, {"value": 4.0, "subject": "Long An"}]),
    ("Ninh Binh, Nam Dinh and Thai Binh came 7th through 9th, respectively, in the 2021 PAPI.",
     [{"value": 7.0, "subject": "Ninh Binh"}, {"value": 8.0, "subject": "Nam Dinh"},
      {"value": 9.0, "subject": "Thai Binh"}]),
    ("Nam Dinh, Ca Mau and Long An ranked 6th, 7th and 8th respectively in the 2023 PCI.",
     [{"value": 6.0, "unit": "rank", "subject": "Nam Dinh"},
      {"value": 7.0, "unit": "rank", "subject": "Ca Mau"},
      {"value": 8.0, "unit": "rank", "subject": "Long An"}]),
    ("In 2023, Ca Mau occupies the 12th position.", [{"value": 12.0, "unit": "rank"}]),
    # a move, then the position it led to after "to position": one rank, its change the move
    ("In 2024, Kon Tum dropped 12 places compared to 2023 to position 41 out of 63 provinces.",
     [{"value": 41.0, "unit": "rank", "change": {"value": 12.0, "direction": "decrease"}}]),
    # "levels" of a ranking after a change word are places; levels of government are not
    ("In 2017, Son La increased 9 levels compared to 2016, ranking 33rd.",
     [{"value": 33.0, "unit": "rank", "change": {"value": 9.0}}]),
    ("By 2025 the e-government index rises by at least 4 levels.",
     [{"value": 4.0, "unit": "place"}]),
    ("The two-tier model has 2 levels of local government in 2025.", []),
    # "No." with a total after a slash: a position and its total; a plan's number is none
    ("In 2017, Son La ranked No.27/63 in public finance reform.",
     [{"value": 27.0, "unit": "rank", "rank": {"position": 27, "total": 63}}]),
    ("The province issued Plan No. 12/63 on reform in 2024.", []),
    # an ordinal set beside a figure, then the area it is held in: a rank in that area
    ("In 2022, the country's EGDI reached 0.7913, fourth in Southeast Asia and 86th in the "
     "world.",
     [{"value": 0.7913, "unit": "points"}, {"value": 4.0, "unit": "rank"},
      {"value": 86.0, "unit": "rank"}]),
    ("In 2022, Vietnam scored 0.71, placing it sixth in the region.",
     [{"value": 0.71, "unit": "points"}, {"value": 6.0, "unit": "rank"}]),
    # the region of a total's field is the field's, no holder of the score after it
    ("In 2023, Nam Dinh ranked 6th out of 11 provinces in the Red River Delta with 67.1 "
     "points.",
     [{"value": 6.0, "unit": "rank", "subject": "Nam Dinh",
       "rank": {"position": 6, "total": 11,
                "scope": "provinces in the Red River Delta region"}},
      {"value": 67.1, "unit": "points", "subject": "Nam Dinh"}]),
    ("In 2023, Tay Ninh scored 7.02 points in Proactivity, making it sixth in the nation.",
     [{"value": 7.02, "unit": "points"}, {"value": 6.0, "unit": "rank", "subject": "Tay Ninh"}]),
    ("In 2023, Tay Ninh climbed seven places, making it fifth in the whole nation.",
     [{"value": 5.0, "unit": "rank", "change": {"value": 7.0}}]),
    ("In 2023, Tay Ninh received 2,000 dossiers, making it the third time the centre broke "
     "its record.",
     [{"value": 2000.0, "unit": "dossier"}]),
    ("In 2023, the province's PAR Index was 88.1%, or 12th nationwide.",
     [{"value": 88.1, "unit": "%"}, {"value": 12.0, "unit": "rank"}]),
    # ... or followed by the area and the index it is held in, or by "nationally"
    ("In 2018 Hanoi was second of 63 provinces in the PAR Index; 9th nationwide in the PCI, "
     "rising 15 places against 2015.",
     [{"value": 2.0, "unit": "rank", "change": None},
      {"value": 9.0, "unit": "rank", "change": {"value": 15.0}}]),
    ("In 2018, Hanoi ranked second nationally in the ICT Index.",
     [{"value": 2.0, "unit": "rank", "subject": "Hanoi"}]),
    # ... but an ordinal of a first done, or with no figure beside it, is none
    ("Da Nang was the first in the country to pilot the model in 2023.", []),
    ("In 2023, Hue opened 12 centres, the third such network in the region.",
     [{"value": 12.0, "unit": "centre"}]),
    # holding meetings is no rank
    ("In 2024 the province holds 4 dialogues and 9 training courses.",
     [{"value": 4.0, "unit": "dialogue"}, {"value": 9.0, "unit": "training course"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RANK_LIST_CASES)
def test_ranks_listed_with_scores_and_rank_bounds(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
MOVE_PAST_A_YEAR_CASES = [
    # a rank move, the year compared with, then the rank it led to
    ("In 2019, Lai Chau's PAR Index climbed eleven places over 2018 to the 38th out of the 63 "
     "provinces.",
     [{"value": 38.0, "unit": "rank", "change": {"value": 11.0, "direction": "increase"},
       "previous": {"period": "2018"}}]),
    ("In 2021, Ninh Thuan rose four positions compared with 2020 to rank 22nd.",
     [{"value": 22.0, "unit": "rank", "change": {"value": 4.0, "direction": "increase"}}]),
    # the direction written after the move: "2 places up", "three places down"
    ("According to the PAR Index 2023, Kien Giang ranked 21st. It is 4 places up compared to "
     "2022.",
     [{"value": 21.0, "unit": "rank", "change": {"value": 4.0, "direction": "increase"}}]),
    ("Bac Kan moved 3 places down to 45th.",
     [{"value": 45.0, "unit": "rank", "change": {"value": 3.0, "direction": "decrease"}}]),
    # one position, step or notch is one place, as more of them are
    ("In Southeast Asia, Vietnam climbed to 4th place, up one position from 2022.",
     [{"value": 4.0, "unit": "rank", "change": {"value": 1.0, "unit": "place"}}]),
    ("Kon Tum moved up one notch to 50th.",
     [{"value": 50.0, "unit": "rank", "change": {"value": 1.0, "unit": "place"}}]),
    # a series once its first rank is written "number N": the later ones are bare numbers;
    # with three years each year's rank is a figure of its own
    ("The country has climbed steadily, from number 104 in 2012 to 95 in 2015 and 81 in 2019.",
     [{"value": 104.0, "unit": "rank", "period": "2012"},
      {"value": 95.0, "unit": "rank", "period": "2015", "previous": None},
      {"value": 81.0, "unit": "rank", "period": "2019"}]),
    ("Hoa Binh fell from No. 20 in 2021 to 33 in 2022.",
     [{"value": 33.0, "unit": "rank", "previous": {"value": 20.0, "period": "2021"}}]),
    ("Binh Phuoc ranked 14th in 2020, then 9 in 2022.",
     [{"value": 14.0, "unit": "rank"}, {"value": 9.0, "unit": "rank", "period": "2022"}]),
    # the earlier edition compared with may be named without its year
    ("In 2022, Vietnam's online service index rose nine places against the previous report "
     "to 72nd.",
     [{"value": 72.0, "unit": "rank", "change": {"value": 9.0, "direction": "increase"}}]),
    ("Lang Son slipped two places over the previous year to 40th.",
     [{"value": 40.0, "unit": "rank", "change": {"value": 2.0, "direction": "decrease"}}]),
    # a bare number after a rank that is no year's place is no rank
    ("Binh Phuoc ranked 14th in 2020 and 9 districts joined the scheme.",
     [{"value": 14.0, "unit": "rank"}, {"value": 9.0, "unit": "district"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), MOVE_PAST_A_YEAR_CASES)
def test_a_rank_move_past_the_year_compared_with(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
EARLIER_RANK_CASES = [
    # the rank moved from, written after the rank reached, with its time in words: the earlier
    # rank's year, not the figure's
    ("In 2021, Tay Ninh rose to 9th from 22nd a year earlier.",
     [{"value": 9.0, "period": "2021", "previous": {"period": "2020", "value": 22.0}}]),
    ("In 2021, Tay Ninh ranked 9th, up from 22nd the previous year.",
     [{"value": 9.0, "period": "2021", "previous": {"period": "2020", "value": 22.0}}]),
    ("In 2021, Tay Ninh climbed to ninth position from number 22 a year before.",
     [{"value": 9.0, "period": "2021", "previous": {"period": "2020", "value": 22.0}}]),
    # a comma between the move and the rank it led to
    ("In 2021, Tay Ninh climbed 13 places, to No. 9 from No. 22.",
     [{"value": 9.0, "unit": "rank", "previous": {"value": 22.0},
       "change": {"value": 13.0, "unit": "place", "direction": "increase"}}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), EARLIER_RANK_CASES)
def test_an_earlier_rank_written_after_the_rank_reached(nlp, text, expected):
    check(nlp, text, expected)


# A sentence that opens on the field and its size gives the total of the ranks after it;
# a count after the field, or a part of a field ("8 of the 10"), gives none.
# fmt: off
OPENING_FIELD_CASES = [
    ("Among 14 Mekong Delta provinces and cities, Vinh Long ranked 6th in 2024.",
     [{"value": 6.0, "unit": "rank", "rank": {"position": 6, "total": 14}}]),
    ("Out of 34 localities, Quang Tri placed 12th in the 2025 index.",
     [{"value": 12.0, "unit": "rank", "rank": {"position": 12, "total": 34}}]),
    ("Of the 63 provinces, Ben Tre came second in 2022.",
     [{"value": 2.0, "unit": "rank", "rank": {"position": 2, "total": 63}}]),
    ("Of 2,400 dossiers, 2,310 were settled on time in 2024 and the centre ranked 3rd.",
     [{"value": 2310.0}, {"value": 3.0, "unit": "rank", "rank": {"position": 3, "total": None}}]),
    ("In 2023 the city ranked first among 7 of the 9 sub-indices.",
     [{"value": 1.0, "unit": "rank", "rank": {"position": 1, "total": None}}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OPENING_FIELD_CASES)
def test_the_field_a_sentence_opens_on(nlp, text, expected):
    check(nlp, text, expected)
