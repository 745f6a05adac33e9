"""The ``reformnlp_officials`` component: people, their posts, and every mention.

Title heads come from the gazetteer (``titles.csv``); this component completes
them into title phrases ("Vice Chairman" + "of the Provincial People's
Committee" → "Vice Chairman of the Ha Tinh Provincial People's Committee"),
finds personal names, links phrases to names in every order the press uses
(title before the name, stacked titles, apposition after a comma or a dash, a
link such as "who is also" or "was appointed as", a plural title shared by a
list of names), gives every person a roster or an appointment lists the
roster's post, completes bare posts with the body or province the text fixes,
drops former posts, and merges each person's mentions, including "Mr. Chau",
"Chinh said" and "the Prime Minister" once he was named. The words these rules
read are data in ``words.csv`` and ``titles.csv``.

Writes ``doc.spans["OFFICIAL"]`` (kb_id = name key), ``doc.spans["TITLE"]``
(``span._.holder``, ``span._.title_text``) and ``doc._.officials``.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions  # noqa: F401  (registers the attributes)
from ..dates import parse_date
from ..patterns import TitleRow, get_patterns
from ..text import (
    ARTICLES,
    DASHES,
    POSSESSIVES,
    TERM_NOUNS,
    breaks_line,
    doc_text,
    fold,
    name_key,
)
from ..zones import NO_ENTITY_LABELS, is_furniture
from .gazetteer import SPANS_KEY, is_acronym
from .names import (
    NameCandidate,
    described_province,
    glued_hyphen,
    name_after,
    name_before_comma,
    positions_of,
    vietnamese_names,
    words_at,
    words_ending_at,
)

# A possessive after a body's name, "'s" or the bare apostrophe of a name ending in s
# ("the Ministry of Home Affairs' Department for Administrative Reform").
_OWNED_BY = POSSESSIVES | {"'", "’"}
DOMAIN_GLUE = frozenset({"and", ",", "&"})
BODY_GLUE = frozenset({"and", "for", "on", "of", "the", "in", "to", "'s", "’s", "'", "’"})
ENTITY_GROUPS = ("PROVINCE", "LOCALITY", "REGION", "BODY", "INDEX")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
MAX_JOINT = 10  # tokens between a name and its title: "was appointed to hold the position of the"
ROSTER_GLUE = frozenset({"and", "of", "the", "for", "on", "in", "'s", "’s", "&", "mr", "ms"})
HEADED_KINDS = frozenset({"committee", "party", "other", "international"})
# Between a body and "headed by": "The committee is / will be headed by ..."
_LINKS_BEFORE_HEADED = frozenset(
    {",", "is", "was", "are", "were", "be", "been", "will", "would", "shall", "to"}
)
ROSTER_PUNCT = DASHES | {",", ";", ":", "(", ")"}
# "member(s)" after a committee's name: its membership ("Steering Committee members: ...")
_MEMBER_WORDS = frozenset({"member", "members"})


class Links(frozenset):
    """The link phrases between a name and a post (tuples of words), with the words that
    may stand between such a link and the post without changing it (``before_post``)."""

    def __new__(cls, phrases, before_post=frozenset()):
        links = super().__new__(cls, phrases)
        links.before_post = frozenset(before_post)
        return links


NO_LINKS = Links(())


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
    complement: str = ""
    elliptic: bool = False
    parts: tuple[str, ...] = ()  # "Director and Deputy Director of X": each post in full
    pending: bool = False  # "Head" before "and Deputy Head of X": a post only once joined


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

        def tokens(phrase: str) -> tuple[str, ...]:
            # as the tokenizer splits it: "was re-elected" is "was", "re", "-", "elected"
            return tuple(t.lower_ for t in nlp.make_doc(phrase))

        self.titles: list[TitleRow] = data.titles
        self.families = frozenset(fold(row.family) for row in data.family_names)
        self.provinces = data.provinces
        self.speech_verbs = frozenset(data.words_of("speech_verb"))
        self.not_names = frozenset(data.words_of("not_name"))
        self.name_finals = frozenset(data.words_of("name_final"))
        self.head_verbs = frozenset(data.words_of("head_verb"))
        self.headed_by = frozenset(tokens(w) for w in data.words_of("headed_by"))
        self.head_row = next((r for r in data.titles if r.title == "Head"), None)
        self.body_nouns = frozenset(data.words_of("body_noun"))
        self.place_post_verbs = frozenset(data.words_of("place_post_verb"))
        self.spellings = data.spellings()
        self.levels = frozenset(data.words_of("level"))
        self.links = frozenset(tokens(w) for w in data.words_of("title_link"))
        self.pronouns = {fold(w): v for w, v in data.words_of("person_pronoun").items()}
        self.pronoun_words = frozenset(self.pronouns)
        self.female_middles = frozenset(data.words_of("female_middle_name"))
        self.roster_cues = frozenset(data.words_of("roster_cue"))
        self.roster_additions = frozenset(tokens(w) for w in data.words_of("roster_addition"))
        self.roster_verbs = frozenset(data.words_of("roster_verb"))
        # "Present at the conference were Vice Chairman of ..., Nguyen Quynh Thien; ...": the
        # words that open a list, each a title, a comma and its holder
        # ... and the words that attribute what a titled person said ("according to Director
        # of the Agency, A.")
        self.list_openers = frozenset(
            tokens(w)
            for w in (*self.roster_cues, *self.roster_verbs, *data.words_of("attribution"))
        )
        self.headed_nouns = frozenset(data.words_of("headed_noun"))
        self.deputy_words = frozenset(data.words_of("deputy_word"))
        self.rank_words = frozenset(data.words_of("rank_word"))
        self.roster_bodies = frozenset(data.words_of("roster_body"))
        self.former_words = frozenset(data.words_of("former_word"))
        self.shared_role_prefixes = frozenset(data.words_of("shared_role_prefix"))
        self.former_links = frozenset(tokens(w) for w in data.words_of("former_link"))
        before_post = frozenset(data.words_of("post_modifier"))
        self.links = Links(self.links, before_post)
        self.all_links = Links(self.links | self.former_links, before_post)
        self.former_body_words = self.former_words | frozenset(data.words_of("former_body_word"))
        self.qualifiers = self.former_body_words | frozenset(data.words_of("current_word"))
        self.roster_words = (
            ROSTER_GLUE
            | self.levels
            | self.qualifiers
            | self.roster_verbs
            | {w for ws in self.links for w in ws}
        )
        self.domains = _ministry_domains(data.bodies)
        self.domain_lengths = sorted({len(words) for words in self.domains}, reverse=True)
        self.at: int | None = None  # the character being read, for error reports
        chair = next((r for r in data.local_bodies if r.id == "peoples_committee"), None)
        self.ppc_forms = (chair.provincial_form, chair.city_form) if chair else None
        party = next((r for r in data.local_bodies if r.id == "party_committee"), None)
        self.party_forms = (party.provincial_form, party.city_form) if party else None
        # "Head of the Organisation Commission": the organs of a Party committee, named bare
        # by two words or more ("the Office" alone names many bodies' offices)
        self.party_organs = frozenset(
            fold(part)
            for r in data.local_bodies
            if r.of_body == "party_committee"
            for part in r.of_parts
            if len(part.split()) > 1
        )
        self.bare_forms = {
            r.bare_form: (r.provincial_form, r.city_form) for r in data.local_bodies if r.bare_form
        }
        # "the Party Committee", "the People's Committee": a local body's own name, which
        # never refers back to a central organ ("the Party Central Committee")
        self.local_heads = frozenset(
            frozenset(fold(name).split())
            for r in data.local_bodies
            for name in (r.head, *r.variants)
        )
        # "Provincial leaders included Secretary of the Party Committee A": the bare local
        # posts of such a sentence are posts of the article's province
        self.provincial_openings = frozenset(tokens(w) for w in data.words_of("provincial_opening"))
        # "Party chief To Lam": a loose post with no place beside it is the national one
        self.national_posts = {fold(w): v for w, v in data.words_of("national_post").items()}
        self.head_bare_forms = {
            fold(r.head): r.bare_form
            for r in data.local_bodies
            if r.bare_form and r.bare_form.startswith("Provincial ")
        }

    def __call__(self, doc: Doc) -> Doc:
        entities = {label: list(doc.spans[label]) for label in ENTITY_GROUPS if label in doc.spans}
        blocked = {i for spans in entities.values() for s in spans for i in range(s.start, s.end)}
        heads, honorifics, courtesy = self._heads(doc, blocked)
        bodies = {s.start: s for s in entities.get("BODY", [])}
        bodies_by_end = {s.end: s for s in entities.get("BODY", [])}
        provinces_by_end = {s.end: s for s in entities.get("PROVINCE", [])}
        provinces_by_start = {s.start: s for s in entities.get("PROVINCE", [])}
        names = self._names(doc, blocked)
        name_starts = {c.start for c in names}
        stops = name_starts | honorifics | {h.start for h in heads}
        phrases = []
        for head in heads:
            self.at = head.start_char
            phrases.append(
                self._phrase(
                    doc, head, bodies, bodies_by_end, provinces_by_end, provinces_by_start, stops
                )
            )
        phrases = _join_titles(doc, [p for p in phrases if p is not None], honorifics)
        phrases.extend(_shared_head_posts(doc, phrases, bodies))
        phrases.extend(self._members_of(doc, phrases, bodies, bodies_by_end))
        _complete_ministers(doc, phrases, entities.get("BODY", []))
        # A name of any origin may not take a word of a title phrase ("Minister of Home
        # Affairs, Deputy Head ...": "Home Affairs" is no name).
        in_titles = {i for p in phrases for i in range(p.start, p.end)}
        # ... nor a word of an honorific ("Senior Lieutenant General, Deputy Minister ...")
        not_a_name = blocked | {h.start for h in heads} | in_titles | courtesy
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
        names.extend(self._pronoun_names(doc, names, blocked | in_titles))
        names.sort(key=lambda c: c.start)
        phrases.extend(self._headed_by(doc, names, phrases, bodies_by_end, bodies, courtesy))
        phrases = _resolve_elliptic(doc, phrases)
        _link(doc, phrases, names, honorifics, self.all_links, self.former_words, self.list_openers)
        _split_joint_posts(doc, phrases, names, honorifics, self.links)
        _complete_after_name(
            doc,
            phrases,
            names,
            bodies,
            honorifics,
            self.body_nouns,
            provinces_by_start,
            self._post_of_place,
        )
        _complete_bare(doc, phrases, names, entities.get("BODY", []))
        self._party_organs_owned(doc, phrases, entities.get("BODY", []))
        for phrase in phrases:  # "At the Tuyen Quang bridge point, A, Vice Chairman of the ..."
            if phrase.provincial and phrase.province is None:
                place = _opening_province(doc, phrase.start, provinces_by_start)
                if place is not None:
                    phrase.text = self._with_province(phrase.text, place)
                    phrase.province = place
            elif phrase.text == phrase.head and phrase.province is None:
                # "Hai Duong province has a new Party Secretary": the province's post
                place = _province_with_new_post(
                    doc, phrase.start, provinces_by_start, self.place_post_verbs
                )
                full = self._of_place(phrase.head, place) if place is not None else None
                if full is not None:
                    phrase.text, phrase.province = full, place
        self._province_leaders(doc, phrases)
        self._rosters(
            doc, phrases, names, courtesy, blocked, provinces_by_start, entities.get("BODY", [])
        )
        self._continue_committee_posts(phrases)
        phrases = [p for p in phrases if not p.elliptic]  # a bare post no body completed
        identities = _identities(doc, names)
        self._posts_of_posts(doc, phrases, identities)
        people = self._people(doc, phrases, names, identities)
        self._short_mentions(doc, people, names, blocked, heads, honorifics)
        self._names_read_as_places(doc, people, honorifics)
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

    def _organ_after(self, doc: Doc, end: int) -> bool:
        """Capitalised words right after a body that end in a body noun name an organ of it
        ("... People's Committee Party Committee", "... Party Committee Organization
        Committee"): the post is in that organ."""
        j = end
        while (
            j < len(doc)
            and j - end < 6
            and ((doc[j].is_alpha and doc[j].is_title) or (j > end and doc[j].like_num))
        ):
            j += 1  # "MPS Project 06 Steering Board": a number may name the organ
        return j > end and doc[j - 1].lower_ in self.body_nouns

    def _case_ok(self, span: Span) -> bool:
        """Abbreviations match only in their own case ("PM", not "3 pm"); heads start upper-case
        unless they are the lower-case forms the press uses after a name ("deputy director").
        A lower-case one-word head that may stand alone is a verb or a noun, not a title, when
        a lower-case word other than "of" or a roster cue follows ("chairs the meeting", not
        "chairpersons are A and B")."""
        if span.label_ == "TITLE":
            if _hyphenated_after(span, self.shared_role_prefixes):
                return False  # "Co-chairs were: ...": a role at one meeting, no post
            row = self.titles[int(span.id_.split("|")[0])]
            if row.title.isupper() or (
                row.expansion and any(w.isupper() for w in row.title.split())
            ):
                words = span.text.split()
                if span.id_.endswith("|plural") and words[-1].endswith("s"):
                    words[-1] = words[-1][:-1]  # "Deputy PMs": the abbreviation's plural
                return all(
                    a == b for a, b in zip(words, row.title.split(), strict=False) if b.isupper()
                )
            if len(span) == 1 and span.text.islower() and row.complement == "optional":
                after = span.doc[span.end] if span.end < len(span.doc) else None
                return not (
                    after is not None
                    and after.is_alpha
                    and after.is_lower
                    and after.lower_ not in ("of", "from")
                    and after.lower_ not in self.roster_cues | self.roster_verbs
                )
            return True
        # An honorific stands before a name: "General Department of Taxation" holds none;
        # "General To Lam" does ("To" is a family name when a capitalised word follows).
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        named = (
            after is not None
            and fold(after.text) in self.families
            and span.end + 1 < len(doc)
            and doc[span.end + 1].is_title
            and doc[span.end + 1].is_alpha
        )
        return span.text[:1].isupper() and (
            named or not (after is not None and after.lower_ in self.not_names and after.is_title)
        )

    def _phrase(
        self, doc, head, bodies, bodies_by_end, provinces_by_end, provinces_by_start, name_starts
    ) -> Phrase | None:
        number, _, kind = head.id_.partition("|")
        row = self.titles[int(number)]
        if row.expansion and " " not in row.title and not row.title.isupper():
            # "Deputy A" is "National Assembly deputy A" only where the Assembly is named
            owner = row.expansion.rsplit(" ", 1)[0]
            if not any((b._.body or {}).get("name") == owner for b in bodies.values()):
                return None
        plural = kind == "plural"
        start, end = head.start, head.end
        # "who heads the working group": the verb is the post "Head of the working group"
        verb = (
            plural
            and head.text.islower()
            and head.text.lower() in self.head_verbs
            and end < len(doc)
            and doc[end].lower_ == "the"
        )
        plural = plural and not verb
        of = "of " if verb else ""
        head_text = row.expansion or (row.title if plural or verb else _spaced(head))
        province = None
        provincial = row.level == "provincial"
        text = head_text
        former = False
        elliptic = pending = False
        named = None  # the body the complement names, if any
        before = bodies_by_end.get(start)
        if before is None and start > 0 and doc[start - 1].text in POSSESSIVES:
            before = bodies_by_end.get(start - 1)  # "VCCI's Vice Secretary General"
        bracketed = start > 2 and doc[start - 1].text == ")" and doc[start - 3].text == "("
        if before is None and bracketed:
            before = bodies_by_end.get(start - 3)  # "National Assembly (NA) Chairwoman"
        domain = self._domain_before(doc, start) if row.complement == "domain" else None
        if before is not None:  # "Hanoi People's Committee Chairman"
            start = before.start
            text, province, provincial = _with_body(head_text, before)
        elif domain is not None:  # "Home Affairs Deputy Minister"
            text = f"{head_text} of {doc[domain:start].text}"
            start = domain
        elif start in provinces_by_end and self._of_place(head_text, "VN-01"):
            prov = provinces_by_end[start]  # "Ha Giang Vice Chairman", "Hanoi Party Secretary"
            start, province, provincial = prov.start, prov.kb_id_, True
            text = self._of_place(head_text, province)
        elif (
            start - 1 in provinces_by_end
            and doc[start - 1].lower_ in ("provincial", "province", *POSSESSIVES)
            and (self._of_place(head_text, "VN-01"))
        ):
            # "Son La Provincial Party Secretary", "Ca Mau Province Party Secretary", "Hanoi's
            # Party chief", "Da Nang's Chairman"
            prov = provinces_by_end[start - 1]
            start, province, provincial = prov.start, prov.kb_id_, True
            text = self._of_place(head_text, province)
        elif self._local_reference(doc, start) and self._of_place(head_text, "VN-01"):
            # "the city's Party chief", "the provincial Party chief": the article's province
            start = start - 1 if doc[start - 1].lower_ == "provincial" else start - 2
            province, provincial = doc._.article_province, True
            text = self._of_place(head_text, province)
        elif row.complement != "none" and end < len(doc) and (doc[end].lower_ == "of" or verb):
            k = end if verb else end + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            # "of the old Ha Giang ...", "of the new ...", "of the 13th Party Central Committee"
            at_body, past, ordinal = self._qualified(doc, k)
            body = bodies.get(at_body)
            if body is not None and body.end < len(doc) and doc[body.end].text in _OWNED_BY:
                body = None  # "Head of the Government's Steering Committee for ...": a longer name
            elif body is not None and self._organ_after(doc, body.end):
                body = None  # "Secretary of the Provincial People's Committee Party Committee"
            its = k < len(doc) and doc[k].lower_ == "its"
            owner = _last_body(bodies, start) if its else None
            unit = _complement_end(doc, k + 1, BODY_GLUE, name_starts) if owner else k
            if owner is not None and unit > k + 1:  # "Head of its Legal Department"
                end = unit
                fields = owner._.body or {}
                text = f"{head_text} of the {doc[k + 1 : unit].text} of the {fields.get('name')}"
                province = fields.get("province")
                provincial = fields.get("level") in ("provincial", "district", "commune")
            elif body is not None:
                # "of the Standing Committee of the old Bac Kan Provincial Party Committee":
                # a body named with one of its parts still says the post is past
                former = past or any(
                    t.lower_ in self.former_body_words and doc[t.i - 1].lower_ == "the"
                    for t in body
                    if t.i > body.start
                )
                end = _after_province(doc, body.end, provinces_by_end)
                text, province, provincial = _with_body(head_text, body, ordinal)
                named = body
                parent = _parent_body(doc, end, bodies, body)
                if parent is not None and (
                    parent[1] in (body._.body or {}).get("name", "")
                    or _party_organ_of_the_party(body, parent[1], bodies)
                ):
                    # "(VCCI)": the acronym of the body or of the owner its name holds; "the
                    # Party Central Committee under the Communist Party of Vietnam": an organ
                    # the Party's name adds nothing to
                    end, parent = parent[0], None
                if parent is not None:  # "... Department of X under the Ministry of Y"
                    end, parent_name = parent
                    text = f"{text} under the {parent_name}"
            else:
                glue = DOMAIN_GLUE if row.complement == "domain" else BODY_GLUE
                # "Party chief of the central province of Ha Tinh": from the province on
                placed_at = described_province(doc, k)
                placed_at = placed_at if placed_at in provinces_by_start else k
                stop = _complement_end(doc, placed_at, glue, name_starts, self.levels)
                if stop > k and doc[stop - 1].lower_ in glue:
                    stop -= 1
                domain = self._domain_end(doc, k) if row.complement == "domain" else None
                referred = None
                if stop > k and _generic_reference(doc, k, stop, self.body_nouns):
                    referred = _referred_body(
                        doc,
                        k,
                        head.start,
                        bodies,
                        self.body_nouns,
                        stop,
                        self.spellings,
                        local=frozenset(fold(doc[k:stop].text).split()) in self.local_heads,
                    )
                if referred is not None and referred[1] is not None:  # "Head of the Working Group"
                    end, body = referred
                    text, province, provincial = _with_body(head_text, body)
                    named = body
                elif domain is not None and domain > stop:  # "minister of home affairs"
                    end = domain
                    text = f"{head_text} {of}{doc[head.end : end].text}"
                elif stop > k:
                    end = stop
                    text = f"{head_text} {of}{doc[head.end : stop].text}"
                    end, text, province, provincial = self._placed(
                        doc, k, stop, text, head_text, provinces_by_start, province, provincial
                    )
                    parent = _parent_body(doc, end, bodies)
                    if parent is not None:  # "Head of the Division of X under the Department"
                        end, parent_name = parent
                        text = f"{text} under the {parent_name}"
                        fields = next(
                            (
                                b._.body
                                for b in bodies.values()
                                if (b._.body or {}).get("name") == parent_name
                            ),
                            None,
                        )
                        if fields and province is None and fields.get("province"):
                            province, provincial = fields["province"], True
                else:
                    referred = _referred_body(
                        doc, k, head.start, bodies, self.body_nouns, spellings=self.spellings
                    )
                    if referred is not None:  # "Deputy Head of the committee"
                        end, body = referred
                        if body is None:
                            text = f"{head_text} {of}{doc[head.end : end].text}"
                        else:
                            text, province, provincial = _with_body(head_text, body)
                            named = body
                    elif row.complement == "body":
                        return None  # "Head of ..." with nothing after is not a title
        elif (
            row.complement == "optional"
            and end + 1 < len(doc)
            and doc[end].lower_ == "from"
            and end + 1 in provinces_by_start
        ):  # "a deputy from Hai Duong province"
            place = provinces_by_start[end + 1]
            end = place.end
            if end < len(doc) and doc[end].lower_ in ("province", "city"):
                end += 1
            text = f"{head_text} {doc[head.end : end].text}"
            province, provincial = place.kb_id_, True
        elif row.complement == "optional" and (
            leader := _led_by_body(doc, start, bodies, self.headed_by)
        ):
            # "the mission of the State Bank of Vietnam (SBV) led by Deputy Governor X": the
            # body whose delegation the post leads
            text, province, provincial = _with_body(head_text, leader)
            named = leader
        elif row.complement == "body" and (
            (start > 0 and doc[start - 1].lower_ in ("its", "their"))
            or (plural and self._committee_has(doc, start))
        ):
            # "Its members include: ...", "the steering committee has four standing members,
            # including ...": the committee named last
            owner = _last_body(bodies, start, HEADED_KINDS)
            if owner is None:
                return None
            text, province, provincial = _with_body(head_text, owner)
        elif row.complement == "body" and end < len(doc) and doc[end].lower_ == "and":
            pending = True  # "Head and Deputy Head of the committee": joined with the next post
        elif row.complement == "body":
            link = start - 2 if start > 1 and doc[start - 1].lower_ == "the" else start - 1
            if link < 0 or doc[link].lower_ not in _ELLIPTIC_LINKS:
                return None
            # "B as Deputy Head", "B works as the Deputy Head": the body named before
            elliptic = True
        if verb and (
            (named is not None and (named._.body or {}).get("kind") not in HEADED_KINDS)
            or (named is None and doc[end - 1].lower_ not in self.headed_nouns)
        ):
            return None  # "A heads the ministry": a ministry's head is its Minister
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
            complement=row.complement,
            elliptic=elliptic,
            pending=pending,
        )

    def _of_place(self, head_text: str, province: str | None) -> str | None:
        """A post "of" a province written in full: a chair's is the People's Committee's ("Ha
        Giang Vice Chairman" -> "Vice Chairman of the Ha Giang Provincial People's Committee"),
        a Party secretary's the Party Committee's ("Hanoi Party Secretary" -> "Secretary of
        the Hanoi Party Committee"). None for other posts, or without a province."""
        if province not in self.provinces:
            return None
        lower = head_text.lower()
        if "chair" in lower and self.ppc_forms:
            forms = self.ppc_forms
        elif ("secretary" in lower or lower == "party chief") and "general" not in lower:
            forms = self.party_forms
            if lower == "party chief":
                head_text = "Secretary"
            else:  # "Party Secretary", "Deputy Party Secretary": the Party is in the body's name
                head_text = _PARTY_SECRETARY.sub("Secretary", head_text)
        else:
            return None
        if forms is None:
            return None
        prow = self.provinces[province]
        form = forms[1] if prow.kind == "city" else forms[0]
        return f"{head_text} of the {form.format(province=prow.name)}"

    def _post_of_place(self, head_text: str, province: str) -> str:
        """Any post of a province: a chair's or a secretary's in full, a deputy's "from" the
        province ("National Assembly deputy from Dien Bien"), other posts "of" it."""
        full = self._of_place(head_text, province)
        if full is not None:
            return full
        name = self.provinces[province].name
        joint = "from" if head_text.lower().endswith("deputy") else "of"
        return f"{head_text} {joint} {name}"

    def _with_province(self, text: str, province: str) -> str:
        """ "Chair of the Provincial People's Council" of a province: "Chair of the Lam Dong
        Provincial People's Council" (the city form for the centrally-run cities)."""
        prow = self.provinces.get(province)
        if prow is None:
            return text
        for bare, (provincial_form, city_form) in self.bare_forms.items():
            if text.endswith(f" of the {bare}"):
                form = city_form if prow.kind == "city" else provincial_form
                return f"{text[: -len(bare)]}{form.format(province=prow.name)}"
        return text

    def _party_organs_owned(self, doc: Doc, phrases: list[Phrase], bodies: list[Span]) -> None:
        """ "Head of the Organisation Commission" on a page that names one province's Party
        Committee: an organ of that committee ("... of the Dien Bien Provincial Party
        Committee"), when no other province's Party body is named."""
        party = [
            fields
            for b in bodies
            if (fields := b._.body or {}).get("kind") == "party"
            and fields.get("level") == "provincial"
        ]
        places = {f.get("province") for f in party}
        province = next(iter(places)) if len(places) == 1 else None
        if province not in self.provinces or self.party_forms is None:
            return
        prow = self.provinces[province]
        form = self.party_forms[1] if prow.kind == "city" else self.party_forms[0]
        committee = form.format(province=prow.name)
        if not any(f.get("name") == committee for f in party):
            return
        for phrase in phrases:
            head, of, organ = phrase.text.rpartition(" of the ")
            if of and head and phrase.province is None and fold(organ) in self.party_organs:
                phrase.text = f"{phrase.text} of the {committee}"
                phrase.province, phrase.provincial = province, True

    def _province_leaders(self, doc: Doc, phrases: list[Phrase]) -> None:
        """ "Provincial leaders included Secretary of the Party Committee A; B, Chairman of
        the People's Committee": in a sentence that opens on the province's leaders, a post
        of a bare local body is a post of the article's province's body."""
        province = doc._.article_province
        if province not in self.provinces:
            return
        for phrase in phrases:
            if phrase.province is not None or phrase.holder is None:
                continue
            if words_at(doc, _sentence_start(doc, phrase.start), self.provincial_openings) is None:
                continue
            head, _, body = phrase.text.rpartition(" of the ")
            bare = self.head_bare_forms.get(fold(body))
            if head and bare:
                phrase.text = self._with_province(f"{head} of the {bare}", province)
                phrase.province, phrase.provincial = province, True

    def _moved_province(self, text: str, old: str | None, new: str) -> str:
        """``text`` completed with the province ``new`` instead of ``old`` (or none)."""
        before = self.provinces.get(old) if old else None
        if before is not None:
            for bare, (provincial_form, city_form) in self.bare_forms.items():
                form = (city_form if before.kind == "city" else provincial_form).format(
                    province=before.name
                )
                if text.endswith(f" of the {form}"):
                    return self._with_province(f"{text[: -len(form)]}{bare}", new)
        return self._with_province(text, new)

    def _local_reference(self, doc: Doc, start: int) -> bool:
        """ "the province's", "the city's" or a lower-case "provincial" right before a title,
        in an article whose province is fixed."""
        if start < 1 or doc._.article_province not in self.provinces:
            return False
        if doc[start - 1].lower_ == "provincial":
            return True  # "the provincial Party chief", "Provincial Party Secretary X"
        return (
            start >= 2
            and doc[start - 1].text in POSSESSIVES
            and doc[start - 2].lower_ in ("province", "city")
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
            if k + 1 < len(doc) and doc[k].text in DASHES and doc[k + 1].lower_ in TERM_NOUNS:
                k += 2  # "of the 17th-tenure Hanoi Party Committee": the term's number
            elif k + 1 < len(doc) and doc[k].lower_ in TERM_NOUNS and doc[k + 1].text[:1].isupper():
                k += 1  # "of the 15th tenure NA", unhyphenated
        return k, past, ordinal

    def _domain_before(self, doc: Doc, start: int) -> int | None:
        """Start of a ministry's domain written before a domain head ("Home Affairs Deputy
        Minister"), capitalised as a name."""
        best = None
        for words in self.domains:
            begin = start - len(words)
            if (
                begin >= 0
                and tuple(t.norm_ for t in doc[begin:start]) == words
                and doc[begin].is_title
                and (best is None or begin < best)
            ):
                best = begin
        return best

    def _domain_end(self, doc: Doc, k: int) -> int | None:
        """End of a ministry's domain written in lower case after "minister of"; the
        longest where several start there."""
        for length in self.domain_lengths:
            stop = k + length
            if stop <= len(doc) and tuple(t.norm_ for t in doc[k:stop]) in self.domains:
                return stop
        return None

    def _placed(self, doc, k, stop, text, head_text, provinces_by_start, province, provincial):
        """A complement the gazetteer does not know as a body: ``(end, text, province,
        provincial)``. A province alone ("Vice Chairman of Ha Tinh province") makes a chair's
        or a Party secretary's post in full; a province inside sets the post's province
        ("Party Secretary of An Giang"); "provincial" takes the article's province
        ("Chairwoman of the provincial People's Commitee" in a Bac Ninh article)."""
        described = described_province(doc, k)  # "of the central province of Ha Tinh"
        k = described if described < stop and described in provinces_by_start else k
        place = provinces_by_start.get(k)
        # "of Ca Mau province", and "of Ca Mau Province", where the capital made the word
        # part of the complement
        worded = (
            place is not None
            and place.end + 1 == stop
            and doc[place.end].lower_ in ("province", "city")
        )
        if place is not None and (place.end == stop or worded):
            end = place.end
            if end < len(doc) and doc[end].lower_ in ("province", "city"):
                end += 1
            full = self._of_place(head_text, place.kb_id_)
            if full is not None:
                return end, full, place.kb_id_, True
            return stop, text, place.kb_id_, True
        for i in range(k, stop):
            if i in provinces_by_start:
                return stop, text, provinces_by_start[i].kb_id_, True
        article = doc._.article_province
        if doc[k].lower_ == "provincial" and article in self.provinces:
            rest = doc[k:stop].text
            name = self.provinces[article].name
            full = f"{head_text} of the {name} {rest[:1].upper()}{rest[1:]}"
            return stop, full, article, True
        return stop, text, province, provincial

    def _former_before(self, doc: Doc, start: int) -> bool:
        """ "former Minister", "ex-Chairman", "former Communist Party chief", "from the post
        of Deputy Prime Minister": a past post."""
        before = [t.lower_ for t in doc[max(0, start - 6) : start]]
        if before and before[-1] in ARTICLES:
            before = before[:-1]
        if any(tuple(before[-len(link) :]) == link for link in self.former_links):
            return True
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
        return [
            c
            for c in vietnamese_names(doc, self.families, blocked, self.not_names, self.name_finals)
            if not is_furniture(doc, doc[c.start].idx, doc[c.end - 1].idx + 1, NO_ENTITY_LABELS)
            # "the headquarters of Luong Thien commune": a place named like a person
            and not (c.end < len(doc) and doc[c.end].lower_ in self.levels)
        ]

    def _short_names(
        self, doc: Doc, names: list[NameCandidate], blocked: set[int], honorifics: set[int]
    ) -> list[NameCandidate]:
        """Short forms of Vietnamese names named earlier ("said Lam, the Communist Party general
        secretary", "Mung is also ..."): the given name (or, less often, the family name) of
        exactly one full name named before it, standing alone between lower-case words or
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
            # the full names named before it: one named only later ("Pham is Chairman ...",
            # then "Minister of Home Affairs Pham Thi Thanh Tra") is not whom it means
            keys = {k: c for k, c in lookup.get(token.norm_, {}).items() if c.start < i}
            if len(keys) != 1 or i in taken or i in blocked or i in honorifics:
                continue
            ((key, full),) = keys.items()
            if not token.is_title or not token.is_alpha:
                continue
            neighbours = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
            if any(t.is_alpha and t.is_title and t.i not in honorifics for t in neighbours):
                continue  # part of a longer capitalised run: a place, a body, another name
            if is_furniture(doc, token.idx, token.idx + len(token), NO_ENTITY_LABELS):
                continue
            out.append(NameCandidate(i, i + 1, False, key=key, full=(full.start, full.end)))
        return out

    def _pronoun_names(
        self, doc: Doc, names: list[NameCandidate], blocked: set[int]
    ) -> list[NameCandidate]:
        """A pronoun opening a sentence before a title link ("He is also a member of the
        Party Central Committee") stands for the person named last before it whose name
        fits the pronoun; it takes titles as a short form of that name does."""
        out = []
        named = sorted(names, key=lambda c: c.start)
        for i in positions_of(doc, self.pronoun_words):
            token = doc[i]
            if i in blocked or not token.is_title or _sentence_start(doc, i) != i:
                continue
            if words_at(doc, i + 1, self.links) is None:
                continue  # "He said ...": no post follows
            female = self.pronouns[token.norm_] == "female"
            person = None
            for cand in reversed([c for c in named if c.end <= i]):
                full = doc[cand.full[0] : cand.full[1]] if cand.full else cand.span(doc)
                if cand.vietnamese or cand.full:
                    middles = set(name_key(full.text).split()[1:-1])
                    if bool(middles & self.female_middles) != female:
                        continue
                person = full
                break
            if person is not None:
                key = name_key(person.text)
                out.append(NameCandidate(i, i + 1, False, key=key, full=(person.start, person.end)))
        return out

    def _posts_of_posts(
        self, doc: Doc, phrases: list[Phrase], identities: list[tuple[str, str]]
    ) -> None:
        """ "The Prime Minister is the Head of the Steering Committee", "The Head of the
        Steering Committee is the Prime Minister": a sentence that links two posts gives the
        one no name holds to the one person the page names with the other."""
        # each post held, with the name its people are known by and one mention of theirs
        holders: dict[str, dict[str, int]] = {}
        for phrase in phrases:
            if phrase.holder is not None and not phrase.former:
                people = holders.setdefault(fold(phrase.text), {})
                people.setdefault(identities[phrase.holder][0], phrase.holder)
        loose = sorted((p for p in phrases if p.holder is None), key=lambda p: p.start)
        for one, other in itertools.pairwise(loose):
            article = one.start > 0 and doc[one.start - 1].lower_ == "the"
            if _sentence_start(doc, one.start) != (one.start - 1 if article else one.start):
                continue
            ends = (
                other.end == len(doc)
                or doc[other.end].text in (".", ";")
                or breaks_line(doc[other.end])
            )
            if not ends or _gap(doc, one.end, other.start, set(), self.links) != "link":
                continue  # "The Prime Minister said the Deputy Prime Minister is ...": no link
            for held, free in ((one, other), (other, one)):
                people = holders.get(fold(held.text), {})
                if len(people) == 1 and not free.plural:
                    (free.holder,) = people.values()
                    break

    def _headed_by(self, doc, names, phrases, bodies_by_end, bodies, courtesy) -> list[Phrase]:
        """ "the Working Group for Project 06, headed by Minister A", "The committee is headed
        by B": the name after the verb is the Head of the body before it."""
        if not self.headed_by or self.head_row is None:
            return []
        name_at = {c.start: i for i, c in enumerate(names) if c.key is None}
        skip = set(courtesy) | {i for p in phrases for i in range(p.start, p.end)}
        out = []
        firsts = {words[0] for words in self.headed_by}
        for position in positions_of(doc, firsts):
            token = doc[position]
            words = words_at(doc, token.i, self.headed_by)
            if words is None:
                continue
            begin, stop = token.i, token.i + len(words)
            k = stop
            while k < len(doc) and (k in skip or doc[k].text in (",", "and")) and k - stop < 12:
                k += 1
            if k not in name_at:
                continue
            text = self._body_before(doc, begin, bodies_by_end, bodies)
            if text is None:
                continue
            head = self.head_row.title
            out.append(
                Phrase(
                    begin,
                    stop,
                    f"{head} of {text}",
                    False,
                    None,
                    False,
                    holder=name_at[k],
                    head=head,
                    complement="body",
                )
            )
        return out

    def _body_before(self, doc, begin, bodies_by_end, bodies) -> str | None:
        """The body right before ``begin`` (a comma or "is"/"was" may stand between), as "the
        <name>": a named body, or a short reference resolved to one named earlier ("the
        committee"), else the reference as written."""
        j = begin
        while j > 0 and doc[j - 1].lower_ in _LINKS_BEFORE_HEADED:
            j -= 1
        body = bodies_by_end.get(j) or _named_with_place_before(doc, j, bodies_by_end)
        if body is not None:
            fields = body._.body or {}
            if fields.get("kind") not in HEADED_KINDS:
                return None  # a ministry is led by its Minister, a department by its Director
            return f"the {fields.get('name') or body.text}"
        i = j
        while i > 0 and j - i < 3 and doc[i - 1].is_alpha and doc[i - 1].lower_ != "the":
            i -= 1
        if (
            i == j
            or i == 0
            or doc[i - 1].lower_ != "the"
            or doc[j - 1].lower_ not in self.headed_nouns
        ):
            return None
        referred = _referred_body(doc, i, i, bodies, self.body_nouns, j, self.spellings)
        if referred is not None and referred[1] is not None:
            return f"the {(referred[1]._.body or {}).get('name') or referred[1].text}"
        return f"the {doc[i:j].text}"

    def _members_of(self, doc, phrases, bodies, bodies_by_end) -> list[Phrase]:
        """ "Steering Committee members: A; B", "the committee's member A": the membership of
        a committee written as the body, then "member(s)" (SPEC 7 rosters), the body named in
        full there or before ("Steering Committee" after "the Government Steering Committee
        on ..."). Only bodies a roster lists the posts of (words.csv roster_body)."""
        taken = {i for p in phrases for i in range(p.start, p.end)}
        found = []
        for i in positions_of(doc, _MEMBER_WORDS, LOWER):
            if i in taken or i == 0:
                continue
            end = i - 1 if doc[i - 1].text in POSSESSIVES else i
            body = bodies_by_end.get(end)
            start = body.start if body is not None else end
            if body is None:
                while start > 0 and end - start < 3 and doc[start - 1].is_title:
                    start -= 1
                if not _generic_reference(doc, start, end, self.body_nouns):
                    continue
                referred = _referred_body(
                    doc, start, start, bodies, self.body_nouns, end, self.spellings
                )
                body = referred[1] if referred is not None else None
            if body is None:
                continue
            name = ((body._.body or {}).get("name") or body.text).lower().split()
            if not self.roster_bodies.intersection(name):
                continue
            text, province, provincial = _with_body("Member", body)
            plural = doc[i].lower_.endswith("s")
            found.append(Phrase(start, i + 1, text, plural, province, provincial, head="Member"))
        return found

    # -- rosters ---------------------------------------------------------------
    def _rosters(
        self, doc, phrases, names, honorifics, blocked, provinces_by_start, bodies=()
    ) -> None:
        """A plural title followed by the people who hold it ("The members of the committee
        include: A; B; C", "four new Deputy Secretaries, including A - ..., B - ...",
        "chairpersons are A (Dong Thap) and B (An Giang)"), or a line ending in a colon
        after a title with the people listed on the following lines: every listed person
        gets the title, in the singular. Names listed before a plural title of as many
        listed bodies ("A and B were appointed directors of X and Y") take one body each."""
        name_at = {c.start: i for i, c in enumerate(names)}
        covered = set(blocked) | set(honorifics)
        covered |= {i for c in names for i in range(c.start, c.end)}
        covered |= {i for p in phrases for i in range(p.start, p.end)}
        phrase_starts = {p.start for p in phrases}
        phrase_ends = {p.end for p in phrases}
        titled = {p.end: p.start for p in phrases}  # where the title ending at a token starts
        shared = []
        for phrase in list(phrases):
            if phrase.holder is not None or (phrase.former and not phrase.plural):
                continue
            members, paired = [], {}
            if phrase.former:
                # "A and B were relieved from their posts as NEC members": officials, the
                # post past (no title, SPEC 7)
                members = _listed_before(
                    doc, phrase.start, names, honorifics, self.former_links, titled
                )
            elif phrase.plural:
                begin = self._roster_start(
                    doc, phrase.end, names, name_at, honorifics, phrase_starts, phrase_ends
                )
                if begin is not None:
                    members = self._roster_members(doc, begin, name_at, names, covered)
                else:
                    members = _listed_before(
                        doc, phrase.start, names, honorifics, self.links, titled, self.former_words
                    )
                    paired = _one_body_each(doc, phrase, members, bodies)
                    added = self._added_after(doc, phrase.end) if members else None
                    if added is not None:  # "... as members, along with Minister C"
                        members = members + self._roster_members(
                            doc, added, name_at, names, covered
                        )
            if not members:
                members = self._line_roster(doc, phrase, phrases, names, name_at, honorifics)
            for index in members:
                text, province, provincial = phrase.text, phrase.province, phrase.provincial
                if index in paired:
                    text, province, provincial = paired[index]
                place = _place_after(doc, names[index].end, provinces_by_start)
                if place is not None and phrase.text == phrase.head:
                    province, provincial = place, True
                    text = self._post_of_place(phrase.head, place)
                shared.append(
                    Phrase(
                        phrase.start,
                        phrase.end,
                        text,
                        False,
                        province,
                        provincial,
                        holder=index,
                        former=phrase.former,
                        head=phrase.head,
                        complement=phrase.complement,
                    )
                )
        phrases.extend(shared)

    def _post_family(self, head: str) -> str:
        """ "Standing Vice Chairman" and "Deputy Head" -> "head": the post a deputy assists
        (its words less the deputy words; a chair is a head)."""
        words = head.lower().split()
        while len(words) > 1 and words[0] in self.deputy_words:
            words = words[1:]
        base = " ".join(words)
        # a committee's chair is its head: "chaired by A ... The Deputy Chairpersons include"
        return "head" if base.startswith("chair") else base

    def _continue_committee_posts(self, phrases: list[Phrase]) -> None:
        """A bare post right after a committee's post ("Chairman of the National Committee on
        Digital Transformation ... assisted by two Vice Chairmen, namely A and B") is a post of
        the same committee when it assists that post or is a membership (SPEC 7 rosters)."""
        done = [
            p for p in phrases if p.holder is not None and p.text != p.head and " of the " in p.text
        ]
        for phrase in phrases:
            if (
                phrase.holder is None
                or phrase.text != phrase.head
                or phrase.complement not in ("optional", "body")
            ):
                continue
            before = [
                p for p in done if p.end <= phrase.start and phrase.start - p.end <= _POST_NEAR
            ]
            if not before:
                continue
            last = max(before, key=lambda p: p.start)
            # "chaired by Chairman of the city People's Committee A": the committee A heads,
            # not the People's Committee A chairs, is the one the roster goes on listing
            chosen = [p for p in before if p.holder == last.holder and not _standing_body(p.text)]
            if _standing_body(last.text) and chosen:
                last = max(chosen, key=lambda p: p.start)
            # "Director of the Department of Home Affairs A works as the Deputy Head": the
            # person's own post comes between; the committee's post before it is continued
            in_committees = [p for p in before if self._in_committee(p)]
            if not self._in_committee(last) and in_committees:
                last = max(in_committees, key=lambda p: p.start)
            body = last.text.split(" of the ", 1)[1]
            committee = self._names_roster_body(body)
            family = self._post_family(phrase.head)
            if not committee or family not in (self._post_family(last.head), "member"):
                continue
            many = family == "member" or family != phrase.head.lower()  # deputies, members
            if last.former or (
                last.holder != phrase.holder
                and last.head.lower() == phrase.head.lower()
                and not many
            ):
                # "Former Party Secretary of X A was appointed ..., while Party Secretary B":
                # a past post continues nothing, and no two people hold one committee's post
                continue
            phrase.text = f"{phrase.head} of the {body}"
            phrase.province, phrase.provincial = last.province, last.provincial
            phrase.elliptic = False
            done.append(phrase)  # the next deputy or member goes on with the same committee

    def _committee_has(self, doc: Doc, start: int) -> bool:
        """A committee "has" the plural post at ``start``, with how many: "the steering
        committee has four standing members", "The board also has 12 members"."""
        k = start - 1
        if k < 0 or not (doc[k].like_num or doc[k].lower_ in _MANY_WORDS):
            return False
        k -= 1
        if k < 1 or doc[k].lower_ not in _HAS:
            return False
        k -= 1
        if doc[k].lower_ == "also":
            k -= 1
        return k >= 0 and doc[k].lower_ in self.roster_bodies

    def _in_committee(self, phrase: Phrase) -> bool:
        """The post is in a committee, board or group a roster goes on listing, not in a
        People's Committee or Council."""
        return (
            " of the " in phrase.text
            and not _standing_body(phrase.text)
            and self._names_roster_body(phrase.text.split(" of the ", 1)[1])
        )

    def _names_roster_body(self, body: str) -> bool:
        """A body's name with a word of a committee whose posts a roster goes on listing."""
        return any(w in self.roster_bodies for w in body.lower().split())

    def _roster_start(
        self, doc, end, names, name_at, honorifics, phrase_starts, phrase_ends
    ) -> int | None:
        """Where the names of a roster start after its plural title, or None when what follows
        is no roster cue: "include(s)", "including" or a colon, also a few lower-case words on
        ("Deputy Secretaries were named, including"), past a title and its holder ("nine
        Deputy Prime Ministers assisting Prime Minister A: B, C"); "are"/"were" right after
        the title and before a name or a title ("chairpersons are A", "Secretaries are members
        of ...: A, B", not "chairpersons were born");
        or a comma and a name."""
        j, comma, cue = end, False, False
        if j < len(doc) and doc[j].text == ",":
            j, comma = j + 1, True
        listing = j + 1 < len(doc) and (
            not (doc[j + 1].is_alpha and doc[j + 1].is_lower) or j + 1 in phrase_starts
        )
        if j < len(doc) and (
            doc[j].lower_ in self.roster_cues or (doc[j].lower_ in self.roster_verbs and listing)
        ):
            j, cue = j + 1, True
        else:
            k = j
            # "were approved by the Prime Minister, including": lower-case words, and a post or
            # body in capitals, but no name or honorific
            while k < len(doc) and k - j < 9:
                if doc[k].lower_ in self.roster_cues or (doc[k].text == ":" and k > j):
                    j, cue = k + 1, True
                    break
                if k in name_at and k in phrase_ends:
                    k = names[name_at[k]].end  # "assisting Prime Minister A:": a post's holder
                    continue
                if not (
                    doc[k].is_lower
                    or doc[k].text == ","
                    or (doc[k].is_title and k not in name_at and k not in honorifics)
                    # "Deputy Prime Ministers for the 2021-2026 term include": a term's years
                    or doc[k].like_num
                    or (doc[k].text in "-–" and k > j and doc[k - 1].like_num)
                ):
                    break
                k += 1
        if j < len(doc) and doc[j].text == ":":
            j, cue = j + 1, True
        if any(breaks_line(t) for t in doc[end - 1 : j - 1]):
            return None
        if cue:
            return j
        while comma and j in honorifics:
            j += 1
        return j if comma and j in name_at else None

    def _added_after(self, doc, end: int) -> int | None:
        """Where the people named after a plural title start when words.csv's
        ``roster_addition`` words follow it ("... as members of the committee along with"),
        else None."""
        j = end + 1 if end < len(doc) and doc[end].text == "," else end
        words = words_at(doc, j, self.roster_additions)
        return j + len(words) if words is not None else None

    def _roster_members(self, doc, begin, name_at, names, covered) -> list[int]:
        """Names listed from ``begin`` to the end of the sentence, through their own titles,
        honorifics, places in brackets and list punctuation; any other word ends the list."""
        members, k = [], begin
        while k < len(doc):
            token = doc[k]
            if k > begin and breaks_line(doc[k - 1]):
                break
            if k in name_at:
                members.append(name_at[k])
                k = names[name_at[k]].end
                continue
            if token.text == "." or "\n" in token.text:
                break
            aside = _bracket_end(doc, k)
            if aside is not None and not any(i in name_at for i in range(k, aside)):
                k = aside  # a member's own note: "(Standing member)", "(in charge)"
                continue
            if (
                k in covered
                or token.text in ROSTER_PUNCT
                or token.like_num
                or token.lower_ in self.roster_words
                or (token.is_alpha and token.text[:1].isupper())
                or _apostrophe_name(token.text)  # "Mr. K'Mak": a name it cannot read, passed
            ):
                k += 1
                continue
            break
        return members

    def _line_roster(self, doc, phrase, phrases, names, name_at, honorifics) -> list[int]:
        """ "... to hold the position of Vice Chairman of the ... for the new term, including:"
        then one person a line: the last title of a line that ends in a colon, when no name
        stands between it and the colon, goes to every line that opens with a name."""
        last = _line_last(doc, phrase.end - 1)
        if last is None or doc[last].text != ":":
            return []
        if any(phrase.end <= p.start <= last for p in phrases):
            return []
        if any(phrase.end <= c.start <= last for c in names):
            return []
        members = []
        k = last + 1
        while k < len(doc):
            while k < len(doc) and (
                k in honorifics
                or doc[k].is_space
                or doc[k].text in ("-", "•", "*")
                or _list_number(doc, k)
            ):
                k += 1
            if k not in name_at:
                break
            members.append(name_at[k])
            end = _line_last(doc, k)
            if end is None:
                break
            k = end + 1
        return members

    # -- people --------------------------------------------------------------
    def _people(
        self, doc: Doc, phrases: list[Phrase], names: list[NameCandidate], identities
    ) -> dict[str, Person]:
        people: dict[str, Person] = {}
        titled = {p.holder for p in phrases if p.holder is not None}
        for index, cand in enumerate(names):
            if index not in titled and not (
                cand.vietnamese and _after_former(doc, cand.start, self.levels)
            ):
                continue
            key, text = identities[index]
            person = people.setdefault(key, Person(name=text, key=key))
            if len(text) > len(person.name):
                person.name = text
            person.mentions.append((cand.start, cand.end))
        formerly: set[str] = set()  # named with a past post: an official with no title
        province_starts = sorted(s.start for s in doc.spans.get("PROVINCE", []))
        held = sorted((p for p in phrases if p.holder is not None), key=lambda p: p.start)
        for phrase in held:
            person = people.get(identities[phrase.holder][0])
            if person is None:
                continue
            if phrase.former:
                formerly.add(person.key)
                continue  # former posts are not titles (SPEC section 7)
            province = phrase.province or (doc._.article_province if phrase.provincial else None)
            text = phrase.text
            if (
                phrase.provincial
                and province == doc._.article_province
                and not _names_a_province(province_starts, phrase)
            ):
                # "Secretary of the Provincial Party Committee, Chairwoman of the People's
                # Council of Ben Tre province": posts listed together are in one province,
                # the one written, not the article's
                chained = _chain_province(doc, phrase, held, province_starts)
                if chained is not None and chained != province:
                    text, province = self._moved_province(text, province, chained), chained
            if phrase.provincial and province is None:
                # "Deputy Secretary of the Lam Dong Provincial Party Committee and Chair of the
                # Provincial People's Council": the province of the person's other posts
                sibling = next(
                    (
                        p.province
                        for p in held
                        if p.holder == phrase.holder and p.province and not p.former
                    ),
                    None,
                )
                if sibling is not None:
                    text, province = self._with_province(text, sibling), sibling
            if province is None and not phrase.provincial and doc._.article_province is None:
                # on a page about no one province ("Party chief To Lam"); on a province's
                # page the loose post may be the province's own
                text = self.national_posts.get(fold(text), text)
            _add_title(person, text, self.rank_words)
            person.province = person.province or province
        # The same name seen untitled elsewhere in the article is a mention of that person.
        for index, cand in enumerate(names):
            key = identities[index][0]
            if index not in titled and cand.key is None and key in people:
                people[key].mentions.append((cand.start, cand.end))
        return {
            k: p
            for k, p in people.items()
            if p.titles or k in formerly or _named_as_former(doc, p, self.levels)
        }

    def _short_mentions(self, doc, people, names, blocked, heads, honorifics) -> None:
        """ "Mr. Chau", "PM Chinh", "Chinh said", "Pham hailed": the given name (or, less
        often, the family name) of exactly one person, with a cue around it."""
        given = _by_name_part(people, -1)
        family = _by_name_part(people, 0)
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

    def _names_read_as_places(self, doc: Doc, people: dict[str, Person], honorifics) -> None:
        """ "Vuong Dinh Hue … Hue said": a one-word place that is the given name of one person
        of the article, and speaks or takes a post like a person, is that person."""
        given = _by_name_part(people, -1)
        if not given or "PROVINCE" not in doc.spans:
            return
        kept = []
        for span in doc.spans["PROVINCE"]:
            keys = given.get(span[0].norm_) if len(span) == 1 else None
            if keys and len(keys) == 1 and self._acts_as_person(doc, span, honorifics):
                people[keys[0]].mentions.append((span.start, span.end))
            else:
                kept.append(span)
        if len(kept) < len(doc.spans["PROVINCE"]):
            doc.spans["PROVINCE"] = kept

    def _acts_as_person(self, doc: Doc, span: Span, honorifics) -> bool:
        """An honorific before it, a speech verb or a title link after it ("Hue said", "Hue
        was appointed as")."""
        if span.start - 1 in honorifics:
            return True
        after = [t.lower_ for t in doc[span.end : span.end + 8]]
        if after[:1] and after[0] in self.speech_verbs:
            return True
        return any(tuple(after[: len(link)]) == link for link in self.links)

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
def _name_just_before(doc: Doc, items: list, back: int, honorifics: set[int]) -> bool:
    """A name stands right before the title at ``items[back]`` ("A, Director of X - B"): the
    title is that name's, not the one after the dash."""
    if back < 1 or items[back - 1][2] != "N":
        return False
    gap = _gap(doc, items[back - 1][1], items[back][0], honorifics)
    return gap in ("adjacent", "comma", "dash", "colon")


def _gap(
    doc: Doc,
    end: int,
    start: int,
    honorifics: set[int],
    links: Links = NO_LINKS,
    former=frozenset(),
) -> str:
    """What separates two items on a line: adjacent, comma, colon, semicolon, and, dash,
    link (a phrase of ``links``: "who is also", "was appointed as the"; the words of
    ``links.before_post`` may end it: "as the Vietnamese"), or other.

    An apposition may carry an article or an age (", the Director", ", 47, who serves as",
    ", the 60-year-old Party Secretary")."""
    if start < end or start - end > MAX_JOINT + _MAX_TERM:
        return "other"
    between = [t for t in doc[end:start] if t.i not in honorifics]
    if any(breaks_line(t) for t in doc[max(end - 1, 0) : start]):
        return "other"
    words = _without_age(_without_term([t.lower_ for t in between]))
    if len(words) > MAX_JOINT:
        return "other"
    if not words:
        return "adjacent"
    if words in (["comrade"],):
        return "adjacent"
    if words == [","]:
        # "Vice Minister of Home Affairs, Mr. Tran Anh Tuan": an honorific opens the name
        return "adjacent" if (start - 1) in honorifics else "comma"
    before_post = links.before_post
    if len(words) >= 2 and words[0] == "," and all(w in before_post for w in words[1:]):
        words = [","]  # "A, currently Deputy Secretary of ...": a time adverb in apposition
    # ", former Vice Chairwoman of ...", ", ex-Director": the word belongs to the (past) post
    if len(words) >= 3 and words[-1] == "-" and words[-2] in former:
        words = words[:-2]
    elif len(words) >= 2 and words[-1] in former:
        words = words[:-1]
    if words in ([","], [",", "the"], [",", "a"], [",", "an"]):
        return "comma"
    if words == [":"]:
        return "colon"
    if words == ["("]:
        return "bracket"
    if words in ([";"], [";", "and"]):
        return "semicolon"
    if words in (["and"], [",", "and"], ["cum"]) or (
        words[-1] in ARTICLES and words[:-1] in (["and"], [",", "and"])
    ):
        # "member of ... and the Chairman of ...", "a member of ... and a member of ...": the
        # same person's posts
        return "and"
    if words in (["-"], ["–"], ["—"], [",", "-"]):
        return "dash"
    if links:
        rest = words[1:] if words[:1] in ([","], ["-"], ["–"], ["—"]) else words
        # "officially became new Deputy PMs": a manner adverb and "new" say nothing of the link
        rest = [w for w in rest if not _adverb(w)]
        # "became new Deputy PMs", "as the Vietnamese Prime Minister": nothing of the link
        while rest and rest[-1] in before_post:
            rest = rest[:-1]
        if rest and rest[-1] in ARTICLES:
            rest = rest[:-1]
        if _is_link(rest, links):
            return "link"  # "has been assigned" + "to undertake the position as"
        agent = _without_agent(rest)
        if agent is not None and tuple(agent) in links:
            return "link"  # "was approved by the National Assembly as"
    return "other"


def _is_link(words: list[str], links) -> bool:
    """``words`` are a link of ``links``, or two of them one after the other ("were relieved"
    + "from their posts as", "has been assigned" + "to undertake the position as")."""
    return tuple(words) in links or any(
        tuple(words[:i]) in links and tuple(words[i:]) in links for i in range(1, len(words))
    )


_MAX_TERM = 9  # tokens of a term after a post: "(new) for the 2020 - 2025 term"
_TERM_WORDS = DASHES | {"new", "next", "current", "/"}


def _without_term(words: list[str]) -> list[str]:
    """Drop what dates the post before the gap: "(new)", "(old)", "for the 2020 - 2025
    term", "for the 2021-2026 tenure" ("Member of the ... Party Committee for the 2020 - 2025
    term, Permanent Vice Chairman of ...": the term is the first post's, the list goes on)."""
    out = list(words)
    if out[:3] in (["(", "new", ")"], ["(", "old", ")"]):
        out = out[3:]
    if out[:2] == ["for", "the"]:
        for i in range(2, min(len(out), _MAX_TERM)):
            if out[i] in TERM_NOUNS:
                if i > 2:
                    out = out[i + 1 :]
                break
            if not (out[i].isdigit() or out[i] in _TERM_WORDS):
                break
    return out


_PARTY_SECRETARY = re.compile(r"\bParty\s+Secretary\b", re.IGNORECASE)


def _without_age(words: list[str]) -> list[str]:
    """Drop an age or a birth year written in apposition: ", 47,", "the 60-year-old",
    ", born in 1969,", "(46),", "(born 1975),", "(born August 30, 1964) -"."""
    out = list(words)
    if out[:1] == ["("] and ")" in out[:9]:
        inside = out[1 : out.index(")")]
        if inside[:1] == ["born"]:
            inside = inside[2:] if inside[1:2] in (["in"], ["on"]) else inside[1:]
        dated = parse_date(" ".join(inside).replace(" ,", ","))
        if (len(inside) == 1 and inside[0].isdigit()) or dated is not None:
            del out[: out.index(")") + 1]
    for i in range(len(out) - 4):
        if out[i].isdigit() and out[i + 1 : i + 5] == ["-", "year", "-", "old"]:
            del out[i : i + 5]
            break
    if len(out) >= 3 and out[0] == "," and out[1].isdigit() and out[2] == ",":
        del out[1:3]
    if len(out) >= 4 and out[0] == "," and out[1] == "born":
        # ", born in 1969,", ", born in 1966 in Gia Lai Province,": up to the closing comma
        j = 3 if out[2] == "in" else 2
        if j < len(out) and out[j].isdigit():
            j += 1
            if j < len(out) and out[j] == "in":
                j = next((k for k in range(j, min(j + 7, len(out))) if out[k] == ","), j)
            if j < len(out) and out[j] == ",":
                del out[1 : j + 1]
    return out


def _apposed(
    doc: Doc,
    phrase: Phrase,
    name: NameCandidate,
    list_openers: frozenset[tuple[str, ...]] = frozenset(),
) -> bool:
    """ "The Minister of Home Affairs, Pham Thi Thanh Tra, said", "At the meeting, Deputy
    Prime Minister, Tran Luu Quang, asked": a title with its article, or a capitalised one
    opening its clause, then the name between commas (or before the end of the sentence or a
    caption's "(R)"). A verb straight after the name ("Minister of Home Affairs, Pham Thi
    Thanh Tra said") needs the title, or its article, to open the clause: "On behalf of the
    Prime Minister, Le Thanh Long will" names no Prime Minister."""
    if phrase.plural:
        return False
    after = doc[name.end] if name.end < len(doc) else None
    closed = after is None or after.text in (",", ".", ")", ";", "(")
    if not (closed or (after.is_alpha and after.is_lower and after.lower_ not in ("and", "or"))):
        return False
    start = phrase.start
    if start > 0 and doc[start - 1].lower_ == "the":
        if closed:
            return True
        start -= 1
    elif closed:
        # "Vietnam's Party General Secretary, To Lam, said", "The country's Prime Minister,
        # Pham Minh Chinh, ...": a possessor that opens the clause stands for the article
        start = _possessor_start(doc, start)
    if start == 0:
        return doc[0].is_title
    before = doc[start - 1]
    # "Present at the conference were Vice Chairman of ..., Nguyen Quynh Thien; ...": a list
    # of attendees opened by its verb (words.csv roster_cue and roster_verb)
    listed = closed and words_ending_at(doc, start, list_openers) is not None
    if closed and before.lower_ == "and" and start >= 2 and doc[start - 2].text in (",", ";"):
        before = doc[start - 2]  # "...; and Director of the Department of Justice, Le Van Hai"
    opens = before.is_space or before.text in _CLAUSE_OPENERS or listed
    return opens and (doc[start].is_title or doc[start].lower_ == "the")


# What a title that opens its clause may follow: "Minister of Home Affairs, Pham ...".
_CLAUSE_OPENERS = frozenset({".", ",", ":", ";"})


def _possessor_start(doc: Doc, start: int) -> int:
    """Where the possessor before ``doc[start]`` begins ("Vietnam's", "Ho Chi Minh City's",
    "the country's"), or ``start`` when no possessor stands there."""
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES:
        return start
    k = start - 2
    if doc[k].is_title:
        while k > 0 and doc[k - 1].is_title and not doc[k - 1].is_sent_start:
            k -= 1
        return k
    if k > 0 and doc[k - 1].lower_ == "the" and doc[k].is_alpha:
        return k - 1  # "the country's", "the city's"
    return start


def _line_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is a whole line ("Minister: Tran Hong Minh"), a closing stop aside."""
    opens = start == 0 or breaks_line(doc[start - 1])
    if end < len(doc) and doc[end].text in (".", ";"):
        end += 1
    closes = end >= len(doc) or breaks_line(doc[end])
    return opens and closes


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


_AFTER_NAME = ("comma", "dash", "link")
# The word before a bare committee post whose body is the one named before it.
_ELLIPTIC_LINKS = frozenset({"as", "is", "was", "be", "became"})
_HAS = frozenset({"has", "have", "had"})
_MANY_WORDS = frozenset({"many", "several", "some"})


def _link(
    doc: Doc,
    phrases: list[Phrase],
    names: list[NameCandidate],
    honorifics: set[int],
    links: frozenset[tuple[str, ...]] = frozenset(),
    former: frozenset[str] = frozenset(),
    list_openers: frozenset[tuple[str, ...]] = frozenset(),
) -> None:
    """Give each phrase its holder (an index into ``names``); ``list_openers`` open a list of
    titles each followed by a comma and its holder."""
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
        if gap == "comma" and _apposed(doc, phrases[items[back][3]], names[index], list_openers):
            if _after_name(doc, items, back, phrases, honorifics, links):
                continue
        elif gap == "colon" and _line_of_its_own(doc, items[back][0], names[index].end):
            pass  # "Minister: Tran Hong Minh" on a line under its ministry's heading
        elif gap == "dash" and _dash_at(doc, names[index].end):
            pass  # "appointing Vice Chair of ... - Ms. Phan Thi Thang - as ...": set off by dashes
        elif gap == "dash" and not _name_just_before(doc, items, back, honorifics):
            pass  # "Deputy Minister of Home Affairs - Vu Chien Thang said": the post, its holder
        elif gap == "other" and _position_for(doc, items[back], items[pos][0], honorifics):
            pass  # "to fill the position of Vice Chairman, term XVII, for Mr. A": A's post
        elif gap == "other" and _named_as_holder(
            doc, items[back], items[pos][0], honorifics, links
        ):
            pass  # "The new Party Secretary of Dak Nong province is Mr. A": A's post
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
            if _gap(doc, prev[1], items[back][0], honorifics, former=former) not in (
                "comma",
                "and",
            ):
                break
            if (
                back - 2 >= 0
                and items[back - 2][2] == "N"
                and _gap(doc, items[back - 2][1], prev[0], honorifics, links) in _AFTER_NAME
            ):
                break  # that title follows another name ("A is Head of X, and B"): A's
            if phrases[prev[3]].holder is not None:
                break
            if _governed(doc, prev[0]):
                break  # "Authorized by the Prime Minister, Minister ... A": another's post
            phrases[prev[3]].holder = index
            back -= 1
    _share_plural_over_pairs(doc, items, phrases, honorifics)
    _respective_titles(doc, items, phrases, honorifics, links)
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
            # "A (Permanent Deputy Prime Minister)": a post in brackets right after the name
            bracketed = gap == "bracket" and _closes_at(doc, phrase.end)
            if bracketed and nxt == pos + 1:
                phrase.holder = index
                break
            if gap not in joint and not (nxt == pos + 1 and gap == "adjacent" and completed):
                break
            phrase.holder = index
            nxt, joint = nxt + 1, ("comma", "and", "dash", "link")


def _position_for(doc: Doc, post: tuple, name_start: int, honorifics: set[int]) -> bool:
    """A post named as a position, then its term and "for" its holder: "electing the
    position of Chairman of the Provincial People's Council, term XVII, 2021-2026 for Ms.
    A", "voting to fill the position of the PPC's Vice Chairman for the term 2021-2026 for
    Mr. B"."""
    start, end = post[0], post[1]
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if before[-2:] != ["position", "of"] and before[-3:] != ["position", "of", "the"]:
        return False
    between = doc[end:name_start]
    if any(breaks_line(t) for t in between):
        return False
    words = [t.lower_ for t in between if t.i not in honorifics]
    if words[-1:] != ["for"] or len(words) > _MAX_TERM + 2:
        return False
    return all(
        w in _TERM_GAP or w in TERM_NOUNS or w.isdigit() or _ROMAN.fullmatch(w) for w in words[:-1]
    )


def _without_agent(words: list[str]) -> list[str] | None:
    """A link with the agent of its passive verb inside ("was approved by the National
    Assembly as"): the link without it ("was approved as"), else None."""
    if "by" not in words or words[-1:] != ["as"]:
        return None
    at = words.index("by")
    if at == 0 or len(words) - at > 8:
        return None
    return [*words[:at], "as"]


def _named_as_holder(
    doc: Doc, post: tuple, name_start: int, honorifics: set[int], links: Links = NO_LINKS
) -> bool:
    """A post that opens its clause with "the" (and "new", "newly-elected" ...), then "is"
    and its holder's name: "The newly-elected Party Secretary of Dak Nong province is Mr.
    A", "The new Chairman of the ... People's Committee is B"."""
    start, end = post[0], post[1]
    words = [t.lower_ for t in doc[end:name_start] if t.i not in honorifics]
    if words not in (["is"], ["will", "be"], ["was"]):
        return False
    k = start - 1
    before_post = links.before_post
    # "The newly(-)elected ...": a participle after a word of before_post goes with it
    while k >= 0 and (
        doc[k].lower_ in before_post
        or doc[k].text == "-"
        or (k >= 1 and doc[k - 1].text in ("-", "newly") and doc[k].lower_.endswith("ed"))
    ):
        k -= 1
    if k < 0 or doc[k].lower_ != "the":
        return False
    before = doc[k - 1] if k > 0 else None
    # a paragraph break before it is a token of its own ("\n\n")
    return before is None or before.is_space or before.text in _CLAUSE_OPENERS


_TERM_GAP = DASHES | {",", "the", "for", "/", "(", ")"}
_ROMAN = re.compile(r"[ivxlc]+")

_GOVERNING = frozenset({"by", "of", "to", "from", "with", "for"})


def _governed(doc: Doc, start: int) -> bool:
    """The post starting at ``start`` is the object of a preposition with its article ("by
    the Prime Minister", "on behalf of the President"): it names someone else, no apposition
    ("chaired by Politburo member, Minister ... A" lists A's own posts)."""
    return start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in _GOVERNING


def _respective_titles(doc, items, phrases, honorifics, links) -> None:
    """ "appointed A and B as Minister of Finance and Minister of Transport, respectively":
    as many names as titles, a link between them and "respectively" after: each name
    holds the title in its place."""
    text = doc_text(doc)
    at = text.find("respectively")
    while at != -1:  # found from the text: a Python pass over every token costs more
        token = doc.char_span(at, at + len("respectively"))
        at = text.find("respectively", at + 1)
        if token is None:
            continue
        token = token[0]
        last = max((pos for pos, item in enumerate(items) if item[1] <= token.i), default=None)
        if last is None or items[last][2] != "P":
            continue
        if any(t.text != "," for t in doc[items[last][1] : token.i]):
            continue
        titles = _listed_run(doc, items, last, "P", honorifics)
        first = titles[0] - 1
        if first < 0 or items[first][2] != "N":
            continue
        if _gap(doc, items[first][1], items[titles[0]][0], honorifics, links) != "link":
            continue
        holders = _listed_run(doc, items, first, "N", honorifics)
        if len(holders) != len(titles) or len(titles) < 2:
            continue
        for holder, title in zip(holders, titles, strict=True):
            phrases[items[title][3]].holder = items[holder][3]


def _listed_run(doc, items, last: int, kind: str, honorifics) -> list[int]:
    """Positions in ``items`` of the run of ``kind`` items ending at ``last``, listed with
    commas and "and"."""
    run = [last]
    while run[0] - 1 >= 0 and items[run[0] - 1][2] == kind:
        gap = _gap(doc, items[run[0] - 1][1], items[run[0]][0], honorifics)
        if gap not in ("comma", "and"):
            break
        run.insert(0, run[0] - 1)
    return run


def _referred_body(
    doc: Doc,
    k: int,
    before: int,
    bodies: dict[int, Span],
    nouns,
    stop: int | None = None,
    spellings: dict[str, str] | None = None,
    local: bool = False,
):
    """ "of the committee", "of the Steering Committee": ``(end, body)`` for the last body
    named before ``before`` whose name holds every word of the phrase (in the spelling the
    record writes: "the center" of a "... Centre"), ``(end, None)`` when none does, None when
    the words after "of the" do not name a body at all. Lower-case words are read up to
    three; ``stop`` gives the end of a capitalised reference. A ``local`` reference (a local
    body's own name) refers to no central body."""
    j = k
    if stop is not None:
        j = stop
    else:
        while j < len(doc) and j - k < 5 and doc[j].is_lower and doc[j].is_alpha:
            j += 1
        while j > k and doc[j - 1].lower_ not in nouns:  # "the provincial public ... centre"
            j -= 1
    if j == k or doc[j - 1].lower_ not in nouns:
        return None
    spellings = spellings or {}
    words = {spellings.get(t.lower_, t.lower_) for t in doc[k:j]}
    earlier = [
        b
        for start, b in bodies.items()
        if start < before
        and words <= {spellings.get(w, w) for w in fold((b._.body or {}).get("name", "")).split()}
        and not (local and (b._.body or {}).get("level") == "central")
    ]
    if doc[j - 1].lower_ == "committee":  # "the committee" is a steering committee first
        committees = [b for b in earlier if (b._.body or {}).get("kind") == "committee"]
        earlier = committees or earlier
    return j, (max(earlier, key=lambda b: b.start) if earlier else None)


def _generic_reference(doc: Doc, k: int, stop: int, nouns) -> bool:
    """ "Steering Committee", "Working Group": one to three capitalised words ending in a
    body noun, a short reference to a body named in full before."""
    tokens = doc[k:stop]
    return (
        0 < len(tokens) <= 3
        and all(t.is_alpha and t.is_title for t in tokens)
        and tokens[-1].lower_ in nouns
        and not (stop < len(doc) and doc[stop].lower_ in ("for", "on", "of"))
    )


def _shared_head_posts(doc: Doc, phrases: list[Phrase], bodies: dict[int, Span]) -> list[Phrase]:
    """ "Chairman of the National Assembly and the National Election Council": the post's
    head over a second body named right after "and" is a post of its own, as if written
    "and Chairman of the National Election Council"."""
    out = []
    for phrase in phrases:
        if phrase.plural or phrase.pending or phrase.text == phrase.head or phrase.end >= len(doc):
            continue
        if doc[phrase.end].lower_ != "and":
            continue
        k = phrase.end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        body = bodies.get(k)
        if body is None or (body._.body or {}).get("kind") not in _SHARED_HEAD_KINDS:
            continue
        if body.end < len(doc) and (
            doc[body.end].text in POSSESSIVES or doc[body.end].lower_ in ("of", "and")
        ):
            continue  # "... and the Provincial Party Committee's Standing Board": a longer name
        text, province, provincial = _with_body(phrase.head, body)
        out.append(
            replace(
                phrase,
                start=phrase.end + 1,
                end=body.end,
                text=text,
                province=province,
                provincial=provincial,
            )
        )
    return out


# Bodies a leader's post names ("Chairman of X and the Y"): councils, committees, assemblies.
_SHARED_HEAD_KINDS = frozenset(
    {"committee", "assembly", "peoples_council", "peoples_committee", "party"}
)


def _join_titles(doc: Doc, phrases: list[Phrase], honorifics: set[int]) -> list[Phrase]:
    """ "Minister and Chairman of the Government Office": one post, written as one title."""
    out: list[Phrase] = []
    for phrase in phrases:
        prev = out[-1] if out else None
        gap = _gap(doc, prev.end, phrase.start, honorifics) if prev is not None else None
        if (
            prev is not None
            and prev.end == prev.start + len(prev.head.split())
            and prev.text == prev.head
            and prev.complement != "none"  # "Deputy Prime Minister and Minister of ...": two
            and (gap == "and" or (gap in ("comma", "dash") and prev.bare_domain))
            and phrase.text != phrase.head
        ):
            # "Minister and Chairman of ...", "Minister, Head of ...", "Minister-Chairman of ..."
            joint = {"and": " and ", "comma": ", ", "dash": "-"}[gap]
            if gap == "dash" and doc[prev.end - 1].whitespace_:
                joint = " - "
            if gap == "and" and phrase.text.startswith(phrase.head):
                prev.parts = (prev.head + phrase.text[len(phrase.head) :], phrase.text)
            prev.end, prev.text = phrase.end, f"{prev.head}{joint}{phrase.text}"
            prev.province, prev.provincial = phrase.province, phrase.provincial
            prev.bare_domain, prev.former = False, prev.former or phrase.former
            prev.pending = False
            continue
        out.append(phrase)
    return [phrase for phrase in out if not phrase.pending]  # a bare post left alone: none


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
        elif before and _refers_to_ministry(doc, line_start, phrase.start):
            chosen = before[0]  # "The ministry has ...": the ministry the article is about
        elif (heading := _heading_ministry(doc, text, line_start, phrase, before)) is not None:
            chosen = heading  # "Ministry of Construction: ...\nMinister: Tran Hong Minh"
        else:
            continue
        name = chosen._.body["name"]
        if name.startswith("Ministry of "):
            phrase.text = f"{phrase.head} of {name.split(' of ', 1)[1]}"


def _heading_ministry(doc: Doc, text: str, line_start: int, phrase, before) -> Span | None:
    """The ministry whose heading line last opened a block above a "Minister: Name" line
    ("Ministry of Finance: Created by merging ..."), if the post opens its line with a colon."""
    if doc[phrase.start].idx != line_start or phrase.end >= len(doc) or doc[phrase.end].text != ":":
        return None
    for body in reversed(before):
        heads = body.end < len(doc) and doc[body.end].text == ":"
        if heads and not text[text.rfind("\n", 0, body.start_char) + 1 : body.start_char].strip():
            return body
    return None


def _refers_to_ministry(doc: Doc, line_start: int, before: int) -> bool:
    """The paragraph says "the ministry" before token ``before``."""
    return any(
        t.lower_ == "ministry" and t.i > 0 and doc[t.i - 1].lower_ == "the"
        for t in doc[:before]
        if t.idx >= line_start
    )


def _resolve_elliptic(doc: Doc, phrases: list[Phrase]) -> list[Phrase]:
    """ "appointing A as Head of the Steering Committee and B as Deputy Head": a post written
    without its body takes the body of the post named last before it in the sentence; one
    that finds none stays elliptic, for a committee's post named in an earlier sentence to
    complete (``_continue_committee_posts``), and is dropped if none does."""
    out = []
    for phrase in sorted(phrases, key=lambda p: p.start):
        out.append(phrase)
        if not phrase.elliptic:
            continue
        for prev in reversed(out[:-1]):
            between = doc[prev.end : phrase.start]
            if any(t.text == "." or breaks_line(t) for t in between):
                break
            if prev.complement == "body" and prev.head and prev.text.startswith(f"{prev.head} of "):
                rest = prev.text[len(prev.head) :]
                phrase.text = f"{phrase.head}{rest}"
                phrase.province, phrase.provincial = prev.province, prev.provincial
                phrase.elliptic = False
                break
    return out


def _complete_bare(doc: Doc, phrases: list[Phrase], names, bodies: list[Span]) -> None:
    """A bare post held by a full name takes the body the text fixes: the body a sentence
    opens with ("At the Van Quan Commune Public Administration Service Centre, Deputy
    Director A said"), else, for a chair, the People's Committee the paragraph names just
    before it, or the one People's Committee the article has named so far."""
    committees = [b for b in bodies if (b._.body or {}).get("kind") == "peoples_committee"]
    for phrase in phrases:
        if (
            phrase.holder is None
            or names[phrase.holder].key is not None
            or phrase.plural
            or phrase.text != phrase.head
            or phrase.complement not in ("optional", "body")
        ):
            continue
        setting = _setting(doc, phrase.start, bodies)
        if setting is not None:
            phrase.text, phrase.province, phrase.provincial = _with_body(phrase.head, setting)
            continue
        if "chair" not in phrase.head.lower() or not committees:
            continue
        line_start = doc_text(doc).rfind("\n", 0, doc[phrase.start].idx) + 1
        before = [b for b in committees if b.end <= phrase.start]
        in_paragraph = [b for b in before if b.start_char >= line_start]
        if in_paragraph:
            chosen = in_paragraph[-1]
        elif before and len({(b._.body or {}).get("name") for b in before}) == 1:
            chosen = before[-1]
        else:
            continue
        phrase.text, phrase.province, phrase.provincial = _with_body(phrase.head, chosen)


_POST_NEAR = 80  # tokens: a roster's sentences, not the rest of the article


def _standing_body(post: str) -> bool:
    """The post is in a People's Committee or Council, the standing local government."""
    return "people's" in post.lower().replace("’", "'")


def _sentence_start(doc: Doc, start: int) -> int:
    """The first token of the sentence (or line) that holds the token ``start``."""
    i = start - 1
    while i >= 0 and doc[i].text != "." and not breaks_line(doc[i]):
        i -= 1
    k = i + 1
    while k < start and doc[k].is_space:
        k += 1
    return k


def _opening_province(doc: Doc, start: int, provinces_by_start: dict[int, Span]) -> str | None:
    """The province a sentence opens with ("At the Tuyen Quang bridge point, ...", "In Ha
    Tinh province, ..."), when the sentence holds ``start``."""
    k = _sentence_start(doc, start)
    if k < start and doc[k].lower_ in ("at", "in"):
        k += 1
    else:
        return None
    if k < start and doc[k].lower_ == "the":
        k += 1
    place = provinces_by_start.get(k)
    if place is None:
        return None
    comma = next((t.i for t in doc[place.end : min(place.end + 4, start)] if t.text == ","), None)
    return place.kb_id_ if comma is not None else None


# The nouns a province's name may carry after it ("Nghe An province", "Can Tho city").
_PLACE_NOUNS = frozenset({"province", "city"})


def _named_with_place_before(doc: Doc, j: int, bodies_by_end: dict[int, Span]) -> Span | None:
    """A body ending before "of" and a place its name holds, the place ending at ``j`` ("the
    Steering Committee for Administrative Reform of Nghe An province")."""
    k = j
    if k > 0 and doc[k - 1].lower_ in _PLACE_NOUNS:
        k -= 1
    words = []
    while k > 0 and len(words) < 4 and doc[k - 1].is_alpha and doc[k - 1].is_title:
        k -= 1
        words.insert(0, doc[k].text)
    if not words or k == 0 or doc[k - 1].lower_ != "of":
        return None
    body = bodies_by_end.get(k - 1)
    name = (body._.body or {}).get("name", "") if body is not None else ""
    return body if " ".join(words) in name else None


def _province_with_new_post(
    doc: Doc, start: int, provinces_by_start: dict[int, Span], verbs: frozenset[str]
) -> str | None:
    """The province a sentence opens with as the one that gets the post at ``start``: "(The
    northern province of) Hai Duong (province) has a new Party Secretary" (words.csv
    place_post_verb)."""
    opening = _sentence_start(doc, start)
    k = opening
    if k < start and doc[k].lower_ == "the":
        k += 1
        while k < start and k - opening < 5 and doc[k].is_lower:
            k += 1  # "the northern province of"
    place = provinces_by_start.get(k)
    if place is None:
        return None
    k = place.end
    if k < start and doc[k].lower_ in _PLACE_NOUNS:
        k += 1
    if k >= start or doc[k].lower_ not in verbs:
        return None
    rest = [t.lower_ for t in doc[k + 1 : start]]
    return place.kb_id_ if rest and all(w in ("a", "an", "its", "new") for w in rest) else None


def _setting(doc: Doc, start: int, bodies: list[Span]) -> Span | None:
    """The body a sentence opens with ("At the X Centre, ...", "In the Y Department, ..."),
    when the sentence holds ``start``."""
    k = _sentence_start(doc, start)
    if k < start and doc[k].lower_ in ("at", "in"):
        k += 1
    else:
        return None
    if k < start and doc[k].lower_ == "the":
        k += 1
    body = next((b for b in bodies if b.start == k), None)
    if body is None or body.end >= start or doc[body.end].text != ",":
        return None
    return body


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
            phrases.append(_held_singular(phrase, items[nxt + 1][3]))
            nxt, joint = nxt + 2, ("comma", "and", "semicolon")


def _share_plural(doc, items, pos, phrases, honorifics, phrase_index) -> None:
    """A plural title gives each listed name the singular title (one Phrase per holder)."""
    nxt = pos + 1
    while nxt < len(items) and items[nxt][2] == "N":
        if _gap(doc, items[nxt - 1][1], items[nxt][0], honorifics) not in ("comma", "and"):
            break
        phrases.append(_held_singular(phrases[phrase_index], items[nxt][3]))
        nxt += 1


def _held_singular(plural: Phrase, holder: int) -> Phrase:
    """One holder's copy of a plural title, with its head and complement, so that what
    completes the title later ("of the Hanoi People's Committee") completes every copy."""
    return replace(plural, plural=False, holder=holder)


# -- small helpers -------------------------------------------------------------
def _closes_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text == ")"


def _dash_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text in DASHES


def _inside(span: Span, blocked: set[int]) -> bool:
    return all(i in blocked for i in range(span.start, span.end))


def _with_body(
    head_text: str, body: Span, ordinal: str | None = None
) -> tuple[str, str | None, bool]:
    """A title of ``head_text`` and the body: the article's wording of a central body
    written in full (SPEC 7: "Chairman of the Committee for External Relations" keeps the
    name the page gives a renamed committee), else its record name, which completes a
    short or abbreviated mention ("the NA Standing Committee", "the Central Steering
    Committee") and a local body's place."""
    fields = body._.body or {}
    name = fields.get("name") or body.text
    written = body.text.split()
    if (
        fields.get("level") == "central"
        and len(written) >= len(name.split())
        and not any(is_acronym(w) for w in written)
    ):
        name = " ".join(written)
    if ordinal:  # "Alternate Member of the 13th Party Central Committee"
        name = f"{ordinal} {name}"
    article = "" if name.lower().startswith("the ") else "the "
    provincial = fields.get("level") in ("provincial", "district", "commune")
    return f"{head_text} of {article}{name}", fields.get("province"), provincial


def _party_organ_of_the_party(body: Span, parent_name: str, bodies: dict[int, Span]) -> bool:
    """``body`` is an organ of the Party and its written parent the Party itself."""
    if (body._.body or {}).get("kind") != "party":
        return False
    return any(
        (b._.body or {}).get("name") == parent_name and (b._.body or {}).get("kind") == "party"
        for b in bodies.values()
    )


def _parent_body(
    doc: Doc, end: int, bodies: dict[int, Span], unit: Span | None = None
) -> tuple[int, str] | None:
    """The body a unit belongs to, written after it: "under the Ministry of Home Affairs",
    "(Ministry of Home Affairs)", and for a department ", Ministry of Home Affairs". Returns
    the end of the phrase and the body's name."""
    j = end
    closing = False
    comma = False
    if j < len(doc) and doc[j].text == "(":
        j, closing = j + 1, True
    elif j + 1 < len(doc) and doc[j].lower_ in ("under", "of") and doc[j + 1].lower_ == "the":
        j += 2
    elif j + 1 < len(doc) and doc[j].text == "," and unit is not None:
        j, comma = j + 1, True
        if doc[j].lower_ == "the":
            j += 1
    else:
        return None
    parent = bodies.get(j)
    if parent is None:
        return None
    if comma and not (
        (unit._.body or {}).get("kind") in ("department", "agency")
        and (parent._.body or {}).get("kind") == "ministry"
    ):
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


def _complement_end(
    doc: Doc, k: int, glue: frozenset[str], name_starts: set[int], levels=frozenset()
) -> int:
    """End of a complement that is not a known body: capitalised words and glue, and a
    lower-case level word before a capitalised one ("of the provincial People's ...")."""
    last = k
    j = k
    while j < len(doc) and j - k < 14 and j not in name_starts:
        token = doc[j]
        if breaks_line(token):
            break
        if j > k and token.lower_ in _DATE_PREPOSITIONS and _date_after(doc, j + 1):
            break  # "Chairperson of the National Election Council on June 11": a date
        if (token.is_alpha and token.text[:1].isupper()) or (token.like_num and j > k):
            last = j + 1
        elif (
            token.lower_ in levels
            and j + 1 < len(doc)
            and doc[j + 1].is_title
            and j + 1 not in name_starts
        ):
            pass
        elif j > k and glued_hyphen(doc, j):
            pass  # "E-Government": a hyphen inside a word
        elif token.is_alpha and j > k + 1 and last == j - 1 and glued_hyphen(doc, j - 1):
            last = j + 1  # "Sub-department": the word the hyphen began goes on in small letters
        elif (
            token.text in ("-", "–")
            and j > k
            and doc[j - 1].is_title
            and j + 1 < len(doc)
            and doc[j + 1].is_title
            and j + 1 not in name_starts
        ):
            pass  # "the Administrative Reform - Archives Division": two fields of one unit
        elif token.lower_ not in glue:
            break
        j += 1
    return last


_DATE_PREPOSITIONS = frozenset({"on", "in", "since", "from", "until"})


def _date_after(doc: Doc, j: int) -> bool:
    """A capitalised word then a day or a year at ``j`` ("June 11", "February 2024")."""
    return (
        j + 1 < len(doc)
        and doc[j].is_title
        and doc[j + 1].like_num
        and len(doc[j + 1].text) in (1, 2, 4)
    )


def _by_name_part(people: dict[str, Person], index: int) -> dict[str, list[str]]:
    """The keys of the people of two or more names, by one part of their name (``-1``: the
    given name, ``0``: the family name)."""
    out: dict[str, list[str]] = {}
    for person in people.values():
        parts = person.key.split()
        if len(parts) >= 2:
            out.setdefault(parts[index], []).append(person.key)
    return out


def _add_title(person: Person, title: str, rank_words: frozenset[str] = frozenset()) -> None:
    """Add ``title`` unless a title of the person already says it; replace a shorter form.
    A rank word makes another post ("Deputy Minister of Finance" is not "Minister of
    Finance": a deputy promoted holds both in the article)."""
    words = set(fold(title).replace(",", " ").split())
    for index, existing in enumerate(person.titles):
        other = set(fold(existing).replace(",", " ").split())
        if words <= other and not (other - words) & rank_words:
            return
        if other < words and not (words - other) & rank_words:
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


def _after_former(doc: Doc, start: int, levels: frozenset[str]) -> bool:
    """ "former Chairman Nguyen Van A": a predecessor, an official with no current title; but
    "the former communes of Truong Thanh, ...": places (a level's noun after "former")."""
    window = doc[max(0, start - 4) : start]
    former = next((t.i for t in reversed(window) if t.lower_ == "former"), None)
    if former is None:
        return False
    return not any(
        t.lower_ in levels or t.lower_.removesuffix("s") in levels for t in doc[former + 1 : start]
    )


def _named_as_former(doc: Doc, person: Person, levels: frozenset[str]) -> bool:
    return any(_after_former(doc, start, levels) for start, _end in person.mentions)


@Language.factory(
    "reformnlp_officials",
    assigns=["doc.spans", "doc._.officials"],
    requires=["doc.spans"],
    default_config={"patterns": None},
)
def make_officials(nlp: Language, name: str, patterns: str | None) -> OfficialsFinder:
    """Find the officials and every post the article gives them (SPEC sections 2 and 7).

    Reads ``doc.spans["gazetteer"]`` (title heads, honorifics), the resolved ``PROVINCE``
    and ``BODY`` groups, ``doc.spans["furniture"]`` and ``doc._.article_province``. Writes
    ``doc.spans["OFFICIAL"]`` (every mention of a person, ``kb_id_`` = name key),
    ``doc.spans["TITLE"]`` and ``doc._.officials`` (name, key, titles, province).

    patterns (str | None): a folder of pattern files replacing the packaged ones.

    >>> doc = reformnlp.load()("Minister of Home Affairs Pham Thi Thanh Tra spoke.")
    >>> [(o["name"], o["titles"]) for o in doc._.officials]
    [('Pham Thi Thanh Tra', ['Minister of Home Affairs'])]
    """
    return OfficialsFinder(nlp, name, patterns)


# -- helpers for short forms, rosters and the ministries' domains ----------------------
def _ministry_domains(bodies) -> frozenset[tuple[str, ...]]:
    """Folded word tuples of every ministry's domain ("home affairs", "labour , invalids and
    social affairs"), to read a domain written in lower case."""
    out = set()
    for row in bodies:
        if row.kind == "ministry" and row.name.startswith("Ministry of "):
            domain = row.name[len("Ministry of ") :]
            out.add(tuple(fold(domain).replace(",", " ,").split()))
    return frozenset(out)


def _identities(doc: Doc, names: list[NameCandidate]) -> list[tuple[str, str]]:
    """``(key, name)`` of each candidate. A short form is the full name it stands for; a name
    glued together by the page ("NguyenXuan Phuc") is the spaced form the page also has, and
    one with its last word doubled ("Nguyen Xuan Phuc Phuc") the name it doubles."""
    spelled: dict[str, tuple[str, str]] = {}
    for cand in names:
        if cand.key is None:
            text = cand.span(doc).text
            key = name_key(text)
            compact = key.replace(" ", "")
            best = spelled.get(compact)
            if best is None or (len(key.split()), len(text)) > (len(best[0].split()), len(best[1])):
                spelled[compact] = (key, text)
    for compact, (key, _) in list(spelled.items()):
        words = key.split()
        if len(words) >= 3 and words[-1] == words[-2]:  # "Nguyen Xuan Phuc Phuc": a typo of
            single = "".join(words[:-1])  # the name the page also writes once
            if single in spelled:
                spelled[compact] = spelled[single]
    out = []
    for cand in names:
        if cand.key is not None and cand.full is not None:
            full = doc[cand.full[0] : cand.full[1]].text
            out.append(spelled.get(cand.key.replace(" ", ""), (cand.key, full)))
        else:
            out.append(spelled[name_key(cand.span(doc).text).replace(" ", "")])
    return out


def _complete_after_name(
    doc,
    phrases,
    names,
    bodies,
    honorifics,
    nouns=frozenset(),
    provinces_by_start=None,
    of_place=None,
) -> None:
    """ "General Secretary To Lam of the Communist Party of Vietnam", "Deputy Director Phan
    Kieu Thanh Huong of the Ho Chi Minh City Department of Home Affairs": a bare title right
    before a name takes the body written right after the name (or a reference to one ending
    in a body noun: "of the Hai Duong delegation")."""
    provinces_by_start = provinces_by_start or {}
    for phrase in phrases:
        if phrase.holder is None or phrase.plural or phrase.text != phrase.head:
            continue
        cand = names[phrase.holder]
        if cand.start < phrase.end or _gap(doc, phrase.end, cand.start, honorifics) != "adjacent":
            continue
        k = cand.end
        place = _place_after(doc, k, provinces_by_start)
        if place is None and k + 1 < len(doc) and doc[k].lower_ == "from":
            place = provinces_by_start[k + 1].kb_id_ if k + 1 in provinces_by_start else None
        if place is not None and of_place is not None:  # "NA deputy A (Dien Bien)"
            phrase.text, phrase.province, phrase.provincial = (
                of_place(phrase.head, place),
                place,
                True,
            )
            continue
        if k >= len(doc) or doc[k].lower_ != "of":
            continue
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        body = bodies.get(k)
        if body is not None:
            phrase.text, phrase.province, phrase.provincial = _with_body(phrase.head, body)
            continue
        stop = _complement_end(doc, k, BODY_GLUE, set())
        if stop > k and stop < len(doc) and doc[stop].lower_ in nouns:
            stop += 1
        if stop > k and doc[stop - 1].lower_ in nouns:  # "Deputy A of the Hai Duong delegation"
            phrase.text = f"{phrase.head} of the {doc[k:stop].text}"
            if k in provinces_by_start:
                phrase.province, phrase.provincial = provinces_by_start[k].kb_id_, True


def _adverb(word: str) -> bool:
    """A manner or time adverb ("officially", "recently"), by its ending."""
    return len(word) > 4 and word.endswith("ly")


def _names_a_province(province_starts: list[int], phrase: Phrase) -> bool:
    """A province is written inside the post ("Chairman of the People's Committee of Ben Tre
    province"), not only filled in from the article. ``province_starts``: the sorted first
    tokens of the Doc's provinces."""
    at = bisect_left(province_starts, phrase.start)
    return at < len(province_starts) and province_starts[at] < phrase.end


def _chain_province(
    doc: Doc, phrase: Phrase, held: list[Phrase], province_starts: list[int]
) -> str | None:
    """The province of a post of the same person listed right before or after ``phrase``,
    with nothing but a comma or "and" between them."""
    for other in held:
        if other is phrase or other.holder != phrase.holder or not other.province or other.former:
            continue
        if not _names_a_province(province_starts, other):
            continue  # its province is the article's too
        if phrase.end <= other.start:
            lo, hi = phrase.end, other.start
        else:
            lo, hi = other.end, phrase.start
        if lo <= hi and all(t.text in (",", "and", ";") or t.is_space for t in doc[lo:hi]):
            return other.province
    return None


def _split_joint_posts(doc: Doc, phrases: list[Phrase], names, honorifics, links) -> None:
    """ "appointed A and B as Director and Deputy Director of the Department of X": as many
    names listed before the link as posts joined by "and", each name holds the post in its
    place (one post of one person, "Minister and Chairman of the Government Office", has one
    name before it)."""
    for phrase in list(phrases):
        if not phrase.parts or phrase.holder is None:
            continue
        listed = _listed_before(doc, phrase.start, names, honorifics, links)
        if len(listed) != len(phrase.parts) or listed[-1] != phrase.holder:
            continue
        posts, phrase.parts = phrase.parts, ()
        phrase.text = posts[-1]
        for index, post in zip(listed[:-1], posts[:-1], strict=True):
            head = post.split(" of ", 1)[0]
            phrases.append(replace(phrase, text=post, holder=index, head=head))


def _one_body_each(doc: Doc, phrase: Phrase, members: list[int], bodies) -> dict:
    """ "A and B were appointed directors of the Department of Home Affairs and the
    Department of Finance": as many bodies listed in the plural title as names before it,
    each name holds the post in the body in its place. ``{name index: (text, province,
    provincial)}``, empty when the counts differ or something else stands between bodies."""
    if len(members) < 2:
        return {}
    ordered = sorted(bodies, key=lambda b: b.start)
    first = next((b for b in ordered if phrase.start <= b.start < phrase.end), None)
    if first is None:
        return {}
    listed = [first]
    for body in ordered:
        if body.start >= listed[-1].end and len(listed) < len(members):
            between = doc[listed[-1].end : body.start]
            if len(between) and all(t.lower_ in (",", "and", "the") for t in between):
                listed.append(body)
    if len(listed) != len(members):
        return {}
    return {
        index: _with_body(phrase.head, body) for index, body in zip(members, listed, strict=True)
    }


def _listed_before(
    doc: Doc,
    start: int,
    names,
    honorifics: set[int],
    links=frozenset(),
    titled=None,
    former=frozenset(),
) -> list[int]:
    """ "C, D and E as members", "A and B have been appointed as Deputy Prime Ministers":
    the names listed right before "as" (or a title link) and a plural title, each name
    perhaps after a post of its own (``titled``: where a title phrase ending at a position
    starts): "the appointments of former Minister of Justice A and former Party Secretary B
    as Deputy Prime Ministers"."""
    titled = titled or {}
    if start > 0 and doc[start - 1].lower_ == "new":
        start -= 1  # "became new Deputy PMs"
    if start > 0 and doc[start - 1].lower_ in ARTICLES:
        start -= 1
    # "A and B (were) officially appointed as": a manner adverb says nothing of the link
    size = next(
        (
            n
            for n in range(min(8, start), 0, -1)
            if not _adverb(doc[start - n].lower_)
            and _is_link([t.lower_ for t in doc[start - n : start] if not _adverb(t.lower_)], links)
        ),
        0,
    )
    if size == 0 and (start == 0 or doc[start - 1].lower_ != "as"):
        return []
    while start - size - 1 >= 0 and _adverb(doc[start - size - 1].lower_):
        size += 1
    name_end = {c.end: i for i, c in enumerate(names)}

    def past_apposed(j: int) -> int:
        # "B, Chairman of the Economic Committee, were elected as": the name's own post set
        # off by commas stands between it and what comes after
        if j in name_end:
            return j
        comma = j - 1 if j - 1 >= 0 and doc[j - 1].text in _ITEM_BREAKS else j
        if comma < len(doc) and doc[comma].text in _ITEM_BREAKS and comma in titled:
            k = titled[comma]
            if k - 1 >= 0 and doc[k - 1].text == "," and k - 1 in name_end:
                return k - 1
        return j

    out, j = [], past_apposed(start - max(size, 1))
    while j in name_end:
        index = name_end[j]
        out.append(index)
        j = names[index].start
        while j - 1 >= 0 and j - 1 in honorifics:
            j -= 1
        if j in titled:
            j = titled[j]
            # "member of the Party Central Committee and Vice State President Vo Thi Anh Xuan":
            # the name's posts joined by "and"
            while j - 1 >= 0 and doc[j - 1].lower_ == "and" and j - 1 in titled:
                j = titled[j - 1]
            if j - 1 >= 0 and doc[j - 1].lower_ in former:
                j -= 1
        if j - 1 >= 0 and doc[j - 1].text in _ITEM_BREAKS:
            j -= 1
        if j - 1 >= 0 and doc[j - 1].lower_ == "and":
            j -= 1
            if j - 1 >= 0 and doc[j - 1].text in _ITEM_BREAKS:
                j -= 1
        elif not (j < start - 1 and doc[j].text in _ITEM_BREAKS):
            break
        j = past_apposed(j)
    return sorted(out)


# What separates the people of a list, each perhaps with posts of their own set off by commas:
# "A, Politburo member; B, head of ...; and C, ..., have become Vice Chairmen"
_ITEM_BREAKS = frozenset({",", ";"})


def _led_by_body(
    doc: Doc, start: int, bodies: dict[int, Span], headed_by: frozenset[tuple[str, ...]]
) -> Span | None:
    """The body named right before a ``headed_by`` phrase ("led by", "headed by") that ends
    right before token ``start`` (its acronym in brackets may stand between)."""
    link = next(
        (w for w in headed_by if tuple(t.lower_ for t in doc[max(0, start - len(w)) : start]) == w),
        None,
    )
    if link is None or start <= len(link):
        return None
    at = start - len(link)
    if at >= 3 and doc[at - 1].text == ")" and doc[at - 3].text == "(":
        at -= 3  # "(SBV)"
    body = _last_body(bodies, at + 1)
    return body if body is not None and body.end == at else None


def _last_body(
    bodies: dict[int, Span], before: int, kinds: frozenset[str] | None = None
) -> Span | None:
    """The last body (of one of ``kinds``, if given) named before token ``before``."""
    earlier = [
        b
        for b in bodies.values()
        if b.end <= before and (kinds is None or (b._.body or {}).get("kind") in kinds)
    ]
    return max(earlier, key=lambda b: b.start) if earlier else None


def _place_after(doc: Doc, end: int, provinces_by_start: dict[int, Span]) -> str | None:
    """ "Tran Tri Quang (Dong Thap)": the province in brackets right after a name."""
    if end + 2 < len(doc) and doc[end].text == "(" and end + 1 in provinces_by_start:
        province = provinces_by_start[end + 1]
        if province.end < len(doc) and doc[province.end].text == ")":
            return province.kb_id_
    return None


def _list_number(doc: Doc, k: int) -> bool:
    """A list item's number ("1." or "2)") opening a line, or its full stop."""
    if doc[k].text in (".", ")") and k > 0 and doc[k - 1].is_digit:
        return True
    return (
        doc[k].is_digit
        and k + 1 < len(doc)
        and doc[k + 1].text in (".", ")")
        and (k == 0 or breaks_line(doc[k - 1]))
    )


def _line_last(doc: Doc, i: int) -> int | None:
    """Index of the last token before the line break that follows token ``i`` (space tokens
    aside), or None when no line break follows within a few hundred tokens."""
    last = i
    for j in range(i, min(len(doc), i + 300)):
        token = doc[j]
        if "\n" in token.text and token.is_space:
            return last
        if not token.is_space:
            last = j
        if breaks_line(token):
            return last
    return None


def _spaced(span: Span) -> str:
    """The span's text with a space where a scraped page lost one between two of its words
    ("PermanentDeputy Prime Minister"), the tokenizer having split them."""
    out = []
    for token, following in zip(span, [*span[1:], None], strict=True):
        out.append(token.text)
        lost = (
            following is not None
            and not token.whitespace_
            and token.text[-1:].islower()
            and following.text[:1].isupper()
        )
        out.append(" " if lost else token.whitespace_)
    return "".join(out).strip()


def _apostrophe_name(text: str) -> bool:
    """A capitalised word of a Central Highlands name written with an apostrophe ("K'Mak",
    "H'Hen")."""
    plain = text.replace("'", "").replace("’", "")
    return text[:1].isupper() and plain != text and plain.isalpha()


_ASIDE_TOKENS = 8  # a short note in brackets, never a clause


def _bracket_end(doc: Doc, k: int) -> int | None:
    """The token after the ")" that closes a short bracket opened at ``k`` on the same line,
    None when ``k`` opens none."""
    if doc[k].text != "(":
        return None
    for i in range(k + 1, min(len(doc), k + _ASIDE_TOKENS + 2)):
        if "\n" in doc[i].text or doc[i].text in ("(", "."):
            return None
        if doc[i].text == ")":
            return i + 1
    return None


def _hyphenated_after(span: Span, prefixes: frozenset[str]) -> bool:
    """The span's first word is glued by a hyphen to one of ``prefixes`` before it ("co-chair")."""
    i = span.start
    if i < 2 or span.doc[i - 1].text not in DASHES or span.doc[i - 1].whitespace_:
        return False
    prefix = span.doc[i - 2]
    return not prefix.whitespace_ and prefix.lower_ in prefixes
