"""Targets: goals beside a result, planned figures, "by 2025" (M16, SPEC target slash)."""

from __future__ import annotations

import pytest
from metric_check import check

CASES = [
    # a list of counts before a modal: every item is a goal, unless a verb before the list
    # made its items what was done
    (
        "Under the plan, 14 cadres, 52 civil servants and 36 public employees will be "
        "streamlined in 2025.",
        [
            {"value": 14.0, "kind": "target"},
            {"value": 52.0, "kind": "target"},
            {"value": 36.0, "kind": "target"},
        ],
    ),
    (
        "In 2024 the district cut 120 cadres and 45 civil servants, and 300 more will be cut "
        "next year.",
        [
            {"value": 120.0, "kind": "result"},
            {"value": 45.0, "kind": "result"},
            {"value": 300.0, "kind": "target"},
        ],
    ),
    # the items after a goal, each a measure "reaching" its level, are goals of its year ...
    (
        "HANOI, May 5, 2024 - The city nears its goal of being in the top 10 by 2026; the rate of "
        "online dossiers reaching 85%; the share of digitised records reaching 95%.",
        [
            {"value": 10.0, "kind": "target", "period": "2026"},
            {"value": 85.0, "kind": "target", "period": "2026"},
            {"value": 95.0, "kind": "target", "period": "2026"},
        ],
    ),
    # ... but an item with a verb of its own and its own year is a result
    (
        "HANOI, May 5, 2024 - The city aims to be in the top 10 by 2026; in 2023 the rate of "
        "online dossiers was reaching 85%.",
        [
            {"value": 10.0, "kind": "target", "period": "2026"},
            {"value": 85.0, "kind": "result", "period": "2023"},
        ],
    ),
    # a headline's "eyes" is a goal
    ("Hanoi eyes 80% of dossiers filed online in 2026", [{"value": 80.0, "kind": "target"}]),
    (
        "The satisfaction level in 2023 was 94.44/90%.",
        [{"value": 94.44, "target": 90.0, "kind": "result", "period": "2023"}],
    ),
    # a count above the count after its slash is measured against a plan, not part of it
    (
        "By the end of the campaign, the province had activated 412,530/388,000 "
        "e-identification accounts.",
        [{"value": 412530.0, "target": 388000.0, "out_of": None}],
    ),
    (
        "Staff paid from the budget numbered 9,214/9,200 positions in 2024.",
        [{"value": 9214.0, "target": 9200.0, "unit": "position", "period": "2024"}],
    ),
    (
        "The ward settled 143/150 dossiers on time.",
        [{"value": 143.0, "out_of": 150.0, "target": None}],
    ),
    # ... but a day and month, a round-the-clock service and a score stay no figure
    ("The centre opened on 28/11 and offers 24/7 services to residents.", []),
    ("The commune's PAR score was 96/80 points in the draft.", []),
    (
        "Online filing reached 95%, exceeding the target of 90%.",
        [{"value": 95.0, "target": 90.0, "kind": "result"}],
    ),
    (
        "The province strives for 80% of dossiers online by 2025.",
        [{"value": 80.0, "kind": "target", "period": "2025"}],
    ),
    # what a relative clause after a directive says has been done happened ...
    (
        "In 2024 the Quang Ninh People's Committee directed building the e-government, which "
        "has saved 40 percent of time.",
        [{"value": 40.0, "kind": "result"}],
    ),
    (
        "The new communes will be housed in existing buildings, which has resulted in a "
        "surplus of 57 out of 80 headquarters in 2025.",
        [{"value": 57.0, "kind": "result"}],
    ),
    # ... but a goal verb or a passive there states no deed
    (
        "The 2020 resolution had been in effect for three years, which targeted to simplify "
        "at least 20 per cent of business regulations.",
        [{"value": 20.0, "kind": "target"}],
    ),
    (
        "In 2025 the Prime Minister directed ministries to cut procedures, which have been "
        "reviewed, by 30 percent.",
        [{"value": 30.0, "kind": "target"}],
    ),
    (
        "In 2024 the district-level centres endeavour to satisfy 95 percent of local citizens.",
        [{"value": 95.0, "kind": "target"}],
    ),
    # the items of a goal's list are goals, an item's noun with its acronym or not ...
    (
        "In 2018 the whole country will strive to reduce about 2.5% of public service delivery "
        "units (PSDUs); 1.7% of civil servants; 2.5% of non-business payrolls.",
        [
            {"value": 2.5, "kind": "target"},
            {"value": 1.7, "kind": "target"},
            {"value": 2.5, "kind": "target", "metric": "non-business payrolls"},
        ],
    ),
    # ... but the items after what was done were done
    (
        "In 2018 the province cut 2.5% of public service delivery units (PSDUs); 1.7% of civil "
        "servants; 2.5% of non-business payrolls.",
        [
            {"value": 2.5, "kind": "result"},
            {"value": 1.7, "kind": "result"},
            {"value": 2.5, "kind": "result", "metric": "non-business payrolls"},
        ],
    ),
    (
        "The province aims to reach at least 85% of full online services by 2025.",
        [{"value": 85.0, "kind": "target", "approximate": True}],
    ),
    # a body that assigns staff acts; what a body "was assigned" is its quota
    (
        "In May, the ward centre assigned two civil servants to the counters.",
        [{"value": 2.0, "kind": "result"}],
    ),
    (
        "The province was assigned 2,500 staff positions for 2025.",
        [{"value": 2500.0, "kind": "target"}],
    ),
    # a purpose the sentence opens with is the act's, no goal of the figures after it ...
    (
        "To ensure support for residents, the Commune Party Committee has assigned 3 more "
        "part-time staff.",
        [{"value": 3.0, "kind": "result"}],
    ),
    (
        "In order to cut waiting times, the ward centre received 1,200 dossiers online in May.",
        [{"value": 1200.0, "kind": "result"}],
    ),
    # what a merger done made is a result; a planned one's a goal
    (
        "In 2025 Bac Kan merged with Thai Nguyen to form a new Thai Nguyen province with 92 "
        "communes and wards.",
        [{"value": 92.0, "kind": "result"}],
    ),
    (
        "In 2025 the Government drew up plans for 52 units to form 23 new provinces.",
        [{"value": 52.0}, {"value": 23.0, "kind": "target"}],
    ),
    # ... nor is a plan it opens with as its topic
    (
        "Regarding the plan to merge the two provinces, the share of voters agreeing reached "
        "96.8% in April 2025.",
        [{"value": 96.8, "kind": "result"}],
    ),
    # ... but a figure inside that purpose is one
    (
        "To reach 90% of dossiers online by 2025, the province must upgrade its portal.",
        [{"value": 90.0, "kind": "target"}],
    ),
    # "are to be", "to be cut": what a plan has still to do
    (
        "Under the plan, 1,240 out of 3,500 procedures are to be simplified.",
        [{"value": 1240.0, "out_of": 3500.0, "kind": "target"}],
    ),
    (
        "The number of business conditions to be removed is 860.",
        [{"value": 860.0, "kind": "target"}],
    ),
    (
        "The total number of commune-level units to be reorganized is 1,247.",
        [{"value": 1247.0, "kind": "target"}],
    ),
    (
        "The province cut 300 procedures; 120 more are to be cut next year.",
        [{"value": 300.0, "kind": "result"}, {"value": 120.0, "kind": "target"}],
    ),
    (
        "The country is expected to have 22 ministries after the reorganisation.",
        [{"value": 22.0, "unit": "ministry", "kind": "target"}],
    ),
    (
        "The plan sets a target of 70% for localities.",
        [{"value": 70.0, "kind": "target", "subject": "localities"}],
    ),
    ("The city plans to cut 30% of procedures in 2026.", [{"value": 30.0, "kind": "target"}]),
    ("The province will reach 100% online payment in 2026.", [{"value": 100.0, "kind": "target"}]),
    (
        "By 2025, full online services must account for 80% of the total.",
        [{"value": 80.0, "kind": "target"}],
    ),
    ("In 2023, the province achieved 91% on-time handling.", [{"value": 91.0, "kind": "result"}]),
    (
        "The rate reached 137% of the plan in 2024.",
        [{"value": 137.0, "unit": "%", "kind": "result"}],
    ),
    # a whole a target cue names is the goal the part reached, not a whole it is part of
    (
        "In 2024 the district used 1,184 of the assigned 1,240 staff positions.",
        [
            {
                "value": 1184.0,
                "unit": "staff position",
                "target": 1240.0,
                "out_of": None,
                "metric": "staff positions used",
                "kind": "result",
            }
        ],
    ),
    (
        "By June the ward had settled 412 out of the planned 450 land dossiers.",
        [{"value": 412.0, "unit": "land dossier", "target": 450.0, "kind": "result"}],
    ),
    # ... while a plain whole stays one
    (
        "In 2024 the district used 1,184 of 1,240 staff positions.",
        [{"value": 1184.0, "out_of": 1240.0, "target": None}],
    ),
    # "has assigned" is what was done, unlike "the assigned 120 billion" beside a result
    (
        "The ward centre has arranged and assigned 12 officials to its land and civil status "
        "desks.",
        [{"value": 12.0, "unit": "official", "kind": "result"}],
    ),
    (
        "The commune had assigned 4 civil servants to help residents file online.",
        [{"value": 4.0, "unit": "civil servant", "kind": "result"}],
    ),
    # after a move's size, "to reach" says where the move ended, no goal
    (
        "In 2024 the province's satisfaction rate rose 3.5 points to reach 88.1%.",
        [{"value": 88.1, "kind": "result", "change": {"value": 3.5}}],
    ),
    (
        "Binh Dinh jumped 11 places to reach 19th in the 2023 PAR Index.",
        [{"value": 19.0, "unit": "rank", "kind": "result", "change": {"value": 11.0}}],
    ),
    (
        "The online payment rate went up 6% to reach 41% last year.",
        [{"value": 41.0, "kind": "result"}],
    ),
    # ... but a need is a goal
    (
        "The district needs to gain 4 points to reach 85% in 2026.",
        [{"value": 4.0, "kind": "target"}, {"value": 85.0, "kind": "target"}],
    ),
    (
        "Communes need to digitise 70% of their records by 2026.",
        [{"value": 70.0, "kind": "target"}],
    ),
    # ... and a need in the clause that opens the sentence with "when" sets the occasion
    (
        "When a firm needs to renew its licence, the department now takes 4 working days.",
        [{"value": 4.0, "kind": "result"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_targets(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
DIRECTIVE_CASES = [
    # a plan's items written as orders are goals: a sentence that opens on one, and the items
    # after a semicolon that go on with one after a goal
    ("The province's plan sets its tasks.\n\nDigitise all land records by 2027. Issue 14 "
     "guidelines on two-tier procedures before the end of the quarter.",
     [{"value": 14.0, "unit": "guideline", "kind": "target"}]),
    ("The Deputy Prime Minister asked agencies to cut processing times by at least 25 percent; "
     "reduce compliance costs by at least 20 percent; simplify 40% of business conditions.",
     [{"value": 25.0, "kind": "target"}, {"value": 20.0, "kind": "target"},
      {"value": 40.0, "kind": "target"}]),
    # ... but not an order's words reporting what was done, nor a heading in capitals, nor a
    # verb that is a noun before another noun ("Review results show")
    ("Implement the card exchange: so far 2.4 million cards have been printed.",
     [{"value": 2.4e6, "kind": "result"}]),
    ("The merger is finished.\n\nREDUCE 18 COMMUNES\n\nThe district merged 41 communes into "
     "23.", [{"value": 18.0, "kind": "result"}, {"value": 23.0, "kind": "result"}]),
    ("Review results show 93% of dossiers were settled on time.",
     [{"value": 93.0, "kind": "result"}]),
    # ... nor a list of results a translated page writes as orders after the act is reported
    # done ("has reduced ... Reduce 32 communes")
    ("From 2018 to 2024 the province has reduced 3 departments. Reduce 25 communes and 410 "
     "villages.",
     [{"value": 3.0, "kind": "result"}, {"value": 25.0, "kind": "result"},
      {"value": 410.0, "kind": "result"}]),
    ("In 2019, the ministry targeted to remove at least 30% of its specialised inspections.",
     [{"value": 30.0, "kind": "target"}]),
    # a requirement is a goal; the time a task requires is no requirement
    ("The province requires 100% of dossiers to be settled online in 2026.",
     [{"value": 100.0, "kind": "target"}]),
    ("Under the plan, ministries are required to cut 15% of their internal procedures.",
     [{"value": 15.0, "kind": "target"}]),
    ("In 2024 the time required to issue a land certificate fell to 12 days.",
     [{"value": 12.0, "unit": "day", "kind": "result"}]),
    ("Ms. Hanh asked communes to raise the share of online dossiers above 85% by the end of the "
     "third quarter.", [{"value": 85.0, "kind": "target", "approximate": True}]),
    ("The Prime Minister requested cutting at least 30 percent of procedures.",
     [{"value": 30.0, "kind": "target"}]),
    ("After the merger, 13 ministries would remain.", [{"value": 13.0, "kind": "target"}]),
    ("About 4,200 officials will have to leave the payroll.", [{"value": 4200.0, "kind": "target"}]),
    # a planned passive after the noun, a plan being prepared, a proposal not to act
    ("The 14 divisions to be merged report to the Department of Finance.",
     [{"value": 14.0, "kind": "target"}]),
    ("The city is preparing to launch 95 more online services.",
     [{"value": 95.0, "kind": "target"}]),
    ("Quang Nam proposed not to rearrange 37 communes.", [{"value": 37.0, "kind": "target"}]),
    # ... but what still waits for the act is a state, no goal
    ("The ministry still has 182 procedures waiting to be simplified.",
     [{"value": 182.0, "kind": "result"}]),
    ("Some 310 posts must be cut by the end of the year.", [{"value": 310.0, "kind": "target"}]),
    ("About 120,500 cadres were expected to become redundant.",
     [{"value": 120500.0, "kind": "target"}]),
    # a planned cut with no figure of its own is the target
    ("The ministry has planned to cut down 3,500 civil servants between 2022 and 2026.",
     [{"value": 3500.0, "kind": "target", "period": "2022-2026"}]),
    ("The directive ensures that 95% of records are digitised in 2026.",
     [{"value": 95.0, "kind": "target", "period": "2026"}]),
    # a bound written after the figure: the goal is approximate, its unit comes after
    ("Binh Dinh aims for a PAR Index of 88% or above in 2024.",
     [{"value": 88.0, "kind": "target", "approximate": True}]),
    ("The centre plans to settle 2,500 or more dossiers a month.",
     [{"value": 2500.0, "unit": "dossier", "kind": "target", "approximate": True}]),
    # a proposal's figures are goals
    ("The ministry proposed that 21 provinces keep their borders.",
     [{"value": 21.0, "unit": "province", "kind": "target"}]),
    ("The council welcomed the department's proposal to cut 14 procedures.",
     [{"value": 14.0, "unit": "procedure", "kind": "target"}]),
    ("The Government proposed to rearrange 9 district-level units and 140 communes.",
     [{"value": 9.0, "kind": "target"}, {"value": 140.0, "kind": "target"}]),
    ("The ministry proposes to abolish 212 business conditions in 2026.",
     [{"value": 212.0, "unit": "business condition", "kind": "target"}]),
    ("Hue aims for a SIPAS score of 8.5 upwards in 2026.",
     [{"value": 8.5, "unit": "points", "kind": "target", "approximate": True}]),
    ("Lao Cai aims to settle 1,800 and more dossiers online each quarter.",
     [{"value": 1800.0, "unit": "dossier", "kind": "target", "approximate": True}]),
    ("Last year 13 ministries were merged into six.",
     [{"value": 6.0, "kind": "result", "previous": {"value": 13.0}}]),
    # the items of a goal's list are goals, each after a separator ...
    ("The Government told ministries to cut at least 25% of the time for handling procedures; "
     "at least 25% of compliance costs; and at least 20% of business conditions.",
     [{"value": 25.0, "kind": "target"}, {"value": 25.0, "kind": "target"},
      {"value": 20.0, "kind": "target"}]),
    # ... but an item with a verb of its own says what was
    ("The province aims to settle 85% of dossiers online; 6% of dossiers were late in 2024.",
     [{"value": 85.0, "kind": "target"}, {"value": 6.0, "kind": "result"}]),
    # an order after the lead of a plan's details and an adverb is a goal, and so are the
    # items after a semicolon that open on their own gerund
    ("The department adopted its reform plan.\n\nSpecifically, promptly cut and simplify "
     "licensing procedures, ensuring the removal of at least 25% of business conditions; "
     "shortening at least 20% of the processing time, and 15% of compliance costs.",
     [{"value": 25.0, "kind": "target"}, {"value": 20.0, "kind": "target"},
      {"value": 15.0, "kind": "target"}]),
    ("In particular, reduce at least 10% of the staff of every agency by 2026.",
     [{"value": 10.0, "kind": "target"}]),
    # an order after a colon opens what the colon quotes, as a sentence would
    ("Under the plan approved in March, the province decided: Arrange 14 communes into 5 "
     "commune-level units.",
     [{"value": 5.0, "kind": "target"}]),
    ("The district's plan reads as follows: Merge 9 wards into 3 wards by 2026.",
     [{"value": 3.0, "kind": "target"}]),
    # ... not the words of a report after such a lead
    ("Specifically, review findings show 91% of dossiers were settled on time in 2024.",
     [{"value": 91.0, "kind": "result"}]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DIRECTIVE_CASES)
def test_directives_and_modals_make_targets(nlp, text, expected):
    check(nlp, text, expected)


# fmt: off
# SPEC 7: planned or expected figures are targets, and so are the parts of a planned count.
PLANNED_CASES = [
    # a structure a plan envisions or proposes is a goal
    ("The draft envisages a government of 14 ministries and 3 ministerial-level agencies.",
     [{"value": 14.0, "kind": "target"}, {"value": 3.0, "kind": "target"}]),
    ("The proposed structure features 26 departments at the provincial level.",
     [{"value": 26.0, "kind": "target"}]),
    # on a page about a plan for an arrangement, the state after it is what the plan leaves
    ("Council approves the plan for merging Ha Giang's communes\n\nAfter the arrangement, "
     "the province has 58 commune-level units, including 52 communes and 6 wards.",
     [{"value": 58.0, "kind": "target"}, {"value": 52.0, "kind": "target"},
      {"value": 6.0, "kind": "target"}]),
    # ... and on a page about no plan, the state it reports
    ("Ha Giang's new communes start work\n\nAfter the arrangement, the province has 58 "
     "commune-level units, including 52 communes and 6 wards.",
     [{"value": 58.0, "kind": "result"}, {"value": 52.0, "kind": "result"},
      {"value": 6.0, "kind": "result"}]),
    # ... and so are the units a sentence naming the plan says it makes
    ("Government approves the merger project\n\nThe Government approved the project dossier "
     "for rearranging provincial and commune-level units in 2025, with 34 provincial-level "
     "administrative units and 3,321 commune-level units.",
     [{"value": 34.0, "kind": "target"}, {"value": 3321.0, "kind": "target"}]),
    # ... but not on a page about no plan
    ("Lao Cai finishes its arrangement\n\nIn 2025, Lao Cai completed the arrangement of its "
     "units and now has 99 commune-level units.",
     [{"value": 99.0, "kind": "result"}]),
    # an index's "target group" (a group of its indicators) names no goal
    ("Hanoi's online payment target group scored 4.7/10 points in March 2025.",
     [{"value": 4.7, "kind": "result"}]),
    ("Of which, Thanh Tri had the lowest rate in this target group (with 49.7%).",
     [{"value": 49.7, "kind": "result"}]),
    # a planned figure written as the measure's modifier, a proposal of what to keep or cut,
    # and a requirement are goals
    ("In 2025, the expected total number of commune-level civil servants in the province is "
     "1,840.",
     [{"value": 1840.0, "kind": "target"}]),
    ("The ministry proposed keeping 19 departments after the merger.",
     [{"value": 19.0, "kind": "target"}]),
    # an estimate of what a plan will cost or bring is a goal; a present estimate of what
    # is ("is estimated at") is no goal
    ("The estimated budget for early retirement payments is about VND4.6 trillion.",
     [{"value": 4.6e12, "kind": "target"}]),
    ("The new portal is estimated to save businesses VND2.8 trillion a year.",
     [{"value": 2.8e12, "kind": "target"}]),
    ("The share of dossiers filed online is estimated at 61.5 percent.",
     [{"value": 61.5, "kind": "result"}]),
    ("Ministries face the requirement of cutting at least 15% of their internal units.",
     [{"value": 15.0, "kind": "target"}]),
    # what follows "but" after a goal happened, unless it states a goal of its own
    ("In 2014 the city planned to recruit 459 civil servants, but it received 3,924 "
     "applications.",
     [{"value": 459.0, "kind": "target"}, {"value": 3924.0, "kind": "result"}]),
    ("The ministry plans to raise the rate to 80%, but also to cut costs by 10%.",
     [{"value": 80.0, "kind": "target"}, {"value": 10.0, "kind": "target"}]),
    # a target word inside an aside before the figure makes it no target
    ("Da Nang (the city with the largest investment plan) disbursed VND 12.4 trillion.",
     [{"value": 12.4e12, "kind": "result"}]),
    ("Hanoi – the locality with the biggest capital plan – disbursed 58.1% of its capital.",
     [{"value": 58.1, "kind": "result"}]),
    ("Online filing reached 95%, exceeding the target (set in 2023) of 90%.",
     [{"value": 95.0, "target": 90.0}]),
    # a modal further along the figure's clause still makes it a goal ...
    ("In 2025, 90% of procedures at the ward one-stop sections in the city will be handled "
     "online.", [{"value": 90.0, "kind": "target"}]),
    # ... but not one of a second predicate after the figure's own verb
    ("In 2025, 180 civil servants were sent to communes in August and will stay until October.",
     [{"value": 180.0, "kind": "result"}]),
    ("Dak Nong is expected to reduce its commune-level units from 71 to 28.",
     [{"value": 28.0, "kind": "target", "previous": {"value": 71.0}}]),
    ("Hanoi plans to cut its single-window offices from 673 to 30.",
     [{"value": 30.0, "kind": "target", "previous": {"value": 673.0}}]),
    ("After the merger, the country will have 34 provincial-level units, including 6 "
     "centrally-run cities and 28 provinces.",
     [{"value": 34.0, "kind": "target"}, {"value": 6.0, "kind": "target"},
      {"value": 28.0, "kind": "target"}]),
    ("The ministry expects to issue chip-based ID cards to 50 million citizens this year.",
     [{"value": 50_000_000.0, "kind": "target"}]),
    ("Businesses can save at least VND 1.5 trillion a year on registration.",
     [{"value": 1.5e12, "kind": "target", "approximate": True}]),
    # a decision on what a reorganisation will leave is a plan
    ("The Politburo decided that the number of communes after the merger is 3,321, "
     "including 2,621 communes and 687 wards.",
     [{"value": 3321.0, "kind": "target", "unit": "commune"}, {"value": 2621.0, "kind": "target"},
      {"value": 687.0, "kind": "target"}]),
    ("The province now has 96 communes, including 82 communes and 14 wards.",
     [{"value": 96.0, "kind": "result"}, {"value": 82.0, "kind": "result"},
      {"value": 14.0, "kind": "result"}]),
    # a target, then "and" another figure: a list of goals, not a goal beside a value ...
    ("Hue sets the target of at least 92% in the PAR Index and 88% in SIPAS for 2025.",
     [{"value": 92.0, "kind": "target", "target": None},
      {"value": 88.0, "kind": "target", "target": None}]),
    ("By 2025, Hai Phong targets a SIPAS of at least 90% and a rate of online payment of 60%.",
     [{"value": 90.0, "kind": "target"}, {"value": 60.0, "kind": "target", "target": None}]),
    # ... nor the goal of a second predicate's figure
    ("Nam set a target of at least 95% of dossiers being filed online in 2025 and asked every "
     "department to keep overdue dossiers below 1%.",
     [{"value": 95.0, "kind": "target"}, {"value": 1.0, "target": None}]),
    # "from" inside the object of a verb that lowers, then "by": how much, not an earlier value
    ("Every ministry must lower the number of staff paid from the state budget by at least 20%.",
     [{"value": 20.0, "unit": "%", "kind": "target", "previous": None}]),
    # "the group of N best performers" as a goal is a rank to reach, as "the top N" is
    ("Hung Yen targets reaching the group of 30 best performers in the PCI by 2025.",
     [{"value": 30.0, "unit": "rank", "kind": "target", "period": "2025"}]),
    ("Ninh Binh is one of the group of 10 best performers.", []),
    # a goal in a relative clause that describes the holder is no goal of its figure
    ("Launched in 2019, the portal, a platform that aims to connect people with the state, has "
     "only 14.6 per cent of services fully online.", [{"value": 14.6, "kind": "result"}]),
    ("In 2025, the Party Central Committee decided that the number of provinces after the "
     "merger is 34.", [{"value": 34.0, "kind": "target"}]),
    # "a goal for": what follows is the goal
    ("The ministry has set a goal for the national DTI of at least 0.85 in 2025.",
     [{"value": 0.85, "kind": "target", "period": "2025"}]),
    # a share written as a ratio in words
    ("One in five public sector jobs will be cut by 2030.",
     [{"value": 20.0, "unit": "%", "kind": "target", "period": "2030"}]),
    # the breakdown may open the next sentence
    ("Under the plan, Lam Dong will have 124 commune-level units. These include 103 communes "
     "and 20 wards.",
     [{"value": 124.0, "kind": "target"}, {"value": 103.0, "kind": "target"},
      {"value": 20.0, "kind": "target"}]),
    ("The cabinet backed a plan to cut its ministries and agencies to 22. This includes 17 "
     "ministries (down five) and five government agencies (down three).",
     [{"value": 22.0, "kind": "target"}, {"value": 17.0, "kind": "target"},
      {"value": 5.0, "kind": "target"}]),
    ("The province currently has 96 commune-level units. They include 82 communes and 14 wards.",
     [{"value": 96.0, "kind": "result"}, {"value": 82.0, "kind": "result"},
      {"value": 14.0, "kind": "result"}]),
    # a bracketed gloss between a figure and its modal
    ("The ministry reckons that VND48 trillion (about US$1.9 billion) will be needed for "
     "severance payments.", [{"value": 48e12, "kind": "target"}]),
    ("Around 2,300 officials (12% of the payroll) would leave their posts in Ninh Binh.",
     [{"value": 2300.0, "kind": "target"}, {"value": 12.0}]),
    # a modal after a figure coordinated later belongs to that figure
    ("Some 1,400 officials retired early and 250 workers will leave next year.",
     [{"value": 1400.0, "kind": "result"}, {"value": 250.0, "kind": "target"}]),
    ("The district merged 14 communes while 6 more will be merged in 2025.",
     [{"value": 14.0, "kind": "result"}, {"value": 6.0, "kind": "target"}]),
    # a proposed allocation is a plan's figure
    ("The Ministry of Finance has proposed allocating VND12.4 trillion to the localities.",
     [{"value": 12.4e12, "kind": "target"}]),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), PLANNED_CASES)
def test_planned_figures_are_targets(nlp, text, expected):
    check(nlp, text, expected)
