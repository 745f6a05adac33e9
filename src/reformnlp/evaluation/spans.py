"""Span-level scoring: gold spans checked against the tokens, then spaCy's ``Scorer``.

Gold offsets index the text as given; the pipeline's Doc may hold a normalised
text (NFC, plain spaces), so offsets are carried over through ``doc._.offset_map``
in both directions. A gold span that does not fall on token boundaries is
reported with the tokens it cuts and the offsets that would fix it, and left out.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..text import to_original
from .models import Problem, SpanScore
from .samples import GoldSpan

Triple = tuple[int, int, str]


def _offset_map(doc: Doc) -> list[int] | None:
    return doc._.offset_map if Doc.has_extension("offset_map") else None


def to_doc_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Map offsets of the text as given to offsets of ``doc.text``."""
    offsets = _offset_map(doc)
    if offsets is None:
        return start, end
    return bisect_left(offsets, start), bisect_left(offsets, end)


def to_given_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Map offsets of ``doc.text`` back to the text as given."""
    return to_original(_offset_map(doc), start, end)


def align(doc: Doc, spans: Iterable[GoldSpan], text: str) -> tuple[list[Span], list[Problem]]:
    """Gold spans as Spans of ``doc``; misaligned ones become problems with a fix."""
    aligned: list[Span] = []
    problems: list[Problem] = []
    for gold in spans:
        start, end = to_doc_offsets(doc, gold.start, gold.end)
        span = doc.char_span(start, end, label=gold.label)
        if span is None:
            problems.append(_misaligned(doc, gold, text, start, end))
        else:
            aligned.append(span)
    return aligned, problems


def _misaligned(doc: Doc, gold: GoldSpan, text: str, start: int, end: int) -> Problem:
    wide = doc.char_span(start, end, alignment_mode="expand")
    narrow = doc.char_span(start, end, alignment_mode="contract")
    options = [
        to_given_offsets(doc, s.start_char, s.end_char)
        for s in (narrow, wide)
        if s is not None and len(s)
    ]
    fix = " or ".join(f"{a}-{b}" for a, b in dict.fromkeys(options))
    return Problem(
        origin=gold.origin,
        message=f"span {gold.start}-{gold.end} {text[gold.start : gold.end]!r} ({gold.label}) "
        f"does not align with token boundaries ({_cut_tokens(doc, start, end)})",
        fix=f"move the offsets to {fix}" if fix else "put the offsets on token boundaries",
    )


def _cut_tokens(doc: Doc, start: int, end: int) -> str:
    """Describe the tokens a span cuts, in offsets of the text as given."""
    cut = []
    for token in doc:
        first, last = token.idx, token.idx + len(token)
        if first < start < last or first < end < last:
            a, b = to_given_offsets(doc, first, last)
            cut.append(f"token {token.text!r} spans {a}-{b}")
    return "; ".join(cut) or "it starts or ends on whitespace"


def reference_doc(doc: Doc, spans: Sequence[Span], labels: Iterable[str]) -> Doc:
    """A reference Doc with the predicted Doc's tokens and the gold spans, one group a label."""
    words = [t.text for t in doc]
    reference = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    for label in labels:
        reference.spans[label] = [
            Span(reference, s.start, s.end, label=label) for s in spans if s.label_ == label
        ]
    return reference


def labelled_spans(doc: Doc, labels: Sequence[str]) -> list[Span]:
    """The spans of ``doc.spans[label]`` for each label, labelled by their group."""
    return [
        Span(doc, s.start, s.end, label=label)
        for label in labels
        if label in doc.spans
        for s in doc.spans[label]
    ]


def triples(doc: Doc, labels: Sequence[str]) -> set[Triple]:
    """(start_char, end_char, label) of a Doc's spans in the given groups."""
    return {(s.start_char, s.end_char, s.label_) for s in labelled_spans(doc, labels)}


def score_examples(
    examples: Sequence[Example], labels: Sequence[str]
) -> tuple[dict[str, SpanScore], SpanScore]:
    """Exact-span P/R/F per label (``Scorer.score_spans``, overlaps allowed) with counts."""
    scores = Scorer.score_spans(
        examples,
        "spans",
        getter=lambda doc, _attr: labelled_spans(doc, labels),
        labeled=True,
        allow_overlap=True,
    )
    per_type = scores.get("spans_per_type") or {}
    counts = {label: [0, 0, 0] for label in labels}
    for example in examples:
        gold, pred = triples(example.reference, labels), triples(example.predicted, labels)
        for _start, _end, label in gold & pred:
            counts[label][0] += 1
        for _start, _end, label in pred - gold:
            counts[label][1] += 1
        for _start, _end, label in gold - pred:
            counts[label][2] += 1
    result: dict[str, SpanScore] = {}
    for label, (tp, fp, fn) in counts.items():
        if not tp + fp + fn:
            continue
        figures = per_type.get(label, {})
        result[label] = SpanScore(
            precision=figures.get("p") if tp + fp else None,
            recall=figures.get("r") if tp + fn else None,
            f1=figures.get("f"),
            tp=tp,
            fp=fp,
            fn=fn,
        )
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    overall = SpanScore(
        precision=scores.get("spans_p"),
        recall=scores.get("spans_r"),
        f1=scores.get("spans_f"),
        tp=totals[0],
        fp=totals[1],
        fn=totals[2],
    )
    return result, overall


def make_example(doc: Doc, gold_spans: Sequence[Span], labels: Sequence[str]) -> Example:
    """Pair the predicted Doc with a reference Doc holding the aligned gold spans."""
    return Example(doc, reference_doc(doc, gold_spans, labels))
