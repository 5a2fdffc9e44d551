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

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import Interval, describe_number, number_interval
from ..models import Claim, Verdict
from ..normalize.numbers import unit_key
from ._base import Context
from ._datenum import Narrowing, number_facts
from ._keyed import ClaimTable, run_keyed

CODE = "FC303"
NAME = "conflicting-quantities"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

#: (index in claim.facts, (subject, property, unit key), the interval's four fields, description)
_Number = tuple[int, tuple[str, str, "str | None"], tuple, str]


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[_Number, ...] | None:
    if claim.verdict is not Verdict.supported:
        return None
    out = []
    for i, fact in number_facts(claim):
        if fact.subject and fact.property:
            iv = number_interval(fact)
            out.append((i, (fact.subject, fact.property, unit_key(fact.unit)),
                        (iv.low, iv.high, iv.low_inclusive, iv.high_inclusive), describe_number(fact)))
    return tuple(out) or None


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, tuple[_Number, ...]]]) -> Iterator[Diagnostic]:
    groups: dict[tuple[str, str, str | None], Narrowing[tuple[int, str]]] = {}
    for n, facts in keyed:
        for i, where_key, interval, described in facts:
            narrowing = groups.get(where_key)
            if narrowing is None:
                narrowing = groups[where_key] = Narrowing()
            other = narrowing.offer(Interval(*interval), (n, described))
            if other is None:
                continue
            m, other_described = other
            other_id = table.ids[m]
            where = "another fact of this claim" if m == n else f"supported claim {other_id!r}"
            yield ctx.finding(
                CODE,
                f"{where_key[0]} {where_key[1]} is {described} here but {other_described} in {where}",
                claim=table.ref(n), path=("facts", i),
                fix=Fix("correct the figure or its qualifier, or mark one claim 'disputed' or 'outdated'"),
                other_claim=other_id,
            )
