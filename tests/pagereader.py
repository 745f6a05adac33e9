"""Read the review page back: table cells, list items and the span labels displaCy drew."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "input", "img", "hr", "link"}


@dataclass
class Element:
    """An element of interest, with its classes, the section and row it sits in, and its text."""

    tag: str
    classes: set[str]
    section: str | None
    row: set[str]
    table: set[str]
    text: str = ""
    title: str | None = None

    @property
    def words(self) -> str:
        """The text with whitespace collapsed."""
        return " ".join(self.text.split())


@dataclass
class Page:
    """What the page holds, element by element, in document order."""

    cells: list[Element] = field(default_factory=list)
    items: list[Element] = field(default_factory=list)
    labels: list[Element] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)

    @property
    def sections(self) -> list[str]:
        """The articles in the order the page shows them."""
        return list(self.anchors)

    def in_section(self, kind: str, article: str) -> list[Element]:
        """Cells, items or labels of the section titled ``article``."""
        return [e for e in getattr(self, kind) if e.section == self.anchors[article]]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[tuple[str, dict, Element | None]] = []
        self.section: str | None = None
        self.heading: Element | None = None

    def _classes(self, attrs: dict) -> set[str]:
        return set((attrs.get("class") or "").split())

    def _around(self, tag: str) -> set[str]:
        for name, attrs, _ in reversed(self.stack):
            if name == tag:
                return self._classes(attrs)
        return set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.section = attrs.get("id")
        element = None
        if tag in ("td", "li") or (tag == "span" and "z-index: 10" in (attrs.get("style") or "")):
            element = Element(
                tag,
                self._classes(attrs),
                self.section,
                self._around("tr"),
                self._around("table"),
                title=attrs.get("title"),
            )
            kind = {"td": "cells", "li": "items", "span": "labels"}[tag]
            getattr(self.page, kind).append(element)
        if tag == "h2" and self.section:
            element = self.heading = Element("h2", set(), self.section, set(), set())
        if tag not in VOID:
            self.stack.append((tag, attrs, element))

    def handle_endtag(self, tag):
        while self.stack:
            name, _, element = self.stack.pop()
            if element is self.heading and element is not None:
                self.page.anchors[element.words] = element.section
                self.heading = None
            if name == tag:
                break

    def handle_data(self, data):
        # a heading's error counts ("3 errors", "2 names") are no part of the article's name
        counted = any("count" in (attrs.get("class") or "").split() for _, attrs, _ in self.stack)
        for _, _, element in self.stack:
            if element is not None and not (counted and element is self.heading):
                element.text += data


def read_page(html: str) -> Page:
    """Parse a page written by ``render_html``."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.page
