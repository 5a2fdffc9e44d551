"""``random_order(rng, items)``: the items in a random order, drawn lazily when there are many.

A quiz walks each item type's claims in a random order and stops as soon as it has its
items: a few hundred claims, whatever the size of the fact base. Up to
:data:`LAZY_OVER` items the order is ``rng.shuffle`` of the whole list, as it always was
(so quizzes from fact bases of that size are what they were, byte for byte). Above it,
shuffling the whole list would cost more than the quiz itself (``rng.shuffle`` draws a
random number per element: 100,000 claims × 8 item types), so the same Fisher–Yates
shuffle is run from the front instead, one position per item taken, with the displaced
positions kept in a dict: the first ``k`` items cost ``k`` draws. Every order is equally
likely either way and the same ``rng`` gives the same order; the orders differ from the
whole-list shuffle's, which is why the switch is by size and not everywhere.

Hand-written because :mod:`random` has no lazy permutation (``rng.sample(items, k)``
needs ``k`` up front, and the quiz does not know how many claims it will skip).
"""

from __future__ import annotations

import random
from typing import Iterator, Sequence, TypeVar

__all__ = ["LAZY_OVER", "random_order"]

T = TypeVar("T")

#: Lists longer than this are drawn lazily (see the module docstring).
LAZY_OVER = 20_000


def random_order(rng: random.Random, items: Sequence[T]) -> Iterator[T]:
    """``items`` in a random order: ``rng.shuffle`` of a copy up to :data:`LAZY_OVER`
    items, else drawn one at a time as the iterator is read (``items`` is not changed)."""
    if len(items) <= LAZY_OVER:
        order = list(items)
        rng.shuffle(order)
        return iter(order)
    return _drawn(rng, items)


def _drawn(rng: random.Random, items: Sequence[T]) -> Iterator[T]:
    """Fisher–Yates from the front: step ``p`` swaps position ``p`` with a random position
    ``j >= p`` of a virtual index list and yields what lands at ``p``."""
    n = len(items)
    moved: dict[int, int] = {}  # virtual position -> index into items, where not the identity
    for p in range(n):
        j = rng.randrange(p, n)
        landed = moved.get(j, j)
        if j != p:
            moved[j] = moved.get(p, p)
        moved.pop(p, None)  # position p is never drawn again
        yield items[landed]
