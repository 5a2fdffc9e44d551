"""Every quote attributes what the statement asserts in its own voice.

What it checks: a `supported`, `disputed` or `outdated` claim whose supporting quotes are
all attributed — each says who said it, in the quote or in its sentence ("a Turkish
Defence Ministry source said", "according to ministry sources", "Security sources said",
"SANA reported that") — while the statement has no attribution of its own (no verb of
saying or stance: said, told, according to, claims, accused, called, considers …).

Only the sentence the quote was cut from is read: a trailing ", officials said." and a
leading "X said that" (at most three words before the quote) count; an attribution in
another sentence, or one whose clause ends well before the quote, does not. "Reports
indicated" is a hedge, reported by FC602.

Why it matters: "a Turkish source said the SDF had not met any of the conditions" and "the
SDF had not met any of the conditions" are different facts: the first is checkable (the
source said it), the second is the source's claim presented as the newsroom's. If one
quote states the fact in the writer's own voice, the statement may too.

Example that fails (seed 001 says "Security sources said that …"):

```yaml
claims:
  - id: turkey-would-not-intervene-directly
    statement: Turkey would not intervene directly against the SDF.
    verdict: supported
    quotes:
      - seed: 001_aa72598c36228cb3
        text: "Security sources said that while Turkey would not directly intervene against the SDF"
```

Fix: say who said it ("Security sources said Turkey would not …"), or add a quote that
states it without attribution.

What it cannot judge: whether the attribution matters (a routine figure attributed to
"officials"); who the statement's source is (FC601 compares the words naming the source);
and attribution by pronoun across sentences ("he warned" after a sentence naming Fidan
counts as attribution, but not as a name).
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._fidelity import claim_views

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC603"
NAME = "attribution-dropped"
SEVERITY = Severity.warning
SCOPE = "file"


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim, view in claim_views(ctx):
        if not all(q.view.attributed for q in view.quotes):
            continue
        if all("report" in q.view.hedge_classes for q in view.quotes):
            continue  # "Reports indicated that": a hedge, FC602's
        statement = view.statement
        if statement.attributed or any(kind == "attribution" for _, _, kind in statement.marker_spans):
            continue
        example = next(q for q in view.quotes)
        yield ctx.finding(
            CODE,
            f"every supporting quote is attributed (seed {example.seed}: {example.view.attribution!r}), "
            "but the statement says it in its own voice",
            claim=claim, path=("statement",),
            fix=Fix("say who said it, as the quotes do, or quote a passage that states it without attribution"),
            attribution=example.view.attribution,
        )
