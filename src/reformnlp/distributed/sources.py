"""Inputs of a distributed run: a folder of articles, or a Parquet or JSONL dataset.

A local folder is walked on the driver exactly as ``reformnlp batch`` walks it
(same suffixes, ids, ``--glob``); only the list of files travels, and workers read
the files. Parquet and JSONL datasets, at a path or any URI pyarrow's filesystems
read, are read by Ray's read tasks; a JSONL line is parsed by the worker that
extracts it, so a bad line fails alone, as in a folder.
"""

from __future__ import annotations

import fnmatch
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import ray.data
from ray.data.datasource import FileBasedDatasource

from ..batch import BatchError
from ..errors import InputError
from ..ingest import DEFAULT_MAX_BYTES, Failure, Fields, iter_file_tasks, jsonl_lines
from .extract import DEFAULT_BATCH_SIZE, RowReader
from .readers import ColumnRows, FileRows, LineRows
from .storage import Location, is_uri

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
LINE_SCHEMA = pa.schema(
    [
        ("line", pa.binary()),
        ("lineno", pa.int64()),
        ("path", pa.string()),
        ("id_prefix", pa.string()),
        ("error", pa.string()),
    ]
)


@dataclass
class Source:
    """A dataset of input rows, the reader that turns them into articles, and early failures."""

    dataset: ray.data.Dataset | None
    reader: RowReader
    kind: str
    failures: list[Failure] = field(default_factory=list)
    rows: int | None = None  # input rows, when known without reading the input


def open_source(
    path_or_uri: str,
    *,
    glob: str | None = None,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: str | None = None,
    done: frozenset[str] = frozenset(),
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Source:
    """The input at ``path_or_uri``; raises ``BatchError`` when there is nothing to read.

    A local folder holding Parquet files, or a ``.parquet`` file, is a Parquet
    dataset; a ``.jsonl`` file or a remote folder of them is a JSONL dataset; any
    other local folder is a folder of articles. ``exclude`` is a folder (the
    output) whose files are never read.
    """
    fields = fields or Fields()
    location = Location.of(path_or_uri)
    info = location.info()
    if info.type == pafs.FileType.NotFound:
        raise BatchError(f"input {path_or_uri} does not exist")
    if info.type == pafs.FileType.File:
        files, root = [location.path], os.path.dirname(location.path)
    else:
        root = location.path
        files = [f for f in location.files(".parquet", ".jsonl") if _matches(f, root, glob)]
        if exclude:
            files = [f for f in files if not f.startswith(Location.of(exclude).path + "/")]
    parquet = [f for f in files if f.endswith(".parquet")]
    if parquet:
        return _parquet_source(location.filesystem, parquet, fields)
    local_folder = info.type == pafs.FileType.Directory and not is_uri(path_or_uri)
    if local_folder:
        return _folder_source(path_or_uri, glob, fields, max_bytes, exclude, done, batch_size)
    lines = [f for f in files if f.endswith(".jsonl")]
    if not lines:
        raise BatchError(f"no Parquet or JSONL files under {path_or_uri}")
    dataset = ray.data.read_datasource(
        JsonlLines(lines, root=root, max_bytes=max_bytes, filesystem=location.filesystem),
        num_cpus=0,
    )
    return Source(dataset, LineRows(fields, max_bytes), "jsonl")


def _matches(path: str, root: str, glob: str | None) -> bool:
    if not glob:
        return True
    relative = path[len(root) :].lstrip("/")
    return fnmatch.fnmatchcase(relative, glob) or fnmatch.fnmatchcase(os.path.basename(path), glob)


def _folder_source(
    root: str,
    glob: str | None,
    fields: Fields,
    max_bytes: int,
    exclude: str | None,
    done: frozenset[str],
    batch_size: int,
) -> Source:
    # Walked as the user named it, so that sources and error paths read as in local
    # mode; workers get the absolute path too.
    rows, failures, found = [], [], False
    inside = (exclude.rstrip("/") + "/") if exclude else None
    for task in iter_file_tasks(root, glob, os.path.abspath(exclude) if exclude else None):
        if isinstance(task, Failure):
            failures.append(task)
            continue
        absolute = os.path.abspath(task.path)
        if inside and absolute.startswith(inside):
            continue
        found = True
        # A .json or .jsonl file may hold several articles, or name its own id: the
        # worker checks those ids; any other file is known done by its path's id.
        if task.suffix not in (".json", ".jsonl") and task.id in done:
            continue
        rows.append({"path": absolute, "shown": task.path, "id": task.id, "suffix": task.suffix})
    if not found and not failures:
        kinds = "/".join(s.lstrip(".") for s in ARTICLE_SUFFIXES)
        pattern = f" matching {glob!r}" if glob else ""
        raise BatchError(f"no {kinds} files{pattern} under {root}")
    dataset = None
    if rows:
        blocks = max(1, math.ceil(len(rows) / batch_size))
        dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    return Source(dataset, FileRows(fields, max_bytes), "folder", failures, len(rows))


def _parquet_source(filesystem: pafs.FileSystem, files: list[str], fields: Fields) -> Source:
    with filesystem.open_input_file(files[0]) as handle:
        names = set(pq.read_schema(handle).names)
    rows = 0
    for path in files:
        with filesystem.open_input_file(path) as handle:
            rows += pq.ParquetFile(handle).metadata.num_rows
    for what, candidates in (("text", fields.text), ("id", fields.id)):
        if not any(c.split(".")[0] in names for c in candidates):
            raise BatchError(
                f"{files[0]} has no {what} column (tried {', '.join(candidates)}); "
                f"name it with --{what}-field"
            )
    groups = (fields.text, fields.id, fields.title, fields.url, fields.date)
    wanted = {c.split(".")[0] for group in groups for c in group} & names
    # Ray pushes the column selection down into the read (``columns=`` is deprecated).
    dataset = ray.data.read_parquet(files, filesystem=filesystem, num_cpus=0).select_columns(
        sorted(wanted)
    )
    return Source(dataset, ColumnRows(fields), "parquet", rows=rows)


class JsonlLines(FileBasedDatasource):
    """Rows of ``LINE_SCHEMA``: the raw lines of JSONL files, numbered, with their file.

    A file that cannot be read as lines gives one row with ``error`` set. A line's
    default id is ``<path relative to root, without .jsonl>:<line>``, as in a folder.
    """

    _FILE_EXTENSIONS: ClassVar[list[str]] = ["jsonl"]

    def __init__(
        self,
        paths: list[str],
        *,
        root: str,
        max_bytes: int = DEFAULT_MAX_BYTES,
        block_rows: int = 256,
        **kwargs,
    ):
        super().__init__(paths, **kwargs)
        self.root = root.rstrip("/")
        self.max_bytes = max_bytes
        self.block_rows = block_rows

    def _read_stream(self, f: pa.NativeFile, path: str) -> Iterator[pa.Table]:
        relative = path[len(self.root) :].lstrip("/") if path.startswith(self.root) else path
        prefix = relative[: -len(".jsonl")] if relative.endswith(".jsonl") else relative
        rows: list[dict] = []
        count = 0
        try:
            for lineno, raw in jsonl_lines(f, self.max_bytes):
                rows.append({"line": raw, "lineno": lineno, "path": path, "id_prefix": prefix})
                count += 1
                if len(rows) >= self.block_rows:
                    yield pa.Table.from_pylist(rows, schema=LINE_SCHEMA)
                    rows = []
            if not count:
                rows.append(_bad_file(path, prefix, "empty file"))
        except (InputError, OSError) as exc:
            rows.append(_bad_file(path, prefix, str(exc)))
        if rows:
            yield pa.Table.from_pylist(rows, schema=LINE_SCHEMA)


def _bad_file(path: str, prefix: str, reason: str) -> dict:
    return {"line": b"", "lineno": 0, "path": path, "id_prefix": prefix, "error": reason}
