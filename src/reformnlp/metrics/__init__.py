"""Metric statements: figures read from text with their unit, subject, period and relations.

:class:`~reformnlp.metrics.reader.StatementReader` works on plain text and character
offsets; the ``reformnlp_metrics`` component wires it into the pipeline.
"""

from .model import Entity
from .reader import Reading, StatementReader

__all__ = ["Entity", "Reading", "StatementReader"]
