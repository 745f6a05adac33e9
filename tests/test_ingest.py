"""Reading article folders: file types, encodings, ids, order and bad input."""

from __future__ import annotations

import codecs
import json
import os
import unicodedata

import pytest

from reformnlp.errors import InputError
from reformnlp.ingest import (
    _TCVN3,
    Article,
    Failure,
    Fields,
    FileTask,
    decode_bytes,
    html_to_article,
    iter_articles,
    iter_tasks,
    markdown_article,
    parse_date,
    read_text_file,
)

VI_TEXT = (
    "Tỉnh Hà Tĩnh đạt tỷ lệ hồ sơ trực tuyến 57,01% trong năm 2023, cao hơn mức bình quân "
    "cả nước. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Ngọc Châu chủ trì hội nghị.\n"
)
EN_TEXT = (
    "Hà Tĩnh lifts online filing\n\n"
    "The share of dossiers filed online in Hà Tĩnh province reached 57.01% in 2023, "
    "above the national average, Vice Chairman Lê Ngọc Châu told a review meeting in Đồng Hới.\n"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: precomposed where the code page has the letter."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


def encode_tcvn3(text: str) -> bytes:
    """TCVN3 bytes (lower-case toned letters only, as the legacy fonts had)."""
    table = {char: byte for byte, char in _TCVN3.items()}
    return bytes(ord(c) if c.isascii() else table[c] for c in unicodedata.normalize("NFC", text))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (EN_TEXT.encode("utf-8"), EN_TEXT),
        (codecs.BOM_UTF8 + EN_TEXT.encode("utf-8"), EN_TEXT),
        (EN_TEXT.encode("utf-16"), EN_TEXT),
        (codecs.BOM_UTF16_BE + EN_TEXT.encode("utf-16-be"), EN_TEXT),
        (EN_TEXT.encode("utf-32"), EN_TEXT),
        (EN_TEXT.encode("utf-16-le"), EN_TEXT),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf32-bom", "utf16le-no-bom"],
)
def test_unicode_encodings_decode_with_bom_stripped(encoded, expected):
    assert decode_bytes(encoded) == expected


@pytest.mark.parametrize("text", [VI_TEXT, EN_TEXT], ids=["vietnamese", "english-with-names"])
def test_windows_1258_decodes_to_the_same_letters(text):
    decoded = decode_bytes(encode_cp1258(text))
    # Windows-1258 writes tones as combining marks: same letters, decomposed form.
    assert nfc(decoded) == nfc(text)


def test_tcvn3_is_recognised():
    text = "ông lê ngọc châu cho biết tỷ lệ hồ sơ trực tuyến của tỉnh đạt 57,01% năm 2023.\n"
    assert decode_bytes(encode_tcvn3(text)) == text


def test_tcvn3_and_1258_are_told_apart_on_the_same_text():
    text = "hội nghị trực tuyến về cải cách hành chính của đồng chí lê ngọc châu.\n"
    assert nfc(decode_bytes(encode_cp1258(text))) == text
    assert decode_bytes(encode_tcvn3(text)) == text


def test_windows_1252_english_keeps_its_punctuation():
    text = "The centre\u2019s \u201cone-stop\u201d desk \u2013 caf\u00e9 nearby.\n"
    assert decode_bytes(text.encode("cp1252")) == text


def test_nfd_text_is_kept_as_read():
    nfd = unicodedata.normalize("NFD", EN_TEXT)
    assert decode_bytes(nfd.encode("utf-8")) == nfd


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"%PDF-1.7\n" + bytes(range(0, 32)) * 40,
        bytes((i * 131 + 7) % 256 for i in range(4000)),
    ],
    ids=["png", "control-heavy", "noise"],
)
def test_binary_data_is_refused(data):
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)


def test_read_text_file_refuses_empty_and_oversized(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n ")
    with pytest.raises(InputError, match="empty"):
        read_text_file(empty)
    big = tmp_path / "big.txt"
    big.write_text("Ha Tinh. " * 200)
    with pytest.raises(InputError, match="too large"):
        read_text_file(big, max_bytes=1000)
    assert read_text_file(big, max_bytes=10_000).startswith("Ha Tinh.")


def test_unreadable_file_is_a_failure(tmp_path):
    (tmp_path / "a.txt").write_text(EN_TEXT)
    locked = tmp_path / "locked.txt"
    locked.write_text(EN_TEXT)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user that reads any file")
        items = list(iter_articles(tmp_path))
    finally:
        locked.chmod(0o644)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Failure) and "unreadable" in items[1].reason


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14T09:12:00+07:00", "2024-03-14"),
        ("14/03/2024", "2024-03-14"),
        ("09:12, 02/02/2024", "2024-02-02"),
        ("2024/3/4", "2024-03-04"),
        ("March 14, 2024", "2024-03-14"),
        ("14 March 2024", "2024-03-14"),
        ("May 2nd, 2025", "2025-05-02"),
        (1710403200, "2024-03-14"),
        (1710403200000, "2024-03-14"),
        ("31/02/2024", None),
        ("yesterday", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quang Tri opens its one-stop centre | Central News</title>
<meta property="og:title" content="Quang Tri opens its one-stop centre">
<meta property="article:published_time" content="2025-07-02T08:00:00+07:00">
</head><body>
<nav><a href="/">Home</a> <a href="/ha-noi">Ha Noi</a> <a href="/hcm">HCM City</a></nav>
<article><h1>Quang Tri opens its one-stop centre</h1>
<p>The new public administration service centre of Quang Tri province began receiving dossiers
on Tuesday, handling 1,952 administrative procedures in one place.</p>
<figure><img src="c.jpg"><figcaption>Residents queue at the new service desks.</figcaption></figure>
<p>Director of the provincial Department of Home Affairs Nguyen Van Hung said 98.4% of dossiers
received in the trial month were settled on time or early, and the province aims for full
online payment of fees by the end of the year.</p>
</article>
<aside><h3>Related news</h3><ul><li><a href="/x">Binh Dinh trims paperwork</a></li></ul></aside>
<footer>Copyright Central News</footer></body></html>
"""


def test_html_to_article_takes_main_text_title_and_date():
    article = html_to_article(PAGE, source="pages/quang-tri.html")
    assert article.title == "Quang Tri opens its one-stop centre"
    assert article.published == "2025-07-02"
    assert article.source == "pages/quang-tri.html"
    assert article.text.startswith("Quang Tri opens its one-stop centre")
    assert "1,952 administrative procedures" in article.text
    assert "98.4% of dossiers" in article.text
    for furniture in ("Residents queue", "Binh Dinh trims", "Copyright", "HCM City"):
        assert furniture not in article.text


def test_html_bytes_in_a_legacy_encoding_follow_the_declared_charset():
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1258"').replace(
        "Nguyen Van Hung", "Nguyễn Văn Hùng"
    )
    article = html_to_article(encode_cp1258(page))
    assert "Nguyễn Văn Hùng" in nfc(article.text)


def test_html_headline_heads_the_text_when_the_body_lacks_it():
    page = PAGE.replace("<h1>Quang Tri opens its one-stop centre</h1>", "")
    article = html_to_article(page)
    assert article.text.startswith("Quang Tri opens its one-stop centre\n\n")


def test_html_without_text_fails():
    with pytest.raises(InputError, match="no article text"):
        html_to_article("<html><body><script>var page = 1;</script></body></html>")


# --------------------------------------------------------------------------- Markdown


def test_markdown_markup_is_blanked_in_place():
    text = (
        "---\ntitle: Ha Tinh cuts paperwork\ndate: 2024-03-14\nurl: https://example.org/a\n---\n"
        "# Ha Tinh cuts paperwork\n\n"
        "The **Ha Tinh** centre settled [90.75%](https://example.org/r) of dossiers on time.\n"
        "- online payments rose to *34.37%*\n"
        "![chart](img/chart.png)\n"
    )
    article = markdown_article(text, "md/a", "md/a.md")
    assert len(article.text) == len(text)
    assert article.title == "Ha Tinh cuts paperwork"
    assert article.published == "2024-03-14"
    assert article.source == "https://example.org/a"
    for kept in ("Ha Tinh cuts paperwork", "90.75%", "34.37%", "Ha Tinh"):
        start = text.index(kept, text.index("# "))
        assert article.text[start : start + len(kept)] == kept
    for gone in ("**", "](", "chart.png", "title:", "# ", "- online"):
        assert gone not in article.text


# --------------------------------------------------------------------------- folders


def write_folder(root):
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "a.txt").write_text(EN_TEXT, encoding="utf-8")
    (root / "b.md").write_text("# Ha Tinh review\n\nThe province ranked 27th.\n", encoding="utf-8")
    (root / "nested" / "c.html").write_text(PAGE, encoding="utf-8")
    (root / "nested" / "deeper" / "d.json").write_text(
        json.dumps(
            {
                "headline": "PAR review",
                "content": "Ha Tinh reached 57.01%.",
                "published": "02/02/2024",
                "source": "https://example.org/d",
            }
        ),
        encoding="utf-8",
    )
    (root / "feed.jsonl").write_text(
        json.dumps({"id": "vn-1", "text": "Quang Tri settled 98.4% on time.", "date": "2025-07-02"})
        + "\n{not json at all\n\n"
        + json.dumps({"body": "Hue City ranked 2nd in the SIPAS survey.", "url": "u3"})
        + "\n"
        + json.dumps({"title": "no text here"})
        + "\n",
        encoding="utf-8",
    )
    (root / "notes.csv").write_text("ignored,file\n")
    (root / ".hidden.txt").write_text("hidden")
    (root / ".cache" / "x.txt").write_text("cached")


def test_folder_walk_yields_every_type_in_sorted_order_with_ids(tmp_path):
    write_folder(tmp_path)
    items = list(iter_articles(tmp_path))
    ids = [item.id if isinstance(item, Article) else item.path for item in items]
    root = str(tmp_path)
    assert ids == [
        "a",
        "b",
        "vn-1",
        f"{root}/feed.jsonl:2",
        "feed:4",
        f"{root}/feed.jsonl:5",
        "nested/c",
        "nested/deeper/d",
    ]
    by_id = {item.id: item for item in items if isinstance(item, Article)}
    assert by_id["a"].text == EN_TEXT and by_id["a"].source == f"{root}/a.txt"
    assert by_id["b"].title == "Ha Tinh review"
    assert by_id["vn-1"].published == "2025-07-02"
    assert by_id["vn-1"].location == f"{root}/feed.jsonl:1"
    assert by_id["feed:4"].source == "u3"
    assert by_id["nested/c"].title == "Quang Tri opens its one-stop centre"
    d = by_id["nested/deeper/d"]
    assert (d.title, d.published, d.source) == ("PAR review", "2024-02-02", "https://example.org/d")
    reasons = {item.path: item.reason for item in items if isinstance(item, Failure)}
    assert reasons[f"{root}/feed.jsonl:2"].startswith("malformed JSON")
    assert "no text" in reasons[f"{root}/feed.jsonl:5"]


def test_walk_is_lazy_and_splits_jsonl_in_the_parent(tmp_path):
    write_folder(tmp_path)
    items = list(iter_tasks(tmp_path))
    assert [type(i).__name__ for i in items] == [
        "FileTask",
        "FileTask",
        "Article",
        "Failure",
        "Article",
        "Failure",
        "FileTask",
        "FileTask",
    ]
    assert items[0] == FileTask(str(tmp_path / "a.txt"), "a", ".txt")


def test_glob_filters_on_name_or_relative_path(tmp_path):
    write_folder(tmp_path)
    assert [a.id for a in iter_articles(tmp_path, glob="*.html")] == ["nested/c"]
    assert [a.id for a in iter_articles(tmp_path, glob="nested/deeper/*")] == ["nested/deeper/d"]


def test_custom_json_fields(tmp_path):
    (tmp_path / "x.json").write_text(
        json.dumps({"meta": {"key": "k-7", "when": "2024-05-01"}, "article": {"html": "Ha Tinh."}})
    )
    fields = Fields.from_options(text="article.html", id="meta.key", date="meta.when, date")
    [article] = iter_articles(tmp_path, fields=fields)
    assert (article.id, article.text, article.published) == ("k-7", "Ha Tinh.", "2024-05-01")


def test_json_text_holding_html_is_extracted(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps({"id": "h", "content": PAGE}))
    [article] = iter_articles(tmp_path)
    assert article.id == "h"
    assert "1,952 administrative procedures" in article.text
    assert "Related news" not in article.text


def test_json_escaped_lone_surrogates_are_read_as_replacement_characters(tmp_path):
    # json.dumps escapes the surrogate ("\\udce1"); json.loads gives it back unpaired
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"id": "s\udcba", "title": "T\udce1", "text": "Ha Tinh.\udce1 It rose."}) + "\n"
    )
    [article] = iter_articles(tmp_path)
    assert (article.id, article.title, article.text) == (
        "s\ufffd",
        "T\ufffd",
        "Ha Tinh.\ufffd It rose.",
    )
    article.text.encode("utf-8")  # writable


def test_json_list_gives_one_article_per_object(tmp_path):
    (tmp_path / "many.json").write_text(json.dumps([{"text": "One."}, {"x": 1}, {"text": "Two."}]))
    items = list(iter_articles(tmp_path))
    assert [getattr(i, "id", None) for i in items] == ["many:1", None, "many:3"]
    assert items[1].path.endswith("many.json:2")


def test_files_differing_only_by_suffix_keep_distinct_ids(tmp_path):
    (tmp_path / "x.txt").write_text("Ha Tinh.")
    (tmp_path / "x.md").write_text("Quang Tri.")
    assert [a.id for a in iter_articles(tmp_path)] == ["x.md", "x.txt"]


def test_bad_files_fail_alone(tmp_path):
    (tmp_path / "0-good.txt").write_text(EN_TEXT)
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "3-big.txt").write_text("x" * 3000)
    (tmp_path / "4-broken.json").write_text('{"text": "unterminated')
    (tmp_path / "5-utf16.jsonl").write_bytes(
        (json.dumps({"text": "Hà Tĩnh reached 57.01%."}, ensure_ascii=False) + "\n").encode(
            "utf-16"
        )
    )
    (tmp_path / "6-cp1258.txt").write_bytes(encode_cp1258(VI_TEXT))
    items = list(iter_articles(tmp_path, max_bytes=2000))
    kinds = [(type(i).__name__, getattr(i, "reason", "")) for i in items]
    assert kinds[0] == ("Article", "")
    assert kinds[1] == ("Failure", "empty file")
    assert kinds[2] == ("Failure", "binary file (not text)")
    assert kinds[3][0] == "Failure" and "too large" in kinds[3][1]
    assert kinds[4][0] == "Failure" and "malformed JSON" in kinds[4][1]
    assert items[5].text == "Hà Tĩnh reached 57.01%." and items[5].id == "5-utf16:1"
    assert nfc(items[6].text) == VI_TEXT


def test_bom_is_stripped_from_files(tmp_path):
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + EN_TEXT.encode())
    (tmp_path / "bom.jsonl").write_bytes(codecs.BOM_UTF8 + b'{"text": "Ha Tinh."}\n')
    texts = [a.text for a in iter_articles(tmp_path)]
    assert texts == ["Ha Tinh.", EN_TEXT]
