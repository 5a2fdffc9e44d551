"""The same quantity is given incompatible values in two supported claims.

What it checks: number facts with the same `subject`, `property` and unit (folded:
case, plural, `%` = percent) across all claims whose verdict is `supported`. Each fact
is the interval of values it allows — `exact` a point, `more-than 20,000` the values
above 20,000, `between` its closed range, `about` the value ± 10 %, `order-of` [value,
10 × value) — and two facts conflict when their intervals do not overlap: `20,000` and
`25,000` troops conflict, so do `20,000` and `more than 20,000` (the qualifier was lost
in one of them), while `more than 20,000` and `at least 25,000` do not. Facts in
different units are not compared.

The facts are grouped in one pass (a dict keyed by subject, property and unit) and each
group keeps the running intersection of its intervals, so the check is linear in the
number of facts. The finding is reported on the later fact (in file order) and names
the claim it conflicts with.

Why it matters: two supported claims cannot both be right about one number; a quiz
built from them would mark one true answer wrong.

Example that fails:

```yaml
claims:
  - id: turkish-troops
    statement: Turkey maintains more than 20,000 troops in Syria.
    verdict: supported
    facts:
      - {type: number, subject: turkish-forces-in-syria, property: troop-count, qualifier: more-than, value: 20000, unit: troops}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: Turkey maintains more than 20,000 troops in Syria
  - id: turkish-troops-exact
    statement: Turkey keeps 20,000 troops in Syria.
    verdict: supported
    facts:
      - {type: number, subject: turkish-forces-in-syria, property: troop-count, value: 20000, unit: troops}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: Turkey maintains more than 20,000 troops in Syria
```

Fix: correct the wrong figure or qualifier, or mark the claim `disputed` or `outdated`.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import describe_number, number_interval
from ..models import Claim, NumberFact, Verdict
from ..normalize.numbers import unit_key
from ._base import Context
from ._datenum import Narrowing, number_facts

CODE = "FC303"
NAME = "conflicting-quantities"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    groups: dict[tuple[str, str, str | None], Narrowing[tuple[Claim, NumberFact]]] = {}
    for claim in ctx.corpus.claims:
        if claim.verdict is not Verdict.supported:
            continue
        for i, fact in number_facts(claim):
            if not fact.subject or not fact.property:
                continue
            key = (fact.subject, fact.property, unit_key(fact.unit))
            group = groups.get(key)
            if group is None:
                group = groups[key] = Narrowing()
            other = group.offer(number_interval(fact), (claim, fact))
            if other is None:
                continue
            other_claim, other_fact = other
            where = "another fact of this claim" if other_claim is claim else f"supported claim {other_claim.id!r}"
            yield ctx.finding(
                CODE,
                f"{fact.subject} {fact.property} is {describe_number(fact)} here but "
                f"{describe_number(other_fact)} in {where}",
                claim=claim, path=("facts", i),
                fix=Fix("correct the figure or its qualifier, or mark one claim 'disputed' or 'outdated'"),
                other_claim=other_claim.id,
            )
