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

from factcheck.models import DateFact
from factcheck.normalize import text as _text
from factcheck.quiz import distractors as dx
from factcheck.quiz._fold import fold_all

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
