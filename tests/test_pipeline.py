"""The pipeline as spaCy users meet it: load, pipe, pickle, to_disk/spacy.load, models/."""

import pickle
from pathlib import Path

import pytest
import spacy

import reformnlp
from reformnlp.errors import ExtractionError
from reformnlp.metrics import reader as reader_module
from reformnlp.pipeline import build_model

MODELS = Path(__file__).resolve().parents[1] / "models" / "reformnlp_pipeline"

ARTICLE = (
    "Quang Ninh keeps the lead\n\n"
    "HA LONG — Chairman of the Quang Ninh Provincial People's Committee Cao Tuong Huy said the "
    "province scored 91.2 points in the PAR Index in 2023. The Department of Home Affairs said "
    "online applications reached 85.3%.\n"
)


def test_load_gives_named_components(nlp):
    assert nlp.pipe_names == ["page", "gazetteer", "entities", "officials", "metrics"]


def test_extract_sets_id_and_source():
    record = reformnlp.extract(ARTICLE, id="qn-1", source="https://example.org/qn")
    assert (record.id, record.source) == ("qn-1", "https://example.org/qn")
    assert [o.name for o in record.officials] == ["Cao Tuong Huy"]


def test_record_json_has_spec_shape():
    data = reformnlp.extract(ARTICLE).model_dump(mode="json")
    assert list(data) == [
        "id",
        "source",
        "title",
        "published",
        "author",
        "officials",
        "provinces",
        "bodies",
        "metrics",
    ]
    assert data["provinces"][0]["mentions"][0] == [
        ARTICLE.index("Quang Ninh"),
        ARTICLE.index("Quang Ninh") + len("Quang Ninh"),
    ]


def test_spans_live_on_the_doc(nlp):
    doc = nlp(ARTICLE)
    for key in ("PROVINCE", "BODY", "OFFICIAL", "TITLE", "INDEX", "furniture"):
        assert key in doc.spans
    assert doc.spans["OFFICIAL"][0].kb_id_ == "cao tuong huy"


def test_pipe_with_two_processes_matches_single(nlp):
    texts = [ARTICLE, ARTICLE.replace("Quang Ninh", "Ha Tinh")]
    single = [reformnlp.doc_to_record(d) for d in nlp.pipe(texts)]
    double = [reformnlp.doc_to_record(d) for d in nlp.pipe(texts, n_process=2)]
    assert single == double


def test_pipeline_pickles(nlp):
    clone = pickle.loads(pickle.dumps(nlp))
    assert reformnlp.doc_to_record(clone(ARTICLE)) == reformnlp.doc_to_record(nlp(ARTICLE))


def test_to_disk_and_spacy_load_round_trip(tmp_path, nlp):
    path = build_model(tmp_path / "pipeline")
    loaded = spacy.load(path)
    assert loaded.pipe_names == nlp.pipe_names
    assert reformnlp.doc_to_record(loaded(ARTICLE)) == reformnlp.doc_to_record(nlp(ARTICLE))


def test_committed_model_loads_and_matches_load(nlp, seed_text):
    loaded = spacy.load(MODELS)
    for text in (ARTICLE, seed_text):
        assert reformnlp.doc_to_record(loaded(text)) == reformnlp.doc_to_record(nlp(text))


def test_committed_model_is_current(tmp_path):
    """models/ is rebuilt from patterns/ by `reformnlp build-model`, never edited by hand."""
    fresh = build_model(tmp_path / "fresh")
    for name in ("config.cfg", "gazetteer/patterns"):
        assert (fresh / name).read_text(encoding="utf-8") == (MODELS / name).read_text(
            encoding="utf-8"
        ), f"models/ is stale: run `reformnlp build-model` ({name} differs)"


def test_docbin_round_trip_keeps_everything_the_record_needs(nlp, seed_text):
    from spacy.tokens import DocBin

    docs = [nlp(ARTICLE), nlp(seed_text)]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [reformnlp.doc_to_record(d) for d in restored] == [
        reformnlp.doc_to_record(d) for d in docs
    ]


def test_extract_leaves_the_vocabulary_as_it_found_it():
    """Memory stays flat over a long run: what an article adds to the string store is freed
    (spaCy memory zones), however many new names and numbers the articles bring."""
    reformnlp.extract("Ha Tinh settled 98.2% of dossiers on time in 2023.")
    strings = reformnlp._default_pipeline().vocab.strings
    before = len(strings)
    for i in range(30):
        record = reformnlp.extract(
            f"Commune Xyzzyq{i} settled {1000 + 7 * i:,} dossiers, Vice Chairman Tran Qwertz{i} said."
        )
        assert record.metrics[0].value == 1000 + 7 * i
    assert len(strings) == before


def test_a_pictograph_inside_a_word_is_read_past_and_quotes_keep_it():
    text = "Minister of Hom🌞e Affairs Le Van Thanh said the city cut 1🌠2 units and 45 posts."
    record = reformnlp.extract(text)
    assert [(o.name, o.titles) for o in record.officials] == [
        ("Le Van Thanh", ["Minister of Home Affairs"])
    ]
    # only a pictograph between two letters is dropped; the figure's quote is the page's text
    metric = record.metrics[-1]
    assert metric.value == 45.0
    assert metric.quote == text[metric.start : metric.end]


def test_a_sentence_the_rules_fail_on_loses_its_figures_not_the_article(nlp, monkeypatch):
    text = "Ha Tinh reached 95% online filing. Odd 12 dossiers. Quang Tri reached 88% on time."
    original = reader_module.StatementReader._sentence

    def failing(self, ctx, sentence):
        if "Odd" in ctx.text[sentence[0] : sentence[1]]:
            raise ValueError("a rule failed")
        return original(self, ctx, sentence)

    monkeypatch.setattr(reader_module.StatementReader, "_sentence", failing)
    monkeypatch.delenv(reader_module.STRICT_ENV, raising=False)
    record = reformnlp.doc_to_record(nlp(text))
    assert [(m.value, m.subject) for m in record.metrics] == [
        (95.0, "Ha Tinh"),
        (88.0, "Quang Tri"),
    ]
    monkeypatch.setenv(reader_module.STRICT_ENV, "1")
    with pytest.raises(ExtractionError):  # the test suite's strict mode: the rule's error
        reformnlp.run(nlp, text)
