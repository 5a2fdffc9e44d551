"""``random_order(rng, items, lazy=…)``: items in a random order, drawn lazily in large fact bases.

A quiz walks each item type's claims in a random order and stops as soon as it has its
items: a few hundred claims, whatever the size of the fact base. In a fact base of up to
:data:`LAZY_OVER` usable claims every random order is ``rng.shuffle`` of the whole list, as
it always was (so those quizzes are what they were, byte for byte). Above it (``lazy``),
shuffling whole lists would cost more than the quiz itself (``rng.shuffle`` draws a random
number per element: 100,000 claims × 8 item types, and every seed for every attribution
item), so the same Fisher–Yates shuffle is run from the front instead, one position per
item taken, with the displaced positions kept in a dict: the first ``k`` items cost ``k``
draws. Every order is equally likely either way and the same ``rng`` gives the same order;
the orders differ from the whole-list shuffle's, which is why the switch is by the size of
the fact base and not everywhere.

Hand-written because :mod:`random` has no lazy permutation (``rng.sample(items, k)``
needs ``k`` up front, and the quiz does not know how many claims it will skip).

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import random
from typing import Iterator, Sequence, TypeVar

__all__ = ["LAZY_OVER", "lazy_for", "random_order"]

T = TypeVar("T")

#: Fact bases with more usable claims than this draw their random orders lazily.
LAZY_OVER = 20_000


def lazy_for(usable_claims: int) -> bool:
    """Whether a fact base with this many usable claims draws its orders lazily."""
    return usable_claims > LAZY_OVER


def random_order(rng: random.Random, items: Sequence[T], *, lazy: bool) -> Iterator[T]:
    """``items`` in a random order: ``rng.shuffle`` of a copy, or with ``lazy`` drawn one at
    a time as the iterator is read (``items`` is not changed either way)."""
    if not lazy:
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
