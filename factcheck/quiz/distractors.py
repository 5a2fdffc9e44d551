"""Distractors: plausible wrong answers of the same kind as the right one.

Each answer is a typed value (a date with precision, a number with unit and qualifier, an
entity). Distractors are drawn first from the fact base itself (other claims' dates of
the same precision and season, numbers of the same unit and magnitude, entities of the
same kind and role), then from controlled mutations (a day or a week off, a neighbouring
round figure, a vowel changed in a name). A candidate is dropped when

* it equals the answer or another option after normalisation (:func:`option_key`: the
  normalisers' date, number and name keys, then folded text), or
* some checked claim gives it as the value of the same ``subject``/``property``
  (it would be a second right answer).

The mutations are hand-written because they encode house choices no library makes
(which shifts are plausible for a trainee); the comparison is the normalisers' job.
Randomness comes only from the ``random.Random`` passed in.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from datetime import MAXYEAR, MINYEAR, date, timedelta
from itertools import chain
from operator import attrgetter
from typing import Iterable, Iterator, Sequence

from ..facts import Interval, date_span, interval, scale_factor, span_of
from ..facts import number_interval as fact_interval
from ..models import Claim, DateFact, Entity, EntityFact, EntityKind, KindDetail, NumberFact, Qualifier, Verdict
from ..normalize import dates as _dates
from ..normalize import names as _names
from ..normalize import numbers as _numbers
from ..normalize import text as _text

__all__ = [
    "Pools",
    "answer_key",
    "date_interval",
    "fits",
    "number_interval",
    "overlaps",
    "date_distractors",
    "distinct",
    "entity_distractors",
    "format_date_fact",
    "format_number_fact",
    "number_distractors",
    "option_key",
    "spelling_distractors",
]

_SEASON_DAYS = 61  # "a date within the same season": at most about two months away
_VOWELS = "aeiou"


# --------------------------------------------------------------------------- keys


def answer_key(text: str) -> str:
    """Marking key of a free-text answer: typography, diacritics, case and spaces folded,
    punctuation dropped ("Aug. 13" and "aug 13" have the same key)."""
    folded = _text.fold(text, typography=True, diacritics=True, case=True, whitespace=True).text
    kept = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in folded)
    return " ".join(kept.split())


def option_key(text: str, kind: str = "text", *, diacritics: bool = True,
               reference: date | None = None) -> tuple:
    """The comparison key of an option: two options with the same key are the same answer.

    ``kind`` is ``date``, ``number``, ``entity`` or ``text``; a date or number that the
    normalisers can parse compares by value, anything else by folded text.
    ``diacritics=False`` keeps "Güler" apart from "Guler" (for spelling items);
    ``reference`` dates a yearless "Aug. 13" (the answer's date, so that it equals
    "13 August 2025").
    """
    if kind == "date":
        result = _dates.parse_date(text, reference)
        if result.ok:
            return ("date", result.start, result.end)
    elif kind == "number":
        result = _numbers.parse_number(text)
        if result.ok:
            return ("number", result.value, result.low, result.high, result.qualifier)
    elif kind == "entity" and diacritics:
        return ("name", _names.name_key(text))
    folded = _text.fold(text, typography=True, diacritics=diacritics, case=True, whitespace=True).text
    return ("text", folded.strip())


def distinct(candidates: Iterable[str], kind: str, taken: Sequence[str] = (), *,
             diacritics: bool = True, reference: date | None = None,
             limit: int | None = None) -> list[str]:
    """``candidates`` without any that equals an item of ``taken`` or an earlier candidate
    (the first ``limit`` of them: the rest are not even normalised)."""
    seen = {option_key(t, kind, diacritics=diacritics, reference=reference) for t in taken}
    out: list[str] = []
    for c in candidates:
        if limit is not None and len(out) >= limit:
            break
        key = option_key(c, kind, diacritics=diacritics, reference=reference)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# --------------------------------------------------------------------------- formatting


def _date_of(fact: DateFact) -> date:
    """The first day a date fact covers (its date, or the first of its month or year)."""
    return date_span(fact)[0]


def format_date_fact(value: date, precision: str, style: str = "house") -> str:
    return _dates.format_date(value, precision, style=style)


def format_number_fact(fact: NumberFact) -> str:
    """The number in house style with its qualifier and unit ("more than 20,000 troops")."""
    return _numbers.format_number(fact.value, fact.qualifier.value, fact.unit, fact.scale,
                                  low=fact.low, high=fact.high)


# --------------------------------------------------------------------------- intervals

def number_interval(qualifier: Qualifier | str, value: float | None, low: float | None = None,
                    high: float | None = None, scale: str | None = None) -> Interval:
    """What a qualified number stands for, in absolute units (:func:`factcheck.facts.interval`:
    "more than 20,000" is (20,000, ∞), "about 350" is [315, 385]), as a reader takes it
    (:func:`_as_read`)."""
    return _as_read(qualifier, value, scale,
                    interval(qualifier, value, low=low, high=high, multiplier=scale_factor(scale)))


def _as_read(qualifier: Qualifier | str | None, value: float | None, scale: str | None,
             iv: Interval) -> Interval:
    """``iv`` as a reader takes the words: a bare plural scale ("billions of dollars": on the
    order of one billion to the normalisers) is true of any number of billions up to the
    next scale word, hundreds of billions included; it is no wrong option beside "hundreds
    of billions of dollars" (while "millions of dollars" is)."""
    q = qualifier.value if isinstance(qualifier, Qualifier) else qualifier
    if q == Qualifier.order_of.value and value == 1.0 and scale and iv.low is not None:
        return Interval(iv.low, iv.low * 1000, iv.low_inclusive, False)
    return iv


def read_interval(result: _numbers.NumberResult) -> Interval:
    """The interval of a parsed number as a reader takes it (:func:`_as_read`)."""
    return _as_read(result.qualifier, result.value, result.scale, result.interval)


def _fact_read(fact: NumberFact) -> Interval:
    return _as_read(fact.qualifier, fact.value, fact.scale, fact_interval(fact))


#: The first and last day a date of a precision covers (:func:`factcheck.facts.span_of`).
date_interval = span_of


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some quantity lies in both intervals (so both statements can be true)."""
    return a.overlaps(b)


def number_compatible(pools: "Pools", fact: NumberFact, candidate: Interval) -> bool:
    """True when ``candidate`` could also be true: it overlaps the key, or a value a
    supported claim gives for the same subject and property (in the same unit)."""
    if _fact_read(fact).overlaps(candidate):
        return True
    if fact.subject and fact.property:
        for other in pools.values.get((fact.subject, fact.property), ()):
            if isinstance(other, NumberFact) and other.unit == fact.unit and _fact_read(other).overlaps(candidate):
                return True
    return False


def date_compatible(pools: "Pools", fact: DateFact, start: date, end: date) -> bool:
    """True when the days ``start``–``end`` meet the key's days, or those of a date a supported
    claim gives for the same subject and property, at any precision."""
    a, b = date_interval(_date_of(fact), fact.precision.value)
    if not (end < a or start > b):
        return True
    if fact.subject and fact.property:
        for other in pools.values.get((fact.subject, fact.property), ()):
            if isinstance(other, DateFact):
                a, b = date_interval(_date_of(other), other.precision.value)
                if not (end < a or start > b):
                    return True
    return False


# --------------------------------------------------------------------------- kinds

_LOCAL = frozenset({KindDetail.city, KindDetail.region})
#: kinds whose names are descriptions ("ousting of Bashar al-Assad", "joint press conference of
#: the Turkish and Syrian foreign ministers"): not swapped for each other without a fine kind
_DESCRIBED = frozenset({EntityKind.event, EntityKind.agreement})


def fits(answer: Entity, candidate: Entity) -> bool:
    """True when ``candidate`` is an option of the same fine kind as ``answer``.

    Same coarse kind; when either has ``kind_detail``, a detail in common (a city for a
    city, an armed group for an armed group); the same use of "the" (the United States,
    Hayat Tahrir al-Sham); for cities and regions the same country (``within``); for a
    person whose roles are "of" something (Defence Minister of Turkey), a role of the same,
    and a person with a role only for a person with one (the long-dead Hafez al-Assad, known
    only as a father, is no option where a minister or a president is asked).
    Entities without detail compare by coarse kind only (and places by the state/local
    split of :func:`_kind`), except events and agreements, which need a detail: their
    names are descriptions that do not fit each other's sentences. A capital stands only
    for a capital (it often means the government).
    """
    if answer.kind is not candidate.kind:
        return False
    if answer.kind in _DESCRIBED and not answer.kind_detail:
        return False  # "the Sweida crisis" / "a joint press conference of …": no common grammar
    if (KindDetail.capital in answer.kind_detail) != (KindDetail.capital in candidate.kind_detail):
        return False  # "an agreement with Damascus" means the government, not the city
    if answer.kind_detail or candidate.kind_detail:
        shared = set(answer.kind_detail) & set(candidate.kind_detail)
        if not shared:
            return False
        if shared <= _LOCAL | {KindDetail.capital} and (answer.within is None or answer.within != candidate.within):
            return False
    if answer.takes_the != candidate.takes_the:
        return False
    if answer.kind is EntityKind.person and bool(answer.roles) != bool(candidate.roles):
        return False  # a person the register knows in no role (Hafez al-Assad) is no option for an office-holder
    affiliations = {r.of for r in answer.roles if r.of}
    if affiliations and not affiliations & {r.of for r in candidate.roles if r.of}:
        return False  # a Syrian minister is not an option for Turkey's defence minister
    return True


# --------------------------------------------------------------------------- pools


def _fact_value_key(fact: DateFact | NumberFact | EntityFact) -> tuple:
    if isinstance(fact, DateFact):
        return ("date", fact.value, fact.precision.value)
    if isinstance(fact, NumberFact):
        return ("number", fact.value, fact.low, fact.high, fact.unit, fact.scale)
    return ("entity", fact.entity)


def _kind(entity: Entity, states: set[str]) -> str:
    """The entity's kind, with places split into states and the rest.

    A place that some role is "of" (Defence Minister *of Syria*) is a state; a city is
    not a plausible stand-in for a country, so the two are not each other's distractors.
    """
    if entity.kind is EntityKind.place:
        return "place:state" if entity.id in states else "place:local"
    return entity.kind.value


class Pools:
    """Values the fact base offers as distractors, from the checked claims.

    One pass over the claims' facts at construction (the dates, numbers and property
    values, and what each subject/property is stated to be); every other index (entities
    by kind and role, dates in calendar order) is built on first use, so a quiz pays only
    for the kinds of distractor its items ask for.
    """

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.entities = entities
        self.dates: dict[str, list[DateFact]] = {}      # precision -> facts, first seen first
        self.numbers: dict[str, list[NumberFact]] = {}  # unit -> facts, first seen first
        #: fact property -> entity ids given for it (a dict used as an ordered set)
        self.by_property: dict[str, dict[str, None]] = {}
        #: (subject, property, *value key) of every value a supported claim states (the right answers)
        self.stated: set[tuple] = set()
        #: the claims whose verdict is not ``supported`` (noted in the same pass), by id
        self.not_supported: list[Claim] = []
        #: (subject, property) -> the date and number facts supported claims give for it
        self.values: dict[tuple[str, str], list[DateFact | NumberFact]] = {}
        #: (subject, entity) of every entity fact with a subject, in claims not refuted:
        #: the entity is linked to that subject somehow (a distractor there may be true)
        self.links: set[tuple[str, str]] = set()
        self._kinds: _Kinds | None = None
        self._calendars: dict[str, _Calendar] = {}
        #: candidate options dropped before any item was made, by the self-check rule they
        #: would fail (QZ101 option-kind, QZ102 option-interval, QZ105 variant-supported)
        self.dropped: dict[str, int] = {}
        #: the latest publication date of a source (set by the generator): a date option after
        #: it cannot be what a source reported, so it would give itself away
        self.today: date | None = None

    def drop(self, code: str) -> bool:
        """Count a candidate option dropped for ``code``; returns False (for filters)."""
        self.dropped[code] = self.dropped.get(code, 0) + 1
        return False

    @classmethod
    def build(cls, claims: Sequence[Claim], entities: Sequence[Entity] | dict[str, Entity], *,
              ordered: bool = False) -> Pools:
        """Pools of ``claims`` (sorted by id unless ``ordered`` says they are) and ``entities``
        (a sequence, or a dict by id in id order)."""
        pools = cls(entities if isinstance(entities, dict) else {e.id: e for e in sorted(entities, key=_by_id)})
        seen: set[tuple] = set()
        stated = pools.stated.add
        by_property = pools.by_property
        dates, numbers = pools.dates, pools.numbers
        supported = Verdict.supported
        not_supported = pools.not_supported
        values = pools.values
        link = pools.links.add
        refuted = Verdict.refuted
        for claim in (claims if ordered else sorted(claims, key=_by_id)):
            is_supported = claim.verdict is supported
            if not is_supported:
                not_supported.append(claim)
            for fact in claim.facts:
                # the value keys of _fact_value_key, inlined: this loop sees every fact
                if isinstance(fact, EntityFact):
                    if fact.subject and claim.verdict is not refuted:
                        link((fact.subject, fact.entity))
                    prop = fact.property
                    if prop:
                        entity = fact.entity
                        if is_supported:
                            subject = fact.subject
                            if subject:
                                stated((subject, prop, "entity", entity))
                        ids = by_property.get(prop)
                        if ids is None:
                            ids = by_property[prop] = {}
                        ids[entity] = None
                    continue
                if isinstance(fact, DateFact):
                    key: tuple = ("date", fact.value, fact.precision._value_)
                else:
                    key = ("number", fact.value, fact.low, fact.high, fact.unit, fact.scale)
                if is_supported:
                    subject, prop = fact.subject, fact.property
                    if subject and prop:
                        stated((subject, prop, *key))
                        found = values.get((subject, prop))
                        if found is None:
                            values[(subject, prop)] = [fact]
                        else:
                            found.append(fact)
                if key in seen:
                    continue
                seen.add(key)
                if key[0] == "date":
                    dates.setdefault(key[2], []).append(fact)
                else:
                    numbers.setdefault(fact.unit, []).append(fact)
        return pools

    @property
    def by_kind(self) -> dict[str, list[str]]:
        """Entity kind (:func:`_kind`) -> entity ids in id order."""
        return self._entity_kinds().by_kind

    @property
    def by_role(self) -> dict[str, list[str]]:
        """Role title (lowercase) -> ids of the entities that hold it, in id order."""
        return self._entity_kinds().by_role

    def _entity_kinds(self) -> _Kinds:
        if self._kinds is None:
            self._kinds = _Kinds(self.entities)
        return self._kinds

    def kind_of(self, entity: Entity) -> str:
        kinds = self._entity_kinds()
        if self.entities.get(entity.id) is entity:
            return kinds.kind[entity.id]
        return _kind(entity, kinds.states)

    def calendar(self, precision: str) -> _Calendar:
        """The pool's dates of ``precision`` in calendar order (built on first use)."""
        found = self._calendars.get(precision)
        if found is None:
            found = self._calendars[precision] = _Calendar(self.dates.get(precision, []))
        return found

    def is_stated(self, fact: DateFact | NumberFact | EntityFact, candidate: tuple) -> bool:
        """True when a checked claim gives ``candidate`` for the fact's subject/property."""
        if not (fact.subject and fact.property):
            return False
        return (fact.subject, fact.property, *candidate) in self.stated


_by_id = attrgetter("id")


class _Kinds:
    """Entities by kind and by role title, and where each sits in its kind's list."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.states = {role.of for e in entities.values() for role in e.roles if role.of}
        self.by_kind: dict[str, list[str]] = {}
        self.by_role: dict[str, list[str]] = {}
        roles: dict[str, dict[str, None]] = {}
        for entity in entities.values():
            self.by_kind.setdefault(_kind(entity, self.states), []).append(entity.id)
            for role in entity.roles:
                roles.setdefault(role.title.lower(), {})[entity.id] = None
        self.by_role = {title: list(ids) for title, ids in roles.items()}
        #: what a role is "of" (a country, a group) -> ids of the entities with such a role
        of: dict[str, dict[str, None]] = {}
        for entity in entities.values():
            for role in entity.roles:
                if role.of:
                    of.setdefault(role.of, {})[entity.id] = None
        self.by_of = {key: list(ids) for key, ids in of.items()}
        #: entity id -> its kind, and its index in ``by_kind[its kind]``
        self.kind = {i: kind for kind, ids in self.by_kind.items() for i in ids}
        self.position = {i: n for ids in self.by_kind.values() for n, i in enumerate(ids)}


class _Calendar:
    """A precision's pool dates, with their order by day for window queries."""

    def __init__(self, facts: Sequence[DateFact]) -> None:
        self.days = [_date_of(f) for f in facts]                       # pool order
        order = sorted(range(len(self.days)), key=self.days.__getitem__)
        self.sorted_ordinals = [self.days[i].toordinal() for i in order]
        self.sorted_positions = order

    def within(self, answer: date, days: int) -> list[date]:
        """Pool dates at most ``days`` from ``answer`` and not equal to it, in pool order."""
        day = answer.toordinal()
        lo = bisect_left(self.sorted_ordinals, day - days)
        hi = bisect_right(self.sorted_ordinals, day + days)
        return [d for d in (self.days[i] for i in sorted(self.sorted_positions[lo:hi])) if d != answer]


# --------------------------------------------------------------------------- dates


def date_distractors(fact: DateFact, pools: Pools, rng: random.Random, n: int = 3) -> list[str]:
    """Up to ``n`` dates of the same precision, within the same season, none equal to ``fact``."""
    precision = fact.precision.value
    answer = _date_of(fact)
    right = format_date_fact(answer, precision)
    from_base = pools.calendar(precision).within(answer, _SEASON_DAYS)
    rng.shuffle(from_base)
    mutations: list[date] = []
    # shifts that leave the calendar (before year 1, after 9999) are not candidates
    if precision == "day":
        offsets = [1, -1, 2, -2, 7, -7, 3, -3, 14, -14]
        rng.shuffle(offsets)
        mutations = [answer + timedelta(days=k) for k in offsets
                     if date.min.toordinal() <= answer.toordinal() + k <= date.max.toordinal()]
    elif precision == "month":
        for k in (1, -1, 2, -2, 3, -3):
            m = answer.month - 1 + k
            if MINYEAR <= answer.year + m // 12 <= MAXYEAR:
                mutations.append(date(answer.year + m // 12, m % 12 + 1, 1))
        rng.shuffle(mutations)
    else:
        mutations = [date(answer.year + k, 1, 1) for k in (1, -1, 2, -2) if MINYEAR <= answer.year + k <= MAXYEAR]
        rng.shuffle(mutations)
    # lazily: ``distinct`` stops after ``n`` (the key is _fact_value_key of the candidate DateFact)
    latest = pools.today if pools.today is not None and answer <= pools.today else None
    out = (format_date_fact(d, precision) for d in (*from_base, *mutations)
           if (latest is None or date_interval(d, precision)[0] <= latest)
           and (not date_compatible(pools, fact, *date_interval(d, precision)) or pools.drop("QZ102")))
    return distinct(out, "date", [right], reference=answer, limit=n)


def _iso(d: date, precision: str) -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[precision]


# --------------------------------------------------------------------------- numbers


def _shifted(v: float, rng: random.Random) -> list[float]:
    """Round neighbours of ``v`` with the same number of digits (same magnitude)."""
    if abs(v) < 20:
        step = 1.0 if v == int(v) else 0.5
    else:
        unit = 10 ** (len(str(int(abs(v)))) - 1)
        step = float(unit if v % unit == 0 else max(1, unit // 2))
    factors = [1, -1, 2, -2, 3, -3]
    rng.shuffle(factors)
    digits = len(str(int(abs(v))))
    return [v + k * step for k in factors
            if v + k * step > 0 and len(str(int(v + k * step))) == digits]


#: units whose writers use a few round spans ("in 24 hours", "within 72 hours"): distractors
#: come from these, not from round neighbours ("53 hours" reads as made up); all in figures,
#: as house style writes them from 10 up ("six hours" beside "48 hours" would stand out)
_NATURAL: dict[str, tuple[float, ...]] = {
    "hours": (12.0, 24.0, 36.0, 48.0, 72.0, 96.0),
    "hour": (12.0, 24.0, 36.0, 48.0, 72.0, 96.0),
}


def number_distractors(fact: NumberFact, pools: Pools, rng: random.Random, n: int = 3) -> list[str]:
    """Up to ``n`` numbers with the same unit, qualifier, scale and order of magnitude."""
    right = format_number_fact(fact)
    between = fact.qualifier is Qualifier.between
    base = fact.low if between else fact.value
    assert base is not None
    # candidates as (value, low, high): the fact with these swapped in (a model copy per
    # candidate cost more than the rest of the item), formatted only as far as needed
    out: list[tuple[float | None, float | None, float | None]] = []
    for other in pools.numbers.get(fact.unit, []):
        if other.scale != fact.scale or (other.qualifier is Qualifier.between) != between:
            continue
        v = other.low if between else other.value
        if v is None or (base and not abs(base) / 10 <= abs(v) <= abs(base) * 10):
            continue
        out.append((other.value, other.low, other.high))
    rng.shuffle(out)
    if between:
        assert fact.low is not None and fact.high is not None
        width = (fact.high - fact.low) or 1
        for k in rng.sample([1, -1, 2, -2, 3, -3], 6):
            if fact.low + k * width >= 0:
                out.append((fact.value, fact.low + k * width, fact.high + k * width))
    elif fact.qualifier is Qualifier.order_of:  # "hundreds of billions": tens of billions, billions …
        return _order_of_distractors(fact, pools, rng, n)
    elif fact.unit in _NATURAL:  # "24 hours", "72 hours", not "53 hours" beside "48 hours"
        spans = [v for v in _NATURAL[fact.unit] if v != base and abs(base) / 10 <= v <= abs(base) * 10]
        rng.shuffle(spans)
        out += [(v, fact.low, fact.high) for v in spans]
    else:
        out += [(v, fact.low, fact.high) for v in _shifted(base, rng)]
    qualifier, unit, scale = fact.qualifier.value, fact.unit, fact.scale
    # a distractor must be false wherever the key is true: its interval meets neither the
    # key's nor any stated value's ("more than 10,000" is true when "more than 20,000" is)
    if unit == "percent":  # no share above the whole
        out = [(v, lo, hi) for v, lo, hi in out if max(x for x in (v, lo, hi) if x is not None) <= 100]
    texts = (_numbers.format_number(value, qualifier, unit, scale, low=low, high=high)
             for value, low, high in out
             if not number_compatible(pools, fact, number_interval(qualifier, value, low, high, scale))
             or pools.drop("QZ102"))
    return distinct(texts, "number", [right], limit=n)


def _order_of_distractors(fact: NumberFact, pools: Pools, rng: random.Random, n: int) -> list[str]:
    """Orders of magnitude in words, nearest first: "tens of billions", "billions", "hundreds
    of millions" for "hundreds of billions" (never "on the order of $1,000 billion", which
    no writer would put beside them)."""
    ladder = [(v, sc) for sc in ("thousand", "million", "billion") for v in (1.0, 10.0, 100.0)]
    here = (fact.value or 0) * scale_factor(fact.scale)
    cands = sorted((abs(_log10(v * scale_factor(sc)) - _log10(here)), v, sc) for v, sc in ladder
                   if here > 0 and (v, sc) != (fact.value, fact.scale))
    near = [(v, sc) for _, v, sc in cands[: n + 2]]
    rng.shuffle(near)
    texts = (_numbers.format_number(v, "order-of", fact.unit, sc) for v, sc in near
             if not number_compatible(pools, fact, number_interval("order-of", v, None, None, sc))
             or pools.drop("QZ102"))
    return distinct(texts, "number", [format_number_fact(fact)], limit=n)


def _log10(x: float) -> float:
    import math

    return math.log10(x) if x > 0 else 0.0


# --------------------------------------------------------------------------- entities


def entity_distractors(fact: EntityFact, pools: Pools, rng: random.Random, n: int = 3,
                       exclude: Iterable[str] = ()) -> list[str]:
    """Up to ``n`` house names of other entities of the same kind, same role first."""
    entity = pools.entities.get(fact.entity)
    if entity is None:
        return []
    excluded = set(exclude) | {entity.id}
    same_role: list[str] = []
    for role in entity.roles:
        same_role.extend(i for i in pools.by_role.get(role.title.lower(), []) if i not in excluded)
    if fact.role:
        same_role.extend(i for i in pools.by_role.get(fact.role.lower(), []) if i not in excluded)
    kinds = pools._entity_kinds()
    kind = pools.kind_of(entity)
    if fact.property:  # values other claims give for the same property ("member-of": NATO, EU …)
        kind_by_id = kinds.kind
        for i in pools.by_property.get(fact.property, ()):
            if i not in excluded and (kind_by_id[i] if i in kind_by_id else pools.kind_of(pools.entities[i])) == kind:
                same_role.append(i)
    same_role = _random_first(sorted(set(same_role)), rng)
    # the entities of the same kind minus the excluded and same-role ones, without
    # copying the kind's list (thousands of ids): ``_random_first`` of it, lazily
    affiliations = sorted({r.of for r in entity.roles if r.of})
    if affiliations:  # only people with a role of the same country or group fit (see fits)
        seen = set(excluded).union(same_role)
        same_kind: Iterable[str] = _random_first(
            sorted({i for a in affiliations for i in kinds.by_of.get(a, ()) if i not in seen}), rng)
    else:
        of_kind = kinds.by_kind.get(kind, [])
        at, kind_by_id = kinds.position, kinds.kind  # id -> index in its kind's list, and its kind
        removed = sorted({at[i] for i in chain(excluded, same_role) if kind_by_id.get(i) == kind})
        same_kind = _random_first_without(of_kind, removed, rng)
    subject = fact.subject
    names = (pools.entities[i].name for i in chain(same_role, same_kind)
             if not pools.is_stated(fact, ("entity", i))
             and (not (subject and ((subject, i) in pools.links or (i, entity.id) in pools.links))
                  or pools.drop("QZ105"))
             and (fits(entity, pools.entities[i]) or pools.drop("QZ101")))
    taken = [entity.name, *entity.variants, *entity.aliases]
    return distinct(names, "entity", taken, limit=n)


_HEAD = 64  # how many ids ``_random_first`` draws at random before the rest in order


def _random_first(ids: list[str], rng: random.Random, head: int = _HEAD) -> list[str]:
    """``ids`` with a random sample of up to ``head`` of them first, the rest after in order.

    Only a few distractors are ever taken, so shuffling a pool of thousands for every
    item is wasted work; every id stays reachable, and the same seed gives the same order.
    """
    if len(ids) <= head:
        rng.shuffle(ids)
        return ids
    picked = sorted(rng.sample(range(len(ids)), head))
    first = [ids[i] for i in picked]
    rng.shuffle(first)
    chosen = set(picked)
    return first + [x for i, x in enumerate(ids) if i not in chosen]


def _random_first_without(ids: Sequence[str], removed: Sequence[int], rng: random.Random,
                          head: int = _HEAD) -> Iterator[str]:
    """The same ids, in the same order, with the same draws from ``rng``, as
    ``_random_first([x for i, x in enumerate(ids) if i not in removed], rng, head)``,
    without building that list: ``removed`` is a sorted list of positions in ``ids``.

    The random draws happen before this returns (as with ``_random_first``); the rest
    of the ids is produced on demand.
    """
    size = len(ids) - len(removed)
    if size <= head:
        gone = set(removed)
        return iter(_random_first([x for i, x in enumerate(ids) if i not in gone], rng, head))
    picked = [_nth_kept(i, removed) for i in sorted(rng.sample(range(size), head))]
    first = [ids[i] for i in picked]
    rng.shuffle(first)
    skip = set(picked).union(removed)
    return chain(first, (x for i, x in enumerate(ids) if i not in skip))


def _nth_kept(n: int, removed: Sequence[int]) -> int:
    """The position in the full list of the ``n``-th position not in sorted ``removed``.

    That is the least ``p`` with ``p == n + (removed positions <= p)``, reached by
    iterating from ``n`` (each step skips the removed positions it has passed).
    """
    at = n
    while True:
        nxt = n + bisect_right(removed, at)
        if nxt == at:
            return at
        at = nxt


def _vowel_mutations(word: str, rng: random.Random) -> list[str]:
    spots = [i for i, ch in enumerate(word) if ch.lower() in _VOWELS and 0 < i]
    rng.shuffle(spots)
    out = []
    for i in spots:
        for v in rng.sample(_VOWELS, len(_VOWELS)):
            if v != word[i].lower():
                out.append(word[:i] + (v.upper() if word[i].isupper() else v) + word[i + 1:])
                break
    return out


def spelling_distractors(entity: Entity, rng: random.Random, n: int = 3) -> list[tuple[str, str]]:
    """Up to ``n`` (spelling, note) pairs that are not the house spelling of ``entity``.

    Known misspellings come first; then one vowel changed in the longest word. Accepted
    variants are never offered as wrong: a source may use them ("Murhaf Abu Qasra"), so a
    trainee could not tell from the sources that they are wrong. Spellings that differ from
    the house name only in diacritics or case are not used either: a trainee cannot be
    marked wrong for "Guler" against "Güler" on a worksheet.
    """
    known = [(m, "a known misspelling") for m in entity.misspellings]
    words = entity.name.split()
    longest = max(range(len(words)), key=lambda i: (len(words[i]), -i))
    generated = [(" ".join(words[:longest] + [w] + words[longest + 1:]), "a misspelling")
                 for w in _vowel_mutations(words[longest], rng)]
    out: list[tuple[str, str]] = []
    taken = [entity.name, *entity.aliases, *entity.variants, *entity.short]
    for spelling, note in known + generated:
        if distinct([spelling], "text", taken + [s for s, _ in out]):
            out.append((spelling, note))
    return out[:n]
