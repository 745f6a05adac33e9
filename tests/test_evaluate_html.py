"""The review page: agreements drawn once, attribute and title errors marked as scored."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy import blank
from spacy.tokens import Span

from pagereader import read_page
from reformnlp.evaluation import Prediction, evaluate, gold_predictor, render_html
from reformnlp.schema import ArticleRecord

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Ha Tinh reached 94.44% in 2023, against a goal of 90%. "
    "Online payments were 34.37%. Hue scored 5 points. It ranked 7th."
)
CHAU_TITLES = [
    "Vice Chairman of the Ha Tinh Provincial People's Committee",
    "Secretary of the Ha Tinh Provincial Party Committee",
]


def cut(text: str, phrase: str) -> dict:
    """start/end/quote of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "quote": phrase}


def gold_line(**fields) -> dict:
    return {
        "id": "ha-tinh",
        "text": TEXT,
        "metrics": [
            {
                **cut(TEXT, "Ha Tinh reached 94.44% in 2023"),
                "value": 94.44,
                "unit": "%",
                "subject": "Ha Tinh province",
                "period": "2023",
                "target": 90,
            },
            {
                **cut(TEXT, "Online payments were 34.37%"),
                "value": 34.37,
                "unit": "%",
                "subject": "Ha Tinh",
                "period": "2023",
            },
            {**cut(TEXT, "Hue scored 5 points"), "value": 5, "unit": "points", "subject": "Hue"},
        ],
        "officials": [
            {"name": "Le Ngoc Chau", "key": "le ngoc chau", "titles": CHAU_TITLES},
            {
                "name": "Pham Thi Thanh Tra",
                "key": "pham thi thanh tra",
                "titles": ["Minister of Home Affairs"],
            },
        ],
        **fields,
    }


def predicted_record() -> ArticleRecord:
    return ArticleRecord.model_validate(
        {
            "id": "ha-tinh",
            "metrics": [
                # Same figure, other quote bounds, and the wrong year.
                {
                    **cut(TEXT, "reached 94.44%"),
                    "value": 94.44,
                    "unit": "%",
                    "subject": "Ha Tinh",
                    "period": "2024",
                    "target": 90,
                },
                {
                    **cut(TEXT, "Online payments were 34.37%"),
                    "value": 34.37,
                    "unit": "%",
                    "subject": "Ha Tinh",
                    "period": "2023",
                },
                {**cut(TEXT, "It ranked 7th"), "value": 7, "unit": "rank", "subject": "Ha Tinh"},
            ],
            "officials": [
                {
                    "name": "Le Ngoc Chau",
                    "key": "le ngoc chau",
                    "titles": [
                        "Vice Chairman of Ha Tinh Provincial People's Committee",
                        "Member of the Politburo",
                    ],
                },
                {"name": "Nguyen Van A", "key": "nguyen van a", "titles": ["Director"]},
            ],
        }
    )


def records_predictor(records: dict[str, ArticleRecord]):
    return lambda samples: [Prediction(record=records.get(s.id)) for s in samples]


def page_of(gold, predictor):
    result = evaluate(gold, predictor=predictor)
    return result, read_page(render_html(result))


def test_wrong_attribute_cell_shows_gold_and_predicted():
    result, page = page_of([gold_line()], records_predictor({"ha-tinh": predicted_record()}))
    wrong = [c for c in page.cells if "wrong" in c.classes]
    assert len(wrong) == 1
    assert "✗" in wrong[0].words and "gold: 2023" in wrong[0].words
    assert "predicted: 2024" in wrong[0].words
    # The scorer counts "Ha Tinh province" and "Ha Tinh" as one subject: not marked.
    assert sum(a.correct != a.total for a in result.attributes.values()) == 1
    row = [c.words for c in page.cells if "matched" in c.row and "ok" not in c.row]
    assert row[0] == "✗ 1 wrong" and "Ha Tinh province predicted: Ha Tinh" in row


def test_missed_and_extra_metric_rows():
    _, page = page_of([gold_line()], records_predictor({"ha-tinh": predicted_record()}))
    metric_cells = [c for c in page.cells if "metrics" in c.table]
    missed = [c.words for c in metric_cells if "missed" in c.row]
    extra = [c.words for c in metric_cells if "extra" in c.row]
    assert missed[:3] == ["✗ missed", "Hue scored 5 points", "5"] and "points" in missed
    assert extra[:3] == ["+ extra", "It ranked 7th", "7"] and "rank" in extra
    # The other side of a one-sided row stays empty: no gold/predicted pairs in it.
    assert not any("gold:" in words for words in missed + extra)


def test_metric_quotes_drawn_as_the_matching_pairs_them():
    _, page = page_of([gold_line()], records_predictor({"ha-tinh": predicted_record()}))
    labels = sorted(label.words for label in page.labels)
    assert labels == ["METRIC extra", "METRIC missed", "METRIC ✓", "METRIC ✓"]


def test_titles_side_by_side_with_the_missing_one_marked():
    _, page = page_of([gold_line()], records_predictor({"ha-tinh": predicted_record()}))
    titles = [i for i in page.items if "officials" in i.table]
    chau = [i for i in titles if "matched" in i.row]
    assert [(i.words, i.classes) for i in chau] == [
        (f"✓ {CHAU_TITLES[0]}", {"found"}),
        (f"✗ {CHAU_TITLES[1]} (missing)", {"missing"}),
        ("✓ Vice Chairman of Ha Tinh Provincial People's Committee", {"matched"}),
        ("+ Member of the Politburo", {"extra"}),
    ]
    missed = [i.words for i in titles if "missed" in i.row]
    assert missed == ["✗ Minister of Home Affairs (missing)"]
    extra = [c.words for c in page.cells if "officials" in c.table and "extra" in c.row]
    assert extra[0] == "+ extra" and "Nguyen Van A" in extra[1] and "Director" in extra[3]


def test_agreeing_span_drawn_once():
    text = "Hanoi and Hue cut procedures."
    gold = {
        "text": text,
        "meta": {"id": "two"},
        "spans": [
            {"start": 0, "end": 5, "label": "PROVINCE"},
            {"start": 10, "end": 13, "label": "PROVINCE"},
        ],
    }
    nlp = blank("en")

    def predictor(samples):
        doc = nlp.make_doc(samples[0].text)
        doc.spans["PROVINCE"] = [Span(doc, 0, 1, "PROVINCE"), Span(doc, 2, 4, "PROVINCE")]
        return [Prediction(doc=doc)]

    _, page = page_of([gold], predictor)
    labels = sorted(label.words for label in page.labels)
    assert labels == ["PROVINCE extra", "PROVINCE missed", "PROVINCE ✓"]


def test_record_mentions_that_agree_are_drawn_once():
    line = gold_line(provinces=[{"name": "Ha Tinh", "code": "VN-23", "mentions": [[0, 7]]}])
    _, page = page_of([line], gold_predictor())
    labels = [label.words for label in page.labels]
    assert labels.count("PROVINCE ✓") == 1 and labels.count("METRIC ✓") == 3
    assert not [w for w in labels if not w.endswith("✓")]


def test_unannotated_labels_are_counted_not_drawn():
    line = {"id": "no-metrics", "text": TEXT, "provinces": [{"name": "Ha Tinh", "code": "VN-23"}]}
    record = predicted_record()
    result, page = page_of([line], records_predictor({"no-metrics": record}))
    assert not [c for c in page.cells if "metrics" in c.table]
    assert not page.labels
    assert "not drawn (the gold gives no offsets for them): 3 METRIC" in render_html(result)


def test_special_characters_escaped():
    text = 'Ha Tinh & "Hue" <b>reached</b> 94.44% <script>alert(1)</script>.'
    line = {
        "id": 'odd<&>"id',
        "text": text,
        "metrics": [
            {
                **cut(text, "<b>reached</b> 94.44%"),
                "value": 94.44,
                "unit": "%",
                "subject": "<script>alert(2)</script>",
            }
        ],
        "officials": [{"name": "A & B", "key": "a b", "titles": ['Chair <of> & "x"']}],
    }
    result = evaluate([line], predictor=records_predictor({}))
    html = render_html(result)
    assert "<b>reached" not in html and "alert(1)</script>" not in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(2)" in html
    assert "Chair &lt;of&gt; &amp; &quot;x&quot;" in html
    page = read_page(html)
    assert page.sections == ['odd<&>"id']
    assert [i.words for i in page.items] == ['✗ Chair <of> & "x" (missing)']
    assert any(c.words == "<b>reached</b> 94.44%" for c in page.cells)


def test_articles_with_most_errors_come_first():
    clean = {
        "id": "clean",
        "text": "Hue scored 5 points.",
        "metrics": [{"value": 5, "unit": "points"}],
    }
    result, page = page_of(
        [clean, gold_line()],
        records_predictor(
            {
                "ha-tinh": predicted_record(),
                "clean": ArticleRecord.model_validate(
                    {"metrics": [{"value": 5, "unit": "points"}]}
                ),
            }
        ),
    )
    assert page.sections == ["ha-tinh", "clean"]
    cells = [c.words for c in page.cells if c.section is None]
    first = cells.index("ha-tinh")
    assert cells[first + 1] == str(len(result.errors)) and cells.index("clean") > first


@pytest.mark.parametrize("gold", [ROOT / "tests/fixtures/eval/records.jsonl", ROOT / "corpora/dev"])
def test_marks_count_what_the_scores_count(nlp, gold):
    """On the pipeline's own output, every wrong cell is one attribute error and back."""
    result = evaluate(gold, nlp)
    page = read_page(render_html(result))
    wrong = [c for c in page.cells if "wrong" in c.classes]
    attributes = sum(a.total - a.correct for a in result.attributes.values())
    assert len(wrong) == attributes
    rows = [c for c in page.cells if "metrics" in c.table and "status" in c.classes]
    metrics = result.types["metrics"]
    assert sum("missed" in c.row for c in rows) == metrics.fn
    assert sum("extra" in c.row for c in rows) == metrics.fp
    missing = [i for i in page.items if "missing" in i.classes]
    titles = result.official_titles
    assert len(missing) == titles.total - titles.found


def test_name_disagreements_are_counted_apart_and_do_not_order_the_index():
    text = "Hue reached 91%. Hue scored 88 points. Hue ranked 4th."
    named = [
        {"value": 91, "unit": "%", "metric": "online payment rate"},
        {"value": 88, "unit": "points", "metric": "PAR Index"},
        {"value": 4, "unit": "rank", "metric": "SIPAS"},
    ]
    names_only = {"id": "names-only", "text": text, "metrics": named}
    one_period = {
        "id": "one-period",
        "text": "Hue reached 91% in 2023.",
        "metrics": [{"value": 91, "unit": "%", "period": "2023"}],
    }
    predicted = {
        "names-only": ArticleRecord.model_validate(
            {
                "metrics": [
                    {"value": 91, "unit": "%", "metric": "Hue reached"},
                    {"value": 88, "unit": "points", "metric": "with a score"},
                    {"value": 4, "unit": "rank", "metric": "ranked"},
                ]
            }
        ),
        "one-period": ArticleRecord.model_validate(
            {"metrics": [{"value": 91, "unit": "%", "period": "2024"}]}
        ),
    }
    result, page = page_of([names_only, one_period], records_predictor(predicted))
    assert len(result.errors) == 4
    assert page.sections == ["one-period", "names-only"]
    cells = [c.words for c in page.cells if c.section is None]
    row = cells.index("names-only")
    # errors, metrics, officials, spans, other, names, gold problems
    assert cells[row + 1 : row + 8] == ["0", "0", "0", "0", "0", "3", "0"]
