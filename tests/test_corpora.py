"""``reformnlp.corpora``: finding the corpora folder and loading a corpus as a Dataset."""

import json
import re
from pathlib import Path

import pytest

from reformnlp import corpora
from reformnlp.errors import InputError
from reformnlp.evaluation import evaluate, gold_predictor
from reformnlp.schema import GoldRecord

ROOT = Path(__file__).resolve().parents[1] / "corpora"
FIXTURES = Path(__file__).parent / "fixtures" / "eval"


def gold_lines(folder: Path) -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_names_lists_folders_with_gold_files():
    found = corpora.names(ROOT)
    assert "gold" in found
    assert all(any((ROOT / n).glob("*.jsonl")) or any((ROOT / n).glob("*.spacy")) for n in found)


def test_load_gold_has_one_row_an_article():
    dataset = corpora.load("gold", path=ROOT)
    lines = gold_lines(ROOT / "gold")
    assert dataset.num_rows == len(lines) > 0
    assert {"id", "origin", "text", "officials", "metrics", "spans", "given"} <= set(
        dataset.column_names
    )
    assert dataset[0]["id"] == lines[0]["id"]
    assert json.loads(dataset[0]["metrics"]) == lines[0]["metrics"]


def test_records_round_trip_exactly():
    dataset = corpora.load("gold", path=ROOT)
    for record, line in zip(corpora.to_records(dataset), gold_lines(ROOT / "gold"), strict=True):
        original = GoldRecord.model_validate(line)
        assert record.model_dump(exclude_unset=True, exclude={"id"}) == original.model_dump(
            exclude_unset=True, exclude={"id"}
        )
        assert record.model_fields_set - {"id"} == original.model_fields_set - {"id"}


def test_dataset_scores_like_the_folder():
    from_folder = evaluate(FIXTURES, predictor=gold_predictor())
    with pytest.warns(UserWarning, match="unknown label 'AGENCY'"):
        dataset = corpora.load(FIXTURES)
    from_dataset = evaluate(dataset, predictor=gold_predictor())
    assert from_dataset.articles == from_folder.articles
    assert from_dataset.span_samples == from_folder.span_samples
    assert from_dataset.types == from_folder.types
    assert {k: (v.tp, v.fn) for k, v in from_dataset.spans.items()} == {
        k: (v.tp, v.fn) for k, v in from_folder.spans.items()
    }


def test_partial_records_keep_what_was_given():
    dataset = corpora.load(FIXTURES / "records.jsonl")
    row = dataset.filter(lambda r: r["id"] == "city-portals")[0]
    assert row["given"] == ["metrics", "provinces"]
    assert row["officials"] is None and row["title"] is None


@pytest.mark.filterwarnings("ignore:.*unknown label")
def test_span_column():
    dataset = corpora.load(FIXTURES / "spans.jsonl")
    spans = json.loads(dataset[0]["spans"])
    assert {"start", "end", "label"} == set(spans[0]) and dataset[0]["given"] == []


def test_strict_load_names_bad_lines():
    with pytest.raises(InputError, match=r"broken\.jsonl:2"):
        corpora.load(FIXTURES / "bad")
    with pytest.warns(UserWarning) as caught:
        assert corpora.load(FIXTURES / "bad", strict=False).num_rows == 2
    assert len(caught) == 5 and any("not valid JSON" in str(w.message) for w in caught)


def test_environment_variable(monkeypatch, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.jsonl").write_text(
        json.dumps({"id": "a", "text": "Hue.", "provinces": []}) + "\n", encoding="utf-8"
    )
    monkeypatch.setenv(corpora.ENV_VAR, str(tmp_path))
    assert corpora.names() == ["mine"]
    assert corpora.load("mine").num_rows == 1


def test_not_found_says_where_it_looked(monkeypatch, tmp_path):
    monkeypatch.delenv(corpora.ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"looked at 'corpora/' in .* and its parents"):
        corpora.load("gold")
    with pytest.raises(InputError, match=re.escape(f"path={tmp_path / 'none'}")):
        corpora.names(tmp_path / "none")


def test_unknown_corpus_lists_known_ones():
    with pytest.raises(InputError, match=r"No corpus 'nope'.*known: .*gold"):
        corpora.load("nope", path=ROOT)
