"""The shared span selector behind find_dates, find_numbers and near_misses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.normalize._util import select_longest

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1], None)), max_size=30
)


@given(SPANS)
def test_select_longest_keeps_disjoint_spans_and_drops_only_for_a_longer_overlap(spans: list) -> None:
    kept = select_longest(spans)
    assert all(a[1] <= b[0] for a, b in zip(kept, kept[1:]))  # disjoint, in text order
    assert set(kept) <= set(spans)
    for c in spans:
        if c not in kept:  # dropped only because a longer (or as long and earlier) kept span overlaps it
            assert any(
                k[0] < c[1] and c[0] < k[1] and (k[1] - k[0], -k[0]) >= (c[1] - c[0], -c[0]) for k in kept
            ), c


def test_select_longest_prefers_the_longer_later_span() -> None:
    assert select_longest([(0, 9, "on Monday"), (3, 27, "Monday, December 9, 2024"), (30, 31, "x")]) == [
        (3, 27, "Monday, December 9, 2024"),
        (30, 31, "x"),
    ]
