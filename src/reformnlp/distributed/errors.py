"""The errors dataset: every input that gave no record, with its reason (``path``, ``reason``)."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest import Failure
from .parts import part_name, write_part
from .storage import Location

ERROR_SCHEMA = pa.schema([pa.field("path", pa.string()), pa.field("reason", pa.string())])


def failures_table(failures: Iterable[Failure]) -> pa.Table:
    """Failures as rows of ``ERROR_SCHEMA``, sorted by path, without duplicates."""
    rows = sorted({(f.path, f.reason) for f in failures})
    return pa.table(
        {"path": [p for p, _ in rows], "reason": [r for _, r in rows]}, schema=ERROR_SCHEMA
    )


def write_failures(folder: str, failures: Iterable[Failure], name: str | None = None) -> int:
    """Write failures as one part of ``folder`` (named after them unless ``name``)."""
    table = failures_table(failures)
    if table.num_rows:
        write_part(folder, name or part_name(table["path"].to_pylist()), table)
    return table.num_rows


def read_failures(folder: str) -> list[Failure]:
    """Every failure written under ``folder``, sorted by path, without duplicates."""
    location = Location.of(folder)
    rows: set[tuple[str, str]] = set()
    for path in location.files(".parquet"):
        with location.filesystem.open_input_file(path) as handle:
            table = pq.read_table(handle, schema=ERROR_SCHEMA)
        rows.update(zip(table["path"].to_pylist(), table["reason"].to_pylist(), strict=True))
    return [Failure(path, reason) for path, reason in sorted(rows)]
