"""Typed facts as what they stand for: the one home for date spans, number intervals,
scales and the plain description of a number fact.

A :class:`~factcheck.models.DateFact` of precision month or year is the *span* of days
it covers (``2025-08`` = 1–31 August 2025); a :class:`~factcheck.models.NumberFact` with
a qualifier is the *interval* of values it allows (``more-than 20,000`` = (20,000, ∞)).
Two facts are compatible when their spans or intervals overlap. The rules, lint-text,
the quiz, drafting and the numbers normaliser (whose parsed expressions are intervals
too) all read them here.

Qualifier semantics (:func:`interval`): ``exact`` n is [n, n]; ``more-than`` (n, ∞);
``at-least`` [n, ∞); ``less-than`` [0, n) for a positive n (no lower bound otherwise);
``up-to`` [0, n]; ``about`` n ± 10 %; ``between`` [low, high]; ``order-of`` [n, 10 n).

Hand-written: neither dateutil nor an interval library models the fact schema's
precisions and qualifiers, and the arithmetic is a few dozen lines. This module imports
only the models: it sits below the normalisers and everything that reads facts.

Layer: data, above the types (held by ``tests/project/test_layers.py``): may import the
types (errors, diagnostics, models, _yaml, …) only; never another data module, the
normalisers, the loader, the rules or anything above.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from .models import DateFact, DatePrecision, NumberFact, Qualifier

__all__ = ["SCALES", "Interval", "date_span", "describe_number", "interval", "number_interval", "scale_factor",
           "span_of", "spans_overlap"]

#: The scales a number fact or expression may have, as multipliers.
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


# --------------------------------------------------------------------------- dates


def date_span(fact: DateFact) -> tuple[date, date]:
    """The first and last day a date fact covers (inclusive)."""
    parts = [int(p) for p in fact.value.split("-")]
    return span_of(date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1),
                   fact.precision)


def span_of(day: date, precision: DatePrecision | str) -> tuple[date, date]:
    """The first and last day of the ``precision`` (day, month, year) that holds ``day``."""
    precision = DatePrecision(getattr(precision, "value", precision))
    if precision is DatePrecision.year:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision is DatePrecision.month:
        return date(day.year, day.month, 1), date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day, day


def spans_overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Do two (first day, last day) spans share a day?"""
    return a[0] <= b[1] and b[0] <= a[1]


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class Interval:
    """A set of real values: ``low``..``high`` with open or closed ends; None is unbounded."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def contains(self, x: float) -> bool:
        if self.low is not None and (x < self.low or (x == self.low and not self.low_inclusive)):
            return False
        if self.high is not None and (x > self.high or (x == self.high and not self.high_inclusive)):
            return False
        return True

    def intersect(self, other: "Interval") -> "Interval":
        """The values in both (possibly :attr:`empty`)."""
        if other.low is None or (self.low is not None and (
                self.low > other.low or (self.low == other.low and not self.low_inclusive))):
            low, low_inc = self.low, self.low_inclusive
        else:
            low, low_inc = other.low, other.low_inclusive
        if other.high is None or (self.high is not None and (
                self.high < other.high or (self.high == other.high and not self.high_inclusive))):
            high, high_inc = self.high, self.high_inclusive
        else:
            high, high_inc = other.high, other.high_inclusive
        return Interval(low, high, low_inc, high_inc)

    @property
    def empty(self) -> bool:
        if self.low is None or self.high is None:
            return False
        if self.low > self.high:
            return True
        return self.low == self.high and not (self.low_inclusive and self.high_inclusive)

    def overlaps(self, other: "Interval") -> bool:
        """True when some value lies in both (so both statements can be true)."""
        return not self.intersect(other).empty

    def within(self, outer: "Interval") -> bool:
        """Is every value of this interval in ``outer``?"""
        if outer.low is not None:
            if self.low is None or self.low < outer.low or (
                    self.low == outer.low and self.low_inclusive and not outer.low_inclusive):
                return False
        if outer.high is not None:
            if self.high is None or self.high > outer.high or (
                    self.high == outer.high and self.high_inclusive and not outer.high_inclusive):
                return False
        return True


def interval(qualifier: Qualifier | str, value: float | None = None, *, low: float | None = None,
             high: float | None = None, multiplier: float = 1.0) -> Interval:
    """The values a qualified number stands for (see the module docstring)."""
    q = Qualifier(getattr(qualifier, "value", qualifier))
    if q is Qualifier.between:
        if low is None or high is None:
            raise ValueError("qualifier 'between' needs low and high")
        return Interval(low * multiplier, high * multiplier, True, True)
    if value is None:
        raise ValueError(f"qualifier {q.value!r} needs a value")
    n = value * multiplier
    if q is Qualifier.exact:
        return Interval(n, n, True, True)
    if q is Qualifier.more_than:
        return Interval(n, None, False, True)
    if q is Qualifier.at_least:
        return Interval(n, None, True, True)
    if q is Qualifier.less_than:
        return Interval(0.0 if n > 0 else None, n, True, False)
    if q is Qualifier.up_to:
        return Interval(0.0 if n >= 0 else None, n, True, True)
    if q is Qualifier.about:
        a, b = 0.9 * n, 1.1 * n
        return Interval(min(a, b), max(a, b), True, True)
    # order-of: [n, 10n) for n > 0; the parser refuses "on the order of 0", but a
    # fact may hold it, so 0 is the closed point [0, 0] and a negative n mirrors
    if n > 0:
        return Interval(n, 10 * n, True, False)
    if n == 0:
        return Interval(0.0, 0.0, True, True)
    return Interval(10 * n, n, False, True)


def scale_factor(scale: str | None) -> float:
    """The multiplier of a fact's ``scale`` (1 when it has none)."""
    return SCALES[scale] if scale else 1.0


def number_interval(fact: NumberFact) -> Interval:
    """The values a number fact allows, in base units (scale applied)."""
    return interval(fact.qualifier, fact.value, low=fact.low, high=fact.high, multiplier=scale_factor(fact.scale))


def _g(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}"


_QUALIFIER_WORDS = {
    Qualifier.exact: "",
    Qualifier.about: "about ",
    Qualifier.more_than: "more than ",
    Qualifier.at_least: "at least ",
    Qualifier.less_than: "less than ",
    Qualifier.up_to: "up to ",
    Qualifier.order_of: "of the order of ",
}


def describe_number(fact: NumberFact) -> str:
    """``more than 20,000 troops``, ``between 70 and 80 percent``, ``326 million USD``."""
    scale = f" {fact.scale}" if fact.scale else ""
    if fact.qualifier is Qualifier.between:
        return f"between {_g(fact.low)} and {_g(fact.high)}{scale} {fact.unit}"
    return f"{_QUALIFIER_WORDS[fact.qualifier]}{_g(fact.value)}{scale} {fact.unit}"
