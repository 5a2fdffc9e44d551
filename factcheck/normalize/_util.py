"""Small helpers shared by the normalisers (private).

Hand-written because they are a few lines each: the size limit for a single
expression, quoting an expression inside a reason, and picking the longest
non-overlapping spans out of candidate matches (used by the ``find_*``
scanners so that "Monday, December 9, 2024" beats "Monday").

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

__all__ = ["MAX_EXPR_CHARS", "quote", "select_longest", "select_spans", "too_long"]

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
    """
    return select_spans(candidates, lambda c: (c[0] - c[1], c[0]))


def select_spans(
    candidates: Iterable[tuple[int, int, T]],
    priority: Callable[[tuple[int, int, T]], Any],
) -> list[tuple[int, int, T]]:
    """Keep non-overlapping ``(start, end, payload)`` spans, best ``priority`` first.

    Candidates are split into clusters of transitively overlapping spans (one
    sort and a sweep); within a cluster they are taken in ascending
    ``priority`` order when they do not overlap one already taken (a bisect
    over the taken spans). O(m log m) for m candidates. Returned in text order.
    """
    spans = sorted((c for c in candidates if c[1] > c[0]), key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, T]] = []
    cluster: list[tuple[int, int, T]] = []
    reach = -1
    for cand in spans:
        if cluster and cand[0] >= reach:
            kept.extend(_resolve(cluster, priority))
            cluster = []
        reach = max(reach, cand[1]) if cluster else cand[1]
        cluster.append(cand)
    if cluster:
        kept.extend(_resolve(cluster, priority))
    return kept


def _resolve(
    cluster: Sequence[tuple[int, int, T]], priority: Callable[[tuple[int, int, T]], Any]
) -> list[tuple[int, int, T]]:
    if len(cluster) == 1:
        return [cluster[0]]
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, T]] = []
    for cand in sorted(cluster, key=priority):
        s, e = cand[0], cand[1]
        i = bisect_left(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.insert(i, cand)
    return chosen
