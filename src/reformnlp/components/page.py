"""The ``reformnlp_page`` component: tell the article from the page around it.

Scraped pages carry a site header, a dateline, repeated photo captions, a
byline, a source line, comment widgets and lists of unrelated headlines. This
component marks them as spans in ``doc.spans["furniture"]`` (the other
components skip them) and reads ``doc._.title``, ``doc._.published`` and
``doc._.author`` from them. Line shapes come from ``patterns/furniture.csv``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers the attributes)
from ..dates import parse_date
from ..metrics.cues import get_cues
from ..metrics.tables import TableReader
from ..patterns import get_patterns
from ..text import SYLLABLE, doc_text, fold, paragraph_units
from ..zones import FURNITURE_KEY, TITLE_LABEL

TAIL_KINDS = frozenset({"FOOTER", "RELATED", "SOURCE"})
# A reporter's initials closing the article: "PV" (the reporter), "T.T", "H.A."; an agency's
# tag ("VNA", "TTXVN") is a source, no author.
_INITIALS = regex.compile(r"\p{Lu}{2}|(?:\p{Lu}\.\s?){1,3}\p{Lu}?\.?")
# "By Minh Nga", "By: Ho Thao"; what may close a byline: its source, or who translated it
_BYLINE_PREFIX = regex.compile(
    r"^\s*(?:By|Reported by|Written by|Story and photos by)\s*:?\s+", regex.I
)
_BYLINE_SUFFIX = regex.compile(
    r"\s*(?:\((?:according to|via|from|theo)[^)]*\)|- Translated by.*"
    r"|\.\s*(?:Translated|Photos?|Edited)\b.*)$",
    regex.I,
)
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'.-]*|\p{Lu}{1,4})$")
_DIRECTIONS = "\u2014\u2013-"

# The regex rows of furniture.csv the page's head is read with (a weather widget is HEADER).
_HEAD_REGEX_KINDS = frozenset({"DATELINE", "HEADER"})


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @cached_property
    def folded(self) -> str:
        return fold(self.text)


@dataclass(frozen=True)
class ListShape:
    """When a run of short lines is a list of links rather than the article's text.

    ``min_items`` lines of at most ``max_item_words`` words (list markers aside) with no
    sentence punctuation, of which at least ``min_known`` (a share) name a place, a region
    or a site section, make a menu or a tag list; ``min_headlines`` headline-shaped lines
    in a row (``headline_words`` words each, none ending a sentence) make a list of other
    articles' headlines. A run introduced by a line ending in ":" is the article's own list.
    """

    min_items: int = 4
    max_item_words: int = 5
    min_known: float = 0.6
    min_headlines: int = 3
    headline_words: tuple[int, int] = (4, 25)


class PageReader:
    """Marks page furniture and reads title, dateline and byline."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        patterns: str | None,
        header_lines: int,
        lists: ListShape | None = None,
    ):
        data = get_patterns(patterns)
        cues = get_cues(patterns)
        self.tables = TableReader(cues.table_header_words, cues.table_rank_words)
        self._table_lines: frozenset[int] = frozenset()  # starts of the page's table lines
        self._prefix_ends: dict[int, int] = {}  # line start -> end of its dateline prefix
        rows = data.furniture
        self.name = name
        self.header_lines = header_lines
        self.lists = lists or ListShape()
        self.places = frozenset(fold(spelling) for spelling, _ in data.province_spellings())
        self.at: int | None = None  # the character being read, for error reports
        self.line_kinds = {fold(r.pattern): r.kind for r in rows if r.match == "line"}
        # No line of more words than this is a list item; a list marker is one word at most.
        self._longest_item = 1 + max(
            self.lists.max_item_words,
            self.lists.headline_words[1],
            *(len(key.split()) for key, kind in self.line_kinds.items() if kind == "MENU"),
        )
        self.prefixes = [(fold(r.pattern), r.kind) for r in rows if r.match == "prefix"]
        self.regexes = [(regex.compile(r.pattern), r.kind) for r in rows if r.match == "regex"]
        # What a menu or tag list names: places, regions, and the sections sites list.
        self.list_items = frozenset(
            {fold(spelling) for spelling, _ in data.province_spellings()}
            | {fold(r.alias) for r in data.regions}
            | {fold(r.pattern) for r in rows if r.match == "line" and r.kind == "MENU"}
        )

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._text = text
        zones: list[tuple[int, int, str]] = []
        # Menus and link lists first: the headline, dateline and byline are looked for in
        # the lines that remain, so that a menu above the headline is not taken for it.
        # A table's rows are short and list-like, but content: never a menu or a header.
        self._table_lines = frozenset(s for s, _ in self.tables.lines(text, [(0, len(text))]))
        lines = self._mark_lists(_nonblank_lines(text), zones)
        top = self._read_top(doc, lines, zones)
        tail = self._find_tail(lines, top)
        if tail is not None:
            zones.append((lines[tail].start, len(text), self._kind(lines[tail]) or "FOOTER"))
            self._read_byline(doc, lines[top:tail], zones)
        else:
            self._read_byline(doc, lines[top:], zones, require_marker=True)
        self._mark_repeats(doc, lines[top : tail if tail is not None else len(lines)], zones)
        self._mark_inline(doc, lines[top : tail if tail is not None else len(lines)], zones)
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
        self._prefix_ends = {}
        for line in window:  # "date 2025-06-12 Vietnam merges ...": a dateline opening a line
            prefix = self._dateline_prefix(line)
            if prefix is not None:
                zones.append((line.start + prefix[0], line.start + prefix[1], "DATELINE"))
                self._prefix_ends[line.start] = prefix[1]
                doc._.published = doc._.published or parse_date(line.text[prefix[0] : prefix[1]])
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
        dated = [
            (i, date)
            for i, kind in enumerate(kinds)
            if kind == "DATELINE" and (date := parse_date(window[i].text)) is not None
        ]
        if dated:
            # "Sat, 27th Jul 2024 13:51" opening the page, then "Wednesday, 12/04/2023 |
            # 14:51:28": the site's clock, then the article's own date
            clock = len(dated) > 1 and dated[0][0] == 0
            doc._.published = doc._.published or dated[1 if clock else 0][1]
        for i, (line, kind) in enumerate(zip(window, kinds, strict=True)):
            if kind == "DATELINE":
                zones.append((line.start, line.end, kind))
                # "By Minh Nga   May 10, 2022 | 11:57 pm PT", "Ngoc Thuy 13:33, 2020/08/28"
                by = (
                    _BY_THEN_DATE.match(line.text)
                    or _NAME_THEN_TIME.match(line.text)
                    or _NAME_THEN_DAY.match(line.text)
                )
                if by is not None and doc._.author is None and _named(by["by"]):
                    doc._.author = byline_name(by["by"])
            elif kind == "BYLINE":  # "By: Ho Thao. Translated by: ...", "Le Thanh Phong |"
                zones.append((line.start, line.end, kind))
                doc._.author = doc._.author or head_byline(line.text)
            elif line.text.strip().isupper() and line.folded in self.places:
                zones.append((line.start, line.end, "LEAD"))  # "HANOI": where it was filed
            elif kind == "HEADER" or (title_index is not None and i < title_index):
                zones.append((line.start, line.end, "HEADER"))
        if title_index is not None:
            line = window[title_index]
            end = line.end
            stamp = self._closing_stamp(line)
            if stamp is not None:  # "<headline> 09/08/2022 04:02:00 629": date, time, views
                end = line.start + stamp.start()
                zones.append((end, line.end, "DATELINE"))
                doc._.published = doc._.published or parse_date(stamp["date"])
            doc._.title = self._text[line.start : end].strip()
            zones.append((line.start, end, TITLE_LABEL))
        return 0 if title_index is None else title_index + 1

    def _closing_stamp(self, line: _Line) -> regex.Match | None:
        """A date (and time, and a view count) that closes the headline's line (furniture.csv
        kind STAMP, with a group ``date``)."""
        for pattern, kind in self.regexes:
            if kind == "STAMP":
                m = pattern.search(line.text)
                if m and line.text[: m.start()].strip():
                    return m
        return None

    def _dateline_prefix(self, line: _Line) -> tuple[int, int] | None:
        """The span of a dateline that opens a line of running text, if any."""
        for pattern, kind in self.regexes:
            if kind != "DATELINE":
                continue
            m = pattern.search(line.text)
            if m and not line.text[: m.start()].strip():
                rest = line.text[m.end() :].split()
                if len(rest) >= 3:
                    return m.start(), m.end()
        return None

    def _head_kind(self, line: _Line) -> str | None:
        if line.start in self._table_lines:
            return None
        if self._dateline_prefix(line) is not None:
            return None  # the line is the text after its dateline
        if head_byline(line.text) is not None:
            return "BYLINE"
        kind = self._kind(line)
        if kind in (None, "SOURCE"):
            # "Source: Xinhua| 2018-01-02 20:03:03|Editor: ...": a source line that dates the
            # page is its dateline
            kind = self._regex_kind(line, _HEAD_REGEX_KINDS) or kind
        if kind in {"HEADER", "DATELINE"}:
            return kind
        # a menu item alone ("Listen to Audio") is the site's, never the headline
        return "HEADER" if kind == "MENU" or _is_menu(line.text) else None

    def _find_tail(self, lines: list[_Line], top: int) -> int | None:
        for index in range(top + 1, len(lines)):
            kind = self._kind(lines[index])
            line = lines[index]
            credit = kind == "SOURCE" and ":" in line.text and line.text.split(":", 1)[1].strip()
            if credit and index + 1 < len(lines) and _is_body(lines[index + 1].text):
                continue  # "Source: Internet" under a photo, then the article goes on
            if kind in TAIL_KINDS:
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

    def _mark_lists(self, lines: list[_Line], zones: list) -> list[_Line]:
        """Mark menus, tag lists and headline lists wherever they stand on the page;
        returns the other lines."""
        shape = self.lists
        listed: set[int] = set()
        for run, kind in self._list_runs(lines):
            if len(run) < (shape.min_headlines if kind == "RELATED" else shape.min_items):
                continue
            if kind == "MENU":
                known = sum(_item_text(line.text) in self.list_items for line in run)
                if known < shape.min_known * len(run):
                    continue
            for line in run:
                zones.append((line.start, line.end, kind))
                listed.add(line.start)
        return [line for line in lines if line.start not in listed]

    def _list_runs(self, lines: list[_Line]) -> Iterator[tuple[list[_Line], str]]:
        """Runs of consecutive list-shaped lines of one kind (MENU or RELATED)."""
        run: list[_Line] = []
        run_kind = None
        introduced = False  # the run follows a line that ends with ":"
        body_seen = False  # headline lists follow the article's first paragraph
        for index, line in enumerate(lines):
            self.at = line.start
            kind = self._list_kind(line)
            if kind == "RELATED" and not body_seen:
                kind = None
            body_seen = body_seen or _is_body(line.text)
            # after a blank line, an unknown short line (a headline, a label) ends a menu
            apart = bool(run) and "\n\n" in self.text_between(run[-1], line)
            if kind == "MENU" and apart and _item_text(line.text) not in self.list_items:
                kind = None
            if kind != run_kind or kind is None:
                if run and not introduced:
                    yield run, run_kind
                previous = lines[index - 1].text.rstrip() if index else ""
                run, run_kind, introduced = [], kind, previous.endswith(":")
            if kind is not None:
                run.append(line)
        if run and not introduced:
            yield run, run_kind

    def text_between(self, before: _Line, after: _Line) -> str:
        """The text between two lines, normalised to plain newlines."""
        return self._text[before.end : after.start].replace("\r", "")

    def _list_kind(self, line: _Line) -> str | None:
        if line.start in self._table_lines:
            return None
        if len(line.text.split()) > self._longest_item:
            return None  # a paragraph: not folded, which costs most on long lines
        text = _item_text(line.text)
        if not text or text[-1] in ".!?;:":
            return None
        if _DIGIT.search(text) and self._regex_kind(line, _DATELINE_ONLY):
            return None  # "Tuesday, 8/7/2025 | 15:42 GMT+7" after a menu: the page's date
        words = len(text.split())
        if self.line_kinds.get(text) == "MENU" or words <= self.lists.max_item_words:
            return "MENU"
        low, high = self.lists.headline_words
        figures = len(_FIGURE_WORD.findall(text))
        if low <= words <= high and figures * 3 <= words and _looks_like_headline(text):
            return "RELATED"  # a headline: words, a figure or two at most (a table row is not)
        return None

    def _mark_inline(self, doc: Doc, body: list[_Line], zones: list) -> None:
        for line in body:
            self.at = line.start
            # "date 2021-02-20 HÀ NỘI — ...": the lead's place tag after a dateline prefix
            # (which only the page's first lines carry: read with the page's head)
            after = self._prefix_ends.get(line.start, 0)
            while after < len(line.text) and line.text[after].isspace():
                after += 1
            for pattern, kind in self.regexes:
                if kind == "DATELINE":
                    continue
                offset = after if kind == "LEAD" else 0
                text = line.text[offset:] if offset else line.text
                for match in pattern.finditer(text):
                    start, end = match.span()
                    if end > start:
                        zones.append((line.start + offset + start, line.start + offset + end, kind))
                    if kind == "LEAD" and doc._.published is None:
                        # "HANOI, April 7, 2025 —": a dated lead is the page's own dateline
                        doc._.published = parse_date(match[0])


_DATELINE_ONLY = frozenset({"DATELINE"})
_DIGIT = regex.compile(r"\d")


def _nonblank_lines(text: str) -> list[_Line]:
    return [
        _Line(start, end, text[start:end])
        for start, end in paragraph_units(text)
        if text[start:end].strip()
    ]


_LIST_MARKER = regex.compile(r"^\s*(?:[-•*+·▪►»–—|#]+|\d{1,2}[.)]|\p{Ll}\))\s*")


_FIGURE_WORD = regex.compile(r"(?<!\S)[-+(]?\d[\d.,/%]*\)?(?!\S)")


def _item_text(text: str) -> str:
    """A list line without its marker, folded."""
    return fold(_LIST_MARKER.sub("", text).strip())


def _is_menu(text: str) -> bool:
    """A navigation or language bar: three or more short items split by "|"."""
    items = [item.strip() for item in text.split("|")]
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items if item)


def _is_body(text: str) -> bool:
    """A paragraph of running text rather than a headline or a label. Thirty words with no
    stop or comma at all are a bar of topic links ("70th anniversary of Hanoi's Liberation
    Day Vietnam - Asia 2023 Smart City Summit ..."), no paragraph."""
    words = text.split()
    if len(words) >= 30:
        return _CLAUSE_MARK.search(text) is not None
    return len(words) >= 12 and (". " in text or text.rstrip()[-1:] in ".:")


_CLAUSE_MARK = regex.compile(r"[.,;:!?]")


def _looks_like_headline(text: str) -> bool:
    text = text.strip()
    words = text.split()
    if len(words) < 3 or len(text) > 250:
        return False
    # "Ministry of Health 4 (0.8639)": a ranked table's row ends on its figures
    return not text.endswith((".", ":", ";", ",")) and not _ROW_END.search(text)


# The figures a table's row ends on: a score in brackets after a name and its position.
_ROW_END = regex.compile(r"\d\s*\(\s*[-+]?\d[\d.,]*\s*%?\s*\)$")


# A byline that a date follows on its line: "By An Hong   July 4, 2016 | 04:26 pm GMT+7".
_BY_THEN_DATE = regex.compile(
    r"\s*(?P<by>[Bb]y\s+\p{Lu}[^\d\n|]{1,40}?)\s+(?=\p{Lu}\p{Ll}+\.?\s+\d)"
)


# ... or a name of two to four Vietnamese syllables, then the time and the date.
_NAME_THEN_TIME = regex.compile(
    r"\s*(?P<by>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3})\s+\d{1,2}:\d{2}\b"
)


# ... or a name, then the day of the week: "An Nhien Thursday, Oct/23/2025 - 22:19".
_NAME_THEN_DAY = regex.compile(
    r"\s*(?P<by>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3})\s+"
    r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# A name a site closes with a bar, alone on its line: "Le Thanh Phong |".
_NAME_BAR = regex.compile(r"^\s*(?P<name>[^|\n]{2,40}?)\s*\|\s*$")


def head_byline(text: str) -> str | None:
    """The author's name when ``text``, a line of the page's head, is a byline alone ("By:
    Ho Thao. Translated by: Hong Van", "Le Thanh Phong |")."""
    if _BYLINE_PREFIX.match(text):
        return byline_name(text)
    m = _NAME_BAR.match(text)
    if m is not None and _named(m["name"]):
        return byline_name(m["name"])
    return None


def _named(words: str) -> bool:
    """The words of a byline are a name: after "By", or each a Vietnamese syllable."""
    if _BYLINE_PREFIX.match(words):
        return True
    return all(SYLLABLE.fullmatch(fold(w)) for w in words.split())


def byline_name(text: str, require_marker: bool = False) -> str | None:
    """The author's name when ``text`` is a byline line, else None."""
    text = text.strip()
    marked = bool(_BYLINE_PREFIX.match(text)) or bool(_BYLINE_SUFFIX.search(text))
    if require_marker and not (marked or _INITIALS.fullmatch(text)):
        return None  # a bare last line is a byline only as initials ("PV", "T.T")
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
    default_config={
        "patterns": None,
        "header_lines": 10,
        "list_min_items": 4,
        "list_max_item_words": 5,
        "list_min_known": 0.6,
        "list_min_headlines": 3,
    },
)
def make_page(
    nlp: Language,
    name: str,
    patterns: str | None,
    header_lines: int,
    list_min_items: int,
    list_max_item_words: int,
    list_min_known: float,
    list_min_headlines: int,
) -> PageReader:
    """Tell the article from the page around it.

    Reads the text's lines. Writes ``doc.spans["furniture"]`` (site header, menus and link
    lists, dateline, headline line, byline, captions, credits, related headlines, footer:
    the other components skip them), ``doc._.title``, ``doc._.published`` and
    ``doc._.author``. Line shapes are data in ``patterns/furniture.csv``.

    patterns (str | None): a folder of pattern files replacing the packaged ones.
    header_lines (int): how many lines from the top a dateline is looked for in.
    list_min_items, list_max_item_words, list_min_known (int, int, float): a run of at
        least that many lines of at most that many words, of which that share name a
        place, region or site section, is a menu or tag list.
    list_min_headlines (int): that many headline-shaped lines in a row after the article
        has begun are a list of other articles.

    >>> doc = reformnlp.load()(page_with_a_province_menu_above_its_headline)
    >>> sorted({s.label_ for s in doc.spans["furniture"]})
    ['MENU', 'TITLE_LINE']
    """
    shape = ListShape(list_min_items, list_max_item_words, list_min_known, list_min_headlines)
    return PageReader(nlp, name, patterns, header_lines, shape)
