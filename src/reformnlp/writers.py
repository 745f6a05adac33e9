"""Write records: resumable JSONL, flat metric and entity tables (CSV, Parquet).

Nothing here leaves a half-written file behind a killed run. JSONL output grows
by whole lines, flushed and fsynced per batch, and ``prepare_resume`` cuts a
trailing partial line. Tables are written to a temporary file in the output's
folder, fsynced, then moved over the target with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .schema import ArticleRecord, Metric
from .text import fold

# (column, arrow type) of the metrics table: one row per metric.
METRIC_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("published", "string"),
    ("province", "string"),
    ("subject", "string"),
    ("metric", "string"),
    ("value", "float64"),
    ("unit", "string"),
    ("kind", "string"),
    ("approximate", "bool"),
    ("period", "string"),
    ("period_text", "string"),
    ("target", "float64"),
    ("out_of", "float64"),
    ("average_value", "float64"),
    ("average_scope", "string"),
    ("average_difference", "float64"),
    ("previous_value", "float64"),
    ("previous_period", "string"),
    ("change_value", "float64"),
    ("change_unit", "string"),
    ("change_direction", "string"),
    ("rank_position", "int64"),
    ("rank_total", "int64"),
    ("rank_scope", "string"),
    ("quote", "string"),
    ("start", "int64"),
    ("end", "int64"),
)

# (column, arrow type) of the entities table: one row per official, province or body.
ENTITY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("published", "string"),
    ("type", "string"),
    ("name", "string"),
    ("key", "string"),
    ("titles", "string"),
    ("province", "string"),
    ("kind", "string"),
    ("level", "string"),
    ("region", "string"),
    ("acronym", "string"),
    ("aliases", "string"),
    ("n_mentions", "int64"),
)

LIST_SEPARATOR = "; "


# --------------------------------------------------------------------------- paths


@dataclass(frozen=True, slots=True)
class OutputPaths:
    """Every file a batch run writes beside its output ``FILE``."""

    output: Path

    @property
    def errors(self) -> Path:
        """``FILE.errors.jsonl``: one ``{"path", "reason"}`` per failed input."""
        return self.output.with_name(self.output.name + ".errors.jsonl")

    @property
    def state(self) -> Path:
        """``FILE.state.json``: progress of a run, rewritten after each flushed batch."""
        return self.output.with_name(self.output.name + ".state.json")

    @property
    def journal(self) -> Path:
        """``FILE.partial.jsonl``: the records of a table run until the tables are written."""
        return self.output.with_name(self.output.name + ".partial.jsonl")

    @property
    def entities(self) -> Path:
        """The entities table: ``out.csv`` → ``out.entities.csv``."""
        return entities_path(self.output)


def entities_path(path: str | os.PathLike[str]) -> Path:
    """Path of the entities table that goes with the metrics table ``path``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.entities{path.suffix}")


# --------------------------------------------------------------------------- atomic files


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@functools.cache
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A temporary file in the target's folder that replaces the target on ``commit``."""

    def __init__(self, target: str | os.PathLike[str], mode: str = "w", **open_kwargs: Any):
        self.target = Path(target)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
        )
        self.tmp = Path(tmp)
        os.chmod(fd, 0o666 & ~_umask())  # mkstemp's 0600 would hide the output from others
        self.handle: IO[Any] = os.fdopen(fd, mode, **open_kwargs)

    def commit(self) -> None:
        """Flush, fsync and move the file into place."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.target)
        fsync_dir(self.target.parent)

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def write_json_atomic(path: str | os.PathLike[str], data: Any) -> None:
    """Replace ``path`` with ``data`` as JSON, atomically."""
    sink = AtomicFile(path, "w", encoding="utf-8")
    try:
        json.dump(data, sink.handle, ensure_ascii=False, indent=1)
        sink.handle.write("\n")
        sink.commit()
    except BaseException:
        sink.abort()
        raise


# --------------------------------------------------------------------------- JSONL


def prepare_resume(path: str | os.PathLike[str]) -> set[str]:
    """Cut a trailing partial line from a JSONL output and return the ids it holds.

    A line that is whole but not valid JSON (a torn write on an odd file system) is
    dropped too, so that its article is extracted again.
    """
    path = Path(path)
    if not path.exists():
        return set()
    ids: set[str] = set()
    keep = 0
    decoder = json.JSONDecoder()
    with open(path, "rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                obj, _ = decoder.raw_decode(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                break
            if not isinstance(obj, dict) or "id" not in obj:
                break
            ids.add(str(obj["id"]))
            keep += len(raw)
    if keep != path.stat().st_size:
        with open(path, "r+b") as handle:
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
    return ids


class JsonlSink:
    """Append whole JSON lines; ``flush`` makes everything written so far durable."""

    def __init__(self, path: str | os.PathLike[str], append: bool = False):
        self.path = Path(path)
        mode = "a" if append else "w"
        self.handle = open(self.path, mode, encoding="utf-8", newline="\n")  # noqa: SIM115
        self.lines = 0

    def write(self, line: str) -> None:
        """Add one line; ``line`` must not contain a newline."""
        self.handle.write(line + "\n")
        self.lines += 1

    def flush(self) -> None:
        """Flush Python's buffer and fsync, so a kill after this loses nothing written."""
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def close(self) -> None:
        """Flush and close."""
        if not self.handle.closed:
            self.flush()
            self.handle.close()


class ErrorLog:
    """``FILE.errors.jsonl``, created on the first failure and rewritten each run."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.count = 0
        self._sink: JsonlSink | None = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # a stale log from an earlier run would mislead

    def add(self, path: str, reason: str, details: dict | None = None) -> None:
        """Record one failed input (with what is known of a failed extraction)."""
        if self._sink is None:
            self._sink = JsonlSink(self.path)
        line = {"path": path, "reason": reason, **(details or {})}
        self._sink.write(json.dumps(line, ensure_ascii=False))
        self.count += 1

    def flush(self) -> None:
        """Make the failures logged so far durable."""
        if self._sink is not None:
            self._sink.flush()

    def close(self) -> None:
        """Flush and close."""
        if self._sink is not None:
            self._sink.close()


def read_records(path: str | os.PathLike[str]) -> Iterator[ArticleRecord]:
    """Records of a JSONL output, one per line; a trailing partial line is ignored."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.endswith("\n"):
                break
            if line.strip():
                yield ArticleRecord.model_validate_json(line)


# --------------------------------------------------------------------------- rows


def _province_codes(record: ArticleRecord) -> dict[str, str]:
    codes: dict[str, str] = {}
    for province in record.provinces:
        if not province.code:
            continue
        for name in (province.name, province.name_vi):
            if name:
                codes.setdefault(fold(name), province.code)
    for body in record.bodies:
        if body.province:
            for name in (body.name, *body.aliases):
                codes.setdefault(fold(name), body.province)
    return codes


def metric_province(metric: Metric, record: ArticleRecord, codes: dict[str, str]) -> str | None:
    """The province a metric is about: its subject's, else the article's first province."""
    if metric.subject:
        code = codes.get(fold(metric.subject))
        if code:
            return code
    return next((p.code for p in record.provinces if p.code), None)


def metric_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """One flat row per metric of ``record`` (columns of ``METRIC_COLUMNS``)."""
    codes = _province_codes(record)
    for m in record.metrics:
        yield {
            "article_id": record.id,
            "published": record.published,
            "province": metric_province(m, record, codes),
            "subject": m.subject,
            "metric": m.metric,
            "value": m.value,
            "unit": m.unit,
            "kind": m.kind,
            "approximate": m.approximate,
            "period": m.period,
            "period_text": m.period_text,
            "target": m.target,
            "out_of": m.out_of,
            "average_value": m.average.value if m.average else None,
            "average_scope": m.average.scope if m.average else None,
            "average_difference": m.average.difference if m.average else None,
            "previous_value": m.previous.value if m.previous else None,
            "previous_period": m.previous.period if m.previous else None,
            "change_value": m.change.value if m.change else None,
            "change_unit": m.change.unit if m.change else None,
            "change_direction": m.change.direction if m.change else None,
            "rank_position": m.rank.position if m.rank else None,
            "rank_total": m.rank.total if m.rank else None,
            "rank_scope": m.rank.scope if m.rank else None,
            "quote": m.quote,
            "start": m.start,
            "end": m.end,
        }


def _joined(values: Iterable[str]) -> str | None:
    values = [v for v in values if v]
    return LIST_SEPARATOR.join(values) if values else None


def entity_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """One flat row per official, province and body of ``record`` (``ENTITY_COLUMNS``)."""
    base = {column: None for column, _ in ENTITY_COLUMNS}
    base["article_id"] = record.id
    base["published"] = record.published
    for o in record.officials:
        yield base | {
            "type": "official",
            "name": o.name,
            "key": o.key or fold(o.name),
            "titles": _joined(o.titles),
            "province": o.province,
            "n_mentions": len(o.mentions),
        }
    for p in record.provinces:
        yield base | {
            "type": "province",
            "name": p.name,
            "key": p.code,
            "province": p.code,
            "region": p.region,
            "aliases": p.name_vi,
            "n_mentions": len(p.mentions),
        }
    for b in record.bodies:
        yield base | {
            "type": "body",
            "name": b.name,
            "key": fold(b.name),
            "province": b.province,
            "kind": b.kind,
            "level": b.level,
            "acronym": b.acronym,
            "aliases": _joined(b.aliases),
            "n_mentions": len(b.mentions),
        }


# --------------------------------------------------------------------------- tables


class CsvTable:
    """A CSV table (UTF-8, header row, RFC 4180 quoting) written atomically."""

    def __init__(self, path: str | os.PathLike[str], columns: tuple[tuple[str, str], ...]):
        self.names = [name for name, _ in columns]
        self.file = AtomicFile(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.file.handle, fieldnames=self.names)
        self.writer.writeheader()
        self.rows = 0

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        """Append rows (missing columns are empty)."""
        for row in rows:
            self.writer.writerow({k: _csv_value(v) for k, v in row.items()})
            self.rows += 1

    def commit(self) -> None:
        """Move the finished table into place."""
        self.file.commit()

    def abort(self) -> None:
        """Drop the unfinished table."""
        self.file.abort()


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class ParquetTable:
    """A Parquet table with a fixed schema, written in row groups, atomically."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        columns: tuple[tuple[str, str], ...],
        row_group: int = 50_000,
    ):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns])
        self.file = AtomicFile(path, "wb")
        self.writer = pq.ParquetWriter(self.file.handle, self.schema, compression="zstd")
        self.row_group = row_group
        self.buffer: list[dict[str, Any]] = []
        self.rows = 0

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        """Append rows; a row group is written each ``row_group`` rows."""
        for row in rows:
            self.buffer.append(row)
            self.rows += 1
            if len(self.buffer) >= self.row_group:
                self._write()

    def _write(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def commit(self) -> None:
        """Write the last row group and the footer, then move the file into place."""
        self._write()
        self.writer.close()
        self.file.commit()

    def abort(self) -> None:
        """Drop the unfinished table."""
        with contextlib.suppress(Exception):
            self.writer.close()
        self.file.abort()


TABLE_FORMATS = {"csv": CsvTable, "parquet": ParquetTable}


def write_tables(
    records: Iterable[ArticleRecord], path: str | os.PathLike[str], fmt: str
) -> tuple[int, int]:
    """Write the metrics table to ``path`` and the entities table beside it.

    Returns ``(metric rows, entity rows)``. Both files appear only when both are
    complete; on any error neither target is touched.
    """
    table = TABLE_FORMATS[fmt]
    metrics = table(path, METRIC_COLUMNS)
    entities = table(entities_path(path), ENTITY_COLUMNS)
    try:
        for record in records:
            metrics.add(metric_rows(record))
            entities.add(entity_rows(record))
        metrics.commit()
        entities.commit()
    except BaseException:
        metrics.abort()
        entities.abort()
        raise
    return metrics.rows, entities.rows
