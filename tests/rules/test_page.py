"""Page furniture: titles, datelines, bylines, captions, footers and related headlines."""

import pytest

from reformnlp.components.page import byline_name, parse_date

# fmt: off
DATE_CASES = [
    ("02/02/2024", "2024-02-02"),
    ("09:12, 14/03/2025", "2025-03-14"),
    ("15:58, 02/02/2025", "2025-02-02"),
    ("Báo Tuyên QuangBáo Tuyên Quang29/07/2025", "2025-07-29"),
    ("Việt NamViệt Nam02/02/2024", "2024-02-02"),
    ("Update: 14-03-2025 | 09:12:00", "2025-03-14"),
    ("date 2024-10-05", "2024-10-05"),
    ("Thursday, 09/20/2024", "2024-09-20"),
    ("March 8, 2024 10:15", "2024-03-08"),
    ("November 24, 2021 10:20 PM GMT+7", "2021-11-24"),
    ("Hai Duong News 12/11/2023 08:30", "2023-11-12"),
    # a twelve-hour clock beside a numeric date: the US format, month first
    ("10:05:12 AM | 3/8/2023", "2023-03-08"),
    ("4/11/2022 2:30 PM", "2022-04-11"),
    ("14:30 | 3/8/2023", "2023-08-03"),
    ("31/02/2024", None),
    ("No date here", None),
]

BYLINE_CASES = [
    ("Phuc Quang", "Phuc Quang"),
    ("Thanh Hien", "Thanh Hien"),
    ("By Minh Anh", "Minh Anh"),
    ("Reported by Hoang Lan", "Hoang Lan"),
    ("TB (according to VNA)", "TB"),
    ("PV", "PV"),
    ("The rate reached 57.01% in 2023.", None),
    ("Comment (0)", None),
    ("Innovation in leadership and direction in implementing administrative reforms", None),
]

FURNITURE_PAGES = [
    # (page, expected title, published, author, texts that must yield no entity)
    ("Provinces speed up online services\n\n"
     "Báo Hà TĩnhBáo Hà Tĩnh15/03/2025\n\n"
     "Officials in Quang Binh reviewed the portal.\n\n"
     "Mai Lan\n\nSource\n\nComment (0)\n\nSame tag\n\n"
     "Dong Nai tops the ranking again\nCan Tho in my eyes\n",
     "Provinces speed up online services", "2025-03-15", "Mai Lan", ["Dong Nai", "Can Tho", "Ha Tinh"]),
    ("English | Tiếng Việt\n"
     "Lang Son cuts procedures\n"
     "09:12, 14/03/2025\n"
     "Lang Son reviewed 300 procedures this year.\n"
     "Related news\n"
     "Ha Giang wins award\n",
     "Lang Son cuts procedures", "2025-03-14", None, ["Ha Giang"]),
    # a byline of its own line under the headline, with "By:" or closed by a bar
    ("Quang Tri speeds up online services\n\n"
     "By: Tran Minh. Translated by: Hoai An\n06:15, 29/08/2025\n\n"
     "The Quang Tri Provincial Public Administration Service Centre settled 9,400 dossiers in "
     "the first half of the year, the provincial Department of Home Affairs said on Monday.\n",
     "Quang Tri speeds up online services", "2025-08-29", "Tran Minh", []),
    ("Lam Dong handles surplus offices\n\nNguyễn Hà |\n\n"
     "The Lam Dong Department of Finance said on Monday that the province manages 640 surplus "
     "offices after the merger and has handled 210 of them so far this year.\n",
     "Lam Dong handles surplus offices", None, "Nguyễn Hà", []),
    # a name and the day of the week before a date written "Oct/23/2025"; an audio widget
    ("Streamlining the apparatus\n\nMai Phuong Thursday, Oct/23/2025 - 22:19\nListen to Audio\n\n"
     "The Government now has 14 ministries and 3 ministerial-level agencies, the minister "
     "said at the session on Thursday in Hanoi.\n",
     "Streamlining the apparatus", "2025-10-23", "Mai Phuong", []),
    # a bare name before the page's print and share bar is the byline
    ("Vietnam climbs in the index\n\nThe country came 88th among 193 countries in the UN "
     "e-government development index this year, one place higher than before.\nCam Anh\n"
     "Print pageSend to friend Share on facebook\n",
     "Vietnam climbs in the index", None, "Cam Anh", []),
    # the site's clock opening the page, then the article's own date: the article's
    ("Sun, 4th Aug 2024 10:12 (GMT +7)\nSociety\n"
     "Tuesday, 14/03/2023 | 09:30:12 [GMT +7] A  A\n"
     "Ninh Binh opens a new service centre\n"
     "The Ninh Binh Provincial Public Administration Service Centre began work on Monday.\n",
     "Ninh Binh opens a new service centre", "2023-03-14", None, []),
    ("Monday, 12 Aug 2019\nNews\n"
     "Soc Trang reviews its procedures\n"
     "Updated at Thursday, 07 Feb 2019, 08:30\n"
     "Soc Trang reviewed 300 procedures this year, the provincial Department of Justice said "
     "at a meeting with the departments on Tuesday.\n",
     "Soc Trang reviews its procedures", "2019-02-07", None, []),
    # a news agency's tag after a place, a credit line, a sign-off: the agency is no body
    ("Hospitals gain more autonomy\n"
     "Hanoi (VNS/VNA) - The Ministry of Health said 230 public hospitals now cover their own "
     "running costs, up from 180 a year earlier.\n"
     "Image credit: VNA\n"
     "The ministry will review the remaining hospitals next year. –VNA\n"
     "VNA\n",
     "Hospitals gain more autonomy", None, None, ["Vietnam News Agency"]),
    # a weather line in the site's header is no headline
    ("Ha Tinh 18 °C / 16 - 21 °C\n"
     "Ha Tinh streamlines its departments\n"
     "10:05, 02/04/2025\n"
     "Ha Tinh cut four departments under the new structure, the province said.\n",
     "Ha Tinh streamlines its departments", "2025-04-02", None, []),
    # a byline that a date and a time in any zone follow on one line: its name and date
    ("Kon Tum climbs the index\n\n"
     "By Thu Ha   April 2, 2021 | 09:12 pm PT\n"
     "Kon Tum climbs the index\n\n"
     "Kon Tum rose 12 places in the 2020 PCI, the best gain of the Central Highlands.\n",
     "Kon Tum climbs the index", "2021-04-02", "Thu Ha", []),
    # a dateline right under a site's menu is the page's date, no item of the menu
    ("News\nWorld\nBusiness\nSports\nLaw\nEducation\nHealth\nTravel\n"
     "Friday, 11/7/2025 | 09:05 GMT+7\n\n"
     "Da Nang hands 1,200 procedures to its wards\n\n"
     "Da Nang has assigned 1,200 administrative procedures to its wards and communes.\n",
     "Da Nang hands 1,200 procedures to its wards", "2025-07-11", None, []),
    ("Hanoi leads the index\n"
     "Hanoi scored 90 points.\n"
     "Chairman of the Hanoi People's Committee Tran Sy Thanh spoke at the event.\n"
     "Chairman of the Hanoi People's Committee Tran Sy Thanh spoke at the event.\n"
     "Tags: reform, Hanoi\n",
     "Hanoi leads the index", None, None, []),
    # a byline or a stamp line between the headline and the text is not the headline
    ("Kon Tum names its best departments of 2024\n\n"
     "Tran Minh Duc XYZ_ABC 09:41\n\n"
     "(Baokontum.vn) - The Department of Justice ranked first in the provincial PAR Index of "
     "2024, the Provincial People's Committee announced on Monday.\n",
     "Kon Tum names its best departments of 2024", None, None, []),
    ("Lang Son cuts 40 procedures\n\n"
     "Chủ Nhật, 14/04/2024, 08:15\n"
     "Lang Son cut 40 administrative procedures in the first quarter, the province said.\n",
     "Lang Son cuts 40 procedures", "2024-04-14", None, []),
    # a date, a time and a view count closing the headline's line: the date, no figure
    ("Quang Tri leads the satisfaction index\n\n"
     "Quang Tri leads the satisfaction index 12/05/2023 08:15:00 412\n\n"
     "Font-size:A- A+\n\n"
     "On May 11, the Ministry of Home Affairs announced the index, in which Quang Tri came "
     "first.\n",
     "Quang Tri leads the satisfaction index", "2023-05-12", None, []),
    ("Ministry of Home Affairs opens a new portal\n\n"
     "Friday, 12/04/2024, 15:20\n"
     "The Ministry of Home Affairs opened its public service portal on Thursday and moved 40 "
     "procedures online in the first week.\n",
     "Ministry of Home Affairs opens a new portal", "2024-04-12", None, []),
    # a bar of topic links above the dateline: no stop or comma in thirty words, no paragraph
    ("Hue Festival 2022 Tet holiday travel guide Da Lat flower week Hanoi marks 20 years of "
     "expansion 5th Mekong delta trade fair Quang Ninh Heritage Week 2024 Lunar New Year "
     "traffic Typhoon Yagi recovery\n"
     "Jun 03, 2019 / 09:15\n"
     "Ha Giang speeds up online filing\n"
     "The Ha Giang Provincial People's Committee said that 61% of dossiers were filed online, "
     "up from 40% a year earlier, and that the province would add 20 more services.\n",
     "Ha Giang speeds up online filing", "2019-06-03", None, ["Hanoi", "Quang Ninh"]),
    # a site's clock with its share counters opening the page, then the article's own date:
    # the clock is furniture, never the headline, and the article's date is the page's
    # (a two-word headline does not look like one: the page has none)
    ("Monday,  Jun 3, 2019,08:15 (GMT+7) 0 0\n"
     "Faster filing\n"
     "By Thu Ha\n"
     "Tuesday,  Apr 10, 2018,10:02 (GMT+7)\n"
     "Faster filing\n"
     "The Ha Giang Provincial People's Committee said that 61% of dossiers were filed online, "
     "up from 40% a year earlier, and that the province would add 20 more services.\n",
     None, "2018-04-10", "Thu Ha", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), BYLINE_CASES)
def test_byline_name(text, expected):
    assert byline_name(text) == expected


@pytest.mark.parametrize(("page", "title", "published", "author", "absent"), FURNITURE_PAGES)
def test_page_meta_and_furniture(extract, page, title, published, author, absent):
    record = extract(page)
    assert (record.title, record.published, record.author) == (title, published, author)
    names = {p.name for p in record.provinces} | {b.name for b in record.bodies}
    assert not names & set(absent)


# A dateline line as sites print it, under the headline: (line, published)
DATELINE_LINES = [
    ("June 03, 2023, 08:15 [GMT+7]", "2023-06-03"),
    ("Published: March 2, 2024 14:05:10 IST", "2024-03-02"),
    ("August 9, 2022 | 09:40 pm GMT+7", "2022-08-09"),
    ("by VNS/VNA12 March 2023 Last updated at 10:00 AM", "2023-03-12"),
    ("18 May 2025", "2025-05-18"),
    ("Sept 4th, 2024 - 07:30", "2024-09-04"),
    ("2024-11-05 09:30:00.0", "2024-11-05"),
    ("12-06-2023 07:15:40+07:00", "2023-06-12"),
    ("16:20 | 11/10/2022", "2022-10-11"),
    ("Friday, 19/09/2025 - 21:15", "2025-09-19"),
    ("Updated at Friday, 03 Aug 2018, 17:00", "2018-08-03"),
    # a byline with the time and a date written year first
    ("Minh Chau 16:05, 2020/03/11", "2020-03-11"),
    # a place and a dash before the date, as agencies file
    ("HÀ NỘI — May 14, 2024", "2024-05-14"),
    ("DA NANG – 3 March 2023", "2023-03-03"),
    # a source line that dates the page, fields split by bars
    ("Source: Xinhua| 2019-04-12 10:20:31|Editor: Li Wen", "2019-04-12"),
    ("Source: VNA | 2021-09-30", "2021-09-30"),
    # a sentence that holds a date is not a dateline
    ("The resolution takes effect from May 9, 2025.", None),
]


@pytest.mark.parametrize(
    ("line", "author"),
    [("Minh Chau 16:05, 2020/03/11", "Minh Chau"), ("Updated Monday 16:05, 2020/03/11", None)],
)
def test_a_name_before_the_time_on_the_dateline_is_the_author(extract, line, author):
    page = (
        f"Thai Binh speeds up online public services\n\n{line}\n\n"
        "The province settled 97.2% of dossiers on time in the first quarter, the provincial "
        "Department of Home Affairs said at a review meeting on Tuesday.\n"
    )
    record = extract(page)
    assert (record.published, record.author) == ("2020-03-11", author)


@pytest.mark.parametrize(("line", "published"), DATELINE_LINES)
def test_dateline_lines_are_read_and_kept_out_of_the_title(extract, line, published):
    headline = "Thai Binh speeds up online public services"
    page = (
        f"{headline}\n\n{line}\n\n"
        "The province settled 97.2% of dossiers on time in the first quarter, the provincial "
        "Department of Home Affairs said at a review meeting on Tuesday.\n"
    )
    record = extract(page)
    assert (record.title, record.published) == (headline, published)


@pytest.mark.parametrize(
    ("last_line", "author"), [("PV", "PV"), ("T.T", "T.T"), ("H.A.", "H.A."), ("VNA", None)]
)
def test_initials_closing_the_article_are_its_byline(extract, last_line, author):
    page = (
        "Ninh Binh trims paperwork\n\nThe province settled 98.4% of dossiers on time in "
        f"2024, its Department of Home Affairs said.\n\n{last_line}\n"
    )
    assert extract(page).author == author


def test_byline_is_never_an_official(extract):
    page = "Reform news\n\nPrime Minister Pham Minh Chinh spoke.\n\nHoang Minh Tuan\n\nSource\n"
    record = extract(page)
    assert record.author == "Hoang Minh Tuan"
    assert [o.name for o in record.officials] == ["Pham Minh Chinh"]


def test_repeated_caption_is_marked_once(nlp):
    page = (
        "Title of the story here\n"
        "Delegates at the Ha Tinh bridge point.\n"
        "Delegates at the Ha Tinh bridge point.\n"
        "The body text follows.\n"
    )
    doc = nlp(page)
    captions = [s.text for s in doc.spans["furniture"] if s.label_ == "CAPTION"]
    assert captions == ["Delegates at the Ha Tinh bridge point."]


@pytest.mark.parametrize("line", ["W-PAPI 3 18.jpg", "sipas 2023 12.png", "dti_2024.webp"])
def test_an_image_file_name_alone_on_a_line_is_a_caption_with_no_figure(extract, line):
    record = extract(
        f"Quang Tri's index rose\n\nQuang Tri scored 44.1 points in the 2024 PAPI.\n\n{line}\n"
        "Officials at the announcement.\n"
    )
    assert [m.value for m in record.metrics] == [44.1]


@pytest.mark.parametrize(
    "caption",
    [
        "The one-stop counter of Hoa Vang district in March 2024. Photo by VnExpress/Nguyen Dong",
        "Staff at the Da Nang service centre. Photos courtesy of the centre.",
        "Officials check dossiers at the one-stop desk in 2021. Photo: T.T.D. / Tuoi Tre",
        "The centre's counter in March 2024. Photo: VGP/Nhat Bac",
    ],
)
def test_a_line_ending_on_a_photo_credit_is_a_caption_and_dates_nothing(extract, caption):
    record = extract(
        "Da Nang leads the satisfaction survey\n\nBy Thu Ha   June 2, 2024 | 09:10 pm PT\n"
        f"{caption}\nDa Nang was the best performer in the survey last year.\n\n"
        "The city scored 87.4% in the 2023 SIPAS released on Monday.\n\n"
        "Hai Phong followed with 86.9%.\n"
    )
    assert [(m.value, m.period) for m in record.metrics] == [(87.4, "2023"), (86.9, "2023")]


@pytest.mark.parametrize(
    "caption",
    [
        "Bộ Nội vụ cắt giảm ít nhất 20% đầu mối- Ảnh 1.",
        "The ministry will cut at least 20% of its units - Ảnh 2",
        "Delegates vote on the plan to merge 12 communes– Ảnh 3.",
    ],
)
def test_a_line_closed_by_a_numbered_image_mark_is_a_caption(extract, caption):
    # a site numbers its images after their caption, which repeats the headline or says
    # what the photo shows: its figures are not the article's
    record = extract(
        "Ministry to cut a fifth of its units\n\n"
        "The Ministry of Home Affairs will cut 20% of its units in 2025.\n\n"
        f"{caption}\n\n"
        "It now has 24 units.\n"
    )
    assert [m.value for m in record.metrics] == [20.0, 24.0]


@pytest.mark.parametrize(
    "caption", ["Illustrative image (Source: VNA)", "Illustrative photo.", "(Illustrative image)"]
)
def test_an_illustrative_image_line_is_a_caption_and_no_lead_paragraph(extract, caption):
    # the lead's year carries over on an undated page: the caption is not counted as one
    # of the lead paragraphs
    record = extract(
        "Binh Phuoc widens online filing\n\n"
        "More residents of Binh Phuoc now file dossiers on the provincial portal.\n\n"
        f"{caption}\n\n"
        "In 2022, the province received 48,300 dossiers online, up 2.4 times.\n\n"
        "Dong Xoai city settled 96 percent of its dossiers on time.\n\n"
        "The province plans to add 120 more online services in 2023.\n"
    )
    assert [(m.value, m.period) for m in record.metrics][:2] == [(48300.0, "2022"), (96.0, "2022")]


def test_seed_page_meta(extract, seed_text):
    record = extract(seed_text)
    assert record.title == (
        "Innovation in leadership and direction in implementing administrative reforms"
    )
    assert record.published == "2024-02-02"
    assert record.author == "Phuc Quang"
    assert [p.name for p in record.provinces] == ["Ha Tinh"]


def test_hard_wrapped_paragraphs_are_read_as_paragraphs(extract):
    page = (
        "Ha Tinh reviews administrative reform\n\n15/03/2025\n\n"
        "Vice Chairman of the Provincial People's Committee Le Ngoc Chau told the review meeting\n"
        "that Ha Tinh settled 98.5% of dossiers on time in 2024, while the online rate reached\n"
        "57.01% against a national average of 38.26%.\n\n"
        "The Ha Tinh Provincial Public Administration Service Centre received 45,210 dossiers in\n"
        "the year, and officials said the province would strive for 80% online filing by 2025.\n"
    )
    record = extract(page)
    assert (record.title, record.published) == (
        "Ha Tinh reviews administrative reform",
        "2025-03-15",
    )
    assert [o.name for o in record.officials] == ["Le Ngoc Chau"]
    assert [m.value for m in record.metrics] == [98.5, 57.01, 45210.0, 80.0]
    assert record.metrics[1].average.value == 38.26


def test_a_post_broken_over_two_wrapped_lines_is_one_post(extract):
    page = (
        "Quang Tri raises its index\n\n"
        "In 2024 the province climbed in the provincial competitiveness rankings, and the\n"
        "business support index gained 2.1 points. Chairman of the Quang Tri Provincial People's\n"
        "Committee Vo Van Hung asked the departments to keep the pace, and the provincial\n"
        "portal now offers 1,460 online services to residents and enterprises of the area.\n\n"
        "Officials said the Quang Tri Department of Home Affairs would check every district\n"
        "and report to the provincial leaders before the end of the second quarter of 2025.\n"
    )
    record = extract(page)
    assert [(o.name, o.titles) for o in record.officials] == [
        ("Vo Van Hung", ["Chairman of the Quang Tri Provincial People's Committee"])
    ]
    # the record still quotes the page as given, line breaks and all
    assert all(m.quote == page[m.start : m.end] for m in record.metrics)
    assert [m.value for m in record.metrics] == [2.1, 1460.0]


def test_related_headlines_under_long_paragraphs_are_no_hard_wrap(extract):
    lead = (
        "The centre settled 12,400 dossiers in 2024, up 8% on the year before, its director said."
    )
    related = "\n".join(
        f"provincial centre settles 12,400 dossiers in 2024 online filing rate climbs to {n}0%"
        for n in range(4, 9)
    )
    body = (
        "Officials of the Binh Phuoc Provincial Public Administration Service Centre said the "
        "online filing rate reached 64% in December, and that 30 more procedures would go online "
        "in the first quarter of 2025 as the province connects its systems to the national portal."
    )
    more = (
        "The centre now receives dossiers for 1,450 procedures of departments, branches and "
        "sectors, and its staff guide residents through the online filing steps at the counter "
        "so that each dossier is checked once and returned through the postal service on time."
    )
    page = (
        f"Binh Phuoc centre settles more dossiers\n\n{lead}\nMarch 4, 2025 | 10:51\n{related}\n"
        f"{body}\n{more}\n{more}\n{body}\n"
    )
    record = extract(page)
    assert record.published == "2025-03-04"
    assert 64.0 in [m.value for m in record.metrics]


def test_dateline_with_time_zone_after_the_lead(extract):
    page = (
        "Members of the digital transformation committee named\n\n"
        "VGP – The Prime Minister has signed the decision approving the list of members.\n\n"
        "November 24, 2021 10:20 PM GMT+7\n\n"
        "Minister of Home Affairs Pham Thi Thanh Tra is a member.\n"
    )
    assert extract(page).published == "2021-11-24"


def test_a_dateline_opening_the_first_paragraph_is_read_and_the_paragraph_kept(extract):
    text = (
        " date 2022-08-09 Da Nang topped the DTI rankings for 2021, scoring 0.6419 points, "
        "the ministry announced on Monday at a meeting of the national committee.\n"
    )
    record = extract(text)
    assert record.published == "2022-08-09"
    assert [p.name for p in record.provinces] == ["Da Nang"]
    assert [m.value for m in record.metrics] == [0.6419]


# A place and a date opening the first paragraph, with or without the agency's tag.
DATED_LEADS = [
    (
        "HUE, March 12, 2025 — Satisfaction with public services rose to 85.2% last year.",
        "2025-03-12",
        "Thua Thien Hue",
    ),
    (
        "Can Tho, June 3 (VNA) – Satisfaction with public services rose to 85.2% last year.",
        None,
        "Can Tho",
    ),
    (
        "HAI PHONG, 9 April, 2024 - Satisfaction with public services rose to 85.2% last year.",
        "2024-04-09",
        "Hai Phong",
    ),
    # ... after a scraper's date prefix on the same line
    (
        " date 2021-02-20 HÀ NỘI — Satisfaction with public services rose to 85.2% last year.",
        "2021-02-20",
        "Hanoi",
    ),
    (
        " date 2023-11-02 ĐÀ NẴNG (VNA) — Satisfaction with public services rose to 85.2% last "
        "year.",
        "2023-11-02",
        "Da Nang",
    ),
]


@pytest.mark.parametrize(("text", "published", "place"), DATED_LEADS)
def test_a_dated_lead_is_the_dateline_and_no_figure_of_its_place(extract, text, published, place):
    record = extract(text)
    assert record.published == published
    assert [p.name for p in record.provinces] == [place]
    [metric] = record.metrics
    assert (metric.value, metric.subject, metric.metric) == (
        85.2,
        "national",
        "Satisfaction with public services",
    )


def test_a_place_alone_in_capitals_above_the_headline_is_the_dateline_place(extract):
    text = (
        "HANOI\nVietnam merges provinces, cutting state jobs\n\n"
        "Vietnam's National Assembly on Thursday approved plans to merge provinces, cutting "
        "80,000 state jobs as part of reforms to the country's administrative structure.\n"
    )
    record = extract(text)
    assert [p.name for p in record.provinces] == ["Hanoi"]
    assert record.title == "Vietnam merges provinces, cutting state jobs"


def test_a_photo_source_line_does_not_end_the_article(extract):
    text = (
        "Bac Ninh speeds up online services\n\n"
        "Bac Ninh settled 98.5% of its dossiers on time in 2024, the provincial Department of "
        "Home Affairs said in a report released to the press on Monday morning.\n"
        "Source: Internet\n"
        "The province also moved 1,850 public services online, a record for the northern "
        "province, according to the same report released on Monday.\n"
    )
    assert [m.value for m in extract(text).metrics] == [98.5, 1850.0]


def test_a_view_count_after_the_headline_stamp_is_no_figure(extract):
    page = (
        "Quang Tri leads the satisfaction index\n\n"
        "Quang Tri leads the satisfaction index 12/05/2023 08:15:00 412\n\n"
        "On May 11, the Ministry of Home Affairs put Quang Tri first in the index.\n"
    )
    record = extract(page)
    assert 412.0 not in [m.value for m in record.metrics]
    assert record.title == "Quang Tri leads the satisfaction index"
