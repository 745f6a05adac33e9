"""``reformnlp evaluate GOLD``: score the pipeline against annotated samples."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app


@app.command("evaluate")
def evaluate_cli(
    gold: Annotated[
        Path,
        typer.Argument(exists=True, help="Gold JSONL file, .spacy DocBin, or a folder of them."),
    ],
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Write every figure and every error to this JSON file."),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Write a static HTML review page of the errors, by article."),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with code 1 when the gold has problems.")
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            exists=True,
            dir_okay=False,
            help="Exit with code 1 when a figure falls below this baseline.",
        ),
    ] = None,
    update_baseline: Annotated[
        Path | None,
        typer.Option(
            "--update-baseline",
            dir_okay=False,
            help="Rewrite this baseline file with the figures of this run.",
        ),
    ] = None,
    label: Annotated[
        list[str] | None,
        typer.Option("--label", help="Span label to score (repeat); default: every SPEC label."),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 32,
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="Folder of <id>.txt texts for gold lines that give text_sha256 and no text.",
        ),
    ] = None,
) -> None:
    """Score reformnlp against annotated samples (SPEC section 6) and print the figures."""
    from ..errors import InputError
    from ..evaluation import (
        SPAN_LABELS,
        evaluate,
        format_table,
        read_baseline,
        regressions,
        write_baseline,
        write_html,
        write_report,
    )

    try:
        result = evaluate(
            gold,
            labels=tuple(label) if label else SPAN_LABELS,
            batch_size=batch_size,
            texts=texts,
        )
    except InputError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(code=1) from exc
    typer.echo(format_table(result))
    if report is not None:
        typer.echo(f"Report written to {write_report(result, report)}")
    if html is not None:
        typer.echo(f"HTML review page written to {write_html(result, html)}")
    code = 0
    if not result.articles and not result.span_samples:
        typer.echo("Error: no gold sample could be scored.", err=True)
        code = 1
    if update_baseline is not None and result.failures:
        typer.echo(
            f"Error: the pipeline failed on {result.failures} articles; a baseline "
            "must come from a clean run.",
            err=True,
        )
        code = 1
    if strict and result.problems:
        typer.echo(f"Error: {len(result.problems)} problems in the gold (--strict).", err=True)
        code = 1
    if baseline is not None:
        fallen = regressions(result, read_baseline(baseline))
        for line in fallen:
            typer.echo(f"Below baseline: {line}", err=True)
        code = code or int(bool(fallen))
    if update_baseline is not None:
        if code == 0:
            write_baseline(result, update_baseline)
            typer.echo(f"Baseline written to {update_baseline}")
        else:
            typer.echo(f"Baseline {update_baseline} left unchanged (the run failed).", err=True)
    raise typer.Exit(code=code)
