"""Dates as newsrooms write them: parse, format and find.

What a library does here (python-dateutil):

* the month and weekday vocabularies come from ``dateutil.parser.parserinfo``
  (extended with the AP abbreviations ``Sept.``, ``Tues.``, ``Thurs.``);
* ISO dates are read by ``dateutil.parser.isoparse``, which is strict;
* weekday and month arithmetic is ``dateutil.relativedelta`` (``WE(-1)``:
  the Wednesday on or before).

``dateutil.parser.parse`` itself is *not* the decision-maker: it fills missing
fields from a default (so ``"10"`` silently becomes a date) and swaps day and
month when the month is out of range (``"13/08/2025"``). Here every expression
must have one of the shapes below, in full, or the result is ``ok=False`` with
a reason — never a silent wrong value.

Hand-written, and documented here because they are editorial conventions:

* **Shapes.** ``13 August 2025``, ``August 13, 2025``, ``Aug. 13``, ``10
  March``, ``August 2025``, ``March`` (a month with no year), ``2025``,
  ``2025-08-14``, ``2025-08``, ``08/18/2025`` (always US month/day/year),
  ``08/2025``; an optional leading weekday (``Monday, December 9, 2024``,
  which sets ``weekday`` and keeps the date — :func:`weekday_mismatch` checks
  it); an optional leading ``on``, ``in``, ``as of``; ranges ``2011-2024``,
  ``between X and Y``, ``from X to Y``, ``X to Y``.
* **Dates without a year** take the year from the reference (the paper's
  publication date): the most recent such date on or before the reference. A
  paper dated 2025-08-14 saying "March 10" means 2025-03-10; one dated
  2025-01-05 saying "December 8" means 2024-12-08. A month alone ("a March
  deal") is the most recent such month on or before the reference's month.
* **A weekday alone** ("Wednesday", "on Wednesday", "last Wednesday") is the
  most recent such weekday *strictly before* the reference (news convention:
  a paper dated Thursday 2025-08-14 saying "on Wednesday" means 2025-08-13; a
  paper dated Wednesday saying "on Wednesday" means the Wednesday a week
  earlier; ``same_day_weekday=True`` reads it as the reference day itself).
  "next Wednesday" is the first one strictly after; "this Wednesday" is
  refused as ambiguous.
* **Relative words**: "today"; "yesterday", "the previous day", "the day
  before" (= reference − 1 day); "tomorrow"; "last/this/next year" and
  "earlier/later this year" (year precision); "last/this/next month" and
  "earlier/later this month" (month precision: the whole month, e.g. "earlier
  this month" in a paper of 2025-08-14 is 2025-08-01..2025-08-31); "last/this/
  next week" (range: Monday to Sunday). "last March" is refused as ambiguous.
* **A part of the day** after a weekday or a relative day ("on Tuesday night",
  "Wednesday morning", "yesterday evening") is that day; **a part of a period**
  ("early last year", "late last month", "mid-this month", "early 2025", "late
  March") is the period, at its precision: the claim's date is the month or the
  year, and ``expresses`` keeps the source's words.
* ``relative`` is True whenever the value depended on the reference date
  (weekdays, relative words and dates without a year); without a reference
  such expressions are ``ok=False``.

Nothing here reads the clock: the reference date is always an argument.

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from dateutil.parser import isoparse, parserinfo
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from ._scan import Anchored, Scanner, prepare
from ._util import quote, select_longest, too_long
from .text import fold

__all__ = [
    "DateMention",
    "DateResult",
    "DatePrecisionName",
    "DATE_STYLES",
    "find_dates",
    "format_date",
    "parse_date",
    "weekday_mismatch",
]

DatePrecisionName = Literal["day", "month", "year", "range"]

#: Styles accepted by :func:`format_date`.
DATE_STYLES = ("house", "iso", "us", "us-short", "numeric-us", "weekday")


class _NewsParserInfo(parserinfo):  # type: ignore[misc]  # dateutil ships no type hints
    """dateutil's vocabulary plus AP-style abbreviations."""

    WEEKDAYS = [
        ("Mon", "Monday"),
        ("Tue", "Tues", "Tuesday"),
        ("Wed", "Weds", "Wednesday"),
        ("Thu", "Thur", "Thurs", "Thursday"),
        ("Fri", "Friday"),
        ("Sat", "Saturday"),
        ("Sun", "Sunday"),
    ]


_INFO = _NewsParserInfo()
_RD_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)

MONTH_NAMES = tuple(calendar.month_name[m] for m in range(1, 13))
WEEKDAY_NAMES = tuple(calendar.day_name[d] for d in range(7))
#: AP style: these months are abbreviated with a specific date, the others never.
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


@dataclass(frozen=True)
class DateResult:
    """A parsed date expression.

    ``start``/``end`` are inclusive (``end == start`` at day precision; a month
    is its first to last day; a year 1 January to 31 December). ``weekday`` is
    the weekday the expression *names* (0 = Monday), if any. ``relative`` is
    True when the value depended on the reference date. When ``ok`` is False,
    ``reason`` says why in plain lowercase words.
    """

    ok: bool
    expr: str
    start: date | None = None
    end: date | None = None
    precision: DatePrecisionName | None = None
    weekday: int | None = None
    relative: bool = False
    reason: str | None = None

    @property
    def value(self) -> str | None:
        """The date as a claim file writes it: ``2025-08-13``, ``2025-08``, ``2025``.

        A range is ``start/end`` (ISO 8601 interval of two days).
        """
        if not self.ok or self.start is None or self.end is None:
            return None
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@dataclass(frozen=True)
class DateMention:
    """A date expression found in running text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    result: DateResult


# --------------------------------------------------------------------------- vocabulary


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


_MONTH_WORDS = [n for names in _INFO.MONTHS for n in names]
_WEEKDAY_WORDS = [n for names in _INFO.WEEKDAYS for n in names]
_M = _alternation(_MONTH_WORDS)
_W = _alternation(_WEEKDAY_WORDS)
_ORD = r"(?:st|nd|rd|th)?"


def _month_number(name: str) -> int | None:
    number = _INFO.month(name)
    return None if number is None else int(number)


def _weekday_number(name: str) -> int | None:
    number = _INFO.weekday(name)
    return None if number is None else int(number)


# --------------------------------------------------------------------------- shapes (parse)

_F = re.IGNORECASE
_WD_PREFIX = rf"(?:(?P<wd>{_W})\.?,?\s)?"
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dmy", re.compile(rf"{_WD_PREFIX}(?P<d>\d+){_ORD}\s(?:of\s)?(?P<mon>{_M})\.?(?:,?\s(?P<y>\d+))?", _F)),
    ("mdy", re.compile(rf"{_WD_PREFIX}(?P<mon>{_M})\.?\s(?P<d>\d{{1,2}}){_ORD}(?:,?\s(?P<y>\d+))?", _F)),
    ("my", re.compile(rf"(?P<mon>{_M})\.?,?\s(?P<y>\d{{3,}})", _F)),
    ("m", re.compile(rf"(?P<mon>{_M})\.?", _F)),
    ("iso", re.compile(rf"{_WD_PREFIX}(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}})", _F)),
    ("iso-month", re.compile(r"(?P<y>\d{4})-(?P<mo>\d{2})")),
    ("numeric", re.compile(rf"{_WD_PREFIX}(?P<mo>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d+)", _F)),
    ("numeric-month", re.compile(r"(?P<mo>\d{1,2})/(?P<y>\d{4})")),
    ("year", re.compile(r"(?P<y>\d{4})")),
    ("year-range", re.compile(r"(?P<y1>\d{4}) ?- ?(?P<y2>\d{4})")),
    ("weekday", re.compile(rf"(?:(?P<rel>last|next|this)\s)?(?P<wd>{_W})\.?", _F)),
    ("rel-month", re.compile(rf"(?P<rel>last|next|this)\s(?P<mon>{_M})\.?", _F)),
)
_WEEKDAY_SHAPE = dict(_SHAPES)["weekday"]
#: the shapes of a month or a year, which "early", "mid" and "late" may qualify
_PERIOD_SHAPES = frozenset({"my", "m", "year", "iso-month", "numeric-month"})
_RANGE_SHAPES = (
    re.compile(r"between\s(?P<a>.+?)\sand\s(?P<b>.+)", _F),
    re.compile(r"from\s(?P<a>.+?)\s(?:to|until|through)\s(?P<b>.+)", _F),
    re.compile(r"(?P<a>.+?)\s(?:to|until|through)\s(?P<b>.+)", _F),
)
_LEADING = re.compile(r"(?:on|in|as\sof|dated)\s", _F)
#: "Tuesday night", "yesterday morning": the day itself
_PART_OF_DAY = re.compile(r"(?P<core>.+?)\s(?:morning|afternoon|evening|night)", _F)
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow"})
#: "late last month", "early 2025", "mid-March": the period itself
_PART_OF_PERIOD = re.compile(r"(?:early|mid|late)(?:\s|-)(?P<core>.+)", _F)
_BARE_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")

_RELATIVE_WORDS = {
    "today": "today",
    "yesterday": "yesterday",
    "the previous day": "yesterday",
    "the day before": "yesterday",
    "tomorrow": "tomorrow",
    "last year": "last-year",
    "this year": "this-year",
    "earlier this year": "this-year",
    "later this year": "this-year",
    "next year": "next-year",
    "last month": "last-month",
    "this month": "this-month",
    "earlier this month": "this-month",
    "later this month": "this-month",
    "next month": "next-month",
    "last week": "last-week",
    "this week": "this-week",
    "earlier this week": "this-week",
    "later this week": "this-week",
    "next week": "next-week",
}


# --------------------------------------------------------------------------- results


def _fail(expr: str, reason: str, *, weekday: int | None = None, relative: bool = False) -> DateResult:
    return DateResult(ok=False, expr=expr, weekday=weekday, relative=relative, reason=reason)


def _day(expr: str, d: date, *, weekday: int | None = None, relative: bool = False) -> DateResult:
    return DateResult(True, expr, d, d, "day", weekday, relative)


def _month(expr: str, y: int, m: int, *, relative: bool = False) -> DateResult:
    last = calendar.monthrange(y, m)[1]
    return DateResult(True, expr, date(y, m, 1), date(y, m, last), "month", None, relative)


def _year(expr: str, y: int, *, relative: bool = False) -> DateResult:
    return DateResult(True, expr, date(y, 1, 1), date(y, 12, 31), "year", None, relative)


def _span(expr: str, a: date, b: date, *, relative: bool = False) -> DateResult:
    return DateResult(True, expr, a, b, "range", None, relative)


def _year_problem(text: str) -> str | None:
    if len(text) == 2:
        return f"two-digit year '{text}' is ambiguous; write the year in full"
    if len(text) != 4:
        return f"year '{text}' must have four digits"
    if int(text) < 1:
        return "year 0 is out of range"
    return None


def _day_problem(d: int, m: int, y: int | None) -> str | None:
    month = MONTH_NAMES[m - 1]
    if y is None:
        longest = 29 if m == 2 else calendar.monthrange(2001, m)[1]
        if not 1 <= d <= longest:
            return f"day {d} is out of range for {month}"
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return f"day {d} is out of range for {month} {y}"
    return None


def _yearless(m: int, d: int, ref: date) -> date | None:
    """The most recent (m, d) on or before ``ref`` (a 29 February may be years back)."""
    y = ref.year
    for _ in range(9):
        if y < 1:
            return None
        if d <= calendar.monthrange(y, m)[1]:
            cand = date(y, m, d)
            if cand <= ref:
                return cand
        y -= 1
    return None


# --------------------------------------------------------------------------- parse


def _prepare(expr: str) -> str:
    s = fold(expr, typography=True, whitespace=True).text.strip()
    s = s.rstrip(".,;:!?").strip()
    m = _LEADING.match(s)
    if m and len(s) > m.end():
        s = s[m.end():]
    return s


def parse_date(
    expr: str, reference: date | None = None, *, same_day_weekday: bool = False
) -> DateResult:
    """Parse a newsroom date expression; see the module docstring for the shapes.

    ``reference`` is the publication date of the text the expression comes from;
    relative expressions and dates without a year need it. By default a bare
    weekday equal to the reference's own weekday is the one a week earlier;
    with ``same_day_weekday=True`` it is the reference day itself (wire style:
    "told reporters on Thursday" in a Thursday paper), while "last Thursday"
    stays a week earlier. Never raises on a ``str``: bad input gives
    ``ok=False`` and a ``reason``.
    """
    if not isinstance(expr, str):
        return _fail(str(expr), f"expected text, got {type(expr).__name__}")
    if isinstance(reference, datetime):
        reference = reference.date()
    if not isinstance(reference, date):
        reference = None
    return _parse_date_cached(expr, reference, bool(same_day_weekday))


@lru_cache(maxsize=8192)
def _parse_date_cached(expr: str, reference: date | None, same_day: bool) -> DateResult:
    problem = too_long(expr, "date expression")
    if problem:
        return _fail(expr, problem)
    try:
        return _parse(expr, _prepare(expr), reference, allow_range=True, same_day=same_day)
    except (OverflowError, ValueError) as exc:  # date arithmetic beyond year 1 or 9999
        return _fail(expr, f"date is out of the supported range (years 1 to 9999): {exc}")


def _parse(expr: str, s: str, ref: date | None, *, allow_range: bool, same_day: bool = False) -> DateResult:
    if not s:
        return _fail(expr, "empty date expression")
    low = s.lower()

    if low in _RELATIVE_WORDS:
        if ref is None:
            return _fail(expr, f"cannot resolve {quote(expr)} without a reference date", relative=True)
        return _relative(expr, _RELATIVE_WORDS[low], ref)

    for name, pattern in _SHAPES:
        m = pattern.fullmatch(s)
        if m:
            return _shape(expr, name, m, ref, same_day)

    part = _PART_OF_DAY.fullmatch(s)
    if part:  # "Tuesday night" is Tuesday
        core = part.group("core")
        if core.lower() in _DAY_WORDS or _WEEKDAY_SHAPE.fullmatch(core):
            return _parse(expr, core, ref, allow_range=False, same_day=same_day)
    part = _PART_OF_PERIOD.fullmatch(s)
    if part:  # "late last month" is last month; "early 2025" is 2025
        core = part.group("core")
        kind = _RELATIVE_WORDS.get(core.lower(), "")
        if kind.endswith(("-month", "-year")) or any(
                pattern.fullmatch(core) for name, pattern in _SHAPES if name in _PERIOD_SHAPES):
            return _parse(expr, core, ref, allow_range=False, same_day=same_day)

    if allow_range:
        for pattern in _RANGE_SHAPES:
            m = pattern.fullmatch(s)
            if m:
                return _range(expr, m.group("a"), m.group("b"), ref, same_day)

    if _BARE_NUMBER.fullmatch(s):
        return _fail(expr, f"{quote(s)} is a bare number, not a date")
    return _fail(expr, f"{quote(s)} is not a date expression this parser understands")


def _relative(expr: str, kind: str, ref: date) -> DateResult:
    if kind == "today":
        return _day(expr, ref, relative=True)
    if kind == "yesterday":
        return _day(expr, ref - timedelta(days=1), relative=True)
    if kind == "tomorrow":
        return _day(expr, ref + timedelta(days=1), relative=True)
    if kind.endswith("-year"):
        shift = {"last-year": -1, "this-year": 0, "next-year": 1}[kind]
        y = ref.year + shift
        if not 1 <= y <= 9999:
            return _fail(expr, f"year {y} is out of range", relative=True)
        return _year(expr, y, relative=True)
    if kind.endswith("-month"):
        shift = {"last-month": -1, "this-month": 0, "next-month": 1}[kind]
        first = date(ref.year, ref.month, 1) + relativedelta(months=shift)
        return _month(expr, first.year, first.month, relative=True)
    shift = {"last-week": -1, "this-week": 0, "next-week": 1}[kind]
    monday = ref + relativedelta(weekday=MO(-1), weeks=shift)
    return _span(expr, monday, monday + timedelta(days=6), relative=True)


def _shape(expr: str, name: str, m: re.Match[str], ref: date | None, same_day: bool) -> DateResult:
    groups = m.groupdict()
    wd = _weekday_number(groups["wd"]) if groups.get("wd") else None

    if name == "weekday":
        assert wd is not None
        rel = (groups.get("rel") or "").lower()
        if rel == "this":
            return _fail(
                expr,
                f"{quote(expr)} is ambiguous: it may be the coming or the past {WEEKDAY_NAMES[wd]}",
                weekday=wd,
                relative=True,
            )
        if ref is None:
            return _fail(expr, f"cannot resolve {quote(expr)} without a reference date", weekday=wd, relative=True)
        if rel == "next":
            d = ref + relativedelta(days=+1, weekday=_RD_WEEKDAYS[wd](+1))
        elif same_day and not rel and ref.weekday() == wd:
            d = ref
        else:
            d = ref + relativedelta(days=-1, weekday=_RD_WEEKDAYS[wd](-1))
        return _day(expr, d, weekday=wd, relative=True)

    if name == "rel-month":
        mon = _month_number(groups["mon"])
        assert mon is not None
        rel = groups["rel"].lower()
        if rel != "next":
            return _fail(
                expr,
                f"{quote(expr)} is ambiguous: write the month with its year",
                relative=True,
            )
        if ref is None:
            return _fail(expr, f"cannot resolve {quote(expr)} without a reference date", relative=True)
        next_year = ref.year if mon > ref.month else ref.year + 1
        if next_year > 9999:
            return _fail(expr, f"year {next_year} is out of range", relative=True)
        return _month(expr, next_year, mon, relative=True)

    if name == "year-range":
        for key in ("y1", "y2"):
            problem = _year_problem(groups[key])
            if problem:
                return _fail(expr, problem)
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        if y2 < y1:
            return _fail(expr, f"range ends ({y2}) before it starts ({y1})")
        return _span(expr, date(y1, 1, 1), date(y2, 12, 31))

    if name == "year":
        problem = _year_problem(groups["y"])
        if problem:
            return _fail(expr, problem)
        return _year(expr, int(groups["y"]))

    # month from a name or a number
    if groups.get("mon"):
        mon = _month_number(groups["mon"])
        assert mon is not None
    else:
        mon = int(groups["mo"])
        if not 1 <= mon <= 12:
            hint = " (numeric dates are read month/day/year)" if name.startswith("numeric") else ""
            return _fail(expr, f"month {mon} is out of range{hint}", weekday=wd)

    y: int | None = None
    if groups.get("y"):
        problem = _year_problem(groups["y"])
        if problem:
            return _fail(expr, problem, weekday=wd)
        y = int(groups["y"])

    if name in ("my", "iso-month", "numeric-month", "m"):
        if y is not None:
            return _month(expr, y, mon)
        if ref is None:
            return _fail(expr, f"no reference date to resolve {quote(expr)}", relative=True)
        y = ref.year if mon <= ref.month else ref.year - 1
        if y < 1:
            return _fail(expr, f"no {MONTH_NAMES[mon - 1]} on or before the reference date", relative=True)
        return _month(expr, y, mon, relative=True)

    # day precision: dmy, mdy, iso, numeric
    day_text = groups["d"]
    d = int(day_text)
    if len(day_text) > 2:
        return _fail(expr, f"day {d} is out of range for {MONTH_NAMES[mon - 1]}", weekday=wd)
    problem = _day_problem(d, mon, y)
    if problem:
        return _fail(expr, problem, weekday=wd)
    if y is None:
        if ref is None:
            return _fail(expr, f"no reference date to resolve {quote(expr)}", weekday=wd, relative=True)
        resolved = _yearless(mon, d, ref)
        if resolved is None:
            return _fail(expr, f"no {MONTH_NAMES[mon - 1]} {d} on or before the reference date", weekday=wd, relative=True)
        return _day(expr, resolved, weekday=wd, relative=True)
    if name == "iso":
        resolved = isoparse(f"{y:04d}-{mon:02d}-{d:02d}").date()
    else:
        resolved = date(y, mon, d)
    return _day(expr, resolved, weekday=wd)


def _range(expr: str, a: str, b: str, ref: date | None, same_day: bool) -> DateResult:
    left = _parse(a, a, ref, allow_range=False, same_day=same_day)
    right = _parse(b, b, ref, allow_range=False, same_day=same_day)
    for side in (left, right):
        if not side.ok:
            return _fail(expr, f"in a range: {side.reason}", relative=side.relative)
    assert left.start is not None and right.end is not None
    if right.end < left.start:
        return _fail(expr, f"range ends ({right.end.isoformat()}) before it starts ({left.start.isoformat()})")
    return _span(expr, left.start, right.end, relative=left.relative or right.relative)


def weekday_mismatch(result: DateResult) -> str | None:
    """A message if the weekday named in ``result`` is not the date's weekday.

    ``weekday "Tuesday" does not match 2025-08-13, a Wednesday``; None when the
    result names no weekday, is not a day, or agrees.
    """
    if not result.ok or result.weekday is None or result.precision != "day" or result.start is None:
        return None
    actual = result.start.weekday()
    if actual == result.weekday:
        return None
    return (
        f'weekday "{WEEKDAY_NAMES[result.weekday]}" does not match '
        f"{result.start.isoformat()}, a {WEEKDAY_NAMES[actual]}"
    )


# --------------------------------------------------------------------------- format


def format_date(
    start: date,
    precision: str = "day",
    style: str = "house",
    *,
    end: date | None = None,
) -> str:
    """Write a date in a style that :func:`parse_date` reads back.

    ============  ========================  ==============  ======
    style         day                       month           year
    ============  ========================  ==============  ======
    house         13 August 2025            August 2025     2025
    iso           2025-08-13                2025-08         2025
    us            Aug. 13, 2025             August 2025     2025
    us-short      Aug. 13                   August          2025
    numeric-us    08/13/2025                08/2025         2025
    weekday       Wednesday, 13 August 2025 August 2025     2025
    ============  ========================  ==============  ======

    ``us-short`` drops the year, so reading it back needs a reference date.
    Precision ``range`` needs ``end`` and writes ``<start> to <end>`` at day
    precision. ``precision`` may be a ``DatePrecision``. An unknown style or
    precision is a programming error and raises ``ValueError``.
    """
    prec = getattr(precision, "value", precision)
    if style not in DATE_STYLES:
        raise ValueError(f"unknown date style {style!r}; expected one of {', '.join(DATE_STYLES)}")
    if isinstance(start, datetime):
        start = start.date()
    if prec == "range":
        if end is None:
            raise ValueError("precision 'range' needs an end date")
        return f"{format_date(start, 'day', style)} to {format_date(end, 'day', style)}"
    y = f"{start.year:04d}"
    if prec == "year":
        return y
    month = MONTH_NAMES[start.month - 1]
    if prec == "month":
        if style == "iso":
            return f"{y}-{start.month:02d}"
        if style == "numeric-us":
            return f"{start.month:02d}/{y}"
        if style == "us-short":
            return month
        return f"{month} {y}"
    if prec != "day":
        raise ValueError(f"unknown precision {prec!r}; expected day, month, year or range")
    if style == "house":
        return f"{start.day} {month} {y}"
    if style == "iso":
        return f"{y}-{start.month:02d}-{start.day:02d}"
    if style == "us":
        return f"{AP_MONTHS[start.month - 1]} {start.day}, {y}"
    if style == "us-short":
        return f"{AP_MONTHS[start.month - 1]} {start.day}"
    if style == "numeric-us":
        return f"{start.month:02d}/{start.day:02d}/{y}"
    return f"{WEEKDAY_NAMES[start.weekday()]}, {start.day} {month} {y}"


# --------------------------------------------------------------------------- find


def _capitalised(words: list[str]) -> str:
    return "(?:" + _alternation([w[:1].upper() + w[1:] for w in words] + [w.upper() for w in words]) + ")"


_FM = _capitalised(_MONTH_WORDS)
_FM_FULL = _capitalised(list(MONTH_NAMES))
_FW_FULL = _capitalised(list(WEEKDAY_NAMES))
_SP = r"[ \t]{1,3}"
_DAY = rf"\d{{1,2}}{_ORD}"
_YEAR = r"\d{4}"
_NOT_AFTER = r"(?![\w%]|[.,]\d)"


def _ci(words: str) -> str:
    return f"(?i:{words})"


def _lower(words) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


# The words a pattern's match can start with (see ``_scan``): each alternation below is
# written once and used both in its pattern and as the pattern's first words.
_YEAR_AFTER = "in|since|until|by|from|during|before|after|early|late|of"
_MONTH_AFTER = "a|the|in|since|until|by|early|late|from|of|mid"
_REL = "last|this|next"
_ON_REL = "on|last|next|this"
_RELATIVE_ALT = "|".join(sorted((w.replace(" ", _SP) for w in _RELATIVE_WORDS), key=lambda w: (-len(w), w)))
_WEEKDAY_FIRST = _lower(WEEKDAY_NAMES)
_MONTH_FIRST = _lower(_MONTH_WORDS)

_FIND_SPECS: tuple[Anchored, ...] = (
    # absolute dates, with an optional weekday in front
    Anchored(re.compile(
        rf"(?<![\w.,/$-])(?P<x>(?:{_FW_FULL},?{_SP})?"
        rf"(?:{_DAY}{_SP}(?:of{_SP})?(?:{_FM})\.?(?:,?{_SP}{_YEAR})?"
        rf"|(?:{_FM})\.?{_SP}{_DAY}(?:,?{_SP}{_YEAR})?"
        rf"|(?:{_FM})\.?,?{_SP}{_YEAR})){_NOT_AFTER}"), _WEEKDAY_FIRST | _MONTH_FIRST, digit=True),
    # ISO and US numeric
    Anchored(re.compile(rf"(?<![\w./-])(?P<x>(?:{_FW_FULL},?{_SP})?\d{{4}}-\d{{2}}-\d{{2}})(?![\w]|-\d)"),
             _WEEKDAY_FIRST, digit=True),
    Anchored(re.compile(rf"(?<![\w./-])(?P<x>(?:{_FW_FULL},?{_SP})?\d{{1,2}}/\d{{1,2}}/\d{{4}})(?![\w]|/\d)"),
             _WEEKDAY_FIRST, digit=True),
    # year ranges
    Anchored(re.compile(r"(?<![\w./-])(?P<x>(?:1[89]|20|21)\d\d-(?:1[89]|20|21)\d\d)(?![\w]|-\d)"), digit=True),
    # a bare year after a preposition: "in 2024", "since 2011", "mid-2024"
    Anchored(re.compile(
        rf"(?<!\w)(?:{_ci(_YEAR_AFTER)}{_SP}|{_ci('mid')}-)"
        rf"(?P<x>(?:1[89]|20|21)\d\d)(?![\w%]|[.,]\d|{_SP}{_ci('percent|per cent')})"),
        _lower(_YEAR_AFTER.split("|")) | {"mid"}),
    # a month alone after a determiner or preposition: "a March deal", "in May"
    Anchored(re.compile(
        rf"(?<!\w)(?:{_ci(_MONTH_AFTER)}(?:{_SP}|-))(?P<x>{_FM_FULL})"
        rf"(?![\w]|\.?{_SP}\d|,{_SP}\d)"), _lower(_MONTH_AFTER.split("|"))),
    # "last March" (ambiguous), "next March"
    Anchored(re.compile(rf"(?<!\w)(?P<x>{_ci(_REL)}{_SP}(?:{_FM_FULL}))(?![\w]|\.?{_SP}\d)"),
             _lower(_REL.split("|"))),
    # weekday phrases
    Anchored(re.compile(rf"(?<!\w)(?P<x>(?:{_ci(_ON_REL)}{_SP})?(?:{_FW_FULL})"
                        rf"(?:{_SP}(?:morning|afternoon|evening|night))?)(?!\w)"),
             _lower(_ON_REL.split("|")) | _WEEKDAY_FIRST),
    # relative words
    Anchored(re.compile(rf"(?<!\w)(?P<x>{_ci(_RELATIVE_ALT)})(?!\w)"),
             _lower(phrase.split()[0] for phrase in _RELATIVE_WORDS)),
)
#: the patterns alone, in the order their matches are collected
_FIND_PATTERNS: tuple[re.Pattern[str], ...] = tuple(spec.pattern for spec in _FIND_SPECS)
_SCANNER = Scanner(_FIND_SPECS)


def _hint_words() -> list[str]:
    """Anything every date expression contains, besides a digit: the start of a month or
    weekday name, or the longest word of a relative expression."""
    starts = {w[:3] for w in (*MONTH_NAMES, *WEEKDAY_NAMES)}
    starts |= {max(phrase.split(), key=len) for phrase in _RELATIVE_WORDS}
    return sorted(starts)


@functools.cache
def _date_hint() -> re.Pattern[str]:
    """A digit or a hint word, case-insensitive: a superset of every date."""
    return re.compile(r"\d|" + "|".join(map(re.escape, _hint_words())), re.IGNORECASE)


@functools.cache
def _date_hint_ascii() -> re.Pattern[str]:
    """:func:`_date_hint` for a lower-cased ASCII text: the same answer, several times
    faster (every alternative starts with a literal, so the search skips ahead)."""
    return re.compile("|".join([*"0123456789", *(re.escape(w.lower()) for w in _hint_words())]))


def _may_hold_a_date(text: str) -> bool:
    if text.isascii():
        return _date_hint_ascii().search(text.lower()) is not None
    return _date_hint().search(text) is not None


def find_dates(
    text: str, reference: date | None = None, *, same_day_weekday: bool = False
) -> list[DateMention]:
    """Date expressions in running text, in order, with their parses.

    Finds absolute dates (with an optional weekday in front), ISO and US
    numeric dates, year ranges, a year after a preposition ("in 2024"), a month
    after a determiner ("a March deal"), weekday phrases ("on Wednesday",
    "signed Wednesday") and relative words ("last year", "the previous day").
    Month and weekday names must be capitalised (so "may" and "march" as verbs
    are skipped). Where matches overlap, the longest wins. ``same_day_weekday``
    is passed to :func:`parse_date`. A fixed set of regular expressions
    compiled at import, each tried only where a match can start
    (:mod:`._scan`): linear in ``len(text)``. The spans are cached by text
    (``_date_spans``), the parses by expression.
    """
    return [DateMention(start, end, text[start:end],
                        parse_date(text[start:end], reference, same_day_weekday=same_day_weekday))
            for start, end in _date_spans(text)]


def _date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that :func:`find_dates` reads as dates, without parsing them.

    They do not depend on the reference date (the number finder skips them).
    """
    if not isinstance(text, str) or not text or not _may_hold_a_date(text):
        return ()
    return _date_spans_cached(text)


@lru_cache(maxsize=4096)
def _date_spans_cached(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`_date_spans` after the cheap filter. Cached by text: the rules and the
    number finder look at the same statements again."""
    prepared = prepare(text)
    candidates = [(m.start("x"), m.end("x"), None) for found in _SCANNER.finditer(prepared) for m in found]
    return tuple(prepared.original_span(s, e) for s, e, _ in select_longest(candidates))


def _find_dates_slow(text: str) -> list[tuple[int, int]]:
    """The spans :func:`_date_spans` gives, by the plain route: fold, then ``finditer`` of
    every pattern at every position (kept for the property that pins the fast route)."""
    folded = fold(text, typography=True, whitespace=False)
    candidates = [(m.start("x"), m.end("x"), None) for p in _FIND_PATTERNS for m in p.finditer(folded.text)]
    return [folded.original_span(s, e) for s, e, _ in select_longest(candidates)]
