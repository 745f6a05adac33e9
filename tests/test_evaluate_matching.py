"""Record matching rules of SPEC section 6: values, unit classes, one-to-one, titles, bodies."""

import pytest

from reformnlp.evaluation.assignment import match_items, min_cost_assignment
from reformnlp.evaluation.matching import (
    match_bodies,
    match_metrics,
    match_officials,
    match_provinces,
    values_match,
)
from reformnlp.evaluation.normalise import (
    jaccard,
    subject_form,
    title_words,
    titles_match,
    unit_class,
)
from reformnlp.schema import Body, Metric, Official, Province

# fmt: off
UNIT_CLASSES = [
    ("%", "percent"), ("percent", "percent"),
    ("points", "points"), ("percentage points", "points"),
    ("rank", "rank"), ("place", "rank"),
    ("times", "ratio"),
    ("VND", "currency"), ("USD", "currency"), ("dong", "currency"),
    ("day", "time"), ("working days", "time"), ("month", "time"), ("hours", "time"),
    ("dossier", "count"), ("administrative procedure", "count"), ("commune", "count"),
    # a position is a staff position, counted, as "allocated positions" are
    ("position", "count"), ("positions", "count"), ("allocated position", "count"),
]
# fmt: on


@pytest.mark.parametrize(("unit", "expected"), UNIT_CLASSES)
def test_unit_class(unit, expected):
    assert unit_class(unit) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        (57.01, 57.01, True),
        (57.01, 57.02, True),
        (57.01, 57.0, True),
        (57.01, 57.03, False),
        (2157, 2157.0, True),
        (0.77, 7.7, False),
    ],
)
def test_value_tolerance(gold, predicted, same):
    assert values_match(gold, predicted) is same


def m(value, unit="%", quote="", start=None, end=None, **fields):
    return Metric(value=value, unit=unit, quote=quote, start=start, end=end, **fields)


def test_metric_needs_same_unit_class():
    pairs, missed, extra = match_metrics([m(27, "rank")], [m(27, "%")])
    assert (pairs, missed, extra) == ([], [0], [0])


def test_metric_units_of_one_class_match():
    pairs, _, _ = match_metrics([m(3, "working day")], [m(3, "days")])
    assert pairs == [(0, 0)]


def test_metrics_match_one_to_one():
    gold = [m(50.6, quote="a"), m(50.6, quote="b")]
    pairs, missed, extra = match_metrics(gold, [m(50.6)])
    assert len(pairs) == 1 and len(missed) == 1 and extra == []


def test_metrics_prefer_overlapping_quotes():
    text = "ministries reached 50.6% while localities reached 50.6% too"
    first, second = text.index("ministries"), text.index("localities")
    gold = [m(50.6, start=first, end=first + 24), m(50.6, start=second, end=second + 24)]
    predicted = [m(50.6, start=second, end=second + 10), m(50.6, start=first, end=first + 10)]
    pairs, _, _ = match_metrics(gold, predicted, text)
    assert pairs == [(0, 1), (1, 0)]


def test_metric_quote_located_in_text_when_offsets_missing():
    text = "Hue reached 90% and Hanoi reached 90%."
    gold = [m(90, quote="Hanoi reached 90%"), m(90, quote="Hue reached 90%")]
    predicted = [m(90, start=0, end=15), m(90, start=20, end=37)]
    pairs, _, _ = match_metrics(gold, predicted, text)
    assert pairs == [(0, 1), (1, 0)]


def test_assignment_beats_greedy():
    # Greedy would pair gold 0 with predicted 0 and leave gold 1 unmatched.
    compatible = {(0, 0), (0, 1), (1, 0)}
    pairs, missed, extra = match_items(
        [0, 1], [0, 1], lambda g, p: 0.0 if (g, p) in compatible else None
    )
    assert pairs == [(0, 1), (1, 0)] and missed == [] and extra == []


def test_min_cost_assignment_rectangular():
    assert min_cost_assignment([[4, 1, 3], [2, 0, 5]]) == [(0, 1), (1, 0)]
    assert min_cost_assignment([[4], [1], [3]]) == [(1, 0)]
    assert min_cost_assignment([]) == []


# fmt: off
TITLE_PAIRS = [
    ("Vice Chairman of the Ha Tinh Provincial People's Committee",
     "Vice Chairman of Ha Tinh Provincial People's Committee", True),
    ("Minister of Home Affairs", "minister of home affairs", True),
    ("Head of the Government's Steering Committee for Administrative Reform",
     "Head of Government Steering Committee for Administrative Reform", True),
    ("Chairman of the Quang Ninh Provincial People's Committee",
     "Chairman of the Ha Tinh Provincial People's Committee", False),
    # 2 of 3 words shared: the SPEC threshold of 0.6 accepts it.
    ("Prime Minister", "Deputy Prime Minister", True),
    ("Prime Minister", "Deputy Minister of Home Affairs", False),
    ("Chairwoman of the Lao Cai Provincial People's Council", "Member of the Politburo", False),
    ("Bộ trưởng Nội vụ", "Bo truong Noi vu", True),
    # a province is the same in any of its spellings
    ("Director of the Office of the Haiphong People's Committee",
     "Director of the Office of the Hai Phong People's Committee", True),
    ("Chairman of the HCMC People's Committee",
     "Chairman of the Ho Chi Minh City People's Committee", True),
    ("Chairman of the Hanoi People's Committee", "Chairman of the Haiphong People's Committee",
     False),
    # a body is the same by its acronym as by its name; a word written as an acronym is
    # read only in its capitals ("MOST", not "most")
    ("Chairman of the National Assembly's Economic Committee",
     "Chairman of the NA's Economic Committee", True),
    ("Director of the Ministry of Home Affairs' Department for Administrative Reform",
     "Director of the MoHA's Department for Administrative Reform", True),
    ("Minister of Science and Technology", "most senior minister", False),
    # a word written the British or the American way is one word (words.csv spelling)
    ("Deputy Head of the Party Central Committee's Organization Commission",
     "Deputy Head of the Central Organisation Commission", True),
    ("Head of the Central Mass Mobilization Commission of the Communist Party",
     "Head of the Central Mass Mobilisation Commission", True),
    ("Deputy Minister of National Defense", "Deputy Minister of National Defence", True),
]
# fmt: on


@pytest.mark.parametrize(("gold", "predicted", "same"), TITLE_PAIRS)
def test_title_jaccard(gold, predicted, same):
    assert titles_match(gold, predicted) is same


def test_title_words_drop_stopwords_and_possessive():
    assert title_words("Head of the Government's Office and for") == {
        "head",
        "government",
        "office",
    }
    assert jaccard(frozenset({"a", "b"}), frozenset({"b", "c"})) == pytest.approx(1 / 3)


def test_body_matches_through_alias():
    gold = [
        Body(name="Government's Steering Committee for Administrative Reform", aliases=["SCAR"])
    ]
    predicted = [
        Body(
            name="Steering Committee for Administrative Reform",
            aliases=["scar", "the Steering Committee"],
        )
    ]
    pairs, _, _ = match_bodies(gold, predicted)
    assert pairs == [(0, 0)]


def test_body_name_normalised():
    gold = [Body(name="Ha Tinh Provincial People's Committee")]
    predicted = [Body(name="the Ha Tinh Provincial Peoples Committee")]
    assert match_bodies(gold, predicted)[0] == [(0, 0)]


def test_body_names_spelled_two_ways_match():
    gold = [Body(name="Xom Chieu Ward Public Administration Service Center")]
    predicted = [Body(name="Xom Chieu Ward Public Administration Service Centre")]
    assert match_bodies(gold, predicted)[0] == [(0, 0)]


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Phong Chau Ward Public Administration Service Center",
         "Phong Chau Ward Public Administration Service Centre", True),
        ("Hai Duong province", "Hai Duong", True),
        ("Dong Da", "Dong Da district", True),
        ("Pu Nhung commune", "Pu Nhung", True),
        ("Mong Cai", "Mong Cai city", True),
        ("Ho Chi Minh City", "Ho Chi Minh City", True),
        ("Vinh City People's Committee", "Vinh city", False),
        ("Dong Da", "Dong Da district People's Committee", False),
        ("Phong Chau Ward Public Administration Service Center", "Phong Chau", False),
    ],
)  # fmt: skip
def test_subject_form(gold, predicted, same):
    assert (subject_form(gold) == subject_form(predicted)) is same


def test_bodies_of_different_provinces_do_not_match():
    gold = [Body(name="Ha Tinh Provincial People's Committee")]
    predicted = [Body(name="Nghe An Provincial People's Committee")]
    assert match_bodies(gold, predicted) == ([], [0], [0])


def test_officials_match_on_key_or_folded_name():
    gold = [Official(name="Phạm Minh Chính", key="pham minh chinh"), Official(name="Lê Ngọc Châu")]
    predicted = [
        Official(name="Le Ngoc Chau", key="le ngoc chau"),
        Official(name="Pham Minh Chinh"),
    ]
    pairs, missed, extra = match_officials(gold, predicted)
    assert pairs == [(0, 1), (1, 0)] and missed == [] and extra == []


def test_provinces_match_on_code_then_name():
    gold = [Province(name="Ha Tinh", code="VN-23"), Province(name="Quang Ninh")]
    predicted = [Province(name="Hà Tĩnh", code="VN-23"), Province(name="quang ninh")]
    assert match_provinces(gold, predicted)[0] == [(0, 0), (1, 1)]
    assert (
        match_provinces(
            [Province(name="Ha Tinh", code="VN-23")], [Province(name="Ha Tinh", code="VN-24")]
        )[0]
        == []
    )
