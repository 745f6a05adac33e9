"""The ``reformnlp_metrics`` component: every metric statement as a METRIC span.

Reads the article's own paragraphs and its headline (never page furniture),
with the provinces, bodies, localities, regions and indices the earlier
components found, and writes ``doc.spans["METRIC"]``: each span covers the
statement's quote and carries the typed figure in ``span._.metric`` (a dict,
or a list of dicts when one quote carries several figures). A table flattened to
text (a header of years, a row per measure) gives one span per cell.
"""

from __future__ import annotations

import functools
import logging

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import (
    extensions,  # noqa: F401  (registers the attributes)
    zones,
)
from ..anchors import Anchors
from ..metrics.cues import PLACE_REFERENCES, get_cues, phrase_pattern
from ..metrics.model import Entity
from ..metrics.reader import LEAD_PARAGRAPHS, StatementReader
from ..patterns import get_patterns
from ..text import doc_text
from .gazetteer import plural as plural_of

log = logging.getLogger(__name__)
# Curly quotes and apostrophes -> straight ones, one character for one.
_STRAIGHT_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))

METRIC_KEY = "METRIC"
_ENTITY_KEYS = ("PROVINCE", "BODY", "LOCALITY", "REGION", "INDEX")


class MetricsReader:
    """Fills ``doc.spans["METRIC"]``; cues are compiled once per instance."""

    def __init__(self, nlp: Language, name: str, patterns: str | None = None):
        self.name = name
        self.patterns = patterns
        cues = get_cues(patterns)
        data = get_patterns(patterns)
        nouns = frozenset(data.words_of("body_noun")) | cues.reference_nouns
        self.level_words = frozenset(data.words_of("level"))
        # "the country's 63 provinces" names them all; "the 34 provincial-level units" after
        # the 2025 merger is itself news (SPEC 7), so only the long-standing count is a name.
        self.reader = StatementReader(
            cues,
            nouns,
            frozenset({float(len(data.provinces))}),
            spellings=data.spellings(),
        )
        # "the province", "the city": the scope phrases that refer to the page's place, looked
        # for alone (the whole scope list is slow to run over every paragraph)
        self._place_reference = regex.compile(
            phrase_pattern(
                (phrase for phrase, subject in cues.scopes.items() if subject in PLACE_REFERENCES),
                diacritics=True,
            ),
            regex.IGNORECASE,
        )

    @property
    def at(self) -> int | None:
        """The character the reader was at (its sentence's start), for error reports."""
        return self.reader.at

    @at.setter
    def at(self, value: int | None) -> None:
        self.reader.at = value

    def __call__(self, doc: Doc) -> Doc:
        title = zones.title_span(doc)
        # curly quotes read as straight ones: the rules spell apostrophes one way, and the
        # offsets stay those of the Doc's text (one character for one)
        text = _straight_quotes(doc_text(doc))
        paragraphs = zones.content_paragraphs(doc)
        reading = self.reader.read(
            text,
            paragraphs,
            _entities(doc, self.patterns, paragraphs),
            title=(title.start_char, title.end_char) if title is not None else None,
            published=doc._.published,
            **self._article_subject(doc, paragraphs),
            anchors=Anchors.from_doc(doc, text, self.reader.start_words),
        )
        if doc._.reporting_year is None and reading.reporting_year is not None:
            doc._.reporting_year = reading.reporting_year
        doc.spans[METRIC_KEY] = _spans(doc, reading.metrics)
        return doc

    def _article_subject(self, doc: Doc, paragraphs: list[tuple[int, int]]) -> dict:
        """The reader's ``article`` and ``article_from``: the province's name (see
        ``_subject_province``), for the whole page when the headline or the lead names it,
        else from where the text first names it (a national report that ends on one
        province's figures keeps the figures before it national); on a page that names no
        province but speaks of "the province" (a provincial site's own news), the bare noun."""
        reference = self._province_reference(doc, paragraphs)  # read once: it scans the text
        code = self._subject_province(doc, reference)
        if code is not None:
            named_from = self._named_from(doc, code, paragraphs[:LEAD_PARAGRAPHS])
            if reference is not None and reference.start() < named_from.get("article_from", 0):
                named_from = {}  # "the province's score" before its name: its page throughout
            return {"article": _province_name(code, self.patterns), **named_from}
        if any(
            not zones.is_furniture(doc, s.start_char, s.end_char, zones.LEAD_LABELS)
            for s in doc.spans.get("PROVINCE", [])
        ):
            return {}
        if reference is None:
            return {}
        noun = reference[0].split()[-1].lower()
        # "the locality" names no level (words.csv level): on a provincial paper's page the
        # place is the province (SPEC 7)
        return {"article": noun if noun in self.level_words else "province"}

    @staticmethod
    def _named_from(doc: Doc, code: str, lead: list[tuple[int, int]]) -> dict:
        """``article_from``: where the text first names the province ``code``, when that is
        after the headline and the ``lead`` paragraphs (none when they name it)."""
        title = zones.title_span(doc)
        first = min(
            (s.start_char for s in doc.spans.get("PROVINCE", []) if s.kb_id_ == code),
            default=None,
        )
        if first is None or (title is not None and first < title.end_char):
            return {}
        if not lead or first < lead[-1][1]:
            return {}
        return {"article_from": first}

    def _subject_province(self, doc: Doc, reference: regex.Match | None) -> str | None:
        """The province a figure belongs to when its sentence names no holder (SPEC 7).

        The article's province (or the only province it names) when the text treats it as
        its subject: the headline names it, two sentences name it other than as a place where
        something happened, the text refers to "the province" or "the city", or a body of
        that province is named. A province named only where the story was filed, a meeting
        held ("HÀ NỘI —", "a session in Hà Nội") or a photo taken (a caption) leaves national
        news national.
        ``reference`` is the text's first "the province" (``_province_reference``).
        """
        content = [
            s
            for s in doc.spans.get("PROVINCE", [])
            if not zones.is_furniture(doc, s.start_char, s.end_char, zones.PASSING_LABELS)
        ]
        codes = {s.kb_id_ for s in content}
        code = doc._.article_province or (next(iter(codes)) if len(codes) == 1 else None)
        if code is None:
            return None
        bodies = [
            span
            for span in doc.spans.get("BODY", [])
            if not zones.is_furniture(doc, span.start_char, span.end_char)
        ]
        if any((span._.body or {}).get("province") == code for span in bodies):
            return code
        venue = self.reader.cues.venue_words
        named = sum(
            span.kb_id_ == code and (span.start == 0 or doc[span.start - 1].norm_ not in venue)
            for span in content
        )
        title = zones.title_span(doc)
        in_title = title is not None and any(
            s.kb_id_ == code and title.start_char <= s.start_char < title.end_char for s in content
        )
        if in_title or named >= 2:
            return code
        return code if reference is not None else None

    def _province_reference(
        self, doc: Doc, paragraphs: list[tuple[int, int]]
    ) -> regex.Match | None:
        """The first "the province", "the city" ... in the article's own ``paragraphs`` that
        speaks of the place itself, not of what belongs to one ("the culture of the
        locality", "the names of the province" in a general rule)."""
        text = doc_text(doc)
        scope = self.reader.cues.scope
        for start, end in paragraphs:
            for m in self._place_reference.finditer(text, start, end):
                whole = scope.match(text, m.start(), end)
                if whole is None or whole.end() != m.end():
                    continue  # a longer scope of another kind: "the city level"
                if _LEVEL_PAIR_AFTER.match(text, m.end()):
                    continue  # "the City and Provincial Party Committees": every city's
                if _OF_BEFORE.search(text, max(start, m.start() - 4), m.start()):
                    continue
                if _NAME_AFTER.match(text, m.end()):
                    continue  # "the northeastern province of Quang Ninh": a name, no reference
                return m
        return None


def _straight_quotes(text: str) -> str:
    """``text`` with curly quotes made straight, one character for one (``str.replace`` per
    quote the text holds: many times faster than ``str.translate`` over every character)."""
    for curly, straight in _STRAIGHT_QUOTES:
        if curly in text:
            text = text.replace(curly, straight)
    return text


# "the northern province of Quang Ninh": the place named in apposition.
_NAME_AFTER = regex.compile(r"\s+of\s+\p{Lu}")
# "the culture of the locality": what belongs to a place, no reference to it.
_OF_BEFORE = regex.compile(r"\bof\s+$", regex.IGNORECASE)
# A second level coordinated after "the city" or "the province": the two levels' bodies, all
# of them ("the City and Provincial Party Committees"), no reference to one place.
_LEVEL_PAIR_AFTER = regex.compile(r"\s+(?:and|or)\s+(?:provincial|city|municipal)\b", regex.I)


def _entities(doc: Doc, patterns: str | None, paragraphs: list[tuple[int, int]]) -> list[Entity]:
    out = []
    text = doc_text(doc)
    level_words, level_after, named_locality, shared_level, singular_level = _locality_patterns(
        patterns
    )
    for key in _ENTITY_KEYS:
        for span in doc.spans.get(key, []):
            name, end = _name(span, key, patterns), span.end_char
            if key == "LOCALITY":  # "Gia Loc district", "Pu Nhung commune": named with its level
                level = level_after.match(text, end)
                if level:
                    name, end = f"{span.text}{level[0]}", level.end()
            elif key == "PROVINCE":  # "Dong Thap Province (46.961)": the word is the name's
                level = _PROVINCE_WORD_AFTER.match(text, end)
                end = level.end() if level else end
            kind = (span._.body or {}).get("kind") if key == "BODY" else None
            if key == "PROVINCE":
                kind = _province_kind(span.kb_id_, patterns)  # "city" for Hanoi, Da Nang, ...
            if key == "INDEX":
                kind = span.kb_id_ or None  # the index's id (indices.csv)
            out.append(Entity(span.start_char, end, key, name, kind))
    taken = [(e.start, e.end) for e in out]
    for start, stop in paragraphs:
        paragraph = text[start:stop].lower()
        if not any(word in paragraph for word in level_words):
            continue  # no level word, no locality named with one (a search costs more)
        for m in named_locality.finditer(text, start, stop):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(Entity(m.start(), m.end(), "LOCALITY", m[0]))
        for m in shared_level.finditer(text, start, stop):
            # "Van Don and Hai Ha districts": each name a locality of the one level
            level = singular_level[m["level"].lower()]
            for name_start, name_end in m.spans("name"):
                if not any(s < name_end and name_start < e for s, e in taken):
                    name = f"{text[name_start:name_end]} {level}"
                    out.append(Entity(name_start, name_end, "LOCALITY", name))
    return _with_level(out, level_after)


def _with_level(entities: list[Entity], level_after: regex.Pattern) -> list[Entity]:
    """A locality named once with its level word ("Dai Phuoc commune") keeps that name where
    the text names it alone ("Dai Phuoc received 1,200 dossiers"): one holder, one name."""
    full: dict[str, str] = {}
    for e in entities:
        if e.label == "LOCALITY":
            m = level_after.search(e.name)
            if m is not None and m.end() == len(e.name):
                full.setdefault(e.name[: m.start()], e.name)
    if not full:
        return entities
    return [
        Entity(e.start, e.end, e.label, full[e.name])
        if e.label == "LOCALITY" and e.name in full
        else e
        for e in entities
    ]


_PROVINCE_WORD_AFTER = regex.compile(r" (?:[Pp]rovince|City)\b")


# A place named with a lower-case level word after it: "Dong Trieu city", "Gia Loc district".
@functools.lru_cache(maxsize=8)
def _locality_patterns(
    patterns: str | None,
) -> tuple[tuple[str, ...], regex.Pattern, regex.Pattern, regex.Pattern, dict[str, str]]:
    """The locality words of words.csv ("district", "commune", …) with their plurals, the
    patterns of a locality's level word after its name, of a place named with one and of
    places named before one level word in the plural, and each plural's level word."""
    data = get_patterns(patterns)
    words = tuple(data.words_of("locality"))
    levels = "|".join(sorted(words, key=len, reverse=True))
    # a word of not_place never opens the name ("After district-level units ...")
    openers = "|".join(sorted((w.capitalize() for w in data.words_of("not_place")), key=len))
    # "X City" stays unread: most such names are provinces' or former cities'
    capitals = "|".join(
        sorted((w.capitalize() for w in words if w != "city"), key=len, reverse=True)
    )
    # the level word may be capitalised ("Chau Duc District will have 6 units"), unless a
    # body's name goes on after it ("Chau Duc District People's Committee" is the body's)
    level = rf"(?:(?:{levels})|(?:{capitals})(?!\s\p{{Lu}}))\b"
    level_after = regex.compile(rf" {level}")
    # ... its syllables joined by spaces or a dash ("Phan Rang - Thap Cham city")
    named = regex.compile(
        rf"(?<![\p{{L}}'-])(?!(?:{openers})\s)"
        rf"(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:\s?[-–]\s?|\s)){{1,4}}(?<=\s){level}"
    )
    # names coordinated before one level word in the plural ("Van Don and Hai Ha districts",
    # "Ha Long, Uong Bi and Cam Pha cities"), each group ``name``
    plural = "|".join(sorted((plural_of(w) for w in words), key=len))
    one = rf"(?!(?:{openers})\s)\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:\s\p{{Lu}}[\p{{Ll}}\p{{M}}]+){{0,3}}"
    shared = regex.compile(
        rf"(?<![\p{{L}}'-])(?P<name>{one})(?:,\s(?P<name>{one}))*,?\s+and\s+(?P<name>{one})"
        rf"\s+(?P<level>{plural})\b"
    )
    singular = {plural_of(w): w for w in words}
    # (the words a paragraph must hold for a search: "cities" holds no "city")
    return (*words, *singular), level_after, named, shared, singular


def _name(span: Span, key: str, patterns: str | None) -> str:
    if key == "PROVINCE":
        return _province_name(span.kb_id_, patterns) or span.text
    if key == "BODY" and span._.body:
        return span._.body.get("name") or span.text
    if key == "REGION" and span.kb_id_:
        return span.kb_id_
    return span.text


def _province_kind(code: str | None, patterns: str | None) -> str | None:
    row = _province_row(code, patterns)
    return row.kind if row is not None else None


def _province_name(code: str | None, patterns: str | None) -> str | None:
    row = _province_row(code, patterns)
    return row.name if row is not None else None


def _province_row(code: str | None, patterns: str | None):
    """provinces.csv's row for an ISO code, if there is one."""
    return get_patterns(patterns).provinces.get(code) if code else None


def _spans(doc: Doc, metrics: list[dict]) -> list[Span]:
    """One span per quote; a quote that carries several figures holds a list of them."""
    # (start, end) of each quote's tokens and its figures, by the quote's characters
    by_quote: dict[tuple[int, int], tuple[int, int, list[dict]]] = {}
    size = len(doc_text(doc))
    for metric in metrics:
        start, end = metric.pop("start"), metric.pop("end")
        if not 0 <= start < end <= size:
            # The reader guarantees this; a figure that breaks it is dropped, not the article.
            log.debug("metric %r dropped: quote [%d, %d) outside the text", metric, start, end)
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        quote = by_quote.setdefault((span.start_char, span.end_char), (span.start, span.end, []))
        quote[2].append(metric)
    spans = []
    for _, (start, end, found) in sorted(by_quote.items()):
        span = Span(doc, start, end, label=METRIC_KEY)
        span._.metric = found[0] if len(found) == 1 else found
        spans.append(span)
    return spans


@Language.factory(
    "reformnlp_metrics",
    default_config={"patterns": None},
    assigns=["doc.spans", "doc._.reporting_year"],
)
def make_metrics(nlp: Language, name: str, patterns: str | None) -> MetricsReader:
    """Read every metric statement (SPEC sections 5 and 7).

    Reads the article's own paragraphs and headline (``doc.spans["furniture"]`` says what
    to skip), the ``PROVINCE``, ``BODY``, ``LOCALITY``, ``REGION`` and ``INDEX`` span
    groups, ``doc._.published`` and ``doc._.article_province``. Writes
    ``doc.spans["METRIC"]``: a span per quote whose ``span._.metric`` holds the figure
    (a dict of Metric fields, or a list of them when one quote carries several), and
    ``doc._.reporting_year``. Cue words come from ``patterns/metric_*.csv``.

    patterns (str | None): a folder of pattern files replacing the packaged ones.

    >>> doc = reformnlp.load()("In 2023, Ha Tinh settled 98.2% of dossiers on time.")
    >>> [(m["value"], m["unit"], m["subject"], m["period"])
    ...  for m in (s._.metric for s in doc.spans["METRIC"])]
    [(98.2, '%', 'Ha Tinh', '2023')]
    """
    return MetricsReader(nlp, name, patterns)
