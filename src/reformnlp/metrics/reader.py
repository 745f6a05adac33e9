"""Metric statements of an article: figures grouped with their attributes and context.

Works on plain text with character offsets, so it can be used and tested
without spaCy: give the text, the paragraphs to read, the headline and the
named entities (provinces, bodies, localities, regions, indices) found in it.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import regex

from ..anchors import Anchors
from ..numbers import PERCENT_WORDS, YEAR, Quantity, is_vietnamese
from ..text import ARTICLES, POSSESSIVES, SYLLABLE, TERM_NOUNS, fold
from .cues import COMPARED, EARLIER_TIME, MetricCues, ending, get_cues, phrase_pattern
from .figures import FigureReader, became
from .model import NOT_COUNTS, PRIMARY, Entity, Figure, Referents
from .periods import PeriodFinder, PeriodMention, resolve
from .phrases import PhraseReader, inside
from .phrases import asides as _asides
from .respectively import distribute
from .sentences import clauses, close_brackets, open_bracket
from .tables import TableCell, TableReader

log = logging.getLogger(__name__)
# Set (to anything) to raise instead of skipping a sentence that fails: the test suite does.
STRICT_ENV = "REFORMNLP_STRICT"

_LEAD_PERIOD = regex.compile(
    r"\s*(?:(?:in|during|throughout|for|by\s+the\s+end\s+of|as\s+of|over|from|between|since)\s+)?"
    r"(?:the\s+)?$",
    regex.IGNORECASE,
)
_RESULTS_YEAR = regex.compile(
    r"\b(?:results?|achievements?|performance|outcomes?)\b[^.\n]{0,80}?\b(?:in|of)\s+"
    r"(?P<y>(?:19[4-9]\d|20\d\d))(?![\d/-])",
    regex.IGNORECASE,
)
_QUOTE_LEAD = regex.compile(
    r"[\s,;:)–—-]*(?:(?:and|while|whereas|but|with)\b\s*)?", regex.IGNORECASE
)
_PREVIOUS_AFTER = regex.compile(
    rf"^\s*,?\s*(?:{COMPARED}|from|over|against|on|than|versus|vs\.?)\s+(?:the\s+same"
    r"\s+period\s+(?:of|in)\s+|that\s+of\s+)?$",
    regex.IGNORECASE,
)
_BY_YEAR = regex.compile(r"\bby\s+$", regex.IGNORECASE)


@dataclass
class Reading:
    """What the reader found: metric dicts (with ``start``/``end`` of the quote) and the
    article's reporting year."""

    metrics: list[dict]
    reporting_year: int | None


@dataclass
class _Context:
    text: str
    entities: list[Entity]
    periods: list[PeriodMention]
    article: str | None
    dateline_year: str | None
    reporting_year: str | None
    vietnamese: bool
    refs: Referents = field(default_factory=lambda: Referents(None))
    subject: str | None = None
    period: PeriodMention | None = None
    sentence_now: PeriodMention | None = None  # "Currently, ..." opening the sentence read
    scanned: list | None = None
    anchors: Anchors | None = None
    article_from: int = 0  # where ``article`` starts to hold figures
    named: frozenset[str] = frozenset()  # names of the provinces and places
    provinces: frozenset[str] = frozenset()  # names of the provinces alone
    holders: frozenset[str] = frozenset()  # names of every place and body, and "national"
    bodies: tuple[tuple[int, int], ...] = ()  # where the bodies' names stand
    time_units: frozenset[str] = frozenset()  # units that count time, no things
    last_count: Figure | None = None  # the paragraph's last count, for "Of these, N ..."
    last_figures: list[Figure] = field(default_factory=list)  # the paragraph's last sentence's
    sentence_before: list[Figure] = field(default_factory=list)  # the sentence right before
    block_before: list[Figure] = field(default_factory=list)  # last figures of the block before
    block_start: int = 0  # where the paragraph (or headline) being read begins
    block_prior: tuple[int, int] | None = None  # the paragraph before (not the headline)
    sentence_span_before: tuple[int, int] | None = None  # the block's sentence before, if any
    items_off_topic: bool = False  # the paragraph is an item of a list an economic one opened
    lead_span: PeriodMention | None = None  # "for the period 2023-2025" in the lead
    every_period: list[PeriodMention] = field(default_factory=list)  # the text's, in order
    plan_page: bool = False  # the headline or first paragraph speaks of an arrangement's plan
    release_year: str | None = None  # an undated page's year, from the edition it reports
    found: list[Figure] = field(default_factory=list)  # the page's figures read so far


class StatementReader:
    """Reads metric statements; compile once, call :meth:`read` per article."""

    def __init__(
        self,
        cues: MetricCues | None = None,
        body_nouns: frozenset[str] = frozenset(),
        all_provinces: frozenset[float] = frozenset(),
        spellings: dict[str, str] | None = None,
    ):
        self.cues = cues or get_cues()
        self.figures = FigureReader(self.cues, all_provinces)
        self.phrases = PhraseReader(self.cues, body_nouns, spellings)
        self.period_finder = PeriodFinder(self.cues)
        self._acting_group_after = _acting_group_pattern(self.cues.false_plural)
        self._part_group_after = _acting_group_pattern(self.cues.false_plural, part=True)
        # before a count that opens its clause: connectives, a year, a bound, nothing else;
        # or the second count of a pair the same verb follows ("only 5 ministries and 5
        # provinces have met the target"); or a period the clause opens with
        opening = self.cues.count_opening
        self._opens_clause = regex.compile(opening, regex.IGNORECASE)
        self._opens_pair = regex.compile(opening + _COUNTED_GROUP + r"\s+and\s+", regex.IGNORECASE)
        self._opens_period = regex.compile(opening + _BEFORE_PERIOD, regex.IGNORECASE)
        self._opens_after = _opens_after_pattern(self.cues.told_verbs)
        # before a year the figure is compared with, whatever else the clause says: the cues
        # that always compare, and "up", "down" or a noun of change with "from", "on", "over"
        # ("a rise from 2022")
        nouns = phrase_pattern(self.cues.change_noun_direction, reverse=True)
        self.compared_with = regex.compile(
            rf"\b(?:{_COMPARING}|(?:up|down|{nouns})\s+(?:from|on|over)){_THE_SAME_PERIOD}$",
            regex.IGNORECASE | regex.REVERSE,
        )
        self.tables = TableReader(self.cues.table_header_words, self.cues.table_rank_words)
        # the words the anchors keep: where a figure, a period or a survey's sample may start,
        # and the sample words
        self.start_words = (
            self.cues.grammar.start_words
            | self.period_finder.start_words
            | self.cues.sample_words
            | self.cues.sample_starts
        )
        self.at: int | None = None  # the sentence being read, for error reports
        self._topic_cache: tuple[tuple[str, tuple[int, int]] | None, int | None] = (None, None)

    def read(
        self,
        text: str,
        paragraphs: list[tuple[int, int]],
        entities: list[Entity] | tuple = (),
        *,
        title: tuple[int, int] | None = None,
        published: str | None = None,
        article: str | None = None,
        article_from: int = 0,
        vietnamese: bool | None = None,
        anchors: Anchors | None = None,
    ) -> Reading:
        """Every metric statement in ``paragraphs`` (and the headline ``title``).

        ``article`` holds the figures whose text names no holder, from ``article_from`` on.
        ``anchors`` are the places a figure or period may start; they are read from the
        text when not given (a caller holding a Doc reads them faster from its tokens)."""
        entities = sorted(entities, key=lambda e: e.start)
        if vietnamese is None:
            vietnamese = is_vietnamese(" ".join(text[s:e] for s, e in paragraphs))
        blocks = ([(title, True)] if title else []) + [(p, False) for p in paragraphs]
        if anchors is None:
            anchors = Anchors.from_text(text)
        self._topic_cache = (None, None)
        every = self.period_finder.find(text, anchors)
        starts = [p.start for p in every]  # in order: a block's mentions are one slice
        periods = {
            span: every[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
            for span, _ in blocks
        }
        # a bilingual page gives each English paragraph its Vietnamese translation: the
        # English ones group thousands with commas ("around 5,000 communes")
        in_vietnamese = {
            span: vietnamese and is_vietnamese(text[span[0] : span[1]], undecided=True)
            for span, _ in blocks
        }
        scanned = {
            span: self.figures.scan(text, *span, in_vietnamese[span], anchors) for span, _ in blocks
        }
        # each block is split into sentences once, for the reporting year and for its figures
        split = functools.cache(functools.partial(self.cues.sentences, text))
        lead_blocks = ([title] if title else []) + list(paragraphs[:LEAD_PARAGRAPHS])
        programme = _programme_span(text, lead_blocks, periods)
        reporting = _reporting_year(
            text,
            paragraphs,
            periods,
            split,
            self.cues,
            title=title,
            dateline=published[:4] if published else None,
            indices=[e for e in entities if e.label == "INDEX"],
            programme=programme,
        )
        if (
            article is None
            and not any(e.label == "PROVINCE" for e in entities)
            and any(
                _UNNAMED_PROVINCE.search(text, s, e) and _HAS_DIGIT.search(text, s, e)
                for s, e in paragraphs
            )
        ):
            # a provincial paper's page that never names its province, only "the province" in
            # its paragraphs of figures: the scope as written holds them (SPEC 7)
            article = "province"
        # "Long An Public Administration Service Center received 44,855 documents ...": a page
        # whose lead opens on a service centre or portal reports that body's work, and the
        # figures it gives no holder are the body's, not the province's (SPEC 7)
        province = article  # "the province" still refers to it
        lead = paragraphs[:LEAD_PARAGRAPHS]
        acting = self.phrases.headline_body(
            text, title, entities
        ) or self.phrases.lead_service_body(text, lead, entities)
        if acting is not None:
            # the headline or the lead names it: it holds from the first figure, wherever
            # the text later names its province
            article, article_from = acting, 0
        ctx = _Context(
            text,
            entities,
            [],
            article,
            published[:4] if published else None,
            reporting,
            vietnamese,
            anchors=anchors,
            article_from=article_from,
            named=frozenset(e.name for e in entities if e.label in ("PROVINCE", "LOCALITY")),
            provinces=frozenset(e.name for e in entities if e.label == "PROVINCE"),
            holders=frozenset({"national", *(e.name for e in entities)}),
            bodies=tuple((e.start, e.end) for e in entities if e.label == "BODY"),
            time_units=self.cues.time_units,
            refs=Referents(
                province,
                tuple(e for e in entities if e.label == "PROVINCE"),
                tuple(e for e in entities if e.label in ("LOCALITY", "BODY")),
                tuple(paragraphs),
            ),
        )
        ctx.lead_span = programme
        if published is None and reporting is not None:
            ctx.release_year = _release_year(text, lead_blocks, periods, entities, self.cues)
        ctx.every_period = every
        ctx.plan_page = any(self.cues.plan_page.search(text, *b) for b in lead_blocks[:2])
        found: list[Figure] = []
        ctx.found = found
        prior: tuple[int, int] | None = None
        held: str | None = None  # the holder the last paragraph with one ended on
        items_of: str | None = None  # ... that the short items after a colon inherit
        off_items: list[tuple[int, int]] = []  # the items of lists an economic one opened
        for span, headline in blocks:
            ctx.block_prior, prior = prior, (None if headline else span)
            if ctx.block_prior is not None and _opens_list(text, ctx.block_prior):
                # "(Bac Ninh reached 39.2 points ...) Among which:" / "Participation ...
                # reached 6.39 points": the items are the holder's parts
                items_of = held
                # "... assigned GRDP growth targets, including:" / "Hai Phong: 12.2%": the
                # items measure what the list's opening does
                ctx.items_off_topic = self._off_topic_span(ctx, ctx.block_prior)
            elif span[1] - span[0] > _LIST_ITEM_MAX:
                items_of, ctx.items_off_topic = None, False
            ctx.periods, ctx.subject, ctx.period = periods[span], items_of, None
            if ctx.items_off_topic:
                off_items.append(span)
            ctx.block_start = span[0]
            ctx.block_before = ctx.sentence_before or ctx.block_before
            ctx.last_count, ctx.last_figures, ctx.sentence_before = None, [], []
            ctx.scanned, ctx.vietnamese = scanned[span], in_vietnamese[span]
            if not ctx.scanned:
                continue  # no quantity, no figure; nothing read here serves another block
            # Sentences after the block's last quantity hold no figure, and what they set
            # (the lead subject and period) serves only the block's later figures: unread.
            last = max(q.start for q in ctx.scanned)
            ctx.sentence_span_before = None
            for sentence in split(*span):
                if sentence[0] > last:
                    break
                self.at = sentence[0]
                try:
                    figs = self._sentence(ctx, sentence)
                except Exception:
                    # a sentence the rules cannot read loses its figures, not the article
                    if os.environ.get(STRICT_ENV):
                        raise
                    log.warning("metrics: sentence at %d skipped", sentence[0], exc_info=True)
                    figs = []
                for fig in figs:
                    fig.headline = headline
                found.extend(figs)
                ctx.sentence_span_before = sentence
            held = ctx.subject or held
        found = _states_before_after(text, found, self.cues.state_opening)
        cells = self.tables.read(text, paragraphs)
        cells = [  # "... GRDP growth targets, including:" / "Hai Phong: 12.2%": off topic
            cell
            for cell in cells
            if not any(s <= cell.row[0] < e for s, e in off_items)
            or self.cues.administrative.search(text, *cell.row)
        ]
        if cells:  # a table's rows are read as a table, not as sentences
            rows = {cell.row for cell in cells}
            found = [f for f in found if not any(s <= f.start < e for s, e in rows)]
            found += [_table_figure(cell, ctx.article) for cell in cells]
        kept = _dedupe(found, self.cues.unit_levels, text)
        metrics = [{**f.record(), "start": f.quote_start, "end": f.quote_end} for f in kept]
        for fig in kept:
            fig.attrs.pop("_lead", None)
            fig.attrs.pop("_orphan", None)
            fig.attrs.pop("_voted", None)
            fig.attrs.pop("_noun", None)
        return Reading(metrics, int(reporting) if reporting else None)

    # --- one sentence -------------------------------------------------------------------
    def _sentence(self, ctx: _Context, sentence: tuple[int, int]) -> list[Figure]:
        text = ctx.text
        lead = self.phrases.lead_subject(text, *sentence, ctx.entities, ctx.refs)
        told = ctx.sentence_before
        if not told and _COUNT_LEAD.match(text, sentence[0]):
            told = ctx.block_before  # "Of these, …" opening a paragraph: the count before it
        detail = _DETAIL_LEAD.match(text, sentence[0])
        if not told and detail and lead is None and ctx.sentence_span_before is not None:
            # within a paragraph, the details of what its sentence before spoke of: "Ministry of
            # Finance's indexes are assessed as high. Specifically, ..."
            lead = _owner_place(
                text, *ctx.sentence_span_before, ctx.entities, _HOLDER_LABELS
            ) or _owner_of(text, *ctx.sentence_span_before, ctx.entities)
        if not told and detail and lead is None:
            # "X got 79.51 points.\nIn particular, the on-time rate reached 96.24%": the
            # details of the figures before, and of their holder
            told = ctx.block_before
        goes_on = _LEADS_ON.match(text, sentence[0]) or detail
        if lead is None and told and goes_on:
            held = told[-1].subject  # "It also tops …": who held the last figure
            lead = held if held not in (None, "national") else None
            if detail and lead not in ctx.holders:
                lead = None  # details go on with a named holder, not with a level or a group
        elif (
            lead is None
            and not told
            and sentence[0] == ctx.block_start
            and ctx.block_prior is not None
            and _PRONOUN_LEAD.match(text, sentence[0])
        ):
            # "The An Phu Commune centre finished its staffing.\nIt received 350 applications":
            # a paragraph opening on "It" goes on with the holder the one before opened with
            # split only here: the case is rare
            before = self.cues.sentences(text, *ctx.block_prior)
            held = self.phrases.opening_holder(text, *before[-1], ctx.entities) if before else None
            lead = held if held not in (None, "national") else None
        if lead is not None:
            ctx.subject = lead
        lead_period, ctx.sentence_now = _lead_periods(text, sentence, ctx.periods)
        if lead_period is not None and lead_period.kind == "later":
            # "Next year, it will have 98 communes": the year after the one before
            lead_period = _year_after(lead_period, _year_before_later(ctx)) or lead_period
        if lead_period is not None:
            ctx.period = lead_period
        elif ctx.period is None and told and _COUNT_LEAD.match(text, sentence[0]):
            # "Of these, 22,579 conclusions ...": the count before, broken down in its period
            ctx.period = _period_of(told[-1])
        out: list[Figure] = []
        # "The centre settled 41,111 dossiers. Of these, 16,110 ...": the paragraph's last
        # count lends its noun to a bare count at the start of the next sentence.
        carried = [ctx.last_count] if ctx.last_count is not None else []
        spans = clauses(text, *sentence)
        for clause in spans:
            out.extend(self._clause(ctx, clause, sentence, out or carried))
        _orders_are_goals(text, spans, out, self.cues.imperative)
        out = _without_structure_points(text, sentence, out, self.cues)
        out = _reductions_of_before(text, sentence, out, ctx.sentence_before, self.cues)
        # A change that found nothing to qualify in its clause qualifies a figure before it:
        # "ranked 18th. It scored 68.94 points, up six places", "... 69.84%. This marks an
        # increase of 33.6%".
        continuation = self.cues.continuation
        out = [
            f
            for i, f in enumerate(out)
            if not _continues_figure(text, sentence, i, out, ctx, continuation)
        ]
        out = _states_after(text, out, self.cues)
        out = _cut_leaving(text, out, self.cues.leaving, self.figures.lowered, ctx.time_units)
        out = _cut_from_to(text, out, self.figures.lowered)
        out = self.figures.opening_totals(text, sentence, out)
        ctx.last_figures = out or ctx.last_figures
        if not out and lead_period is None:
            # "The PCI of Bac Ninh improved in 2018 with increasing scores. Specifically, ...
            # 64.50 points": a sentence with no figure that names one year as its own dates
            # the paragraph's figures after it
            own = self._own_year(text, sentence, ctx.periods)
            if own is not None:
                ctx.period = own
        _breakdowns_share_kind(text, ctx.sentence_before[-1:] + out)
        _goal_lists_share_kind(text, out, self.cues.qualifier)
        _lists_before_a_modal(text, sentence[0], out, self.cues.qualifier)
        _goal_items_reaching(text, out, self.cues.qualifier)
        ctx.sentence_before = out
        distribute(text, sentence, out, ctx.entities, self.cues, ctx.article)
        counts = [f for f in out if f.q.kind == "number" and f.unit not in NOT_COUNTS]
        if counts:
            ctx.last_count = counts[-1]
        return out

    def _own_year(self, text: str, sentence: tuple[int, int], periods) -> PeriodMention | None:
        """The one year ``sentence`` names as its own: not a plan's horizon, not where a span
        begins; None when it names another period of its own too (years compared with do
        not count)."""
        mentions = [
            p for p in periods if sentence[0] <= p.start < sentence[1] and not _compared(text, p)
        ]
        if len(mentions) != 1:
            return None
        p = mentions[0]
        if p.kind != "year" or not p.period or _opens_span(text, p):
            return None
        if self.cues.horizon.search(text, max(0, p.start - _NEAR), p.start):
            return None
        return p

    def _off_topic(self, text: str, sentence: tuple[int, int], end: int, bodies=()) -> bool:
        """A figure about the economy, tourism, area or population (SPEC 7): its sentence
        names such a thing before the figure ends, and nothing of administration. A word in
        a body's name ("the Department of Culture, Sports and Tourism: 91.12%") is none."""
        first = self._topic_words(text, sentence, bodies)
        return first is not None and first < end

    def _off_topic_before(self, text: str, seg: int, fig: Figure, bodies=()) -> bool:
        """An off-topic noun right before the figure makes it off topic whatever else the
        sentence names ("... 137 administrative units, and a population of over 3.87
        million"); not one that ends a body's name."""
        found = ending(self.cues.off_topic_before, text, max(seg, fig.start - 80), fig.start)
        return found is not None and not inside(found.start(), bodies)

    def _off_topic_after(self, text: str, fig: Figure) -> bool:
        """An off-topic noun a rate or a sum qualifies ("an 8% economic growth target", "$1.59
        billion of FDI") makes it off topic whatever else the sentence names. A count's own
        noun does not ("4,400 arrivals" at a service centre): the sentence decides."""
        if fig.unit == "rank":  # "eighth out of 63 provinces in terms of economic scale"
            # ... or right after it: "top 50 countries in the Global Competitiveness Index"
            aspect = _IN_TERMS_OF.search(text, fig.end, fig.end + 80) or _RANKED_IN.match(
                text, fig.end
            )
            return aspect is not None and bool(self.cues.off_topic.match(text, aspect.end()))
        if fig.q.kind not in ("percent", "money"):
            return False
        found = self.cues.off_topic.search(text, fig.q.end, fig.q.end + 40)
        return found is not None and bool(_QUALIFIED.fullmatch(text, fig.q.end, found.start()))

    def _off_topic_sums_go_on(self, ctx, sentence: tuple[int, int], fig: Figure) -> bool:
        """A sum in a sentence that names nothing of administration, right after a sentence
        of its paragraph about the economy ("... leads with USD59.7 billion of registered
        capital. The top 10 also include Hanoi (USD45.4 billion) ..."): the same measure."""
        before = ctx.sentence_span_before
        if fig.q.kind != "money" or before is None or before[0] < ctx.block_start:
            return False
        if not any(q.kind == "money" and before[0] <= q.start < before[1] for q in ctx.scanned):
            return False  # the sentence before gave no sum of its own
        if self.cues.administrative.search(ctx.text, *sentence):
            return False
        return self._off_topic_span(ctx, before)

    def _off_topic_span(self, ctx, span: tuple[int, int]) -> bool:
        """``span`` names an economic (or other off-topic) thing outside the names of bodies,
        and nothing of administration."""
        return self._first_off_topic(ctx.text, span, ctx.bodies) is not None

    def _linked_places(self, text: str, sentence: tuple[int, int], fig: Figure) -> bool:
        """A count of the places a meeting held online linked ("The meeting was held online
        between the Government headquarters and 63 provinces"): who took part, no result
        (SPEC: counts of attendees are no metrics)."""
        if fig.q.kind != "number" or not fig.unit:
            return False
        # "linked online to 95 points": the meeting's points, read as a score's unit
        noun = "point" if fig.unit == "points" else fig.unit.split()[-1]
        if noun not in self.cues.meeting_points:
            return False
        return ending(self.cues.online_meeting, text, sentence[0], fig.start) is not None

    def _topic_words(self, text: str, sentence: tuple[int, int], bodies=()) -> int | None:
        """Where the sentence first names an off-topic thing outside the names of
        ``bodies``, None when it names none or also names something administrative (read
        once per sentence)."""
        if self._topic_cache[0] != (text, sentence):
            self._topic_cache = ((text, sentence), self._first_off_topic(text, sentence, bodies))
        return self._topic_cache[1]

    def _first_off_topic(self, text: str, span: tuple[int, int], bodies=()) -> int | None:
        """Where ``span`` first names an off-topic thing outside the names of ``bodies``; None
        when it names none or also names something administrative."""
        off = self.cues.off_topic.search(text, *span)
        while off is not None and inside(off.start(), bodies):
            off = self.cues.off_topic.search(text, off.end(), span[1])
        if off is None or self.cues.administrative.search(text, *span):
            return None
        return off.start()

    def _clause(self, ctx, clause, sentence, earlier: list[Figure]) -> list[Figure]:
        text = ctx.text
        scanned = [q for q in ctx.scanned if clause[0] <= q.start < clause[1]]
        if not scanned:
            return []  # no number in the clause: nothing to read
        # The clause's entities, and every index the article names: a bare 0.7582 is a score
        # when the article is about an index, wherever the index was named.
        entities = [
            e for e in ctx.entities if clause[0] <= e.start < clause[1] or e.label == "INDEX"
        ]
        periods = [p for p in ctx.periods if clause[0] <= p.start < clause[1]]
        figures = self.figures.read(
            text,
            *clause,
            entities=entities,
            periods=periods,
            vietnamese=ctx.vietnamese,
            scanned=scanned,
            earlier=earlier,
            anchors=ctx.anchors,
        )
        # a change of something off topic ("supporting GRDP growth of over 8%") is no
        # attribute of the figure before it
        figures = [
            f
            for f in figures
            if f.role != "change" or not self._off_topic_before(text, clause[0], f, ctx.bodies)
        ]
        zones = [(f.cue_start, f.end) for f in figures if f.role != PRIMARY and f.cue_start]
        primaries = _attach(text, figures, periods, self.cues)
        zones += [z for f in figures for z in f.attrs.pop("_zones", [])]
        seg = clause[0]
        previous = earlier[-1] if earlier else None
        kept = []
        for i, fig in enumerate(primaries):
            # A figure's text runs from the end of the one before to the start of the next:
            # the previous quote may have grown over a bracket that holds this figure too.
            seg = min(seg, fig.start)
            limit = primaries[i + 1].start if i + 1 < len(primaries) else clause[1]
            self._describe(ctx, fig, seg, limit, sentence, entities, periods, zones, previous)
            # a count of provinces or of lower units is administration whatever the
            # sentence names besides ("criteria such as natural area ... 11 provinces")
            units = fig.unit in self.cues.province_units or fig.unit in self.cues.leveled_units
            if not (
                (not units and self._off_topic(text, sentence, fig.quote_end, ctx.bodies))
                or self._off_topic_before(text, seg, fig, ctx.bodies)
                or self._off_topic_after(text, fig)
                or self._off_topic_sums_go_on(ctx, sentence, fig)
                or (ctx.items_off_topic and not self.cues.administrative.search(text, *sentence))
                or self._linked_places(text, sentence, fig)
            ):
                kept.append(fig)
            seg = fig.quote_end
            previous = fig
        for low, high in itertools.pairwise(kept):
            if (
                low.subject == "national"
                and high.subject != "national"
                and low.unit == high.unit
                and _RANGE_GAP.fullmatch(text, low.end, high.start)
            ):
                low.subject = high.subject  # "from 78.16-90.59 percent across provinces"
        return kept

    def _describe(self, ctx, fig, seg, limit, sentence, entities, periods, zones, previous):
        text = ctx.text
        fig.quote_start, fig.quote_end = _quote(text, fig, seg, limit)
        fig.metric = self.phrases.metric(text, seg, fig, entities, periods, sentence)
        counted = fig.attrs.pop("_counted", None)
        taken_from = fig.attrs.pop("_group", None)
        if counted:  # "merge 10,035 communes into 3,321": communes; "Of the 63 localities,
            # 32 finished above the average": localities, and what those 32 did
            fig.metric = self.phrases.with_predicate(counted, text, fig.end, periods)
        if fig.attrs.pop("_listed", False) and previous is not None:
            fig.metric = previous.metric  # "followed by Hai Phong (89.2)": the same score
        measured = fig.attrs.pop("_measured", None)
        if fig.metric is None and measured:  # the object of the verb its change came with
            fig.metric = self.phrases.measured(text, *measured, entities, periods)
        if fig.metric is None and previous is not None and _measures_alike(previous, fig):
            fig.metric = self.phrases.carried(text, fig, previous, periods)
        if fig.metric is None:
            fig.metric = self._measure_before(ctx, fig, entities)
        fig.metric = self._tidy_name(fig.metric)
        # "...; Bat Xat 7 communes; Bao Yen 6 communes": a list item's own place, which the
        # gazetteer does not know, before any holder named earlier in the sentence
        subject = _place_before_count(text, seg, fig, entities) or _place_after_share(
            text, seg, fig, entities
        )
        if subject is None:
            subject, where = self.phrases.subject(text, seg, fig, entities, zones, ctx.refs)
            if where != "after":  # "..., the Department has received 281 cases": the body
                # referred to acts, not a place named before it
                acting = self.phrases.acting_reference(text, seg, fig.start, ctx.entities)
                subject = acting or subject
        if subject is not None:
            subject = self._level_group(subject, ctx, fig, seg, sentence, periods)
        if subject is None:  # "The centre settled 41,111 dossiers": the centre named before
            subject = self.phrases.referred_body(text, seg, fig.start, ctx.entities)
        if subject is None:  # "With 63.76 points, the PCI of Hung Yen rose ..."
            subject = self.phrases.after_opening(text, fig, sentence, ctx.entities)
        if subject is None:  # "below 95% include: Hoi An (84.41%), Nui Thanh (90.16%)"
            subject = _place_before_bracket(text, seg, fig)
        if subject is None and taken_from:  # "... 63 provinces and cities. Thirty of them ..."
            subject = self.phrases.group_scope(taken_from)
        # "Twenty-nine localities scored more than 80 points": the group, unless the holder
        # this figure would inherit already names it ("ministries and ministerial-level ...")
        group = (
            self._acting_group(text, seg, fig, periods)
            or self._acting_share(text, seg, fig, periods)
            if subject is None
            else None
        )
        previous_subject = (
            previous.subject if previous is not None and "_voted" not in previous.attrs else None
        )
        if (
            previous is not None
            and previous.start < sentence[0]
            and previous_subject not in ctx.holders
            and not _GOES_ON.match(text, sentence[0])
        ):
            previous_subject = None  # a group that held the count before holds no new sentence
        if subject is None and previous_subject is not None:
            subject = previous_subject
            if subject and self._level_of_units(subject, fig.unit):
                subject = None  # "… fell to 3,321 at the commune level. It has 2,636 communes"
        if subject is not None and subject in ctx.named:
            ctx.subject = subject  # a place named as the subject governs the rest of its paragraph
        elif subject is not None and subject not in ctx.holders:
            owner = _owner_place(text, seg, fig.start, ctx.entities)
            if owner is not None:  # "Son La's communes and wards received ...": Son La's paragraph
                ctx.subject = owner
        inherited = ctx.subject
        if subject is None and inherited and self._level_of_units(inherited, fig.unit):
            inherited = None  # "At the commune level, … The new layer has 2,636 communes"
        if (
            subject is None
            and inherited
            and self.phrases.only_a_source(text, sentence[0], fig.start, ctx.entities, inherited)
        ):
            inherited = None  # "According to the report of the Ministry …, there are 52 …"
        if subject is None and inherited:
            qualified = self._level_group(inherited, ctx, fig, seg, sentence, periods)
            subject = qualified if qualified != inherited else None
        article = ctx.article if fig.start >= ctx.article_from else None
        fig.subject = (
            _offered_in(subject, fig, ctx)
            or inherited
            or self.phrases.speaker_body(text, sentence[0], fig, ctx.entities)
            or article
            # "Nearly 4,200 documents were submitted to the national portal": the portal's,
            # where nothing else holds them
            or self.phrases.channel_body(text, fig, ctx.entities)
            # "Local governments, in their authority, abridged 3,636 ...": a group the clause
            # opens with, where no place holds the page's figures
            or self._opening_group(ctx, fig, seg, sentence, periods)
            or "national"
        )
        if fig.attrs.get("_orphan") == "average" and fig.scope == "national":
            # a national average no figure of the clause is compared with is the country's
            # figure: "17 localities fell below the national average of 54.9%"
            fig.subject = "national"
        elif fig.attrs.get("_orphan") == "average" and fig.scope and fig.subject == "national":
            # "the index of the 17 ministries and agencies averaged 85.63%": the group's own
            fig.subject = fig.scope
        averaged = self._averaged_group(text, seg, fig, entities)
        if averaged is not None:  # "the average index of the provincial police departments was
            fig.subject = averaged  # 91.16%": the group's mean, not its province's or the country's
        if fig.subject in ctx.provinces and (
            fold(fig.unit) in self.cues.province_units
            or (fig.out_of in self.figures.all_provinces and fig.unit.endswith("locality"))
        ):
            # "..., and Can Tho, and 48 provinces", "53/63 localities": no province's count
            fig.subject = "national"
        if (
            fold(fig.unit) in self.cues.province_units or fig.unit.endswith("locality")
        ) and self.cues.central_group_words.intersection(fold(fig.subject).split()):
            # "22 ministries, central agencies, and 12 localities": no ministry's localities
            fig.subject = "national"
        if (
            fold(fig.subject) in self.cues.national_actors
            and fold(fig.unit) in self.cues.unit_levels
        ):
            # "the Government approved the arrangement of 52 provincial-level units": the
            # country's units, which the body only decides on
            fig.subject = "national"
        if group and not _names_group(fig.subject, group):
            fig.subject = group
        voters = self._voting_body(ctx, fig, sentence)
        if voters is not None:  # "... adopted with 455 out of 461 deputies voting in favour"
            fig.subject = voters
            if self._passed(fig):
                fig.attrs["_voted"] = True  # what it passed: it holds no figure after it
        self._period(ctx, fig, periods, zones, previous)
        self._year_earlier(ctx.text, fig)
        if (
            ctx.plan_page
            and fig.kind == "result"
            and (
                self.cues.after_state.search(text, sentence[0], fig.start)
                # "approved the project dossier for rearranging units with 34 provincial-level
                # administrative units": the units the plan makes
                or (
                    fold(fig.unit) in self.cues.unit_levels
                    and self.cues.plan_page.search(text, *sentence)
                )
            )
        ):
            fig.kind = "target"  # "After the reorganization, the country has 34 ...": planned
        count = fig.attrs.pop("_restates", None)
        if count is not None:  # a cut restated as a rate: the count's holder, year and kind
            fig.subject, fig.kind = count.subject, count.kind
            fig.period, fig.period_text = count.period, count.period_text

    def _averaged_group(self, text: str, seg: int, fig: Figure, entities) -> str | None:
        """The group whose mean a score is, as written right before it ("the average PAR Index
        of public security agencies and units reached 80%", "the average rate in the district
        sector is 90.59%"); none for a group counted ("of the 63 localities": the country's),
        one that holds a name, or a mean another clause of the sentence states."""
        if fig.unit not in _SCORE_UNITS:
            return None
        found = None
        for m in self.cues.averaged_group.finditer(text, seg, fig.q.start):
            found = m
        if found is None or _MEAN_GAP_BREAK.search(text, found.end(), fig.q.start):
            return None  # "surpasses the average score of provinces and cities by 4.38 points"
        if _MEAN_COMPARED.search(text, max(seg, found.start() - 30), found.start()):
            return None  # "higher than the average rate of provinces": a gap, not the mean
        if fig.q.start - found.end() > _MEAN_GAP or any(
            e.start < found.end("g") and found.start("g") < e.end for e in entities
        ):
            return None
        group = " ".join(found["g"].split())
        if fold(group) in fold(fig.subject):
            return None  # "ministries and branches" found already, in full
        return group

    def _voting_body(self, ctx, fig: Figure, sentence: tuple[int, int]) -> str | None:
        """The assembly or council whose votes a count or a share of votes is (corpora/README
        .md, votes): the one its sentence names last before the figure, else its paragraph,
        else the article before it, else its sentence first after it ("With 449 votes ..., the
        National Assembly passed"). What a body passed ("approved 31 resolutions") is held
        only by one its sentence names before the count."""
        votes = fig.unit in self.cues.vote_units or (
            fig.unit == "%" and self.cues.vote_share.match(ctx.text, fig.q.end)
        )
        passed = self._passed(fig)
        if not votes and not passed:
            return None
        bodies = [
            e
            for e in ctx.entities
            if e.label == "BODY"
            and e.start < sentence[1]
            and fold(e.name).endswith(self.cues.voting_bodies)
            and " of " not in e.name  # "Economic Committee of the ... Council": an organ of it
        ]
        before = [e for e in bodies if e.start < fig.start]
        in_sentence = [e for e in before if e.start >= sentence[0]]
        after = [e for e in bodies if e.start >= fig.end][:1]
        in_block = [e for e in before if e.start >= ctx.block_start]
        # after it only when none is named before: "(The National Assembly met.) With 430
        # votes, Minh, Chairman of the Ha Tinh People's Council, was elected" names a post
        if passed:  # only a body that passes them in the sentence's own words
            return in_sentence[-1].name if in_sentence else None
        chosen = in_sentence or in_block or before or after
        return chosen[-1].name if chosen else None

    def _passed(self, fig: Figure) -> bool:
        """The figure counts what an assembly or council passes by vote ("31 resolutions")."""
        words = fig.unit.split()
        return bool(words) and words[-1] in self.cues.passed_nouns

    def _level_group(self, subject: str, ctx, fig: Figure, seg, sentence, periods) -> str:
        """A level scope read from the words that open the clause ("Commune-level People's
        Committees, ..., received 52,000 dossiers") gives way to the group the level
        qualifies, as written (SPEC 7)."""
        if not subject.endswith(" level"):
            return subject
        group = self._opening_group(ctx, fig, seg, sentence, periods)
        if group is not None and fold(subject.split()[0]) in fold(group):
            return group
        return subject

    def _opening_group(self, ctx, fig: Figure, seg: int, sentence, periods) -> str | None:
        """The group the figure's clause, or its sentence when no figure stands before the
        clause, opens with as its subject (after a period it opens with)."""
        starts = [seg]
        if sentence[0] < seg and not _HAS_DIGIT.search(ctx.text, sentence[0], seg):
            starts.append(sentence[0])  # "Commune-level committees, despite ..., received"
        for start in starts:
            opening = _after_opening_period(ctx.text, start, fig.start, periods, self._opens_period)
            group = self.phrases.opening_group(ctx.text, opening, fig.start, ctx.entities)
            if group is not None:
                return group
        return None

    def _tidy_name(self, name: str | None) -> str | None:
        """A metric name without a clause it runs into ("attitude, while"), and no name at all
        when it is only an article ("the")."""
        if not name:
            return name
        words = name.split()
        joiners, auxiliaries = self.cues.trailing_joiners, self.cues.trailing_auxiliaries
        if words and words[-1].rstrip(",;:").lower() in joiners and "," in name:
            # "service attitude, while": a clause that goes on after the name
            while words and (words[-1].rstrip(",;:").lower() in joiners):
                words.pop()
            if words:
                words[-1] = words[-1].rstrip(",;:")
        while len(words) > 1 and words[-1].lower() in auxiliaries:
            # "number of public units had been (cut by 7,449)", "units to be (reduced by)"
            if words.pop().lower() == "be" and len(words) > 1 and words[-1].lower() == "to":
                words.pop()
        if all(w.lower() in ARTICLES or not any(c.isalnum() for c in w) for w in words):
            return None  # "... percent of the 449 deputies", ". the": an article names nothing
        return " ".join(words)

    def _acting_group(self, text: str, seg: int, fig: Figure, periods) -> str | None:
        """A count that opens its clause and counts bodies or places that then act ("61 out
        of 63 provinces and centrally-run cities have published …") is held by that group,
        written as the text writes it, count dropped (SPEC 7). The clause may open with a
        period ("So far, 12 provinces have ...") and the count may be the second of a pair
        ("only 5 ministries and 5 provinces have met ...")."""
        if fig.q.kind != "number" or fig.unit in NOT_COUNTS:
            return None
        opening = _after_opening_period(text, seg, fig.q.start, periods, self._opens_period)
        if not (
            self._opens_clause.fullmatch(text, opening, fig.q.start)
            or self._opens_after.search(text, seg, fig.q.start)
            or self._opens_pair.fullmatch(text, opening, fig.q.start)
            # the second of a pair, read from the first's end: "(19 out of 23 ministries) and
            # agencies and 54 out of 63 provinces ... have"
            or ending(_PAIR_BEFORE, text, max(0, fig.q.start - 100), fig.q.start)
        ):
            return None
        m = self._acting_group_after.match(text, fig.q.end) or self._part_group_after.match(
            text, fig.q.end
        )
        graded = self.cues.graded_group.match(text, fig.q.end)
        if graded is not None:  # "14 public security agencies and units were rated as ..."
            return " ".join(graded["g"].split())
        if m is None or not self.cues.organ_count.match(" " + m["g"]):
            return None
        verb = m[0].split()[-1]
        if _CLAUSE_ENDS.match(text, m.end()) and (
            verb.endswith("ed") or fold(verb) in self.cues.object_by_direction
        ):
            return None  # "219 bureaus removed; 3,303 sub-departments abolished": acted on
        return " ".join(m["g"].split())

    def _acting_share(self, text: str, seg: int, fig: Figure, periods) -> str | None:
        """A share that opens its clause and is of bodies that then act ("100% of the People's
        Councils at the provincial, district and communal levels voted ...", "80 percent of
        state agencies in the locality will use ...") is held by those bodies, written as
        the text writes them with the levels or place that qualify them (SPEC 7)."""
        if fig.unit != "%" or fig.q.kind != "percent":
            return None
        # the second of two shares joined as clauses opens after the join: "98% of provincial
        # agencies had websites, and 54% of district agencies had them"
        joins = list(_JOINED_CLAUSE.finditer(text, seg, fig.q.start))
        start = joins[-1].end() if joins else seg
        opening = _after_opening_period(text, start, fig.q.start, periods, self._opens_period)
        if not self._opens_clause.fullmatch(text, opening, fig.q.start):
            return None
        m = _ACTING_SHARE.match(text, fig.end)
        if m is None or not self.cues.organ_count.match(" " + m["g"].split()[-1]):
            return None
        return " ".join(f"{m['g']}{m['q'] or ''}".split())

    def _level_of_units(self, scope: str, unit: str) -> bool:
        """A level scope a paragraph opened with ("At the commune level") says which units a
        count of communes, wards or special zones counts, not whose count it is."""
        return (
            scope.endswith(" level")
            and "unit" not in unit
            and (fold(unit) in self.cues.leveled_units)
        )

    def _year_earlier(self, text: str, fig: Figure) -> None:
        """An earlier value dated "a year earlier", or a change "from the previous year", is
        of the year before the figure's."""
        previous, end = fig.attrs.get("previous"), fig.attrs.pop("_previous_end", None)
        if fig.attrs.pop("_previous_last", False) and previous and not previous.get("period"):
            if fig.period and fig.period.isdigit():
                previous["period"] = str(int(fig.period) - 1)
            return
        if not previous or previous.get("period") or end is None or not fig.period:
            return
        if fig.period.isdigit() and self.cues.earlier.match(text, end):
            previous["period"] = str(int(fig.period) - 1)

    @staticmethod
    def _measure_before(ctx, fig: Figure, entities) -> str | None:
        """What a figure whose words name no measure measures ("Long An came third with
        72.64 points"): for a rate, the rate stated just before it ("Ministries recorded an
        online rate of 80.7%. For localities, it is 63.5%"); for a rank or score, the index
        its paragraph named last before it, else the one the article named first (what it
        is about: "the PAR Index and the SIPAS" in a lead, then PAR Index results)."""
        if fig.unit == "%":
            for before in reversed(ctx.sentence_before or ctx.last_figures):
                if before.unit == "%" and before.metric:
                    return before.metric
        if fig.unit in ("%", "points", "rank", "place"):
            named = [e for e in entities if e.label == "INDEX" and e.end <= fig.start]
            here = [e for e in named if e.start >= ctx.block_start]
            if here:
                return max(here, key=lambda e: e.start).name
            if named:
                return min(named, key=lambda e: e.start).name
        return None

    def _period(self, ctx, fig, periods, zones, previous=None) -> None:
        """The year the figure describes (SPEC 7): its own period phrase; else the period
        its paragraph last named; else the article's reporting year. "Since 2021" runs to
        the year of the page; a period the figure is compared with is not its own, nor one
        written right after the figure before it in a list ("5,778 in 2015, 11,900 in 2016")."""
        text = ctx.text
        own, since = [], []
        # the asides a period of the clause may sit in (none to look for without a period)
        asides = _asides(text, min(p.start for p in periods), fig.start) if periods else []
        taken = previous.end if previous is not None and previous.end <= fig.start else None
        items: list[PeriodMention] = []  # the year of the list item before, if any
        for p in periods:
            if p.kind in ("document", "history") or any(
                s <= p.start < e for s, e in (*zones, *asides)
            ):
                continue
            if (
                taken is not None
                and taken <= p.start
                and p.end <= fig.start
                and _ITEM_PERIOD.fullmatch(text, taken, p.start)
            ):
                items.append(p)
                continue
            if self.cues.streak_since.search(text, max(0, p.start - _NEAR), p.start):
                continue  # "for the sixth time since 2012": when a streak began, no period
            if ending(self.cues.released_on, text, max(0, p.start - 100), p.start):
                continue  # "the 2024 results announced by VCCI in May 2025": when they came out
            if _TERM_BEFORE.search(text, max(0, p.start - 16), p.start) or _TERM_AFTER.match(
                text, p.end
            ):
                continue  # "the People's Council, term XVI, 2021-2026": a term of office
            opener = _span_opener(text, p)
            if opener is not None:
                # a "since" after the figure in its own clause still dates it; a "From"
                # sentence after the figure does not
                after = opener == "since" and "," not in text[fig.end : p.start]
                if p.start < fig.start or after:
                    since.append(p)  # not in a clause after the figure's: "..., completing a
                    # three-year run of improvement since 2022"
            elif p.start >= fig.end and self.cues.narration.search(text, fig.end, p.start):
                continue  # "... 3,893 conditions," Dung noted, "referring to ... by 2025"
            elif p.start >= fig.end and _WHO_BEFORE.search(text, fig.end, p.start):
                continue  # "VND3.5 million for those who retired before 1995": who they are
            elif p.start >= fig.end and _bracket_figure_before(text, fig.end, p.start):
                continue  # "... with 77.87 points (this department ranked 6th in 2022)": the
                # year of the bracket's own figure
            elif not _compared(text, p) and not (
                p.start >= fig.end
                and _CONTRAST.search(text, fig.end, p.start)
                and not _BY_YEAR.search(text, max(0, p.start - 4), p.start)
            ):  # "88.38% while that figure in 2022 was ...": another statement's year (a
                # deadline, "..., while 90% ... by 2025", is the whole sentence's)
                own.append(p)
        if not any(p.start >= fig.start for p in own):
            own.extend(items)  # no year of its own after it: the list's year is the figure's
        elif any(p.end <= fig.start and p.period for p in own):
            # "in 2022 it reached 81.98%, in 2023 it reached 93.08%": a year opening the next
            # item after the figure is that item's, when the figure has its own before it
            own = [
                p
                for p in own
                if p.start < fig.end or not _NEXT_ITEM_YEAR.fullmatch(text, fig.end, p.start)
            ]
        # The nearest phrase that names a year; a date without one ("on July 1") only when
        # no phrase does.
        dated = [
            p
            for p in own
            if p.period or p.kind in ("now", "last", "later", "same", "ago", "since_ago")
        ] or own
        mention = min(dated, key=lambda p: abs(p.start - fig.start), default=None)
        if mention is not None and mention.kind == "later":
            # "A year later it posted 59.73 points"; "will cut 5,510 next year"; "from 80% in
            # 2019 to 85% a year later": the year after the one its clause named before it
            named = [
                p
                for p in periods
                if p.start < mention.start and p.kind in _DATED_KINDS and _one_year(p.period)
            ]
            base = named[-1] if named else _year_before_later(ctx)
            mention = _year_after(mention, base)
        elif mention is not None and mention.kind == "same":
            # "During the year"
            mention = _year_named_before(text, mention, ctx.every_period, self.cues.horizon)
        if mention is None and since and _span_start(since[0]):
            fig.period = _since_span(since[0], ctx)
            return
        inherited = mention is None
        if inherited:
            # "Currently, the centre handles 1,291 procedures, of which ...; 25 of the
            # insurance agency": the time the sentence opens with holds for its every clause
            mention = ctx.sentence_now or ctx.period
            if mention is not None and _opens_span(text, mention):
                # "Since 2021, about 2,500 regulations have been cut. Ministries have
                # streamlined 437 procedures": the paragraph's span, not its first year
                fig.period = _since_span(mention, ctx)
                return
        if mention is None and ctx.reporting_year is None:
            # a page with no year of its own on an arrangement "for the period 2023-2025": the
            # figures it gives no time are of that period
            mention = ctx.lead_span
        if mention is None:
            year = _after_compared(fig, ctx.reporting_year)
            fig.period = _after_clause_compared(text, periods, year, self.compared_with)
            return
        fig.period, fig.period_text = resolve(mention, ctx.reporting_year, ctx.dateline_year)
        if mention.kind == "last" and ctx.dateline_year is None:
            # "last year" on an undated page counts back from the year reported on (from the
            # year an index edition it reports came out: "the PAR Index 2018 ... Last year,
            # the average score was 76.92"), a guess a comparison in its clause corrects:
            # "Last year, the index reached 99.93%, 5.85% higher than in 2022" is of 2023
            if ctx.release_year is not None:
                fig.period, fig.period_text = resolve(mention, ctx.release_year, None)
            fig.period = _after_clause_compared(text, periods, fig.period, self.compared_with)
        if inherited:
            year = _after_compared(fig, fig.period)
            fig.period = _after_clause_compared(text, periods, year, self.compared_with)
        goal = _BY_YEAR.search(text, max(0, mention.start - 4), mention.start) and _future(
            mention.period, ctx.dateline_year or ctx.reporting_year
        )
        if goal:
            fig.kind = "target"
        elif not inherited and mention.period and mention.kind in ("year", "part", "span"):
            ctx.period = mention  # the paragraph's period, for the figures after this one


# The units of a score whose mean a group may hold.
_SCORE_UNITS = frozenset({"%", "points"})
# Between a group's mean and its figure: a verb, a bound, an earlier value ("increased from
# 0.69 in 2018 to"); never another clause or sentence.
_MEAN_GAP = 80
_MEAN_GAP_BREAK = regex.compile(r"[,;:!?()]|\.(?!\d)|\bby\b")
_MEAN_COMPARED = regex.compile(
    rf"\b(?:than|surpass\w*|exceed\w*|above|below|{COMPARED})\s+(?:the\s+)?$", regex.IGNORECASE
)


# The longest paragraph still read as an item of a list a colon opened.
_LIST_ITEM_MAX = 250


def _opens_list(text: str, span: tuple[int, int]) -> bool:
    """The paragraph ends on a colon that opens a list ("Among which:", "as follows:")."""
    return text[span[0] : span[1]].rstrip().endswith(":")


def _period_of(fig: Figure) -> PeriodMention | None:
    """The period ``fig`` was read with, as a mention the figures after it may inherit."""
    if not fig.period:
        return None
    kind = "span" if "-" in fig.period else "year"
    return PeriodMention(fig.start, fig.start, fig.period, fig.period_text, kind)


def _measures_alike(a: Figure, b: Figure) -> bool:
    """A score or rank does not measure what a count before it counts ("12 units ranked:
    the Office (96 points)"): the name of one carries to the other only within the kind."""
    scored = ("points", "rank", "place")
    return (a.unit in scored) == (b.unit in scored)


def _span_opener(text: str, p: PeriodMention) -> str | None:
    """What makes the period the start of a span to the page's year: "since" right before
    it ("since 2021", "since the beginning of 2021", "since the merger"), or "from" opening
    the sentence on its year ("From 2021, ..."); None when nothing does."""
    if _SINCE_YEAR.search(text, max(0, p.start - _NEAR), p.start):
        return "since"
    if (
        p.kind == "year"
        and _FROM_YEAR.search(text, max(0, p.start - 8), p.start) is not None
        and _COMMA.match(text, p.end) is not None
    ):
        return "from"
    return None


def _opens_span(text: str, p: PeriodMention) -> bool:
    """The year is where a span begins ("since 2021")."""
    return _span_start(p) and _span_opener(text, p) is not None


def _span_start(p: PeriodMention) -> bool:
    """A year, or a date or month in one, that a span after "since" can begin at ("since
    2021", "since December 9, 2019")."""
    return p.kind in ("year", "date", "part") and bool(p.period) and len(p.period) == 4


def _since_span(p: PeriodMention, ctx) -> str:
    """ "since 2021": from that year to the page's (the dateline's, else the reporting year)."""
    now = ctx.dateline_year or ctx.reporting_year
    return f"{p.period}-{now}" if now and now > p.period else p.period


def _year_named_before(
    text: str, mention: PeriodMention, every: list[PeriodMention], horizon: regex.Pattern
) -> PeriodMention | None:
    """ "during the year", "that year": the single year the text named last before it as a
    period of its own (not one compared with, nor a plan's ``horizon``), as a year."""
    for p in reversed(every):
        if p.end > mention.start or p.kind != "year" or not p.period or len(p.period) != 4:
            continue
        if _compared(text, p) or horizon.search(text, max(0, p.start - _NEAR), p.start):
            continue
        return PeriodMention(mention.start, mention.end, p.period, None, "year")
    return None


def _bracket_figure_before(text: str, after: int, at: int) -> bool:
    """A bracket opened after a figure holds a figure of its own before ``at``."""
    opened = open_bracket(text, after, at)
    return opened >= 0 and _HAS_DIGIT.search(text, opened, at) is not None


# The mentions that may date a year by themselves ("in 2019", "March 2019", "the first half of
# 2019"); a date may name none ("on July 1").
_DATED_KINDS = frozenset({"year", "date", "part"})


def _one_year(period: str | None) -> bool:
    return period is not None and len(period) == 4


def _year_before_later(ctx) -> PeriodMention | None:
    """The period "a year later" and "next year" count from: the paragraph's, else, on a page
    whose paragraph names no year, the page's reporting year ("will cut 5,510 civil servants
    next year" on a page dated 2018: 2019)."""
    if ctx.period is not None or not (ctx.reporting_year and ctx.reporting_year.isdigit()):
        return ctx.period
    return PeriodMention(-1, -1, ctx.reporting_year, None, "year")


def _year_after(mention: PeriodMention, paragraph: PeriodMention | None) -> PeriodMention | None:
    """ "a year later", "the following year": the year after the paragraph's, as a year."""
    if paragraph is not None and paragraph.start == mention.start:
        return paragraph  # read for a figure before this one in the sentence
    base = paragraph.period if paragraph is not None else None
    if not _one_year(base):
        return None
    return PeriodMention(mention.start, mention.end, str(int(base) + 1), None, "year")


# A count and the group it counts, as a pair of counts writes its first: "5 ministries",
# "19 out of 23 ministries and agencies".
_COUNTED_GROUP = r"\d[\d,]*(?:\s+out\s+of\s+\d[\d,]*)?\s+(?:[\p{L}-]+\s+(?:and|or)\s+)?[\p{L}-]+s"


_PAIR_BEFORE = regex.compile(
    r"(?<![\d,])" + _COUNTED_GROUP + r"\s+and\s+$", regex.IGNORECASE | regex.REVERSE
)


# A clause's opening up to a period it opens with: "To date, ", "In the first half of 2024, ".
_BEFORE_PERIOD = (
    r"(?:(?:in|during|by|as\s+of|since|until|over|at)\s+(?:the\s+)?)?"
    r"(?:(?:end|beginning|start|middle)\s+of\s+)?"  # "As of the end of April 2019, "
)


def _after_opening_period(text: str, seg: int, at: int, periods, opens: regex.Pattern) -> int:
    """Where a clause goes on after the period it opens with ("To date, ", "In the first half
    of 2024, "; ``opens``: what may stand before it), or ``seg`` when it opens with none."""
    opening = seg
    for p in periods:  # "So far this year, ": one period after another
        if p.start >= at:
            break
        if p.end <= at and p.start >= opening and opens.fullmatch(text, opening, p.start):
            opening = p.end
    return opening


# ... or a clause that opens after "that" or a cited source: "the second time that 63/63
# localities have achieved ...", "According to statistics, 53/63 localities have ...". What
# was proposed or decided ("proposed that 11 provinces remain unchanged") is no group's act.
def _opens_after_pattern(told_verbs: list[str]) -> regex.Pattern:
    """What may stand right before a count that opens what follows it: "that", "according
    to ...,", a verb of saying (metric_words.csv told_verb: "Hung said 57 out of the 63
    provinces"), a level the clause opens with ("At the local level, 25 out of 34 ...")."""
    return regex.compile(
        r"(?:(?<!\b(?:propos|suggest|decid|recommend|request|order|ask)(?:e|es|ed|ing)\s+)\bthat"
        r"|\baccording\s+to\s+[^,;]{1,60},"
        rf"|{phrase_pattern(told_verbs)}"
        r"|\G\s*(?:at|in)\s+the\s+[\p{L}-]+\s+level\s*,"
        r")\s*(?:only\s+|all\s+)?$",
        regex.IGNORECASE,
    )


# The bodies a share is of and what qualifies them, then the verb of their act: "of the
# People's Councils at the provincial, district and communal levels (of 52 provinces) voted".
# Words after a group that are no verb of its act: prepositions, relatives, copulas.
_NO_ACT = "of|in|at|for|on|with|to|from|and|or|under|across|that|which|who|as|than|were|was|are|is"
_ACTING_SHARE = regex.compile(
    r"\s+of\s+(?:the\s+)?(?P<g>(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+s)"
    r"(?P<q>\s+(?:at|in)\s+(?:the\s+)?(?:[\p{L}-]+(?:\s*,\s*|\s+))*?(?:levels?|locality|province|city))?"
    r"(?:\s+of\s+\d[\d,]*\s+[\p{L}\s-]{1,40}?)?"
    rf"\s+(?!(?:{_NO_ACT}|be|been)\b)\p{{Ll}}{{2,}}\b",
)


def _names_group(holder: str, group: str) -> bool:
    """Whether a holder already names a group: "ministries and ministerial-level agencies"
    names "agencies"; "provincial agencies" does not name "district agencies"."""
    holder, group = holder.lower(), group.lower()
    return group.split()[-1] in holder and (len(group.split()) == 1 or group in holder)


# The words that join a clause to the one before: "..., and", "; while", " whereas".
_CLAUSE_JOINERS = r"and|while|whereas|but"
# Where a clause joined to the one before may open: ", and", "; while", " whereas", ", ".
_JOINED_CLAUSE = regex.compile(
    rf"[,;]\s*(?:(?:{_CLAUSE_JOINERS})\s+)?|\s(?:{_CLAUSE_JOINERS})\s+", regex.I
)


# The end of a clause right after a verb: nothing it acts on follows.
_CLAUSE_ENDS = regex.compile(r"\s*(?:[;,.:)]|$)")


def _acting_group_pattern(false_plurals: str, part: bool = False) -> regex.Pattern:
    """The group a count counts, then a verb: "localities scored", "out of 63 provinces and
    centrally-run cities have", "of the 63 provincial-level localities have", "centrally run
    provinces and cities nationwide have"; the group's last word is a plural, no word of
    ``false_plurals`` (metric_words.csv: "..., and its payroll fell", "25 localities have less
    than"). With ``part``, the count is a part of the group ("out of 63 provinces") and the
    verb may be a form of "be" too ("56 out of 63 provinces and cities were connected")."""
    whole = r"(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+"
    verb = (
        r"(?:were|was|are|is|have|has|had)\b"
        if part
        else rf"(?!(?:{_NO_ACT}|nationwide|after|before|by|since|until|during|per|such|like|"
        r"including|will|would|could|may|might|must|shall|should)\b)\p{Ll}{2,}\b"
    )
    return regex.compile(
        rf"\s+(?:{whole}){'' if part else '?'}"
        r"(?P<g>(?:[\p{L}-]+(?:\s+|\s*,\s*)){0,2}?(?:[\p{L}-]+\s+(?:and|or)\s+)?(?:[\p{L}-]+\s+)?"
        rf"\p{{L}}[\p{{L}}-]*s(?<!\b(?:{false_plurals})))"
        rf"(?:\s+and\s+{_COUNTED_GROUP})?"  # "5 ministries and 5 provinces have"
        r"(?:\s+(?:nationwide|across\s+the\s+country|in\s+the\s+country))?"
        rf"\s+{verb}",
    )


def _after_compared(fig: Figure, period: str | None) -> str | None:
    """A figure with no period of its own compared with a year ("up 12 places compared to
    2022") is of the year after it, when the year it would inherit is later still (the
    page's date, "July 2024", for an index of 2023) or is no later than the year compared
    with (a figure compared with 2023 is not of 2023), or when it inherits none (the
    comparison is then the only time the page gives it)."""
    previous = fig.attrs.get("previous") or {}
    then = previous.get("period")
    if not (then and then.isdigit()) or (period and not period.isdigit()):
        return period
    if period is None or int(period) != int(then) + 1:
        return str(int(then) + 1)
    return period


def _after_clause_compared(
    text: str, periods: list[PeriodMention], period: str | None, compared_with: regex.Pattern
) -> str | None:
    """An inherited year no later than a year its clause compares with ("with 90.69%, up 24
    places compared to 2023", inheriting 2023) gives way to the year after that one: every
    figure of the comparison is later than the year compared with; so is a figure that
    inherits no year."""
    if period is not None and not period.isdigit():
        return period
    compared = [
        int(p.period)
        for p in periods
        if p.kind == "year"
        and p.period
        and p.period.isdigit()
        and compared_with.search(text, max(0, p.start - _NEAR), p.start)
    ]
    if compared and (period is None or int(period) <= max(compared)):
        return str(max(compared) + 1)
    return period


def _without(figures: list[Figure], dropped: set[int]) -> list[Figure]:
    """``figures`` less those at the indices ``dropped`` (read into another figure)."""
    return [f for i, f in enumerate(figures) if i not in dropped] if dropped else figures


def _decrease_by(cut: Figure) -> dict:
    """The ``change`` a count cut gives the count it leaves."""
    return {"value": cut.value, "unit": cut.unit, "direction": "decrease"}


def _cut_leaving(
    text: str,
    out: list[Figure],
    gap: regex.Pattern,
    lowered: Callable[[str, int], bool],
    time_units: frozenset[str],
) -> list[Figure]:
    """A count cut, then what it leaves ("reduced 2 departments, down to 10 departments",
    "1,991 units will be reduced, leaving 3,983 hamlets"; ``gap`` matches what stands
    between): the cut is the change of the count left, no metric of its own (SPEC 7:
    "reducing 3 agencies" is the change it qualifies)."""
    dropped: set[int] = set()
    for i in range(1, len(out)):
        cut, left = out[i - 1], out[i]
        if i - 1 in dropped or cut.q.kind != "number" or left.q.kind != "number":
            continue
        if cut.unit in NOT_COUNTS or left.unit in NOT_COUNTS or left.attrs.get("change"):
            continue
        if _other_things(cut.unit, left.unit, time_units):
            continue
        between = gap.fullmatch(text, cut.end, left.start)
        if between is None or not (between["passive"] or lowered(text, cut.start)):
            continue
        left.attrs["change"] = _decrease_by(cut)
        dropped.add(i - 1)
    return _without(out, dropped)


def _states_after(text: str, out: list[Figure], cues: MetricCues) -> list[Figure]:
    """A count followed by the count of the same units once the organisation changed ("has 24
    units (...), after the arrangement there are 18 units"; "17 commune-level units, after
    the arrangement, 5 communes will be established": units of one level) is the later
    count's previous value, no metric of its own (cf. "merge 24 units into 18"); a figure
    inside the bracket between them stays. The state's count needs a verb of having before
    it or a ``cues.state_verb_after`` after it."""
    gap, levels = cues.state_after, cues.unit_levels
    dropped: set[int] = set()
    for i, later in enumerate(out):
        if later.q.kind != "number" or later.unit in NOT_COUNTS or later.attrs.get("previous"):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            count = out[j]
            if j in dropped or count.q.kind != "number":
                continue
            if count.unit != later.unit and not _one_level(count.unit, later.unit, levels):
                continue
            m = gap.fullmatch(text, count.end, later.start)
            if m is not None and (m["verb"] or cues.state_verb_after.match(text, later.end)):
                later.attrs["previous"] = {"period": None, "value": count.value}
                # what both count, as of the change: "units after the merger" (of two units of
                # one level, what the later one counts)
                named = count.metric if count.unit == later.unit else later.metric
                if named:
                    later.metric = f"{named} {' '.join(m['state'].lower().split())}"
                dropped.add(j)
                break
    return _without(out, dropped)


def _cut_from_to(text: str, out: list[Figure], lowered: Callable[[str, int], bool]) -> list[Figure]:
    """A count a verb lowers, then the values it went from and to, which differ by that count
    ("reduced 8 public service units, from 572 to 564"), or the values first ("from 161 to
    56, which means reducing 105 units"): the count is the later value's change, no metric of
    its own. ``lowered`` tells a lowering verb before a position."""
    dropped: set[int] = set()
    for i, cut in enumerate(out):
        if cut.q.kind != "number" or cut.unit in NOT_COUNTS or "change" in cut.attrs:
            continue
        if i in dropped or not lowered(text, cut.start):
            continue
        for later in out[i + 1 : i + 3]:
            if later.q.kind != "number" or "change" in later.attrs:
                continue
            earlier = (later.attrs.get("previous") or {}).get("value")
            # "cut 8 units, from 572 units to 564 units": 572 was read as the 8's earlier value
            moved = earlier is None and "previous" in cut.attrs and later.start > cut.end
            if moved:
                earlier = cut.attrs["previous"].get("value")
            if earlier is None or abs(earlier - later.value - cut.value) >= 0.5:
                continue
            if moved:
                later.attrs["previous"] = cut.attrs.pop("previous")
            later.attrs["change"] = _decrease_by(cut)
            dropped.add(i)
            break
        else:
            # "will reduce from 161 units to 56, which means reducing 105 units": the cut
            # after the values it went from and to
            for earlier in reversed(out[max(0, i - 3) : i]):
                if earlier.q.kind != "number" or "change" in earlier.attrs:
                    continue
                before = (earlier.attrs.get("previous") or {}).get("value")
                if before is not None and abs(before - earlier.value - cut.value) < 0.5:
                    earlier.attrs["change"] = _decrease_by(cut)
                    dropped.add(i)
                    dropped |= _cut_parts(text, out, i, earlier)
                    break
    return _without(out, dropped)


def _cut_parts(text: str, out: list[Figure], cut_index: int, whole: Figure) -> set[int]:
    """The parts a cut lists ("reducing 105 units (including 5 wards, 100 communes)") are the
    changes of the counts of the same units that break down the figure it changed ("56 (53
    communes and 3 wards)"): the indices of the parts so given."""
    given: set[int] = set()
    counts = [f for f in out[:cut_index] if f.start > whole.start and "change" not in f.attrs]
    last = out[cut_index]
    for index in range(cut_index + 1, len(out)):
        part = out[index]
        if part.q.kind != "number" or not _BREAKDOWN.fullmatch(text, last.end, part.start):
            break
        count = next((f for f in counts if f.unit == part.unit), None)
        if count is None:
            break
        count.attrs["change"] = _decrease_by(part)
        counts.remove(count)
        given.add(index)
        last = part
    return given


def _states_before_after(text: str, found: list[Figure], opening: regex.Pattern) -> list[Figure]:
    """A count in a sentence opening "After the rearrangement, ..." and the count of the same
    units and holder in an earlier sentence opening "Before the rearrangement, ..." ("Before
    the rearrangement, Dien Bien province had 129 commune-level units ... After the
    rearrangement, Dien Bien province has 45 commune-level units"): the earlier count is the
    later's previous value, no metric of its own (as within a sentence, ``_states_after``)."""
    dropped: set[int] = set()
    for i, later in enumerate(found):
        if later.q.kind != "number" or later.unit in NOT_COUNTS or later.attrs.get("previous"):
            continue
        state = ending(opening, text, max(0, later.start - 200), later.start)
        if state is None or state["w"].lower() != "after":
            continue
        for j in range(i - 1, -1, -1):
            count = found[j]
            if later.start - count.start > _STATE_DISTANCE:
                break
            if j in dropped or count.unit != later.unit or count.q.kind != "number":
                continue
            earlier = ending(opening, text, max(0, count.start - 200), count.start)
            was = earlier["w"].lower() if earlier is not None else None
            if was == "before" and count.subject == later.subject:
                later.attrs["previous"] = {"period": None, "value": count.value}
                dropped.add(j)
            break  # the nearest count of the same units decides
    return _without(found, dropped)


_STATE_DISTANCE = 1500  # characters a "Before ..." count may stand before its "After ..." one


def _continues_figure(
    text, sentence, index: int, out: list[Figure], ctx, continuation: regex.Pattern
) -> bool:
    """Give a change that qualified nothing in its clause to the figure before it that it
    fits: earlier in its sentence, or in the sentence before when it opens its own (with
    what ``continuation`` lets open it: "This marks", "The score was")."""
    change = out[index]
    if change.attrs.get("_orphan") != "change" or change.cue_start is None:
        return False
    if any(_listed_change(text, a, b) for a, b in itertools.pairwise(out) if change in (a, b)):
        return False  # "rose by 5 and 3 places respectively": each a change of its own
    change.role = "change"  # as it was read, for the fit
    free = [
        f
        for f in out
        if f.start < change.start and "change" not in f.attrs and not _read_as_change(f)
    ]
    before = [f for f in out if f.start < change.start]
    if before and _names_own_measure(text, before[-1].end, change):
        change.role = PRIMARY  # "fell: public finance (-0.02%) and ...": a measure of its own
        return False
    if free and (
        _states_own(text, free[-1].end, change)
        or _CONTRAST_SUBJECT.search(text, free[-1].end, change.cue_start)
    ):
        change.role = PRIMARY  # "…, career staff reduced by 15%": a statement of its own
        return False
    holder = _holder(free, change, ctx.time_units) if free else None
    opens = not free and continuation.fullmatch(text, sentence[0], change.cue_start)
    same_holder = not any(
        sentence[0] <= e.start < change.start and e.label in ("PROVINCE", "BODY", "LOCALITY")
        for e in ctx.entities
    )
    if holder is None and (opens or (change.unit == "place" and same_holder)):
        last = [f for f in ctx.last_figures if "change" not in f.attrs]
        holder = _widest_field(last, _holder(last, change, ctx.time_units)) if last else None
        dated = [
            p.period
            for p in ctx.periods
            if sentence[0] <= p.start < change.start and p.kind == "year" and p.period
        ]
        if holder is not None and dated and holder.period not in dated:
            holder = None  # "… 86th in 2020 and 2022. In 2024, Vietnam advanced 15 places."
        if holder is None and opens and opens["measure"] and not dated:
            # "... with 71.25 points. (Another paragraph on its ranks.) Compared to last year,
            # the province's total score decreased by 1.7 points": the last score stated
            holder = _last_stated(ctx.found, change)
    if holder is None:
        # "was also up 11 points, putting it in 44th position": the figure it leads to
        later = next((f for f in out if f.start > change.start and "change" not in f.attrs), None)
        complete = change.attrs.get("_complete")  # "... two steps to take the lead"
        if (
            later is not None
            and change.unit in ("points", "place")
            and not complete
            and not _read_as_change(later)  # "a jump of 2 points and a 12-place climb"
            and not _dated_aside(text, change, later, ctx.periods)
        ):
            own = _states_own(text, change.end, later)
            holder = None if own or _names_own_measure(text, change.end, later) else later
    if holder is None:
        change.role = PRIMARY
        return False
    change.attrs.pop("change", None)
    _give(text, holder, change, [])
    earlier = change.attrs.get("previous") or {}
    if earlier.get("value") is not None and not (holder.attrs.get("previous") or {}).get("value"):
        # "..., from 72.95 last year": the value the change left, the holder's earlier one
        holder.attrs["previous"] = {
            **earlier,
            "period": _year_before_holder(earlier, change, holder),
        }
    return True


def _year_before_holder(earlier: dict, change: Figure, holder: Figure) -> str | None:
    """The period of the value a change left, for the figure the change is given to: "last
    year" read in the change's own sentence ("Compared to last year, ... from 72.95 last
    year") is the year before the holder's."""
    period = earlier.get("period")
    years = (period, change.period, holder.period)
    if not all(y and len(y) == 4 and y.isdigit() for y in years):
        return period
    if int(period) == int(change.period) - 1 and change.period != holder.period:
        return str(int(holder.period) - 1)
    return period


def _last_stated(found: list[Figure], change: Figure) -> Figure | None:
    """The figure of the change's unit stated last before it, near enough and with no change
    yet; none when the last such figure has its change."""
    for fig in reversed(found):
        if change.start - fig.end > _CONTINUED_REACH:
            return None
        if fig.unit == change.unit and fig.role == PRIMARY and fig.q.kind == change.q.kind:
            return None if "change" in fig.attrs else fig
    return None


# How far before a change that continues a figure (see ``_last_stated``) the figure may stand.
_CONTINUED_REACH = 1200


def _states_own(text: str, after: int, change: Figure) -> bool:
    """A change verb with a subject of its own between ``after`` and its cue states a
    figure of its own, not the change of the figure before."""
    return (
        _read_as_change(change)
        and change.cue_start is not None
        and bool(_VERB_CUE.match(text, change.cue_start))
        and bool(_OWN_SUBJECT.fullmatch(text, after, change.cue_start))
    )


def _listed_change(text: str, before: Figure, change: Figure) -> bool:
    """A change listed right after another of the same unit under one cue ("rose by 5 and 3
    places respectively", "up 31 places and 3 places") is the next holder's change, not the
    change of the one before."""
    return (
        _read_as_change(before)
        and _read_as_change(change)
        and change.unit == before.unit
        and bool(_LIST_JOIN.fullmatch(text, before.end, change.start))
    )


def _listed_changes(text: str, before: Figure, change: Figure) -> bool:
    """Two changes listed with nothing to qualify in their clause ("an improvement of 11
    places and 2.6 points") are two changes, each of the figure it fits."""
    return (
        before.role == "change"
        and change.role == "change"
        and bool(_LIST_JOIN.fullmatch(text, before.end, change.start))
    )


def _read_as_change(fig: Figure) -> bool:
    return fig.role == "change" or fig.attrs.get("_orphan") == "change"


# Between two items of a list of figures: a comma, "and", "or".
_LIST_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", regex.IGNORECASE)
# Between an earlier figure and a change cue: a clause of its own, with a subject that is no
# pronoun or apposition ("…, while public employees on the state payroll will have").
_SUBJECT_OPENS = rf"[\s,;]*(?:(?:{_CLAUSE_JOINERS})\s+)?"
_AUXILIARIES = r"(?:(?:will|would|has|have|had|was|were|is|are|been|be)\s+){0,3}"
_OWN_SUBJECT = regex.compile(
    _SUBJECT_OPENS
    + r"(?!(?:it|its|this|that|which|these|those|marking|representing|up|down|an?|or|"
    r"the\s+figure)\b)\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,7}?"
    # "the number of part-time officials working at commune, village and residential levels"
    r"(?:(?:,\s*|\s+)[\p{L}'-]+){0,6}?\s+" + _AUXILIARIES,
    regex.IGNORECASE,
)
# ... and one that is a measure of the holder before: "and its payroll", "while their staff".
_ITS_SUBJECT = regex.compile(
    _SUBJECT_OPENS + r"(?:its|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}?\s+" + _AUXILIARIES,
    regex.IGNORECASE,
)
# A change cue that is a verb ("reduced by", "decreased by", "rose"), not a noun ("a rise of").
_VERB_CUE = regex.compile(r"(?:\p{L}+ed|rose|fell|grew|cut|rises|falls|grows)\b", regex.IGNORECASE)
# Between a count and the parts that break it down: "34 units, including 6 cities and 28",
# or "3,321 units. These include 2,636 communes" in the next sentence.
_PARTS_WORDS = r"including|of\s+which|comprising|consisting\s+of|namely"
_BREAKDOWN = regex.compile(
    r"(?:(?:\s+[\p{L}'-]+){0,4}?\s*\([^()]{0,40}\))?"  # "17 ministries (down five) and five"
    rf"[\s,:;(–—-]*(?:(?:{_PARTS_WORDS}|and|with)\b)?"
    r"[\s,:(]*"
    r"|(?:\s+[\p{L}'-]+){0,4}?[\s.;]+(?:(?:these|they|those)\s+(?:include|comprise|consist\s+of|are)|"
    r"(?:this|it)\s+(?:includes|comprises|consists\s+of))\b[\s:]*",
    regex.IGNORECASE,
)
# Between a count and the first of the parts it lists: ", including (about) ", " (of which ".
_PARTS_OPEN = regex.compile(
    rf"[\s,:;(–—-]*(?:{_PARTS_WORDS})[\s:]*(?:\p{{Ll}}+\s+){{0,2}}", regex.IGNORECASE
)


def _breakdowns_share_kind(text: str, figures: list[Figure]) -> None:
    """The parts of a planned count are planned too: "the country will have 34 units,
    including 6 cities and 28 provinces"."""
    for before, fig in itertools.pairwise(figures):
        if (
            before.kind == "target"
            and fig.kind == "result"
            and before.q.kind == fig.q.kind == "number"
            and before.end <= fig.start
            and _BREAKDOWN.fullmatch(text, before.end, fig.start)
        ):
            fig.kind = "target"


def _orders_are_goals(
    text: str, spans: list[tuple[int, int]], figures: list[Figure], imperative: regex.Pattern
) -> None:
    """A plan's items written as orders are goals: a sentence that opens on one ("Complete
    100% of the review by June", "Issue 28 decrees ..."), and an item after a semicolon that
    goes on with one after a goal ("... by at least 30 percent; reduce compliance costs by
    at least 30 percent"); ``imperative`` is metric_words.csv's imperative_verb words."""
    goal_before = False
    for start, end, opening in _colon_parts(text, spans):
        # "Specifically, immediately cut down ...": an order after a lead and an adverb
        led = _ORDER_LEAD.match(text, start) if opening else None
        order = imperative.match(text, led.end() if led else start)
        # (a heading in capitals, "REDUCE 20 COMMUNE-LEVEL UNITS", reports what was done)
        capital = order is not None and (led is not None or order["verb"].istitle())
        if order is None:
            opens = False
        elif opening:  # "Complete the ...", "Issue 28 ...", not "Review results show ..."
            nxt = order["next"]
            adverb = led is not None and led["adverb"] is not None
            opens = capital and (not nxt[0].islower() or nxt in _ORDER_OBJECTS or adverb)
        else:  # "...; reduce compliance costs by at least 30 percent" after a goal
            opens = not capital and goal_before
        if (
            opens
            and not _DONE.search(text, start, end)
            and not (opening and _done_before(text, start, order["verb"]))
        ):
            for fig in figures:
                if start <= fig.start < end and fig.kind == "result":
                    fig.kind = "target"
        goal_before = goal_before or any(
            f.kind == "target" for f in figures if start <= f.start < end
        )


def _colon_parts(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, opening)`` of each clause, cut after a colon inside it: the first
    clause, and a part after a colon ("... which clearly stated: Merge the Ministry of ...
    with 22 units"), open what they say as a sentence would."""
    for i, (start, end) in enumerate(spans):
        cut, opening = start, i == 0
        for colon in _INNER_COLON.finditer(text, start, end):
            yield cut, colon.start(), opening
            cut, opening = colon.end(), True
        yield cut, end, opening


_INNER_COLON = regex.compile(r":\s+(?=\p{Lu})")
# Leads that open the details of what the sentence before said ("Specifically, ...").
_DETAIL_WORDS = r"In\s+particular|Specifically|In\s+detail|In\s+specific"
# A lead that opens a plan's details, and an adverb, before an order ("Specifically,
# immediately cut down ...").
_ORDER_LEAD = regex.compile(rf"\s*(?:{_DETAIL_WORDS})\s*,\s*(?P<adverb>\p{{Ll}}+ly\s+)?")
# A relative clause on people after a figure, up to a period phrase: the year says who they
# are, not when the figure holds ("for those who retired before 1995").
_WHO_BEFORE = regex.compile(r"\b(?:who|whom|whose)\b[^,;.()]*$", regex.IGNORECASE)
# A report of what was done, in the words of an order ("Implement the exchange of cards:
# 5.2 million collected, to date 3.5 million have been printed"): no goal.
_DONE = regex.compile(
    r"\b(?:to\s+date|so\s+far|up\s+to\s+now|(?:has|have|had)\s+been|was|were)\b", regex.I
)


def _done_before(text: str, start: int, verb: str) -> bool:
    """The text just before an order reports the same act done ("the province has reduced
    47 departments ... Reduce 32 communes and towns"): a list of results a translated page
    writes as orders, no goal."""
    verb = verb.lower()
    done = verb + "d" if verb.endswith("e") else verb + "ed"
    window = text[max(0, start - _DONE_REACH) : start].lower()
    return regex.search(rf"\b{regex.escape(done)}\b", window) is not None


_DONE_REACH = 400  # characters: the sentence or two before
# What an order's verb may take as its object at a sentence's start: a determiner, a figure
# or a bound ("Complete the ...", "Issue 28 ...", "Reduce at least 30% ...").
_ORDER_OBJECTS = frozenset({"the", "a", "an", "all", "at least", "more than", "over"})


def _goal_lists_share_kind(text: str, figures: list[Figure], qualifier: regex.Pattern) -> None:
    """The items of a goal's list are goals too: "cut at least 30% of the time for handling
    procedures; at least 30% of business costs; and at least 30% of business conditions"
    (each item a share of its own noun, with no verb between; ``qualifier`` finds the
    item's bound, "at least", as metric_qualifiers.csv lists them)."""
    for before, fig in itertools.pairwise(figures):
        if not (
            before.kind == "target"
            and fig.kind == "result"
            and before.unit == fig.unit
            and before.q.kind == fig.q.kind
            and before.end <= fig.q.start
        ):
            continue
        bound = ending(qualifier, text, before.end, fig.q.start)
        gap_end = bound.start() if bound is not None else fig.q.start
        if _GOAL_LIST_GAP.fullmatch(text, before.end, gap_end) and not _OWN_PREDICATE.match(
            text, fig.end
        ):
            fig.kind = "target"


def _lists_before_a_modal(
    text: str, start: int, figures: list[Figure], qualifier: regex.Pattern
) -> None:
    """The counts listed before the one a modal after it makes a goal are goals too: "9
    cadres, 81 civil servants and 461 public employees will also be streamlined" (items
    joined by a comma or "and" alone, the first opening the sentence that starts at
    ``start`` or a clause of it: "the city cut 120 cadres and 45 civil servants, and 300
    more will be cut" lists what was cut; ``qualifier`` finds an item's bound, "about")."""

    def opening(fig: Figure) -> int:
        bound = ending(qualifier, text, start, fig.q.start)
        return bound.start() if bound is not None else fig.q.start

    i = len(figures) - 1
    while i > 0:
        last = figures[i]
        chain = [last]
        while i > 0 and (before := figures[i - 1]).kind == "result":
            if before.q.kind != "number" or before.end > last.q.start:
                break
            if not _LIST_JOINT.fullmatch(text, before.end, opening(chain[-1])):
                break
            chain.append(before)
            i -= 1
        if (
            last.kind == "target"
            and len(chain) > 1
            and last.q.kind == "number"
            and _LIST_OPENS.search(text, start, opening(chain[-1]))
        ):
            for item in chain[1:]:
                item.kind = "target"
        i -= 1


# Between two items of a list of counts: ", ", ", and ", " and ".
_LIST_JOINT = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", regex.IGNORECASE)
# Before the first item of a list that is a sentence's or a clause's subject.
_LIST_OPENS = regex.compile(r"(?:^|[,:;(])\s*(?:the\s+)?$", regex.IGNORECASE)


def _goal_items_reaching(text: str, figures: list[Figure], qualifier: regex.Pattern) -> None:
    """The items after a goal, one a clause, each a measure "reaching" its level: "the goal
    of being in the top 50 by 2025; the rate of online records reaching 80%; open data
    reaching 100%". Each is a goal too, of the goal's year when it names none of its own
    (``qualifier`` finds an item's bound, "at least", as for ``_goal_lists_share_kind``)."""
    goal = None
    for fig in figures:
        if fig.kind == "target":
            goal = fig
            continue
        if goal is None or fig.kind != "result" or goal.end > fig.q.start:
            continue
        item = text.rfind(";", goal.end, fig.q.start)
        bound = ending(qualifier, text, item + 1, fig.q.start) if item >= 0 else None
        reached = bound.start() if bound is not None else fig.q.start
        if (
            item < 0
            or not _REACHING_ITEM.fullmatch(text, item + 1, reached)
            or _FINITE_WORD.search(text, item + 1, fig.q.start)  # "the rate was reaching 80%"
        ):
            goal = None
            continue
        fig.kind = "target"
        if goal.period and not _HAS_YEAR.search(text, item, fig.end):
            fig.period, fig.period_text = goal.period, goal.period_text


# An item of a goal's list up to its figure: a measure and "reaching", no verb of its own.
_REACHING_ITEM = regex.compile(
    r"\s*(?:and\s+)?(?:the\s+)?[^;:.\d]{0,140}?\b(?:reaching|to\s+reach)\s*", regex.IGNORECASE
)
_HAS_YEAR = regex.compile(rf"\b{YEAR}\b")
_FINITE = r"(?:were|was|are|is|have|has|had)"
_FINITE_WORD = regex.compile(rf"\b{_FINITE}\b", regex.IGNORECASE)
# A verb of the item's own after it: "; 5% of dossiers were late" is no item of the goal.
_OWN_PREDICATE = regex.compile(rf"\s+(?:of\s+(?:[\p{{L}}'’-]+\s+){{1,6}}?)?{_FINITE}\b", regex.I)
# Between two items of a list of shares: the first's noun, then a separator.
_GOAL_LIST_GAP = regex.compile(
    rf"\s+of\s+(?:(?!(?:{_FINITE}|will|been|being)\b)[^;,.:()\d])+"
    r"(?:\(\p{Lu}[\p{L}-]{0,11}\))?"  # the noun's acronym: "units (PSDUs); 1.7% of ..."
    # (after a semicolon the item may open on its own gerund: "...; reducing at least 30%")
    r"\s*(?:;\s*(?:and\s+)?(?:\p{Ll}+ing\s+)?|,\s*(?:and\s+)?)",
    regex.IGNORECASE,
)


_OFFERED = regex.compile(r"\b(?:procedures?|services?)\b")
_SYSTEM = regex.compile(r"\b(?:Portal|System|Gateway|Platform|Database|Software)\b", regex.I)


def _offered_in(subject: str | None, fig: Figure, ctx) -> str | None:
    """Procedures and services a provincial portal or system offers are offered in the
    province (SPEC 7): they belong to the province, not to the system."""
    if subject is None or not _OFFERED.search(fig.unit) or not _SYSTEM.search(subject):
        return subject
    for place in ctx.refs.places:
        if subject != place.name and subject.startswith(place.name + " "):
            return place.name
    return subject


def _attach(
    text: str,
    figures: list[Figure],
    periods: list[PeriodMention],
    cues: MetricCues,
) -> list[Figure]:
    """Give each attribute to the figure before it (or, first in the clause, after it);
    ``cues.time_units`` are the units that count time, no things (see ``_fits``);
    ``cues.rate_link`` ends the text before a cut restated as a rate (see ``_restated_rate``)."""
    time_units = cues.time_units
    primaries: list[Figure] = []
    pending: list[Figure] = []
    wholes: list[Figure] = []  # wholes written before their parts, taken as their out_of
    for before, fig in itertools.pairwise(figures):
        if before.role == "previous" and cues.to_next.fullmatch(text, before.end, fig.start):
            before.attrs["_to_next"] = True
    for i, fig in enumerate(figures):
        if primaries and _restated_rate(text, primaries[-1], fig, cues.rate_link):
            fig.role = PRIMARY  # "..., equivalent to a reduction of 37.1%": a rate of its own
            fig.attrs["_restates"] = primaries[-1]
        if fig.role == PRIMARY and primaries and _earlier_value(text, primaries[-1], fig):
            fig.role = "previous"  # "(up 2 places on 2022, 9th of 63)": 9th was the 2022 rank
        elif (
            fig.role == PRIMARY
            and primaries
            and (then := _bracketed_earlier(text, primaries[-1], fig, periods)) is not None
        ):
            fig.role, fig.period = "previous", then or None  # "76.4% in 2023 (71.2% in 2022)"
            closing = _CLOSING.search(text, fig.end)
            if closing is not None:  # the bracket's year dates the earlier value, not the figure
                opened = open_bracket(text, primaries[-1].end, fig.start)
                fig.attrs.setdefault("_zones", []).append((opened, closing.end()))
        if fig.role == PRIMARY and _base_of_share(text, primaries, fig):
            fig.attrs["_base"] = True  # "0.4 percent of the 2.6 million positions": no metric
        elif fig.role == PRIMARY and (whole := _whole_before(text, primaries + wholes, fig)):
            # "Of the 104 utilities planned, 91 are in use": one metric, 91 out of 104 (and
            # the whole stays at hand for the next part: "..., while 13 are not")
            if whole in primaries:
                primaries.remove(whole)
                wholes.append(whole)
            _take_whole(text, fig, whole)
        if fig.role == PRIMARY and primaries and _merged_into(text, primaries[-1], fig):
            # "merge 137 communes into 51": 51 is the count now, 137 the count before
            _take_merged(text, fig, primaries.pop(), periods)
        elif fig.role == PRIMARY and primaries and _formed_from(text, primaries[-1], fig, cues):
            # "Hanoi arranged 109 commune-level units to form 56 new ones": the same, and the
            # infinitive makes no goal of it (the verb before the units says when)
            fig.kind = primaries[-1].kind
            _take_merged(text, fig, primaries.pop(), periods)
        elif fig.role == PRIMARY and pending and _planned_merger(text, pending[-1], fig):
            # "the plan will merge 10,035 communes into 3,321": the plan's goal is the second
            _take_merged(text, fig, pending.pop(), periods)
            fig.kind = "target"
        if fig.role == PRIMARY:
            for a in pending:
                if (
                    a.role == "change" and _PARTS_OPEN.fullmatch(text, a.end, fig.start)
                ) or _listed_share(text, a, fig):
                    # "reduced by six, including four departments", "a reduction of 30% of
                    # the time, 20% of the cost": a cut whose parts, or a share whose next
                    # share, follow is a statement of its own, no change of what follows
                    a.attrs["_complete"] = True
            goals = [a for a in pending if _listed_goal(text, a, fig)]
            if goals:
                fig.kind = "target"  # "the target of at least 90% in the PAR Index and 86% ..."
            taken = [
                a
                for a in pending
                if _fits(fig, a, time_units)
                and not _qualifies_pending(a, pending, fig)
                and not a.attrs.get("_complete")
                and not (a.attrs.get("_own_clause") and _AND_NEXT.match(text, a.end))
                and not any(a is g for g in goals)
                and not _own_goal(text, a, fig)
            ]
            for attr in taken:
                _give(text, fig, attr, periods)
                lead = min(fig.attrs.get("_lead", fig.start), attr.cue_start or attr.start)
                fig.attrs["_lead"] = lead
            pending = [a for a in pending if not any(a is t for t in taken)]
            primaries.append(fig)
        elif fig.role == "change" and (joint := _joint_unit(text, primaries, fig)) is not None:
            # "14 ministries and three ministry-level agencies, a reduction of five": the cut
            # of both counts together, a statement of its own
            fig.role, fig.unit = PRIMARY, joint
            primaries.append(fig)
        elif (
            primaries
            # "from 519 to 190": the earlier value of a pair is the next figure's
            and not (i + 1 < len(figures) and figures[i + 1].q is fig.q)
            # "climbed two spots to rank third": the move led to the next figure
            and not (i + 1 < len(figures) and _leads_to(text, fig, figures[i + 1]))
            and not _names_own_measure(text, primaries[-1].end, fig)
            and not _another_count_changes(text, primaries[-1], fig)
            and not (
                fig.role == "change"
                and _CONTRAST_SUBJECT.search(text, primaries[-1].end, fig.cue_start or fig.start)
            )
            and (
                holder := _before_bracket(text, primaries, fig, time_units)
                or _holder(primaries, fig, time_units)
            )
            is not None
        ):
            _give(text, holder, fig, periods)
        else:
            pending.append(fig)
    for run in _own_statements(text, pending):
        orphans = [f for f in run if f.role in ("change", "target", "average")]
        if not orphans:
            continue
        lead = orphans[0]
        if lead.role == "target":
            lead.kind = "target"
        elif lead.role == "change" or lead.difference is not None:
            lead.attrs["_orphan"] = lead.role
            if lead.difference is not None:
                _give(text, lead, lead, periods)
        elif lead.role == "average":
            lead.attrs["_orphan"] = "average"  # "below the national average of 54.9%"
        lead.role = PRIMARY
        for attr in run:
            if attr is not lead:
                _give(text, lead, attr, periods)
        primaries.append(lead)
    # in the order of the text: a statement found among the leftovers goes where it was written
    return sorted(
        (f for f in primaries if f.unit and not f.attrs.get("_base")), key=lambda f: f.start
    )


# Between the second of two counts and a change that cuts both: a comma or an opening bracket.
_CHANGE_SET_OFF = regex.compile(r"\s*[,(]\s*")


def _joint_unit(text: str, primaries: list[Figure], fig: Figure) -> str | None:
    """The unit of a change that cuts the two counts of different nouns joined by "and"
    right before it ("14 ministries and three ministry-level agencies, a reduction of five":
    "ministry and ministry-level agency"); none when the change names a noun of its own."""
    if len(primaries) < 2 or fig.q.kind != "number" or text[fig.q.end : fig.end].strip():
        return None  # "..., up 12%": a rate of change is the last count's
    first, last = primaries[-2], primaries[-1]
    counts = (first.q.kind, last.q.kind) == ("number", "number") and first.unit and last.unit
    if not counts or first.unit == last.unit or "change" in last.attrs:
        return None
    if any(p.value == first.value + last.value for p in primaries[:-2]):
        return None  # "into 40 units, namely 37 communes and three wards, a reduction of 62"
    start = fig.cue_start if fig.cue_start is not None else fig.start
    joined = _AND_NEXT.match(text, first.end, last.start)  # "14 ministries and 3 ..."
    if joined is None or text[joined.end() : last.start].strip():
        return None
    if not _CHANGE_SET_OFF.fullmatch(text, last.end, start):
        return None
    return f"{first.unit} and {last.unit}"


def _dated_aside(text: str, attr: Figure, fig: Figure, periods: list[PeriodMention]) -> bool:
    """``fig`` sits in a bracket opened after ``attr`` that dates what it holds: "climbed 16
    places (24th in 2022 with 63.66 points)" moved from that state, it did not change it."""
    opened = open_bracket(text, attr.end, fig.start)
    if opened < 0:
        return False
    closing = _CLOSING.search(text, fig.end)
    end = closing.start() if closing is not None else fig.end
    return any(opened < p.start < end and p.kind == "year" for p in periods)


# What opens a whole written before its part: "Of the 104 utilities ..., 91 are in use", "...
# reported that, of 38,000 offices reviewed, 4,226 were surplus" (the "of" opens the clause).
_WHOLE_FIRST = regex.compile(
    r"(?:(?<=^|[.!?;:,(\n]\s*)|(?<=\b(?:that|thus|so)\s+))(?P<out>out\s+)?of\s+(?:the\s+)?"
    r"(?:total\s+(?:of\s+)?)?$",
    regex.IGNORECASE,
)
# What joins a share to the whole it is taken of: "0.4 percent of the 2.6 million positions",
# "More than half of the total 11,162 communes".
_OF_WHOLE = regex.compile(r"\s*of\s+(?:the\s+)?(?:total\s+(?:of\s+)?)?", regex.IGNORECASE)
_NEAR_WHOLE = 24


def _base_of_share(text: str, primaries: list[Figure], fig: Figure) -> bool:
    """``fig`` counts the whole the share right before it is taken of: an attribute of
    that share, no metric (kept aside as the whole of a part that may follow)."""
    if not primaries or fig.q.kind != "number" or fig.q.relation is not None:
        return False
    share = primaries[-1]
    return share.unit == "%" and bool(_OF_WHOLE.fullmatch(text, share.end, fig.start))


def _whole_before(text: str, primaries: list[Figure], fig: Figure) -> Figure | None:
    """The count written before ``fig`` that ``fig`` is a part of: opened by "of" at the
    clause's start, or the whole of a share, larger than ``fig`` and counting the same noun
    (or ``fig`` writes none of its own)."""
    if fig.q.kind != "number" or fig.q.relation is not None or fig.out_of is not None:
        return None
    own_noun = bool(text[fig.q.end : fig.end].strip())
    for whole in reversed(primaries):
        if whole.q.kind != "number" or whole.out_of is not None or whole.value <= fig.value:
            continue
        base = whole.attrs.get("_base", False)
        opener = (
            None
            if base
            else _WHOLE_FIRST.search(text, max(0, whole.start - _NEAR_WHOLE), whole.start)
        )
        if not (base or opener):
            continue
        # "Out of 22 districts, there are 19 areas rated good": "out of" opening the clause
        # announces its first count after it as the part, whatever noun counts it
        announced = (
            opener is not None
            and opener["out"] is not None
            and not any(whole.end <= p.start < fig.start for p in primaries)
        )
        if not own_noun or _same_head(whole.unit, fig.unit) or announced:
            return whole
    return None


def _same_head(unit: str, other: str) -> bool:
    """The two nouns count the same things: "new commune" and "commune"."""
    return unit == other or unit.endswith(" " + other) or other.endswith(" " + unit)


def _take_whole(text: str, fig: Figure, whole: Figure) -> None:
    """``fig`` is a part of ``whole``: its ``out_of``, and its noun when ``fig`` has none."""
    fig.out_of = whole.value
    if not text[fig.q.end : fig.end].strip():
        fig.unit = whole.unit
        fig.attrs["_counted"] = " ".join(text[whole.q.end : whole.end].split())
    fig.attrs["_lead"] = min(fig.attrs.get("_lead", fig.start), whole.start)


# "ranking first nationwide, while the indicator for e-government improved by nine places":
# a contrast that opens on a subject of its own starts another statement.
_CONTRAST_SUBJECT = regex.compile(
    r"\b(?:while|whereas)\s+(?:(?:the|its|their|this)\s"
    # ... or a plural noun that goes on with what it is of or for: "while requests for
    # water connections rose 6.2%"
    r"|\p{Ll}+s\s+(?:for|of)\s)",
    regex.I,
)


def _qualifies_pending(attr: Figure, pending: list[Figure], fig: Figure) -> bool:
    """A change right after an average or a target still waiting for its figure, measured
    alike, is that one's change, not the next figure's: "the average reached 88.37%, 1.39%
    higher than in 2023, and 63/63 localities ..." (the average is a statement of its own)."""
    if attr.role != "change" or attr.unit == fig.unit:
        return False
    before = [p for p in pending if p.end <= attr.start and p.role != "change"]
    if not before:
        return False
    return before[-1].role in ("average", "target") and before[-1].unit == attr.unit


def _another_count_changes(text: str, before: Figure, change: Figure) -> bool:
    """ "cut 45 divisions, and its payroll fell by 1,240 people": a change verb whose own
    subject ("its payroll") counts something else than the count before is a statement of
    its own, not that count's change."""
    counts = {before.unit, change.unit}.isdisjoint(NOT_COUNTS)
    return (
        counts
        and change.role == "change"
        and before.unit != change.unit
        and change.cue_start is not None
        and bool(_VERB_CUE.match(text, change.cue_start))
        and bool(_ITS_SUBJECT.fullmatch(text, before.end, change.cue_start))
    )


def _restated_rate(text: str, count: Figure, change: Figure, rate_link: regex.Pattern) -> bool:
    """A change in percent after a count, its cue right after a phrase that restates ("22
    units, a reduction of 13 units, equivalent to a reduction of 37.1%", "reducing 17,736
    positions, equivalent to a decrease of 14.84%"): the rate the count was cut by, a
    figure of its own."""
    return (
        change.role == "change"
        and change.unit == "%"
        and count.unit not in NOT_COUNTS
        and change.cue_start is not None
        and ending(rate_link, text, max(count.end, change.cue_start - 30), change.cue_start)
        is not None
    )


def _names_own_measure(text: str, after: int, change: Figure) -> bool:
    """A signed change in brackets after an item of a list of measures ("fell: public finance
    (-0.02%) and institutional reform (-1.60%)") is that measure's change: a colon or the
    bracket of the item before stands between it and the figure before."""
    if not change.q.sign:
        return False
    bracket = text.rfind("(", after, change.start)
    if bracket < 0 or text[bracket + 1 : change.start].strip():
        return False
    return any(mark in text[after:bracket] for mark in (":", ")"))


def _own_statements(text: str, pending: list[Figure]) -> list[list[Figure]]:
    """The attributes left over in a clause, split where a change verb has a subject of its
    own: "Civil servants reduced by 5%, career staff reduced by 15%" are two statements, and
    so are the bracketed changes of a list of measures."""
    runs: list[list[Figure]] = []
    for fig in pending:
        if runs and not (
            _states_own(text, runs[-1][-1].end, fig)
            or _listed_change(text, runs[-1][-1], fig)
            or _listed_changes(text, runs[-1][-1], fig)
            or _names_own_measure(text, runs[-1][-1].end, fig)
        ):
            runs[-1].append(fig)
        else:
            runs.append([fig])
    return runs


# "higher than in 2023", "up 1.95 points on 2023": the period compared with, not the
# period of the figure.
# Cues that compare whatever follows them; "on", "over" and "from" compare too, but also
# place ("82.66 percent on the 2023 SIPAS", "data from 2022").
_COMPARING = (
    rf"than(?:\s+(?:in|(?:that|those)\s+(?:of|in)))?|{COMPARED}"
    r"|in\s+comparison\s+(?:with|to)"
    r"|against|versus|vs\.?"
    # "1.8 times the figure of the previous year", "twice that of 2023"
    r"|(?:times|twice)\s+(?:that\s+of|the\s+(?:figure|level|number|result|rate|total)\s+(?:of|in))"
    # "3.8 times as many as a year earlier"
    r"|as\s+(?:many|much|high|large|great)\s+as(?:\s+in)?"
    # "13 times last year's figure"
    r"|times|twice"
)
_SAME_PERIOD_OF = r"same\s+period\s+(?:(?:of|in)\s+)?"  # "the same period of 2022"
_THE_SAME_PERIOD = rf"\s+(?:(?:the|its|their)\s+(?:{_SAME_PERIOD_OF})?)?"
_COMPARED = regex.compile(
    rf"(?:\b(?:{_COMPARING}|on|over|from){_THE_SAME_PERIOD}"
    # "81.39% (same period in 2022 reached 50.69%)": an earlier value's year in a bracket
    rf"|\(\s*(?:the\s+)?{_SAME_PERIOD_OF})"
    # "in comparison with the number allocated in 2015", "against that in 2016": what the
    # year had
    r"(?:(?:the\s+)?(?:number|figure|level|total|rate|result)s?(?:\s+[\p{L}-]+)?\s+(?:in|of)\s+"
    r"|(?:that|those)\s+(?:of|in)\s+)?"
    # "up from the end of 2023" ("from the beginning of 2022 until ..." opens a span)
    r"(?:(?:the\s+)?end\s+of\s+)?"
    r"(?:(?-i:\p{Lu}{2,6})\s+)?"  # "compared to PCI 2020": the index's edition
    r"(?:(?:19|20)\d\d\s*(?:,|and|or)\s*)?$",  # "compared to 2022 and 2020": both compared
    regex.IGNORECASE | regex.REVERSE,
)


def _compared(text: str, mention: PeriodMention) -> bool:
    """A year or part of a year the figure is compared with ("up 3% on 2022"); a date
    ("on July 1, 2025") or a span is never one."""
    return mention.kind in ("year", "part", "last") and bool(
        _COMPARED.search(text, max(0, mention.start - _NEAR), mention.start)
        or _PREVIOUSLY.search(text, max(0, mention.start - _NEAR), mention.start)
    )


# "taking the first position previously held by Quang Ninh in 2023": the year of the state
# before, told in a clause of its own
_PREVIOUSLY = regex.compile(
    r"\b(?:previously|formerly)\s+(?:\p{Ll}+ed|held|won|took)\b[^.;:()\d]{0,50}?\s(?:in|of)\s+$",
    regex.IGNORECASE,
)


# Between a list item's figure and its own period: "5,778 in 2015".
_ITEM_PERIOD = regex.compile(r"\s*(?:in|during|for)?\s*", regex.IGNORECASE)
# Between a figure and the year that opens the next item of a list: "81.98%, in 2023",
# "97.68% and in 2025".
_NEXT_ITEM_YEAR = regex.compile(
    r"\s*(?:[,;]\s*(?:and\s+)?|\s(?:and|while)\s+)(?:in|during|for)\s+", regex.IGNORECASE
)
# The aspect a rank is in: "ranking seventh nationwide in terms of registered capital".
# What a world ranking's position is in, right after it: "(top 35) countries in the",
# "(top 50) regarding the".
_RANKED_IN = regex.compile(
    r"\s+(?:(?:countries|nations|economies)\s+)?(?:in|regarding|on)\s+(?:the\s+)?",
    regex.IGNORECASE,
)
_IN_TERMS_OF = regex.compile(r"\bin\s+terms\s+of\s+(?:the\s+|its\s+)?", regex.IGNORECASE)
# Between a figure and the noun it qualifies: at most one word ("of"), no punctuation.
_QUALIFIED = regex.compile(
    r"\s*(?:(?!(?:while|whereas|and|but|or|as|when|with|compared)\b)[\w-]+\s+)?"
)
# A sentence that opens on the holder before ("It also tops …") or on the count before, even
# the last one of the paragraph before ("Of these, 900 dossiers were filed online").
_PRONOUN_LEAD = regex.compile(r"\s*(?:It|Its)\s")
_COUNT_LEAD = regex.compile(r"\s*(?:Of|Among)\s+(?:these|them|those|which)\b")
_LEADS_ON = regex.compile(rf"{_PRONOUN_LEAD.pattern}|{_COUNT_LEAD.pattern}")
_DETAIL_LEAD = regex.compile(rf"\s*(?:(?:{_DETAIL_WORDS})\s*,|A\s+total\s+of\b)")
# ... and words that go on with the same holder: "Another 2,189 regulations ...", "They ...".
_GOES_ON = regex.compile(
    rf"{_LEADS_ON.pattern}|\s*(?:Another|They|Their|These|Also|In\s+addition|Besides|Moreover)\b"
)
# A word that opens a statement of its own after a figure: its period is not the figure's.
_CONTRAST = regex.compile(r"\b(?:while|whereas|but)\b", regex.IGNORECASE)
# "Since 2021, ...": a span from that year to the page's.
_SINCE_YEAR = regex.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:beginning|start|end|middle)\s+of\s+(?:the\s+year\s+)?)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# "From 2021, ...": a sentence opening on a bare year that starts a span to the page's year
# ("From July 1, 2025, ..." is the day something takes effect, no span).
_FROM_YEAR = regex.compile(r"(?:^|[.;:!?\n]\s*)from\s+$", regex.IGNORECASE | regex.REVERSE)
_COMMA = regex.compile(r"\s*,")
# How far before a year its cue ("compared with the same period of", "since", "a vision
# to") can start: a window keeps each look-back constant on a long page.
_NEAR = 80


# "the national average was 96.19% and 100% of the councils voted": an average stated in a
# clause of its own, then "and" another statement; "..., while Hanoi reached 92%" compares.
_AND_NEXT = regex.compile(r"\s*,?\s*and\b", regex.IGNORECASE)
# Between a change and the value it led to: "two spots to rank third", "5 places, to 12th".
_LEADS_TO = regex.compile(
    r"[\s,]*to\s+(?:(?:rank|be|become|reach|stand\s+at|take)\s+)?(?:the\s+)?", regex.I
)
# Between an earlier rank and the rank it moved to, past the earlier one's time.
_RANK_TO = regex.compile(
    rf"[\s,]*(?:(?:rank|place|position|spot)\s+)?(?:{EARLIER_TIME}\s*,?\s+)?"
    r"(?:to|into)\s+(?:the\s+)?(?:(?:rank|place|position|spot|No\.)\s*)?",
    regex.I,
)


_HOLDER_LABELS = ("PROVINCE", "BODY", "LOCALITY")


def _owner_place(
    text: str, start: int, end: int, entities: list[Entity], labels=("PROVINCE", "LOCALITY")
) -> str | None:
    """The place (or, with ``labels``, the holder) named with a possessive between ``start``
    and ``end`` ("Son La's", "the Ministry of Finance's indexes")."""
    return next(
        (
            e.name
            for e in entities
            if e.label in labels
            and start <= e.start < end
            and text[e.end : e.end + 2] in POSSESSIVES
        ),
        None,
    )


def _owner_of(text: str, start: int, end: int, entities: list[Entity]) -> str | None:
    """The holder the figures' noun is "of" between ``start`` and ``end`` ("other indexes of
    the Ministry of Finance are high"), not a post's body ("Director of the Department ...")."""
    return next(
        (
            e.name
            for e in entities
            if e.label in _HOLDER_LABELS
            and start <= e.start < end
            and _OWNED_NOUN_BEFORE.search(text, start, e.start)
        ),
        None,
    )


# "... indexes of the ", "... results of ": a plural lower-case noun owned by the name after it
_OWNED_NOUN_BEFORE = regex.compile(r"\b\p{Ll}+s\s+of\s+(?:the\s+)?$")


def _listed_goal(text: str, goal: Figure, fig: Figure) -> bool:
    """ "sets the target of at least 90% in the PAR Index and 86% in SIPAS": a target, then
    "and" and the next figure, is a list of goals, not a goal beside that figure's value."""
    return (
        goal.role == "target"
        and goal.end <= fig.start
        and bool(
            _AND_NEXT.match(text, goal.end) or _AND_BEFORE.fullmatch(text, goal.end, fig.start)
        )
    )


def _own_goal(text: str, goal: Figure, fig: Figure) -> bool:
    """A target whose clause goes on to another predicate before ``fig`` ("set a target of
    at least 90% ... and asked every department to keep overdue dossiers below 1%")."""
    return goal.role == "target" and bool(_NEW_PREDICATE.search(text, goal.end, fig.start))


def _listed_share(text: str, change: Figure, fig: Figure) -> bool:
    """A cut in percent that names what it cuts, then a comma or "and" and the next share
    ("a reduction of at least 30% of the time to handle procedures, at least 20% of the
    cost"): each share is a statement of its own, no change of the next."""
    return (
        change.role == "change"
        and change.unit == "%"
        and bool(_SHARE_THEN_NEXT.fullmatch(text, change.end, fig.start))
    )


# "... 30% of the time to handle procedures, (and) (at least) 20%": "of" and what is cut,
# then a comma or "and" and at most two small words (a qualifier; not "to", which leads to
# the value the cut reached) before the next figure
_SHARE_THEN_NEXT = regex.compile(
    r"\s+of\s+[\p{L}\s'-]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?!to\b)\p{Ll}+\s+){0,2}",
    regex.IGNORECASE,
)
# "90% in the PAR Index and 86%": at most a few words, then "and", right before the figure.
_AND_BEFORE = regex.compile(r"(?:\s+[\p{L}'-]+){0,4}?\s*,?\s+and\s+(?:a\s+|an\s+|the\s+)?", regex.I)
# "... and asked every department to ...": a second predicate with a verb of its own.
_NEW_PREDICATE = regex.compile(r"\band\s+(?:\p{Ll}+ed|told|said)\b", regex.I)


def _widest_field(figures: list[Figure], holder: Figure | None) -> Figure | None:
    """Of the ranks a sentence gave ("18th out of 63 provinces ..., and sixth out of the 13
    localities in the region"), a move told in the next sentence is the one in the widest
    field: the national ranking before a regional one."""
    if holder is None or holder.unit != "rank" or holder.rank_total is None:
        return holder
    ranks = [f for f in figures if f.unit == "rank" and f.rank_total and "change" not in f.attrs]
    return max(ranks, key=lambda f: f.rank_total, default=holder)


def _leads_to(text: str, change: Figure, later: Figure) -> bool:
    """``change`` is the move "to" ``later`` ("climbed two spots to rank third"), or the rank
    it moved from ("fell from 6th last year to 8th")."""
    if change.role == "previous" and change.unit == later.unit == "rank":
        return bool(_RANK_TO.fullmatch(text, change.end, later.start))
    return change.role == "change" and bool(_LEADS_TO.fullmatch(text, change.end, later.start))


# At most what stands between a figure and the bracket that restates it: "points (97.2%".
_RESTATED_GAP = 2


def _before_bracket(
    text: str, primaries: list[Figure], attr: Figure, time_units: frozenset[str]
) -> Figure | None:
    """The figure before a bracket that closes between the last figure and ``attr``: "14
    departments, branches and sectors (including 12 specialized agencies ...), reducing 5
    agencies" changes the 14, not the part the bracket names."""
    last = primaries[-1]
    cue = attr.cue_start if attr.cue_start is not None else attr.start
    opened = open_bracket(text, primaries[0].end, last.start)
    if opened < 0 or text.find(")", last.end, cue) < 0:
        return None
    before = [p for p in primaries if p.end <= opened]
    if not before or not _fits(before[-1], attr, time_units):
        return None
    return before[-1]


def _holder(primaries: list[Figure], attr: Figure, time_units: frozenset[str]) -> Figure | None:
    """The figure before ``attr`` that it qualifies: the nearest one measured alike. A change
    in places, or an earlier rank, skips back over a score to its rank ("ranked 12th ... with
    87.68 points, an increase of 1.14 points but down 7 places", "... up 4 places from
    16th")."""
    last = primaries[-1]
    whole = _whole_of_parts(primaries) if attr.role == "change" else None
    if whole is not None and _fits(whole, attr, time_units):
        return whole  # "175 units (146 communes, 14 wards, 15 townships), a reduction of 51"
    if attr.role == "change" and attr.unit in ("%", "points") and last.unit == "rank":
        # "reached 81.45%, ranked 54/63 provinces, down 5.66%, down 31 ranks": a change in
        # percent or points goes back to the score before the rank, when there is one
        scores = [p for p in primaries[:-1] if p.unit == attr.unit and "change" not in p.attrs]
        if scores:
            return scores[-1]
    if (
        attr.role == "change"
        and len(primaries) > 1
        and last.unit != attr.unit
        and primaries[-2].unit == attr.unit
        and "change" not in primaries[-2].attrs
        and 0 <= last.start - primaries[-2].end <= _RESTATED_GAP
    ):
        # "reached 19.45/20 points (97.2%), an increase of 0.01 points": the score the
        # bracket restates as a share changed, in its own unit
        return primaries[-2]
    if _fits(last, attr, time_units):
        return last
    if attr.role != "change" and (attr.role, attr.unit) != ("previous", "rank"):
        return None
    return next(
        (p for p in reversed(primaries) if _fits(p, attr, time_units) and attr.role not in p.attrs),
        None,
    )


def _whole_of_parts(primaries: list[Figure]) -> Figure | None:
    """The count the last counts before it break down: they add up to it ("95 units,
    including 23 wards and 72 communes"; "175 (146 communes, 14 wards and 15 townships)")."""
    total = 0.0
    for i in range(len(primaries) - 1, 0, -1):
        part = primaries[i]
        if part.q.kind != "number" or part.unit in NOT_COUNTS:
            return None
        total += part.value
        whole = primaries[i - 1]
        if (
            i < len(primaries) - 1
            and whole.q.kind == "number"
            and whole.unit not in NOT_COUNTS
            and abs(whole.value - total) < 0.5
        ):
            return whole
    return None


def _fits(fig: Figure, attr: Figure, time_units: frozenset[str]) -> bool:
    """Whether ``attr`` can be an attribute of ``fig``: an average, previous value or target
    is measured like the figure ("17 ministries ..., the average was 86.52%" is no average
    of 17); a change in places goes with a rank."""
    if attr.role == "change" and fig.unit == "place":
        return False  # "a 3-grade promotion. However, it has fallen by 22 grades": two moves
    if not attr.unit or attr.unit == fig.unit:
        return True
    if attr.difference is not None and {attr.unit, fig.unit} <= {"%", "points"}:
        return True  # "84.13%, 4.3 percentage points below the national average"
    if attr.role == "change":
        if _other_things(attr.unit, fig.unit, time_units):
            return False  # "a reduction of 92 regulations in 8 legal documents": its own count
        if attr.unit == "points" and fig.unit not in ("%", "rank"):
            return False  # "5 increasing indexes including Cost of time (+0.47)": a score's
        return (attr.unit in ("place", "rank")) == (fig.unit == "rank") or attr.unit == "%"
    if attr.role == "previous" and not {attr.unit, fig.unit} & NOT_COUNTS:
        # "from 125 specialized departments and branches to 90 units": the same things, the
        # second right after "to"
        return bool(attr.attrs.get("_to_next")) and not _other_things(
            attr.unit, fig.unit, time_units
        )
    return False


def _other_things(one: str, other: str, time_units: frozenset[str]) -> bool:
    """Two counts of different things ("regulation", "legal document"), by their nouns'
    heads. Sums and times (``time_units``) are no such counts ("5 working days" changes by
    "2 days"), and a count of "units" may name the other's things ("cut 45 divisions, a
    reduction of 30 units"), as a count of "people" may name the other's staff ("256,685
    civil servants, an increase of 7,035 people")."""
    if one.split()[-1:] == other.split()[-1:] or not {one, other}.isdisjoint(NOT_COUNTS):
        return False  # "agencies" and "government-attached agencies" count the same things
    return not any(
        u.isupper() or u.endswith(("unit", "person")) or u.split()[-1] in time_units
        for u in (one, other)
    )


def _give(text: str, fig: Figure, attr: Figure, periods: list[PeriodMention]) -> None:
    attrs = fig.attrs
    gap_only = (attrs.get("average") or {}).get("difference") is not None and (
        attrs["average"].get("value") is None
    )
    attrs.setdefault("_ends", []).append(attr.end)
    if attr.role == "change" and "change" not in attrs:
        if "_measured" in attr.attrs:  # "raise the online rate by": where the object is
            attrs.setdefault("_measured", attr.attrs["_measured"])
        unit = attr.unit or fig.unit
        unit = "place" if unit == "rank" else unit  # "5th, an increase of one": one place
        attrs["change"] = {"value": attr.value, "unit": unit, "direction": attr.direction}
        after = _period_after(text, attr.end, periods)
        if after is not None:
            mention, end = after
            attrs.setdefault("previous", {"period": mention.period, "value": None})
            if mention.kind == "last" and mention.period is None:
                attrs["_previous_last"] = True  # "up 12% from the previous year"
            attrs.setdefault("_zones", []).append((attr.end, end))
            attrs["_ends"].append(end)
    elif attr.role == "average" and attr is not fig and attr.difference is None and gap_only:
        attrs["average"]["value"] = attr.value  # "4.58% above the national average of 80.49%"
    elif attr.role == "average" and "average" not in attrs and (attr is not fig or attr.difference):
        average = {"scope": attr.scope, "value": None if attr.difference else attr.value}
        if attr.difference is not None:
            average["difference"] = attr.difference
        attrs["average"] = average
    elif attr.role == "previous":
        known = attrs.get("previous") or {}
        if known.get("value") is None:
            attrs["previous"] = {"period": attr.period or known.get("period"), "value": attr.value}
            attrs["_previous_end"] = attr.end
            last = None if attr.period else _last_year_after(text, attr.end, periods)
            if last is not None:  # "to 44% from 24% in the previous year": the earlier
                attrs["_previous_last"] = True  # value's year, not the figure's
                attrs.setdefault("_zones", []).append((attr.end, last.end))
                attrs["_ends"].append(last.end)
    elif attr.role == "target" and fig.target is None and attr is not fig:
        fig.target = attr.value


# Between a change's comparison period and the earlier value it had then: "on 2022, 9th",
# "compared to 2021, ranked 15th", "over 2022 (when it was 61.2".
_THEN_VALUE = regex.compile(
    r"\s*(?:,|\(|:|–|—|-)\s*(?:(?:when\s+it\s+(?:was|stood\s+at|ranked)|ranked|ranking|placed|"
    r"at|from|with)\s+)?",
    regex.IGNORECASE,
)


def _take_merged(text: str, fig: Figure, merged: Figure, periods: list[PeriodMention]) -> None:
    """``merged`` counted the units ``fig`` counts after a merger: its previous value, no
    metric of its own, and no subject (its noun is what ``fig`` measures)."""
    merged.role = "previous"
    _give(text, fig, merged, periods)
    fig.attrs["_lead"] = min(merged.attrs.get("_lead", merged.start), merged.start)
    # what is counted: the figure's own noun ("into 58 new units"), else the first count's
    # ("ten ministries are merged into five")
    own = " ".join(text[fig.q.end : fig.end].split())
    fig.attrs["_counted"] = own or " ".join(text[merged.q.end : merged.end].split())
    fig.attrs.setdefault("_zones", []).append((merged.start, merged.end))


def _planned_merger(text: str, count: Figure, later: Figure) -> bool:
    """A count a plan cue made a target, merged into the figure after it."""
    return count.role == "target" and _counts_became(text, count, later)


def _merged_into(text: str, count: Figure, later: Figure) -> bool:
    """``later`` is what the units ``count`` counts were merged into: a count of units
    of the same kind of thing, after "into" ("10,035 communes into 3,321 communes")."""
    if count.attrs.get("previous") or count.kind != later.kind:
        return False
    return _counts_became(text, count, later)


def _formed_from(text: str, count: Figure, later: Figure, cues: MetricCues) -> bool:
    """``later`` counts the units formed from the units ``count`` counts, which a merge verb
    governs: "rearranged 29 commune-level units to form 18 new commune-level units"."""
    before = max(0, count.start - 40)
    if count.attrs.get("previous") or not (
        cues.merged_object.search(text, before, count.start)
        or cues.merged_past.search(text, before, count.start)
    ):
        return False
    if count.q.kind != "number" or later.q.kind != "number" or later.value >= count.value:
        return False
    units = count.unit.removeprefix("new "), later.unit.removeprefix("new ")
    if not (_same_head(*units) or _one_level(*units, cues.unit_levels)):
        return False  # "4 districts and 23 communes to form 3 districts": 23 formed no 3
    return bool(cues.to_form.fullmatch(text, count.end, later.start))


def _counts_became(text: str, count: Figure, later: Figure) -> bool:
    """Both are counts of units, and the units of ``count`` became ``later``."""
    if count.q.kind != "number" or later.q.kind != "number":
        return False
    if count.unit in NOT_COUNTS or later.unit in NOT_COUNTS:
        return False
    return became(text, count, later.attrs.get("_qualified_at", later.start))


def _earlier_value(text: str, fig: Figure, later: Figure) -> bool:
    """``later`` is the value ``fig`` had in the period its change compares with: it follows
    that period at once, is measured alike, and sits in a bracket opened after ``fig``."""
    previous = fig.attrs.get("previous")
    if not previous or previous.get("value") is not None or not previous.get("period"):
        return False
    if later.unit != fig.unit or not fig.attrs.get("_ends"):
        return False
    after = max(fig.attrs["_ends"])
    if after > later.start or not _THEN_VALUE.fullmatch(text, after, later.start):
        return False
    return open_bracket(text, fig.end, later.start) >= 0


def _bracketed_earlier(
    text: str, fig: Figure, later: Figure, periods: list[PeriodMention]
) -> str | None:
    """The year of ``later`` when it is ``fig``'s measure in an earlier year, in a bracket
    right after ``fig`` and its year: "76.4% in 2023 (71.2% in 2022)", "(2022: 71.2%)"; or
    right after ``fig`` with a date of its own (see ``_dated_bracket``; "" when undated)."""
    if later.unit == fig.unit == "rank":
        return _bracketed_earlier_rank(text, fig, later, periods)
    if later.unit != fig.unit or fig.unit == "":
        return None
    opened = open_bracket(text, fig.end, later.start)
    if opened < 0:
        return None
    if not text[fig.end : opened].strip() or _SHARE_OF.fullmatch(text, fig.end, opened):
        dated = _dated_bracket(text, opened, later, periods)
        if dated is not None:
            return dated
    labelled = _YEAR_LABEL.fullmatch(text, opened + 1, later.start)
    if labelled is None and text[opened + 1 : later.start].strip():
        return None
    # "in 2023 (": only the figure's own year between the figure and the bracket
    own = next((p for p in periods if fig.end <= p.start < opened and p.kind == "year"), None)
    if own is None or text[own.end : opened].strip():
        return None
    if not _ITEM_PERIOD.fullmatch(text, fig.end, own.start):
        return None
    if labelled is not None:
        closed = _CLOSING.match(text, later.end)
        return labelled["y"] if closed and labelled["y"] < own.period else None
    then = next((p for p in periods if later.end <= p.start <= later.end + 12), None)
    closed = then is not None and _CLOSING.match(text, then.end)
    if not closed or then.kind != "year" or not then.period or then.period >= own.period:
        return None
    return then.period


def _bracketed_earlier_rank(
    text: str, fig: Figure, later: Figure, periods: list[PeriodMention]
) -> str | None:
    """The year of ``later`` when it is the holder's earlier position, in a bracket right
    after ``fig`` with a year before the latest one written shortly before ``fig``: "In the
    PAPI 2019 ... ranked fifth (in 2018, the province was ranked 43/63)", "fifth (43rd in
    2018)"."""
    opened = open_bracket(text, fig.end, later.start)
    if opened < 0 or text[fig.end : opened].strip():
        return None
    closing = _CLOSING.search(text, later.end)
    if closing is None or not _BRACKET_TAIL.fullmatch(text, later.end, closing.start()):
        return None
    inside = [
        p for p in periods if opened < p.start < closing.start() and p.kind == "year" and p.period
    ]
    # any year written shortly before, an index's edition too ("the PAPI 2019")
    earlier = _YEAR.findall(text, max(0, fig.start - 400), fig.start)
    if len(inside) != 1 or len(inside[0].period) != 4 or not earlier:
        return None
    then = inside[0].period
    return then if then < max(earlier) else None


def _dated_bracket(text: str, opened: int, later: Figure, periods) -> str | None:
    """The period of an earlier value in a bracket that opens right after a figure: "42%
    (17% at the end of 2023)", "81.39% (same period in 2022 reached 50.69%)"; "same period"
    with no year of its own dates nothing ("" then, still an earlier value)."""
    same = _SAME_PERIOD.fullmatch(text, opened + 1, later.start)
    if same is not None:
        return (same["y"] or "") if _CLOSING.match(text, later.end) else None
    if text[opened + 1 : later.start].strip():
        return None
    then = next((p for p in periods if later.end < p.start <= later.end + 20), None)
    if then is None or then.kind == "span" or not then.period:
        return None
    if not _AT_PERIOD.fullmatch(text, later.end, then.start) or not _CLOSING.match(text, then.end):
        return None
    before = [p.period[:4] for p in periods if p.end <= opened and p.period]
    if before and then.period[:4] >= max(before):
        return None  # "reached 92% in 2023 (90% in 2025)": no earlier value
    return then.period[:4]


_CLOSING = regex.compile(r"\s*[)\]]")
_YEAR = regex.compile(rf"(?<!\d){YEAR}(?!\d)")
# What may follow an earlier position inside its bracket: its year, no other figure.
_BRACKET_TAIL = regex.compile(r"[^()\[\]\d]{0,12}(?:(?:19|20)\d\d)?\s*", regex.IGNORECASE)
# What a share's own noun adds before such a bracket: "76.2% of paper records (...)"
_SHARE_OF = regex.compile(r"\s+of\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+\s*")
# "(17% at the end of 2023)", "(38% in 2023)": what joins an earlier value to its date
_AT_PERIOD = regex.compile(r"\s+(?:at\s+the\s+end\s+of|in|as\s+of)\s+(?:the\s+)?", regex.I)
# "(same period in 2022 reached 50.69%)", "(same period last year: 50%)"
_SAME_PERIOD = regex.compile(
    r"\s*(?:the\s+|in\s+the\s+)?same\s+period(?:\s+(?:in\s+|of\s+)?(?P<y>(?:19|20)\d\d)|"
    r"\s+(?:of\s+)?last\s+year)?\s*(?:reached|was|stood\s+at|:|,)?\s*",
    regex.I,
)
# "(2022: 71.2%)": an earlier year labelling the value after it
_YEAR_LABEL = regex.compile(r"\s*(?:in\s+)?(?P<y>(?:19|20)\d\d)\s*[:=]\s*")


def _last_year_after(text, at, periods) -> PeriodMention | None:
    """ "the previous year", "last year" right after an earlier value ("from 24% in the
    previous year"), when it names no year of its own."""
    for p in periods:
        if p.kind == "last" and p.period is None and _ITEM_PERIOD.fullmatch(text, at, p.start):
            return p
    return None


def _period_after(text, at, periods) -> tuple[PeriodMention, int] | None:
    for p in periods:
        if at <= p.start <= at + 40 and _PREVIOUS_AFTER.match(text[at : p.start]):
            return p, p.end
    return None


def _quote(text: str, fig: Figure, seg: int, limit: int) -> tuple[int, int]:
    """``(start, end)`` of the figure's quote, within ``[seg, limit)``.

    The quote opens after the connective that joins it to the text before and closes
    after the figure's last attribute and any bracket it opened. By construction
    ``seg <= start <= fig.start < fig.end <= end <= max(limit, fig.end)``.
    """
    lead = _QUOTE_LEAD.match(text, seg, fig.start)
    start = lead.end() if lead else seg
    end = max([fig.end, *(e for e in fig.attrs.pop("_ends", []) if e <= limit)])
    end = close_brackets(text, start, end, limit)
    opened = open_bracket(text, start, end)
    if 0 <= opened < fig.start:
        # A bracket that holds this figure and the next ones: quote from inside it.
        start = _QUOTE_LEAD.match(text, opened + 1, fig.start).end()
    return start, end


def _lead_periods(text, sentence, periods) -> tuple[PeriodMention | None, PeriodMention | None]:
    """The period phrase ``sentence`` opens with before a comma ("In 2023, ...") and the
    "now" phrase it opens with ("Currently, ...", "So far, ..."), found in one pass over
    ``periods`` (in text order)."""
    found: dict[bool, PeriodMention | None] = {False: None, True: None}
    for p in periods:  # in text order
        if p.start >= sentence[1]:
            break
        now = p.kind == "now"
        if found[now] is not None or p.start < sentence[0]:
            continue
        opens = _LEAD_PERIOD.fullmatch(text[sentence[0] : p.start])
        if opens and text[p.end : p.end + 2].lstrip().startswith(","):
            found[now] = p
    return found[False], found[True]


# A term of office around a span of years: "term XVI, 2021-2026", "the 2021-2026 term".
_TERMS = "|".join(sorted(TERM_NOUNS))
_TERM_BEFORE = regex.compile(rf"\b(?:{_TERMS})\s+(?:[IVXL]+\s*)?,?\s*$", regex.IGNORECASE)
_TERM_AFTER = regex.compile(rf"\s+(?:{_TERMS})\b", regex.IGNORECASE)


def _place_before_bracket(text: str, seg: int, fig: Figure) -> str | None:
    """A rate or score in brackets right after a place name no gazetteer lists, written in
    Vietnamese syllables ("Hoi An (84.41%)", "Que Son (94.47%)"): that place holds it. A
    pillar's or body's English name ("Digital Government (0.7582)") is no such place."""
    if fig.unit not in ("%", "points"):
        return None
    return _syllable_name(_NAME_BRACKET.search(text, max(seg, fig.start - 40), fig.start))


def _place_before_count(text: str, seg: int, fig: Figure, entities) -> str | None:
    """A count right after a place name no gazetteer lists, written in Vietnamese syllables,
    as an item of a list ("...; Bat Xat 7 communes; Bao Yen 6 communes"): that place's."""
    if fig.unit in NOT_COUNTS or fig.q.kind != "number":
        return None
    m = _NAME_COUNT.search(text, max(seg, fig.q.start - 30), fig.q.start)
    if m is None:  # the clause opens with the name (after the list's semicolon)
        m = _NAME_ONLY.fullmatch(text, seg, fig.q.start)
    if m is not None and any(e.start <= m.start("name") < e.end for e in entities):
        return None
    return _syllable_name(m)


def _place_after_share(text: str, seg: int, fig: Figure, entities) -> str | None:
    """A share that opens a list item and has a place right after it ("(12.1% Gia Lam
    district; 9.4% Thanh Xuan district; ...)"): that place's."""
    if fig.unit != "%" or not _ITEM_OPENS.search(text, max(0, seg - 2), fig.q.start):
        return None
    m = _SHARE_PLACE.match(text, fig.end)
    if m is None:
        return None
    named = next((e for e in entities if e.start == m.start("name")), None)
    if named is not None:
        return named.name if named.label in ("PROVINCE", "LOCALITY") else None
    name = _syllable_name(m)
    return f"{name}{m['level'] or ''}" if name else None


def _syllable_name(m: regex.Match | None) -> str | None:
    """The matched ``name`` when each of its words is a Vietnamese syllable, else None."""
    if m is None:
        return None
    return m["name"] if all(SYLLABLE.match(w) for w in fold(m["name"]).split()) else None


# A place name of two or three capitalised words, each short as a syllable is: "Bat Xat".
_PLACE_NAME = r"(?P<name>(?-i:\p{Lu}\p{Ll}{0,6}\s){1,2}(?-i:\p{Lu}\p{Ll}{0,6}))"
# ... opening a list item, right before a count
_NAME_COUNT = regex.compile(rf"(?:^|[;:]\s*|,\s+|\band\s+){_PLACE_NAME}\s+$")
# ... opening the clause
_NAME_ONLY = regex.compile(rf"\s*{_PLACE_NAME}\s+")
# ... right before an opening bracket and the figure
_NAME_BRACKET = regex.compile(
    rf"(?:^|[,:;]\s*|\)\s+|\b(?:and|include|includes|including)\s+){_PLACE_NAME}\s*\(\s*$"
)
# ... right after a share that opens a list item, then the item's end
_SHARE_PLACE = regex.compile(
    rf"\s+{_PLACE_NAME}(?P<level>\s+(?:district|commune|ward|town|township))?\s*(?=[;,)]|\.\.\.|…)"
)
# Where a list item opens, right before its figure: a bracket, a semicolon or a comma.
_ITEM_OPENS = regex.compile(r"(?:^|[(;,])\s*$")


def _reporting_year(
    text,
    paragraphs,
    periods,
    split,
    cues,
    title=None,
    dateline=None,
    indices=(),
    programme=None,
) -> str | None:
    """The year the article reports on, from the strongest cue the context gives.

    In order: the edition of an index the headline or the lead names ("PCI 2022", "the 2024
    Provincial Competitiveness Index", "DTI rankings for 2021": the year ranked, not the year
    announced); a lead period ("In 2023, ..."; beyond the first paragraphs only on an
    undated page); a year in the headline; the year of the results reviewed ("results of
    PAR work in 2023"); a year in the first paragraph; the dateline's year; the latest year
    a paragraph names as its own (an undated page looks back on earlier years); the year of
    the newest legal text it cites by number; the year after the newest it compares with;
    and last the year the newest arrangement it speaks of began ("the two-level local
    government": 2025; ``cues.era``), which is also the earliest year an undated page that
    speaks of it can report on. An undated page whose lead names the span of a programme
    (``programme``: "in the period of 2023 - 2025") reports on that span, not on the year of
    a text it cites: it has no reporting year. Years compared with ("than in 2018") and years
    a plan looks to ("a vision to 2050") never count otherwise.
    ``split(start, end)`` gives a block's sentences.
    """

    # The edition of an index the headline or lead names first ("the 2024 PCI …. In 2023,
    # the city ranked 27th": that later year is the one compared with). Then a paragraph
    # that opens with a period: in the lead always; further down only on a page with no
    # dateline (a dated page's later "In 2016, …" looks back, it dates no report).
    def opening_periods(spans) -> Iterator[str]:
        for span in spans:
            for sentence in split(*span):
                lead, _ = _lead_periods(text, sentence, periods.get(span, []))
                if lead is not None and lead.period and lead.kind != "span":
                    if _opens_span(text, lead):
                        continue  # "Since 2021, ...": where a span begins, not the year reported
                    yield lead.period

    lead_blocks = ([title] if title is not None else []) + list(paragraphs[:LEAD_PARAGRAPHS])
    edition = _edition_year(text, lead_blocks, periods, indices)
    if edition:
        return edition
    year = next(opening_periods(paragraphs[:LEAD_PARAGRAPHS]), None)
    if year:
        return year
    if dateline and not any(p.period for b in lead_blocks for p in periods.get(b, [])):
        # "The central bank scored 92.36 ... in the PAR Index 2017" in the story's third
        # paragraph, on a page dated 2018 whose lead names no year: the edition reported on,
        # named just after the lead (an edition older than the year before the page's is one
        # compared with)
        next_blocks = list(paragraphs[LEAD_PARAGRAPHS : LEAD_PARAGRAPHS + _EDITION_REACH])
        edition = _edition_year(text, next_blocks, periods, indices)
        if edition and 0 <= int(dateline) - int(edition) <= 1:
            return edition
        # "Da Nang has once again topped the PAR Index" on a page dated 2017: the index's
        # results come out the year after the year assessed (metric_editions.csv)
        lag = _release_lag(indices, lead_blocks, cues)
        if lag is not None:
            return str(int(dateline) - lag)
    # an undated page on "the two-tier local government" reports on 2025 at the earliest:
    # its "by the end of 2024, over 11,000 buildings ..." looks back
    # (read only where a branch below needs it: it scans every paragraph)
    era = functools.cache(lambda: None if dateline else _era_year(text, paragraphs, cues))
    later = [] if dateline else list(opening_periods(paragraphs[LEAD_PARAGRAPHS:]))
    if later:
        # further down an undated page, the latest year a paragraph opens with or names as
        # its own: "In 2012, Quang Ninh set up a board ..." looks back on the 2018 results
        own = [_first_year(text, periods.get(span, []), cues.horizon) for span in paragraphs]
        return max(y for y in (*later, *own, era()) if y)
    if title is not None:
        year = _first_year(text, periods.get(title, []), cues.horizon)
        if year:
            return year
    for s, e in paragraphs[:LEAD_PARAGRAPHS]:  # further down, results are looked back on
        m = _RESULTS_YEAR.search(text, s, e)
        if m:
            return m["y"]
    for i, span in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
        if i and (dateline is None or _HAS_DIGIT.search(text, *paragraphs[0])):
            break  # the lead's second paragraph only after a teaser that states nothing, on a
            # dated page (an undated one reports on the latest year it names, below)
        year = _first_year(text, periods.get(span, []), cues.horizon)
        if year:
            return year
    if dateline:
        return dateline
    own = [_first_year(text, periods.get(span, []), cues.horizon) for span in paragraphs]
    if any(own):
        return max(y for y in (*own, era()) if y)
    if programme is not None:
        return None
    # A page that names no year still cites dated texts ("Resolution 202/2025/QH15, in effect
    # since June 12", "Decision 571 dated March 12, 2025"): the newest of them dates what it
    # reports.
    cited = [m["y"] for s, e in paragraphs for m in _DOCUMENT_YEAR.finditer(text, s, e)]
    cited += [  # "Decision No. 1837, dated May 5, 2025"
        m.period for span in paragraphs for m in periods.get(span, []) if m.kind == "document"
    ]
    cited = [year for year in cited if year]
    if cited:
        # "Decree 178/2024/ND-CP" is cited on pages of 2025, when it took effect: the newest
        # arrangement the page speaks of dates it no earlier than its first year
        return max((*cited, era() or ""))
    # Nor any text: the year after the newest it compares with ("a 1.5-fold rise from 2022")
    compared = [
        int(m.period)
        for span in paragraphs
        for m in periods.get(span, [])
        if m.kind != "span" and m.period and len(m.period) == 4 and _compared(text, m)
    ]
    if compared:
        return str(max(compared) + 1)
    # Nor a comparison: an arrangement in force only from a known year dates it no earlier
    return era()


def _era_year(text, paragraphs, cues) -> str | None:
    """The year the newest arrangement the page speaks of began (``cues.era``), if any."""
    began = [
        cues.era_since.get(" ".join(fold(m[0]).split()), 0)
        for s, e in paragraphs
        for m in cues.era.finditer(text, s, e)
    ]
    return str(max(began)) if any(began) else None


_HAS_DIGIT = regex.compile(r"\d")
# "the province", "the mountainous province" (not "the province of ..."), as written in small
# letters.
_UNNAMED_PROVINCE = regex.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?province\b(?!\s+of\b)"
    # "the provincial People's Committee", "the provincial State Treasury": one body of it
    r"|\b[Tt]he\s+provincial\s+(?:\p{Lu}[\p{L}'’]*\s+){0,3}?(?-i:\p{Lu}\p{Ll}+)(?<!s)\b(?!['’]s)"
)
# Between the two ends of a spread: "78.16-90.59", "from 78.2 to 90.6".
_RANGE_GAP = regex.compile(r"\s*(?:[-–—]|to)\s*", regex.IGNORECASE)
# How many opening paragraphs make the article's lead (a one-line teaser, then the story).
LEAD_PARAGRAPHS = 2
# How many paragraphs after the lead may still name the index edition a dated page reports.
_EDITION_REACH = 2
# The year inside a legal document's number: "202/2025/QH15", "178/2024/ND-CP".
_DOCUMENT_YEAR = regex.compile(r"(?<![\w/])\d{1,4}/(?P<y>(?:19|20)\d\d)/\p{Lu}[\p{Lu}\d-]*")
# Between an index's name and its edition's year: "PCI 2022", "(PCI) 2022", "rankings for 2021",
# "PCI 2022 results", "... Index (PAPI) for 2023" (the short name, the long one unread);
# before it: "the 2024 Provincial ...", "2018's Public Administration ...".
_EDITION_AFTER = regex.compile(
    r"\s*(?:\)\s*)?(?:\(\s*[\p{Lu}\d-]+\s*\)\s*)?(?:(?:rankings?|results?|report|edition|index)\s+)?"
    r"(?:(?:for|of|in)\s+)?(?:the\s+year\s+)?",
    regex.IGNORECASE,
)
_EDITION_BEFORE = regex.compile(r"(?:['’]s)?\s*")


def _release_year(text, lead_blocks, periods, entities, cues) -> str | None:
    """The year an undated page came out, when its headline or lead names an index edition
    ("the PAR Index 2018"): the edition's year and the index's lag to its release
    (metric_editions.csv)."""
    indices = [e for e in entities if e.label == "INDEX"]
    edition = _edition_year(text, lead_blocks, periods, indices)
    lag = _release_lag(indices, lead_blocks, cues) if edition else None
    return str(int(edition) + lag) if lag is not None else None


def _release_lag(indices, lead_blocks, cues) -> int | None:
    """The years from an edition to its release of the indices the headline or lead names
    (metric_editions.csv), the longest; none when they name no such index."""
    lags = [
        cues.edition_lag[e.kind]
        for e in indices
        if e.kind in cues.edition_lag and any(s <= e.start < t for s, t in lead_blocks)
    ]
    return max(lags) if lags else None


def _programme_span(text, blocks, periods) -> PeriodMention | None:
    """The span a lead names as the period of what it reports on ("the arrangement of
    commune-level units in the 2023-2025 period", "for the period 2023-2025")."""
    for block in blocks:
        for mention in periods.get(block, []):
            if mention.kind == "span" and (
                _PERIOD_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                or _PERIOD_AFTER.match(text, mention.end)
            ):
                return mention
    return None


_PERIOD_BEFORE = regex.compile(r"\bperiod\s+(?:of\s+)?$", regex.IGNORECASE)
_PERIOD_AFTER = regex.compile(r"\s+period\b", regex.IGNORECASE)


def _edition_year(text, blocks, periods, indices) -> str | None:
    """The year of the index edition the headline or lead names, if any."""
    for block in blocks:
        named = [e for e in indices if block[0] <= e.start < block[1]]
        for mention in periods.get(block, []):
            if mention.kind != "year" or not mention.period:
                continue
            for index in named:
                after = index.end <= mention.start and _EDITION_AFTER.fullmatch(
                    text, index.end, mention.start
                )
                before = mention.end <= index.start and _EDITION_BEFORE.fullmatch(
                    text, mention.end, index.start
                )
                if after or before:
                    return mention.period
    return None


def _first_year(text, mentions, horizon: regex.Pattern) -> str | None:
    """The first single year a block names as its own (not a span such as "2021-2025" or
    one opened by "since 1975", not a year compared with, not a year a plan looks to); of a
    span written with its months ("from January 2020 to June 2022"), the year it ends."""
    for mention in mentions:
        if mention.kind == "span" and mention.text and mention.period:
            return mention.period[-4:]
        if (
            mention.kind in ("span", "document", "history")
            or not mention.period
            or len(mention.period) != 4
        ):
            continue
        if _compared(text, mention) or _opens_span(text, mention):
            continue
        if _EARLIER_VALUE_YEAR.search(text, max(0, mention.start - _NEAR), mention.start):
            continue  # "rose from 90 percent in 2022 to 93 percent in August 2024"
        looks_to = (
            horizon.search(text, max(0, mention.start - _NEAR), mention.start)
            if mention.kind in ("year", "part", "date")
            else None
        )
        if looks_to and (
            mention.kind == "year" or looks_to[0].split()[0].lower() not in _SPAN_ENDS
        ):
            # "a vision to 2030", "until the end of December 2025": a plan's horizon ("from July
            # 1 to September 30, 2025" ends a span of results)
            continue
        return mention.period
    return None


# Horizon words that may also end a span of dates ("from July 1 to September 30, 2025").
_SPAN_ENDS = frozenset({"to", "by"})
# The year of the value a change started from: "from 90 percent in 2022 (to ...)".
_EARLIER_VALUE_YEAR = regex.compile(
    rf"\bfrom\s+(?:the\s+)?\d[\d.,]*\s*(?:%|{PERCENT_WORDS}|points?)?\s+in\s+(?:the\s+)?$",
    regex.IGNORECASE,
)


def _future(period: str | None, now: str | None) -> bool:
    return bool(period and now and period[:4] > now[:4])


def _table_figure(cell: TableCell, article: str | None) -> Figure:
    """A table's cell as a figure about the article's province (else the country)."""
    q = Quantity(cell.start, cell.end, cell.value, "number")
    fig = Figure(q=q, start=cell.start, end=cell.end, value=cell.value, unit=cell.unit)
    fig.metric, fig.period, fig.rank_total = cell.metric, cell.period, cell.rank_total
    fig.subject = article or "national"
    fig.quote_start, fig.quote_end = cell.start, cell.end
    return fig


def _reductions_of_before(text, sentence, figures, before, cues) -> list[Figure]:
    """ "Hanoi arranged 109 units to form 56 new units. After the arrangement, 53 units were
    reduced": a count the sentence after a merger says was lowered is the change of the
    count of the same units in the sentence before, no figure of its own."""
    if not before or not cues.after_state.match(text, sentence[0]):
        return figures
    kept = []
    for fig in figures:
        earlier = next(
            (
                b
                for b in reversed(before)
                if b.q.kind == fig.q.kind == "number"
                and b.attrs.get("change") is None
                and _same_head(b.unit, fig.unit)
            ),
            None,
        )
        if earlier is None or not cues.lowered_after.match(text, fig.end):
            kept.append(fig)
            continue
        earlier.attrs["change"] = {"value": fig.value, "unit": fig.unit, "direction": "decrease"}
    return kept


def _without_structure_points(text, sentence, figures: list[Figure], cues) -> list[Figure]:
    """The points of a sentence that lays out an index's parts are its maximum and the
    weights of its parts ("consists of 12 indicators in 3 pillars with a total score of
    1,000; of which Digital Government has 400 points"), no results, unless a result verb
    stands before them ("... and the province scored 91.2 points")."""
    if not any(f.unit == "points" for f in figures):
        return figures
    if not cues.structure_sentence.search(text, *sentence):
        return figures
    return [
        f
        for f in figures
        if f.unit != "points" or cues.result_before.search(text, sentence[0], f.start)
    ]


def _dedupe(found: list[Figure], levels: dict[str, str], text: str) -> list[Figure]:
    """One figure repeated (headline, lead, caption, body) is one metric: keep the richest.
    ``levels`` gives the level of government a unit counts: "34 provinces and cities",
    "34 provincial-level administrative units" and "34 provincial units" are one figure."""
    kept: list[Figure] = []
    by_value: dict[float, list[int]] = {}  # twins share their value: compare only those
    for fig in found:
        alike = by_value.setdefault(round(fig.value, 4), [])
        at = next((i for i in alike if _same(kept[i], fig, levels, text)), None)
        if at is None:
            alike.append(len(kept))
            kept.append(fig)
            continue
        twin = kept[at]
        richer, other = (fig, twin) if _richness(fig) > _richness(twin) else (twin, fig)
        _fill_from(richer, other)
        kept[at] = richer
    body = [f for f in kept if not f.headline]
    kept = [f for f in kept if not (f.headline and any(_told_in_body(f, b) for b in body))]
    return sorted(kept, key=lambda f: f.quote_start)


_TWIN_FIELDS = ("metric", "subject", "period", "period_text", "target", "out_of", "rank_total")


def _fill_from(fig: Figure, twin: Figure) -> None:
    """What a repeated figure states only once is kept ("Da Nang reached 66%, an increase of
    46%" after "the rate ... reached 66%"): attributes ``fig`` lacks come from its twin."""
    for key in _TWIN_FIELDS:
        if getattr(fig, key) is None and getattr(twin, key) is not None:
            setattr(fig, key, getattr(twin, key))
    for key in ("average", "previous", "change"):
        if fig.attrs.get(key) is None and twin.attrs.get(key) is not None:
            fig.attrs[key] = twin.attrs[key]


def _told_in_body(head: Figure, body: Figure) -> bool:
    """A headline figure the body states more exactly ("tops 90%" for 90.06%) or as an
    attribute of another figure ("climbs 15 places" for a rank "up 15 places")."""
    change = body.attrs.get("change") or {}
    if change.get("value") is not None and abs(change["value"] - head.value) < 0.01:
        return head.unit == (change.get("unit") or body.unit)
    # "commune-level unit" in the headline, "commune-level administrative unit" in the body
    head_words, body_words = head.unit.split(), body.unit.split()
    same_unit = head.unit == body.unit or (
        bool(head_words)
        and head_words[-1:] == body_words[-1:]
        and set(head_words) <= set(body_words)
    )
    if same_unit and round(head.value, 4) == round(body.value, 4):
        return True  # the headline sums up the body: its subject is vaguer, not another one
    if _same_large_count(head, body):
        return True  # "4.2 million people" in the headline, "4.2 million patients" below
    if not same_unit or not head.approximate:
        return False  # "over 52,000 dossiers" in the headline, "52,418 administrative dossiers"
    # a share in words ("more than half") is rounder than any figure in digits
    rounding = 10.0 if head.q.worded and head.unit == "%" else 1.0
    return abs(head.value - body.value) <= max(rounding, 0.02 * abs(body.value))


def _same_large_count(head: Figure, body: Figure) -> bool:
    """Two counts of one large value are one figure whatever nouns count them: a headline
    names the counted people or records more loosely than the body does. Small counts
    ("two cases", "five ministries") coincide too often to be told apart by value."""
    return (
        head.q.kind == body.q.kind == "number"
        and head.unit not in NOT_COUNTS
        and body.unit not in NOT_COUNTS
        and head.value >= 1000
        and round(head.value, 4) == round(body.value, 4)
    )


def _same(a: Figure, b: Figure, levels: dict[str, str], text: str) -> bool:
    if round(a.value, 4) != round(b.value, 4):
        return False
    leveled = a.unit != b.unit
    if leveled and not _same_level(a, b, levels):
        return False
    # Two figures of one body text are two statements unless nothing tells them apart; two
    # items of one list ("rates of 100%, 100% and 97.67%") always are. Counts of one level's
    # units name them with other nouns, so their names tell nothing apart.
    listed = not a.headline and not b.headline and abs(b.quote_start - a.quote_end) <= 6
    if listed and "\n" in text[min(a.quote_end, b.quote_end) : max(a.quote_start, b.quote_start)]:
        listed = False  # a subheading and the paragraph after it: no list
    told_apart = (
        listed
        or a.subject != b.subject
        or a.period != b.period
        or not (leveled or _alike(a.metric, b.metric))
    )
    if a.headline == b.headline and a.quote_start != b.quote_start and told_apart:
        return False
    return all(
        x is None or y is None or x == y for x, y in ((a.subject, b.subject), (a.period, b.period))
    )


# Counts of administrative units below this coincide too often to be one figure by value
# ("6 centrally-run cities" and "6 provinces" in one article).
_LEVEL_COUNT_MIN = 10


def _same_level(a: Figure, b: Figure, levels: dict[str, str]) -> bool:
    """Two counts of the units of one level of government, large enough to be one figure."""
    return (
        a.q.kind == b.q.kind == "number"
        and a.value >= _LEVEL_COUNT_MIN
        and _one_level(a.unit, b.unit, levels)
    )


def _one_level(unit: str, other: str, levels: dict[str, str]) -> bool:
    """Both units count the units of one level of government (``levels``: cues.unit_levels)."""
    level = levels.get(fold(unit))
    return level is not None and level == levels.get(fold(other))


def _alike(a: str | None, b: str | None) -> bool:
    """Two names that do not tell figures apart: one holds the other, or one is missing."""
    a, b = (a or "").lower(), (b or "").lower()
    return not a or not b or a in b or b in a


def _richness(fig: Figure) -> tuple[int, bool, bool]:
    filled = sum(v is not None for v in fig.record().values())
    # of two as full, a statement rather than a subheading's bare count ("34 provincial units")
    return filled, not fig.headline, fig.quote_end - fig.quote_start > fig.end - fig.start
