"""Predictors: what turns gold samples into predicted records and Docs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..schema import ArticleRecord
from .samples import Sample


@dataclass(slots=True)
class Prediction:
    """A predicted record and the Doc it was read from (needed for span-level scoring).

    ``failure`` says why the predictor produced nothing for the sample.
    """

    record: ArticleRecord | None = None
    doc: Doc | None = None
    failure: str | None = None


Predictor = Callable[[Sequence[Sample]], Iterable[Prediction]]


def pipeline_predictor(nlp: Language, batch_size: int = 32) -> Predictor:
    """Run the pipeline with ``nlp.pipe``; an article that fails is retried alone and reported."""
    from ..records import doc_to_record

    def record_of(doc: Doc, sample: Sample) -> Prediction:
        record = doc_to_record(doc, id=sample.id, title=sample.title, published=sample.published)
        return Prediction(record=record, doc=doc)

    def one(sample: Sample) -> Prediction:
        try:
            return record_of(nlp(sample.text), sample)
        except Exception as exc:  # a rule bug on one article must not stop the evaluation
            return Prediction(failure=f"{type(exc).__name__}: {exc}")

    def predict(samples: Sequence[Sample]) -> Iterator[Prediction]:
        for begin in range(0, len(samples), batch_size):
            chunk = samples[begin : begin + batch_size]
            try:
                docs = list(nlp.pipe((s.text for s in chunk), batch_size=batch_size))
                yield from [record_of(d, s) for d, s in zip(docs, chunk, strict=True)]
            except Exception:  # find the article at fault, keep the others
                yield from (one(sample) for sample in chunk)

    return predict


def gold_predictor(nlp: Language | None = None) -> Predictor:
    """A predictor that answers with the gold itself: the gold record and its spans.

    Scoring a corpus with it must give 1.0 everywhere; it checks the gold (every
    problem still surfaces) and the scorer. ``nlp`` only tokenizes; default blank English.
    """
    from spacy import blank

    from .spans import align

    tokenizer = nlp if nlp is not None else blank("en")

    def predict(samples: Sequence[Sample]) -> Iterator[Prediction]:
        for sample in samples:
            doc = tokenizer.make_doc(sample.text)
            spans, _problems = align(doc, sample.spans or [], sample.text)
            for label in {s.label_ for s in spans}:
                doc.spans[label] = [s for s in spans if s.label_ == label]
            record = None
            if sample.record is not None:
                data = sample.record.model_dump(exclude={"text"})
                record = ArticleRecord.model_validate({**data, "id": sample.id})
            yield Prediction(record=record, doc=doc)

    return predict
