"""The Arrow schema of records is derived from the pydantic models and cannot drift from them."""

from __future__ import annotations

import io
import subprocess
import sys
import types
import typing

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import BaseModel

from reformnlp.arrow import (
    NotConformable,
    arrow_type,
    conform,
    record_schema,
    records_to_table,
    table_to_records,
)
from reformnlp.schema import ArticleRecord, Change, Mention, Metric

SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _models(model: type[BaseModel]) -> typing.Iterator[type[BaseModel]]:
    yield model
    for info in model.model_fields.values():
        for arg in (info.annotation, *_args(info.annotation)):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                yield from _models(arg)


def _args(annotation) -> list:
    out = []
    for arg in typing.get_args(annotation):
        out += [arg, *_args(arg)]
    return out


def _struct_of(model: type[BaseModel]) -> pa.StructType:
    """The struct type the record schema holds for ``model``, found by walking the schema."""
    if model is ArticleRecord:
        return pa.struct(list(record_schema()))
    for found in _structs(pa.struct(list(record_schema()))):
        if [f.name for f in found] == list(model.model_fields):
            return found
    raise AssertionError(f"{model.__name__} is not in the record schema")


def _structs(kind: pa.DataType) -> typing.Iterator[pa.StructType]:
    if pa.types.is_struct(kind):
        yield kind
        for child in kind:
            yield from _structs(child.type)
    elif pa.types.is_list(kind) or pa.types.is_fixed_size_list(kind):
        yield from _structs(kind.value_type)


def _expected(annotation) -> tuple[str, bool]:
    """What a field's annotation should become: a short kind name, and nullability."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _expected(args[0])[0], True
    if origin is typing.Literal:
        return "string", False
    if origin is list:
        return f"list<{_expected(args[0])[0]}>", False
    if origin is tuple:
        return f"list<{_expected(args[0])[0]}>[{len(args)}]", False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"struct:{annotation.__name__}", False
    return str(SCALARS[annotation]), False


def _kind(arrow: pa.DataType, annotation) -> str:
    if pa.types.is_struct(arrow):
        return f"struct:{_model_in(annotation).__name__}"
    if pa.types.is_fixed_size_list(arrow):
        return f"list<{_kind(arrow.value_type, None)}>[{arrow.list_size}]"
    if pa.types.is_list(arrow):
        inner = typing.get_args(annotation)[0] if annotation is not None else None
        return f"list<{_kind(arrow.value_type, inner)}>"
    return str(arrow)


def _model_in(annotation):
    for arg in (annotation, *_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


@pytest.mark.parametrize("model", sorted(set(_models(ArticleRecord)), key=lambda m: m.__name__))
def test_every_model_field_appears_with_its_type(model):
    struct = _struct_of(model)
    assert [f.name for f in struct] == list(model.model_fields)
    for name, info in model.model_fields.items():
        field = struct.field(name)
        kind, nullable = _expected(info.annotation)
        assert (_kind(field.type, info.annotation), field.nullable) == (kind, nullable), name


def _full(annotation, n: int = 1):
    """A value for every field, none of them a default, driven by the models themselves."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _full(args[0], n)
    if origin is typing.Literal:
        return args[-1]
    if origin is list:
        return [_full(args[0], n + i) for i in range(2)]
    if origin is tuple:
        return tuple(_full(a, n + i) for i, a in enumerate(args))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation(**{k: _full(v.annotation, n) for k, v in annotation.model_fields.items()})
    return {str: f"text {n} — Hà Tĩnh", int: 40 + n, float: 57.01 + n, bool: True}[annotation]


def _gaps(value, where: str = "record") -> list[str]:
    if value is None or value == []:
        return [where]
    if isinstance(value, dict):
        return [gap for key, item in value.items() for gap in _gaps(item, f"{where}.{key}")]
    if isinstance(value, list):
        return [gap for item in value for gap in _gaps(item, f"{where}[]")]
    return []


def test_a_record_with_every_field_set_survives_arrow_and_parquet():
    record = _full(ArticleRecord)
    assert _gaps(record.model_dump()) == []  # every field, however deep, holds a value
    table = records_to_table([record, ArticleRecord(id="bare")])
    assert table.schema.equals(record_schema())
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    buffer.seek(0)
    back = pq.read_table(buffer)
    assert back.schema.equals(record_schema())
    assert table_to_records(back) == [record, ArticleRecord(id="bare")]
    assert ArticleRecord.model_validate(back.to_pylist()[0]) == record


def _mixed() -> list[ArticleRecord]:
    """Records whose optional parts are set on some rows and absent on others."""
    full = _full(ArticleRecord)
    sparse = full.model_copy(deep=True)
    sparse.metrics[0].change = None
    sparse.metrics[1].rank = None
    sparse.metrics[1].average = None
    sparse.officials = []
    plain = ArticleRecord(id="plain", metrics=[Metric(value=26, unit="unit", change=None)])
    return [full, sparse, ArticleRecord(id="bare"), plain, full]


def test_the_fast_arrow_path_builds_what_python_dicts_build():
    records = _mixed()
    expected = pa.Table.from_pylist([r.model_dump() for r in records], schema=record_schema())
    table = records_to_table(records)
    table.validate(full=True)
    assert table.schema.equals(record_schema())
    assert table.equals(expected)
    assert table_to_records(table) == records
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    assert table_to_records(pq.read_table(io.BytesIO(buffer.getvalue()))) == records
    assert records_to_table([]).schema.equals(record_schema())
    assert records_to_table([]).num_rows == 0


def test_a_value_json_cannot_carry_takes_the_exact_path():
    record = ArticleRecord(id="nan", metrics=[Metric(value=float("nan"), unit="%")])
    value = records_to_table([record]).column("metrics")[0][0]["value"].as_py()
    assert value != value  # NaN kept, not turned into a placeholder


def test_conform_fills_required_children_only_under_null_parents():
    field = pa.field("change", arrow_type(Change), nullable=True)
    loose = pa.struct([pa.field(f.name, f.type) for f in field.type])
    hidden = pa.array([{"value": 1.5, "unit": "%", "direction": "increase"}, None], type=loose)
    conformed = conform(hidden, field)
    assert conformed.type == field.type
    assert conformed.to_pylist() == [{"value": 1.5, "unit": "%", "direction": "increase"}, None]
    seen = pa.array([{"value": None, "unit": "%", "direction": None}], type=loose)
    with pytest.raises(NotConformable, match="value"):
        conform(seen, field)
    with pytest.raises(NotConformable, match="mentions"):
        conform(pa.array([[1, 2, 3]]), pa.field("mentions", arrow_type(Mention), nullable=False))


def test_mentions_are_pairs():
    assert arrow_type(Mention) == pa.list_(pa.int64(), 2)


def test_unsupported_annotations_are_refused():
    with pytest.raises(TypeError):
        arrow_type(dict[str, int])
    with pytest.raises(TypeError):
        arrow_type(int | str)


def test_the_core_never_imports_ray(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ha Tinh reached 57.01% in 2023.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "import reformnlp, reformnlp.arrow, reformnlp.batch, reformnlp.writers\n"
        "from typer.testing import CliRunner\n"
        "from reformnlp.cli import app\n"
        f"args = ['batch', {str(tmp_path / 'in')!r}, '-o', {str(tmp_path / 'r.jsonl')!r}, '-w', '0']\n"
        "result = CliRunner().invoke(app, args)\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
