"""A static review page: per article, the disagreements between gold and prediction.

An index lists the articles by number of errors (most first, the order of the
sections too). Each article shows a metrics table (gold against predicted,
attribute by attribute, the cells scoring counts wrong marked ``✗``), an
officials table (gold titles beside predicted titles, found and missing titles
marked), the other errors, and the text with its spans drawn by displaCy: a span
both sides agree on once (``✓``), the rest as ``missed`` or ``extra``. What is
compared and how is in :mod:`reformnlp.evaluation.review`.

The page is one file with no network access; every text is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path

import regex
from spacy import displacy

from ..schema import Metric
from .matching import quote_interval
from .models import ErrorItem, EvaluationResult
from .review import (
    METRIC_COLUMNS,
    SCORED_COLUMNS,
    ArticleReview,
    MetricRow,
    OfficialRow,
    error_group,
    official_name,
    review,
)

SPAN_COLOURS = {"agree": "#a5d6a7", "missed": "#ef9a9a", "extra": "#ffcc80"}
SPAN_TAGS = {"agree": "✓", "missed": "missed", "extra": "extra"}
ROW_TAGS = {"missed": "✗ missed", "extra": "+ extra"}
TITLE_TAGS = {"found": "✓", "missing": "✗", "matched": "✓", "extra": "+", "plain": ""}
_WORD = regex.compile(r"\S+")

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1em auto; max-width: 110em;
       padding: 0 1.5em; color: #222; line-height: 1.35; }
h1 { margin-bottom: .2em; } h2 { margin: 0 0 .2em; } h3 { margin: 1em 0 .3em; font-size: 1.05em; }
section { border-top: 3px solid #bbb; margin-top: 2.5em; padding-top: .8em; }
table { border-collapse: collapse; font-size: .9em; }
table.metrics { width: 100%; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.scroll { overflow-x: auto; }
.figures { display: flex; gap: 2em; align-items: flex-start; }
h2.problems, h2#index { margin-top: 1em; }
.muted, .origin, .empty { color: #777; } .origin { margin: 0; font-size: .85em; }
.chip { display: inline-block; padding: 0 .4em; margin-right: .6em; border-radius: 3px; }
.count { font-size: .7em; font-weight: normal; padding: .1em .5em; border-radius: 1em;
         background: #fde2e2; color: #900; vertical-align: middle; }
.count.none { background: #e6f4e6; color: #260; }
.count.names { background: #eee; color: #555; }
td.status { white-space: nowrap; font-weight: bold; }
table.metrics td.quote { max-width: 24em; min-width: 12em; font-size: .92em; }
table.metrics .c-subject { min-width: 10em; } table.metrics .c-unit { min-width: 7em; }
td.num { text-align: right; } td.zero { color: #999; }
tr.missed { background: #fff1f1; } tr.extra { background: #fff7e8; }
tr.missed td.status { color: #b00; } tr.extra td.status { color: #a55a00; }
td.wrong { background: #fbd5d5; box-shadow: inset 3px 0 0 #c00; min-width: 8em; }
td.wrong .sym { color: #b00; font-weight: bold; }
.side { display: block; } .side b { font-weight: 600; color: #555; }
.alt { display: block; color: #777; font-size: .85em; }
ul.titles { margin: 0; padding-left: 0; list-style: none; }
li.missing { color: #b00; font-weight: 600; } li.extra { color: #a55a00; }
li.found, li.matched { color: #264; }
ul.errors li.missed { color: #b00; } ul.errors li.extra { color: #a55a00; }
ul.errors li.wrong { color: #446; }
details.text { margin-top: 1em; } details.text > summary { cursor: pointer; font-weight: 600; }
details.text .spans { max-width: 75em; }
details.text .spans span[style*="z-index: 10"] { white-space: nowrap; }
body.errors-only tr.ok { display: none; }
"""

SCRIPT = """<script>
function toggleTexts(open) {
  document.querySelectorAll("details.text").forEach(function (d) { d.open = open; });
}
function onlyErrors(on) { document.body.classList.toggle("errors-only", on); }
</script>"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>reformnlp review: {title}</title>
<style>{style}</style>{script}</head><body>
<h1>Review of {title}</h1>
{legend}
{summary}
{index}
{articles}
</body></html>
"""


def render_html(result: EvaluationResult) -> str:
    """The whole page as a string."""
    reviews = _reviews(result)
    return PAGE.format(
        title=escape(result.gold or "gold"),
        style=STYLE,
        script=SCRIPT,
        legend=_legend(),
        summary=_summary(result),
        index=_index(reviews),
        articles="\n".join(_article(r, n) for n, r in reviews),
    )


def write_html(result: EvaluationResult, path: str | Path) -> Path:
    """Write the page; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(result), encoding="utf-8")
    return path


def _reviews(result: EvaluationResult) -> list[tuple[int, ArticleReview]]:
    """Each article's review with its anchor number, most errors first."""
    errors: dict[str, list[ErrorItem]] = defaultdict(list)
    for error in result.errors:
        errors[error.origin].append(error)
    problems: dict[str, list[str]] = defaultdict(list)
    for problem in result.problems:
        problems[problem.origin].append(str(problem))
    reviews = [
        (n, review(view, errors.get(view.origin, []), problems.get(view.origin, [])))
        for n, view in enumerate(result.views, 1)
    ]
    return sorted(reviews, key=lambda item: (-item[1].weighed, -len(item[1].errors), item[0]))


def _legend() -> str:
    chips = "".join(
        f'<span class="chip" style="background:{SPAN_COLOURS[s]}">'
        f"LABEL {escape(SPAN_TAGS[s])}</span>{escape(meaning)} "
        for s, meaning in (
            ("agree", "gold and prediction agree (drawn once)"),
            ("missed", "gold only"),
            ("extra", "prediction only"),
        )
    )
    return (
        f'<div class="legend"><p><b>Text:</b> {chips}</p>'
        '<p><b>Tables:</b> <span class="chip" style="background:#fbd5d5">✗ gold: 2023 '
        "/ predicted: 2024</span>an attribute scoring counts wrong; "
        '<span class="chip" style="background:#fff1f1">✗ missed</span>gold only; '
        '<span class="chip" style="background:#fff7e8">+ extra</span>prediction only. '
        "Metrics are paired on value (within 0.01) and unit class, so value and unit are "
        'never marked. Titles: ✓ found, <span style="color:#b00">✗ missing</span> '
        "(no predicted title with word-set Jaccard ≥ 0.6), + extra.</p>"
        '<p><button type="button" onclick="toggleTexts(false)">Collapse texts</button> '
        '<button type="button" onclick="toggleTexts(true)">Expand texts</button> '
        '<label><input type="checkbox" onchange="onlyErrors(this.checked)"> '
        "table rows with errors only</label></p></div>"
    )


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _summary(result: EvaluationResult) -> str:
    """The run's figures: record and span scores, attribute accuracy, title recall."""
    titles = result.official_titles
    recall = (
        f"<p>Official titles: recall {_fmt(titles.recall)} ({titles.found}/{titles.total})</p>"
        if titles.total
        else ""
    )
    problems = "".join(f"<li>{escape(str(p))}</li>" for p in result.problems)
    return (
        f'<div class="scroll figures">{_scores_table(result)}{_attributes_table(result)}'
        f"{recall}</div>"
        + (f'<h2 class="problems">Problems in the gold</h2><ul>{problems}</ul>' if problems else "")
    )


def _scores_table(result: EvaluationResult) -> str:
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{_fmt(s.precision)}</td><td>{_fmt(s.recall)}</td>"
        f"<td>{_fmt(s.f1)}</td><td>{s.tp}</td><td>{s.fp}</td><td>{s.fn}</td></tr>"
        for name, s in [*result.types.items(), *result.spans.items()]
    )
    return (
        "<table><tr><th></th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th>"
        f"<th>FN</th></tr>{rows}</table>"
    )


def _attributes_table(result: EvaluationResult) -> str:
    if not result.attributes:
        return ""
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{_fmt(a.accuracy)}</td><td>{a.correct}</td>"
        f"<td>{a.total}</td></tr>"
        for name, a in result.attributes.items()
    )
    return (
        "<table><tr><th>metric attribute</th><th>accuracy</th><th>right</th>"
        f"<th>scored</th></tr>{rows}</table>"
    )


def _index(reviews: list[tuple[int, ArticleReview]]) -> str:
    rows = "".join(_index_row(n, r) for n, r in reviews)
    return (
        '<h2 id="index">Articles, most errors first</h2><div class="scroll"><table>'
        "<tr><th>article</th><th>errors</th><th>metrics</th><th>officials</th>"
        "<th>spans</th><th>other</th><th>names</th><th>gold problems</th></tr>"
        f"{rows}</table></div>"
    )


def _index_row(n: int, r: ArticleReview) -> str:
    counts = r.counts()
    groups = ("metrics", "officials", "spans", "other", "names")
    cells = [r.weighed, *(counts[k] for k in groups)]
    cells.append(len(r.problems))
    numbers = "".join(f'<td class="num{"" if c else " zero"}">{c}</td>' for c in cells)
    return f'<tr><td><a href="#article-{n}">{escape(r.view.article)}</a></td>{numbers}</tr>'


def _article(r: ArticleReview, n: int) -> str:
    view = r.view
    names = r.counts()["names"]
    badge = (
        f'<span class="count">{r.weighed} errors</span>'
        if r.weighed
        else '<span class="count none">no errors</span>'
    ) + (f' <span class="count names">{names} names</span>' if names else "")
    return (
        f'<section id="article-{n}"><h2>{escape(view.article)} {badge}</h2>'
        f'<p class="origin">{escape(view.origin)} · <a href="#index">back to the index</a></p>'
        + (_metrics_table(r.metrics, view.text) if r.metrics is not None else "")
        + (_officials_table(r.officials) if r.officials is not None else "")
        + _other_errors(r)
        + _gold_problems(r.problems)
        + _text(r)
        + "</section>"
    )


def _metrics_table(rows: list[MetricRow], text: str) -> str:
    if not rows:
        return "<h3>Metrics: none in the gold or the prediction</h3>"
    statuses = [row.status for row in rows]
    wrong = sum(len(row.wrong) for row in rows)
    heading = (
        f"Metrics: {statuses.count('matched')} matched ({wrong} wrong attributes), "
        f"{statuses.count('missed')} missed, {statuses.count('extra')} extra"
    )
    head = "".join(
        f'<th class="c-{c}">{escape(c)}</th>'
        if c in SCORED_COLUMNS
        else f'<th class="c-{c} muted">{escape(c)}</th>'
        for c in METRIC_COLUMNS
    )
    body = "".join(_metric_row(row, text) for row in rows)
    return (
        f'<h3>{heading}</h3><div class="scroll"><table class="metrics">'
        f"<tr><th></th><th>quote</th>{head}</tr>{body}</table></div>"
    )


def _quote(metric: Metric | None, text: str) -> str:
    if metric is None:
        return ""
    if metric.quote:
        return metric.quote
    where = quote_interval(metric, text)
    return text[where[0] : where[1]] if where else ""


def _quote_cell(row: MetricRow, text: str) -> str:
    """The gold quote; the predicted one shown only when it lies elsewhere, else on hover."""
    gold, predicted = _quote(row.gold, text), _quote(row.predicted, text)
    if row.status != "matched" or gold == predicted or not predicted:
        return f'<td class="quote">{_shown(gold or predicted)}</td>'
    if _overlapping(quote_interval(row.gold, text), quote_interval(row.predicted, text)):
        return f'<td class="quote" title="predicted quote: {escape(predicted)}">{_shown(gold)}</td>'
    return (
        f'<td class="quote">{_shown(gold)} '
        f'<span class="alt">predicted, elsewhere: {escape(predicted)}</span></td>'
    )


def _overlapping(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _metric_row(row: MetricRow, text: str) -> str:
    if row.status == "matched":
        status = f"✗ {len(row.wrong)} wrong" if row.wrong else "✓"
    else:
        status = ROW_TAGS[row.status]
    cells = "".join(_cell(row, column) for column in METRIC_COLUMNS)
    ok = " ok" if row.status == "matched" and not row.wrong else ""
    return (
        f'<tr class="{row.status}{ok}"><td class="status">{escape(status)}</td>'
        f"{_quote_cell(row, text)}{cells}</tr>"
    )


def _shown(value: str) -> str:
    return escape(value) if value else '<span class="empty">—</span>'


def _pair(gold: str, predicted: str, status: str) -> str:
    """One side on missed and extra rows; on a matched pair gold, and predicted if it differs."""
    if status == "extra":
        return _shown(predicted)
    if status == "missed" or gold == predicted or not predicted:
        return _shown(gold)
    return f'{_shown(gold)} <span class="alt">predicted: {escape(predicted)}</span>'


def _cell(row: MetricRow, column: str) -> str:
    cell = row.cells[column]
    if not cell.wrong:
        return f'<td class="c-{column}">{_pair(cell.gold, cell.predicted, row.status)}</td>'
    return (
        f'<td class="c-{column} wrong" title="{escape(column)}: gold and prediction disagree">'
        f'<span class="side"><span class="sym">✗</span> <b>gold:</b> {_shown(cell.gold)}</span> '
        f'<span class="side"><b>predicted:</b> {_shown(cell.predicted)}</span></td>'
    )


def _officials_table(rows: list[OfficialRow]) -> str:
    if not rows:
        return "<h3>Officials: none in the gold or the prediction</h3>"
    statuses = [row.status for row in rows]
    missing = sum(state == "missing" for row in rows for _, state in row.gold_titles)
    heading = (
        f"Officials: {statuses.count('matched')} matched, {statuses.count('missed')} missed, "
        f"{statuses.count('extra')} extra; {missing} gold titles missing"
    )
    body = "".join(_official_row(row) for row in rows)
    return (
        f'<h3>{heading}</h3><div class="scroll"><table class="officials">'
        "<tr><th></th><th>official (key)</th><th>gold titles</th><th>predicted titles</th></tr>"
        f"{body}</table></div>"
    )


def _official_row(row: OfficialRow) -> str:
    name, key = official_name(row)
    names = {o.name for o in (row.gold, row.predicted) if o is not None}
    shown = " / ".join(escape(n) for n in sorted(names, key=lambda n: n != name))
    missing = any(state == "missing" for _, state in row.gold_titles)
    extra = any(state == "extra" for _, state in row.predicted_titles)
    status = ROW_TAGS.get(row.status) or ("✗ titles" if missing or extra else "✓")
    ok = " ok" if status == "✓" else ""
    return (
        f'<tr class="{row.status}{ok}"><td class="status">{escape(status)}</td>'
        f'<td>{shown} <span class="alt">{escape(key)}</span></td>'
        f"<td>{_titles(row.gold_titles)}</td><td>{_titles(row.predicted_titles)}</td></tr>"
    )


def _titles(titles: list[tuple[str, str]]) -> str:
    if not titles:
        return '<span class="empty">—</span>'
    items = "".join(
        f'<li class="{state}">{escape(TITLE_TAGS[state])} {escape(title)}'
        + (" <small>(missing)</small>" if state == "missing" else "")
        + "</li>"
        for title, state in titles
    )
    return f'<ul class="titles">{items}</ul>'


def _other_errors(r: ArticleReview) -> str:
    """Errors no table shows: provinces, bodies, article fields, span-level spans."""
    shown = {"metrics", "names"} if r.metrics is not None else set()
    shown |= {"officials"} if r.officials is not None else set()
    rest = [e for e in r.errors if error_group(e) not in shown]
    if not rest:
        return ""
    items = "".join(
        f'<li class="{e.outcome}">{e.outcome} {escape(e.type)}: {escape(e.text)}{_detail(e)}</li>'
        for e in rest
    )
    return f'<h3>Other errors ({len(rest)})</h3><ul class="errors">{items}</ul>'


def _detail(error: ErrorItem) -> str:
    if not error.detail:
        return ""
    shown = ", ".join(f"{k}: {v}" for k, v in error.detail.items() if v not in (None, [], ""))
    return f" <small>({escape(shown)})</small>" if shown else ""


def _gold_problems(problems: list[str]) -> str:
    if not problems:
        return ""
    items = "".join(f"<li>{escape(p)}</li>" for p in problems)
    return f"<h3>Problems in this gold line</h3><ul>{items}</ul>"


def _text(r: ArticleReview) -> str:
    counts = r.span_counts()
    summary = (
        f"Text — spans: {counts['agree']} agree, {counts['missed']} missed, {counts['extra']} extra"
    )
    if r.hidden:
        hidden = ", ".join(f"{n} {label}" for label, n in sorted(r.hidden.items()))
        summary += f" · not drawn (the gold gives no offsets for them): {hidden}"
    paragraphs = _paragraphs(r.view.text, r.marks)
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
    return f'<details class="text" open><summary>{escape(summary)}</summary>{markup}</details>'


def _paragraphs(text: str, marks: list[tuple[int, int, str, str]]) -> list[dict]:
    """displaCy manual data, one dict a non-empty line, spans cut to their line."""
    blocks = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start, end = offset, offset + len(line)
        offset = end
        words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(line)]
        if not words:
            continue
        spans = [
            _token_span(words, max(a, start), min(b, end), f"{escape(label)} {SPAN_TAGS[status]}")
            for a, b, label, status in marks
            if a < end and b > start
        ]
        blocks.append(
            {
                "text": line,
                "tokens": [w for _, _, w in words],
                "spans": [s for s in spans if s is not None],
            }
        )
    return blocks


def _token_span(words: list[tuple[int, int, str]], start: int, end: int, label: str) -> dict | None:
    inside = [i for i, (a, b, _) in enumerate(words) if a < end and b > start]
    if not inside:
        return None
    return {"start_token": inside[0], "end_token": inside[-1] + 1, "label": label}


def _colours(blocks: list[dict]) -> dict[str, str]:
    tags = {tag: status for status, tag in SPAN_TAGS.items()}
    labels = {s["label"] for block in blocks for s in block["spans"]}
    return {label: SPAN_COLOURS[tags[label.rsplit(" ", 1)[1]]] for label in labels}
