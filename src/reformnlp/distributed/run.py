"""``reformnlp batch INPUT --engine ray --output OUT_DIR``: the local batch, on Ray Data.

OUT_DIR holds Parquet folders: ``records/`` (one row per article, nested, in
``record_schema()``), ``metrics/`` and ``entities/`` (the flat tables of the
CSV/Parquet writers) and ``errors/`` (``path``, ``reason`` of every input that
gave no record). Records are written as they come; the tables are derived from
``records/`` at the end. ``--resume`` keeps ``records/``, skips the ids it holds
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
import pyarrow.parquet as pq
import ray
import ray.data

from ..batch import BatchError, BatchSummary
from ..ingest import DEFAULT_MAX_BYTES, Fields
from .errors import read_failures, write_failures
from .extract import DEFAULT_BATCH_SIZE, extract_rows
from .sources import open_source
from .storage import Location, normalise
from .tables import entities_dataset, metrics_dataset

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
    batch_size: int = DEFAULT_BATCH_SIZE
    rows_per_file: int = 2_000

    def __post_init__(self) -> None:
        # The input stays as named (records give file paths as in local mode).
        self.output = normalise(self.output)
        if self.workers is not None and self.workers < 1:
            raise BatchError("--engine ray needs at least one worker")


@dataclass
class RaySummary(BatchSummary):
    """Counts of one run, and the seconds spent starting Ray, extracting and on the tables."""

    phases: dict[str, float] = field(default_factory=dict)


def run_ray_batch(config: RayBatchConfig, progress: bool = True) -> RaySummary:
    """Extract every article of ``config.input`` into the Parquet folders of ``config.output``.

    Connects to the cluster at ``config.address`` (or starts a local Ray instance,
    stopped again at the end) unless Ray is already initialised in this process.
    Raises ``BatchError`` before any work when the arguments cannot be used.
    """
    start = time.perf_counter()
    out = Location.of(config.output)
    paths = {name: out.child(name) for name in TABLES}
    uris = {name: _join(config.output, name) for name in TABLES}
    _check_output(out, config)
    done = _prepare(out, paths, config)
    summary = RaySummary(errors_path=uris["errors"], skipped=len(done))
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
            batch_size=config.batch_size,
        )
        write_failures(uris["errors"], source.failures)
        _write_state(out, config, "running")
        if source.dataset is not None:
            records = extract_rows(
                source.dataset,
                source.reader,
                errors_to=uris["errors"],
                done=ray.put(frozenset(done)) if done else None,
                workers=config.workers,
                batch_size=config.batch_size,
            )
            _write(records, uris["records"], config.rows_per_file)
        summary.phases["extract"] = time.perf_counter() - start - summary.phases["start"]
        total = _count_rows(out, paths["records"])
        if total:
            tables_start = time.perf_counter()
            written = ray.data.read_parquet(uris["records"])
            _write(metrics_dataset(written), uris["metrics"], config.rows_per_file * 10)
            _write(entities_dataset(written), uris["entities"], config.rows_per_file * 10)
            summary.phases["tables"] = time.perf_counter() - tables_start
    finally:
        if started:
            ray.shutdown()
    summary.failed = len(read_failures(uris["errors"]))
    summary.written = total - len(done)
    summary.articles = summary.written + summary.failed
    summary.seconds = time.perf_counter() - start
    _write_state(out, config, "done")
    return summary


def _join(base: str, name: str) -> str:
    return f"{base.rstrip('/')}/{name}"


def _check_output(out: Location, config: RayBatchConfig) -> None:
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


def _prepare(out: Location, paths: dict[str, str], config: RayBatchConfig) -> set[str]:
    """Clear what this run rewrites; with ``--resume``, the ids already in ``records/``."""
    keep = ("records",) if config.resume else ()
    for name, path in paths.items():
        if name not in keep:
            Location(out.filesystem, path).remove()
        Location(out.filesystem, path).makedirs()
    return _written_ids(Location(out.filesystem, paths["records"])) if config.resume else set()


def _written_ids(records: Location) -> set[str]:
    # A part cut short by a kill has no footer: it is deleted and its articles redone.
    ids: set[str] = set()
    for path in records.files(".parquet"):
        try:
            with records.filesystem.open_input_file(path) as handle:
                ids.update(pq.read_table(handle, columns=["id"])["id"].to_pylist())
        except (OSError, ValueError) as exc:
            log.warning("dropping unreadable part %s (%s); its articles are redone", path, exc)
            records.filesystem.delete_file(path)
    return ids


def _count_rows(out: Location, folder: str) -> int:
    total = 0
    for path in Location(out.filesystem, folder).files(".parquet"):
        with out.filesystem.open_input_file(path) as handle:
            total += pq.ParquetFile(handle).metadata.num_rows
    return total


def _write(ds: ray.data.Dataset, uri: str, rows_per_file: int) -> None:
    # Writing takes no CPU slot: every CPU is the extractors', and a write task that
    # waited for one behind them would hold back the whole stream.
    ds.write_parquet(
        uri,
        min_rows_per_file=rows_per_file,
        compression="zstd",
        ray_remote_args={"num_cpus": 0},
    )


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
