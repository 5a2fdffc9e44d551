"""Small helpers shared by the normalisers (private).

Hand-written because they are a few lines each: the size limit for a single
expression, quoting an expression inside a reason, and picking the longest
non-overlapping spans out of candidate matches (used by the ``find_*``
scanners so that "Monday, December 9, 2024" beats "Monday").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TypeVar

__all__ = ["MAX_EXPR_CHARS", "quote", "too_long", "select_longest"]

#: A single date or number expression longer than this is refused with a reason.
MAX_EXPR_CHARS = 10_000

T = TypeVar("T")


def quote(expr: str, limit: int = 60) -> str:
    """``expr`` in single quotes for a reason, shortened to ``limit`` characters."""
    flat = " ".join(expr.split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return f"'{flat}'"


def too_long(expr: str, what: str) -> str | None:
    """The reason to refuse ``expr`` if it is over :data:`MAX_EXPR_CHARS`, else None."""
    if len(expr) > MAX_EXPR_CHARS:
        return (
            f"{what} is {len(expr):,} characters long; "
            f"the limit for a single expression is {MAX_EXPR_CHARS:,}"
        )
    return None


def select_longest(candidates: Iterable[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """Keep the longest non-overlapping ``(start, end, payload)`` spans, in text order.

    Longer spans win; between equally long spans the earlier one wins; the
    payload never takes part in the ordering. Empty spans are dropped.
    O(m log m) for m candidates.
    """
    ordered: Sequence[tuple[int, int, T]] = sorted(
        (c for c in candidates if c[1] > c[0]), key=lambda c: (c[0] - c[1], c[0])
    )
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, int, T]] = []
    for cand in ordered:
        s, e = cand[0], cand[1]
        i = bisect_left(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.insert(i, cand)
    return kept
