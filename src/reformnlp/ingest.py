"""Read a folder of scraped articles into ``Article`` items, one failure at a time.

Supported files: ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` (one article
object, or a list of them) and ``.jsonl`` (one article a line). Bytes are decoded
from UTF-8 (with or without BOM), UTF-16/32 (BOM), Windows-1258 and TCVN3, or
whatever charset-normalizer recognises. The article text is the decoded text,
BOM stripped, so record offsets index the text as read.

Ids join records back to their files: the path relative to the root without
its suffix, POSIX separators; a JSON article's own id field when it has one,
else ``<relpath>:<n>`` for the n-th article of a JSON list or JSONL file.

The walk is sorted and lazy: ``iter_tasks`` yields one cheap ``FileTask`` per
file (JSONL lines are split in place), ``read_task`` does the reading, so that
batch workers can decode and extract HTML in parallel.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from .dates import parse_date
from .errors import InputError
from .text import without_surrogates

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})


@dataclass(frozen=True, slots=True)
class Article:
    """One article ready for the pipeline.

    ``source`` is the record's source (the file, or the URL the article gives);
    ``location`` is where it was read, with ``:line`` inside JSONL and JSON lists.
    """

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that yields no article, and why."""

    path: str
    reason: str
    details: dict | None = None  # for a failed extraction: error, component, offset, message


@dataclass(frozen=True, slots=True)
class FileTask:
    """A file still to be read: its path, the id its article gets, and its suffix."""

    path: str
    id: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the JSON fields that hold each part of an article, tried in order.

    A name may be a dotted path into nested objects (``"article.body"``).
    """

    text: tuple[str, ...] = ("text", "content", "body")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "source")
    date: tuple[str, ...] = ("date", "published")
    id: tuple[str, ...] = ("id",)

    @classmethod
    def from_options(cls, **names: str | None) -> Fields:
        """Build from CLI options; each is a comma-separated list replacing the default."""
        given = {
            key: tuple(part.strip() for part in value.split(",") if part.strip())
            for key, value in names.items()
            if value
        }
        return cls(**given)


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# TCVN3 (ABC): lower-case toned letters and the seven base capitals. Capitals with
# tones lived in separate fonts and share these bytes, so they read as lower case.
_TCVN3_PAIRS = (
    "a1Ă a2Â a3Ê a4Ô a5Ơ a6Ư a7Đ a8ă a9â aaê abô acơ adư aeđ "
    "b5à b6ả b7ã b8á b9ạ bbằ bcẳ bdẵ beắ c6ặ c7ầ c8ẩ c9ẫ caấ cbậ "
    "ccè ceẻ cfẽ d0é d1ẹ d2ề d3ể d4ễ d5ế d6ệ d7ì d8ỉ dcĩ ddí deị "
    "dfò e1ỏ e2õ e3ó e4ọ e5ồ e6ổ e7ỗ e8ố e9ộ eaờ ebở ecỡ edớ eeợ "
    "efù f1ủ f2ũ f3ú f4ụ f5ừ f6ử f7ữ f8ứ f9ự faỳ fbỷ fcỹ fdý feỵ"
)
_TCVN3 = {int(pair[:2], 16): pair[2] for pair in _TCVN3_PAIRS.split()}
# Unassigned high bytes: Windows punctuation in 0x80-0x9F, else a replacement mark,
# so that text in another code page never reads as good TCVN3.
_TCVN3_TRANSLATE = {
    b: _TCVN3.get(b, bytes([b]).decode("cp1252", "replace") if b < 0xA0 else "\ufffd")
    for b in range(0x80, 0x100)
}


def _vietnamese_letters() -> frozenset[str]:
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = {"đ", "Đ"}
    for base in "aăâeêioôơuưy":
        for tone in tones:
            for form in (base, base.upper()):
                letters.add(unicodedata.normalize("NFC", form + tone))
    return frozenset(ch for ch in letters if not ch.isascii())


_VI_LETTERS = _vietnamese_letters()
# Punctuation any legacy page may hold; it tells nothing about the encoding.
_NEUTRAL = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u00b7\u00b0\u00a0\u20ab")


_VOWELS = frozenset("aeiouyAEIOUY")


def _vietnamese_score(text: str) -> int:
    """Vietnamese letters minus twice the other non-ASCII characters: mojibake scores low.

    A combining tone mark (Windows-1258 writes tones that way) counts only after a vowel.
    """
    good = bad = 0
    previous = ""
    for ch in text:
        if ch.isascii() or ch in _NEUTRAL:
            pass
        elif unicodedata.combining(ch):
            base = unicodedata.normalize("NFD", previous)[:1]
            if base in _VOWELS:
                good += 1
            else:
                bad += 1
        elif unicodedata.normalize("NFC", ch) in _VI_LETTERS:
            good += 1
        else:
            bad += 1
        previous = ch
    return good - 2 * bad


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode file bytes to text, BOM stripped; raise ``InputError`` when they are not text.

    Order: a BOM; strict UTF-8; an encoding the file declares (HTML ``charset``);
    then the best of Windows-1258, TCVN3 and charset-normalizer's guess, judged
    by how Vietnamese the non-ASCII letters read.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} after its byte-order mark") from exc
    if _looks_binary(data):
        return _decode_unmarked_utf16(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_legacy(data)


def _decode_unmarked_utf16(data: bytes) -> str:
    # Plain text in UTF-16 without a BOM has a NUL in every other byte.
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if half and max(even_nuls, odd_nuls) > 0.6 * half and min(even_nuls, odd_nuls) == 0:
        encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            if not _looks_binary(text[:4096].encode("utf-8", "replace")):
                return text
    raise InputError("binary file (not text)")


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    candidates: list[str] = []
    with contextlib.suppress(UnicodeDecodeError):
        candidates.append(data.decode("cp1258"))
    candidates.append(data.decode("latin-1").translate(_TCVN3_TRANSLATE))
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            candidates.append(data.decode(best.encoding))
    if not candidates:
        raise InputError("unknown text encoding")
    # A sample is enough to tell code pages apart, and keeps large files cheap.
    text = max(candidates, key=lambda candidate: _vietnamese_score(candidate[:100_000]))
    if _vietnamese_score(text[:100_000]) < -max(8, min(len(text), 100_000) // 50):
        raise InputError("unknown text encoding")
    return text


def read_bytes(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing empty files and files over ``max_bytes``."""
    try:
        size = os.stat(path).st_size
        if max_bytes and size > max_bytes:
            raise InputError(f"file too large ({size:,} bytes; limit {max_bytes:,})")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1 if max_bytes else -1)
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from exc
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"file too large (over {max_bytes:,} bytes)")
    if not data.strip():
        raise InputError("empty file")
    return data


def read_text_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode a text file; raise ``InputError`` naming why it cannot be read."""
    text = decode_bytes(read_bytes(path, max_bytes))
    if not text.strip():
        raise InputError("empty file")
    return text


# --------------------------------------------------------------------------- dates

# --------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_FRAGMENT = re.compile(r"</(?:p|div|article|section|br|span|h[1-6])\s*>|<br\s*/?>", re.I)


def looks_like_html(text: str) -> bool:
    """True for a whole HTML page, or a fragment that starts with a tag and closes block tags."""
    if _HTML_START.match(text):
        return True
    return text.lstrip().startswith("<") and _HTML_FRAGMENT.search(text[:20_000]) is not None


def html_to_article(html: str | bytes, source: str | None = None, id: str | None = None) -> Article:
    """Main text, headline and date of an HTML page, through trafilatura (never fetches).

    Captions, comments, navigation and related-links lists are left out. The
    headline heads the text when the extracted body does not already start with it,
    so HTML pages reach the pipeline in the same shape as scraped plain text.
    Raises ``InputError`` when the page has no main text.
    """
    import trafilatura

    if isinstance(html, bytes):
        match = _META_CHARSET.search(html[:4096])
        html = decode_bytes(html, declared=match.group(1).decode("ascii") if match else None)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=source if source and "://" in source else None,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_tables=True,
            include_formatting=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise InputError(f"HTML extraction failed: {exc}") from exc
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise InputError("no article text found in the HTML page")
    title = _clean(getattr(doc, "title", None))
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    url = _clean(getattr(doc, "url", None))
    return Article(
        id=id or "",
        text=body,
        source=url or source,
        title=title,
        published=parse_date(getattr(doc, "date", None)),
        location=source,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+", re.M)
_MD_MARKERS = re.compile(
    r"""^[ \t]{0,3}(?:>[ \t]?|[-*+][ \t]+)  # blockquote or list bullet
      | \*\*|__                             # strong emphasis
      | (?<!\w)[*_](?=\S) | (?<=\S)[*_](?!\w)  # emphasis""",
    re.M | re.X,
)


def _blank(match: re.Match[str], keep: int | None = None) -> str:
    text = match.group(0)
    if keep is None:
        return re.sub(r"[^\n]", " ", text)
    start, end = match.span(keep)
    offset = match.start(0)
    return " " * (start - offset) + match.group(keep) + " " * (match.end(0) - end)


def markdown_article(text: str, id: str, source: str | None) -> Article:
    """An article from Markdown, its markup blanked out character for character.

    Front matter fields ``title``, ``date``/``published`` and ``url`` are read, and
    every offset in the blanked text still indexes the file as read.
    """
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = re.sub(r"[^\n]", " ", front.group(0)) + text[front.end() :]
    title = meta.get("title")
    heading = re.search(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", text, re.M)
    if not title and heading and not text[: heading.start()].strip():
        title = heading.group(1).strip()
    text = _MD_IMAGE.sub(_blank, text)
    text = _MD_LINK.sub(lambda m: _blank(m, keep=1), text)
    text = _MD_HEADING.sub(lambda m: " " * len(m.group(0)), text)
    text = _MD_MARKERS.sub(lambda m: " " * len(m.group(0)), text)
    return Article(
        id=id,
        text=text,
        source=meta.get("url") or meta.get("source") or source,
        title=title,
        published=parse_date(meta.get("date") or meta.get("published")),
        location=source,
    )


# --------------------------------------------------------------------------- JSON


def _lookup(obj: dict, names: Iterable[str]) -> object:
    for name in names:
        value: object = obj
        for part in name.split("."):
            if not isinstance(value, dict) or part not in value:
                value = None
                break
            value = value[part]
        if value not in (None, ""):
            return value
    return None


def json_article(
    obj: object, fields: Fields, default_id: str, source: str | None, location: str | None = None
) -> Article:
    """An article from one JSON object; raise ``InputError`` when it holds no text."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, found {type(obj).__name__}")
    text = _lookup(obj, fields.text)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"no text in any of the fields {', '.join(fields.text)}")
    # JSON may escape lone surrogates ("\udce1"), which no encoding can write back: as
    # undecodable bytes elsewhere, each is read as U+FFFD
    text = without_surrogates(text)
    raw_id = _lookup(obj, fields.id)
    article_id = without_surrogates(str(raw_id)) if raw_id is not None else default_id
    url = _lookup(obj, fields.url)
    title = _lookup(obj, fields.title)
    title = without_surrogates(title) if isinstance(title, str) else title
    published = parse_date(_lookup(obj, fields.date))
    source = str(url) if url is not None else source
    if looks_like_html(text):
        page = html_to_article(text, source=source, id=article_id)
        return Article(
            id=article_id,
            text=page.text,
            source=source or page.source,
            title=_clean(title) or page.title,
            published=published or page.published,
            location=location,
        )
    return Article(article_id, text, source, _clean(title), published, location)


def _read_json(path: str, task_id: str, fields: Fields, max_bytes: int) -> list[Article | Failure]:
    try:
        data = json.loads(read_text_file(path, max_bytes))
    except json.JSONDecodeError as exc:
        return [Failure(path, f"malformed JSON: {exc.msg} at line {exc.lineno}")]
    except InputError as exc:
        return [Failure(path, str(exc))]
    if isinstance(data, list):
        out: list[Article | Failure] = []
        for n, item in enumerate(data, start=1):
            try:
                out.append(json_article(item, fields, f"{task_id}:{n}", path, f"{path}:{n}"))
            except InputError as exc:
                out.append(Failure(f"{path}:{n}", str(exc)))
        return out or [Failure(path, "empty JSON list")]
    try:
        return [json_article(data, fields, task_id, path, path)]
    except InputError as exc:
        return [Failure(path, str(exc))]


def iter_jsonl(
    path: str, task_id: str, fields: Fields, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Failure]:
    """Articles of a JSONL file, streamed; a bad line fails alone (``path:line``).

    ``max_bytes`` limits each line, not the file: JSONL dumps are often large.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as exc:
        yield Failure(path, f"unreadable: {exc.strerror or exc}")
        return
    try:
        any_line = False
        for lineno, raw in jsonl_lines(handle, max_bytes):
            any_line = True
            yield jsonl_article(
                raw, fields, f"{task_id}:{lineno}", path, f"{path}:{lineno}", max_bytes
            )
        if not any_line:
            yield Failure(path, "empty file")
    finally:
        handle.close()


def jsonl_lines(
    handle: IO[bytes], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[int, bytes]]:
    """``(line number, bytes)`` of every non-blank line of a binary JSONL stream.

    Needs only ``read``, so any stream will do (a file, a pyarrow input stream).
    A UTF-8 BOM is dropped; UTF-16 files are decoded whole and given back as UTF-8.
    """
    head = handle.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        lines: Iterable[bytes] = _utf16_lines(head, handle, max_bytes)
    else:
        lines = _split_lines(head, handle)
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if raw.strip():
            yield lineno, raw


def jsonl_article(
    raw: bytes, fields: Fields, default_id: str, source: str, where: str, max_bytes: int
) -> Article | Failure:
    """One JSONL line as an article, or the failure (at ``where``) that explains why not."""
    if max_bytes and len(raw) > max_bytes:
        return Failure(where, f"line too large ({len(raw):,} bytes; limit {max_bytes:,})")
    try:
        return json_article(json.loads(decode_bytes(raw)), fields, default_id, source, where)
    except json.JSONDecodeError as exc:
        return Failure(where, f"malformed JSON: {exc.msg}")
    except InputError as exc:
        return Failure(where, str(exc))


def _split_lines(head: bytes, handle: IO[bytes], size: int = 1 << 20) -> Iterator[bytes]:
    # Lines with their newline, read in chunks: one line at most is held beyond a chunk.
    buffer = head
    while True:
        chunk = handle.read(size)
        if not chunk:
            break
        buffer += chunk
        *whole, buffer = buffer.split(b"\n")
        for line in whole:
            yield line + b"\n"
    if buffer:
        yield buffer


def _utf16_lines(head: bytes, handle: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    # UTF-16 lines cannot be split on b"\n"; decode the whole (bounded) file instead.
    data = head + handle.read(max_bytes + 1 - len(head) if max_bytes else -1)
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"UTF-16 JSONL file too large (over {max_bytes:,} bytes)")
    for line in decode_bytes(data).splitlines():
        yield line.encode("utf-8")


# --------------------------------------------------------------------------- walking


def _matches(rel: str, glob: str | None) -> bool:
    if not glob:
        return True
    name = rel.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(rel, glob) or fnmatch.fnmatchcase(name, glob)


@dataclass(frozen=True, slots=True)
class _Found:
    path: str
    rel: str
    id: str


def _walk(
    folder: str, rel_folder: str, glob: str | None, exclude: str | None
) -> Iterator[_Found | Failure]:
    # Depth first, entries sorted by name at each level; one folder listing in memory
    # per level, never the whole tree.
    try:
        with os.scandir(folder) as listing:
            entries = sorted(
                (e for e in listing if not e.name.startswith(".")), key=lambda e: e.name
            )
    except OSError as exc:
        yield Failure(folder, f"unreadable folder: {exc.strerror or exc}")
        return
    files = []
    for entry in entries:
        rel = f"{rel_folder}{entry.name}"
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            files.append((entry, rel, True))
        elif (
            os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES
            and _matches(rel, glob)
            and not (exclude and _is_output(os.path.abspath(entry.path), exclude))
        ):
            files.append((entry, rel, False))
    # Two files of one folder differing only by suffix keep the suffix in their id.
    stems: dict[str, int] = {}
    for _entry, rel, is_dir in files:
        if not is_dir:
            stem = rel.rsplit(".", 1)[0]
            stems[stem] = stems.get(stem, 0) + 1
    for entry, rel, is_dir in files:
        if is_dir:
            yield from _walk(entry.path, rel + "/", glob, exclude)
        else:
            stem = rel.rsplit(".", 1)[0]
            yield _Found(entry.path, rel, stem if stems[stem] == 1 else rel)


def _is_output(path: str, output: str) -> bool:
    return path == output or path.startswith(output + ".")


def iter_files(
    root: str | os.PathLike[str], glob: str | None = None, exclude: str | None = None
) -> Iterator[tuple[str, str]]:
    """``(path, relpath)`` of every supported file under ``root``, in sorted walk order.

    Hidden files and folders are skipped; ``glob`` matches the relative path or the
    file name; ``exclude`` is an absolute output path whose files (``FILE``, ``FILE.*``)
    are left out when they sit inside ``root``.
    """
    for found in _walk(os.fspath(root), "", glob, exclude):
        if isinstance(found, _Found):
            yield found.path, found.rel


def iter_file_tasks(
    root: str | os.PathLike[str], glob: str | None = None, exclude: str | None = None
) -> Iterator[FileTask | Failure]:
    """A ``FileTask`` per supported file under ``root`` in walk order, JSONL files unsplit."""
    for found in _walk(os.fspath(root), "", glob, exclude):
        if isinstance(found, Failure):
            yield found
        else:
            yield FileTask(found.path, found.id, os.path.splitext(found.rel)[1].lower())


def iter_tasks(
    root: str | os.PathLike[str],
    glob: str | None = None,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: str | None = None,
) -> Iterator[FileTask | Article | Failure]:
    """Work items in input order: a ``FileTask`` per file, JSONL files split into articles."""
    fields = fields or Fields()
    for task in iter_file_tasks(root, glob, exclude):
        if isinstance(task, FileTask) and task.suffix == ".jsonl":
            yield from iter_jsonl(task.path, task.id, fields, max_bytes)
        else:
            yield task


def read_task(
    task: FileTask, fields: Fields | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article | Failure]:
    """Read one file into its article(s), or the failure that explains why not."""
    fields = fields or Fields()
    if task.suffix == ".json":
        return _read_json(task.path, task.id, fields, max_bytes)
    try:
        if task.suffix in (".html", ".htm"):
            data = read_bytes(task.path, max_bytes)
            return [html_to_article(data, source=task.path, id=task.id)]
        text = read_text_file(task.path, max_bytes)
        if looks_like_html(text):
            return [html_to_article(text, source=task.path, id=task.id)]
        if task.suffix == ".md":
            return [markdown_article(text, task.id, task.path)]
        return [Article(task.id, text, task.path, location=task.path)]
    except InputError as exc:
        return [Failure(task.path, str(exc))]


def iter_articles(
    root: str | os.PathLike[str],
    glob: str | None = None,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Failure]:
    """Every article under ``root`` (or the failure in its place), in sorted walk order."""
    fields = fields or Fields()
    for item in iter_tasks(root, glob, fields, max_bytes):
        if isinstance(item, FileTask):
            yield from read_task(item, fields, max_bytes)
        else:
            yield item
