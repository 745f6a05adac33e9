"""The evaluation run: read the gold, predict, score records and spans."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from ..schema import ArticleRecord, GoldRecord
from .models import ArticleView, ErrorItem, EvaluationResult, Problem, ViewSpan
from .predict import Prediction, Predictor, pipeline_predictor
from .readers import GoldSet, read_gold
from .samples import SPAN_LABELS, Sample
from .scoring import ARTICLE_FIELDS, METRIC_ATTRIBUTES, RECORD_TYPES, score_records
from .spans import align, make_example, score_examples, to_given_offsets


def evaluate(
    gold: Any,
    nlp: Language | None = None,
    *,
    predictor: Predictor | None = None,
    labels: Sequence[str] = SPAN_LABELS,
    batch_size: int = 32,
    texts: str | Path | None = None,
) -> EvaluationResult:
    """Score a predictor against annotated samples.

    gold: a JSONL file, a ``.spacy`` DocBin, a folder of them, a list of paths, or an
        iterable of :class:`GoldRecord` / dicts (e.g. rows of ``reformnlp.corpora.load``).
    nlp: the pipeline; defaults to ``reformnlp.load()``. Ignored when ``predictor`` is given.
    predictor: any callable from samples to :class:`Prediction` objects (record and Doc).
    labels: the span labels scored on span-level samples.
    texts: the folder of ``<id>.txt`` texts of gold lines that give ``text_sha256`` and no
        text (lines with a ``text_path`` find theirs without it).
    RETURNS: an :class:`EvaluationResult` with every figure, problem and error.
    """
    began = time.perf_counter()
    gold_set = read_gold(gold, labels=labels, texts=texts)
    result = EvaluationResult(
        gold=_describe(gold), skipped=gold_set.skipped, problems=list(gold_set.problems)
    )
    result.problems.extend(_duplicate_ids(gold_set))
    if gold_set.samples:
        if predictor is None:
            if nlp is None:
                from .. import load

                nlp = load()
            predictor = pipeline_predictor(nlp, batch_size=batch_size)
        _score(gold_set.samples, predictor(gold_set.samples), result, list(labels))
    result.seconds = round(time.perf_counter() - began, 3)
    return result


def _score(
    samples: list[Sample],
    predictions: Iterable[Prediction],
    result: EvaluationResult,
    labels: list[str],
) -> None:
    examples: list[Example] = []
    for sample, prediction in zip(samples, predictions, strict=True):
        if prediction.failure:
            result.failures += 1
            result.problems.append(
                Problem(
                    origin=sample.origin,
                    severity="warning",
                    message=f"the pipeline failed on this article: {prediction.failure}",
                )
            )
        if sample.record is not None:
            result.articles += 1
            score_records(
                result, sample.record, prediction.record, article=sample.id, origin=sample.origin
            )
        gold_spans: list[tuple[int, int, str]] = []
        example = None
        if sample.spans is not None:
            example = _span_example(sample, prediction, result, labels)
            if example is not None:
                examples.append(example)
                gold_spans = doc_spans(example.reference, labels, example.predicted)
        result.views.append(_view(sample, prediction, gold_spans, labels))
        result.views[-1].exact = sample.spans is not None and example is not None
    if examples:
        result.spans, result.spans_total = score_examples(examples, labels)
    _order(result)


def _order(result: EvaluationResult) -> None:
    """Fixed order of the figures, whatever article came first."""
    result.types = {k: result.types[k] for k in RECORD_TYPES if k in result.types}
    result.attributes = {
        k: result.attributes[k] for k in METRIC_ATTRIBUTES if k in result.attributes
    }
    result.fields = {k: result.fields[k] for k in ARTICLE_FIELDS if k in result.fields}


def _span_example(
    sample: Sample, prediction: Prediction, result: EvaluationResult, labels: list[str]
) -> Example | None:
    doc = prediction.doc
    if doc is None:
        result.problems.append(
            Problem(
                origin=sample.origin,
                severity="warning",
                message="no Doc predicted: span-level gold not scored",
            )
        )
        return None
    result.span_samples += 1
    spans, problems = align(doc, sample.spans or [], sample.text)
    result.problems.extend(problems)
    example = make_example(doc, spans, labels)
    _span_errors(sample, example, result, labels)
    return example


def _span_errors(
    sample: Sample, example: Example, result: EvaluationResult, labels: list[str]
) -> None:
    from .spans import triples

    gold, pred = triples(example.reference, labels), triples(example.predicted, labels)
    doc = example.predicted
    for outcome, items in (("missed", gold - pred), ("extra", pred - gold)):
        for start, end, label in sorted(items):
            a, b = to_given_offsets(doc, start, end)
            result.errors.append(
                ErrorItem(
                    article=sample.id,
                    origin=sample.origin,
                    type=f"spans.{label}",
                    outcome=outcome,
                    text=sample.text[a:b],
                    detail={"start": a, "end": b, "label": label},
                )
            )


def _view(
    sample: Sample,
    prediction: Prediction,
    gold_spans: list[tuple[int, int, str]],
    labels: list[str],
) -> ArticleView:
    spans = [ViewSpan(start=a, end=b, label=label, side="gold") for a, b, label in gold_spans]
    if not gold_spans and sample.record is not None:
        spans += [
            ViewSpan(start=a, end=b, label=label, side="gold")
            for a, b, label in record_spans(sample.record)
        ]
    if prediction.doc is not None:
        spans += [
            ViewSpan(start=a, end=b, label=label, side="predicted")
            for a, b, label in doc_spans(prediction.doc, labels)
        ]
    elif prediction.record is not None:
        spans += [
            ViewSpan(start=a, end=b, label=label, side="predicted")
            for a, b, label in record_spans(prediction.record)
        ]
    return ArticleView(
        article=sample.id,
        origin=sample.origin,
        text=sample.text,
        spans=[s for s in spans if 0 <= s.start < s.end <= len(sample.text)],
        gold=sample.record,
        predicted=prediction.record,
    )


def doc_spans(
    doc: Doc, labels: Sequence[str], source: Doc | None = None
) -> list[tuple[int, int, str]]:
    """A Doc's labelled spans in offsets of the text as given.

    ``source`` is the Doc whose offset map applies (a reference Doc shares the
    predicted Doc's normalised text but not its extension values).
    """
    mapper = source if source is not None else doc
    return [
        (*to_given_offsets(mapper, s.start_char, s.end_char), label)
        for label in labels
        if label in doc.spans
        for s in doc.spans[label]
    ]


def record_spans(record: ArticleRecord) -> list[tuple[int, int, str]]:
    """Mentions and metric quotes of a record, as labelled offsets."""
    found = [(a, b, "OFFICIAL") for o in record.officials for a, b in o.mentions]
    found += [(a, b, "PROVINCE") for p in record.provinces for a, b in p.mentions]
    found += [(a, b, "BODY") for body in record.bodies for a, b in body.mentions]
    found += [
        (m.start, m.end, "METRIC")
        for m in record.metrics
        if m.start is not None and m.end is not None
    ]
    return found


def _duplicate_ids(gold: GoldSet) -> list[Problem]:
    counts = Counter(s.id for s in gold.samples)
    first: dict[str, str] = {}
    problems = []
    for sample in gold.samples:
        if counts[sample.id] > 1 and sample.id in first:
            problems.append(
                Problem(
                    origin=sample.origin,
                    severity="warning",
                    message=f"article id {sample.id!r} also used at {first[sample.id]}",
                    fix="give each article its own id",
                )
            )
        first.setdefault(sample.id, sample.origin)
    return problems


def _describe(gold: Any) -> str:
    if isinstance(gold, str):
        return gold
    if hasattr(gold, "as_posix"):
        return gold.as_posix()
    if isinstance(gold, list | tuple) and gold and all(isinstance(g, str) for g in gold):
        return ", ".join(gold)
    return "<objects>" if not isinstance(gold, GoldRecord) else gold.id
