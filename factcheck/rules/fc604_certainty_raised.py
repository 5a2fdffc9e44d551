"""A statement drops the modal verb the quotes put before its words.

What it checks: the words of the statement of a `supported`, `disputed` or `outdated`
claim that every supporting quote uses only after a modal verb — "will", "would", "could",
"may", "might", "can", "shall", "should", "must", "is to", "going to" (within the eight words
after it) — while the statement uses them with no modal and no hedge. That is a future
made present ("will provide" → "provides") or a possibility made a fact ("could involve" →
"involves").

A modal in the statement within twelve words before the word keeps it hedged, even
another one ("may" for "would"), and so does a hedge ("aims to"). A word some quote uses without a modal is not reported.

Why it matters: "Turkey will provide weapons" reports a promise; "Turkey provides weapons"
reports a delivery. A plan stated as done, or a possibility as a certainty, is the most
common way a true quote yields a false statement.

Example that fails (seed 001: "… a broader defence pact that could involve the deployment
of Turkish troops to at least three major Syrian bases"):

```yaml
claims:
  - id: defence-pact-at-least-three-bases
    statement: The broader defence pact involves the deployment of Turkish troops to at least three major Syrian bases.
    verdict: supported
    quotes:
      - seed: 001_aa72598c36228cb3
        text: "a broader defence pact that could involve the deployment of Turkish troops to at least three major Syrian bases"
```

Fix: keep the modal ("could involve"), or quote a passage that states it as a fact.

What it cannot judge: tense beyond the modal verbs (a past "planned" made "carried out"
is FC601's, as an unsupported word); whether the modal governs the word (eight words is a
window, not a parse); a modal the statement keeps for another verb.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._fidelity import claim_views, paired

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC604"
NAME = "certainty-raised"
SEVERITY = Severity.warning
SCOPE = "file"


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim, view in claim_views(ctx):
        raised: dict[str, list[str]] = {}
        for occ, found in paired(view):
            if occ.hedges or not all("modal" in o.hedges for o in found):
                continue
            first = found[0]
            modal = next((m for m in reversed(first.markers) if m.lower() in _MODALS), "a modal verb")
            word = claim.statement[occ.start:occ.end]
            words = raised.setdefault(modal, [])
            if word not in words:
                words.append(word)
        if raised:
            said = "; ".join(f"{modal!r} governs {', '.join(repr(w) for w in words)}"
                             for modal, words in raised.items())
            yield ctx.finding(
                CODE,
                f"the statement asserts without a modal verb what the quotes put after one: {said}",
                claim=claim, path=("statement",),
                fix=Fix("keep the modal verb (will, would, could, may …), or quote a passage that states it as a fact"),
                raised=sorted(raised),
            )


_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "shall", "should", "must", "is to",
                     "are to", "going to", "wo"})

