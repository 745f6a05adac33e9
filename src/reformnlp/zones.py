"""Where the article is on the page: helpers over ``doc.spans["furniture"]``.

The page component marks page furniture (site header, dateline, repeated
captions, byline, source line, related headlines, footer) as spans in the
``furniture`` group; every other component asks these helpers what to read.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from .text import doc_text, paragraph_units

FURNITURE_KEY = "furniture"
TITLE_LABEL = "TITLE_LINE"
# Zones that say where a story was filed: their places are mentions but not its subject.
LEAD_LABELS = frozenset({"LEAD", "DATELINE"})
# ... and where a place is named in passing: those and a photo's caption.
PASSING_LABELS = LEAD_LABELS | {"CAPTION"}
# Zones whose text yields no entities; captions are repeats and stay readable for
# entities but not for metrics.
NO_ENTITY_LABELS = frozenset(
    {"HEADER", "DATELINE", "BYLINE", "SOURCE", "RELATED", "FOOTER", "MENU"}
)


def furniture(doc: Doc) -> list[Span]:
    """The furniture spans, sorted by position (title line excluded)."""
    spans = doc.spans.get(FURNITURE_KEY, [])
    return sorted((s for s in spans if s.label_ != TITLE_LABEL), key=lambda s: s.start_char)


_Merged = tuple[list[int], list[int]]
_last_zones: tuple[object, int, dict[frozenset[str] | None, _Merged]] | None = None


def _merged_zones(doc: Doc, labels: frozenset[str] | None) -> _Merged:
    """Starts and ends of the furniture zones (of ``labels``, if given), overlapping ones
    merged, in order: read once per Doc and label set (many spans ask)."""
    global _last_zones
    count = len(doc.spans.get(FURNITURE_KEY, []))
    if _last_zones is None or _last_zones[0] is not doc or _last_zones[1] != count:
        _last_zones = (doc, count, {})
    cache = _last_zones[2]
    if labels not in cache:
        starts: list[int] = []
        ends: list[int] = []
        for span in furniture(doc):
            if labels is not None and span.label_ not in labels:
                continue
            if ends and span.start_char < ends[-1]:
                ends[-1] = max(ends[-1], span.end_char)
            else:
                starts.append(span.start_char)
                ends.append(span.end_char)
        cache[labels] = starts, ends
    return cache[labels]


def is_furniture(doc: Doc, start: int, end: int, labels: frozenset[str] | None = None) -> bool:
    """True when ``[start, end)`` overlaps a furniture zone (of ``labels``, if given)."""
    starts, ends = _merged_zones(doc, labels)
    # of the zones starting before ``end``, the last reaches farthest (merged zones are apart)
    last = bisect_left(starts, end) - 1
    return last >= 0 and start < ends[last]


def title_span(doc: Doc) -> Span | None:
    """The headline line, when the page component found one."""
    if FURNITURE_KEY not in doc.spans:
        return None
    return next((s for s in doc.spans[FURNITURE_KEY] if s.label_ == TITLE_LABEL), None)


def content_paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of the article's own paragraphs (lines), in order.

    The headline, furniture of every kind and repeated captions are left out; a
    line only partly covered by furniture (a trailing ``./.`` or a photo credit)
    is kept without that part.
    """
    zones = [(s.start_char, s.end_char) for s in furniture(doc)]
    title = title_span(doc)
    if title is not None:
        zones.append((title.start_char, title.end_char))
    zones.sort()
    zone_starts = [z_start for z_start, _ in zones]
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    first = 0  # zones before this one end before every paragraph still to come
    for start, end in paragraph_units(text):
        while first < len(zones) and zones[first][1] <= start:
            first += 1
        # only zones that overlap the line can cut it: the line only shrinks
        for z_start, z_end in zones[first : bisect_left(zone_starts, end)]:
            start, end = _strip(text, start, end)  # "date 2021-02-20 HÀ NỘI —": zones in a row
            if z_end <= start or z_start >= end:
                continue
            if z_start <= start and z_end >= end:
                start = end
                break
            if z_start <= start:
                start = z_end
            elif z_end >= end:
                end = z_start
        start, end = _strip(text, start, end)
        if end > start:
            out.append((start, end))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
