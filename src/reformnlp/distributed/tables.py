"""The flat metrics and entities tables of the CSV/Parquet writers, as Ray datasets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pyarrow as pa
import ray.data

from ..arrow import columns_schema, table_to_records
from ..schema import ArticleRecord
from ..writers import ENTITY_COLUMNS, METRIC_COLUMNS, entity_rows, metric_rows


def _flatten(
    batch: pa.Table, rows: Callable[[ArticleRecord], Iterator[dict[str, Any]]], schema: pa.Schema
) -> pa.Table:
    flat = [row for record in table_to_records(batch) for row in rows(record)]
    return pa.Table.from_pylist(flat, schema=schema)


def metrics_dataset(records: ray.data.Dataset) -> ray.data.Dataset:
    """One row per metric of every record (the columns of ``writers.METRIC_COLUMNS``)."""
    return records.map_batches(
        _flatten,
        fn_kwargs={"rows": metric_rows, "schema": columns_schema(METRIC_COLUMNS)},
        batch_format="pyarrow",
    )


def entities_dataset(records: ray.data.Dataset) -> ray.data.Dataset:
    """One row per official, province and body of every record (``writers.ENTITY_COLUMNS``)."""
    return records.map_batches(
        _flatten,
        fn_kwargs={"rows": entity_rows, "schema": columns_schema(ENTITY_COLUMNS)},
        batch_format="pyarrow",
    )
