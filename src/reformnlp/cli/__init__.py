"""Command-line interface: a thin typer layer over the library's functions."""

import importlib

import typer

from .app import app

# Each module registers its commands on ``app`` when imported.
for _module in ("extract", "evaluate", "batch", "build"):
    try:
        importlib.import_module(f"{__name__}.{_module}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"{__name__}.{_module}":
            raise


def main() -> None:
    """Entry point of the ``reformnlp`` console script.

    A bad pattern file or input gives its one-line message and exit code 2, not a traceback.
    """
    from ..errors import ReformError

    try:
        app()
    except ReformError as exc:
        typer.echo(f"reformnlp: {exc}", err=True)
        raise SystemExit(2) from None


__all__ = ["app", "main"]
