"""Record-level scoring of one article: counts, attribute checks and the error list.

Only what the gold gives is scored: a record type or article field counts for an
article only when the gold line sets it (pydantic ``model_fields_set``). On a
matched metric pair an attribute is scored when the gold value or the predicted
value is non-null (a gold attribute left out reads as null: metrics are annotated
exhaustively), so both a missed and a spurious attribute count as wrong.
Title recall counts every gold title of every gold official: a title is found
when its official is matched and carries a title with word-set Jaccard >= 0.6.
Article fields compare normalised forms exactly: ``title`` folded without trailing
punctuation, ``published`` as written, ``author`` case-insensitively.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..schema import ArticleRecord, GoldRecord, Metric
from .matching import (
    match_bodies,
    match_metrics,
    match_officials,
    match_provinces,
    match_titles,
    official_key,
    province_key,
    values_match,
)
from .models import AccuracyScore, ErrorItem, EvaluationResult, TypeScore
from .normalise import headline_form, metric_names_match, subject_form

RECORD_TYPES = ("officials", "provinces", "bodies", "metrics")
ARTICLE_FIELDS = ("title", "published", "author")


def _nested(attr: str, field: str) -> Callable[[Metric], Any]:
    return lambda m: getattr(getattr(m, attr), field) if getattr(m, attr) is not None else None


# name -> (read the comparable value, compare two non-null values)
METRIC_ATTRIBUTES: dict[str, tuple[Callable[[Metric], Any], Callable[[Any, Any], bool]]] = {
    "subject": (lambda m: subject_form(m.subject), lambda a, b: a == b),
    "period": (lambda m: m.period.strip() if m.period else None, lambda a, b: a == b),
    "target": (lambda m: m.target, values_match),
    "average.value": (_nested("average", "value"), values_match),
    "previous.value": (_nested("previous", "value"), values_match),
    "change.value": (_nested("change", "value"), values_match),
    "rank.total": (_nested("rank", "total"), lambda a, b: a == b),
    "kind": (lambda m: m.kind, lambda a, b: a == b),
    # what is measured: not in SPEC section 6's list, so scored only where gold names it
    "metric": (lambda m: m.metric.strip() if m.metric else None, metric_names_match),
}
# Attributes a gold metric may leave out without a predicted value counting as wrong.
GOLD_OPTIONAL = frozenset({"metric"})


def compare_attribute(name: str, gold: Metric, predicted: Metric) -> tuple[Any, Any, bool | None]:
    """The compared forms of one attribute of a matched pair and whether they agree.

    The verdict is None when neither side gives the attribute, or gold leaves out one of
    ``GOLD_OPTIONAL`` (it is not scored).
    """
    read, same = METRIC_ATTRIBUTES[name]
    want, got = read(gold), read(predicted)
    if want is None and (got is None or name in GOLD_OPTIONAL):
        return want, got, None
    return want, got, want is not None and got is not None and same(want, got)


FIELD_FORMS: dict[str, Callable[[str | None], Any]] = {
    "title": headline_form,
    "published": lambda v: v.strip() if v else None,
    "author": lambda v: " ".join(v.lower().split()) if v else None,
}


class ArticleScorer:
    """Adds one article's comparison to an :class:`EvaluationResult`."""

    def __init__(self, result: EvaluationResult, article: str, origin: str) -> None:
        self.result = result
        self.article = article
        self.origin = origin

    def score(self, gold: GoldRecord, predicted: ArticleRecord | None) -> None:
        """Score every type and field the gold record gives."""
        predicted = predicted or ArticleRecord(id=self.article)
        given = gold.model_fields_set
        if "officials" in given:
            self._officials(gold, predicted)
        if "provinces" in given:
            pairs, missed, extra = match_provinces(gold.provinces, predicted.provinces)
            self._count(
                "provinces",
                pairs,
                missed,
                extra,
                gold.provinces,
                predicted.provinces,
                lambda p: {"name": p.name, "code": province_key(p)},
            )
        if "bodies" in given:
            pairs, missed, extra = match_bodies(gold.bodies, predicted.bodies)
            self._count(
                "bodies",
                pairs,
                missed,
                extra,
                gold.bodies,
                predicted.bodies,
                lambda b: {"name": b.name, "aliases": b.aliases},
            )
        if "metrics" in given:
            self._metrics(gold, predicted)
        for name in ARTICLE_FIELDS:
            if name in given:
                self._field(name, getattr(gold, name), getattr(predicted, name))

    def _count(self, kind, pairs, missed, extra, gold_items, pred_items, describe) -> None:
        self.result.types.setdefault(kind, TypeScore()).add(len(pairs), len(extra), len(missed))
        for i in missed:
            self._error(kind, "missed", _label(gold_items[i]), describe(gold_items[i]))
        for j in extra:
            self._error(kind, "extra", _label(pred_items[j]), describe(pred_items[j]))

    def _officials(self, gold: GoldRecord, predicted: ArticleRecord) -> None:
        pairs, missed, extra = match_officials(gold.officials, predicted.officials)
        self._count(
            "officials",
            pairs,
            missed,
            extra,
            gold.officials,
            predicted.officials,
            lambda o: {"key": official_key(o), "titles": o.titles},
        )
        # Titles of a missed official count as not found (reported with the official), so
        # that finding more officials can never lower title recall.
        self.result.official_titles.total += sum(len(gold.officials[i].titles) for i in missed)
        for g, p in pairs:
            gold_titles = gold.officials[g].titles
            pred_titles = predicted.officials[p].titles
            found, extra_titles = match_titles(gold_titles, pred_titles)
            self.result.official_titles.total += len(gold_titles)
            self.result.official_titles.found += len(found)
            who = {"official": gold.officials[g].name}
            for i in sorted(set(range(len(gold_titles))) - set(found)):
                self._error(
                    "official_titles", "missed", gold_titles[i], {**who, "predicted": pred_titles}
                )
            for j in extra_titles:
                self._error("official_titles", "extra", pred_titles[j], who)

    def _metrics(self, gold: GoldRecord, predicted: ArticleRecord) -> None:
        pairs, missed, extra = match_metrics(gold.metrics, predicted.metrics, gold.text)
        self._count(
            "metrics", pairs, missed, extra, gold.metrics, predicted.metrics, _metric_detail
        )
        for g, p in pairs:
            self._metric_attributes(gold.metrics[g], predicted.metrics[p])

    def _metric_attributes(self, gold: Metric, predicted: Metric) -> None:
        for name in METRIC_ATTRIBUTES:
            want, got, right = compare_attribute(name, gold, predicted)
            if right is None:
                continue
            self.result.attributes.setdefault(name, AccuracyScore()).add(right)
            if not right:
                self._error(
                    "metric_attributes",
                    "wrong",
                    _label(gold),
                    {
                        "attribute": name,
                        "gold": want,
                        "predicted": got,
                        "value": gold.value,
                        "unit": gold.unit,
                    },
                )

    def _field(self, name: str, want: str | None, got: str | None) -> None:
        form = FIELD_FORMS[name]
        right = form(want) == form(got)
        self.result.fields.setdefault(name, AccuracyScore()).add(right)
        if not right:
            self._error("fields", "wrong", name, {"gold": want, "predicted": got})

    def _error(self, kind: str, outcome: str, text: str, detail: dict | None) -> None:
        self.result.errors.append(
            ErrorItem(
                article=self.article,
                origin=self.origin,
                type=kind,
                outcome=outcome,
                text=text,
                detail=detail,
            )
        )


def _label(item: Any) -> str:
    if isinstance(item, Metric):
        return item.quote or f"{item.value:g} {item.unit}"
    return item.name


def _metric_detail(metric: Metric) -> dict:
    return {
        "value": metric.value,
        "unit": metric.unit,
        "subject": metric.subject,
        "start": metric.start,
        "end": metric.end,
    }


def score_records(
    result: EvaluationResult,
    gold: GoldRecord,
    predicted: ArticleRecord | None,
    *,
    article: str,
    origin: str,
) -> None:
    """Add the comparison of one gold record with its prediction to ``result``."""
    ArticleScorer(result, article, origin).score(gold, predicted)
