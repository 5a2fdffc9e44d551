"""Quantity expressions: parse, intervals, format round trips, find, agreement with facts."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.models import NumberFact, Qualifier
from factcheck.normalize.numbers import (
    SCALES,
    agrees,
    find_numbers,
    format_number,
    interval,
    normalise_unit,
    number_disagreement,
    parse_number,
    same_quantity,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
INF = None


def seed(n: str) -> str:
    return next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("expr", "value", "qualifier", "unit", "scale", "low", "high"),
    [
        ("more than 20,000", 20000, "more-than", None, None, 20000, INF),
        ("more than 20,000 troops", 20000, "more-than", "troops", None, 20000, INF),
        ("over 350", 350, "more-than", None, None, 350, INF),
        ("over 350 airstrikes", 350, "more-than", "airstrikes", None, 350, INF),
        ("at least three", 3, "at-least", None, None, 3, INF),
        ("at least three major Syrian bases", 3, "at-least", "bases", None, 3, INF),
        ("between 70% and 80%", None, "between", "percent", None, 70, 80),
        ("$326 million", 326, "exact", "USD", "million", 326e6, 326e6),
        ("hundreds of billions of dollars", 100, "order-of", "USD", "billion", 1e11, 1e12),
        ("13 years", 13, "exact", "years", None, 13, 13),
        ("38%", 38, "exact", "percent", None, 38, 38),
        ("48 hours", 48, "exact", "hours", None, 48, 48),
        ("in just 48 hours", 48, "exact", "hours", None, 48, 48),
        ("about 1,000", 1000, "about", None, None, 900, 1100),
        ("up to 5", 5, "up-to", None, None, 0, 5),
        ("fewer than 10", 10, "less-than", None, None, 0, 10),
        ("nearly 40", 40, "about", None, None, 36, 44),
        ("twenty-five thousand", 25, "exact", None, "thousand", 25000, 25000),
        ("three hundred and fifty", 350, "exact", None, None, 350, 350),
        ("twenty five", 25, "exact", None, None, 25, 25),
        ("a million", 1, "exact", None, "million", 1e6, 1e6),
        ("tens of thousands of troops", 10, "order-of", "troops", "thousand", 1e4, 1e5),
        ("thousands", 1, "order-of", None, "thousand", 1e3, 1e4),
        ("20,000+", 20000, "at-least", None, None, 20000, INF),
        ("20 troops or more", 20, "at-least", "troops", None, 20, INF),
        ("70-80%", None, "between", "percent", None, 70, 80),
        ("between 2 and 3 million", None, "between", None, "million", 2e6, 3e6),
        ("$1.5bn", 1.5, "exact", "USD", "billion", 1.5e9, 1.5e9),
        ("on the order of 5,000 troops", 5000, "order-of", "troops", None, 5000, 50000),
        ("5 per cent", 5, "exact", "percent", None, 5, 5),
        ("some 300 people", 300, "about", "people", None, 270, 330),
        ("20,000 troops in Syria", 20000, "exact", "troops", None, 20000, 20000),
        ("-5", -5, "exact", None, None, -5, -5),
        ("\u201cmore than 20,000\u201d", 20000, "more-than", None, None, 20000, INF),
    ],
)
def test_parse_examples(
    expr: str, value: float | None, qualifier: str, unit: str | None, scale: str | None,
    low: float | None, high: float | None,
) -> None:
    r = parse_number(expr)
    assert r.ok, r.reason
    assert r.value == value
    assert r.qualifier == qualifier
    assert (r.unit, r.scale) == (unit, scale)
    assert (r.low, r.high) == (low, high)
    assert r.multiplier == (SCALES[scale] if scale else 1.0)


def test_unit_text_keeps_the_words() -> None:
    r = parse_number("at least three major Syrian bases")
    assert r.unit_text == "major syrian bases" and r.unit == "bases"


@pytest.mark.parametrize(
    ("expr", "reason"),
    [
        ("1,2,3", "misplaced thousands separator in '1,2,3'"),
        ("10,00", "misplaced thousands separator in '10,00'"),
        ("twenty-twelve", "'twenty-twelve' is not a well-formed number"),
        ("three three", "'three three' is not a well-formed number"),
        ("", "empty number expression"),
        ("about", "no number found in 'about'"),
        ("over 350 airstrikes in just 48 hours", "more than one number in 'over 350 airstrikes in just 48 hours'"),
        ("between 80% and 70%", "the range starts (80) above where it ends (70) in 'between 80% and 70%'"),
        ("more than about 5", "two qualifiers (more-than and about) in 'more than about 5'"),
        ("2 trillion", "scale 'trillion' is not supported (use thousand, million or billion)"),
        ("thousands of millions", "'thousands of millions' is not a standard quantity"),
        ("billions\nbillions", "more than one number in 'billions billions'"),  # found: 2nd was the unit
        ("troops", "unexpected 'troops' before the number in 'troops'"),
        ("between 5% and 10 dollars", "the two ends have different units (percent and USD) in 'between 5% and 10 dollars'"),
    ],
)
def test_parse_refusals_say_why(expr: str, reason: str) -> None:
    r = parse_number(expr)
    assert not r.ok
    assert r.reason == reason
    assert r.value is None and r.qualifier is None


def test_huge_expression_is_refused() -> None:
    r = parse_number("9" * 20_000)
    assert not r.ok and r.reason is not None and "20,000 characters" in r.reason
    r = parse_number("9" * 400)  # overflows a float
    assert not r.ok and r.reason == "number is too large in '" + "9" * 59 + "…'"


# --------------------------------------------------------------------------- intervals


def test_interval_semantics() -> None:
    assert interval("exact", 5) == interval(Qualifier.exact, 5)
    iv = interval("more-than", 5)
    assert (iv.low, iv.high, iv.low_inclusive) == (5, None, False)
    assert not iv.contains(5) and iv.contains(5.0001) and iv.contains(1e300)
    iv = interval("at-least", 5)
    assert iv.contains(5) and not iv.contains(4.999)
    iv = interval("less-than", 5)
    assert iv.contains(0) and not iv.contains(5) and not iv.contains(-1)
    iv = interval("up-to", 5)
    assert iv.contains(5) and iv.contains(0) and not iv.contains(5.1)
    assert interval("up-to", -5).low is None
    iv = interval("about", 100)
    assert (iv.low, iv.high) == (90, pytest.approx(110))
    iv = interval("order-of", 100, multiplier=1e9)
    assert (iv.low, iv.high, iv.high_inclusive) == (1e11, 1e12, False)
    iv = interval("between", low=70, high=80)
    assert iv.contains(70) and iv.contains(80) and not iv.contains(80.5)
    with pytest.raises(ValueError):
        interval("between", 5)
    with pytest.raises(ValueError):
        interval("exact")
    assert interval("order-of", 0).contains(0)  # total: a fact may hold it, the parser refuses it


VALUES = st.one_of(
    st.integers(0, 10**9).map(float),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(float),
)
SINGLE = [q for q in Qualifier if q is not Qualifier.between]
UNITS = st.sampled_from([None, "troops", "airstrikes", "hours", "years", "bases", "percent", "USD", "people", "nations"])
SCALE = st.sampled_from([None, "thousand", "million", "billion"])


@given(VALUES, st.sampled_from(SINGLE), UNITS, SCALE)
@example(0.0, Qualifier.order_of, None, None)  # found: "on the order of 0" was the empty [0, 0)
def test_a_parsed_interval_contains_its_number_iff_the_bound_is_inclusive(
    value: float, qualifier: Qualifier, unit: str | None, scale: str | None
) -> None:
    if qualifier is Qualifier.order_of and value == 0:
        r = parse_number("on the order of 0")
        assert not r.ok and r.reason == "'on the order of' needs a number above zero, not 0 in 'on the order of 0'"
        with pytest.raises(ValueError):
            format_number(value, qualifier, unit, scale)
        return
    r = parse_number(format_number(value, qualifier, unit, scale))
    assert r.ok, r.reason
    iv = r.interval
    n = value * r.multiplier
    if qualifier is Qualifier.more_than:
        assert not iv.contains(n) and iv.contains(n + max(1.0, n * 1e-6))
    elif qualifier is Qualifier.less_than:
        assert not iv.contains(n)
    else:
        assert iv.contains(n)


@given(VALUES, VALUES, UNITS, SCALE)
def test_between_contains_both_ends(a: float, b: float, unit: str | None, scale: str | None) -> None:
    low, high = min(a, b), max(a, b)
    r = parse_number(format_number(None, "between", unit, scale, low=low, high=high))
    assert r.ok, r.reason
    mult = SCALES[scale] if scale else 1.0
    assert r.interval.contains(low * mult) and r.interval.contains(high * mult)


# --------------------------------------------------------------------------- format


@pytest.mark.parametrize(
    ("args", "kwargs", "text"),
    [
        ((20000, "more-than", "troops"), {}, "more than 20,000 troops"),
        ((38, "exact", "percent"), {}, "38%"),
        ((326, "exact", "USD", "million"), {}, "$326 million"),
        ((3, "at-least", "bases"), {}, "at least three bases"),
        ((3, "at-least", "bases"), {"style": "figures"}, "at least 3 bases"),
        ((10, "less-than", "troops"), {}, "fewer than 10 troops"),
        ((5, "less-than", "percent"), {}, "less than 5%"),
        ((100, "order-of", "USD", "billion"), {}, "hundreds of billions of dollars"),
        ((10, "order-of", "troops", "thousand"), {}, "tens of thousands of troops"),
        ((1, "order-of", None, "million"), {}, "millions"),
        ((5000, "order-of", "troops"), {}, "on the order of 5,000 troops"),
        ((None, "between", "percent"), {"low": 70, "high": 80}, "between 70% and 80%"),
        ((1.5, "about", "USD", "billion"), {}, "about $1.5 billion"),
        ((-5, "exact", "USD"), {}, "-$5"),
    ],
)
def test_format_examples(args: tuple, kwargs: dict, text: str) -> None:
    assert format_number(*args, **kwargs) == text


def test_format_rejects_programming_errors() -> None:
    with pytest.raises(ValueError):
        format_number(5, "exact", style="fancy")
    with pytest.raises(ValueError):
        format_number(5, "roughly")
    with pytest.raises(ValueError):
        format_number(None, "exact")
    with pytest.raises(ValueError):
        format_number(5, "exact", scale="trillion")
    with pytest.raises(ValueError):
        format_number(math.nan, "exact")


@given(VALUES, st.sampled_from(SINGLE), UNITS, SCALE, st.sampled_from(["house", "figures"]))
@example(5.0, Qualifier.less_than, None, None, "house")
@example(0.5, Qualifier.exact, "percent", None, "house")
@example(1.0, Qualifier.order_of, None, None, "house")  # "on the order of 1", not "ones"
def test_format_then_parse_round_trips(
    value: float, qualifier: Qualifier, unit: str | None, scale: str | None, style: str
) -> None:
    if qualifier is Qualifier.order_of and value == 0:
        return  # not expressible; see the interval test
    text = format_number(value, qualifier, unit, scale, style)
    r = parse_number(text)
    assert r.ok, (text, r.reason)
    assert (r.value, r.qualifier, r.unit, r.scale) == (value, qualifier, unit, scale), text


@given(VALUES, VALUES, UNITS, SCALE)
def test_between_round_trips(a: float, b: float, unit: str | None, scale: str | None) -> None:
    low, high = min(a, b), max(a, b)
    r = parse_number(format_number(None, "between", unit, scale, low=low, high=high))
    mult = SCALES[scale] if scale else 1.0
    assert r.ok and r.qualifier is Qualifier.between and r.unit == unit
    assert (r.low, r.high) == (pytest.approx(low * mult), pytest.approx(high * mult))


# an oracle for number words, written independently of the parser
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_W = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS_W[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= size:
            rest = n % size
            return _words(n // size) + " " + name + ("" if rest == 0 else " " + _words(rest))
    raise AssertionError(n)


@given(st.integers(0, 999_999_999_999))
@example(350)
@example(25_000)
@example(1_000_000)
@example(1_000_001)
def test_number_words_read_back(n: int) -> None:
    r = parse_number(_words(n))
    assert r.ok, (_words(n), r.reason)
    assert r.magnitude == n


# --------------------------------------------------------------------------- compare


def fact(**kw) -> NumberFact:
    return NumberFact(type="number", **kw)


def test_agrees_with_seed_quantities() -> None:
    assert agrees(fact(value=20000, qualifier="more-than", unit="troops"), parse_number("more than 20,000 troops"))
    assert agrees(fact(value=326, unit="USD", scale="million"), parse_number("$326 million"))
    assert agrees(fact(value=326_000_000, unit="USD"), parse_number("$326 million"))
    assert agrees(fact(low=70, high=80, qualifier="between", unit="percent"), parse_number("between 70% and 80%"))
    assert agrees(fact(value=100, qualifier="order-of", unit="USD", scale="billion"),
                  parse_number("hundreds of billions of dollars"))
    assert agrees(fact(value=3, qualifier="at-least", unit="bases"), parse_number("at least three"))


def test_the_qualifier_matters() -> None:
    f = fact(value=20000, qualifier="more-than", unit="troops")
    r = parse_number("20,000 troops")
    assert not agrees(f, r)
    assert number_disagreement(f, r) == "qualifier 'more-than' does not match 'exact' in '20,000 troops'"


def test_disagreements_name_the_values() -> None:
    assert number_disagreement(fact(value=350, qualifier="more-than", unit="airstrikes"),
                               parse_number("over 530 airstrikes")) == (
        "value 350 does not match 530 in 'over 530 airstrikes'"
    )
    assert number_disagreement(fact(value=13, unit="years"), parse_number("13 months")) == (
        "unit 'years' does not match 'months' in '13 months'"
    )
    assert number_disagreement(fact(low=70, high=80, qualifier="between", unit="percent"),
                               parse_number("between 60% and 80%")) == (
        "range 70-80 does not match 60-80 in 'between 60% and 80%'"
    )
    assert number_disagreement(fact(value=1, unit="x"), parse_number("1,2,3")) == (
        "'1,2,3' is not a quantity: misplaced thousands separator in '1,2,3'"
    )


def test_same_quantity() -> None:
    assert same_quantity(parse_number("$326 million"), parse_number("$326,000,000"))
    assert same_quantity(parse_number("twenty-five thousand troops"), parse_number("25,000 troops"))
    assert same_quantity(parse_number("at least three"), parse_number("at least 3 bases"))
    assert not same_quantity(parse_number("20,000"), parse_number("more than 20,000"))
    assert not same_quantity(parse_number("3 bases"), parse_number("3 jets"))
    assert not same_quantity(parse_number("1,2,3"), parse_number("1,2,3"))


@given(VALUES, st.sampled_from(SINGLE), UNITS, SCALE)
def test_same_quantity_is_reflexive_and_format_independent(
    value: float, qualifier: Qualifier, unit: str | None, scale: str | None
) -> None:
    if qualifier is Qualifier.order_of and value == 0:
        return
    a = parse_number(format_number(value, qualifier, unit, scale, "house"))
    b = parse_number(format_number(value, qualifier, unit, scale, "figures"))
    assert same_quantity(a, a) and same_quantity(a, b)


def test_normalise_unit() -> None:
    assert [normalise_unit(u) for u in ("%", "per cent", "dollars", "USD", "troop", "Air Strikes", "Nations", None)] == [
        "percent", "percent", "USD", "USD", "troops", "airstrikes", "nations", None
    ]


# --------------------------------------------------------------------------- find


def found(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [
        (m.text, m.result.value, m.result.qualifier and m.result.qualifier.value, m.result.unit)
        for m in find_numbers(text)
    ]


def test_find_numbers_seed_004() -> None:
    assert found(seed("004")) == [
        ("13 years", 13, "exact", "years"),
        ("more than 20,000 troops", 20000, "more-than", "troops"),
        ("38%", 38, "exact", "percent"),
        ("over 350 airstrikes", 350, "more-than", "airstrikes"),
        ("48 hours", 48, "exact", "hours"),
        ("between 70% and 80%", None, "between", "percent"),
        ("hundreds of billions of dollars", 100, "order-of", "USD"),
    ]


def test_find_numbers_other_seeds() -> None:
    assert found(seed("000")) == []
    assert found(seed("001")) == [("at least three major Syrian bases", 3, "at-least", "bases")]
    assert found(seed("002")) == [("two nations", 2, "exact", "nations"), ("$326 million", 326, "exact", "USD")]
    assert found(seed("003")) == [("two countries", 2, "exact", "countries")]


@pytest.mark.parametrize(
    "text",
    [
        "F-16 jets and Kurdistan24 reported",
        "id 000_081174c5714dbfd1 and a 48-hour truce, a 20,000-strong force",
        "on Aug. 13, 2025 and 08/18/2025, since 2011",
        "at 10:30 with 1/2 of the 24th brigade",
        "COPYRIGHT \u00a9 2017",
        "one of Syria's allies",
    ],
)
def test_find_numbers_skips_dates_ids_and_names(text: str) -> None:
    assert find_numbers(text) == []


def test_find_numbers_keeps_a_failed_parse_visible() -> None:
    (m,) = find_numbers("it had 10,00 troops")
    assert m.text == "10,00 troops" and not m.result.ok
    assert m.result.reason == "misplaced thousands separator in '10,00'"


@given(st.one_of(st.text(), st.lists(st.sampled_from(
    ["more than ", "at least ", "between ", " and ", "20,000", "70%", "$326", " million", " troops", "three",
     "-", "twenty", "hundreds of ", "billions", " of dollars", "F-16", " ", ",", ".", "13", "Aug. ", "2024", "\n"]
)).map("".join)))
@example("between 1 and between 2 and 3")
@example("$ 5bn+")
def test_find_numbers_never_raises_and_points_into_the_text(text: str) -> None:
    mentions = find_numbers(text)
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    for m in mentions:
        assert m.result == parse_number(m.text)


@given(st.text())
@example("1" * 400)
@example("between 0 and -1")
@example(".5%")
def test_parse_number_never_raises(expr: str) -> None:
    r = parse_number(expr)
    assert r.ok == (r.reason is None)
    if r.ok:
        assert r.qualifier is not None
        assert r.low is None or r.high is None or r.low <= r.high


def test_find_numbers_finds_every_number_in_a_long_text() -> None:
    def text(n: int, offset: int) -> str:
        # distinct numbers, so the parse cache does not hide the work
        return "".join(
            f"On {i % 28 + 1} March {1900 + i % 100} Turkey kept more than {i:,} troops and three bases; "
            f"about {i % 97}% of ${i} million. "
            for i in range(offset, offset + n)
        )

    small, big = text(150, 10_000), text(1_200, 20_000)
    assert len(find_numbers(small)) == 4 * 150
    mentions = find_numbers(big)
    assert len(mentions) == 4 * 1_200


# --------------------------------------------------------------------------- the one unit key

_UNIT_WORDS = st.sampled_from(["%", "percent", "per cent", "pct", "$", "USD", "usd", "dollars", "US dollars", "€",
                               "euros", "troop", "Troops", "soldiers", "airstrike", "air strikes", "bases", "Base",
                               "categories", "hours", "years", "people", "person"])


@given(st.one_of(_UNIT_WORDS, st.text(max_size=12)))
def test_unit_key_is_idempotent_and_coarser_than_normalise_unit(unit):
    from factcheck.normalize.numbers import normalise_unit, unit_key

    key = unit_key(unit)
    assert unit_key(key) == key
    assert unit_key(normalise_unit(unit)) == key


@given(_UNIT_WORDS, _UNIT_WORDS)
def test_units_the_normaliser_equates_share_a_key(a, b):
    from factcheck.normalize.numbers import normalise_unit, unit_key

    if normalise_unit(a) == normalise_unit(b):
        assert unit_key(a) == unit_key(b)
