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
from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context

CODE = "FC005"
NAME = "unknown-reference"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def _hint(value: str, known: dict) -> tuple[str, Fix | None]:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.75)
    if not close:
        return "", None
    return f" (did you mean {close[0]!r}?)", Fix(f"use {close[0]!r}", value, close[0])


def check(ctx: Context) -> Iterator[Diagnostic]:
    seeds = ctx.corpus.seeds
    entities = ctx.entities
    claims = ctx.claims_by_id

    def bad(kind: str, value: str, known: dict, claim, path, owner=None):
        hint, fix = _hint(value, known)
        if owner is not None:
            origin = owner.origin
            line, column = owner.locate(*path) or (1, 1)
            return ctx.finding(CODE, f"unknown {kind} {value!r}{hint}", file=origin.file if origin else None,
                               line=line, column=column, fix=fix)
        return ctx.finding(CODE, f"unknown {kind} {value!r}{hint}", claim=claim, path=path, fix=fix)

    for claim in ctx.corpus.claims:
        for i, quote in enumerate(claim.quotes):
            if quote.seed not in seeds:
                yield bad("seed", quote.seed, seeds, claim, ("quotes", i, "seed"))
        for i, fact in enumerate(claim.facts):
            if fact.subject is not None and fact.subject not in entities:
                yield bad("entity", fact.subject, entities, claim, ("facts", i, "subject"))
            target = fact.entity if fact.type == "entity" else None
            if target is not None and target not in entities:
                yield bad("entity", target, entities, claim, ("facts", i, "entity"))
        if claim.superseded_by is not None and claim.superseded_by not in claims:
            yield bad("claim", claim.superseded_by, claims, claim, ("superseded_by",))
        for i, other in enumerate(claim.related):
            if other not in claims:
                yield bad("claim", other, claims, claim, ("related", i))
    for entity in ctx.corpus.entities:
        for i, role in enumerate(entity.roles):
            if role.of is not None and role.of not in entities:
                yield bad("entity", role.of, entities, None, ("roles", i, "of"), owner=entity)
            for j, seed in enumerate(role.seeds):
                if seed not in seeds:
                    yield bad("seed", seed, seeds, None, ("roles", i, "seeds", j), owner=entity)
        for i, seed in enumerate(entity.seeds):
            if seed not in seeds:
                yield bad("seed", seed, seeds, None, ("seeds", i), owner=entity)
