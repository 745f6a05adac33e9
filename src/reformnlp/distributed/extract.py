"""Extraction as a Ray Data transform: a callable class, so each actor builds the pipeline once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

import pyarrow as pa
import ray
import ray.data

from ..arrow import record_schema
from ..errors import InputError
from ..ingest import Article, Failure, Fields
from ..records import doc_to_record
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

    The pipeline is built once per actor, and built afresh every ``refresh_after``
    articles: its string store grows with every new name and number (about 12 MB
    per 1,000 articles), and an actor lives as long as the run. Failures
    (unreadable input, an exception in the pipeline) go to ``errors_to`` as
    Parquet parts; without it the first one raises ``ExtractionFailed``. Ids in
    ``done`` are skipped before extraction.
    """

    def __init__(
        self,
        reader: RowReader,
        errors_to: str | None = None,
        done: Any = None,
        out_rows: int = 64,
        refresh_after: int = 10_000,
    ):
        import reformnlp

        self.load = reformnlp.load
        self.nlp = self.load()
        self.refresh_after = refresh_after
        self.since_load = 0
        self.reader = reader
        self.errors_to = errors_to
        if isinstance(done, ray.ObjectRef):
            done = ray.get(done)
        self.done = frozenset(done or ())
        self.out_rows = out_rows

    def __call__(self, batch: pa.Table) -> Iterator[pa.Table]:
        """Extract every article of ``batch``; a table is given back every ``out_rows``."""
        rows: list[dict[str, Any]] = []
        failures: list[Failure] = []
        for result in self.results(batch):
            if isinstance(result, Failure):
                failures.append(result)
                continue
            rows.append(result.model_dump())
            if len(rows) >= self.out_rows:
                yield pa.Table.from_pylist(rows, schema=record_schema())
                rows = []
        if failures:
            if self.errors_to is None:
                first = failures[0]
                raise ExtractionFailed(f"{first.path}: {first.reason}")
            write_failures(self.errors_to, failures)
        if rows:
            yield pa.Table.from_pylist(rows, schema=record_schema())

    def results(self, batch: pa.Table) -> Iterator[ArticleRecord | Failure]:
        """The record, or the failure, of every article of ``batch`` not already done."""
        for item in batch.to_pylist():
            for article in self.reader.articles(item):
                if isinstance(article, Failure):
                    yield article
                elif article.id not in self.done:
                    yield self.extract(article)

    def extract(self, article: Article) -> ArticleRecord | Failure:
        """One article's record, or the failure of this article only."""
        if self.since_load >= self.refresh_after:
            self.nlp, self.since_load = self.load(), 0
        self.since_load += 1
        try:
            return doc_to_record(
                self.nlp(article.text),
                id=article.id,
                source=article.source,
                title=article.title,
                published=article.published,
            )
        except Exception as exc:
            where = article.location or article.source or article.id
            return Failure(where, f"extraction failed: {type(exc).__name__}: {exc}")


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
    **options: Any,
) -> ray.data.Dataset:
    """Every row of ``ds``, as read by ``reader``, through an ``extractor`` actor pool.

    Actors take one CPU each; the pool grows from one to ``workers`` (default: every
    CPU of the cluster), which leaves Ray room to schedule the reading steps that
    some sources add before the actors hold every CPU.
    """
    size = workers or cluster_cpus()
    return ds.map_batches(
        extractor,
        fn_constructor_kwargs={"reader": reader, "errors_to": errors_to, **options},
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=size),
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
