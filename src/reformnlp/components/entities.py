"""The ``reformnlp_entities`` component: decide which gazetteer hits are entities.

It reads the raw hits of ``doc.spans["gazetteer"]`` and writes the entities the
record reports: ``PROVINCE`` (kb_id = ISO code), ``LOCALITY``, ``REGION``,
``BODY`` (kb_id = folded record name, ``span._.body`` = record fields) and
``INDEX``. On the way it

- drops hits in page furniture, lower-case common words, and acronyms whose case
  differs ("na" is not the National Assembly);
- tells a locality ("Ha Giang City", "Quang Binh Commune") from its province, and
  a person ("Nguyen Hoa Binh") from a province inside their name;
- completes provincial bodies with their level and province ("Provincial
  People's Committee" in a Ha Tinh article is the Ha Tinh Provincial People's
  Committee) and resolves acronyms the text defines ("... Reform (SCAR)");
- fixes ``doc._.article_province``, the province the article is about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions  # noqa: F401  (registers the attributes)
from ..numbers import YEAR, parse_digits, parse_words
from ..patterns import get_patterns
from ..text import (
    ARTICLES,
    DASHES,
    DETERMINERS,
    POSSESSIVES,
    TERM_NOUNS,
    breaks_line,
    doc_text,
    fold,
)
from ..zones import NO_ENTITY_LABELS, PASSING_LABELS, is_furniture
from .gazetteer import SPANS_KEY, plural
from .names import described_province, glued_hyphen, is_syllable, positions_of, words_at

ENTITY_LABELS = (
    "PROVINCE",
    "REGION",
    "BODY",
    "LOCAL_BODY",
    "DEPARTMENT",
    "INDEX",
    "COMMITTEE_HEAD",
)
OUTPUT_LABELS = ("PROVINCE", "LOCALITY", "REGION", "BODY", "INDEX")
_ACRONYM = regex.compile(r"^[\p{Lu}][\p{Lu}\d&-]{1,9}$")


def _capitalised(span: Span, lower_in_names: frozenset[str]) -> bool:
    words = [t for t in span if t.is_alpha and t.lower_ not in lower_in_names]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _starts_capitalised(span: Span) -> bool:
    first = next((t for t in span if t.is_alpha), None)
    if first is not None and len(first) == 1 and first.i + 2 < span.end:
        # "e-Cabinet", "e-Portal": a one-letter prefix before a capitalised word
        dash, word = span.doc[first.i + 1], span.doc[first.i + 2]
        return dash.text in DASHES and word.text[:1].isupper()
    return first is not None and first.text[0].isupper()


class EntityResolver:
    """Turns raw gazetteer hits into the entities of the record."""

    def __init__(self, nlp: Language, name: str, patterns: str | None):
        data = get_patterns(patterns)
        self.name = name
        self.nlp = nlp
        self.provinces = data.provinces
        self.shortened_heads = frozenset(data.words_of("shortened_head"))
        # folded word tuples of every spelling of a province, for "Dien Bien Phu"
        self.province_words = frozenset(
            tuple(fold(spelling).split()) for spelling, _ in data.province_spellings()
        )
        self.bodies = {row.id: row for row in data.bodies}
        # the names of the bodies other rows name as their owner, folded
        self.owner_forms = {
            row.owner: frozenset(
                fold(form) for form in (owner.name, *owner.aliases, *owner.acronyms)
            )
            for row in data.bodies
            if row.owner
            for owner in (self.bodies[row.owner],)
        }
        self.local = {row.id: row for row in data.local_bodies}
        self.family = {fold(row.family) for row in data.family_names}
        self.not_names = frozenset(data.words_of("not_name"))
        # spellings of a province that are also a person's name, and the words before a name
        self.person_places = frozenset(data.words_of("person_place"))
        self.name_before = {fold(row.honorific) for row in data.honorifics} | {
            fold(row.title) for row in data.titles if " " not in row.title
        }
        # capitals of index names ("PAR", "PCI"): never a body's unwritten acronym
        self.index_words = frozenset(
            word for row in data.indices for word in row.alias.split() if word.isupper()
        )
        self.level_words = data.words_of("level")
        self.city_level_words = frozenset(data.words_of("city_level"))
        self.level_prefixes = frozenset(data.words_of("level_prefix"))
        self.home_level_words = frozenset(
            word
            for word, level in self.level_words.items()
            if level in ("district", "commune") and word != "city"
        )
        self.locality_words = set(data.words_of("locality"))
        # "District 10", "Ward 5": places named by their number (a capitalised head)
        heads = sorted(data.words_of("numbered_locality"), key=len, reverse=True)
        self.numbered_localities = (
            regex.compile(
                rf"\b(?:{'|'.join(regex.escape(h[:1].upper() + h[1:]) for h in heads)})"
                r"\s\d{1,2}(?![\w/.:-])"
            )
            if heads
            else None
        )
        self.function_words = frozenset(data.words_of("function_word"))
        # "the new Government", "the former Government": a word of the body's time, no word
        # of a longer name ("Digital Government" is a pillar, "local government" no body)
        self.time_words = frozenset(data.words_of("current_word")) | frozenset(
            data.words_of("former_word")
        )
        self.lower_in_names = frozenset(data.words_of("lower_in_name"))
        self.committee_stops = frozenset(data.words_of("committee_stop"))
        self.name_tails = frozenset(
            tuple(fold(w).split()) for w in data.words_of("committee_tail_phrase")
        )
        self.post_starts = frozenset(data.words_of("post_start"))
        self.establish_verbs = frozenset(data.words_of("establish_verb"))
        self.parts_openers = frozenset(data.words_of("parts_opener"))
        self.lower_case_heads = frozenset(data.words_of("lower_case_head"))
        self.modified_nouns = frozenset(data.words_of("modified_noun"))
        self.clause_openers = frozenset(data.words_of("clause_opener"))
        self.central_words = frozenset(data.words_of("central_word"))
        self.country_owners = frozenset(fold(w) for w in data.words_of("country_owner"))
        self.central_domains, self.department_domains = _domain_tables(nlp, data)
        # the known committees by their content words: a name read from its head that
        # differs from one only in function words and punctuation is that committee
        self.committees = {
            _loose_key(name): row
            for row in data.bodies
            if row.kind == "committee"
            for name in (row.name, *row.aliases)
        }
        # "ministries": the plural of the head of the bodies named "<head> of <domain>"
        heads = {
            plural(row.name.partition(" of ")[0]) for row in data.bodies if row.kind == "ministry"
        }
        self.roll_openers = frozenset(data.words_of("roll_opener"))  # "ministries ... are"
        self.domain_heads = regex.compile(
            r"\b(?:" + "|".join(regex.escape(h) for h in sorted(filter(None, heads))) + r")\b",
            regex.IGNORECASE,
        )
        units = data.words_of("ministry_unit")  # a ministry's unit, one a line of a list
        self.unit_kinds = {word: kind or "agency" for word, kind in units.items()}
        unit_heads = "|".join(regex.escape(w) for w in sorted(units, key=len, reverse=True))
        self.unit_line = regex.compile(
            r"[ \t]*(?:\d{1,2}[ \t]*[.)][ \t]*|[-•*][ \t]+)?"
            rf"(?P<name>(?P<head>{unit_heads})\b[^;:.\n]{{0,80}}?)[ \t]*[;.,]?[ \t]*$",
            regex.IGNORECASE | regex.MULTILINE,
        )
        # ... or one item of a list in running text after a colon ("includes: Department of
        # Organization - Border Guard, Department of Local Government, ...")
        self.unit_item = regex.compile(
            rf"\s*(?:and\s+)?(?:the\s+)?(?P<name>(?P<head>{unit_heads})\b[^;:.,\n]{{0,80}}?)\s*",
            regex.IGNORECASE,
        )
        self.status_words = frozenset(data.words_of("status_word"))
        self.credit_words = frozenset(data.words_of("credit_word"))
        self.companions = frozenset(data.words_of("companion"))
        self.current_words = frozenset(data.words_of("current_word"))  # "the new ...", "newly"
        self.generic_words = frozenset(data.words_of("generic_word"))
        # words that start no place name: words.csv's not_place ("After district-level ..."),
        # function words, and generic words of three letters or more ("Each district ..."; "An"
        # is a syllable of place names: "An Loc", "Long An")
        self.not_place = (
            frozenset(data.words_of("not_place"))
            | self.function_words
            | {w for w in self.generic_words if len(w) > 2}
        )
        # inner local body id -> [(length, {norms of a part: outer row})], longest first:
        # "Office" of a People's Committee, looked up by the words at a position
        by_length: dict[str, dict[int, dict[tuple[str, ...], object]]] = {}
        for row in data.local_bodies:
            # the row's own variants name the part too ("Party Civil Affairs Committee")
            for part in dict.fromkeys((*row.of_parts, *row.variants)) if row.of_body else ():
                norms = _norms(nlp, part)
                tables = by_length.setdefault(row.of_body, {})
                tables.setdefault(len(norms), {}).setdefault(norms, row)
        self.parts = {
            inner: sorted(tables.items(), key=lambda item: -item[0])
            for inner, tables in by_length.items()
        }
        self.at: int | None = None  # the character being read, for error reports
        self.home: str | None = None  # the province a bare provincial body belongs to
        self.provincial_home: str | None = None  # ... when the home is a city
        self.central: list[Span] = []  # the central bodies' hits of the Doc being read
        self.named: set[int] = set()  # where a known name starts in that Doc
        self.home_places: dict[str, tuple[str, str]] = {}  # level -> (place, level word)
        self.city_home: str | None = None  # the city a "municipal" body of the Doc is of
        self.body_starts: set[int] = set()  # where a body's name starts in that Doc
        # the known name each word of one is in, (start, end) (no Span: the pipeline pickles)
        self.known_words: dict[int, tuple[int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        hits = [
            s
            for s in doc.spans.get(SPANS_KEY, [])
            if s.label_ in ENTITY_LABELS
            and (
                not is_furniture(doc, s.start_char, s.end_char, NO_ENTITY_LABELS)
                or _dateline_place(doc, s)
            )
            and self._plausible(doc, s)
        ]
        hits = filter_spans(hits)
        self.body_starts = {s.start for s in hits if s.label_ in _BODY_LABELS}
        self.known_words = {i: (s.start, s.end) for s in hits for i in range(s.start, s.end)}
        out: dict[str, list[Span]] = {label: [] for label in OUTPUT_LABELS}
        for span in hits:
            self.at = span.start_char
            if span.label_ == "PROVINCE":
                self._province(doc, span, out)
            elif span.label_ in ("REGION", "INDEX"):
                out[span.label_].append(
                    Span(doc, span.start, span.end, span.label_, kb_id=_base_id(span))
                )
        doc._.article_province = self._article_province(doc, out["PROVINCE"])
        home = doc._.article_province or self._named_home(doc, hits, out["PROVINCE"])
        if home is None:
            mentions = _named_in_text(doc, out["PROVINCE"])
            home = (
                self._sole_home(doc, hits, mentions)
                or self._headline_home(doc, mentions)
                or self._merged_home(mentions)
            )
        self.home = home
        city_home = self.home is not None and self.provinces[self.home].kind == "city"
        self.provincial_home = (
            self._provincial_home(doc, hits, out["PROVINCE"]) if city_home else None
        )
        self.home_places = self._home_places(doc)
        self.city_home = None  # the city of the page's first "municipal" body, once read
        claimed: set[int] = set()
        owners: set[tuple[int, int]] = set()  # bodies named inside their part's name
        # a known name a capitalised word runs on from is a word of a longer name ("of the
        # National Population Database Project"), no other body a committee's name meets
        named = {
            s.start
            for s in hits
            if s.label_ in _BODY_LABELS and not _runs_on(doc, s.end, self.post_starts)
        }
        self.central = [s for s in hits if s.label_ == "BODY"]
        self.named = named | {s.start for s in hits if s.label_ == "PROVINCE"}
        for head in doc.spans.get(SPANS_KEY, []):
            if head.label_ == "LIST_HEAD" and not is_furniture(
                doc, head.start_char, head.end_char, NO_ENTITY_LABELS
            ):
                self.at = head.start_char
                listed = self._listed(doc, head, out["PROVINCE"])
                if listed:
                    out["BODY"].extend(listed)
                    claimed.update(range(head.start, listed[-1].end))
        for listed in (*self._rolls(doc), *self._unit_lists(doc), *self._unit_items(doc)):
            out["BODY"].extend(listed)
            claimed.update(range(listed[0].start, listed[-1].end))
        for span in hits:
            self.at = span.start_char
            if span.label_ != "PROVINCE" and claimed.intersection(range(span.start, span.end)):
                continue  # read as part of a list: "People's Councils of A and B provinces"
            if span.label_ in _BODY_LABELS:
                body = self._body(doc, span, out["PROVINCE"])
                if body is not None:
                    out["BODY"].append(body)
                    if span.label_ == "BODY":
                        owner = self._owner_named_in(doc, span)
                        if owner is not None:
                            out["BODY"].append(owner)
                            owners.add((owner.start, owner.end))
                    if span.label_ == "LOCAL_BODY":
                        for outer in (
                            self._part_of(doc, body, _base_id(span)),
                            self._its_part(doc, body, _base_id(span), out["PROVINCE"]),
                        ):
                            if outer is not None:
                                out["BODY"].append(outer)
                        out["BODY"].extend(self._listed_parts(doc, body, _base_id(span)))
                        inner = self._owner_inside(doc, span, body)
                        if inner is not None:
                            out["BODY"].append(inner)
                            owners.add((inner.start, inner.end))
            elif span.label_ == "COMMITTEE_HEAD":
                body = self._committee(doc, span, out["PROVINCE"], named)
                if body is not None:
                    out["BODY"].append(body)
        out["BODY"].extend(self._listed_after(doc, out["BODY"]))
        out["BODY"].extend(self._ministry_units(doc, out["BODY"]))
        out["BODY"] = _outermost(doc, out["BODY"], self.status_words, owners)
        out["BODY"].extend(self._defined_acronyms(doc, out["BODY"]))
        out["BODY"] = _short_references(doc, out["BODY"], self.shortened_heads)
        out["INDEX"].extend(_defined_index_acronyms(doc, out["INDEX"]))
        out["LOCALITY"].extend(_named_places(doc, out, self.home_level_words, self.level_prefixes))
        out["LOCALITY"].extend(_numbered_places(doc, out, self.numbered_localities))
        # "the Service Centre in Saigon Ward": the ward only places the body the text names
        out["LOCALITY"] = [
            place
            for place in out["LOCALITY"]
            if not any(b.start < place.start and place.end <= b.end for b in out["BODY"])
        ]
        for label, spans in out.items():
            doc.spans[label] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc

    # -- which hits stand -------------------------------------------------
    def _runs_into_place(self, doc: Doc, i: int) -> bool:
        """A province's name ending at ``i`` runs on into a longer place's ("Dien Bien Phu"):
        the word at ``i`` is a name's syllable that opens no other province's name and no
        person's ("... of Nam Dinh Doan Hong Phong")."""
        if i >= len(doc) or not is_syllable(doc[i], self.not_names) or doc[i].norm_ in self.family:
            return False
        return not any(
            tuple(t.norm_ for t in doc[i : i + n]) in self.province_words for n in (1, 2, 3)
        )

    def _plausible(self, doc: Doc, span: Span) -> bool:
        ident = span.id_
        if span.label_ == "BODY" and self._credit(doc, span):
            return False
        if ident.startswith("acr|"):
            return span.text == ident.rsplit("|", 1)[1]
        if span.label_ in ("PROVINCE", "REGION"):
            if not _capitalised(span, self.lower_in_names):
                return False
            after = doc[span.end] if span.end < len(doc) else None
            if span.label_ == "PROVINCE" and self._runs_into_place(doc, span.end):
                return False  # "Dien Bien Phu (University)": a longer place's name
            # "Southeast Asia", "Southeast Asian country": the continent's part, no region of ours
            return not (
                span.label_ == "REGION" and after is not None and after.text in ("Asia", "Asian")
            )
        if (
            not _starts_capitalised(span)
            and not (
                span.label_ in ("BODY", "LOCAL_BODY", "DEPARTMENT", "INDEX")
                and self._lower_case_name(span)
            )
            and not self._placed_lower_head(doc, span)
            and not (span.label_ == "COMMITTEE_HEAD" and _set_up_for_a_text(doc, span))
        ):
            return False
        if len(span) == 1 and span.start > 0:
            before = doc[span.start - 1]
            possessive = before.text in POSSESSIVES  # "Dien Bien Province's Inspectorate"
            # "e-Government", "Party/Government": glued to a word; a spaced dash ("Hanoi
            # (VNA) - Politburo member ...") sets off a dateline or a caption
            glued = before.text in "-–/" and not before.whitespace_
            if glued or (
                before.is_lower
                and before.text not in self.function_words
                and before.text not in self.time_words
                and not possessive
                # "the provincial Inspectorate": the level of a local body, written small
                and not (span.label_ == "LOCAL_BODY" and before.lower_ in self.level_words)
            ):
                return False
            named_before = before.is_title and before.is_alpha
            if span.label_ == "BODY" and named_before and before.lower_ not in self.function_words:
                return False  # "Digital Government", "Smart Government": a pillar's name
        if len(span) == 1 and span.label_ == "BODY" and span.end < len(doc):
            after = doc[span.end]
            if after.is_lower and after.lower_ in self.modified_nouns:
                return False  # "Government agencies", "Government leader": it describes a noun
            if after.text in DASHES and not span[-1].whitespace_:
                return False  # "Government-run agencies"
        return True

    def _credit(self, doc: Doc, span: Span) -> bool:
        """A photo credit or source tag on the line: "(Photo: VNA)", "Photo: Duong Giang/VNA",
        "VNA/VNS Photo". SPEC: credits name no body."""
        i = span.start - 1
        while i >= 0 and span.start - i <= 5 and not breaks_line(doc[i]):
            if doc[i].text == ":" and i > 0 and self._credit_word(doc[i - 1]):
                return True
            if doc[i].text in (".", "(", ")") or breaks_line(doc[i]):
                break
            i -= 1
        k = span.end
        if (
            span.start > 0
            and doc[span.start - 1].text == "("
            and k + 1 < len(doc)
            and doc[k].text == ")"
            and doc[k + 1].text in DASHES
        ):
            return True  # "Hanoi (VNA) – ...": the agency a dateline credits
        if k + 1 < len(doc) and doc[k].text == "/" and doc[k + 1].text.isupper():
            k += 2  # "VNA/VNS Photo"
        return k < len(doc) and doc[k].norm_ in self.credit_words

    def _credit_word(self, token) -> bool:
        """A credit word, also glued to the word before it ("app__Photo")."""
        word = token.norm_
        return word in self.credit_words or any(
            word.endswith("_" + credit) for credit in self.credit_words
        )

    def _named_home(self, doc: Doc, hits: list[Span], provinces: list[Span]) -> str | None:
        """When the article is about no one province, the province its local bodies are
        named with, if they name only one ("the Lam Dong Provincial People's Council ... the
        Provincial Party Committee"): a bare provincial body there is that province's."""
        named = {
            self._qualifiers(doc, s, provinces)[2]
            for s in hits
            if s.label_ in ("LOCAL_BODY", "DEPARTMENT")
        } - {None}
        return named.pop() if len(named) == 1 else None

    def _sole_home(self, doc: Doc, hits: list[Span], mentions: Counter) -> str | None:
        """The one province a page names, when it also names bodies twice by that province's
        level word alone ("Son La province will merge ... the Provincial People's Committee
        ... Vice Chairwoman of the Provincial People's Committee") or by a provincial body's
        acronym ("The PPC held ... PPC Chairman"): a provincial paper's page that names its
        province once; a bare department there is that province's. ``mentions``: how often
        the text names each province (``_named_in_text``)."""
        if len(mentions) != 1:
            return None
        (code,) = mentions
        level = _LEVEL_OF_KIND.get(self.provinces[code].kind)
        bare = sum(
            s.label_ == "LOCAL_BODY"
            and (
                s.id_.startswith("acr|")  # "the PPC": a provincial body's acronym
                or (s.start > 0 and doc[s.start - 1].is_title and doc[s.start - 1].lower_ == level)
            )
            and not is_furniture(doc, s.start_char, s.end_char, PASSING_LABELS)
            for s in hits
        )
        return code if bare >= 2 else None

    def _headline_home(self, doc: Doc, mentions: Counter) -> str | None:
        """The one province the headline names, when the text names it more often than any
        other ("Lang Son province is among the group of 12 ... " over a list of seven
        provinces): the page is its, though not most of its mentions; a bare provincial
        body there is that province's."""
        named = self._named_in_title(doc, mentions)
        if len(named) != 1:
            return None
        (top,) = named
        ranked = mentions.most_common(2)
        if ranked[0][0] != top or (len(ranked) > 1 and ranked[1][1] == mentions[top]):
            return None
        return top

    def _merged_home(self, mentions: Counter) -> str | None:
        """The province of the 2025 merger that every province the page names became, when
        the page names it too ("the Standing Committees of Quang Binh and Quang Tri
        Provincial Party Committees ... the Provincial Party Committee"): a bare provincial
        body there is the merged province's."""
        if len(mentions) < 2:
            return None
        into = {self.provinces[code].merged_into for code in mentions}
        if len(into) != 1 or None in into:
            return None
        (name,) = into
        return next((code for code in mentions if self.provinces[code].name == name), None)

    def _named_in_title(self, doc: Doc, codes) -> list[str]:
        """Which of the provinces ``codes`` the headline names."""
        title = fold(doc._.title or "")
        return [code for code in codes if title and fold(self.provinces[code].name) in title]

    def _provincial_home(self, doc: Doc, hits: list[Span], provinces: list[Span]) -> str | None:
        """The first province (not a centrally-run city) the page names a local body with
        ("Chairman of Khanh Hoa Provincial People's Committee ..."): the one a bare
        "Provincial" body belongs to when the page names a city more often."""
        for s in hits:
            if s.label_ not in ("LOCAL_BODY", "DEPARTMENT"):
                continue
            code = self._qualifiers(doc, s, provinces)[2]
            if code is not None and self.provinces[code].kind != "city":
                return code
        return None

    def _home_places(self, doc: Doc) -> dict[str, tuple[str, str]]:
        """The district and the commune a story is about, when it names only one of each
        level by place ("Nhon Trach district", "Pu Nhung commune"): level -> (place, word)."""
        seen: dict[str, dict[str, tuple[str, str]]] = {}
        for i in positions_of(doc, self.home_level_words, LOWER):
            token = doc[i]
            level = self.level_words[token.lower_]
            place = _place_before(doc, token.i, self.not_place)
            if place is None or is_furniture(doc, place.start_char, token.idx, NO_ENTITY_LABELS):
                continue
            seen.setdefault(level, {})[fold(place.text)] = (place.text, token.text.title())
        return {
            level: next(iter(places.values())) for level, places in seen.items() if len(places) == 1
        }

    def _lead_place(self, doc: Doc, level_word: int, level: str | None) -> tuple[str, str] | None:
        """The place of ``level`` (any district or commune level when None) the sentence names
        before an unnamed local body ("In Dong Hai ward, after a month, the ward's Public
        Administration Service Center ..."): ``(place, level word)``, the nearest one, on the
        same line."""
        i = level_word - 1
        while i >= 0 and doc[i].text not in _SENTENCE_END and not breaks_line(doc[i]):
            token = doc[i]
            if token.lower_ in self.home_level_words and (
                level is None or self.level_words[token.lower_] == level
            ):
                place = _place_before(doc, i, self.not_place)
                if place is not None:
                    return place.text, token.text.title()
            i -= 1
        return None

    def _level_after(self, doc: Doc, end: int) -> bool:
        """A level word follows the head through "of" ("the People's Committee of the
        commune", "the People's Council and People's Committee of the commune"): the body of
        any commune, no place's named before it."""
        k = end
        while k < len(doc) and k - end < 8 and doc[k].lower_ != "of":
            # "the People's Council and People's Committee of the commune": one "of" for both
            if not (doc[k].lower_ == "and" or doc[k].text in POSSESSIVES or doc[k].is_title):
                return False
            k += 1
        if k < len(doc) and doc[k].lower_ == "of":
            k += 1
            while k < len(doc) and (
                doc[k].lower_ in self.function_words or doc[k].lower_ in self.generic_words
            ):
                k += 1
            return k < len(doc) and doc[k].lower_ in self.level_words
        return False

    def _home_place(self, doc: Doc, level: str, level_word: int) -> tuple[str, str] | None:
        """The story's own place for an unnamed district or commune body, unless a word such
        as "each" or "a" makes the body generic."""
        before = doc[level_word - 1] if level_word > 0 else None
        if before is not None and before.lower_ in self.generic_words:
            return None
        return self.home_places.get(level)

    def _inner_city(self, doc: Doc, provinces: list[Span]) -> str | None:
        """The one city within a province the page names by place ("Vinh City" on a page on
        Nghe An), when the page's province is no centrally-run city; else None."""
        if self.home is None or self.provinces[self.home].kind == "city":
            return None
        named = {p.start for p in provinces}
        places = set()
        for i in positions_of(doc, _CITY_WORDS, LOWER):
            place = _place_before(doc, i, self.not_place)
            if place is not None and place.start not in named:
                places.add(place.text)
        return next(iter(places)) if len(places) == 1 else None

    def _placed_lower_head(self, doc: Doc, span: Span) -> bool:
        """A local body's one-word head written small right after its level or its place
        ("the provincial police", "Hanoi police", "Mai Dong ward police")."""
        if span.label_ != "LOCAL_BODY" or len(span) != 1 or span.start == 0:
            return False
        if span.end < len(doc) and doc[span.end].lower_ in self.modified_nouns:
            return False  # "municipal police departments": the head describes a noun
        before = doc[span.start - 1]
        if before.lower_ in self.level_words:
            return True
        # a capitalised word before it is a place only if it names one (see ``_qualifiers``)
        capitalised = before.is_alpha and before.text[0].isupper()
        return capitalised and before.lower_ not in self.function_words

    def _lower_case_name(self, span: Span) -> bool:
        """A name the press also writes in lower case: three content words or more ("the
        national database on population", "provincial public administration service centre"),
        or two around a head such as "ministry" or "index" ("the transport ministry", "ministry
        of justice", "the e-government development index", "the e-cabinet system"); a hyphen
        compound is one word.
        """
        # a hyphen compound ("e-cabinet") is one word, counted at its last part
        words = [t.lower_ for t in span if t.is_alpha and not _before_hyphen(t)]
        content = [w for w in words if w not in self.function_words]
        return len(content) >= 3 or (
            len(content) == 2 and bool(self.lower_case_heads.intersection(content))
        )

    def _province(self, doc: Doc, span: Span, out: dict[str, list[Span]]) -> None:
        if self._ends_person_name(doc, span) or self._named_after_person(doc, span):
            return  # a person: "Nguyen Hoa Binh", "To Van Hue", "President Ho Chi Minh"
        after = doc[span.end] if span.end < len(doc) else None
        row = self.provinces[span.id_]
        if after is not None and after.lower_ in self.locality_words:
            central_city = row.kind == "city" and after.lower_ == "city"
            if not central_city:
                out["LOCALITY"].append(
                    Span(doc, span.start, span.end + 1, "LOCALITY", kb_id=row.code)
                )
                return
        out["PROVINCE"].append(Span(doc, span.start, span.end, "PROVINCE", kb_id=row.code))

    def _named_after_person(self, doc: Doc, span: Span) -> bool:
        """A spelling of a province that is also a person's name, read as the person: after a
        title or honorific ("President Ho Chi Minh", "Uncle Ho Chi Minh"), or as the start of
        a name or a possessive ("the Ho Chi Minh Mausoleum", "Ho Chi Minh's thought")."""
        if fold(span.text) not in self.person_places:
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return (before is not None and fold(before.text) in self.name_before) or (
            after is not None
            and (after.text in POSSESSIVES or (after.is_alpha and after.text[0].isupper()))
            and after.lower_ not in self.locality_words
            and after.lower_ not in self.level_words  # "Ho Chi Minh City", "... Provincial"
            and span.end not in self.body_starts  # "Ho Chi Minh People's Committee"
        )

    def _ends_person_name(self, doc: Doc, span: Span) -> bool:
        """A place written right after a family name ("Nguyen Hoa Binh"), or one word after
        it ("To Van Hue"), is the last syllable of a person's name."""
        for back, need_one_word in ((1, False), (2, True)):
            if need_one_word and len(span) != 1:
                return False
            i = span.start - back
            if i < 0:
                return False
            words = doc[i : span.start]
            if not all(t.is_title and t.is_alpha and t.whitespace_ for t in words):
                return False
            if words[0].norm_ in self.family:
                return True
        return False

    def _article_province(self, doc: Doc, provinces: list[Span]) -> str | None:
        if not provinces:
            return None
        # A dateline place ("HÀ NỘI —") says where the story was filed, not what it is about.
        counts: Counter = Counter()
        for span in provinces:
            if is_furniture(doc, span.start_char, span.end_char, frozenset({"LEAD"})):
                continue
            counts[span.kb_id_] += 1
        if not counts:
            return None
        for code in self._named_in_title(doc, list(counts)):
            counts[code] += 2
        # The article is about one province when that province holds at least half of the
        # mentions; a round-up of many provinces is about none of them.
        # A single passing mention ("held in Hanoi") does not make a story about Hanoi either.
        ranked = counts.most_common(2)
        top = ranked[0][1]
        if top < 2:
            # ... unless it is the only province named and the text goes on to refer to it by
            # its kind ("the DTI of agencies in Dak Lak province ... in the province")
            code = ranked[0][0]
            if len(counts) == 1 and (
                self._refers_to_kind(doc, self.provinces[code].kind)
                or any(
                    _owns_a_body(doc, span, self.provinces[code].kind)
                    for span in provinces
                    if span.kb_id_ == code
                )
            ):
                return code
            return None
        if 2 * top >= sum(counts.values()) and (len(ranked) == 1 or top > ranked[1][1]):
            return ranked[0][0]
        return None

    @staticmethod
    def _refers_to_kind(doc: Doc, kind: str) -> bool:
        """The headline or text says "the province" ("the city", after the province's kind),
        lower-case words between allowed ("the mountainous province"), outside page furniture;
        "the Ha Giang province" names one instead."""
        for i in positions_of(doc, frozenset({kind}), LOWER):
            j = i - 1
            while j >= 0 and i - j <= 3 and doc[j].is_lower and doc[j].lower_ not in _REFERRING:
                j -= 1
            if j < 0 or doc[j].lower_ not in _REFERRING or not doc[i].is_lower:
                continue
            if not is_furniture(doc, doc[j].idx, doc[i].idx + len(doc[i]), NO_ENTITY_LABELS):
                return True
        # ... or names one of its bodies by the level alone, acting: "the Provincial People's
        # Council's Legal Committee worked with ..." (not a post's body, "Chairman of the
        # Provincial People's Committee X", which a guest at a national meeting holds)
        # (twice: one such name in passing, "The Provincial People's Committee met in the Lao
        # Cai province capital", may be another province's)
        level = _LEVEL_OF_KIND.get(kind)
        if level is None:
            return False
        acting = 0
        for i in positions_of(doc, frozenset({level}), LOWER):
            named = i + 1 < len(doc) and doc[i + 1].is_title and doc[i].is_title
            opens = i > 0 and doc[i - 1].lower_ == "the" and (i < 2 or doc[i - 2].lower_ != "of")
            if (
                named
                and opens
                and not is_furniture(doc, doc[i - 1].idx, doc[i + 1].idx, NO_ENTITY_LABELS)
            ):
                acting += 1
                if acting == 2:
                    return True
        return False

    # -- bodies -----------------------------------------------------------
    def _body(self, doc: Doc, span: Span, provinces: list[Span]) -> Span | None:
        if span.label_ == "BODY":
            row = self.bodies[_base_id(span)]
            acronym = span.text if span.id_.startswith("acr|") else None
            fields = _fields(row.name, row.kind, row.level, None, acronym)
            end = span.end
            if row.kind == "committee" and acronym is None:
                end = _numbered(doc, span.end)  # "the Prime Minister's Working Group No. 5"
                if end > span.end:
                    fields["name"] += " " + doc[span.end : end].text
                    return _body_span(doc, span.start, end, fields)
                end = self._listed_on(doc, span.end)  # "... Reform and Digital ..."
                if end > span.end:
                    gap = "" if doc[span.end].text == "," else " "
                    fields["name"] += gap + doc[span.end : end].text
                elif span.end < len(doc) and doc[span.end].lower_ in ("on", "for"):
                    # "the Prime Minister's Working Group on Administrative Reform": a
                    # committee of the known kind named by what it is set up for
                    end = _committee_tail(
                        doc,
                        span.end,
                        self.committee_stops,
                        self.named,
                        self.post_starts,
                        self.clause_openers,
                    )
                    if end > span.end + 1 and doc[end - 1].text[:1].isupper():
                        fields["name"] += " " + doc[span.end : end].text
                        return _body_span(doc, span.start, end, fields)
                    end = span.end
            return _body_span(doc, span.start, end, fields)
        start, level, province, level_word = self._qualifiers(doc, span, provinces)
        if span.label_ == "DEPARTMENT":
            return self._department(doc, span, start, province, level)
        row = self.local[_base_id(span)]
        if span.id_.startswith("acr|"):
            level = level or "provincial"
        if level is None and province is None and row.kind == "committee":
            # "the Steering Committee for Digital Transformation and Project 06 of Ha Tinh"
            after = self._of_after(doc, self._listed_on(doc, span.end))
            province = next((p.kb_id_ for p in provinces if p.start == after), None)
        if level is None and province is None:
            named = self._place_after(doc, span)
            if named is not None:  # "... Service Centre of Pú Nhung commune", "... of District 3"
                place, end, level = named
                return _local_body(doc, start, end, f"{place} {row.head}", row.kind, level)
            owned = self._central_owner(doc, span, row)
            if owned is not None:  # "the Party Committee of the Ministry of Finance"
                return owned
        if level in ("district", "commune"):
            numbered = _numbered_place(doc, level_word)
            if numbered is not None:  # "the District 3 People's Committee"
                name = f"{numbered.text} {row.head}"
                return _local_body(doc, numbered.start, span.end, name, row.kind, level)
            place = _place_before(doc, level_word, self.not_place)
            named = self._place_after(doc, span) if place is None else None
            if named is not None:  # "the Communal ... Center in Truong Quang Trong Ward"
                place_name, end, named_level = named
                name = f"{place_name} {row.head}"
                return _local_body(doc, start, end, name, row.kind, named_level)
            lead = self._lead_place(doc, level_word, level) if place is None else None
            if lead is not None:  # "In Kien An ward, ... the Ward Public Administration ..."
                name = f"{lead[0]} {lead[1]} {row.head}"
                return _local_body(doc, start, span.end, name, row.kind, level)
            if place is None:
                home = self._home_place(doc, level, level_word)
                city = doc[level_word].lower_ == "city"
                # (read only here: bare "City" bodies are rare, the scan is not)
                inner = self._inner_city(doc, provinces) if city else None
                if inner is not None:
                    # "Vinh City People's Committee ... the City Party Committee": the one city
                    # within a province the page names, on a page of no centrally-run city
                    name = f"{inner} City {row.head}"
                    return _local_body(doc, start, span.end, name, row.kind, level)
                if city:
                    level = "provincial"  # "the City People's Committee" of a centrally-run city
                elif home is not None:  # "the commune People's Committee" in a story on one commune
                    name = f"{home[0]} {home[1]} {row.head}"
                    return _local_body(doc, start, span.end, name, row.kind, level)
                else:
                    return None  # unnamed district/commune bodies are generic
            else:
                name = f"{place.text} {doc[level_word].text.title()} {row.head}"
                return _local_body(doc, place.start, span.end, name, row.kind, level)
        if level is None and province is None:
            # a portal or information system is a province's, never a district's or commune's
            placed, generic = None, self._level_after(doc, span.end) or row.kind == "portal"
            if not generic:
                placed = self._lead_place(doc, span.start, None)
            if placed is None and not generic and not provinces and len(self.home_places) == 1:
                # a page on one commune that names no province: "Tan Nhuan Dong Commune was
                # newly established ... The Public Administration Service Center is spacious"
                placed = next(iter(self.home_places.values()))
            if placed is not None:  # "In Dien Bien Phu ward, the ... Service Center ..."
                name = f"{placed[0]} {placed[1]} {row.head}"
                place_level = self.level_words[fold(placed[1])]
                return _local_body(doc, span.start, span.end, name, row.kind, place_level)
            if row.central and not (row.local_first and self.home is not None):
                # "the Customs Department": the national body of that name (but "the Ethnic
                # Committee" on a page on one province is that province's)
                national = self.bodies[row.central]
                fields = _fields(national.name, national.kind, national.level, None, None)
                return _body_span(doc, span.start, span.end, fields)
            if not row.provincial_only:
                return None  # a bare head ("the People's Committee") is too vague
        written = level_word is not None and doc[level_word].lower_ == "provincial"
        if province is None and written and self.provincial_home is not None:
            # "the Provincial People's Committee" is no city's: the province named with one
            province = self.provincial_home
        province = province or self.home
        if province is None and level_word is not None:
            province = self._city_before(doc, level_word, provinces)
        if province is None:
            fields = _fields(row.bare_form, row.kind, "provincial", None, None)
        else:
            prow = self.provinces[province]
            # a city's body, unless the text calls it provincial ("Thua Thien Hue Provincial
            # People's Committee", "the People's Committee of Thua Thien Hue province" before
            # Hue became a city)
            written = written or _called_province(doc, provinces, province, span)
            form = row.city_form if prow.kind == "city" and not written else row.provincial_form
            fields = _fields(
                form.format(province=prow.name), row.kind, "provincial", province, None
            )
        end = span.end
        if row.kind == "committee":
            end = self._listed_on(doc, span.end)  # "... Reform, Digital ..."
            if end > span.end:
                gap = "" if doc[span.end].text == "," else " "
                fields["name"] += gap + doc[span.end : end].text
        return _body_span(doc, start, end, fields)

    def _city_before(self, doc: Doc, level_word: int, provinces: list[Span]) -> str | None:
        """The centrally-run city named last before a city level word in its sentence ("Da
        Nang ranked fourth, the municipal People's Committee announced"); with none there,
        the city the page's first such body was of (later mentions name the same body)."""
        if doc[level_word].lower_ not in self.city_level_words:
            return None
        for place in reversed(provinces):
            if place.end > level_word:
                continue
            between = doc[place.end : level_word]
            if any(t.text in _SENTENCE_END or breaks_line(t) for t in between):
                break
            if self.provinces[place.kb_id_].kind == "city":
                self.city_home = self.city_home or place.kb_id_
                return place.kb_id_
        return self.city_home

    def _department(self, doc, span, start, province, level=None) -> Span | None:
        domain = span.id_
        province = province or self.home
        if domain.startswith("rev|"):  # "the Finance Department" names a province's department
            domain = domain[4:]
            if province is None and level != "provincial":
                return None  # ... and "the Provincial Home Affairs Department" a bare one
        return _body_span(doc, start, span.end, self._department_fields(domain, province))

    def _department_fields(self, domain: str, province: str | None) -> dict:
        """The record fields of a province's department of ``domain`` ("Finance"): named
        with the province when one is fixed, bare otherwise."""
        prow = self.provinces[province] if province else None
        name = f"{prow.name} Department of {domain}" if prow else f"Department of {domain}"
        return _fields(name, "department", "provincial", province, None)

    def _qualifiers(self, doc: Doc, span: Span, provinces: list[Span]):
        """Level word and province around a local body head.

        Returns ``(start, level, province, level_word)``: the first token of the
        body's name, its level, its province code and the index of the level word.
        """
        start, level, province, level_word = span.start, None, None, None
        by_end = {p.end: p for p in provinces}
        i = span.start - 1
        if i >= 0 and doc[i].text in POSSESSIVES:
            i -= 1
        if (i + 1) in by_end:  # "Ha Tinh Provincial ...", "Ho Chi Minh City People's Council"
            prov = by_end[i + 1]
            return prov.start, "provincial", prov.kb_id_, None
        i = span.start - 1
        if i >= 1 and doc[i].text in POSSESSIVES and doc[i - 1].lower_ in ("city", "province"):
            if (i - 1) in by_end:  # "Dien Bien Province's Inspectorate": that province's
                prov = by_end[i - 1]
                return prov.start, "provincial", prov.kb_id_, None
            # "the city's Steering Committee ...": the article's own province
            return i - 1, "provincial", None, None
        if (
            i >= 1
            and doc[i].text in POSSESSIVES
            and self.level_words.get(doc[i - 1].lower_) in ("district", "commune")
        ):
            i -= 1  # "Pu Nhung commune's Public Administration Service Centre"
        if i >= 1 and _numbered_place(doc, i - 1) is not None:
            i -= 1  # "District 3 People's Committee": the level word is before the number
        if i >= 0 and doc[i].lower_ in self.level_words:
            level, level_word, start = self.level_words[doc[i].lower_], i, i
            i -= 1
        if i >= 0 and doc[i].text in POSSESSIVES:
            i -= 1
        if i >= 0 and (i + 1) in by_end and level in (None, "provincial"):
            prov = by_end[i + 1]
            province, start = prov.kb_id_, prov.start
        elif level in (None, "provincial"):
            province = self._province_after(doc, span, provinces)
        return start, level, province, level_word

    def _owner_inside(self, doc: Doc, span: Span, body: Span) -> Span | None:
        """The body a part is of, when the part's name holds it as a possessive: the
        Provincial Party Committee in "the provincial Party Committee's Standing Board"."""
        row = self.local[_base_id(span)]
        owner = self.local.get(row.of_body) if row.of_body else None
        fields = body._.body
        if owner is None or fields.get("level") != "provincial":
            return None
        head = _norms(self.nlp, owner.head)
        k = span.start + len(head)
        if k >= span.end or doc[k].text not in POSSESSIVES:
            return None
        if tuple(t.norm_ for t in doc[span.start : k]) != head:
            return None
        province = fields.get("province")
        if province is None:
            name = owner.bare_form
        else:
            prow = self.provinces[province]
            form = owner.city_form if prow.kind == "city" else owner.provincial_form
            name = form.format(province=prow.name)
        inner = _fields(name, owner.kind, "provincial", province, None)
        return _body_span(doc, body.start, k, inner)

    def _owner_named_in(self, doc: Doc, span: Span) -> Span | None:
        """The body a known body's mention names as its owner ("the Centre for Research and
        Training of the Vietnam Fatherland Front"), when bodies.jsonl gives the row an
        ``owner``: the owner's name as written inside the mention."""
        row = self.bodies[_base_id(span)]
        forms = self.owner_forms.get(row.owner) if row.owner else None
        if not forms:
            return None
        for i in range(span.start, span.end):
            for j in range(span.end, i, -1):
                glued = (i > 0 and glued_hyphen(doc, i - 1)) or (
                    j < len(doc) and glued_hyphen(doc, j)
                )  # "VFF-CRT" names the centre alone
                if not glued and fold(doc[i:j].text) in forms:
                    owner = self.bodies[row.owner]
                    fields = _fields(owner.name, owner.kind, owner.level, None, None)
                    return _body_span(doc, i, j, fields)
        return None

    def _central_owner(self, doc: Doc, span: Span, row) -> Span | None:
        """A local body's head owned by a central body: "the Party Committee of the Ministry
        of Finance", "the Ministry of Public Security's Party Committee", "the MPS Public
        Service Portal". Named "<head> of the <central body>"."""
        j = span.end
        if j < len(doc) and doc[j].lower_ == "of":
            j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
            owner = next((b for b in self.central if b.start == j), None)
            start, end = span.start, owner.end if owner is not None else 0
        else:
            i = span.start - (
                1 if span.start > 0 and doc[span.start - 1].text in POSSESSIVES else 0
            )
            owner = next((b for b in self.central if b.end == i), None)
            start, end = owner.start if owner is not None else 0, span.end
        if owner is None:
            return None
        body = self.bodies[_base_id(owner)]
        if body.level != "central" or body.kind in ("portal", "international"):
            return None
        if fold(span.text) in {fold(part) for part in row.of_parts}:
            return None  # a bare "Standing Committee" is no Party body of a ministry
        fields = _fields(f"{row.head} of the {body.name}", row.kind, "central", None, None)
        return _body_span(doc, start, end, fields)

    def _ministry_units(self, doc: Doc, bodies: list[Span]) -> list[Span]:
        """A ministry's unit named with the ministry after "of the": "the Office of the
        Ministry of Home Affairs", "the Southern Representative Agency of the Ministry of
        Justice", "Department of International Cooperation of the Ministry of Home Affairs".
        The unit's capitalised words hold one of words.csv's ministry_unit heads; the name
        is "<unit> of the <ministry>", the ministry a body of its own too."""
        found = []
        taken = {(b.start, b.end) for b in bodies}
        for ministry in bodies:
            fields = ministry._.body or {}
            if fields.get("kind") != "ministry" or fields.get("level") != "central":
                continue
            of = ministry.start - 1
            if of >= 0 and doc[of].lower_ == "the":
                of -= 1
            if of < 1 or doc[of].lower_ != "of":
                continue
            start = of
            while start > 0 and of - start < _UNIT_REACH:
                token = doc[start - 1]
                capital = token.is_title or (token.is_upper and token.is_alpha)
                if not (capital or (token.lower_ in _UNIT_JOINERS and start < of)):
                    break
                start -= 1
            # "Acting Chief of Office of the Ministry ...": the post and its "of" go
            posts = [k for k in range(start, of) if doc[k].lower_ in self.post_starts]
            if posts:
                after = [k for k in range(posts[-1], of) if doc[k].lower_ == "of"]
                start = after[0] + 1 if after else of
            while start < of and (doc[start].lower_ in _UNIT_JOINERS or doc[start].lower_ == "the"):
                start += 1
            words = [t.lower_ for t in doc[start:of]]
            # the unit's head ends its name ("Personnel and Organization Department") or opens
            # it before "of" ("Department of International Cooperation"); "Office and
            # Spokesperson" joins a post to it, "Officials" names no unit
            if words and words[-1] in self.unit_kinds:
                head = words[-1]
            elif len(words) > 2 and words[0] in self.unit_kinds and words[1] == "of":
                head = words[0]
            else:
                continue
            if (start, ministry.end) in taken:
                continue
            name = f"{' '.join(doc[start:of].text.split())} of the {fields['name']}"
            kind = self.unit_kinds[head]
            found.append(
                _body_span(doc, start, ministry.end, _fields(name, kind, "central", None, None))
            )
        return found

    def _place_after(self, doc: Doc, span: Span):
        """``(place name, end, level)`` for "<head> of Pú Nhung commune" ("Pú Nhung Commune"),
        "<head> in Saigon Ward" or "<head> of District 3", else None."""
        k = self._of_after(doc, span.end)
        if k is None and span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
            k = span.end + 1  # "the ... Service Centre in Saigon Ward": where it serves
        if k is None:
            return None
        numbered = _numbered_place(doc, k)
        if numbered is not None:
            level = self.level_words.get(doc[k].lower_)
            if level in ("district", "commune"):
                return numbered.text, numbered.end, level
        j = k - 1
        while (
            k < len(doc)
            and k - j <= 4
            and doc[k].lower_ not in self.level_words
            and _place_word(doc, k, self.not_place)
        ):
            k += 1
        if k == j + 1 or k >= len(doc):
            return None
        level = self.level_words.get(doc[k].lower_)
        if level not in ("district", "commune"):
            return None
        return f"{doc[j + 1 : k].text} {doc[k].text.title()}", k + 1, level

    def _province_after(self, doc: Doc, span: Span, provinces: list[Span]) -> str | None:
        j = self._of_after(doc, span.end)
        if j is None:
            return None
        j = described_province(doc, j)  # "of the central province of Quang Tri"
        by_start = {prov.start: prov for prov in provinces}
        if j in by_start:
            return by_start[j].kb_id_
        # "the Party Committee of central Khanh Hoa province": the place's description first
        k = j
        while k < len(doc) and k - j < 3 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        prov = by_start.get(k) if k > j else None
        if prov is None:
            return None
        kind = self.provinces[prov.kb_id_].kind  # "province", "city": in the name or after it
        named_kind = doc[prov.end - 1].lower_ == kind
        return (
            prov.kb_id_
            if named_kind or (prov.end < len(doc) and doc[prov.end].lower_ == kind)
            else None
        )

    def _listed_on(self, doc: Doc, end: int) -> int:
        """A committee's name that goes on as a list of capitalised fields after its known part:
        ", Digital Transformation and Project 06", " and Digital Transformation". A field that is
        another known name ("... Reform and Ha Tinh Department ...") or a word that opens a post
        ("... Project 06 and Minister of Public Security To Lam") ends it. Returns the new end
        (``end`` when none)."""
        if end >= len(doc) or doc[end].text not in (",", "and"):
            return end
        last, saw_and, commas = None, False, 0
        k = end
        while k < len(doc) and k - end <= 14:
            token = doc[k]
            if k in self.named or token.lower_ in self.post_starts:
                break
            if token.text == ",":
                if k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper():
                    break
                if not saw_and and doc[k + 1].norm_ in self.family:
                    break  # "..., Tran Van Nam, Le Van Ha attended": people, no fields
                commas += 1
            elif token.lower_ == "and":
                saw_and = True
            elif (
                (token.is_alpha and token.text[0].isupper())
                or token.like_num
                or _GLUED_NUMBER.fullmatch(token.text)  # "Project No.06"
            ):
                last = k
            elif not _number_sign_dot(doc, k):  # "Project No. 06"
                break  # a line break ends the list too: a token of its own, no word
            k += 1
        if last is None:
            return end
        # ", Digital Transformation, Project No.06, Smart City held ...": a list of two fields
        # or more with no "and", closed by the verb of the clause
        verb = commas >= 2 and last + 1 < len(doc) and _lower_word(doc[last + 1])
        return last + 1 if saw_and or verb else end

    def _of_after(self, doc: Doc, j: int) -> int | None:
        """The token after the "of" that follows a head at ``j``, also across a companion
        ("the Party Committee and authorities of Ha Tinh province"); None when there is none.
        """
        if j < len(doc) and doc[j].lower_ == "and":
            k = j + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k < len(doc) and doc[k].lower_ in self.companions:
                j = k + 1
        if j < len(doc) and doc[j].lower_ == "of":
            # "of the new Ninh Binh province", "of the newly-merged Ho Chi Minh City"
            k = j + 2
            if k < len(doc) and doc[j + 1].lower_ == "the":
                while k < len(doc) and (doc[k].lower_ in self.current_words or doc[k].text == "-"):
                    k += 1
                if k > j + 2:
                    return k
            return j + 1
        return None

    def _committee(
        self, doc: Doc, head: Span, provinces: list[Span], named: set[int]
    ) -> Span | None:
        """A committee the gazetteer does not know by name: capitalised words before its
        head, and after "for"/"on"/"of" everything up to the last capitalised word before a
        stop ("Central Steering Committee for summarising the implementation of
        Resolution 18-NQ/TW")."""
        start = head.start
        while start > 0 and head.start - start < _NAME_REACH:
            before = doc[start - 1]
            owner = self.known_words.get(start - 2) if before.text in POSSESSIVES else None
            if owner is not None and not all(
                t.is_title or not t.is_alpha for t in doc[slice(*owner)]
            ):
                break  # "the Department of Justice's Legal Aid Centre": no capitalised run
            if before.text in POSSESSIVES or (before.is_alpha and before.text[0].isupper()):
                start -= 1
            elif (
                before.text in DASHES
                and start >= 2
                and start < head.start  # a word of the name after it: no "Hanoi - Working Group"
                and before.whitespace_
                and doc[start - 2].whitespace_
                and doc[start - 2].is_title
                and doc[start].is_title
            ):
                start -= 1  # "Lo Go - Xa Mat National Park Management Board": a joined name
            elif (
                start >= 2
                and start < head.start
                and glued_hyphen(doc, start - 1)
                and doc[start - 2].is_alpha
                and doc[start - 2].text[0].isupper()
            ):
                start -= 2  # "Hoa Lac High-Tech Park Management Board": a word with a hyphen
            elif (
                before.lower_ == "and"
                and start >= 2
                and start < head.start
                and doc[start].is_title
                and doc[start - 2].is_title
                and doc[start - 2].is_alpha
                and start - 1 not in self.known_words
                and start - 2 not in self.known_words
            ):
                start -= 1  # "Reception and Result Delivery Department": "and" in its name
                # (not after or inside a name the gazetteer knows: "the Ministry of Finance
                # and ...", "the Department of Natural Resources and Environment's ...")
            else:
                break
        while start < head.start and (
            doc[start].lower_ in self.function_words or doc[start].text in POSSESSIVES
        ):
            start += 1  # "the city's Steering Committee": the owner's name is no part of it
        start = self._past_country(doc, start, head.start)
        end = _numbered(doc, head.end)  # "Inspection Team 195", "Working Group No. 3"
        end = _committee_tail(
            doc,
            end,
            self.committee_stops,
            named,
            self.post_starts,
            self.clause_openers,
            tails=self.name_tails,
            established=self._established(doc, start),
        )
        end = self._before_person(doc, head.end, end)
        if start == head.start and end == head.end:
            return None  # a bare "Steering Committee" names no committee
        if end == head.end and all(t.lower_ in self.generic_words for t in doc[start : head.start]):
            return None  # "the General Department", "This Department": no name of one
        if _bracketed_after_name(doc, start, end):
            return None  # "the Security General Department (General Department 1)": its other name
        if head.id_ == "department" and end < len(doc) and doc[end].text in ("-", "–"):
            return None  # "Business Environment Department - Legal Affairs Division": a name
            # joined to another unit's, whose end is unclear
        small = doc[head.start].is_lower  # "a steering committee to review ...": capitalised
        capital_from = head.start
        if (
            small
            and start == head.start
            and start > 0
            and doc[start - 1].lower_ in self.central_words
        ):
            start = capital_from = start - 1  # "the central steering committee for ...": level
        written = "".join(
            (t.text.title() if small and capital_from <= t.i < head.end else t.text) + t.whitespace_
            for t in doc[start:end]
        )
        name = " ".join(written.split())
        known = self.committees.get(_loose_key(name))
        if known is not None:  # "... Innovation, and Digital Transformation and Project 06"
            return _body_span(
                doc, start, end, _fields(known.name, known.kind, known.level, None, None)
            )
        within = [p for p in provinces if start <= p.start < end]
        owned = _owner_after(doc, head, within, end)
        if owned is not None and doc[start].lower_ in self.central_words:
            owned = None  # "the Central Steering Committee of Dong Thap": as written
        if owned is not None:  # "the Steering Committee for ... of Hoa Binh": the province's
            prow = self.provinces[owned.kb_id_]
            stem = " ".join(doc[start : owned.start - 1].text.split())
            level = "" if prow.kind == "city" or "Provincial" in stem else "Provincial "
            name = f"{prow.name} {level}{stem}"
        provincial = "provincial" in name.lower() or bool(within)
        if head.id_ == "department" and not provincial and self.home is not None:
            # "Department of Economy - Finance" on a province's page is its department, unless
            # a ministry named nearby owns it
            provincial = not self._ministry_near(start)
        province = within[0].kb_id_ if within else (self.home if provincial else None)
        if province and not within and provincial:
            prow = self.provinces[province]
            if "Provincial" in name:
                name = name.replace("Provincial", f"{prow.name} Provincial", 1)
            else:
                name = f"{prow.name} {name}"
        level = "provincial" if provincial else "central"
        kind = "committee" if head.id_ == "committee" else head.id_
        return _body_span(doc, start, end, _fields(name, kind, level, province, None))

    def _established(self, doc: Doc, start: int) -> bool:
        """A verb of setting up stands right before the committee named at ``start`` and its
        article ("decided to establish a Steering Committee ...")."""
        k = start - 1
        if k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        return k >= 0 and doc[k].lower_ in self.establish_verbs

    def _before_person(self, doc: Doc, start: int, end: int) -> int:
        """``end``, or where a person's full name that ends a name read up to ``end`` begins:
        "Director of the HCMC Department of Social Security Phan Van Men reported" (a family
        name and two or three more syllables, the last words of the name)."""
        for k in range(max(start + 1, end - 4), end - 2):
            if (
                doc[k].norm_ in self.family
                and doc[k - 1].is_title
                and is_syllable(doc[k], self.not_names, first=True)
                and all(is_syllable(t, self.not_names) for t in doc[k + 1 : end])
            ):
                return k
        return end

    def _past_country(self, doc: Doc, start: int, stop: int) -> int:
        """Where a name starting at ``start`` begins past the country that owns it ("Viet Nam's
        Immigration Department"): the country's name is no word of a body's."""
        for k in range(start + 1, min(start + 3, stop)):
            if doc[k].text in POSSESSIVES:
                return k + 1 if fold(doc[start:k].text) in self.country_owners else start
        return start

    def _ministry_near(self, at: int, window: int = 40) -> bool:
        """A ministry is named within ``window`` tokens of token ``at``."""
        return any(abs(s.start - at) <= window for s in self._ministries())

    def _part_of(self, doc: Doc, inner: Span, inner_id: str) -> Span | None:
        """A body named as a part of a local body: "the Office of the Provincial People's
        Committee", "the Standing Committee of the old Ha Giang Provincial Party Committee",
        "the Party Civil Affairs Committee at the People's Committee of Hai Phong city"."""
        options = self.parts.get(inner_id)
        i = inner.start - 1
        while i >= 0 and doc[i].lower_ in self.status_words:
            i -= 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        # "the Party Civil Affairs Committee at the provincial People's Committee": the same
        if not options or i < 1 or doc[i].lower_ not in ("of", "at"):
            return None
        if i > 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].is_upper:
            i -= 3  # "the Economic-Budgetary Committee (EBC) of the ... People's Council"
        found = _part_named(doc, options, end=i)
        if found is None:
            return None
        start, _, row = found
        return _body_span(doc, start, inner.end, self._part_fields(inner, row))

    def _its_part(self, doc: Doc, inner: Span, inner_id: str, provinces: list[Span]) -> Span | None:
        """A part named after its body by "its": "the provincial Party Committee and its
        Standing Board", "the Party Committee of Quang Ninh province, its Standing Board"."""
        options = self.parts.get(inner_id)
        if not options:
            return None
        i = inner.end
        if i < len(doc) and doc[i].lower_ == "of":
            place = next((p for p in provinces if p.start in (i + 1, i + 2)), None)
            if place is not None:
                i = place.end + (place.end < len(doc) and doc[place.end].lower_ == "province")
        if i + 2 >= len(doc) or doc[i].lower_ not in ("and", ",") or doc[i + 1].lower_ != "its":
            return None
        found = _part_named(doc, options, start=i + 2)
        if found is None:
            return None
        start, end, row = found
        return _body_span(doc, start, end, self._part_fields(inner, row))

    def _listed_parts(self, doc: Doc, inner: Span, inner_id: str) -> list[Span]:
        """The parts listed right after their body: "4 Committees of the Provincial People's
        Council including the Economic - Budget Committee, the Legal Committee and the
        Ethnic Committee"; each a body of its own, named as a part of that body."""
        options = self.parts.get(inner_id)
        i = inner.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if not options or i >= len(doc):
            return []
        if doc[i].lower_ not in self.parts_openers and doc[i].text != ":":
            return []
        i += 1
        if i < len(doc) and doc[i].text == ":":
            i += 1
        found = []
        while i < len(doc):
            if doc[i].lower_ == "the":
                i += 1
            part = _part_named(doc, options, start=i)
            if part is None:
                break
            start, i, row = part
            found.append(_body_span(doc, start, i, self._part_fields(inner, row)))
            while i < len(doc) and doc[i].lower_ in (",", ";", "and"):
                i += 1
        return found

    def _part_fields(self, inner: Span, row) -> dict:
        """The fields of the part ``row`` of the body ``inner``: a provincial body's part by
        the row's provincial form, any other "<part> of the <body>"."""
        fields = dict(inner._.body)
        province, level = fields.get("province"), fields.get("level")
        if level != "provincial":
            name = f"{row.of_parts[0]} of the {fields['name']}"
        elif province is None:
            name = row.bare_form
        else:
            prow = self.provinces[province]
            form = row.city_form if prow.kind == "city" else row.provincial_form
            name = form.format(province=prow.name)
        fields.update(name=name, kind=row.kind, acronym=None)
        return fields

    # -- lists under one plural head ------------------------------------
    def _listed(self, doc: Doc, head: Span, provinces: list[Span]) -> list[Span]:
        """The bodies of a list under a plural head: "the ministries of finance, justice and
        home affairs", "the Departments of Home Affairs and Justice", "the People's
        Committees of Binh Long and An Loc wards". Empty when no item is read."""
        kind, _, ident = head.id_.partition("|")
        if kind == "central":
            spans = []
            for start, end, body_id in _domain_list(doc, head.end, self.central_domains):
                row = self.bodies[body_id]
                fields = _fields(row.name, row.kind, row.level, None, None)
                spans.append(_body_span(doc, start, end, fields))
            return spans
        if kind == "department":
            _, _, province, _ = self._qualifiers(doc, head, provinces)
            province = province or self.home
            return [
                _body_span(doc, start, end, self._department_fields(domain, province))
                for start, end, domain in _domain_list(doc, head.end, self.department_domains)
            ]
        return self._local_list(doc, head, self.local[ident], provinces)

    def _listed_after(self, doc: Doc, bodies: list[Span]) -> list[Span]:
        """Departments listed after one named in full, sharing its "Department of": "including:
        Department of Justice, Foreign Affairs, Culture, Sports and Tourism" (each domain
        capitalised, a known one of departments.csv)."""
        taken = {i for b in bodies for i in range(b.start, b.end)}
        spans = []
        for body in bodies:
            fields = body._.body or {}
            end = body.end
            if fields.get("kind") != "department" or end + 1 >= len(doc) or doc[end].text != ",":
                continue
            province = fields.get("province")
            for start, stop, domain in _domain_list(doc, end + 1, self.department_domains):
                if not doc[start].is_title or taken.intersection(range(start, stop)):
                    break
                fields = self._department_fields(domain, province)
                spans.append(_body_span(doc, start, stop, fields))
                taken.update(range(start, stop))
        return spans

    def _rolls(self, doc: Doc) -> Iterator[list[Span]]:
        """Ministries named by their domain alone in a roll after their plural: "The 14
        ministries retained are National Defense, Public Security, Justice, ...", "the
        ministries include: Finance, Construction, ...". Three domains at least, so that a
        lone "Health" or "Justice" is never read as a ministry."""
        for m in self.domain_heads.finditer(doc_text(doc)):
            head = doc.char_span(m.start(), m.end())
            if head is None:
                continue
            i = head.start
            k = i + 1
            opens = self.roll_openers
            while k < len(doc) and k - i <= 3 and doc[k].is_lower and doc[k].lower_ not in opens:
                k += 1  # "the 14 ministries retained are"
            if k >= len(doc) or (doc[k].lower_ not in opens and doc[k].text != ":"):
                continue
            colon = doc[k].text == ":"
            k += 1
            if k < len(doc) and doc[k].text == ":":
                colon, k = True, k + 1
            items = self._roll_items(doc, k)
            capitalised = all(doc[start].text[:1].isupper() for start, _, _ in items)
            # "2 Ministries: Health and Home Affairs": two after a colon, as many as the count
            # before says ("Two ministries are Health and Justice" names no ministry)
            counted = colon and len(items) == 2 and _counted_as(doc, i, len(items))
            if (
                (len(items) < 3 and not counted)
                or not capitalised
                or is_furniture(doc, doc[i].idx, doc[items[-1][1] - 1].idx, NO_ENTITY_LABELS)
            ):
                continue
            spans = []
            for start, end, body_id in items:
                row = self.bodies[body_id]
                spans.append(
                    _body_span(doc, start, end, _fields(row.name, row.kind, row.level, None, None))
                )
            yield spans

    def _unit_lists(self, doc: Doc) -> Iterator[list[Span]]:
        """A ministry's units listed one a line under a line that names the ministry and
        ends with a colon ("The Ministry of Home Affairs has 18 units ..., including:" then
        "1. Department of Organization - Border Guard;"): each a central body of its kind
        (words.csv ``ministry_unit``), named as written; "Ministry Office" and "Ministry
        Inspectorate" are that ministry's Office and Inspectorate. Three lines at least."""
        ministries = self._ministries()
        if not ministries:
            return
        text = doc_text(doc)
        if not _COLON_LINE_END.search(text):
            return  # no line that opens a list
        run: list[regex.Match] = []
        for line in (*_LINE.finditer(text), None):
            m = self.unit_line.fullmatch(text, line.start(), line.end()) if line else None
            if m is not None and m["name"][:1].isupper():
                run.append(m)
                continue
            if len(run) >= 3:
                yield from self._unit_run(doc, text, run, ministries)
            run = []

    def _ministries(self) -> list[Span]:
        """The ministries among the central bodies the page names."""
        return [s for s in self.central if self.bodies[_base_id(s)].kind == "ministry"]

    def _unit_items(self, doc: Doc) -> Iterator[list[Span]]:
        """A ministry's units listed in running text after a colon of the sentence that
        names it ("Under the new set-up, the Ministry of Justice has these units: Department
        of Civil Judgment, Inspectorate, Ministry Office, ..."): each item a unit's head opens
        is a central body, as ``_unit_lists`` reads them; three at least, two items in
        three."""
        ministries = self._ministries()
        if not ministries:
            return
        text = doc_text(doc)
        for owner in ministries:
            colon = _COLON_AFTER.match(text, owner.end_char)
            if colon is None:
                continue
            end = _ITEMS_END.search(text, colon.end())
            stop = end.start() if end else len(text)
            items, parts = [], []
            at = colon.end()
            for separator in (*_ITEM_SEPARATOR.finditer(text, at, stop), None):
                parts.append((at, separator.start() if separator else stop))
                at = separator.end() if separator else stop
            for start, end in parts:
                m = self.unit_item.fullmatch(text, start, end)
                if m is not None and m["name"][:1].isupper():
                    items.append((m.start("name"), m.end("name"), m))
            if len(items) < max(3, 2 * len(parts) / 3):
                continue  # a list of units, most of its items named by a unit's head
            if is_furniture(doc, items[0][0], items[-1][1], NO_ENTITY_LABELS):
                continue
            spans = self._unit_spans(
                doc, [(s, e, m["head"], m["name"]) for s, e, m in items], owner
            )
            if spans:
                yield spans

    def _unit_spans(self, doc, items, owner) -> list[Span]:
        """The body spans of a ministry's units ``(start, end, head, name)``."""
        ministry = self.bodies[_base_id(owner)].name
        spans = []
        for start, end, head_text, written in items:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            head = fold(head_text)
            name = " ".join(written.split())
            if head.startswith("ministry "):  # "Ministry Office": the Office of the ministry
                name = f"{name.split(' ', 1)[1]} of the {ministry}"
            fields = _fields(name, self.unit_kinds[head], "central", None, None)
            spans.append(_body_span(doc, span.start, span.end, fields))
        return spans

    def _unit_run(self, doc, text, run, ministries) -> Iterator[list[Span]]:
        intro_end = text.rfind("\n", 0, run[0].start())
        intro_start = text.rfind("\n", 0, max(0, intro_end)) + 1
        if intro_end < 0 or not text[intro_start:intro_end].rstrip().endswith(":"):
            return
        owner = next((s for s in ministries if intro_start <= s.start_char < intro_end), None)
        if owner is None or is_furniture(doc, run[0].start(), run[-1].end(), NO_ENTITY_LABELS):
            return
        items = [(m.start("name"), m.end("name"), m["head"], m["name"]) for m in run]
        spans = self._unit_spans(doc, items, owner)
        if spans:
            yield spans

    def _roll_items(self, doc: Doc, k: int) -> list[tuple[int, int, str]]:
        """The known domains of a roll from ``k``; an item the table does not know
        ("Culture-Sports-Tourism") is passed over to the next comma, where the roll goes on."""
        items: list[tuple[int, int, str]] = []
        while k < len(doc):
            found = _domain_list(doc, k, self.central_domains)
            items.extend(found)
            k = found[-1][1] if found else k
            comma = next(
                (j for j in range(k, min(k + 6, len(doc))) if doc[j].text in (",", ".", ";")),
                None,
            )
            if comma is None or doc[comma].text != ",":
                break
            k = comma + 1
            if k < len(doc) and doc[k].lower_ == "and":
                k += 1
            if k >= len(doc) or not doc[k].text[:1].isupper():
                break
        return items

    def _local_list(self, doc: Doc, head: Span, row, provinces: list[Span]) -> list[Span]:
        by_start = {p.start: p for p in provinces}
        items = []  # (start, end, province span or None, level word or None)
        k = head.end
        while k < len(doc):
            prov = by_start.get(k)
            if prov is not None:
                end = prov.end
            else:
                end = k
                while (
                    end < len(doc)
                    and end - k < 4
                    and self._level_of(doc[end]) is None
                    and _place_word(doc, end, self.not_place)
                ):
                    end += 1
                if end == k:
                    break
            if end < len(doc) and doc[end].text in POSSESSIVES:
                return []  # "the centres of Lang Son's communes": a scope, not a list
            level_word = None
            if end < len(doc) and self._level_of(doc[end]) is not None:
                level_word, end = doc[end], end + 1
            items.append((k, end, prov, level_word))
            k = _after_separator(doc, end)
            if k == end:
                break
        if not items:
            return []
        shared = items[-1][3]  # "... of Nha Bich and Tan Quan communes"
        if shared is not None and not shared.lower_.endswith("s"):
            shared = None
        spans = []
        for start, end, prov, level_word in items:
            word = level_word or shared
            level = self._level_of(word) if word is not None else None
            if level is None and prov is None:
                return []  # no place and no level: not a list of bodies
            if level in ("district", "commune"):
                place_end = end - 1 if level_word is not None else end
                place = doc[start:place_end].text
                singular = self._singular_level(word)
                name = f"{place} {singular.title()} {row.head}"
                fields = _fields(name, row.kind, level, doc._.article_province, None)
            elif prov is not None:
                prow = self.provinces[prov.kb_id_]
                form = row.city_form if prow.kind == "city" else row.provincial_form
                fields = _fields(
                    form.format(province=prow.name), row.kind, "provincial", prow.code, None
                )
            else:
                return []
            spans.append(_body_span(doc, start, end, fields))
        return spans

    def _level_of(self, token) -> str | None:
        """The level a level word gives, singular or plural ("ward", "Communes")."""
        return self.level_words.get(self._singular_level(token))

    def _singular_level(self, token) -> str:
        word = token.lower_
        if word not in self.level_words and word.endswith("s"):
            return word[:-1]
        return word

    def _defined_acronyms(self, doc: Doc, bodies: list[Span]) -> list[Span]:
        """Acronyms the text defines after a body, "(SCAR)", and their later uses."""
        defined: dict[str, dict] = {}
        for body in bodies:
            word = _defined_acronym(doc, body)
            if word is not None:
                body._.body["acronym"] = body._.body.get("acronym") or word
                defined[word] = dict(body._.body)
        # Undefined, the initials of the end of a body's name stand for it too: "the One-Stop
        # Service of Nhon Trach district ... The district OSS has settled ..."
        text = doc_text(doc)
        implied: dict[str, dict] = {}
        for body in bodies:
            for word in _tail_initials(body._.body["name"]):
                if word not in self.index_words and word not in defined and word in text:
                    implied.setdefault(word, dict(body._.body))
        used = [doc[i] for i in positions_of(doc, set(implied), ORTH)] if implied else []
        if used:  # a word that is a whole token somewhere, outside every span found so far
            hit = {i for s in doc.spans.get(SPANS_KEY, []) for i in range(s.start, s.end)}
            for word in {t.text for t in used if t.i not in hit}:
                defined[word] = implied[word]
        if not defined:
            return []
        taken = {(b.start, b.end) for b in bodies}
        spans = []
        for i in positions_of(doc, set(defined), ORTH):  # the token array, not a Python loop
            token = doc[i]
            if (token.i, token.i + 1) not in taken:
                if is_furniture(doc, token.idx, token.idx + len(token), NO_ENTITY_LABELS):
                    continue
                spans.append(_body_span(doc, token.i, token.i + 1, dict(defined[token.text])))
        return spans


def _defined_acronym(doc: Doc, span: Span) -> str | None:
    """The acronym in brackets right after a name: "... index (EGDI)"."""
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        word = doc[j + 1].text
        if _ACRONYM.match(word):
            return word
    return None


def _defined_index_acronyms(doc: Doc, indices: list[Span]) -> list[Span]:
    """An acronym the text defines after an index, where that index's own rows do not list it
    (a page's own or misspelt one, "(EDGI)"), and its later uses."""
    taken = {s.start for s in indices}
    defined = {}
    for span in indices:
        word = _defined_acronym(doc, span)
        if word is not None and span.end + 1 not in taken:  # "(PCI)" is read already
            defined.setdefault(word, span.kb_id_)
    if not defined:
        return []
    return [
        Span(doc, t.i, t.i + 1, "INDEX", kb_id=defined[t.text])
        for t in doc
        if t.text in defined
        and t.i not in taken
        and not is_furniture(doc, t.idx, t.idx + len(t), NO_ENTITY_LABELS)
    ]


def _tail_initials(name: str) -> list[str]:
    """The initials of the last two or more capitalised words of a body's name, three
    letters or more ("... One-Stop Service": OSS), stopping at the first word of another
    case ("Department of Home Affairs": HA, too short; "DHA" is not read through "of")."""
    words = [w for part in name.split() for w in part.split("-") if w]
    initials = []
    for word in reversed(words):
        if not word[0].isupper():
            break
        initials.insert(0, word[0])
    return ["".join(initials[i:]) for i in range(len(initials) - 2) if len(initials) - i >= 3]


def _local_body(doc: Doc, start: int, end: int, name: str, kind: str, level: str) -> Span:
    """The span of a district's or commune's body named after its place, in the province the
    article is about."""
    return _body_span(doc, start, end, _fields(name, kind, level, doc._.article_province, None))


def _before_hyphen(token) -> bool:
    """A word a hyphen follows: not the last part of its compound ("e" of "e-cabinet")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def _hyphened(token) -> bool:
    """A word of a hyphen compound ("one-stop"): no word of a name on its own."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].text == "-") or (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
    )


def _domain_tables(nlp: Language, data) -> tuple[dict, dict]:
    """Token tables of the domains a list may name: ``(norms) -> ministry body id`` from the
    ministries named "Ministry of <domain>", and ``(norms) -> canonical domain`` from
    departments.csv."""
    central: dict[tuple[str, ...], str] = {}
    for row in data.bodies:
        if row.kind != "ministry":
            continue
        for name in (row.name, *row.aliases):
            head, _, domain = name.partition(" of ")
            if domain and " " not in head:
                central.setdefault(_norms(nlp, domain), row.id)
    departments: dict[tuple[str, ...], str] = {}
    for row in data.departments:
        for domain in filter(None, (row.domain, row.alias)):
            departments.setdefault(_norms(nlp, domain), row.domain)
    return central, departments


def _norms(nlp: Language, text: str) -> tuple[str, ...]:
    return tuple(t.norm_ for t in nlp.make_doc(text))


def _domain_list(doc: Doc, start: int, table: dict) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of each domain in a list read from ``start``: the longest
    known domain at each step, joined by ",", ";" and "and" ("finance, justice, industry and
    trade; and home affairs")."""
    if not table:
        return []
    longest = max(len(key) for key in table)
    items = []
    k = start
    while k < len(doc):
        for size in range(min(longest, len(doc) - k), 0, -1):
            value = table.get(tuple(t.norm_ for t in doc[k : k + size]))
            if value is not None:
                break
        else:
            break
        items.append((k, k + size, value))
        end = k + size
        k = _after_separator(doc, end)
        if k == end:
            break
    return items


def _after_separator(doc: Doc, end: int) -> int:
    """The token after a list separator at ``end`` (",", ";", "and", ", and"), else ``end``."""
    k = end
    if k < len(doc) and doc[k].text in (",", ";"):
        k += 1
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    return k if k < len(doc) else end


def _outermost(
    doc: Doc, bodies: list[Span], status_words: frozenset[str], owners: set[tuple[int, int]]
) -> list[Span]:
    """Drop a body inside another ("Government" inside "Government's Steering Committee
    on ...", read by the committee grammar), but keep one the outer body is "of": the
    People's Committee in "the Office of the People's Committee" is named too, and so is
    the Party Committee in "the Party Committee's Standing Board" (``owners``)."""
    return [
        b
        for b in bodies
        if (b.start, b.end) in owners
        or not any(
            o is not b
            and o.start <= b.start
            and b.end <= o.end
            and len(o) > len(b)
            and not _of_complement(doc, o, b, status_words)
            for o in bodies
        )
    ]


def _of_complement(doc: Doc, outer: Span, inner: Span, status_words: frozenset[str]) -> bool:
    """True when ``inner`` follows "of (the) (old)" or "of the 12th" inside ``outer``."""
    i = inner.start - 1
    while i > outer.start and (doc[i].lower_ in status_words or doc[i].text[:1].isdigit()):
        i -= 1
    if i > outer.start and doc[i].lower_ == "the":
        i -= 1
    return i > outer.start and doc[i].lower_ == "of"


def _called_province(doc: Doc, provinces: list[Span], code: str, span: Span) -> bool:
    """The body's province is named next to it as a province ("of Thua Thien Hue province")."""
    return any(
        p.kb_id_ == code
        and span.start - 6 <= p.start <= span.end + 6
        and p.end < len(doc)
        and doc[p.end].lower_ == "province"
        for p in provinces
    )


def _bracketed_after_name(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` fills a bracket right after a capitalised name: that name's other
    name, no body of its own."""
    return (
        start >= 2
        and doc[start - 1].text == "("
        and end < len(doc)
        and doc[end].text == ")"
        and doc[start - 2].text[:1].isupper()
    )


def _owner_after(doc: Doc, head: Span, within: list[Span], end: int) -> Span | None:
    """The province a committee's name ends on after "of" ("Steering Committee for Digital
    Transformation and Project 06 of Hoa Binh"): its owner, which the record names first."""
    if head.id_ != "committee" or not within:
        return None
    last = within[-1]
    of = last.start - 1
    if last.end != end or of <= head.start or doc[of].lower_ != "of":
        return None
    return last


# How many words a ministry's unit may take before "of the Ministry ...", and the small
# words inside such a name ("Department of International Cooperation").
_UNIT_REACH = 8
_UNIT_JOINERS = frozenset({"of", "and", "for", "-", "–"})


def _committee_tail(
    doc: Doc,
    end: int,
    stops: frozenset[str],
    named: set[int],
    posts: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
    *,
    tails: frozenset[tuple[str, ...]] = frozenset(),
    established: bool = False,
) -> int:
    """The end of a committee's name after its head: the last capitalised word or number
    reached through "for"/"on"/"of" (or "to" and a verb, up to a document's number: "to review
    the implementation of Resolution 18") before punctuation, a line end or a verb. A later "of"
    that opens another body's name ends it ("... of Resolution 18 of the 12th Central
    Committee": the Central Committee is a body of its own); "No." before a number does not.
    ``tails`` are phrases a stop word opens that stay in a lower-case name ("... administrative
    units at all levels"). A committee ``established`` for a purpose ("decided to establish a
    Steering Committee to implement the arrangement of ...") is named by it to the sentence's
    end."""
    if end >= len(doc) or doc[end].lower_ not in (*_PURPOSE_OPENERS, "of"):
        return end
    if doc[end].lower_ == "to" and not (
        end + 1 < len(doc) and doc[end + 1].is_alpha and doc[end + 1].is_lower
    ):
        return end  # "to review the implementation of ...": a purpose, not "to the province"
    last = None
    of_name = doc[end].lower_ == "of"
    purpose = doc[end].lower_ == "to"
    # "for the development of science, technology, ... and Project 06": a lower-case
    # description runs on through its list, up to the capitalised words that end it
    first = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    described = first < len(doc) and doc[first].is_lower
    k = end + 1
    boundary = False  # the loop stopped where a name may end, not at a word it cannot read
    while k < len(doc) and k - end <= (_ESTABLISHED_REACH if established else 24):
        token = doc[k]
        tail = words_at(doc, k, tails) if described else None
        if tail:  # "... at all levels": a stop word that opens a phrase of the name
            last, k = k + len(tail) - 1, k + len(tail)
            continue
        following = doc[k + 1] if k + 1 < len(doc) else None
        # ", and Digital Transformation": the serial comma before the last field
        field = following
        if following is not None and following.lower_ == "and":
            field = doc[k + 2] if k + 2 < len(doc) else None
        listed = (
            token.text == ","
            and field is not None
            and (field.text[:1].isupper() or (described and field.is_lower))
            and not _opens_body(doc, field.i, named)  # "..., the Government, ...": another body
        )
        if _number_sign_dot(doc, k):  # "No. 18", "No. 18NQTW"
            k += 1
            continue
        if not listed and (token.text in ',.;:()"' or token.lower_ in stops or token.is_space):
            boundary = True
            break
        if (
            (token.text == "," or token.lower_ == "and")
            and field is not None
            and field.text[:1].isupper()
            and (field.lower_ in posts or field.lower_ == doc[end - 1].lower_)
        ):
            # "…, and Minister of Home Affairs A is Deputy Head": a post, not a field;
            # "... Law and Department of Legal Dissemination": the next body of the same head
            break
        if token.lower_ == "on" and k > end + 1:
            boundary = True
            break
        if (
            token.text in DASHES
            and doc[k - 1].whitespace_
            and following is not None
            and following.lower_ in ARTICLES  # "- the Government's standing agency -"
        ):
            # "... of the Ministry of Home Affairs - the Government's standing agency ... -":
            # what the body is, set off by dashes, is no part of its name
            boundary = True
            break
        if token.lower_ == "and" and _same_head_next(doc, k + 1, doc[end - 1].lower_):
            # "... Board for Urban Development and the Project Management Board for Transport":
            # another body with the same head
            break
        glued = not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_
        if last == k - 2 and doc[k - 1].text in "-–" and glued and token.is_alpha:
            last, k = k, k + 1  # "Sci-tech": one word, its second half written small
            continue
        if token.lower_ == "of" and _opens_body(doc, k + 1, named) and not _document_of(doc, k + 1):
            boundary = True
            break
        if (
            of_name
            and last is not None
            and token.is_alpha
            and token.is_lower
            and token.lower_ not in _NAME_JOINERS
        ):
            if all(t.like_num for t in doc[end + 1 : k]):
                return end  # "a Steering Committee of 34 members": what it is made of
            break  # "Working Group of the Government inspected ...": a name after "of" ends
        if (
            not described
            and last is not None
            and token.is_alpha
            and token.is_lower
            and token.lower_ not in _NAME_JOINERS
        ):
            break  # "... for the Project No.06 advised the Council": a verb ends the name

        if (
            (token.is_alpha and token.text[0].isupper())
            or token.like_num
            or token.text[0].isdigit()  # "12th", "18NQTW"
            or "/" in token.text
            or _GLUED_NUMBER.fullmatch(token.text)  # "No.06"
            # "... Programs for the 2021-2025 period": the span's noun closes the name
            or (last == k - 1 and _YEARS.fullmatch(doc[k - 1].text) and token.lower_ in _SPAN_NOUNS)
        ):
            last = k
        k += 1
    else:
        boundary = k >= len(doc)
    if (
        purpose
        and established
        and described
        and boundary
        and k - end > _ESTABLISHED_MIN
        and k < len(doc)
        and doc[k].text in ".;"
    ):
        return k  # the purpose it was set up for, whole (a short one names no committee:
        # "each commune must set up a Working Group to implement the project")
    if purpose and (last is None or not _numbered_text(doc, end, last + 1)):
        # "sent to the Steering Committee to consider", "a Working Group to implement the
        # Project": a purpose names a committee only up to the text it is set up for ("to
        # review the implementation of Resolution 18")
        return end
    if described and boundary:
        return _described_end(doc, first, k, end, end if last is None else last + 1, openers)
    return last + 1 if last is not None else end


# How many words the purpose a committee was set up for may run to (``_committee_tail``).
_ESTABLISHED_REACH = 32
_ESTABLISHED_MIN = 8


def _lower_word(token) -> bool:
    return token.is_alpha and token.is_lower


def _number_sign_dot(doc: Doc, k: int) -> bool:
    """The full stop of "No." before a number ("No. 18"): part of a name, no end of it."""
    return (
        doc[k].text == "."
        and k > 0
        and doc[k - 1].lower_ == "no"
        and k + 1 < len(doc)
        and doc[k + 1].text[:1].isdigit()
    )


def _counted_as(doc: Doc, head: int, count: int) -> bool:
    """The plural head at ``head`` comes right after the number ``count`` ("2 Ministries")."""
    if head == 0:
        return False
    before = doc[head - 1].text
    value = parse_digits(before) if before[:1].isdigit() else parse_words(before)
    return value == count


def _same_head_next(doc: Doc, at: int, head_word: str) -> bool:
    """A capitalised name starting at ``at`` (after "the") that ends on ``head_word``
    within a few words: another body of the same kind."""
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    for k in range(at, min(len(doc), at + 6)):
        token = doc[k]
        if not (token.is_alpha and token.text[0].isupper()) and token.text not in POSSESSIVES:
            return False
        if token.lower_ == head_word:
            return True
    return False


def _described_end(
    doc: Doc, first: int, stop: int, end: int, named_to: int, openers: frozenset[str]
) -> int:
    """The end of a committee's name whose subject is written in lower case ("... on
    administrative procedure reform and decentralization", "..., 12th tenure"): its words
    run on to ``stop``, where the name met punctuation or a stop word, or to an earlier verb
    ("... reform reviewed") or determined common noun ("... of the province"), where a
    sentence took over; ``end`` (the head's) when nothing is left. A determiner only ends
    the name after ``named_to``, its last capitalised word ("for summarising the
    implementation of Resolution 18"); in a name with no capitalised word it leaves the end
    unclear, and no name is read. A comma after its last capitalised word ends it ("... of the
    National Land Database Project, spoke"): a list of fields ends on its capitalised one."""
    if named_to > end:
        stop = next((k for k in range(named_to, stop) if doc[k].text == ","), stop)
    cut = _clause_comma(doc, first, stop, openers)  # "... procedures, ensuring that": no name
    for k in range(first + 1, stop):
        token, following = doc[k], doc[k + 1] if k + 1 < stop else None
        verb = token.is_alpha and token.is_lower and token.lower_.endswith("ed")
        # ... or, after its last capitalised word, a participle ("... Project speaking at")
        verb = verb or (named_to > end and k >= named_to and _participle(token))
        if verb or (
            k >= named_to
            and token.lower_ in DETERMINERS
            and not (following and following.text[:1].isupper())
        ):
            if not verb and named_to == end:
                return end  # "for the implementation of the ...": where it ends is unclear
            cut = _clause_comma(doc, first, k, openers)
            break
    while cut > end and (doc[cut - 1].is_punct or doc[cut - 1].lower_ in _TAIL_JOINERS):
        cut -= 1
    return max(cut, end)


def _participle(token) -> bool:
    return token.is_alpha and token.is_lower and token.lower_.endswith("ing")


def _clause_comma(doc: Doc, first: int, cut: int, openers: frozenset[str]) -> int:
    """Where a clause that a name's end ran into opened: the last comma before ``cut`` with
    only lower-case words after it, the first of them a participle or one of ``openers``
    (words.csv ``clause_opener``: "... Resolution No. 18-NQ/TW, after the merger, proposed",
    "... procedures, ensuring the"), else ``cut``."""
    k = cut - 1
    while k > first and ((doc[k].is_alpha and doc[k].is_lower) or doc[k].text == ","):
        k -= 1
    comma = next((i for i in range(k + 1, cut - 1) if doc[i].text == ","), None)
    if comma is None:
        return cut
    # a clause opens with a participle or a word of time or manner, a list's next field not
    opener = doc[comma + 1].lower_
    return comma if opener.endswith("ing") or opener in openers else cut


# Lower-case words a capitalised committee name may hold ("... Reform and Digital ...", "...
# Programs for the period 2021-2025").
_SPAN_NOUNS = TERM_NOUNS | {"period", "phase", "stage"}
_NAME_JOINERS = _SPAN_NOUNS | {"and", "of", "the", "for", "in", "on"}
_YEARS = regex.compile(rf"{YEAR}(?:\s*[-–—]\s*{YEAR})?")
_TAIL_JOINERS = frozenset({"and", "of", "for", "in", "on", "the", "with", "to"})
_GLUED_NUMBER = regex.compile(r"No\.\d+\w*", regex.IGNORECASE)


def _numbered(doc: Doc, end: int) -> int:
    """The end of a group's number after its head ("Team 195", "Group No. 3"), else ``end``.
    A year is no group number ("the Working Group 2025 plan")."""
    k = end
    if k + 2 < len(doc) and doc[k].lower_ == "no" and doc[k + 1].text == ".":
        k += 2
    elif k + 1 < len(doc) and doc[k].lower_ == "no.":
        k += 1
    if (
        k < len(doc)
        and doc[k].like_num
        and not (len(doc[k].text) == 4 and doc[k].text[:2] in ("19", "20"))
    ):
        return k + 1
    return end


_BODY_LABELS = ("BODY", "LOCAL_BODY", "DEPARTMENT")
_SENTENCE_END = frozenset({".", "!", "?", ";"})
# How many words before a committee's or unit's head its name may hold ("Tay Ninh Province
# Traffic Construction Investment Project Management Board").
_NAME_REACH = 8

# The determiners of a reference to the article's province by its kind ("the province").
_REFERRING = frozenset({"the", "this"})
# The word a body's name takes for the level of a province of that kind.
_LEVEL_OF_KIND = {"province": "provincial", "city": "city"}


def _named_in_text(doc: Doc, provinces: list[Span]) -> Counter:
    """How often the text names each province, leaving out places named in passing (a
    dateline, a caption)."""
    return Counter(
        p.kb_id_
        for p in provinces
        if not is_furniture(doc, p.start_char, p.end_char, PASSING_LABELS)
    )


def _set_up_for_a_text(doc: Doc, head: Span) -> bool:
    """A committee written small and named by what it is set up to do with a numbered text
    ("a steering committee to review the implementation of Resolution No. 18-NQ/TW", "the
    Government's steering committee on reviewing ... Resolution No.18-NQ/TW")."""
    k = head.end
    if k + 1 >= len(doc) or doc[k].lower_ not in _PURPOSE_OPENERS or not doc[k + 1].is_lower:
        return False
    stop = k + 2
    while stop < min(len(doc), k + 18):
        token = doc[stop]
        if breaks_line(token):
            stop += not token.is_space  # a line's last word is in; a run of breaks is not
            break
        if token.text in ",.;:()" and not (token.text == "." and doc[stop - 1].lower_ == "no"):
            break  # ("No." before a number goes on)
        stop += 1
    return _numbered_text(doc, k + 2, stop)


def _numbered_text(doc: Doc, start: int, end: int) -> bool:
    """A text named by its number between ``start`` and ``end``: "Resolution 18",
    "Resolution No. 18-NQ/TW", "Resolution No.18" (not an ordinal, "the 12th")."""
    return any(
        _GLUED_NUMBER.fullmatch(t.text)
        or (
            t.text[:1].isdigit()
            and t.i > 0
            and (doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].text == ".")
        )
        for t in doc[start:end]
    )


# What opens the purpose a committee written small is named by.
_PURPOSE_OPENERS = frozenset({"to", "on", "for"})


def _document_of(doc: Doc, k: int) -> bool:
    """A body's name from ``k`` on, then a possessive and a capitalised word: a text of that
    body ("the 12th Party Central Committee's Resolution 18"), part of the name before it."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    for j in range(k, min(len(doc) - 1, k + 8)):
        token = doc[j]
        if token.text in POSSESSIVES:
            return j > k and doc[j + 1].text[:1].isupper()
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            return False
    return False


def _runs_on(doc: Doc, end: int, posts: frozenset[str]) -> bool:
    """A capitalised word other than a post's goes on right after a name ending at ``end``."""
    if end >= len(doc) or doc[end - 1].whitespace_ != " ":
        return False
    token = doc[end]
    return token.is_alpha and token.is_title and token.lower_ not in posts


def _opens_body(doc: Doc, k: int, named: set[int]) -> bool:
    """True when a known body's name starts at ``k``, after "the" and an ordinal ("12th")."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k < len(doc) and doc[k].text[:1].isdigit():
        k += 1
    return k in named


def _named_places(
    doc: Doc, out: dict[str, list[Span]], level_words: frozenset, prefixes: frozenset
) -> list[Span]:
    """Communes and districts a body is named after ("Dai Phuoc Commune People's Committee")
    are places of the article: their other mentions ("Dai Phuoc received ...") are localities.
    A word that opens a two-word level ("Van Don Special Zone") is none of the place's."""
    places = set()
    for body in out["BODY"]:
        fields = body._.body or {}
        if fields.get("level") in ("district", "commune"):
            words = fields["name"].split()
            head_at = next(
                (i for i, w in enumerate(words) if w.lower() in level_words),
                None,
            )
            while head_at and words[head_at - 1].lower() in prefixes:
                head_at -= 1
            if head_at:
                places.add(tuple(words[:head_at]))
    if not places:
        return []
    taken = {i for spans in out.values() for s in spans for i in range(s.start, s.end)}
    found = []
    texts = [t.text for t in doc]
    for place in places:
        size = len(place)
        for i in range(len(texts) - size + 1):
            if tuple(texts[i : i + size]) == place and not taken & set(range(i, i + size)):
                found.append(Span(doc, i, i + size, "LOCALITY", kb_id=fold(" ".join(place))))
                taken.update(range(i, i + size))
    return found


def _numbered_places(doc: Doc, out: dict[str, list[Span]], pattern) -> list[Span]:
    """Places named by a capitalised head and their number ("District 10", "Ward 5"), where no
    other name covers them (``pattern`` finds them in the text)."""
    matches = list(pattern.finditer(doc_text(doc))) if pattern is not None else []
    if not matches:
        return []
    taken = {i for spans in out.values() for s in spans for i in range(s.start, s.end)}
    found = []
    for m in matches:
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 2 and not taken.intersection((span.start, span[1].i)):
            found.append(Span(doc, span.start, span.end, "LOCALITY", kb_id=fold(span[0].text)))
    return found


def _owns_a_body(doc: Doc, place: Span, kind: str) -> bool:
    """The place is named as the owner of a body right before it: "the Administrative Reform
    Appraisal Council of Ha Tinh province" (a body's capitalised head, "of", the place and
    its ``kind`` written small)."""
    of = place.start - 1
    if of < 1 or doc[of].lower_ != "of" or not doc[of - 1].is_title:
        return False
    return place.end < len(doc) and doc[place.end].lower_ == kind


def _base_id(span: Span) -> str:
    ident = span.id_
    return ident.split("|")[1] if ident.startswith("acr|") else ident


_CITY_WORDS = frozenset({"city"})


def _place_before(doc: Doc, level_word: int, function_words: frozenset[str]) -> Span | None:
    """The capitalised place name before a level word: "Lac Son" in "Lac Son District",
    "Phan Rang-Thap Cham" in "Phan Rang-Thap Cham City" (four words, a dash between two)."""
    i = level_word - 1
    words = 0
    while i >= 0 and words < 4 and _place_word(doc, i, function_words):
        words += doc[i].text not in DASHES
        i -= 1
    while i + 1 < level_word and doc[i + 1].text in DASHES:
        i += 1  # a dash opens no name
    return doc[i + 1 : level_word] if i + 1 < level_word else None


def _numbered_place(doc: Doc, level_word: int) -> Span | None:
    """A unit named by its number ("District 3", "Ward 12"): a capitalised level word and
    one or two digits after it; the caller checks that the word names a level."""
    k = level_word + 1
    if k >= len(doc) or not doc[level_word].is_title or not doc[level_word].is_alpha:
        return None
    number = doc[k].text
    if not (number.isdigit() and len(number) <= 2):
        return None
    return doc[level_word : k + 1]


def _place_word(doc: Doc, i: int, function_words: frozenset[str]) -> bool:
    """A word of a place name: capitalised, or a number after one ("Ha Giang 1 Ward")."""
    token = doc[i]
    if token.like_num:
        return i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha
    if token.text in DASHES:  # "Phan Rang-Thap Cham": two names joined into one place's
        return 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title
    return token.is_title and token.is_alpha and token.lower_ not in function_words


def _fields(name, kind, level, province, acronym) -> dict:
    return {"name": name, "acronym": acronym, "kind": kind, "level": level, "province": province}


def _part_named(doc: Doc, options, start: int | None = None, end: int | None = None):
    """``(start, end, row)`` of the longest part of ``options`` (``(length, {norms: row})``,
    longest first) written from token ``start`` on, or ending right before token ``end``."""
    for length, table in options:
        i = start if start is not None else end - length
        if i < 0 or i + length > len(doc):
            continue
        row = table.get(tuple(doc[k].norm_ for k in range(i, i + length)))
        if row is not None:
            return i, i + length, row
    return None


def _short_references(doc: Doc, bodies: list[Span], heads: frozenset[str]) -> list[Span]:
    """A committee named again by the first words of its name ("the Central Steering
    Committee" after "the Central Steering Committee for national target programs for the
    period 2021-2025"): the same committee, not another one. The words left out must open
    with a preposition, so that "the Government" never stands for "the Government Office".
    ``heads``: the last words of such names (words.csv shortened_head)."""
    ordered = sorted(bodies, key=lambda s: s.start)
    out = []
    for i, span in enumerate(ordered):
        name = (span._.body or {}).get("name", "")
        longer = None
        if fold(name.rsplit(" ", 1)[-1]) in heads:
            longer = next(
                (
                    earlier
                    for earlier in reversed(ordered[:i])
                    if earlier.end <= span.start and _shortens(name, earlier._.body or {})
                ),
                None,
            )
        out.append(
            span if longer is None else _body_span(doc, span.start, span.end, dict(longer._.body))
        )
    return out


def _shortens(name: str, fields: dict) -> bool:
    full = fields.get("name", "")
    return full.startswith(name) and bool(_LEFT_OUT.match(full, len(name)))


# What the short name of a body leaves out: "(Steering Committee) for ...", "(Working Group) on".
_LEFT_OUT = regex.compile(r"\s+(?:for|on|to|of|in\s+charge\s+of)\s")


def _body_span(doc: Doc, start: int, end: int, fields: dict) -> Span:
    span = Span(doc, start, end, "BODY", kb_id=body_key(fields["name"]))
    span._.body = fields
    return span


def body_key(name: str) -> str:
    """The key that groups a body's mentions: its folded letters and digits, so that the
    same name written with other punctuation or spacing is one body ("Resolution No.
    18-NQ/TW" and "Resolution No. 18NQTW")."""
    return _NOT_ALNUM.sub("", fold(name))


_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_LINE = regex.compile(r"[^\n]+")
_COLON_LINE_END = regex.compile(r":[ \t]*\n")
# From a ministry's name to the colon that opens a list of its units, in the same sentence.
_COLON_AFTER = regex.compile(r"[^.:;\n]{0,60}:")
# Where a list in running text ends: the end of its sentence or line.
_ITEMS_END = regex.compile(r"\.(?:\s|$)|\n")
_ITEM_SEPARATOR = regex.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=the\s)", regex.IGNORECASE)


def _loose_key(name: str) -> tuple[str, ...]:
    """A name's content words, folded: "for"/"on", "and", "the" and punctuation aside."""
    return tuple(w for w in _NOT_ALNUM.split(fold(name)) if w and w not in _LOOSE_WORDS)


_LOOSE_WORDS = frozenset({"the", "for", "on", "of", "and", "s"})


def _dateline_place(doc: Doc, span: Span) -> bool:
    """ "HANOI — April 17, 2024": the place that opens a dateline is a mention (SPEC 7)."""
    if span.label_ != "PROVINCE" or span.end >= len(doc) or doc[span.end].text not in DASHES:
        return False
    return span.start == 0 or breaks_line(doc[span.start - 1])


@Language.factory(
    "reformnlp_entities",
    assigns=["doc.spans", "doc._.article_province"],
    requires=["doc.spans"],
    default_config={"patterns": None},
)
def make_entities(nlp: Language, name: str, patterns: str | None) -> EntityResolver:
    """Resolve the gazetteer's raw hits into the article's places and bodies.

    Reads ``doc.spans["gazetteer"]`` (the SpanRuler's hits) and ``doc.spans["furniture"]``
    (hits in site furniture are dropped). Writes ``doc.spans`` groups ``PROVINCE``,
    ``LOCALITY``, ``REGION``, ``INDEX`` and ``BODY`` (each BODY span's ``span._.body``
    holds name, kind, level, province and acronym) and ``doc._.article_province``.

    patterns (str | None): a folder of pattern files replacing the packaged ones.

    >>> nlp = reformnlp.load()
    >>> doc = nlp("The Ha Tinh Provincial People's Committee met in Ha Tinh City.")
    >>> [s._.body["name"] for s in doc.spans["BODY"]]
    ["Ha Tinh Provincial People's Committee"]
    """
    return EntityResolver(nlp, name, patterns)
