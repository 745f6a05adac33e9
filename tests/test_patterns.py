"""Pattern files: every shipped file validates; broken files fail with file, line and field."""

import shutil
from importlib import resources
from pathlib import Path

import pytest

import reformnlp
from reformnlp.errors import PatternError
from reformnlp.patterns import load_patterns

PACKAGED = Path(str(resources.files("reformnlp.pattern_files")))


def test_every_shipped_file_validates():
    patterns = load_patterns()
    assert len(patterns.provinces) == 63
    units = {row.merged_into or row.name for row in patterns.provinces.values()}
    assert len(units) == 34
    assert sum(row.merged_into is None for row in patterns.provinces.values()) == 11
    assert {row.region for row in patterns.provinces.values()} == set(reformnlp.schema.REGIONS)
    assert len(patterns.bodies) > 50
    assert len(patterns.titles) > 50


@pytest.fixture
def pattern_copy(tmp_path):
    target = tmp_path / "patterns"
    shutil.copytree(PACKAGED, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def _replace_line(path: Path, startswith: str, new: str | None) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(startswith))
    if new is None:
        del lines[index]
    else:
        lines[index] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


# fmt: off
BAD_PATTERNS = [
    # (what is broken, how to break the copy, message that must appear)
    ("unknown region", lambda d: _replace_line(
        d / "provinces.csv", "VN-23,", "VN-23,Ha Tinh,Hà Tĩnh,Central North,province,"),
     r"provinces\.csv:\d+: field 'region'"),
    ("bad ISO code", lambda d: _replace_line(
        d / "provinces.csv", "VN-23,", "23,Ha Tinh,Hà Tĩnh,North Central,province,"),
     r"provinces\.csv:\d+: field 'code'"),
    ("duplicate code", lambda d: _append(
        d / "provinces.csv", "VN-23,Ha Tinh Two,Hà Tĩnh,North Central,province,"),
     r"provinces\.csv:\d+: 'VN-23' is listed twice"),
    ("merged into nothing", lambda d: _replace_line(
        d / "provinces.csv", "VN-23,", "VN-23,Ha Tinh,Hà Tĩnh,North Central,province,Atlantis"),
     r"provinces\.csv:\d+: merged_into 'Atlantis' refers to nothing known"),
    ("alias of an unknown code", lambda d: _append(d / "province_aliases.csv", "VN-99,Nowhere,"),
     r"province_aliases\.csv:\d+: code 'VN-99'"),
    ("alias shared by two provinces", lambda d: _append(d / "province_aliases.csv", "VN-24,Ha Tinh,"),
     r"province_aliases\.csv:\d+: 'Ha Tinh' is listed twice for two provinces"),
    ("missing column", lambda d: (d / "titles.csv").write_text(
        "title,expansion,level\nPrime Minister,,central\n", encoding="utf-8"),
     r"titles\.csv:1: columns .* differ from the expected"),
    ("bad complement", lambda d: _append(d / "titles.csv", "Grand Vizier,,sometimes,central"),
     r"titles\.csv:\d+: field 'complement'"),
    ("too many fields", lambda d: _append(d / "honorifics.csv", "Sir,courtesy,extra"),
     r"honorifics\.csv:\d+: field '\(row\)': has 3 fields"),
    ("invalid JSON", lambda d: _append(d / "bodies.jsonl", '{"id": "x", "name": '),
     r"bodies\.jsonl:\d+: not valid JSON"),
    ("unknown body kind", lambda d: _append(d / "bodies.jsonl",
        '{"id": "x_body", "name": "X Body", "kind": "club", "level": "central"}'),
     r"bodies\.jsonl:\d+: field 'kind'"),
    ("unknown key", lambda d: _append(d / "bodies.jsonl",
        '{"id": "y_body", "name": "Y Body", "kind": "agency", "level": "central", "colour": "red"}'),
     r"bodies\.jsonl:\d+: field 'colour'"),
    ("body alias shared", lambda d: _append(d / "bodies.jsonl",
        '{"id": "z_body", "name": "Government Office", "kind": "agency", "level": "central"}'),
     r"bodies\.jsonl:\d+: 'Government Office' is listed twice"),
    ("body owned by an unknown body", lambda d: _append(d / "bodies.jsonl",
        '{"id": "w_body", "name": "W Body", "kind": "agency", "level": "central", '
        '"owner": "no_such_body"}'),
     r"bodies\.jsonl:\d+: owner 'no_such_body' refers to nothing known"),
    ("local body without form", lambda d: _append(d / "local_bodies.jsonl",
        '{"id": "q", "head": "Quango", "kind": "agency", "city_form": "{province} Q", '
        '"bare_form": "Q"}'),
     r"local_bodies\.jsonl:\d+: field 'provincial_form'"),
    ("local body falling back to an unknown body", lambda d: _append(d / "local_bodies.jsonl",
        '{"id": "q", "head": "Quango Office", "kind": "agency", "provincial_form": "{province} Q", '
        '"city_form": "{province} Q", "bare_form": "Q", "central": "no_such_body"}'),
     r"local_bodies\.jsonl:\d+: central 'no_such_body' refers to nothing known"),
    ("bad furniture kind", lambda d: _append(d / "furniture.csv", "Advert,BANNER,line"),
     r"furniture\.csv:\d+: field 'kind'"),
    ("furniture regex that does not compile", lambda d: _append(d / "furniture.csv",
        '"(?<=x)(unclosed",SOURCE,regex'),
     r"furniture\.csv:\d+: .*no regular expression"),
    ("bad word role", lambda d: _append(d / "words.csv", "said,verb,"),
     r"words\.csv:\d+: field 'role'"),
    ("spelling without the record's spelling", lambda d: _append(d / "words.csv", "programme,spelling,"),
     r"words\.csv:\d+: .*spelling the record writes"),
    ("level word of no level", lambda d: _append(d / "words.csv", "hamlet,level,village"),
     r"words\.csv:\d+: .*value of role level"),
    ("value on a role that takes none", lambda d: _append(d / "words.csv", "said,speech_verb,x"),
     r"words\.csv:\d+: .*role speech_verb takes no value"),
    ("missing file", lambda d: (d / "regions.csv").unlink(),
     r"\[R001\] Pattern file regions\.csv not found"),
]
# fmt: on


@pytest.mark.parametrize(
    ("what", "breakage", "message"), BAD_PATTERNS, ids=[c[0] for c in BAD_PATTERNS]
)
def test_broken_pattern_files_are_reported(pattern_copy, what, breakage, message):
    breakage(pattern_copy)
    with pytest.raises(PatternError, match=message):
        load_patterns(pattern_copy)


def test_missing_folder_raises():
    with pytest.raises(PatternError, match="R001"):
        load_patterns("/no/such/folder")


def test_added_alias_needs_no_code_change(pattern_copy):
    _append(pattern_copy / "province_aliases.csv", "VN-23,Hatinh Land,a test alias")
    nlp = reformnlp.load(patterns=pattern_copy)
    doc = nlp("Officials of Hatinh Land met.")
    assert [s.kb_id_ for s in doc.spans["PROVINCE"]] == ["VN-23"]


def test_added_ministry_needs_no_code_change(pattern_copy):
    _append(
        pattern_copy / "bodies.jsonl",
        '{"id": "ministry_of_tests", "name": "Ministry of Quality Tests", "kind": "ministry", '
        '"level": "central", "acronyms": ["MQT"], "aliases": []}',
    )
    nlp = reformnlp.load(patterns=pattern_copy)
    record = reformnlp.doc_to_record(nlp("The Ministry of Quality Tests (MQT) met; MQT agreed."))
    assert [(b.name, b.kind, len(b.mentions)) for b in record.bodies] == [
        ("Ministry of Quality Tests", "ministry", 3)
    ]


def test_a_cue_phrase_listed_twice_is_reported(pattern_copy):
    from reformnlp.metrics.cues import load_cues

    _append(pattern_copy / "metric_cues.csv", "reached,previous")
    with pytest.raises(PatternError, match=r"metric_cues\.csv:\d+: 'reached' is listed twice"):
        load_cues(str(pattern_copy))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("no_such_index,1", r"metric_editions\.csv:\d+: index 'no_such_index' refers to nothing"),
        ("pci,5", r"metric_editions\.csv:\d+: field 'lag'"),
        ("pci,0", r"metric_editions\.csv:\d+: 'pci' is listed twice"),
    ],
)
def test_a_bad_index_edition_row_is_reported(pattern_copy, row, message):
    from reformnlp.metrics.cues import load_cues

    _append(pattern_copy / "metric_editions.csv", row)
    with pytest.raises(PatternError, match=message):
        load_cues(str(pattern_copy))


def test_an_abbreviation_added_as_data_ends_no_sentence(pattern_copy):
    from reformnlp.metrics.cues import load_cues

    text = "Gen. Luong Tam Quang said 120 units were cut."
    assert len(load_cues(str(pattern_copy)).sentences(text, 0, len(text))) == 2
    _append(pattern_copy / "metric_words.csv", "Gen,abbreviation")
    assert load_cues(str(pattern_copy)).sentences(text, 0, len(text)) == [(0, len(text))]


def test_a_count_opener_added_as_data_lets_the_count_open_its_clause(pattern_copy):
    import reformnlp

    text = "Thereafter, 41 out of 63 provinces and cities were connected in 2023."
    before = reformnlp.doc_to_record(reformnlp.load()(text)).metrics
    assert [m.subject for m in before] == ["national"]
    _append(pattern_copy / "metric_words.csv", "thereafter,count_opener")
    after = reformnlp.doc_to_record(reformnlp.load(patterns=pattern_copy)(text)).metrics
    assert [m.subject for m in after] == ["provinces and cities"]
