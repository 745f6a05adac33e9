"""The errors dataset: every input that gave no record, with its reason, as Parquet parts.

Workers write their failures themselves, one part per batch that had any. A part
is named by a hash of its rows, so a batch that Ray runs again (after a worker
died) rewrites the same part instead of adding a copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest import Failure
from .storage import Location

ERROR_SCHEMA = pa.schema([pa.field("path", pa.string()), pa.field("reason", pa.string())])


def write_failures(folder: str, failures: Iterable[Failure]) -> int:
    """Write failures as one Parquet part under ``folder``; returns how many."""
    rows = sorted({(f.path, f.reason) for f in failures})
    if not rows:
        return 0
    digest = hashlib.sha1("\n".join(f"{p}\t{r}" for p, r in rows).encode("utf-8")).hexdigest()
    table = pa.table(
        {"path": [p for p, _ in rows], "reason": [r for _, r in rows]}, schema=ERROR_SCHEMA
    )
    location = Location.of(folder)
    location.makedirs()
    final = location.child(f"part-{digest[:20]}.parquet")
    temporary = location.child(f".part-{digest[:20]}.parquet.tmp")
    with location.filesystem.open_output_stream(temporary) as stream:
        pq.write_table(table, stream, compression="zstd")
    location.filesystem.move(temporary, final)
    return len(rows)


def read_failures(folder: str) -> list[Failure]:
    """Every failure written under ``folder``, sorted by path, without duplicates."""
    location = Location.of(folder)
    rows: set[tuple[str, str]] = set()
    for path in location.files(".parquet"):
        with location.filesystem.open_input_file(path) as handle:
            table = pq.read_table(handle, schema=ERROR_SCHEMA)
        rows.update(zip(table["path"].to_pylist(), table["reason"].to_pylist(), strict=True))
    return [Failure(path, reason) for path, reason in sorted(rows)]
