"""Finding a quote in its seed: exact, then folding typography, diacritics, case, spaces.

Matching is a substring search (``str.find``), tried in order of increasing folding,
so the result says exactly which folds were needed. The closest passage for a quote
that is not there at all comes from rapidfuzz's ``partial_ratio_alignment``, which
aligns the quote with its best-matching window of the seed. That search costs about the
quote's length times the seed's, so a run does it once per (seed, quote text) and within a
budget (:class:`PassageSearch`): a small file can hold a thousand aliases of one long
quote, or many long quotes, and must not take minutes to check.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..corpus import Seed
from ..normalize.text import find_folded

__all__ = ["SEARCH_BUDGET", "PassageSearch", "QuoteMatch", "closest_passage", "match_quote"]


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


#: Work allowed for closest-passage searches in one run, in quote characters × seed
#: characters (a 200-character quote in a 5,000-character seed costs 1,000,000). Real
#: fact bases use a tiny fraction of it; past it, FC101 still reports, without a passage.
SEARCH_BUDGET = 2_000_000_000


class PassageSearch:
    """:func:`closest_passage`, once per (seed, quote text) and within ``budget``.

    ``closest()`` returns None once the budget is spent (and for a search that alone
    would overrun it); ``searches`` counts the searches actually run.
    """

    def __init__(self, budget: int | None = None) -> None:
        self.budget = SEARCH_BUDGET if budget is None else budget
        self.spent = 0
        self.searches = 0
        self._memo: dict[tuple[str, str], tuple[str, int, float] | None] = {}

    def closest(self, seed: Seed, quote: str) -> tuple[str, int, float] | None:
        key = (seed.id, quote)
        memo = self._memo
        if key not in memo:
            cost = max(len(quote), 1) * max(len(seed.text), 1)
            if self.spent + cost > self.budget:
                memo[key] = None
            else:
                self.spent += cost
                self.searches += 1
                memo[key] = closest_passage(seed, quote)
        return memo[key]
