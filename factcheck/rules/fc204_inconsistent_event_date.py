"""The same event is dated differently in two claims.

What it checks: date facts with the same `subject` and `property` (the same event,
e.g. `turkey-syria-mou` `signed-on`) across all claims, precision-aware: `2025-08`
and `2025-08-13` are compatible (the day is in the month), `2025-08-13` and
`2025-08-12` are not, nor are `2025-07` and `2025-08-13`. Claims whose verdict is
`refuted` or `outdated` are skipped: they record a wrong or superseded date on purpose.
Facts without a `subject` or `property` are not grouped.

The facts are grouped in one pass (a dict keyed by subject and property) and each group
keeps the running intersection of its dates, so a fact base of any size is checked in
time linear in its number of facts. The finding is reported on the later fact (in file
order) and names the claim it disagrees with.

Why it matters: a fact base that gives two dates for one event will teach both of
them; one of them is an error, or the two claims are not about the same event.

Example that fails:

```yaml
claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
    facts:
      - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2025-08-13", precision: day}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
  - id: mou-signed-again
    statement: Turkey and Syria signed a memorandum of understanding on 12 August 2025.
    verdict: supported
    facts:
      - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2025-08-12", precision: day}
    quotes:
      - seed: 002_346b15368b31c8c0
        text: On Aug. 13, Turkey and Syria signed a memorandum of understanding (MoU)
```

Fix: correct the wrong date, mark the claim that records it `refuted` or `outdated`,
or give the two events different properties.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import Interval, date_span
from ..models import Claim
from ._base import Context
from ._datenum import WRONG_ON_PURPOSE, Narrowing, dated_facts, day_interval
from ._keyed import ClaimTable, run_keyed

CODE = "FC204"
NAME = "inconsistent-event-date"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

#: (index in claim.facts, subject, property, value, first day, last day) of each grouped fact
_Dated = tuple[int, str, str, str, float, float]


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[_Dated, ...] | None:
    if claim.verdict in WRONG_ON_PURPOSE:
        return None
    out = []
    for i, fact in dated_facts(claim):
        if fact.subject and fact.property:
            interval = day_interval(date_span(fact))
            out.append((i, fact.subject, fact.property, fact.value, interval.low, interval.high))
    return tuple(out) or None


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, tuple[_Dated, ...]]]) -> Iterator[Diagnostic]:
    groups: dict[tuple[str, str], Narrowing[tuple[int, str]]] = {}
    for n, facts in keyed:
        for i, subject, prop, value, low, high in facts:
            narrowing = groups.get((subject, prop))
            if narrowing is None:
                narrowing = groups[(subject, prop)] = Narrowing()
            other = narrowing.offer(Interval(low, high), (n, value))
            if other is None:
                continue
            m, other_value = other
            other_id = table.ids[m]
            where = "another fact of this claim" if m == n else f"claim {other_id!r}"
            yield ctx.finding(
                CODE,
                f"{subject} {prop} is {value} here but {other_value} in {where}",
                claim=table.ref(n), path=("facts", i, "value"),
                fix=Fix("correct one of the dates, or mark the claim that records the wrong one "
                        "'refuted' or 'outdated'"),
                other_claim=other_id, other_value=other_value,
            )
