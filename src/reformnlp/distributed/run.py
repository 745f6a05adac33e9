"""``reformnlp batch INPUT --engine ray --output OUT_DIR``: the local batch, on Ray Data.

OUT_DIR holds four Parquet datasets: ``records/`` (one row per article, nested,
in ``record_schema()``), ``metrics/`` and ``entities/`` (the flat tables of the
CSV/Parquet writers) and ``errors/`` (``path``, ``reason`` of every input that
gave no record). Each batch writes its parts of all four as it finishes (see
``parts``). ``--resume`` keeps the finished batches, skips the ids they hold
and extracts the rest; failed inputs are tried again, as in local mode.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from dataclasses import dataclass, field

import pyarrow.fs as pafs
import ray
import ray.data

from ..batch import BatchError, BatchSummary
from ..ingest import DEFAULT_MAX_BYTES, Fields
from .errors import read_failures, write_failures
from .extract import cluster_cpus, extract_rows
from .parts import part_names, read_column
from .sink import PartWriter, table_folder
from .sources import open_source
from .storage import Location, normalise

log = logging.getLogger("reformnlp.distributed")

STATE_FILE = ".reformnlp-run.json"
TABLES = ("records", "metrics", "entities", "errors")


@dataclass
class RayBatchConfig:
    """What ``run_ray_batch`` reads, where it writes, and on which Ray cluster."""

    input: str
    output: str
    glob: str | None = None
    fields: Fields = field(default_factory=Fields)
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int | None = None  # actors; None: one per CPU of the cluster
    address: str | None = None  # None: start a local Ray instance
    resume: bool = False
    batch_size: int | None = None  # articles a part; None: from the input's size

    def __post_init__(self) -> None:
        # The input stays as named (records give file paths as in local mode).
        self.output = normalise(self.output)
        if self.workers is not None and self.workers < 1:
            raise BatchError("--engine ray needs at least one worker")


@dataclass
class RaySummary(BatchSummary):
    """Counts of one run, and the seconds spent starting and extracting."""

    phases: dict[str, float] = field(default_factory=dict)


def run_ray_batch(config: RayBatchConfig, progress: bool = True) -> RaySummary:
    """Extract every article of ``config.input`` into the Parquet datasets of ``config.output``.

    Connects to the cluster at ``config.address`` (or starts a local Ray instance,
    stopped again at the end) unless Ray is already initialised in this process.
    Raises ``BatchError`` before any work when the arguments cannot be used.
    """
    start = time.perf_counter()
    out = Location.of(config.output)
    _check_output(out, config)
    done = _prepare(config)
    errors = table_folder(config.output, "errors")
    summary = RaySummary(errors_path=errors, skipped=len(done))
    started = _start_ray(config, progress)
    try:
        summary.phases["start"] = time.perf_counter() - start
        source = open_source(
            config.input,
            glob=config.glob,
            fields=config.fields,
            max_bytes=config.max_bytes,
            exclude=config.output,
            done=frozenset(done),
            batch_size=config.batch_size or 64,
        )
        write_failures(errors, source.failures)
        _write_state(out, config, "running")
        if source.dataset is not None:
            manifest = extract_rows(
                source.dataset,
                source.reader,
                extractor=PartWriter,
                output=config.output,
                done=ray.put(frozenset(done)) if done else None,
                workers=config.workers,
                batch_size=config.batch_size or _batch_size(source.rows, config.workers),
                read_tasks=source.kind != "folder",
            )
            for batch in manifest.iter_batches(batch_format="pyarrow", batch_size=None):
                summary.written += sum(batch["records"].to_pylist())
    finally:
        if started:
            ray.shutdown()
    summary.phases["extract"] = time.perf_counter() - start - summary.phases["start"]
    summary.failed = len(read_failures(errors))
    summary.articles = summary.written + summary.failed
    summary.seconds = time.perf_counter() - start
    _write_state(out, config, "done")
    return summary


def _batch_size(rows: int | None, workers: int | None) -> int:
    # A batch is a part of each table: large enough for few files on a big run, small
    # enough that every worker gets about 64 of them, so that the last batches, running
    # while other workers have none left, are short (about 1/64 of a worker's time).
    if rows is None:
        return 256
    return max(16, min(2_000, rows // (64 * (workers or cluster_cpus()))))


def _check_output(out: Location, config: RayBatchConfig) -> None:
    # The input first: a mistyped input must not cost an earlier run's output.
    if Location.of(config.input).info().type == pafs.FileType.NotFound:
        raise BatchError(f"input {config.input} does not exist")
    info = out.info()
    if info.type == pafs.FileType.File:
        raise BatchError(f"output {config.output} is a file; --engine ray writes a folder")
    try:
        out.makedirs()
    except OSError as exc:
        raise BatchError(f"cannot write to {config.output}: {exc}") from exc
    state = _read_state(out) if config.resume else None
    if state and state.get("input") != normalise(config.input):
        raise BatchError(
            f"{config.output} was started from {state.get('input')}; "
            "resume with the same input, or start afresh without --resume"
        )


def _prepare(config: RayBatchConfig) -> set[str]:
    """Clear what this run rewrites; with ``--resume``, the ids of the finished batches."""
    folders = {name: table_folder(config.output, name) for name in TABLES}
    if not config.resume:
        for folder in folders.values():
            Location.of(folder).remove()
        return set()
    Location.of(folders["errors"]).remove()  # failed inputs are tried again
    finished = part_names(folders["records"])
    for name in ("metrics", "entities"):
        location = Location.of(folders[name])
        for orphan in part_names(folders[name]) - finished:
            location.filesystem.delete_file(location.child(orphan))
    ids, broken = read_column(folders["records"], "id")
    if broken:
        raise BatchError(f"cannot read {', '.join(broken)}; remove them and resume again")
    return set(ids)


def _read_state(out: Location) -> dict | None:
    path = out.child(STATE_FILE)
    with contextlib.suppress(OSError, ValueError), out.filesystem.open_input_stream(path) as handle:
        return json.loads(handle.read().decode("utf-8"))
    return None


def _write_state(out: Location, config: RayBatchConfig, status: str) -> None:
    data = {"version": 1, "input": normalise(config.input), "engine": "ray", "status": status}
    with out.filesystem.open_output_stream(out.child(STATE_FILE)) as handle:
        handle.write(json.dumps(data).encode("utf-8"))


def _start_ray(config: RayBatchConfig, progress: bool) -> bool:
    """Initialise Ray unless it already is; True when this run started it."""
    # Progress as local mode shows it: a bar on a terminal, else only warnings.
    progress = progress and sys.stderr.isatty()
    ray.data.DataContext.get_current().enable_progress_bars = progress
    logging.getLogger("ray.data").setLevel(logging.INFO if progress else logging.WARNING)
    if ray.is_initialized():
        return False
    options: dict = {
        "include_dashboard": False,
        "logging_level": logging.WARNING,
        "log_to_driver": progress,
    }
    if config.address:
        ray.init(address=config.address, **options)
    else:
        ray.init(num_cpus=config.workers, **options)
    return True
