"""A quote's `expresses:` entry is not in the quote, or names no fact of the claim.

What it checks: for each `expresses: {property: words}` of a quote, that `words`
occur in the quote's text (exactly, or after folding typography and case) and that
`property` is the property of one of the claim's date or number facts.

Why it matters: `expresses` records how the source itself put a date or number
("on Wednesday", "more than 20,000"); the date and number rules compare the typed fact
with exactly these words. Words that are not in the quote make that comparison
meaningless.

Example that fails ("on Thursday" is not in this quote):

```yaml
facts:
  - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2025-08-13", precision: day}
quotes:
  - seed: 000_081174c5714dbfd1
    text: Turkey and Syria inked a memorandum of understanding on Wednesday
    expresses: {signed-on: on Thursday}
```

Fix: copy the words from the quote, or correct the property name.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ..normalize.text import find_folded
from ._base import Context

CODE = "FC105"
NAME = "expression-not-in-quote"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        properties = {f.property for f in claim.facts if f.type in ("date", "number") and f.property}
        for i, quote in enumerate(claim.quotes):
            for prop, words in quote.expresses.items():
                path = ("quotes", i, "expresses", prop)
                if prop not in properties:
                    known = ", ".join(sorted(properties)) or "none"
                    yield ctx.finding(CODE, f"expresses {prop!r}, which is not the property of a date or "
                                      f"number fact of this claim (properties: {known})",
                                      claim=claim, path=path)
                elif words not in quote.text and find_folded(quote.text, words) is None:
                    yield ctx.finding(CODE, f"expression {words!r} does not occur in the quote",
                                      claim=claim, path=path)
