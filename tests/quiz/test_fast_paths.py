"""The quiz's fast paths give what the plain code they replace gives (hypothesis).

Each fast path exists so that generation at newsroom scale does work in proportion to
the items made, not to the fact base; the plain version is kept here, written the obvious
way, as the reference.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.models import DateFact
from factcheck.normalize import text as _text
from factcheck.quiz import distractors as dx
from factcheck.quiz import generate, render
from factcheck.quiz._fold import fold_all
from factcheck.quiz.generate import _Base

from ._corpus import ROOT

_IDS = st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=4), unique=True, max_size=200)


@given(ids=_IDS, data=st.data(), seed=st.integers(0, 2**32), head=st.integers(1, 70))
def test_random_first_without_equals_random_first_of_the_filtered_list(ids, data, seed, head):
    removed = sorted(data.draw(st.sets(st.integers(0, max(0, len(ids) - 1)), max_size=len(ids)))
                     if ids else set())
    gone = set(removed)
    plain_rng, fast_rng = random.Random(seed), random.Random(seed)
    plain = dx._random_first([x for i, x in enumerate(ids) if i not in gone], plain_rng, head)
    fast = dx._random_first_without(ids, removed, fast_rng, head)
    # the draws happen up front: the generators agree before the rest is read
    assert plain_rng.getstate() == fast_rng.getstate()
    assert list(fast) == plain


@given(removed=st.sets(st.integers(0, 60), max_size=30), n=st.integers(0, 40))
def test_nth_kept(removed, n):
    kept = [i for i in range(200) if i not in removed]
    assert dx._nth_kept(n, sorted(removed)) == kept[n]


_DAYS = st.integers(0, 900).map(lambda k: date(2024, 1, 1) + timedelta(days=k))


@given(days=st.lists(_DAYS, max_size=120), answer=_DAYS, window=st.integers(0, 120))
def test_calendar_window_equals_a_scan_of_the_pool(days, answer, window):
    facts = [DateFact(type="date", value=d.isoformat(), precision="day") for d in days]
    plain = [dx._date_of(f) for f in facts]
    plain = [d for d in plain if d != answer and abs((d - answer).days) <= window]
    assert dx._Calendar(facts).within(answer, window) == plain


_FOLDABLE = st.text(alphabet=st.one_of(
    st.characters(),
    st.sampled_from(list("  \t\n\r\x0b\x0c\x1c\u2028\u00a0\u2009\u3000\u200b\u00ad\ufeff…–—‘’“”«»")),
    st.sampled_from(list("GüleršçİıßẞﬁΣσςǅ\u0301\u0308\u0327\u0345e\u0301A\u030aＡ한\u1100\u1161\u11a8")),
    st.sampled_from(list("Aa Zz.,'-")),
))


@given(text=_FOLDABLE)
def test_fold_all_equals_the_text_of_fold(text):
    folded = _text.fold(text, typography=True, diacritics=True, case=True, whitespace=True).text
    assert fold_all(text) == folded


def _real_corpus():
    return factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])


def test_date_slots_are_the_date_slots_of_all_slots():
    corpus = _real_corpus()
    report = factcheck.check(corpus)
    claims = sorted(corpus.claims, key=lambda c: c.id)
    first, full = _Base(corpus, report, claims, 1), _Base(corpus, report, claims, 1)
    dated = 0
    for claim in claims:
        only_dates = first.date_slots(claim)  # before slots() was ever asked for this claim
        assert only_dates == [s for s in full.slots(claim) if s.kind == "date"]
        dated += bool(only_dates)
    assert dated > 10  # the real fact base has dated statements to compare


def test_pools_equal_a_plain_build_on_the_real_fact_base():
    corpus = _real_corpus()
    claims = sorted(corpus.claims, key=lambda c: c.id)
    pools = dx.Pools.build(claims, corpus.entities)
    stated: set = set()
    dates: dict = {}
    numbers: dict = {}
    by_property: dict = {}
    seen: set = set()
    for claim in claims:  # the obvious way, with _fact_value_key
        for fact in claim.facts:
            if fact.subject and fact.property and claim.verdict.value == "supported":
                stated.add((fact.subject, fact.property, *dx._fact_value_key(fact)))
            if fact.type == "entity" and fact.property:
                ids = by_property.setdefault(fact.property, [])
                if fact.entity not in ids:
                    ids.append(fact.entity)
            key = dx._fact_value_key(fact)
            if key in seen:
                continue
            seen.add(key)
            if fact.type == "date":
                dates.setdefault(fact.precision.value, []).append(fact)
            elif fact.type == "number":
                numbers.setdefault(fact.unit, []).append(fact)
    assert pools.stated == stated and stated
    assert pools.dates == dates and dates
    assert pools.numbers == numbers and numbers
    assert {p: list(ids) for p, ids in pools.by_property.items()} == by_property


def test_quote_spans_in_any_order_give_the_same_quiz():
    corpus = _real_corpus()
    report = factcheck.check(corpus)
    as_checked = render(generate(corpus, count=40, seed=3, report=report), "json")
    spans = list(report.quote_spans)
    by_claim = sorted(spans, key=lambda s: s.claim_id)  # sorted by claim: found by bisection
    shuffled = list(spans)
    random.Random(0).shuffle(shuffled)  # in no order: grouped by claim
    for order in (by_claim, shuffled):
        report.quote_spans = order
        assert render(generate(corpus, count=40, seed=3, report=report), "json") == as_checked
