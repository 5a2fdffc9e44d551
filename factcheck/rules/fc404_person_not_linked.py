"""A statement names a person that none of the claim's facts refers to.

What it checks: every registered person (entity `kind: person`) named in a claim's
`statement`, in any registered spelling (house, variant, alias, short form,
misspelling, or one of these folded), must appear in the claim's facts, as the
`entity` of an entity fact or as the `subject` of any fact. One finding per person
and claim. A short form that several registered entities share (a family name) is
satisfied by a fact about any of them. A person named only inside the name of
another entity ("ousting of Bashar al-Assad", an event) is that entity's mention,
not the person's.

Why it matters: the facts are what the checks, the search and the quiz generator
read; the statement is prose. A person the statement names but the facts do not
link is invisible to "every claim about Hakan Fidan", and the house style sheet asks
for an entity fact for every person named.

Example that fails:

```yaml
claims:
  - id: press-conference-same-day-as-signing
    statement: Hakan Fidan and Asaad al-Shaibani held a joint press conference.
    verdict: supported
    facts:
      - {type: entity, entity: hakan-fidan}
```

Fix: add `{type: entity, entity: asaad-al-shaibani}` (with `subject`/`property` where
the claim states a relation) to the claim's facts.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import Claim, EntityKind
from ._base import Context
from ._names import statement_names

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "linked_entities"]

CODE = "FC404"
NAME = "person-not-linked"
SEVERITY = Severity.warning
SCOPE = "file"


def linked_entities(claim: Claim) -> set[str]:
    """Entity ids a claim's facts refer to: every fact's ``subject`` and ``entity``."""
    linked: set[str] = set()
    for fact in claim.facts:
        if fact.subject is not None:
            linked.add(fact.subject)
        target = fact.entity if fact.type == "entity" else None
        if target is not None:
            linked.add(target)
    return linked


def check(ctx: Context) -> Iterator[Diagnostic]:
    entities = ctx.entities
    for claim in ctx.corpus.claims:
        linked: set[str] | None = None
        reported: set[str] = set()
        for name in statement_names(ctx, claim):
            entity = entities.get(name.entity_id)
            if entity is None or entity.kind is not EntityKind.person or entity.id in reported:
                continue
            if linked is None:
                linked = linked_entities(claim)
            if entity.id in linked or linked.intersection(name.others):
                continue  # linked, or an ambiguous short form of someone who is
            reported.add(entity.id)
            yield ctx.finding(
                CODE,
                f"{name.surface!r} names the person {entity.name} ({entity.id}), but no fact of "
                "the claim refers to them",
                claim=claim, path=("statement",),
                fix=Fix(f"add the fact {{type: entity, entity: {entity.id}}}"),
                span=[name.start, name.end], entity=entity.id,
            )
