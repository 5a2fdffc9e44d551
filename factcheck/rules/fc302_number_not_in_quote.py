"""A typed number is not what the quote's words say, qualifier included.

What it checks: for every number fact and every supporting quote whose `expresses:`
gives the words for the fact's `property`, the words are parsed ("more than 20,000",
"over 350", "between 70% and 80%", "$326 million", "hundreds of billions of dollars")
and must allow exactly the values the fact allows: the same value (scale applied:
"326 million" = 326,000,000), the same bounds, and the same qualifier — "over" is
`more-than`, "at least" is `at-least`, "between … and …" is `between`, "hundreds of"
is `order-of`. "20,000" from "more than 20,000" is a finding: the fact dropped the
qualifier. When the words name a unit ("troops", "%", "$") it must be the fact's unit
(case, plural and `%` = percent folded). Words the number parser cannot read are not
checked; contradicting quotes are not checked either (they are expected to disagree).

Why it matters: "more than 20,000 troops" and "20,000 troops" are different claims; a
quiz that teaches the second from a source that says the first teaches an error.

Example that fails:

```yaml
claims:
  - id: turkish-troops
    statement: Turkey keeps 20,000 troops in Syria.
    verdict: supported
    facts:
      - {type: number, subject: turkey, property: troops-in-syria, value: 20000, unit: troops}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: Turkey maintains more than 20,000 troops in Syria
        expresses: {troops-in-syria: "more than 20,000 troops"}
```

Fix: give the fact the qualifier and value of the words (here `qualifier: more-than`).
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import describe_number
from ..normalize.numbers import number_disagreement, parse_number
from ._base import Context
from ._datenum import number_facts, supporting

CODE = "FC302"
NAME = "number-not-in-quote"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        for _, fact in number_facts(claim):
            if not fact.property:
                continue
            for qi, quote in supporting(claim):
                words = quote.expresses.get(fact.property)
                if words is None:
                    continue
                parsed = parse_number(words)
                if not parsed.ok:
                    continue  # unreadable words: not checked (see the docstring)
                why = number_disagreement(fact, parsed)
                if why is None:
                    continue
                yield ctx.finding(
                    CODE,
                    f"{fact.property} is {describe_number(fact)}, which the words {words!r} do not "
                    f"support: {why}",
                    claim=claim, path=("quotes", qi, "expresses", fact.property),
                    fix=Fix("make the fact's qualifier, value, scale and unit those of the words, "
                            "or correct the words"),
                    expression=words,
                )
