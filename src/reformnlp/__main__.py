"""``python -m reformnlp``: the command-line interface."""

from .cli import main

main()
