"""Menus, tag lists and headline lists are page furniture wherever they stand (issue 8).

A block of short lines that lists places, sections or other articles' headlines names no
province, body, official or metric; the article's own list (introduced by a colon) does.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(8)

PROVINCE_MENU = "\n".join(
    f"  • {name}"
    for name in (
        "An Giang",
        "Bac Giang",
        "Bac Kan",
        "Ca Mau",
        "Cao Bang",
        "Da Nang",
        "Dak Lak",
        "Ha Giang",
        "Ha Nam",
        "Ha Tinh",
        "Hai Duong",
        "Lao Cai",
        "Quang Tri",
        "Yen Bai",
    )
)
SECTION_MENU = "Home\nPolitics\nSociety\nEconomy\nProvinces\nHa Tinh\nWorld\nVideo"
TAG_LIST = "#Administrative reform\n#Lao Cai\n#PAR Index\n#Hanoi\n#Digital transformation"
HEADLINES = (
    "Hanoi cuts 126 commune-level units after the merger\n"
    "Ha Giang and Tuyen Quang leaders meet on the new provincial apparatus\n"
    "Bac Kan province digitises 95% of its dossiers in the first quarter\n"
    "Deputy Prime Minister Tran Hong Ha visits Lao Cai border gate"
)
HEADLINE = "Quang Tri climbs in the administrative reform rankings"
BODY_1 = (
    "Quang Tri ranked 7th of 63 provinces and cities in the PAR Index 2023, the provincial "
    "People's Committee said on Tuesday at a review meeting in Dong Ha City."
)
BODY_2 = (
    "The province settled 98.2% of its administrative dossiers on time last year, while "
    "online payments rose to 41.5%, according to the provincial Department of Home Affairs."
)


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def provinces(record) -> list[str]:
    return sorted(p.code for p in record.provinces)


CASES = [
    ("province menu at the top", page(PROVINCE_MENU, HEADLINE, BODY_1, BODY_2)),
    ("province menu in the middle", page(HEADLINE, BODY_1, PROVINCE_MENU, BODY_2)),
    ("province menu at the bottom", page(HEADLINE, BODY_1, BODY_2, PROVINCE_MENU)),
    ("section menu at the top", page(SECTION_MENU, HEADLINE, BODY_1, BODY_2)),
    ("section menu in the middle", page(HEADLINE, BODY_1, SECTION_MENU, BODY_2)),
    ("tag list at the bottom", page(HEADLINE, BODY_1, BODY_2, TAG_LIST)),
    ("tag list in the middle", page(HEADLINE, BODY_1, TAG_LIST, BODY_2)),
    ("headline list at the bottom", page(HEADLINE, BODY_1, BODY_2, HEADLINES)),
    ("headline list in the middle", page(HEADLINE, BODY_1, HEADLINES, BODY_2)),
    (
        "menus above and below",
        page(SECTION_MENU, PROVINCE_MENU, HEADLINE, BODY_1, BODY_2, HEADLINES, TAG_LIST),
    ),
]


@pytest.mark.parametrize(("where", "text"), CASES, ids=[c[0] for c in CASES])
def test_lists_yield_only_the_articles_entities(extract, where, text):
    record = extract(text)
    assert provinces(record) == ["VN-25"], where  # Quang Tri only
    assert not record.officials, where
    assert [(m.value, m.unit) for m in record.metrics] == [(7.0, "rank"), (98.2, "%"), (41.5, "%")]
    body = text.index(BODY_1)
    for province in record.provinces:  # the article's mentions only, none in a menu
        assert all(start >= text.index(HEADLINE) for start, _ in province.mentions), where
    assert all(m.start >= body for m in record.metrics)


def test_a_province_named_in_a_menu_and_the_article_keeps_the_articles_mentions(extract):
    text = page(PROVINCE_MENU, HEADLINE, BODY_1, BODY_2)
    (quang_tri,) = extract(text).provinces
    menu_end = len(PROVINCE_MENU)
    assert quang_tri.mentions and all(start > menu_end for start, _ in quang_tri.mentions)


def test_the_articles_own_list_after_a_colon_is_read(extract):
    text = page(
        "Eleven provinces keep their borders",
        "The Ministry of Home Affairs proposed that these provinces stay as they are:",
        "- Hanoi\n- Lai Chau\n- Dien Bien\n- Son La\n- Cao Bang\n- Lang Son",
        "The other 52 provincial-level units will be merged by July 1, 2025.",
    )
    assert provinces(extract(text)) == ["VN-01", "VN-04", "VN-05", "VN-09", "VN-71", "VN-HN"]


def test_a_short_article_list_of_figures_is_no_menu(extract):
    text = page(
        "Lao Cai's results in 2024",
        "Lao Cai reported its administrative reform results for 2024 at a meeting on Monday.",
        "- online dossiers 72.5%\n- on-time settlement 99.1%\n- satisfaction 95%\n- Lao Cai",
    )
    record = extract(text)
    assert [m.value for m in record.metrics] == [72.5, 99.1, 95.0]
    assert provinces(record) == ["VN-02"]


def test_a_short_headline_after_a_menu_and_a_blank_line_is_the_headline(extract):
    text = page(
        "Home\nPolitics\nHa Tinh\nLao Cai\nQuang Tri",
        "Ha Tinh cuts procedures",
        BODY_1.replace("Quang Tri", "Ha Tinh"),
    )
    record = extract(text)
    assert record.title == "Ha Tinh cuts procedures"
    assert [p.name for p in record.provinces] == ["Ha Tinh"]


def test_the_rows_of_a_ranked_table_are_no_headline_list(extract):
    # rows of a name, its position and its score in brackets are the article's table, not
    # the headlines of other articles, however many words the names take
    text = page(
        "Ministries ranked by their IT application in 2021",
        "The Ministry of Information and Communications published the 2021 rankings on "
        "Tuesday; the average index of ministries rose to 0.84.",
        "Ministries and ministerial-level agencies Ranking\n"
        "Ministry of Justice 1 (0.9120)\n"
        "The State Bank of Vietnam 2 (0.9054)\n"
        "Ministry of Planning and Investment 3 (0.8971)\n"
        "Ministry of Science and Technology 4 (0.8833)\n"
        "Ministry of Health 5 (0.8702)",
    )
    names = {body.name for body in extract(text).bodies}
    assert {
        "State Bank of Vietnam",
        "Ministry of Planning and Investment",
        "Ministry of Science and Technology",
    } <= names
