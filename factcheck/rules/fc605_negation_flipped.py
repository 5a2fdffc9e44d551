"""A statement negates what its quotes affirm, or affirms what they negate.

What it checks: the words of the statement of a `supported`, `disputed` or `outdated`
claim that every supporting quote uses under a negation while the statement does not
("had not met any of the conditions" → "had met the conditions"), and the words the
statement negates while no quote does ("withdraws" → "does not withdraw"). Negations:
not, n't, no, never, without, neither, nor, none, no longer, fails to, lack of, excludes,
yet to, refuses to, declines to, unable to; each governs the next three content words.

A word some quotes negate and others do not is not reported (the quotes disagree with
each other, or use it twice); nor is a word whose negation the other side has further
away ("unable to provide the support to prop up" and "unable to prop up"). Names are not
compared.

Why it matters: a dropped "not" turns a quote into evidence for its opposite, and nothing
else in the check notices: every word of the statement is in the quote.

Example that fails (seed 000: "The Turkish source said the SDF had not met any of the
conditions of the March deal"):

```yaml
claims:
  - id: sdf-has-met-conditions
    statement: A Turkish source said the SDF had met the conditions of the March deal.
    verdict: supported
    quotes:
      - seed: 000_081174c5714dbfd1
        text: "The Turkish source said the SDF had not met any of the conditions of the March deal"
```

Fix: write the negation the quote has (or drop the one it lacks); if the claim is meant to
be the opposite of the quote, make it `refuted` and give the quote `stance: contradicts`.

What it cannot judge: negation by antonym ("rejected" for "did not accept"), double
negation, and a negation three words away from the word it governs.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._fidelity import claim_views, paired

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC605"
NAME = "negation-flipped"
SEVERITY = Severity.error
SCOPE = "file"


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim, view in claim_views(ctx):
        dropped: list[str] = []
        added: list[str] = []
        negators: list[str] = []
        statement_negators = _negators(claim.statement, view.statement)
        quote_negators: set[str] = set()
        for q in view.quotes:
            quote_negators |= _negators(q.view.text, q.view)
        for occ, found in paired(view):
            word = claim.statement[occ.start:occ.end]
            if not occ.negated and all(o.negated for o in found):
                cues = {n.lower() for o in found for n in o.negators}
                if cues & statement_negators:
                    continue  # the statement keeps the negation, for another word
                if word not in dropped:
                    dropped.append(word)
                    negators.extend(n for n in found[0].negators if n not in negators)
            elif occ.negated and not any(o.negated for o in found):
                if {n.lower() for n in occ.negators} & quote_negators:
                    continue  # the quotes have this negation, further from the word
                if word not in added:
                    added.append(word)
                    negators.extend(n for n in occ.negators if n not in negators)
        if dropped or added:
            parts = []
            if dropped:
                parts.append(f"the quotes negate {', '.join(repr(w) for w in dropped)} and the statement does not")
            if added:
                parts.append(f"the statement negates {', '.join(repr(w) for w in added)} and no quote does")
            yield ctx.finding(
                CODE,
                f"negation flipped: {'; '.join(parts)} ({', '.join(repr(n) for n in negators)})",
                claim=claim, path=("statement",),
                fix=Fix("write the negation as the quotes have it, or make the claim refuted with the quote contradicting it"),
                dropped=dropped, added=added,
            )


def _negators(text: str, view) -> set[str]:
    return {text[s:e].lower() for s, e, kind in view.marker_spans if kind == "negation"}
