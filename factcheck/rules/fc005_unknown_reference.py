"""A record refers to a seed, entity or claim id that does not exist.

What it checks: `seed:` of every quote (against the seed texts loaded), every
entity id in facts (`entity`, `subject`) and roles (`of`), and claim ids in
`superseded_by` and `related`. The message suggests the closest existing id.

Why it matters: a dangling reference means a quote that cannot be verified or a fact
that points nowhere; usually a typo or a renamed id.

Example that fails:

```yaml
claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding.
    verdict: supported
    quotes:
      - seed: 000_081174c5714dbfd2
        text: Turkey and Syria inked a memorandum of understanding
```

Fix: correct the id, or add the missing seed/entity/claim.
"""

from __future__ import annotations

import difflib
from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import Claim
from ._base import Context
from ._keyed import ClaimTable, run_keyed

CODE = "FC005"
NAME = "unknown-reference"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]


def _hint(value: str, known: dict) -> tuple[str, Fix | None]:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.75)
    if not close:
        return "", None
    return f" (did you mean {close[0]!r}?)", Fix(f"use {close[0]!r}", value, close[0])


#: (kind: "seed", "entity" or "claim", the value, the path below the claim) of a reference
_Ref = tuple[str, str, tuple]


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[_Ref, ...] | None:
    """The claim's unknown seeds and entities, and every claim it refers to (whether those
    exist is known only once every file is read)."""
    seeds = ctx.corpus.seeds
    entities = ctx.entities
    out: list[_Ref] = []
    for i, quote in enumerate(claim.quotes):
        if quote.seed not in seeds:
            out.append(("seed", quote.seed, ("quotes", i, "seed")))
    for i, fact in enumerate(claim.facts):
        if fact.subject is not None and fact.subject not in entities:
            out.append(("entity", fact.subject, ("facts", i, "subject")))
        target = fact.entity if fact.type == "entity" else None
        if target is not None and target not in entities:
            out.append(("entity", target, ("facts", i, "entity")))
    if claim.superseded_by is not None:
        out.append(("claim", claim.superseded_by, ("superseded_by",)))
    out += [("claim", other, ("related", i)) for i, other in enumerate(claim.related)]
    return tuple(out) or None


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, tuple[_Ref, ...]]]) -> Iterator[Diagnostic]:
    known = {"seed": ctx.corpus.seeds, "entity": ctx.entities, "claim": table.first()}

    def bad(kind: str, value: str, path: tuple, record, owner: bool = False) -> Diagnostic:
        hint, fix = _hint(value, known[kind])
        if owner:
            origin = record.origin
            line, column = record.locate(*path) or (1, 1)
            return ctx.finding(CODE, f"unknown {kind} {value!r}{hint}", file=origin.file if origin else None,
                               line=line, column=column, fix=fix)
        return ctx.finding(CODE, f"unknown {kind} {value!r}{hint}", claim=record, path=path, fix=fix)

    claims = known["claim"]
    for n, refs in keyed:
        for kind, value, path in refs:
            if kind != "claim" or value not in claims:
                yield bad(kind, value, path, table.ref(n))
    seeds, entities = known["seed"], known["entity"]
    for entity in ctx.corpus.entities:
        for i, role in enumerate(entity.roles):
            if role.of is not None and role.of not in entities:
                yield bad("entity", role.of, ("roles", i, "of"), entity, owner=True)
            for j, seed in enumerate(role.seeds):
                if seed not in seeds:
                    yield bad("seed", seed, ("roles", i, "seeds", j), entity, owner=True)
        for i, seed in enumerate(entity.seeds):
            if seed not in seeds:
                yield bad("seed", seed, ("seeds", i), entity, owner=True)
