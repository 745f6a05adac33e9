"""A static HTML page showing, per article, gold and predicted spans and the errors.

Spans are drawn with displaCy's span renderer, one block a paragraph. On span-level
samples a span found by both sides is labelled ``✓``, a gold span the prediction
lacks ``missed`` and a predicted span the gold lacks ``extra``. Record-level articles
are matched record by record, not span by span, so their gold mentions and
predicted spans are shown as ``gold`` and ``predicted``; the record errors listed
below each article say what was missed.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

import regex
from spacy import displacy

from .models import ArticleView, ErrorItem, EvaluationResult

COLOURS = {
    "✓": "#9be39b",
    "missed": "#ff9a9a",
    "extra": "#ffd27f",
    "gold": "#b9d7ff",
    "predicted": "#e0c8ff",
}
_WORD = regex.compile(r"\S+")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>reformnlp evaluation: {title}</title>
<style>
body {{ font-family: sans-serif; margin: 2em auto; max-width: 70em; color: #222; }}
section {{ border-top: 2px solid #ccc; margin-top: 2em; }}
.legend span {{ padding: 0 .4em; margin-right: .5em; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .1em .6em; text-align: left; }}
.missed {{ color: #b00; }} .extra {{ color: #a60; }} .wrong {{ color: #559; }}
</style></head><body>
<h1>Evaluation of {title}</h1>
<p class="legend">{legend}</p>
{summary}
{articles}
</body></html>
"""


def render_html(result: EvaluationResult) -> str:
    """The whole page as a string."""
    by_article: dict[str, list[ErrorItem]] = defaultdict(list)
    for error in result.errors:
        by_article[error.article].append(error)
    legend = "".join(
        f'<span style="background:{c}">{html.escape(k)}</span>' for k, c in COLOURS.items()
    )
    problems: dict[str, list[str]] = defaultdict(list)
    for problem in result.problems:
        problems[problem.origin].append(str(problem))
    articles = "\n".join(
        _article(view, by_article.get(view.article, []), problems.get(view.origin, []))
        for view in result.views
    )
    return PAGE.format(
        title=html.escape(result.gold or "gold"),
        legend=legend,
        summary=_summary(result),
        articles=articles,
    )


def write_html(result: EvaluationResult, path: str | Path) -> Path:
    """Write the page; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(result), encoding="utf-8")
    return path


def _summary(result: EvaluationResult) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{_fmt(s.precision)}</td><td>{_fmt(s.recall)}</td>"
        f"<td>{_fmt(s.f1)}</td><td>{s.tp}</td><td>{s.fp}</td><td>{s.fn}</td></tr>"
        for name, s in [*result.types.items(), *result.spans.items()]
    )
    problems = "".join(f"<li>{html.escape(str(p))}</li>" for p in result.problems)
    return (
        f"<table><tr><th></th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th>"
        f"<th>FN</th></tr>{rows}</table>"
        + (f"<h2>Problems in the gold</h2><ul>{problems}</ul>" if problems else "")
    )


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _article(view: ArticleView, errors: list[ErrorItem], problems: list[str]) -> str:
    paragraphs = _paragraphs(view)
    markup = (
        displacy.render(
            paragraphs,
            style="span",
            manual=True,
            page=False,
            jupyter=False,
            options={"colors": _colours(paragraphs)},
        )
        if paragraphs
        else ""
    )
    items = "".join(
        f'<li class="{e.outcome}">{e.outcome} {html.escape(e.type)}: '
        f"{html.escape(e.text)}{_detail(e)}</li>"
        for e in errors
    )
    gold_problems = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
    return (
        f'<section id="{html.escape(view.article)}"><h2>{html.escape(view.article)}</h2>'
        f"<p><small>{html.escape(view.origin)}</small></p>{markup}"
        f"<h3>Errors ({len(errors)})</h3><ul>{items}</ul>"
        + (f"<h3>Problems in this gold line</h3><ul>{gold_problems}</ul>" if problems else "")
        + "</section>"
    )


def _detail(error: ErrorItem) -> str:
    if not error.detail:
        return ""
    shown = ", ".join(f"{k}: {v}" for k, v in error.detail.items() if v not in (None, [], ""))
    return f" <small>({html.escape(shown)})</small>" if shown else ""


def _status_spans(view: ArticleView) -> list[tuple[int, int, str]]:
    gold = {(s.start, s.end, s.label) for s in view.spans if s.side == "gold"}
    pred = {(s.start, s.end, s.label) for s in view.spans if s.side == "predicted"}
    if not view.exact:
        return sorted(
            [(a, b, f"{label} gold") for a, b, label in gold]
            + [(a, b, f"{label} predicted") for a, b, label in pred]
        )
    marked = [(a, b, f"{label} ✓") for a, b, label in gold & pred]
    marked += [(a, b, f"{label} missed") for a, b, label in gold - pred]
    marked += [(a, b, f"{label} extra") for a, b, label in pred - gold]
    return sorted(marked)


def _paragraphs(view: ArticleView) -> list[dict]:
    """displaCy manual data, one dict a non-empty line, spans cut to their line."""
    spans = _status_spans(view)
    blocks = []
    offset = 0
    for line in view.text.splitlines(keepends=True):
        start, end = offset, offset + len(line)
        offset = end
        words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(line)]
        if not words:
            continue
        marks = [
            _token_span(words, max(a, start), min(b, end), label)
            for a, b, label in spans
            if a < end and b > start
        ]
        blocks.append(
            {
                "text": line,
                "tokens": [w for _, _, w in words],
                "spans": [m for m in marks if m is not None],
            }
        )
    return blocks


def _token_span(words: list[tuple[int, int, str]], start: int, end: int, label: str) -> dict | None:
    inside = [i for i, (a, b, _) in enumerate(words) if a < end and b > start]
    if not inside:
        return None
    return {"start_token": inside[0], "end_token": inside[-1] + 1, "label": label}


def _colours(blocks: list[dict]) -> dict[str, str]:
    labels = {s["label"] for block in blocks for s in block["spans"]}
    return {label: COLOURS[label.rsplit(" ", 1)[1]] for label in labels}
