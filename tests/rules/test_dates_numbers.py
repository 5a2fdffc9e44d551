"""Unit and property tests for the FC2xx date and FC3xx number rules and their helpers.

The fixture harness (``test_rule_fixtures.py``) checks each rule's codes and lines on
``tests/fixtures/rules/FC2xx|FC3xx``; this file covers the edge cases behind them:
date spans by precision, number intervals by qualifier, the running intersection the
cross-claim rules group with, and messages.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import factcheck
from factcheck.corpus import Corpus, Seed
from factcheck.models import Claim, DateFact, NumberFact, Source
from factcheck.rules import (
    fc201_weekday_mismatch,
    fc202_date_not_from_expression,
    fc203_date_after_publication,
    fc204_inconsistent_event_date,
    fc205_chronology_contradiction,
    fc206_statement_date_mismatch,
    fc301_statement_number_mismatch,
    fc302_number_not_in_quote,
    fc303_conflicting_quantities,
)
from factcheck.rules._base import Context
from factcheck.facts import Interval, date_span, describe_number, number_interval, spans_overlap
from factcheck.normalize.numbers import unit_key
from factcheck.rules._datenum import (
    WEEKDAYS,
    Narrowing,
    day_interval,
    resolve_words,

    weekday_mentions,
)
from factcheck.rules.registry import rules_by_code

from .._fixtures import load_with_base


def _date(value: str, precision: str) -> DateFact:
    return DateFact(type="date", value=value, precision=precision)


def _number(**kw) -> NumberFact:
    kw.setdefault("unit", "troops")
    return NumberFact(type="number", **kw)


# --------------------------------------------------------------------------- date spans


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2025-08-13", "day", date(2025, 8, 13), date(2025, 8, 13)),
        ("2025-08", "month", date(2025, 8, 1), date(2025, 8, 31)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-02", "month", date(2025, 2, 1), date(2025, 2, 28)),
        ("2024", "year", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_date_span_covers_the_days_of_its_precision(value, precision, first, last) -> None:
    assert date_span(_date(value, precision)) == (first, last)


def test_precision_aware_compatibility() -> None:
    day13, day12 = _date("2025-08-13", "day"), _date("2025-08-12", "day")
    august, july, year = _date("2025-08", "month"), _date("2025-07", "month"), _date("2025", "year")
    assert spans_overlap(date_span(day13), date_span(august))
    assert spans_overlap(date_span(july), date_span(year))
    assert not spans_overlap(date_span(day13), date_span(day12))
    assert not spans_overlap(date_span(day13), date_span(july))


# --------------------------------------------------------------------------- number intervals


def test_number_interval_by_qualifier() -> None:
    assert number_interval(_number(value=20000)) == Interval(20000, 20000)
    assert number_interval(_number(value=20000, qualifier="more-than")) == Interval(20000, None, False, True)
    assert number_interval(_number(value=3, qualifier="at-least")) == Interval(3, None, True, True)
    assert number_interval(_number(value=326, scale="million", unit="USD")) == Interval(326e6, 326e6)
    assert number_interval(_number(low=70, high=80, qualifier="between", unit="percent")) == Interval(70, 80)
    assert number_interval(_number(value=100, qualifier="order-of", scale="billion", unit="USD")) == Interval(
        1e11, 1e12, True, False)
    about = number_interval(_number(value=20000, qualifier="about"))
    assert about.low < 20000 < about.high


def test_a_dropped_qualifier_is_incompatible_and_a_compatible_bound_is_not() -> None:
    more = number_interval(_number(value=20000, qualifier="more-than"))
    assert not more.overlaps(number_interval(_number(value=20000)))
    assert more.overlaps(number_interval(_number(value=25000)))
    assert not number_interval(_number(value=20000, qualifier="up-to")).overlaps(more)
    assert number_interval(_number(value=5, qualifier="less-than")) == Interval(0, 5, True, False)
    assert number_interval(_number(value=20000, qualifier="at-least")).overlaps(
        number_interval(_number(value=20000, qualifier="up-to")))


def test_describe_number() -> None:
    assert describe_number(_number(value=20000, qualifier="more-than")) == "more than 20,000 troops"
    assert describe_number(_number(low=70, high=80, qualifier="between", unit="percent")) == (
        "between 70 and 80 percent")
    assert describe_number(_number(value=326, scale="million", unit="USD")) == "326 million USD"
    assert describe_number(_number(value=2.5, unit="percent")) == "2.5 percent"


@pytest.mark.parametrize(
    ("a", "b"),
    [("troops", "Troops"), ("troops", "troop"), ("%", "percent"), ("per cent", "percent"),
     ("airstrikes", "airstrike"), ("dollars", "USD"), ("soldiers", "troops"), ("categories", "category")],
)
def test_unit_key_folds_case_plural_and_synonyms(a: str, b: str) -> None:
    assert unit_key(a) == unit_key(b)


def test_unit_key_keeps_different_units_apart() -> None:
    assert unit_key("troops") != unit_key("bases")
    assert unit_key("hours") != unit_key("years")
    assert unit_key(None) is None and unit_key("  ") is None


# --------------------------------------------------------------------------- running intersection

_bounds = st.integers(min_value=-20, max_value=20)


@st.composite
def _intervals(draw) -> Interval:
    low, high = sorted((draw(_bounds), draw(_bounds)))
    low_inc, high_inc = draw(st.booleans()), draw(st.booleans())
    if low == high:
        low_inc = high_inc = True
    low_f: float | None = float(low)
    high_f: float | None = float(high)
    if draw(st.booleans()):
        low_f = None  # unbounded
    if draw(st.booleans()):
        high_f = None
    return Interval(low_f, high_f, low_inc, high_inc)


@given(st.lists(_intervals(), max_size=8))
def test_narrowing_finds_exactly_the_disjoint_intervals(intervals: list[Interval]) -> None:
    group: Narrowing[int] = Narrowing()
    accepted: list[int] = []
    for i, interval in enumerate(intervals):
        other = group.offer(interval, i)
        if other is None:
            common = Interval(None, None, False, False)
            for a in accepted:
                common = common.intersect(intervals[a])
            assert common.overlaps(interval)
            accepted.append(i)
        else:
            # a rejection names an earlier accepted interval that really is disjoint
            assert other in accepted
            assert not interval.overlaps(intervals[other])
            # and from the common part of all the accepted ones
            common = Interval(None, None, False, False)
            for a in accepted:
                common = common.intersect(intervals[a])
            assert not common.overlaps(interval)
    # accepted intervals pairwise overlap
    for a in accepted:
        for b in accepted:
            assert intervals[a].overlaps(intervals[b])
    # nothing is rejected when every pair overlaps
    if all(x.overlaps(y) for x in intervals for y in intervals):
        assert len(accepted) == len(intervals)


def test_narrowing_of_day_spans_blames_the_claim_that_set_the_bound() -> None:
    group: Narrowing[str] = Narrowing()
    assert group.offer(day_interval(date_span(_date("2025", "year"))), "year") is None
    assert group.offer(day_interval(date_span(_date("2025-08", "month"))), "month") is None
    assert group.offer(day_interval(date_span(_date("2025-08-13", "day"))), "day") is None
    assert group.offer(day_interval(date_span(_date("2025-08-12", "day"))), "other") == "day"
    assert group.offer(day_interval(date_span(_date("2025-09", "month"))), "sept") == "day"
    assert group.offer(day_interval(date_span(_date("2025-08-13", "day"))), "same") is None


# --------------------------------------------------------------------------- rules on small corpora


def _claims_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_cross_claim_rules_handle_thousands_of_claims_in_one_group(tmp_path: Path) -> None:
    # every claim dates the same event; only the last one disagrees
    lines = ["claims:"]
    for n in range(2000):
        value = "2025-08-12" if n == 1999 else "2025-08-13"
        lines += [
            f"  - id: c{n}",
            "    statement: Turkey and Syria signed a memorandum of understanding.",
            "    verdict: supported",
            "    facts:",
            f'      - {{type: date, subject: turkey-syria-mou, property: signed-on, value: "{value}", precision: day}}',
            "    quotes:",
            "      - seed: 000_081174c5714dbfd1",
            "        text: Turkey and Syria inked a memorandum of understanding on Wednesday",
        ]
    path = _claims_file(tmp_path, "\n".join(lines) + "\n")
    report = factcheck.check(load_with_base(path), select=["FC204"])
    assert [(d.code, d.claim_id, d.extra["other_claim"]) for d in report.diagnostics] == [("FC204", "c1999", "c0")]


# --------------------------------------------------------------------------- resolving words

THURSDAY = date(2025, 8, 14)


@pytest.mark.parametrize(
    ("words", "reference", "first", "last"),
    [
        ("on Wednesday", THURSDAY, date(2025, 8, 13), date(2025, 8, 13)),
        # the publication day's own weekday is that day (wire style), not a week before
        ("on Thursday", THURSDAY, THURSDAY, THURSDAY),
        ("Thursday", THURSDAY, THURSDAY, THURSDAY),
        ("last Thursday", THURSDAY, date(2025, 8, 7), date(2025, 8, 7)),
        ("On Aug. 13", date(2025, 8, 18), date(2025, 8, 13), date(2025, 8, 13)),
        ("in August 2025", None, date(2025, 8, 1), date(2025, 8, 31)),
        ("last year", THURSDAY, date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_resolve_words(words, reference, first, last) -> None:
    resolved = resolve_words(words, reference)
    assert resolved is not None and resolved[:2] == (first, last)


@pytest.mark.parametrize("words", ["on Wednesday", "On Aug. 13", "The previous day", "a March deal", ""])
def test_relative_or_unreadable_words_without_a_reference_are_not_resolved(words) -> None:
    assert resolve_words(words, None) is None


def test_weekday_mentions_join_a_weekday_to_the_date_after_it() -> None:
    assert weekday_mentions("signed on Tuesday, 13 August 2025.", None) == ((1, date(2025, 8, 13), "Tuesday"),)
    assert weekday_mentions("in Damascus, Syria, Monday, December 9, 2024.", None) == (
        (0, date(2024, 12, 9), "Monday"),)
    # a lone weekday has no date, even when the reference resolves it
    assert weekday_mentions("signed on Wednesday", THURSDAY) == ((2, None, "Wednesday"),)
    assert weekday_mentions("signed on 13 August 2025", None) == ()


# --------------------------------------------------------------------------- rules as functions


_days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def _run(module, claim: Claim, published: date | None = None) -> list:
    """Run one rule over one in-memory claim, with one seed ``s`` published on ``published``."""
    seed = Seed("s", "s.txt", "text", Source(id="s", file="s.txt", published=published))
    ctx = Context(Corpus(claims=[claim], seeds={"s": seed}), rules_by_code())
    return list(module.check(ctx))


def _claim(statement: str, facts: list[dict], quotes: list[dict] | None = None) -> Claim:
    return Claim.model_validate({
        "id": "c", "statement": statement, "verdict": "supported", "facts": facts,
        "quotes": quotes or [{"seed": "s", "text": "text"}],
    })


def _house(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


@given(_days, st.integers(min_value=0, max_value=6))
@example(date(2025, 8, 13), 1)  # the example: Tuesday, 13 August 2025
def test_fc201_fires_exactly_when_the_statement_weekday_is_wrong(day: date, weekday: int) -> None:
    claim = _claim(f"The memorandum was signed on {WEEKDAYS[weekday]}, {_house(day)}.", [])
    found = _run(fc201_weekday_mismatch, claim)
    if weekday == day.weekday():
        assert found == []
    else:
        assert [d.message for d in found] == [
            f'weekday "{WEEKDAYS[weekday]}" does not match {day.isoformat()}, a {WEEKDAYS[day.weekday()]}']
        assert found[0].fix.replacement == WEEKDAYS[day.weekday()]


@given(_days, st.integers(min_value=0, max_value=6))
def test_fc201_compares_an_undated_seeds_weekday_with_the_fact(day: date, weekday: int) -> None:
    claim = _claim("The memorandum was signed.", [
        {"type": "date", "property": "signed-on", "value": day.isoformat(), "precision": "day"}],
        [{"seed": "s", "text": f"signed {WEEKDAYS[weekday]} in Ankara",
          "expresses": {"signed-on": WEEKDAYS[weekday]}}])
    found = _run(fc201_weekday_mismatch, claim, published=None)
    assert bool(found) == (weekday != day.weekday())


@given(_days, st.integers(min_value=0, max_value=6), st.integers(min_value=-3, max_value=3))
@example(date(2025, 8, 14), 1, 0)  # seed 000: "on Wednesday" in a paper of Thursday 2025-08-14
@example(date(2025, 8, 14), 0, 0)  # "on Thursday" in that paper is the day itself
def test_fc202_on_weekday_resolves_against_the_publication_date(published: date, back: int,
                                                                 shift: int) -> None:
    # "on <weekday>" of an event `back` days before publication (0: the same day)
    event = published - timedelta(days=back)
    fact = event + timedelta(days=shift)
    claim = _claim("The memorandum was signed.", [
        {"type": "date", "property": "signed-on", "value": fact.isoformat(), "precision": "day"}],
        [{"seed": "s", "text": "x", "expresses": {"signed-on": f"on {WEEKDAYS[event.weekday()]}"}}])
    found = _run(fc202_date_not_from_expression, claim, published=published)
    assert bool(found) == (shift != 0)
    # metamorphic: the same words a week later resolve a week later
    later = _claim("The memorandum was signed.", [
        {"type": "date", "property": "signed-on", "value": (fact + timedelta(days=7)).isoformat(),
         "precision": "day"}],
        [{"seed": "s", "text": "x", "expresses": {"signed-on": f"on {WEEKDAYS[event.weekday()]}"}}])
    assert bool(_run(fc202_date_not_from_expression, later, published=published + timedelta(days=7))) == (
        shift != 0)


def test_fc202_relative_words_without_a_publication_date_are_not_checked() -> None:
    claim = _claim("The memorandum was signed.", [
        {"type": "date", "property": "signed-on", "value": "2025-08-12", "precision": "day"}],
        [{"seed": "s", "text": "x", "expresses": {"signed-on": "on Wednesday"}}])
    assert _run(fc202_date_not_from_expression, claim, published=None) == []
    assert len(_run(fc202_date_not_from_expression, claim, published=date(2025, 8, 14))) == 1


_QUALIFIED = [
    # (words, fact fields, supported?)
    ("more than 20,000 troops", {"qualifier": "more-than", "value": 20000, "unit": "troops"}, True),
    ("more than 20,000 troops", {"value": 20000, "unit": "troops"}, False),
    ("more than 20,000", {"qualifier": "at-least", "value": 20000, "unit": "troops"}, False),
    ("over 350", {"qualifier": "more-than", "value": 350, "unit": "airstrikes"}, True),
    ("over 350", {"qualifier": "more-than", "value": 300, "unit": "airstrikes"}, False),
    ("between 70% and 80%", {"qualifier": "between", "low": 70, "high": 80, "unit": "percent"}, True),
    ("between 70% and 80%", {"qualifier": "between", "low": 70, "high": 85, "unit": "percent"}, False),
    ("$326 million", {"value": 326, "scale": "million", "unit": "USD"}, True),
    ("$326 million", {"value": 326000000, "unit": "USD"}, True),
    ("$326 million", {"value": 326, "scale": "billion", "unit": "USD"}, False),
    ("at least three", {"qualifier": "at-least", "value": 3, "unit": "bases"}, True),
    ("48 hours", {"value": 48, "unit": "days"}, False),
    ("hundreds of billions of dollars", {"qualifier": "order-of", "value": 100, "scale": "billion",
                                         "unit": "USD"}, True),
    ("some words", {"value": 1, "unit": "x"}, True),  # unreadable words are not checked
]


@pytest.mark.parametrize(("words", "fields", "supported"), _QUALIFIED)
def test_fc302_qualifier_value_scale_and_unit(words: str, fields: dict, supported: bool) -> None:
    claim = _claim("s", [{"type": "number", "property": "n", **fields}],
                   [{"seed": "s", "text": words, "expresses": {"n": words}}])
    assert (_run(fc302_number_not_in_quote, claim) == []) == supported


@pytest.mark.parametrize(
    ("statement", "fields", "expected"),
    [
        ("Turkey maintains more than 20,000 troops in Syria.", {"qualifier": "more-than", "value": 20000}, []),
        ("Turkey keeps 20,000 troops in Syria.", {"qualifier": "more-than", "value": 20000}, ["error"]),
        ("Turkey keeps over 25,000 troops in Syria.", {"qualifier": "more-than", "value": 20000}, ["error"]),
        ("Turkey keeps troops in Syria.", {"qualifier": "more-than", "value": 20000}, ["warning"]),
        # a number in the date is not the fact's, and an unrelated count is ignored
        ("On 13 August 2025, three ministers said Turkey keeps more than 20,000 troops.",
         {"qualifier": "more-than", "value": 20000}, []),
        ("Turkey keeps 20 thousand troops in Syria.", {"value": 20, "scale": "thousand"}, []),
    ],
)
def test_fc301_statement_numbers(statement: str, fields: dict, expected: list[str]) -> None:
    claim = _claim(statement, [{"type": "number", "property": "troops", "unit": "troops", **fields}])
    assert [d.severity.value for d in _run(fc301_statement_number_mismatch, claim)] == expected


_date_facts = st.builds(
    lambda d, precision: {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[precision]
    + "|" + precision,
    st.dates(min_value=date(2024, 11, 1), max_value=date(2025, 2, 28)),
    st.sampled_from(["day", "day", "month", "year"]),
)


def _dated_claims(values: list[str]) -> list[Claim]:
    out = []
    for n, packed in enumerate(values):
        value, precision = packed.split("|")
        out.append(Claim.model_validate({
            "id": f"c{n}", "statement": "s", "verdict": "supported",
            "facts": [{"type": "date", "subject": "e", "property": "p", "value": value, "precision": precision}],
            "quotes": [{"seed": "s", "text": "t"}],
        }))
    return out


@given(st.lists(_date_facts, max_size=6), st.randoms(use_true_random=False))
def test_fc204_fires_iff_two_claims_date_the_event_incompatibly_in_any_order(values, rnd) -> None:
    claims = _dated_claims(values)
    spans = [date_span(c.facts[0]) for c in claims]
    conflict = any(not spans_overlap(a, b) for a in spans for b in spans)
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    for order in (claims, shuffled):
        ctx = Context(Corpus(claims=order), rules_by_code())
        found = list(fc204_inconsistent_event_date.check(ctx))
        assert bool(found) == conflict
        # every finding names a claim whose date really is incompatible
        by_id = {c.id: c for c in claims}
        for d in found:
            mine, other = date_span(by_id[d.claim_id].facts[0]), date_span(by_id[d.extra["other_claim"]].facts[0])
            assert not spans_overlap(mine, other)


@pytest.mark.parametrize(
    ("statement", "mou", "fires"),
    [
        ("The memorandum was signed after Bashar al-Assad was ousted.", "2025-08-13", False),
        ("The memorandum was signed after Bashar al-Assad was ousted.", "2024-08-13", True),
        ("The memorandum was signed following the ouster of Bashar al-Assad.", "2024-08-13", True),
        ("The memorandum was signed prior to the ouster of Bashar al-Assad.", "2025-08-13", True),
        ("The memorandum was signed prior to the ouster of Bashar al-Assad.", "2024-08-13", False),
        ("Bashar al-Assad was ousted before the memorandum was signed.", "2025-08-13", False),
        ("Bashar al-Assad was ousted before the memorandum was signed.", "2024-08-13", True),
        # the same month as the ouster: overlapping spans contradict nothing
        ("The memorandum was signed after Bashar al-Assad was ousted.", "2024-12-20", False),
        # no order word, or the subject on both sides: nothing to check
        ("The memorandum and Bashar al-Assad's ouster.", "2024-08-13", False),
        ("Bashar al-Assad signed after Bashar al-Assad was ousted.", "2024-08-13", False),
    ],
)
def test_fc205_order_words(tmp_path: Path, statement: str, mou: str, fires: bool) -> None:
    path = _claims_file(tmp_path, f"""claims:
  - id: c
    statement: "{statement}"
    verdict: supported
    facts:
      - {{type: date, subject: turkey-syria-mou, property: signed-on, value: "{mou}", precision: day}}
    related: [ousted]
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
  - id: ousted
    statement: Bashar al-Assad was ousted in December 2024.
    verdict: supported
    facts:
      - {{type: date, subject: bashar-al-assad, property: ousted-in, value: "2024-12", precision: month}}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: in the wake of President Bashar al-Assad’s ouster in December 2024
""")
    report = factcheck.check(load_with_base(path), select=["FC205"])
    assert [d.claim_id for d in report.diagnostics] == (["c"] if fires else [])


_number_fields = st.one_of(
    st.builds(lambda q, v: {"qualifier": q, "value": v},
              st.sampled_from(["exact", "about", "more-than", "at-least", "less-than", "up-to", "order-of"]),
              st.integers(min_value=1, max_value=40)),
    st.builds(lambda a, b: {"qualifier": "between", "low": min(a, b), "high": max(a, b)},
              st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=40)),
)


@given(st.lists(_number_fields, max_size=6), st.randoms(use_true_random=False))
@example([{"qualifier": "more-than", "value": 20}, {"qualifier": "exact", "value": 20}], None)
def test_fc303_fires_iff_two_supported_claims_give_incompatible_quantities(fields, rnd) -> None:
    claims = [Claim.model_validate({
        "id": f"c{n}", "statement": "s", "verdict": "supported",
        "facts": [{"type": "number", "subject": "e", "property": "p", "unit": "troops", **f}],
        "quotes": [{"seed": "s", "text": "t"}],
    }) for n, f in enumerate(fields)]
    intervals = [number_interval(c.facts[0]) for c in claims]
    conflict = any(not a.overlaps(b) for a in intervals for b in intervals)
    orders = [claims]
    if rnd is not None:
        shuffled = claims[:]
        rnd.shuffle(shuffled)
        orders.append(shuffled)
    for order in orders:
        found = list(fc303_conflicting_quantities.check(Context(Corpus(claims=order), rules_by_code())))
        assert bool(found) == conflict


_ALL = (fc201_weekday_mismatch, fc202_date_not_from_expression, fc203_date_after_publication,
        fc204_inconsistent_event_date, fc205_chronology_contradiction, fc206_statement_date_mismatch,
        fc301_statement_number_mismatch, fc302_number_not_in_quote, fc303_conflicting_quantities)


@given(
    st.text(min_size=1, max_size=200),
    st.text(min_size=1, max_size=60),
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29", "2025-08-13"]),
    st.one_of(st.none(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2025, 8, 14)])),
    st.sampled_from([0, -5, 1e15, 0.5, 20000]),
)
@example("Turkey keeps 1,2,3 troops on Monday, 31 February 2025.", "Aug. 32", "2025-08-13", None, 0)
@example("x", "twenty-twelve", "0001-01-01", date(1, 1, 1), -5)
def test_date_and_number_rules_never_raise_on_odd_input(statement, words, day, published, value) -> None:
    claim = _claim(statement, [
        {"type": "date", "subject": "e", "property": "d", "value": day, "precision": "day"},
        {"type": "number", "subject": "e", "property": "n", "value": value, "unit": "troops"},
    ], [{"seed": "s", "text": words, "expresses": {"d": words, "n": words}}])
    for module in _ALL:
        for finding in _run(module, claim, published=published):
            assert finding.message and finding.message == finding.message.strip()


@pytest.mark.parametrize(
    ("words", "first"),
    [("On Aug. 13", date(2025, 8, 13)), ("10 March", date(2025, 3, 10)), ("March 10", date(2025, 3, 10)),
     ("as of December 8", date(2025, 12, 8)), ("on Wednesday", None), ("last March", None),
     ("The previous day", None), ("Nov. 27, 2024", None)],
)
def test_resolve_yearless_places_month_and_day_in_the_facts_year(words: str, first: date | None) -> None:
    from factcheck.rules._datenum import resolve_yearless

    resolved = resolve_yearless(words, 2025)
    assert (resolved[0] if resolved else None) == first
