"""Random orders (``factcheck.quiz._order``): whole-list shuffle up to LAZY_OVER usable claims, lazy above."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.quiz import _order, generate, render

from ._corpus import ROOT


@given(n=st.integers(0, 60), seed=st.integers(0, 2**32))
def test_not_lazy_the_order_is_rng_shuffle(n, seed):
    items = list(range(n))
    plain = list(items)
    plain_rng, rng = random.Random(seed), random.Random(seed)
    plain_rng.shuffle(plain)
    assert list(_order.random_order(rng, items, lazy=False)) == plain
    assert rng.getstate() == plain_rng.getstate()
    assert items == list(range(n))  # the input is not shuffled in place


@given(n=st.integers(0, 300), seed=st.integers(0, 2**32), take=st.integers(0, 300))
def test_lazy_order_is_a_permutation_drawn_as_read(n, seed, take):
    items = [f"c{i}" for i in range(n)]
    whole = list(_order._drawn(random.Random(seed), items))
    assert sorted(whole) == sorted(items)
    rng = random.Random(seed)
    it = _order._drawn(rng, items)
    head = [next(it) for _ in range(min(take, n))]
    assert head == whole[:len(head)]  # the same draws, however far it is read
    check = random.Random(seed)
    for p in range(len(head)):
        check.randrange(p, n)
    assert rng.getstate() == check.getstate()  # one draw per item read, no more


def test_lazy_for_counts_usable_claims():
    assert not _order.lazy_for(_order.LAZY_OVER)
    assert _order.lazy_for(_order.LAZY_OVER + 1)


def test_lazy_order_puts_every_item_first_sometimes():
    firsts = {next(_order._drawn(random.Random(s), "abcde")) for s in range(200)}
    assert firsts == set("abcde")


def test_quiz_over_the_lazy_limit_is_whole_and_deterministic(monkeypatch):
    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    report = factcheck.check(corpus)
    before = render(generate(corpus, count=40, seed=1, report=report), "json")
    monkeypatch.setattr(_order, "LAZY_OVER", 10)  # the real fact base's 114 claims drawn lazily
    assert {i.type.value for i in generate(corpus, count=40, seed=1, report=report).items} >= {"attribution"}
    quiz = generate(corpus, count=40, seed=1, report=report)
    again = generate(corpus, count=40, seed=1, report=report)
    assert render(quiz, "json") == render(again, "json")
    assert render(quiz, "json") != before  # the lazy path was taken
    assert len(quiz.items) == 40
    assert {t for t in quiz.types} == {i.type for i in quiz.items}  # every item type still made
    ids = {c.id for c in corpus.claims}
    assert all(set(i.claim_ids) <= ids for i in quiz.items)
    verdicts = [i for i in quiz.items if i.type.value == "verdict"]
    # keyed answers mixed (issue 13): both supported and not-supported records are asked
    assert verdicts and {i.answer == "Supported by the sources" for i in verdicts} == {True, False}
