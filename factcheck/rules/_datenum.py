"""What the FC2xx date and FC3xx number rules share beyond :mod:`factcheck.facts` (where
date spans, number intervals and scales live): iterating a claim's dated and numbered
facts and supporting quotes, publication dates, and the running intersection the cross-claim rules (FC204, FC303) keep per
group (they bucket facts in one pass with a dict), so that a group is checked in time
linear in its size; and the glue to the date normaliser (``weekday_mentions``,
``resolve_words``), cached because expression words repeat across a fact base. The
glue holds two local workarounds, documented where they are: a weekday joined to the
date written right after it, and a bare weekday equal to the publication day's.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, Iterator, TypeVar

from ..facts import Interval
from ..models import Claim, DateFact, NumberFact, Quote, Stance, Verdict

if TYPE_CHECKING:
    from ._base import Context

__all__ = [
    "WEEKDAYS",
    "Narrowing",
    "WRONG_ON_PURPOSE",
    "day_interval",
    "dated_facts",
    "number_facts",
    "published",
    "resolve_words",
    "resolve_yearless",
    "supporting",
    "weekday_mentions",
]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Verdicts whose facts record a wrong or superseded value on purpose.
WRONG_ON_PURPOSE = frozenset({Verdict.refuted, Verdict.outdated})


# --------------------------------------------------------------------------- dates


def dated_facts(claim: Claim) -> Iterator[tuple[int, DateFact]]:
    """(index in ``claim.facts``, fact) for every date fact."""
    for i, fact in enumerate(claim.facts):
        if isinstance(fact, DateFact):
            yield i, fact


def published(ctx: "Context", seed_id: str) -> date | None:
    """The publication date of a seed as ``sources.yaml`` gives it (None: unknown)."""
    seed = ctx.corpus.seeds.get(seed_id)
    if seed is None or seed.source is None:
        return None
    return seed.source.published


def supporting(claim: Claim) -> Iterator[tuple[int, Quote]]:
    """(index in ``claim.quotes``, quote) for every quote with ``stance: supports``."""
    for i, quote in enumerate(claim.quotes):
        if quote.stance is Stance.supports:
            yield i, quote


# --------------------------------------------------------------------------- numbers


def number_facts(claim: Claim) -> Iterator[tuple[int, NumberFact]]:
    for i, fact in enumerate(claim.facts):
        if isinstance(fact, NumberFact):
            yield i, fact


# --------------------------------------------------------------------------- grouping

T = TypeVar("T")


def day_interval(span: tuple[date, date]) -> Interval:
    """A date span as a closed interval of proleptic ordinals, for :class:`Narrowing`."""
    return Interval(float(span[0].toordinal()), float(span[1].toordinal()))


class Narrowing(Generic[T]):
    """The running intersection of the intervals seen for one key, and who set each bound.

    ``offer(interval, who)`` returns None when the interval overlaps the intersection of
    every interval accepted before (and narrows it), or else the ``who`` of an accepted
    interval it is disjoint from. On a line, intervals that pairwise overlap have a
    common point (Helly), so this finds every inconsistency with O(1) work per offer:
    checking a group is linear in its size, never pairwise.
    """

    __slots__ = ("current", "low_by", "high_by")

    def __init__(self) -> None:
        self.current = Interval(None, None, False, False)
        self.low_by: T | None = None
        self.high_by: T | None = None

    def offer(self, interval: Interval, who: T) -> T | None:
        cur = self.current  # a None bound is unbounded
        if interval.low is not None and cur.high is not None and (interval.low > cur.high or (
            interval.low == cur.high and not (interval.low_inclusive and cur.high_inclusive)
        )):
            return self.high_by
        if interval.high is not None and cur.low is not None and (interval.high < cur.low or (
            interval.high == cur.low and not (interval.high_inclusive and cur.low_inclusive)
        )):
            return self.low_by
        new = cur.intersect(interval)
        if (new.low, new.low_inclusive) != (cur.low, cur.low_inclusive):
            self.low_by = who
        if (new.high, new.high_inclusive) != (cur.high, cur.high_inclusive):
            self.high_by = who
        self.current = new
        return None


# --------------------------------------------------------------------------- normaliser glue

_WEEKDAY_WORD = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.IGNORECASE)
_JOIN = re.compile(r"\s*,?\s*")


def _weekday_surface(text: str) -> str:
    m = _WEEKDAY_WORD.search(text)
    return m.group(0).rstrip(".") if m else text


@lru_cache(maxsize=8192)
def weekday_mentions(text: str, reference: date | None) -> tuple[tuple[int, date | None, str], ...]:
    """Weekdays named in ``text``: (weekday 0 = Monday, the date it is written with, the word).

    The date is None for a weekday written alone ("on Wednesday"), even when the
    reference date resolves it (that date has the weekday by construction). A weekday
    directly followed by an absolute day ("Tuesday, 13 August 2025") is joined to it,
    also when the date finder returns the two as separate mentions. Cached: expression
    words ("on Wednesday") repeat across a fact base.
    """
    from ..normalize.dates import find_dates

    if not _WEEKDAY_WORD.search(text):
        return ()  # cheap pre-filter: most texts name no weekday
    mentions = find_dates(text, reference)
    out: list[tuple[int, date | None, str]] = []
    skip = -1
    for n, m in enumerate(mentions):
        if n == skip:
            continue
        r = m.result
        if r.weekday is None:
            continue
        surface = _weekday_surface(m.text)
        if r.ok and not r.relative and r.precision == "day" and r.start is not None:
            out.append((r.weekday, r.start, surface))
            continue
        if n + 1 < len(mentions):
            nxt = mentions[n + 1]
            nr = nxt.result
            if (_JOIN.fullmatch(text[m.end:nxt.start]) and nr.ok and nr.precision == "day"
                    and nr.weekday is None and nr.start is not None):
                out.append((r.weekday, nr.start, surface))
                skip = n + 1
                continue
        out.append((r.weekday, None, surface))
    return tuple(out)


@lru_cache(maxsize=8192)
def resolve_words(words: str, reference: date | None) -> tuple[date, date, str] | None:
    """First and last day of a date expression, and how to show it; None if unresolvable."""
    from ..normalize.dates import parse_date

    # Wire style: "told reporters on Thursday" in a paper dated Thursday means that day
    # (a week earlier would be "last Thursday" or a date).
    r = parse_date(words, reference, same_day_weekday=True)
    if not r.ok or r.start is None or r.end is None:
        return None
    first, last = r.start, r.end
    assert first is not None and last is not None
    shown = r.value or f"{first.isoformat()}/{last.isoformat()}"
    if r.precision == "day":
        shown = f"{shown}, a {WEEKDAYS[first.weekday()]}"
    return first, last, shown


_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(
    r"\b(?:last|next|this|previous|earlier|later|ago|yesterday|today|tomorrow|day|week)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def resolve_yearless(words: str, year: int) -> tuple[date, date, str] | None:
    """A month-and-day expression without a year ("On Aug. 13", "10 March", "as of
    December 8") placed in ``year``; None for anything else.

    For a seed without a publication date: its "On Aug. 13" cannot be given a year, but
    the month and day can still be compared with a fact's. Words with a weekday or a
    relative word ("last March") are refused: they need the real publication date.
    """
    if year < 1 or year > 9999 or not _MONTH_WORD.search(words) or _RELATIVE_WORD.search(words):
        return None
    resolved = resolve_words(words, date(year, 12, 31))
    if resolved is None or resolved[0].year != year:
        return None
    first, last, _ = resolved
    shown = f"{first.day} {first:%B} (no year)" if first == last else f"{first:%B} (no year)"
    return first, last, shown
