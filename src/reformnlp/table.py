"""A readable, plain-text summary of a record (``reformnlp extract --format table``)."""

from __future__ import annotations

from .schema import ArticleRecord, Metric


def _section(title: str, rows: list[list[str]], header: list[str]) -> list[str]:
    if not rows:
        return [f"{title}: none", ""]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [f"{title} ({len(rows)})", line.format(*header).rstrip()]
    out.append(line.format(*("-" * w for w in widths)))
    out += [line.format(*row).rstrip() for row in rows]
    return [*out, ""]


def _extras(metric: Metric) -> str:
    parts = []
    if metric.target is not None:
        parts.append(f"target {metric.target:g}")
    if metric.out_of is not None:
        parts.append(f"out of {metric.out_of:g}")
    if metric.average is not None:
        value = "" if metric.average.value is None else f" {metric.average.value:g}"
        parts.append(f"average {metric.average.scope or ''}{value}".strip())
    if metric.previous is not None and metric.previous.value is not None:
        parts.append(f"previous {metric.previous.period or ''} {metric.previous.value:g}".strip())
    if metric.change is not None:
        sign = "-" if metric.change.direction == "decrease" else "+"
        parts.append(f"change {sign}{metric.change.value:g}{metric.change.unit or ''}")
    if metric.rank is not None and metric.rank.total is not None:
        parts.append(f"of {metric.rank.total}")
    if metric.rank is not None and metric.rank.scope:
        parts.append(f"in {metric.rank.scope}")
    if metric.approximate:
        parts.append("approx.")
    if metric.kind == "target":
        parts.append("goal")
    return ", ".join(parts)


def render_record(record: ArticleRecord) -> str:
    """Render the record as aligned sections: meta, officials, provinces, bodies, metrics."""
    lines = [
        f"id:        {record.id}",
        f"title:     {record.title or '-'}",
        f"published: {record.published or '-'}",
        f"author:    {record.author or '-'}",
        "",
    ]
    lines += _section(
        "Officials",
        [[o.name, "; ".join(o.titles) or "-", o.province or "-"] for o in record.officials],
        ["name", "titles", "province"],
    )
    lines += _section(
        "Provinces",
        [[p.name, p.code or "-", p.region or "-", p.merged_into or "-"] for p in record.provinces],
        ["name", "code", "region", "merged into"],
    )
    lines += _section(
        "Bodies",
        [[b.name, b.acronym or "-", b.kind or "-", b.level or "-"] for b in record.bodies],
        ["name", "acronym", "kind", "level"],
    )
    lines += _section(
        "Metrics",
        [
            [f"{m.value:g}", m.unit, m.subject or "-", m.period or "-", m.metric or "-", _extras(m)]
            for m in record.metrics
        ],
        ["value", "unit", "subject", "period", "metric", "details"],
    )
    return "\n".join(lines).rstrip() + "\n"
