"""What the review page shows of one article: marked spans, metric and official rows.

Everything here is read off an :class:`ArticleView` with the scorer's own pieces
(``match_metrics``, ``match_officials``, ``match_titles``, ``compare_attribute``),
so the page marks exactly what the scores count.

Spans: on span-level samples a span both sides have (same start, end and label) is
one ``agree`` mark, the others ``missed`` (gold only) or ``extra`` (predicted only).
On record-level articles the gold record's mentions are compared the same way with
the predicted record's, for the labels the gold gives offsets for. Metric quotes
follow the metric matching: a matched metric is drawn once, at the gold quote, as
scoring ignores quote bounds. Predicted spans of labels the gold gives no offsets
for are not drawn but counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ..schema import ArticleRecord, Metric, Official
from .matching import match_metrics, match_officials, match_titles, official_key, quote_interval
from .models import ArticleView, ErrorItem
from .run import record_spans
from .scoring import METRIC_ATTRIBUTES, compare_attribute

SpanStatus = Literal["agree", "missed", "extra"]
RowStatus = Literal["matched", "missed", "extra"]
Mark = tuple[int, int, str, SpanStatus]
Triple = tuple[int, int, str]

# Error types of ErrorItem, by the part of the page that shows them.
ERROR_GROUPS = {
    "metrics": "metrics",
    "metric_attributes": "metrics",
    "officials": "officials",
    "official_titles": "officials",
}


def error_group(error: ErrorItem) -> str:
    """``metrics``, ``names``, ``officials``, ``spans`` or ``other``: where the page shows an
    error. A metric's name (not among SPEC section 6's attributes, and often paraphrased by
    annotators) is its own group, so that it does not bury the others."""
    if error.type.startswith("spans."):
        return "spans"
    if error.type == "metric_attributes" and (error.detail or {}).get("attribute") == "metric":
        return "names"
    return ERROR_GROUPS.get(error.type, "other")


def _number(value: float | None) -> str:
    return "" if value is None else format(value, ",.12g")


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _average(m: Metric) -> str:
    return _joined(_number(m.average.value) or "—", m.average.scope) if m.average else ""


def _previous(m: Metric) -> str:
    return _joined(_number(m.previous.value) or "—", m.previous.period) if m.previous else ""


def _change(m: Metric) -> str:
    if m.change is None:
        return ""
    sign = {"increase": "+", "decrease": "−"}.get(m.change.direction or "", "")
    return f"{sign}{_number(m.change.value)} {m.change.unit or ''}".strip()


def _rank(m: Metric) -> str:
    if m.rank is None:
        return ""
    total = f" of {m.rank.total}" if m.rank.total is not None else ""
    return _joined(f"{m.rank.position}{total}", m.rank.scope)


DISPLAY: dict[str, Callable[[Metric], str]] = {
    "value": lambda m: _number(m.value),
    "unit": lambda m: m.unit,
    "subject": lambda m: m.subject or "",
    "period": lambda m: m.period or "",
    "target": lambda m: _number(m.target),
    "average": _average,
    "previous": _previous,
    "change": _change,
    "rank": _rank,
    "kind": lambda m: m.kind,
}

# Table column -> the scored attribute it shows; value and unit pair the metrics.
SCORED_COLUMNS = {name.split(".")[0]: name for name in METRIC_ATTRIBUTES}
METRIC_COLUMNS = ("value", "unit", *SCORED_COLUMNS)


def _display(column: str, metric: Metric | None) -> str:
    if metric is None:
        return ""
    if column in DISPLAY:
        return DISPLAY[column](metric)
    value = METRIC_ATTRIBUTES[SCORED_COLUMNS[column]][0](metric)
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Cell:
    """One attribute of a metric row: both sides as shown, and whether scoring counts it wrong."""

    gold: str
    predicted: str
    wrong: bool = False


@dataclass(frozen=True, slots=True)
class MetricRow:
    """A matched pair of metrics, a missed gold metric or an extra predicted one."""

    status: RowStatus
    gold: Metric | None
    predicted: Metric | None
    cells: dict[str, Cell]

    @property
    def wrong(self) -> list[str]:
        """The columns scored wrong."""
        return [name for name, cell in self.cells.items() if cell.wrong]


def _cells(gold: Metric | None, predicted: Metric | None) -> dict[str, Cell]:
    cells = {}
    for column in METRIC_COLUMNS:
        wrong = False
        if gold is not None and predicted is not None and column in SCORED_COLUMNS:
            wrong = compare_attribute(SCORED_COLUMNS[column], gold, predicted)[2] is False
        cells[column] = Cell(_display(column, gold), _display(column, predicted), wrong)
    return cells


def metric_rows(gold: list[Metric], predicted: list[Metric], text: str) -> list[MetricRow]:
    """Matched pairs in gold order, then missed gold metrics, then extra predicted ones."""
    pairs, missed, extra = match_metrics(gold, predicted, text)
    rows = [
        MetricRow("matched", gold[g], predicted[p], _cells(gold[g], predicted[p]))
        for g, p in sorted(pairs)
    ]
    rows += [MetricRow("missed", gold[g], None, _cells(gold[g], None)) for g in missed]
    rows += [MetricRow("extra", None, predicted[p], _cells(None, predicted[p])) for p in extra]
    return rows


TitleState = Literal["found", "missing", "matched", "extra", "plain"]


@dataclass(frozen=True, slots=True)
class OfficialRow:
    """An official on both sides, or on one, with each title marked as scored.

    Gold titles are ``found`` or ``missing`` (SPEC 6: word-set Jaccard >= 0.6);
    predicted titles ``matched`` or ``extra``; titles of an extra official ``plain``.
    """

    status: RowStatus
    gold: Official | None
    predicted: Official | None
    gold_titles: list[tuple[str, TitleState]]
    predicted_titles: list[tuple[str, TitleState]]


def _official_row(gold: Official | None, predicted: Official | None) -> OfficialRow:
    if gold is None:
        assert predicted is not None
        return OfficialRow("extra", None, predicted, [], [(t, "plain") for t in predicted.titles])
    if predicted is None:
        return OfficialRow("missed", gold, None, [(t, "missing") for t in gold.titles], [])
    found, extra = match_titles(gold.titles, predicted.titles)
    return OfficialRow(
        "matched",
        gold,
        predicted,
        [(t, "found" if i in found else "missing") for i, t in enumerate(gold.titles)],
        [(t, "extra" if j in extra else "matched") for j, t in enumerate(predicted.titles)],
    )


def official_rows(gold: list[Official], predicted: list[Official]) -> list[OfficialRow]:
    """Matched officials (on ``key``) in gold order, then missed, then extra ones."""
    pairs, missed, extra = match_officials(gold, predicted)
    rows = [_official_row(gold[g], predicted[p]) for g, p in sorted(pairs)]
    rows += [_official_row(gold[g], None) for g in missed]
    rows += [_official_row(None, predicted[p]) for p in extra]
    return rows


def official_name(row: OfficialRow) -> tuple[str, str]:
    """The name to show (gold first) and the key it was matched on."""
    official = row.gold or row.predicted
    assert official is not None
    return official.name, official_key(official)


def _compare(gold: set[Triple], predicted: set[Triple]) -> list[Mark]:
    marks: list[Mark] = [(a, b, label, "agree") for a, b, label in gold & predicted]
    marks += [(a, b, label, "missed") for a, b, label in gold - predicted]
    marks += [(a, b, label, "extra") for a, b, label in predicted - gold]
    return marks


def _metric_marks(rows: list[MetricRow], text: str) -> list[Mark]:
    """Metric quotes as the matching sees them: a matched pair once, at the gold quote."""
    marks: list[Mark] = []
    for row in rows:
        where = quote_interval(row.gold, text) if row.gold is not None else None
        if where is None and row.predicted is not None:
            where = quote_interval(row.predicted, text)
        if where is not None and 0 <= where[0] < where[1] <= len(text):
            status: SpanStatus = "agree" if row.status == "matched" else row.status
            marks.append((*where, "METRIC", status))
    return marks


@dataclass(slots=True)
class ArticleReview:
    """Everything the page shows of one article, with its errors and gold problems."""

    view: ArticleView
    errors: list[ErrorItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    hidden: Counter[str] = field(default_factory=Counter)
    metrics: list[MetricRow] | None = None
    officials: list[OfficialRow] | None = None

    def counts(self) -> Counter[str]:
        """Errors by the part of the page that shows them."""
        return Counter(error_group(e) for e in self.errors)

    @property
    def weighed(self) -> int:
        """The errors that order the index: all but the name disagreements."""
        return sum(n for group, n in self.counts().items() if group != "names")

    def span_counts(self) -> Counter[str]:
        """Drawn spans by status."""
        return Counter(status for *_, status in self.marks)


def _given(view: ArticleView, kind: str) -> bool:
    return view.gold is not None and kind in view.gold.model_fields_set


def review(view: ArticleView, errors: list[ErrorItem], problems: list[str]) -> ArticleReview:
    """Build the review of one article from its view."""
    result = ArticleReview(view, errors, problems)
    predicted = view.predicted or ArticleRecord(id=view.article)
    if view.gold is not None and _given(view, "metrics"):
        result.metrics = metric_rows(view.gold.metrics, predicted.metrics, view.gold.text)
    if view.gold is not None and _given(view, "officials"):
        result.officials = official_rows(view.gold.officials, predicted.officials)
    result.marks, result.hidden = _marks(view, result.metrics)
    result.marks.sort()
    return result


def _predicted_mentions(view: ArticleView, shown: set[Triple]) -> set[Triple]:
    """The predicted record's mentions (what its gold is compared with), else the Doc's spans."""
    if view.predicted is None:
        return shown
    size = len(view.text)
    return {t for t in record_spans(view.predicted) if 0 <= t[0] < t[1] <= size}


def _marks(view: ArticleView, metrics: list[MetricRow] | None) -> tuple[list[Mark], Counter]:
    gold = {(s.start, s.end, s.label) for s in view.spans if s.side == "gold"}
    predicted = {(s.start, s.end, s.label) for s in view.spans if s.side == "predicted"}
    if view.exact:
        return _compare(gold, predicted), Counter()
    drawn = {label for *_, label in gold} - {"METRIC"}
    mentions = _predicted_mentions(view, predicted)
    marks = _compare({t for t in gold if t[2] in drawn}, {t for t in mentions if t[2] in drawn})
    if metrics is not None:
        drawn.add("METRIC")
        marks += _metric_marks(metrics, view.text)
    hidden = Counter(label for *_, label in predicted if label not in drawn)
    return marks, hidden
