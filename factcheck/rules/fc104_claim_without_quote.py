"""A claim has no source quote, or none that supports it.

What it checks: claims with an empty `quotes:` list, and claims whose verdict is
`supported` but every quote has `stance: contradicts`.

Why it matters: every claim in the fact base is evidence-based; a claim without a
quote is an assertion, and the quiz generator cannot cite it.

Example that fails:

```yaml
claims:
  - id: turkish-troops
    statement: Turkey keeps more than 20,000 troops in Syria.
    verdict: supported
```

Fix: add the passage of a seed that says it, or mark the claim `unverified` with a rationale.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Stance, Verdict
from ._base import Context

CODE = "FC104"
NAME = "claim-without-quote"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        if not claim.quotes:
            if claim.verdict is not Verdict.unverified:
                yield ctx.finding(CODE, f"claim {claim.id!r} has no source quote", claim=claim, path=("id",))
        elif claim.verdict is Verdict.supported and all(
            q.stance is Stance.contradicts for q in claim.quotes
        ):
            yield ctx.finding(CODE, f"supported claim {claim.id!r} has no supporting quote, "
                              "only contradicting ones", claim=claim, path=("verdict",))
