"""A date written in the statement disagrees with the claim's date fact.

What it checks: the absolute dates written in a claim's `statement` ("13 August 2025",
"December 2024", "2024") against each date fact of the claim, precision-aware, the way
FC301 compares numbers:

* **error** when the statement writes dates but none of them is compatible with the
  fact: "signed on 12 August 2025" with a fact of `2025-08-13` is a finding, "in
  August 2025" with `2025-08-13` is not (the day is in the month);
* **warning** when the statement writes no absolute date at all while the claim has a
  date fact: the published sentence does not say what its fact records.

Relative words in a statement ("on Wednesday", "last year") are not compared: a
statement is written in house style, with absolute dates (FC201 still checks a weekday
against the fact).

Why it matters: the statement is what readers and quiz takers see; the typed fact is
what was checked against the sources. A statement that drifted by a day while its fact
stayed right passes every other date rule.

Example that fails:

```yaml
claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding on 12 August 2025.
    verdict: supported
    facts:
      - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2025-08-13", precision: day}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
        expresses: {signed-on: on Wednesday}
```

Fix: write the fact's date in the statement ("13 August 2025"), or correct the fact.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import date_span, spans_overlap
from ..normalize.dates import find_dates
from ._base import Context
from ._datenum import dated_facts

CODE = "FC206"
NAME = "statement-date-mismatch"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        facts = list(dated_facts(claim))
        if not facts:
            continue
        written = [(m.text, m.result.start, m.result.end) for m in find_dates(claim.statement)
                   if m.result.ok and not m.result.relative and m.result.start and m.result.end]
        for fi, fact in facts:
            what = fact.property or "the date fact"
            if not written:
                yield ctx.finding(
                    CODE, f"the statement writes no date for {what} ({fact.value})",
                    claim=claim, path=("facts", fi), severity=Severity.warning,
                    fix=Fix(f"write the date ({fact.value}) in the statement, or drop the fact"),
                )
                continue
            span = date_span(fact)
            if any(spans_overlap(span, (first, last)) for _, first, last in written):
                continue
            shown = ", ".join(repr(text) for text, _, _ in written)
            yield ctx.finding(
                CODE, f"statement says {shown}, but {what} is {fact.value}",
                claim=claim, path=("statement",),
                fix=Fix(f"write the fact's date ({fact.value}) in the statement, or correct the fact"),
                written=[text for text, _, _ in written],
            )
