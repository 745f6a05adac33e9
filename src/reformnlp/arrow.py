"""Arrow schemas derived from the pydantic record models, and records to and from Arrow.

The models in ``schema.py`` are the one source of truth: every Arrow type here
is computed from ``model_fields``. Nested models become structs, lists become
lists, the ``(start, end)`` mention pairs become fixed-size lists of two
integers, ``Literal`` choices become strings; a field is nullable exactly when
its annotation admits ``None``.
"""

from __future__ import annotations

import functools
import io
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson
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
    """An Arrow table of records, one row each, in ``record_schema()``.

    The records go through their JSON form and Arrow's JSON reader, several times
    faster than building the table from Python dicts; a record the JSON form
    cannot carry (a NaN where a value is required) takes the slow, exact path.
    """
    records = list(records)
    try:
        return _from_json(records, record_schema())
    except NotConformable:
        return pa.Table.from_pylist([r.model_dump() for r in records], schema=record_schema())


class NotConformable(ValueError):
    """A required value is missing where its parent holds one."""


def _from_json(models: Sequence[BaseModel], schema: pa.Schema) -> pa.Table:
    if not models:
        return schema.empty_table()
    data = b"\n".join(m.model_dump_json().encode("utf-8") for m in models)
    options = pajson.ParseOptions(
        explicit_schema=_loose_schema(schema), unexpected_field_behavior="error"
    )
    # One block holds every line: the reader never has to split a record.
    read = pajson.ReadOptions(use_threads=False, block_size=max(1 << 20, len(data) + 1))
    raw = pajson.read_json(io.BytesIO(data), read_options=read, parse_options=options)
    columns = [conform(raw.column(f.name).combine_chunks(), f) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


@functools.cache
def _loose_schema(schema: pa.Schema) -> pa.Schema:
    """``schema`` as the JSON reader can fill it: every field nullable, pairs as plain lists."""
    return pa.schema([pa.field(f.name, _loose(f.type)) for f in schema])


def _loose(kind: pa.DataType) -> pa.DataType:
    if pa.types.is_list(kind) or pa.types.is_fixed_size_list(kind):
        return pa.list_(_loose(kind.value_type))
    if pa.types.is_struct(kind):
        return pa.struct([pa.field(f.name, _loose(f.type)) for f in kind])
    return kind


_FILLER = {pa.string(): "", pa.int64(): 0, pa.float64(): 0.0, pa.bool_(): False}


def _all_hidden(nulls: pa.Array, hidden: pa.Array | None) -> bool:
    """Every null slot lies under a null parent."""
    return hidden is not None and not pc.any(pc.and_not(nulls, hidden)).as_py()


def conform(array: pa.Array, field: pa.Field, hidden: pa.Array | None = None) -> pa.Array:
    """``array``, as read from JSON, in the exact type and nullability of ``field``.

    Under a null struct (``hidden``) the JSON reader leaves every child null,
    which a non-nullable child may not hold even there (Parquet refuses it): such
    slots are filled with a placeholder nobody reads. A required value missing
    where it would be read raises ``NotConformable``. Pairs become fixed-size
    lists, checked for their length.
    """
    kind = field.type
    nulls = array.is_null() if array.null_count else None
    if nulls is not None and not field.nullable and not _all_hidden(nulls, hidden):
        raise NotConformable(f"{field.name!r} is required and missing")
    mask = nulls if field.nullable else None
    if pa.types.is_struct(kind):
        below = nulls if hidden is None else (hidden if nulls is None else pc.or_(hidden, nulls))
        children = [conform(array.field(i), child, below) for i, child in enumerate(kind)]
        return pa.StructArray.from_arrays(children, fields=list(kind), mask=mask)
    if pa.types.is_list(kind) or pa.types.is_fixed_size_list(kind):
        below = None
        if hidden is not None:
            below = hidden.take(pc.list_parent_indices(array))
        values = conform(array.flatten(), kind.value_field, below)
        if pa.types.is_fixed_size_list(kind):
            if pc.any(pc.not_equal(pc.list_value_length(array), kind.list_size)).as_py():
                raise NotConformable(f"{field.name!r} holds a list of another length")
            return pa.FixedSizeListArray.from_arrays(values, type=kind, mask=mask)
        offsets = pc.subtract(array.offsets, array.offsets[0])
        return pa.ListArray.from_arrays(offsets, values, type=kind, mask=mask)
    if nulls is not None and not field.nullable:
        array = pc.fill_null(array, pa.scalar(_FILLER[kind], kind))
    return array


def table_to_records(table: pa.Table) -> list[ArticleRecord]:
    """The records of an Arrow table in ``record_schema()``, validated by the model."""
    return [ArticleRecord.model_validate(row) for row in table.to_pylist()]
