"""reformnlp: structured records from news on Vietnam's public administration reform."""

from .schema import ArticleRecord

__version__ = "0.1.0"
__all__ = ["ArticleRecord", "__version__"]
