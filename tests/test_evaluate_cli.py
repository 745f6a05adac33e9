"""``reformnlp evaluate`` through typer's CliRunner: table, report, HTML, strict, baselines."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import reformnlp
from reformnlp.cli import app
from reformnlp.evaluation import gold_predictor

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
runner = CliRunner()


@pytest.fixture
def oracle(monkeypatch):
    """Run the command with a predictor that answers with the gold itself."""
    monkeypatch.setattr(reformnlp, "load", lambda *a, **k: None)
    monkeypatch.setattr(
        "reformnlp.evaluation.run.pipeline_predictor", lambda nlp, batch_size: gold_predictor()
    )


def test_table_printed(oracle):
    result = runner.invoke(app, ["evaluate", str(FIXTURES / "records.jsonl")])
    assert result.exit_code == 0, result.output
    assert "officials" in result.output and "metrics" in result.output
    assert "1.000" in result.output and "official titles" in result.output


def test_report_holds_figures_and_errors(oracle, tmp_path):
    report = tmp_path / "out" / "report.json"
    result = runner.invoke(app, ["evaluate", str(FIXTURES), "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["types"]["metrics"]["f1"] == 1.0 and data["types"]["metrics"]["tp"] == 12
    assert data["title_recall"] == 1.0
    assert data["spans"]["PROVINCE"]["tp"] == 3
    assert {p["origin"].rsplit("/", 1)[1] for p in data["problems"]} == {"spans.jsonl:2"}
    assert "views" not in data


def test_report_lists_every_error(monkeypatch, tmp_path):
    from reformnlp.evaluation import Prediction
    from reformnlp.schema import ArticleRecord

    monkeypatch.setattr(reformnlp, "load", lambda *a, **k: None)

    def nothing(samples):
        return [Prediction(record=ArticleRecord()) for _ in samples]

    monkeypatch.setattr(
        "reformnlp.evaluation.run.pipeline_predictor", lambda nlp, batch_size: nothing
    )
    report = tmp_path / "report.json"
    result = runner.invoke(
        app, ["evaluate", str(FIXTURES / "records.jsonl"), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    errors = json.loads(report.read_text(encoding="utf-8"))["errors"]
    missed = {(e["article"], e["type"], e["text"]) for e in errors if e["outcome"] == "missed"}
    assert ("ha-tinh-review", "officials", "Le Ngoc Chau") in missed
    assert ("par-index-2023", "metrics", "localities 86.25%") in missed
    assert all(e["origin"].endswith(tuple(f"records.jsonl:{n}" for n in (1, 2, 3))) for e in errors)


def test_html_view_written(oracle, tmp_path):
    page = tmp_path / "view.html"
    result = runner.invoke(app, ["evaluate", str(FIXTURES), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<section") == 5
    assert "PROVINCE ✓" in html and "OFFICIAL ✓" in html and "METRIC ✓" in html
    # Record-level articles compare their mentions and quotes too: all agree here.
    assert " missed</span>" not in html.split("</div>", 1)[1]
    assert "gold" not in {label.rsplit(" ", 1)[-1] for label in _span_labels(html)}
    assert "does not align with token boundaries" in html


def test_html_marks_misses(monkeypatch, tmp_path):
    from spacy import blank

    from reformnlp.evaluation import Prediction

    nlp = blank("en")
    monkeypatch.setattr(reformnlp, "load", lambda *a, **k: None)
    monkeypatch.setattr(
        "reformnlp.evaluation.run.pipeline_predictor",
        lambda nlp_, batch_size: (
            lambda samples: [Prediction(doc=nlp.make_doc(s.text)) for s in samples]
        ),
    )
    page = tmp_path / "view.html"
    result = runner.invoke(app, ["evaluate", str(FIXTURES / "spans.jsonl"), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    labels = _span_labels(html)
    assert "OFFICIAL missed" in labels and not any(label.endswith("✓") for label in labels)
    assert "missed spans.OFFICIAL: Giang Thi Dung" in html


def _span_labels(html: str) -> list[str]:
    """The labels displaCy drew under the text."""
    import re

    return [
        " ".join(m.split())
        for m in re.findall(r"line-height: 1; border-radius: 3px\">(.*?)</span>", html, re.S)
    ]


def test_strict_fails_on_gold_problems(oracle):
    result = runner.invoke(app, ["evaluate", str(FIXTURES / "bad"), "--strict"])
    assert result.exit_code == 1
    assert "broken.jsonl:2" in result.output and "not valid JSON" in result.output
    lenient = runner.invoke(app, ["evaluate", str(FIXTURES / "bad")])
    assert lenient.exit_code == 0


def test_nothing_to_score_fails(oracle, tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1 and "no gold samples found" in result.output


def test_baseline_update_and_check(oracle, tmp_path):
    baseline = tmp_path / "baseline.json"
    result = runner.invoke(
        app, ["evaluate", str(FIXTURES / "records.jsonl"), "--update-baseline", str(baseline)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["figures"] == {
        "officials_f1": 1.0,
        "provinces_f1": 1.0,
        "bodies_f1": 1.0,
        "metrics_f1": 1.0,
        "title_recall": 1.0,
        "subject_accuracy": 1.0,
        "period_accuracy": 1.0,
        "kind_accuracy": 1.0,
        "previous_accuracy": 1.0,
        "change_accuracy": None,
        "metric_accuracy": 1.0,
    }
    assert data["articles"] == 3
    ok = runner.invoke(
        app, ["evaluate", str(FIXTURES / "records.jsonl"), "--baseline", str(baseline)]
    )
    assert ok.exit_code == 0, ok.output
    data["figures"]["metrics_f1"] = 1.1
    baseline.write_text(json.dumps(data), encoding="utf-8")
    fallen = runner.invoke(
        app, ["evaluate", str(FIXTURES / "records.jsonl"), "--baseline", str(baseline)]
    )
    assert fallen.exit_code == 1 and "metrics_f1: 1.1000 -> 1.0000" in fallen.output


def test_end_to_end_with_the_pipeline(tmp_path):
    report, page = tmp_path / "report.json", tmp_path / "view.html"
    result = runner.invoke(
        app,
        ["evaluate", str(FIXTURES / "records.jsonl"), "--report", str(report), "--html", str(page)],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["articles"] == 3
    assert data["types"]["provinces"]["tp"] + data["types"]["provinces"]["fn"] == 5
    assert data["types"]["metrics"]["tp"] + data["types"]["metrics"]["fn"] == 12
    html = page.read_text(encoding="utf-8")
    assert "Articles, most errors first" in html and "PROVINCE ✓" in html


def test_baseline_not_written_from_a_run_with_failures(monkeypatch, tmp_path):
    from reformnlp.evaluation import Prediction

    def failing(samples):
        return [Prediction(failure="KeyError: 'x'") for _ in samples]

    monkeypatch.setattr(reformnlp, "load", lambda *a, **k: None)
    monkeypatch.setattr(
        "reformnlp.evaluation.run.pipeline_predictor", lambda nlp, batch_size: failing
    )
    baseline = tmp_path / "baseline.json"
    result = runner.invoke(
        app, ["evaluate", str(FIXTURES / "records.jsonl"), "--update-baseline", str(baseline)]
    )
    assert result.exit_code == 1 and not baseline.exists()
    assert "failed on 3 articles" in result.output


def test_texts_option_joins_facts_only_gold_with_its_texts(oracle, tmp_path):
    import hashlib

    text = "Cao Bang ranked 40th of 63 provinces in the PAR Index 2023.\n"
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "cb.txt").write_text(text, encoding="utf-8", newline="")
    line = {
        "id": "cb",
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "metrics": [{"start": 9, "end": 35, "value": 40, "unit": "rank"}],
    }
    gold = tmp_path / "facts.jsonl"
    gold.write_text(json.dumps(line), encoding="utf-8")
    without = runner.invoke(app, ["evaluate", str(gold)])
    assert without.exit_code == 1 and "no gold sample" in without.output
    found = runner.invoke(app, ["evaluate", str(gold), "--texts", str(tmp_path / "texts")])
    assert found.exit_code == 0, found.output
    assert "1 record articles" in found.output
