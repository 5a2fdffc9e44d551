"""A weekday is named next to a date that falls on another day.

What it checks, in three places:

* a claim's `statement`: a date written with its weekday ("on Tuesday, 13 August 2025")
  must fall on that weekday. A weekday written alone ("on Tuesday") is compared with the
  claim's date fact when the claim has exactly one date fact of day precision.
* a supporting quote's `expresses` words for a date fact: a weekday in them ("on Wednesday",
  "Wednesday") must be the weekday of the fact's date, whether or not the seed has a
  publication date (seeds 003 and 004 have none, so this is the only check their
  "Wednesday" gets). When the words also carry a full date ("Monday, December 9, 2024")
  that date must fall on the weekday too.
* the text of a supporting quote: a weekday next to a full date in the source itself.
  This is a **warning**: quotes are verbatim, so the finding records an error of the
  source (which the claim should not repeat), not one to fix in the quote.

Weekdays and dates are found by the date normaliser (`normalize.dates.find_dates`):
English names, capitalised ("Wednesday").

Why it matters: a wrong weekday is the most common date slip in copy, and the easiest
for a reader to catch: 13 August 2025 was a Wednesday, whatever the statement says.

Example that fails:

```yaml
claims:
  - id: mou-signed-tuesday
    statement: Turkey and Syria signed the memorandum on Tuesday, 13 August 2025.
    verdict: supported
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
```

Fix: correct the weekday (here "Wednesday") or the date; the fix suggestion gives the
weekday of the date.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import date_span
from ..models import DatePrecision
from ._base import Context
from ._datenum import WEEKDAYS, dated_facts, published, supporting, weekday_mentions

CODE = "FC201"
NAME = "weekday-mismatch"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def _message(named: str, day: date) -> str:
    return f'weekday "{named}" does not match {day.isoformat()}, a {WEEKDAYS[day.weekday()]}'


def _fix(named: str, day: date) -> Fix:
    right = WEEKDAYS[day.weekday()]
    return Fix(f'write "{right}", the weekday of {day.isoformat()}, or correct the date', named, right)


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        day_facts = [(i, f) for i, f in dated_facts(claim) if f.precision is DatePrecision.day]

        # 1. the statement: weekday + full date, or a lone weekday against the one day fact
        alone = []
        for weekday, day, surface in weekday_mentions(claim.statement, None):
            if day is None:
                alone.append((weekday, surface))
            elif weekday != day.weekday():
                yield ctx.finding(CODE, _message(surface, day), claim=claim, path=("statement",),
                                  fix=_fix(surface, day))
        if alone and len(day_facts) == 1:
            fact = day_facts[0][1]
            day = date_span(fact)[0]
            for weekday, surface in alone:
                if weekday != day.weekday():
                    yield ctx.finding(CODE, _message(surface, day) + f" ({fact.property or 'the date fact'})",
                                      claim=claim, path=("statement",), fix=_fix(surface, day))

        # 2. the expresses words of each supporting quote, against the fact they express
        by_property = {f.property: f for _, f in day_facts if f.property}
        for qi, quote in supporting(claim):
            for prop, words in quote.expresses.items():
                expressed = by_property.get(prop)
                if expressed is None:
                    continue
                named = weekday_mentions(words, published(ctx, quote.seed))
                if not named:
                    continue
                weekday, own_day, surface = named[0]
                path = ("quotes", qi, "expresses", prop)
                if own_day is not None and weekday != own_day.weekday():
                    yield ctx.finding(CODE, _message(surface, own_day) + f" in the words {words!r}",
                                      claim=claim, path=path, fix=_fix(surface, own_day))
                    continue
                day = date_span(expressed)[0]
                if weekday != day.weekday():
                    yield ctx.finding(CODE, _message(surface, day) + f" ({prop}, expressed as {words!r})",
                                      claim=claim, path=path, fix=_fix(surface, day))

        # 3. supporting quote texts: the source's own slip, a warning
        for qi, quote in supporting(claim):
            for weekday, day, surface in weekday_mentions(quote.text, published(ctx, quote.seed)):
                if day is not None and weekday != day.weekday():
                    yield ctx.finding(
                        CODE, _message(surface, day) + f" in the text of seed {quote.seed}",
                        claim=claim, path=("quotes", qi, "text"), severity=Severity.warning,
                        fix=Fix("the quote is verbatim: keep it, but do not repeat the source's "
                                "weekday in the statement"),
                    )
