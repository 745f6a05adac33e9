"""The extract and build-model commands, through typer's runner."""

import json
import shutil
import subprocess
import sys
from importlib import resources

import spacy
from typer.testing import CliRunner

from reformnlp.cli import app

runner = CliRunner()
ARTICLE = (
    "Dong Nai speeds up online services\n"
    "Vice Chairman of the Dong Nai Provincial People's Committee Vo Tan Duc said the Dong Nai "
    "Provincial Public Administration Service Centre handled most dossiers online.\n"
)


def test_extract_file_prints_the_record_as_json(tmp_path):
    path = tmp_path / "dong-nai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["id"] == "dong-nai"
    assert record["source"] == str(path)
    assert record["title"] == "Dong Nai speeds up online services"
    assert [o["name"] for o in record["officials"]] == ["Vo Tan Duc"]
    assert [p["code"] for p in record["provinces"]] == ["VN-39"]


def test_extract_reads_standard_input():
    result = runner.invoke(app, ["extract", "-", "--id", "piped"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["id"] == "piped"


def test_extract_table_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "Officials (1)" in result.output
    assert "Vo Tan Duc" in result.output
    assert "Dong Nai Provincial People's Committee" in result.output


def test_extract_html_file_uses_page_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Hanoi cuts procedures</title>"
        '<meta property="article:published_time" content="2025-04-02T08:00:00+07:00"></head>'
        "<body><nav>Home | News</nav><article><h1>Hanoi cuts procedures</h1>"
        "<p>Chairman of the Hanoi People's Committee Tran Sy Thanh said the city cut 120 "
        "administrative procedures in the first quarter of 2025, saving businesses a great "
        "deal of time and paperwork.</p>"
        "<p>The Hanoi Department of Home Affairs will review the rest by June.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["title"] == "Hanoi cuts procedures"
    assert record["published"] == "2025-04-02"
    assert [o["name"] for o in record["officials"]] == ["Tran Sy Thanh"]


def test_extract_missing_file_exits_non_zero(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.output


def test_build_model_writes_a_loadable_pipeline(tmp_path):
    target = tmp_path / "model"
    result = runner.invoke(app, ["build-model", str(target)])
    assert result.exit_code == 0, result.output
    nlp = spacy.load(target)
    assert "officials" in nlp.pipe_names


def test_a_broken_pattern_file_gives_one_line_and_exit_code_2(tmp_path):
    folder = tmp_path / "patterns"
    shutil.copytree(str(resources.files("reformnlp.pattern_files")), folder)
    with (folder / "metric_negatives.csv").open("a", encoding="utf-8") as handle:
        handle.write("oops,sideways,structure\n")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "reformnlp",
        "extract",
        str(article),
        "--patterns",
        str(folder),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("reformnlp: [R002] metric_negatives.csv:")
    assert "field 'side'" in line and "'sideways'" in line
