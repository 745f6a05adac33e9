"""``doc_to_record``: the one place a processed Doc becomes an ArticleRecord.

The values on the Doc were checked where they were made (pattern files at load, typed
fields in the components), so the record is assembled with pydantic's
``model_construct`` instead of being validated field by field again: validation
happens once, at the boundary, and a test validates every record built here.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import regex
from spacy.tokens import Doc, Span

from .patterns import get_patterns
from .schema import (
    ArticleRecord,
    Average,
    Body,
    Change,
    Metric,
    Official,
    Previous,
    Province,
    Rank,
)
from .text import doc_text, fold, to_original


def doc_to_record(
    doc: Doc,
    *,
    id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> ArticleRecord:
    """Read the record off a Doc the pipeline processed.

    Offsets are mapped back to the text as given; explicit ``title`` and
    ``published`` (e.g. from an HTML page's metadata) win over the page reader's.
    """
    return ArticleRecord.model_construct(
        id=id or "",
        source=source,
        title=title or doc._.title,
        published=published or doc._.published,
        author=doc._.author,
        officials=_officials(doc),
        provinces=_provinces(doc),
        bodies=_bodies(doc),
        metrics=_metrics(doc),
    )


def _offsets(doc: Doc, span: Span) -> tuple[int, int]:
    return to_original(doc._.offset_map, span.start_char, span.end_char)


def _source(doc: Doc) -> str:
    return doc._.source_text if doc._.source_text is not None else doc_text(doc)


def _group(doc: Doc, label: str) -> list[Span]:
    return list(doc.spans[label]) if label in doc.spans else []


def _officials(doc: Doc) -> list[Official]:
    people = doc._.officials or []
    mentions = defaultdict(list)
    for span in _group(doc, "OFFICIAL"):
        mentions[span.kb_id_].append(_offsets(doc, span))
    return [
        Official.model_construct(
            name=person["name"],
            key=person["key"],
            titles=list(person["titles"]),
            province=person["province"],
            mentions=sorted(set(mentions[person["key"]])),
        )
        for person in people
    ]


def _provinces(doc: Doc) -> list[Province]:
    rows = get_patterns().provinces
    found: dict[str, list] = {}
    for span in _group(doc, "PROVINCE"):
        found.setdefault(span.kb_id_, []).append(_offsets(doc, span))
    out = []
    for code, mentions in found.items():
        row = rows[code]
        out.append(
            Province.model_construct(
                name=row.name,
                name_vi=row.name_vi,
                code=code,
                region=row.region,
                merged_into=row.merged_into,
                mentions=mentions,
            )
        )
    return out


def _bodies(doc: Doc) -> list[Body]:
    text = _source(doc)
    placed = _placed_after(doc)
    grouped: dict[str, dict] = {}
    for span in _group(doc, "BODY"):
        fields = span._.body or {}
        entry = grouped.setdefault(span.kb_id_, {**fields, "aliases": [], "mentions": []})
        start, end = _offsets(doc, span)
        entry["mentions"].append((start, end))
        if fields.get("acronym") and not entry.get("acronym"):
            entry["acronym"] = fields["acronym"]
        surfaces = [" ".join(text[start:end].split())]
        place = placed.get(span.end_char)
        if place is not None and place[0] == fields.get("province"):
            # "the Department of Home Affairs of Dong Nai province": the form as written,
            # with the place the name reads after it
            place_end = to_original(doc._.offset_map, span.start_char, place[1])[1]
            surfaces.append(" ".join(text[start:place_end].split()))
        for surface in surfaces:
            known = {fold(entry["name"])} | {fold(a) for a in entry["aliases"]}
            if fold(surface) not in known:
                entry["aliases"].append(surface)
    return [_body(entry) for entry in grouped.values()]


# Between a body's name and the province it is "of": "the Department of Health of (the)
# Hai Duong (province)", read up to the province's name.
_OF_GAP = regex.compile(r" of (?:the )?\Z")


@functools.cache
def _place_noun() -> regex.Pattern:
    """A level word of words.csv right after a place's name ("Hai Duong province")."""
    words = sorted(get_patterns().words_of("level"), key=len, reverse=True)
    return regex.compile(rf" (?:{'|'.join(map(regex.escape, words))})\b", regex.IGNORECASE)


def _placed_after(doc: Doc) -> dict[int, tuple[str, int]]:
    """Where a body's name may end -> (province code, end of "of <province> (province)")."""
    text = doc.text
    out: dict[int, tuple[str, int]] = {}
    for place in _group(doc, "PROVINCE"):
        gap = _OF_GAP.search(text, max(0, place.start_char - 8), place.start_char)
        if gap is not None:
            noun = _place_noun().match(text, place.end_char)
            out[gap.start()] = (place.kb_id_, noun.end() if noun else place.end_char)
    return out


_BODY_DEFAULTS = {"acronym": None, "kind": None, "level": None, "province": None}


def _body(entry: dict) -> Body:
    return Body.model_construct(**{**_BODY_DEFAULTS, **entry})


def _metrics(doc: Doc) -> list[Metric]:
    text = _source(doc)
    out = []
    for span in _group(doc, "METRIC"):
        payload = span._.metric
        if payload is None:
            continue
        start, end = _offsets(doc, span)
        for fields in payload if isinstance(payload, list) else [payload]:
            out.append(_metric(text[start:end], start, end, fields))
    out.sort(key=lambda m: (m.start or 0, m.end or 0))
    return out


_NESTED = {"average": Average, "previous": Previous, "change": Change, "rank": Rank}


def _metric(quote: str, start: int, end: int, fields: dict) -> Metric:
    values = {**_DEFAULTS[Metric], **fields, "quote": quote, "start": start, "end": end}
    for name, model in _NESTED.items():
        nested = values[name]
        if nested is not None:
            values[name] = model.model_construct(**{**_DEFAULTS[model], **nested})
    return Metric.model_construct(**values)


# The plain defaults of the models built field by field above.
_DEFAULTS = {
    model: {
        name: info.default
        for name, info in model.model_fields.items()
        if not info.is_required() and info.default_factory is None
    }
    for model in (Metric, Average, Previous, Change, Rank)
}
