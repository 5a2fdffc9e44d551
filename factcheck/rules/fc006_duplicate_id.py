"""Two claims (or two entities, or two sources) have the same id, in one file or across files.

What it checks: ids of claims across all claim files, of entities, and of sources.
The finding points at the second record and names where the first one is.

Why it matters: ids are how claims refer to each other (`superseded_by`), how quiz
answer keys cite them and how suppressions are kept; a duplicate makes every one of
those ambiguous.

Example that fails: `id: mou-signed` in `claims/mou.yaml` and again in
`claims/diplomacy.yaml`.

Fix: rename one of them (ids are stable: prefer renaming the newer one).
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ._base import Context
from ._keyed import ClaimTable, run_keyed

CODE = "FC006"
NAME = "duplicate-id"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group"]

#: No key: the claims' ids are in the table.
key = None


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def group(ctx: Context, table: ClaimTable, keyed: object) -> Iterator[Diagnostic]:
    first = table.first()
    for n, cid in enumerate(table.ids):
        m = first[cid]
        if m != n:
            yield _duplicate(ctx, "claim", table.ref(n), table.ref(m))
    for kind, records in (("entity", ctx.corpus.entities), ("source", ctx.corpus.sources)):
        seen: dict[str, object] = {}
        for record in records:
            earlier = seen.setdefault(record.id, record)
            if earlier is not record:
                yield _duplicate(ctx, kind, record, earlier)


def _duplicate(ctx: Context, kind: str, record, earlier) -> Diagnostic:
    where = earlier.origin
    at = f"{where.file}:{where.line}" if where else "another file"
    origin = record.origin
    line, column = record.locate("id") or (1, 1)
    return ctx.finding(CODE, f"duplicate {kind} id {record.id!r} (first at {at})",
                       file=origin.file if origin else None, line=line, column=column,
                       claim_id=record.id if kind == "claim" else None)
