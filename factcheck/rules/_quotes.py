"""Finding a quote in its seed: exact, then folding typography, diacritics, case, spaces.

Matching is a substring search (``str.find``), tried in order of increasing folding,
so the result says exactly which folds were needed. The closest passage for a quote
that is not there at all comes from rapidfuzz's ``partial_ratio_alignment``, which
aligns the quote with its best-matching window of the seed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..loading import Seed
from ..normalize.text import find_folded

__all__ = ["QuoteMatch", "closest_passage", "match_quote"]


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A quote found in a seed: [start, end) character offsets and the folds needed."""

    seed: str
    start: int
    end: int
    folds: frozenset[str]
    line: int
    column: int
    furniture: str | None

    @property
    def exact(self) -> bool:
        return not self.folds


def match_quote(seed: Seed, quote: str) -> QuoteMatch | None:
    if not quote:
        return None
    at = seed.text.find(quote)
    if at != -1:
        start, end, folds = at, at + len(quote), frozenset()
    else:
        found = find_folded(seed.text, quote)
        if found is None:
            return None
        start, end, folds = found.start, found.end, frozenset(found.folds)
    line, column = seed.position(start)
    return QuoteMatch(seed.id, start, end, folds, line, column, seed.furniture_at(start, end))


def closest_passage(seed: Seed, quote: str) -> tuple[str, int, float]:
    """(passage, line, similarity 0–100) of the seed window most like ``quote``."""
    from rapidfuzz import fuzz

    best = (seed.text[: len(quote)], 1, 0.0)
    for number, line in enumerate(seed.lines, 1):
        if not line.strip():
            continue
        hit = fuzz.partial_ratio_alignment(quote, line)
        if hit is not None and hit.score > best[2]:
            best = (line[hit.dest_start : hit.dest_end].strip(), number, hit.score)
    return best
