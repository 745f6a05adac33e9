"""Score reformnlp against annotated samples (SPEC section 6).

``evaluate(gold)`` reads record-level gold (JSONL), span-level gold (Prodigy JSONL
or ``.spacy`` DocBins), runs the pipeline and returns an :class:`EvaluationResult`.
"""

from .baseline import headline_figures, read_baseline, regressions, write_baseline
from .html import render_html, write_html
from .models import (
    AccuracyScore,
    ArticleView,
    ErrorItem,
    EvaluationResult,
    Problem,
    RecallScore,
    SpanScore,
    TypeScore,
)
from .predict import Prediction, Predictor, gold_predictor, pipeline_predictor
from .readers import read_gold
from .report import format_table, report_dict, write_report
from .run import evaluate
from .samples import SPAN_LABELS, GoldSpan, Sample

__all__ = [
    "SPAN_LABELS",
    "AccuracyScore",
    "ArticleView",
    "ErrorItem",
    "EvaluationResult",
    "GoldSpan",
    "Prediction",
    "Predictor",
    "Problem",
    "RecallScore",
    "Sample",
    "SpanScore",
    "TypeScore",
    "evaluate",
    "format_table",
    "gold_predictor",
    "headline_figures",
    "pipeline_predictor",
    "read_baseline",
    "read_gold",
    "regressions",
    "render_html",
    "report_dict",
    "write_baseline",
    "write_html",
    "write_report",
]
