"""The ``reformnlp_page`` component: tell the article from the page around it.

Scraped pages carry a site header, a dateline, repeated photo captions, a
byline, a source line, comment widgets and lists of unrelated headlines. This
component marks them as spans in ``doc.spans["furniture"]`` (the other
components skip them) and reads ``doc._.title``, ``doc._.published`` and
``doc._.author`` from them. Line shapes come from ``patterns/furniture.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers the attributes)
from ..dates import parse_date
from ..patterns import get_patterns
from ..text import doc_text, fold, paragraph_units
from ..zones import FURNITURE_KEY, TITLE_LABEL

TAIL_KINDS = frozenset({"FOOTER", "RELATED", "SOURCE"})
_BYLINE_PREFIX = regex.compile(r"^(?:By|Reported by|Written by|Story and photos by)\s+", regex.I)
_BYLINE_SUFFIX = regex.compile(
    r"\s*(?:\((?:according to|via|from|theo)[^)]*\)|- Translated by.*)$", regex.I
)
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'.-]*|\p{Lu}{1,4})$")
_DIRECTIONS = "\u2014\u2013-"


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        return fold(self.text)


class PageReader:
    """Marks page furniture and reads title, dateline and byline."""

    def __init__(self, nlp: Language, name: str, patterns: str | None, header_lines: int):
        rows = get_patterns(patterns).furniture
        self.name = name
        self.header_lines = header_lines
        self.line_kinds = {fold(r.pattern): r.kind for r in rows if r.match == "line"}
        self.prefixes = [(fold(r.pattern), r.kind) for r in rows if r.match == "prefix"]
        self.regexes = [(regex.compile(r.pattern), r.kind) for r in rows if r.match == "regex"]

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = _nonblank_lines(text)
        zones: list[tuple[int, int, str]] = []
        top = self._read_top(doc, lines, zones)
        tail = self._find_tail(lines, top)
        if tail is not None:
            zones.append((lines[tail].start, len(text), self._kind(lines[tail]) or "FOOTER"))
            self._read_byline(doc, lines[top:tail], zones)
        else:
            self._read_byline(doc, lines[top:], zones, require_marker=True)
        self._mark_repeats(doc, lines[top : tail if tail is not None else len(lines)], zones)
        self._mark_inline(lines[top : tail if tail is not None else len(lines)], zones)
        spans = [doc.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in zones]
        doc.spans[FURNITURE_KEY] = [s for s in spans if s is not None]
        return doc

    def _kind(self, line: _Line) -> str | None:
        folded = line.folded
        if folded in self.line_kinds:
            return self.line_kinds[folded]
        for prefix, kind in self.prefixes:
            if folded.startswith(prefix):
                return kind
        return None

    def _regex_kind(self, line: _Line, kinds: frozenset[str]) -> str | None:
        for pattern, kind in self.regexes:
            if kind in kinds and pattern.search(line.text):
                return kind
        return None

    def _read_top(self, doc: Doc, lines: list[_Line], zones: list) -> int:
        """Mark the page's head: site header, menus, dateline; read title and published.

        The headline is the last headline-shaped line before the first body
        paragraph; lines above it belong to the site. Datelines are looked for in
        the first ``header_lines`` lines wherever they sit (after a lead, too).
        Returns the index of the first line the byline and caption passes read.
        """
        window = lines[: self.header_lines]
        kinds = [self._head_kind(line) for line in window]
        first_body = next(
            (i for i, line in enumerate(window) if kinds[i] is None and _is_body(line.text)),
            len(window),
        )
        candidates = [i for i in range(first_body) if kinds[i] is None]
        if first_body == len(window):  # no long paragraph: a short page, the first line leads
            candidates = candidates[:1]
        title_index = next(
            (i for i in reversed(candidates) if _looks_like_headline(window[i].text)), None
        )
        for i, (line, kind) in enumerate(zip(window, kinds, strict=True)):
            if kind == "DATELINE":
                zones.append((line.start, line.end, kind))
                doc._.published = doc._.published or parse_date(line.text)
            elif kind == "HEADER" or (title_index is not None and i < title_index):
                zones.append((line.start, line.end, "HEADER"))
        if title_index is not None:
            line = window[title_index]
            doc._.title = line.text.strip()
            zones.append((line.start, line.end, TITLE_LABEL))
        return 0 if title_index is None else title_index + 1

    def _head_kind(self, line: _Line) -> str | None:
        kind = self._kind(line) or self._regex_kind(line, frozenset({"DATELINE"}))
        if kind in {"HEADER", "DATELINE"}:
            return kind
        return "HEADER" if _is_menu(line.text) else None

    def _find_tail(self, lines: list[_Line], top: int) -> int | None:
        for index in range(top + 1, len(lines)):
            if self._kind(lines[index]) in TAIL_KINDS:
                return index
        return None

    def _read_byline(self, doc: Doc, body: list[_Line], zones: list, require_marker=False):
        if not body:
            return
        last = body[-1]
        author = byline_name(last.text, require_marker=require_marker)
        if author:
            doc._.author = author
            zones.append((last.start, last.end, "BYLINE"))

    def _mark_repeats(self, doc: Doc, body: list[_Line], zones: list) -> None:
        seen = {fold(doc._.title)} if doc._.title else set()
        for line in body:
            key = line.folded
            if key in seen:
                zones.append((line.start, line.end, "CAPTION"))
            seen.add(key)

    def _mark_inline(self, body: list[_Line], zones: list) -> None:
        for line in body:
            for pattern, kind in self.regexes:
                if kind == "DATELINE":
                    continue
                for match in pattern.finditer(line.text):
                    start, end = match.span()
                    if end > start:
                        zones.append((line.start + start, line.start + end, kind))


def _nonblank_lines(text: str) -> list[_Line]:
    return [
        _Line(start, end, text[start:end])
        for start, end in paragraph_units(text)
        if text[start:end].strip()
    ]


def _is_menu(text: str) -> bool:
    """A navigation or language bar: three or more short items split by "|"."""
    items = [item.strip() for item in text.split("|")]
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items if item)


def _is_body(text: str) -> bool:
    """A paragraph of running text rather than a headline or a label."""
    words = text.split()
    return len(words) >= 30 or (len(words) >= 12 and (". " in text or text.rstrip()[-1:] in ".:"))


def _looks_like_headline(text: str) -> bool:
    text = text.strip()
    words = text.split()
    if len(words) < 3 or len(text) > 250:
        return False
    return not text.endswith((".", ":", ";", ","))


def byline_name(text: str, require_marker: bool = False) -> str | None:
    """The author's name when ``text`` is a byline line, else None."""
    text = text.strip()
    marked = bool(_BYLINE_PREFIX.match(text)) or bool(_BYLINE_SUFFIX.search(text))
    if require_marker and not marked:
        return None
    name = _BYLINE_SUFFIX.sub("", _BYLINE_PREFIX.sub("", text)).strip(" -–—,")
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or any(ch.isdigit() for ch in name):
        return None
    if name.endswith((".", ":", "?", "!")) and not regex.fullmatch(r"(?:\p{Lu}\.\s?)+", name):
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    return name


@Language.factory(
    "reformnlp_page",
    assigns=["doc.spans", "doc._.title", "doc._.published", "doc._.author"],
    default_config={"patterns": None, "header_lines": 10},
)
def make_page(nlp: Language, name: str, patterns: str | None, header_lines: int) -> PageReader:
    """Build the page-furniture reader; ``patterns`` is a folder overriding the packaged data."""
    return PageReader(nlp, name, patterns, header_lines)
