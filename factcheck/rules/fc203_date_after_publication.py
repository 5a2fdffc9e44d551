"""A date fact is later than the publication date of a seed that supports it.

What it checks: for every date fact of a claim and every supporting quote
(`stance: supports`, the default) whose seed has a publication date in
`seeds/sources.yaml`, that the fact's date is not after that publication date. A fact
of month or year precision is later only when its *first* day is: `2025-08` is
compatible with an article of 2025-08-14. Seeds without a publication date are not
checked, and neither are contradicting quotes.

Why it matters: an article cannot report what had not happened when it was published.
A date after the publication date is a typo in the fact (a day or a year off), a quote
attached to the wrong claim, or a source that only announced a plan — which the claim
should then say.

Example that fails (seed 000 was published on 2025-08-14):

```yaml
claims:
  - id: mou-signed-15-august
    statement: Turkey and Syria signed a memorandum of understanding on 15 August 2025.
    verdict: supported
    facts:
      - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2025-08-15", precision: day}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
```

Fix: correct the date (here 2025-08-13), or cite a source published after the event.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import date_span
from ._base import Context
from ._datenum import dated_facts, published, supporting

CODE = "FC203"
NAME = "date-after-publication"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        facts = list(dated_facts(claim))
        if not facts:
            continue
        seeds: dict[str, date] = {}
        for _, quote in supporting(claim):
            day = published(ctx, quote.seed)
            if day is not None:
                seeds.setdefault(quote.seed, day)
        for i, fact in facts:
            first, _ = date_span(fact)
            for seed_id, day in seeds.items():
                if first > day:
                    what = fact.property or "date"
                    yield ctx.finding(
                        CODE,
                        f"{what} {fact.value} is after {day.isoformat()}, the publication date of "
                        f"seed {seed_id}, which is quoted as supporting it",
                        claim=claim, path=("facts", i, "value"),
                        fix=Fix(f"correct the date, or cite a source published on or after {fact.value}"),
                        seed=seed_id, published=day.isoformat(),
                    )
