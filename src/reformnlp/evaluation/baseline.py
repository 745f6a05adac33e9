"""The committed baseline: headline figures a change must not lower."""

from __future__ import annotations

import json
from pathlib import Path

from .models import EvaluationResult

BASELINE_TYPES = ("officials", "provinces", "bodies", "metrics")
BASELINE_ATTRIBUTES = ("subject", "period", "kind", "change.value", "previous.value", "metric")
TOLERANCE = 0.005


def headline_figures(result: EvaluationResult) -> dict[str, float | None]:
    """F1 per record type, the officials' title recall and the accuracy of the metric
    attributes users rely on most, rounded to 4 places."""
    figures = {f"{kind}_f1": result.f1(kind) for kind in BASELINE_TYPES}
    figures["title_recall"] = result.title_recall
    for name in BASELINE_ATTRIBUTES:
        score = result.attributes.get(name)
        figures[f"{name.split('.')[0]}_accuracy"] = score.accuracy if score else None
    return {k: None if v is None else round(v, 4) for k, v in figures.items()}


def write_baseline(result: EvaluationResult, path: str | Path) -> dict:
    """Rewrite the baseline file from a result; returns what was written."""
    data = {
        "gold": result.gold,
        "articles": result.articles,
        "tolerance": TOLERANCE,
        "figures": headline_figures(result),
    }
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


def read_baseline(path: str | Path) -> dict:
    """Read a baseline file written by :func:`write_baseline`."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("figures"), dict):
        raise ValueError(f"{path}: not a baseline file (no 'figures' object)")
    return data


def regressions(result: EvaluationResult, baseline: dict) -> list[str]:
    """One line per figure that fell more than the tolerance below the baseline."""
    tolerance = float(baseline.get("tolerance", TOLERANCE))
    now = headline_figures(result)
    found = []
    for name, before in baseline["figures"].items():
        if before is None:
            continue
        after = now.get(name)
        if after is None or after < before - tolerance:
            found.append(
                f"{name}: {before:.4f} -> {'none' if after is None else f'{after:.4f}'} "
                f"(baseline over {baseline.get('articles', '?')} articles, "
                f"now {result.articles})"
            )
    return found
