"""The invariants every record holds, whatever text it was read from."""

from __future__ import annotations

import math

from reformnlp.schema import ArticleRecord


def check_record(text: str, record: ArticleRecord, serialises: bool = True) -> None:
    """Offsets index ``text``: every quote is cut from it, every mention lies inside it.
    ``serialises=False`` for a text holding lone surrogates, which JSON cannot encode."""
    assert isinstance(record, ArticleRecord)
    size = len(text)
    for metric in record.metrics:
        assert metric.start is not None and metric.end is not None, metric
        assert 0 <= metric.start < metric.end <= size, (metric.start, metric.end, size)
        assert metric.quote == text[metric.start : metric.end], metric
        assert math.isfinite(metric.value), metric
    for kind in (record.officials, record.provinces, record.bodies):
        for entity in kind:
            for start, end in entity.mentions:
                assert 0 <= start < end <= size, (entity.name, start, end, size)
                assert text[start:end].strip(), (entity.name, start, end)
    # every record serialises, and is what validating it gives (records are assembled
    # without validation: values are checked where they are made)
    if serialises:
        assert ArticleRecord.model_validate_json(record.model_dump_json()) == record
