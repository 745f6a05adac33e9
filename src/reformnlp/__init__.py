"""reformnlp: structured records from news on Vietnam's public administration reform.

>>> import reformnlp
>>> record = reformnlp.extract(text)          # an ArticleRecord
>>> nlp = reformnlp.load()                    # the spaCy pipeline behind it
>>> record = reformnlp.doc_to_record(nlp(text))

The pipeline's names are imported on first use, so that ``import reformnlp`` and
the modules that need no pipeline (the schema, the writers, the driver of a Ray
run) start without loading spaCy.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .schema import ArticleRecord, Body, Metric, Official, Province

if TYPE_CHECKING:
    from .evaluation import evaluate
    from .pipeline import load, run
    from .records import doc_to_record

__version__ = "0.1.0"

# name -> module that defines it, imported when the name is first asked for
_LAZY = {
    "evaluate": ".evaluation",
    "load": ".pipeline",
    "run": ".pipeline",
    "doc_to_record": ".records",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def _default_pipeline():
    from .pipeline import load

    return load()


def extract(text: str, id: str | None = None, source: str | None = None) -> ArticleRecord:
    """Read one article's text and return its record (the pipeline is built once).

    Raises :class:`reformnlp.errors.ExtractionError` (naming the component and the offset)
    only if a component meets a state it cannot handle, which is a bug worth reporting.
    """
    from .pipeline import run
    from .records import doc_to_record

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
    "run",
]
