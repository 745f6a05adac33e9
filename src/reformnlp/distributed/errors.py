"""The errors dataset: every input that gave no record, with its reason.

Columns as in local mode's errors file: ``path`` and ``reason`` always; for an
extraction that raised, also ``error`` (the exception type), ``component`` (the
pipe that raised), ``offset`` (where in the text it was) and ``message``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest import Failure
from .parts import part_name, write_part
from .storage import Location

DETAIL_FIELDS = (
    pa.field("error", pa.string()),
    pa.field("component", pa.string()),
    pa.field("offset", pa.int64()),
    pa.field("message", pa.string()),
)
ERROR_SCHEMA = pa.schema(
    [pa.field("path", pa.string()), pa.field("reason", pa.string()), *DETAIL_FIELDS]
)


def failures_table(failures: Iterable[Failure]) -> pa.Table:
    """Failures as rows of ``ERROR_SCHEMA``, sorted by path, without duplicates."""
    unique = {(f.path, f.reason): f for f in failures}
    rows = []
    for key in sorted(unique):
        details = unique[key].details or {}
        row = {"path": key[0], "reason": key[1]}
        row.update({f.name: details.get(f.name) for f in DETAIL_FIELDS})
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=ERROR_SCHEMA)


def write_failures(folder: str, failures: Iterable[Failure], name: str | None = None) -> int:
    """Write failures as one part of ``folder`` (named after them unless ``name``)."""
    table = failures_table(failures)
    if table.num_rows:
        write_part(folder, name or part_name(table["path"].to_pylist()), table)
    return table.num_rows


def read_failures(folder: str) -> list[Failure]:
    """Every failure written under ``folder``, sorted by path, without duplicates."""
    location = Location.of(folder)
    found: dict[tuple[str, str], Failure] = {}
    for path in location.files(".parquet"):
        with location.filesystem.open_input_file(path) as handle:
            table = pq.read_table(handle)
        for row in table.to_pylist():
            details = {f.name: row[f.name] for f in DETAIL_FIELDS if row.get(f.name) is not None}
            key = (row["path"], row["reason"])
            found[key] = Failure(key[0], key[1], details or None)
    return [found[key] for key in sorted(found)]
