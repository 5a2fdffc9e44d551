"""A claim whose verdict is not `supported` does not say why.

What it checks: claims with verdict `outdated`, `unverified` (or any other verdict
that is not `supported`) without a `rationale`, or with one that is only
whitespace. `refuted` and `disputed` claims are checked by FC503, which also asks
for a counter-source; this rule does not report them a second time.

Why it matters: the verdict is the curator's conclusion and the rationale is the
one line that makes it reviewable: what is stale and since when, what could not be
confirmed. The quiz generator shows it as the explanation of the answer.

Example that fails:

```yaml
claims:
  - id: mou-framework-for-advising-command
    statement: The deal establishes a framework for advising the Syrian army's command.
    verdict: unverified
```

Fix: add `rationale:` with one line, e.g. `Seed 001 reports this only as "believed";
no other seed confirms it.`
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Verdict
from ._base import Context

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC504"
NAME = "missing-rationale"
SEVERITY = Severity.error
SCOPE = "file"

#: verdicts that need no rationale here: supported needs none, FC503 covers the contested ones
_NOT_HERE = (Verdict.supported, Verdict.refuted, Verdict.disputed)


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        if claim.verdict in _NOT_HERE:
            continue
        if not (claim.rationale or "").strip():
            what = "an empty rationale" if claim.rationale is not None else "no rationale"
            yield ctx.finding(CODE, f"{claim.verdict.value} claim {claim.id!r} has {what}",
                              claim=claim,
                              path=("rationale",) if claim.rationale is not None else ("verdict",))
