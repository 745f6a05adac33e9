"""Arrow schemas derived from the pydantic record models, and records to and from Arrow.

The models in ``schema.py`` are the one source of truth: every Arrow type here
is computed from ``model_fields``. Nested models become structs, lists become
lists, the ``(start, end)`` mention pairs become fixed-size lists of two
integers, ``Literal`` choices become strings; a field is nullable exactly when
its annotation admits ``None``.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
from pydantic import BaseModel

from .schema import ArticleRecord

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def _is_optional(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    return origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(annotation)


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of a model field's annotation; ``TypeError`` when there is none."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"no Arrow type for the union {annotation!r}")
        return arrow_type(rest[0])
    if origin is typing.Literal:
        if not all(isinstance(a, str) for a in args):
            raise TypeError(f"no Arrow type for {annotation!r}: only string literals")
        return pa.string()
    if origin is list:
        return pa.list_(arrow_type(args[0]))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return pa.list_(arrow_type(args[0]))
        if len(set(args)) != 1:
            raise TypeError(f"no Arrow type for the mixed tuple {annotation!r}")
        return pa.list_(arrow_type(args[0]), len(args))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(model_fields(annotation))
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def model_fields(model: type[BaseModel]) -> list[pa.Field]:
    """One Arrow field per field of ``model``, in declaration order."""
    return [
        pa.field(name, arrow_type(info.annotation), nullable=_is_optional(info.annotation))
        for name, info in model.model_fields.items()
    ]


def model_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of rows that each hold one ``model``."""
    return pa.schema(model_fields(model))


@functools.cache
def record_schema() -> pa.Schema:
    """The Arrow schema of ``ArticleRecord`` rows (records written by the Ray engine)."""
    return model_schema(ArticleRecord)


def columns_schema(columns: Iterable[tuple[str, str]]) -> pa.Schema:
    """The schema of a flat table given as ``(name, type alias)`` pairs (``METRIC_COLUMNS``)."""
    return pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns])


def records_to_table(records: Iterable[ArticleRecord]) -> pa.Table:
    """An Arrow table of records, one row each, in ``record_schema()``."""
    return pa.Table.from_pylist([r.model_dump() for r in records], schema=record_schema())


def table_to_records(table: pa.Table) -> list[ArticleRecord]:
    """The records of an Arrow table in ``record_schema()``, validated by the model."""
    return [ArticleRecord.model_validate(row) for row in table.to_pylist()]
