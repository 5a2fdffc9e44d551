"""Cross-claim rules in two steps: a **key** per claim, then a **grouping** over the keys.

A ``"corpus"`` rule relates claims across files (duplicate ids, facts grouped by subject and
property, references between claims). Most of its work is still about one claim at a time
and depends only on that claim and the shared inputs (seed texts, the entity register):
which facts it groups, where its quotes are, which names its statement holds. Such a rule
is written as two functions:

- ``key(ctx, claim)``: what the rule needs of one claim, as **plain data** (strings,
  numbers, tuples: picklable and small), or None when the claim plays no part. It may
  read the claim and the shared inputs, never other claims.
- ``group(ctx, table, keyed)``: yields the findings from the keys of every claim, ``keyed``
  being ``(n, key)`` pairs in load order (``n`` the claim's position in the
  :class:`ClaimTable`), and the table giving each claim's id and verdict, and a record
  ``ctx.finding(claim=table.ref(n), ...)`` can point into. It may read the shared inputs of
  ``ctx.corpus`` (seeds, entities, sources), never ``ctx.corpus.claims``.

``check(ctx)`` of such a rule is :func:`run_keyed`: both steps over a loaded corpus. The
per-file check (:mod:`factcheck._units`) computes the keys with each claim file (in
worker processes, kept in the cache with the file's other results) and runs only the
groupings over the keys of the whole fact base: compact tuples, not rebuilt records.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from ..diagnostics import Diagnostic

if TYPE_CHECKING:
    from ..models import Claim, Origin, Verdict
    from ._base import Context

__all__ = ["ClaimRef", "ClaimTable", "Group", "Key", "run_keyed"]

#: ``key(ctx, claim)``: plain data, or None when the claim plays no part
Key = Callable[["Context", "Claim"], Any]
#: ``group(ctx, table, keyed)``: the findings
Group = Callable[["Context", "ClaimTable", Iterable[tuple[int, Any]]], Iterator[Diagnostic]]


class ClaimRef:
    """A claim as a finding needs it when the record is not in memory: id, origin, and
    ``locate(*path)`` (which reads the claim's file again only when called)."""

    __slots__ = ("id", "origin", "suppress", "_locator")

    def __init__(self, id: str, origin: "Origin | None", locator: Callable[[tuple], Any] | None,
                 suppress: dict[str, str] | None = None) -> None:
        self.id = id
        self.origin = origin
        #: the claim's ``suppress`` map (only the claims that have one are kept this way)
        self.suppress = suppress or {}
        self._locator = locator

    def locate(self, *path: str | int) -> tuple[int, int] | None:
        if self._locator is None:
            origin = self.origin
            return None if origin is None else (origin.line, origin.column)
        return self._locator(path)


class ClaimTable:
    """Every claim of a check in load order, as a grouping sees it.

    ``ids[n]`` and ``verdicts[n]`` of claim ``n``; ``ref(n)``: a record to point a finding at
    (the claim itself, or a :class:`ClaimRef`); :meth:`first`: id → position of the first
    claim with that id (what ``corpus.claim_index`` holds, by position).
    """

    __slots__ = ("ids", "verdicts", "_ref", "_first")

    def __init__(self, ids: Sequence[str], verdicts: Sequence["Verdict"], ref: Callable[[int], Any] | None) -> None:
        self.ids = ids
        self.verdicts = verdicts
        self._ref = ref
        self._first: dict[str, int] | None = None

    @classmethod
    def of(cls, claims: Sequence["Claim"]) -> "ClaimTable":
        return cls([c.id for c in claims], [c.verdict for c in claims], claims.__getitem__)

    def __len__(self) -> int:
        return len(self.ids)

    def ref(self, n: int) -> Any:
        return self._ref(n)

    def first(self) -> dict[str, int]:
        first = self._first
        if first is None:
            first = {}
            setdefault = first.setdefault
            for n, cid in enumerate(self.ids):
                setdefault(cid, n)
            self._first = first
        return first


def run_keyed(ctx: "Context", key: Key | None, group: Group) -> Iterator[Diagnostic]:
    """A keyed rule over a loaded corpus: every claim's key, then the grouping."""
    claims = ctx.corpus.claims
    keyed: list[tuple[int, Any]] = []
    if key is not None:
        for n, claim in enumerate(claims):
            k = key(ctx, claim)
            if k is not None:
                keyed.append((n, k))
    return group(ctx, ClaimTable.of(claims), keyed)
