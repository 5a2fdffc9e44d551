"""A number in the statement disagrees with the claim's number fact.

What it checks: the numbers written in a claim's `statement` ("more than 20,000
troops", "38%", "three bases", "$326 million"; numbers that are part of a date such as
"13 August 2025" are left out) against each number fact of the claim. A number in the
statement belongs to a fact when its unit is the fact's unit (case, plural, `%` =
percent folded) or, written without a unit, when its value is one of the fact's. Then:

* **error** when the numbers that belong to a fact all disagree with it in value, scale
  or qualifier: "Turkey keeps 20,000 troops" with a fact of `more-than` 20,000 is a
  finding — the statement dropped the qualifier — and so is "25,000 troops";
* **warning** when no number of the statement belongs to a number fact at all: the
  statement does not say what its fact records.

Why it matters: the statement is what a reader (and a quiz) sees; the fact is what was
checked against the source. When they differ, the published sentence is unchecked.

Example that fails:

```yaml
claims:
  - id: turkish-troops
    statement: Turkey keeps 20,000 troops in Syria.
    verdict: supported
    facts:
      - {type: number, subject: turkey, property: troops-in-syria, qualifier: more-than, value: 20000, unit: troops}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: Turkey maintains more than 20,000 troops in Syria
```

Fix: write the number as the fact has it ("more than 20,000 troops"), or correct the
fact.
"""

from __future__ import annotations

import math
from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import describe_number, scale_factor
from ..models import NumberFact
from ..normalize.numbers import (
    NumberMention,
    find_numbers,
    number_disagreement,
    unit_key,
)
from ._base import Context
from ._datenum import number_facts

CODE = "FC301"
NAME = "statement-number-mismatch"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def _values(fact: NumberFact) -> list[float]:
    k = scale_factor(fact.scale)
    return [v * k for v in (fact.value, fact.low, fact.high) if v is not None]


def _mentioned_values(mention: NumberMention) -> list[float]:
    r = mention.result
    return [v for v in (r.magnitude, r.low, r.high) if v is not None]


def _belongs(mention: NumberMention, fact: NumberFact) -> bool:
    r = mention.result
    if not r.ok:
        return False
    if r.unit is not None:
        return unit_key(r.unit) == unit_key(fact.unit)
    return any(math.isclose(a, b, rel_tol=1e-9) for a in _values(fact) for b in _mentioned_values(mention))


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        facts = list(number_facts(claim))
        if not facts:
            continue
        mentions = find_numbers(claim.statement)
        for fi, fact in facts:
            belonging = [m for m in mentions if _belongs(m, fact)]
            if not belonging:
                yield ctx.finding(
                    CODE,
                    f"the statement does not mention {fact.property or 'the number fact'} "
                    f"({describe_number(fact)})",
                    claim=claim, path=("facts", fi), severity=Severity.warning,
                    fix=Fix(f"say {describe_number(fact)!r} in the statement, or drop the fact"),
                )
                continue
            reasons = [number_disagreement(fact, m.result) for m in belonging]
            if any(why is None for why in reasons):
                continue
            first, why = belonging[0], reasons[0]
            yield ctx.finding(
                CODE,
                f"statement says {first.text!r}, but {fact.property or 'the fact'} is "
                f"{describe_number(fact)}: {why}",
                claim=claim, path=("statement",),
                fix=Fix(f"write {describe_number(fact)!r} as the fact has it, or correct the fact"),
            )
