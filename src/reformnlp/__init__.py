"""reformnlp: structured records from news on Vietnam's public administration reform.

>>> import reformnlp
>>> record = reformnlp.extract(text)          # an ArticleRecord
>>> nlp = reformnlp.load()                    # the spaCy pipeline behind it
>>> record = reformnlp.doc_to_record(nlp(text))
"""

from __future__ import annotations

from functools import lru_cache

from .evaluation import evaluate
from .pipeline import load
from .records import doc_to_record
from .schema import ArticleRecord, Body, Metric, Official, Province

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default_pipeline():
    return load()


def extract(text: str, id: str | None = None, source: str | None = None) -> ArticleRecord:
    """Read one article's text and return its record (the pipeline is built once)."""
    return doc_to_record(_default_pipeline()(text), id=id, source=source)


__all__ = [
    "ArticleRecord",
    "Body",
    "Metric",
    "Official",
    "Province",
    "__version__",
    "doc_to_record",
    "evaluate",
    "extract",
    "load",
]
