"""Plain-text table and JSON report of an :class:`EvaluationResult`."""

from __future__ import annotations

import json
from pathlib import Path

from .models import EvaluationResult, SpanScore, TypeScore

MAX_PROBLEMS_SHOWN = 50


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _prf_row(name: str, score: TypeScore | SpanScore, extra: str = "") -> str:
    return (
        f"  {name:<18}{_fmt(score.precision):>8}{_fmt(score.recall):>8}{_fmt(score.f1):>8}"
        f"{score.tp:>7}{score.fp:>6}{score.fn:>6}{extra}"
    )


def format_table(result: EvaluationResult) -> str:
    """The figures as an aligned plain-text table, problems last."""
    lines = [
        f"Gold: {result.gold} — {result.articles} record articles, {result.span_samples} "
        f"span samples, {result.skipped} skipped, {result.seconds:.1f} s",
        "",
    ]
    header = f"  {'':<18}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>6}{'FN':>6}"
    if result.types:
        lines += ["Records" + header[7:] + "  articles"]
        lines += [
            _prf_row(name, score, f"{score.articles:>10}") for name, score in result.types.items()
        ]
        titles = result.official_titles
        lines += [
            "",
            f"  {'official titles':<18}recall {_fmt(titles.recall)}"
            f"  ({titles.found}/{titles.total})",
        ]
    for heading, scores in (
        ("Metric attributes", result.attributes),
        ("Article fields", result.fields),
    ):
        if scores:
            lines += ["", f"{heading:<20}{'accuracy':>8}{'right':>8}{'scored':>8}"]
            lines += [
                f"  {name:<18}{_fmt(s.accuracy):>8}{s.correct:>8}{s.total:>8}"
                for name, s in scores.items()
            ]
    if result.spans_total is not None:
        lines += ["", "Spans" + header[5:]]
        lines += [_prf_row(label, score) for label, score in result.spans.items()]
        lines += [_prf_row("all labels", result.spans_total)]
    if not result.types and result.spans_total is None:
        lines += ["Nothing was scored."]
    lines += _problem_lines(result)
    # Sections open with a blank line; never print two in a row.
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept)


def _problem_lines(result: EvaluationResult) -> list[str]:
    if not result.problems:
        return []
    errors = sum(p.severity == "error" for p in result.problems)
    lines = [
        "",
        f"Problems in the gold: {errors} errors (left out), "
        f"{len(result.problems) - errors} warnings",
    ]
    shown = result.problems[:MAX_PROBLEMS_SHOWN]
    lines += [f"  {p.severity}: {p}" for p in shown]
    if len(result.problems) > len(shown):
        lines.append(f"  ... and {len(result.problems) - len(shown)} more (see --report)")
    return lines


def report_dict(result: EvaluationResult) -> dict:
    """Every figure, problem and error as JSON-ready data."""
    data = result.model_dump(mode="json")
    data["title_recall"] = result.title_recall
    return data


def write_report(result: EvaluationResult, path: str | Path) -> Path:
    """Write the JSON report; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path
