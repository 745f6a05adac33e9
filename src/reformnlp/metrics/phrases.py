"""The measured noun phrase and the subject of a figure, read from its clause."""

from __future__ import annotations

import regex

from ..numbers import ORDINAL_VALUES, PERCENT_WORDS, WORD_VALUES
from ..text import DETERMINERS, fold, singular
from .cues import PLACE_REFERENCES, MetricCues, ending, phrase_pattern, suffix_start
from .model import NOT_COUNTS, Entity, Figure, Referents
from .periods import PeriodMention
from .sentences import open_bracket

_LEAD = regex.compile(
    r"^(?:(?:and|while|whereas|but|meanwhile|moreover|in\s+addition|also|of\s+which|in\s+which|"
    r"of\s+whom|among\s+whom|among\s+which|of\s+these|of\s+them|among\s+them|"
    r"particularly|especially|notably|specifically|"
    r"in\s+particular|such\s+as|including|the|its|their|this|these|a|an|there)\b[\s,]*"
    r"|\([^()]{0,40}\)[\s,;:]*"  # "there are 52 units": none; "(good), ranking": a grade
    r"|\((?=[^)]*$)\s*)+",  # "(including 1,830": a bracket the figure opens
    regex.IGNORECASE,
)
# Matched backwards from the end of a phrase: forwards, every position would be tried.
_TRAIL = regex.compile(r"(?:[\s,(:–—-]|(?<=\s)(?:and|or)\b)+$", regex.REVERSE)
_PREP = regex.compile(
    r"(?:\b(?:at|in|of|for|among|across|on|by)\s+(?:the\s+)?)?$", regex.I | regex.REVERSE
)
_POSSESSIVE = regex.compile(r"^\s*['’]s\b\s*")
# A holder's possessive: what follows is what it owns ("the World Bank's Doing Business Report").
_OWNED_AFTER = regex.compile(r"['’]s\b")
_INDEX_LEAD = regex.compile(r"\s*,?\s*(?:in|on|of|for)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?")
_INDEX_WORDS = regex.compile(
    r"(?:\p{Lu}[\p{L}-]*\s+){0,6}(?:Index|INDEX)\b|\bPAR[- ]INDEX\b|\b(?:SIPAS|PAPI|PCI|DTI)\b"
)
# After a position, the words of group "field" lead to the field it is held in, not to its
# holder ("ranked 1st among localities"; "second place is Bac Giang" names the holder).
_RIGHT_PREP = regex.compile(
    # "7,102 (17.96 percent) in ministries and branches": a share in brackets between, or the
    # bracket that closes it
    r"(?:\s*\([^()\d]{0,10}\d[^()]{0,20}\)|\))?"
    # "2 people are from the Department of Justice": where those counted work
    r"\s*(?:(?:are|were|is|was|comes?|came)\s+from"
    r"|(?P<field>at|in|for|among|across|of)|(?P<agent>by)|is|was|(?:went|goes|belongs?|belonged)\s+to"
    # "12 specialised agencies under the Provincial People's Committee": the body's own
    r"|(?:(?:directly|currently)\s+)?(?P<owner>under))"
    r"\s+(?:the\s+)?",
    regex.I,
)
_HOLDERS = ("PROVINCE", "BODY", "LOCALITY", "REGION")
# The kind of the bodies that are portals and information systems (SPEC 7; bodies.jsonl).
_SYSTEM_KIND = "portal"
_PLACE_GOVERNMENT = "peoples_committee"  # the body kind that governs a place
_SPACES = regex.compile(r"\s*")
# A verb (and verbs joined to it) and its complement, up to the agent ("by ..."), a clause
# break or a figure: "cut and simplified", "published lists of internal procedures".
_PREDICATE = (
    r"(?P<pred>(?P<verb>[\p{Ll}-]+)(?:(?:,\s*|\s+(?:and|or)\s+)[\p{Ll}-]+ed\b)*"
    r"(?:\s+(?!(?:by|and|or|compared|while|which|when|as|with|an?|up|down)\b)[\p{L}'’-]+){0,5})"
)
# What the clause after a counted noun says was done to it: an auxiliary, a participle and its
# complement, up to the agent ("by ..."), a clause break or a figure: "(regulations) have been
# cut and simplified", "(dossiers ... for citizens) have been processed on time".
_PASSIVE = regex.compile(
    r"(?:\s*,?\s+of\s+(?:which|whom|them|these|those))?"
    r"(?:\s+(?:for|from|of|in|at|on|under|with|across|within|and|or|(?-i:\p{Ll}+ed))"
    r"(?:\s+(?!(?:have|has|had|were|was|are|is|will|would|could|can|must|should|may|that|which"
    r"|who|if|when|said)\b)[\p{L}'’-]+){1,6}?)?\s*"
    r"(?:(?:have|has|had)\s+been|(?:will|would|could|can|must|should|may)(?:\s+have\s+to)?\s+be"
    r"|(?:are|is|were|was)\s+to\s+be"
    r"|were|was|are|is|been)\s+(?:(?:already|all|also|now|fully|successfully|then|still)\s+)?"
    + _PREDICATE,
)


# What the counted things did, written after them: "(32 of the 63 localities) finished above
# the national average", "(21 ministries) have published lists of internal procedures".
_ACTIVE = regex.compile(
    r"\s+(?:(?:have|has|had)\s+(?:(?:already|also|now|all)\s+)?)?" + _PREDICATE,
)
_VERB_WORDS = regex.compile(r"\p{L}+")
_DIGIT_NEXT = regex.compile(r"\s*(?!(?:19|20)\d\d\b)\d")  # a figure next, not a year
# Where a predicate's complement ends on its own: a clause break, a figure, the agent.
_PREDICATE_END = regex.compile(
    r"\s*(?:$|[,;:.()]|(?:by|and|or|while|which|when|as|with|compared)\b)"
)
_PREPOSITIONS = frozenset(
    (
        "on",
        "in",
        "at",
        "to",
        "into",
        "onto",
        "via",
        "through",
        "from",
        "under",
        "for",
        "with",
        "within",
        "across",
        "over",
        "about",
        "according",
        "per",
        "of",
        "by",
    )
)
# A preposition (or a verb of reaching) that opens a phrase before a figure, with its article
# and a year: "in the 2022 PCI" names the PCI, "with an average handling time" the time.
_LEADING_PREPOSITION = regex.compile(
    r"^(?:in|with|at|for|of|by|on|to|among|from|under|through|via|reaching|achieving|scoring)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:19|20)\d\d\s+)?",
    regex.IGNORECASE,
)
# What a clause is "with" right before its figure: "... with an average handling time".
_WITH_TAIL = regex.compile(
    r"\swith\s+(?:an?|the|its|their)\s+(?P<np>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})$",
    regex.IGNORECASE,
)
# A word that names no measure whatever its sentence: a verb form or an adverb ("consisting",
# "seamlessly") in a phrase made only of such words and empty_name words.
_NAMES_NOTHING = regex.compile(r"\p{L}+(?:ing|ed|ly)")
# A past participle or a gerund after a verb: "has issued", "continues taking".
_VERB_FORM = regex.compile(r"(?-i:\p{Ll}\p{L}+(?:ed|ing))")
# A passive verb right after the figure's words, then its agent: "... have been supplied
# by", "were settled on time by".
_AUXILIARY = r"(?:has|have|had|was|were|is|are)"
_PARTICIPLE = r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)"  # "(newly) established", "taken", "cut"
_PASSIVE_BY = regex.compile(
    rf"[^.;:,()]{{0,60}}?\b{_AUXILIARY}\s+(?:been\s+)?{_PARTICIPLE}(?:\s+[a-z]+){{0,4}}?"
    r"\s+by\s+(?:the\s+)?"
)
# A participle of the figure's noun and its agent, with no auxiliary: "100% of documents
# issued by the", "services offered by the".
_REDUCED_BY = regex.compile(
    r"\s*(?:[\p{L}-]+\s+){0,5}?(?P<verb>[a-z]+(?:ed|en))\s+by\s+(?:the\s+)?"
)
# An auxiliary and a participle right after the figure's noun: "are handled", "were received".
_PASSIVE_VERB = rf"\s+{_AUXILIARY}\s+(?:been\s+|being\s+)?{_PARTICIPLE}"
# "to" right after a figure and its noun: whom an allotment goes to
_TO_AFTER = regex.compile(r"\s+to\s+(?:the\s+)?")
# A passive verb whose place follows the figure: "1,862 procedures are handled at the city
# level" (a level scope only: "were received in Hanoi" may be a venue).
_PASSIVE_AT = regex.compile(rf"{_PASSIVE_VERB}\s+at\s+(?:the\s+)?")
# A passive verb whose group follows the figure: "3.4 million applications were received and
# processed in 34 provinces and cities" (a group scope only, counted or not).
_PASSIVE_IN = regex.compile(
    rf"{_PASSIVE_VERB}(?:\s+and\s+{_PARTICIPLE})?\s+(?:in|across)\s+(?:(?:all|the)\s+)?(?:\d[\d,]*\s+)?"
)
# An event and where it was held: "a working session in Hanoi", "the conference held in Hue".
_VENUE = regex.compile(
    r"\b(?:session|meeting|conference|ceremony|event|forum|workshop|seminar|held|hosted|visit|"
    r"visited|visiting|trip|tour|gathering|briefing)\b[^,.;:]{0,25}?\b(?:in|at|to)\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# A sitting of a body right before its name: the body is where a figure was told.
_SESSION_OF = regex.compile(
    r"\b(?:session|sitting|meeting|plenary|conference)\s+of\s+(?:the\s+)?"
    r"(?:\d+(?:st|nd|rd|th)\s+|\p{Ll}+(?:teenth|tieth|th|st|nd|rd)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# Words that make the scope after them the thing counted, not its holder.
_COUNTED = regex.compile(
    r"\b(?:number|numbers|total|share|proportion)\s+of\s+(?:the\s+)?$", regex.IGNORECASE
)
# Where a holder lies: "in central ", "in the north of " (matched from the end, as the
# look-backs above: a search costs the suffix, not the segment).
_WHERE = regex.compile(
    r"\bin\s+(?:the\s+)?(?:[\p{Ll}-]+\s+(?:of\s+)?)?$", regex.IGNORECASE | regex.REVERSE
)
# After a holder: it is named as one of a field ("Da Nang is a typical example of online
# services nationwide", "Quang Ninh remains one of the leaders in the country").
_EXEMPLAR = regex.compile(
    r"\s+(?:is|was|remains|remained|became|has\s+been|stands\s+as)\s+"
    r"(?:a|an|the|one\s+of\s+the)\s",
    regex.IGNORECASE,
)


def _field_patterns(lead: str) -> tuple[regex.Pattern, regex.Pattern]:
    """The field a holder is ranked in or leads, right before a scope ("among 63 localities",
    "topped 34 provinces"), and the group that field names right before "nationwide" ("among
    34 provinces and cities nationwide"). ``lead`` is the field_lead words' pattern."""
    opening = rf"(?:{lead})\s+(?:(?:the|all)\s+)*(?:\d+\s+)?"
    flags = regex.IGNORECASE | regex.REVERSE
    field = regex.compile(rf"{opening}(?:other\s+)?$", flags)
    wide = regex.compile(rf"{opening}(?:[\p{{L}}'-]+\s+){{1,4}}$", flags)
    return field, wide


# A rank right before a nationwide scope: "ranked first nationwide", "in the top 10
# nationwide": the scope is the field ranked in, not who ranks.
_RANKED_IN = regex.compile(
    r"\b(?:rank(?:ed|ing|s)?\s+(?:\p{L}+|\d+(?:st|nd|rd|th))|top\s+\d+|\d+(?:st|nd|rd|th))"
    r"\s+(?:place\s+)?$"
    # "rose to third place nationwide": a position in words with its noun
    rf"|\b(?:{phrase_pattern(sorted(ORDINAL_VALUES))})\s+(?:place|position|spot)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
# An article right after a body's report verb: the body names a measure of its own.
_OWN_RECORD = regex.compile(r"\s+an?\s", regex.IGNORECASE)
# ... and a report verb that an infinitive follows: the body does what it decided
_DECIDED_TO = regex.compile(rf"\s+to\s+(?!(?:be|{'|'.join(sorted(DETERMINERS))})\b)\p{{Ll}}")
# ... and a count right after an approval verb, or after "the <noun> of" ("approved the
# abolition of 177 internal procedures")
_COUNT_NEXT = regex.compile(r"\s+(?:the\s+\p{Ll}+\s+of\s+)?\d")
# A figure in an opening phrase, then a comma: "With 63.76 points, ...".
# ... but not the members of a group the figure counts: "Eleven provinces, including Hanoi".
_OPENING = regex.compile(
    r"[^,.;:]{0,30}?,\s*+(?!(?:including|such\s+as|among\s+them|namely|notably|like)\b)"
    r"(?:the\s+)?",
    regex.IGNORECASE,
)
_MAX_WORDS = 16
_LEAD_PREP = regex.compile(r"\s*(?:(?:in|for|across|at)\s+(?:the\s+)?)?", regex.I)
_UNTIL_COMMA = regex.compile(r"[^,]{0,40},")
# A percentage written as a modifier ("a 62.64-percent reduction") and the noun it modifies.
_MODIFIER_PERCENT = regex.compile(rf"\d-{PERCENT_WORDS}\b", regex.I)
_MODIFIED_NOUN = regex.compile(
    r"\s+(?P<np>\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)"
    r"(?=\s+(?:in|of|among|for|on|at|to|from|by|with|than|and)\b|\s*[,.;:)]|\s*$)"
)
_OF_THEM = regex.compile(
    # "of the assigned 10,200", "out of the country's 63", "out of a total of nearly 6,800":
    # the whole, with the few words before it; "are wards": the verb that links a part to
    # its noun
    r"^(?:(?:out\s+)?of\s+(?:them|which|these|(?:the\s+)?(?:\p{L}+(?:['’]s)?\s+){0,4}[\d.,]+)\b"
    r"|(?:are|were)\b)\s*",
    regex.I,
)
# "in transparency", "in people's participation at local levels": the measure after a score,
# ending where the list goes on (a comma, "and" and a figure) or the clause ends.
_IN_MEASURE = regex.compile(
    r"\s+(?:in|for|on)\s+(?!(?:the|a|an|total|all|recent|just|only|comparison|contrast|particular|"
    r"general|addition|which|that|this|these|those|terms|several|many|some|each|every|"
    rf"{'|'.join(sorted(WORD_VALUES, key=len, reverse=True))})\b)"  # "in two years": a span
    r"(?P<np>\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,7}?)"
    r"(?=\s*(?:[,;.)]|\s+and\s+(?:in\s+)?[\d\p{Ll}]|$))",
)
# Words that end the noun of a share: verbs and prepositions (and, from the cues, the words
# that end in "s" but are no plural: "this", "thus", "perhaps").
_NOT_IN_NP = frozenset(
    _PREPOSITIONS
    | {"were", "was", "are", "is", "as", "has", "have", "had", "will", "would", "can"}
    | {"and", "or", "among", "during", "after", "before", "between", "nationwide"}
    | {"means", "remains", "needs", "seems", "requires", "includes", "shows"}
)


def _bare_share_of(false_plurals: str) -> regex.Pattern:
    """A share of a plural written bare: "95% of dossiers", "80% of records were" (not "of
    the total", "of its plan", "of which"); ``false_plurals`` is metric_words.csv's
    alternation of words that end in "s" but are no plural noun."""
    stop = "|".join(sorted(_NOT_IN_NP)) + "|" + false_plurals
    return regex.compile(
        rf"\s+of\s+(?!(?:the|its|their|his|her|our|this|these|those|which|whom|them|all|total|"
        rf"each|a|an)\b)(?P<np>(?:(?!(?:{stop})\b)[\p{{L}}'’-]+\s+){{0,3}}"
        rf"(?!(?:{stop})\b)[\p{{L}}'’-]+s)\b(?![\p{{L}}'’-])",
        regex.I,
    )


_OF_NP = regex.compile(
    # "99.8% of which were settled": a pronoun names no measure
    r"\s+of\s+(?:the\s+)?(?!(?:which|whom|them|these|those|it)\b)"
    r"(?P<np>(?:[\p{L}'’-]+(?<=-)\d+|[\p{L}'’-]+)"  # "level-4 online services" too
    r"(?:\s+(?!(?:by|in|at|on|for|was|were|is|are|have|has|"
    r"had|will|to|from|with|and|compared)\b)[\p{L}'’-]+){0,6})",
    regex.I,
)


class PhraseReader:
    """Reads ``metric`` and ``subject`` for a figure; built once from the cues."""

    def __init__(
        self,
        cues: MetricCues,
        body_nouns: frozenset[str] = frozenset(),
        spellings: dict[str, str] | None = None,
    ):
        self.cues = cues
        # the spelling a body's name is written in by the record ("center" -> "centre")
        self.spellings = spellings or {}
        self.action_before = _action_before(cues.participles)
        # what an opening phrase holds before its figure: "With 63.76 points", "Claiming
        # 0.4736 points", "With an impressive score of 72.95" (metric_words.csv opening_verb)
        self._opening_lead = regex.compile(
            rf"\W*(?:(?i:{phrase_pattern(sorted(cues.opening_verbs))})\s+(?:[\p{{L}}-]+\s+){{0,4}}"
            r"|(?:[\p{L}-]+\s+){0,2}(?:an?\s+|the\s+)?)"
        )
        # "in the e-governance dimension it (scored 0.87)": the holder's pronoun ends no measure
        self._trailing_pronoun = regex.compile(
            rf"(?<![\p{{L}}'-])(?:{phrase_pattern(sorted(cues.holder_pronouns))})\s*$",
            regex.IGNORECASE | regex.REVERSE,
        )
        self._bare_share_of = _bare_share_of(cues.false_plural)
        # "were assigned (1,396 positions by ...)": a judging verb right before the figure
        self._judged_before = regex.compile(
            rf"\b(?i:{phrase_pattern(sorted(cues.judging_verbs))})\s+(?:[\p{{L}}-]+\s+){{0,2}}$"
        )
        # "900 positions will be assigned to departments": the receivers hold the figure; and
        # "(the committee) assigned 1,724 positions to the district level"
        allot = phrase_pattern(sorted(cues.allot_verbs))
        self._allotted_to = regex.compile(
            rf"\s+(?:will\s+be|{_AUXILIARY}(?:\s+been)?)\s+(?i:{allot})\s+to\s+(?:the\s+)?"
        )
        self._allots_before = regex.compile(rf"\b(?i:{allot})\s+(?:[\p{{L}}-]+\s+){{0,3}}$")
        # ... and the receivers as written, up to the clause's end or the next item's figure
        # ("departments, branches and sectors"), never what the allotted will do ("to work in
        # communes": metric_words.csv purpose_verb)
        self._receivers = regex.compile(
            rf"(?!(?i:{phrase_pattern(sorted(cues.purpose_verbs))})\b)\p{{L}}[\p{{L}}'’-]*"
            r"(?:(?:\s+|,\s+)(?!\d)[\p{L}'’-]+){0,9}(?=\s*(?:[.;:()]|,\s+(?:and\s+)?\d|$))"
        )
        self._field, self._field_wide = _field_patterns(cues.field_lead)
        # "scored highest nationwide", "in the highest-scoring group nationwide": after a
        # superlative, "nationwide" is the field compared across, not who holds the figure
        self._best_in = regex.compile(
            rf"\b(?:{phrase_pattern(sorted(cues.superlatives))})(?:-\p{{L}}+)?"
            r"(?:\s+[\p{L}-]+){0,2}?(?:\s+(?:in|across))?\s+$",
            regex.IGNORECASE | regex.REVERSE,
        )
        # "the centre recorded", "the city posted": a holder named by its noun alone
        self.holder_nouns = frozenset(body_nouns) | cues.holder_nouns
        # "the centre", "this portal", or the generic name of two words or more a local body
        # shares ("the Public Administration Service Center" after "Phu Lien Ward Public
        # Administration Service Center"; "the People's Committee" is too short to name one)
        self.referring = (
            regex.compile(
                r"\b(?:the|this)\s+(?P<words>(?:(?:(?-i:\p{Lu})[\p{L}'-]*\s+){2,4})?)"
                rf"(?P<noun>{'|'.join(sorted(body_nouns))})\b",
                regex.IGNORECASE,
            )
            if body_nouns
            else None
        )

    def only_a_source(self, text: str, start: int, at: int, entities, name: str) -> bool:
        """The body ``name`` is named between ``start`` and ``at`` only as the source the
        text cites ("According to the report of the Ministry of Home Affairs, there are
        ..."): a figure there does not take it as its holder."""
        mentions = [
            e for e in entities if e.label == "BODY" and e.name == name and start <= e.start < at
        ]
        return bool(mentions) and all(_ACCORDING.search(text, start, e.start) for e in mentions)

    def _referred_after(self, text: str, at: int, refs: Referents) -> str | None:
        """The body a noun right after ``at`` refers back to ("under the ministry"), among
        every body the article names (``refs``)."""
        if self.referring is None:
            return None
        ref = self.referring.match(text, _SPACES.match(text, at).end())
        return self.referred_body(text, at, ref.end(), refs.localities) if ref else None

    def _references(self, text: str, start: int, at: int, entities) -> list[regex.Match]:
        """The references to a body between ``start`` and ``at`` ("the centre", "the
        Department"); "the Ministry of Home Affairs" is a name, not "the ministry" referring
        back."""
        if self.referring is None:
            return []
        return [
            m
            for m in self.referring.finditer(text, start, at)
            if not _inside_entity(m.start("noun"), entities)
        ]

    def acting_reference(self, text: str, start: int, at: int, entities) -> str | None:
        """The body "the Department" or "the centre" refers to when it is the last holder
        named before ``at``, a verb of its own after it ("Deputy Director of the Ho Chi Minh
        City Department of Home Affairs said that the Department has received 281 cases"):
        it holds the figure, not a place or body named before it. None when a name comes
        after the reference or the reference only reports ("the ministry said")."""
        found = self._references(text, start, at, entities)
        if not found:
            return None
        last = found[-1]
        if any(last.start() <= e.start < at and e.label in _OPENING_HOLDERS for e in entities):
            return None
        if any(
            not _inside_entity(m.start(), entities)
            for m in self.cues.scope.finditer(text, last.end(), at)
        ):
            return None  # "Regarding the group ..., the whole province had collected 100%"
        if _OBJECT_OF_PREPOSITION.search(text, start, last.start()):
            return None  # "merged into the portal last year": no subject of its clause
        if self._reports(text, last.end()) or not _LOWER_WORD.match(text, last.end(), at):
            return None
        return self.referred_body(text, start, at, entities)

    def referred_body(self, text: str, start: int, at: int, entities) -> str | None:
        """ "the centre" before a figure: the last body named before it with that noun."""
        # "A report from the agency": the source, not the holder (as for a body by name)
        found = [
            m
            for m in self._references(text, start, at, entities)
            if not _CITED.search(text, start, m.start())
        ]
        if not found:
            return None
        spelled, last = self.spellings, found[-1]
        # "the ministry said 2,100 ...", "merged into the portal": no holder (but "Director of
        # the centre Cu Ngoc Trang said": an official of the body speaks of its own work)
        reports = self.cues.report_verb.match(text, last.end()) and self._reports(text, last.end())
        if reports or _CHANNEL_BEFORE.search(text, start, last.start()):
            return None
        words = {spelled.get(w, w) for w in f"{last['words']} {last['noun']}".lower().split()}
        bodies = [e for e in entities if e.label == "BODY" and e.end <= last.start()]
        earlier = [
            e for e in bodies if words <= {spelled.get(w, w) for w in e.name.lower().split()}
        ]
        if not earlier and not last["words"] and fold(last["noun"]) in self.cues.system_nouns:
            # "the National Single Window ... the system has carried out": the system named last
            earlier = [e for e in bodies if e.kind == _SYSTEM_KIND]
        return max(earlier, key=lambda e: e.start).name if earlier else None

    # --- metric -------------------------------------------------------------------------
    def metric(
        self,
        text: str,
        seg_start: int,
        fig: Figure,
        entities: list[Entity],
        periods: list[PeriodMention],
        sentence: tuple[int, int],
    ) -> str | None:
        """The measured phrase: what precedes the figure, less verbs, scopes and periods."""
        if fig.unit == "%" and _MODIFIER_PERCENT.search(text, fig.q.start, fig.q.end):
            # "a 95.99-per cent approval rate": the figure modifies the noun after it
            after = _MODIFIED_NOUN.match(text, fig.q.end)
            if after is not None:
                return " ".join(after["np"].split())
        if fig.unit in ("rank", "place"):
            # "59th in the 2024 SIPAS and 43rd in the PAR Index": the index named right after
            # a position is its own, whatever the sentence named nearer before it
            after = index_named_after(text, fig.end, entities)
            if after is not None:
                return after.name
            index = _nearest(entities, "INDEX", fig.start, sentence)
            if index is not None:
                return index.name
            m = _INDEX_WORDS.search(text, sentence[0], sentence[1])
            if m:
                return m[0]
            named = self._measure_before(text, seg_start, fig, entities, periods, sentence)
            return self._position_name(named, text, fig, entities)
        return self._measure_before(text, seg_start, fig, entities, periods, sentence)

    def _position_name(self, name: str | None, text: str, fig: Figure, entities) -> str | None:
        """A position's name from the words before it, less the verb that placed it ("digital
        society placed (5th)" -> "digital society"); none when those words name who holds the
        position ("a year later it", "former Quang Nam province sat", "Can Tho, which
        absorbed"), so that the name comes from the figure before or the index named before
        (metric_words.csv rank_name_tail, holder_pronoun). What a holder owns is a name ("the
        World Bank's Doing Business Report")."""
        words = (name or "").split()
        while words and fold(words[-1].strip(",;:")) in self.cues.rank_name_tails:
            words.pop()
        if not words or fold(words[-1].strip(",;:")) in self.cues.holder_pronouns:
            return None
        rest = " ".join(words)
        for e in entities:
            if e.label not in _OPENING_HOLDERS or e.end > fig.start:
                continue
            at = rest.find(text[e.start : e.end])
            if at >= 0 and not _OWNED_AFTER.match(rest, at + e.end - e.start):
                return None
        return rest

    def _measure_before(self, text, seg_start, fig, entities, periods, sentence) -> str | None:
        """What the words before a figure (or a noun right after it) say it measures."""
        if fig.unit == "points":
            named = self._measure_after(text, fig.end, entities)
            if named:
                return named  # "4.83 points in participation, 5.45 points in transparency"
            if fig.attrs.get("_listed"):
                # "high PCI rankings include Quang Ninh (73.20)": the index the list is of, or
                # the one the article named last before it ("followed by Dong Thap (46.961)")
                index = _nearest(entities, "INDEX", fig.start, (0, fig.start))
                if index is not None:
                    return index.name
        end = fig.attrs.get("_lead", fig.start)
        start = seg_start
        for said in self.cues.report_clause.finditer(text, start, end):
            start = said.end()  # "Director X said the average score was": the average score
        verb = ending(self.cues.object_by, text, max(start, end - 80), end)
        if verb is None and "_lead" in fig.attrs:  # "cut the number of units from 547 to 166"
            verb = ending(self.cues.object_from, text, max(start, end - 80), end)
        if verb is not None:
            # "cut the number of commune-level units by 60-70%": the object of the verb
            named, _ = self._clean(text, verb.start("o"), verb.end("o"), entities, periods)
            if named:
                return named
        # "fell: public finance reform (-0.02%)": the item after a colon is the measure,
        # unless it is only whose figure it is ("the slowest units: Department X (4.5%)")
        colon = text.rfind(":", start, end)
        if colon >= 0 and text[colon + 1 : end].strip():
            phrase, linked = self._phrase(text, colon + 1, end, entities, periods)
            if not phrase:
                phrase, linked = self._phrase(text, start, end, entities, periods)
        else:
            phrase, linked = self._phrase(text, start, end, entities, periods)
        phrase = self._measure_in(phrase, text, entities)
        action = ending(self.action_before, text, max(0, fig.q.start - 120), fig.q.start)
        share = self._share_of(text, fig, phrase, periods, seg_start, entities, action)
        if share is not None:
            return share
        counted = fig.q.kind == "number" and fig.unit not in ("points", "rank", "place", "")
        if counted and action:
            linked = False  # "processed a total of 52,300 records": the records processed
        if phrase and (linked or not counted):
            return phrase
        if counted:
            written = _OF_THEM.sub("", " ".join(text[fig.q.end : fig.end].split()))
            if not written:
                return phrase
            fig.attrs["_noun"] = written  # what a count after it may count too, bare
            kind_of = _OF_NP.match(text, fig.end) if fold(written) in self.cues.kind_nouns else None
            if kind_of is not None:  # "940 cases of early retirement": what the cases are
                written = f"{written} of {' '.join(kind_of['np'].split())}"
            return self._with_action(written, action) or self.with_predicate(
                written, text, fig.end, periods
            )
        m = _OF_NP.match(text, fig.end)
        if m:
            noun = " ".join(m["np"].split())
            return self._with_action(noun, action) or self.with_predicate(
                noun, text, m.end(), periods
            )
        if phrase is None and fig.unit in ("points", "%"):
            # "Quang Ninh scored 90.1 points in the PAR Index": the index the sentence names
            index = _nearest(entities, "INDEX", fig.start, sentence)
            return index.name if index is not None else None
        return phrase

    def _share_of(
        self, text, fig: Figure, phrase: str | None, periods, seg_start: int, entities, action
    ) -> str | None:
        """A share of a plural written bare after it ("settled 95% of dossiers online", "80%
        of records were digitised") measures that plural, with what its clause did to it,
        unless the words before name a measure of their own ("the rate of online filing
        reached 95% of dossiers"); a share "of the total" or "of the plan" is no such one.
        ``action`` is the verbs acting on the figure right before it ("settled")."""
        if fig.unit != "%" or fig.q.kind != "percent":
            return None
        m = self._bare_share_of.match(text, fig.end)
        if m is None:
            return None
        if phrase and any(fold(w) in self.cues.measure_heads for w in phrase.split()):
            return None
        if _nearest(entities, "INDEX", fig.start, (seg_start, fig.start)) is not None:
            return None  # "In the 2021 SIPAS, 80.35% of people ...": the index's figure
        noun = " ".join(m["np"].split())
        named = self.with_predicate(noun, text, m.end(), periods)
        if named == noun:  # "settled 95% of dossiers": the dossiers settled
            named = self._with_action(noun, action) or noun
        return named

    def _phrase(self, text, start, end, entities, periods) -> tuple[str | None, bool]:
        """The cleaned phrase of ``text[start:end]``, from its last comma-separated part when
        that part has two words or more."""
        left = text[start:end]
        # a comma inside a name ("the Department of Culture, Sports and Tourism") parts nothing
        commas = [
            m.start()
            for m in _WORD_COMMA.finditer(left)
            if not _inside_entity(start + m.start(), entities)
        ]
        if commas:
            head, tail = left[: commas[-1]], left[commas[-1] + 1 :]
            if len(tail.split()) >= 2 or not head.strip():
                start = end - len(tail)
        return self._clean(text, start, end, entities, periods)

    def carried(self, text: str, fig: Figure, previous: Figure, periods=()) -> str | None:
        """The name a figure takes from the count before it ("received 64,000 dossiers, 98.9%
        of which were settled on time": "dossiers settled on time"): the count's noun, bare,
        with what the figure's own clause says was done to it; else the count's name."""
        noun = previous.attrs.get("_noun")
        if not noun:
            return previous.metric
        named = self.with_predicate(noun, text, fig.end, periods)
        if named == noun and previous.metric and previous.metric.startswith(f"{noun} "):
            return previous.metric  # "2,051 procedures are to be cut — a rate of 42%"
        return named

    def _with_action(self, noun: str, m: regex.Match | None) -> str | None:
        """A counted noun with the verbs ``m`` found acting on it right before its figure
        ("processed a total of 347,683 records": "records processed"; "amended, supplemented
        and removed 593 procedures"); None when no such verb comes first, or only one that
        links a holder to its figure ("recorded", "reached")."""
        if m is None:
            return None
        verbs = _VERB_WORDS.findall(m["verbs"])
        if any(fold(v) in self.cues.holder_verbs for v in verbs):
            return None
        return f"{noun} {' '.join(m['verbs'].split())}"

    def with_predicate(self, noun: str, text: str, at: int, periods=()) -> str:
        """A counted noun with what its clause says was done to it ("2,500 regulations have
        been cut and simplified": "regulations cut and simplified"); the agent after "by" and
        what follows a comma stay out."""
        m = _PASSIVE.match(text, at)
        if m is None or not self._participle(m["verb"]):
            m = _ACTIVE.match(text, at)  # "... have published lists of internal procedures"
            if m is None or not self._participle(m["verb"]) or self._links_a_figure(text, m):
                return noun
        end = min([p.start for p in periods if m.start("pred") < p.start < m.end()], default=None)
        words = text[m.start("pred") : end or m.end()].split()
        if end is None and not _PREDICATE_END.match(text, m.end()):
            # the complement runs on past what is kept ("provided on the National Public
            # Service Portal"): keep the verbs, not half a name
            cut = [i for i, w in enumerate(words) if i and fold(w) in _PREPOSITIONS]
            words = words[: cut[-1]] if cut else words
        while words and (fold(words[-1]) in self.cues.empty_names | _PREPOSITIONS):
            words.pop()  # "reorganized into", "connected to the": what they lead to is cut off
        return " ".join([noun, *words]) if words else noun

    def _links_a_figure(self, text: str, m: regex.Match) -> bool:
        """A holder's verb that only leads to a figure ("14 districts scored above 80 points",
        "had 12 staff"), not a predicate of its own ("32 finished above the national average")."""
        if fold(m["verb"]) not in self.cues.holder_verbs:
            return False
        return m.end("verb") == m.end() or bool(_DIGIT_NEXT.match(text, m.end()))

    def _participle(self, word: str) -> bool:
        """A past participle: "-ed", or a metric_words.csv participle ("cut", "left")."""
        folded = fold(word)
        return folded.endswith("ed") or folded in self.cues.participles

    def _measure_in(self, phrase: str | None, text: str, entities: list[Entity]) -> str | None:
        """What ``phrase`` names as a measure: the object of a clause a holder opens
        ("Ministries recorded an online application rate": "online application rate"),
        nothing when the clause has none ("Quang Ninh ranked", "Bac Kan came last") or the
        phrase is only words that name no measure ("with a score", "again")."""
        if not phrase:
            return phrase
        phrase = _LEADING_PREPOSITION.sub("", phrase)  # "in the 2022 PCI", "with an average cost"
        if self._is_clause(phrase):
            return None  # "which Hanoi received", "were completed ahead of schedule"
        lead = self.cues.list_continuation.match(phrase)
        if lead is not None:  # "followed by public administrative procedures"
            phrase = _LEAD.sub("", phrase[lead.end() :])
            if not phrase or fold(singular(phrase.split()[-1].strip(",;:()"))) in self.holder_nouns:
                return None  # "followed by the southern provinces (of ...)"
            if any(
                e.label in _HOLDERS and text[e.start : e.end].startswith(phrase) for e in entities
            ):
                return None  # "followed by the State Bank (of Vietnam)": a holder's name

        tail = _WITH_TAIL.search(phrase)
        if tail is not None and tail["np"].split()[0].lower() in self.cues.measure_heads:
            phrase = tail["np"]  # "settled dossiers with an average handling time (of 2.5 days)"
        words = phrase.split()
        folded = [w.lower().strip(",;:()") for w in words]  # the word lists are plain ASCII
        heads = self.cues.measure_heads
        moved = next((i for i, w in enumerate(folded) if i and w in self.cues.move_verbs), None)
        if moved is not None and not self._holder(" ".join(words[:moved]), text, entities):
            # "the labour training index increased by 12 places and (1.1 points)": the index
            words, folded = words[:moved], folded[:moved]
            phrase = " ".join(words)
        named = [w for w in folded if w in heads or not self._names_nothing(w)]
        if len(named) == 1 and named[0] in heads:
            return None  # "with a value", "by an average": a measure's head alone names none
        verb = self._holder_verb(words, folded, text, entities)
        if verb is not None:
            return self._object_after(words[verb + 1 :])
        if all(self._names_nothing(w) for w in folded) or self._only_a_holder(
            phrase, text, entities
        ):
            return None  # "with a score", "had", "were 1,614", "the centre (recorded)"
        return phrase

    def _is_clause(self, phrase: str) -> bool:
        """Words that are a clause about something named before them, not a measure's name:
        they open with a name_opener ("which", "where", "were") or a perfect auxiliary
        and its participle ("has synchronised"), or end with a verb that opens a list
        ("Provinces with strong results included")."""
        folded = [fold(w).strip(',;:()"“”') for w in phrase.split()]
        if not folded:
            return False
        if folded[0] in self.cues.name_openers or folded[-1] in self.cues.list_verbs:
            return True
        return (
            folded[0] in self.cues.perfect_auxiliaries
            and len(folded) > 1
            and self._participle(folded[1])
        )

    def _holder_verb(self, words, folded, text, entities) -> int | None:
        """Where a holder's verb stands in the words ("Quang Ninh ranked", "Ministries
        recorded"): a holder_verb word with a holder before it and no "of" after it."""
        verbs = self.cues.holder_verbs.intersection(folded[1:])
        for i, word in enumerate(folded[1:], start=1):
            if word not in verbs:
                continue
            if i + 1 < len(folded) and folded[i + 1] == "of":
                continue  # "the DDCI scores of the departments": a noun
            if self._holder(" ".join(words[:i]), text, entities):
                return i
        return None

    def _object_after(self, rest: list[str]) -> str | None:
        """The measure a holder's verb takes as object ("recorded an online application
        rate"), less the articles, auxiliaries and verbs before it ("has been reduced",
        "continues taking the"); None when it names none ("came first", "scored an average
        of", "had the highest score")."""
        empty = self.cues.empty_names
        while rest and (
            fold(rest[0]).strip(",;:()") in empty
            or _VERB_FORM.fullmatch(rest[0])
            or fold(rest[0]) in self.cues.participles
        ):
            rest = rest[1:]
        if not rest or self._picks_one(rest[0]) or not rest[0][:1].isalpha():
            return None
        if all(w.lower().strip(",;:()") in self.cues.measure_heads | empty for w in rest):
            return None
        return " ".join(rest)

    def _names_nothing(self, word: str) -> bool:
        """A word (lower-cased, without its punctuation) that names no measure on its own: an
        empty_name word, a holder's verb, a verb form or adverb, a number, nothing at all."""
        return (
            not word
            or word in self.cues.empty_names
            or word in self.cues.holder_verbs
            or bool(_NAMES_NOTHING.fullmatch(word))
            or any(ch.isdigit() for ch in word)
        )

    def _picks_one(self, word: str) -> bool:
        """A word after a holder's verb that says which, not what: "(had) the most satisfied
        residents", "(made) the biggest leap", "(came) first"."""
        folded = fold(word).strip(",;:()")
        return (
            folded in self.cues.superlatives
            or folded in self.cues.holder_verbs
            or folded in ("most", "least")
            or (len(folded) > 4 and folded.endswith("est") and folded.isalpha())
        )

    def _only_a_holder(self, words: str, text: str, entities: list[Entity]) -> bool:
        """``words`` name a holder and nothing else: a place or body alone, or its noun
        ("the centre (recorded)")."""
        bare = _LEAD.sub("", words.strip())
        named = any(e.label in _HOLDERS and text[e.start : e.end] == bare for e in entities)
        return named or (len(bare.split()) == 1 and fold(bare) in self.holder_nouns)

    def _holder(self, words: str, text: str, entities: list[Entity]) -> bool:
        """``words`` name who holds a figure: a place or body, a scope it opens with, or a
        proper name ("the number of provincial-level units" names a measure)."""
        for e in entities:
            at = words.find(text[e.start : e.end]) if e.label in _HOLDERS else -1
            if at >= 0 and not any(fold(w) in self.cues.measure_heads for w in words[:at].split()):
                return True  # "Quang Ninh", "the northern province of Thai Nguyen", not "the
                # rate of online payments in Hanoi"
        m = self.cues.scope.search(words)
        if m is not None and not _LEAD.sub("", words[: m.start()]).strip():
            return True
        bare = _LEAD.sub("", words.strip()).split()
        if len(bare) == 1 and fold(bare[0]) in self.holder_nouns:
            return True
        return all(w[:1].isupper() or w in ("of", "the", "and") for w in words.split())

    def _measure_after(self, text: str, at: int, entities: list[Entity]) -> str | None:
        """The measure a score names right after itself ("5.45 points in transparency"), up to
        the next comma, semicolon or listed figure; not a place, a year or an index."""
        m = _IN_MEASURE.match(text, at)
        if m is None or any(m.start("np") <= e.start < m.end("np") for e in entities):
            return None
        return " ".join(m["np"].split())

    def measured(self, text, start, end, entities, periods) -> str | None:
        """The measured phrase written at ``text[start:end]`` (the object of "raise the online
        rate by"), cleaned as ``metric`` cleans what precedes a figure."""
        return self._clean(text, start, end, entities, periods)[0]

    def _clean(self, text, start, end, entities, periods) -> tuple[str | None, bool]:
        linked = text[start:end].rstrip().endswith(("(", ":"))
        cut_dangling = False
        for _ in range(8):
            before = (start, end)
            end = _rstrip(text, start, end)
            stripped, by_link = self._strip_link(text, start, end)
            # a link the text reaches only once a dangling word is cut ("in each of (the)
            # 34 units") leads to no figure
            linked = linked or (by_link and not cut_dangling)
            end = stripped
            end = _strip_mention(text, start, end, entities, periods, self.cues)
            dangling = ending(self.cues.dangling, text, start, end)
            if dangling is not None and dangling.start() > start:
                end = _rstrip(text, start, dangling.start())  # "latest score being", "on"
                cut_dangling = True
            pronoun = self._trailing_pronoun.search(text, start, end)
            if pronoun is not None:
                end = _rstrip(text, start, pronoun.start())  # "A year later it": "A year later"
            if (start, end) == before:
                break
        phrase = text[start:end]
        phrase = _LEAD.sub("", phrase.strip())
        if self.cues.rate_lead.match(phrase):  # "equivalent to a reduction": the reduction
            phrase = _LEAD.sub("", self.cues.rate_lead.sub("", phrase))
        for e in entities:
            if e.label in ("PROVINCE", "BODY", "LOCALITY") and phrase.startswith(
                text[e.start : e.end]
            ):
                rest = phrase[e.end - e.start :]
                if _POSSESSIVE.match(rest):
                    phrase = _LEAD.sub("", _POSSESSIVE.sub("", rest))
        phrase = " ".join(phrase.split())
        if not any(ch.isalpha() for ch in phrase) or len(phrase.split()) > _MAX_WORDS:
            return None, linked
        return phrase, linked

    def _strip_link(self, text: str, start: int, end: int) -> tuple[int, bool]:
        """The end of the phrase less a link, goal, qualifier or change cue that ends it, and
        whether the cue was a link or goal ("the number of dossiers was": the phrase names
        the measure; "activated over": a verb and a qualifier name none)."""
        near = suffix_start(text, start, end)  # the phrases end the text: look near its end
        m = ending(self.cues.cue_suffix, text, near, end)
        if m is not None and self.cues.role_of(m[0]) in ("link", "goal"):
            return _rstrip(text, start, m.start()), True
        for pattern in (self.cues.qualifier, self.cues.change):
            m = ending(pattern, text, near, end)
            if m:
                return _rstrip(text, start, m.start()), False
        return end, False

    # --- subject ------------------------------------------------------------------------
    def subject(
        self,
        text: str,
        seg_start: int,
        fig: Figure,
        entities: list[Entity],
        zones: list[tuple[int, int]],
        refs: Referents,
    ) -> tuple[str | None, str]:
        """``(subject, where)``: right after the figure (``"after"``), else nearest before it
        in its segment (``"before"``); ``(None, "none")`` when neither names one."""
        if fig.q.kind == "money":
            to = self.cues.beneficiary.match(text, fig.end)
            if to is not None:  # "VND52.3 trillion for 31 ministries and central agencies"
                return " ".join(to["g"].split()), "after"
        m = _RIGHT_PREP.match(text, fig.end)
        if m and m["field"] and fig.unit == "rank":
            m = None  # "ranked 1st among localities": the group after a position is its field
        if (
            m
            and m["agent"]
            and self._judged_before.search(text, max(seg_start, fig.start - 40), fig.start)
        ):
            # "22 agencies were assigned 1,396 positions by the Provincial People's Committee":
            # the body that assigns is no holder (metric_words.csv judging_verb)
            m = None
        word = m and _RIGHT_ADJECTIVE.match(text, m.end())
        # "100% of commune one-stop departments", "fourth in the national ranking": an
        # adjective, no scope
        adjective = word and (
            _MODIFIES_A_NOUN.match(text, word.end())
            or _index_named_at(entities, _SPACES.match(text, word.end()).end())  # "national PCI"
        )
        if m and m["owner"] and not any(e.start == m.end() and e.label == "BODY" for e in entities):
            # "90 public service units under the ministry": the body "the ministry" refers to
            owner = self._referred_after(text, m.end("owner"), refs)
            if owner is not None:
                return owner, "after"
            m = None  # "agencies under provincial People's Committees": no one body's own
        if m and not adjective and not _names_a_noun(text, m.end(), entities):
            found = self._subject_at(text, m.end(), entities, refs)
            if found is not None and not self._names_the_units(text, m.end(), found):
                return found, "after"
            across = self.cues.group_at.match(text, m.end()) if m["field"] == "across" else None
            if found is None and across is not None and not _inside_entity(m.end(), entities):
                return " ".join(across["g"].split()), "after"  # "90.59 percent across provinces"
        allotted = self._allotted_to.match(text, fig.end) or (
            self._allots_before.search(text, max(seg_start, fig.start - 40), fig.start)
            and _TO_AFTER.match(text, fig.end)
        )
        if allotted:
            found = self._subject_at(text, allotted.end(), entities, refs)
            receivers = self._receivers.match(text, allotted.end())
            if found is None and receivers is not None:
                found = " ".join(receivers[0].split())  # the receivers as written (SPEC 7)
            if found is not None:
                return found, "after"
        placed = _PASSIVE_AT.match(text, fig.end)
        if placed:
            found = self._subject_at(text, placed.end(), entities, refs)
            if found is not None and found.endswith(" level"):
                return found, "after"
        grouped = _PASSIVE_IN.match(text, fig.end)
        if grouped:
            found = self._group_scope_at(text, grouped.end(), entities)
            if found is not None:
                return found, "after"
        offered = self.cues.offered_on.match(text, fig.end)
        if offered:  # "4,400 online public services are available on the National ... Portal"
            found = _body_named_at(entities, offered.end())
            if found is not None:
                return found, "after"
        agent = _PASSIVE_BY.match(text, fig.end)
        if agent:  # "97.3% of services have been supplied by ministries and localities"
            found = self._subject_at(text, agent.end(), entities, refs)
            if found is None:  # "... collected by functional agencies": the group as written
                found = self._group_at(text, agent.end())
            if found is not None:
                return found, "after"
        reduced = _REDUCED_BY.match(text, fig.end)
        if reduced and fold(reduced["verb"]) not in self.cues.judging_verbs:
            # "100% of documents issued by the Government Office": the body that did it
            found = _body_named_at(entities, reduced.end())
            if found is not None:
                return found, "after"
        agent = ending(self.cues.agent_before, text, max(seg_start, fig.start - 160), fig.start)
        if (
            agent is not None
            and not _inside_entity(agent.start("g"), entities)
            and fold(agent["verb"]) not in self.cues.judging_verbs
        ):
            # "the rate of dossiers settled on time by provincial agencies reached 99.14%"
            return " ".join(agent["g"].split()), "before"
        # The nearest subject before the figure; of two starting together, the longer
        # ("Hanoi Public Administration Service Centre" over "Hanoi").
        best: tuple[int, int, str] | None = None
        best_entity: Entity | None = None
        aside_spans = asides(text, seg_start, fig.start, entities)
        for e in entities:
            named = e.label in _HOLDERS
            before = seg_start <= e.start < fig.start and not inside(e.start, zones)
            before = before and not inside(e.start, aside_spans)
            if (
                before
                and e.label == "BODY"
                and _AFTER_PREPOSITION.search(text, seg_start, e.start)
                and not ending(_NEXT_IN_LINE, text, max(seg_start, e.start - 30), e.start)
                and not self._index_of(text, seg_start, e.start, entities)
                and not (
                    _WITH_BEFORE.search(text, seg_start, e.start)
                    and _ITEM_FIGURE.fullmatch(text, e.end, fig.start)
                    and _BARE_NUMBER.fullmatch(text, fig.q.start, fig.q.end)
                )
            ):
                continue  # "connected with the National Public Service Portal": a channel
                # (but "..., with the Ministry of Health, 78, ...": a list item's own figure)
            # a People's Committee decides for its place as the Government does for the
            # country: what they decide to do is the place's
            acting = fold(e.name) not in self.cues.national_actors and e.kind != _PLACE_GOVERNMENT
            if before and e.label == "BODY" and self._reports(text, e.end, acting):
                continue  # "the Government Office said", "the committee decided": not the holder
            if (
                before
                and e.label == "BODY"
                and ending(self.cues.taken_over, text, max(seg_start, e.start - 30), e.start)
            ):
                continue  # "the Ministry ... took over the Mausoleum Management Board": taken
            if before and e.label == "PROVINCE" and _VENUE.search(text, seg_start, e.start):
                continue  # "a working session in Hanoi": where it happened, not whose figure
            if before and e.label == "BODY" and _SESSION_OF.search(text, seg_start, e.start):
                continue  # "at the 4th session of the 14th National Assembly": a venue
            if named and before and (best_entity is None or (e.start, e.end) > best[:2]):
                best, best_entity = (e.start, e.end, e.name), e
        located = None
        if best_entity is not None and best_entity.label != "BODY":
            located = _located_body(text, best_entity, entities)
            noun = self.cues.place_noun.match(text, best_entity.end)
            after = noun.end() if noun else best_entity.end
            if located is not None and self._reports(text, after, acting=True):
                located = None  # "the Department of Health of X province said": it reports
        if located is not None:  # "the centre of Rach Gia Ward in An Giang province"
            best = (best_entity.start, best_entity.end, located.name)
        # "People's participation at the grassroots level (5.5787 points)": a level inside
        # the name of what a bracketed figure measures is no holder
        named_from = _bracket_item_start(text, seg_start, fig.start)
        for m in self.cues.scope.finditer(text, seg_start, fig.start):
            if inside(m.start(), zones) or _inside_entity(m.start(), entities):
                continue
            if (
                named_from is not None
                and m.start() >= named_from
                and not _ONLY_LINKS.fullmatch(text, named_from, m.start())
            ):
                continue  # (a scope the item opens with, "at the district level (97.2%)", holds)
            if _inside_entity(m.end() - 1, entities):
                continue  # "The Commune People's Committee": a body's name, no scope
            if (
                fig.unit == "points"
                and _SCORE_LINK.fullmatch(text, m.end(), fig.start)
                and not self._measure_word_before(text, seg_start, m.start())
            ):
                continue  # "Participation at the grassroots level is 5.43 points": the measure
                # ("the score at the commune level was 8.2": the level's score)
            if _modifier_scope(text, m):
                continue  # "provincial-level units", "the commune police", "the ward's centre"
            if _NATIONAL.fullmatch(m[0]) and self.cues.ranking_described.match(text, m.end()):
                continue  # "Da Nang ranked fourth in the national ranking, scoring ...": the field
            if _COUNTED.search(text, seg_start, m.start()):
                continue  # "the number of ministries ... to 22": what is counted, not who
            if ending(self.cues.merged_object, text, seg_start, m.start()):
                continue  # "plans to merge provinces and cities, slashing …": what is merged
            if ending(self.cues.classed_in, text, seg_start, m.start()):
                continue  # "axes in the group of provinces with the highest scores": a class
            if best is not None and self._field.search(text, seg_start, m.start()):
                continue  # "Hue claimed the top spot among 63 localities": the field, not who
            if ending(self.cues.partner_before, text, max(seg_start, m.start() - 60), m.start()):
                continue  # "coordinate with relevant units and localities to raise ...": helpers
            if ending(self.cues.ranked_among, text, max(seg_start, m.start() - 60), m.start()):
                continue  # "ranking among the top 7 localities with a 100% score": the group
                # the holder is one of, named before or not
            if best is not None and _LOCATED_SCOPE.search(text, seg_start, m.start()):
                continue  # "the centre and its branches in all communes and wards": where
            if best is not None and ending(_OWNER_OF_NOUN, text, seg_start, m.start()):
                continue  # "Ben Tre led the table of the results of provinces and cities
                # with 47.2 points": whose results, not who holds the figure
            if (
                best is not None
                and best[2].endswith(" level")
                and self.cues.scopes.get(fold(m[0])) in PLACE_REFERENCES
                and _LEVEL_OPENS.fullmatch(text, seg_start, best[0])
            ):
                continue  # "At the district level, the whole province has 116 ...": the level
            subject = self._scope(m[0], refs, m.start())
            level = _LEVEL_BEFORE.search(text, max(seg_start, m.start() - 20), m.start())
            if level is not None and subject == self.cues.scopes[fold(m[0])] != "national":
                subject = f"{level[1]} {subject}"  # "central-level ministries and agencies"
            ranked = ending(_RANKED_IN, text, max(0, m.start() - 40), m.start())
            if subject == "national" and ranked:
                continue  # "ranking first nationwide": the field of the rank
            if subject == "national" and ending(_POSSESSED, text, seg_start, m.start()):
                continue  # "Quang Ninh kept its nationwide lead": what the holder has
            if (
                best is not None
                and subject == "national"
                and self._field_wide.search(text, seg_start, m.start())
            ):
                continue  # "topped among 34 provinces and cities nationwide": the field
            if subject == "national" and ending(
                self._best_in, text, max(seg_start, m.start() - 60), m.start()
            ):
                continue  # "scored highest nationwide": the field compared across
            if (
                best is not None
                and subject == "national"
                and _WHERE.search(text, seg_start, m.start())
            ):
                continue  # "Thua Thien-Hue Province in central Vietnam": where the holder lies
            if best is not None and subject == "national" and _EXEMPLAR.match(text, best[1]):
                continue  # "Da Nang is a typical example ... nationwide": the field it leads
            if subject and self._names_the_units(text, m.start(), subject):
                continue  # "135 units at the commune level, of which 25 wards": which units
            if subject and (best is None or m.start() > best[0]):
                best = (m.start(), m.end(), subject)
        if (
            best
            and best[2].endswith(" level")
            and fold(fig.unit) in self.cues.leveled_units
            and self._whole_country_after(text, fig)
        ):
            # "at the commune level, there are 10,035 communes nationwide": the level says
            # which units, the country holds them
            return "national", "after"
        if best:
            return best[2], "before"
        if fig.q.kind == "number" and self._whole_country_after(text, fig):
            return "national", "after"  # "7 million people nationwide receive ...": no holder
        return None, "none"

    @staticmethod
    def _index_of(text: str, start: int, at: int, entities: list[Entity]) -> bool:
        """An index is named right before "of (the)" and the body at ``at`` ("the PAR Index 2015
        of the Ministry of Finance"): the body is whose result it is, no channel."""
        of = _OF_THE_BEFORE.search(text, start, at)
        if of is None:
            return False
        return any(
            e.label == "INDEX"
            and start <= e.start
            and e.end <= of.start()
            and _INDEX_TAIL.fullmatch(text, e.end, of.start())
            for e in entities
        )

    def _measure_word_before(self, text: str, start: int, at: int) -> bool:
        """The word before the preposition that opens the scope at ``at`` is a measure's head
        ("the score at the commune level")."""
        words = _WORD.findall(text, start, at)
        return len(words) >= 2 and fold(words[-2]) in self.cues.measure_heads

    def _reports(self, text: str, at: int, acting: bool = False) -> bool:
        """A report verb follows the body ending at ``at``, or the name of its official does
        ("Director of the Department for Administrative Reform Pham Minh Hung said").
        An ``acting`` body does what it decides to do ("decided to cut 675 conditions")."""
        name = _OFFICIAL_NAME.match(text, at)
        verb = self.cues.report_verb.match(text, name.end() if name else at)
        # "The ministry reported a disbursement rate of 53.95%": what it reports is its own
        if verb is None:
            return False
        word = fold(verb[0].split()[-1])
        if acting and word in self.cues.decision_verbs and _DECIDED_TO.match(text, verb.end()):
            return False  # "the ministry decided to cut 675 conditions": it acts itself
        if acting and word in self.cues.approval_verbs and _COUNT_NEXT.match(text, verb.end()):
            return False  # "the department approved 68 internal procedures": its own act
        own = word in self.cues.record_verbs
        return name is not None or not (own and _OWN_RECORD.match(text, verb.end()))

    def after_opening(self, text, fig, sentence, entities) -> str | None:
        """The holder named right after an opening phrase that holds the figure ("With 63.76
        points, the PCI of Hung Yen ...", "Claiming 0.4736 points, the Academy ...")."""
        comma = _OPENING.match(text, fig.end, sentence[1])
        if comma is None or not self._opening_lead.fullmatch(text, sentence[0], fig.start):
            return None
        after = [
            e
            for e in entities
            if comma.end() <= e.start < sentence[1] and e.label in _HOLDERS and e.label != "REGION"
        ]
        if not after:
            return None
        first = min(after, key=lambda e: (e.start, -e.end))
        # only the clause that follows the comma, up to its verb
        return first.name if first.start - comma.end() <= 40 else None

    def _names_the_units(self, text: str, at: int, subject: str) -> bool:
        """The level scope at ``at`` follows counted units and says which units, not whose
        figure: "78 administrative units at the commune level" belong to the province of
        the clause. The noun may end the segment before the scope's."""
        if not subject.endswith(" level"):
            return False
        m = _UNIT_BEFORE_LEVEL.search(text, max(0, at - 40), at)
        if m is None:
            return False
        words = fold(m["noun"]).split()
        return any(
            " ".join(words[i:]).removesuffix("s") in self.cues.leveled_units
            for i in range(len(words))
        )

    def _group_at(self, text: str, at: int) -> str | None:
        """A plural group of bodies or units starting at ``at`` ("functional agencies",
        "specialised departments"), as written; None for one body or unit."""
        window = text[at : at + 80]
        m = self.cues.organ_count.match(window)
        if m is None or not m[0].rstrip().endswith("s") or window[m.end() : m.end() + 1].isalnum():
            return None
        return " ".join(m[0].split())

    def _subject_at(self, text, at, entities, refs: Referents) -> str | None:
        found = [e for e in entities if e.start == at and e.label in _OPENING_HOLDERS]
        if found:
            return max(found, key=lambda e: e.end).name
        m = self.cues.scope.match(text, at)
        if m is None or _inside_entity(m.end() - 1, entities):
            return None  # "The Commune People's Committee": a body's name, no scope
        centres = self.cues.service_group.match(text, m.end())
        if centres is not None and self._scope(m[0], refs, at).endswith(" level"):
            # "Commune-level public administration service centres took in ...": the
            # centres' own figures, the group as written (SPEC 7)
            the = _THE.match(m[0])
            return " ".join(text[at + (the.end() if the else 0) : centres.end()].split())
        if _THE.match(m[0]) and _modifier_scope(text, m):
            return None  # "the commune police" ("Commune-level centres" name their level)
        return self._scope(m[0], refs, at)

    def _whole_country_after(self, text: str, fig: Figure) -> bool:
        """A scope phrase of the whole country follows a count and its noun with no
        preposition ("7 million people nationwide", "units countrywide"); never the adjective
        ("7 national databases"), nor the field a rank or a part of a whole is placed in
        ("ranked 25th nationwide", "12 out of 63 localities nationwide")."""
        if fig.unit in NOT_COUNTS or fig.out_of is not None:
            return False
        m = self.cues.scope.match(text, _SPACES.match(text, fig.end).end())
        if m is None or _RIGHT_ADJECTIVE.fullmatch(m[0]):
            return False
        return self.cues.scopes.get(fold(m[0])) == "national"

    def _group_scope_at(self, text: str, at: int, entities: list[Entity]) -> str | None:
        """The group a scope phrase starting at ``at`` names ("provinces and cities"); none
        for a place, a level, a reference back or the whole country."""
        m = self.cues.scope.match(text, at)
        if m is None or _inside_entity(m.end() - 1, entities):
            return None
        subject = self.group_scope(m[0])
        if subject is None or subject == "national" or subject.endswith(" level"):
            return None
        return subject

    def group_scope(self, group: str) -> str | None:
        """The subject a counted group gives when it is a scope phrase whole ("provinces and
        cities"), none for a reference back ("the province") or any other group."""
        subject = self.cues.scopes.get(fold(group))
        return None if subject is None or subject.startswith("@") else subject

    def _scope(self, phrase: str, refs: Referents, at: int) -> str | None:
        """The subject a scope phrase gives; "the province" refers back to the place named
        last before ``at``, "the city" to the city (SPEC 7)."""
        subject = self.cues.scopes[fold(phrase)]
        if subject == "@article":
            return refs.place_before(at)
        if subject == "@city":
            return refs.city_before(at)
        if subject == "@locality":  # "the commune": the one named before, else the level
            return refs.locality_before(at, fold(phrase).split()[-1]) or self.cues.level_scope(
                phrase
            )
        return subject

    def opening_group(self, text: str, start: int, at: int, entities) -> str | None:
        """The group of bodies or people a clause opens with as its subject, before its verb
        and the figure at ``at`` ("Local governments, in their authority, abridged 3,636
        procedures"): the group as written (SPEC 7); none when a body's name holds it."""
        m = self.cues.opening_group.match(text, start, at)
        if m is None or _inside_entity(m.start("g"), entities) or " " not in m["g"].strip():
            return None  # a bare "agencies" names no group apart from the page's holder
        if any(m.start("g") <= e.start < m.end("g") for e in entities):
            return None  # "... of Hanoi": a place or body inside names the holder
        if self.cues.report_verb.match(text, m.end() - 1):
            return None  # "Officials said 3,000 dossiers ...": who tells, not who holds
        if self.cues.average_verb.match(text, m.end() - 1):
            return None  # "Provinces and cities averaged 86.98%": the country's average
        return " ".join(m["g"].split())

    def opening_holder(self, text, start, end, entities) -> str | None:
        """The place or body a sentence opens with as its grammatical subject ("Similarly,
        An Phu Commune's Public Administration Center has ...")."""
        for e in entities:
            if e.start >= end:
                break
            if e.start >= start and e.label in _OPENING_HOLDERS:
                if _BEFORE_HOLDER.fullmatch(text, start, e.start):
                    return e.name
                return None
        return None

    def lead_service_body(self, text, lead, entities) -> str | None:
        """The service centre or portal the first sentence with a figure of the ``lead``
        paragraphs opens on as its subject ("Long An Public Administration Service Center
        received ...")."""
        for start, end in lead:
            if not _DIGIT.search(text, start, end):
                continue
            spans = self.cues.sentences(text, start, end)
            first = spans[0][1] if spans else end
            # of two names starting together, the longer ("Long An Public Administration
            # Service Center" over "Long An")
            for e in sorted(entities, key=lambda e: (e.start, -e.end)):
                if e.start >= first:
                    break
                if e.start >= start and e.label in _OPENING_HOLDERS:
                    opens = _BEFORE_LEAD_HOLDER.fullmatch(text, start, e.start)
                    return e.name if opens and e.kind in _SERVICE_KINDS else None
            return None
        return None

    def speaker_body(self, text: str, start: int, fig: Figure, entities) -> str | None:
        """The service centre or portal a report of the figure comes from, named in its
        sentence before the report verb ("Mr. Luan, Deputy Director of the Public
        Administration Service Center, said that receiving 2,330 dossiers ..."): a centre's
        own figures (SPEC 7), when nothing between the verb and the figure names a holder."""
        verb = next(reversed(list(self.cues.speaker_verb.finditer(text, start, fig.start))), None)
        if verb is None:
            return None
        named = [e for e in entities if start <= e.start and e.end <= verb.start()]
        if any(verb.end() <= e.start < fig.start for e in entities if e.label in _OPENING_HOLDERS):
            return None
        services = [e for e in named if e.label == "BODY" and e.kind in _SERVICE_KINDS]
        return services[-1].name if services else None

    def channel_body(self, text: str, fig: Figure, entities) -> str | None:
        """The portal what the figure counts was sent through, named right after it ("4,200
        documents were submitted online to the National Public Service Portal")."""
        sent = self.cues.sent_through.match(text, fig.end)
        return _body_named_at(entities, sent.end(), "portal") if sent else None

    def headline_body(self, text, title, entities) -> str | None:
        """The body a headline opens on as the one that acts ("Ministry of Public Security
        saves VND3.5 trillion ...", "Cat Hai service centre settles 6,400 dossiers online"):
        a ministry, agency, department, service centre or portal followed by a verb of its
        own, not one of reporting ("Ministry of Home Affairs announces ...")."""
        if title is None:
            return None
        start, end = title
        for e in sorted(entities, key=lambda e: (e.start, -e.end)):
            if e.start >= end:
                break
            if e.start < start or e.label != "BODY":
                continue
            if e.kind not in _ACTING_KINDS or not _BEFORE_HOLDER.fullmatch(text, start, e.start):
                return None
            if _TOPIC_COLON.match(text, e.end, end):
                return e.name  # "Dong Xoai Ward Service Center: A highlight in ...": its topic
            verb = _LOWER_WORD.match(text, e.end, end)
            if verb is None or self.cues.report_verb.match(text, e.end, end):
                return None
            return e.name
        return None

    def lead_subject(self, text, start, end, entities, refs: Referents) -> str | None:
        """The subject a sentence opens with ("In Ha Tinh, ...", "Ha Tinh ranks ...")."""
        m = _LEAD_PREP.match(text[start:end])
        at = start + (m.end() if m else 0)
        found = self._subject_at(text, at, entities, refs)
        if found is None:
            return None
        if m and m[0].strip():
            return found if _UNTIL_COMMA.match(text[at:end]) else None
        return found


# The kinds of body whose own work an article that opens on them reports.
_SERVICE_KINDS = frozenset({"service_centre", "portal"})
# ... and those whose own work a headline that opens on them reports (a Party body, a
# council, an assembly or the Government acts for the country or a province).
_ACTING_KINDS = _SERVICE_KINDS | {"ministry", "agency", "department"}
# A verb right after a name: a word in small letters that is no preposition or conjunction.
_LOWER_WORD = regex.compile(
    r"\s+(?!(?:of|in|on|at|for|and|or|to|with|under|from)\b)\p{Ll}[\p{Ll}-]+\b"
)
_DIGIT = regex.compile(r"\d")
# A headline that names a body, then a colon, is about that body.
_TOPIC_COLON = regex.compile(r"\s*:\s")
# What a lead may open with before its holder: "In the first 6 months of the year, ", "(HBO) - ".
_BEFORE_LEAD_HOLDER = regex.compile(
    # (the source tag is page furniture, so the paragraph may start at its dash)
    r"\s*(?:(?:\(\p{Lu}+\)\s*)?[-–—]\s*)?(?:[^,.;:()]{1,60},\s+)?(?:the\s+)?",
    regex.IGNORECASE,
)
# The entities a sentence may open on as the holder of its figures (a region holds none).
_OPENING_HOLDERS = ("PROVINCE", "BODY", "LOCALITY")
# What may stand before the holder a sentence opens with: "Similarly, the", "The".
_BEFORE_HOLDER = regex.compile(r"(?:\p{L}+,\s+)?(?:the\s+)?", regex.IGNORECASE)


# A comma between words, not the thousands separator of "14,000".
_WORD_COMMA = regex.compile(r"(?<!\d),|,(?!\d)")

_ASIDE = regex.compile(
    r",\s(?:formed|created|made up|merged|which|who|including|comprising|"
    # a list of names may run on inside it: "formed by merging Lam Dong, Dak Nong and ..."
    r"consisting|with|after|like|such as)\b[^,;]*(?:,\s+(?=\p{Lu})[^,;]*)*,|\([^()]*\)"
)
# An apposition that describes the place or body right before it: "Hue, the old capital north
# of Da Nang and Quang Nam, came second" (a number's comma, as in "21,500", closes none).
_APPOSITION = regex.compile(r",\s(?:the|a|an)\s(?=\p{Ll})[^,;.:!?\d]{1,100},(?=\s)")


_UNIT_BEFORE_LEVEL = regex.compile(r"(?P<noun>\p{L}+(?:\s\p{L}+)?)\s+(?:at|in)\s+(?:the\s+)?$")

# Scope words that can be adjectives ("provincial", "commune-level") ...
_ADJECTIVE_SCOPE = regex.compile(
    r"(?:the\s+)?(?:\w+-level|provincial|district|commune|communal|ward)", regex.I
)
# ... and, right after a figure, "national" too ("ranked fourth in the national ranking")
_RIGHT_ADJECTIVE = regex.compile(rf"{_ADJECTIVE_SCOPE.pattern}|national", regex.I)
# ... and are one when the next word is a noun they describe.
_NOT_DESCRIBED = (
    r"was|were|is|are|has|had|have|reached|stood|accounted|and|or|with|of|in|at|"
    r"to|for|on|by|the|as|while|but|which|that|level|levels"
)
# ("the national PCI rankings": an index's short name may stand between)
_MODIFIES_A_NOUN = regex.compile(
    rf"\s+(?:\p{{Lu}}[\p{{Lu}}\d-]{{1,7}}\s+)?(?!(?:{_NOT_DESCRIBED})\b)[a-z][a-z'-]+"
)
# No verb next: "the UN said", "the commune received", "the ward will".
_NO_VERB = rf"(?!(?:{_NOT_DESCRIBED}|said|says|will|would|could|can|may|must)\b)(?!\p{{L}}+ed\b)"
# A lower-case noun after a name: "UN e-government index".
_NOUN_AFTER = regex.compile(rf"\s+{_NO_VERB}[a-z][a-z'-]+")
# "the commune" before a capitalised word of a name ("the Commune People's Committee") or
# a noun ("the commune police").
_MODIFIES_A_NAME = regex.compile(rf"\s+{_NO_VERB}\p{{L}}[\p{{L}}'’-]+", regex.IGNORECASE)


# Before a level scope that opens its clause: "At the", "Meanwhile, at the".
_LEVEL_OPENS = regex.compile(r"\s*(?:\p{L}+,\s+)?(?:at|in|for)\s+(?:the\s+)?", regex.IGNORECASE)
# A level written before a group a scope names ("central-level ministries and agencies"):
# a qualifier the subject keeps (SPEC 7).
_LEVEL_BEFORE = regex.compile(r"\b(\p{L}+-level)\s+$", regex.IGNORECASE)
# A capitalised word of a name right after a scope adjective.
_CAPITALISED_NEXT = regex.compile(r"\s+\p{Lu}[\p{L}'’-]+")
_POSSESSIVE_S = regex.compile(r"['’]s\b")
_THE = regex.compile(r"the\s", regex.IGNORECASE)


def _body_named_at(entities: list[Entity], at: int, kind: str | None = None) -> str | None:
    """The name of the body (of ``kind``, if given) whose mention starts at ``at``."""
    return next(
        (
            e.name
            for e in entities
            if e.start == at and e.label == "BODY" and (kind is None or e.kind == kind)
        ),
        None,
    )


def _names_a_noun(text: str, at: int, entities) -> bool:
    """A body named at ``at`` only to describe the noun after it ("two places in UN
    e-government index"): no holder."""
    return any(
        e.start == at and e.label == "BODY" and _NOUN_AFTER.match(text, e.end) for e in entities
    )


def _modifier_scope(text: str, m: regex.Match) -> bool:
    """A scope word that describes the noun after it ("provincial-level units", "the commune
    police", "the Commune People's Committee", "the ward's centre"): no scope of its own."""
    if not _ADJECTIVE_SCOPE.fullmatch(m[0]):
        return False
    if _POSSESSIVE_S.match(text, m.end()) or _MODIFIES_A_NOUN.match(text, m.end()):
        return True
    # "the commune" and "central-level" also before a name's capitalised word ("four
    # central-level Party organisations"), but not before a verb; a bare "provincial" before
    # one describes the name ("the provincial Public Service Portal", "the index group on
    # Provincial Digital Awareness")
    return bool(
        (_THE.match(m[0]) or m[0].lower().endswith("-level"))
        and _MODIFIES_A_NAME.match(text, m.end())
    ) or bool(_CAPITALISED_NEXT.match(text, m.end()))


def _index_named_at(entities: list[Entity], at: int) -> bool:
    """An index's name begins at ``at``."""
    return any(e.label == "INDEX" and e.start == at for e in entities)


# "national" before the ranking it describes (metric_words.csv ranking_noun): the field.
_NATIONAL = regex.compile(r"(?:the\s+)?national", regex.IGNORECASE)
# "A report from the agency", "as per the centre": the body cited, not the holder.
_CITED = regex.compile(
    r"\b(?:per|(?:report|reports|data|statistics|figures)\s+from)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
# A person's name after a post's body: two to five capitalised words.
_OFFICIAL_NAME = regex.compile(r"(?:\s+\p{Lu}[\p{Ll}]+){2,5}(?=\s)")
# "According to (the report of) the": a cited source ends the text before a body.
_ACCORDING = regex.compile(r"\baccording\s+to\b[^,;:.]{0,60}$", regex.IGNORECASE | regex.REVERSE)
# "followed by the Department of Health with 67.91 points": the next in a ranking holds it.
_NEXT_IN_LINE = regex.compile(
    r"\b(?:followed|trailed|joined)\s+(?:closely\s+)?by\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_WORD = regex.compile(r"[\p{L}'’-]+")
# A level that ends the name of what a score measures, right before its verb: "People's
# participation at the grassroots level is 5.43 points".
_SCORE_LINK = regex.compile(r"\s*(?:is|was|reached|stood\s+at|scored)\s+(?:at\s+)?", regex.I)
# Between a list item's name and its figure: "with the Ministry of Health, 78".
_ITEM_FIGURE = regex.compile(r"\s*,\s*")
_WITH_BEFORE = regex.compile(r"\bwith\s+(?:the\s+)?$", regex.IGNORECASE)
_WITH_ASIDE = regex.compile(r",\s+with\b", regex.IGNORECASE)
_BARE_NUMBER = regex.compile(r"[\d.,]+")
# ... one that makes it a channel or a recipient, not where the figure is held ("at the
# centre", "units in the Ministry" hold it).
_CHANNELS = "through|via|with|to|into|onto|from"
_CHANNEL_BEFORE = regex.compile(rf"\b(?:{_CHANNELS})\s+$", regex.IGNORECASE | regex.REVERSE)
# A preposition right before "the": what follows is its object.
_OBJECT_OF_PREPOSITION = regex.compile(
    rf"\b(?:{_CHANNELS}|on|by|under|per|in|of|for|at|about|over|across|within|among|than|"
    r"regarding|concerning)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
# "(the PAR Index) of the (Ministry of Finance)"; between the index and "of", at most its year.
_OF_THE_BEFORE = regex.compile(r"\s+of\s+(?:the\s+)?$", regex.IGNORECASE | regex.REVERSE)
_INDEX_TAIL = regex.compile(r"(?:\s+(?:19|20)\d\d)?")
_AFTER_PREPOSITION = regex.compile(
    r"\b(?:on|through|via|with|to|into|onto|by|from|under|per|in\s+the|of\s+the)\s+(?:the\s+|an?\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)


def asides(text: str, start: int, end: int, entities: list[Entity] = ()) -> list[tuple[int, int]]:
    """Parenthetical asides before a figure ("Dak Lak, formed from Dak Lak and Phu Yen,"),
    and appositions right after one of ``entities`` ("Hue, the old capital ...,"):
    the places they name are not what the figure is about; but ", with the Ministry of
    Health, 78": the figure right after the closing comma is that item's own."""
    found = [
        m.span()
        for m in _ASIDE.finditer(text, start, end)
        if text[m.end() : end].strip() or not _WITH_ASIDE.match(m[0])
    ]
    if entities and "," in text[start:end]:
        ends = {e.end for e in entities if e.label in _HOLDERS}
        found += [m.span() for m in _APPOSITION.finditer(text, start, end) if m.start() in ends]
    return found


def _rstrip(text: str, start: int, end: int) -> int:
    m = ending(_TRAIL, text, start, end)
    return m.start() if m else end


def _strip_mention(text, start, end, entities, periods, cues) -> int:
    """Drop a scope, a named subject or a period that ends the phrase, with its preposition."""
    cut = None
    for e in entities:
        if e.end == end and e.start >= start and e.label != "INDEX":
            cut = e.start
    for p in periods:
        if p.end == end and p.start >= start:
            cut = p.start
    m = ending(cues.scope_suffix, text, suffix_start(text, start, end), end)
    if m is not None and m.end() == end:
        cut = m.start()
    if cut is None:
        return end
    prep = ending(_PREP, text, start, cut)
    return _rstrip(text, start, prep.start() if prep else cut)


def index_named_after(text: str, at: int, entities: list[Entity]) -> Entity | None:
    """The index named right after ``at`` ("in the 2024 PAR Index", ", of the PCI")."""
    lead = _INDEX_LEAD.match(text, at)
    if lead is None:
        return None
    return next((e for e in entities if e.label == "INDEX" and e.start == lead.end()), None)


def _nearest(entities: list[Entity], label: str, at: int, span: tuple[int, int]) -> Entity | None:
    found = [e for e in entities if e.label == label and span[0] <= e.start < span[1]]
    if not found:
        return None
    return min(found, key=lambda e: abs(e.start - at))


# A scope after "in (all)": where a holder named before works, not another holder.
_LOCATED_SCOPE = regex.compile(r"\b(?:in|across|at)\s+(?:all\s+|the\s+|its\s+|their\s+)?$")
# A possessive right before a scope: the scope describes what its owner has.
_POSSESSED = regex.compile(r"\b(?:its|their|his|her)\s+$", regex.I | regex.REVERSE)
# A plural noun, "of" and up to one word before a scope: the scope owns that noun.
_OWNER_OF_NOUN = regex.compile(r"\p{Ll}{3,}s\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?$", regex.REVERSE)
# Between a body and the place it lies in: "... Centre of Rach Gia Ward in An Giang province".
_LOCATED_IN = regex.compile(r"\s*,?\s*in\s+(?:the\s+)?", regex.IGNORECASE)
# ... or a department's or centre's place after "of": "the Department of Health of Hai Duong
# province" (a place's People's Committee or Party committee acts for the place instead)
_OF_PLACE = regex.compile(r"\s+of\s+(?:the\s+)?", regex.IGNORECASE)
_OWN_PLACE_KINDS = frozenset({"department", "service_centre"})


def _located_body(text: str, place: Entity, entities: list[Entity]) -> Entity | None:
    """The body a place only locates ("the ... Centre of Rach Gia Ward in An Giang
    province", "the Department of Health of Hai Duong province"): the body's work or state
    is the figure's, not the province's."""
    return next(
        (
            e
            for e in entities
            if e.label == "BODY"
            and e.end <= place.start
            and (
                _LOCATED_IN.fullmatch(text, e.end, place.start)
                or (e.kind in _OWN_PLACE_KINDS and _OF_PLACE.fullmatch(text, e.end, place.start))
            )
        ),
        None,
    )


def inside(pos: int, zones: list[tuple[int, int]]) -> bool:
    """``pos`` falls in one of ``zones`` (start, end)."""
    return any(s <= pos < e for s, e in zones)


def _bracket_item_start(text: str, start: int, at: int) -> int | None:
    """Where the item a bracketed figure at ``at`` measures begins in a list of named items
    after a colon ("... the highest scores: People's participation at the grassroots level
    (5.5787 points); ..."), or in a bracket ("3 indicators (participation at the grassroots
    level (0.02 points), ...)"), after the last ";", ":" or "," (or that bracket) before the
    figure's bracket; None when the figure is no bracketed item of such a list."""
    m = _OPEN_BRACKET_BEFORE.search(text, start, at)
    if m is None:
        return None
    outer = open_bracket(text, start, m.start())
    if outer < 0 and text.rfind(":", start, m.start()) < 0:
        return None
    cut = max(outer, *(text.rfind(mark, start, m.start()) for mark in ";:,"))
    return max(cut + 1, start)


_OPEN_BRACKET_BEFORE = regex.compile(r"\(\s*$")
_ONLY_LINKS = regex.compile(r"\s*(?:(?:and|or|at|in|of|for|the|while|but)\s+)*", regex.IGNORECASE)


def _inside_entity(pos: int, entities: list[Entity]) -> bool:
    return any(e.start <= pos < e.end for e in entities)


def _action_before(participles: frozenset[str]) -> regex.Pattern:
    """Past-tense verbs right before a figure, then what may stand between them and it:
    "amended, supplemented and removed (593 procedures)", "cut and simplified (628 ...)",
    "processed a total of (347,683)"; not after a modal or "not" ("must not exceed")."""
    verb = rf"(?-i:\p{{Ll}}+ed|{'|'.join(sorted(participles))})"
    return regex.compile(  # matched from the end (see ``ending``): it ends the text
        r"(?<![\w-])(?<!\b(?:not|to|will|would|must|can|could|may|should|shall)\s+)"
        rf"(?P<verbs>{verb}(?:,\s+{verb})*(?:,?\s+(?:and|or)\s+{verb})?)"
        r"\s+(?:(?:a\s+total\s+of|about|around|approximately|over|more\s+than|nearly|almost"
        r"|some|up\s+to|at\s+least|only|just|another)\s+)?$",
        regex.IGNORECASE | regex.REVERSE,
    )
