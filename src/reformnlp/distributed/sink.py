"""The extractor of ``reformnlp batch --engine ray``: it writes its batch's parts itself.

Records, metric rows, entity rows and failures of a batch are written together
as one set of parts (see ``parts``), from the records in hand: one pass over the
input gives every table, and no table has to be read back and re-validated. What
goes back to the driver is one small row per batch, with its counts.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from ..arrow import columns_schema, records_to_table
from ..writers import ENTITY_COLUMNS, METRIC_COLUMNS, entity_rows, metric_rows
from .errors import write_failures
from .extract import ArticleExtractor, RowReader
from .parts import part_name, write_part

MANIFEST_SCHEMA = pa.schema(
    [("part", pa.string()), ("records", pa.int64()), ("failed", pa.int64())]
)


def table_folder(output: str, table: str) -> str:
    """Where ``table`` (records, metrics, entities, errors) lives under ``output``."""
    return f"{output.rstrip('/')}/{table}"


class PartWriter(ArticleExtractor):
    """``map_batches`` callable that writes each batch's parts under ``output``."""

    def __init__(self, reader: RowReader, output: str, done: Any = None, **kwargs: Any):
        super().__init__(reader, errors_to=table_folder(output, "errors"), done=done)
        self.output = output
        self.metric_schema = columns_schema(METRIC_COLUMNS)
        self.entity_schema = columns_schema(ENTITY_COLUMNS)

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Extract ``batch``, write its parts, and give back its counts."""
        records, failures = self.extract_batch(batch)
        keys = [r.id for r in records] + [f.path for f in failures]
        name = part_name(keys) if keys else ""
        if failures:
            write_failures(table_folder(self.output, "errors"), failures, name)
        if records:
            metrics = [row for record in records for row in metric_rows(record)]
            entities = [row for record in records for row in entity_rows(record)]
            self._write("metrics", name, pa.Table.from_pylist(metrics, schema=self.metric_schema))
            self._write("entities", name, pa.Table.from_pylist(entities, schema=self.entity_schema))
            # Last: a batch whose record part exists is complete.
            self._write("records", name, records_to_table(records))
        return pa.Table.from_pylist(
            [{"part": name, "records": len(records), "failed": len(failures)}],
            schema=MANIFEST_SCHEMA,
        )

    def _write(self, table: str, name: str, data: pa.Table) -> None:
        write_part(table_folder(self.output, table), name, data)
