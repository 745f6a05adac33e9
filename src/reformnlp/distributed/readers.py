"""Input rows of a distributed run turned into articles, with the local readers' rules.

A row is one of three shapes, each with its reader: a file still to read (a
folder's ``FileTask``), a raw JSONL line with where it came from, or a table row
whose columns hold the article. A reader yields ``Article`` or ``Failure`` items,
exactly as ``reformnlp batch`` does for the same input.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import InputError
from ..ingest import (
    DEFAULT_MAX_BYTES,
    Article,
    Failure,
    Fields,
    FileTask,
    iter_jsonl,
    json_article,
    jsonl_article,
    read_task,
)


@dataclass(frozen=True)
class FileRows:
    """Rows ``{path, shown, id, suffix}``: files of a folder, read as ``reformnlp batch`` does.

    ``path`` is absolute, for workers that run in another folder or on another
    machine; ``shown`` is the path as the user named it, which records and error
    reports give, as in local mode.
    """

    fields: Fields = field(default_factory=Fields)
    max_bytes: int = DEFAULT_MAX_BYTES

    def articles(self, row: dict[str, Any]) -> Iterator[Article | Failure]:
        """The article(s) of one file, or the failure in their place."""
        task = FileTask(row["path"], row["id"], row["suffix"])
        if task.suffix == ".jsonl":
            items: Iterator[Article | Failure] = iter_jsonl(
                task.path, task.id, self.fields, self.max_bytes
            )
        else:
            items = iter(read_task(task, self.fields, self.max_bytes))
        real, shown = row["path"], row.get("shown") or row["path"]
        for item in items:
            yield _renamed(item, real, shown) if real != shown else item


def _renamed(item: Article | Failure, real: str, shown: str) -> Article | Failure:
    def name(text: str | None) -> str | None:
        return shown + text[len(real) :] if text and text.startswith(real) else text

    if isinstance(item, Failure):
        return Failure(name(item.path) or item.path, item.reason)
    return replace(item, source=name(item.source), location=name(item.location))


@dataclass(frozen=True)
class LineRows:
    """Rows ``{line, lineno, path, id_prefix}`` of JSONL files; ``error`` set for a bad file."""

    fields: Fields = field(default_factory=Fields)
    max_bytes: int = DEFAULT_MAX_BYTES

    def articles(self, row: dict[str, Any]) -> Iterator[Article | Failure]:
        """The article of one line, or why it has none."""
        path, lineno = row["path"], row["lineno"]
        if row.get("error"):
            yield Failure(path, row["error"])
            return
        where = f"{path}:{lineno}"
        yield jsonl_article(
            row["line"], self.fields, f"{row['id_prefix']}:{lineno}", path, where, self.max_bytes
        )


@dataclass(frozen=True)
class ColumnRows:
    """Table rows whose columns hold the text, id and, optionally, title, URL and date.

    ``fields`` names the columns (the first present of each tuple is used). Text
    that is an HTML page is extracted as in JSON input. A row without text or id
    fails, named by its id or by ``location_column``.
    """

    fields: Fields = field(default_factory=Fields)
    location_column: str | None = None

    def articles(self, row: dict[str, Any]) -> Iterator[Article | Failure]:
        """The article of one row, or why it has none."""
        raw_id = next((row[c] for c in self.fields.id if row.get(c) not in (None, "")), None)
        where = (row.get(self.location_column) if self.location_column else None) or (
            f"id {raw_id}" if raw_id is not None else "a row without id"
        )
        if raw_id is None:
            yield Failure(where, f"no id in any of the columns {', '.join(self.fields.id)}")
            return
        try:
            yield json_article(row, self.fields, str(raw_id), None, where)
        except InputError as exc:
            yield Failure(where, str(exc).replace("fields", "columns"))
