"""Every custom attribute reformnlp puts on spaCy objects, declared in one table.

Values are plain JSON-like data (str, int, float, bool, list, dict, None) so that
Docs survive ``DocBin(store_user_data=True)``, pickling and ``nlp.pipe(n_process>1)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# (object, attribute, default, meaning)
EXTENSIONS = (
    (Doc, "title", None, "headline of the article, without site furniture"),
    (Doc, "published", None, "ISO date read from the page's own dateline"),
    (Doc, "author", None, "byline"),
    (Doc, "source_text", None, "the text as given, when the tokenizer had to normalise it"),
    (Doc, "offset_map", None, "normalised char index -> index in the text as given"),
    (Doc, "article_province", None, "ISO code of the province the article is about, if fixed"),
    (Doc, "reporting_year", None, "the year the article reports on, if the context fixes it"),
    (Doc, "officials", None, "list of merged officials: {name, key, titles, province}"),
    (Span, "metric", None, "typed metric statement read from a METRIC span"),
    (Span, "body", None, "record fields of the body a BODY span names"),
    (Span, "holder", None, "key of the official a TITLE span belongs to"),
    (Span, "title_text", None, "a TITLE span's phrase completed with its body and province"),
)


def register_extensions() -> None:
    """Register the attributes once; never overwrite another library's attributes."""
    for obj, name, default, _meaning in EXTENSIONS:
        if not obj.has_extension(name):
            obj.set_extension(name, default=default)


register_extensions()
