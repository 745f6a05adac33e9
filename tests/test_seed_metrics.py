"""The seed page yields exactly SPEC's nine metrics (worked example of section 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

import reformnlp

SEED = Path("/work/shared/seed/article.txt")

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="seed page not available")

# value, unit, subject, period, extras
EXPECTED = [
    (28.59, "%", "ministries and branches", "2023", {}),
    (39.48, "%", "localities", "2023", {}),
    (50.60, "%", "ministries and branches", "2023", {}),
    (90.75, "%", "localities", "2023", {}),
    (57.01, "%", "Ha Tinh", "2023", {"average": {"scope": "national", "value": 38.26}}),
    (94.44, "%", "Ha Tinh", "2023", {"target": 90.0}),
    (
        34.37,
        "%",
        "Ha Tinh",
        "2023",
        {
            "previous": {"period": "2022", "value": 0.77},
            "change": {"value": 34.3, "unit": "%", "direction": "increase"},
            "average": {"scope": "national", "value": 27.08},
        },
    ),
    (
        27,
        "rank",
        "Ha Tinh",
        "2023",
        {"rank": {"position": 27, "total": 63, "scope": "provinces and cities"}},
    ),
    (
        2,
        "rank",
        "Ha Tinh",
        "2023",
        {"rank": {"position": 2, "total": None, "scope": "North Central region"}},
    ),
]


@pytest.fixture(scope="module")
def record():
    return reformnlp.extract(SEED.read_text(encoding="utf-8"), id="seed")


def test_exactly_nine_metrics(record):
    assert [(m.value, m.unit) for m in record.metrics] == [
        (pytest.approx(v), u) for v, u, *_ in EXPECTED
    ]


@pytest.mark.parametrize(("index", "expected"), list(enumerate(EXPECTED)))
def test_metric_attributes(record, index, expected):
    _value, _unit, subject, period, extras = expected
    metric = record.metrics[index]
    assert (metric.subject, metric.period, metric.kind, metric.approximate) == (
        subject,
        period,
        "result",
        False,
    )
    dumped = metric.model_dump()
    for key, want in extras.items():
        got = dumped[key]
        if isinstance(want, dict):
            for sub, sub_want in want.items():
                assert got[sub] == (
                    pytest.approx(sub_want) if isinstance(sub_want, float) else sub_want
                ), (key, sub)
        else:
            assert got == pytest.approx(want)
    for key in ("target", "average", "previous", "change", "rank"):
        if key not in extras:
            assert dumped[key] is None, key


def test_quotes_index_the_text(record):
    text = SEED.read_text(encoding="utf-8")
    for metric in record.metrics:
        assert text[metric.start : metric.end] == metric.quote
        assert str(metric.value).rstrip("0").rstrip(".") in metric.quote.replace(",", ".") or (
            metric.unit == "rank"
        )


def test_metric_phrases(record):
    assert record.metrics[0].metric == (
        "rate of digitization of records and results of handling administrative procedures"
    )
    assert record.metrics[4].metric == "rate of online application submission"
    assert record.metrics[7].metric == "People and Business Service Index"
    assert record.metrics[1].quote == "at localities reached 39.48%"
