"""reformnlp on Ray Data: the batch extraction on one machine or a cluster.

Needs the ``ray`` extra (``pip install "reformnlp[ray]"``); the rest of reformnlp
never imports Ray.

>>> import ray, reformnlp.distributed as rd
>>> articles = ray.data.read_parquet("s3://archive/pages/")      # columns text, id, ...
>>> records = rd.extract_dataset(articles, errors_to="s3://out/errors")
>>> records.write_parquet("s3://out/records")                    # nested, record_schema()
>>> rd.metrics_dataset(records).write_parquet("s3://out/metrics")
"""

from .extract import ArticleExtractor, ExtractionFailed, extract_dataset
from .tables import entities_dataset, metrics_dataset

__all__ = [
    "ArticleExtractor",
    "ExtractionFailed",
    "entities_dataset",
    "extract_dataset",
    "metrics_dataset",
]
