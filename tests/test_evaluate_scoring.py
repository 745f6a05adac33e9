"""Record- and span-level figures of an evaluation run, with predictors we control."""

import json
from pathlib import Path

import pytest

from reformnlp.evaluation import Prediction, evaluate, gold_predictor
from reformnlp.evaluation.models import EvaluationResult
from reformnlp.evaluation.scoring import score_records
from reformnlp.schema import ArticleRecord, GoldRecord, Metric

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
RECORDS = FIXTURES / "records.jsonl"
SPANS = FIXTURES / "spans.jsonl"


def empty_predictor(samples):
    return [Prediction(record=ArticleRecord(id=s.id)) for s in samples]


def test_gold_against_itself_scores_one_everywhere():
    result = evaluate(FIXTURES, predictor=gold_predictor())
    assert set(result.types) == {"officials", "provinces", "bodies", "metrics"}
    for score in result.types.values():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
        assert score.fp == score.fn == 0 and score.tp > 0
    assert result.title_recall == 1.0
    assert result.attributes and all(a.accuracy == 1.0 for a in result.attributes.values())
    assert {"title", "published"} <= set(result.fields)
    assert all(f.accuracy == 1.0 for f in result.fields.values())
    assert result.spans_total.f1 == 1.0 and result.spans["PROVINCE"].tp == 3
    assert not result.errors


def test_empty_prediction_has_zero_recall():
    result = evaluate(RECORDS, predictor=empty_predictor)
    assert result.articles == 3
    for score in result.types.values():
        assert score.recall == 0.0 and score.f1 == 0.0 and score.precision is None
    assert {e.outcome for e in result.errors if e.type in result.types} == {"missed"}
    assert sum(e.type == "metrics" for e in result.errors) == 12


def test_only_what_gold_gives_is_scored():
    # city-portals gives provinces and metrics only.
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    result = evaluate([json.loads(lines[2])], predictor=empty_predictor)
    assert set(result.types) == {"provinces", "metrics"}
    assert result.types["provinces"].articles == 1
    assert not result.fields


def test_extra_predictions_count_as_false_positives():
    gold = GoldRecord(text="Hue reached 90%.", metrics=[Metric(value=90, unit="%")])
    predicted = ArticleRecord(metrics=[Metric(value=90, unit="%"), Metric(value=16, unit="%")])
    result = EvaluationResult()
    score_records(result, gold, predicted, article="a", origin="x:1")
    metrics = result.types["metrics"]
    assert (metrics.tp, metrics.fp, metrics.fn) == (1, 1, 0)
    assert metrics.precision == 0.5 and metrics.recall == 1.0
    assert [e.outcome for e in result.errors] == ["extra"]


def score_pair(gold_metric: Metric, predicted_metric: Metric) -> EvaluationResult:
    result = EvaluationResult()
    gold = GoldRecord(text="x", metrics=[gold_metric])
    score_records(
        result, gold, ArticleRecord(metrics=[predicted_metric]), article="a", origin="x:1"
    )
    return result


def test_attribute_scored_when_either_side_gives_it():
    result = score_pair(
        Metric(value=94.44, unit="%", subject="Hà Tĩnh province", target=90, period="2023"),
        Metric(
            value=94.44,
            unit="%",
            subject="Ha Tinh",
            target=None,
            period="2023",
            average={"scope": "national", "value": 38.26},
        ),
    )
    attributes = result.attributes
    assert attributes["subject"].accuracy == 1.0
    assert attributes["period"].accuracy == 1.0
    assert attributes["target"].accuracy == 0.0
    assert attributes["average.value"].accuracy == 0.0
    assert "previous.value" not in attributes and "rank.total" not in attributes
    wrong = {e.detail["attribute"] for e in result.errors if e.outcome == "wrong"}
    assert wrong == {"target", "average.value"}


def test_attribute_numbers_use_value_tolerance():
    result = score_pair(
        Metric(
            value=27,
            unit="rank",
            rank={"position": 27, "total": 63},
            change={"value": 34.3, "unit": "%"},
        ),
        Metric(
            value=27,
            unit="rank",
            rank={"position": 27, "total": 63},
            change={"value": 34.305, "unit": "%"},
        ),
    )
    assert result.attributes["rank.total"].accuracy == 1.0
    assert result.attributes["change.value"].accuracy == 1.0


@pytest.mark.parametrize(
    ("gold_name", "predicted_name", "right"),
    [
        # half the words or more in common (case, "the", "of" and possessives aside)
        ("rate of online applications", "online application rate", True),
        ("rate of online applications", "The rate of online applications", True),
        ("PAR Index", "the province's PAR Index", True),
        ("dossiers received online", "dossiers", False),
        ("SIPAS index", "SIPAS", True),
        ("Provincial Competitiveness Index", "Thua Thien-Hue came in", False),
        ("commune-level units", None, False),
        # an index by any of its names in indices.csv, its year aside
        ("Provincial Competitiveness Index", "PCI", True),
        ("PAR INDEX 2023", "Public Administration Reform Index", True),
        ("PAR Index", "SIPAS", False),
    ],
)
def test_metric_name_agrees_by_word_overlap(gold_name, predicted_name, right):
    result = score_pair(
        Metric(value=5, unit="%", metric=gold_name),
        Metric(value=5, unit="%", metric=predicted_name),
    )
    assert result.attributes["metric"].accuracy == (1.0 if right else 0.0)


def test_metric_name_is_not_scored_where_gold_gives_none():
    result = score_pair(Metric(value=5, unit="%"), Metric(value=5, unit="%", metric="rate"))
    assert "metric" not in result.attributes
    assert not result.errors


def test_official_title_recall_counts_titles_of_missed_officials():
    gold = GoldRecord(
        text="x",
        officials=[
            {
                "name": "Pham Minh Chinh",
                "titles": [
                    "Prime Minister",
                    "Head of the Government's Steering Committee for Administrative Reform",
                ],
            },
            {"name": "Nobody Found", "titles": ["Minister of Justice"]},
        ],
    )
    predicted = ArticleRecord(
        officials=[
            {"name": "Pham Minh Chinh", "titles": ["Prime Minister", "Member of the Politburo"]}
        ]
    )
    result = EvaluationResult()
    score_records(result, gold, predicted, article="a", origin="x:1")
    assert (result.official_titles.found, result.official_titles.total) == (1, 3)
    outcomes = {(e.type, e.outcome) for e in result.errors}
    assert ("official_titles", "missed") in outcomes and ("official_titles", "extra") in outcomes
    assert ("officials", "missed") in outcomes
    assert not any(e.text == "Minister of Justice" for e in result.errors)


def test_article_fields_compared_normalised():
    gold = GoldRecord(
        text="x", title="Ha Tinh lifts rates.", published="2024-03-14", author="Thu Hang"
    )
    predicted = ArticleRecord(
        title="ha tinh lifts  rates", published="2024-03-15", author="THU HANG"
    )
    result = EvaluationResult()
    score_records(result, gold, predicted, article="a", origin="x:1")
    assert result.fields["title"].accuracy == 1.0
    assert result.fields["author"].accuracy == 1.0
    assert result.fields["published"].accuracy == 0.0


def test_span_scores_with_misaligned_gold_reported_not_crashing():
    result = evaluate(SPANS, predictor=gold_predictor())
    assert result.span_samples == 2 and result.skipped == 1
    misaligned = [p for p in result.problems if "does not align" in p.message]
    assert len(misaligned) == 1
    problem = misaligned[0]
    assert problem.origin.endswith("spans.jsonl:2")
    assert "'2.5 da'" in problem.message and "token 'days'" in problem.message
    assert problem.fix == "move the offsets to 46-49 or 46-54"
    assert "METRIC" in result.spans and result.spans["METRIC"].tp == 1


def test_span_errors_listed_per_label():
    def no_spans(samples):
        from spacy import blank

        nlp = blank("en")
        return [Prediction(doc=nlp.make_doc(s.text)) for s in samples]

    result = evaluate(SPANS, predictor=no_spans)
    assert result.spans_total.recall == 0.0
    missed = {(e.type, e.text) for e in result.errors}
    assert ("spans.OFFICIAL", "Giang Thi Dung") in missed
    assert ("spans.PROVINCE", "Nghe An") in missed


def test_labels_restrict_span_scoring():
    result = evaluate(SPANS, predictor=gold_predictor(), labels=("PROVINCE",))
    assert set(result.spans) == {"PROVINCE"}
    unknown = [p for p in result.problems if "unknown label" in p.message]
    assert len(unknown) == 1 and "'AGENCY'" in unknown[0].message


def test_predictor_failure_is_reported():
    def failing(samples):
        return [Prediction(failure="ValueError: boom") for _ in samples]

    result = evaluate(RECORDS, predictor=failing)
    assert result.articles == 3 and result.failures == 3
    assert sum("pipeline failed" in p.message for p in result.problems) == 3
    assert all(score.recall == 0.0 for score in result.types.values())


@pytest.mark.parametrize("record_type", ["officials", "provinces", "bodies", "metrics"])
def test_f1_accessor(record_type):
    result = evaluate(RECORDS, predictor=gold_predictor())
    assert result.f1(record_type) == 1.0
    assert result.f1("nothing") is None


def test_offsets_index_the_text_as_given_when_the_pipeline_normalises():
    import unicodedata

    import reformnlp

    text = unicodedata.normalize("NFD", "Tỉnh Hà Tĩnh\u00a0đạt 57,01%, Hà Tĩnh dẫn đầu.")
    name = unicodedata.normalize("NFD", "Hà Tĩnh")
    first = text.index(name)
    second = text.index(name, first + 1)
    spans = [
        {"start": first, "end": first + len(name), "label": "PROVINCE"},
        {"start": second, "end": second + len(name), "label": "PROVINCE"},
        {"start": first + 1, "end": first + len(name), "label": "PROVINCE"},
    ]
    nlp = reformnlp.load()
    assert nlp.make_doc(text).text != text
    result = evaluate([{"text": text, "spans": spans}], predictor=gold_predictor(nlp))
    assert result.spans["PROVINCE"].tp == 2 and result.spans_total.f1 == 1.0
    (problem,) = result.problems
    assert problem.fix == f"move the offsets to {first + 4}-{first + 9} or {first}-{first + 9}"
