"""Distributive statements: "A, B and C were 92.4%, 61.5% and 71%, respectively"."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import regex

from ..numbers import YEAR, NumberGrammar
from ..text import fold
from .cues import PLACE_REFERENCES, MetricCues
from .model import Entity, Figure

_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_SPLIT = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", regex.IGNORECASE)
# The list ends where the verb (or a colon) that introduces the figures begins.
_LIST_END = regex.compile(
    r"\s*(?::|\b(?:were|was|are|is|reached|reaching|stood\s+at|achieved|recorded|hit|scored|"
    r"at|with|had|of|got|obtained|settled|handled|processed|received|resolved|completed|"
    r"posted|gained|secured|earned|accounted\s+for)\b)[^,;:]*$",
    regex.IGNORECASE,
)
_LIST_HEAD = regex.compile(
    r"^.*\b(?:of|for|at|in|by|among|while|whereas)\s+(?:the\s+)?", regex.IGNORECASE
)
# A participle the change phrase opens with: "…, jumping (up by)".
_PARTICIPLE_END = regex.compile(r"[\s,]*(?:\p{L}+ing\b)?[\s,]*$", regex.IGNORECASE)
_ARTICLE = regex.compile(r"^(?:the|both)\s+", regex.IGNORECASE)
_A_YEAR = regex.compile(YEAR)
# A list of years after the figures and before "respectively": " in 2021, 2022 and 2023, ".
_YEARS_AFTER = regex.compile(
    rf"\s+(?:in|for)\s+{YEAR}(?:\s*,\s*(?:and\s+)?{YEAR}|\s+and\s+{YEAR})+\s*,?\s*",
    regex.IGNORECASE,
)
_NAMED = ("PROVINCE", "BODY", "LOCALITY", "INDEX")
_PLACES_AND_BODIES = ("PROVINCE", "BODY", "LOCALITY")  # what holds a rank (no index)


def distribute(
    text: str,
    sentence: tuple[int, int],
    figures: list[Figure],
    entities: list[Entity],
    cues: MetricCues,
    article: str | None,
) -> None:
    """Give the n figures before "respectively" the n subjects (or measured indices) listed
    before the first of them, in order."""
    m = _RESPECTIVELY.search(text, sentence[0], sentence[1])
    if m is None:
        _pair_up(text, sentence, figures, entities)
        return
    if _ranks_in_range(text, sentence, m.start(), figures, entities, cues.grammar):
        return
    group = [f for f in figures if f.start < m.start()]
    run = _last_run(text, group)
    if len(run) >= 2 and len(run) < len(group):
        # "secured second and third places with 45.78 and 45.7 points, respectively": the
        # list right before "respectively" is distributed; an earlier list pairs up alone
        _pair_up(text, sentence, [f for f in figures if f not in run], entities)
        group = run
    if len(group) < 2:
        return
    years = _YEARS_AFTER.fullmatch(text, group[-1].end, m.start())
    listed = _A_YEAR.findall(years[0]) if years else []
    if len(listed) == len(group):
        _give_years(group, listed)  # "12.4%, 15.1% and 19.8% in 2021, 2022 and 2023, ..."
        return
    first = group[0].start
    named = [e for e in entities if sentence[0] <= e.start and e.end <= first and e.label in _NAMED]
    if len(named) >= len(group):
        items = named[-len(group) :]
        if not _coordinated(text, items):
            return  # names apart ("According to the Ministry, Quang Tri ranked 14th and 9th")
        if all(e.label == "INDEX" for e in items):
            for fig, e in zip(group, items, strict=True):
                fig.metric = e.name
        else:
            for fig, e in zip(group, items, strict=True):
                fig.subject = e.name
                if fig.metric and _only_names(fig.metric, text, items):
                    fig.metric = None  # "Hanoi and": the holders' list, nothing measured
        return
    before = text[sentence[0] : first]
    change = cues.change.search(before)
    if change is not None:
        # "improvements in X and Y, jumping up by 31 and 3 places": the list ends where
        # the change begins, no verb after it
        listed = _PARTICIPLE_END.sub("", before[: change.start()])
        words = _word_list(listed, len(group), verb_after=False)
    else:
        words = _word_list(before, len(group))
    if words is None:
        return
    subjects, head = words
    if all(_A_YEAR.fullmatch(item) for item in subjects):
        _give_years(group, subjects)  # "the figures for 2020, 2021 and 2022 being ..."
        return
    if not any(cues.scopes.get(fold(item)) for item in subjects):
        # "its scores for e-governance and environmental governance were 3.08 and 3.51
        # points, respectively": the items are what is measured, not who holds it
        for i, (fig, item) in enumerate(zip(group, subjects, strict=True)):
            fig.metric = f"{item} {head}" if head and i == len(group) - 1 else item
        return
    for fig, item in zip(group, subjects, strict=True):
        fig.subject = _scope(item, cues, article)
        if head:
            fig.metric = head


def _give_years(figures: list[Figure], years: list[str]) -> None:
    """Years listed with figures given "respectively" are the figures' own, in order."""
    for fig, year in zip(figures, years, strict=True):
        fig.period = year


# "ranked first through fifth", "1st to 3rd": between the positions of the names listed before
_ORDINAL_TO = regex.compile(r"\s*(?:through|to|-|–)\s*", regex.IGNORECASE)


def _ranks_in_range(
    text, sentence, end, figures: list[Figure], entities, grammar: NumberGrammar
) -> bool:
    """ "Hanoi, Hue, Hai Phong, Ho Chi Minh City and Thanh Hoa ranked first through fifth
    respectively": one rank for each listed name, in order (``figures`` grows)."""
    ranks = [f for f in figures if f.unit == "rank" and f.start < end]
    if len(ranks) != 1:
        return False
    fig = ranks[0]
    start = min(fig.start, fig.quote_start)
    window = text[start:end]  # the ordinals from the rank's quote to "respectively"
    pairs = [
        (a, b)
        for a, b in pairwise(grammar.ordinals(window))
        if _ORDINAL_TO.fullmatch(window, a.end, b.start)
    ]
    if not pairs:
        return False
    first, last = pairs[0]
    low, high = int(first.value), int(last.value)
    named = [
        e
        for e in entities
        if sentence[0] <= e.start and e.end <= start + first.start and e.label in _PLACES_AND_BODIES
    ]
    count = high - low + 1
    if count < 2 or len(named) < count or not _coordinated(text, named[-count:]):
        return False
    at = figures.index(fig)
    copies = []
    for position, e in enumerate(named[-count:], start=low):
        copy = fig if position == low else replace(fig, attrs=dict(fig.attrs))
        copy.value, copy.subject = float(position), e.name
        copies.append(copy)
    figures[at : at + 1] = copies
    return True


def _coordinated(text: str, items: list[Entity]) -> bool:
    """The names are listed together ("Hanoi, Hai Phong and Da Nang"), not named apart in the
    sentence ("As reported by the Department of Home Affairs, ... Da Nang was ...")."""
    gaps = list(pairwise(items))
    return all(_JOINED.fullmatch(text, a.end, b.start) for a, b in gaps) and bool(
        _LAST_JOINT.search(text, gaps[-1][0].end, gaps[-1][1].start)
    )  # a list ends on "and": "According to the Ministry, Quang Tri ..." is none


_LAST_JOINT = regex.compile(r"\b(?:and|or|as\s+well\s+as)\b", regex.IGNORECASE)
# Between two listed names: a comma, "and", "or", "as well as", an article.
_JOINED = regex.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?",
    regex.IGNORECASE,
)


def _word_list(before: str, n: int, verb_after: bool = True) -> tuple[list[str], str | None] | None:
    """The ``n`` items of the coordination that ends ``before`` (and a shared head noun);
    with ``verb_after``, the coordination ends where the verb that introduces the figures
    begins."""
    cut = _LIST_END.search(before) if verb_after else None
    listed = before[: cut.start()] if cut else before
    listed = _LIST_HEAD.sub("", listed).strip(" ,")
    items = [i.strip() for i in _SPLIT.split(listed) if i.strip()]
    if len(items) < n:
        return None
    items = items[-n:]
    items[0] = _ARTICLE.sub("", items[0])
    head = None
    short = max(len(i.split()) for i in items[:-1])
    last = items[-1].split()
    if len(last) > short:
        head = " ".join(last[short:])
        items[-1] = " ".join(last[:short])
    return items, head


def _scope(item: str, cues: MetricCues, article: str | None) -> str:
    subject = cues.scopes.get(fold(item))
    if subject is None:
        return item
    if subject == "@locality":  # "the commune": its level, no locality to refer to here
        return cues.level_scope(item) or item
    return article or item if subject in PLACE_REFERENCES else subject


# Items of a tight coordination: "A and B", "A, B and C", "A, B, and the C".
_JOINT = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", regex.IGNORECASE)
# Between two lists of figures for the same holders: "second and third with 45.78 and 45.7".
_NEXT_LIST = regex.compile(r"\s*,?\s*(?:with|at|scoring|on|and)\s+", regex.IGNORECASE)
# Between the listed holders and their figures: a short verb phrase, no clause break.
_VERB_GAP = regex.compile(r"\s+(?:[\p{L}'-]+\s+){1,4}", regex.IGNORECASE)


def _last_run(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures at the end of ``figures`` that are listed tightly ("45.78 and 45.7")."""
    if not figures:
        return []
    run = [figures[-1]]
    for fig in reversed(figures[:-1]):
        if fig.unit != run[0].unit or not _JOINT.fullmatch(text, fig.end, run[0].start):
            break
        run.insert(0, fig)
    return run


def _pair_up(
    text: str, sentence: tuple[int, int], figures: list[Figure], entities: list[Entity]
) -> None:
    """ "The SBV and Da Nang scored 92.68 percent and 90.32 percent": n holders listed
    tightly, a short verb phrase, then n figures of one unit listed tightly give the figures
    to the holders in order, as "respectively" would; a second list right after ("came second
    and third with 45.78 and 45.7 points") goes to the same holders."""
    runs: list[list[Figure]] = []
    for fig in figures:
        run = runs[-1] if runs else None
        if run and fig.unit == run[0].unit and _JOINT.fullmatch(text, run[-1].end, fig.start):
            run.append(fig)
        else:
            runs.append([fig])
    holders: list[Entity] | None = None
    for i, group in enumerate(runs):
        n = len(group)
        same = (
            holders is not None
            and n == len(holders)
            and _NEXT_LIST.fullmatch(text, runs[i - 1][-1].end, group[0].start)
        )
        if n >= 2 and not same:
            holders = _listed_holders(text, sentence, group[0].start, n, entities)
        elif n < 2:
            holders = None
            continue
        if holders is not None:
            for fig, e in zip(group, holders, strict=True):
                fig.subject = e.name
                if fig.metric and _only_names(fig.metric, text, holders):
                    fig.metric = None  # "SBV and": the holders' list, nothing measured


def _only_names(metric: str, text: str, holders: list[Entity]) -> bool:
    """The measured phrase holds only the holders' names and joining words."""
    names = {w.lower() for e in holders for w in text[e.start : e.end].split()}
    return all(w.lower() in names or w.lower() in ("and", "the", ",") for w in metric.split())


def _listed_holders(
    text: str, sentence: tuple[int, int], first: int, n: int, entities: list[Entity]
) -> list[Entity] | None:
    """The n holders listed tightly right before the short verb phrase that ends at ``first``."""
    named = [
        e
        for e in entities
        if sentence[0] <= e.start and e.end <= first and e.label in ("PROVINCE", "BODY", "LOCALITY")
    ]
    if len(named) < n:
        return None
    items = named[-n:]
    tight = all(_JOINT.fullmatch(text, a.end, b.start) for a, b in pairwise(items))
    return items if tight and _VERB_GAP.fullmatch(text, items[-1].end, first) else None
