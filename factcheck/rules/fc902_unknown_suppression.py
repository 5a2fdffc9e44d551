"""A claim suppresses a rule code that does not exist, or one that cannot be suppressed.

What it checks: every key of a claim's `suppress` map is the code of a registered
rule (see `factcheck rules`); load-time codes such as FC004 count as rules. The
suppression-hygiene codes (FC9xx) cannot be suppressed, so suppressing one is reported too.

Why it matters: a typo (`FC310` for `FC301`) suppresses nothing, while the reason
next to it tells a reviewer the finding was accepted.

Example that fails:

```yaml
claims:
  - id: troops-20000
    statement: Turkey has more than 20,000 troops in Syria.
    verdict: disputed
    rationale: Only one source gives the number.
    suppress:
      FC999: "no such rule"
```

Fix: correct the code, or delete the entry.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ._base import Context

CODE = "FC902"
NAME = "unknown-suppression"
SEVERITY = Severity.warning
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        for code in claim.suppress:
            if code not in ctx.rules:
                message = f"suppression of unknown rule code {code}"
            elif code.startswith("FC9"):
                message = f"suppression of {code} has no effect: FC9xx findings cannot be suppressed"
            else:
                continue
            yield ctx.finding(CODE, message, claim=claim, path=("suppress", code))
