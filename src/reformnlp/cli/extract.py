"""``reformnlp extract``: one article's record as JSON or a readable table."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .app import app


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


@app.command("extract")
def extract_command(
    file: Annotated[
        str, typer.Argument(help="An article file (text, Markdown or HTML), or '-' for stdin.")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json (the record) or table (a summary).")
    ] = OutputFormat.json,
    article_id: Annotated[
        str | None, typer.Option("--id", help="The record's id (default: the file's stem).")
    ] = None,
    patterns: Annotated[
        Path | None,
        typer.Option(help="A folder of pattern files to use instead of the packaged ones."),
    ] = None,
) -> None:
    """Print the record of one article."""
    from .. import doc_to_record, ingest
    from ..pipeline import load

    title = published = None
    if file == "-":
        text, source, default_id = sys.stdin.read(), None, "stdin"
    else:
        path = Path(file)
        try:
            if path.suffix.lower() in (".html", ".htm"):
                article = ingest.html_to_article(ingest.read_bytes(path), source=str(path))
                text, title, published = article.text, article.title, article.published
            else:
                text = ingest.read_text_file(path)
        except (OSError, ValueError) as exc:
            typer.echo(f"reformnlp: cannot read {file}: {exc}", err=True)
            raise typer.Exit(code=2) from None
        source, default_id = str(path), path.stem
    doc = load(patterns=patterns)(text)
    record = doc_to_record(
        doc, id=article_id or default_id, source=source, title=title, published=published
    )
    if output_format is OutputFormat.json:
        typer.echo(record.model_dump_json(indent=2))
    else:
        from ..table import render_record

        typer.echo(render_record(record))
