"""A `refuted` or `disputed` claim lacks its rationale or its counter-source.

What it checks: every claim whose verdict is `refuted` or `disputed` must have

* a non-empty `rationale` (why the fact base disagrees with, or doubts, the statement), and
* a counter-source: at least one quote with `stance: contradicts`. For a refuted
  claim, the contradicting quote *is* the evidence of the refutation; for a
  disputed claim it is the other side of the dispute.

Each missing piece is one finding. A missing rationale on other non-supported
verdicts (`outdated`, `unverified`) is FC504's finding; this rule does not repeat it.

Why it matters: a verdict against a statement is itself a claim. Without a source
that says otherwise it is the curator's opinion, and a trainee shown the refutation
in a quiz cannot be pointed at the passage that refutes it.

Example that fails:

```yaml
claims:
  - id: mou-signed-14-august-2025
    statement: Turkey and Syria signed the memorandum of understanding on 14 August 2025.
    verdict: refuted
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
```

Fix: add `rationale:` with one line saying why, and mark the quote that says
otherwise `stance: contradicts` (or add one).
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ..models import Stance, Verdict
from ._base import Context

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC503"
NAME = "verdict-without-evidence"
SEVERITY = Severity.error
SCOPE = "file"

_CONTESTED = (Verdict.refuted, Verdict.disputed)


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        if claim.verdict not in _CONTESTED:
            continue
        verdict = claim.verdict.value
        if not (claim.rationale or "").strip():
            yield ctx.finding(CODE, f"{verdict} claim {claim.id!r} has no rationale",
                              claim=claim, path=("verdict",))
        if not any(q.stance is Stance.contradicts for q in claim.quotes):
            why = ("no quote has 'stance: contradicts'" if claim.quotes else "it has no quotes")
            yield ctx.finding(CODE, f"{verdict} claim {claim.id!r} has no counter-source: {why}",
                              claim=claim, path=("quotes", 0) if claim.quotes else ("verdict",))
