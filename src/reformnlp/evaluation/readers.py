"""Read gold samples from JSONL (records or Prodigy spans), ``.spacy`` DocBins or objects.

The format is detected per line (JSONL) or per file (``.spacy``). Nothing in the
gold crashes the run or passes silently: every unusable line or span becomes a
:class:`Problem` naming the file, the line and how to fix it.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..schema import GoldRecord
from .models import Problem
from .rows import row_to_object
from .samples import SPAN_LABELS, GoldSpan, Sample

GOLD_SUFFIXES = (".jsonl", ".spacy")
RECORD_FIELDS = frozenset(GoldRecord.model_fields)
# Keys of a Prodigy/spaCy span task that are not record fields.
SPAN_TASK_KEYS = frozenset(
    {
        "spans",
        "tokens",
        "meta",
        "answer",
        "label",
        "html",
        "options",
        "accept",
        "relations",
        "view_id",
    }
)
REJECTED_ANSWERS = frozenset({"reject", "ignore"})
# A gold line may leave its text out and name it instead (a corpus of facts about pages
# whose text may not be redistributed): the text is read from --texts DIR/<id>.txt or
# from 'text_path' (relative to the gold file) and must have the sha256 the line gives.
TEXT_REFERENCE_KEYS = ("text_sha256", "text_path")
TEXT_SUFFIXES = (".txt", ".md")


@dataclass
class GoldSet:
    """Samples read from the gold, the problems met, and lines left out on purpose."""

    samples: list[Sample] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0

    def extend(self, other: GoldSet) -> None:
        """Append another gold set."""
        self.samples.extend(other.samples)
        self.problems.extend(other.problems)
        self.skipped += other.skipped


def display_path(path: Path) -> str:
    """A path as the user reads it: relative to the working directory when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def gold_files(path: Path) -> list[Path]:
    """The gold files of a path: itself, or the ``.jsonl``/``.spacy`` files of a folder."""
    if not path.exists():
        raise InputError(f"Gold path {path} does not exist.")
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix in GOLD_SUFFIXES)
    return [path]


def read_gold(
    source: Any, *, labels: Iterable[str] = SPAN_LABELS, texts: str | Path | None = None
) -> GoldSet:
    """Read gold from a path (file or folder), a list of paths, or records and dicts.

    Dicts and :class:`GoldRecord` objects go through the same checks as JSONL lines;
    rows of a ``datasets.Dataset`` from :func:`reformnlp.corpora.load` are accepted too.
    ``texts`` is the folder of ``<id>.txt`` files for gold lines that give ``text_sha256``
    instead of their text.
    """
    known = frozenset(labels)
    texts = Path(texts) if texts is not None else None
    if texts is not None and not texts.is_dir():
        raise InputError(f"Texts folder {texts} does not exist or is not a folder.")
    gold = GoldSet()
    if isinstance(source, str | Path):
        source = [Path(source)]
    items = list(source)
    if items and all(isinstance(item, str | Path) for item in items):
        for path in items:
            for file in gold_files(Path(path)):
                gold.extend(read_file(file, known, texts))
        if not gold.samples and not gold.problems:
            where = ", ".join(display_path(Path(p)) for p in items)
            gold.problems.append(
                Problem(
                    origin=where,
                    message="no gold samples found",
                    fix="give .jsonl or .spacy files in SPEC section 6's form",
                )
            )
        return gold
    for number, item in enumerate(items, start=1):
        gold.extend(
            _read_object(item, f"<gold>:{number}", f"gold-{number}", known, _Texts(texts, None))
        )
    return gold


@dataclass(frozen=True, slots=True)
class _Texts:
    """Where a gold line without a text finds it: the --texts folder, else its own
    ``text_path`` relative to ``base`` (the gold file's folder)."""

    folder: Path | None
    base: Path | None


def read_file(path: Path, labels: frozenset[str], texts: Path | None = None) -> GoldSet:
    """Read one gold file; the format follows the suffix (``.spacy``) or each line (JSONL)."""
    if path.suffix == ".spacy":
        return read_docbin(path, labels)
    gold = GoldSet()
    shown = display_path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        gold.problems.append(
            Problem(
                origin=shown, message=f"cannot read the file: {exc}", fix="save it as UTF-8 JSONL"
            )
        )
        return gold
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{shown}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            gold.problems.append(
                Problem(
                    origin=origin,
                    message=f"not valid JSON ({exc.msg}, column {exc.colno})",
                    fix="write one complete JSON object on each line",
                )
            )
            continue
        where = _Texts(texts, path.parent)
        gold.extend(_read_object(obj, origin, f"{path.stem}:{number}", labels, where))
    return gold


def _read_object(
    obj: Any, origin: str, default_id: str, labels: frozenset[str], texts: _Texts | None = None
) -> GoldSet:
    if isinstance(obj, GoldRecord):
        obj = obj.model_dump(exclude_unset=True)
    elif isinstance(obj, dict) and "given" in obj and "origin" in obj:
        obj, origin = row_to_object(obj), obj["origin"] or origin
    gold = GoldSet()
    if not isinstance(obj, dict):
        gold.problems.append(
            Problem(
                origin=origin,
                message=f"expected a JSON object, got {type(obj).__name__}",
                fix="write one article per line",
            )
        )
        return gold
    if obj.get("answer") in REJECTED_ANSWERS:
        gold.skipped += 1
        return gold
    if "text" not in obj and any(key in obj for key in TEXT_REFERENCE_KEYS):
        problem = None
        try:
            obj = _with_text(obj, _sample_id(obj, default_id), texts or _Texts(None, None))
        except _TextProblem as exc:
            problem = Problem(origin=origin, message=str(exc), fix=exc.fix)
        if problem is not None:
            gold.problems.append(problem)
            return gold
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        gold.problems.append(
            Problem(
                origin=origin,
                message="the line has no 'text'",
                fix="add the article text as a string field 'text'",
            )
        )
        return gold
    sample = Sample(id=_sample_id(obj, default_id), origin=origin, text=text)
    if _is_html(text) and not _from_html(sample, gold):
        return gold
    is_span_task = "spans" in obj
    record_part = {
        k: v
        for k, v in obj.items()
        if not (is_span_task and (k in SPAN_TASK_KEYS or k.startswith("_")))
    }
    if is_span_task:
        sample.spans = _read_spans(obj["spans"], sample, labels, gold.problems)
    if set(record_part) - {"text", "id", "source"} or not is_span_task:
        sample.record = _read_record(record_part, sample, gold.problems)
        if sample.record is None and not is_span_task:
            return gold
    if sample.record is not None and not sample.record.model_fields_set - {"text", "id", "source"}:
        gold.problems.append(
            Problem(
                origin=origin,
                severity="warning",
                message="the line gives no annotation",
                fix="add record fields (officials, provinces, bodies, metrics, ...) or 'spans'",
            )
        )
    gold.samples.append(sample)
    return gold


class _TextProblem(InputError):
    def __init__(self, message: str, fix: str):
        super().__init__(message)
        self.fix = fix


def _with_text(obj: dict, sample_id: str, texts: _Texts) -> dict:
    """The gold line with the text it names, checked against its sha256, and each metric's
    quote cut from its offsets."""
    path = _text_file(obj, sample_id, texts)
    data = path.read_bytes()
    want = obj.get("text_sha256")
    got = hashlib.sha256(data).hexdigest()
    if want is not None and got != want:
        raise _TextProblem(
            f"text {display_path(path)} has sha256 {got[:12]}..., the gold was annotated on "
            f"{str(want)[:12]}...: the page is not the one annotated",
            "give the text the gold was written for, or annotate this text again",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _TextProblem(
            f"text {display_path(path)} is not UTF-8 ({exc})", "save it as UTF-8"
        ) from exc
    out = {k: v for k, v in obj.items() if k not in TEXT_REFERENCE_KEYS}
    out["text"] = text
    metrics = out.get("metrics")
    if isinstance(metrics, list):
        out["metrics"] = [_with_quote(m, text) for m in metrics]
    return out


def _text_file(obj: dict, sample_id: str, texts: _Texts) -> Path:
    tried: list[Path] = []
    if texts.folder is not None:
        tried += [texts.folder / f"{sample_id}{suffix}" for suffix in TEXT_SUFFIXES]
    named = obj.get("text_path")
    if isinstance(named, str) and named:
        tried.append(Path(named) if texts.base is None else texts.base / named)
    for path in tried:
        if path.is_file():
            return path
    where = ", ".join(display_path(p) for p in tried) or "nowhere (no text_path, no --texts)"
    raise _TextProblem(
        f"the line gives no text and its text was not found (looked at {where})",
        "pass the folder of the annotated texts with --texts DIR",
    )


def _with_quote(metric: Any, text: str) -> Any:
    if not isinstance(metric, dict) or metric.get("quote"):
        return metric
    start, end = metric.get("start"), metric.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return {**metric, "quote": text[start:end]}
    return metric


def _sample_id(obj: dict, default: str) -> str:
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    for value in (obj.get("id"), meta.get("id")):
        if isinstance(value, str | int) and str(value).strip():
            return str(value)
    return default


def _is_html(text: str) -> bool:
    head = text.lstrip()[:4096].lower()
    return head.startswith("<") and ("<html" in head or "<body" in head)


def _from_html(sample: Sample, gold: GoldSet) -> bool:
    """Turn an HTML gold text into the article text; False (with a problem) when impossible."""
    try:
        ingest = importlib.import_module("reformnlp.ingest")
        article = ingest.html_to_article(sample.text, source=None, id=sample.id)
    except (ImportError, AttributeError):
        gold.problems.append(
            Problem(
                origin=sample.origin,
                message="the text is an HTML page and HTML reading "
                "(reformnlp.ingest) is not available",
                fix="give the article's plain text instead",
            )
        )
        return False
    except InputError as exc:
        gold.problems.append(
            Problem(
                origin=sample.origin,
                message=f"HTML page unusable: {exc}",
                fix="give the article's plain text instead",
            )
        )
        return False
    sample.text, sample.from_html = article.text, True
    sample.title, sample.published = article.title, article.published
    return True


def _read_record(obj: dict, sample: Sample, problems: list[Problem]) -> GoldRecord | None:
    data = {**obj, "text": sample.text}
    try:
        record = GoldRecord.model_validate(data)
    except ValidationError as exc:
        problems.extend(_schema_problems(exc, sample.origin))
        return None
    if sample.from_html:
        # Offsets index the HTML source, not the extracted text: match quotes by text.
        record = _without_offsets(record)
        problems.append(
            Problem(
                origin=sample.origin,
                severity="warning",
                message="HTML gold: offsets and mentions are not scored",
            )
        )
    else:
        problems.extend(check_offsets(record, sample.origin))
    return record


def _schema_problems(exc: ValidationError, origin: str) -> Iterator[Problem]:
    for error in exc.errors(include_url=False):
        where = ".".join(str(part) for part in error["loc"])
        value = error.get("input")
        shown = json.dumps(value, ensure_ascii=False)[:80] if error["type"] != "missing" else ""
        yield Problem(
            origin=origin,
            message=f"field '{where}': {error['msg']}" + (f" (value: {shown})" if shown else ""),
            fix=_schema_fix(error["type"], where),
        )


def _schema_fix(kind: str, where: str) -> str:
    if kind == "extra_forbidden":
        return (
            f"remove '{where}' or correct its spelling; allowed: the fields of SPEC "
            "sections 1-5 (see reformnlp.schema)"
        )
    if kind == "missing":
        return f"add '{where}'"
    return f"give '{where}' a value of the type SPEC sections 1-5 define"


def check_offsets(record: GoldRecord, origin: str) -> list[Problem]:
    """Warnings for mentions and metric quotes whose offsets do not fit the text."""
    problems: list[Problem] = []
    size = len(record.text)
    for kind in ("officials", "provinces", "bodies"):
        for entity in getattr(record, kind):
            for start, end in entity.mentions:
                if not 0 <= start < end <= size:
                    problems.append(
                        Problem(
                            origin=origin,
                            severity="warning",
                            message=f"{kind} '{entity.name}': mention {start}-{end} is outside the "
                            f"text (0-{size}) or empty",
                            fix="point the mention at the name",
                        )
                    )
    for metric in record.metrics:
        if metric.start is None or metric.end is None or not metric.quote:
            continue
        found = record.text[metric.start : metric.end]
        if found != metric.quote:
            at = record.text.find(metric.quote)
            fix = (
                f"set start/end to {at}-{at + len(metric.quote)}"
                if at >= 0
                else "copy the quote exactly from the text"
            )
            problems.append(
                Problem(
                    origin=origin,
                    severity="warning",
                    message=f"metric quote {metric.start}-{metric.end} reads {found[:60]!r}, "
                    f"not {metric.quote[:60]!r}",
                    fix=fix,
                )
            )
    return problems


def _without_offsets(record: GoldRecord) -> GoldRecord:
    metrics = [m.model_copy(update={"start": None, "end": None}) for m in record.metrics]
    return record.model_copy(update={"metrics": metrics})


def _read_spans(
    raw: Any, sample: Sample, labels: frozenset[str], problems: list[Problem]
) -> list[GoldSpan]:
    if not isinstance(raw, list):
        problems.append(
            Problem(
                origin=sample.origin,
                message="'spans' is not a list",
                fix='write "spans": [{"start": 0, "end": 5, "label": "PROVINCE"}]',
            )
        )
        return []
    if sample.from_html:
        if raw:
            problems.append(
                Problem(
                    origin=sample.origin,
                    message="span offsets cannot be scored on an HTML page",
                    fix="annotate spans on the plain text",
                )
            )
        return []
    spans: list[GoldSpan] = []
    for index, item in enumerate(raw):
        span = _read_span(item, sample, index, labels, problems)
        if span is not None:
            spans.append(span)
    return spans


def _read_span(
    item: Any, sample: Sample, index: int, labels: frozenset[str], problems: list[Problem]
) -> GoldSpan | None:
    origin = sample.origin
    if not isinstance(item, dict) or not all(k in item for k in ("start", "end", "label")):
        problems.append(
            Problem(
                origin=origin,
                message=f"span #{index} needs start, end, label",
                fix='write {"start": 0, "end": 5, "label": "PROVINCE"}',
            )
        )
        return None
    start, end, label = item["start"], item["end"], item["label"]
    if not (
        isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sample.text)
    ):
        problems.append(
            Problem(
                origin=origin,
                message=f"span {start}-{end} ({label}) is not inside the text "
                f"(0-{len(sample.text)})",
                fix="give integer offsets start < end",
            )
        )
        return None
    if label not in labels and label not in SPAN_LABELS:
        problems.append(
            Problem(
                origin=origin,
                message=f"span {start}-{end} {sample.text[start:end]!r} has "
                f"unknown label {label!r}",
                fix=f"use one of {', '.join(sorted({*labels, *SPAN_LABELS}))}",
            )
        )
        return None
    if label not in labels:  # a SPEC label the caller chose not to score
        return None
    written = item.get("text")
    if isinstance(written, str) and written != sample.text[start:end]:
        at = sample.text.find(written)
        problems.append(
            Problem(
                origin=origin,
                message=f"span {start}-{end} reads {sample.text[start:end]!r} but says {written!r}",
                fix=f"move the offsets to {at}-{at + len(written)}"
                if at >= 0
                else "correct the offsets or the span text",
            )
        )
        return None
    return GoldSpan(start=start, end=end, label=label, origin=origin)


def read_docbin(path: Path, labels: frozenset[str]) -> GoldSet:
    """Span gold from a ``.spacy`` DocBin: every span group and ``doc.ents``."""
    import spacy
    from spacy.tokens import DocBin

    gold = GoldSet()
    shown = display_path(path)
    try:
        docs = list(DocBin().from_disk(path).get_docs(spacy.blank("en").vocab))
    except (OSError, ValueError) as exc:
        gold.problems.append(
            Problem(
                origin=shown,
                message=f"not a readable DocBin: {exc}",
                fix="write it with spacy.tokens.DocBin().to_disk()",
            )
        )
        return gold
    for number, doc in enumerate(docs, start=1):
        origin = f"{shown}#{number}"
        raw = [
            {"start": s.start_char, "end": s.end_char, "label": s.label_ or key}
            for key, group in doc.spans.items()
            for s in group
        ]
        raw += [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
        unique = [dict(t) for t in dict.fromkeys(tuple(sorted(r.items())) for r in raw)]
        sample = Sample(
            id=str(doc.user_data.get("id") or f"{path.stem}#{number}"), origin=origin, text=doc.text
        )
        sample.spans = _read_spans(unique, sample, labels, gold.problems)
        gold.samples.append(sample)
    return gold
