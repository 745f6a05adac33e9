"""The cue words of metric statements, read from ``patterns/metric_*.csv``.

Every file is validated row by row (``reformnlp.patterns.read_csv_rows``) and
turned into compiled ``regex`` alternations once; the statement reader only
runs them. Adding a counted noun, a qualifier or a scope phrase is a data change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..anchors import first_words
from ..numbers import WORD_VALUES, YEAR, NumberGrammar
from ..patterns import (
    IndexRow,
    WordRow,
    check_unique,
    known_values,
    pattern_dir,
    read_csv_rows,
)
from ..text import fold, singular
from .sentences import SentenceSplitter


class _CueRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _strip(cls, value):
        return value.strip() if isinstance(value, str) else value


class QualifierRow(_CueRow):
    phrase: str
    approximate: bool
    bar: bool


class ChangeRow(_CueRow):
    phrase: str
    direction: Literal["increase", "decrease"]


class UnitRow(_CueRow):
    word: str
    unit: str
    kind: Literal["count", "time", "points", "place", "currency"]


class RankRow(_CueRow):
    phrase: str
    kind: Literal["verb", "noun", "total", "behind", "streak", "lead", "area", "move_end"]


class PeriodRow(_CueRow):
    phrase: str
    kind: Literal[
        "part",
        "month",
        "now",
        "last",
        "later",
        "same",
        "history",
        "text_date",
        "legal_text",
        "earlier",
    ]


class NegativeRow(_CueRow):
    phrase: str
    side: Literal["before", "after", "after_unit", "after_time", "before_time"]
    reason: Literal[
        "structure",
        "composition",
        "document",
        "attendance",
        "sample",
        "streak",
        "age",
        "threshold",
        "period",
        "name",
        "breakdown",
        "scale",
        "measure",
        "award",
    ]


class EraRow(_CueRow):
    phrase: str
    since: int


class EditionRow(_CueRow):
    index: str
    lag: int = Field(ge=0, le=2)


class ScopeRow(_CueRow):
    phrase: str
    subject: str


class MetricWordRow(_CueRow):
    word: str
    role: Literal[
        "degree",
        "off_topic",
        "administrative_word",
        "venue_word",
        "meeting_noun",
        "remote_link",
        "meeting_point",
        "reference_noun",
        "system_noun",
        "takeover_verb",
        "figure_noun",
        "times_base",
        "continuation_opener",
        "comparison_opener",
        "commune_unit",
        "district_unit",
        "report_verb",
        "told_verb",
        "judging_verb",
        "allot_verb",
        "purpose_verb",
        "record_verb",
        "decision_verb",
        "approval_verb",
        "source_noun",
        "directive_noun",
        "modal",
        "pending_word",
        "range_qualifier",
        "not_counted",
        "leveled_unit",
        "table_header",
        "table_rank",
        "count_qualifier",
        "state_after",
        "state_verb",
        "numbered_place",
        "outcome_infinitive",
        "score_word",
        "score_noun",
        "bar_verb",
        "bar_link",
        "bar_measure",
        "band_group",
        "superlative",
        "organ_noun",
        "people_noun",
        "extent_word",
        "multiple_cue",
        "false_plural",
        "crossing_bound",
        "missed_bar",
        "spread_verb",
        "trailing_bound",
        "field_verb",
        "field_source",
        "result_verb",
        "part_outcome",
        "rate_link",
        "merge_verb",
        "group_word",
        "parts_word",
        "report_time",
        "field_break",
        "act_verb",
        "raise_verb",
        "lower_verb",
        "rise_noun",
        "fall_noun",
        "rank_move",
        "particle_verb",
        "province_unit",
        "place_head",
        "holder_verb",
        "field_lead",
        "empty_name",
        "participle",
        "holder_noun",
        "level_noun",
        "grade_verb",
        "condition_opener",
        "partner_link",
        "measure_head",
        "change_stem",
        "change_word",
        "central_group",
        "national_actor",
        "name_opener",
        "perfect_auxiliary",
        "dangling_word",
        "list_verb",
        "list_continuation",
        "plan_word",
        "arrangement_stem",
        "kind_noun",
        "trailing_joiner",
        "trailing_auxiliary",
        "rank_name_tail",
        "holder_pronoun",
        "opening_verb",
        "group_opener",
        "vote_noun",
        "voter_noun",
        "vote_verb",
        "vote_win",
        "cast_verb",
        "vote_against",
        "voting_body",
        "passed_noun",
        "pass_verb",
        "offer_word",
        "channel_verb",
        "service_group",
        "form_verb",
        "covered_noun",
        "imperative_verb",
        "abbreviation",
        "web_suffix",
        "earlier_state",
        "horizon_word",
        "release_verb",
        "count_opener",
        "ranking_noun",
    ]


class CueRow(_CueRow):
    phrase: str
    role: Literal["average", "previous", "target", "goal", "link", "result", "term"]


# Each base letter with the Vietnamese letters that fold to it, so that a cue written
# without diacritics ("Viet Nam") also matches the text with them ("Việt Nam").
_VARIANTS = {
    "a": "aàáảãạăằắẳẵặâầấẩẫậ",
    "e": "eèéẻẽẹêềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọôồốổỗộơờớởỡợ",
    "u": "uùúủũụưừứửữự",
    "y": "yỳýỷỹỵ",
    "d": "dđ",
}


def _letters(word: str) -> str:
    """A regex for ``word`` that accepts Vietnamese diacritics on its letters."""
    out = []
    for ch in word:
        variants = _VARIANTS.get(ch.lower())
        out.append(f"[{variants}]" if variants else regex.escape(ch))
    return "".join(out)


def phrase_pattern(
    phrases, *, flexible_case: bool = True, diacritics: bool = False, reverse: bool = False
) -> str:
    """A regex alternation matching any phrase as whole words, longest first, in any case;
    with ``diacritics``, also with Vietnamese diacritics the phrase is written without
    (slower: only for cues that name places, such as scopes).

    The phrases are grouped by their first letter (by their last with ``reverse``, for
    patterns matched from the end): only one group can match at a position, so the
    engine rejects most positions after one letter instead of trying every phrase, and
    the matches are those of the plain longest-first alternation. The word boundary the
    groups of letters and digits share is written once, before them all (after them all
    with ``reverse``): inside a word the engine then rejects a position at once instead
    of testing the boundary again for every group."""
    escape = _letters if diacritics else regex.escape

    def word(w: str) -> str:
        # A page writes "country's" with a straight or a typographic apostrophe.
        return escape(w).replace("'", "['’]")

    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(word(w) for w in phrase.split())
        head = r"(?<![\w])" if phrase[0].isalnum() else ""
        tail = r"(?![\w])" if phrase[-1].isalnum() else ""
        if reverse:
            groups.setdefault(fold(phrase[-1]) or phrase[-1], []).append(f"{head}{body}")
        else:
            groups.setdefault(fold(phrase[0]) or phrase[0], []).append(f"{body}{tail}")
    bounded, parts = [], []
    for letter, alternatives in groups.items():
        edge = letter[-1] if reverse else letter[0]
        (bounded if edge.isalnum() else parts).append(f"(?:{'|'.join(alternatives)})")
    if bounded:
        words = "|".join(bounded)
        parts.insert(0, rf"(?:{words})(?![\w])" if reverse else rf"(?<![\w])(?:{words})")
    return "|".join(parts) if parts else r"(?!x)x"


def _marks(marks: set[str]) -> regex.Pattern | None:
    """One of ``marks`` (single characters), or None when there are none."""
    return regex.compile(f"[{regex.escape(''.join(sorted(marks)))}]") if marks else None


def _compile(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.IGNORECASE)


def _compile_suffix(pattern: str) -> regex.Pattern:
    """A pattern anchored at the end (``...$``), matched from the end backwards: a search
    then costs the length of the suffix, not of the text before it (see ``ending``)."""
    return regex.compile(pattern, regex.IGNORECASE | regex.REVERSE)


def _state_opening(phrases) -> str:
    """A sentence opening on the state before or after a change of the organisation, then
    the words up to a figure ("Before the rearrangement, Dien Bien province had ", "After
    the rearrangement, the province has "): the phrase's "after" may read "before"; its
    word (group ``w``) says which; a connective may open the sentence ("Accordingly, before
    ..."). Matched from the end of the text before the figure."""
    states = {" ".join(p.split()[1:]) for p in phrases if p.lower().startswith("after ")}
    events = phrase_pattern(states, reverse=True)
    return (
        rf"(?:^|[.!?\n]\s*)(?:[\p{{L}}]+\s*,\s*)?(?P<w>before|after)\s+(?:{events})\s*,\s*"
        r"[^.;:!?\n\d()]{0,80}$"
    )


def _past(verb: str) -> str:
    """The past form of a regular verb ("merge" -> "merged", "restructure" -> "restructured")."""
    return regex.escape(verb + ("d" if verb.endswith("e") else "ed"))


def _state_after_gap(phrases, range_words: str) -> str:
    """What stands between a count and the count of the same units after a change of the
    organisation: "24 units (including ...), after the arrangement there are 18", "has 70
    units; after the merger it has 57" (a verb of having: "after the merger, 12 units moved"
    counts no state). Matched whole, from the end of the first count."""
    return (
        r"(?:[^.;:()\d]|\([^()]*\))*?[,;]\s*(?:and\s+)?"
        rf"(?P<state>{phrase_pattern(phrases)})\s*,?\s*"
        r"(?:(?P<verb>there\s+(?:are|is|will\s+be|remains?)|it\s+(?:has|will\s+have|keeps)|"
        r"(?:will\s+)?(?:have|has|remains?|keeps?)"
        # "the number will be reduced to 7 communes"
        r"|the\s+number\s+(?:of\s+[\w-]+\s+)?(?:will\s+be|is|was)\s+(?:reduced|cut)\s+to)"
        rf"\s*)?(?:(?:{range_words})\s+)?"
    )


def _leaving_gap(range_words: str) -> str:
    """What stands between a count cut and the count it leaves: ", down to", ", leaving",
    "will be reduced, leaving" (group ``passive``: the cut says it is one). Matched whole."""
    return (
        r"(?P<passive>\s+(?:will\s+be|were|was|have\s+been|has\s+been)\s+"
        r"(?:reduced|cut|abolished|eliminated))?"
        r"\s*,\s*(?:down\s+to|leaving|bringing\s+the\s+(?:total|number)\s+(?:down\s+)?to)\s+"
        rf"(?:(?:{range_words})\s+)?"
    )


def _to_next_gap(range_words: str, now_words: str) -> str:
    """What stands between an earlier value and the value it went to, past the end of its
    noun phrase: "from 125 specialized departments (and branches to) 90 units", "from over
    10,000 (at present to about) 3,000". Matched whole."""
    return (
        rf"(?:\s+(?:and|or)\s+[\p{{L}}-]+)?(?:\s+(?:{now_words}))?"
        rf"\s*,?\s*to\s+(?:(?:{range_words})\s+)?"
    )


# "compared with/to" and "comparing with/to" (as some pages write it): the words that
# compare a figure with an earlier one, inside the comparison patterns of the reader.
COMPARED = r"compar(?:ed|ing)\s+(?:with|to)"
# The time of an earlier value, right after it: "(from 6.71 points) in 2022 (to ...)", "(from
# 6th) last year (to 8th)".
EARLIER_TIME = (
    rf"(?:(?:in|of)\s+{YEAR}|last\s+year|the\s+(?:previous|prior)\s+year"
    r"|(?:a|one)\s+year\s+(?:earlier|before)"
    # "(from 12th) in last year's index (to 3rd)"
    r"|in\s+(?:last|the\s+(?:previous|prior))\s+year['’]s\s+(?:index|ranking|rankings|edition|report))"
)


def _times_earlier(bases: list[str], figure_nouns: list[str]) -> str:
    """What a multiple after a figure is taken of: an earlier time's value ("13 times last
    year's figure", "three times that of 2020", "twice as much as in 2021"; metric_words.csv
    times_base), or the figure named by a figure_noun ("the figure of 2020")."""
    return (
        rf"\s+(?:{phrase_pattern(bases)}"
        rf"|the\s+(?:{phrase_pattern(figure_nouns)})\s+(?:of|in|for|recorded)\b)"
    )


def _continuation(openers: list[str], figure_nouns: list[str], comparisons: list[str]) -> str:
    """What may open a sentence that only gives the change of the figure before it: "This
    marks an increase of 33.6%", "Though slightly down by 0.67 points" (metric_words.csv
    continuation_opener), "The score was up 0.9 points" (the figure before, named by what it
    measured)."""
    # "the score", "its score", "the province's total score", "Quang Ninh's score"
    owner = r"(?:the|its|their|the\s+\p{Ll}+['’]s|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}['’]s)"
    return (
        rf"\W*(?:(?:{phrase_pattern(openers)}"
        rf"|(?P<measure>(?:(?:{phrase_pattern(comparisons)})\s+[^,.;]{{1,30}},\s+)?"
        rf"{owner}\s+(?:\p{{Ll}}+\s+)?(?:{phrase_pattern(figure_nouns)})\b(?!\s+of\b)))"
        # (a comparison's year may stand in it: "Compared with 2022, the score ...")
        rf"\b(?:[\p{{L}}\s,'’]|\b(?:19|20)\d\d\b){{0,60}})?"
    )


def _to_after_from_gap(range_words: str, now_words: str) -> str:
    """Between an earlier value after "from" and the value it moved to: the earlier value's
    time ("in 2022", "last year", a "now" phrase: "from 10,035 at present to about 3,300"),
    then "to". Matched whole."""
    return rf"\s*,?\s*(?:{EARLIER_TIME}|{now_words})?\s*,?\s*to\s+(?:(?:{range_words})\s+)?"


# Links that are prepositions: after a score noun they name what is scored, not its value.
_LIGHT_LINKS = frozenset({"at", "of", "with", "to"})


def ending(
    pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None
) -> regex.Match | None:
    """``pattern.search(text, start, end)`` for a pattern of ``_compile_suffix`` whose every
    match ends with ``$``: tried at ``end`` alone, where the backward search tries first,
    instead of at every position before it too. ``$`` also matches before a line break
    that ends the range: such a range (and an empty one) is searched."""
    end = len(text) if end is None else end
    if end <= start or text[end - 1] == "\n":
        return pattern.search(text, start, end)
    return pattern.match(text, start, end)


# The numbers in words ("eight", "twenty"), an alternation.
NUMBER_WORDS = phrase_pattern(w for w in WORD_VALUES if w)


def _groups(organ_plurals: list[str], people_nouns: list[str], openers: list[str]) -> str:
    """A group of bodies, units or people as a text writes it: plural nouns, each with up to
    two words before it, coordinated ("ministries and central agencies", "commune-level
    officials and public servants", "district-level People's Committees"). ``openers``
    (metric_words.csv group_opener) open a clause, never a group's name."""
    plurals = [*organ_plurals, *people_nouns]
    opening = phrase_pattern(openers, flexible_case=False)
    item = (  # no count among the words before a noun: "Eight ministries"
        rf"(?:(?!(?:{_STOP}|{opening}|{NUMBER_WORDS})\b)\p{{L}}[\p{{L}}'’-]*\s+){{0,2}}?"
        rf"(?:{phrase_pattern(plurals)})(?![\p{{L}}-])"
    )
    return rf"{item}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){item})*"


def _beneficiary(groups: str) -> str:
    """After a sum, the group it is for: "(US$2 billion) for 31 ministries and central
    agencies", "for commune-level officials and public servants", "for those working at local
    governments". ``n`` is the count before the group, ``g`` the group as written."""
    return (
        r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:(?:is|are|was|were|will\s+be)\s+)?for\s+"
        r"(?:the\s+|all\s+)?"
        rf"(?:(?P<n>\d[\d,.]*|{NUMBER_WORDS})\s+)?"
        r"(?:(?:people|those|persons)\s+(?:working\s+)?(?:at|in)\s+(?:the\s+)?)?"
        rf"(?P<g>{groups})"
    )


# The levels a group is taken at, kept with it: "People's Committees at the district and
# commune levels".
_LEVEL_WORD = r"\p{Ll}[\p{Ll}-]*"
_AT_LEVELS = (
    rf"(?:\s+at\s+(?:the\s+)?(?:{_LEVEL_WORD}(?:\s*,\s*|\s+and\s+)){{0,2}}"
    rf"{_LEVEL_WORD}\s+levels?\b)"
)


# The forms of "be" before a participle that says what became of what a figure counts
# ("services are available on", "documents were submitted to").
_BE = r"(?:are|is|were|was|have\s+been|has\s+been|had\s+been)"


def _votes(
    vote_nouns: list[str], voter_nouns: list[str], vote_verbs: list[str], totals: str
) -> str:
    """The votes a count or a share counts: a noun of votes ("votes", ``noun``, then maybe
    what they were cast for, ``verb``), or what voters did with their votes ("(deputies)
    (present) voting in favour": ``noun2``, ``present``, ``verb2``), or voters alone
    (``noun3``: attendance, unless the caller knows the votes were theirs, "with votes from
    47 out of 49 deputies", or the count is out of those present and closes a bracket,
    ``restated``: "an approval rate of 94.79 percent (455 out of 456 deputies present)")."""
    voters = phrase_pattern(voter_nouns)
    return (
        rf"(?:\s+(?P<noun>{phrase_pattern(vote_nouns)})\b"
        rf"(?P<total2>{_vote_total(totals, 'n2')})?"
        rf"(?:\s+(?P<verb>{phrase_pattern(vote_verbs)})\b)?"
        # "458 lawmakers were present and voted in favour"
        rf"|(?:\s+(?P<noun2>{voters}))?(?P<present>(?:\s+were)?\s+present(?:\s+and)?)?"
        # "... present at the (plenary) session, equal to 94.4 percent of all deputies, voted"
        rf"(?(noun2)(?:\s+at\s+the(?:\s+[\p{{L}}-]+){{1,2}}?(?=[\s,]))?"
        rf"(?:\s*,(?:[^,.;]|(?<=\d)\.(?=\d)){{1,120}},|\s*\([^()]{{1,80}}\))?)"
        rf"(?P<adv>\s+(?:also|all|unanimously))?\s+(?P<verb2>{phrase_pattern(vote_verbs)})\b"
        rf"|\s+(?P<noun3>{voters})\b(?P<restated>\s+present\s*\))?)"
    )


def _vote_total(totals: str, group: str) -> str:
    """The whole a count of votes is out of, after one of ``totals`` (metric_ranks.csv's
    total words: "out of 485", "of the total 454"); the digits are group ``group``."""
    return rf"\s+(?:{totals})\s+(?P<{group}>\d(?:[\d,.]*\d)?)"


def _vote_count(votes: str, totals: str) -> str:
    """After a count (or a pair written with a slash), the votes it counts: "51/52 votes",
    "441 out of 447 votes", "439 votes out of 453", "455 out of 461 deputies voting in
    favour", "428 delegates approved", "447 out of the total 449 present agreeing"; ``n1``
    or ``n2`` is the whole when one is written."""
    # "446 or 92.92 percent of the 452 deputies present ... voted for": the count restated
    # as a share before its whole
    restated = r"(?P<again>\s+or\s+\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)(?=\s+of\b))?"
    return rf"{restated}(?P<total1>{_vote_total(totals, 'n1')})?{votes}"


def _opening_group(groups: str) -> str:
    """A group a clause opens with as its subject, before its verb: "Local governments, in
    their authority, abridged ...", "(In 2023,) provincial agencies settled ...". ``g`` is the
    group as written; the caller skips a period the clause opens with."""
    return (
        r"\s*,?\s*(?:the\s+|all\s+)?"
        rf"(?P<g>{groups}{_AT_LEVELS}?)"
        r"(?:\s*,[^,.;:()\d]{1,60},)?"
        # the verb: no preposition, article or relative word opens it
        r"\s+(?!(?:of|in|at|on|for|with|under|from|and|or|to|that|which|who|whose|the|a|an)\b)"
        r"\p{Ll}"
    )


# Words that never sit between a figure and its counted noun ("34 of the units").
_STOP = (
    "of|the|a|an|and|or|in|at|on|for|to|by|from|with|were|was|is|are|be|been|than|that|which|"
    "this|these|those|its|their|per|as|into|over|under|out|among|while|each|every|all|"
    "has|have|had|across|within|throughout|via|through|during|between|against"
)


# The scope subjects that refer to the page's place (metric_scopes.csv): "the province",
# and "the city", which may mean a city the page names instead.
PLACE_REFERENCES = frozenset({"@article", "@city"})


@dataclass(frozen=True)
class MetricCues:
    """Compiled cue alternations and the lookups that go with them."""

    grammar: NumberGrammar
    sentences: SentenceSplitter
    qualifier: regex.Pattern  # suffix of the text before a figure
    approximate: dict[str, bool]
    change: regex.Pattern  # suffix of the text before a figure
    direction: dict[str, str]
    change_inside: regex.Pattern  # a change cue inside a phrase, with "and" before it
    unit: regex.Pattern  # prefix of the text after a figure
    units: dict[str, tuple[str, str]]
    time_units: frozenset[str]  # the units of the time words ("day", "month")
    count_noun: regex.Pattern  # a counted noun anywhere
    rank_verb: regex.Pattern
    rank_noun: regex.Pattern  # prefix after an ordinal
    rank_total: regex.Pattern  # prefix after a position: "out of"
    total_qualifier: regex.Pattern  # prefix of a whole: "(of) nearly 6,800 services"
    rank_behind: regex.Pattern  # prefix after a position: "after Hai Phong and Ha Noi"
    streak: regex.Pattern  # prefix after an ordinal
    rank_area: regex.Pattern  # prefix after an ordinal: "in Southeast Asia", "nationwide"
    lead_field: regex.Pattern  # "tops" ending the text before a count: the field led
    vote_count: regex.Pattern  # after a count: "/52 votes", "out of 461 deputies voting in favour"
    vote_share: regex.Pattern  # after a share: "of yes votes", "of lawmakers voting in favour"
    vote_units: frozenset[str]  # the units of counts of votes: "vote", "deputy", "delegate"
    vote_won: regex.Pattern  # ending the text before a count of votes: "with", "secured"
    cast_verbs: frozenset[str]  # vote verbs that need no voters before them: "voted in favour"
    vote_against: regex.Pattern  # after a count: "voted against", "others abstained"
    voting_bodies: tuple[str, ...]  # how the names of bodies that vote end, folded
    passed_nouns: frozenset[str]  # what a voting body passes: "resolution", "law"
    pass_verb_before: regex.Pattern  # ending the text before what was passed: "adopted"
    lead_after: regex.Pattern  # after a rank move: "to take the lead", a destination, no rank
    streak_since: regex.Pattern  # "for the sixth time since" ending the text before a year
    period_part: regex.Pattern
    month: regex.Pattern
    now: regex.Pattern
    last: regex.Pattern
    later: regex.Pattern  # "a year later": the year after the paragraph's
    same: regex.Pattern  # "during the year": the year named last before it
    history: regex.Pattern  # words right before a year that make it no period ("born in")
    text_date: regex.Pattern  # words right before a text's date: "(Resolution 18,) dated"
    earlier: regex.Pattern  # "a year earlier" right after an earlier value: the year before
    legal_text: regex.Pattern  # a legal text named with its year ("the Law on X in 2014")
    legal_text_after: regex.Pattern  # ... the year before its noun ("the 2013 Constitution")
    era: regex.Pattern  # an arrangement in force only from a known year (metric_eras.csv)
    era_since: dict[str, int]  # its folded phrase -> that year
    edition_lag: dict[str, int]  # an index's id -> years from an edition to its release
    part_words: tuple[str, ...]  # the phrases behind the four period patterns above
    month_words: tuple[str, ...]
    now_words: tuple[str, ...]
    last_words: tuple[str, ...]
    later_words: tuple[str, ...]
    same_words: tuple[str, ...]
    negative_before: regex.Pattern
    negative_reasons: dict[str, str]  # a 'before' phrase -> its reason
    negative_after: regex.Pattern
    standard_share: regex.Pattern  # prefix after a percentage: "of the prescribed standards"
    missed_bar: regex.Pattern  # suffix before a figure: "do not meet", "not meet even"
    negative_after_modified: regex.Pattern  # a plan's parts, modified: "3 main pillars"
    negative_after_unit: regex.Pattern  # words after a count's noun ("people attended")
    negative_after_time: regex.Pattern  # words after a time unit ("two months remaining")
    negative_before_time: regex.Pattern  # words before a time figure ("in the final two")
    structure_result: regex.Pattern  # "indicators witnessed declines": parts that did something
    # a sentence that lays out an index's parts: a verb of composition and a count of parts
    # ("The DTI consists of 12 indicators in 3 pillars ...")
    structure_sentence: regex.Pattern
    result_before: regex.Pattern  # a result verb ending the text before a figure ("scored")
    # ... and before "in" and an index's parts it counts ("led the country in 4/8 content axes")
    result_in_parts: regex.Pattern
    part_result: regex.Pattern  # the same verb after a count of parts left unsaid ("two declined")
    structure_parts: frozenset[str]  # the parts of an index or plan ("dimensions", "criterion")
    rate_link: regex.Pattern  # "equivalent to ": a cut restated as a rate (suffix)
    rate_lead: regex.Pattern  # the same phrase opening a metric's name, dropped from it
    sample_chain: regex.Pattern  # "surveyed 36,525 people across 195 districts": a sample
    sample_word: regex.Pattern  # each phrase's longest word: where a text holds none, no sample
    sample_words: frozenset[str]  # those words, lower-cased (for a prefilter by anchors)
    # where a sample chain may start besides a digit: the first words of the phrases before
    # a sample and of the qualifiers, and a mark that opens a qualifier ("> 5,000")
    sample_starts: frozenset[str]
    sample_mark: regex.Pattern | None
    scope: regex.Pattern
    scope_suffix: regex.Pattern  # a scope ending the text (see ``ending``)
    scopes: dict[str, str]
    cue: regex.Pattern
    cue_suffix: regex.Pattern  # a cue that ends the text
    roles: dict[str, str]
    venue_words: frozenset[str]
    judging_verbs: frozenset[str]  # "the index announced by the ministry": no holder after "by"
    allot_verbs: frozenset[str]  # "assigned", "allocated": the receivers after "to" hold the figure
    purpose_verbs: frozenset[str]  # "to work in communes": what the allotted do, no receiver
    reference_nouns: frozenset[str]
    system_nouns: frozenset[str]  # "the system": the portal or system named last
    report_verb: regex.Pattern  # right after a body: it reports or decides, holds nothing
    speaker_verb: regex.Pattern  # anywhere: "said (that)", what a speaker reports follows
    told_verbs: tuple[str, ...]  # "Hung said (57 out of the 63 provinces have ...)"
    record_verbs: frozenset[str]  # report verbs that, before "a"/"an", name the body's own
    decision_verbs: frozenset[str]  # report verbs that, before "to" and a verb, say it acts
    approval_verbs: frozenset[str]  # report verbs that, before a count, say it acts
    place_noun: regex.Pattern  # a level word right after a place's name: "(Hai Duong) province"
    change_context: regex.Pattern  # a word of change in a clause ("rose", "shrink", "up")
    central_group_words: frozenset[str]  # "ministries", "agencies": groups of central bodies
    national_actors: frozenset[str]  # bodies that decide for the whole country (folded names)
    modals: frozenset[str]  # goal cues that say so after the figure's noun too ("would")
    pending_before: regex.Pattern  # before a modal: a state, no goal ("waiting to be cut")
    report_clause: regex.Pattern  # "said (that) ": what follows is what was reported
    narration: regex.Pattern  # '..., Mr. Dung noted,': a quote ends, the narration goes on
    not_counted: frozenset[str]  # plural nouns after a figure that make it no count
    covered: frozenset[str]  # ... but that a part of a whole counts ("72,847 of its residents")
    imperative: regex.Pattern  # a plan's item opening on an order: "Complete 100% of ..."
    off_topic: regex.Pattern  # a word that takes a sentence's figures out of scope
    # a meeting held online before a count of the places it linked ("The ceremony was
    # connected online to 75 locations"), and the nouns of such places
    online_meeting: regex.Pattern
    meeting_points: frozenset[str]
    off_topic_before: regex.Pattern  # ... and one right before a figure ("population of over")
    administrative: regex.Pattern  # a word that keeps them in
    leveled_units: frozenset[str]  # units a level after describes ("units at the commune level")
    province_units: frozenset[str]  # units that count provinces: no province holds them
    # the level of government a unit counts ("commune-level administrative unit": commune)
    unit_levels: dict[str, str]
    place_heads: frozenset[str]  # last words of units that count places ("63 localities")
    moved_to: regex.Pattern  # a move in places, then "to" or "stopping at": a position follows
    table_header_words: frozenset[str]  # "Year" before a table's header of years
    table_rank_words: frozenset[str]  # "Ranking": a table row of positions
    count_qualifier: regex.Pattern  # "units after the merger is 34": between noun and verb
    state_after: regex.Pattern  # "24 units, after the arrangement there are 18": the count after
    # after the count a state_after phrase opens on: "(5 communes) will be established"
    state_verb_after: regex.Pattern
    leaving: regex.Pattern  # "reduced 2 departments, down to 10": a cut, then the count left
    to_next: regex.Pattern  # "(...) to 90 units": an earlier value, then the one it went to
    to_after_from: regex.Pattern  # "from 10,035 (at present to about) 3,300"
    state_opening: regex.Pattern  # "Before/After the rearrangement, ..." ending the text (suffix)
    gerund_cut: regex.Pattern  # "(reducing ", ", reducing ": a cut of the count before
    ranked_among: regex.Pattern  # "ranking among the top 7": the group a holder is one of
    partner_before: regex.Pattern  # "coordinate with relevant ": who works alongside (suffix)
    numbered_place: regex.Pattern  # "District " before "12": a place's number, no figure
    outcome_infinitives: frozenset[str]  # "to form": after a past verb, what the act made
    merged_past: regex.Pattern  # "merged", "were rearranged": a merger done
    score_word: regex.Pattern  # "score", "scored": the sentence speaks of scores
    score_lead: regex.Pattern  # a score word (or "score of", "score was") before a bare figure
    bar_bounds: frozenset[str]  # "more than", "below": a qualifier that sets a bar (bar=true)
    # an open condition whose clause runs on to the figure: "if approved by (more than 50%)"
    condition: regex.Pattern
    bar_verb: regex.Pattern  # "scored", "recorded their index": a group's verb before a bar
    bar_own: regex.Pattern  # "had their indexes": a plural holder's own measure, then a bar
    plural_group: regex.Pattern  # "provinces" ending the text: a group with no count stated
    band_group: regex.Pattern  # "group" ending the text before a bracketed band
    named_band: regex.Pattern  # "the group achieving ... 90% or higher": a band by its bounds
    lettered_group: regex.Pattern  # "Group A": a band's name, whose bounds are thresholds
    multiple_cue: regex.Pattern  # after "N times": "higher", "the", "as": a multiple, not how often
    false_plural: str  # alternation of words ending in "s" that are no plural noun ("across")
    organ_count: regex.Pattern  # after a figure: "ministries", "communes": bodies or units
    beneficiary: regex.Pattern  # after a sum: "for 31 ministries and central agencies"
    opening_group: regex.Pattern  # a clause's subject: "Local governments abridged ..."
    average_verb: regex.Pattern  # "averaged", "average": a group's mean, the country's figure
    extent_words: frozenset[str]  # "more", "additional": no part of a counted noun's unit
    group_at: regex.Pattern  # a group written here: "provinces", "central and local agencies"
    averaged_group: regex.Pattern  # "the average index of public security units": whose mean
    graded_group: regex.Pattern  # after a count: "public security units were rated as"
    agent_before: regex.Pattern  # suffix: "by provincial agencies reached (about)"
    field_verb: regex.Pattern  # suffix before a count: "looked at", "assesses … in"
    field_source: regex.Pattern  # "index", "report", "survey": what covers a field
    field_break: regex.Pattern  # "of which", "found": a result after a field verb
    acts_after: regex.Pattern  # a verb right after a bare count: "three had …"
    merged_object: regex.Pattern  # suffix before a scope: "merge" (the scope is merged)
    taken_over: regex.Pattern  # suffix before a body: "took over (the)" (the body is taken)
    times_earlier: regex.Pattern  # after "N times": "last year's", "the figure of", "as much as"
    continuation: regex.Pattern  # a sentence's opening before a change of the figure before
    classed_in: regex.Pattern  # suffix before a scope: "in the group of" (a class, no holder)
    parts_after: regex.Pattern  # after a count: "provinces, of which": a whole with parts
    measure_of: regex.Pattern  # "the average index of (the)": a group's size after it is no count
    superlative_group: regex.Pattern  # after digits: "lowest provinces", "provinces lowest on"
    picked_group: regex.Pattern  # after digits: "leading localities", "ministries are leading"
    crossing_bounds: frozenset[str]  # "below": after a change verb, a threshold crossed
    spread_from: regex.Pattern  # "ranging from" ending the text: a spread, no change
    # "from", "from just" or "from the current": the text before an earlier value ends there
    from_before: regex.Pattern
    trailing_bound: regex.Pattern  # "or more" right after a figure: a bound, then its unit
    object_by: regex.Pattern  # "raise the online rate by": a verb, its object, then "by"
    object_from: regex.Pattern  # "cut the number of communes" right before "from 547 to 166"
    object_verb: regex.Pattern  # any of those verbs: "raised ... from 40% to 62%" is a change
    object_by_direction: dict[str, str]  # the verb -> increase / decrease
    change_noun: regex.Pattern  # after a figure: "(a 2.58%) increase", "(a 3.1-point) drop"
    change_noun_direction: dict[str, str]  # the noun -> increase / decrease
    rank_move: regex.Pattern  # "gained", "advanced": a rank moves (places are figures then)
    holder_verbs: frozenset[str]  # "Quang Ninh ranked": a clause, no measure
    field_lead: str  # "among", "topped": the field a holder leads follows (a pattern's words)
    empty_names: frozenset[str]  # "only", "again", "with a score": no measure
    superlatives: frozenset[str]  # "the highest score": which, not what
    participles: frozenset[str]  # "cut", "left": participles without "-ed"
    holder_nouns: frozenset[str]  # "the city (posted)": a holder by its noun
    measure_heads: frozenset[str]  # "the rate of ... in Hanoi": a measure's head
    move_verbs: frozenset[str]  # "(the index) climbed 34 places": a change begins
    name_openers: frozenset[str]  # "which Hanoi received": a clause, no name
    perfect_auxiliaries: frozenset[str]  # "has (synchronised)": a clause, no name
    dangling: regex.Pattern  # "latest score being", "Ha Noi on": a word no name ends with
    list_verbs: frozenset[str]  # "results included": the group a list is of, no name
    list_continuation: regex.Pattern  # "followed by": cut off the start of a name
    plan_page: regex.Pattern  # "the project dossier on the arrangement": a page about a plan
    after_state: regex.Pattern  # "After the reorganization": the state a change leaves
    lowered_after: regex.Pattern  # "(53 units) were reduced": a count lowered
    # "(560 communes) were reduced to", "(27 districts) of the province were cut to"
    lowered_to: regex.Pattern
    # "a vision to", "the goal of" ending the text before a year: a year a plan looks to
    horizon: regex.Pattern
    released_on: regex.Pattern  # "results announced by VCCI in early": a release date follows
    # what may stand before a count that opens its clause ("Meanwhile, ", "In 2024, only "):
    # a pattern's source, for patterns that go on after it
    count_opening: str
    kind_nouns: frozenset[str]  # "cases (of early retirement)": a count of what "of" says
    trailing_joiners: frozenset[str]  # "attitude, while": a clause goes on after the name
    trailing_auxiliaries: frozenset[str]  # "units had been": a name runs into its verb
    rank_name_tails: frozenset[str]  # "digital society placed (5th)": a position's verb
    holder_pronouns: frozenset[str]  # "a year later it (ranked 5th)": names only a holder
    opening_verbs: frozenset[str]  # "With an impressive score of (72.95), Quang Ninh ..."
    offered_on: regex.Pattern  # prefix after a figure: "services are available on (the)"
    sent_through: regex.Pattern  # after a figure: "documents were submitted online to (the)"
    # after a level: "(commune-level) public administration service centres", "one-stop shops"
    service_group: regex.Pattern
    # between units merged and those they became: "(29 units) to form (the)", "to establish"
    to_form: regex.Pattern
    ranking_described: regex.Pattern  # prefix after "national": "(public ...) ranking"

    def unit_of(self, word: str) -> tuple[str, str]:
        """``(unit, kind)`` of a unit word as matched in text."""
        return self.units[fold(word)]

    def negative_before_of(self, left: str, counted: bool, organs: bool = False) -> bool:
        """Whether the words ending ``left`` make the next figure no metric. A word that
        introduces a breakdown ("including") does so only when no count came before
        (``counted``): "45 procedures, including 12 on land" is a part of a result. A word
        of composition ("comprises") does not either after a count ("2,762 personnel, which
        includes 862 cadres"), nor when the figure counts bodies or administrative units
        (``organs``): "the province consists of 124 communes" is a count (SPEC 7)."""
        reason = self._negative_reason(left)
        if reason is None:
            return False
        return not (
            (counted and reason in ("breakdown", "composition"))
            or (organs and reason == "composition")
        )

    def composed_of(self, left: str) -> bool:
        """The words ending ``left`` are a verb of composition ("the index comprises ")."""
        return self._negative_reason(left) == "composition"

    def _negative_reason(self, left: str) -> str | None:
        """The reason (metric_negatives.csv) of the 'before' phrase ending ``left``, if any
        ("" for one with no reason)."""
        m = ending(self.negative_before, left, suffix_start(left, 0, len(left)))
        return None if m is None else self.negative_reasons.get(fold(m[0]), "")

    def level_scope(self, phrase: str) -> str | None:
        """The scope of the level word a phrase ends on ("the commune" -> "commune level"),
        for a locality reference with no locality named before it."""
        return self.scopes.get(fold(phrase).split()[-1])

    def role_of(self, phrase: str) -> str:
        """The role of a cue phrase as matched in text."""
        return self.roles[fold(phrase)]


# Longer than any cue phrase (the longest is about 40 characters): a cue that must end a
# text is looked for in its last LONGEST_CUE characters (and trailing spaces) only.
LONGEST_CUE = 64


def suffix_start(text: str, start: int, end: int) -> int:
    """Where to begin looking for a phrase that ends ``text[start:end]`` (before trailing
    spaces): no phrase starts earlier, so the search finds what a whole-range search finds."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return max(start, stop - LONGEST_CUE)


# The counts that describe a survey's sample: "36,525 people across 195 district-level
# units, 385 commune-level units and 1,170 villages", each a number (qualified as the
# qualifier rows allow) and a few words, joined by a comma, "and" or a linking preposition.
_SAMPLE_LINKS = "across|in|from|at|of|including|covering"


def _sample_chain(qualifiers: str) -> str:
    word = rf"(?!(?:and|{_SAMPLE_LINKS})\b)[\p{{L}}'-]+"
    # "49,600 civil servants, leaders and managers of ministries": more nouns of the same
    # group, up to the next count ("…, nearly 30,000 people")
    more = (
        rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|{_SAMPLE_LINKS})\s+)"
        rf"(?!(?:{qualifiers})\s+\d){word}(?:\s+{word}){{0,3}}){{0,4}}"
    )
    item = (  # no year: "(The) 2021 PCI surveyed ..." names the edition, no count
        rf"(?:(?:{qualifiers})\s+)?(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*(?<=\d)"
        rf"(?!\s*(?:%|per\s?cent\b|percent\b))"
        rf"(?:\s+{word}){{1,3}}{more}"
    )
    # "in 17 departments, agencies, sectors; 09 People's Committees of districts, ...": a
    # semicolon between the items of a long list
    # ... or a comma and a link: "11,312 enterprises, including 10,120 private enterprises"
    joint = (
        rf"(?:\s*[,;]\s*(?:and\s+)?(?:(?:{_SAMPLE_LINKS})\s+)?|\s+and\s+"
        rf"|\s+(?:{_SAMPLE_LINKS})\s+)"
    )
    return rf"{item}(?:{joint}{item})*"


def _table(rows, key, value) -> dict:
    return {fold(getattr(r, key)): value(r) for r in rows}


def load_cues(directory=None) -> MetricCues:
    """Read and compile every ``metric_*.csv`` file (raises ``PatternError`` on a bad row)."""
    directory = pattern_dir(directory)

    def rows(name, model, unique: str | None = None):
        numbered = read_csv_rows(name, model, directory)
        if unique is not None:  # a phrase listed twice would get one role or direction only
            check_unique(((no, r.phrase) for no, r in numbered), name, unique)
        return [row for _, row in numbered]

    qualifiers = rows("metric_qualifiers.csv", QualifierRow)
    changes = rows("metric_changes.csv", ChangeRow, unique="a phrase")
    units = rows("metric_units.csv", UnitRow)
    ranks = rows("metric_ranks.csv", RankRow)
    periods = rows("metric_periods.csv", PeriodRow)
    eras = rows("metric_eras.csv", EraRow, unique="an era phrase")
    # an index's release lag, for the ids of indices.csv only
    numbered = read_csv_rows("metric_editions.csv", EditionRow, directory)
    check_unique(((no, r.index) for no, r in numbered), "metric_editions.csv", "an index")
    index_ids = {row.id for _, row in read_csv_rows("indices.csv", IndexRow, directory)}
    known_values(
        ((no, r.index) for no, r in numbered),
        index_ids,
        "metric_editions.csv",
        "index",
        "the ids of indices.csv",
    )
    editions = [row for _, row in numbered]
    # the level words of words.csv: the noun a place's name may have after it
    levels = [
        r.word for _, r in read_csv_rows("words.csv", WordRow, directory) if r.role == "level"
    ]
    negatives = rows("metric_negatives.csv", NegativeRow)
    scopes = rows("metric_scopes.csv", ScopeRow)
    cues = rows("metric_cues.csv", CueRow, unique="a cue phrase")
    words = rows("metric_words.csv", MetricWordRow)

    def words_of(role):
        return [r.word for r in words if r.role == role]

    def ranked(kind, reverse=False):
        return phrase_pattern((r.phrase for r in ranks if r.kind == kind), reverse=reverse)

    def period_phrases(kind):
        return [r.phrase for r in periods if r.kind == kind]

    def period(kind):
        return _compile(phrase_pattern(period_phrases(kind)))

    def negative(side):
        # an 'after' threshold ("of the prescribed standards") makes no metric of a figure
        # only after a bar or a missed one: see ``standard_share``
        return [
            r.phrase
            for r in negatives
            if r.side == side and not (side == "after" and r.reason == "threshold")
        ]

    def sample(side):
        return [r.phrase for r in negatives if r.side == side and r.reason == "sample"]

    nouns = [u.word for u in units if u.kind != "currency"]
    after_thresholds = [
        r.phrase for r in negatives if r.side == "after" and r.reason == "threshold"
    ]
    parts = [r.phrase for r in negatives if r.side == "after" and r.reason == "structure"]
    composition = [r.phrase for r in negatives if r.reason == "composition"]
    # how the parts did, a few words after them: "indicators (were) assessed as good"
    # "to about 3,300", "leaving only 10": a word between a link and the count it links
    range_words = phrase_pattern(words_of("range_qualifier"))
    now_words = phrase_pattern(r.phrase for r in periods if r.kind == "now")
    outcome_pattern = phrase_pattern(words_of("result_verb") + words_of("part_outcome"))
    parts_pattern = phrase_pattern(parts)
    # up to two small words before an index's parts ("3 main pillars"), none a function word
    part_modifier = rf"(?:(?!(?:{_STOP})\b)\p{{Ll}}[\p{{Ll}}-]*\s+)"
    # ... with a participle phrase between: "indicators measuring the provincial governance
    # performance witnessed declines" (not a question: "measuring whether services improved")
    did = (
        rf"(?:\s+(?!(?:whether|how|if)\b)[\p{{L}}-]+){{0,6}}?"
        rf"\s+(?:{outcome_pattern})\b"
    )
    lower_verbs = words_of("lower_verb")
    object_verbs = words_of("raise_verb") + lower_verbs
    # a verb of raising or lowering, then its object: "cut the number of communes "
    verb_object = (
        rf"(?P<v>{phrase_pattern(object_verbs, reverse=True)})\s+(?P<o>(?:[\w'-]+\s+){{1,10}}?)"
    )
    change_nouns = phrase_pattern(words_of("rise_noun") + words_of("fall_noun"))
    chain = _sample_chain(phrase_pattern(r.phrase for r in qualifiers))
    sample_words = {max(p.split(), key=len) for p in sample("before") + sample("after_unit")}
    links = [r.phrase for r in cues if r.role == "link"]
    # ... the ones that are verbs: "is", "reached", not "at", "of", "with", "to"
    verb_links = [w for w in links if w not in _LIGHT_LINKS]
    reports = phrase_pattern(words_of("report_verb"))
    # "The State Treasury's data show": a body's own record, read as its report
    records_show = (
        rf"['’]s?\s+(?:{phrase_pattern(words_of('source_noun'))})\s+(?:show|shows|showed)\b"
    )
    # "In implementing the Government's resolutions": the body that directs, not the holder
    directs = rf"['’]s?\s+(?:{phrase_pattern(words_of('directive_noun'))})\b"
    currencies = {u.word: u.unit for u in units if u.kind == "currency"}
    organ_plurals = [w for w in words_of("organ_noun") if w.endswith("s")]
    groups = _groups(organ_plurals, words_of("people_noun"), words_of("group_opener"))
    votes = _votes(
        words_of("vote_noun"),
        words_of("voter_noun"),
        words_of("vote_verb") + words_of("cast_verb"),
        ranked("total"),
    )
    return MetricCues(
        grammar=NumberGrammar(currencies, words_of("range_qualifier")),
        sentences=SentenceSplitter(words_of("abbreviation"), words_of("web_suffix")),
        qualifier=_compile_suffix(
            # "an improvement over 84.9 points": after a noun of change, "over" compares
            rf"(?<!\b(?:{change_nouns})\s+)"
            rf"(?P<q>{phrase_pattern((r.phrase for r in qualifiers), reverse=True)})\s*$"
        ),
        approximate=_table(qualifiers, "phrase", lambda r: r.approximate),
        change=_compile_suffix(
            # "made up 71 percent": "up" is part of the verb, no change
            rf"(?<!\b(?:{phrase_pattern(words_of('particle_verb'))})\s+)"
            rf"(?P<c>{phrase_pattern((r.phrase for r in changes), reverse=True)})"
            rf"(?:\s+(?:{phrase_pattern(words_of('degree'), reverse=True)}))?"
            r"(?:\s+by)?\s*(?:a\s+)?$"
        ),
        direction=_table(changes, "phrase", lambda r: r.direction),
        change_inside=_compile(
            rf"\s+(?:and\s+)?\b(?:{phrase_pattern(r.phrase for r in changes)})\b"
        ),
        unit=_compile(
            rf"^\s*(?P<mods>(?:(?!(?:{_STOP})\b)\p{{L}}[\p{{L}}'-]*\s+){{0,3}}?)"
            rf"(?P<noun>{phrase_pattern(nouns)})"
        ),
        units={fold(u.word): (u.unit, u.kind) for u in units},
        time_units=frozenset(u.unit for u in units if u.kind == "time"),
        # "dropped 2 places, stopping at (29/63)", "climbed three spots to (12/63)": where a
        # move in places ends, right before the position it ended at
        moved_to=_compile_suffix(
            r"\b[\p{L}\d-]+\s+"
            rf"(?:{phrase_pattern(u.word for u in units if u.kind == 'place')})"
            rf"\s*,?\s*(?:{ranked('move_end', reverse=True)})\s+(?:the\s+)?$"
        ),
        count_noun=_compile(phrase_pattern(u.word for u in units if u.kind == "count")),
        rank_verb=_compile(ranked("verb")),
        # "9 agencies (reducing 2 agencies)", "14 departments, reducing 5 agencies": a
        # lowering verb's gerund opening a bracket or a clause after a comma
        gerund_cut=_compile_suffix(
            r"(?:\(|,|^)\s*(?:"
            + phrase_pattern([w for w in words_of("lower_verb") if w.endswith("ing")], reverse=True)
            + r")\s+$"
        ),
        # "coordinate with relevant units and localities": partners, never the holder
        partner_before=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('partner_link'), reverse=True)})"
            r"\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$"
        ),
        # "ranking among the top 7 localities", "stays in the top 20 provinces and cities":
        # the group a holder is one of
        ranked_among=_compile_suffix(
            rf"(?:\b(?:{ranked('verb', reverse=True)})\s+among\s+(?:the\s+)?(?:top\s+)?"
            r"(?:\d+\s+)?"
            rf"|\b(?:in|into|among|within)\s+the\s+(?:{phrase_pattern(words_of('superlative'))})"
            r"\s+\d+\s+)"
            r"(?:[\p{L}-]+\s+)?$"
        ),
        rank_noun=_compile(rf"^\s*(?:{ranked('noun')})"),
        rank_total=_compile(rf"^\s*(?:{ranked('total')})\s*"),
        total_qualifier=_compile(
            rf"(?:{phrase_pattern(r.phrase for r in qualifiers if r.approximate)})\s+(?=\d)"
        ),
        rank_behind=_compile(
            rf"^\s*,?\s*(?:{ranked('behind')})\s+"
            r"(?:(?:the\s+)?(?-i:\p{Lu})[\p{L}'’.-]*(?:\s*,\s*|\s+)|and\s+)+"
        ),
        streak=_compile(rf"^[\s-]*(?:{ranked('streak')})"),
        rank_area=_compile(rf"^\s*(?:{ranked('area')})\b"),
        vote_count=_compile(_vote_count(votes, ranked("total"))),
        # "96.8 percent of deputies voting in favour", "94.6 percent of yes votes", "93.3
        # percent of the total number of legislators" (``votes`` opens on its own space)
        vote_share=_compile(rf"\s+of(?:\s+the)?(?:\s+[\p{{L}}-]+){{0,3}}?{votes}"),
        # "with the approval of all 463 deputies": the whole house may stand between
        vote_won=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('vote_win'))})\s+(?:all\s+(?:of\s+)?(?:the\s+)?)?$"
        ),
        cast_verbs=frozenset(fold(w) for w in words_of("cast_verb")),
        voting_bodies=tuple(fold(w) for w in words_of("voting_body")),
        passed_nouns=frozenset(singular(fold(w)) for w in words_of("passed_noun")),
        pass_verb_before=_compile_suffix(rf"\b(?:{phrase_pattern(words_of('pass_verb'))})\s+$"),
        vote_against=_compile(rf"\s+(?:{phrase_pattern(words_of('vote_against'))})\b"),
        vote_units=frozenset(
            singular(w.split()[-1].lower()) for w in words_of("vote_noun") + words_of("voter_noun")
        ),
        lead_field=_compile_suffix(
            rf"(?:{ranked('lead', reverse=True)})"
            r"\s+(?:(?:all|the\s+other|the\s+list\s+of|the)\s+)?$"
        ),
        lead_after=_compile(rf"\s+to\s+(?:{ranked('lead')})\b"),
        streak_since=_compile_suffix(
            rf"(?:{ranked('streak', reverse=True)})"
            r"\s+since\s+(?:the\s+)?$"
        ),
        period_part=period("part"),
        month=regex.compile(phrase_pattern(r.phrase for r in periods if r.kind == "month")),
        now=period("now"),
        last=period("last"),
        later=period("later"),
        same=period("same"),
        earlier=_compile(rf"\s*(?:{phrase_pattern(period_phrases('earlier'))})"),
        history=_compile_suffix(
            rf"(?:{phrase_pattern(period_phrases('history'), reverse=True)})\s+$"
        ),
        text_date=_compile_suffix(
            rf"(?:{phrase_pattern(period_phrases('text_date'), reverse=True)})\s+$"
        ),
        # Case matters: "the Law on Citizen Identification in 2014", not "by law in 2024".
        legal_text=regex.compile(
            rf"(?:{phrase_pattern(period_phrases('legal_text'), reverse=True)})"
            r"(?:\s+on\s+\p{Lu}[\p{L}\s]{0,50}?)?\s+(?:in|of)\s+$",
            regex.REVERSE,
        ),
        # ... and before its noun, case as written: "the 2013 Constitution"
        legal_text_after=regex.compile(rf"\s+(?:{phrase_pattern(period_phrases('legal_text'))})\b"),
        era=_compile(phrase_pattern(r.phrase for r in eras)),
        era_since=_table(eras, "phrase", lambda r: r.since),
        edition_lag={r.index: r.lag for r in editions},
        part_words=tuple(r.phrase for r in periods if r.kind == "part"),
        month_words=tuple(r.phrase for r in periods if r.kind == "month"),
        now_words=tuple(r.phrase for r in periods if r.kind == "now"),
        last_words=tuple(r.phrase for r in periods if r.kind == "last"),
        later_words=tuple(r.phrase for r in periods if r.kind == "later"),
        same_words=tuple(r.phrase for r in periods if r.kind == "same"),
        negative_before=_compile_suffix(
            rf"(?:{phrase_pattern(negative('before'), reverse=True)})\s*$"
        ),
        negative_reasons=_table(
            (r for r in negatives if r.side == "before"), "phrase", lambda r: r.reason
        ),
        negative_after=_compile(rf"^\s*(?:{phrase_pattern(negative('after'))})"),
        standard_share=_compile(rf"^\s*(?:{phrase_pattern(after_thresholds)})"),
        missed_bar=_compile_suffix(
            rf"(?:{phrase_pattern(words_of('missed_bar'), reverse=True)})\s*$"
        ),
        # ... or named after their index: "10 PCI components", "the 8 PAPI content axes"
        negative_after_modified=_compile(
            rf"^\s*(?:{part_modifier}{{1,2}}|(?-i:\p{{Lu}}{{2,6}})\s+{part_modifier}{{0,2}})"
            rf"(?:{parts_pattern})"
        ),
        # "12 communes of Quang Ngai will pilot", "86 communes and wards pilot": a second noun
        # or the place they belong to may come first
        negative_after_unit=_compile(
            r"\s*(?:and\s+\p{Ll}[\p{L}-]*\s+)?(?:(?:of|in)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?"
            rf"(?:{phrase_pattern(negative('after_unit'))})"
        ),
        negative_after_time=_compile(rf"\s*(?:{phrase_pattern(negative('after_time'))})\b"),
        negative_before_time=_compile_suffix(
            rf"(?:{phrase_pattern(negative('before_time'), reverse=True)})\s*$"
        ),
        structure_result=_compile(
            rf"^\s*{part_modifier}{{0,2}}(?:{parts_pattern})\b"
            + did
            # ... or the verb before them as their modifier: "four declining sub-indexes"
            + rf"|^\s*(?:{outcome_pattern})\s+(?:[\p{{L}}-]+\s+)?(?:{parts_pattern})\b"
        ),
        part_result=_compile("^" + did),
        structure_sentence=_compile(
            rf"\b(?:{phrase_pattern(composition)})\b.{{0,80}}?\d[\d,]*\s+"
            rf"{part_modifier}{{0,2}}(?:{parts_pattern})\b"
        ),
        result_before=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('result_verb'), reverse=True)})\b[^.;:]{{0,40}}$"
        ),
        # "led the country in 4/8 axes"; "saw an increase in scores for 3 of 8 indicators"
        result_in_parts=_compile_suffix(
            rf"(?:\b(?:{phrase_pattern(words_of('result_verb'), reverse=True)})\b[^.;:,\d]{{0,30}}"
            r"\bin\s+(?:all\s+)?"
            rf"|\b(?:{phrase_pattern(words_of('rise_noun') + words_of('fall_noun'), reverse=True)})"
            r"\s+in\s+(?:(?:its|their)\s+)?(?:scores?|points)\s+(?:for|in)\s+)$"
        ),
        structure_parts=frozenset(p.lower() for p in parts),
        rate_link=_compile_suffix(
            rf"(?:{phrase_pattern(words_of('rate_link'), reverse=True)})\s*$"
        ),
        rate_lead=_compile(rf"^(?:{phrase_pattern(words_of('rate_link'))})\s+"),
        sample_word=_compile(phrase_pattern(sample_words)),
        sample_words=frozenset(w.lower() for w in sample_words),
        sample_starts=first_words(sample("before") + [r.phrase for r in qualifiers]),
        sample_mark=_marks({r.phrase[0] for r in qualifiers if not regex.match(r"\w", r.phrase)}),
        sample_chain=_compile(
            rf"(?<![\w])(?:{phrase_pattern(sample('before'))})\s+(?P<chain>{chain})"
            rf"|(?P<chain>{chain})\s*(?:{phrase_pattern(sample('after_unit'))})"
        ),
        scope=_compile(phrase_pattern((r.phrase for r in scopes), diacritics=True)),
        scope_suffix=_compile_suffix(
            rf"(?:{phrase_pattern((r.phrase for r in scopes), diacritics=True, reverse=True)})$"
        ),
        scopes=_table(scopes, "phrase", lambda r: r.subject),
        cue=_compile(phrase_pattern(r.phrase for r in cues)),
        cue_suffix=_compile_suffix(
            rf"(?:{phrase_pattern((r.phrase for r in cues), reverse=True)})$"
        ),
        roles=_table(cues, "phrase", lambda r: r.role),
        venue_words=frozenset(fold(w) for w in words_of("venue_word")),
        judging_verbs=frozenset(fold(w) for w in words_of("judging_verb")),
        allot_verbs=frozenset(fold(w) for w in words_of("allot_verb")),
        purpose_verbs=frozenset(fold(w) for w in words_of("purpose_verb")),
        reference_nouns=frozenset(fold(w) for w in words_of("reference_noun")),
        system_nouns=frozenset(fold(w) for w in words_of("system_noun")),
        told_verbs=tuple(words_of("told_verb")),
        speaker_verb=_compile(rf"\b(?:{reports})\s+(?:that\s+)?"),
        report_verb=_compile(
            # "the Assembly on Thursday (June 12) approved"
            rf"\s*(?:(?:on\s+)?(?:{phrase_pattern(words_of('report_time'))})\s+"
            r"(?:\([^()]{1,20}\)\s+)?)?"
            rf"(?:(?:has|have|had)\s+(?:(?:also|officially|recently|just)\s+)?)?"
            rf"(?:{reports}|{records_show}|{directs})"
        ),
        central_group_words=frozenset(fold(w) for w in words_of("central_group")),
        national_actors=frozenset(fold(w) for w in words_of("national_actor")),
        modals=frozenset(fold(w) for w in words_of("modal")),
        pending_before=_compile_suffix(rf"\b(?:{phrase_pattern(words_of('pending_word'))})\s+$"),
        change_context=_compile(
            r"\b(?:"
            + "|".join(regex.escape(w) for w in sorted(words_of("change_stem"), key=len)[::-1])
            + rf")|{phrase_pattern(words_of('change_word'))}"
        ),
        # "... said (that) ", "According to Mr. Duc, ": what follows is what was reported
        report_clause=_compile(
            rf"(?:{reports}|{records_show})(?:\s+that)?\s+|\baccording\s+to\s+(?:[^,;:]|,(?=\d)){{1,100}},\s+"
        ),
        narration=regex.compile(
            rf"[,”\"]\s*(?:\p{{Lu}}[\p{{L}}.'’-]*\s+){{1,5}}(?i:{reports})\s*,"
        ),
        record_verbs=frozenset(fold(w) for w in words_of("record_verb")),
        decision_verbs=frozenset(fold(w) for w in words_of("decision_verb")),
        approval_verbs=frozenset(fold(w) for w in words_of("approval_verb")),
        place_noun=_compile(rf"\s+(?:{phrase_pattern(levels)})\b"),
        not_counted=frozenset(fold(w) for w in words_of("not_counted")),
        covered=frozenset(fold(w) for w in words_of("covered_noun")),
        imperative=regex.compile(
            rf"(?:and\s+)?(?P<verb>{phrase_pattern(words_of('imperative_verb'))})"
            r"\s+(?P<next>at\s+least|more\s+than|\d[\d,.]*|\p{L}+)\b",
            regex.IGNORECASE,
        ),
        off_topic=_compile(phrase_pattern(words_of("off_topic"))),
        online_meeting=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('meeting_noun'))})\b[^.;:!?]{{0,100}}?"
            rf"\b(?:{phrase_pattern(words_of('remote_link'))})\b[^.;:!?\d]{{0,60}}$"
        ),
        meeting_points=frozenset(fold(w) for w in words_of("meeting_point")),
        # "a population of over 3.87 million", "tourist arrivals reached 2.1 million": the
        # off-topic noun, "of" or a link cue, a qualifier, then the figure
        off_topic_before=_compile_suffix(
            rf"(?:{phrase_pattern(words_of('off_topic'), reverse=True)})"
            rf"(?:\s+(?:of|{phrase_pattern(links, reverse=True)}))?"
            rf"(?:\s+(?:{phrase_pattern((r.phrase for r in qualifiers), reverse=True)}))?"
            r"\s*$"
        ),
        administrative=_compile(phrase_pattern(words_of("administrative_word"))),
        leveled_units=frozenset(fold(w) for w in words_of("leveled_unit")),
        province_units=frozenset(fold(w) for w in words_of("province_unit")),
        unit_levels={
            fold(w): level
            for role, level in (
                ("province_unit", "province"),
                ("district_unit", "district"),
                ("commune_unit", "commune"),
            )
            for w in words_of(role)
        },
        place_heads=frozenset(fold(w) for w in words_of("place_head")),
        table_header_words=frozenset(fold(w) for w in words_of("table_header")),
        table_rank_words=frozenset(fold(w) for w in words_of("table_rank")),
        count_qualifier=_compile(phrase_pattern(words_of("count_qualifier"))),
        state_after=_compile(_state_after_gap(words_of("state_after"), range_words)),
        state_verb_after=_compile(
            r"\s+(?:will\s+)?(?:(?:be|are|were)\s+)?"
            rf"(?:{phrase_pattern(words_of('state_verb'))})\b"
        ),
        leaving=_compile(_leaving_gap(range_words)),
        to_next=_compile(_to_next_gap(range_words, now_words)),
        to_after_from=_compile(_to_after_from_gap(range_words, now_words)),
        state_opening=_compile_suffix(_state_opening(words_of("state_after"))),
        outcome_infinitives=frozenset(fold(w) for w in words_of("outcome_infinitive")),
        merged_past=_compile(
            r"(?<!\b(?:to|be)\s)\b(?:"
            + "|".join(_past(w) for w in words_of("merge_verb") if not w.endswith(("s", "ing")))
            + r")\b"
        ),
        numbered_place=_compile_suffix(
            r"(?<![\w])(?-i:"
            + "|".join(regex.escape(w) for w in words_of("numbered_place"))
            # "Districts 2, 9 and": the plural before a list of numbers
            + r")(?:s\s+(?:\d{1,2}\s*(?:,\s*(?:and\s+)?|and\s+|&\s+))*|\s+)$"
        ),
        score_word=_compile(phrase_pattern(words_of("score_word"))),
        # "scored", "a score of", "the transparency score was"; "the average score of the
        # province is", "the Modernization Index reached", "the average points of department
        # and district categories are": a score noun, a few words, then the link
        score_lead=_compile(
            rf"(?:(?<![\w])scores?\s+(?:of|{phrase_pattern(links)})"
            rf"|(?<!\d\s*)(?:{phrase_pattern(words_of('score_noun'))})[^\d.;:!?()]{{0,60}}?"
            rf"\s(?:{phrase_pattern(verb_links)})"
            rf"|{phrase_pattern(words_of('score_word'))})\s*$"
        ),
        bar_bounds=frozenset(fold(r.phrase) for r in qualifiers if r.bar),
        condition=_compile(rf"\b(?:{phrase_pattern(words_of('condition_opener'))})\b[^,;:()]*$"),
        bar_verb=_compile_suffix(
            _bar_link(words_of("bar_verb"), words_of("bar_link"), words_of("bar_measure"))
        ),
        bar_own=_compile_suffix(_own_measure(words_of("bar_measure"))),
        plural_group=_compile_suffix(
            rf"(?:{phrase_pattern((u.word for u in units if u.kind == 'count'), reverse=True)})"
            r"(?<=s)\s*$"
        ),
        crossing_bounds=frozenset(fold(w) for w in words_of("crossing_bound")),
        superlative_group=_compile(
            rf"^\s*(?P<noun>(?:\p{{L}}[\p{{L}}'-]*\s+){{0,3}}(?!points\b)\p{{L}}[\p{{L}}'-]*s\s+"
            rf"(?:(?:with|having)\s+the\s+)?)?"
            rf"(?:{phrase_pattern(words_of('superlative'))})(?:-\p{{L}}+)?(?![\w-])"
        ),
        # "Five leading localities included ...", "Five ministries are leading in the index":
        # bodies or places picked out by their place in a ranking
        picked_group=_compile(
            rf"^\s*(?:(?:{phrase_pattern(words_of('superlative'))})(?:-\p{{L}}+)?"
            rf"\s+(?:\p{{Ll}}[\p{{L}}-]*\s+)?(?:{phrase_pattern(organ_plurals)})"
            rf"|(?:{phrase_pattern(organ_plurals)})\s+(?:are|were)\s+"
            rf"(?:{phrase_pattern(words_of('superlative'))}))\b"
        ),
        measure_of=_compile_suffix(
            rf"(?:{phrase_pattern([*words_of('bar_measure'), 'average'], reverse=True)})"
            r"\s+of\s+(?:the|all)\s+$"
            # "the PAR index of 17 ministries", "the PAR Index in 2017 of 19 ministries": an
            # index's bodies or places, with no article ("an average of 140 dossiers" counts)
            r"|\b(?:index|indexes|indices|index\s+value|PAR\s+INDEX)(?:\s+in\s+(?:19|20)\d\d)?"
            r"\s+of\s+$"
        ),
        field_verb=_compile_suffix(
            rf"\b(?P<v>{phrase_pattern(words_of('field_verb'), reverse=True)})\b[^.;:]{{0,100}}$"
        ),
        field_source=_compile(rf"\b(?:{phrase_pattern(words_of('field_source'))})\b"),
        field_break=_compile(rf"\b(?:{phrase_pattern(words_of('field_break'))})\b"),
        parts_after=_compile(
            r"\s*(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*,?\s*"
            rf"(?:{phrase_pattern(words_of('parts_word'))})\b"
        ),
        merged_object=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('merge_verb'), reverse=True)})\s+(?:the\s+|all\s+)?$"
        ),
        times_earlier=_compile(_times_earlier(words_of("times_base"), words_of("figure_noun"))),
        continuation=_compile(
            _continuation(
                words_of("continuation_opener"),
                words_of("figure_noun"),
                words_of("comparison_opener"),
            )
        ),
        taken_over=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('takeover_verb'), reverse=True)})\s+(?:the\s+)?$"
        ),
        classed_in=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('group_word'), reverse=True)})\s+of\s+(?:the\s+)?$"
        ),
        acts_after=_compile(
            rf"\s+(?:(?:{phrase_pattern(words_of('act_verb'))})\b|(?-i:\p{{Ll}})+ed\b)"
        ),
        organ_count=_compile(
            rf"^\s*(?:(?!(?:{_STOP})\b)\p{{L}}[\p{{L}}-]*\s+){{0,2}}"
            rf"(?:{phrase_pattern(words_of('organ_noun'))})"
        ),
        beneficiary=_compile(_beneficiary(groups)),
        opening_group=_compile(_opening_group(groups)),
        extent_words=frozenset(fold(w) for w in words_of("extent_word")),
        group_at=_compile(rf"(?:all\s+)?(?P<g>{groups})(?![\p{{L}}-])"),
        graded_group=_compile(
            rf"\s+(?P<g>{groups})\s+{_BE}\s+"
            rf"(?:{phrase_pattern(words_of('grade_verb'))})\b"
        ),
        # "the average index of the provincial-level police departments", "the average rate in
        # the district sector": the mean of a group, which the group holds (SPEC 7)
        averaged_group=_compile(
            r"\baverage\s+(?:\p{L}[\p{L}-]*\s+){0,5}?(?:of|in|across|among|at)\s+(?:the\s+|all\s+)?"
            # ("the whole block": one named before)
            rf"(?P<g>{groups}|(?:(?!(?:the|whole|entire)\b)\p{{Ll}}[\p{{Ll}}-]*\s+(?:and\s+)?){{1,3}}"
            rf"(?:{phrase_pattern(words_of('level_noun'))}))(?![\p{{L}}-])"
        ),
        # "the rate of dossiers settled on time by provincial agencies reached": the agent of
        # the measure, right before the verb that links it to its figure
        agent_before=_compile_suffix(
            r"\b(?P<verb>\p{L}+)(?:\s+[\p{L}-]+){0,3}?"
            rf"\s+by\s+(?:the\s+)?(?P<g>{groups})\s+(?:{phrase_pattern(links)})\s+"
            r"(?:[\p{L}-]+\s+){0,2}?$"
        ),
        average_verb=_compile(
            rf"\s*(?:{phrase_pattern(r.phrase for r in cues if r.role == 'average')})\b"
        ),
        false_plural="|".join(regex.escape(w) for w in sorted(set(words_of("false_plural")))),
        multiple_cue=_compile(rf"^\s*(?:{phrase_pattern(words_of('multiple_cue'))})"),
        band_group=_compile_suffix(
            rf"(?<![\w])(?:{phrase_pattern(words_of('band_group'), reverse=True)})\s*\(\s*$"
        ),
        # "Group A", "Category B": a band named by a capital letter
        named_band=_compile(
            rf"\bthe\s+(?:{phrase_pattern(words_of('band_group'))})\s+(?:of\s+[\w\s-]{{1,40}}?\s+)?"
            r"(?:achieving|with|scoring|reaching|having)\b"
        ),
        lettered_group=_compile(rf"(?:{phrase_pattern(words_of('band_group'))})\s+(?-i:[A-E])\b"),
        trailing_bound=_compile(rf"^\s*(?:{phrase_pattern(words_of('trailing_bound'))})"),
        object_by=_compile_suffix(rf"{verb_object}by\s*$"),
        object_from=_compile_suffix(rf"{verb_object}$"),
        object_verb=_compile(rf"\b(?:{phrase_pattern(object_verbs)})\b"),
        object_by_direction={
            **{fold(w): "increase" for w in words_of("raise_verb")},
            **{fold(w): "decrease" for w in words_of("lower_verb")},
        },
        from_before=_compile(
            rf"\bfrom(?:\s+(?:the\s+)?(?:{phrase_pattern(words_of('earlier_state'))}))?"
            r"(?:\s+(?:just|only))?\s*$"
        ),
        spread_from=_compile(rf"(?<![\w])(?:{phrase_pattern(words_of('spread_verb'))})\s+from\s*$"),
        change_noun=_compile(
            r"^(?:\s*-?\s*(?:percentage\s+)?points?)?\s*"
            rf"(?:(?:{phrase_pattern(words_of('degree'))})\s+)?(?P<n>{change_nouns})\b"
        ),
        change_noun_direction={
            **{fold(w): "increase" for w in words_of("rise_noun")},
            **{fold(w): "decrease" for w in words_of("fall_noun")},
        },
        rank_move=_compile(rf"\b(?:{phrase_pattern(words_of('rank_move'))})\b"),
        holder_verbs=frozenset(fold(w) for w in words_of("holder_verb")),
        field_lead=phrase_pattern(words_of("field_lead"), reverse=True),
        empty_names=frozenset(fold(w) for w in words_of("empty_name")),
        superlatives=frozenset(fold(w) for w in words_of("superlative")),
        participles=frozenset(fold(w) for w in words_of("participle")),
        holder_nouns=frozenset(fold(w) for w in words_of("holder_noun")),
        measure_heads=frozenset(fold(w) for w in words_of("measure_head")),
        move_verbs=frozenset(  # one-word verbs of results, rank moves and changes ("rose")
            fold(w)
            for w in words_of("result_verb") + words_of("rank_move") + [r.phrase for r in changes]
            if " " not in w and len(w) > 3
        ),
        name_openers=frozenset(fold(w) for w in words_of("name_opener")),
        perfect_auxiliaries=frozenset(fold(w) for w in words_of("perfect_auxiliary")),
        dangling=_compile_suffix(
            rf"(?<![\w'’-])(?:{phrase_pattern(words_of('dangling_word'), reverse=True)})[\s,]*$"
        ),
        list_verbs=frozenset(fold(w) for w in words_of("list_verb")),
        list_continuation=_compile(rf"^(?:{phrase_pattern(words_of('list_continuation'))})\s+"),
        plan_page=_compile(_plan_page(words_of("plan_word"), words_of("arrangement_stem"))),
        after_state=_compile(rf"\b(?:{phrase_pattern(words_of('state_after'))})\b"),
        # "(53 commune-level units) were reduced", "will be cut": a count that was lowered
        lowered_after=_compile(
            r"(?:\s+and\s+[^.;:]{1,60}?)?"  # "1 district-level unit and 7 communes were cut"
            r"\s+(?:will\s+be|were|was|are|is|have\s+been|has\s+been)\s+"
            rf"(?:{phrase_pattern(lower_verbs)})\b"
        ),
        count_opening=(
            r"[\s,;:.(\-–—]*(?:(?:"
            + phrase_pattern(words_of("count_opener"))
            + r"|in\s+(?:19|20)\d\d)[\s,]*)*"
        ),
        horizon=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('horizon_word'), reverse=True)})"
            r"\s+(?:the\s+(?:year\s+)?)?$"
        ),
        released_on=_compile_suffix(
            rf"\b(?:{phrase_pattern(words_of('release_verb'), reverse=True)})"
            r"(?:\s+by\s+[^,.;:()\d]{1,60}?)?\s+(?:in|on|at)(?:\s+(?:the\s+)?\p{Ll}+(?:\s+of)?)?\s+$"
        ),
        lowered_to=_compile(
            r"(?:\s+[\p{L}'’-]+){0,4}?"  # "(27 districts) of the province", "nationwide"
            r"\s+(?:(?:will\s+be|were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
            rf"(?:{phrase_pattern(lower_verbs)})\s+(?:down\s+)?to\b"
        ),
        kind_nouns=frozenset(fold(w) for w in words_of("kind_noun")),
        trailing_joiners=frozenset(fold(w) for w in words_of("trailing_joiner")),
        trailing_auxiliaries=frozenset(fold(w) for w in words_of("trailing_auxiliary")),
        rank_name_tails=frozenset(fold(w) for w in words_of("rank_name_tail")),
        holder_pronouns=frozenset(fold(w) for w in words_of("holder_pronoun")),
        opening_verbs=frozenset(fold(w) for w in words_of("opening_verb")),
        # what a portal or system offers, right after the figure and its noun: "1,200
        # services are (now) available on the National Public Service Portal", "126
        # procedures were integrated into the National Single Window"
        offered_on=_compile(
            rf"(?:\s+[\p{{L}}-]+){{0,4}}?\s+{_BE}\s+"
            rf"(?:now\s+)?(?:{phrase_pattern(words_of('offer_word'))})\s+(?:on|onto|into|in)\s+"
            r"(?:the\s+)?"
        ),
        sent_through=_compile(
            rf"(?:\s+[\p{{L}}-]+){{0,4}}?(?:\s+{_BE})?\s+"
            rf"(?:{phrase_pattern(words_of('channel_verb'))})(?:\s+online)?"
            r"\s+(?:to|through|on|via|by|at)\s+(?:the\s+)?"
        ),
        service_group=_compile(rf"\s+(?:{phrase_pattern(words_of('service_group'))})\b(?!\s+of\b)"),
        to_form=_compile(
            rf"[^.;:()\d]{{0,40}}?\bto\s+(?:{phrase_pattern(words_of('form_verb'))})\s+"
            r"(?:the\s+)?(?:(?:only|just|about|around|nearly|a\s+total\s+of)\s+)?"
        ),
        ranking_described=_compile(
            rf"(?:\s+[\p{{L}}-]+){{0,5}}?\s+(?:{phrase_pattern(words_of('ranking_noun'))})\b"
        ),
    )


def _plan_page(plans: list[str], stems: list[str]) -> str:
    """A line that speaks of an arrangement's plan: a plan word and a word that begins with
    an arrangement stem, in either order ("the project dossier on the arrangement of ...",
    "merging ... plan")."""
    plan = rf"\b(?:{phrase_pattern(plans)})\b"
    stem = r"\b(?:" + "|".join(regex.escape(w) for w in stems) + r")"
    return rf"{plan}.*{stem}|{stem}.*{plan}"


def _bar_link(verbs: list[str], links: list[str], measures: list[str]) -> str:
    """The words between a counted group and its bar, ending the text before the bar: a
    verb, optionally naming the measure ("scored", "recorded their PAR Index"), or a link
    that must name it ("with indexes", "with a PAR Index of")."""
    measure = (
        r"\s+(?:(?:their|its|an?|the)\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}?"
        rf"(?:{phrase_pattern(measures, reverse=True)})(?:\s+of)?"
    )
    return (
        rf"(?:(?:{phrase_pattern(verbs, reverse=True)})(?:{measure})?"
        rf"|(?P<link>{phrase_pattern(links, reverse=True)}){measure})\s*$"
    )


def _own_measure(measures: list[str]) -> str:
    """A plural holder's own measure ending the text before a bar ("had their indexes",
    "have their index rated", "localities whose online rate was"): each member is held to
    the bar."""
    return (
        r"(?<![\w])(?:their|(?<=\p{L}s\s+)whose)\s+(?:\p{L}[\p{L}-]*\s+){0,2}?"
        rf"(?:{phrase_pattern(measures, reverse=True)})"
        r"(?:\s+(?:\p{Ll}+ed|was|were|is|are|remained|stood))?\s*$"
    )


@lru_cache(maxsize=4)
def get_cues(directory: str | None = None) -> MetricCues:
    """The compiled cues, read once per process (per ``directory``)."""
    return load_cues(directory)
