"""What the evaluator scores: gold samples and the problems found while reading them."""

from __future__ import annotations

from dataclasses import dataclass

from ..schema import GoldRecord

# SPEC section 7: the span labels of doc.spans.
SPAN_LABELS = ("OFFICIAL", "TITLE", "PROVINCE", "LOCALITY", "REGION", "BODY", "INDEX", "METRIC")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A gold span in offsets of the text as given, with where it was written."""

    start: int
    end: int
    label: str
    origin: str


@dataclass(slots=True)
class Sample:
    """One annotated article: record-level gold, span-level gold, or both.

    ``spans`` is None when the sample carries no span annotation (an empty list
    means "annotated, and there are no spans"). ``title`` and ``published`` are
    the page metadata read from an HTML gold text, passed on to the record.
    """

    id: str
    origin: str
    text: str
    record: GoldRecord | None = None
    spans: list[GoldSpan] | None = None
    title: str | None = None
    published: str | None = None
    from_html: bool = False
