"""Read the figures of one clause: value, unit, rank, qualifier and role.

A figure's role comes from the words around it: a change ("up 2.7%"), an
average ("the national average is 38.26%"), an earlier value ("compared to
2022 - only 0.77%"), a goal beside a result ("the target of 90%"), or a metric
of its own (``primary``). What the figure is about is left to the reader.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

import regex

from ..anchors import Anchors, windows
from ..dates import MONTH_NAMES
from ..numbers import (
    FRACTION_WORDS,
    ORDINAL_VALUES,
    ORDINAL_WORDS,
    PERCENT_WORDS,
    WORD_VALUES,
    Quantity,
    is_year,
    matches_at,
    parse_digits,
    plausible,
)
from ..text import POSSESSIVES, fold, singular
from .cues import (
    COMPARED,
    EARLIER_TIME,
    LONGEST_CUE,
    NUMBER_WORDS,
    MetricCues,
    ending,
    phrase_pattern,
    suffix_start,
)
from .model import NOT_COUNTS, PRIMARY, Entity, Figure
from .periods import PeriodMention
from .phrases import index_named_after
from .sentences import open_bracket

# Characters around a sample word where its chain may lie: a chain is a count and a few
# words before or after the phrase (at most about 25 words by its pattern)
_SAMPLE_REACH = 600
# The direction a move in places gives after its count: "4 places higher", "7 places lower".
# ("3 places down to 45th" is a move to the rank after "to", read as such)
_MOVE_AFTER = regex.compile(r"\s+(?P<d>higher|lower|up|down)\b(?!\s+to\b)", regex.IGNORECASE)
# What may follow a rank position: punctuation or the words that open its scope (its total
# and its rank noun are metric_ranks.csv rows).
_RANK_FOLLOW = regex.compile(
    r"^\s*(?:(?:(?:once\s+)?again|also|jointly)\b\s*)?"  # "ranked second again in 2023",
    # "ranked 13th (down seven places)"
    r"(?:$|[,.;:()\-–—]|(?:in|among|out|of|on|for|with|and|across|behind|after|overall|"
    r"nationwide|nationally|globally|worldwide|regionally|among|amongst|as|at|by|this|last|"
    r"while|but|ahead|respectively)\b"
    # "up from 15th the previous year", "from number 15 a year earlier": an earlier rank's time
    rf"|{EARLIER_TIME}\b"
    r"|from\s+(?:the\s+)?(?:\d|number\b|No\b))",  # "rose to 4th from 15th"
    regex.IGNORECASE,
)
# "and 45.7 points", ", 61.5 and 71 percent": the next figures of a list, up to the unit.
_NEXT_FIGURE = regex.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)\d[\d.,]*(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)"
    r"\d[\d.,]*){0,12}(?:\s*(?P<u>%|per\s?cent\b|percent\b|points?\b))?",
    regex.IGNORECASE,
)
# A figure's own hyphenated modifier, then the next figure with one of its own: "615 level-3
# and 905 level-4 online services", "12 district-level and 40 commune-level units".
_NEXT_MODIFIED = regex.compile(
    r"\s+(?P<mod>\p{L}[\p{L}\d]*-[\p{L}\d-]+)\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)"
    r"\d[\d.,]*\s+(?P<theirs>\p{L}[\p{L}\d]*-[\p{L}\d-]+)\s+"
)
# "second and third", "4th, 5th": the ordinal right after a coordinated one.
_NEXT_ORDINAL = regex.compile(
    r"\s*(?:,\s*|\s+(?:and|or)\s+)(?:\d+(?:st|nd|rd|th)|"
    + "|".join(regex.escape(w) for w in sorted(ORDINAL_VALUES, key=len, reverse=True))
    + r")\b",
    regex.IGNORECASE,
)
_SCOPE_STOP = (
    r"in|on|at|for|with|across|nationwide|by|as|the|after|behind|according|since|from|this|that|"
    r"which|last|while|but|and\s+(?:\d|first|second|third)|was|were|is|are|ranking|ranked"
)
# (a scope never opens on a conjunction: "38/63 or 84%" is a rank, then its score; two nouns
# joined by a slash are one: "out of 63 provinces/cities")
_RANK_SCOPE = regex.compile(
    rf"\s*(?P<scope>(?!(?:{_SCOPE_STOP}|and|or)\b)\p{{Ll}}[\p{{L}}-]*(?:/\p{{Ll}}[\p{{L}}-]*)?"
    rf"(?:\s+(?:and\s+)?(?!(?:{_SCOPE_STOP})\b)\p{{Ll}}[\p{{L}}-]*(?:/\p{{Ll}}[\p{{L}}-]*)?){{0,5}})"
    r"(?:\s+(?:nationwide|in\s+the\s+(?:whole\s+)?country|across\s+the\s+country))?"
)
_REGION_TAIL = regex.compile(
    r"^\s*(?:in|among)\s+(?:the\s+)?(?P<r>(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:region|group|area))"
)
_PLACE_OF = regex.compile(r"^\s*(?:in|among)\s+(?:the\s+)?$")
_OF_THEM = regex.compile(r"^\s*of\s+(?:them|which|these)\b", regex.IGNORECASE)
# What a bare count opening its clause may follow: nothing, or "with" ("..., with 12 recording").
_BARE_COUNT_OPENS = regex.compile(r"^\s*$|(?:^|[\s,])with\s*$", regex.IGNORECASE)
_AVERAGE_GAP = regex.compile(
    r"^\s*(?P<unit>%|points?|percentage\s+points?)?\s*"
    r"(?:(?P<dir>higher|lower|more|less)\s+than|(?P<dir>above|below))"
    r"\s+(?:the\s+)?(?P<scope>[\p{L}-]+\s+)?average\b",
    regex.IGNORECASE,
)
_VALUE_NEXT = regex.compile(r"\s*(?:of|at|was|is)\s+\d")
_OVER_100 = regex.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:plan|target|estimate|year|assigned)|year[- ]on[- ]year"
    r"|higher|more)",
    regex.IGNORECASE,
)
_WEAK_PREVIOUS = frozenset({"from", "over", "than"})
# After a merged count, the count it became: "(from 10 wards) to 3 wards", "into 8 units".
_TO_A_COUNT = regex.compile(r"[\p{L}\s-]{0,40}?\b(?:in)?to\s+\d", regex.IGNORECASE)
# Previous-value cues that compare only with a figure stated before them in the clause
# ("76.4%, against 71.2% a year earlier"; "actions against 32,000 organisations" compares
# nothing).
_AFTER_A_FIGURE = frozenset({"against"})
_SHARED = regex.compile(
    r"[\s,]*(?:(?:at|in|for|on|among|from|by|to)\s+[\w\s'-]{1,80}?)?"
    r"\s*(?:,\s*(?:and|or)|,|;|:|\s[-–—]|and|or|while|but)\s*$",
    regex.I,
)
# A value, then the article before a change written as a noun after it ("82.66%, a 2.58%
# increase", "80.1 points, marking a significant 1.2-point drop"): the change is that
# value's; one word may stand after the article.
# ... right after the figure and a comma, or after a dash that closes the figure's phrase
# ("4.8 million at the commune level - a 25% increase")
# How a share is written after its number (the number grammar's words).
_PERCENT = rf"(?:%|{PERCENT_WORDS})"
_LINK_VERB = (
    r"\s*(?:(?:marking|representing|showing|reflecting|registering|recording|posting|"
    r"indicating|or|which\s+is|equivalent\s+to)\s+)?"
)
_ARTICLE = r"an?\s+(?:[\p{L}-]+\s+)?"  # "an increase", "a 2.58% increase"
# "a " or "an " right before a figure
_ARTICLE_BEFORE = regex.compile(r"\ban?\s+$", regex.IGNORECASE)
# ... and "in" or "of" after a change noun: what the change is of ("a 10% reduction in staff")
_NAMES_WHAT = regex.compile(r"\s+(?:in|of)\b", regex.IGNORECASE)


def _linked(head: str) -> tuple[regex.Pattern, regex.Pattern]:
    """``head`` then the link to a change after it: with the article, and with the article
    left out where a bound (metric_qualifiers.csv) stands for it ("186 million records, over
    1.7 times increase"); the second is searched up to where the bound begins."""
    return (
        regex.compile(head + _LINK_VERB + _ARTICLE + "$", regex.IGNORECASE),
        regex.compile(head + _LINK_VERB + f"(?:{_ARTICLE})?$", regex.IGNORECASE),
    )


_A_BEFORE = _linked(
    rf"\d(?:st|nd|rd|th)?\s*(?:{_PERCENT}|points?)?(?:\s*,|(?:\s+[\p{{L}}-]+){{0,6}}?\s+[-–—])"
)
# ... or after a count's phrase and a comma, when the change compares with an earlier time
# or is a multiple ("4.8 million at the commune level, a 25 per cent increase from the same
# period last year", "186 million dossiers, a 1.7-fold rise"; "203 units removed, a 38%
# reduction" restates the cut as a rate, a figure of its own)
_A_AFTER_COUNT = _linked(r"\d(?:\s+[\p{L}-]+){1,6}?\s*,")
_COMPARES_AFTER = regex.compile(
    rf"\s+(?:over|from|{COMPARED}|against|than|year[\s-]on[\s-]year)\b",
    regex.IGNORECASE,
)

# The auxiliaries before a participle: "(was) reduced", "(have been) merged".
_AUXILIARY_WORDS = "has|have|had|was|were|is|are|been|will|be"


def _cuts_the_count(text: str, pos: int, cut: regex.Match, right: str) -> bool:
    """A lowering gerund after a comma ("has 14 departments, branches and sectors, reducing 5
    agencies") cuts the count whose noun phrase ends right before the comma; not a count
    a verb follows ("... are expected to disappear, reducing 518 departments"), nor the last
    of a list of counts ("14 ministries, ..., and five agencies, reducing five ..."), nor
    when further cuts follow ("reducing 58 units, 323 cadres and ..."). ``cut`` matched the
    text before the figure, which starts at ``pos``."""
    if text[pos + cut.start()] == ",":
        comma = pos + cut.start()
    elif text[:pos].rstrip().endswith(","):
        comma = len(text[:pos].rstrip()) - 1
    else:
        return False
    counted = _COUNT_PHRASE_BEFORE.search(text, max(0, comma - 200), comma)
    return (
        counted is not None
        and not _LIST_ITEM_BEFORE.search(text, max(0, counted.start() - 8), counted.start())
        and not _NEXT_COUNT.match(right)
    )


# A count and its noun phrase (nouns joined by commas or "and", a bracket after them) ending
# the text: no verb among its words.
_COUNT_PHRASE_BEFORE = regex.compile(
    r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\s+"  # a count, no year ("the 2022-2026 period")
    # no verb among its words, and no other count ("14 ministries, three agencies")
    rf"(?:(?!(?:{_AUXILIARY_WORDS}|{NUMBER_WORDS})\b)[\p{{L}}'’-]+"
    r"(?:\s+|\s*,\s*))*?[\p{L}'’-]+(?<!ed)\s*(?:\([^()]*\))?\s*$",
    regex.IGNORECASE,
)
# Before the last count of a list: ", and ", ", ".
_LIST_ITEM_BEFORE = regex.compile(r"(?:,|\band)\s*$")
# After a count's noun, the next count of a list: "units, 323 cadres", "units and 513".
_NEXT_COUNT = regex.compile(r"\s*[\p{L}'’ -]{1,60}?(?:,|\band\b)\s*\d")


def _position_later(text: str, at: int) -> bool:
    """A position ("ranking 30th", "to 5th") follows ``at`` in the same sentence."""
    later = _POSITION_LATER.search(text, at, min(len(text), at + _POSITION_REACH))
    return later is not None and not _SENTENCE_BREAK.search(text, at, later.start())


_POSITION_LATER = regex.compile(
    r"\b(?:ranking|ranked|ranks|rank|to)\s+(?:No\.\s*)?\d{1,2}(?:st|nd|rd|th)\b", regex.I
)
_POSITION_REACH = 120
_SENTENCE_BREAK = regex.compile(r"[.!?](?=\s)|\n")
# "2.19 percent higher than in 2022": a change written after the figure.
_CHANGE_AFTER = regex.compile(
    r"^\s*(?:percentage\s+points?|points?|places?|positions?|spots?|notches?|steps?)?\s*"
    r"(?P<dir>higher|lower|more|less|better|worse)\s+than\b",
    regex.IGNORECASE,
)
# Right after a figure's phrase and a comma (searched up to a bound after the comma).
_AFTER_FIGURE_COMMA = regex.compile(r"\d(?:[^\d,;.]|\.\d){0,60}?,\s*$")
# The next item of a list of objects a verb raises or lowers "by" a count: ", civil servants
# by", "and public employees paid by the state budget by".
_LISTED_OBJECT = regex.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<o>[^,;\d]{1,80}?)\s+by\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
# "2 places up", "three places down": the direction after a rank move.
_MOVED_AFTER = regex.compile(r"\s+(?P<dir>up|down)\b", regex.IGNORECASE)
# "the average PAR Index of provinces was 86.98": the average is the metric, not a comparison.
_METRIC_THEN_LINK = regex.compile(
    r"^\s*(?:[\p{L}\d-]+\s+){2,}(?:was|were|is|are|reached|stood\s+at|hit|totalled|came\s+to)\s+$",
    regex.IGNORECASE,
)
_ATTRIBUTE_GAP = 32
# "an average of 2.6 days", "an average compliance cost of": the measure, no comparison.
_AN_AVERAGE = regex.compile(r"\ban?\s+$", regex.IGNORECASE)
_CONTENT_WORD = regex.compile(
    r"\b(?!(?:of|is|was|were|are|at|stood|reached|the|value|figure|score|rate|level|for|in)\b)"
    r"\p{L}{3,}",
    regex.IGNORECASE,
)
_CLAUSE_STOP = regex.compile(r"[,;.:()]")
# Between a count and a time right after it that the count took: "dossiers in", "files
# over the".
_WITHIN_TIME = regex.compile(
    r"\s+(?:in|over|during|within)\s+(?:(?:the\s+)?(?:first|past|last)\s+)?"
    r"(?:(?:about|nearly|almost|more\s+than|over)\s+)?",
    regex.IGNORECASE,
)


def _counted_within(text: str, before: list[Figure], at: int) -> bool:
    """The time figure at ``at`` follows a count and its noun at once: the span it counts."""
    if not before:
        return False
    count = before[-1]
    return (
        count.role == PRIMARY
        and count.q.kind == "number"
        and count.unit not in NOT_COUNTS
        and _WITHIN_TIME.fullmatch(text, count.end, at) is not None
    )


# A count after the agent "by" of a participle: "dossiers received by 34 localities".
_AGENT_BY = regex.compile(r"\b\p{Ll}+(?:ed|en)\s+by\s+(?:the\s+|all\s+)?$")
# A link cue that is only a preposition ("of", "at") links no verb to a figure.
_PREPOSITION = regex.compile(r"of|at|with|to|i\.e\.", regex.IGNORECASE)
# A figure right after a linking verb, past at most two words ("is about 14.5 million").
_FIGURE_NEXT = regex.compile(r"\s+(?:[\p{L}]+\s+){0,2}?[\d$]")
# How far after a figure its clause's modal may stand ("80% of administrative procedures at
# the district one-stop shop will be digitised"), within the clause.
_MODAL_REACH = 80
# Another figure coordinated after this one ("and 300 will leave"): a modal after it is its own.
_COORDINATED_FIGURE = regex.compile(r"\b(?:and|while|but)\s+(?:[\p{L}-]+\s+){0,2}?\d")
# A bracketed aside right after a figure (another currency, a share, a gloss): the modal may
# follow it.
_ASIDE_AFTER = regex.compile(r"\s*\([^()]{1,60}\)")
# A share in brackets right after a part of a whole: "57/57 (100%)"
_BRACKETED_SHARE = regex.compile(rf"\s*\(\s*\d[\d.,]*\s*{_PERCENT}\s*\)")
# A finite verb after the figure is its own ("250 civil servants were seconded … and will
# stay"): a modal after it belongs to another predicate.
_FINITE = regex.compile(
    r"\b(?:was|were|is|are|has|have|had)\b"
    r"(?!\s+(?:expected|set|due|going|planned|scheduled|projected|to)\b)",  # "were expected to"
    regex.IGNORECASE,
)
_GAP_BREAK = regex.compile(r"[,;:]")
_SPACED_DASH = regex.compile(r"\s[–—-]\s")


def _closes_aside(before: str, between: str) -> bool:
    """The cue sits in a bracket or between dashes that close before the figure."""
    close = between.find(")")
    if close >= 0 and "(" not in between[:close]:
        return True
    return bool(_SPACED_DASH.search(between) and _SPACED_DASH.search(before))


_SCORE_BREAK = regex.compile(r"[,;.()]")
_REGION_WORD = regex.compile(r"\s+region\b")
DROPPED = "dropped"


class FigureReader:
    """Turns the quantities of a clause into figures; compiled once, used for every clause."""

    def __init__(self, cues: MetricCues, all_provinces: frozenset[float] = frozenset()):
        self.cues = cues
        # How many provinces the country had for decades (63): "the country's 63 provinces"
        # names them all and states no count.
        self.all_provinces = all_provinces
        self._plural = _plural_phrase(cues.false_plural)
        # "Quang Ngai reduced 1 district": the singular of a counted plural, after one alone
        self._single = {
            singular(word): unit
            for word, (unit, kind) in cues.units.items()
            if kind == "count" and " " not in word and singular(word) != word
        }
        # "1 dimension was equal to 2015", "1 component index with a score decrease": one of an
        # index's parts that did something (written in the singular in metric_negatives.csv)
        self._single.update({p: p for p in cues.structure_parts if singular(p) == p})
        self._part_nouns = frozenset(singular(p) for p in cues.structure_parts if " " not in p)
        self._to_bound = _to_bound(cues.bar_bounds)
        self._goal_cache: tuple[str | None, tuple[int, int] | None, int | None] = (None, None, None)
        # "climbed 15 places to reach 71st", "rose 5 points to reach 90%": after a move's size,
        # "to reach" says where the move ended, no goal
        moves = [w for w, (_, kind) in cues.units.items() if kind in ("points", "place")]
        self._move_size_before = regex.compile(
            r"\d[\d.,]*\s*(?:%|(?:per\s?cent|percent|positions?|"
            rf"{phrase_pattern(moves)})\b)\s*$",
            regex.IGNORECASE,
        )
        self._cue_cache: tuple[str | None, tuple[int, int] | None, list[_Cue]] = (None, None, [])
        self._sample_text: str | None = None  # the text _sample_spans were found in
        self._sample_spans: list[tuple[int, int]] = []
        self._plain_sample_words = all(word.isalpha() for word in cues.sample_words)

    def read(
        self,
        text: str,
        start: int,
        end: int,
        *,
        entities: list[Entity],
        periods: list[PeriodMention],
        vietnamese: bool = False,
        scanned: list[Quantity] | None = None,
        earlier: list[Figure] | None = None,
        anchors: Anchors | None = None,
    ) -> list[Figure]:
        """The figures of ``text[start:end]`` in order; attributes keep their role.

        ``scanned`` holds the quantities of the clause when the caller scanned a larger
        text once (faster than scanning clause by clause); ``earlier`` holds the figures
        of the sentence's clauses before this one, whose counted noun a bare count may share;
        ``anchors`` are the text's (see :meth:`scan`), holding the sample words.
        """
        found = self._candidates(text, start, end, entities, periods, vietnamese, scanned)
        figures: list[Figure] = []
        known = [f for f in earlier or [] if f.role == PRIMARY]
        pos = start
        skip = start  # a sample's counts are skipped, but its words stay the next figure's left
        samples = self._samples(text, start, end, anchors) if found else ()
        for q in found:
            sample = next((e for s, e in samples if s <= q.start < e), None)
            if sample is not None:
                skip = max(skip, sample)
            if q.start < max(pos, skip):
                continue
            read = self._figure(text, q, pos, start, end, entities, periods, known + figures)
            for fig in read:
                if fig.role != DROPPED and not _same_sum_again(text, figures, fig):
                    figures.append(fig)
                pos = max(pos, fig.end)
        return figures

    def _samples(
        self, text: str, start: int, end: int, anchors: Anchors | None = None
    ) -> list[tuple[int, int]]:
        """Spans of counts that describe a survey's sample ("polled 19,536 citizens across
        63 provinces"): who was asked, not a result (SPEC 5). Found once per text."""
        if text is not self._sample_text:
            self._sample_text = text
            self._sample_spans = self.sample_chains(text, anchors)
        return [(s, e) for s, e in self._sample_spans if s < end and e > start]

    def sample_chains(self, text: str, anchors: Anchors | None = None) -> list[tuple[int, int]]:
        """The sample chains of ``text``. Every chain holds a sample word and starts at a
        digit, a qualifier or a phrase before a sample, so with ``anchors`` (plain sample
        words) the pattern is tried only there, within reach of a sample word, not at every
        character of the page."""
        chain = self.cues.sample_chain
        if anchors is None or not self._plain_sample_words:
            if self.cues.sample_word.search(text) is None:
                return []
            return [m.span("chain") for m in chain.finditer(text)]
        reach = windows(anchors.starts(self.cues.sample_words), _SAMPLE_REACH, len(text))
        if not reach:
            return []
        starts = anchors.starts(self.cues.sample_starts, digits=True)
        mark = self.cues.sample_mark
        if mark is not None and mark.search(text):
            starts = sorted({*starts, *(m.start() for m in mark.finditer(text))})
        spans: list[tuple[int, int]] = []
        for begin, stop in reach:
            found = matches_at(chain, text, Anchors.within(starts, begin, stop), stop)
            spans.extend(m.span("chain") for m in found)
        return spans

    # --- candidates ---------------------------------------------------------------------
    def scan(
        self, text: str, start: int, end: int, vietnamese: bool, anchors: Anchors | None = None
    ) -> list[Quantity]:
        """Every quantity and ordinal of ``text[start:end]``, offsets into ``text``; with
        ``anchors``, tried only where one may begin (see :mod:`reformnlp.anchors`)."""
        grammar = self.cues.grammar
        if anchors is not None:
            within = Anchors.within
            numbers = within(anchors.starts(grammar.quantity_words, digits=True), start, end)
            shares = within(anchors.starts(FRACTION_WORDS), start, end)
            ordinals = within(anchors.starts(ORDINAL_WORDS, digits=True), start, end)
            quantities = grammar.quantities(
                text, vietnamese=vietnamese, starts=numbers, end=end, share_starts=shares
            )
            return quantities + grammar.ordinals(text, starts=ordinals, end=end)
        sub = text[start:end]
        return [
            replace(q, start=q.start + start, end=q.end + start)
            for q in grammar.quantities(sub, vietnamese=vietnamese) + grammar.ordinals(sub)
        ]

    def _candidates(self, text, start, end, entities, periods, vietnamese, scanned=None):
        if scanned is None:
            found = self.scan(text, start, end, vietnamese)
        else:
            found = [q for q in scanned if start <= q.start and q.end <= end]
        blocked = [(p.start, p.end) for p in periods] + [
            (e.start, e.end) for e in entities if e.label != "REGION"
        ]
        found = [q for q in found if not q.is_years and not self._place_number(text, q)]
        kept = []
        for q in found:
            hit = next(((s, e) for s, e in blocked if s < q.end and q.start < e), None)
            if hit is None:
                kept.append(q)
            elif hit[1] < q.end:  # "2021 to 51.5%": read again after the period
                rest = self._candidates(text, hit[1], q.end, entities, periods, vietnamese)
                kept.extend(rest)
        found = kept
        # longest first; of two alike, the ordinal ("forty-first" is no "forty-" compound)
        found.sort(key=lambda q: (q.start, -(q.end - q.start), q.kind != "ordinal"))
        out: list[Quantity] = []
        for q in found:
            if out and q.start < out[-1].end:
                continue
            out.append(q)
        return out

    def _place_number(self, text: str, q: Quantity) -> bool:
        """The number of a place's name ("District 12 handles ...", "Ward 7 received ...",
        "Districts 2, 9 and Thu Duc"), or a later day of a date ("On February 18 and 19")."""
        return (
            q.kind == "number"
            and q.relation is None
            and q.value < 100
            and q.value.is_integer()
            and (
                ending(self.cues.numbered_place, text, max(0, q.start - 40), q.start) is not None
                or _LATER_DAY.search(text, max(0, q.start - 40), q.start) is not None
            )
        )

    # --- one figure ---------------------------------------------------------------------
    def _figure(self, text, q, pos, cs, ce, entities, periods, before) -> list[Figure]:
        left = text[pos : q.start]
        right = text[q.end : ce]
        approximate, left_core, qualifier = self._qualifier(left)
        bound = self.cues.trailing_bound.match(right) if q.relation is None else None
        if bound:  # "84% or above", "1,200 or more dossiers": the bound is part of the figure
            q = replace(q, end=q.end + bound.end())
            right = text[q.end : ce]
            approximate = True
        band = self._band(text, q, pos + len(left_core), cs, left_core, qualifier, before)
        if band is not None:  # "(between 70 percent and 80 percent)" after a group
            return [_skipped(q, band)]
        if bound and _BOUND_OPENS.search(left_core):
            close = _BOUND_CLOSES.match(text, q.end)
            if close:  # "(score of 0.5988 or more)": the threshold of the group before it
                return [_skipped(q, close.end())]
        lower_end = self._to_bound.match(text, q.end)
        lettered = self.cues.lettered_group.search(
            text, cs, q.start
        ) or self.cues.named_band.search(text, cs, q.start)
        if (bound or lower_end or qualifier in self.cues.bar_bounds) and lettered:
            # "Group A, achieving 90% or more, includes 13 provinces; Group B, 80% to less than
            # 90%": the groups' thresholds (SPEC 7), both ends of a band
            return [_skipped(q, lower_end.end() if lower_end else q.end)]
        if q.kind == "percent" and self._standard_share(left_core, qualifier, right):
            return [_skipped(q, q.end)]
        if (
            q.kind == "percent"
            and qualifier in self.cues.bar_bounds
            and self.cues.condition.search(text, cs, q.start)
        ):
            # "decisions are valid if approved by more than 50% of its members": the bar a
            # rule sets (SPEC 7), no figure reached
            return [_skipped(q, q.end)]
        # "fell below 80 per cent": a threshold crossed, no change; the bar only when the
        # value follows ("…, at 78.72 per cent"), else the figure itself, bounded
        crossed = qualifier in self.cues.crossing_bounds and bool(
            ending(self.cues.change, left_core[-40:])
        )
        if crossed and _VALUE_AFTER.match(text, q.end):
            return [_skipped(q, q.end)]
        barred = qualifier in self.cues.bar_bounds or (bound and qualifier is None)
        if barred and self._bar(text, pos, left_core, qualifier or "", before):
            rest = _PAIR_REST.match(text, q.end) if qualifier == "between" else None
            return [_skipped(q, rest.end() if rest else q.end)]  # "between 70% and 80%": both
        if q.kind == "ordinal" and self._document_number(text, q, left_core):
            return []  # "Plan No. 4636": a document's number, not "No. 1" in a ranking
        if q.kind == "ordinal":
            fig = self._ordinal(text, q, cs, right, left_core, entities, before)
        elif q.relation == "range" and (moved := self._by_to(text, q, pos, cs, left_core)):
            for fig in moved:  # "approved a plan to reduce ... by 2 percent to 259,590": a goal
                if fig.role == PRIMARY and self._goal(text, cs, q.start, fig.end, ce):
                    fig.kind = "target"
            return moved
        elif q.relation == "range" and self.cues.from_before.search(left_core):
            found = self._from_to(text, q, pos, cs, ce, right, left_core, periods, before)
            for fig in found:  # "is expected to cut from 71 to 28": a goal too
                if fig.role == PRIMARY and self._goal(text, cs, q.start, fig.end, ce):
                    fig.kind = "target"
            return found
        elif (vote := self._vote(q, left_core, right)) is not None:
            fig = vote
        elif q.kind == "number" and self.cues.vote_against.match(right):
            return []  # "two voted against and three others abstained": the votes for count
        else:
            fig = self._cardinal(text, q, pos, cs, ce, right, left_core, entities, before)
        if fig is None:
            return []
        fig.approximate = approximate or fig.approximate
        if qualifier is not None:
            fig.attrs["_qualified_at"] = pos + len(left_core)  # "(reduced to) about 3,321"
        self._role(fig, text, q, pos, cs, ce, left_core, right, periods)
        if fig.unit == "place" and fig.role == PRIMARY and _PLACED_IN.search(left_core):
            return []  # "all services in one place": where something is, no move in a rank
        points = _PERCENT_POINTS.match(text, q.end) if q.kind == "percent" else None
        if points is not None and fig.role == "change":
            # "up 1.29% points": a change in percentage points (the level, "92.29% points",
            # stays a percentage)
            fig.unit, fig.end = "points", max(fig.end, points.end())
        if crossed and fig.role == "change":
            fig.role, fig.direction, fig.cue_start = PRIMARY, None, None
        if _compared_after(text, fig, before):
            # "gaining 0.6321 points, 0.13 higher than the previous ranking": a value, then
            # its change; "gaining" scored the first, it did not change it
            before[-1].role, before[-1].direction, before[-1].cue_start = PRIMARY, None, None
        if fig.role == "change" and self.cues.lead_after.match(text, fig.end):
            fig.attrs["_complete"] = True  # "jumped two steps to take the lead": no rank after
        coordinated = fig.role == PRIMARY and before and before[-1].role == "change"
        # "(a reduction of five) and five agencies": a bracket closes the change's phrase
        coordinated = coordinated and ")" not in text[before[-1].q.end : q.start]
        # "(over 1.7 times increase,) and more than 12.5 million applications": a multiple
        # shares its cue with no count after it
        coordinated = coordinated and (before[-1].unit != "times" or fig.unit == "times")
        if (
            coordinated
            and (
                _AND_ONLY.fullmatch(left_core)
                or (
                    fig.unit == before[-1].unit
                    and _AND_AFTER_COMPARED.fullmatch(left_core) is not None
                )
            )
            and fig.unit != "rank"
        ):
            # "up six places and 1.48 points", "up 1.5% against 2018 and 2.3% against 2017":
            # one cue, two changes
            fig.role, fig.direction = "change", before[-1].direction
            fig.cue_start = before[-1].cue_start
        if not self._valid(fig, right) or (fig.unit == "" and fig.role == PRIMARY):
            fig.role = DROPPED  # a failed check: the figure and what it consumed are skipped
            return [fig]
        first = fig.attrs.pop("_kind_of", None)
        if first is not None:
            fig.kind = first.kind  # a list item's kind is its list's
        elif fig.role in (PRIMARY, "change") and self._goal(text, cs, q.start, fig.end, ce):
            # a change with no figure of its own becomes one: a planned cut is a target
            fig.kind = "target"
        if fig.attrs.pop("_bound", False) and (fig.kind != "target" or _asked(text, q.end)):
            fig.role = DROPPED  # "made the top 30", "how would you rate the top 10?": no position
        return [fig]

    def _standard_share(self, left_core: str, qualifier: str | None, right: str) -> bool:
        """ "below 70% of the prescribed standards", "do not meet 50 percent of the criteria":
        a share of a standard that defines the units a rule covers, a threshold (SPEC 7) and
        no metric; "met 95 percent of the criteria" is a result."""
        if not self.cues.standard_share.match(right):
            return False
        if qualifier in self.cues.bar_bounds:
            return True
        return ending(self.cues.missed_bar, left_core[-40:]) is not None

    def _bar(self, text: str, pos: int, head: str, qualifier: str, before: list[Figure]) -> bool:
        """Whether the figure, after a bar ``qualifier``, is the bar a counted group passed or
        missed: "29 localities scored more than 80 points", "no province fell below 60%".
        The count is the metric; the bar only says what was counted. ``head`` is the text
        before the qualifier."""
        if self.cues.bar_own.search(head):  # "… had their indexes below 80 percent"
            return True
        verb = self.cues.bar_verb.search(head)
        if verb is not None:
            head = head[: verb.start()]
            if verb["link"] and self.cues.plural_group.search(head):
                return True  # "the 19 provinces with indexes over 80 percent"
        elif not self.cues.bar_verb.search(qualifier):  # "exceeded" is a bar and its verb
            return False
        if _NO_GROUP.search(head):
            return True
        counts = [f for f in before if f.role == PRIMARY and f.q.kind == "number"]
        if not counts or counts[-1].unit in NOT_COUNTS:
            return False
        between = text[counts[-1].end : pos + len(head)]
        return counts[-1].end <= pos + len(head) and bool(_GROUP_TAIL.fullmatch(between))

    def _band(self, text, q, at, cs, left_core, qualifier, before) -> int | None:
        """Where a band a group is defined by ends, when the figure opens one: a bracket
        that holds only a range ("(67.68 to 70 percent)", "(between 70% and 80%)") right
        after a group word ("the moderate group") or in a clause that counted a group
        ("six provinces performed poorly (62.58 to 67.68 percent)"). Its ends are the
        group's thresholds (SPEC 7), not metrics; ``at`` is where ``left_core`` ends."""
        if qualifier not in (None, "between") or not _OPEN_BRACKET.search(left_core):
            return None
        if q.relation == "range" and qualifier is None:
            end = q.end
        elif q.relation is None and qualifier == "between":
            rest = _PAIR_REST.match(text, q.end)
            if rest is None:
                return None
            end = rest.end()
        else:
            return None
        close = _CLOSE_BRACKET.match(text, end)
        if close is None:
            return None
        counted = any(
            f.role == PRIMARY and f.q.kind == "number" and f.unit not in NOT_COUNTS for f in before
        )
        if counted or self.cues.band_group.search(text, cs, at):
            return close.end()
        return None

    def _after_document_word(self, left: str) -> bool:
        """A document word (metric_negatives.csv, reason document) ends ``left``."""
        m = ending(self.cues.negative_before, left, suffix_start(left, 0, len(left)))
        return m is not None and self.cues.negative_reasons.get(fold(m[0])) == "document"

    def _document_number(self, text: str, q: Quantity, left: str) -> bool:
        """ "Plan No. 4636": a document word (metric_negatives.csv, reason document) right
        before the number sign."""
        if text[q.start : q.start + 2].lower() != "no":
            return False
        m = self.cues.negative_before.search(left.rstrip() + " no.")
        if m is None or fold(m[0]) == "no.":
            return False
        return self.cues.negative_reasons.get(fold(m[0])) == "document"

    def _qualifier(self, left: str) -> tuple[bool, str, str | None]:
        """``(approximate, left without the qualifier, the qualifier's key)``."""
        m = ending(self.cues.qualifier, left[-32:])
        if m is None:
            return False, left, None
        key = _key(m["q"])
        return self.cues.approximate[key], left[: len(left) - len(m[0])], key

    def _from_value_unit(self, text: str, cs: int, before: list[Figure], q: Quantity):
        """A bare figure after "to" that follows "from <figure>" is the value it moved to, in
        that figure's unit: "rose from 6.71 points in 2022 to 6.77 in 2023". Two bare figures
        count what the clause counts before them ("the number of communes will be cut from
        10,035 at present to 3,321")."""
        if not before or before[-1].role != "previous" or before[-1].unit in ("rank", "place"):
            return None
        start = before[-1]
        _, left, _ = self._qualifier(text[max(0, start.q.start - 30) : start.q.start])
        if self.cues.from_before.search(left) is None:
            return None
        if self.cues.to_after_from.fullmatch(text, start.end, q.start) is None:
            return None
        if not start.unit:
            start.unit = self._unit_counted_before(text, cs, start.q.start) or ""
        if not start.unit and _moved_by(text, before[:-1], start.q.start):
            start.unit = before[-2].unit  # "rose 3.2 points, from 80.1 in 2022 to 83.3"
        return (start.unit, q.end) if start.unit else None

    def _ordinal(self, text, q, cs, right, left_core, entities, figures) -> Figure | None:
        cues = self.cues
        # "moving from 38th to fourth": the rank before, then the rank now
        moved_from = _FROM_BEFORE.search(left_core) and _TO_ORDINAL.match(right)
        # "... from 38th to fourth", "rose three notches to 12th": the rank it moved to
        moved_to = (
            figures
            and (figures[-1].role, figures[-1].unit) in (("previous", "rank"), ("change", "place"))
            and _TO_BEFORE.fullmatch(left_core)
        )
        if not (moved_from or moved_to) and (
            cues.streak.match(right)
            or not any(p.match(right) for p in (_RANK_FOLLOW, cues.rank_total, cues.rank_noun))
        ):
            return None
        before = text[cs : q.start]
        total = self._total(right)
        if total is None and q.relation == "slash" and q.second:  # "No.17/63"
            total = (replace(q, start=q.end, value=q.second, kind="number", second=None), 0)
        noun = cues.rank_noun.match(right)
        paired = _NEXT_ORDINAL.match(right)  # "second and third positions": a noun for both
        shared_noun = paired is not None and cues.rank_noun.match(right[paired.end() :])
        if total is None and noun:  # "the 31st place out of 63 provinces"
            after = self._total(right[noun.end() :])
            total = (after[0], noun.end() + after[1]) if after else None
        skip = noun.end() if noun else 0
        behind = total is None and cues.rank_behind.match(right[skip:])
        if behind:  # "3rd after Hai Phong and Ha Noi among the 5 cities"
            after = self._total(right[skip + behind.end() :])
            total = (after[0], skip + behind.end() + after[1]) if after else None
        numbered = q.ordinal_form in ("no", "number")
        is_rank = (
            moved_from
            or moved_to
            or cues.rank_verb.search(before)
            # "(climbed 13 places,) to No. 9 from No. 22": the rank left, after the one reached
            or (figures and figures[-1].unit == "rank" and _FROM_BEFORE.search(left_core))
            or _WITH_SCORE.match(right)  # "Bac Giang fourth with 71.24"
            or _named_just_before(entities, text, q.start)  # "(Quang Ninh 1st, Hai Phong 2nd)"
            or _named_is(text, cs, q.start, entities)  # "Hai Phong is third"
            or total is not None
            or noun
            or shared_noun
            or (numbered and _index_near(entities, q.start, 40, cs))
            or index_named_after(text, q.end, entities) is not None  # "48th in the PAPI"
            or self._area_rank(text, q, cs, right, figures, entities)
            or self._ranked_before_semicolon(text, cs, before, right)
        )
        if not is_rank or (numbered and cues.negative_before.search(left_core)):
            return None
        if moved_to:
            fig = self._rank(text, q, q.value, right, total, entities)
            fig.attrs["_reached"] = True  # "moved up three places against 2022 to 117th": now
            return fig
        if moved_from:
            fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit="rank", role="previous")
            fig.cue_start = q.start - len(left_core) + left_core.lower().rfind("from")
            dated = _DATED_RANK.match(text, q.end)
            if dated:  # "from 29th position in 2020 to 5th": the year is the earlier rank's
                fig.period, fig.end = dated["y"], dated.end()
            return fig
        return self._rank(text, q, q.value, right, total, entities)

    def _ranked_before_semicolon(self, text: str, cs: int, before: str, right: str) -> bool:
        """An ordinal opening a clause after a semicolon, then what it is held in, goes on
        with the ranks of the clause before ("ranked second in business support; third in
        the country in informal costs")."""
        if before.strip() or not _HELD_IN.match(right):
            return False
        prior = _SEMICOLON_CLAUSE.search(text, max(0, cs - 200), cs)
        return prior is not None and self.cues.rank_verb.search(prior[0]) is not None

    def _area_rank(self, text, q, cs, right, figures, entities) -> bool:
        """An ordinal, then the area it is held in, is a rank when it is set beside the
        clause's last figure ("scored 0.67, fifth in Southeast Asia", "24th in Asia and 6th
        in the world") or the index it is held in follows ("9th nationwide in the PCI")."""
        area = self.cues.rank_area.match(right)
        if area is None:
            return False
        apposed = bool(figures) and figures[-1].role == PRIMARY
        if apposed and _APPOSED.fullmatch(text, max(cs, figures[-1].end), q.start):
            return True
        return index_named_after(text, q.end + area.end(), entities) is not None

    def _rank(self, text, q, position, right, total, entities) -> Figure:
        fig = Figure(q=q, start=q.start, end=q.end, value=position, unit="rank")
        if total is not None:
            number, length = total
            fig.rank_total = int(number.value)
            fig.end = q.end + length
            scope = _RANK_SCOPE.match(text, fig.end)
            if scope:
                # "30 out of 63 provinces and up 16 places": the change is no part of the scope
                change = self.cues.change_inside.search(text, scope.start(), scope.end())
                if change is None:
                    fig.scope, fig.end = scope["scope"], scope.end()
                elif change.start() > scope.start("scope"):
                    fig.scope = text[scope.start("scope") : change.start()]
                    fig.end = change.start()
            region = _region_after(text[fig.end :], fig.end, entities)
            if fig.scope and region is not None and "\n" not in text[fig.end : region[1]]:
                # "5th out of 11 provinces and cities in the Red River Delta": the field's
                # region, no holder of the figures after it
                fig.scope, fig.end = f"{fig.scope} in the {region[0]}", region[1]
            return fig
        noun = self.cues.rank_noun.match(right)
        tail = text[q.end + (noun.end() if noun else 0) :]
        offset = q.end + (noun.end() if noun else 0)
        region = _region_after(tail, offset, entities)
        if region is not None:
            fig.scope, fig.end = region
        elif noun:
            fig.end = offset
        return fig

    def _vote(self, q: Quantity, left: str, right: str) -> Figure | None:
        """A count of votes ("51/52 votes", "439 votes out of 453", "455 out of 461 deputies
        voting in favour", "457 voted in favour"): a metric of its own, out of the whole when
        one is written (corpora/README.md, votes); its unit is the noun counted. Votes need
        a whole, a verb of voting after them or a word of winning before them ("with 439
        votes"); voters alone need votes before them ("with votes from 47 out of 49
        deputies")."""
        if q.kind != "number" or q.relation not in (None, "slash") or not q.value.is_integer():
            return None
        m = self.cues.vote_count.match(right)
        if m is None or (q.relation == "slash" and m["total1"]):
            return None
        won = ending(self.cues.vote_won, left) is not None
        whole = q.relation == "slash" or m["total1"] or m["total2"]
        if m["noun"] and not (whole or m["verb"] or won):
            return None  # "collected 6,420 votes in 20 departments": a survey's ballots
        if m["noun3"] and not won and not (m["total1"] and m["restated"]):
            return None  # "500 delegates attended": attendance
        if (
            m["verb2"]
            and not m["noun2"]
            and not (m["total1"] or m["present"])
            and fold(m["verb2"]) not in self.cues.cast_verbs
        ):
            return None  # "a level 3 approved system": no vote
        fig = Figure(q=q, start=q.start, end=q.end + m.end(), value=q.value, unit="vote")
        voters = m["noun2"] or m["noun3"]
        if voters:
            fig.unit = singular(voters.split()[-1].lower())
        if m["verb2"]:
            verb = m.start("adv") if m["adv"] else m.start("verb2")  # "448 also voted"
            fig.end = q.end + (m.end("noun2") if m["noun2"] else verb)
            fig.end = max(fig.end, q.end + (m.end("total1") if m["total1"] else 0))
        if m["again"]:
            fig.end = q.end  # "446 or 92.92 percent of ...": the share is a figure of its own
        written = m["n1"] or m["n2"]  # the digits of the whole after the count, if any
        total = q.second if q.relation == "slash" else parse_digits(written) if written else None
        if total is not None and total >= q.value:
            fig.out_of = total
        return fig

    def opening_totals(
        self, text: str, sentence: tuple[int, int], figures: list[Figure]
    ) -> list[Figure]:
        """Ranks of a sentence that opens on their field and its size ("Among 14 Mekong
        Delta provinces and cities, it ranked 6th", "Out of 63 localities, Hue placed
        first") take that total and field, when they have none of their own; the size is
        then no figure of its own."""
        ranks = [f for f in figures if f.unit == "rank" and f.rank_total is None]
        head = text[sentence[0] : min(sentence[1], sentence[0] + _OPENING_REACH)]
        if not ranks or not head[:1].isupper():
            return figures
        found = self._total(head)  # as after a position: "Among 14 ...", "Out of 63 ..."
        if found is None:
            return figures
        number, at = found
        field = _OPENING_FIELD.match(head, at)
        if field is None:
            return figures  # "Of 1,200 dossiers, ...": no field
        total, opened = int(number.value), sentence[0] + field.end()
        counted_at = sentence[0] + at - (number.end - number.start)
        size = [f for f in figures if f.q.start == counted_at]
        taken = False
        for fig in ranks:
            if any(f.unit != "rank" and f.start < fig.start and f not in size for f in figures):
                break  # "Of 1,200 dossiers, 1,150 were settled ...": the field of a count
            if fig.start >= opened and fig.value <= total:
                fig.rank_total = total
                fig.scope = fig.scope or " ".join(field["field"].split())
                taken = True
        return [f for f in figures if f not in size] if taken else figures

    def _total(self, right: str) -> tuple[Quantity, int] | None:
        """The total after "out of" / "of" / "among" / "/" at the start of ``right``, or the
        maximum of a scale ("5.61 over 10-point scale", "on a 100-point scale")."""
        scale = _SCALE.match(right)
        if scale is not None:
            found = self.cues.grammar.quantities(scale["n"])
            if found and found[0].kind == "number":
                return found[0], scale.end()
        m = self.cues.rank_total.match(right)
        if m is None:
            return None
        at = m.end()
        # "2,800 out of nearly 6,800 services": a whole may be rounded as a figure is
        qualified = self.cues.total_qualifier.match(right, at)
        if qualified is not None:
            at = qualified.end()
        window = right[at : at + 24]
        found = self.cues.grammar.quantities(window)
        if not found or found[0].start != 0 or found[0].kind != "number" or found[0].relation:
            return None
        if is_year(window[: found[0].end]):
            return None  # "5th in the 2024 PCI": the edition, no total
        if _PART_OF.match(right, at + found[0].end):
            return None  # "first among 8 of the 10 sub-indices": a part of the field, no total
        return found[0], at + found[0].end

    def _cardinal(self, text, q, pos, cs, ce, right, left_core, entities, before) -> Figure | None:
        cues = self.cues
        if q.kind == "compound":
            unit, kind = cues.units.get(q.word or "", (None, None))
            if unit is None and cues.change_noun.match(right):
                # "a 29-rank improvement": the plural's row names the move ("five-step" no)
                unit, kind = cues.units.get(f"{q.word}s", (None, None))
            if kind == "points" and cues.change_noun.match(right):
                return Figure(q=q, start=q.start, end=q.end, value=q.value, unit="points")
            if kind != "place":
                return None  # "17-second video", "5-year plan": a modifier, not a figure
            return Figure(q=q, start=q.start, end=q.end, value=q.value, unit="place")
        if q.relation == "slash":
            if self._after_document_word(left_core):
                return None  # "Resolution 1211/2016": a legal text's number, no part or rank
            return self._slash(text, q, cs, right, entities)
        if q.kind == "number" and q.relation is None and not q.worded:
            # "from level 19 to level 4": positions written as numbers after a rank noun; a
            # "level" is one only where the clause speaks of ranks ("online services of level 4")
            noun = _FROM_RANK_NOUN.search(left_core)
            to = noun and _TO_RANK_NOUN.match(right)
            if (
                to
                and right[to.end() : to.end() + 1].isdigit()
                and (
                    noun["n"].lower() != "level"
                    or any(f.unit in ("place", "rank") for f in before)
                    or cues.rank_verb.search(text, cs, q.start)
                )
            ):
                fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit="rank")
                fig.role = "previous"
                fig.cue_start = q.start - len(left_core) + left_core.lower().rfind("from")
                return fig
            moved = before and (before[-1].role, before[-1].unit) == ("previous", "rank")
            if moved and _TO_RANK_NOUN.fullmatch(left_core):
                return self._rank(text, q, q.value, right, None, entities)
            if (
                before
                and before[-1].unit == "place"
                and before[-1].role in ("change", PRIMARY)
                and _TO_RANK_NOUN_END.search(left_core)
            ):
                # "dropped 19 places compared to 2023 to position 30 out of 63": the move,
                # then the position it led to, which the move is the change of
                before[-1].role = "change"
                fig = self._rank(text, q, q.value, right, self._total(right), entities)
                fig.attrs["_reached"] = True  # the figure itself: no cue before makes it less
                return fig
            if (
                before
                and before[-1].unit == "rank"
                and (
                    (moved and _TO_PLAIN_RANK.fullmatch(left_core))
                    or (
                        before[-1].role == PRIMARY
                        and _NEXT_IN_SERIES.fullmatch(left_core)
                        and _IN_YEAR.match(right)
                    )
                )
            ):
                # "from number 99 in 2014 to 89 in 2016 and 88 in 2018": the series goes on
                # in bare numbers once a rank is written as one; when a third year follows,
                # each year's rank is a figure of its own, the first no earlier value
                if moved and _SERIES_GOES_ON.match(right):
                    before[-1].role = PRIMARY
                return self._rank(text, q, q.value, right, None, entities)
        levels = _LEVELS_AFTER.match(right) if q.kind == "number" and q.relation is None else None
        if levels and ending(cues.change, left_core[-40:]):
            # "increased 30 levels compared to 2016", "rises by at least 5 levels": a rank
            # move in the levels of a ranking, no count of levels of government
            return Figure(q=q, start=q.start, end=q.end + levels.end(), value=q.value, unit="place")
        counted = any(
            f.role in (PRIMARY, "target", "change") and f.q.kind == "number" and f.unit
            for f in before
        )
        counted_of = _count_of_whole(text, q, before)
        if counted_of is not None:
            counted_of.out_of = q.value  # "291 online services (out of a total of 418 ...)"
            return None
        # a plan's parts may be modified: "3 main pillars", "41 component indexes"
        after = cues.negative_after.match(right) or (
            q.kind == "number"
            and cues.negative_after_modified.match(right)
            # "38 conditional business sectors": a noun the unit file lists as a whole
            and not self._listed_whole(right)
        )
        # "Analysis of the 10 PCI components shows ...", "the index comprises 10 indicators
        # ... showed": all of an index's parts, whatever the verb after them, are its make-up
        result = (
            bool(after)
            and self._parts_did(text, cs, q, right)
            and not _THE_BEFORE.search(left_core)
            and not cues.composed_of(left_core)
        )
        if result:
            # "four indicators were assessed as good", "improved in four dimensions": parts
            # that did something
            after = None
        # a sum of money is never a plan's structure: "includes VND52.3 trillion for 31
        # ministries", "VND29.8 trillion, including VND7.6 trillion for ..." are its parts
        money = q.kind == "money"
        organs = money or (q.kind == "number" and bool(cues.organ_count.match(right)))
        # "documents, including over 20.2 million driving licences": a count in the tens of
        # thousands is a result of its own, no part of a body's make-up a breakdown lists
        large = q.kind == "number" and q.value >= _LARGE_COUNT
        if (
            q.kind == "number"
            and q.relation is None
            and _RANKED_JUST_BEFORE.search(left_core, max(0, len(left_core) - _RANKED_REACH))
        ):
            total = self._total(right)
            if total is not None:
                # "an unchanged ranking of 38 out of 63": a position and its field ("the
                # ranking of 63 provinces" names the field alone, below)
                return self._rank(text, q, q.value, right, total, entities)
        # a share is never a part a breakdown lists: "including 98.9% of online declarations"
        share = q.kind == "percent"
        if after or cues.negative_before_of(left_core, counted or money or large or share, organs):
            return None  # a threshold, a streak, a document number, attendance ...
        if q.kind == "number" and before and before[-1].q.kind == "money":
            to = cues.beneficiary.match(text, before[-1].q.end)
            if to is not None and to.start("n") == q.start:
                return None  # "VND52.3 trillion for 31 ministries": whom the sum is for
        if q.relation is None and q.value in _SERVICE_LEVELS and _SERVICE_LEVEL.search(left_core):
            # "level 4 allows ...", "at level 3, 4", "level-3 and -4 services": a service
            # level (1 to 4), no figure ("1,200 at level 2, 397 at level 3" counts 397)
            return None
        top = _TOP_BEFORE.search(left_core) or (
            _GROUP_OF_BEFORE.search(left_core) and cues.superlative_group.match(right)
        )  # "the group of 40 best performers": the top 40
        if top and q.kind == "number" and q.relation is None:
            # "among the top 20 provinces": a rank bound, not a count; a metric only as a
            # goal ("aims to be among the top 20"), never as a group ("the top ten included")
            fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit="rank")
            fig.approximate = True
            fig.attrs["_bound"] = True
            return fig
        one_of = _ONE_OF.match(right) and q.value == 1
        if q.worded and (_THE_BEFORE.search(left_core) or one_of):
            return None  # "the two provinces", "one of the 12 localities": no count stated
        if q.kind == "number" and q.relation is None and ending(cues.lead_field, left_core):
            return None  # "Da Nang tops 63 provinces and cities": the field it led
        if (
            organs
            and q.relation is None
            and not cues.parts_after.match(right)
            and self._index_field(text, cs, q.start, entities)
        ):
            return None  # "The PAR Index also looked at 17 ministries": the field it covers
        if q.kind == "number" and q.relation is None and ending(cues.measure_of, left_core):
            # "the average index value of the 19 ministries": whose measure, not how many
            noun = cues.unit.match(right)
            plural = noun is not None and noun["noun"][-1:].lower() == "s"
            if plural and cues.unit_of(noun["noun"])[1] == "count":
                return None
        if (
            q.kind == "number"
            and q.value < 100
            and _NUMBERED_NAMES.search(text, max(cs, q.start - 40), q.start)
        ):
            return None  # "Ha Long 1 and Ha Long 2 markets": numbers of names, no count
        if (
            q.kind == "number"
            and _INSIDE_NUMBER_OF.search(left_core)
            and _VERB_AFTER_PLACES.match(text, q.end)
        ):
            return None  # "the number of agencies under the committees of 8 districts is ...
        if _ITEM_PRONOUN.match(text, q.start) and _ITEM_OPENING.search(left_core):
            return None  # "two resolutions: one on ... and one on urban classification"
        best = q.kind == "number" and q.value.is_integer() and cues.superlative_group.match(right)
        picked = q.kind == "number" and q.value.is_integer() and cues.picked_group.match(right)
        if picked or (best and (best["noun"] or _THE_BEFORE.search(left_core))):
            # "the 5 provinces with the highest results", "5 provinces lowest on SIPAS", "the
            # 3 lowest provinces", "Five leading localities included": a group picked out ("3
            # top officials" stays a count)
            return None
        if q.kind == "percent":
            return Figure(q=q, start=q.start, end=q.end, value=q.value, unit="%")
        if q.kind == "money":
            return Figure(q=q, start=q.start, end=q.end, value=q.value, unit=q.currency)
        if q.kind == "multiplier":
            compared = "fold" in text[q.start : q.end].lower() or cues.multiple_cue.match(right)
            if not (compared or ending(cues.change, left_core[-40:])):
                return None  # "announced four times", "met 12 times": how often, no multiple
            return Figure(q=q, start=q.start, end=q.end, value=q.value, unit="times")
        total = self._total(right) if q.relation is None else None
        if total is not None:
            return self._part_of_whole(text, q, cs, right, left_core, total, entities)
        ranked = cues.rank_verb.search(left_core[-12:])
        if (
            ranked
            # "5 improved ranking and 3 dropped ranking": a list's next item, no position
            and not _ITEM_BREAK.search(left_core[-12:], ranked.end())
            and q.plain
            and q.relation is None
            and not self._unit(text, q.end, right, before)
            and not self._number_of(left_core, q.end)  # "the number of communes fell to 45"
        ):
            return None  # a bare whole number after a rank verb without its total is too weak
        listing = _list_left(text, cs, left_core)
        among = self._group_taken(text, q, cs, left_core, right, before)
        again = None if among else self._parts_again(text, q, right, before)
        unit = (
            self._named_after_link(q, right)
            or ((among[0], q.end) if among else None)  # a verb follows: no noun after it counts
            or ((again[0], q.end) if again else None)  # "... and four declined"
            or _others_unit(right, before, q)
            or self._one_of(q, left_core, right, before)
            or (self._plural_noun(q, right, listed=True, any_noun=True) if result else None)
            or self._unit(text, q.end, right, before)
            or self._single_unit(q, right)
            or self._unit_before(left_core, right, q)
            or _shared_unit(listing, right, before, q.end, self._plural)
            or _new_value_unit(text, before, q)
            or self._from_value_unit(text, cs, before, q)
            or self._after_multiple_unit(text, cs, before, q)
            or _merged_unit(text, before, q, self._cut_whole(text, before, q), pos + len(left_core))
            or _elided_unit(text, cs, left_core, right, before, q)
            or _by_item_unit(text, left_core, before, q)
            or self._breakdown_unit(text, q.end, ce)
            or self._changed_number_unit(text, pos, cs, left_core, q)
            or self._lowered_object_unit(text, pos, left_core, q, before)
            or self._listed_object_unit(text, cs, q, before)
            or self._passed_count(q, left_core, right)
            or self._plural_noun(q, right, listed=_last_listed_count(listing, before) is not None)
            or self._unit_of_next(text, q, right, before)
        )
        listed, item_of = False, None
        if unit is None and _earlier_in_bracket(text, q, right, before):
            unit = (before[-1].unit, q.end)  # "7.76 points (7.34 in 2023)": the same measure
        if unit is None:
            if q.worded and not (before and ending(self.cues.change, left_core[-40:])):
                return None  # "(a reduction of five)" after a count: that count's change
            noun = self._plural.match(right)
            if noun is not None and fold(noun["head"]) in cues.not_counted:
                return None  # "marks 20 years since", "in 3 phases": a noun of no result
            # Unitless: a score after an index name, or a 0-1 index value ("0.6884") in an
            # article about an index; else only an attribute of another figure.
            index_value = (
                (0 < q.value < 1 or _WITH_BEFORE.search(left_core))
                and not q.plain
                and any(e.label == "INDEX" for e in entities)
            )
            listed = self._listed_score(text, q, right, before, entities, cs)
            paired = (  # "ranked lowest at 72.13 and 72.40": the second score of a pair
                not q.plain
                and bool(before)
                and (before[-1].role, before[-1].unit) == (PRIMARY, "points")
                and _PAIRED.fullmatch(text, before[-1].end, q.start) is not None
            )
            score = (
                index_value or self._score_context(text, q.start, cs, entities) or listed or paired
            )
            shares = [f for f in before if f.role == PRIMARY and f.unit in ("%", "points")]
            # "Hanoi with 83.9 percent and Dong Thap with 83.71", "the Ministry of Transport at
            # 75 percent, with the Ministry of Health, 78, ...": the list's unit
            if (
                shares
                and shares[-1].unit == "%"
                and 0 < q.value <= 100
                and (score or _comma_listed(text, shares[-1].end, q.start, right, entities))
            ):
                unit = ("%", q.end)
            if unit is None and self._listed_count(text, q, right, before, entities):
                unit, item_of = (before[-1].unit, q.end), before[-1]
            if unit is None:
                unit = ("points" if score else "", q.end)
        if q.worded and unit[0] == "points" and not ending(self.cues.change, left_core[-40:]):
            return None  # "two points" is a figure only as a change ("a decrease by two points")
        if unit[0] and cues.negative_after_unit.match(text, unit[1]):
            return None  # "300 people attended", "50 officials took part"
        if unit[0] in cues.time_units and (
            cues.negative_after_time.match(text, unit[1])
            or ending(cues.negative_before_time, left_core)
        ):
            return None  # "with only two months remaining", "in the final two months": time left
        if unit[0] in cues.time_units and _counted_within(text, before, q.start):
            return None  # "2,330 dossiers in 6 months": the time the count took, no figure
        if unit[0] and _AGENT_BY.search(left_core) and self._measured_after(text, unit[1], cs, ce):
            return None  # "dossiers received by 34 localities is 14.5 million": who, not what
        if (
            q.value in self.all_provinces
            and _ALL_OF.search(left_core)
            and unit[0]
            # "a total of 63 administrative procedures" counts no places
            and (unit[0] in cues.province_units or unit[0].split()[-1] in cues.place_heads)
            and not _reduced_later(
                text, q.start, unit[1], ce, self.lowered(text, q.start), cues.merged_past
            )
        ):
            return None  # "of the 63 localities", "all 34 provinces": the whole country
        if unit[0] == "place" and not (
            (q.sign and any(f.unit == "rank" for f in before))  # "15th (+2 places)"
            or cues.change_context.search(text, cs, ce)
            or cues.rank_move.search(text, cs, ce)
        ):
            return None  # "the procedure has three steps": places only where a rank moves
        value = q.value
        if unit[0] and unit[0] != "points" and _DOT_GROUPED.fullmatch(text, q.start, q.end):
            value = float(text[q.start : q.end].replace(".", ""))  # "24.885 documents"
        elif unit[0] == "points" and _SCORE_DECIMAL_COMMA.fullmatch(text, q.start, q.end):
            # "48,095 points" in a province's PAPI (out of 80): a score written with a decimal
            # comma, as the Vietnamese press does; no index scores in the thousands
            value = float(text[q.start : q.end].replace(",", "."))
        fig = Figure(q=q, start=q.start, end=unit[1], value=value, unit=unit[0])
        if among and unit == (among[0], q.end):
            fig.attrs["_counted"] = among[1]  # "Among the 63 localities, three had …"
            fig.attrs["_group"] = among[1]  # ... the group the count is taken from
        elif again and unit == (again[0], q.end):
            fig.attrs["_counted"] = again[1]  # "... and four declined": those parts
        if listed:
            fig.attrs["_listed"] = True  # measures what the score before it measures
        if item_of is not None:
            fig.attrs["_kind_of"] = item_of  # "..., the Ministry of Finance (223)": as the first
        return fig

    def _measured_after(self, text: str, at: int, cs: int, ce: int) -> bool:
        """A linking verb and a figure follow ``at`` in the clause, with only words before the
        verb: the count before ``at`` names whose measure that figure is."""
        reach = min(ce, at + 60)
        for cue in self._clause_cues(text, cs, ce):
            if cue.start < at or cue.end > reach or not self._link_verb(cue.phrase):
                continue
            words_only = not _CLAUSE_STOP.search(text, at, cue.start) and not any(
                c.isdigit() for c in text[at : cue.start]
            )
            return words_only and bool(_FIGURE_NEXT.match(text, cue.end))
        return False

    def _link_verb(self, phrase: str) -> bool:
        """``phrase`` is a link cue of metric_cues.csv that is a verb ("was", "stood at"),
        not a preposition ("of", "at")."""
        m = self.cues.cue.fullmatch(phrase)
        linked = m is not None and self.cues.role_of(m[0]) == "link"
        return linked and not _PREPOSITION.fullmatch(phrase)

    def _listed_whole(self, right: str) -> bool:
        """The words right after a figure are a counted noun metric_units.csv lists with its
        modifiers ("conditional business sectors"), not a modified part of a plan."""
        m = self.cues.unit.match(right)
        if m is None:
            return False
        _, kind = self.cues.unit_of(m["noun"])
        return kind == "count" and len(m["noun"].split()) > 1

    def _unit(self, text, at, right, before) -> tuple[str, int] | None:
        """``(unit, end)`` from the words right after a figure, or None."""
        if _OF_THEM.match(right):
            counts = [f.unit for f in before if f.role == PRIMARY and f.q.kind == "number"]
            if counts:
                return counts[-1], at + _OF_THEM.match(right).end()
        m = self.cues.unit.match(right)
        owner = _OF_OWNER.match(right) if m is None else None
        if owner is not None:  # "1,900 of the province's administrative procedures"
            m = self.cues.unit.match(right[owner.end() :])
            at += owner.end()
            right = right[owner.end() :]
        level = _LEVEL_MODIFIER.match(right) if m is None else None
        if level is not None:  # "65 million VNeID level 2 accounts", "1,200 level-4 services"
            m = self.cues.unit.match(right[level.end() :])
            at += level.end()
        if m is None:
            return None
        if right[m.end() : m.end() + 2] in POSSESSIVES:
            # "7 people's police schools": the possessive modifies the noun counted after it
            owned = self._plural.match(right, m.end() + 2)
            if owned is not None:
                return f"{m[0].strip().lower()}'s {_plural_unit(owned)}", at + owned.end()
            # "55 commune-level People's Committees": a local body's plural name
            body = _CAPITAL_PLURAL.match(right, m.end() + 2)
            if body is None:
                return None
            return f"{m[0].strip()}'s {singular(body[1])}", at + body.end()
        listed, kind = self.cues.unit_of(m["noun"])
        if kind == "currency":
            return None
        unit = self._counted_unit(m, listed) if kind == "count" else listed
        if kind == "count" and fold(m["noun"]) == fold(listed):
            # a singular noun may modify the noun counted after it ("74 public service
            # delivery units")
            head = self.cues.unit.match(right[m.end() :])
            after, after_kind = self.cues.unit_of(head["noun"]) if head else (None, None)
            if after_kind == "count":
                return (
                    f"{unit} {self._counted_unit(head, after)}",
                    at + m.end() + head.end(),
                )
            plural = self._plural.match(right, m.end()) if head is None else None
            if plural is not None and not plural["mods"]:  # "three service providers"
                return f"{unit} {_plural_unit(plural)}", at + plural.end()
        return unit, at + m.end()

    def _counted_unit(self, m: regex.Match, unit: str) -> str:
        """A listed count unit with the modifiers written before its noun ("commune-level
        unit"), less a word that only says how many more there are ("855 more cadres":
        cadre; metric_words.csv extent_word)."""
        mods = m["mods"].lower().split()
        while mods and fold(mods[0]) in self.cues.extent_words:
            mods.pop(0)
        return f"{' '.join(mods)} {unit}".strip()

    def _single_unit(self, q: Quantity, right: str) -> tuple[str, int] | None:
        """The unit of a count of one written in digits with the singular of a counted plural
        ("1 district"; "only one account" states no count), not a modifier ("1 commune-level
        unit")."""
        if q.value != 1 or q.kind != "number" or q.relation is not None or q.worded:
            return None
        for words in (_SINGLE_TWO_WORDS, _SINGLE_WORD):
            m = words.match(right)
            unit = self._single.get(fold(" ".join(m[1].split()))) if m else None
            if unit:
                return unit, q.end + m.end()
        return None

    def _index_field(self, text: str, cs: int, at: int, entities: list[Entity]) -> bool:
        """An index, report or survey (a source word or a named index) covers the bodies or
        units counted at ``at``: a field verb ends the text before the count."""
        verb = ending(self.cues.field_verb, text, max(cs, at - 100), at)
        if verb is None or self.cues.field_break.search(text, verb.end("v"), at):
            return False  # "covered 63 provinces, of which 12 improved": a result of the field
        lo = max(cs, verb.start("v") - 80)
        return bool(self.cues.field_source.search(text, lo, verb.start("v"))) or any(
            e.label == "INDEX" and lo <= e.start < verb.start("v") for e in entities
        )

    def _group_taken(self, text, q, cs, left_core, right, before) -> tuple[str, str] | None:
        """The group a bare count is taken from, ``(unit, group as written)``: named before it
        in its clause (``_among_group``), or counted before it in its paragraph when the
        count is "N of them" (``_group_of_them``); "of them" after a count of its own clause
        is that count's ("45,000 files, and 32,144 of them", see ``_unit``)."""
        if q.kind != "number" or q.relation is not None:
            return None
        them = _OF_THEM.match(right)
        counted = any(f.role == PRIMARY and f.q.kind == "number" for f in before)
        if them is None:
            found = self._among_group(left_core, right)
            if found is None and not counted and _BARE_COUNT_OPENS.search(left_core):
                # "..., with 12 recording higher scores", "Fifteen reached 100% ...": a bare
                # count that acts, opening its clause, counts the group counted before it
                found = self._group_of_them(_paragraph_before(text, cs, q.start), right)
            return found
        if counted:
            return None
        return self._group_of_them(_paragraph_before(text, cs, q.start), right[them.end() :])

    def _among_group(self, left: str, right: str) -> tuple[str, str] | None:
        """A bare count that acts, after the group it is taken from ("Among the 63 localities,
        three had indexes over 90 percent"), counts that group's noun: its unit, and the
        group as written."""
        acts = self.cues.acts_after.match(right)
        # "five were in the low-average group" (the parts' noun after the count is read as
        # any count's)
        did = self.cues.part_result.match(right) and not self.cues.negative_after.match(right)
        m = _AMONG_GROUP.search(left[-80:]) if acts or did else None
        if m is None:
            return None
        parts = self._parts_named(m["np"])
        if parts is not None:
            # "Among the eight sub-indexes, five were in the low-average group": the parts of
            # an index that did something, counted by the noun said before
            return (singular(parts), parts) if did else None
        if not acts:
            return None
        noun = self.cues.unit.match(" " + m["np"])
        if noun is None:
            return None
        unit, kind = self.cues.unit_of(noun["noun"])
        return (self._counted_unit(noun, unit), m["np"]) if kind == "count" else None

    def _group_of_them(self, left: str, rest: str) -> tuple[str, str] | None:
        """ "The SIPAS of 63 provinces ranged from 73.8 to 95.3 percent, with 41 of them
        posting higher indexes": a count "of them" that acts counts the group counted last
        before it in its paragraph ("The average index of 63 provinces and cities is 74.6
        percent. Thirty of them recorded ...")."""
        if not self.cues.acts_after.match(rest):
            return None
        groups = list(_COUNTED_GROUP.finditer(left))
        phrase = " " + groups[-1]["np"] if groups else ""
        noun = self.cues.unit.match(phrase)
        if noun is None:
            return None
        unit, kind = self.cues.unit_of(noun["noun"])
        if kind != "count":
            return None
        other = _AND_PLURAL.match(phrase, noun.end())  # "cities and provinces"
        group = phrase[: other.end() if other else noun.end()].strip()
        return self._counted_unit(noun, unit), group

    def _parts_again(
        self, text: str, q: Quantity, right: str, before: list[Figure]
    ) -> tuple[str, str] | None:
        """ "six increased (...) and four declined", "seven looked up in 2017 and six picked
        up in 2018": a bare count that did something after a count of an index's parts in the
        clause counts those parts too: its unit and the parts as written."""
        if q.kind != "number" or q.relation is not None or not self.cues.part_result.match(right):
            return None
        count = _last_count(before)
        if count is None or count.unit.split()[-1] not in self._part_nouns:
            return None
        if self._plural.match(right) or self.cues.unit.match(right):
            return None  # "and 2 provinces fell": a noun of its own
        written = count.attrs.get("_counted") or " ".join(text[count.q.end : count.end].split())
        return count.unit, written

    def _parts_named(self, group: str) -> str | None:
        """The parts of an index or plan a group names ("PAPI's eight dimensions" ->
        "dimensions", "10 PCI component indices" -> "component indices"): the lower-case
        words that end the group, when they end in a part noun."""
        words: list[str] = []
        for word in reversed(group.split()):
            if not word.islower() or word in WORD_VALUES:
                break
            words.insert(0, word)
        if not words or not any(
            " ".join(words[i:]) in self.cues.structure_parts for i in range(len(words))
        ):
            return None
        return " ".join(words)

    def _cut_whole(self, text: str, before: list[Figure], q: Quantity) -> bool:
        """ "cut 12 departments to 9": after a verb that lowers, a count larger than the bare
        figure it is cut "to" is the whole before the cut (smaller, "cut 3 units to 18", it is
        the amount cut); so is one a passive verb lowers "to" ("560 communes were reduced to
        212"). The count is marked so that the figure takes it as its previous."""
        if not before or before[-1].role != PRIMARY or before[-1].value <= q.value:
            return False
        count = before[-1]
        if not (self.lowered(text, count.start) or self.cues.lowered_to.match(text, count.end)):
            return False
        count.attrs["_whole"] = True
        return True

    def lowered(self, text: str, start: int) -> bool:
        """A verb that lowers stands right before the count (or the word) at ``start``
        ("cut the 63", "reduce from")."""
        verb = _WORD_BEFORE.search(text, max(0, start - 30), start)
        return verb is not None and self.cues.object_by_direction.get(fold(verb[1])) == "decrease"

    def _passed_count(self, q: Quantity, left: str, right: str) -> tuple[str, int] | None:
        """A count in words of what an assembly passed, after the verb that passed it
        ("lawmakers also adopted two resolutions"), which a number in words may count as
        digits do (corpora/README.md: what an assembly or council passes)."""
        if not q.worded or not self.cues.pass_verb_before.search(left):
            return None
        m = self._plural.match(right)
        if m is None or singular(fold(m["head"])) not in self.cues.passed_nouns:
            return None
        return _plural_unit(m), q.end + m.end()

    def _plural_noun(
        self, q: Quantity, right: str, listed: bool, any_noun: bool = False
    ) -> tuple[str, int] | None:
        """A count of anything: digits followed by a plural noun phrase the cue files do not
        list ("22 decisions", "57 credit institutions", "80,000 state jobs"); its unit is
        the phrase in the singular. Numbers in words need a listed noun, unless they are an
        item of a list of counts (``listed``: "13 localities and four party commissions")."""
        if (q.worded and not listed) or q.kind != "number" or q.relation is not None:
            return None
        m = self._plural.match(right)
        if m is None or (fold(m["head"]) in self.cues.not_counted and not any_noun):
            return None
        return _plural_unit(m), q.end + m.end()

    def _named_after_link(self, q: Quantity, right: str) -> tuple[str, int] | None:
        """A part of a whole whose noun follows a linking verb: "of which 12 are wards",
        "51 are wards and 75 are communes" (the noun ends the item)."""
        if q.kind != "number" or q.relation is not None or not q.value.is_integer():
            return None
        link = _LINKED_NOUN.match(right)
        if link is None:
            return None
        m = self._plural.match(right, link.end() - 1)
        if m is None or not _ITEM_END.match(right, m.end()):
            return None
        unit = self.cues.units.get(fold(m["head"]))
        if unit is not None and unit[1] != "count":
            return None
        return (unit[0] if unit else _plural_unit(m)), q.end + m.end()

    def _one_of(
        self, q: Quantity, left: str, right: str, before: list[Figure]
    ) -> tuple[str, int] | None:
        """One of a listed count's kind, written in the singular as the next item after the
        plural counts before it: "28 communes and 1 town", "45 wards, one commune" (not "at
        least one city or one town", nor "eight people for one seat")."""
        if q.value != 1 or q.kind != "number" or q.relation is not None:
            return None
        if not _NEXT_ITEM.search(left):
            return None
        if _last_count(before) is None:
            return None
        m = _SINGULAR_ITEM.match(right)
        if m is None:
            return None
        words = m["noun"].lower().split()
        if words[0] in _NOT_ITEM_WORDS or words[-1] in _NOT_ITEM_WORDS:
            return None
        unit = self.cues.units.get(fold(m["noun"] + "s"))
        if unit is not None and unit[1] != "count":
            return None  # "1 day", "1 point": a unit of its own kind, no item of the list
        return (unit[0] if unit else m["noun"].lower()), q.end + m.end("noun")

    def _unit_of_next(self, text, q, right, before) -> tuple[str, int] | None:
        """A bare figure listed right before one with a unit takes it: "45.78 and 45.7
        points", "92.4, 61.5 and 71 percent" ("the unit is written once")."""
        if q.worded or q.kind != "number" or q.relation is not None:
            return None
        modified = _NEXT_MODIFIED.match(right)
        if modified is not None:
            # "615 level-3 and 905 level-4 online services": each figure has its own modifier
            # the next figure's noun as it reads it, with its modifier or after it
            found = None
            for at in (q.end + modified.start("theirs"), q.end + modified.end()):
                found = found or self._unit(text, at, text[at:], before)
            if found is None:
                return None
            unit, theirs = found[0], modified["theirs"].lower() + " "
            if unit.lower().startswith(theirs):  # "commune-level unit" -> "district-level unit"
                unit = f"{modified['mod'].lower()} {unit[len(theirs) :]}"
            return unit, q.end + modified.end("mod")
        m = _NEXT_FIGURE.match(right)
        if m is None or _OF_THEM.match(right[m.end() :]):
            return None  # "settled more than 17,000, 93% of them on time": a share of it
        if m["u"]:
            unit = "points" if m["u"].lower().startswith("point") else "%"
            if unit == "%" and q.value > 100:
                return None  # "429 or 89.38 percent of the 449 deputies": a count, restated
            return unit, q.end
        found = self._unit(text, q.end + m.end(), right[m.end() :], before)
        return (found[0], q.end) if found else None

    def _breakdown_unit(self, text: str, at: int, ce: int) -> tuple[str, int] | None:
        """The noun of a bare count that a bracketed breakdown right after it names:
        "500 were online (400 new applications, 100 ...)" counts applications."""
        opened = _BREAKDOWN_OPEN.match(text, at, ce)
        if opened is None:
            return None
        first = _DIGITS.match(text, opened.end(), ce)
        if first is None:
            return None
        m = self.cues.unit.match(text[first.end() : ce])  # the pattern is anchored with ^
        if m is None:
            return None
        unit, kind = self.cues.unit_of(m["noun"])
        return (unit, at) if kind == "count" else None

    def _listed_score(
        self,
        text: str,
        q: Quantity,
        right: str,
        before: list[Figure],
        entities: list[Entity],
        cs: int,
    ) -> bool:
        """A bare figure after a place, in a sentence that stated a score or spoke of scores
        before it, is that place's score ("led with 91.7 points, followed by Hai Phong (89.2)",
        "their low score in one index (Hanoi at 2.87 and HCMC at 2.96)"); so is a decimal
        after a place in a sentence that names an index before it ("high PCI rankings
        include Quang Ninh (73.20)")."""
        if q.plain:
            return False
        stated = any(f.role == PRIMARY and f.unit == "points" for f in before)
        if (
            not stated
            and not self.cues.score_word.search(text, cs, q.start)
            and not (not q.value.is_integer() and _index_near(entities, q.start, q.start - cs, cs))
            and not self._index_value_in_brackets(text, q, right, entities)
        ):
            return False
        if stated and _ITEM_END.match(right) and _named_just_before(entities, text, q.start):
            return True  # "followed by Da Nang with 70.11 points, Dong Thap 68.78, Long An 66.7"
        m = _AFTER_PLACE.search(text, max(0, q.start - 8), q.start)
        if m is None or (m[0].startswith("(") and not _CLOSES.match(right)):
            return False
        if m[0].startswith("(") and any(
            f.role == PRIMARY and f.unit == "points" and text[: f.start].rstrip().endswith("(")
            for f in before[-2:]
        ):
            return True  # "transparency (5.8366 points), accountability (4.3688)": the list's
        if m[0].startswith("(") and stated and text[: m.start()].rstrip().endswith(_CLOSE_QUOTES):
            return True  # 'with 7.169, followed by "Public Service Delivery" (6.870)': a
            # quoted part of the index after a score
        return _named_just_before(entities, text, m.start())

    @staticmethod
    def _listed_count(text: str, q: Quantity, right: str, before: list[Figure], entities) -> bool:
        """A whole number alone in brackets after a place or body, in a list after a count
        of another written after its holder, counts what that count does: "the most
        district-level units (30), followed by Thanh Hoa (26), Nghe An (20)", "including the
        Ministry of Transport with 249 procedures ..., the Ministry of Finance (223)"."""
        if not (q.plain and q.value.is_integer() and before) or not _CLOSES_EACH.match(right):
            return False
        last = before[-1]
        if last.role != PRIMARY or not last.q.plain or last.unit in NOT_COUNTS:
            return False
        if ending(_OPENED_BEFORE, text, 0, q.start) is None:
            return False
        if not _named_just_before(entities, text, q.start):
            return False
        # the count before is a list item too: in brackets, or after its holder and "with"
        # ("the Ministry of Transport with 249 procedures ..., the Ministry of Finance (223)")
        if ending(_OPENED_BEFORE, text, 0, last.q.start) is not None:
            return True
        opened = _AFTER_PLACE.search(text, max(0, last.q.start - 8), last.q.start)
        return opened is not None and _named_just_before(entities, text, opened.start())

    @staticmethod
    def _index_value_in_brackets(text: str, q: Quantity, right: str, entities) -> bool:
        """A decimal of three places alone in brackets, on a page about an index, is a score
        ("followed by Dong Thap Province (46.961)", the story's score named a sentence
        before)."""
        written = text[q.start : q.end]
        decimals = written.rsplit(".", 1)[-1] if "." in written else ""
        return (
            len(decimals) >= 3
            and ending(_OPENED_BEFORE, text, 0, q.start) is not None
            and bool(_CLOSES.match(right))
            and any(e.label == "INDEX" for e in entities)
        )

    def _score_context(self, text: str, at: int, cs: int, entities: list[Entity]) -> bool:
        """An index name (or "scored") just before a bare number makes it a score."""
        for e in entities:
            if e.label == "INDEX" and cs <= e.end <= at and at - e.end <= 30:
                between = text[e.end : at]
                if not _SCORE_BREAK.search(between) and len(between.split()) <= 5:
                    return True
        return bool(self.cues.score_lead.search(text[cs:at]))

    def _unit_before(self, left: str, right: str, q: Quantity) -> tuple[str, int] | None:
        """The counted noun of "Dossiers were 1,200": a noun, then only linking words, and
        at most what qualifies the count ("units after the merger is 34"); never when a
        plural noun of its own follows the count ("… services are two essential metrics")."""
        if self._plural.match(right) or (q.value == 1 and _OWN_SINGULAR.match(right)):
            return None  # "... the headquarters of one former province": its own noun
        at = q.end
        counted = self._number_of(left, at) if q.value.is_integer() else None
        if counted is not None:
            return counted
        # a noun a count counts ("... by 63 provinces totalled") is no noun of this figure
        nouns = [
            n
            for n in self.cues.count_noun.finditer(left)
            if not _COUNTED.search(left, 0, n.start())
        ]
        if not nouns:
            return None
        between = self.cues.count_qualifier.sub(" ", left[nouns[-1].end() :], count=1)
        for m in self.cues.cue.finditer(between):
            if self.cues.role_of(m[0]) == "link":
                between = between.replace(m[0], " ", 1)
        bracketed = between.strip() == "(" and q.plain and bool(_CLOSES.match(right))
        if between.strip() and not bracketed:
            return None  # (but "the most district-level units (30)": the count, in brackets)
        unit, kind = self.cues.unit_of(nouns[-1][0])
        if kind == "count" and bracketed:
            unit = self._bracketed_noun(left, nouns[-1]) or unit
        # "Hoa Vang and Son Tra districts scored 66.04 and 64.92 points": no count of
        # districts is a fraction
        return (unit, at) if kind == "count" and q.value.is_integer() else None

    def _bracketed_noun(self, left: str, noun: regex.Match) -> str | None:
        """The counted noun phrase before a count in brackets, with what describes it:
        "the highest number of district-level administrative units (30)"."""
        mods = _MODS_BEFORE.search(left, 0, noun.start())
        phrase = " " + left[mods.start() if mods else noun.start() : noun.end()]
        m = self._plural.fullmatch(phrase)
        if m is None or any(fold(w) in self.cues.superlatives for w in m["mods"].split()):
            return None
        return _plural_unit(m)

    def _number_of(self, left: str, at: int) -> tuple[str, int] | None:
        """The noun "the number of" counts (or the noun opening the clause), when only what
        narrows it (a participle, places, a year) and a linking verb stand before the figure:
        "the number of dossiers received by the centre in 2024 was 96,210"."""
        head = _NUMBER_OF.search(left)
        words = _FEW_WORDS if head is not None else _ONE_WORD
        head = head or _CLAUSE_OPENS.match(left)
        noun = self.cues.count_noun.search(left, head.end())
        if noun is None or not words.fullmatch(left, head.end(), noun.start()):
            return None  # "the number of online dossiers": a word or two before the noun
        rest = left[noun.end() :]
        links = [m for m in self.cues.cue.finditer(rest) if self.cues.role_of(m[0]) == "link"]
        after = rest[links[-1].end() :].strip() if links else ""
        if not links or (after and not self.cues.now.fullmatch(after)):
            return None  # only a word for "now" may follow the verb: "is now 14"
        if not _NARROWING.fullmatch(rest, 0, links[-1].start()):
            return None
        unit, kind = self.cues.unit_of(noun[0])
        return (unit, at) if kind == "count" else None

    def _parts_named_before(
        self, text: str, at: int, end: int, whole: float
    ) -> tuple[str, int] | None:
        """``(unit, end)`` of the last plural of an index's parts its clause names before
        ``at`` ("Of the 16 criteria, 9 out of 16 increased points": criteria); else of the
        parts its sentence counts with the same whole ("Among the 16 criteria, 9 out of 16
        increased points; 7 out of 16 decreased points")."""
        start = max(0, at - _PARTS_REACH)
        clause = max(text.rfind(c, start, at) for c in ".;:!?\n")
        sentence = max(text.rfind(c, start, at) for c in ".!?\n")
        last = counted = None
        for parts in self._plural.finditer(text, max(start, sentence), at):
            if singular(fold(parts["head"])) not in self._part_nouns:
                continue
            if parts.start() >= clause:
                last = parts
            elif _counted_as(text, parts.start(), whole):
                counted = parts
        found = last or counted
        return (_plural_unit(found), end) if found is not None else None

    def _parts_did(self, text: str, cs: int, q, right: str) -> bool:
        """The parts of an index counted at ``q`` did something: a result verb after them
        ("2/8 areas increased") or before "in" and them ("led the country in 4/8 axes")."""
        return bool(
            self.cues.structure_result.match(right)
            or ending(self.cues.result_in_parts, text, cs, q.start)
        )

    def _slash(self, text, q, cs, right, entities) -> Figure | None:
        did = q.value == int(q.value) and self._parts_did(text, cs, q, right)
        if self.cues.negative_after.match(right) and not did:
            return None  # "1/500 scale planning": a scale, no part of a whole
        if q.kind == "percent":
            fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit="%")
            fig.target = q.second
            return fig
        if q.kind == "money":  # "recovered 18.5/41.6 billion VND": a part of the sum due
            fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit=q.currency)
            fig.out_of = q.second
            return fig
        unit = self._unit(text, q.end, right, [])
        integers = q.value == int(q.value) and q.second == int(q.second or 0)
        share = _BRACKETED_SHARE.match(text, q.end) if unit is None and integers else None
        if share is not None:  # "57/57 (100%) tasks": the noun after the share it makes,
            # which stays a figure of its own
            unit = self._unit(text, share.end(), right[share.end() - q.end :], [])
            unit = (unit[0], q.end) if unit is not None else None
        parts = self._plural.match(text, q.end) if did and unit is None else None
        if parts is not None:  # "led the country in 4/8 content axes": a count, no rank
            unit = _plural_unit(parts), parts.end()
        # "ranked 10/63 provinces and cities": right after a rank verb, a slash is a rank
        # whatever noun follows; elsewhere a noun makes it a part of a whole ("67/83 communes").
        ranked_here = integers and (
            _RANKED_JUST_BEFORE.search(text, max(cs, q.start - 16), q.start)
            # "dropped 2 places, stopping at 29/63 provinces": where the move ended
            or ending(self.cues.moved_to, text, max(cs, q.start - 40), q.start)
        )
        if ranked_here or (
            unit is None
            and integers
            and (
                self.cues.rank_verb.search(text[cs : q.start])
                or _index_near(entities, q.start, 30, cs)
            )
        ):
            if q.second in (None, 0) or q.value > q.second:
                return None
            fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit="rank")
            fig.rank_total = int(q.second)
            scope = _RANK_SCOPE.match(text, fig.end)
            if scope:
                fig.scope, fig.end = scope["scope"], scope.end()
            return fig
        # "2/8 areas with increased scores": parts of a structure that did something
        did = did and integers
        scored = not did and self._score_context(text, q.start, cs, entities)
        if unit is None and integers and not scored:
            # "463/467 reviews": a part of a whole counts its plural, listed or not
            parts = self._plural.match(text, q.end)
            if parts is None or (fold(parts["head"]) in self.cues.not_counted and not did):
                return None
            unit = _plural_unit(parts), parts.end()
        over_plan = q.second is not None and q.value > q.second
        if over_plan and (unit is None or unit[0] == "points" or q.second <= 31):
            return None  # a score above its maximum, a date ("15/10"), "24/7 service"
        unit = unit or ("points", q.end)
        fig = Figure(q=q, start=q.start, end=unit[1], value=q.value, unit=unit[0])
        if over_plan:
            # "received 436,167/319,284 applications": more than a whole holds, so the
            # second count is the plan the first is measured against
            fig.target = q.second
        else:
            fig.out_of = q.second
        return fig

    def _part_of_whole(self, text, q, cs, right, left_core, total, entities) -> Figure | None:
        number, length = total
        after = q.end + length
        if self.cues.rank_verb.search(left_core[-16:]):
            return self._rank(text, q, q.value, right, total, entities)
        unit = None
        if self._parts_did(text, cs, q, text[after:]):
            # "five out of six indicators witnessed declines": parts that did something (also
            # when a unit word follows their verb: "6 out of 10 indicators increased points";
            # or before them: "improved in 3 out of 8 indicators")
            parts = self._plural.match(text, after)
            if parts is not None:
                unit = _plural_unit(parts), parts.end()
            elif self.cues.part_result.match(text[after : after + _PARTS_REACH]):
                unit = self._parts_named_before(text, q.start, after, number.value)
        elif self.cues.part_result.match(text[after : after + _PARTS_REACH]):
            # "9 out of 16 increased points": the parts the sentence named before
            unit = self._parts_named_before(text, q.start, after, number.value)
        if unit is None:
            unit = self._unit(text, after, text[after:], [])
        # "71.4 out of 100", "5.61 over 10-point scale": a score on a scale
        explicit = right.lstrip().lower().startswith("out of") or bool(_SCALE.match(right))
        scale = number.value in _SCORE_SCALES
        # "processing timelines at 16.39 out of 20": a part in decimals of a whole is no
        # count of parts but a score against its maximum
        fraction = not q.value.is_integer() and q.value <= number.value
        score = scale or fraction or self._score_context(text, q.start, cs, entities)
        if unit is None and (explicit or not q.worded):
            # "35 out of 53 essential e-services": the whole counts what the cue files do not
            # list; the part counts the same (left alone, the whole became the figure). As
            # for any such count, a number in words needs a listed noun, unless "out of"
            # makes it a part ("five out of 14 villages").
            parts = self._plural.match(text, after)
            head = fold(parts["head"]) if parts is not None else None
            if head is not None and (
                head not in self.cues.not_counted or head in self.cues.covered
            ):
                unit = _plural_unit(parts), parts.end()
        if unit is None and not (explicit and score):
            return None
        unit = unit or ("points", after)
        fig = Figure(q=q, start=q.start, end=unit[1], value=q.value, unit=unit[0])
        # "used 9,870 of the assigned 10,200 staff positions": a whole a target cue names
        # is the goal the part reached, not a whole it is part of
        planned = ending(self.cues.cue_suffix, right[: length - number.end].rstrip())
        if planned is not None and self.cues.role_of(planned[0]) == "target":
            fig.target = number.value
        else:
            fig.out_of = number.value
        return fig

    def _by_to(self, text, q, pos, cs, left_core) -> list[Figure]:
        """ "rose (by) 8% to 98%": after a change's cue, the first figure of "A to B" is the
        change and the second the value it led to, not a range."""
        change, base = _ending_in(self.cues.change, pos, left_core, 40)
        joint = _RANGE_JOINT.search(text, q.start, q.end)
        if joint is None or "to" not in joint[0] or q.second is None:
            return []
        if change is None and q.kind == "percent":
            # "reduce the number of civil servants by 2 percent to 259,590": the verb, its
            # object and "by"
            return self._object_by_to(text, q, pos, left_core, joint)
        if change is None:
            return []
        if q.kind == "number":
            # "the number of departments fell by 5 to 12": what "the number of" counts
            unit = self._number_of_plural(text, cs, base + change.start(), _AUXILIARY_ONLY)
            if unit is None:
                return []  # a count's "rose 5 to 12" names no unit for the change
        elif q.kind not in ("percent", "money"):
            return []
        else:
            unit = "%" if q.kind == "percent" else q.currency
        reached = unit
        if q.kind == "percent" and _count_after_percent(text, q, joint):
            # "the number of civil servants fell by 2 percent to 259,590": a count reached, of
            # what "the number of" counts
            reached = self._number_of_plural(text, cs, base + change.start(), _AUXILIARY_ONLY)
            if reached is None:
                return []
        moved = Figure(q=q, start=q.start, end=joint.start(), value=q.value, unit=unit)
        moved.role, moved.direction = "change", self.cues.direction[_key(change["c"])]
        moved.cue_start = base + change.start()
        return [moved, Figure(q=q, start=joint.end(), end=q.end, value=q.second, unit=reached)]

    def _object_by_to(self, text, q, pos, left_core, joint) -> list[Figure]:
        """ "reduce the number of civil servants by 2 percent to 259,590": the percentage is
        the change of the count the object names, reached after "to"."""
        verb, base = _ending_in(self.cues.object_by, pos, left_core, 80)
        if verb is None or not _count_after_percent(text, q, joint):
            return []
        unit = self._object_plural(text, base, verb)
        if unit is None:
            return []
        moved = Figure(q=q, start=q.start, end=joint.start(), value=q.value, unit="%")
        moved.role = "change"
        moved.direction = self.cues.object_by_direction.get(fold(verb["v"]))
        moved.cue_start = base + verb.start("v")
        return [moved, Figure(q=q, start=joint.end(), end=q.end, value=q.second, unit=unit)]

    def _object_plural(self, text: str, base: int, verb: regex.Match) -> str | None:
        """The unit of the plural a verb of raising or lowering takes as its object ("reduce
        (the) (number of) civil servants by"), ``verb`` matched from ``base``; None when the
        object is no plural noun phrase."""
        at, end = base + verb.start("o"), base + verb.end("o")
        for opening in (_DETERMINER, _NUMBER_OF):
            m = opening.match(text, at, end)
            at = m.end() if m else at
        plural = self._plural.match(text, at - 1, end)
        if plural is None or text[plural.end() : end].strip():
            return None
        return _plural_unit(plural)

    def _from_to(self, text, q, pos, cs, ce, right, left_core, periods, before=()) -> list[Figure]:
        """ "rose from 28% to 51.5%" gives an earlier value and a figure; "from 80 to 90%"
        without a change is a range, read as its lower bound; "ranging from 78.16% to
        90.59%" is a spread across holders, read as both its ends. Bare numbers right after
        a change take its unit ("rose 3.2 points, from 80.1 to 83.3")."""
        unit = "%" if q.kind == "percent" else q.currency if q.kind == "money" else None
        if unit is None:
            found = self._unit(text, q.end, right, [])
            unit = found[0] if found else self._unit_counted_before(text, cs, q.start)
            if unit is None and q.kind == "number" and _moved_by(text, before, q.start):
                unit = before[-1].unit
            if unit is None:
                return []
        joint = _RANGE_JOINT.search(text, q.start, q.end)
        cut = joint.start() if joint else q.end
        if q.second is not None and self.cues.spread_from.search(left_core):
            low = Figure(q=q, start=q.start, end=cut, value=q.value, unit=unit)
            high = joint.end() if joint else q.end
            return [low, Figure(q=q, start=high, end=q.end, value=q.second, unit=unit)]
        cut_by = (  # "will reduce from 1.5 to 2% of civil servants": by how much, a range
            q.second is not None
            and q.second > q.value
            and self.lowered(text, pos + left_core.lower().rfind("from"))
        )
        changed = (
            q.second is not None
            and not cut_by
            and (
                q.second < q.value
                or self.cues.change_context.search(text, cs, q.start)
                or self.cues.object_verb.search(text, cs, q.start)  # "raised its rate from"
            )
        )
        if not changed:
            fig = Figure(q=q, start=q.start, end=q.end, value=q.value, unit=unit)
            return [fig] if plausible(replace(q, second=None)) else []
        old = Figure(q=q, start=q.start, end=cut, value=q.value, unit=unit, role="previous")
        old.cue_start = pos + left_core.lower().rfind("from")
        new = Figure(q=q, start=cut, end=q.end, value=q.second or 0.0, unit=unit)
        # "to about 3,300": a qualifier of metric_qualifiers.csv before the value reached
        reached = next((i for i in range(cut, q.end) if text[i].isdigit()), q.end)
        new.approximate = self._qualifier(text[cut:reached])[0]
        return [old, new]

    def _after_multiple_unit(self, text, cs, before, q) -> tuple[str, int] | None:
        """ "Commune-level units to be reduced by four times to 2,500": the value a change by
        a multiple led to counts the clause's counted noun."""
        if not before or before[-1].role != "change" or before[-1].unit != "times":
            return None
        if _TO_NEW_VALUE.fullmatch(text, before[-1].end, q.start) is None:
            return None
        unit = self._unit_counted_before(text, cs, before[-1].q.start)
        return (unit, q.end) if unit else None

    def _changed_number_unit(self, text, pos, cs, left_core, q) -> tuple[str, int] | None:
        """A bare count after a change cue counts what "the number of" before the cue counts:
        "the number of departments was reduced by 5" (5 departments fewer)."""
        change, base = _ending_in(self.cues.change, pos, left_core, 40)
        if change is None or q.kind != "number":
            return None
        unit = self._number_of_plural(text, cs, base + change.start(), _QUALIFIED_AUXILIARY)
        return (unit, q.end) if unit else None

    def _lowered_object_unit(self, text, pos, left_core, q, before) -> tuple[str, int] | None:
        """A bare count after a verb of raising or lowering, its object and "by" counts that
        object's plural: "reduce the number of districts by six", "cut staff positions by
        9" (how many fewer). Not after a count of the same in the sentence ("into 37 units,
        reducing the number of units by 71"): that count's change, which is left unread."""
        if q.kind != "number" or q.relation is not None:
            return None
        verb, base = _ending_in(self.cues.object_by, pos, left_core, 80)
        unit = self._object_plural(text, base, verb) if verb is not None else None
        if unit is None:
            return None
        if any(f.role == PRIMARY and f.unit == unit for f in before):
            return None
        return unit, q.end

    def _listed_object_unit(self, text, cs, q, before) -> tuple[str, int] | None:
        """A bare count after "<object> by" in a list the verb of raising or lowering opened
        before it: "reduce officials by 521 people, civil servants by 2,015 and public
        employees by 2,767" counts civil servants, then public employees."""
        if q.kind != "number" or q.relation is not None or not before:
            return None
        if before[-1].role != PRIMARY:
            return None  # "... was cut by 33, and personnel downsized by 3,853": no list of cuts
        item = ending(_LISTED_OBJECT, text, max(cs, before[-1].end), q.start)
        if item is None or not self.cues.object_verb.search(text, cs, before[-1].start):
            return None
        # the object's noun, and what qualifies it ("public employees paid by the budget")
        plural = self._plural.match(text, item.start("o") - 1, item.end("o"))
        if plural is None:
            return None
        unit = _plural_unit(plural)
        if any(f.role == PRIMARY and f.unit == unit for f in before):
            return None
        return unit, q.end

    def _unit_counted_before(self, text: str, cs: int, at: int) -> str | None:
        """What the clause counts before ``at``, for figures that carry no noun of their own:
        its counted noun ("departments under ministries dropped from 519 to 190":
        departments), else the plural "the number of" counts right before "from", listed or
        not ("cut the number of government bodies from 30 to 21")."""
        nouns = list(self.cues.count_noun.finditer(text, cs, at))
        if nouns:
            heads = [n for n in nouns if not _OBJECT_OF.search(text, cs, n.start())]
            head = (heads or nouns)[-1]
            level = _LEVEL_BEFORE.search(text, cs, head.start())  # "commune-level units"
            unit = self.cues.unit_of(head[0])[0]
            return f"{level['l'].lower()} {unit}" if level else unit
        return self._number_of_plural(text, cs, at, _FROM_ONLY, changed=True)

    def _number_of_plural(
        self, text: str, cs: int, at: int, rest: regex.Pattern, *, changed: bool = False
    ) -> str | None:
        """The unit of the plural the last "the number of" before ``at`` counts, when only
        ``rest`` stands between the plural and ``at`` (or, when ``changed``, a change verb
        and its auxiliaries before it: "the number of mass organisations fell from")."""
        numbers = list(_NUMBER_OF.finditer(text, cs, at))
        if not numbers:
            return None
        # the pattern opens with the space before the noun
        parts = self._plural.match(text, numbers[-1].end() - 1, at)
        if parts is None:
            return None
        if not rest.fullmatch(text, parts.end(), at):
            verb = rest.search(text, parts.end(), at) if changed else None
            change = verb and ending(self.cues.change, text, parts.end(), verb.start())
            if not change or not _AUXILIARY_ONLY.fullmatch(text, parts.end(), change.start()):
                return None
            if verb.end() != at:
                return None
        return _plural_unit(parts)

    # --- roles --------------------------------------------------------------------------
    def _role(self, fig, text, q, pos, cs, ce, left_core, right, periods) -> None:
        if fig.attrs.pop("_reached", False):
            return
        cues = self.cues
        if q.sign and fig.unit not in ("rank", ""):  # "+2.1 points", "(−1.2%)": a change
            fig.role = "change"
            fig.direction = "decrease" if q.sign == "-" else "increase"
            fig.cue_start = q.start
        cut = ending(self.cues.gerund_cut, left_core)
        if cut and left_core[cut.start()] != "(" and not _cuts_the_count(text, pos, cut, right):
            cut = None
        if cut and fig.unit not in ("%", "rank", "points", ""):
            # "has 9 specialized agencies (reducing 2 agencies)": the count's change
            fig.role, fig.direction, fig.cue_start = "change", "decrease", pos + cut.start()
            return
        change, base = _ending_in(cues.change, pos, left_core, 40)
        # "gaining 9.94 out of 10.5 points": a score against its maximum, no change
        if change and fig.unit != "rank" and not (fig.out_of and fig.unit == "points"):
            fig.role, fig.direction = "change", cues.direction[_key(change["c"])]
            if (
                fig.unit in _RANK_STEPS
                and q.value <= _LONGEST_MOVE
                and not _counted_before(text, cs, q.start, fig.unit)
            ):
                # "climbed two positions": places; but "3,096 positions were assigned, a
                # reduction of 30 positions": staff positions, as counted before; and no
                # ranking has thousands of places
                fig.unit = "place"
            fig.cue_start = base + change.start()
            return
        moved = _MOVE_AFTER.match(text, fig.end) if fig.unit == "place" else None
        if moved:  # "rank No. 36 (4 places higher)", "seven places lower than in 2022"
            fig.role, fig.cue_start = "change", q.start
            fig.direction = "increase" if moved["d"].lower() in ("higher", "up") else "decrease"
            return
        verb, base = _ending_in(cues.object_by, pos, left_core, 80)
        if verb and fig.unit != "rank" and _TO_FIGURE.match(text, fig.end):
            # "raise the online rate by 10 points to 80%": the change of the value after "to"
            fig.role, fig.direction = "change", cues.object_by_direction[_key(verb["v"])]
            fig.cue_start = base + verb.start()
            fig.attrs["_measured"] = (base + verb.start("o"), base + verb.end("o"))
            return
        verb = None
        if fig.unit == "place":
            verb, base = _ending_in(cues.object_from, pos, left_core, 80)
        if verb and _TO_FIGURE.match(text, fig.end):
            # "lifting that component 29 places to 14th": the move to the rank after "to"
            fig.role, fig.direction = "change", cues.object_by_direction[_key(verb["v"])]
            fig.cue_start = base + verb.start()
            return
        gap = _AVERAGE_GAP.match(right)
        if gap and fig.unit != "rank":
            sign = -1 if gap["dir"].lower() in ("lower", "below", "less") else 1
            fig.role, fig.difference = "average", sign * fig.value
            fig.scope = self._scope_word(gap["scope"] or "")
            fig.end = q.end + gap.end()
            if _VALUE_NEXT.match(right, gap.end()):
                # "4.58% above the national average of 80.49%": the average's own value
                # follows, and reads its cue from the words the gap leaves to it
                fig.end = q.end + gap.end("dir")
            return
        moved = _MOVED_AFTER.match(text, fig.end) if fig.unit == "place" else None
        if moved:  # "It is 2 places up compared to 2022": a rank move written after
            fig.role = "change"
            fig.direction = "increase" if moved["dir"].lower() == "up" else "decrease"
            fig.cue_start, fig.end = q.start, moved.end()
            return
        linked_to = pos + len(left_core)  # where a bound before the figure begins, if any
        if (
            fig.unit == "times"
            and fig.value > 1
            and cues.times_earlier.match(right)
            and _AFTER_FIGURE_COMMA.search(text, max(cs, q.start - 80), linked_to)
        ):
            # "VND148 trillion, 13 times last year's figure": the multiple of the earlier
            # value is the change of the value before the comma
            fig.role, fig.direction, fig.cue_start = "change", "increase", q.start
            return
        after = _CHANGE_AFTER.match(right)
        if after and fig.unit != "rank":
            lower = after["dir"].lower() in ("lower", "less", "worse")
            fig.role, fig.direction = "change", "decrease" if lower else "increase"
            fig.cue_start = q.start
            return
        noun = cues.change_noun.match(right)
        if (
            noun
            and fig.unit in ("%", "points", "times", "place")
            and q.relation is None
            and (
                _link_before(_A_BEFORE, text, max(cs, q.start - 80), q.start, linked_to)
                or (
                    _link_before(_A_AFTER_COUNT, text, max(cs, q.start - 80), q.start, linked_to)
                    and (fig.unit == "times" or _COMPARES_AFTER.match(right, noun.end()))
                )
                # "a 13-rank improvement compared to 2023; ranking 30th": the move of the
                # position its sentence gives after it
                or (fig.unit == "place" and _position_later(text, q.end + noun.end()))
                # "... 85.75 points. This marks a 14.5-point increase": a sentence that only
                # gives the change of the figure before it
                # (not "a 10% reduction in career staff": a cut of what it names)
                or (
                    _ARTICLE_BEFORE.search(text, cs, q.start) is not None
                    and cues.continuation.fullmatch(text, cs, q.start) is not None
                    and _NAMES_WHAT.match(right, noun.end()) is None
                )
            )
        ):
            # "82.66%, a 2.58% increase from 2022", "42%, a 2.5-fold rise from 2023", "5th, a
            # 3-place improvement": the figure is the change it names
            fig.role, fig.direction = "change", cues.change_noun_direction[_key(noun["n"])]
            fig.cue_start = q.start
            fig.end = max(fig.end, q.end + noun.end())  # the noun too: "increase over 2014"
            return
        # an attribute's cue ends at most _ATTRIBUTE_GAP characters before the figure
        window = pos + max(0, len(left_core) - _ATTRIBUTE_GAP - 2 * LONGEST_CUE)
        core_end = pos + len(left_core)
        found = [
            c
            for c in self._clause_cues(text, cs, ce)
            if window <= c.start and c.end <= core_end and c.role in _ATTRIBUTE_ROLES
        ]
        if not found:
            return
        cue = found[-1]
        cue_start, cue_end = cue.start - pos, cue.end - pos  # in left_core
        between = left_core[cue_end:]
        if len(between) > _ATTRIBUTE_GAP or _GAP_BREAK.search(between.lstrip(" :")):
            return
        if _closes_aside(left_core[:cue_start], between):
            return  # "Ho Chi Minh City (the locality with the largest plan) disbursed ..."
        role = cue.role
        if role == "average" and (
            _METRIC_THEN_LINK.match(between)
            or _AN_AVERAGE.search(left_core, 0, cue_start)
            or len(_CONTENT_WORD.findall(between)) > 1
        ):
            return  # "an average compliance cost of VND6.2 million": the figure itself
        word = _key(cue.phrase)
        if (
            role == "previous"
            and word in _WEAK_PREVIOUS
            and not self.cues.change_context.search(text, cs, q.start)
            # "was arranged from 10 wards to 3 wards": a merger changes the count too
            and not (
                word == "from"
                and self.cues.merged_past.search(text, cs, cue.start)
                and _TO_A_COUNT.match(right)
            )
        ):
            return
        if role == "previous" and _AND_NEXT.match(between):
            return  # "1.2 percent against and 0.2 percent abstention": votes, no comparison
        if role == "previous" and _TO_AFTER_PERIOD.search(between):
            return  # "rose 1.2 points over 2022 to 81.5 points": the value it rose to
        if role == "previous" and _AND_AFTER_PERIOD.search(between):
            return  # "compared to 2022 and 69/91 units achieved": the comparison's year, then
            # another statement
        if role == "previous" and _BY_END.search(between):
            return  # "lower the staff paid from the state budget by 20%": by how much, not from
        if role == "previous" and word in _AFTER_A_FIGURE and pos <= cs:
            return  # no figure before it in the clause: nothing to compare with
        if role == "previous" and fig.unit == "times":
            return  # "(nearly 4 times the average rate)": a ratio of its own, no earlier value
        if role == "previous" and word == "from" and _opens_clause_period(text, cue.end, q.start):
            return  # "From 2016-2018 the ministry cut 93": where a span begins, no comparison
        fig.role = role
        fig.cue_start = cue.start
        if role == "average" and self._link_verb(between.strip()):
            fig.attrs["_own_clause"] = True  # "the national average was 96.19%"
        if role == "average":
            window = max(0, cue_start - 24)
            scopes = list(self.cues.scope.finditer(left_core, window, cue_start))
            if scopes:
                fig.scope = self._scope_word(scopes[-1][0])
                fig.cue_start = pos + scopes[-1].start()
        elif role == "previous":
            fig.period = _period_between(periods, cue.end, q.start) or fig.period
            if fig.period is None:
                after = _period_near(periods, fig.end, 16)
                if after is not None and not _DIGITS.search(text, fig.end, after.start):
                    # "from 6.71 points to 6.77 in 2023": that period is the later figure's
                    fig.period, fig.end = after.period, after.end

    def _scope_word(self, text: str) -> str | None:
        found = list(self.cues.scope.finditer(text))
        if not found:
            return None
        subject = self.cues.scopes[_key(found[-1][0])]
        return None if subject.startswith("@") else subject

    def _goal(self, text: str, cs: int, at: int, end: int, ce: int) -> bool:
        """The clause states a goal: a goal cue before the figure ("asked ... to raise ... to
        80%"), or a modal right after its noun ("13 ministries would remain")."""
        start = cs
        purpose = _PURPOSE_OPENING.match(text, cs, ce)
        if purpose is not None and purpose.end() <= at:
            # "To ensure support for people, the committee assigned 3 more staff": the purpose
            # the sentence opens with is the act's, no goal of the figures after it
            start = purpose.end()
        first = self._first_goal(text, cs, ce, start)
        if first is not None and first <= at:
            # "planned to recruit 459 ..., but it received 3,924": what follows "but" happened,
            # unless it states a goal of its own ("but also to cut costs by 10%")
            # ("directed building the e-government, which has saved 40 percent of time": what a
            # relative clause says has been done happened too)
            but = _BUT.search(text, first, at) or _DONE_RELATIVE.search(text, first, at)
            if but is None or any(
                c.role == "goal" and but.end() <= c.start and c.end <= at
                for c in self._clause_cues(text, cs, ce)
            ):
                return True
        aside = _ASIDE_AFTER.match(text, end, ce)
        if aside is not None:  # "130 trillion VND (about $5.5 billion) will be required"
            end = aside.end()
        reach = min(ce, end + _MODAL_REACH)
        for pattern in (_CLAUSE_STOP, _FINITE, _COORDINATED_FIGURE):
            stop = pattern.search(text, end, reach)
            reach = stop.start() if stop else reach
        after = (
            c
            for c in self._clause_cues(text, cs, ce)
            if end <= c.start
            and c.end <= reach
            # "249 procedures waiting to be cut": a state, no goal
            and not ending(self.cues.pending_before, text, end, c.start)
        )
        # "will have to be streamlined": a longer cue that opens with a modal says so too
        keys = (_key(c.phrase) for c in after)
        modals = self.cues.modals
        return any(key in modals or key.split(" ", 1)[0] in modals for key in keys)

    def _first_goal(self, text: str, cs: int, ce: int, start: int | None = None) -> int | None:
        """Where the clause's first goal cue from ``start`` on ends (read once per clause;
        cue phrases hold no digits, so none runs into a figure and the clause's cues before a
        figure are the cues of the text before it)."""
        start = cs if start is None else start
        cached_text, span, first = self._goal_cache
        if cached_text is not text or span != (cs, ce, start):
            # "the portal, a platform that aims to connect ..., has only 14.6%": a goal in a
            # relative clause describing the holder is no goal of the figure
            asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, cs, ce)]
            # "When Customs needs to verify a certificate, it takes two months": the clause
            # a sentence opens with sets the occasion; its need is no goal of the figures after
            opening = _OCCASION_OPENING.match(text, cs, ce) or _TOPIC_OPENING.match(text, cs, ce)
            if opening:
                asides.append(opening.span())
            goals = (
                c.end
                for c in self._clause_cues(text, cs, ce)
                if c.role == "goal"
                and c.start >= start
                and not any(a <= c.start < b for a, b in asides)
                and not self._move_ends_at(text, cs, c)
                and not self._done_outcome(text, cs, c)
            )
            first = next(goals, None)
            self._goal_cache = (text, (cs, ce, start), first)
        return first

    def _done_outcome(self, text: str, cs: int, cue: _Cue) -> bool:
        """An outcome infinitive after a verb in the past ("Ninh Thuan merged with Khanh Hoa to
        establish a new province with 65 communes", "were merged to form 23 provinces"): what
        the act made, no goal (metric_words.csv outcome_infinitive)."""
        if _key(cue.phrase) not in self.cues.outcome_infinitives:
            return False
        return bool(self.cues.merged_past.search(text, max(cs, cue.start - 120), cue.start))

    def _move_ends_at(self, text: str, cs: int, cue: _Cue) -> bool:
        """A goal cue of reaching right after a move's size ("up 15 places to reach 71st")."""
        if not cue.phrase.lower().startswith("to "):
            return False
        return bool(self._move_size_before.search(text, max(cs, cue.start - 40), cue.start))

    def _clause_cues(self, text: str, cs: int, ce: int) -> list[_Cue]:
        """Every cue phrase of the clause with its role, found once per clause and looked up
        by offset (cue phrases hold no digits, so none runs into a figure: the clause's cues
        before a figure are the cues of the text before it)."""
        cached_text, span, found = self._cue_cache
        if cached_text is not text or span != (cs, ce):
            role_of = self.cues.role_of
            found = [
                _Cue(m.start(), m.end(), m[0], role_of(m[0]))
                for m in self.cues.cue.finditer(text, cs, ce)
            ]
            self._cue_cache = (text, (cs, ce), found)
        return found

    def _valid(self, fig: Figure, right: str) -> bool:
        if fig.out_of is not None and fig.value > fig.out_of:
            return False
        if fig.unit == "rank":
            return fig.value >= 1 and (fig.rank_total is None or fig.value <= fig.rank_total)
        over_100 = fig.role == "change" or bool(_OVER_100.match(right))
        q = fig.q
        if q.relation == "slash" and q.kind != "percent" and fig.target == q.second:
            q = replace(q, relation=None, second=None)  # "436,167/319,284": the plan's side
        return plausible(q, over_100=over_100) or q.relation == "range"


_ATTRIBUTE_ROLES = frozenset({"average", "previous", "target"})


class _Cue(NamedTuple):
    """A cue phrase found in a clause: its offsets in the text, its words and role."""

    start: int
    end: int
    phrase: str
    role: str


_SCORE_SCALES = frozenset({10.0, 100.0, 1000.0})
# The maximum of a score's scale written after it: "over 10-point scale", "on a 100-point scale".
_SCALE = regex.compile(
    r"\s*(?:over|on|out\s+of|in)\s+(?:a\s+|the\s+)?(?P<n>\d+(?:\.\d+)?)\s*[-–]?\s*points?\s+scale\b",
    regex.IGNORECASE,
)
# "VND 4.2 billion (US$182,000)": the same sum in a second currency.
_SECOND_CURRENCY = regex.compile(
    r"\s*[(\[]\s*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|over|or|"
    r"equivalent\s+to|equal\s+to)\s+)?",
    regex.IGNORECASE,
)


def _same_sum_again(text: str, figures: list[Figure], fig: Figure) -> bool:
    """A sum given again in another currency in brackets is one metric, in the first
    currency (SPEC 7)."""
    if fig.q.kind != "money" or not figures or figures[-1].q.kind != "money":
        return False
    before = figures[-1]
    return before.unit != fig.unit and bool(_SECOND_CURRENCY.fullmatch(text, before.end, fig.start))


_STOP_WORDS = (
    "of|the|a|an|and|or|in|at|on|for|to|by|from|with|were|was|is|are|be|been|than|that|which|"
    "this|these|those|its|their|per|as|into|over|under|out|among|while|each|every|all|more|"
    "less|about|nearly|almost|some|other|others|new|more"
)
# Up to three words that may describe a noun, right before it: no function word and no word
# of degree ("the most communes", "the highest number of district-level units").
_MODS_BEFORE = regex.compile(
    rf"(?<=\s)(?:(?!(?:{_STOP_WORDS}|most|fewest|least|number)\b)\p{{Ll}}[\p{{L}}'-]*\s){{1,3}}$"
)
# A word in small letters after "one", no function word: the noun, or what describes it.
_OWN_SINGULAR = regex.compile(rf"\s+(?!(?:{_STOP_WORDS})\b)\p{{Ll}}[\p{{Ll}}-]+\b")


# Digits grouped by dots, as on pages written by Vietnamese hands in English ("24.885
# documents"): a count of things is whole, so the dots group thousands.
_DOT_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+")
# A score of an index written with a decimal comma: "48,095 points" (few scores run into the
# thousands, so the comma before three digits is no thousands separator there, unless the
# digits are round: "a total score of 1,000 points").
_SCORE_DECIMAL_COMMA = regex.compile(r"\d{1,2},(?!000)\d{3}")


def _counted_before(text: str, start: int, end: int, unit: str) -> bool:
    """A count of ``unit`` (one of _RANK_STEPS, singular or plural) between ``start`` and
    ``end``, or "the number of" them ("the number of civil servant positions assigned
    decreased by 5,381 positions")."""
    return any(
        m["n"].lower() == unit
        for pattern in (_STEP_COUNT, _STEPS_NUMBERED)
        for m in pattern.finditer(text, start, end)
    )


_CLOSE_QUOTES = ("”", '"', "’", "'")


def _plural_unit(m: regex.Match) -> str:
    """The unit of a counted plural noun phrase (``_plural_phrase``): its words, the head in
    the singular ("central focal points" -> "central focal point")."""
    return " ".join([*m["mods"].split(), singular(m["head"])])


def _key(phrase: str) -> str:
    from ..text import fold

    return fold(phrase)


def _shared_unit(
    left: str, right: str, before: list[Figure], at: int, plural: regex.Pattern
) -> tuple[str, int] | None:
    """ "1,200 at ministries and 3,400 at localities": the second count shares the unit,
    unless a noun of its own (``plural``) follows ("13 localities, 10 economic groups")."""
    count = _last_listed_count(left, before)
    if count is None or plural.match(right):
        return None
    return count.unit, at


_NOT_ITEM_WORDS = frozenset(
    {"of", "in", "on", "at", "to", "the", "a", "per", "each", "more", "other", "others", "less"}
    | {"as", "by", "for", "with", "from", "than", "or", "is", "was", "were", "has", "had"}
)
# The count written right before a plural: "the 16 (evaluation) criteria".
_COUNT_BEFORE = regex.compile(r"(?<![\d.,])(?P<n>\d+)\s+$")


def _counted_as(text: str, at: int, whole: float) -> bool:
    """The plural at ``at`` is counted with ``whole`` right before it ("the 16 criteria")."""
    while at < len(text) and text[at].isspace():
        at += 1  # a plural's match opens on the space before its first word
    m = _COUNT_BEFORE.search(text, max(0, at - 12), at)
    return m is not None and float(m["n"]) == whole


# Between a rank verb and a bare number: the verb ends a list item before the number's.
_ITEM_BREAK = regex.compile(r"[,;]|\b(?:and|or|while|but)\b", regex.IGNORECASE)
# A contrast after a goal: what follows it happened ("planned to recruit 459, but received").
_BUT = regex.compile(r"\bbut\b(?!\s+(?:also|not|rather)\b)", regex.IGNORECASE)
# A relative clause that says what has been done: ", which has saved", ", which helped".
# It ends before the verb, so a goal verb there still states a goal (", which targeted to").
_DONE_RELATIVE = regex.compile(
    r",\s*which(?=\s+(?:(?:has|have|had)\s+(?:(?:already|also|so\s+far)\s+)?(?!been\b)"
    r"\p{Ll}+(?:ed|en)|\p{Ll}+ed)\b)"
)
# One name numbered twice: "Ha Long 1 and Ha Long", "Hai Chau 1 and Hai Chau" (before "2").
_NUMBERED_NAMES = regex.compile(
    r"(?<![\p{L}])(?P<n>(?-i:\p{Lu}\p{Ll}+)(?:\s(?-i:\p{Lu}\p{Ll}+)){0,2})\s\d{1,2}\s+(?:and|or|,)\s+"
    r"(?P=n)\s*$"
)
# "one" naming an item of a count just given, and what may stand before it: "adopted two
# resolutions: one on ... and one on ...", "12 communes, one in the north".
_ITEM_PRONOUN = regex.compile(
    r"one\s+(?:on|regarding|concerning|about|for|in\s+the|at\s+the)\b", regex.IGNORECASE
)
_ITEM_OPENING = regex.compile(r"(?:[:;,]|\band)\s*$", regex.IGNORECASE)
# A list's next item right after a cue word: "against and 0.2 percent abstention".
_AND_NEXT = regex.compile(r"\s*and\s", regex.IGNORECASE)
# Between two scores of a pair: "72.13 and 72.40", "6.4, 6.1".
_PAIRED = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# "12 are wards": a linking verb between a count and its noun.
_LINKED_NOUN = regex.compile(r"\s+(?:are|were)\s")
# After a list item's noun: the item ends ("12 are wards, 3 communes").
_ITEM_END = regex.compile(r"\s*(?:[,.;)]|and\b|$)")
# Before the next item of a list of counts: "28 communes and", "12 wards,", "including".
_NEXT_ITEM = regex.compile(r"(?:[,:]|\band|\bincluding)\s*$")
# "1 town", "one special zone" closing a list of counts: the noun, then the list's end.
_SINGULAR_ITEM = regex.compile(
    r"\s+(?P<noun>\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)"
    r"(?=\s*(?:[,.;)]|(?:and|with|in)\b|$))"
)


def _count_of_whole(text: str, q: Quantity, before: list[Figure]) -> Figure | None:
    """The count ``q`` is the whole of: the count right before it, with its noun and "out of
    a total of" between ("reduce 3,200 positions out of a total of 29,166 positions", "291
    services (out of a total of 418 procedures")."""
    if q.kind != "number" or q.relation is not None:
        return None
    count = _last_count(before)
    if count is None or count.out_of is not None or count.value >= q.value:
        return None
    return count if _OUT_OF_TOTAL.fullmatch(text, count.end, q.start) else None


# "(out of a total of", "out of the": what joins a count and its noun to its whole
_OUT_OF_TOTAL = regex.compile(
    r"\s*\(?\s*(?:(?:out\s+)?of\s+(?:a|the)\s+total\s+of|out\s+of(?:\s+the)?)\s+",
    regex.IGNORECASE,
)


def _others_unit(right: str, before: list[Figure], q: Quantity) -> tuple[str, int] | None:
    """ "36 localities climbed, 24 others fell", "7 rising sub-indices and 3 falling ones":
    "others" and "ones" count what the count before it in the clause counts."""
    m = _OTHERS.match(right)
    if m is None or q.kind != "number" or q.relation is not None:
        return None
    count = _last_count(before)
    return (count.unit, q.end + m.end()) if count else None


def _list_left(text: str, cs: int, left: str) -> str:
    """The words before a figure as a list reads them: a clause that opens right after a
    semicolon is the list's next item ("5,778 in 2015; 11,900 in 2016")."""
    if not left.strip() and text[max(0, cs - 3) : cs].rstrip().endswith(";"):
        return ";"
    return left


def _last_count(before: list[Figure]) -> Figure | None:
    """The clause's last count of things before a figure, if its last number is one."""
    counts = [f for f in before if f.role == PRIMARY and f.q.kind == "number"]
    if not counts or counts[-1].unit in ("", "points", "rank", "place"):
        return None
    return counts[-1]


def _last_listed_count(left: str, before: list[Figure]) -> Figure | None:
    """The count a figure follows as the next item of a list ("1,200 dossiers ..., and")."""
    return _last_count(before) if _SHARED.match(left) else None


# "24 others", "3 falling ones", "the new ones": the noun of the count before, unsaid
_OTHERS = regex.compile(r"\s+(?:others|(?:\p{Ll}+\s+)?ones)\b", regex.IGNORECASE)
# A level written right before a counted noun: "its commune-level (administrative) units".
_LEVEL_BEFORE = regex.compile(r"\b(?P<l>\p{L}+-level(?:\s+administrative)?)\s+$", regex.I)
# A noun after a preposition qualifies the one before it ("departments under ministries"),
# unless it is what a "number of" counts.
_OBJECT_OF = regex.compile(
    r"(?<!\b(?:number|numbers|total|share|proportion|rate)\s+)"
    r"\b(?:under|in|at|for|by|from|across|within|among|of)\s+"
    r"(?:(?:the|its|their|all)\s+)?(?:[\p{L}-]+\s+)?$",
    regex.IGNORECASE,
)
# "the (total) number of (online) dossiers": what a count after the verb counts.
_NUMBER_OF = regex.compile(r"\b(?:total\s+)?number\s+of\s+", regex.I)
_DETERMINER = regex.compile(r"(?:the|its|their)\s+", regex.I)
_FROM_ONLY = regex.compile(r"\s+from\s+", regex.I)
# ... or only auxiliaries before a change cue: "the number of departments (was) reduced by".
_AUXILIARIES = rf"\s*(?:(?:{_AUXILIARY_WORDS})\s+){{0,3}}"
_AUXILIARY_ONLY = regex.compile(_AUXILIARIES, regex.I)
# ... or after what qualifies the plural: "the number of departments under ministries and
# general departments will be reduced by 177".
_QUALIFIED_AUXILIARY = regex.compile(
    r"(?:\s+(?:and|under|in|at|within|across|of)\s+[^,.;:()\d]{1,80}?"
    # ... with the places it is of counted and listed: "under the People's Committees of 8
    # districts, towns and cities (is reduced by 16)"
    r"(?:\d+(?:\s+[\p{L}'-]+)+(?:,(?:\s+[\p{L}'-]+)+)*\s+)?)?" + _AUXILIARIES,
    regex.I,
)
# A count inside the phrase "the number of" opens, before its verb: "the number of agencies
# under the People's Committees of (8) districts, towns and cities is reduced by 16".
_INSIDE_NUMBER_OF = regex.compile(
    r"\bnumber\s+of\s+[^,.;:()\d]{1,60}?\s(?:under|of|in|at|within|across)\s+[^,.;:()\d]{0,60}$",
    regex.I,
)
# ... and the verb after those places: "... towns and cities (is reduced)".
_VERB_AFTER_PLACES = regex.compile(
    r"[^.;:()\d]{0,60}?\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+\p{Ll}+ed\b",
    regex.I,
)
# ... or the noun opening its clause: "Dossiers under the ward's authority totalled 3,150".
_CLAUSE_OPENS = regex.compile(
    r"\s*(?:(?:in|by|as\s+of)\s+(?:19|20)\d\d\s*,?\s+)?(?:(?:the|all)\s+)?", regex.I
)  # past a year that opens it: "In 2024, dossiers received ..."
# The words allowed before the noun: two after "the number of", one opening a clause.
_FEW_WORDS = regex.compile(r"(?:[\p{L}'-]+\s+){0,2}")
_ONE_WORD = regex.compile(r"(?:[\p{L}'-]+\s+)?")
# A noun right after a count is that count's ("... by 63 provinces"), no other figure's.
_COUNTED = regex.compile(r"\d\s+(?:[\p{L}'-]+\s+)?$")
# What may narrow that noun before its verb: words and years, no other figure, no clause
# break ("received by the centre in 2024", "settled on time at the provincial level"), and
# the count of an agent or a source ("received by 34 localities", "from the 63 provinces").
_NARROWING = regex.compile(
    r"(?:\s+(?:[\p{L}'-]+|(?:19|20)\d\d|(?<=\b(?:by|from|across|of)\s+(?:the\s+|all\s+)?)\d[\d,]*)){0,10}"
    # ... and what else it counts and leaves out, set off by commas: ", civil servants and
    # public employees, excluding those at the Ministry of Public Security and at commune level,"
    r"(?:,(?:\s+[\p{L}'-]+){1,14}){0,4},?\s+",
    regex.I,
)
# A part of an owner's counted units: "1,900 of the province's (administrative procedures)".
_OF_OWNER = regex.compile(r"\s+of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s(?=\s)")
# "from the state budget by": a "from" that only leads to how much, not to an earlier value.
_BY_END = regex.compile(r"\bby\s*$", regex.IGNORECASE)
# Where a range's second number starts: "28% to 51.5%", "78.18-92.00 percent".
_RANGE_JOINT = regex.compile(r"(?<=\S)\s*(?:\bto\b|[-–—])")
# A bar's group: "no localities scored", "none of the provinces fell" ...
_NO_GROUP = regex.compile(r"\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*$", regex.I)
# ... or a count, then at most a few words (no punctuation, no second predicate) before the
# verb; "and" only inside the group's name ("14 ministries and ministerial-level agencies").
_GROUP_TAIL = regex.compile(
    r"\s*(?:(?!(?:but|while|which|that|who)\b)[\w'-]+\s+){0,5}(?<!\b(?:and|or)\s+)"
)
# The second end of "between 70 percent and 80 percent", "70 to 80%".
_PAIR_REST = regex.compile(
    r"\s*(?:and|to|-|–|—)\s*\d[\d.,]*\s*(?:%|percent|per\s?cent|points?)?", regex.I
)
# "fell below 80 per cent, at 78.72 per cent": the value after a crossed threshold.
_VALUE_AFTER = regex.compile(r"\s*,?\s*(?:at|with|to)\s+\d", regex.I)
_OPEN_BRACKET = regex.compile(r"\(\s*$")
_CLOSE_BRACKET = regex.compile(r"\s*\)")
# A bounded figure alone in brackets but for a few words: "(score of 0.5988 or more)",
# "(90% and above)", "(0.6321 points upwards)"


def _to_bound(bar_bounds: frozenset[str]) -> regex.Pattern:
    """ "80% to less than 90%": a band's lower end, then its open upper end after a bar
    qualifier of metric_qualifiers.csv."""
    bars = phrase_pattern(b for b in bar_bounds if b != "between")
    return regex.compile(
        rf"\s*(?:-|–|to)\s*(?:{bars})\s+[\d.,]+\s*(?:{_PERCENT}|points?)?",
        regex.IGNORECASE,
    )


_BOUND_OPENS = regex.compile(r"\(\s*(?:\p{L}[\p{L}'-]*\s+){0,3}$")
_BOUND_CLOSES = regex.compile(r"\s*(?:\p{L}[\p{L}'-]*\s*){0,2}\)")


def _compared_after(text: str, fig: Figure, before: list[Figure]) -> bool:
    """``fig`` is a change told after the figure ("0.13 higher than") right after a change of
    the same unit: that one is the value it compares."""
    return (
        fig.role == "change"
        and fig.cue_start == fig.q.start
        and bool(before)
        and before[-1].role == "change"
        and before[-1].unit == fig.unit
        and text[before[-1].end : fig.start].strip() == ","
    )


def _skipped(q: Quantity, end: int) -> Figure:
    """A figure read and dropped: the text up to ``end`` is no other figure either."""
    fig = Figure(q=q, start=q.start, end=end, value=q.value, unit="")
    fig.role = DROPPED
    return fig


_LARGE_COUNT = 10_000
# A sentence's opening field of ranks: up to six words after its size, the last a plural
# noun, then a comma ("Among 14 Mekong Delta provinces and cities, ...").
_OPENING_FIELD = regex.compile(r"\s+(?P<field>(?:[\p{L}'’-]+\s+){0,5}\p{Ll}[\p{L}-]*s)\s*,")
_OPENING_REACH = 120  # characters: the opening phrase of a sentence


def _asked(text: str, at: int) -> bool:
    """The sentence holding ``at`` is a question ("How would you rate the top 10 ...?")."""
    stop = _SENTENCE_STOP.search(text, at)
    return stop is not None and stop[0] == "?"


_SENTENCE_STOP = regex.compile(r"[.?!\n]")


# After a count: what makes it a part of a whole ("8 of the 10", "8 out of 10").
_PART_OF = regex.compile(r"\s+(?:out\s+)?of\b", regex.IGNORECASE)


# How far back a sentence may have named the parts a bare count of them counts, and how far
# after the count their result verb is looked for ("9 out of 16 increased points").
_PARTS_REACH = 200
# "% points" after a percentage: percentage points.
_PERCENT_POINTS = regex.compile(r"\s*points?\b", regex.IGNORECASE)
# "to just 34", "into only five": the words before a value a count or a score became.
_JUST = r"(?:(?:just|only)\s+)?"
# "rose 0.31 points to 6.42", "fell by 0.4 points, to 81.25".
_TO_NEW_VALUE = regex.compile(rf"[\s,]*to\s+{_JUST}", regex.I)
# "to 80%", "to just 5": a value right after a change.
_TO_FIGURE = regex.compile(rf"[\s,]*to\s+{_JUST}(?:\p{{Ll}}+\s+)?[\d$]", regex.I)
# "... compared to 2022 and", "... from last year and ranked": the comparison's period, then
# another statement (up to three words of it before its figure).
_AND_AFTER_PERIOD = regex.compile(
    rf"(?:\d{{4}}|{EARLIER_TIME})\s*,?\s*and\s+(?:\p{{L}}[\p{{L}}-]*\s+){{0,3}}$", regex.I
)
# "... over 2022 to": the comparison's period, then the value the change led to.
_TO_AFTER_PERIOD = regex.compile(
    rf"\d{{4}}\s*,?\s*to\s+{_JUST}(?:(?:the|rank|ranking)\s+)?$", regex.I
)  # "... nine positions over 2017 to the 46th"
# "merge 137 communes and wards into 51", "the country's 63 provinces ... to just 34": what
# the counted units became ("into" always; "to" only after a whole, see _WHOLE_BEFORE).
_BECAME = regex.compile(
    # "merged into 51", "were merged to form 34 new communes": what the units became
    rf"[^.;:()\d]{{0,60}}?(?:\b(?P<into>in)?to|(?P<into>\bmerged\s+to\s+(?:form|create)))\s+{_JUST}",
    regex.I,
)
# A whole: "its 18 wards", "the country's 63 provinces" (a bare "cut 3 units to 18" is the
# amount cut, not the whole; "cut 12 units to 9" is one: ``_cut_whole``).
_WHOLE_BEFORE = regex.compile(r"(?:\b(?:its|their)|['’]s)\s*$", regex.I)
# The word right before a count ("cut 12 departments"), past an article.
_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+(?:(?:the|all)\s+)?$")
# After "into five": punctuation, the end or a small word, so no noun of its own.
_NO_NOUN_AFTER = regex.compile(rf"\s*(?:[^\w\s]|$|(?:{_STOP_WORDS}|after|last|next)\b)", regex.I)


def became(text: str, count: Figure, at: int) -> bool:
    """The units ``count`` counts became the figure at ``at``: merged "into" it, or, when
    the count is a whole ("its", "the country's"), reduced "to" it."""
    m = _BECAME.fullmatch(text, count.end, at)
    whole = count.attrs.get("_whole") or _is_whole(text, count.start)
    return m is not None and (bool(m["into"]) or whole)


def _is_whole(text: str, start: int) -> bool:
    return _WHOLE_BEFORE.search(text, max(0, start - 24), start) is not None


def _reduced_later(
    text: str, start: int, end: int, ce: int, lowered: bool, merges: regex.Pattern
) -> bool:
    """The whole counted at ``start`` ("the country's 63 provinces", or ``lowered``: "cut the
    63 provinces") is reduced "to" or merged "into" a figure later in the clause ("the 63
    provinces were merged into 34": a verb of ``merges`` before "into"): it is a count, not
    the frame ("the 63 provinces are divided into four groups" stays the frame)."""
    m = _BECAME.match(text, end, ce)
    if m is None or m.end() >= ce or not _A_NUMBER.match(text, m.end()):
        return False  # "63 cities and provinces, according to a report": no figure after "to"
    merged = bool(m["into"]) and merges.search(text, end, m.end()) is not None
    return lowered or merged or _is_whole(text, start)


_A_NUMBER = regex.compile(rf"\d|(?:{NUMBER_WORDS})\b", regex.IGNORECASE)


# Units of a change that the value it leads to does not share: "by four times to 2,500"
# (a change in percent or points leads to a value in them).
_NO_VALUE_UNIT = NOT_COUNTS - {"%", "points"}


def _new_value_unit(text: str, before: list[Figure], q: Quantity) -> tuple[str, int] | None:
    """A bare figure right after a change and "to" is the value the change led to, in the
    change's unit (a change in percentage points leads to a percentage)."""
    if not before or before[-1].role != "change" or before[-1].unit in _NO_VALUE_UNIT:
        return None
    change = before[-1]
    if _TO_NEW_VALUE.fullmatch(text, change.end, q.start) is None:
        return None
    unit = "%" if "percentage" in text[change.q.end : change.end].lower() else change.unit
    return unit, q.end


def _merged_unit(
    text: str, before: list[Figure], q: Quantity, cut_whole: bool, at: int
) -> tuple[str, int] | None:
    """A bare figure the counted units before it became, with no noun of its own, counts
    them too ("ten ministries are merged into five", "cut 12 departments to 9" when
    ``cut_whole``); ``at`` is where the figure's qualifier starts ("to about 3,321")."""
    if not before or before[-1].role not in (PRIMARY, "target"):
        return None
    count = before[-1]
    if count.q.kind != "number" or count.unit in ("", "rank", "place", "points", "%"):
        return None
    if not became(text, count, at) or not _NO_NOUN_AFTER.match(text, q.end):
        return None
    return count.unit, q.end


# A bare count whose noun the sentence gave before: "of which 184,912 were settled",
# "...: 1,421 at provincial level", "; 121 had resigned".
_OF_THOSE = r"(?:which|whom|these|them)"
_ELIDED_LEFT = regex.compile(rf"(?:^|[,:;]|\bof\s+{_OF_THOSE}|\bwhile|\band)\s*$", regex.I)
# A part of the count before, whatever follows: "of which 9,650, or 98.5%, ...".
_ELIDED_PART = regex.compile(
    rf"(?:\b(?:of|among)\s+{_OF_THOSE}|\bincluding|\bin\s+which)\s*$", regex.I
)
_AND_VERB_LEFT = regex.compile(
    r"(?:\band|,)\s+\p{Ll}+ed(?:\s+and\s+\p{Ll}+ed)?(?:\s+(?:the\s+)?results\s+(?:for|of))?\s*$"
)  # "and settled 498,150;", ", processed and returned results for 256,"
_CLAUSE_END = regex.compile(r"\s*(?:[;,.)]|$)")
_ELIDED_RIGHT = regex.compile(
    r"\s*(?:(?:were|was|had|have|has|are|is|remained|got)\b"
    # "6,878 work at the provincial level"
    r"|(?:\p{Ll}+\s+)?(?:at|in)\s+(?:the\s+)?[\w-]+\s+level\b"
    r"|(?:at|of)\s+levels?\s+\d"  # "900 services: 120 at level 3, ..."
    r"|\()",
    regex.I,
)


# What may stand between a bare count and the bracket that breaks it down: a short
# predicate ("were online", "were settled"), no figure and no sentence or clause break.
_BREAKDOWN_OPEN = regex.compile(r"[^\d()\[\];.:,]{0,40}?[(\[]\s*")
_DIGITS = regex.compile(r"\d[\d,.]*")
# An apposition that describes a holder with a relative clause, between commas.
_RELATIVE_ASIDE = regex.compile(
    r",\s+(?:an?|the)\s+(?:(?![\w-]*ed\b)[\w-]+\s+){1,4}(?:that|which|who)\b[^,;.]{0,120},(?!\d)",
    regex.IGNORECASE,
)
_OCCASION_OPENING = regex.compile(r"\s*(?:when|whenever)\b[^,;.]{0,120},(?!\d)", regex.IGNORECASE)
# ... or the topic ("Regarding the plan to merge communes, the share of voters agreeing
# reached 97.49%"): the plan is what was voted on, not a goal of the figures after it.
_TOPIC_OPENING = regex.compile(
    r"\s*(?:(?:specifically|in\s+particular|meanwhile),\s*)?"
    r"(?:regarding|concerning|as\s+for|as\s+to|with\s+regard\s+to|with\s+respect\s+to|for)"
    r"\s+the\s+(?:plan|proposal|project|draft|scheme)\b[^,;.]{0,120},(?!\d)",
    regex.IGNORECASE,
)
# ... and a purpose it opens with: "To ensure support for people, ...", "In order to ..., ".
_PURPOSE_OPENING = regex.compile(
    r"\s*(?:to|in\s+order\s+to|so\s+as\s+to)\s+(?!date\b)[a-z]+\b[^,;.\d]{0,120},(?!\d)",
    regex.IGNORECASE,
)
# A percent sign or word inside a figure's text.
_PERCENT_IN = regex.compile(rf"%|{PERCENT_WORDS}", regex.IGNORECASE)


def _count_after_percent(text: str, q: Quantity, joint: regex.Match) -> bool:
    """The end of "2 percent to 259,590" after ``joint`` is a count, no percentage: no
    percent written with it, and more than a hundred."""
    return q.second > 100 and not _PERCENT_IN.search(text, joint.end(), q.end)


_TOP_BEFORE = regex.compile(r"\b(?:top|bottom)\s*$", regex.IGNORECASE)
_GROUP_OF_BEFORE = regex.compile(r"\bgroup\s+of\s*$", regex.IGNORECASE)


# Up to three words that describe a counted plural noun, then the noun: "state jobs",
# "medical examination and treatment facilities" is too long and reads "facilities".
def _plural_phrase(false_plurals: str) -> regex.Pattern:
    """The pattern of a counted plural noun phrase; ``false_plurals`` is the alternation of
    words that end in "s" but are no plural noun (metric_words.csv false_plural)."""
    return regex.compile(
        # a pair of modifiers joined by "and"/"or" may open it ("provincial and city
        # administrations", "medical examination and treatment facilities"); the word before
        # "and" is no plural noun ("wards and communes" is a list)
        rf"\s(?P<mods>(?:(?:(?!(?:{_STOP_WORDS})\b)[\p{{L}}][\p{{L}}'-]*\s)?"
        rf"(?!(?:{_STOP_WORDS})\b)[\p{{L}}][\p{{L}}'-]*(?<!s)\s(?:and|or)\s)?"
        rf"(?:(?!(?:{_STOP_WORDS})\b)[\p{{L}}][\p{{L}}'-]*\s){{0,3}}?)"
        rf"(?P<head>(?!(?:{false_plurals})\b)"
        # "mass", "access": no plural; "criteria": one without an "s"
        r"(?:\p{Ll}[\p{Ll}-]{2,}(?:(?<!s)s|people|staff|personnel)|criteria))\b"
    )


# A capitalised plural noun after a possessive: "People's Committees", "People's Councils".
_CAPITAL_PLURAL = regex.compile(r"\s(\p{Lu}\p{Ll}{2,}s)\b")
# The nouns a position may follow in a rank move: "from number 99", "to position 4".
_RANK_NOUNS = r"number|position|level"
# "from level 19", "to position 4": a number after a rank noun in a move is a position.
_FROM_RANK_NOUN = regex.compile(rf"\bfrom\s+(?P<n>{_RANK_NOUNS}|No\.)\s*$", regex.I)
# A service level's number, alone or the second of a list: "level 4", "levels 3 and 4".
_SERVICE_LEVEL = regex.compile(
    r"\b(?:levels?|stages?)[\s-]+(?:of\s+)?(?:\d\s*(?:,|and|or|&)\s*(?:levels?[\s-]*)?)?$",
    regex.IGNORECASE,
)
_SERVICE_LEVELS = frozenset({1.0, 2.0, 3.0, 4.0})
_TO_RANK_NOUN = regex.compile(rf"\s*to\s+(?:{_RANK_NOUNS}|No\.)\s*", regex.I)
_TO_RANK_NOUN_END = regex.compile(rf"\bto\s+(?:the\s+)?(?:{_RANK_NOUNS}|No\.)\s*$", regex.I)
# A series of yearly ranks: "from number 99 in 2014 to 89 in 2016 and 88 in 2018".
_IN_A_YEAR = r"in\s+(?:19|20)\d\d\b"
_SERIES_JOINT = r"(?:,\s*(?:and\s+)?|and\s+)(?:(?:then|to)\s+)?"
_TO_PLAIN_RANK = regex.compile(rf"\s*(?:{_IN_A_YEAR}\s*)?,?\s*to\s+", regex.I)
_NEXT_IN_SERIES = regex.compile(rf"\s*(?:{_IN_A_YEAR}\s*)?{_SERIES_JOINT}", regex.I)
_IN_YEAR = regex.compile(rf"\s+{_IN_A_YEAR}")
_SERIES_GOES_ON = regex.compile(rf"\s+{_IN_A_YEAR}\s*{_SERIES_JOINT}\d+\s+{_IN_A_YEAR}", regex.I)
_FROM_BEFORE = regex.compile(rf"\bfrom\s+(?:the\s+)?(?:(?:{_RANK_NOUNS})\s+)?$", regex.IGNORECASE)


def _opens_clause_period(text: str, at: int, figure: int) -> bool:
    """A year or span right after "from" at ``at``, then a clause of two words or more before
    the figure: "From 2016-2018 the ministry cut 93 procedures"."""
    m = _PERIOD_THEN_CLAUSE.match(text, at, figure)
    return m is not None and m.end() == figure


_PERIOD_THEN_CLAUSE = regex.compile(
    r"\s*(?:19|20)\d\d(?:\s?(?:-|–|—|to)\s?(?:(?:19|20)?\d\d))?,?"
    r"(?:\s+[\p{L}'’-]+){2,}\s+",
    regex.IGNORECASE,
)


# The word right after a count of one, no modifier of a compound: "1 district", not "1 commune-
# level unit".
_SINGLE_WORD = regex.compile(r"\s+(\p{Ll}+)(?![\p{L}-])")
_SINGLE_TWO_WORDS = regex.compile(r"\s+(\p{Ll}+\s+\p{Ll}[\p{Ll}-]*)(?![\p{L}-])")
# The noun of a rank left, after its position: "from the second rank to the third rank".
_RANK_LEFT = r"(?:(?:rank|place|position|spot)\s+)?"
# The year an earlier rank was held, right after it: "from 29th position in 2020 to ...".
_DATED_RANK = regex.compile(rf"\s*{_RANK_LEFT}in\s+(?P<y>(?:19|20)\d\d)\b", regex.IGNORECASE)
# The time of an earlier rank, right after it: "(6th) last year (to 8th)", "(29th) in 2020".
_EARLIER_RANK_TIME = rf"{EARLIER_TIME}\s*,?\s+"
_TO_BEFORE = regex.compile(
    # "jumped nine positions over 2017 to the 46th": past the year compared with; "climbed 14
    # places, to No. 38"
    rf"\s*,?\s*{_RANK_LEFT}(?:(?:over|from|{COMPARED}|against)\s+"
    r"(?:(?:19|20)\d\d|(?:the\s+)?(?:previous|last|prior)\s+(?:year|report|edition|survey))"
    rf"\s*,?\s*|{_EARLIER_RANK_TIME})?"
    rf"(?:to|into)\s+(?:the\s+)?(?:(?:{_RANK_NOUNS})\s+)?",
    regex.IGNORECASE,
)
_TO_ORDINAL = regex.compile(
    # "from 29th in 2020 to", "from 6th last year to 8th": the earlier rank's time first
    rf"\s*{_RANK_LEFT}(?:{_EARLIER_RANK_TIME})?"
    rf"(?:to|into)\s+(?:the\s+)?(?:(?:{_RANK_NOUNS})\s+)?\w",
    regex.IGNORECASE,
)
# What stands between a figure and an ordinal set beside it: ", fifth", ", or fifth", " and 6th".
_APPOSED = regex.compile(r"[^.;:!?()\d]{0,40}?(?:,\s*(?:or\s+|and\s+)?|\s+and\s+)", regex.I)
_AND_ONLY = regex.compile(r"\s*(?:,|and|,\s*and)\s*", regex.IGNORECASE)
# The year a change is compared with, then "and" and the next change of the same cue.
_AND_AFTER_COMPARED = regex.compile(
    r"\s*(?:\p{L}+\s+){1,2}(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\s*,?\s*and\s*", regex.IGNORECASE
)
_THE_BEFORE = regex.compile(r"\b(?:the|both|these|those)\s*$", regex.IGNORECASE)
_ONE_OF = regex.compile(r"\s+of\b", regex.IGNORECASE)
# Before a count of every province: "of the 63 localities", "all 34 provinces", and the
# field led ("has led 63 provinces and cities in online payments", with any verb of leading).
_ALL_OF = regex.compile(
    r"(?:\b(?:the|all|across|nationwide|in|for|among|to|from|of|led|leads|leading)|['’]s)\s*$",
    regex.IGNORECASE,
)
_RANK_STEPS = frozenset({"position", "step", "spot", "notch"})
# A preposition of place right before a count of places no move names ("in one place").
_PLACED_IN = regex.compile(r"\b(?:in|at)\s+$", regex.IGNORECASE)
# The longest move a ranking allows: the UN's e-government survey ranks 193 countries.
_LONGEST_MOVE = 200
_LEVELS_AFTER = regex.compile(r"\s+levels?\b(?!\s+of\b)", regex.IGNORECASE)
# A count of those nouns: "3,096 positions".
_STEP_COUNT = regex.compile(rf"\d\s+(?P<n>{'|'.join(sorted(_RANK_STEPS))})(?:e?s)?\b", regex.I)
# ... or "the number of" them: "the number of civil servant positions".
_STEPS_NUMBERED = regex.compile(
    rf"\bnumber\s+of\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?P<n>{'|'.join(sorted(_RANK_STEPS))})s\b", regex.I
)
_WITH_SCORE = regex.compile(r"\s+with\s+\d")
_WITH_BEFORE = regex.compile(r"\bwith\s*$", regex.IGNORECASE)
# How far before a figure "an unchanged ranking of" may start (it ends right before it).
_RANKED_REACH = 60
_RANKED_JUST_BEFORE = regex.compile(
    # "ranked 10/63", "placed at 5/34", "reached the ranking of 24/63 provinces", "(reach 90%)
    # and rank 10/63 provinces"
    r"\b(?:ranked|ranks|rank|ranking|placed|positioned"
    # "an unchanged ranking of 38 out of 63", "with unchanged ranking of 38 out of 63"
    r"|(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:rank|ranking|position)\s+of)"
    r"\s+(?:at\s+)?$",
    regex.IGNORECASE,
)


def _paragraph_before(text: str, cs: int, at: int, reach: int = 300) -> str:
    """The text of the paragraph before ``at``, at most ``reach`` characters before the
    clause's start ``cs``."""
    start = max(0, cs - reach)
    para = text.rfind("\n\n", start, at)
    return text[para + 2 if para >= 0 else start : at]


def _elided_unit(
    text: str, cs: int, left: str, right: str, before: list[Figure], q: Quantity
) -> tuple[str, int] | None:
    counts = [f for f in before if f.role == PRIMARY and f.q.kind == "number"]
    if not counts or counts[-1].unit in ("", "points", "rank", "place"):
        return None
    count = counts[-1]
    told = (
        _ELIDED_PART.search(left)
        or (_ELIDED_LEFT.search(left) and _ELIDED_RIGHT.match(right))
        # "received 512,300 dossiers and settled 498,150;": a second verb of the same count
        or (_AND_VERB_LEFT.search(left) and _CLAUSE_END.match(right))
    )
    if not told and left.rstrip().endswith(":"):
        # "63 APs (Department of Education and Training: 13; Department of Justice: 38)":
        # the count broken down by holder in the bracket opened right after it
        opened = next(
            (
                c
                for c in reversed(counts)
                if text[c.end : q.start].lstrip().startswith("(")
                and ")" not in text[c.end : q.start]
            ),
            None,
        )
        if opened is not None:
            return opened.unit, q.end
    # "(6,100 applications online, 1,700 at the counter)": items of one bracketed list
    listed = _ELIDED_LEFT.search(left) and 0 <= open_bracket(text, cs, q.start) < count.start
    # "2,106 dossiers (811 online)": a bracket right after the count opens on a part of it
    listed = listed or (text[count.end : q.start].strip() == "(" and _WORD_AFTER.match(right))
    if told and len(counts) > 1 and _in_closed_aside(text, counts[-2].end, count, q.start):
        # "4,200 dossiers (including 1,830 online), of which 4,150": the count the aside
        # breaks down, not the aside's
        count = counts[-2]
    return (count.unit, q.end) if told or listed else None


_WORD_AFTER = regex.compile(r"\s+\p{Ll}")
# A month and a day, then the list goes on with another day: "February 18 and (19)".
_LATER_DAY = regex.compile(
    rf"\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:\s*(?:,|and|&|[-–])\s*\d{1,2}(?:st|nd|rd|th)?)*"
    # (a comma alone is no list of days: "As of July 1, six provinces")
    r"(?:\s*,?\s*(?:and|&)\s+|\s*[-–]\s*)$",
)
# The clause before a semicolon, back to its sentence's start.
_SEMICOLON_CLAUSE = regex.compile(r"[^.;]*;\s*$")
# What a rank is held in, right after the ordinal: "in", "for", "nationwide".
_HELD_IN = regex.compile(r"\s+(?:in|for|on|nationwide|in\s+the\s+country)\b", regex.IGNORECASE)


def _by_item_unit(
    text: str, left: str, before: list[Figure], q: Quantity
) -> tuple[str, int] | None:
    """ "the number of departments was reduced by 5, staff positions by 9, and deputy heads
    by 2": a list's later item names its own plural noun and "by", the verb said once, after
    a count given "by" a verb."""
    counts = [f for f in before if f.role in (PRIMARY, "change") and f.q.kind == "number"]
    if q.kind != "number" or not counts or counts[-1].unit in NOT_COUNTS:
        return None
    if not _BY_BEFORE.search(text, max(0, counts[-1].start - 8), counts[-1].start):
        return None
    item = _BY_ITEM.search(left)
    if item is None:
        return None
    *mods, head = item["np"].split()
    return " ".join([*mods, singular(head)]), q.end


# "reduced by 5": a count right after "by".
_BY_BEFORE = regex.compile(r"\bby\s+$", regex.IGNORECASE)
# ", staff positions by", ", and deputy heads by": a list item with its own plural noun.
_BY_ITEM = regex.compile(r"[,;]\s*(?:and\s+)?(?P<np>(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+s)\s+by\s+$")


def _earlier_in_bracket(text: str, q: Quantity, right: str, before: list[Figure]) -> bool:
    """A bare number alone in a bracket right after a figure (and its year), with nothing but
    its own year: "7.76 points (7.34 in 2023)" is the figure's measure in an earlier year."""
    if not before or q.relation is not None or q.kind != "number":
        return False
    fig = before[-1]
    return (
        fig.role == PRIMARY
        and fig.unit in ("points", "%")
        and _BRACKET_OPENS.fullmatch(text, fig.end, q.start) is not None
        and _YEAR_CLOSES.match(right) is not None
    )


_BRACKET_OPENS = regex.compile(rf"\s*(?:{_IN_A_YEAR}\s*)?\(\s*", regex.IGNORECASE)
_YEAR_CLOSES = regex.compile(rf"\s+{_IN_A_YEAR}\s*\)", regex.IGNORECASE)


def _in_closed_aside(text: str, since: int, count: Figure, at: int) -> bool:
    """``count`` sits in a bracket opened after ``since`` and closed before ``at``."""
    head = text[since : count.start]
    return head.rfind("(") > head.rfind(")") and ")" in text[count.end : at]


# A level written inside a counted noun phrase: "(VNeID) level 2", "level-4", "tier 3".
_LEVEL_MODIFIER = regex.compile(
    r"\s+(?:(?!\d)[\p{L}-]+\s+){0,2}?(?:level|tier|grade)[\s-]?\d{1,2}\b(?![.,]\d)",
    regex.IGNORECASE,
)
# A group counted in passing: "among 63 cities and provinces", "of the 17 ministries".
_COUNTED_GROUP = regex.compile(
    r"\b(?:among|of|for|across)\s+(?:(?:the|all|its|their)\s+)?\d[\d,]*\s+"
    r"(?P<np>[\p{L}'’-]+(?:\s+(?:and\s+)?[\p{L}'’-]+){0,3})",
    regex.IGNORECASE,
)
_AND_PLURAL = regex.compile(r"\s+and\s+[\p{L}'’-]+s\b", regex.IGNORECASE)
# "Among the 63 localities, ", "Of its 18 wards, ": the group a bare count is taken from.
_AMONG_GROUP = regex.compile(
    r"\b(?:among|of|out\s+of|regarding)\s+(?:(?:the|its|their|all)\s+)?(?:\d[\d.,]*\s+)?"
    r"(?P<np>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})\s*,\s*(?:(?:\p{Ll}+ly|just)\s+)?$",
    regex.IGNORECASE,
)
# "followed by Hai Phong (89.2) and Ben Tre (88.6)", "... Ca Mau with 85.1": a bare figure
# in brackets or after "with" or "at", right after a place.
_AFTER_PLACE = regex.compile(r"(?:\(|\b(?:with|at))\s*$", regex.IGNORECASE)
_CLOSES = regex.compile(r"\s*\)")
# Between a change and the values it moved between: "rose 3.2 points, from 80.1 to 83.3".
_CHANGE_THEN_FROM = regex.compile(r"\s*[,–—-]?\s*from\s+", regex.IGNORECASE)


def _moved_by(text: str, before, at: int) -> bool:
    """The last figure ``before`` is a change that "from" and the figure at ``at`` follow."""
    return bool(
        before
        and before[-1].role == "change"
        and _CHANGE_THEN_FROM.fullmatch(text, before[-1].end, at)
    )


_CLOSES_EACH = regex.compile(r"\s*(?:each\s*)?\)")  # "Quang Nam and Gia Lai (17 each)"
# A bracket opened right before a figure (read backwards from it: see ``ending``).
_OPENED_BEFORE = regex.compile(r"\(\s*$", regex.REVERSE)


def _link_before(patterns, text: str, start: int, at: int, bound_at: int) -> regex.Match | None:
    """The link of ``_linked`` that ends right before the figure at ``at``: without the
    article when a bound begins at ``bound_at`` (before ``at``), else with it."""
    with_article, bare = patterns
    if bound_at < at:
        return bare.search(text, start, bound_at)
    return with_article.search(text, start, at)


def _ending_in(pattern, pos: int, left: str, width: int) -> tuple[regex.Match | None, int]:
    """The match of ``pattern`` that ends ``left`` (which starts in the text at ``pos``),
    looked for in its last ``width`` characters, and where that window starts in the text."""
    base = max(0, len(left) - width)
    return ending(pattern, left[base:]), pos + base


def _comma_listed(text: str, since: int, at: int, right: str, entities) -> bool:
    """A bare figure set off by commas right after a name, in a list after a figure at
    ``since``: "..., with the Ministry of Health, 78, the Ministry of Construction, 80"."""
    comma = text.rfind(",", since, at)
    return (
        comma > since
        and not text[comma + 1 : at].strip()
        and bool(_ITEM_END.match(right))
        and _named_just_before(entities, text, comma)
    )


def _named_just_before(entities: list[Entity], text: str, at: int) -> bool:
    """A province, locality or body ends right before ``at``, only spaces between, or an
    opening bracket ("Bac Ninh (7th)": the place's position in a list of places)."""
    word_end = at
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    if word_end > 0 and text[word_end - 1] == "(":
        word_end -= 1
        while word_end > 0 and text[word_end - 1].isspace():
            word_end -= 1
    return any(
        word_end <= e.end <= at and e.label in ("PROVINCE", "LOCALITY", "BODY") for e in entities
    )


def _named_is(text: str, cs: int, at: int, entities: list[Entity]) -> bool:
    """A place or body is named right before a copula that ends at ``at`` ("Hai Phong is
    third", "Quang Nam was 12th"): the position it holds."""
    copula = _COPULA_BEFORE.search(text, max(cs, at - 20), at)
    return copula is not None and _named_just_before(entities, text, copula.start())


_COPULA_BEFORE = regex.compile(r"\b(?:is|was|remains|remained|stays|stayed)\s+$", regex.I)


def _index_near(entities: list[Entity], at: int, distance: int, since: int) -> bool:
    """An index is named at most ``distance`` characters before ``at``, after ``since`` (the
    clause's start: an index closing the sentence before names no rank of this one)."""
    return any(
        e.label == "INDEX" and e.start >= since and 0 <= at - e.end <= distance for e in entities
    )


def _region_after(tail: str, offset: int, entities: list[Entity]) -> tuple[str, int] | None:
    for e in entities:
        if e.label != "REGION" or e.start < offset or e.start - offset > 12:
            continue
        if not _PLACE_OF.match(tail[: e.start - offset]):
            continue
        after = tail[e.end - offset :]
        has_word = _REGION_WORD.match(after)
        end = e.end + (has_word.end() if has_word else 0)
        return f"{e.name} region", end
    m = _REGION_TAIL.match(tail)
    if m:
        return m["r"], offset + m.end()
    return None


def _period_near(periods: list[PeriodMention], at: int, distance: int) -> PeriodMention | None:
    return next((p for p in periods if at <= p.start <= at + distance and p.period), None)


def _period_between(periods: list[PeriodMention], start: int, end: int) -> str | None:
    for p in periods:
        if start <= p.start and p.end <= end and p.period:
            return p.period
    return None
