"""Extraction as a Ray Data transform: a callable class, so each actor builds the pipeline once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

import pyarrow as pa
import ray
import ray.data

from ..arrow import records_to_table
from ..batch import extract_record
from ..errors import InputError
from ..ingest import Article, Failure, Fields
from ..schema import ArticleRecord
from .errors import write_failures
from .readers import ColumnRows
from .storage import normalise

DEFAULT_BATCH_SIZE = 16


class ExtractionFailed(InputError):
    """An input gave no record and the run has nowhere to put failures."""


class RowReader(Protocol):
    """Turns one input row into the article(s) it holds, or failures."""

    def articles(self, row: dict[str, Any]) -> Iterator[Article | Failure]: ...


class ArticleExtractor:
    """``map_batches`` callable: input rows in, Arrow records (``record_schema()``) out.

    The pipeline is built once per actor. Each batch runs in a spaCy memory zone,
    so the strings and lexemes its articles add are freed when it is done and an
    actor that lives as long as the run keeps a flat memory. Failures (unreadable
    input, an exception in the pipeline, named by component and offset) go to
    ``errors_to`` as Parquet parts; without it the first one raises
    ``ExtractionFailed``. Ids in ``done`` are skipped before extraction.
    """

    def __init__(
        self,
        reader: RowReader,
        errors_to: str | None = None,
        done: Any = None,
        out_rows: int = 64,
    ):
        import reformnlp

        self.nlp = reformnlp.load()
        self.reader = reader
        self.errors_to = errors_to
        if isinstance(done, ray.ObjectRef):
            done = ray.get(done)
        self.done = frozenset(done or ())
        self.out_rows = out_rows

    def __call__(self, batch: pa.Table) -> Iterator[pa.Table]:
        """Extract every article of ``batch``; a table is given back every ``out_rows``."""
        records, failures = self.extract_batch(batch)
        if failures:
            if self.errors_to is None:
                first = failures[0]
                raise ExtractionFailed(f"{first.path}: {first.reason}")
            write_failures(self.errors_to, failures)
        for start in range(0, len(records), self.out_rows):
            yield records_to_table(records[start : start + self.out_rows])

    def extract_batch(self, batch: pa.Table) -> tuple[list[ArticleRecord], list[Failure]]:
        """The records, and the failures, of every article of ``batch`` not already done."""
        records: list[ArticleRecord] = []
        failures: list[Failure] = []
        # Records hold plain values, never Doc objects, so they outlive the zone.
        with self.nlp.memory_zone():
            for item in batch.to_pylist():
                for article in self.reader.articles(item):
                    if isinstance(article, Failure):
                        failures.append(article)
                    elif article.id not in self.done:
                        result = extract_record(self.nlp, article)
                        (failures if isinstance(result, Failure) else records).append(result)
        return records, failures


def cluster_cpus() -> int:
    """Logical CPUs of the connected Ray cluster (at least 1)."""
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def extract_rows(
    ds: ray.data.Dataset,
    reader: RowReader,
    *,
    errors_to: str | None = None,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    extractor: type[ArticleExtractor] = ArticleExtractor,
    read_tasks: bool = True,
    **options: Any,
) -> ray.data.Dataset:
    """Every row of ``ds``, as read by ``reader``, through an ``extractor`` actor pool.

    Actors take one CPU each, ``workers`` of them (default: every CPU of the
    cluster). When ``ds`` is already in the object store (``read_tasks=False``),
    all of them start at once; otherwise the pool grows from one, because Ray
    Data starts actors before read tasks, and actors holding every CPU would
    leave the reads waiting for ever (ray-project/ray#44687).
    """
    size = workers or cluster_cpus()
    smallest = 1 if read_tasks else size
    return ds.map_batches(
        extractor,
        fn_constructor_kwargs={"reader": reader, "errors_to": errors_to, **options},
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(min_size=smallest, max_size=size),
        num_cpus=1,
    )


def extract_dataset(
    ds: ray.data.Dataset,
    text_column: str = "text",
    id_column: str = "id",
    *,
    title_column: str | None = None,
    url_column: str | None = None,
    date_column: str | None = None,
    errors_to: str | None = None,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ray.data.Dataset:
    """A dataset of records (``reformnlp.arrow.record_schema()``) from a dataset of articles.

    Each row of ``ds`` is one article: its text (plain or an HTML page) and id, and
    optionally its headline, URL and date. Rows that give no record are written
    with their reason to the Parquet folder ``errors_to`` (a path or URI); without
    it, the first such row fails the dataset. Lazy, like every Ray dataset.
    """
    fields = Fields(
        text=(text_column,),
        id=(id_column,),
        title=(title_column,) if title_column else (),
        url=(url_column,) if url_column else (),
        date=(date_column,) if date_column else (),
    )
    return extract_rows(
        ds,
        ColumnRows(fields),
        errors_to=normalise(errors_to) if errors_to else None,
        workers=workers,
        batch_size=batch_size,
    )
