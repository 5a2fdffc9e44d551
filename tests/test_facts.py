"""factcheck.facts: date spans and number intervals, the one home the rules, lint-text,
the quiz and the numbers normaliser share. Properties against brute force on a grid."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from factcheck.facts import SCALES, Interval, date_span, describe_number, interval, number_interval, spans_overlap
from factcheck.models import DateFact, NumberFact, Qualifier

bounds = st.one_of(st.none(), st.integers(-5, 5).map(float))
GRID = [x / 2 for x in range(-14, 15)]  # every half between -7 and 7: bounds are whole numbers


@st.composite
def intervals(draw):
    low, high = draw(bounds), draw(bounds)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Interval(low, high, draw(st.booleans()), draw(st.booleans()))


def _points(a: Interval) -> set[float]:
    return {x for x in GRID if a.contains(x)}


@given(intervals(), intervals())
def test_intersection_holds_exactly_the_shared_points(a, b):
    both = a.intersect(b)
    assert _points(both) == _points(a) & _points(b)
    assert both == b.intersect(a) or _points(both) == _points(b.intersect(a))
    assert a.overlaps(b) == bool(_points(a) & _points(b)) == b.overlaps(a)
    assert both.empty == (not _points(both))


@given(intervals(), intervals())
def test_within_is_containment(a, b):
    if a.within(b):
        assert _points(a) <= _points(b)
        assert a.empty or a.overlaps(b)
    assert a.within(a)


@given(st.sampled_from([q for q in Qualifier if q is not Qualifier.between]), st.integers(-50, 50).map(float),
       st.sampled_from([None, "thousand", "million", "billion"]))
def test_a_number_fact_allows_its_own_value_unless_the_qualifier_excludes_it(qualifier, value, scale):
    fact = NumberFact(type="number", value=value, qualifier=qualifier, unit="troops", scale=scale)
    iv = number_interval(fact)
    n = value * (SCALES[scale] if scale else 1)
    assert iv.contains(n) == (qualifier not in (Qualifier.more_than, Qualifier.less_than))
    assert iv == interval(qualifier, n)


@given(st.dates(date(1, 1, 1), date(9999, 12, 31)), st.sampled_from(["day", "month", "year"]))
def test_a_date_span_covers_the_day_it_was_written_from_and_stays_in_the_calendar(day, precision):
    value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
    first, last = date_span(DateFact(type="date", value=value, precision=precision))
    assert first <= day <= last
    assert spans_overlap((first, last), (day, day))
    if last < date(9999, 12, 31):
        assert not spans_overlap((first, last), (last + timedelta(days=1), last + timedelta(days=1)))


def test_describe_number():
    assert describe_number(NumberFact(type="number", value=20000, qualifier="more-than", unit="troops")) == \
        "more than 20,000 troops"
    assert describe_number(NumberFact(type="number", low=70, high=80, qualifier="between", unit="percent")) == \
        "between 70 and 80 percent"
    assert describe_number(NumberFact(type="number", value=200, qualifier="order-of", unit="USD",
                                      scale="billion")) == "of the order of 200 billion USD"
