"""``reformnlp batch``: folders in, records out, bad files reported, runs resumed."""

from __future__ import annotations

import codecs
import csv
import json
import re
import unicodedata

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import reformnlp
from reformnlp import batch as batch_module
from reformnlp.batch import BatchConfig, BatchError, check_config, run_batch, to_dataset
from reformnlp.cli import app
from reformnlp.ingest import read_text_file
from reformnlp.schema import ArticleRecord, Metric
from reformnlp.text import fold
from reformnlp.writers import entities_path, entity_rows, metric_rows

HA_TINH = (
    "Ha Tinh widens online public services\n\n"
    "Ha Tinh, 14/03/2024 - Ha Tinh province settled 90.75% of its administrative dossiers on "
    "time or early in 2023, and the share of dossiers submitted online reached 57.01%, well above "
    "the national average of 38.26%.\n\n"
    "Vice Chairman of the Provincial People's Committee Le Ngoc Chau told the review meeting that "
    "the province ranked 27th out of 63 provinces and cities on the PAR Index.\n"
)

QUANG_TRI = (
    "Quang Tri opens a one-stop centre\n\n"
    "The Quang Tri Provincial Public Administration Service Centre now handles 1,952 "
    "administrative procedures. Director of the Quang Tri Department of Home Affairs Nguyen Van "
    "Hung said 98.4% of dossiers in the first quarter were settled on time.\n"
)

VI_NAMES = (
    "Hà Tĩnh reviews reform\n\n"
    "Chairman of the Hà Tĩnh Provincial People's Committee Võ Trọng Hải said Hà Tĩnh ranked 2nd "
    "in the North Central region, and Đồng Hới officials visited Hà Tĩnh to study its service "
    "centre.\n"
)

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Binh Dinh trims paperwork | Coast News</title>
<meta property="article:published_time" content="2024-05-20T07:30:00+07:00"></head>
<body><nav><a href="/">Home</a><a href="/hn">Ha Noi</a></nav><article>
<h1>Binh Dinh trims paperwork</h1>
<p>Binh Dinh province cut 120 administrative procedures this year, and Vice Chairwoman of the
Binh Dinh Provincial People's Committee Nguyen Thi Lan said online payments reached 41.2%.</p>
<figure><img src="p.jpg"><figcaption>Staff at the Binh Dinh service desk.</figcaption></figure>
</article><aside><ul><li><a href="/r">Phu Yen names new director</a></li></ul></aside>
</body></html>
"""

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, ["batch", *args], catch_exceptions=False)


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def good_folder(root):
    (root / "national").mkdir(parents=True)
    (root / "national" / "ha-tinh.txt").write_text(HA_TINH, encoding="utf-8")
    (root / "quang-tri.md").write_text(QUANG_TRI, encoding="utf-8")
    (root / "binh-dinh.html").write_text(PAGE, encoding="utf-8")
    (root / "feed.jsonl").write_text(
        json.dumps(
            {"id": "feed-1", "title": "Ha Tinh widens", "text": HA_TINH, "date": "14/03/2024"}
        )
        + "\n"
        + json.dumps({"content": QUANG_TRI, "url": "https://example.org/qt"})
        + "\n",
        encoding="utf-8",
    )
    (root / "one.json").write_text(json.dumps({"headline": "QT", "body": QUANG_TRI}))
    return ["binh-dinh", "feed-1", "feed:2", "national/ha-tinh", "one", "quang-tri"]


def bad_folder(root):
    (root / "bad").mkdir(parents=True)
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (root / "bad" / "huge.txt").write_text(HA_TINH * 100)
    (root / "bad" / "broken.json").write_text('{"text": "Ha Tinh reached')
    (root / "bad" / "lines.jsonl").write_text(
        json.dumps({"id": "ok-line", "text": QUANG_TRI}) + "\n{oops\n", encoding="utf-8"
    )
    return {
        "bad/broken.json": "malformed JSON",
        "bad/empty.txt": "empty file",
        "bad/huge.txt": "too large",
        "bad/image.txt": "binary",
        "bad/lines.jsonl:2": "malformed JSON",
    }


def test_mixed_folder_writes_every_good_record_and_lists_every_bad_file(tmp_path):
    src = tmp_path / "in"
    ids = good_folder(src)
    bad = bad_folder(src)
    out = tmp_path / "out" / "records.jsonl"
    result = invoke(str(src), "--output", str(out), "--workers", "0", "--max-bytes", "20000")
    assert result.exit_code == 1
    records = read_jsonl(out)
    assert sorted(r["id"] for r in records) == sorted([*ids, "ok-line"])
    errors = read_jsonl(out.with_name("records.jsonl.errors.jsonl"))
    assert {e["path"].removeprefix(f"{src}/"): e["reason"] for e in errors}.keys() == bad.keys()
    for error in errors:
        assert bad[error["path"].removeprefix(f"{src}/")] in error["reason"]
    summary = result.output.strip().splitlines()[-1]
    assert re.fullmatch(
        rf"12 articles, 7 records written, 5 failed \(see {re.escape(str(out))}\.errors\.jsonl\), "
        r"[\d.]+ articles/s",
        summary,
    )
    assert not out.with_name("records.jsonl.state.json").exists()


def test_records_are_in_input_order_and_equal_direct_extraction(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    out = tmp_path / "records.jsonl"
    assert invoke(str(src), "-o", str(out), "-w", "0", "-q").exit_code == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [
        "binh-dinh",
        "feed-1",
        "feed:2",
        "national/ha-tinh",
        "one",
        "quang-tri",
    ]
    by_id = {r["id"]: r for r in records}
    nlp = reformnlp.load()
    path = src / "national" / "ha-tinh.txt"
    direct = reformnlp.doc_to_record(nlp(HA_TINH), id="national/ha-tinh", source=str(path))
    assert by_id["national/ha-tinh"] == json.loads(direct.model_dump_json())
    assert by_id["feed-1"]["published"] == "2024-03-14"
    assert by_id["feed-1"]["title"] == "Ha Tinh widens"
    assert by_id["feed:2"]["source"] == "https://example.org/qt"
    page = by_id["binh-dinh"]
    assert (page["title"], page["published"]) == ("Binh Dinh trims paperwork", "2024-05-20")
    assert "VN-31" in {p["code"] for p in page["provinces"]}  # Binh Dinh
    assert "VN-HN" not in {p["code"] for p in page["provinces"]}  # the menu is not read


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
        lambda t: _cp1258(t),
    ],
    ids=["utf8-bom", "utf16", "nfd", "cp1258"],
)
def test_offsets_index_the_text_as_read(tmp_path, encode):
    src = tmp_path / "in"
    src.mkdir()
    (src / "article.txt").write_bytes(encode(VI_NAMES))
    out = tmp_path / "r.jsonl"
    assert invoke(str(src), "-o", str(out), "-w", "0", "-q").exit_code == 0
    text = read_text_file(src / "article.txt")
    [record] = read_jsonl(out)
    provinces = {p["code"]: p for p in record["provinces"]}
    assert len(provinces["VN-23"]["mentions"]) >= 3
    for start, end in provinces["VN-23"]["mentions"]:
        assert fold(text[start:end]) == "ha tinh"
    [official] = record["officials"]
    for start, end in official["mentions"]:
        assert fold(text[start:end]) in fold(official["name"])


def _cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", parts[0]).encode("cp1258")
            out += unicodedata.normalize("NFC", parts[1:]).encode("cp1258", "replace")
    return bytes(out)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_hold_the_rows_of_the_jsonl_records(tmp_path, fmt):
    src = tmp_path / "in"
    good_folder(src)
    reference = tmp_path / "records.jsonl"
    assert invoke(str(src), "-o", str(reference), "-w", "0", "-q").exit_code == 0
    records = [ArticleRecord.model_validate(r) for r in read_jsonl(reference)]
    expected_metrics = [row for record in records for row in metric_rows(record)]
    expected_entities = [row for record in records for row in entity_rows(record)]
    assert expected_entities

    out = tmp_path / f"metrics.{fmt}"
    result = invoke(str(src), "-o", str(out), "-f", fmt, "-w", "0", "-q")
    assert result.exit_code == 0
    assert _read_table(out, fmt) == _normalise(expected_metrics, fmt)
    assert _read_table(entities_path(out), fmt) == _normalise(expected_entities, fmt)
    leftovers = {p.name for p in tmp_path.iterdir()} - {"in", "records.jsonl"}
    assert leftovers == {out.name, entities_path(out).name}


def _read_table(path, fmt) -> list[dict]:
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _normalise(rows: list[dict], fmt: str) -> list[dict]:
    if fmt == "parquet":
        return rows
    out = []
    for row in rows:
        cells = {}
        for key, value in row.items():
            if isinstance(value, bool):
                value = "true" if value else "false"
            cells[key] = "" if value is None else str(value)
        out.append(cells)
    return out


def test_tables_from_a_folder_with_known_figures(tmp_path, monkeypatch):
    """The metric columns carry each figure's value, unit and relations to the table."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "ha-tinh.txt").write_text(HA_TINH, encoding="utf-8")
    metric = Metric(
        quote="reached 57.01%",
        start=10,
        end=24,
        metric="share of dossiers submitted online",
        value=57.01,
        unit="%",
        subject="Ha Tinh",
        period="2023",
    )
    real = batch_module.extract_article

    def with_fixed_metric(article):
        done = real(article)
        record = ArticleRecord.model_validate_json(done.json)
        record.metrics = [metric]
        return batch_module.Extracted(done.id, record.model_dump_json())

    monkeypatch.setattr(batch_module, "extract_article", with_fixed_metric)
    out = tmp_path / "m.parquet"
    assert invoke(str(src), "-o", str(out), "-f", "parquet", "-w", "0", "-q").exit_code == 0
    [row] = pq.read_table(out).to_pylist()
    assert (row["article_id"], row["province"], row["value"], row["unit"]) == (
        "ha-tinh",
        "VN-23",
        57.01,
        "%",
    )
    assert (row["start"], row["end"], row["period"]) == (10, 24, "2023")


def test_resume_after_a_kill_adds_the_missing_records_once(tmp_path):
    src = tmp_path / "in"
    ids = good_folder(src)
    full = tmp_path / "full.jsonl"
    assert invoke(str(src), "-o", str(full), "-w", "0", "-q").exit_code == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)

    out = tmp_path / "killed.jsonl"
    out.write_text(lines[0] + lines[1] + lines[2][: len(lines[2]) // 2], encoding="utf-8")
    state = {"version": 1, "input": str(src.resolve()), "format": "jsonl", "status": "running"}
    out.with_name("killed.jsonl.state.json").write_text(json.dumps(state))

    result = invoke(str(src), "-o", str(out), "-w", "0", "-q", "--resume")
    assert result.exit_code == 0
    assert "2 already in the output" in result.output
    assert "4 records written" in result.output
    resumed = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert resumed[:2] == lines[:2]
    assert sorted(resumed) == sorted(lines)
    assert len({json.loads(line)["id"] for line in resumed}) == len(ids) == len(resumed)
    assert not out.with_name("killed.jsonl.state.json").exists()


def test_resume_of_a_table_run_continues_its_journal(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    full = tmp_path / "full.jsonl"
    assert invoke(str(src), "-o", str(full), "-w", "0", "-q").exit_code == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "m.csv"
    journal = tmp_path / "m.csv.partial.jsonl"
    journal.write_text(lines[0] + lines[1][:40], encoding="utf-8")
    result = invoke(str(src), "-o", str(out), "-f", "csv", "-w", "0", "-q", "--resume")
    assert result.exit_code == 0 and "1 already in the output" in result.output
    entities = _read_table(entities_path(out), "csv")
    expected = [
        row for line in lines for row in entity_rows(ArticleRecord.model_validate_json(line))
    ]
    assert entities == _normalise(expected, "csv")
    assert not journal.exists()


def test_resume_refuses_another_folder(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    out = tmp_path / "r.jsonl"
    out.with_name("r.jsonl.state.json").write_text(
        json.dumps({"input": str(tmp_path / "elsewhere"), "format": "jsonl"})
    )
    result = invoke(str(src), "-o", str(out), "--resume", "-q")
    assert result.exit_code == 2
    assert "resume with the same folder" in result.output


# An article whose second sentence makes the metric reader raise (see ``trap_the_reader``);
# it holds a figure, since the reader reads no sentence after a block's last one.
TRAP = "Ha Tinh settled 4,100 dossiers. This sentence makes the reader raise at 12 centres.\n"


def trap_the_reader(monkeypatch) -> None:
    """Make the metric reader raise IndexError on the sentence of ``TRAP`` that says so."""
    from reformnlp.metrics.reader import StatementReader

    real = StatementReader._sentence

    def fragile(self, ctx, sentence):
        if "makes the reader raise" in ctx.text[sentence[0] : sentence[1]]:
            raise IndexError("list index out of range")
        return real(self, ctx, sentence)

    monkeypatch.setattr(StatementReader, "_sentence", fragile)


@pytest.mark.issue(8)
def test_an_extraction_error_fails_that_article_only_and_says_where(tmp_path, monkeypatch):
    src = tmp_path / "in"
    good_folder(src)
    trap = TRAP
    (src / "trap.txt").write_text(trap, encoding="utf-8")
    trap_the_reader(monkeypatch)
    out = tmp_path / "r.jsonl"
    result = invoke(str(src), "-o", str(out), "-w", "0", "-q")
    assert result.exit_code == 1
    assert len(read_jsonl(out)) == 6  # every other article is written
    [error] = read_jsonl(tmp_path / "r.jsonl.errors.jsonl")
    assert error["path"] == str(src / "trap.txt")
    assert error["error"] == "IndexError" and error["component"] == "metrics"
    assert error["offset"] == trap.index("This sentence")
    assert error["message"] == "list index out of range"
    assert error["reason"] == (
        f"extraction failed: component 'metrics' raised IndexError at offset "
        f"{trap.index('This sentence')}: list index out of range"
    )


def test_an_error_offset_indexes_the_text_as_given(monkeypatch):
    from reformnlp.errors import ExtractionError
    from reformnlp.metrics.reader import StatementReader

    def fragile(self, ctx, sentence):
        if ctx.text[sentence[0] : sentence[1]].startswith("Next"):
            raise ValueError("cannot read")
        return []

    monkeypatch.setattr(StatementReader, "_sentence", fragile)
    # NFD, a no-break space; the second sentence holds a figure, so the reader reads it
    text = "Ha\u0300 Ti\u0303nh\u00a0settled 4,100 dossiers. Next one settled 12."
    with pytest.raises(ExtractionError) as caught:
        reformnlp.extract(text)
    assert caught.value.component == "metrics"
    assert caught.value.offset == text.index("Next")  # not the composed text's offset
    assert isinstance(caught.value.cause, ValueError)


def test_worker_processes_write_the_same_records_as_one_process(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    bad_folder(src)
    here, pool = tmp_path / "here.jsonl", tmp_path / "pool.jsonl"
    config = {"root": src, "max_bytes": 20_000, "chunk_size": 2}
    first = run_batch(BatchConfig(output=here, workers=0, **config), progress=False)
    # Two workers, each replaced after two chunks: restarts lose and reorder nothing.
    second = run_batch(
        BatchConfig(output=pool, workers=2, recycle_after=4, **config), progress=False
    )
    assert (first.written, first.failed) == (second.written, second.failed) == (7, 5)
    assert here.read_text(encoding="utf-8") == pool.read_text(encoding="utf-8")
    assert (tmp_path / "here.jsonl.errors.jsonl").read_text() == (
        tmp_path / "pool.jsonl.errors.jsonl"
    ).read_text()


def test_output_inside_the_input_folder_is_not_read_back(tmp_path):
    good_folder(tmp_path)
    out = tmp_path / "results.jsonl"
    assert invoke(str(tmp_path), "-o", str(out), "-w", "0", "-q").exit_code == 0
    assert invoke(str(tmp_path), "-o", str(out), "-w", "0", "-q").exit_code == 0
    assert len(read_jsonl(out)) == 6


def test_glob_limits_the_walk(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    out = tmp_path / "r.jsonl"
    assert invoke(str(src), "-o", str(out), "--glob", "*.txt", "-w", "0", "-q").exit_code == 0
    assert [r["id"] for r in read_jsonl(out)] == ["national/ha-tinh"]


def test_custom_json_field_options(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "dump.jsonl").write_text(
        json.dumps({"key": "k1", "story": {"plain": HA_TINH}, "when": "2024-03-14"}) + "\n"
    )
    out = tmp_path / "r.jsonl"
    args = ["--text-field", "story.plain", "--id-field", "key", "--date-field", "when"]
    assert invoke(str(src), "-o", str(out), "-w", "0", "-q", *args).exit_code == 0
    [record] = read_jsonl(out)
    assert (record["id"], record["published"]) == ("k1", "2024-03-14")
    assert "VN-23" in {p["code"] for p in record["provinces"]}


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda root: None, "does not exist"),
        (lambda root: root.mkdir(), "no "),
        (lambda root: (root.mkdir(), (root / "x.csv").write_text("a,b")), "no "),
        (lambda root: (root.mkdir(), (root / "x.docx").write_bytes(b"PK")), "no "),
    ],
    ids=["missing", "empty", "only-csv", "only-docx"],
)
def test_unusable_input_folder_exits_2_before_any_work(tmp_path, setup, message):
    root = tmp_path / "in"
    setup(root)
    out = tmp_path / "r.jsonl"
    result = invoke(str(root), "-o", str(out))
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and message in result.output
    assert not out.exists()


def test_unwritable_output_exits_2(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = invoke(str(src), "-o", str(blocker / "r.jsonl"))
    assert result.exit_code == 2 and "cannot write" in result.output
    result = invoke(str(src), "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.output


def test_check_config_rejects_an_unknown_format(tmp_path):
    good_folder(tmp_path)
    with pytest.raises(BatchError, match="unknown format"):
        check_config(BatchConfig(root=tmp_path, output=tmp_path / "x.xlsx", format="xlsx"))


def test_no_progress_bar_when_output_is_not_a_terminal(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    result = invoke(str(src), "-o", str(tmp_path / "r.jsonl"), "-w", "0")
    assert result.output.count("\n") == 1  # the summary line only


def test_to_dataset_from_records_an_output_file_and_a_folder(tmp_path):
    src = tmp_path / "in"
    good_folder(src)
    out = tmp_path / "r.jsonl"
    assert invoke(str(src), "-o", str(out), "-w", "0", "-q").exit_code == 0

    from_file = to_dataset(out, cache_dir=str(tmp_path / "cache"))
    assert from_file.num_rows == 6
    assert from_file[3]["id"] == "national/ha-tinh"
    assert from_file[3]["provinces"][0]["code"] == "VN-23"

    from_folder = to_dataset(src, cache_dir=str(tmp_path / "cache"))
    assert from_folder["id"] == from_file["id"]

    record = ArticleRecord(
        id="x",
        metrics=[Metric(quote="27th", value=27, unit="rank", subject="Ha Tinh")],
    )
    metrics = to_dataset([record, record.model_dump()], table="metrics", keep_in_memory=True)
    assert metrics.num_rows == 2
    assert metrics[0]["value"] == 27.0 and metrics[0]["unit"] == "rank"
    assert metrics.features["rank_total"].dtype == "int64"
    entities = to_dataset(out, table="entities", cache_dir=str(tmp_path / "cache"))
    assert set(entities["type"]) <= {"official", "province", "body"}
    with pytest.raises(ValueError, match="table must be"):
        to_dataset([record], table="people")
