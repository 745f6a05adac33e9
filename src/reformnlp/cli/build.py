"""``reformnlp build-model``: write the assembled pipeline to models/ with ``nlp.to_disk``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app

DEFAULT_OUTPUT = Path("models") / "reformnlp_pipeline"


@app.command("build-model")
def build_model_command(
    output: Annotated[
        Path, typer.Argument(help="Folder to write (spacy.load-able); replaced if it exists.")
    ] = DEFAULT_OUTPUT,
) -> None:
    """Assemble the pipeline from patterns/ and save it for spacy.load or spacy package."""
    from ..pipeline import build_model

    path = build_model(output)
    typer.echo(f"Wrote the pipeline to {path}; load it with spacy.load({str(path)!r}).")
