"""Writers: flat tables read back, atomic replacement, resumable JSONL."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from reformnlp.schema import (
    ArticleRecord,
    Average,
    Body,
    Change,
    Metric,
    Official,
    Previous,
    Province,
    Rank,
)
from reformnlp.writers import (
    ENTITY_COLUMNS,
    METRIC_COLUMNS,
    ErrorLog,
    JsonlSink,
    OutputPaths,
    entities_path,
    entity_rows,
    metric_rows,
    prepare_resume,
    read_records,
    write_tables,
)


def ha_tinh_record() -> ArticleRecord:
    return ArticleRecord(
        id="news/ha-tinh",
        source="news/ha-tinh.txt",
        title="Ha Tinh lifts online filing",
        published="2024-02-02",
        officials=[
            Official(
                name="Lê Ngọc Châu",
                key="le ngoc chau",
                titles=["Vice Chairman of the Ha Tinh Provincial People's Committee", "Member"],
                province="VN-23",
                mentions=[(10, 22), (80, 84)],
            )
        ],
        provinces=[
            Province(
                name="Ha Tinh",
                name_vi="Hà Tĩnh",
                code="VN-23",
                region="North Central",
                mentions=[(0, 7), (40, 47), (90, 97)],
            ),
            Province(name="Quang Binh", name_vi="Quảng Bình", code="VN-24", mentions=[(120, 130)]),
        ],
        bodies=[
            Body(
                name="Quang Binh Provincial People's Committee",
                kind="peoples_committee",
                level="provincial",
                province="VN-24",
                aliases=["Provincial People's Committee", "PPC"],
                mentions=[(140, 170)],
            ),
            Body(name="Government", kind="other", level="central"),
        ],
        metrics=[
            Metric(
                quote="online payments were 34.37%, up 34.3% on 2022 (only 0.77%)",
                start=200,
                end=260,
                metric="online payments",
                value=34.37,
                unit="%",
                subject="Ha Tinh",
                period="2023",
                previous=Previous(period="2022", value=0.77),
                change=Change(value=34.3, unit="%", direction="increase"),
                average=Average(scope="national", value=27.08),
            ),
            Metric(
                quote="ranks 27th of 63 provinces and cities",
                start=300,
                end=337,
                metric="PAR Index",
                value=27,
                unit="rank",
                subject="Quang Binh Provincial People's Committee",
                rank=Rank(position=27, total=63, scope="provinces and cities"),
            ),
            Metric(
                quote="strive for 80% by 2025",
                metric="online dossiers",
                value=80,
                unit="%",
                kind="target",
                approximate=True,
                subject="ministries and branches",
                target=None,
            ),
        ],
    )


def empty_record() -> ArticleRecord:
    return ArticleRecord(id="news/empty", title="Nothing to report")


def test_metric_rows_flatten_every_attribute():
    rows = list(metric_rows(ha_tinh_record()))
    assert len(rows) == 3
    first, rank, target = rows
    assert set(first) == {name for name, _ in METRIC_COLUMNS}
    assert first["article_id"] == "news/ha-tinh" and first["published"] == "2024-02-02"
    assert (first["value"], first["unit"], first["period"]) == (34.37, "%", "2023")
    assert (first["previous_value"], first["previous_period"]) == (0.77, "2022")
    assert (first["change_value"], first["change_unit"], first["change_direction"]) == (
        34.3,
        "%",
        "increase",
    )
    assert (first["average_value"], first["average_scope"]) == (27.08, "national")
    assert (first["start"], first["end"]) == (200, 260)
    assert first["rank_position"] is None
    assert (rank["rank_position"], rank["rank_total"], rank["rank_scope"]) == (
        27,
        63,
        "provinces and cities",
    )
    assert (target["kind"], target["approximate"], target["start"]) == ("target", True, None)


def test_metric_province_is_the_subjects_else_the_articles_first():
    rows = list(metric_rows(ha_tinh_record()))
    assert rows[0]["province"] == "VN-23"  # subject is a province
    assert rows[1]["province"] == "VN-24"  # subject is a body of another province
    assert rows[2]["province"] == "VN-23"  # a scope phrase: the article's first province


def test_entity_rows_cover_officials_provinces_and_bodies():
    rows = list(entity_rows(ha_tinh_record()))
    assert [(r["type"], r["name"]) for r in rows] == [
        ("official", "Lê Ngọc Châu"),
        ("province", "Ha Tinh"),
        ("province", "Quang Binh"),
        ("body", "Quang Binh Provincial People's Committee"),
        ("body", "Government"),
    ]
    official, ha_tinh, _, committee, government = rows
    assert set(official) == {name for name, _ in ENTITY_COLUMNS}
    assert official["key"] == "le ngoc chau"
    assert (
        official["titles"] == "Vice Chairman of the Ha Tinh Provincial People's Committee; Member"
    )
    assert (official["province"], official["n_mentions"]) == ("VN-23", 2)
    assert (ha_tinh["key"], ha_tinh["region"], ha_tinh["n_mentions"]) == (
        "VN-23",
        "North Central",
        3,
    )
    assert (committee["kind"], committee["level"], committee["province"]) == (
        "peoples_committee",
        "provincial",
        "VN-24",
    )
    assert committee["aliases"] == "Provincial People's Committee; PPC"
    assert committee["key"] == "quang binh provincial people's committee"
    assert (government["n_mentions"], government["aliases"]) == (0, None)


def test_entities_path_goes_before_the_suffix(tmp_path):
    assert entities_path(tmp_path / "out.csv") == tmp_path / "out.entities.csv"
    assert entities_path("a/b.metrics.parquet").name == "b.metrics.entities.parquet"
    paths = OutputPaths(tmp_path / "run.jsonl")
    assert paths.errors.name == "run.jsonl.errors.jsonl"
    assert paths.state.name == "run.jsonl.state.json"


def test_csv_tables_read_back(tmp_path):
    out = tmp_path / "metrics.csv"
    counts = write_tables([ha_tinh_record(), empty_record()], out, "csv")
    assert counts == (3, 5)
    with open(out, newline="", encoding="utf-8") as handle:
        metrics = list(csv.DictReader(handle))
    assert [m["value"] for m in metrics] == ["34.37", "27.0", "80.0"]
    assert metrics[0]["quote"] == "online payments were 34.37%, up 34.3% on 2022 (only 0.77%)"
    assert metrics[0]["approximate"] == "false" and metrics[2]["approximate"] == "true"
    assert metrics[0]["rank_total"] == "" and metrics[1]["rank_total"] == "63"
    with open(entities_path(out), newline="", encoding="utf-8") as handle:
        entities = list(csv.DictReader(handle))
    assert entities[0]["name"] == "Lê Ngọc Châu"
    assert {e["article_id"] for e in entities} == {"news/ha-tinh"}


def test_csv_tables_load_in_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "m.csv"
    write_tables([ha_tinh_record()], out, "csv")
    frame = pd.read_csv(out)
    assert frame["value"].tolist() == [34.37, 27.0, 80.0]
    assert frame["approximate"].tolist() == [False, False, True]
    assert frame.columns[0] == "article_id"


def test_parquet_tables_read_back_with_types(tmp_path):
    out = tmp_path / "metrics.parquet"
    write_tables([ha_tinh_record(), empty_record()], out, "parquet")
    table = pq.read_table(out)
    assert table.schema.field("value").type == "double"
    assert table.schema.field("rank_total").type == "int64"
    assert table.schema.field("approximate").type == "bool"
    rows = table.to_pylist()
    assert [r["value"] for r in rows] == [34.37, 27.0, 80.0]
    assert rows[1]["rank_total"] == 63 and rows[0]["rank_total"] is None
    entities = pq.read_table(entities_path(out)).to_pylist()
    assert [e["type"] for e in entities].count("body") == 2
    assert entities[0]["n_mentions"] == 2


def test_empty_tables_still_have_their_columns(tmp_path):
    write_tables([empty_record()], tmp_path / "m.parquet", "parquet")
    assert pq.read_table(tmp_path / "m.parquet").num_rows == 0
    assert pq.read_table(tmp_path / "m.parquet").schema.names == [n for n, _ in METRIC_COLUMNS]
    write_tables([], tmp_path / "m.csv", "csv")
    assert (tmp_path / "m.csv").read_text().startswith("article_id,published,province,")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_failed_write_leaves_the_old_tables_and_no_temporary_files(tmp_path, fmt):
    out = tmp_path / f"m.{fmt}"
    write_tables([ha_tinh_record()], out, fmt)
    before = (out.read_bytes(), entities_path(out).read_bytes())

    def records():
        yield ha_tinh_record()
        raise RuntimeError("killed mid-run")

    with pytest.raises(RuntimeError):
        write_tables(records(), out, fmt)
    assert (out.read_bytes(), entities_path(out).read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, entities_path(out).name])


def test_prepare_resume_cuts_a_partial_line_and_returns_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    whole = [ArticleRecord(id=f"a{i}").model_dump_json() for i in range(3)]
    out.write_text("\n".join(whole) + '\n{"id":"a3","title":"cut of', encoding="utf-8")
    assert prepare_resume(out) == {"a0", "a1", "a2"}
    assert out.read_text(encoding="utf-8") == "\n".join(whole) + "\n"
    assert [r.id for r in read_records(out)] == ["a0", "a1", "a2"]


def test_prepare_resume_drops_a_garbled_whole_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id":"a0"}\n{"id":"a1", "ti\x00\n')
    assert prepare_resume(out) == {"a0"}
    assert out.read_bytes() == b'{"id":"a0"}\n'


def test_prepare_resume_of_a_missing_file_is_empty(tmp_path):
    assert prepare_resume(tmp_path / "none.jsonl") == set()


def test_jsonl_sink_appends_whole_lines(tmp_path):
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out)
    sink.write('{"id":"x"}')
    sink.flush()
    assert out.read_text() == '{"id":"x"}\n'
    sink.close()
    again = JsonlSink(out, append=True)
    again.write('{"id":"y"}')
    again.close()
    assert out.read_text().splitlines() == ['{"id":"x"}', '{"id":"y"}']


def test_error_log_replaces_a_stale_log_and_is_only_created_on_failure(tmp_path):
    path = tmp_path / "out.jsonl.errors.jsonl"
    path.write_text('{"path": "old", "reason": "stale"}\n')
    log = ErrorLog(path)
    log.close()
    assert not path.exists()
    log = ErrorLog(path)
    log.add("in/a.txt", "empty file")
    log.close()
    assert [json.loads(line) for line in path.read_text().splitlines()] == [
        {"path": "in/a.txt", "reason": "empty file"}
    ]
