"""Counts, parts of a whole and money (M12, M13, M15, M20)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # "the number of" a noun the unit list holds, then a bare count and its share
    (
        "By November 2025, the total number of surplus houses and land handled was 9,214, "
        "accounting for 58.2%.",
        [{"value": 9214.0, "unit": "house"}, {"value": 58.2, "unit": "%"}],
    ),
    (
        "In 2024 the number of facilities handed over was 412.",
        [{"value": 412.0, "unit": "facility"}],
    ),
    # a share is never a part a breakdown lists ("including" before it)
    (
        "In May 2024 online services were widely used, including 97.1% of birth registrations "
        "(up 0.4% on April) and 85.3% of passport applications.",
        [{"value": 97.1, "unit": "%", "change": {"value": 0.4}}, {"value": 85.3, "unit": "%"}],
    ),
    # a count in words needs a listed noun: platforms are one
    (
        "By 2025 the province had put five shared platforms into service.",
        [{"value": 5.0, "unit": "shared platform"}],
    ),
    # a list of objects a verb lowers "by" a count: each item counts its own object
    (
        "In 2025 the city will reduce officials by 310 people, commune civil servants by 1,204 "
        "and contract workers paid by the budget by 96.",
        [
            {"value": 310.0, "unit": "person"},
            {"value": 1204.0, "unit": "commune civil servant"},
            {"value": 96.0, "unit": "contract worker"},
        ],
    ),
    # land an inspection recovered or found misused is a result; an area alone is no metric
    (
        "In 2024 inspectors recovered 2,815 hectares of land and found violations on 95 ha of "
        "land.",
        [{"value": 2815.0, "unit": "hectare"}, {"value": 95.0, "unit": "hectare"}],
    ),
    ("The new service centre has an area of 2.4 hectares.", []),
    ("In 2024 the industrial park covered 380 hectares and drew 25 projects.", []),
    # "APs": the press's abbreviation of administrative procedures
    (
        "In 2025 ministries streamlined 1,315 APs.",
        [{"value": 1315.0, "unit": "administrative procedure"}],
    ),
    # ... the singular after a slash count too; "point models" are models (pilot schemes)
    (
        "By 2024 there were 1,126/1,934 simplified AP.",
        [{"value": 1126.0, "unit": "simplified administrative procedure", "out_of": 1934.0}],
    ),
    (
        "The city keeps 38 point models under Project 06.",
        [{"value": 38.0, "unit": "point model"}],
    ),
    # a count broken down by holder in the bracket right after it: each part counts the same
    (
        "In 2024 the province listed 56 administrative procedures (Department of Justice: 38; "
        "Department of Health: 18).",
        [
            {"value": 56.0, "unit": "administrative procedure"},
            {"value": 38.0, "unit": "administrative procedure", "subject": "Department of Justice"},
            {"value": 18.0, "unit": "administrative procedure", "subject": "Department of Health"},
        ],
    ),
    # 63 (the provinces' old count) is the whole country only when it counts places
    (
        "In 2024 the province announced a total of 63 administrative procedures.",
        [{"value": 63.0, "unit": "administrative procedure"}],
    ),
    ("In 2024 Hanoi led all 63 localities in online payments.", []),
    (
        "The province has 1,952 administrative procedures.",
        [{"value": 1952.0, "unit": "administrative procedure"}],
    ),
    # dots grouping thousands in a count of things; a score keeps its decimals
    (
        "The centre settled 12.406 dossiers on time and 1.275 dossiers late.",
        [{"value": 12406.0, "unit": "dossier"}, {"value": 1275.0, "unit": "dossier"}],
    ),
    (
        "Ha Giang scored 41.625 points in the index.",
        [{"value": 41.625, "unit": "points"}],
    ),
    # a bare count that acts counts the group it is taken from; the bar after it is no metric
    (
        "Among the 34 provinces, four had SIPAS scores above 85 percent in 2025.",
        [{"value": 4.0, "unit": "province", "metric": "provinces", "period": "2025"}],
    ),
    (
        "Of the 2,900 dossiers filed online, 2,750 were settled early.",
        [{"value": 2750.0, "unit": "dossier", "out_of": 2900.0}],
    ),
    ("Of the budget, three went to training.", []),
    # a level inside the counted noun phrase is no count of its own
    (
        "The ministry has activated 47 million level 2 e-identification accounts.",
        [{"value": 47000000.0, "unit": "e-identification account"}],
    ),
    (
        "Ninh Thuan provides 860 level-4 online public services.",
        [{"value": 860.0, "unit": "online public service"}],
    ),
    # a possessive noun modifies the noun counted after it
    (
        "The force closed 12 people's police schools and 40 district police units.",
        [
            {"value": 12.0, "unit": "people's police school"},
            {"value": 40.0, "unit": "district police unit"},
        ],
    ),
    # "against" compares only with a figure before it
    (
        "Inspectors proposed sanctions against 1,400 organisations and 2,700 individuals.",
        [{"value": 1400.0, "unit": "organisation"}, {"value": 2700.0, "unit": "individual"}],
    ),
    # "focal points" are counted, not scored
    (
        "The number of focal points was reduced from 16 to 12 central focal points.",
        [{"value": 12.0, "unit": "central focal point", "previous": {"value": 16.0}}],
    ),
    # a verb and a qualifier before a count name no measure: the counted noun does
    (
        "The ministry activated over 65 million electronic identification accounts.",
        [{"value": 65000000.0, "metric": "electronic identification accounts activated"}],
    ),
    # an existential "there" measures nothing: the counted noun does
    (
        "There are 126 commune-level units in the new province.",
        [{"value": 126.0, "metric": "commune-level units"}],
    ),
    (
        "The centre received 17,675 dossiers in 2024.",
        [{"value": 17675.0, "unit": "dossier", "period": "2024"}],
    ),
    (
        "The province received 34,530 dossiers, 24,558 of them online.",
        [{"value": 34530.0, "unit": "dossier"}, {"value": 24558.0, "unit": "dossier"}],
    ),
    (
        "The portal offers 4,400 online public services.",
        [{"value": 4400.0, "unit": "online public service"}],
    ),
    # working groups set up are counted; groups a list is divided into are not
    (
        "In 2025 the Provincial People's Committee set up 6 working groups.",
        [{"value": 6.0, "unit": "working group"}],
    ),
    ("The tasks are divided into 3 groups.", []),
    (
        "The province handled 1.1 million dossiers in 2024.",
        [{"value": 1100000.0, "unit": "dossier"}],
    ),
    (
        "The commune completed 67/83 tasks, equal to 81%.",
        [{"value": 67.0, "unit": "task", "out_of": 83.0}, {"value": 81.0, "unit": "%"}],
    ),
    (
        "Officials finished 123/327 procedures, i.e. 37.6%.",
        [{"value": 123.0, "unit": "procedure", "out_of": 327.0}, {"value": 37.6, "unit": "%"}],
    ),
    # ... with the share in brackets before the noun: both figures, the noun after the share
    (
        "So far, 57/57 (100%) tasks of the project have been completed.",
        [{"value": 57.0, "unit": "task", "out_of": 57.0}, {"value": 100.0, "unit": "%"}],
    ),
    (
        "In 2024, 45/50 (90 percent) communes had a one-stop department.",
        [{"value": 45.0, "unit": "commune", "out_of": 50.0}, {"value": 90.0, "unit": "%"}],
    ),
    # the whole after a count, its noun and "out of a total of" is the count's
    (
        "In 2024 the ministry offered 312 online services (out of a total of 540 procedures).",
        [{"value": 312.0, "unit": "online service", "out_of": 540.0}],
    ),
    (
        "The province will cut 2,100 positions out of a total of 18,450 staff positions.",
        [{"value": 2100.0, "out_of": 18450.0}],
    ),
    # paragraphs a scraped page glued together ("... of the city.Three out of ...") are
    # sentences of their own: the number in words opening the second is a count
    (
        "In 2019, 88.2% of residents were satisfied with the city's services.Four out of the "
        "six district agencies were rated very good.",
        [{"value": 88.2, "unit": "%"}, {"value": 4.0, "unit": "district agency", "out_of": 6.0}],
    ),
    (
        "In 2020, no district scored under 70.Twelve of the 14 departments scored above 85 points.",
        [{"value": 12.0, "unit": "department", "out_of": 14.0}],
    ),
    # ... but a stop inside a site's name ends nothing
    (
        "VnExpress.Net reported that the ministry cut 120 procedures in 2023.",
        [{"value": 120.0, "unit": "procedure"}],
    ),
    # a whole written first, "of" opening the clause, is the whole of the count after it
    (
        "Of the 240 procedures the province reviewed, 188 are now offered online.",
        [{"value": 188.0, "unit": "procedure", "out_of": 240.0}],
    ),
    (
        "Inspectors said that, of 6,400 idle offices checked in 41 provinces, 1,950 will be sold.",
        [
            {"value": 41.0, "unit": "province"},
            {"value": 1950.0, "unit": "idle office", "out_of": 6400.0, "kind": "target"},
        ],
    ),
    (
        "Of the 19 departments, 14 cut their processing time, while 5 departments did not.",
        [
            {"value": 14.0, "unit": "department", "out_of": 19.0},
            {"value": 5.0, "unit": "department", "out_of": 19.0},
        ],
    ),
    # "out of" opening the clause announces the part, whatever noun counts it
    (
        "Out of 412 internal procedures, 260 have been published online.",
        [{"value": 260.0, "unit": "internal procedure", "out_of": 412.0}],
    ),
    (
        "So, out of 18 wards, 15 localities were rated good in 2024.",
        [{"value": 15.0, "unit": "locality", "out_of": 18.0}],
    ),
    # ... and the whole a share is taken of is no metric: the share is the figure
    (
        "The reform removed 11,200 jobs in 2016, about 0.5 percent of the 2.3 million posts.",
        [{"value": 11200.0, "unit": "job"}, {"value": 0.5, "unit": "%"}],
    ),
    (
        "Nearly 40% of the 3,321 new communes (1,290 communes) share a service centre.",
        [{"value": 40.0, "unit": "%"}, {"value": 1290.0, "unit": "commune", "out_of": 3321.0}],
    ),
    # a whole that opens no clause is a figure of its own
    (
        "The inspection of 120 procedures found 31 procedures that could be cut.",
        [{"value": 120.0, "unit": "procedure"}, {"value": 31.0, "unit": "procedure"}],
    ),
    # a whole described as the current, existing or total one is still the count's whole
    (
        "Minister Tra said 412 out of the current 696 districts fall short of the standards.",
        [{"value": 412.0, "unit": "district", "out_of": 696.0}],
    ),
    (
        "About 5,300 of the existing 10,500 communes will be merged by 2025.",
        [{"value": 5300.0, "unit": "commune", "out_of": 10500.0, "kind": "target"}],
    ),
    (
        "In 2024 the city settled 84,210 out of the total 85,006 dossiers on time.",
        [{"value": 84210.0, "unit": "dossier", "out_of": 85006.0}],
    ),
    # a whole rounded as a figure is ("of nearly 6,800"), after "out of (a) total (of)"
    (
        "By March the portal offered more than 2,800 out of total nearly 6,800 public services.",
        [{"value": 2800.0, "unit": "public service", "out_of": 6800.0, "approximate": True}],
    ),
    (
        "The portal offers 3,100 out of a total of about 6,500 public services.",
        [
            {
                "value": 3100.0,
                "unit": "public service",
                "out_of": 6500.0,
                "approximate": False,
                "metric": "public services",
            }
        ],
    ),
    (
        "Some 41 of nearly 60 communes have opened a service desk.",
        [{"value": 41.0, "unit": "commune", "out_of": 60.0}],
    ),
    # laws and conferences are counted too
    (
        "In 2023 the Government submitted four laws and held two national conferences on reform.",
        [{"value": 4.0, "unit": "law"}, {"value": 2.0, "unit": "national conference"}],
    ),
    # committees, commissions, bureaus and (sub-)departments are counted, in words too
    (
        "Under the plan the National Assembly will drop three committees, and the ministry "
        "keeps two bureaus and five sub-departments.",
        [
            {"value": 3.0, "unit": "committee"},
            {"value": 2.0, "unit": "bureau"},
            {"value": 5.0, "unit": "sub-department"},
        ],
    ),
    # ... or after "of its": the holder's own whole
    (
        "The ward centre now staffs 14 of its 20 service counters.",
        [{"value": 14.0, "unit": "service counter", "out_of": 20.0}],
    ),
    # a part of a whole counts the people a service reached, a noun not counted on its own
    (
        "By June the town had issued chip-based ID cards to 41,203 of its 41,950 residents.",
        [{"value": 41203.0, "unit": "resident", "out_of": 41950.0}],
    ),
    ("The town has 41,950 residents.", []),
    # the items of a list opened by a colon or a dash share the count's noun
    (
        "The decrees move 212 procedures: 31 to provincial level and 164 to communes.",
        [
            {"value": 212.0, "unit": "procedure"},
            {"value": 31.0, "unit": "procedure"},
            {"value": 164.0, "unit": "procedure"},
        ],
    ),
    (  # "handed down": the particle is the verb's, no change cue
        "Ministries handed down 95 tasks - 60 to provinces, 35 to communes.",
        [
            {"value": 95.0, "unit": "task"},
            {"value": 60.0, "unit": "task"},
            {"value": 35.0, "unit": "task"},
        ],
    ),
    (
        "21 of 22 ministries and 61 of 63 provinces have connected to the system.",
        [
            {"value": 21.0, "unit": "ministry", "out_of": 22.0},
            {"value": 61.0, "unit": "province", "out_of": 63.0},
        ],
    ),
    # a listed count keeps its own noun; only a bare one shares the noun before it
    (
        "Inspectors visited 9 localities, 6 economic groups and 4 universities in 2022.",
        [
            {"value": 9.0, "unit": "locality"},
            {"value": 6.0, "unit": "economic group"},
            {"value": 4.0, "unit": "university"},
        ],
    ),
    (  # items of a list split by semicolons share the count's noun too
        "Payrolls shrank by 24,300 posts, including 6,100 in 2016; 8,900 in 2017; 9,300 in 2018.",
        [
            {"value": 24300.0, "unit": "post"},
            {"value": 6100.0, "unit": "post", "period": "2016"},
            {"value": 8900.0, "unit": "post", "period": "2017"},
            {"value": 9300.0, "unit": "post", "period": "2018"},
        ],
    ),
    (
        "The portal took 5,300 requests from ministries and 8,100 from localities in 2021.",
        [{"value": 5300.0, "unit": "request"}, {"value": 8100.0, "unit": "request"}],
    ),
    (
        "The district met seven of nine models in 2024.",
        [{"value": 7.0, "unit": "model", "out_of": 9.0}],
    ),
    (
        "The country now has 34 provincial-level units and 3,321 communes.",
        [{"value": 34.0, "unit": "provincial-level unit"}, {"value": 3321.0, "unit": "commune"}],
    ),
    (
        "The reform saved over VND2.5 trillion a year.",
        [{"value": 2.5e12, "unit": "VND", "approximate": True}],
    ),
    ("The province attracted $6.83 billion in 2024.", [{"value": 6.83e9, "unit": "USD"}]),
    (
        "Compliance costs fell by nearly VND 50 billion in 2024.",
        [{"value": 5e10, "unit": "VND", "approximate": True}],
    ),
    ("The project costs 3.5 billion dong.", [{"value": 3.5e9, "unit": "VND"}]),
    # a sum paid out of a sum due, both scaled by the word after the slash
    (
        "The district has recovered 12.3/20.5 billion VND of misused funds.",
        [{"value": 1.23e10, "unit": "VND", "out_of": 2.05e10}],
    ),
    # a sum's parts are figures after "includes" or "including", as a count's are
    (
        "The fund holds VND12.4 trillion. This includes VND8.1 trillion for ministries.",
        [{"value": 1.24e13, "unit": "VND"}, {"value": 8.1e12, "unit": "VND"}],
    ),
    (
        "Some VND3.2 trillion was paid out, including VND1.1 trillion for commune staff.",
        [{"value": 3.2e12, "unit": "VND"}, {"value": 1.1e12, "unit": "VND"}],
    ),
    ("The system holds 20 million accounts.", [{"value": 2e7, "unit": "account"}]),
    (
        "The province streamlined 1,205 civil servants in 2024.",
        [{"value": 1205.0, "unit": "civil servant"}],
    ),
    (
        "The centre served roughly 80 visitors a day.",
        [{"value": 80.0, "unit": "visitor", "approximate": True}],
    ),
    ("The ward cut close to 300 legal documents in 2024.", [{"value": 300.0, "approximate": True}]),
    (
        "The centre recorded 12 kiosks and three databases.",
        [{"value": 12.0, "unit": "kiosk"}, {"value": 3.0, "unit": "database"}],
    ),
    ("The commune handled 5 out of 3 procedures.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
COUNTED_NOUN_CASES = [
    ("In 2024, the number of resignations in the public sector was 8,410.",
     [{"value": 8410.0, "unit": "resignation"}]),
    # "OPS": online public services by their acronym
    ("The provincial portal now provides 1,816 OPS, of which 1,051 OPS are at level 4.",
     [{"value": 1816.0, "unit": "online public service"},
      {"value": 1051.0, "unit": "online public service"}]),
    # ... and by the Vietnamese acronyms translated pages keep ("DVCTT", "TTHC")
    ("In 2024 the provincial system provided 1,532 DVCTT, including 866 full-process "
     "public services.",
     [{"value": 1532.0, "unit": "online public service"},
      {"value": 866.0, "unit": "full-process public service"}]),
    ("In 2023 the centre received dossiers for 412 TTHC.",
     [{"value": 412.0, "unit": "administrative procedure"}]),
    ("The VNeID application now offers 42 utilities.", [{"value": 42.0, "unit": "utility"}]),
    ("The database has answered more than 1.9 billion verification requests.",
     [{"value": 1.9e9, "unit": "verification request", "approximate": True}]),
    ("As of March 6, 2025, 596 people had retired early.", [{"value": 596.0, "unit": "person"}]),
    ("The province dissolved 11 divisions under departments.", [{"value": 11.0, "unit": "division"}]),
    # the number of a body's deputy posts is a figure of its staffing
    ("After the merger, the Ministry of Finance has 6 Deputy Ministers.",
     [{"value": 6.0, "unit": "deputy minister", "subject": "Ministry of Finance"}]),
    ("A newly formed province may have up to three vice chairpersons of the People's Council "
     "in 2025.", [{"value": 3.0, "unit": "vice chairperson"}]),
    ("In 2025 each merged department keeps no more than 4 deputy directors.",
     [{"value": 4.0, "unit": "deputy director", "approximate": True}]),
    # attendance is no metric, whatever the noun
    ("About 300 people attended the conference.", []),
    ("Some 40 deputy ministers attended the review.", []),
    # pilot localities are no metric (SPEC 7), with their place or a second noun between
    ("Ten communes of Quang Ngai will pilot the new land procedures in June.", []),
    ("Meanwhile, the remaining 86 communes and wards pilot the online service.", []),
    ("Some 120 officials of Ha Tinh attended the review.", []),
    ("Twelve communes of Quang Ngai settled 98% of dossiers on time.",
     [{"value": 12.0, "unit": "commune"}, {"value": 98.0}]),
    ("Some 120 officials took part in the training.", []),
    # a bare count shares the noun its sentence gave before
    ("The province received 203,112 dossiers, of which 184,912 were settled on time.",
     [{"value": 203112.0, "unit": "dossier"}, {"value": 184912.0, "unit": "dossier"}]),
    ("The centre received 138,313 dossiers; 87,119 had their results returned at the counters.",
     [{"value": 138313.0}, {"value": 87119.0, "unit": "dossier"}]),
    ("It reviewed 1,717 administrative procedures: 1,421 at provincial level and 296 at "
     "district level.", [{"value": 1717.0}, {"value": 1421.0, "unit": "administrative procedure"},
                         {"value": 296.0, "unit": "administrative procedure"}]),
    ("Of 83 tasks, 67 had been completed while 16 were behind schedule.",
     [{"value": 67.0, "unit": "task", "out_of": 83.0}, {"value": 16.0, "unit": "task", "out_of": 83.0}]),
    ("In 2024, 25 were late.", []),
    # a share "of which" measures what the count before counts; the pronoun names nothing
    ("The centre received 64,000 dossiers, 98.9% of which were settled on time.",
     [{"value": 64000.0, "unit": "dossier"},
      {"value": 98.9, "unit": "%", "metric": "dossiers settled on time"}]),
    # a second verb of the same count: "received N dossiers and settled M"
    ("In May the ward received 1,480 dossiers and resolved 1,402; of these, 1,390 were on time.",
     [{"value": 1480.0, "unit": "dossier"}, {"value": 1402.0, "unit": "dossier"},
      {"value": 1390.0, "unit": "dossier"}]),
    # a bracket that breaks a count down is an aside: "of which" after it counts the count's
    # noun, and the bracket's own figure is named without the bracket
    ("The one-stop shop took in 2,960 applications (including 1,115 online submissions), of "
     "which 2,902 were handled on time.",
     [{"value": 2960.0, "unit": "application"},
      {"value": 1115.0, "unit": "online submission", "metric": "online submissions"},
      {"value": 2902.0, "unit": "application"}]),
    ("The ward handled 640 records (among them 210 filed online); of these, 622 were on time.",
     [{"value": 640.0, "unit": "record"}, {"value": 210.0, "unit": "record"},
      {"value": 622.0, "unit": "record"}]),
    # "among N ..." names the field, not a result; the average is then a figure of its own
    ("Among 17 ministries and ministerial-level agencies, the average was 86.52 per cent.",
     [{"value": 86.52, "unit": "%"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COUNTED_NOUN_CASES)
def test_counted_nouns_and_attendance(nlp, text, expected):
    check(nlp, text, expected)


def test_a_breakdown_after_a_count_of_the_sentence_before(nlp):
    check(
        nlp,
        "The centre settled 41,111 dossiers. Of these, 16,110 (39.19 per cent) were completed "
        "ahead of schedule and 116 (0.28 per cent) late.",
        [
            {"value": 41111.0, "unit": "dossier"},
            {"value": 16110.0, "unit": "dossier"},
            {"value": 39.19, "unit": "%"},
            {"value": 116.0, "unit": "dossier"},
            {"value": 0.28, "unit": "%"},
        ],
    )


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("english", "expected"),
    [
        (
            "The province will keep about 1,200 civil servants after the merger.",
            {"value": 1200.0, "unit": "civil servant"},
        ),
        ("Some 2,350 records were handled online last month.", {"value": 2350.0}),
    ],
)
def test_a_bilingual_page_reads_its_english_paragraphs_in_english(nlp, english, expected):
    """A page that follows each English paragraph with its Vietnamese translation is mostly
    Vietnamese by its letters; its English paragraphs still group thousands with commas."""
    vietnamese = (
        "Tỉnh dự kiến giữ lại khoảng 1.200 công chức sau khi sắp xếp, theo kế hoạch của "
        "Sở Nội vụ được công bố vào thứ Sáu tuần trước."
    )
    text = "\n\n".join([vietnamese, english, vietnamese, vietnamese])
    check(nlp, text, [expected])


def test_interview_samples_are_no_metrics(nlp):
    check(
        nlp, "The 16th edition is based on interviews with 18,894 randomly selected citizens.", []
    )


# fmt: off
# Issue 9: counts of nouns no cue file lists, and spaces lost in scraping.
ANY_NOUN_CASES = [
    # Party members disciplined are a result, not an attendance
    ("Inspection commissions disciplined 606 Party organisations and 24,162 Party members, "
     "up 12% from 2022.",
     [{"value": 606.0}, {"value": 24162.0, "unit": "Party member",
                         "change": {"value": 12.0, "direction": "increase"}}]),
    # a noun spelled like a plural that is none ("news"), and one modifying a listed noun
    ("In 2024 the portal posted 1,540 news and the customs sector set up 12 mobile customs "
     "teams.",
     [{"value": 1540.0, "unit": "news"}, {"value": 12.0, "unit": "mobile customs team"}]),
    # a list's later items after a count given "by" a verb: each its plural noun and "by"
    ("In Phu Tho, the number of divisions was cut by 7, leadership posts by 11, and deputy "
     "directors by 3.",
     [{"value": 7.0, "unit": "division"}, {"value": 11.0, "unit": "leadership post"},
      {"value": 3.0, "unit": "deputy director"}]),
    # a count of the places "the number of" is of narrows what is counted; no figure of its own
    ("The number of specialised agencies under the People's Committees of 9 districts and "
     "towns is reduced by 18.",
     [{"value": 18.0, "unit": "specialised agency"}]),
    # ratings counted by level before "were": each level's votes; "average votes" is a level
    ("The centre took 2,030 reviews of its staff. In which, satisfied votes were 1,990, "
     "average votes were 31 and dissatisfied votes were 9.",
     [{"value": 2030.0, "unit": "review"}, {"value": 1990.0, "unit": "vote"},
      {"value": 31.0, "unit": "vote", "average": None}, {"value": 9.0, "unit": "vote"}]),
    # a listed singular noun before a plural one modifies it
    ("The province has three service providers for cashless payments.",
     [{"value": 3.0, "unit": "service provider"}]),
    ("The ward centre runs 14 service counters with 14 staff members.",
     [{"value": 14.0, "unit": "service counter"}, {"value": 14.0, "unit": "staff member"}]),
    # a part whose noun follows a linking verb counts that noun
    ("The city now has 126 units, of which 51 are wards and 75 are communes.",
     [{"value": 126.0}, {"value": 51.0, "unit": "ward", "metric": "wards"},
      {"value": 75.0, "unit": "commune", "metric": "communes"}]),
    ("Of the inspections, 3,245 were administrative inspections, a fall of 8.7 percent.",
     [{"value": 3245.0, "metric": "administrative inspections",
       "change": {"value": 8.7, "direction": "decrease"}}]),
    ("Of the 40 new staff, 12 were inspectors.",
     [{"value": 40.0}, {"value": 12.0, "unit": "inspector"}]),
    # one item of a list of counts, in the singular, counts its own noun
    ("After the merger the district has 30 units: 28 communes and 1 town.",
     [{"value": 30.0}, {"value": 28.0, "unit": "commune"}, {"value": 1.0, "unit": "town"}]),
    ("The centre was fitted with 3 scanners, 1 photocopier and 4 computers.",
     [{"value": 3.0, "unit": "scanner"}, {"value": 1.0, "unit": "photocopier"},
      {"value": 4.0, "unit": "computer"}]),
    ("The province keeps eight districts and one city with 154 communes.",
     [{"value": 8.0, "unit": "district"}, {"value": 1.0, "unit": "city"},
      {"value": 154.0, "unit": "commune"}]),
    # ... not a standard's "or one", nor a ratio's "for one"
    ("Each province needs 9 districts or more, with at least one city or one town.",
     [{"value": 9.0, "unit": "district"}]),
    ("Eight people competed for one seat.", [{"value": 8.0, "unit": "person"}]),
    ("The provincial People's Committee issued 22 decisions on procedure lists.",
     [{"value": 22.0, "unit": "decision"}]),
    ("The merger will cut 80,000 state jobs.", [{"value": 80000.0, "unit": "state job"}]),
    ("The centre completed 6 comparisons of customer data.",
     [{"value": 6.0, "unit": "comparison"}]),
    ("Biometric checks are now run by 57 credit institutions.",
     [{"value": 57.0, "unit": "credit institution"}]),
    ("By June, 9,870 medical examination and treatment facilities accepted the new ID cards.",
     [{"value": 9870.0, "unit": "medical examination and treatment facility"}]),
    ("Ministries have streamlined 437administrative procedures.",
     [{"value": 437.0, "unit": "administrative procedure"}]),
    # a count in the tens of thousands after "including" is a result, not a body's make-up
    ("By 2024 the app held several kinds of papers, including over 12.5 million driving "
     "licences and 3.1 million vehicle registrations.",
     [{"value": 12.5e6, "unit": "driving licence"}, {"value": 3.1e6, "unit": "vehicle registration"}]),
    # "the number of" counts a plural before "from ... to", listed or not
    ("Under the 2025 plan, the number of provincial-level departments fell from 1,240 to 780.",
     [{"value": 780.0, "unit": "provincial-level department", "previous": {"value": 1240.0}}]),
    ("In 2025 the Government cut the number of government bodies from 30 to 22.",
     [{"value": 22.0, "unit": "government body", "previous": {"value": 30.0}}]),
    # ... past what else it counts and leaves out, set off by commas
    ("In 2022 the total number of officials, civil servants and public employees, excluding "
     "those at the Ministry of Defence and at commune level, will be cut to 98,400.",
     [{"value": 98400.0, "unit": "official"}]),
    # ... also after the change verb and its auxiliaries
    ("In 2024 the number of mass associations dropped from 41 to 26.",
     [{"value": 26.0, "unit": "mass association", "previous": {"value": 41.0}}]),
    ("In 2025 the number of press organisations has decreased from 17 to 9.",
     [{"value": 9.0, "unit": "press organisation", "previous": {"value": 17.0}}]),
    # a word ending in "ss" is no plural: the noun after it is counted
    ("In 2025 the Front merged 12 mass associations into 5.",
     [{"value": 5.0, "unit": "mass association", "previous": {"value": 12.0}}]),
    # a verb ending in "s" after a number is no plural noun it counts
    ("After the 2025 arrangement, Ward 2 includes the former Lac Long ward.", []),
    # a count of one in digits takes the singular of a counted plural
    ("In 2020, Cao Bang reduced 3 districts and Hoa Binh reduced 1 district.",
     [{"value": 3.0, "unit": "district"}, {"value": 1.0, "unit": "district"}]),
    ("In 2025 each ward keeps only one account for its leaders.", []),
    # a number that names a place is no count
    ("In 2024, District 10 handles land documents within one day.",
     [{"value": 1.0, "unit": "day"}]),
    ("In 2025 the decision appointed 9 comrades to the new Standing Committee.", []),
    ("In 2025, Group 3 remains the largest of the city's residential groups.", []),
    # "others" counts what the count before it counts
    ("In the 2024 SIPAS, 41 provinces moved up, 19 others slipped.",
     [{"value": 41.0, "unit": "province"}, {"value": 19.0, "unit": "province"}]),
    ("Of the ministries, 11 ministries raised their scores and six others lost ground.",
     [{"value": 11.0, "unit": "ministry"}, {"value": 6.0, "unit": "ministry"}]),
    # a part of a whole of such nouns: the part is the figure, in the singular
    ("As many as 41 out of 45 district tax offices now accept e-dossiers.",
     [{"value": 41.0, "unit": "district tax office", "out_of": 45.0}]),
    ("Up to 28 out of 30 commercial banks have linked to the payment gateway.",
     [{"value": 28.0, "unit": "commercial bank", "out_of": 30.0}]),
    ("Only 6 out of 10 bank branches joined the scheme.",
     [{"value": 6.0, "unit": "bank branch", "out_of": 10.0}]),
    # ... and parts of an index's structure that did something, in a sentence of scores
    ("Comparing scores, 5/8 component indexes of Ha Giang increased in 2024.",
     [{"value": 5.0, "unit": "component index", "out_of": 8.0}]),
    # ... and what they did in the index's own words: advanced, picked up, went down
    ("In the PCI 2019, seven out of 10 component indicators advanced.",
     [{"value": 7.0, "unit": "component indicator", "out_of": 10.0}]),
    ("In the PCI 2020, 15 out of 17 component indicators picked up.",
     [{"value": 15.0, "unit": "component indicator", "out_of": 17.0}]),
    ("Comparing scores, 3/8 areas had decreased scores in 2024.",
     [{"value": 3.0, "unit": "area", "out_of": 8.0}]),
    # ... irregular plurals too
    ("Kon Tum improved on 5 out of 8 governance axes in 2024.",
     [{"value": 5.0, "unit": "governance axis", "out_of": 8.0}]),
    ("So far 19 of 25 essential e-services run fully online.",
     [{"value": 19.0, "unit": "essential e-service", "out_of": 25.0}]),
    # each count with a modifier of its own, the noun written once after the last
    ("The portal lists 604 level-3 and 911 level-4 online public services.",
     [{"value": 604.0, "unit": "online public service"},
      {"value": 911.0, "unit": "online public service"}]),
    ("After the merger the province has 9 district-level and 121 commune-level units.",
     [{"value": 9.0, "unit": "district-level unit"},
      {"value": 121.0, "unit": "commune-level unit"}]),
    # a bare count of the people just counted
    ("The centre received 1,200 visitors, of whom about 950 used the kiosks.",
     [{"value": 1200.0, "unit": "visitor"},
      {"value": 950.0, "unit": "visitor", "metric": "visitors used the kiosks"}]),
    # nouns that make digits no count of results
    ("The index is built from 142 indicators in 10 sub-indices.", []),
    ("The reform has 3 levels and 4 phases.", []),
    ("Lawmakers approved the merger plan by 470 ballots.", []),
    ("The Government approved 34 plans for the arrangement.", []),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), ANY_NOUN_CASES)
def test_counts_of_any_noun(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# A count merged "into" another: the second is the count now, the first its previous value,
# and the first is no metric of its own.
MERGED_INTO_CASES = [
    # "from ... to" after a verb of merging: the count before and the count after
    ("Under the plan, Kien An District is rearranged from 12 wards to 4 wards.",
     [{"value": 4.0, "unit": "ward", "subject": "Kien An District", "previous": {"value": 12.0}}]),
    # ... not "merged from" a count that became nothing written after it
    ("The new Tam Duong commune (merged from 3 units, Ban Hon commune and Tam Duong town) opened.",
     [{"value": 3.0, "unit": "unit", "previous": None}]),
    # a capitalised plural after "into" counts what the units became
    ("Under the plan, 63 provincial Tax Departments will be consolidated into 20 regional "
     "Tax Branches.",
     [{"value": 20.0, "unit": "regional tax branch", "previous": {"value": 63.0}}]),
    ("Eight ministries are merged into four.",
     [{"value": 4.0, "unit": "ministry", "metric": "ministries", "subject": "national",
       "previous": {"value": 8.0}}]),
    ("In 2025, 12 departments were merged into 7 departments.",
     [{"value": 7.0, "unit": "department", "period": "2025", "previous": {"value": 12.0}}]),
    ("Binh Dinh plans to merge 155 communes and wards into 58 new units.",
     [{"value": 58.0, "kind": "target", "subject": "Binh Dinh", "previous": {"value": 155.0}}]),
    ("The country will merge 10,035 communes into 3,321.",
     [{"value": 3321.0, "unit": "commune", "metric": "communes", "previous": {"value": 10035.0}}]),
    ("Hoan Kiem district will merge its 18 wards into just four.",
     [{"value": 4.0, "unit": "ward", "previous": {"value": 18.0}}]),
    ("In 2020, 56 communes in Quang Tri were merged to form 25 new communes.",
     [{"value": 25.0, "previous": {"value": 56.0}}]),
    # ... or counted again after the change, with a verb of having
    ("In 2025 the Ministry of Justice has 31 units (including 2 units from the Government "
     "Office); after the restructuring there are 23 units.",
     [{"value": 2.0, "unit": "unit"},
      {"value": 23.0, "unit": "unit", "metric": "units after the restructuring",
       "previous": {"value": 31.0}}]),
    ("In 2024 Tan Phu district had 11 wards, and after the merger it has only 4 wards.",
     [{"value": 4.0, "unit": "ward", "previous": {"value": 11.0}}]),
    # ... or with a verb of forming or remaining after the later count, which may count other
    # units of the same level; or with "the number will be reduced to"
    ("In 2025 Thanh Ha district has 21 commune-level units; after the arrangement, 7 communes "
     "will be established.",
     [{"value": 7.0, "unit": "commune", "kind": "target", "previous": {"value": 21.0}}]),
    ("In 2025 Gia Loc district has 18 commune-level units, after the merger, 6 communes will "
     "remain.",
     [{"value": 6.0, "unit": "commune", "previous": {"value": 18.0}}]),
    ("In 2025 Nam Sach district has 19 communes; after the arrangement, the number will be "
     "reduced to 6 communes.",
     [{"value": 6.0, "unit": "commune", "previous": {"value": 19.0}}]),
    # ... or named otherwise after "from ... to", the things counted the same
    ("In 2025 the province cut its bodies from 61 specialised departments and branches to "
     "44 units.",
     [{"value": 44.0, "unit": "unit", "previous": {"value": 61.0}}]),
    # ... or in a sentence of its own, each opening on the state before and after
    ("Lai Chau merges communes\n\n14/06/2025\n\nBefore the rearrangement, Lai Chau province "
     "had 106 commune-level units. The council approved the plan.\n\nAfter the "
     "rearrangement, Lai Chau province has 38 commune-level units.",
     [{"value": 38.0, "unit": "commune-level unit", "previous": {"value": 106.0}}]),
    # ... but not another holder's count
    ("Units merged\n\n14/06/2025\n\nBefore the merger, Lai Chau province had 106 communes. "
     "After the merger, Dien Bien province has 45 communes.",
     [{"value": 106.0, "subject": "Lai Chau"}, {"value": 45.0, "previous": None}]),
    # ... not a count of what moved after it
    ("In 2025 the district had 11 wards; after the merger, 3 wards moved to the city.",
     [{"value": 11.0, "unit": "ward"}, {"value": 3.0, "unit": "ward"}]),
    # a plan's merger: the second count is its goal
    ("The plan will merge 10,035 communes into 3,321.",
     [{"value": 3321.0, "kind": "target", "metric": "communes", "previous": {"value": 10035.0}}]),
    # the second count's own noun is what it counts
    ("The city merged 12 agencies into 5 bureaus in 2025.",
     [{"value": 5.0, "metric": "bureaus", "period": "2025", "previous": {"value": 12.0}}]),
    # a whole ("its", "the country's") reduced "to" a smaller count
    ("The resolution cuts the country's 63 provinces and cities to just 34.",
     [{"value": 34.0, "unit": "province", "subject": "national", "previous": {"value": 63.0}}]),
    ("Hoan Kiem will cut its 18 wards to 4.",
     [{"value": 4.0, "unit": "ward", "previous": {"value": 18.0}}]),
    # ... but a bare count cut "to" a figure is the amount cut: no whole before it
    ("The district cut 3 units to just 18.", [{"value": 3.0, "previous": None}]),
    # ... unless it is larger than the figure: then it is the whole before the cut
    ("The city cut 14 departments to 10.",
     [{"value": 10.0, "unit": "department", "previous": {"value": 14.0}}]),
    ("Quang Nam reduced 241 communes to 96 after the reorganisation.",
     [{"value": 96.0, "unit": "commune", "subject": "Quang Nam", "previous": {"value": 241.0}}]),
    # "the 63 provinces" is the whole country, unless a verb that lowers cuts it to a figure
    ("The assembly cut the 63 provinces to just 34 in June 2025.",
     [{"value": 34.0, "unit": "province", "period": "2025", "previous": {"value": 63.0}}]),
    ("Lawmakers voted to reduce the 63 provincial administrations to 34.",
     [{"value": 34.0, "kind": "target", "previous": {"value": 63.0}}]),
    ("Dossiers from the 63 provinces reached 1.2 million in 2024.",
     [{"value": 1_200_000.0, "previous": None}]),
    # a pair of modifiers before an unlisted plural noun
    ("Lawmakers voted to cut the country's 63 provincial and city administrations to just 34.",
     [{"value": 34.0, "unit": "provincial and city administration", "previous": {"value": 63.0}}]),
    # "into" that follows no count of units: nothing merged
    ("The centre put 1,200 dossiers into the system in 2024.",
     [{"value": 1200.0, "unit": "dossier", "previous": None}]),
    # a percentage is no count of units
    ("About 85% of dossiers were merged into 40 files.",
     [{"value": 85.0, "unit": "%", "previous": None}, {"value": 40.0, "previous": None}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), MERGED_INTO_CASES)
def test_counts_merged_into_fewer(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# Counts of an unlisted plural noun whose modifiers are a pair joined by "and" or "or".
PAIRED_MODIFIER_CASES = [
    ("Vietnam has 52 provincial and city administrations.",
     [{"value": 52.0, "unit": "provincial and city administration"}]),
    ("The team trained 300 commune and ward officials.",
     [{"value": 300.0, "unit": "commune and ward official"}]),
    ("The portal links 16 national or specialised registers.",
     [{"value": 16.0, "unit": "national or specialised register"}]),
    # a plural first is a list of two counted nouns, not a modifier
    ("The city has 12 wards and communes.", [{"value": 12.0, "unit": "ward"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), PAIRED_MODIFIER_CASES)
def test_counts_with_paired_modifiers(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# A counted noun, then what qualifies the count, then the verb: the noun still counts
# (count_qualifier words in metric_words.csv).
QUALIFIED_COUNT_CASES = [
    # a word that only ends in "s" is no plural noun: the count's noun reads on
    ("By May 2025 the province had found 1,200 surplus public properties.",
     [{"value": 1200.0, "unit": "surplus public property"}]),
    # a bare figure listed before one with a unit shares it, unless the next is a share of it
    ("Quang Tri, Hue and Da Nang reached 88.2, 87.6 and 86.9 percent in 2023.",
     [{"value": 88.2, "unit": "%"}, {"value": 87.6, "unit": "%"}, {"value": 86.9, "unit": "%"}]),
    # (the bare 17,000 is no percentage: it counts the dossiers of the verb before it)
    ("The centre received 23,000 dossiers in July and settled more than 17,000, 93% of them on "
     "time.", [{"value": 23000.0, "unit": "dossier"},
               {"value": 17000.0, "unit": "dossier", "approximate": True},
               {"value": 93.0, "unit": "%"}]),
    ("The number of communes after the merger is 3,321.",
     [{"value": 3321.0, "unit": "commune", "subject": "national"}]),
    ("The number of provincial-level units following the arrangement is 34.",
     [{"value": 34.0, "unit": "unit"}]),
    ("Wards nationwide totalled 687 in July.", [{"value": 687.0, "unit": "ward"}]),
    ("The number of commune-level units across the country is 3,321.",
     [{"value": 3321.0, "unit": "unit"}]),
    # list items that share the first count's noun, the last after ", and"
    ("In 2024 the portal received 581 requests for power supply, 693 for swapping and issuing "
     "driving licences, and 51 on re-issuing health insurance cards.",
     [{"value": 581.0, "unit": "request"}, {"value": 693.0, "unit": "request"},
      {"value": 51.0, "unit": "request"}]),
    # a second verb of the same count after a comma, with "results for"
    ("In July 2025, Tan Lap commune received 279 applications, processed and returned results "
     "for 256, with the rest still within the time limit.",
     [{"value": 279.0, "unit": "application"}, {"value": 256.0, "unit": "application"}]),
    # a bracket right after a count that opens on a part of it
    ("In March 2025 the centre handled 2,106 dossiers (811 online, 1,295 in person).",
     [{"value": 2106.0, "unit": "dossier"}, {"value": 811.0, "unit": "dossier"},
      {"value": 1295.0, "unit": "dossier"}]),
    ("In 2024 the province had 96 communes (2024 figures).", [{"value": 96.0}]),
    # a part of an owner's units: the units after the possessive
    ("In 2024, more than 1,700 of the province's administrative procedures accepted online "
     "payment.", [{"value": 1700.0, "unit": "administrative procedure"}]),
    # what "the number of" counts, or the noun opening the clause, is counted whatever
    # words narrow it before the verb ...
    ("Dossiers under the ward's own authority totalled 3,150, of which 3,020 were settled on "
     "time.", [{"value": 3150.0, "unit": "dossier"}, {"value": 3020.0, "unit": "dossier"}]),
    ("The number of communes after the vote of the council is 3,321.",
     [{"value": 3321.0, "unit": "commune"}]),
    ("The number of dossiers received by the Hue centre in 2024 was 96,210, up 3,870 on 2023.",
     [{"value": 96210.0, "unit": "dossier", "period": "2024",
       "change": {"value": 3870.0}}]),
    ("In the first quarter, the total number of online dossiers settled at the provincial level "
     "reached 14,785.", [{"value": 14785.0, "unit": "dossier"}]),
    ("The number of communes that have completed the merger is 30.",
     [{"value": 30.0, "unit": "commune"}]),
    # the count of the agent that narrows it names whose figure it is; it is no metric
    ("From July 1 to October 28, 2025, the total number of dossiers received by 34 localities "
     "was 14.5 million, of which 12.1 million were online.",
     [{"value": 14_500_000.0, "unit": "dossier", "subject": "localities"},
      {"value": 12_100_000.0, "unit": "dossier", "subject": "localities"}]),
    ("In 2024, dossiers received by 63 provinces totalled 2.1 million.",
     [{"value": 2_100_000.0, "unit": "dossier"}]),
    # ... but an agent's count that no figure follows is one
    ("In 2024, the plan was approved by 12 ministries.", [{"value": 12.0, "unit": "ministry"}]),
    # ... but a noun further into the clause counts no fraction after the verb
    ("He asked provinces whose digital society pillar scored below 0.5 to catch up.", []),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), QUALIFIED_COUNT_CASES)
def test_counts_with_a_qualifier_before_the_verb(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
COMPOUND_COUNT_CASES = [
    # a part written in words "out of" a whole in digits
    ("By June, seven out of 12 hamlets in the commune had met the new rural standards.",
     [{"value": 7.0, "unit": "hamlet", "out_of": 12.0}]),
    # a singular noun modifies the noun counted after it
    ("The city now has 38 public service delivery units.",
     [{"value": 38.0, "unit": "public service delivery unit"}]),
    ("The province runs 14 public service delivery centres.",
     [{"value": 14.0, "unit": "public service delivery centre"}]),
    # "houses" is one house each
    ("The province will hand 120 houses over to the new communes.",
     [{"value": 120.0, "unit": "house"}]),
    # "the number of" a noun, a linking verb and a word for "now" before the count
    ("The number of specialised agencies under the provincial People's Committee is now 13.",
     [{"value": 13.0, "unit": "agency"}]),
    # ... or a verb of change that also moves ranks
    ("The number of wards in the city fell to 41.", [{"value": 41.0, "unit": "ward"}]),
    # the 2025 units written in words need their noun listed: a special zone of any kind
    ("The city will have 102 wards, 60 communes and one special economic zone.",
     [{"value": 102.0, "unit": "ward"}, {"value": 60.0, "unit": "commune"},
      {"value": 1.0, "unit": "special economic zone"}]),
    ("The province now has 71 wards, 40 communes and two special districts.",
     [{"value": 71.0, "unit": "ward"}, {"value": 40.0, "unit": "commune"},
      {"value": 2.0, "unit": "special district"}]),
    # "x/y" of a plural the cue files do not list
    ("In the survey, 412/420 reviews were very satisfied.",
     [{"value": 412.0, "unit": "review", "out_of": 420.0}]),
    # "personnel" is counted; the parts a relative clause of composition lists after a count
    # are its breakdown
    ("In 2025 Hau Giang had 1,480 personnel in its wards, which includes 402 cadres and 515 "
     "civil servants.",
     [{"value": 1480.0, "unit": "personnel"}, {"value": 402.0, "unit": "cadre"},
      {"value": 515.0, "unit": "civil servant"}]),
    # the parts a planned cut or a lowered count lists are counted too
    ("The plan will cut 11 agencies, including seven departments and four boards.",
     [{"value": 11.0, "unit": "agency", "kind": "target"},
      {"value": 7.0, "unit": "department", "kind": "target"},
      {"value": 4.0, "unit": "board", "kind": "target"}]),
    ("In 2025 the number of units under the ministry was reduced by six, including four "
     "departments and two institutes.",
     [{"value": 6.0, "unit": "unit"}, {"value": 4.0, "unit": "department"},
      {"value": 2.0, "unit": "institute"}]),
    # a counted plural may carry three words before its noun
    ("In 2024 the number of district-level public service units was cut by 41.",
     [{"value": 41.0, "unit": "district-level public service unit"}]),
    ("In 2023 the number of commune-level civil status records was raised by 2,310.",
     [{"value": 2310.0, "unit": "commune-level civil status record"}]),
    # "headquarters" is counted, also after "the number of ... will be"
    ("After the 2025 merger, the number of surplus headquarters will be 4,226.",
     [{"value": 4226.0, "unit": "headquarters", "kind": "target"}]),
    # "one" before a noun of its own counts nothing of the noun before it
    ("Each merged province will keep the headquarters of one former province in 2025.", []),
    # a curly apostrophe reads as a straight one (the quote keeps the text's own)
    ("In 2025 the number of specialised agencies under the provincial People\u2019s Committee "
     "is now 13.",
     [{"value": 13.0, "unit": "agency",
       "quote": "In 2025 the number of specialised agencies under the provincial People\u2019s "
                "Committee is now 13"}]),
    # a bare count that works somewhere counts the count before it
    ("The province placed 9,120 civil servants. Of these, 2,310 work at the provincial level.",
     [{"value": 9120.0, "unit": "civil servant"}, {"value": 2310.0, "unit": "civil servant"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), COMPOUND_COUNT_CASES)
def test_compound_and_elided_counts(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
EXTENT_WORD_CASES = [
    # "more", "additional", "other": how many more, no part of the counted noun
    ("It is expected that 640 more cadres will retire early in 2025.",
     [{"value": 640.0, "unit": "cadre"}]),
    ("In 2024 the department recruited 12 additional staff.", [{"value": 12.0, "unit": "staff"}]),
    ("Quang Nam set up 4 other commune-level units in 2024.",
     [{"value": 4.0, "unit": "commune-level unit"}]),
]

PARTS_THAT_DID_CASES = [
    # parts of a whole that did something count the parts, whatever unit word follows their
    # verb
    ("In the 2023 PCI, 7 out of 10 sub-indices gained points and places.",
     [{"value": 7.0, "unit": "sub-index", "out_of": 10.0}]),
    ("In 2023, three out of eight dimensions declined.",
     [{"value": 3.0, "unit": "dimension", "out_of": 8.0}]),
    # ... or the verb, or a rise or fall in scores, before them
    ("In the 2022 PAPI, Kon Tum improved in 4 out of 8 component indicators.",
     [{"value": 4.0, "unit": "component indicator", "out_of": 8.0, "subject": "Kon Tum"}]),
    ("In 2023, Ca Mau saw a rise in scores for 6 out of 10 sub-indices.",
     [{"value": 6.0, "unit": "sub-index", "out_of": 10.0}]),
    ("In 2023, Soc Trang recorded a decrease in points in 2 component indicators.",
     [{"value": 2.0, "unit": "component indicator", "subject": "Soc Trang"}]),
    # ... a verb of worsening too
    ("In the 2022 PCI, Yen Bai saw three out of 10 sub-indices deteriorate while four "
     "deteriorated in both score and rank.",
     [{"value": 3.0}, {"value": 4.0, "unit": "sub-index"}]),
    # ... but a rise in anything else before a plan's parts counts none
    ("The plan sets a rise in spending for 3 pillars.", []),
]

LOCAL_BODY_COUNT_CASES = [
    # a count of local bodies by their capitalised plural name
    ("In 2025, the province still has 61 commune-level People's Committees.",
     [{"value": 61.0, "unit": "commune-level People's Committee"}]),
    ("Quang Tri now has 78 People's Councils at the commune level.",
     [{"value": 78.0, "unit": "People's Council"}]),
]

BRACKETED_COUNT_CASES = [
    # a count in brackets right after its noun, and the places listed after it in brackets
    ("In 2024, Thanh Hoa had the largest number of commune-level units (559), followed by "
     "Nghe An (412) and Hanoi (526).",
     [{"value": 559.0, "unit": "commune-level unit", "subject": "Thanh Hoa"},
      {"value": 412.0, "unit": "commune-level unit", "subject": "Nghe An"},
      {"value": 526.0, "unit": "commune-level unit", "subject": "Hanoi"}]),
    ("In 2023, Lang Son kept the most public service units (310), then Cao Bang (288).",
     [{"value": 310.0, "unit": "public service unit", "subject": "Lang Son"},
      {"value": 288.0, "unit": "public service unit", "subject": "Cao Bang"}]),
    # ... and after a first item written with its holder and "with", in that item's kind
    ("In 2019, several ministries lagged behind, including the Ministry of Health with 140 "
     "procedures still to be cut, the Ministry of Justice (96) and the Ministry of Finance (58).",
     [{"value": 140.0, "unit": "procedure", "subject": "Ministry of Health"},
      {"value": 96.0, "unit": "procedure", "subject": "Ministry of Justice",
       "kind": "result"},
      {"value": 58.0, "unit": "procedure", "subject": "Ministry of Finance",
       "kind": "result"}]),
    # ... but a bracket after a place with no count in brackets before it is no count
    ("In 2023, Lang Son kept 310 public service units, ahead of Cao Bang (288).",
     [{"value": 310.0, "unit": "public service unit", "subject": "Lang Son"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), BRACKETED_COUNT_CASES)
def test_a_count_in_brackets_and_the_places_listed_after_it(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), EXTENT_WORD_CASES)
def test_a_count_of_more_counts_the_noun(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), PARTS_THAT_DID_CASES)
def test_parts_of_a_whole_that_did_something(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), LOCAL_BODY_COUNT_CASES)
def test_counts_of_local_bodies_by_name(nlp, text, expected):
    check(nlp, text, expected)
