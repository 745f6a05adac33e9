"""The typer application every command module registers on."""

import typer

app = typer.Typer(
    name="reformnlp",
    help="Structured records from news on Vietnam's public administration reform.",
    no_args_is_help=True,
    add_completion=False,
)
