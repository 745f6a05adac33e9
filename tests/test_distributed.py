"""``reformnlp batch --engine ray`` and ``reformnlp.distributed`` on a local Ray instance.

One Ray instance (2 CPUs) serves the whole module. Every test checks the Ray
engine against what local mode writes for the same input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray")

import reformnlp  # noqa: E402
from reformnlp.arrow import record_schema, table_to_records  # noqa: E402
from reformnlp.cli import app  # noqa: E402
from reformnlp.distributed import (  # noqa: E402
    ExtractionFailed,
    entities_dataset,
    extract_dataset,
    metrics_dataset,
)
from reformnlp.distributed.run import RayBatchConfig, run_ray_batch  # noqa: E402
from reformnlp.schema import ArticleRecord  # noqa: E402
from reformnlp.writers import entity_rows, metric_rows  # noqa: E402
from test_batch import (  # noqa: E402
    HA_TINH,
    QUANG_TRI,
    TRAP,
    bad_folder,
    good_folder,
    trap_the_reader,
)

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "sample"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def batch(*args: str):
    return runner.invoke(app, ["batch", *args, "-q"], catch_exceptions=False)


def local_records(path: Path) -> dict[str, ArticleRecord]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r.id: r for r in (ArticleRecord.model_validate_json(line) for line in lines)}


def ray_records(out: Path) -> dict[str, ArticleRecord]:
    table = pq.read_table(out / "records")
    assert table.schema.equals(record_schema())
    records = table_to_records(table)
    assert len({r.id for r in records}) == len(records)
    return {r.id: r for r in records}


def ray_errors(out: Path) -> list[tuple[str, str]]:
    if not list((out / "errors").glob("*.parquet")):
        return []
    table = pq.read_table(out / "errors")
    return sorted(zip(table["path"].to_pylist(), table["reason"].to_pylist(), strict=True))


def local_errors(path: Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return sorted((row["path"], row["reason"]) for row in rows)


def rows_key(rows: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, str(v)) for k, v in row.items())) for row in rows)


def test_the_sample_folder_gives_the_records_and_tables_of_local_mode(tmp_path):
    local = tmp_path / "local.jsonl"
    assert batch(str(SAMPLE), "-o", str(local), "-w", "0").exit_code == 0
    out = tmp_path / "ray"
    result = batch(str(SAMPLE), "--engine", "ray", "-o", str(out), "-w", "2")
    assert result.exit_code == 0, result.output
    expected = local_records(local)
    got = ray_records(out)
    assert sorted(got) == sorted(expected)
    for article_id, record in expected.items():
        assert got[article_id] == record, article_id
    records = list(expected.values())
    metrics = pq.read_table(out / "metrics").to_pylist()
    entities = pq.read_table(out / "entities").to_pylist()
    assert rows_key(metrics) == rows_key([row for r in records for row in metric_rows(r)])
    assert rows_key(entities) == rows_key([row for r in records for row in entity_rows(r)])
    assert result.output.startswith(f"{len(expected)} articles, {len(expected)} records written")


def test_bad_files_give_the_errors_report_and_exit_code_of_local_mode(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    bad_folder(src)
    local = tmp_path / "local.jsonl"
    local_run = batch(str(src), "-o", str(local), "-w", "0", "--max-bytes", "20000")
    out = tmp_path / "ray"
    ray_run = batch(str(src), "--engine", "ray", "-o", str(out), "--max-bytes", "20000")
    assert local_run.exit_code == ray_run.exit_code == 1
    assert ray_errors(out) == local_errors(tmp_path / "local.jsonl.errors.jsonl")
    assert len(ray_errors(out)) == 5
    assert ray_records(out) == local_records(local)
    assert "12 articles, 7 records written, 5 failed (see " in ray_run.output


def test_resume_keeps_finished_batches_and_extracts_only_the_rest(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    out = tmp_path / "ray"
    args = ["--engine", "ray", "-o", str(out), "-w", "2"]
    config = RayBatchConfig(input=str(src), output=str(out), workers=2, batch_size=2)
    assert run_ray_batch(config, progress=False).exit_code == 0
    full = ray_records(out)
    # A kill after one batch wrote its tables but before its records: the record part
    # is gone, its table parts are orphans.
    parts = sorted((out / "records").glob("*.parquet"))
    assert len(parts) >= 2
    lost = {r.id for r in table_to_records(pq.read_table(parts[0]))}
    parts[0].unlink()
    result = batch(str(src), *args, "--resume")
    assert result.exit_code == 0, result.output
    assert f"{len(full) - len(lost)} already in the output" in result.output
    assert f"{len(lost)} records written" in result.output
    assert ray_records(out) == full
    metrics = pq.read_table(out / "metrics").to_pylist()
    assert rows_key(metrics) == rows_key([row for r in full.values() for row in metric_rows(r)])
    other = tmp_path / "other"
    good_folder(other)
    refused = batch(str(other), *args, "--resume")
    assert refused.exit_code == 2 and "resume with the same input" in refused.output


def test_parquet_and_jsonl_datasets_at_a_path(tmp_path):
    rows = [
        {"id": "ht", "text": HA_TINH, "title": "Ha Tinh widens"},
        {"id": "qt", "text": QUANG_TRI, "title": None},
        {"id": "empty", "text": "", "title": None},
    ]
    (tmp_path / "pq").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pq" / "part-0.parquet")
    out = tmp_path / "from-parquet"
    result = batch(str(tmp_path / "pq"), "--engine", "ray", "-o", str(out))
    assert result.exit_code == 1
    got = ray_records(out)
    nlp = reformnlp.load()
    direct = reformnlp.doc_to_record(nlp(HA_TINH), id="ht", title="Ha Tinh widens")
    assert sorted(got) == ["ht", "qt"] and got["ht"] == direct
    assert ray_errors(out) == [("id empty", "no text in any of the columns text, content, body")]

    lines = tmp_path / "dump.jsonl"
    lines.write_text(
        json.dumps({"id": "ht", "text": HA_TINH}) + "\n{broken\n" + json.dumps({"body": QUANG_TRI}),
        encoding="utf-8",
    )
    out = tmp_path / "from-jsonl"
    result = batch(f"file://{lines}", "--engine", "ray", "-o", str(out))
    assert result.exit_code == 1
    assert sorted(ray_records(out)) == ["dump:3", "ht"]
    assert ray_errors(out) == [
        (f"{lines}:2", "malformed JSON: Expecting property name enclosed in double quotes")
    ]


def test_extract_dataset_gives_records_and_flat_tables():
    articles = ray.data.from_items(
        [
            {"id": "ht", "text": HA_TINH, "url": "https://example.org/ht"},
            {"id": "qt", "text": QUANG_TRI},
        ]
    )
    records = extract_dataset(articles, url_column="url", workers=2).materialize()
    assert records.schema().base_schema.equals(record_schema())
    got = {r.id: r for r in table_to_records(pa.Table.from_pylist(records.take_all()))}
    nlp = reformnlp.load()
    assert got["ht"] == reformnlp.doc_to_record(
        nlp(HA_TINH), id="ht", source="https://example.org/ht"
    )
    metrics = metrics_dataset(records).take_all()
    assert rows_key(metrics) == rows_key([row for r in got.values() for row in metric_rows(r)])
    entities = entities_dataset(records).take_all()
    assert rows_key(entities) == rows_key([row for r in got.values() for row in entity_rows(r)])

    bad = ray.data.from_items([{"id": "x", "text": "  "}])
    with pytest.raises(Exception, match="no text in any of the columns text") as caught:
        extract_dataset(bad, workers=1).materialize()
    assert ExtractionFailed.__name__ in str(caught.value)


def test_an_actor_frees_what_each_batch_adds_and_gives_the_same_records():
    from reformnlp.distributed.extract import ArticleExtractor
    from reformnlp.distributed.readers import ColumnRows

    extractor = ArticleExtractor(ColumnRows(), errors_to=None)
    batch = pa.Table.from_pylist([{"id": "ht", "text": HA_TINH}, {"id": "qt", "text": QUANG_TRI}])
    strings = len(extractor.nlp.vocab.strings)
    tables = [t for _ in range(3) for t in extractor(batch)]
    # The names and numbers of the articles are gone from the vocabulary after each batch.
    assert len(extractor.nlp.vocab.strings) == strings
    nlp = reformnlp.load()
    expected = [
        reformnlp.doc_to_record(nlp(HA_TINH), id="ht"),
        reformnlp.doc_to_record(nlp(QUANG_TRI), id="qt"),
    ]
    assert [table_to_records(t) for t in tables] == [expected] * 3


@pytest.mark.issue(8)
def test_an_actor_reports_the_component_and_offset_that_raised(tmp_path, monkeypatch):
    from reformnlp.distributed.errors import read_failures
    from reformnlp.distributed.extract import ArticleExtractor
    from reformnlp.distributed.readers import ColumnRows

    trap = TRAP
    trap_the_reader(monkeypatch)
    errors = tmp_path / "errors"
    extractor = ArticleExtractor(ColumnRows(), errors_to=str(errors))
    batch = pa.Table.from_pylist([{"id": "trap", "text": trap}, {"id": "ht", "text": HA_TINH}])
    [table] = list(extractor(batch))
    assert [r.id for r in table_to_records(table)] == ["ht"]
    [failure] = read_failures(str(errors))
    assert failure.path == "id trap"  # where a table row is, as local mode names it
    assert failure.details == {
        "error": "IndexError",
        "component": "metrics",
        "offset": trap.index("This sentence"),
        "message": "list index out of range",
    }


def test_a_missing_input_exits_2_and_leaves_the_output_alone(tmp_path):
    out = tmp_path / "ray"
    (out / "records").mkdir(parents=True)
    (out / "records" / "part-x.parquet").write_bytes(b"kept")
    result = batch(str(tmp_path / "nowhere"), "--engine", "ray", "-o", str(out))
    assert result.exit_code == 2 and "does not exist" in result.output
    assert (out / "records" / "part-x.parquet").read_bytes() == b"kept"
    result = batch(str(SAMPLE), "--engine", "ray", "-o", str(out), "--format", "csv")
    assert result.exit_code == 2 and "leave out --format" in result.output
