"""Read and validate the rule data in ``patterns/`` (shipped as ``reformnlp.pattern_files``).

Every row is checked against a pydantic model (unknown or missing columns are
errors), then the rows of a file are checked against each other and against the
other files. Every error names the file, the line and the field.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

import regex
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from .errors import Messages, PatternError
from .schema import BodyKind, BodyLevel, Region
from .text import fold

Row = TypeVar("Row", bound=BaseModel)


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value


class ProvinceRow(_Row):
    code: str
    name: str
    name_vi: str
    region: Region
    kind: Literal["province", "city"]
    merged_into: str | None = None

    @field_validator("code")
    @classmethod
    def _iso_code(cls, value: str) -> str:
        if not value.startswith("VN-") or len(value) != 5:
            raise ValueError("must be an ISO 3166-2:VN code such as VN-23 or VN-HN")
        return value


class ProvinceAliasRow(_Row):
    code: str
    alias: str
    note: str | None = None


class RegionAliasRow(_Row):
    region: Region
    alias: str


class BodyRow(_Row):
    id: str
    name: str
    kind: BodyKind
    level: BodyLevel
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    # the id of the body this one belongs to and names ("Centre for Research and Training of
    # the Vietnam Fatherland Front"): a mention that writes the owner's name names it too
    owner: str | None = None
    note: str | None = None


class LocalBodyRow(_Row):
    id: str
    head: str
    variants: tuple[str, ...] = ()
    kind: BodyKind
    acronyms: tuple[str, ...] = ()
    provincial_form: str
    city_form: str
    bare_form: str
    of_parts: tuple[str, ...] = ()
    of_body: str | None = None
    central: str | None = None  # bodies.jsonl id of the national body the bare head names
    # the bare head names the body of the page's own province where the page has one, and
    # the ``central`` body only elsewhere ("the Ethnic Committee" among a province's departments)
    local_first: bool = False
    # the head as a list of such bodies opens ("the police of Ha Tinh, Phu Tho and Ha Nam"),
    # when it is no English plural of the head
    collective: str | None = None
    # the body exists at the provincial level only: its bare head ("the Management Board of
    # Industrial Parks") is the province's, not a vague head of any level
    provincial_only: bool = False


class DepartmentRow(_Row):
    domain: str
    alias: str | None = None
    valid_to: str | None = None


class TitleRow(_Row):
    title: str
    expansion: str | None = None
    complement: Literal["none", "body", "domain", "optional"]
    level: Literal["central", "provincial", "any"]


class HonorificRow(_Row):
    honorific: str
    kind: Literal["courtesy", "military", "academic"]


class FamilyNameRow(_Row):
    family: str
    family_vi: str | None = None


class IndexRow(_Row):
    id: str
    name: str
    alias: str


class WordRow(_Row):
    word: str
    role: Literal[
        "level",
        "locality",
        "speech_verb",
        "body_noun",
        "committee_head",
        "function_word",
        "lower_in_name",
        "committee_stop",
        "post_start",
        "person_place",
        "roll_opener",
        "not_name",
        "not_place",
        "lower_case_head",
        "modified_noun",
        "clause_opener",
        "status_word",
        "credit_word",
        "unit_head",
        "ministry_unit",
        "companion",
        "generic_word",
        "title_link",
        "roster_cue",
        "roster_verb",
        "headed_noun",
        "deputy_word",
        "rank_word",
        "roster_body",
        "former_word",
        "former_link",
        "former_body_word",
        "current_word",
        "post_modifier",
        "name_final",
        "head_verb",
        "headed_by",
        "spelling",
        "department_list_head",
        "city_level",
        "level_prefix",
        "provincial_opening",
        "national_post",
        "numbered_locality",
        "central_word",
        "roster_addition",
        "country_owner",
        "committee_tail_phrase",
        "place_post_verb",
        "attribution",
        "shortened_head",
        "shared_role_prefix",
        "person_pronoun",
        "female_middle_name",
        "establish_verb",
        "parts_opener",
    ]
    # the level, for "level"; the body's kind, for "unit_head" (empty: "other") and
    # "ministry_unit"; the spelling the record writes, for "spelling"; the post the record
    # writes, for "national_post"
    value: str | None = None

    @model_validator(mode="after")
    def _value_fits_role(self) -> WordRow:
        allowed = _WORD_VALUES.get(self.role)
        if self.role == "spelling":
            if not self.value or self.value != self.value.lower():
                raise ValueError("a spelling row gives the lower-case spelling the record writes")
        elif self.role == "national_post":
            if not self.value:
                raise ValueError("a national_post row gives the post the record writes")
        elif allowed is None:
            if self.value is not None:
                raise ValueError(f"role {self.role} takes no value")
        elif self.value is not None and self.value not in allowed:
            raise ValueError(f"value of role {self.role} is one of {sorted(allowed)}")
        return self


# The values a word role takes (roles not listed take none, "spelling" any lower-case word).
_WORD_VALUES = {
    "level": frozenset({"provincial", "district", "commune"}),
    "person_pronoun": frozenset({"female", "male"}),
    "unit_head": frozenset({"court", "agency", "portal", "department"}),
    "ministry_unit": frozenset({"department", "agency"}),
}


class FurnitureRow(_Row):
    pattern: str
    kind: Literal[
        "HEADER",
        "DATELINE",
        "STAMP",
        "LEAD",
        "CAPTION",
        "BYLINE",
        "SOURCE",
        "RELATED",
        "FOOTER",
        "MENU",
    ]
    match: Literal["line", "prefix", "regex"]

    @model_validator(mode="after")
    def _regex_compiles(self) -> FurnitureRow:
        if self.match == "regex":
            try:
                regex.compile(self.pattern)
            except regex.error as err:
                raise ValueError(f"the pattern is no regular expression: {err}") from None
        return self


def pattern_dir(path: str | Path | None = None):
    """The folder to read: ``path`` if given (it must exist), else the packaged data."""
    if path is None:
        return resources.files("reformnlp.pattern_files")
    folder = Path(path)
    if not folder.is_dir():
        raise PatternError(
            Messages.R001.format(
                file="(folder)", where=folder, expected="a folder of pattern files"
            )
        )
    return folder


def _open_text(filename: str, directory) -> str:
    target = directory / filename
    if not target.is_file():
        raise PatternError(Messages.R001.format(file=filename, where=directory, expected=filename))
    return target.read_text(encoding="utf-8")


def _validate(model: type[Row], data: dict, filename: str, line: int) -> Row:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = " -> ".join(str(part) for part in err["loc"]) or "(row)"
        value = data.get(err["loc"][0]) if err["loc"] else data
        raise PatternError(
            Messages.R002.format(
                file=filename, line=line, field=loc, problem=err["msg"], value=value
            )
        ) from None


def read_csv_rows(filename: str, model: type[Row], directory=None) -> list[tuple[int, Row]]:
    """Read ``filename`` and return ``(line number, validated row)`` pairs.

    The header must name exactly the model's fields; ``#`` lines are comments.
    """
    directory = pattern_dir() if directory is None else directory
    text = _open_text(filename, directory)
    lines = [(no, raw) for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
    lines = [(no, raw) for no, raw in lines if not raw.lstrip().startswith("#")]
    if not lines:
        raise PatternError(
            Messages.R003.format(file=filename, line=1, found="[]", expected="a header")
        )
    header_no, header = lines[0]
    columns = next(csv.reader([header]))
    expected = list(model.model_fields)
    if sorted(columns) != sorted(expected):
        raise PatternError(
            Messages.R003.format(file=filename, line=header_no, found=columns, expected=expected)
        )
    rows = []
    for no, raw in lines[1:]:
        values = next(csv.reader(io.StringIO(raw)))
        if len(values) != len(columns):
            raise PatternError(
                Messages.R002.format(
                    file=filename,
                    line=no,
                    field="(row)",
                    problem=f"has {len(values)} fields, the header has {len(columns)}",
                    value=raw,
                )
            )
        rows.append((no, _validate(model, dict(zip(columns, values, strict=True)), filename, no)))
    return rows


def read_jsonl_rows(filename: str, model: type[Row], directory=None) -> list[tuple[int, Row]]:
    """Read a JSONL pattern file and return ``(line number, validated row)`` pairs."""
    directory = pattern_dir() if directory is None else directory
    rows = []
    for no, raw in enumerate(_open_text(filename, directory).splitlines(), 1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise PatternError(
                Messages.R005.format(file=filename, line=no, problem=exc.msg)
            ) from None
        if not isinstance(data, dict):
            raise PatternError(
                Messages.R005.format(file=filename, line=no, problem="not an object")
            )
        rows.append((no, _validate(model, data, filename, no)))
    return rows


def known_values(rows, known: set[str], filename: str, field: str, described: str) -> None:
    """Raise when a row refers to a value that is not among ``known``."""
    for no, value in rows:
        if value not in known:
            raise PatternError(
                Messages.R006.format(
                    file=filename, line=no, field=field, value=value, known=described
                )
            )


def check_unique(rows: Iterator[tuple[int, str]], filename: str, what: str) -> None:
    """Raise when a folded value appears on two lines."""
    seen: dict[str, int] = {}
    for no, value in rows:
        key = fold(value)
        if key in seen:
            raise PatternError(
                Messages.R004.format(
                    file=filename, line=no, value=value, what=what, first=seen[key]
                )
            )
        seen[key] = no


@dataclass(frozen=True)
class PatternSet:
    """All validated rule data, with lookups derived from it."""

    provinces: dict[str, ProvinceRow]
    province_aliases: list[ProvinceAliasRow]
    regions: list[RegionAliasRow]
    bodies: list[BodyRow]
    local_bodies: list[LocalBodyRow]
    departments: list[DepartmentRow]
    titles: list[TitleRow]
    honorifics: list[HonorificRow]
    family_names: list[FamilyNameRow]
    indices: list[IndexRow]
    furniture: list[FurnitureRow]
    words: list[WordRow] = field(default_factory=list)

    def words_of(self, role: str) -> dict[str, str | None]:
        """The words of one role in ``words.csv``, folded, with their value."""
        return {fold(row.word): row.value for row in self.words if row.role == role}

    def spellings(self) -> dict[str, str]:
        """Each other spelling of a word of bodies' names and the one the record writes
        (``words.csv`` role ``spelling``: "center" -> "centre")."""
        return {word: value for word, value in self.words_of("spelling").items() if value}

    def province_spellings(self) -> Iterator[tuple[str, str]]:
        """Every ``(spelling, ISO code)`` a province may be written with."""
        for row in self.provinces.values():
            yield row.name, row.code
            yield row.name_vi, row.code
        for alias in self.province_aliases:
            yield alias.alias, alias.code


def load_patterns(path: str | Path | None = None) -> PatternSet:
    """Read and validate every pattern file; raise :class:`PatternError` on the first problem."""
    directory = pattern_dir(path)
    provinces = read_csv_rows("provinces.csv", ProvinceRow, directory)
    check_unique(((no, r.code) for no, r in provinces), "provinces.csv", "a province code")
    check_unique(((no, r.name) for no, r in provinces), "provinces.csv", "a province name")
    by_code = {row.code: row for _, row in provinces}
    names = {row.name for row in by_code.values()}
    known_values(
        ((no, r.merged_into) for no, r in provinces if r.merged_into),
        names,
        "provinces.csv",
        "merged_into",
        "the names in provinces.csv",
    )
    aliases = read_csv_rows("province_aliases.csv", ProvinceAliasRow, directory)
    known_values(
        ((no, r.code) for no, r in aliases),
        set(by_code),
        "province_aliases.csv",
        "code",
        "the codes in provinces.csv",
    )
    _check_alias_conflicts(provinces, aliases)
    bodies = read_jsonl_rows("bodies.jsonl", BodyRow, directory)
    check_unique(((no, r.id) for no, r in bodies), "bodies.jsonl", "a body id")
    check_unique(
        ((no, name) for no, r in bodies for name in (r.name, *r.aliases)),
        "bodies.jsonl",
        "a body name or alias",
    )
    body_ids = {r.id for _, r in bodies}
    _check_ids(bodies, "owner", body_ids, "bodies.jsonl", "the ids in bodies.jsonl")
    local = read_jsonl_rows("local_bodies.jsonl", LocalBodyRow, directory)
    check_unique(((no, r.id) for no, r in local), "local_bodies.jsonl", "a local body id")
    local_ids = {r.id for _, r in local}
    _check_ids(local, "of_body", local_ids, "local_bodies.jsonl", "the ids in local_bodies.jsonl")
    _check_ids(local, "central", body_ids, "local_bodies.jsonl", "the ids in bodies.jsonl")
    titles = read_csv_rows("titles.csv", TitleRow, directory)
    check_unique(((no, r.title) for no, r in titles), "titles.csv", "a title")
    return PatternSet(
        provinces=by_code,
        province_aliases=[row for _, row in aliases],
        regions=[row for _, row in read_csv_rows("regions.csv", RegionAliasRow, directory)],
        bodies=[row for _, row in bodies],
        local_bodies=[row for _, row in local],
        departments=[row for _, row in read_csv_rows("departments.csv", DepartmentRow, directory)],
        titles=[row for _, row in titles],
        honorifics=[row for _, row in read_csv_rows("honorifics.csv", HonorificRow, directory)],
        family_names=[
            row for _, row in read_csv_rows("family_names.csv", FamilyNameRow, directory)
        ],
        indices=[row for _, row in read_csv_rows("indices.csv", IndexRow, directory)],
        furniture=[row for _, row in read_csv_rows("furniture.csv", FurnitureRow, directory)],
        words=[row for _, row in read_csv_rows("words.csv", WordRow, directory)],
    )


def _check_ids(rows, field: str, ids: set[str], filename: str, described: str) -> None:
    """Every row's ``field``, where it has one, is one of ``ids`` (``described``)."""
    known_values(
        ((no, getattr(r, field)) for no, r in rows if getattr(r, field)),
        ids,
        filename,
        field,
        described,
    )


def _check_alias_conflicts(provinces, aliases) -> None:
    owner: dict[str, tuple[str, int]] = {}
    for no, row in provinces:
        for spelling in (row.name, row.name_vi):
            owner.setdefault(fold(spelling), (row.code, no))
    for no, row in aliases:
        key = fold(row.alias)
        code, first = owner.get(key, (row.code, no))
        if code != row.code:
            raise PatternError(
                Messages.R004.format(
                    file="province_aliases.csv",
                    line=no,
                    value=row.alias,
                    what=f"two provinces ({code} and {row.code})",
                    first=first,
                )
            )
        owner.setdefault(key, (row.code, no))


@lru_cache(maxsize=8)
def get_patterns(path: str | None = None) -> PatternSet:
    """The validated pattern set, read once per process (per ``path``)."""
    return load_patterns(path)
