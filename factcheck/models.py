"""Typed models of the three file kinds: sources, entities and claims.

Every model is a frozen pydantic v2 model with ``extra="forbid"``: an unknown
key is a schema finding, never silently dropped. The models describe *shape*;
cross-file facts (does a seed id exist? is a quote in its seed?) are checked by
rules, which report with file, line and column.

The YAML layouts are documented in ``docs/formats.md``; ``factcheck schema``
prints the JSON Schema generated from these classes.

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

__all__ = [
    "ID_PATTERN",
    "Claim",
    "ClaimFile",
    "DateFact",
    "DatePrecision",
    "Entity",
    "EntityFact",
    "EntityFile",
    "EntityKind",
    "KindDetail",
    "Fact",
    "FurnitureKind",
    "FurnitureSpan",
    "NumberFact",
    "Origin",
    "Qualifier",
    "Quote",
    "Role",
    "Source",
    "SourcesFile",
    "Stance",
    "Verdict",
]

#: Claim, entity and fact-property ids: lowercase ASCII words joined by hyphens.
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
#: Seed ids are file stems, e.g. ``000_081174c5714dbfd1``.
SEED_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"

Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=200)]
SeedId = Annotated[str, Field(pattern=SEED_ID_PATTERN, min_length=1, max_length=200)]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]

#: The shape of a date at each precision: ASCII digits only, nothing before or after
#: (``\d`` would take Arabic-Indic digits, ``$`` a trailing newline).
_DATE_SHAPES = {
    "day": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    "month": re.compile(r"[0-9]{4}-[0-9]{2}"),
    "year": re.compile(r"[0-9]{4}"),
}


def _calendar_date(value: str) -> date:
    """The calendar date of an ISO ``YYYY[-MM[-DD]]`` already known to have that shape."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _iso_date(value: object) -> object:
    """A date field's value: a ``date``, or text written exactly ``YYYY-MM-DD``.

    Stricter than pydantic's own date parsing, which also takes Unix timestamps
    (``0`` is 1970-01-01) and datetimes at midnight: a fact base writes dates one way.
    """
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _DATE_SHAPES["day"].fullmatch(value):
        raise ValueError('expected a date written "YYYY-MM-DD" in ASCII digits')
    try:
        return _calendar_date(value)
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {exc}") from None


#: A finite number: ``.nan``/``nan``, ``inf`` and ``1e400`` (which overflows to inf) are not
#: quantities a source gives; a fact carrying one would only produce "at least nan troops".
Number = Annotated[float, Field(allow_inf_nan=False)]

#: A date written ``"YYYY-MM-DD"`` (the JSON Schema says ``format: date``).
IsoDate = Annotated[date, BeforeValidator(_iso_date)]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: the file and the 1-based line/column of its node.

    A plain slotted dataclass, not a model: one exists per record (100,000s of them).
    """

    file: str
    line: int
    column: int


class _Model(BaseModel):
    # defer_build: a model's validator is built when it first validates, not at import. A
    # check validates Claim, Entity, Source and ClaimFile (their parts are built inside
    # them); one answered from the cache validates nothing. Same validation, same errors.
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False, defer_build=True)


class _Located(_Model):
    """A record that remembers where in which file it was written.

    Where it was read is not a field (it is not part of the record) nor a pydantic
    private attribute: pydantic initialises those in Python for every instance, a
    measurable cost at 100,000s of records. The loader stores it in the instance's
    private-attribute dict (``__pydantic_private__``, which pydantic copies, pickles and
    compares like private attributes); records built in code have none.
    """

    @property
    def origin(self) -> Origin | None:
        private = self.__pydantic_private__
        return None if private is None else private.get("_origin")

    def _set_location(self, origin: Origin, locator: object) -> None:
        """Record where this record was read (the loader's job)."""
        object.__setattr__(self, "__pydantic_private__", {"_origin": origin, "_locator": locator})

    def locate(self, *path: str | int) -> tuple[int, int] | None:
        """1-based (line, column) of the YAML node at ``path`` below this record.

        ``claim.locate("quotes", 0, "text")`` points at the quote text. Falls back
        to the nearest ancestor that exists, and to the record itself.
        """
        private = self.__pydantic_private__
        loc = None if private is None else private.get("_locator")
        if loc is None:
            origin = self.origin
            return None if origin is None else (origin.line, origin.column)
        return loc(path)  # type: ignore[operator]


# --------------------------------------------------------------------------- sources


class FurnitureKind(str, Enum):
    """Kinds of page furniture: text on the page that is not the article body."""

    headline_duplicate = "headline-duplicate"
    byline = "byline"
    photo_caption = "photo-caption"
    related_headline = "related-headline"
    tags = "tags"
    comments = "comments"
    advertisement = "advertisement"
    copyright = "copyright"
    disclaimer = "disclaimer"
    video = "video"
    separator = "separator"
    other = "other"


class FurnitureSpan(_Model):
    """Lines ``[start, end]`` (1-based, inclusive) that are page furniture.

    With ``text``, only that exact substring of those lines is furniture (for an
    inline "(Related: …)" link inside a body paragraph).
    """

    lines: tuple[int, int]
    kind: FurnitureKind
    text: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "FurnitureSpan":
        start, end = self.lines
        if start < 1 or end < start:
            raise ValueError(f"line range {start}-{end} must be 1-based and ascending")
        return self


class Source(_Located):
    """One seed article and what its own text says about it.

    ``published``, ``outlet``, ``byline`` and ``dateline`` are ``null`` unless the
    text itself gives them: never guessed.
    """

    id: SeedId
    file: str
    headline: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: IsoDate | None = None
    published_as: str | None = Field(
        default=None, description="The publication date as the text writes it, e.g. '08/18/2025'."
    )
    dateline: str | None = None
    agencies: tuple[str, ...] = ()
    url: str | None = None
    furniture: tuple[FurnitureSpan, ...] = ()
    note: str | None = None


class SourcesFile(_Model):
    """``seeds/sources.yaml``."""

    sources: tuple[Source, ...]


# --------------------------------------------------------------------------- entities


class EntityKind(str, Enum):
    person = "person"
    organisation = "organisation"
    place = "place"
    event = "event"
    agreement = "agreement"
    operation = "operation"
    group = "group"


class KindDetail(str, Enum):
    """The finer kind of an entity, for quiz options of the same kind (optional).

    A city is not an option for a country, nor a news agency for an armed force.
    """

    country = "country"
    city = "city"
    capital = "capital"  # a capital city, also used for its government ("talks with Damascus")
    region = "region"  # governorate, province, region
    armed_group = "armed-group"  # militia, rebel or jihadist group, non-state force
    military = "military"  # a state's armed forces
    government = "government"  # a state's government or administration
    government_body = "government-body"  # ministry, agency
    news_organisation = "news-organisation"
    alliance = "alliance"  # of states (NATO)
    community = "community"  # ethnic, religious or tribal group


class Role(_Model):
    """A role an entity held, with dates only where a seed gives them."""

    title: Text
    of: Id | None = Field(default=None, description="Entity id of the organisation or country.")
    start: IsoDate | None = None
    end: IsoDate | None = None
    as_of: IsoDate | None = Field(default=None, description="A date on which a seed attests the role.")
    seeds: tuple[SeedId, ...] = ()


class Entity(_Located):
    """A person, organisation, place, event, agreement or operation.

    * ``name`` is the house spelling, the one statements must use.
    * ``variants`` are accepted spellings seen in sources (transliterations).
    * ``aliases`` are different names for the same entity (a nom de guerre).
    * ``misspellings`` are wrong spellings a source has used.
    """

    id: Id
    kind: EntityKind
    name: Text
    variants: tuple[Text, ...] = ()
    aliases: tuple[Text, ...] = ()
    misspellings: tuple[Text, ...] = ()
    short: tuple[Text, ...] = Field(
        default=(),
        description="Short forms that refer to the entity in running text ('al-Shaibani', 'SDF').",
    )
    roles: tuple[Role, ...] = ()
    seeds: tuple[SeedId, ...] = ()
    note: str | None = None
    kind_detail: tuple[KindDetail, ...] = Field(
        default=(),
        description="Finer kinds (country, city, armed-group …); quiz distractors share one with the answer.",
    )
    takes_the: bool | None = Field(
        default=None,
        description="Whether running text puts 'the' before the name (the Syrian Democratic Forces: "
                    "true; Hayat Tahrir al-Sham, NATO: false).",
    )
    within: Id | None = Field(default=None, description="For a place: the entity id of the country it is in.")


class EntityFile(_Model):
    """``claims/entities.yaml``."""

    entities: tuple[Entity, ...]


# --------------------------------------------------------------------------- claims


class Verdict(str, Enum):
    supported = "supported"
    refuted = "refuted"
    disputed = "disputed"
    outdated = "outdated"
    unverified = "unverified"


class DatePrecision(str, Enum):
    day = "day"
    month = "month"
    year = "year"


class Qualifier(str, Enum):
    """How a number is bounded. ``between`` uses ``low``/``high``; the rest ``value``."""

    exact = "exact"
    about = "about"
    more_than = "more-than"
    at_least = "at-least"
    less_than = "less-than"
    up_to = "up-to"
    between = "between"
    order_of = "order-of"  # "hundreds of billions": [value, 10 × value)


class Stance(str, Enum):
    supports = "supports"
    contradicts = "contradicts"


class _FactBase(_Model):
    subject: Id | None = Field(default=None, description="Entity id the fact is about.")
    property: Id | None = Field(default=None, description="What about the subject, e.g. 'signed-on'.")


class DateFact(_FactBase):
    """A date with its precision: ``2025-08-13`` (day), ``2025-08`` (month), ``2025`` (year)."""

    type: Literal["date"]
    value: str
    precision: DatePrecision

    @model_validator(mode="after")
    def _shape(self) -> "DateFact":
        if not _DATE_SHAPES[self.precision.value].fullmatch(self.value):
            raise ValueError(
                f"date {self.value!r} does not have the shape of precision {self.precision.value!r}"
                " (ASCII digits: YYYY-MM-DD, YYYY-MM or YYYY)"
            )
        try:
            _calendar_date(self.value)
        except ValueError as exc:
            raise ValueError(f"date {self.value!r} is not a calendar date: {exc}") from None
        return self


class NumberFact(_FactBase):
    """A quantity: ``value`` (or ``low``/``high`` with ``between``), qualifier, unit, scale."""

    type: Literal["number"]
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    qualifier: Qualifier = Qualifier.exact
    unit: Annotated[str, Field(min_length=1, max_length=100)]
    scale: Literal["thousand", "million", "billion"] | None = None

    @model_validator(mode="after")
    def _bounds(self) -> "NumberFact":
        if self.qualifier is Qualifier.between:
            if self.low is None or self.high is None or self.value is not None:
                raise ValueError("qualifier 'between' takes 'low' and 'high', not 'value'")
            if self.low > self.high:
                raise ValueError(f"low {self.low:g} is greater than high {self.high:g}")
        elif self.value is None or self.low is not None or self.high is not None:
            raise ValueError(f"qualifier {self.qualifier.value!r} takes 'value', not 'low'/'high'")
        return self


class EntityFact(_FactBase):
    """A reference to a registered entity, optionally as the value of ``subject``'s ``property``."""

    type: Literal["entity"]
    entity: Id
    role: str | None = None


Fact = Annotated[Union[DateFact, NumberFact, EntityFact], Field(discriminator="type")]


class Quote(_Model):
    """A passage copied verbatim from a seed.

    ``expresses`` maps a fact's ``property`` to the words the source used for it,
    e.g. ``{signed-on: "on Wednesday"}``; the words must occur in ``text``.
    """

    seed: SeedId
    text: Text
    stance: Stance = Stance.supports
    expresses: dict[Id, Text] = Field(default_factory=dict)


class Claim(_Located):
    """One checkable statement in house style, with its evidence."""

    id: Id
    statement: Text
    verdict: Verdict
    rationale: str | None = Field(default=None, description="Required unless the verdict is 'supported'.")
    topic: Id | None = None
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    superseded_by: Id | None = Field(default=None, description="For 'outdated': the claim that replaces it.")
    related: tuple[Id, ...] = ()
    suppress: dict[Annotated[str, Field(pattern=r"^FC\d{3}$")], Text] = Field(
        default_factory=dict, description="Rule code -> the reason the finding is accepted."
    )
    note: str | None = None


class ClaimFile(_Model):
    """A ``claims/*.yaml`` file: an optional topic and a list of claims."""

    topic: Id | None = None
    description: str | None = None
    claims: tuple[Claim, ...]
