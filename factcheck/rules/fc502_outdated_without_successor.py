"""An `outdated` claim does not say what supersedes it, or its successor is no better.

What it checks: claims with `verdict: outdated` and no `superseded_by`, and
outdated claims whose `superseded_by` names a claim that is itself `refuted` or
`outdated`. A `superseded_by` that names no claim at all is FC005's finding, not
this rule's.

Why it matters: "outdated" means "this was true, something newer replaced it". A
reader (and the quiz generator, which offers the current fact as the right answer)
needs the current fact; a chain that ends in another outdated or refuted claim
leaves them with nothing that is true now.

Example that fails:

```yaml
claims:
  - id: al-jalali-leads-interim-government
    statement: Syria's interim government is led by al-Jalali.
    verdict: outdated
    rationale: Stale; seed 001 names Ahmed al-Sharaa as the current president.
```

Fix: add `superseded_by: <id of the claim that states the current fact>`, pointing
at a `supported` (or at least not refuted or outdated) claim.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Verdict
from ._base import Context

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC502"
NAME = "outdated-without-successor"
SEVERITY = Severity.error
SCOPE = "corpus"

_DEAD_ENDS = (Verdict.refuted, Verdict.outdated)


def check(ctx: Context) -> Iterator[Diagnostic]:
    claims = ctx.claims_by_id
    for claim in ctx.corpus.claims:
        if claim.verdict is not Verdict.outdated:
            continue
        if claim.superseded_by is None:
            yield ctx.finding(CODE, f"outdated claim {claim.id!r} has no 'superseded_by'",
                              claim=claim, path=("verdict",))
            continue
        successor = claims.get(claim.superseded_by)
        if successor is not None and successor.verdict in _DEAD_ENDS:
            yield ctx.finding(
                CODE,
                f"outdated claim {claim.id!r} is superseded by {successor.id!r}, "
                f"which is itself {successor.verdict.value}",
                claim=claim, path=("superseded_by",),
            )
