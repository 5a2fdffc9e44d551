"""Two supported claims give different entities for the same subject and property.

What it checks: the typed entity facts of `supported` claims that have both a
`subject` and a `property` (`{type: entity, entity: ahmed-al-sharaa, subject:
hayat-tahrir-al-sham, property: leader}`). When two claims give different
entities for the same (subject, property), the later one in file order is
reported, naming the first claim and its value.

Properties that hold a set rather than one value are not compared: a property
counts as set-valued as soon as one claim gives two different entities for it
with the same subject (`party: turkey` and `party: syria` in one claim makes every
`party` a set, for every subject). Claims that are not `supported` are expected to
disagree with the supported ones and are ignored.

Dates and numbers are not compared here: the same event dated differently is
FC204's finding, the same quantity given different values is FC303's.

Cost: one pass over all facts, grouping them in a dictionary keyed by (subject,
property), then one pass over the groups; linear in the size of the fact base,
never claim against claim.

Why it matters: the fact base is the newsroom's memory. If one supported record
says HTS was led by Ahmed al-Sharaa and another says it was led by someone else,
at least one is wrong, and a quiz built from both contradicts itself.

Example that fails (the second claim):

```yaml
claims:
  - id: ahmed-al-sharaa-led-hts
    statement: Hayat Tahrir al-Sham (HTS) was led by Ahmed al-Sharaa.
    verdict: supported
    facts:
      - {type: entity, entity: ahmed-al-sharaa, subject: hayat-tahrir-al-sham, property: leader}
  - id: al-jalali-led-hts
    statement: Hayat Tahrir al-Sham (HTS) was led by al-Jalali.
    verdict: supported
    facts:
      - {type: entity, entity: al-jalali, subject: hayat-tahrir-al-sham, property: leader}
```

Fix: decide which record is right; mark the other `refuted` or `outdated` (with a
rationale and `superseded_by`), or give the facts distinct properties if both hold.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Claim, EntityFact, Verdict
from ._base import Context
from ._keyed import ClaimTable, run_keyed

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

CODE = "FC501"
NAME = "conflicting-facts"
SEVERITY = Severity.error
SCOPE = "corpus"

#: ((index in claim.facts, subject, property, entity) of each grouped fact, properties this
#: claim gives two values = set-valued)
_Key = tuple[tuple[tuple[int, str, str, str], ...], tuple[str, ...]]


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> _Key | None:
    if claim.verdict is not Verdict.supported:
        return None
    facts = []
    own: dict[tuple[str, str], str] = {}
    set_valued: list[str] = []
    for i, fact in enumerate(claim.facts):
        if not isinstance(fact, EntityFact) or fact.subject is None or fact.property is None:
            continue
        if own.setdefault((fact.subject, fact.property), fact.entity) != fact.entity:
            set_valued.append(fact.property)
        facts.append((i, fact.subject, fact.property, fact.entity))
    return (tuple(facts), tuple(set_valued)) if facts else None


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, _Key]]) -> Iterator[Diagnostic]:
    # (subject, property) -> entity -> (claim n, index of the fact) giving that entity, in file order
    groups: dict[tuple[str, str], dict[str, list[tuple[int, int]]]] = {}
    set_valued: set[str] = set()
    for n, (facts, own_set_valued) in keyed:
        set_valued.update(own_set_valued)
        for i, subject, prop, entity in facts:
            groups.setdefault((subject, prop), {}).setdefault(entity, []).append((n, i))
    for (subject, prop), values in groups.items():
        if len(values) < 2 or prop in set_valued:
            continue
        first_entity, first_sites = next(iter(values.items()))
        first_n, first_index = first_sites[0]
        first_claim = table.ref(first_n)
        origin = first_claim.origin
        where = ""
        if origin is not None:
            line = (first_claim.locate("facts", first_index) or (origin.line, origin.column))[0]
            where = f" ({origin.file}:{line})"
        for entity, sites in values.items():
            if entity == first_entity:
                continue
            for n, index in sites:
                yield ctx.finding(
                    CODE,
                    f"{subject} {prop} is {entity!r} here but {first_entity!r} in supported claim "
                    f"{table.ids[first_n]!r}{where}",
                    claim=table.ref(n), path=("facts", index, "entity"),
                    subject=subject, property=prop, values=sorted(values), other=table.ids[first_n],
                )
