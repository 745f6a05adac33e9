"""A gold sample as a ``datasets.Dataset`` row and back: the row format of corpora.

Both :mod:`reformnlp.corpora` (which writes rows) and the gold readers (which accept
them back) use it, so neither has to import the other.
"""

from __future__ import annotations

import json
from typing import Any

STRING_FIELDS = ("source", "title", "published", "author")
JSON_FIELDS = ("officials", "provinces", "bodies", "metrics")


def sample_row(sample) -> dict[str, Any]:
    """A gold sample as a dataset row (the columns :mod:`reformnlp.corpora` documents)."""
    record = sample.record
    data = record.model_dump(mode="json", exclude_unset=True) if record else {}
    given = sorted(set(data) - {"text", "id"})
    row: dict[str, Any] = {
        "id": sample.id,
        "origin": sample.origin,
        "text": sample.text,
        "given": given,
    }
    for field in STRING_FIELDS:
        row[field] = data.get(field)
    for field in JSON_FIELDS:
        row[field] = json.dumps(data[field], ensure_ascii=False) if field in data else None
    spans = (
        None
        if sample.spans is None
        else [{"start": s.start, "end": s.end, "label": s.label} for s in sample.spans]
    )
    row["spans"] = None if spans is None else json.dumps(spans)
    return row


def row_to_object(row: dict[str, Any]) -> dict[str, Any]:
    """A dataset row back as a gold JSONL object (what the annotator wrote)."""
    obj: dict[str, Any] = {"id": row["id"], "text": row["text"]}
    for field in row["given"]:
        value = row.get(field)
        obj[field] = json.loads(value) if field in JSON_FIELDS and value is not None else value
    if row.get("spans") is not None:
        obj["spans"] = json.loads(row["spans"])
    return obj
