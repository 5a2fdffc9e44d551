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

CODE = "FC006"
NAME = "duplicate-id"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for kind, records in (("claim", ctx.corpus.claims), ("entity", ctx.corpus.entities),
                          ("source", ctx.corpus.sources)):
        first: dict[str, object] = {}
        for record in records:
            earlier = first.setdefault(record.id, record)
            if earlier is record:
                continue
            where = earlier.origin
            at = f"{where.file}:{where.line}" if where else "another file"
            origin = record.origin
            line, column = record.locate("id") or (1, 1)
            yield ctx.finding(CODE, f"duplicate {kind} id {record.id!r} (first at {at})",
                              file=origin.file if origin else None, line=line, column=column,
                              claim_id=record.id if kind == "claim" else None)
