"""The record an article yields: pydantic models of SPEC sections 1-5.

Output JSON and gold records share these models. Every field has a default so
that a gold record may leave fields out; ``model_fields_set`` tells the scorer
which fields an annotator actually gave.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Mention = tuple[int, int]

Region = Literal[
    "Northern Midlands and Mountains",
    "Red River Delta",
    "North Central",
    "South Central Coast",
    "Central Highlands",
    "Southeast",
    "Mekong Delta",
]
REGIONS: tuple[str, ...] = get_args(Region)
BodyKind = Literal[
    "ministry",
    "agency",
    "committee",
    "peoples_committee",
    "peoples_council",
    "party",
    "department",
    "service_centre",
    "portal",
    "assembly",
    "court",
    "international",
    "other",
]
BodyLevel = Literal["central", "provincial", "district", "commune", "international"]
MetricKind = Literal["result", "target"]
Direction = Literal["increase", "decrease"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Official(_Model):
    """A person holding a public post, with every post the article gives them."""

    name: str
    key: str = ""
    titles: list[str] = Field(default_factory=list)
    province: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Province(_Model):
    """A provincial-level unit (pre- or post-2025) mentioned in the article."""

    name: str
    name_vi: str | None = None
    code: str | None = None
    region: Region | None = None
    merged_into: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Body(_Model):
    """A named public body or public system."""

    name: str
    acronym: str | None = None
    kind: BodyKind | None = None
    level: BodyLevel | None = None
    province: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Average(_Model):
    """An average the figure is compared with; ``value`` may be unknown."""

    scope: str | None = None
    value: float | None = None
    difference: float | None = None


class Previous(_Model):
    """An earlier value the figure is compared with."""

    period: str | None = None
    value: float | None = None


class Change(_Model):
    """A stated change against an earlier period."""

    value: float
    unit: str | None = None
    direction: Direction | None = None


class Rank(_Model):
    """A rank: position among a total within a scope."""

    position: int
    total: int | None = None
    scope: str | None = None


class Metric(_Model):
    """One reported figure, with what it measures, about whom, when and against what."""

    quote: str = ""
    start: int | None = None
    end: int | None = None
    metric: str | None = None
    value: float
    unit: str
    kind: MetricKind = "result"
    approximate: bool = False
    subject: str | None = None
    period: str | None = None
    period_text: str | None = None
    target: float | None = None
    out_of: float | None = None
    average: Average | None = None
    previous: Previous | None = None
    change: Change | None = None
    rank: Rank | None = None


class ArticleRecord(_Model):
    """Everything reformnlp reads from one article (SPEC section 1)."""

    id: str = ""
    source: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    officials: list[Official] = Field(default_factory=list)
    provinces: list[Province] = Field(default_factory=list)
    bodies: list[Body] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)


class GoldRecord(ArticleRecord):
    """An annotated sample: an ArticleRecord plus the text it was read from."""

    text: str
