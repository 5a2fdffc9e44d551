"""A quote matches its seed only after folding typography, diacritics, case or spaces.

What it checks: quotes that are in the seed but not byte for byte. The message
says which folds were needed: `typography` (curly vs straight quotes and
apostrophes, en/em dashes vs hyphens, non-breaking spaces, ellipsis), `diacritics`
(`Güler` vs `Guler`), `case`, `whitespace`.

Why it matters: a quote is verbatim or it is not. Straightened apostrophes are
harmless but should be restored; a dropped diacritic may be a spelling change the
source did not make.

Example that fails (the seed has a curly apostrophe in "Syria’s"):

```yaml
quotes:
  - seed: 000_081174c5714dbfd1
    text: Turkey, a NATO member, has been one of Syria's main foreign allies
```

Fix: copy the passage with its original characters (the fix suggestion gives them).
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context

CODE = "FC102"
NAME = "quote-needs-folding"
SEVERITY = Severity.warning
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        for i, quote in enumerate(claim.quotes):
            match = ctx.quote_match(claim, i) if quote.seed in ctx.corpus.seeds else None
            if match is None or match.exact:
                continue
            original = ctx.corpus.seeds[quote.seed].text[match.start : match.end]
            folds = ", ".join(sorted(match.folds))
            yield ctx.finding(
                CODE,
                f"quote matches seed {quote.seed} (line {match.line}) only after folding {folds}",
                claim=claim, path=("quotes", i, "text"),
                fix=Fix(f"use the seed's exact characters: {original!r}", quote.text, original, safe=True),
            )
