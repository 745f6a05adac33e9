"""reformnlp: structured records from news on Vietnam's public administration reform.

>>> import reformnlp
>>> record = reformnlp.extract(text)          # an ArticleRecord
>>> nlp = reformnlp.load()                    # the spaCy pipeline behind it
>>> record = reformnlp.doc_to_record(nlp(text))
"""

from __future__ import annotations

from functools import lru_cache

from .evaluation import evaluate
from .pipeline import load, run
from .records import doc_to_record
from .schema import ArticleRecord, Body, Metric, Official, Province

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default_pipeline():
    return load()


def extract(text: str, id: str | None = None, source: str | None = None) -> ArticleRecord:
    """Read one article's text and return its record (the pipeline is built once).

    Raises :class:`reformnlp.errors.ExtractionError` (naming the component and the offset)
    only if a component meets a state it cannot handle, which is a bug worth reporting.
    """
    nlp = _default_pipeline()
    with nlp.memory_zone():  # the Doc is not kept: free what it added to the vocabulary
        return doc_to_record(run(nlp, text), id=id, source=source)


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
