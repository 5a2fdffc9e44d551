"""Small helpers shared by the normalisers (private).

Hand-written because they are a few lines each: the size limit for a single
expression, quoting an expression inside a reason, and picking the longest
non-overlapping spans out of candidate matches (used by the ``find_*``
scanners so that "Monday, December 9, 2024" beats "Monday").
"""

from __future__ import annotations

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
    Candidates are first split into clusters of transitively overlapping spans
    (one sort and a sweep), then each cluster is resolved longest-first, so the
    work is O(m log m) for m candidates unless one cluster is huge.
    """
    spans = sorted((c for c in candidates if c[1] > c[0]), key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, T]] = []
    cluster: list[tuple[int, int, T]] = []
    reach = -1
    for cand in spans:
        if cluster and cand[0] >= reach:
            kept.extend(_resolve(cluster))
            cluster = []
        cluster.append(cand)
        reach = max(reach, cand[1]) if len(cluster) > 1 else cand[1]
    if cluster:
        kept.extend(_resolve(cluster))
    return kept


def _resolve(cluster: Sequence[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    if len(cluster) == 1:
        return [cluster[0]]
    chosen: list[tuple[int, int, T]] = []
    for cand in sorted(cluster, key=lambda c: (c[0] - c[1], c[0])):
        if all(cand[1] <= k[0] or k[1] <= cand[0] for k in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])
