"""Run the pipeline over a folder of articles: in order, in parallel, resumable.

The parent walks the folder and hands out small chunks of work items (a file
still to read, or an article split out of a JSONL file). Each worker process
builds the pipeline once, reads and extracts its chunks, and sends back records
as JSON strings, which are cheap to pickle, never Docs. At most a few chunks per
worker are in flight, and workers are replaced every so many articles, so memory
stays flat however large the folder is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExtractionError, InputError
from .ingest import (
    DEFAULT_MAX_BYTES,
    TEXT_SUFFIXES,
    Article,
    Failure,
    Fields,
    FileTask,
    iter_files,
    iter_tasks,
    read_task,
)
from .writers import (
    ErrorLog,
    JsonlSink,
    OutputPaths,
    prepare_resume,
    read_records,
    write_json_atomic,
    write_tables,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from .schema import ArticleRecord

log = logging.getLogger("reformnlp.batch")

FORMATS = ("jsonl", "csv", "parquet")


class BatchError(InputError):
    """A problem with the arguments, found before any article is read."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """A record, as the JSON line it is written as."""

    id: str
    json: str


@dataclass
class BatchConfig:
    """What ``run_batch`` reads, where it writes, and how."""

    root: Path
    output: Path
    format: str = "jsonl"
    glob: str | None = None
    fields: Fields = field(default_factory=Fields)
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int | None = None  # None: one per core; 0: in this process
    resume: bool = False
    chunk_size: int = 32
    flush_seconds: float = 1.0
    # Replace each worker process after this many articles (0: never). Workers free what
    # each chunk adds to the vocabulary (spaCy's memory zones), so memory stays flat
    # without replacing them; the setting remains for pipelines that cache elsewhere.
    recycle_after: int = 0

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self.output = Path(self.output)
        if self.workers is None or self.workers < 0:
            self.workers = os.cpu_count() or 1


@dataclass
class BatchSummary:
    """Counts of one run."""

    articles: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors_path: Path | None = None

    @property
    def rate(self) -> float:
        """Articles read per second in this run."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """1 when any input failed, else 0."""
        return 1 if self.failed else 0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        failed = f"{self.failed} failed"
        if self.failed and self.errors_path is not None:
            failed += f" (see {self.errors_path})"
        skipped = f", {self.skipped} already in the output" if self.skipped else ""
        return (
            f"{self.articles} articles, {self.written} records written, {failed}{skipped}, "
            f"{self.rate:.1f} articles/s"
        )


# --------------------------------------------------------------------------- checks


def check_config(config: BatchConfig) -> None:
    """Raise ``BatchError`` for a missing or empty input folder or an unwritable output."""
    root, output = config.root, config.output
    if config.format not in FORMATS:
        raise BatchError(f"unknown format {config.format!r}; choose one of {', '.join(FORMATS)}")
    if not root.exists():
        raise BatchError(f"input folder {root} does not exist")
    if not root.is_dir():
        raise BatchError(f"input {root} is not a folder")
    if output.is_dir():
        raise BatchError(f"output {output} is a folder; give a file name")
    first = next(iter_files(root, config.glob, exclude=_exclude_prefix(output)), None)
    if first is None:
        kinds = "/".join(sorted(s.lstrip(".") for s in TEXT_SUFFIXES))
        pattern = f" matching {config.glob!r}" if config.glob else ""
        raise BatchError(f"no {kinds} files{pattern} under {root}")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        probe = output.with_name(f".{output.name}.probe-{os.getpid()}")
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise BatchError(f"cannot write to {output}: {exc.strerror or exc}") from exc
    state = _read_state(OutputPaths(output).state) if config.resume else None
    if state and (state.get("input"), state.get("format")) != (
        str(root.resolve()),
        config.format,
    ):
        raise BatchError(
            f"{output} was started from {state.get('input')} as {state.get('format')}; "
            "resume with the same folder and format, or start afresh without --resume"
        )


def _exclude_prefix(output: Path) -> str:
    # The walk leaves out FILE and FILE.* (errors, state, journal), should they sit in DIR.
    return os.path.abspath(output)


def _read_state(path: Path) -> dict[str, Any] | None:
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# --------------------------------------------------------------------------- workers

_WORKER: dict[str, Any] = {}


def _init_worker(fields: Fields, max_bytes: int) -> None:
    _WORKER.update(fields=fields, max_bytes=max_bytes)


def _pipeline():
    # Built on first use and kept: an in-process run reuses an earlier run's pipeline.
    if _WORKER.get("nlp") is None:
        import reformnlp

        _WORKER["nlp"] = reformnlp.load()
    return _WORKER["nlp"]


def extract_record(nlp: Language, article: Article) -> ArticleRecord | Failure:
    """``article``'s record, or its ``Failure``: any exception fails this article only.

    A failure of the pipeline names the component that raised and the offset it
    was at (``ExtractionError.details``). Local and Ray batches both extract here.
    """
    from .pipeline import run
    from .records import doc_to_record

    where = article.location or article.source or article.id
    try:
        doc = run(nlp, article.text)
        return doc_to_record(
            doc,
            id=article.id,
            source=article.source,
            title=article.title,
            published=article.published,
        )
    except ExtractionError as exc:
        return Failure(where, f"extraction failed: {exc}", exc.details())
    except Exception as exc:  # the record could not be built from the Doc
        failure = ExtractionError("doc_to_record", None, exc)
        return Failure(where, f"extraction failed: {failure}", failure.details())


def extract_article(article: Article) -> Extracted | Failure:
    """Run the pipeline on one article; the record travels as JSON, which pickles cheaply."""
    result = extract_record(_pipeline(), article)
    if isinstance(result, Failure):
        return result
    return Extracted(article.id, result.model_dump_json())


def _extract_chunk(chunk: list[FileTask | Article | Failure]) -> list[Extracted | Failure]:
    out: list[Extracted | Failure] = []
    # Strings and lexemes the chunk adds to the vocabulary are freed when it is done, so a
    # long run does not grow with the names and numbers it meets.
    with _pipeline().memory_zone():
        for item in chunk:
            if isinstance(item, FileTask):
                items = read_task(item, _WORKER["fields"], _WORKER["max_bytes"])
            else:
                items = [item]
            for one in items:
                out.append(one if isinstance(one, Failure) else extract_article(one))
    return out


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_items(
    items: Iterable[FileTask | Article | Failure],
    *,
    workers: int = 0,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 32,
    recycle_after: int = 0,
) -> Iterator[Extracted | Failure]:
    """Extract every item, in input order, with ``workers`` processes (0: in this process).

    Failures among ``items`` pass through in their place. Each chunk runs in a spaCy
    memory zone, so memory stays flat in both modes; ``recycle_after`` (0: never)
    replaces worker processes every so many articles all the same.
    """
    init = (fields or Fields(), max_bytes)
    work = _chunks(items, chunk_size)
    if workers <= 0:
        _init_worker(*init)
        for chunk in work:
            yield from _extract_chunk(chunk)
        return
    # Each pool serves a fixed number of chunks and is then replaced by a fresh one
    # (ProcessPoolExecutor's own max_tasks_per_child can deadlock on Python 3.11).
    per_pool = max(1, workers * recycle_after // chunk_size) if recycle_after else None
    window = 3 * workers  # chunks in flight: enough to keep workers busy, never the folder
    pending: deque[Future] = deque()
    pool: ProcessPoolExecutor | None = None
    served = 0
    try:
        for chunk in work:
            if pool is None or (per_pool is not None and served >= per_pool):
                while pending:
                    yield from pending.popleft().result()
                if pool is not None:
                    pool.shutdown(wait=True)
                pool, served = _new_pool(workers, init), 0
            pending.append(pool.submit(_extract_chunk, chunk))
            served += 1
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(workers: int, init: tuple) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may run threads (the progress bar) and never needs
    # its state copied; each worker builds its own pipeline.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=init,
    )


# --------------------------------------------------------------------------- the run


def _skip_done(
    items: Iterator[FileTask | Article | Failure], done: set[str], counter: list[int]
) -> Iterator[FileTask | Article | Failure]:
    for item in items:
        # A .json file may name its own id, so it is checked when its record comes back.
        known = isinstance(item, Article) or (isinstance(item, FileTask) and item.suffix != ".json")
        if known and item.id in done:
            counter[0] += 1
            continue
        yield item


def _progress_bar(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", desc="reformnlp", dynamic_ncols=True, file=sys.stderr)


def run_batch(config: BatchConfig, progress: bool = True) -> BatchSummary:
    """Extract every article under ``config.root`` into ``config.output``.

    Raises ``BatchError`` before any work when the arguments cannot be used.
    """
    check_config(config)
    paths = OutputPaths(config.output)
    table = config.format != "jsonl"
    sink_path = paths.journal if table else paths.output
    done = prepare_resume(sink_path) if config.resume else set()
    sink = JsonlSink(sink_path, append=config.resume)
    errors = ErrorLog(paths.errors)
    summary = BatchSummary(errors_path=paths.errors)
    skipped = [0]
    state = {
        "version": 1,
        "input": str(config.root.resolve()),
        "format": config.format,
        "output": str(config.output),
        "status": "running",
        "started": _now(),
    }
    bar = _progress_bar(progress)
    start = time.perf_counter()
    last_flush = start

    def checkpoint(status: str = "running") -> None:
        sink.flush()
        errors.flush()
        summary.skipped = skipped[0]
        summary.seconds = time.perf_counter() - start
        write_json_atomic(
            paths.state,
            state
            | {
                "status": status,
                "updated": _now(),
                "articles": summary.articles,
                "written": summary.written,
                "failed": summary.failed,
                "skipped": summary.skipped,
            },
        )

    items = iter_tasks(
        config.root, config.glob, config.fields, config.max_bytes, _exclude_prefix(config.output)
    )
    results = extract_items(
        _skip_done(items, done, skipped),
        workers=config.workers,
        fields=config.fields,
        max_bytes=config.max_bytes,
        chunk_size=config.chunk_size,
        recycle_after=config.recycle_after,
    )
    try:
        checkpoint()
        for result in results:
            if isinstance(result, Failure):
                errors.add(result.path, result.reason, result.details)
                summary.failed += 1
            elif result.id in done:
                skipped[0] += 1
                continue
            else:
                sink.write(result.json)
                summary.written += 1
            summary.articles += 1
            if bar is not None:
                bar.update(1)
                if isinstance(result, Failure):
                    bar.set_postfix(failed=summary.failed, refresh=False)
            now = time.perf_counter()
            if now - last_flush >= config.flush_seconds:
                checkpoint()
                last_flush = now
        checkpoint()
    except BaseException:
        results.close()  # stops the worker processes
        with contextlib.suppress(Exception):
            checkpoint("interrupted")
        sink.handle.close()
        errors.close()
        if bar is not None:
            bar.close()
        raise
    sink.close()
    errors.close()
    if bar is not None:
        bar.close()
    if table:
        write_tables(read_records(paths.journal), paths.output, config.format)
        paths.journal.unlink()
    summary.seconds = time.perf_counter() - start
    paths.state.unlink(missing_ok=True)
    return summary


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- datasets


def iter_folder_records(
    root: str | os.PathLike[str],
    *,
    glob: str | None = None,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 0,
) -> Iterator[Any]:
    """Records of every readable article under ``root``; failures are logged and skipped."""
    from .schema import ArticleRecord

    fields = fields or Fields()
    items = iter_tasks(root, glob, fields, max_bytes)
    for result in extract_items(items, workers=workers, fields=fields, max_bytes=max_bytes):
        if isinstance(result, Failure):
            log.warning("skipped %s: %s", result.path, result.reason)
        else:
            yield ArticleRecord.model_validate_json(result.json)


def _records_from(source: Any, **folder_options: Any) -> Iterator[Any]:
    from .schema import ArticleRecord

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            yield from iter_folder_records(path, **folder_options)
        elif path.is_file():
            yield from read_records(path)
        else:
            raise InputError(f"{path} is neither a folder of articles nor a JSONL file of records")
        return
    for item in source:
        yield item if isinstance(item, ArticleRecord) else ArticleRecord.model_validate(item)


def to_dataset(
    records_or_dir: Any,
    *,
    table: str = "records",
    glob: str | None = None,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 0,
    cache_dir: str | None = None,
    keep_in_memory: bool = False,
):
    """A Hugging Face ``datasets.Dataset`` of records, or of the flat metric/entity rows.

    ``records_or_dir`` is a folder of articles (extracted now), a JSONL file written
    by ``reformnlp batch``, or an iterable of ``ArticleRecord`` objects or dicts.
    ``table`` is ``"records"`` (one nested row per article), ``"metrics"`` or
    ``"entities"`` (the columns of the CSV/Parquet tables). Rows are streamed into
    an Arrow file, so the folder is never held in memory.
    """
    import uuid

    import datasets

    from .writers import ENTITY_COLUMNS, METRIC_COLUMNS, entity_rows, metric_rows

    records = _records_from(
        records_or_dir, glob=glob, fields=fields, max_bytes=max_bytes, workers=workers
    )
    if table == "records":
        from .schema import ArticleRecord

        features = datasets.Features(_model_features(ArticleRecord))

        def rows() -> Iterator[dict[str, Any]]:
            for record in records:
                yield record.model_dump(mode="json")
    elif table in ("metrics", "entities"):
        columns = METRIC_COLUMNS if table == "metrics" else ENTITY_COLUMNS
        features = datasets.Features({name: datasets.Value(kind) for name, kind in columns})
        flatten = metric_rows if table == "metrics" else entity_rows

        def rows() -> Iterator[dict[str, Any]]:
            for record in records:
                yield from flatten(record)
    else:
        raise ValueError(f"table must be 'records', 'metrics' or 'entities', not {table!r}")
    return datasets.Dataset.from_generator(
        rows,
        features=features,
        cache_dir=cache_dir,
        keep_in_memory=keep_in_memory,
        fingerprint=uuid.uuid4().hex,  # the generator reads live data: never reuse a cache
    )


def _model_features(model: Any) -> dict[str, Any]:
    """``datasets`` features mirroring a pydantic model, so the schema has one source."""
    return {name: _type_feature(info.annotation) for name, info in model.model_fields.items()}


def _type_feature(annotation: Any) -> Any:
    import types
    import typing

    import datasets
    from pydantic import BaseModel

    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _type_feature(args[0])
    if origin is typing.Literal:
        return datasets.Value("string")
    if origin in (list, tuple):
        # list[X] and the fixed pair Mention = tuple[int, int] both become lists.
        return [_type_feature(args[0])]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_features(annotation)
    scalars = {str: "string", int: "int64", float: "float64", bool: "bool"}
    if annotation in scalars:
        return datasets.Value(scalars[annotation])
    raise TypeError(f"no dataset feature for {annotation!r}")
