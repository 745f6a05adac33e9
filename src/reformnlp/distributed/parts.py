"""Parquet parts: how a run writes its tables, one consistent set of parts per batch.

A batch of articles gives a part in each of ``records/``, ``metrics/``,
``entities/`` (and ``errors/`` when something failed), all with one name: a hash
of what the batch produced, so that a batch Ray runs again rewrites the same
parts. Each part is written beside its place and moved in, and the record part
goes last: a batch whose record part exists is complete. Resuming deletes the
table parts a kill left without their record part.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .storage import Location


def part_name(keys: Iterable[str]) -> str:
    """The name of the parts of a batch, from the ids and paths it produced."""
    digest = hashlib.sha1("\n".join(sorted(keys)).encode("utf-8")).hexdigest()
    return f"part-{digest[:24]}.parquet"


def write_part(folder: str, name: str, table: pa.Table) -> None:
    """Write ``table`` as ``folder/name``, whole or not at all."""
    location = Location.of(folder)
    location.makedirs()
    temporary = location.child(f".{name}.tmp")
    with location.filesystem.open_output_stream(temporary) as stream:
        pq.write_table(table, stream, compression="zstd")
    location.filesystem.move(temporary, location.child(name))


def part_names(folder: str) -> set[str]:
    """Names of the finished parts in ``folder``."""
    location = Location.of(folder)
    return {path.rsplit("/", 1)[-1] for path in location.files(".parquet")}


def read_column(folder: str, column: str) -> tuple[list, list[str]]:
    """Every value of ``column`` over the parts of ``folder``, and the parts that would not read."""
    location = Location.of(folder)
    values: list = []
    broken: list[str] = []
    for path in location.files(".parquet"):
        try:
            with location.filesystem.open_input_file(path) as handle:
                values.extend(pq.read_table(handle, columns=[column])[column].to_pylist())
        except (OSError, ValueError, KeyError):
            broken.append(path)
    return values, broken
