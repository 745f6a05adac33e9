"""Counts of votes: a metric each, out of the whole when written, held by the assembly or
council that voted (corpora/README.md, votes)."""

from __future__ import annotations

import pytest
from metric_check import check

# fmt: off
VOTE_CASES = [
    # a count of votes with its whole: a slash, "out of" before or after the noun
    ("On March 4, 2025, the Quang Binh Provincial People's Council elected Tran Phong as its "
     "chairman with 51/52 votes in favour.",
     [{"value": 51.0, "unit": "vote", "out_of": 52.0,
       "subject": "Quang Binh Provincial People's Council"}]),
    ("On June 20, 2024, the National Assembly elected Le Minh Tri with 439 votes out of 453.",
     [{"value": 439.0, "unit": "vote", "out_of": 453.0, "subject": "National Assembly"}]),
    ("On June 20, 2024, the National Assembly re-elected its secretary general, who secured "
     "441 out of 447 votes.",
     [{"value": 441.0, "unit": "vote", "out_of": 447.0, "subject": "National Assembly"}]),
    # voters and what they did with their votes
    ("On February 17, 2025, the National Assembly passed the law with all 461 present "
     "legislators, or 96.44 percent of the total number of deputies, casting “yes” votes.",
     [{"value": 461.0, "unit": "legislator", "subject": "National Assembly"},
      {"value": 96.44, "unit": "%"}]),
    # ... voters out of those present, in a bracket that restates a share of approval
    ("On April 5, 2021, the National Assembly elected him with an approval rate of 94.79 "
     "percent (455 out of 456 deputies present).",
     [{"value": 94.79, "unit": "%"},
      {"value": 455.0, "unit": "deputy", "out_of": 456.0, "subject": "National Assembly"}]),
    ("On April 5, 2021, the National Assembly adopted the resolution, which was passed by 470 "
     "out of 474 attending deputies.",
     [{"value": 470.0, "unit": "deputy", "out_of": 474.0, "subject": "National Assembly"}]),
    # ... also with no whole (corpora/README.md, votes: a count of the votes cast for a
    # decision is a metric)
    ("The resolution was passed by 461 deputies.", [{"value": 461.0, "unit": "deputy"}]),
    # ... an adverb between the count and the vote; the count's noun elided
    ("On April 6, 2021, 451 deputies present voted in favour of dismissing him from the "
     "National Assembly Standing Committee. All 451 also voted in favour of the second one.",
     [{"value": 451.0, "unit": "deputy"}, {"value": 451.0, "quote": "All 451"}]),
    ("On November 29, 2024, the National Assembly adopted the law with 455 out of 461 deputies "
     "voting in favour.",
     [{"value": 455.0, "unit": "deputy", "out_of": 461.0, "subject": "National Assembly"}]),
    ("At the National Assembly on June 24, 2024, 428 delegates approved the new law.",
     [{"value": 428.0, "unit": "delegate", "subject": "National Assembly"}]),
    # ... also with where they sat and their share set off by commas between
    ("On November 28, 2024, at the National Assembly, 452 out of 458 deputies present at the "
     "sitting, equal to 94.4 percent of all deputies, voted in favour of the law.",
     [{"value": 452.0, "unit": "deputy", "out_of": 458.0, "subject": "National Assembly"},
      {"value": 94.4, "unit": "%", "subject": "National Assembly"}]),
    # a verb of casting votes alone; those against and those who abstained are no metrics
    ("At the National Assembly on May 14, 2025, 457 voted in favour of the resolution, two "
     "voted against and three others abstained.",
     [{"value": 457.0, "unit": "vote", "subject": "National Assembly"}]),
    # voters alone, after the votes they cast
    ("In 2021 the Can Tho People's Council re-elected its chairman with votes from 47 out of "
     "49 deputies present.",
     [{"value": 47.0, "unit": "deputy", "out_of": 49.0,
       "subject": "Can Tho People's Council"}]),
    ("The bill passed with 452 out of 458 participating lawmakers in favour.",
     [{"value": 452.0, "unit": "lawmaker", "out_of": 458.0, "subject": "national"}]),
    # votes named for what they say, voters named for taking part; the assembly may be named
    # after them in the sentence
    ("With 471 approval votes, or 95.2 percent of the total number of deputies, the National "
     "Assembly elected its new chairman on May 20, 2025.",
     [{"value": 471.0, "unit": "vote", "subject": "National Assembly"},
      {"value": 95.2, "unit": "%", "subject": "National Assembly"}]),
    ("On October 21, 2024, 451 participating deputies, or 91.3 percent of all NA deputies, "
     "approved the resolution at the National Assembly.",
     [{"value": 451.0, "unit": "deputy", "subject": "National Assembly"},
      {"value": 91.3, "unit": "%", "subject": "National Assembly"}]),
    # a share of votes is the assembly's too
    ("The Hung Yen Provincial People's Council met on May 5, 2024. Tran Quoc Van of Hung Yen "
     "province received 96 percent of total voters.",
     [{"value": 96.0, "unit": "%", "subject": "Hung Yen Provincial People's Council"}]),
    # a committee of the council holds none of the council's votes
    ("The Binh Thuan Provincial People's Council met on May 2, 2024. Then Le Van Ba, Head of "
     "the Economic and Budget Committee of the Binh Thuan Provincial People's Council, received "
     "92.6% of votes of the delegates.",
     [{"value": 92.6, "unit": "%", "subject": "Binh Thuan Provincial People's Council"}]),
    # a council named after the votes as a post of the one elected holds none of them
    ("The National Assembly opened its session on May 3, 2025. With 430 out of 470 votes, Tran "
     "Van Minh, Chairman of the Ha Tinh Provincial People's Council, was elected State "
     "Auditor General.",
     [{"value": 430.0, "unit": "vote", "out_of": 470.0, "subject": "National Assembly"}]),
    ("With 96.8 percent of deputies voting in favour, the National Assembly passed the law on "
     "June 27, 2024.",
     [{"value": 96.8, "unit": "%", "subject": "National Assembly"}]),
    # what an assembly or council passes is its own count; it holds nothing after that
    ("At its 19th session in 2024, the Hai Duong Provincial People's Council approved 28 "
     "resolutions.",
     [{"value": 28.0, "unit": "resolution", "subject": "Hai Duong Provincial People's Council"}]),
    ("In 2025 the National Assembly passed four laws. The government was streamlined to 14 "
     "ministries.",
     [{"value": 4.0, "unit": "law", "subject": "National Assembly"},
      {"value": 14.0, "unit": "ministry", "subject": "national"}]),
    # ... written in words after the verb that passed them; the items it then names are
    # no counts of their own
    ("In 2024, the Quang Tri Provincial People's Council approved nine resolutions on the "
     "new departments.",
     [{"value": 9.0, "unit": "resolution", "subject": "Quang Tri Provincial People's Council"}]),
    ("At its session in 2025, the National Assembly adopted two resolutions: one on the "
     "standards of wards and one on the classification of towns.",
     [{"value": 2.0, "unit": "resolution", "subject": "National Assembly"}]),
    ("In 2025 the province merged 14 communes: one in the north and one in the delta.",
     [{"value": 14.0, "unit": "commune"}]),
    # ... but not a number in words of texts only drafted or cited
    ("In 2025 the ministry drafted two resolutions on the arrangement.", []),
    ("Under three resolutions of the Politburo, ministries cut 15% of their staff in 2024.",
     [{"value": 15.0, "unit": "%"}]),
    # no votes: attendance, a survey's ballots, an adjective
    ("On May 2, 2025, 320 delegates attended the conference.", []),
    # voters who "were present and voted", or a count restated as a share before its whole
    ("On June 18, 2024, the National Assembly voted by secret ballot. As many as 462 deputies "
     "were present and voted in favour, accounting for 95.9 percent of all deputies.",
     [{"value": 462.0, "unit": "deputy", "subject": "National Assembly"},
      {"value": 95.9, "unit": "%", "subject": "National Assembly"}]),
    ("On May 20, 2024, the National Assembly voted on the resolution. By secret ballot, 447 "
     "or 93.1 percent of the 455 deputies present at the plenary meeting voted for it.",
     [{"value": 447.0, "unit": "deputy", "out_of": 455.0, "subject": "National Assembly"},
      {"value": 93.1, "unit": "%", "subject": "National Assembly"}]),
    # the whole house, with "all" between the word of winning and the count
    ("On March 3, 2025, the National Assembly appointed him Minister of Justice with the "
     "approval of all 470 deputies present at the sitting.",
     [{"value": 470.0, "unit": "deputy", "subject": "National Assembly"}]),
    ("The National Assembly elected her Chairwoman of the Law Committee on May 5, 2024. She "
     "won approval votes of all 458 deputies present.",
     [{"value": 458.0, "unit": "deputy", "subject": "National Assembly"}]),
    ("On June 3, 2024, the new State Auditor General gained the support of all 449 "
     "participating deputies of the National Assembly.",
     [{"value": 449.0, "unit": "deputy", "subject": "National Assembly"}]),
    ("On June 23, 2021, the city People's Council re-elected him Chairman with the "
     "endorsement of 92 out of 94 deputies present.",
     [{"value": 92.0, "unit": "deputy", "out_of": 94.0}]),
    # ... and voters with a bracketed share before the verb by which they voted
    ("On October 22, 2024, the National Assembly confirmed the appointment. All of the 447 "
     "deputies present (93.1 percent of all deputies) voted to approve it.",
     [{"value": 447.0, "unit": "deputy", "subject": "National Assembly"},
      {"value": 93.1, "unit": "%", "subject": "National Assembly"}]),
    # ... but deputies who were present and did something else cast no vote
    ("On May 4, 2025, all 480 deputies present (in the new hall) attended the opening "
     "session.", []),
    ("In 2024 the plan won the support of all 63 provinces and cities.", []),
    ("In 2021, some 480 deputies were present and attended the opening session.", []),
    ("In 2021, 500 out of 510 deputies present attended the opening session.", []),
    ("On May 2, 2025, the session opened (500 deputies present).", []),
    ("In 2022, the survey collected 6,420 votes in 20 departments.", []),
    ("In 2025 several ministries run a level 3 approved system.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), VOTE_CASES)
def test_counts_of_votes(nlp, text, expected):
    check(nlp, text, expected)
