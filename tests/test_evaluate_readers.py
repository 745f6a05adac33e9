"""Reading gold: format detection, DocBins, HTML pages, and problems reported with a fix."""

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from reformnlp.errors import InputError
from reformnlp.evaluation import evaluate, gold_predictor, read_gold
from reformnlp.schema import GoldRecord

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


def problems_by_line(gold):
    return {p.origin.rsplit(":", 1)[1]: p for p in gold.problems}


def test_broken_lines_become_problems_with_line_and_fix():
    gold = read_gold(FIXTURES / "bad" / "broken.jsonl")
    assert [s.id for s in gold.samples] == ["ok", "bad-quote"]
    found = problems_by_line(gold)
    assert set(found) == {"2", "3", "4", "5", "6"}
    assert "not valid JSON" in found["2"].message
    assert "metrics.0.value" in found["3"].message and "'eighty'" not in found["3"].message
    assert '"eighty"' in found["3"].message
    assert "'province'" in found["4"].message and "remove 'province'" in found["4"].fix
    assert "no 'text'" in found["5"].message
    assert found["6"].severity == "warning" and found["6"].fix == "set start/end to 8-19"
    assert all(p.origin.endswith(f"broken.jsonl:{line}") for line, p in found.items())


def test_problems_never_stop_the_run():
    result = evaluate(FIXTURES / "bad" / "broken.jsonl", predictor=gold_predictor())
    assert result.articles == 2
    assert sum(p.severity == "error" for p in result.problems) == 4


def test_format_detected_per_line(tmp_path):
    record = json.loads((FIXTURES / "records.jsonl").read_text(encoding="utf-8").splitlines()[2])
    span_task = {
        "text": "Lao Cai and Yen Bai.",
        "spans": [{"start": 0, "end": 7, "label": "PROVINCE"}],
        "_view_id": "spans_manual",
    }
    both = {**record, "spans": [{"start": 0, "end": 12, "label": "PROVINCE"}]}
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in (record, span_task, both)), encoding="utf-8")
    gold = read_gold(path)
    kinds = [(s.record is not None, s.spans is not None) for s in gold.samples]
    assert kinds == [(True, False), (False, True), (True, True)]
    assert not gold.problems


def test_prodigy_rejects_skipped_and_ids_from_meta():
    gold = read_gold(FIXTURES / "spans.jsonl")
    assert gold.skipped == 1
    assert [s.id for s in gold.samples] == ["lao-cai-spans", "nghe-an-spans"]


def test_span_text_that_disagrees_with_offsets(tmp_path):
    path = tmp_path / "s.jsonl"
    task = {
        "text": "Officials in Nghe An met.",
        "spans": [{"start": 12, "end": 19, "label": "PROVINCE", "text": "Nghe An"}],
    }
    path.write_text(json.dumps(task), encoding="utf-8")
    (problem,) = read_gold(path).problems
    assert "reads ' Nghe A'" in problem.message and problem.fix == "move the offsets to 13-20"


def test_docbin_input(tmp_path):
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Hanoi and Hue cut 1,200 procedures.")
    doc.spans["sc"] = [
        doc.char_span(0, 5, label="PROVINCE"),
        doc.char_span(10, 13, label="PROVINCE"),
    ]
    doc.ents = [doc.char_span(18, 34, label="METRIC")]
    other = nlp.make_doc("Hanoi listed 9 services.")
    other.spans["PROVINCE"] = [other.char_span(0, 5)]
    path = tmp_path / "gold.spacy"
    DocBin(docs=[doc, other], store_user_data=True).to_disk(path)
    gold = read_gold(path)
    assert [s.origin.rsplit("#", 1)[1] for s in gold.samples] == ["1", "2"]
    assert sorted((s.start, s.end, s.label) for s in gold.samples[0].spans) == [
        (0, 5, "PROVINCE"),
        (10, 13, "PROVINCE"),
        (18, 34, "METRIC"),
    ]
    assert [(s.label) for s in gold.samples[1].spans] == ["PROVINCE"]
    result = evaluate(path, predictor=gold_predictor())
    assert result.span_samples == 2 and result.spans_total.f1 == 1.0


def test_unreadable_docbin_is_a_problem(tmp_path):
    path = tmp_path / "broken.spacy"
    path.write_bytes(b"not a docbin")
    gold = read_gold(path)
    assert not gold.samples and "not a readable DocBin" in gold.problems[0].message


def test_objects_and_records_accepted():
    record = GoldRecord(
        text="Hai Phong City was named.", provinces=[{"name": "Hai Phong", "code": "VN-HP"}]
    )
    result = evaluate([record, {"text": "Hue.", "provinces": []}], predictor=gold_predictor())
    assert result.articles == 2 and result.types["provinces"].tp == 1
    assert result.types["provinces"].articles == 2


def test_missing_path_raises(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_gold(tmp_path / "nowhere.jsonl")


def test_empty_folder_is_a_problem(tmp_path):
    gold = read_gold(tmp_path)
    assert not gold.samples and gold.problems[0].message == "no gold samples found"


def test_duplicate_ids_warned(tmp_path):
    line = json.dumps({"id": "same", "text": "Hue.", "provinces": []})
    path = tmp_path / "d.jsonl"
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    result = evaluate(path, predictor=gold_predictor())
    assert any("also used at" in p.message and p.origin.endswith(":2") for p in result.problems)


def test_html_gold_text_is_extracted(tmp_path):
    page = (
        "<html><head><title>Bac Giang raises online rate</title></head><body><article>"
        "<h1>Bac Giang raises online rate</h1>"
        "<p>Bac Giang province settled 92.5% of its dossiers online in 2024, the provincial "
        "Department of Home Affairs said on Tuesday after a review of its service centres."
        "</p><p>The province aims to settle every eligible dossier online by the end of "
        "next year, officials told a conference held in the provincial capital.</p>"
        "</article></body></html>"
    )
    line = {
        "id": "html-page",
        "text": page,
        "metrics": [
            {
                "quote": "settled 92.5% of its dossiers online",
                "start": 3,
                "end": 9,
                "value": 92.5,
                "unit": "%",
            }
        ],
    }
    path = tmp_path / "h.jsonl"
    path.write_text(json.dumps(line), encoding="utf-8")
    gold = read_gold(path)
    (sample,) = gold.samples
    assert sample.from_html and "<" not in sample.text and "92.5%" in sample.text
    assert sample.record.metrics[0].start is None
    assert any("HTML gold" in p.message for p in gold.problems)


# --- gold that names its text instead of holding it ----------------------------------------
PAGE = "Lang Son settled 96.4% of its dossiers on time in 2024, up from 91.2% in 2023.\n"
FACTS = {
    "id": "lang-son-2024",
    "provinces": [{"name": "Lang Son", "code": "VN-09"}],
    "metrics": [{"start": 0, "end": 54, "value": 96.4, "unit": "%", "subject": "Lang Son"}],
}


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _facts_only(tmp_path, **extra) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "lang-son-2024.txt").write_text(PAGE, encoding="utf-8", newline="")
    gold = tmp_path / "gold" / "facts.jsonl"
    gold.parent.mkdir()
    gold.write_text(json.dumps({**FACTS, "text_sha256": _sha(PAGE), **extra}), encoding="utf-8")
    return gold


def test_text_is_read_from_the_texts_folder_by_id(tmp_path):
    gold = read_gold(_facts_only(tmp_path), texts=tmp_path / "texts")
    (sample,) = gold.samples
    assert sample.text == PAGE and not gold.problems
    metric = sample.record.metrics[0]
    assert metric.quote == PAGE[0:54] == "Lang Son settled 96.4% of its dossiers on time in 2024"


def test_text_path_is_relative_to_the_gold_file(tmp_path):
    gold = read_gold(_facts_only(tmp_path, text_path="../texts/lang-son-2024.txt"))
    assert [s.text for s in gold.samples] == [PAGE]


def test_a_text_that_changed_is_refused_with_its_hashes(tmp_path):
    path = _facts_only(tmp_path)
    (tmp_path / "texts" / "lang-son-2024.txt").write_text(PAGE.replace("96.4", "86.4"))
    gold = read_gold(path, texts=tmp_path / "texts")
    assert not gold.samples
    (problem,) = gold.problems
    assert "sha256" in problem.message and "not the one annotated" in problem.message
    assert _sha(PAGE)[:12] in problem.message


def test_a_missing_text_names_where_it_looked(tmp_path):
    path = _facts_only(tmp_path)
    gold = read_gold(path)
    assert not gold.samples
    assert "--texts" in gold.problems[0].fix
    assert "was not found" in gold.problems[0].message


def test_texts_folder_must_exist(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_gold(_facts_only(tmp_path), texts=tmp_path / "nowhere")


def test_evaluate_scores_facts_only_gold(tmp_path):
    result = evaluate(_facts_only(tmp_path), texts=tmp_path / "texts", predictor=gold_predictor())
    assert result.articles == 1 and result.f1("metrics") == 1.0
