"""``reformnlp batch DIR --output FILE``: extract every article of a folder.

``--engine ray`` runs the same extraction on Ray Data (the ``ray`` extra), which
is imported only then.
"""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum
from typing import Annotated

import typer

from ..batch import BatchConfig, BatchError, run_batch
from ..ingest import DEFAULT_MAX_BYTES, Fields
from .app import app


class Engine(StrEnum):
    """Where ``reformnlp batch`` runs."""

    local = "local"
    ray = "ray"


class OutputFormat(StrEnum):
    """Output formats of ``reformnlp batch``."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command("batch")
def batch(
    folder: Annotated[
        str,
        typer.Argument(
            help="Folder of .txt .md .html .htm .json .jsonl articles, walked recursively; "
            "with --engine ray also a Parquet or JSONL dataset at a path or URI.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="File to write (--engine ray: a folder, path or URI)."),
    ],
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="jsonl: one record per line; csv/parquet: a metrics table in FILE and "
            "an entities table in FILE with .entities before the suffix.",
        ),
    ] = OutputFormat.jsonl,
    glob: Annotated[
        str | None, typer.Option(help="Only files whose path or name matches, e.g. '*.html'.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            help="Worker processes [default: one per core]. 0 runs the pipeline in this "
            "process: for small folders and debugging, as its memory grows with the run.",
            min=0,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="Continue an interrupted run; records already written are kept."
        ),
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(help="Files (and JSONL lines) larger than this fail.", min=1)
    ] = DEFAULT_MAX_BYTES,
    text_field: Annotated[
        str | None, typer.Option(help="JSON field(s) holding the text, comma-separated.")
    ] = None,
    title_field: Annotated[str | None, typer.Option(help="JSON field(s) of the headline.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSON field(s) of the URL.")] = None,
    date_field: Annotated[str | None, typer.Option(help="JSON field(s) of the date.")] = None,
    id_field: Annotated[str | None, typer.Option(help="JSON field(s) of the id.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    engine: Annotated[
        Engine,
        typer.Option(
            help="local: worker processes on this machine; ray: Ray Data, locally or on "
            "the cluster at --address, writing Parquet folders records/ metrics/ entities/ "
            "errors/ under --output.",
        ),
    ] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option(help="Ray cluster to run on, e.g. 'auto' or 'ray://head:10001'."),
    ] = None,
) -> None:
    """Extract a record from every article under FOLDER into FILE.

    Unreadable, empty, binary, oversized or malformed inputs are listed in
    FILE.errors.jsonl and skipped; the exit code is then 1.
    """
    fields = Fields.from_options(
        text=text_field, title=title_field, url=url_field, date=date_field, id=id_field
    )
    if engine is Engine.ray:
        _run_on_ray(folder, output, fmt, glob, fields, max_bytes, workers, resume, address, quiet)
    if address is not None:
        typer.echo("Error: --address needs --engine ray", err=True)
        raise typer.Exit(2)
    config = BatchConfig(
        root=folder,
        output=output,
        format=fmt.value,
        glob=glob,
        fields=fields,
        max_bytes=max_bytes,
        workers=workers,
        resume=resume,
    )
    try:
        summary = run_batch(config, progress=not quiet)
    except BatchError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo(f"Interrupted; run again with --resume to continue {output}.", err=True)
        raise typer.Exit(130) from None
    except BrokenProcessPool:
        typer.echo(
            "Error: a worker process died (out of memory?); records written so far are kept. "
            "Run again with --resume, perhaps with fewer --workers.",
            err=True,
        )
        raise typer.Exit(2) from None
    except OSError as exc:  # e.g. the disk filled up mid-run; what was flushed is kept
        typer.echo(f"Error: {exc}; run again with --resume to continue.", err=True)
        raise typer.Exit(2) from None
    typer.echo(summary.line())
    raise typer.Exit(summary.exit_code)


def _run_on_ray(
    source: str,
    output: str,
    fmt: OutputFormat,
    glob: str | None,
    fields: Fields,
    max_bytes: int,
    workers: int | None,
    resume: bool,
    address: str | None,
    quiet: bool,
) -> None:
    if fmt is not OutputFormat.jsonl:
        typer.echo("Error: --engine ray writes Parquet folders; leave out --format", err=True)
        raise typer.Exit(2)
    try:
        from ..distributed.run import RayBatchConfig, run_ray_batch
    except ImportError as exc:
        typer.echo(f'Error: --engine ray needs: pip install "reformnlp[ray]" ({exc})', err=True)
        raise typer.Exit(2) from None
    try:
        config = RayBatchConfig(
            input=source,
            output=output,
            glob=glob,
            fields=fields,
            max_bytes=max_bytes,
            workers=workers,
            address=address,
            resume=resume,
        )
        summary = run_ray_batch(config, progress=not quiet)
    except BatchError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo(f"Interrupted; run again with --resume to continue {output}.", err=True)
        raise typer.Exit(130) from None
    typer.echo(summary.line())
    raise typer.Exit(summary.exit_code)
