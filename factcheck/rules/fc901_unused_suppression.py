"""A claim suppresses a rule that no longer finds anything on it.

What it checks: every entry of a claim's `suppress` map whose rule ran and reported
nothing on that claim. The rule is run for this purpose even when it is not selected,
so the answer does not depend on `--select`/`--ignore`.

Why it matters: a suppression is a reviewed exception with a reason. Once the claim
is fixed (or the rule improved), a stale suppression would silently hide the next,
different problem of the same kind on that claim.

Example that fails (the quote is verbatim, so FC102 has nothing to suppress):

```yaml
claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
    suppress:
      FC102: "the source's apostrophes were straightened"
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
```

Fix: delete the entry from `suppress` (and the map, when it is empty).
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context

CODE = "FC901"
NAME = "unused-suppression"
SEVERITY = Severity.warning
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    sup = ctx.suppressions
    if sup is None:  # run outside factcheck.check(): nothing is known about usage
        return
    for claim in ctx.corpus.claims:
        for code in claim.suppress:
            if code not in sup.evaluated or (id(claim), code) in sup.used:
                continue
            yield ctx.finding(
                CODE,
                f"suppression of {code} is unused: {code} reports nothing on claim {claim.id!r}",
                claim=claim, path=("suppress", code),
                fix=Fix(f"remove '{code}' from suppress"),
            )
