"""A claim's typed date does not follow from how the quote expressed it.

What it checks: for every date fact and every supporting quote (contradicting quotes
are expected to disagree) whose `expresses:` gives the words
for the fact's `property`, the words are resolved against the publication date of the
quote's seed (`published:` in `seeds/sources.yaml`) — seed 000 is dated 2025-08-14, a
Thursday, so its "on Wednesday" is 2025-08-13 — and compared with the fact, by
precision:

* the words and the fact must share at least one day: "on Wednesday" (2025-08-13) does
  not support 2025-08-12, "in August 2025" does not support 2025-07;
* a fact may be coarser than the words ("On Aug. 13" supports `2025-08`, month), but
  not finer than *all* of them: a fact of 2025-08-13 whose only expressions are
  "in August 2025" claims a day no quote gives (reported on the fact). When some
  expression could not be resolved, this part is skipped.

Absolute words ("Nov. 27, 2024", "13 August 2025", "in August 2025") are always checked.
Words without a year ("On Aug. 13", "10 March", "as of December 8") take the year of the
publication date; where the seed has none, their month and day are still compared with
the fact's ("10 March" does not support 2025-03-11, in any year). Relative words ("on
Wednesday", "last year", "earlier this month", "The previous day") need the publication
date: where the seed has none (seeds 001, 003 and 004), they cannot be resolved and are
not checked — FC201 still compares a weekday in them with the fact. Words the date
parser cannot read at all are not checked either.

Why it matters: relative dates are where copy drifts by a day: "on Wednesday" in an
article published on Thursday is the day before, not the day of publication.

Example that fails (seed 000 was published on Thursday 2025-08-14):

```yaml
claims:
  - id: mou-signed-12-august
    statement: Turkey and Syria signed a memorandum of understanding on 12 August 2025.
    verdict: supported
    facts:
      - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2025-08-12", precision: day}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
        expresses: {signed-on: on Wednesday}
```

Fix: correct the fact to the date the words give (the fix suggestion says which), or
the `expresses:` words, or the quote's seed.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import date_span, spans_overlap
from ._base import Context
from ._datenum import (
    dated_facts,
    published,
    resolve_words,
    resolve_yearless,
    supporting,
)

CODE = "FC202"
NAME = "date-not-from-expression"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        for fi, fact in dated_facts(claim):
            if not fact.property:
                continue
            span = date_span(fact)
            expressions = []  # (words, resolved span) that agree with the fact
            unresolved = False
            for qi, quote in supporting(claim):
                words = quote.expresses.get(fact.property)
                if words is None:
                    continue
                reference = published(ctx, quote.seed)
                resolved = resolve_words(words, reference)
                if resolved is None and reference is None:
                    resolved = resolve_yearless(words, span[0].year)  # "On Aug. 13", undated seed
                if resolved is None:
                    unresolved = True  # relative without a publication date, or unreadable
                    continue
                first, last, shown = resolved
                if not spans_overlap(span, (first, last)):
                    against = f" against {reference.isoformat()}" if reference else ""
                    yield ctx.finding(
                        CODE,
                        f"{fact.property} {fact.value} does not follow from {words!r} in seed "
                        f"{quote.seed}, which resolves{against} to {shown}",
                        claim=claim, path=("quotes", qi, "expresses", fact.property),
                        fix=Fix(f"give the fact the date the words say ({shown}), or correct the words"),
                        expression=words, resolved=shown,
                    )
                else:
                    expressions.append((words, first, last, shown))
            if expressions and not unresolved and all(first <= span[0] and span[1] <= last and (first, last) != span
                                   for _, first, last, _ in expressions):
                listed = ", ".join(f"{w!r} ({s})" for w, _, _, s in expressions)
                yield ctx.finding(
                    CODE,
                    f"{fact.property} {fact.value} is more precise than every expression of it: {listed}",
                    claim=claim, path=("facts", fi, "value"),
                    fix=Fix("lower the fact's precision to what the quotes say, or quote the source "
                            "that gives the exact date"),
                )
