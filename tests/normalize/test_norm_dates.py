"""Date expressions: parse, format, find; round trips and the weekday conventions."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.normalize.dates import (
    DATE_STYLES,
    WEEKDAY_NAMES,
    find_dates,
    format_date,
    parse_date,
    weekday_mismatch,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
THU = date(2025, 8, 14)  # seed 000's date line: a Thursday
DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 31))
ANY_DATES = st.dates()


def seed(n: str) -> str:
    return next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("expr", "reference", "value", "precision", "weekday", "relative"),
    [
        ("Aug. 13", date(2025, 8, 18), "2025-08-13", "day", None, True),
        ("13 August 2025", None, "2025-08-13", "day", None, False),
        ("August 2025", None, "2025-08", "month", None, False),
        ("08/18/2025", None, "2025-08-18", "day", None, False),
        ("2025-08-14", None, "2025-08-14", "day", None, False),
        ("Nov. 27, 2024", None, "2024-11-27", "day", None, False),
        ("Monday, December 9, 2024", None, "2024-12-09", "day", 0, False),
        ("10 March", THU, "2025-03-10", "day", None, True),
        ("March 10", THU, "2025-03-10", "day", None, True),
        ("December 8", date(2025, 1, 5), "2024-12-08", "day", None, True),
        ("December 2024", None, "2024-12", "month", None, False),
        ("January 2025", None, "2025-01", "month", None, False),
        ("2024", None, "2024", "year", None, False),
        ("2025-08", None, "2025-08", "month", None, False),
        ("Sept. 5, 2025", None, "2025-09-05", "day", None, False),
        ("Wednesday, 13 August 2025", None, "2025-08-13", "day", 2, False),
        ("on Wednesday", THU, "2025-08-13", "day", 2, True),
        ("Wednesday", THU, "2025-08-13", "day", 2, True),
        ("last Wednesday", THU, "2025-08-13", "day", 2, True),
        ("On Thursday", THU, "2025-08-07", "day", 3, True),  # same weekday: a week earlier
        ("next Wednesday", THU, "2025-08-20", "day", 2, True),
        ("today", THU, "2025-08-14", "day", None, True),
        ("yesterday", THU, "2025-08-13", "day", None, True),
        ("The previous day", THU, "2025-08-13", "day", None, True),
        ("last year", THU, "2024", "year", None, True),
        ("last month", THU, "2025-07", "month", None, True),
        ("last month", date(2025, 1, 5), "2024-12", "month", None, True),
        ("this month", THU, "2025-08", "month", None, True),
        ("earlier this month", THU, "2025-08", "month", None, True),
        ("earlier this year", THU, "2025", "year", None, True),
        ("as of December 8", THU, "2024-12-08", "day", None, True),
        ("March", THU, "2025-03", "month", None, True),
        ("December", THU, "2024-12", "month", None, True),
        ("last week", THU, "2025-08-04/2025-08-10", "range", None, True),
        ("2011-2024", None, "2011-01-01/2024-12-31", "range", None, False),
        ("2011\u20132024", None, "2011-01-01/2024-12-31", "range", None, False),
        ("between 13 August 2025 and 20 August 2025", None, "2025-08-13/2025-08-20", "range", None, False),
        ("29 February", date(2025, 8, 14), "2024-02-29", "day", None, True),
    ],
)
def test_parse_examples(
    expr: str, reference: date | None, value: str, precision: str, weekday: int | None, relative: bool
) -> None:
    r = parse_date(expr, reference)
    assert r.ok, r.reason
    assert (r.value, r.precision, r.weekday, r.relative) == (value, precision, weekday, relative)
    assert r.reason is None and r.expr == expr


def test_month_and_year_spans_are_inclusive() -> None:
    r = parse_date("February 2024")
    assert (r.start, r.end) == (date(2024, 2, 1), date(2024, 2, 29))
    r = parse_date("2025")
    assert (r.start, r.end) == (date(2025, 1, 1), date(2025, 12, 31))
    r = parse_date("13 August 2025")
    assert r.start == r.end == date(2025, 8, 13)


@pytest.mark.parametrize(
    ("expr", "reference", "reason"),
    [
        ("31 February", THU, "day 31 is out of range for February"),
        ("Feb. 29, 2025", None, "day 29 is out of range for February 2025"),
        ("Aug. 32", THU, "day 32 is out of range for August"),
        ("", THU, "empty date expression"),
        ("   ", THU, "empty date expression"),
        ("13/13/2025", None, "month 13 is out of range (numeric dates are read month/day/year)"),
        ("18/08/2025", None, "month 18 is out of range (numeric dates are read month/day/year)"),
        ("10", THU, "'10' is a bare number, not a date"),
        ("8/13/25", None, "two-digit year '25' is ambiguous; write the year in full"),
        ("0000", None, "year 0 is out of range"),
        ("March 10", None, "no reference date to resolve 'March 10'"),
        ("on Wednesday", None, "cannot resolve 'on Wednesday' without a reference date"),
        ("last year", None, "cannot resolve 'last year' without a reference date"),
        ("last March", THU, "'last March' is ambiguous: write the month with its year"),
        ("this Wednesday", THU, "'this Wednesday' is ambiguous: it may be the coming or the past Wednesday"),
        ("2024-2011", None, "range ends (2011) before it starts (2024)"),
        ("soon", THU, "'soon' is not a date expression this parser understands"),
    ],
)
def test_parse_refusals_say_why(expr: str, reference: date | None, reason: str) -> None:
    r = parse_date(expr, reference)
    assert not r.ok
    assert r.reason == reason
    assert r.start is None and r.end is None and r.value is None


def test_huge_expression_is_refused_with_a_reason() -> None:
    r = parse_date("1" * 50_000, THU)
    assert not r.ok and r.reason is not None and "50,000 characters" in r.reason


def test_date_arithmetic_at_the_edge_of_the_calendar_is_a_reason() -> None:
    r = parse_date("yesterday", date.min)
    assert not r.ok and r.reason is not None and "out of the supported range" in r.reason
    r = parse_date("next month", date.max)
    assert not r.ok and r.reason is not None


def test_weekday_mismatch_message() -> None:
    assert weekday_mismatch(parse_date("Tuesday, 13 August 2025")) == (
        'weekday "Tuesday" does not match 2025-08-13, a Wednesday'
    )
    assert weekday_mismatch(parse_date("Monday, December 9, 2024")) is None
    assert weekday_mismatch(parse_date("13 August 2025")) is None
    assert weekday_mismatch(parse_date("rubbish")) is None


@pytest.mark.parametrize(
    ("style", "day", "month", "year"),
    [
        ("house", "13 August 2025", "August 2025", "2025"),
        ("iso", "2025-08-13", "2025-08", "2025"),
        ("us", "Aug. 13, 2025", "August 2025", "2025"),
        ("us-short", "Aug. 13", "August", "2025"),
        ("numeric-us", "08/13/2025", "08/2025", "2025"),
        ("weekday", "Wednesday, 13 August 2025", "August 2025", "2025"),
    ],
)
def test_format_styles(style: str, day: str, month: str, year: str) -> None:
    d = date(2025, 8, 13)
    assert format_date(d, "day", style) == day
    assert format_date(d, "month", style) == month
    assert format_date(d, "year", style) == year


def test_format_ap_months_and_ranges() -> None:
    assert format_date(date(2025, 3, 10), "day", "us") == "March 10, 2025"
    assert format_date(date(2025, 9, 5), "day", "us") == "Sept. 5, 2025"
    assert format_date(date(2025, 8, 13), "range", end=date(2025, 8, 20)) == "13 August 2025 to 20 August 2025"


def test_format_rejects_unknown_style_and_precision() -> None:
    with pytest.raises(ValueError, match="unknown date style"):
        format_date(date(2025, 8, 13), "day", "fancy")
    with pytest.raises(ValueError, match="unknown precision"):
        format_date(date(2025, 8, 13), "week")
    with pytest.raises(ValueError, match="needs an end"):
        format_date(date(2025, 8, 13), "range")


# --------------------------------------------------------------------------- find in seeds


def found(text: str, reference: date | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.result.value) for m in find_dates(text, reference)]


def test_find_dates_seed_000() -> None:
    assert found(seed("000"), date(2025, 8, 14)) == [
        ("2025-08-14", "2025-08-14"),
        ("on Wednesday", "2025-08-13"),
        ("last year", "2024"),
        ("on Wednesday", "2025-08-13"),
        ("on Thursday", "2025-08-07"),
        ("March", "2025-03"),
        ("earlier this month", "2025-08"),
        ("March", "2025-03"),
    ]


def test_find_dates_seed_002() -> None:
    assert found(seed("002"), date(2025, 8, 18)) == [
        ("08/18/2025", "2025-08-18"),
        ("Aug. 13", "2025-08-13"),
        ("Nov. 27, 2024", "2024-11-27"),
        ("earlier this month", "2025-08"),
        ("March", "2025-03"),
    ]


def test_find_dates_seed_003_without_a_reference() -> None:
    mentions = find_dates(seed("003"))
    assert [(m.text, m.result.ok) for m in mentions] == [
        ("Wednesday", False), ("March 10", False), ("December 8", False)
    ]
    assert mentions[0].result.reason == "cannot resolve 'Wednesday' without a reference date"
    assert mentions[0].result.weekday == 2


def test_find_dates_seed_004_caption_keeps_its_weekday() -> None:
    mentions = find_dates(seed("004"), date(2025, 8, 14))
    first = mentions[0]
    assert first.text == "Monday, December 9, 2024"
    assert first.result.weekday == 0 and weekday_mismatch(first.result) is None
    assert [m.text for m in mentions[1:]] == [
        "on Thursday", "on Wednesday", "March", "August 2025", "January 2025", "December 2024"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the deal was signed on Tuesday, officials said", [("on Tuesday", "2025-08-12")]),
        ("On Aug. 13, Turkey and Syria", [("Aug. 13", "2025-08-13")]),
        ("ousted in December 2024.", [("December 2024", "2024-12")]),
        ("signed Wednesday in Ankara", [("Wednesday", "2025-08-13")]),
        ("the 10 March agreement", [("10 March", "2025-03-10")]),
        ("since 2011 and in mid-2024", [("2011", "2011"), ("2024", "2024")]),
        ("from the 2011\u20132024 war", [("2011\u20132024", "2011-01-01/2024-12-31")]),
        ("on Monday, December 9, 2024.", [("Monday, December 9, 2024", "2024-12-09")]),
        ("Last month, Syria asked", [("Last month", "2025-07")]),
    ],
)
def test_find_dates_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU) == expected


@pytest.mark.parametrize(
    "text",
    [
        "they may 10 times march 5 miles",  # lower-case month words are verbs
        "F-16 jets, Kurdistan24 and id 000_081174c5714dbfd1",
        "more than 20,000 troops and 13 years",
        "COPYRIGHT \u00a9 2017",
        "March 1,000 troops",
    ],
)
def test_find_dates_skips_non_dates(text: str) -> None:
    assert find_dates(text, THU) == []


# --------------------------------------------------------------------------- properties


@given(DATES, st.sampled_from(DATE_STYLES), st.sampled_from(["day", "month", "year"]), st.integers(0, 364))
@example(date(2024, 2, 29), "us-short", "day", 300)
@example(date(2025, 9, 5), "us", "day", 0)
@example(date(2000, 1, 3), "us-short", "month", 364)  # reference in the next January
def test_format_then_parse_round_trips(d: date, style: str, precision: str, lag: int) -> None:
    """Any date written in any style reads back as the same date and precision.

    Styles without a year read back against a reference less than a year later
    (for a month: before the same month of the next year).
    """
    reference = d + timedelta(days=lag)
    if precision == "month":
        reference = min(reference, date(d.year + 1, d.month, 1) - timedelta(days=1))
    r = parse_date(format_date(d, precision, style), reference)
    assert r.ok, r.reason
    assert r.precision == precision
    assert r.start is not None and r.end is not None and r.start <= d <= r.end
    if precision == "day":
        assert r.start == d


@given(DATES, DATES)
def test_range_round_trips(a: date, b: date) -> None:
    a, b = min(a, b), max(a, b)
    r = parse_date(format_date(a, "range", end=b))
    assert r.ok and (r.start, r.end, r.precision) == (a, b, "range")


@given(ANY_DATES, st.one_of(st.none(), ANY_DATES))
def test_weekday_invariant(d: date, reference: date | None) -> None:
    """The weekday style names the date's own weekday, whatever the reference."""
    text = format_date(d, "day", style="weekday")
    r = parse_date(text, reference)
    assert r.ok and r.start == d
    assert r.start.weekday() == r.weekday
    assert text.startswith(WEEKDAY_NAMES[r.weekday])
    assert weekday_mismatch(r) is None


@given(DATES, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(["", "on ", "last "]))
def test_a_bare_weekday_is_strictly_before_the_reference(reference: date, name: str, prefix: str) -> None:
    r = parse_date(prefix + name, reference)
    assert r.ok and r.start is not None
    assert reference - timedelta(days=7) <= r.start < reference
    assert r.start.weekday() == r.weekday == WEEKDAY_NAMES.index(name)


@given(DATES, st.sampled_from(WEEKDAY_NAMES), st.integers(-50, 50))
def test_moving_the_reference_a_week_moves_the_weekday_a_week(reference: date, name: str, weeks: int) -> None:
    """Metamorphic: shift the paper's date by 7·k days and "on Wednesday" shifts by 7·k days."""
    shifted = reference + timedelta(days=7 * weeks)
    a = parse_date(f"on {name}", reference)
    b = parse_date(f"on {name}", shifted)
    assert a.ok and b.ok and a.start is not None and b.start is not None
    assert b.start - a.start == timedelta(days=7 * weeks)


@given(DATES, st.integers(1, 12), st.integers(1, 31))
def test_a_date_without_a_year_is_the_latest_on_or_before_the_reference(reference: date, m: int, d: int) -> None:
    text = f"{d} {date(2000, m, 1):%B}"
    r = parse_date(text, reference)
    try:
        date(2000, m, d)  # 2000 is a leap year: the day exists in some year
    except ValueError:
        assert not r.ok and r.reason == f"day {d} is out of range for {date(2000, m, 1):%B}"
        return
    assert r.ok and r.start is not None
    assert r.start <= reference and (r.start.month, r.start.day) == (m, d)
    if (m, d) != (2, 29):
        assert reference - r.start < timedelta(days=366)


@given(st.integers(0, 999))
def test_a_bare_small_number_is_never_a_date(n: int) -> None:
    assert not parse_date(str(n), THU).ok


@given(st.text(), st.one_of(st.none(), ANY_DATES))
@example("Monday, 31 February 2025", None)
@example("between March and 2024", THU)
@example("0001-01-01 to yesterday", date.min)
def test_parse_date_never_raises(expr: str, reference: date | None) -> None:
    r = parse_date(expr, reference)
    assert r.ok == (r.reason is None)
    if r.ok:
        assert r.start is not None and r.end is not None and r.start <= r.end
        assert r.precision in ("day", "month", "year", "range")
    else:
        assert r.reason and r.reason == r.reason.strip()


@given(st.one_of(st.text(), st.lists(st.sampled_from(
    ["on ", "last ", "Wednesday", "Monday, ", "March", "Aug.", " ", "13", "2024", ", ", "-", "/",
     "08", "in ", "the ", "previous day", "earlier this month", "\u2013", "December 9", "\n", "x"]
)).map("".join)), st.one_of(st.none(), ANY_DATES))
def test_find_dates_never_raises_and_points_into_the_text(text: str, reference: date | None) -> None:
    mentions = find_dates(text, reference)
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    for m in mentions:
        assert m.result == parse_date(m.text, reference)


def test_find_dates_finds_every_date_in_a_long_text() -> None:
    def text(n: int, start: date) -> str:
        # distinct dates, so the parse cache does not hide the work
        return "".join(
            f"On Wednesday, {start + timedelta(days=i):%d %B %Y}, officials met; last year and "
            f"{start + timedelta(days=i):%B %d} too. "
            for i in range(n)
        )

    small, big = text(300, date(1200, 1, 1)), text(2_400, date(1500, 1, 1))
    assert len(find_dates(small, THU)) == 3 * 300
    mentions = find_dates(big, THU)
    assert len(mentions) == 3 * 2_400  # "Wednesday, 13 August 2025", "last year", "March 10"


def test_same_day_weekday_option() -> None:
    """Wire style, opt-in: "on Thursday" in a Thursday paper is that day; "last Thursday" is not."""
    assert parse_date("on Thursday", THU).start == date(2025, 8, 7)  # the default (brief's convention)
    assert parse_date("on Thursday", THU, same_day_weekday=True).start == THU
    assert parse_date("Thursday", THU, same_day_weekday=True).start == THU
    assert parse_date("last Thursday", THU, same_day_weekday=True).start == date(2025, 8, 7)
    assert parse_date("on Wednesday", THU, same_day_weekday=True).start == date(2025, 8, 13)
    (m,) = [m for m in find_dates(seed("000"), THU, same_day_weekday=True) if m.text == "on Thursday"]
    assert m.result.start == THU


@given(DATES, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(["", "on ", "last ", "next "]))
def test_same_day_weekday_changes_only_the_reference_weekday(reference: date, name: str, prefix: str) -> None:
    a = parse_date(prefix + name, reference)
    b = parse_date(prefix + name, reference, same_day_weekday=True)
    if prefix in ("", "on ") and reference.weekday() == WEEKDAY_NAMES.index(name):
        assert b.start == reference and a.start == reference - timedelta(days=7)
    else:
        assert a == b


@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAMTWFSJOND ,.0123456789-")), max_size=80)
       | st.sampled_from(["The previous day", "signed on Wednesday", "in 2024", "a March deal", "last year",
                          "the day before", "Earlier this month", "nothing at all"]))
def test_the_cheap_pre_filter_never_hides_a_date(text: str) -> None:
    from factcheck.normalize import dates as D

    with_filter = D.find_dates(text, THU)
    original = D._may_hold_a_date
    D._may_hold_a_date = lambda _text: True
    try:
        without_filter = D.find_dates(text, THU)
    finally:
        D._may_hold_a_date = original
    assert with_filter == without_filter


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80)
       | st.sampled_from(["SINCE 2011", "Earlier This Month", "no date here", "THU", "Yesterday", "x9"]))
def test_the_ascii_pre_filter_answers_as_the_general_one(text: str) -> None:
    from factcheck.normalize import dates as D

    assert (D._date_hint_ascii().search(text.lower()) is not None) == (D._date_hint().search(text) is not None)


# --------------------------------------------------------------------------- parts of a day or a period

PARTS_OF_DAY = ["morning", "afternoon", "evening", "night"]
PERIOD_WORDS = ["last year", "this year", "next year", "last month", "this month", "next month",
                "earlier this year", "earlier this month"]


@pytest.mark.parametrize(
    ("expr", "value", "precision"),
    [
        ("on Tuesday night", "2025-08-12", "day"),
        ("Wednesday morning", "2025-08-13", "day"),
        ("yesterday evening", "2025-08-13", "day"),
        ("late last month", "2025-07", "month"),
        ("early last year", "2024", "year"),
        ("mid-August", "2025-08", "month"),
        ("early 2025", "2025", "year"),
        ("late March 2025", "2025-03", "month"),
    ],
)
def test_parts_of_a_day_or_a_period_examples(expr: str, value: str, precision: str) -> None:
    r = parse_date(expr, THU)
    assert r.ok and (r.value, r.precision) == (value, precision), r


@pytest.mark.parametrize("expr", ["late night", "early", "the previous day night", "this Tuesday night",
                                  "mid-2025-08-13", "early this week"])
def test_parts_of_what_is_not_a_day_or_period_are_refused(expr: str) -> None:
    assert not parse_date(expr, THU).ok


@given(DATES, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(["", "on ", "last ", "next "]),
       st.sampled_from(PARTS_OF_DAY), st.booleans())
def test_a_part_of_the_day_is_that_day(reference: date, name: str, prefix: str, part: str, same_day: bool) -> None:
    """"on Tuesday night" is whatever "on Tuesday" is, for any paper date and convention."""
    day = parse_date(f"{prefix}{name}", reference, same_day_weekday=same_day)
    timed = parse_date(f"{prefix}{name} {part}", reference, same_day_weekday=same_day)
    assert timed.ok == day.ok and timed.value == day.value and timed.weekday == day.weekday
    assert timed.relative


@given(DATES, st.sampled_from(["early", "mid", "late"]), st.sampled_from([" ", "-"]),
       st.one_of(st.sampled_from(PERIOD_WORDS), st.sampled_from([f"{date(2000, m, 1):%B}" for m in range(1, 13)]),
                 st.integers(1000, 9999).map(str)))
def test_a_part_of_a_period_is_the_period(reference: date, part: str, sep: str, period: str) -> None:
    """"late last month" is last month, "early 2025" is 2025: same value, precision and relativity."""
    whole = parse_date(period, reference)
    qualified = parse_date(f"{part}{sep}{period}", reference)
    assert whole.ok and qualified.ok
    assert (qualified.value, qualified.precision, qualified.relative) == (whole.value, whole.precision, whole.relative)


@given(DATES, st.sampled_from(WEEKDAY_NAMES), st.sampled_from(PARTS_OF_DAY))
def test_find_dates_keeps_the_part_of_the_day_in_the_expression(reference: date, name: str, part: str) -> None:
    text = f"The minister said on {name} {part} that talks would go on."
    (m,) = find_dates(text, reference)
    assert m.text == f"on {name} {part}" and text[m.start:m.end] == m.text
    assert m.result.value == parse_date(f"on {name}", reference).value
