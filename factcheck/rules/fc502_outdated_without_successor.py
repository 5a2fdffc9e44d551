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

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Claim, Verdict
from ._base import Context
from ._keyed import ClaimTable, run_keyed
from ._keyed import ClaimTable, run_keyed

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

CODE = "FC502"
NAME = "outdated-without-successor"
SEVERITY = Severity.error
SCOPE = "corpus"

_DEAD_ENDS = (Verdict.refuted, Verdict.outdated)


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[str | None] | None:
    """(superseded_by,) of an outdated claim."""
    return (claim.superseded_by,) if claim.verdict is Verdict.outdated else None


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, tuple[str | None]]]) -> Iterator[Diagnostic]:
    first = table.first()
    for n, (successor_id,) in keyed:
        cid = table.ids[n]
        if successor_id is None:
            yield ctx.finding(CODE, f"outdated claim {cid!r} has no 'superseded_by'",
                              claim=table.ref(n), path=("verdict",))
            continue
        m = first.get(successor_id)
        verdict = table.verdicts[m] if m is not None else None
        if verdict in _DEAD_ENDS:
            yield ctx.finding(
                CODE,
                f"outdated claim {cid!r} is superseded by {successor_id!r}, which is itself {verdict.value}",
                claim=table.ref(n), path=("superseded_by",),
            )
