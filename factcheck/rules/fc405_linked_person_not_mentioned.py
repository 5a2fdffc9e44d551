"""A claim's facts refer to a person whom its statement does not name.

What it checks: every registered person (entity `kind: person`) that a claim's facts
refer to (the `entity` of an entity fact, or the `subject` of any fact) must be
named in the claim's `statement`, in any registered spelling: house name, variant,
alias, short form or misspelling, also folded (case, diacritics, hyphens) and also
inside a longer name ("ousting of Bashar al-Assad" names Bashar al-Assad). A
probable misspelling of the person's name (FC402's finding) counts as naming them,
so one typo gives one finding, not two. The finding points at the fact.

Why it matters: a fact says what the statement is about. A linked person the
statement does not name is a fact about something else (a copy-paste from another
claim, a person the statement lost in an edit), and quiz questions generated from
the facts would ask about someone the statement never mentions.

Example that fails:

```yaml
claims:
  - id: yasar-guler-turkish-defence-minister
    statement: Turkey's defence minister confirmed the offer of training.
    verdict: supported
    facts:
      - {type: entity, entity: yasar-guler, subject: turkey, property: defence-minister}
```

Fix: name the person in the statement, or remove the fact if it does not belong to
this claim.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Claim, Entity, EntityKind
from ..normalize.names import name_key
from ._base import Context
from ._keyed import ClaimTable, run_keyed
from ._names import NearKeys, near_keys, near_of, statement_names

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

CODE = "FC405"
NAME = "linked-person-not-mentioned"
SEVERITY = Severity.warning
SCOPE = "corpus"

_FORM_FIELDS = ("variants", "aliases", "short", "misspellings")


def _keys(entity: Entity) -> list[str]:
    forms = [entity.name, *(f for field in _FORM_FIELDS for f in getattr(entity, field))]
    return [k for k in (name_key(f) for f in forms) if k]


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[tuple[tuple[str, int, str], ...], NearKeys | None] | None:
    """(the people the claim's facts refer to whom the statement does not name, as (person
    id, index of the first fact referring to them, its field); the statement's near-name
    candidates, which may still name them) — None when the statement names them all."""
    entities = ctx.entities
    people: dict[str, int] = {}  # person id -> index of the first fact referring to them
    for i, fact in enumerate(claim.facts):
        for ref in (fact.entity if fact.type == "entity" else None, fact.subject):
            entity = entities.get(ref) if ref is not None else None
            if entity is not None and entity.kind is EntityKind.person:
                people.setdefault(entity.id, i)
    if not people:
        return None
    named = {e for n in statement_names(ctx, claim) for e in (n.entity_id, *n.others)}
    padded = f" {name_key(claim.statement)} "
    missing = []
    for person, index in people.items():
        if person in named or any(f" {k} " in padded for k in _keys(entities[person])):
            continue
        fact = claim.facts[index]
        missing.append((person, index, "entity" if fact.type == "entity" and fact.entity == person else "subject"))
    return (tuple(missing), near_keys(ctx, claim)) if missing else None


def group(ctx: Context, table: ClaimTable,
          keyed: Iterable[tuple[int, tuple[tuple[tuple[str, int, str], ...], NearKeys | None]]]) -> Iterator[Diagnostic]:
    entities = ctx.entities
    for n, (missing, near) in keyed:
        near_named = {m.entity_id for m in near_of(ctx, near)}
        for person, index, field in missing:
            if person in near_named:
                continue
            entity = entities[person]
            yield ctx.finding(
                CODE,
                f"fact refers to the person {entity.name} ({entity.id}), whom the statement "
                "does not name",
                claim=table.ref(n), path=("facts", index, field), entity=entity.id,
            )
