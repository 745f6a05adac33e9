"""The typed result of an evaluation run: scores, problems in the gold, and every error."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from ..schema import ArticleRecord, GoldRecord

Severity = Literal["error", "warning"]
Outcome = Literal["missed", "extra", "wrong"]


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


class TypeScore(_Result):
    """Micro precision, recall and F1 of one record type, from summed counts.

    A figure whose denominator is zero is ``None`` (nothing to measure), never a
    made-up 0 or 1. F1 is ``2tp / (2tp + fp + fn)``, so it is 0 when an annotated
    type was missed entirely and predictions were empty.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    articles: int = 0

    @computed_field
    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field
    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field
    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Add one article's counts."""
        self.tp += tp
        self.fp += fp
        self.fn += fn
        self.articles += 1


class RecallScore(_Result):
    """How many gold items were found."""

    found: int = 0
    total: int = 0

    @computed_field
    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.total)


class AccuracyScore(_Result):
    """How many scored items were right."""

    correct: int = 0
    total: int = 0

    @computed_field
    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    def add(self, right: bool) -> None:
        """Count one scored item."""
        self.total += 1
        self.correct += int(right)


class SpanScore(_Result):
    """Exact-span scores of one label (P/R/F from spaCy's ``Scorer.score_spans``)."""

    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    tp: int = 0
    fp: int = 0
    fn: int = 0


class Problem(_Result):
    """Something wrong with the gold itself, with where it is and how to fix it.

    ``error`` problems made the evaluator leave the line or span out; ``warning``
    problems were scored anyway.
    """

    origin: str
    message: str
    fix: str | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        text = f"{self.origin}: {self.message}"
        return f"{text}; fix: {self.fix}" if self.fix else text


class ErrorItem(_Result):
    """One disagreement between gold and prediction."""

    article: str
    origin: str
    type: str
    outcome: Outcome
    text: str
    detail: dict | None = None


class ViewSpan(_Result):
    """A span to show in the HTML view, in offsets of the text as given."""

    start: int
    end: int
    label: str
    side: Literal["gold", "predicted"]


class ArticleView(_Result):
    """What the HTML view shows of one article.

    ``exact`` is True when the spans were scored span by span (span-level gold);
    record-level articles are matched by record, so their spans are only shown.
    ``gold`` is the record-level gold as read (its ``model_fields_set`` says what it
    annotates) and ``predicted`` the record the predictor gave, for the review tables.
    """

    article: str
    origin: str
    text: str
    exact: bool = False
    spans: list[ViewSpan] = Field(default_factory=list)
    gold: GoldRecord | None = None
    predicted: ArticleRecord | None = None


class EvaluationResult(_Result):
    """Every figure of an evaluation run, the problems found in the gold and every error."""

    gold: str = ""
    articles: int = 0
    span_samples: int = 0
    skipped: int = 0
    failures: int = 0
    seconds: float = 0.0
    types: dict[str, TypeScore] = Field(default_factory=dict)
    official_titles: RecallScore = Field(default_factory=RecallScore)
    attributes: dict[str, AccuracyScore] = Field(default_factory=dict)
    fields: dict[str, AccuracyScore] = Field(default_factory=dict)
    spans: dict[str, SpanScore] = Field(default_factory=dict)
    spans_total: SpanScore | None = None
    problems: list[Problem] = Field(default_factory=list)
    errors: list[ErrorItem] = Field(default_factory=list)
    views: list[ArticleView] = Field(default_factory=list, exclude=True)

    @property
    def title_recall(self) -> float | None:
        """Recall of officials' titles (SPEC section 6), over every gold official's titles."""
        return self.official_titles.recall

    def f1(self, record_type: str) -> float | None:
        """F1 of one record type, or None when the gold never annotated it."""
        score = self.types.get(record_type)
        return score.f1 if score else None
