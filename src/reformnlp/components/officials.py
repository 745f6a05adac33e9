"""The ``reformnlp_officials`` component: people, their posts, and every mention.

Title heads come from the gazetteer (``titles.csv``); this component completes
them into title phrases ("Vice Chairman" + "of the Provincial People's
Committee" → "Vice Chairman of the Ha Tinh Provincial People's Committee"),
finds personal names, links phrases to names in every order the press uses
(title before the name, stacked titles, apposition after a comma or a dash, a
plural title shared by a list of names) and merges each person's mentions,
including "Mr. Chau", "Chinh said" and "the Prime Minister" once he was named.

Writes ``doc.spans["OFFICIAL"]`` (kb_id = name key), ``doc.spans["TITLE"]``
(``span._.holder``, ``span._.title_text``) and ``doc._.officials``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions  # noqa: F401  (registers the attributes)
from ..patterns import TitleRow, get_patterns
from ..text import doc_text, fold, name_key
from ..zones import NO_ENTITY_LABELS, is_furniture
from .gazetteer import SPANS_KEY
from .names import (
    NameCandidate,
    name_after,
    name_before_comma,
    positions_of,
    vietnamese_names,
)

DOMAIN_GLUE = frozenset({"and", ",", "&"})
BODY_GLUE = frozenset({"and", "for", "on", "of", "the", "in", "to", "'s"})
ENTITY_GROUPS = ("PROVINCE", "LOCALITY", "REGION", "BODY", "INDEX")
ARTICLES = frozenset({"the", "a", "an"})
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
MAX_JOINT = 10  # tokens between a name and its title: "was appointed to hold the position of the"


@dataclass
class Phrase:
    """A title phrase: a head, what completes it, and the text the record keeps."""

    start: int
    end: int
    text: str
    plural: bool
    province: str | None
    provincial: bool
    holder: int | None = None
    former: bool = False
    head: str = ""
    bare_domain: bool = False


@dataclass
class Person:
    name: str
    key: str
    titles: list[str] = field(default_factory=list)
    province: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


class OfficialsFinder:
    """Finds officials and their titles; see the module docstring."""

    def __init__(self, nlp: Language, name: str, patterns: str | None):
        data = get_patterns(patterns)
        self.name = name
        self.titles: list[TitleRow] = data.titles
        self.families = frozenset(fold(row.family) for row in data.family_names)
        self.provinces = data.provinces
        self.speech_verbs = frozenset(data.words_of("speech_verb"))
        self.not_names = frozenset(data.words_of("not_name"))
        self.name_finals = frozenset(data.words_of("name_final"))
        self.body_nouns = frozenset(data.words_of("body_noun"))
        self.links = frozenset(tuple(w.split()) for w in data.words_of("title_link"))
        self.former_words = frozenset(data.words_of("former_word"))
        self.former_body_words = self.former_words | frozenset(data.words_of("former_body_word"))
        self.qualifiers = self.former_body_words | frozenset(data.words_of("current_word"))
        self.at: int | None = None  # the character being read, for error reports
        chair = next((r for r in data.local_bodies if r.id == "peoples_committee"), None)
        self.ppc_forms = (chair.provincial_form, chair.city_form) if chair else None

    def __call__(self, doc: Doc) -> Doc:
        entities = {label: list(doc.spans[label]) for label in ENTITY_GROUPS if label in doc.spans}
        blocked = {i for spans in entities.values() for s in spans for i in range(s.start, s.end)}
        heads, honorifics, courtesy = self._heads(doc, blocked)
        bodies = {s.start: s for s in entities.get("BODY", [])}
        bodies_by_end = {s.end: s for s in entities.get("BODY", [])}
        provinces_by_end = {s.end: s for s in entities.get("PROVINCE", [])}
        names = self._names(doc, blocked)
        name_starts = {c.start for c in names}
        stops = name_starts | honorifics | {h.start for h in heads}
        phrases = []
        for head in heads:
            self.at = head.start_char
            phrases.append(self._phrase(doc, head, bodies, bodies_by_end, provinces_by_end, stops))
        phrases = _join_titles(doc, [p for p in phrases if p is not None], honorifics)
        _complete_ministers(doc, phrases, entities.get("BODY", []))
        # A name of any origin may not take a word of a title phrase ("Minister of Home
        # Affairs, Deputy Head ...": "Home Affairs" is no name).
        in_titles = {i for p in phrases for i in range(p.start, p.end)}
        not_a_name = blocked | {h.start for h in heads} | in_titles
        for phrase in phrases:  # names of any origin right after a title
            if phrase.end not in name_starts and phrase.end not in honorifics:
                other = name_after(doc, phrase.end, not_a_name, self.not_names)
                if other is not None:
                    names.append(other)
                    name_starts.add(other.start)
        for end in sorted(honorifics - courtesy):  # names of any origin after "Mr.", "Ms."
            if end not in name_starts and end < len(doc):
                other = name_after(doc, end, not_a_name, self.not_names, most=5)
                if other is not None:
                    names = [c for c in names if c.end <= other.start or c.start >= other.end]
                    names.append(other)
                    name_starts = {c.start for c in names}
        name_ends = {c.end for c in names}
        for phrase in phrases:  # names of any origin in apposition before a title
            comma = phrase.start - 1
            if comma > 0 and doc[comma].text == "," and comma not in name_ends:
                other = name_before_comma(doc, comma, not_a_name, self.not_names)
                if other is not None:
                    names.append(other)
                    name_ends.add(other.end)
        names.extend(self._short_names(doc, names, blocked | in_titles, courtesy))
        names.sort(key=lambda c: c.start)
        _link(doc, phrases, names, honorifics, self.links, self.former_words)
        identities = _identities(doc, names)
        people = self._people(doc, phrases, names, identities)
        self._short_mentions(doc, people, names, blocked, heads, honorifics)
        _title_only_mentions(people, phrases)
        self._write(doc, people, phrases, identities)
        return doc

    # -- title heads and phrases -------------------------------------------
    def _heads(self, doc: Doc, blocked: set[int]) -> tuple[list[Span], set[int], set[int]]:
        """Title heads, the honorifics' tokens and ends (a name starts at an end), and the
        honorifics' own tokens."""
        raw = [
            s
            for s in doc.spans.get(SPANS_KEY, [])
            if s.label_ in ("TITLE", "HONORIFIC")
            and not is_furniture(doc, s.start_char, s.end_char, NO_ENTITY_LABELS)
            and self._case_ok(s)
        ]
        kept = filter_spans(raw)
        titles = [s for s in kept if s.label_ == "TITLE" and not _inside(s, blocked)]
        honorific_ends = {s.end for s in kept if s.label_ == "HONORIFIC"}
        honorific_tokens = {
            i for s in kept if s.label_ == "HONORIFIC" for i in range(s.start, s.end)
        }
        return titles, honorific_ends | honorific_tokens, honorific_tokens

    def _case_ok(self, span: Span) -> bool:
        """Abbreviations match only in their own case ("PM", not "3 pm"); heads start upper-case
        unless they are the lower-case forms the press uses after a name ("deputy director")."""
        if span.label_ == "TITLE":
            row = self.titles[int(span.id_.split("|")[0])]
            if row.title.isupper() or (
                row.expansion and any(w.isupper() for w in row.title.split())
            ):
                return all(
                    a == b
                    for a, b in zip(span.text.split(), row.title.split(), strict=False)
                    if b.isupper()
                )
            if len(span) == 1 and span.text.islower() and row.complement == "optional":
                # "chairs the meeting": a verb, not the plural of "Chair"
                after = span.doc[span.end] if span.end < len(span.doc) else None
                return not (
                    after is not None
                    and after.is_alpha
                    and after.is_lower
                    and after.lower_ not in ("of", "from")
                )
            return True
        return span.text[:1].isupper()

    def _phrase(
        self, doc, head, bodies, bodies_by_end, provinces_by_end, name_starts
    ) -> Phrase | None:
        number, _, kind = head.id_.partition("|")
        row = self.titles[int(number)]
        plural = kind == "plural"
        head_text = row.expansion or (row.title if plural else head.text)
        start, end = head.start, head.end
        province = None
        provincial = row.level == "provincial"
        text = head_text
        former = False
        before = bodies_by_end.get(start)
        if before is not None:  # "Hanoi People's Committee Chairman"
            start = before.start
            text, province, provincial = _with_body(head_text, before)
        elif start in provinces_by_end and self.ppc_forms and "chair" in row.title.lower():
            prov = provinces_by_end[start]  # "Ha Giang Vice Chairman"
            start, province, provincial = prov.start, prov.kb_id_, True
            prow = self.provinces[province]
            form = self.ppc_forms[1] if prow.kind == "city" else self.ppc_forms[0]
            text = f"{head_text} of the {form.format(province=prow.name)}"
        elif row.complement != "none" and end < len(doc) and doc[end].lower_ == "of":
            k = end + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            # "of the old Ha Giang ...", "of the new ...", "of the 13th Party Central Committee"
            at_body, past, ordinal = self._qualified(doc, k)
            body = bodies.get(at_body)
            if body is not None and body.end < len(doc) and doc[body.end].text in ("'s", "’s"):
                body = None  # "Head of the Government's Steering Committee for ...": a longer name
            if body is not None:
                former = past
                end = _after_province(doc, body.end, provinces_by_end)
                text, province, provincial = _with_body(head_text, body, ordinal)
                parent = _parent_body(doc, end, bodies)
                if parent is not None and parent[1] == (body._.body or {}).get("name"):
                    end, parent = parent[0], None  # "(VCCI)": the body's own acronym
                if parent is not None:  # "... Department of X under the Ministry of Y"
                    end, parent_name = parent
                    text = f"{text} under the {parent_name}"
            else:
                glue = DOMAIN_GLUE if row.complement == "domain" else BODY_GLUE
                stop = _complement_end(doc, k, glue, name_starts)
                if stop > k and doc[stop - 1].lower_ in glue:
                    stop -= 1
                if stop > k:
                    end = stop
                    text = f"{head_text} {doc[head.end : stop].text}"
                else:
                    referred = _referred_body(doc, k, head.start, bodies, self.body_nouns)
                    if referred is not None:  # "Deputy Head of the committee"
                        end, body = referred
                        if body is None:
                            text = f"{head_text} {doc[head.end : end].text}"
                        else:
                            text, province, provincial = _with_body(head_text, body)
                    elif row.complement == "body":
                        return None  # "Head of ..." with nothing after is not a title
        elif row.complement == "body":
            return None
        former = former or self._former_before(doc, start) or self._former_after(doc, end)
        bare_domain = row.complement == "domain" and end == head.end and start == head.start
        return Phrase(
            start,
            end,
            " ".join(text.split()),
            plural,
            province,
            provincial,
            None,
            former,
            head=head_text,
            bare_domain=bare_domain,
        )

    def _qualified(self, doc: Doc, k: int) -> tuple[int, bool, str | None]:
        """Skip the words between "of the" and a body: "old"/"new" and an ordinal. Returns where
        the body may start, whether a word made the post a past one, and the ordinal."""
        past = False
        while k < len(doc) and doc[k].lower_ in self.qualifiers:
            past = past or doc[k].lower_ in self.former_body_words
            k += 1
        ordinal = None
        if k < len(doc) and ORDINAL.match(doc[k].text):
            ordinal, k = doc[k].text, k + 1
        return k, past, ordinal

    def _former_before(self, doc: Doc, start: int) -> bool:
        """ "former Minister", "ex-Chairman", "former Communist Party chief": a past post."""
        i, steps = start - 1, 0
        while i >= 0 and steps < 4:
            token = doc[i]
            if token.lower_ in self.former_words:
                return True
            if token.text in ("-", "–"):
                i -= 1
                continue
            if not (token.is_alpha and token.text[:1].isupper()):
                return False
            i, steps = i - 1, steps + 1
        return False

    def _former_after(self, doc: Doc, end: int) -> bool:
        """ "member of the Standing Committee of the old Ha Giang ...": a past post."""
        if end >= len(doc) or doc[end].lower_ != "of":
            return False
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        return k < len(doc) and doc[k].lower_ in self.former_body_words

    # -- names -------------------------------------------------------------
    def _names(self, doc: Doc, blocked: set[int]) -> list[NameCandidate]:
        furniture_free = [
            c
            for c in vietnamese_names(doc, self.families, blocked, self.not_names, self.name_finals)
            if not is_furniture(doc, doc[c.start].idx, doc[c.end - 1].idx + 1, NO_ENTITY_LABELS)
        ]
        return furniture_free

    def _short_names(
        self, doc: Doc, names: list[NameCandidate], blocked: set[int], honorifics: set[int]
    ) -> list[NameCandidate]:
        """Short forms of Vietnamese names named earlier ("said Lam, the Communist Party general
        secretary", "Mung is also ..."): the given name (or, less often, the family name) of
        exactly one full name before it, standing alone between lower-case words or
        punctuation. They take titles like full names do."""
        given: dict[str, dict[str, NameCandidate]] = {}
        family: dict[str, dict[str, NameCandidate]] = {}
        for cand in names:
            if not cand.vietnamese:
                continue
            key = name_key(cand.span(doc).text)
            parts = key.split()
            given.setdefault(parts[-1], {}).setdefault(key, cand)
            family.setdefault(parts[0], {}).setdefault(key, cand)
        lookup = {**{k: v for k, v in family.items() if k not in given}, **given}
        taken = {i for c in names for i in range(c.start, c.end)}
        out = []
        for i in positions_of(doc, lookup):
            token = doc[i]
            keys = lookup.get(token.norm_, {})
            if len(keys) != 1 or i in taken or i in blocked or i in honorifics:
                continue
            ((key, full),) = keys.items()
            if full.start > i or not token.is_title or not token.is_alpha:
                continue
            neighbours = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
            if any(t.is_alpha and t.is_title and t.i not in honorifics for t in neighbours):
                continue  # part of a longer capitalised run: a place, a body, another name
            if is_furniture(doc, token.idx, token.idx + len(token), NO_ENTITY_LABELS):
                continue
            out.append(NameCandidate(i, i + 1, False, key=key, full=(full.start, full.end)))
        return out

    # -- people --------------------------------------------------------------
    def _people(
        self, doc: Doc, phrases: list[Phrase], names: list[NameCandidate], identities
    ) -> dict[str, Person]:
        people: dict[str, Person] = {}
        titled = {p.holder for p in phrases if p.holder is not None}
        for index, cand in enumerate(names):
            if index not in titled and not (cand.vietnamese and _after_former(doc, cand.start)):
                continue
            key, text = identities[index]
            person = people.setdefault(key, Person(name=text, key=key))
            if len(text) > len(person.name):
                person.name = text
            person.mentions.append((cand.start, cand.end))
        held = sorted((p for p in phrases if p.holder is not None), key=lambda p: p.start)
        for phrase in held:
            person = people.get(identities[phrase.holder][0])
            if person is None:
                continue
            if phrase.former:
                continue  # former posts are not titles (SPEC section 7)
            province = phrase.province or (doc._.article_province if phrase.provincial else None)
            text = phrase.text
            _add_title(person, text)
            person.province = person.province or province
        # The same name seen untitled elsewhere in the article is a mention of that person.
        for index, cand in enumerate(names):
            key = identities[index][0]
            if index not in titled and cand.key is None and key in people:
                people[key].mentions.append((cand.start, cand.end))
        return {k: p for k, p in people.items() if p.titles or _named_as_former(doc, p)}

    def _short_mentions(self, doc, people, names, blocked, heads, honorifics) -> None:
        """ "Mr. Chau", "PM Chinh", "Chinh said", "Pham hailed": the given name (or, less
        often, the family name) of exactly one person, with a cue around it."""
        given: dict[str, list[str]] = {}
        family: dict[str, list[str]] = {}
        for person in people.values():
            parts = person.key.split()
            if len(parts) >= 2:
                given.setdefault(parts[-1], []).append(person.key)
                family.setdefault(parts[0], []).append(person.key)
        # A given name wins over a family name spelled alike.
        given = {**{k: v for k, v in family.items() if k not in given}, **given}
        taken = {i for c in names if c.key is None for i in range(c.start, c.end)}
        head_ends = {h.end for h in heads}
        for position in positions_of(doc, given):
            token = doc[position]
            keys = given.get(token.norm_)
            if not keys or len(keys) != 1 or token.i in taken or token.i in blocked:
                continue
            if not token.is_title:
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            cue = token.i in honorifics or (token.i - 1) in honorifics or token.i in head_ends
            cue = cue or (after is not None and after.lower_ in self.speech_verbs)
            if cue and not is_furniture(doc, token.idx, token.idx + len(token), NO_ENTITY_LABELS):
                people[keys[0]].mentions.append((token.i, token.i + 1))

    def _write(self, doc: Doc, people: dict[str, Person], phrases: list[Phrase], identities):
        official_spans, title_spans = [], []
        for person in people.values():
            for start, end in sorted(set(person.mentions)):
                official_spans.append(Span(doc, start, end, "OFFICIAL", kb_id=person.key))
        for phrase in phrases:
            if phrase.holder is None:
                continue
            key = identities[phrase.holder][0]
            if key not in people or phrase.former:
                continue
            span = Span(doc, phrase.start, phrase.end, "TITLE", kb_id=key)
            span._.holder = key
            span._.title_text = phrase.text
            title_spans.append(span)
        doc.spans["OFFICIAL"] = sorted(official_spans, key=lambda s: s.start)
        doc.spans["TITLE"] = sorted(title_spans, key=lambda s: s.start)
        doc._.officials = [
            {"name": p.name, "key": p.key, "titles": p.titles, "province": p.province}
            for p in people.values()
        ]


# -- linking titles and names --------------------------------------------------
def _gap(
    doc: Doc, end: int, start: int, honorifics: set[int], links=frozenset(), former=frozenset()
) -> str:
    """What separates two items on a line: adjacent, comma, colon, semicolon, and, dash,
    link (a phrase of ``links``: "who is also", "was appointed as the"), or other.

    An apposition may carry an article or an age (", the Director", ", 47, who serves as",
    ", the 60-year-old Party Secretary")."""
    if start < end or start - end > MAX_JOINT:
        return "other"
    between = [t for t in doc[end:start] if t.i not in honorifics]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[max(end - 1, 0) : start]):
        return "other"
    words = [t.lower_ for t in between]
    if not words:
        return "adjacent"
    if words in (["comrade"],):
        return "adjacent"
    if words == [","]:
        # "Vice Minister of Home Affairs, Mr. Tran Anh Tuan": an honorific opens the name
        return "adjacent" if (start - 1) in honorifics else "comma"
    words = _without_age(words)
    # ", former Vice Chairwoman of ...", ", ex-Director": the word belongs to the (past) post
    if len(words) >= 3 and words[-1] == "-" and words[-2] in former:
        words = words[:-2]
    elif len(words) >= 2 and words[-1] in former:
        words = words[:-1]
    if words in ([","], [",", "the"], [",", "a"], [",", "an"]):
        return "comma"
    if words == [":"]:
        return "colon"
    if words in ([";"], [";", "and"]):
        return "semicolon"
    if words in (["and"], [",", "and"]):
        return "and"
    if words in (["-"], ["–"], ["—"], [",", "-"]):
        return "dash"
    if links:
        rest = words[1:] if words[:1] == [","] else words
        if rest and rest[-1] in ARTICLES:
            rest = rest[:-1]
        if tuple(rest) in links:
            return "link"
    return "other"


def _without_age(words: list[str]) -> list[str]:
    """Drop an age or a birth year written in apposition: ", 47,", "the 60-year-old",
    ", born in 1969,"."""
    out = list(words)
    for i in range(len(out) - 4):
        if out[i].isdigit() and out[i + 1 : i + 5] == ["-", "year", "-", "old"]:
            del out[i : i + 5]
            break
    if len(out) >= 3 and out[0] == "," and out[1].isdigit() and out[2] == ",":
        del out[1:3]
    if len(out) >= 5 and out[0] == "," and out[1:3] == ["born", "in"] and out[4] == ",":
        del out[1:5]
    return out


def _apposed(doc: Doc, phrase: Phrase, name: NameCandidate) -> bool:
    """ "The Minister of Home Affairs, Pham Thi Thanh Tra, said": a title with its article,
    then the name between commas (or before the end of the sentence)."""
    return (
        phrase.start > 0
        and doc[phrase.start - 1].lower_ == "the"
        and not phrase.plural
        and (name.end >= len(doc) or doc[name.end].text in (",", ".", ")", ";"))
    )


def _honorific_comma(doc: Doc, end: int, start: int, honorifics: set[int]) -> bool:
    """ "Title, Mr. Name": the comma a title and a name are "adjacent" across."""
    return any(t.text == "," for t in doc[end:start])


def _after_name(doc, items, back, phrases, honorifics, links) -> bool:
    """The phrase at ``items[back]`` ends a chain of titles after a name ("Ms. A - Standing
    Deputy Secretary of ..., Mr. B - ..."): it is that name's, not the next one's."""
    i = back
    while i - 1 >= 0:
        gap = _gap(doc, items[i - 1][1], items[i][0], honorifics, links)
        if items[i - 1][2] == "N":
            return gap in ("comma", "dash", "link")
        if gap not in ("comma", "and", "dash", "link"):
            return False
        i -= 1
    return False


def _link(
    doc: Doc,
    phrases: list[Phrase],
    names: list[NameCandidate],
    honorifics: set[int],
    links: frozenset[tuple[str, ...]] = frozenset(),
    former: frozenset[str] = frozenset(),
) -> None:
    """Give each phrase its holder (an index into ``names``)."""
    items = sorted(
        [(p.start, p.end, "P", i) for i, p in enumerate(phrases)]
        + [(c.start, c.end, "N", i) for i, c in enumerate(names)]
    )
    # Title(s) right before a name, stacked with commas or "and".
    for pos, (_start, _end, kind, index) in enumerate(items):
        if kind != "N":
            continue
        back = pos - 1
        if back < 0 or items[back][2] != "P":
            continue
        if names[index].key is not None:
            continue  # "Minister Tra said": a short form refers to a person, it gives no post
        gap = _gap(doc, items[back][1], items[pos][0], honorifics)
        if gap == "comma" and _apposed(doc, phrases[items[back][3]], names[index]):
            if _after_name(doc, items, back, phrases, honorifics, links):
                continue
        elif gap != "adjacent":
            continue
        if _honorific_comma(doc, items[back][1], items[pos][0], honorifics) and _after_name(
            doc, items, back, phrases, honorifics, links
        ):
            continue  # "A - Deputy Secretary of ..., Mr. B - ...": the title is A's
        phrase = phrases[items[back][3]]
        phrase.holder = index
        if phrase.plural:
            _share_plural(doc, items, pos, phrases, honorifics, items[back][3])
        while back - 1 >= 0 and items[back - 1][2] == "P":
            prev = items[back - 1]
            if _gap(doc, prev[1], items[back][0], honorifics) not in ("comma", "and"):
                break
            if (
                back - 2 >= 0
                and items[back - 2][2] == "N"
                and _gap(doc, items[back - 2][1], prev[0], honorifics) in ("comma", "dash")
            ):
                break  # that title follows another name: it is that person's
            if phrases[prev[3]].holder is not None:
                break
            phrases[prev[3]].holder = index
            back -= 1
    _share_plural_over_pairs(doc, items, phrases, honorifics)
    # Titles after a name: "Le Ngoc Chau, Vice Chairman of ...", "Chinh - Head of ...",
    # "Binh is the Deputy Head of ...", "Truong Hoa Binh head of the ..." (no comma).
    for pos, (_start, _end, kind, index) in enumerate(items):
        if kind != "N":
            continue
        nxt, joint = pos + 1, ("comma", "dash", "link")
        while nxt < len(items) and items[nxt][2] == "P":
            phrase = phrases[items[nxt][3]]
            if phrase.holder is not None:
                break
            if phrase.plural:
                break  # "A, Deputy Head of the group, members of the group, ...": others
            gap = _gap(doc, items[nxt - 1][1], items[nxt][0], honorifics, links, former)
            completed = phrase.text != phrase.head
            if gap not in joint and not (nxt == pos + 1 and gap == "adjacent" and completed):
                break
            phrase.holder = index
            nxt, joint = nxt + 1, ("comma", "and", "dash", "link")


def _referred_body(doc: Doc, k: int, before: int, bodies: dict[int, Span], nouns):
    """ "of the committee": ``(end, body)`` for the last body named before ``before`` whose
    name holds every word of the phrase, ``(end, None)`` when none does, None when the
    words after "of the" do not name a body at all."""
    j = k
    while j < len(doc) and j - k < 3 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    if j == k or doc[j - 1].lower_ not in nouns:
        return None
    words = {t.lower_ for t in doc[k:j]}
    earlier = [
        b
        for start, b in bodies.items()
        if start < before and words <= set(fold((b._.body or {}).get("name", "")).split())
    ]
    return j, (max(earlier, key=lambda b: b.start) if earlier else None)


def _join_titles(doc: Doc, phrases: list[Phrase], honorifics: set[int]) -> list[Phrase]:
    """ "Minister and Chairman of the Government Office": one post, written as one title."""
    out: list[Phrase] = []
    for phrase in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == prev.start + len(prev.head.split())
            and prev.text == prev.head
            and _gap(doc, prev.end, phrase.start, honorifics) == "and"
            and phrase.text != phrase.head
        ):
            prev.end, prev.text = phrase.end, f"{prev.head} and {phrase.text}"
            prev.province, prev.provincial = phrase.province, phrase.provincial
            prev.bare_domain = False
            continue
        out.append(phrase)
    return out


def _complete_ministers(doc: Doc, phrases: list[Phrase], bodies: list[Span]) -> None:
    """A bare "Minister X" takes the ministry the paragraph names just before it, or the
    one ministry the article has named so far."""
    ministries = [b for b in bodies if (b._.body or {}).get("kind") == "ministry"]
    if not ministries or not any(p.bare_domain for p in phrases):
        return
    text = doc_text(doc)
    for phrase in phrases:
        if not phrase.bare_domain:
            continue
        line_start = text.rfind("\n", 0, doc[phrase.start].idx) + 1
        before = [b for b in ministries if b.end <= phrase.start]
        in_paragraph = [b for b in before if b.start_char >= line_start]
        if in_paragraph:
            chosen = in_paragraph[-1]
        elif before and len({b.kb_id_ for b in before}) == 1:
            chosen = before[-1]
        else:
            continue
        name = chosen._.body["name"]
        if name.startswith("Ministry of "):
            phrase.text = f"{phrase.head} of {name.split(' of ', 1)[1]}"


def _share_plural_over_pairs(doc, items, phrases, honorifics) -> None:
    """ "Politburo members Prime Minister A and NA Chairman B": the plural title for each."""
    for pos, (_start, _end, kind, index) in enumerate(items):
        phrase = phrases[index] if kind == "P" else None
        if phrase is None or not phrase.plural or phrase.holder is not None:
            continue
        nxt, joint = pos + 1, ("adjacent", "colon")
        while nxt + 1 < len(items) and items[nxt][2] == "P" and items[nxt + 1][2] == "N":
            if _gap(doc, items[nxt - 1][1], items[nxt][0], honorifics) not in joint:
                break
            if phrases[items[nxt][3]].holder != items[nxt + 1][3]:
                break
            phrases.append(
                Phrase(
                    phrase.start,
                    phrase.end,
                    phrase.text,
                    False,
                    phrase.province,
                    phrase.provincial,
                    holder=items[nxt + 1][3],
                )
            )
            nxt, joint = nxt + 2, ("comma", "and", "semicolon")


def _share_plural(doc, items, pos, phrases, honorifics, phrase_index) -> None:
    """A plural title gives each listed name the singular title (one Phrase per holder)."""
    nxt = pos + 1
    while nxt < len(items) and items[nxt][2] == "N":
        if _gap(doc, items[nxt - 1][1], items[nxt][0], honorifics) not in ("comma", "and"):
            break
        source = phrases[phrase_index]
        phrases.append(
            Phrase(
                source.start,
                source.end,
                source.text,
                False,
                source.province,
                source.provincial,
                holder=items[nxt][3],
            )
        )
        nxt += 1


# -- small helpers -------------------------------------------------------------
def _inside(span: Span, blocked: set[int]) -> bool:
    return all(i in blocked for i in range(span.start, span.end))


def _with_body(
    head_text: str, body: Span, ordinal: str | None = None
) -> tuple[str, str | None, bool]:
    fields = body._.body or {}
    name = fields.get("name") or body.text
    if ordinal:  # "Alternate Member of the 13th Party Central Committee"
        name = f"{ordinal} {name}"
    article = "" if name.lower().startswith("the ") else "the "
    provincial = fields.get("level") in ("provincial", "district", "commune")
    return f"{head_text} of {article}{name}", fields.get("province"), provincial


def _parent_body(doc: Doc, end: int, bodies: dict[int, Span]) -> tuple[int, str] | None:
    """The body a unit belongs to, written after it: "under the Ministry of Home Affairs",
    "(Ministry of Home Affairs)". Returns the end of the phrase and the body's name."""
    j = end
    closing = False
    if j < len(doc) and doc[j].text == "(":
        j, closing = j + 1, True
    elif j + 1 < len(doc) and doc[j].lower_ in ("under", "of") and doc[j + 1].lower_ == "the":
        j += 2
    else:
        return None
    parent = bodies.get(j)
    if parent is None:
        return None
    stop = parent.end
    if closing:
        if stop >= len(doc) or doc[stop].text != ")":
            return None
        stop += 1
    return stop, (parent._.body or {}).get("name") or parent.text


def _after_province(doc: Doc, end: int, provinces_by_end: dict[int, Span]) -> int:
    """Extend past "of Cao Bang province" after a body."""
    if end < len(doc) and doc[end].lower_ == "of":
        for stop in range(end + 2, min(end + 6, len(doc) + 1)):
            if stop in provinces_by_end and provinces_by_end[stop].start == end + 1:
                if stop < len(doc) and doc[stop].lower_ in ("province", "city"):
                    return stop + 1
                return stop
    return end


def _complement_end(doc: Doc, k: int, glue: frozenset[str], name_starts: set[int]) -> int:
    """End of a complement that is not a known body: capitalised words and glue."""
    last = k
    j = k
    while j < len(doc) and j - k < 14 and j not in name_starts:
        token = doc[j]
        if "\n" in token.whitespace_ or "\n" in token.text:
            break
        if (token.is_alpha and token.text[:1].isupper()) or (token.like_num and j > k):
            last = j + 1
        elif token.lower_ not in glue:
            break
        j += 1
    return last


def _add_title(person: Person, title: str) -> None:
    words = set(fold(title).replace(",", " ").split())
    for index, existing in enumerate(person.titles):
        other = set(fold(existing).replace(",", " ").split())
        if words <= other:
            return
        if other < words:
            person.titles[index] = title
            return
    person.titles.append(title)


def _title_only_mentions(people: dict[str, Person], phrases: list[Phrase]) -> None:
    """ "the Prime Minister" after he was named: a mention when one person holds that title."""
    holders: dict[str, list[str]] = {}
    for person in people.values():
        for title in person.titles:
            holders.setdefault(fold(title), []).append(person.key)
    for phrase in phrases:
        keys = holders.get(fold(phrase.text), [])
        if phrase.holder is None and len(keys) == 1:
            people[keys[0]].mentions.append((phrase.start, phrase.end))


def _after_former(doc: Doc, start: int) -> bool:
    """ "former Chairman Nguyen Van A": a predecessor, an official with no current title."""
    return any(t.lower_ == "former" for t in doc[max(0, start - 4) : start])


def _named_as_former(doc: Doc, person: Person) -> bool:
    return any(_after_former(doc, start) for start, _end in person.mentions)


@Language.factory(
    "reformnlp_officials",
    assigns=["doc.spans", "doc._.officials"],
    requires=["doc.spans"],
    default_config={"patterns": None},
)
def make_officials(nlp: Language, name: str, patterns: str | None) -> OfficialsFinder:
    """Build the officials finder; ``patterns`` is a folder overriding the packaged data."""
    return OfficialsFinder(nlp, name, patterns)


def _identities(doc: Doc, names: list[NameCandidate]) -> list[tuple[str, str]]:
    """``(key, name)`` of each candidate. A short form is the full name it stands for; a name
    glued together by the page ("NguyenXuan Phuc") is the spaced form the page also has."""
    spelled: dict[str, tuple[str, str]] = {}
    for cand in names:
        if cand.key is None:
            text = cand.span(doc).text
            key = name_key(text)
            compact = key.replace(" ", "")
            best = spelled.get(compact)
            if best is None or (len(key.split()), len(text)) > (len(best[0].split()), len(best[1])):
                spelled[compact] = (key, text)
    out = []
    for cand in names:
        if cand.key is not None and cand.full is not None:
            full = doc[cand.full[0] : cand.full[1]].text
            out.append(spelled.get(cand.key.replace(" ", ""), (cand.key, full)))
        else:
            out.append(spelled[name_key(cand.span(doc).text).replace(" ", "")])
    return out
