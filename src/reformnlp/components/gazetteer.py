"""The ``reformnlp_gazetteer`` component: every known name, found by phrase matching.

A spaCy ``SpanRuler`` filled from the pattern files, matching on the folded
NORM (case- and diacritic-insensitive) and writing every hit, overlaps included,
to ``doc.spans["gazetteer"]``. Each pattern's ``id`` tells the later components
what was found; they decide which hits stand (``reformnlp_entities``).

Pattern ids:
  PROVINCE ``VN-23`` · REGION ``North Central`` · BODY ``<body id>`` or
  ``acr|<body id>|<ACRONYM>`` · LOCAL_BODY ``<local body id>`` · DEPARTMENT
  ``<canonical domain>`` · TITLE ``<row number>`` or ``<row number>|plural`` ·
  HONORIFIC ``<kind>`` · INDEX ``<index id>`` or ``acr|<index id>|<ACRONYM>`` ·
  COMMITTEE_HEAD ``committee`` or ``other`` (a committee or public service unit the
  gazetteer may not know by name: "... Steering Committee for ...", "Bach Mai Hospital") ·
  LIST_HEAD ``central|<head>``, ``department`` or ``local|<local body id>`` (a plural head
  opening a list: "Ministries of Finance and Justice").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.pipeline import SpanRuler

from ..patterns import PatternSet, get_patterns
from ..text import fold

SPANS_KEY = "gazetteer"


def acronym_id(kind_id: str, acronym: str) -> str:
    """The pattern id of an acronym, which must then match case-sensitively."""
    return f"acr|{kind_id}|{acronym}"


def is_acronym(text: str) -> bool:
    """Written in capitals but for at most one letter ("MoHA", "NA's", "VNeID")."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 1)


def plural(title: str) -> str | None:
    """English plural of a title head ("Deputy Prime Minister" -> "Deputy Prime Ministers")."""
    head, _, last = title.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith(("s", "x", ".")) or not last.isalpha():
        return None
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}".strip()


def gazetteer_patterns(patterns: PatternSet) -> Iterator[dict]:
    """Every phrase pattern of the gazetteer, as SpanRuler pattern dicts."""
    for spelling, code in patterns.province_spellings():
        yield {"label": "PROVINCE", "pattern": spelling, "id": code}
    for row in patterns.regions:
        yield {"label": "REGION", "pattern": row.alias, "id": row.region}
    # A national body whose name is also a local head ("Customs Department", "Ho Chi Minh
    # City Customs Department") is read through its local head, which falls back to it.
    local_heads = {
        fold(head)
        for row in patterns.local_bodies
        if row.central
        for head in (row.head, *row.variants)
    }
    for row in patterns.bodies:
        names = [row.name, *row.aliases]
        if row.kind == "ministry":  # "the Education and Training Ministry"
            names = _with_variants(names, _reversed_ministry)
        for name in _with_variants(names, serial_comma_variant):
            if fold(name) in local_heads:
                continue
            label_id = acronym_id(row.id, name) if is_acronym(name) else row.id
            yield {"label": "BODY", "pattern": name, "id": label_id}
        for acronym in row.acronyms:
            yield {"label": "BODY", "pattern": acronym, "id": acronym_id(row.id, acronym)}
    for row in patterns.local_bodies:
        for head in (row.head, *row.variants):
            yield {"label": "LOCAL_BODY", "pattern": head, "id": row.id}
        for acronym in row.acronyms:
            yield {"label": "LOCAL_BODY", "pattern": acronym, "id": acronym_id(row.id, acronym)}
    for row in patterns.departments:
        for domain in _with_variants(
            [d for d in (row.domain, row.alias) if d], serial_comma_variant
        ):
            for head in ("Department of", "Department of the"):
                yield {"label": "DEPARTMENT", "pattern": f"{head} {domain}", "id": row.domain}
            # "the Home Affairs Department": read only where a province is fixed
            reversed_name = f"{domain} Department"
            yield {"label": "DEPARTMENT", "pattern": reversed_name, "id": f"rev|{row.domain}"}
    for number, row in enumerate(patterns.titles):
        yield {"label": "TITLE", "pattern": row.title, "id": str(number)}
        many = plural(row.title)
        if many:
            yield {"label": "TITLE", "pattern": many, "id": f"{number}|plural"}
    yield from _list_heads(patterns)
    for word in patterns.words_of("committee_head"):
        yield {"label": "COMMITTEE_HEAD", "pattern": word, "id": "committee"}
    for word, kind in patterns.words_of("unit_head").items():
        yield {"label": "COMMITTEE_HEAD", "pattern": word, "id": kind or "other"}
    for row in patterns.honorifics:
        yield {"label": "HONORIFIC", "pattern": row.honorific, "id": row.kind}
    for row in patterns.indices:
        for name in {row.name, row.alias}:
            label_id = acronym_id(row.id, name) if is_acronym(name) else row.id
            yield {"label": "INDEX", "pattern": name, "id": label_id}


def _with_variants(names: list[str], variant: Callable[[str], str | None]) -> list[str]:
    """``names`` and the ``variant`` of each that is not written already (folded)."""
    written = {fold(name) for name in names}
    return names + [
        other for name in names if (other := variant(name)) and fold(other) not in written
    ]


def _reversed_ministry(name: str) -> str | None:
    """ "Ministry of Education and Training" -> "Education and Training Ministry"."""
    if not name.startswith("Ministry of "):
        return None
    return f"{name.removeprefix('Ministry of ')} Ministry"


def serial_comma_variant(name: str) -> str | None:
    """A name listing three things written the other way about the comma before "and":
    "Culture, Sports and Tourism" <-> "Culture, Sports, and Tourism" (both are in print)."""
    comma = name.find(", ")
    if comma < 0:
        return None
    last_and = name.rfind(" and ")
    if last_and < comma:
        return None
    if name[last_and - 1] == ",":
        return name[: last_and - 1] + name[last_and:]
    return f"{name[:last_and]},{name[last_and:]}"


def _list_heads(patterns: PatternSet) -> Iterator[dict]:
    """Plural heads that open a list of bodies sharing them: "Ministries of" (the ministries
    named "Ministry of <domain>"), "Departments of" (provincial departments) and the plural
    of a local body whose head ends in a body noun ("People's Committees of")."""
    for row in patterns.bodies:
        if row.kind != "ministry":
            continue
        for name in (row.name, *row.aliases):
            head, _, domain = name.partition(" of ")
            many = plural(head) if domain and " " not in head else None
            if many:
                yield {"label": "LIST_HEAD", "pattern": f"{many} of", "id": f"central|{head}"}
    yield {"label": "LIST_HEAD", "pattern": "Departments of", "id": "department"}
    # "leaders of ...; departments: Home Affairs, Finance, Justice", "8 departments and
    # branches including: Home Affairs; Finance; ...": the list after a colon
    for opener in patterns.words_of("department_list_head"):
        yield {"label": "LIST_HEAD", "pattern": opener, "id": "department"}
    nouns = {fold(word) for word in patterns.words_of("body_noun")}
    for row in patterns.local_bodies:
        for head in (row.head, *row.variants):
            many = plural(head)
            if many and fold(head.rsplit(" ", 1)[-1]) in nouns:
                yield {"label": "LIST_HEAD", "pattern": f"{many} of", "id": f"local|{row.id}"}
        if row.collective:
            yield {"label": "LIST_HEAD", "pattern": f"{row.collective} of", "id": f"local|{row.id}"}


@Language.factory(
    "reformnlp_gazetteer",
    assigns=["doc.spans"],
    default_config={"patterns": None},
)
def make_gazetteer(nlp: Language, name: str, patterns: str | None) -> SpanRuler:
    """One SpanRuler of phrase patterns (matched on the folded NORM) for every gazetteer
    entry: provinces and their aliases, regions, bodies, local-body and department
    templates, titles, honorifics and indices, each labelled and carrying its id.

    Reads the tokens only. Writes ``doc.spans["gazetteer"]``, the raw hits the entities
    and officials components resolve.

    patterns (str | None): a folder of pattern files replacing the packaged ones.

    >>> doc = reformnlp.load()("Hà Tĩnh ranks 27th in the PAR Index.")
    >>> [(s.text, s.label_) for s in doc.spans["gazetteer"]]
    [('Hà Tĩnh', 'PROVINCE'), ('PAR Index', 'INDEX')]
    """
    ruler = SpanRuler(
        nlp,
        name,
        spans_key=SPANS_KEY,
        annotate_ents=False,
        phrase_matcher_attr="NORM",
        validate=True,
        overwrite=True,
    )
    seen = set()
    unique = []
    for pattern in gazetteer_patterns(get_patterns(patterns)):
        key = (pattern["label"], pattern["pattern"], pattern["id"])
        if key not in seen:
            seen.add(key)
            unique.append(pattern)
    ruler.add_patterns(unique)
    return ruler
