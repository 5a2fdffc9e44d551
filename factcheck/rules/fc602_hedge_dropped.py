"""A statement asserts flatly what every quote hedges.

What it checks: the words of the statement of a `supported`, `disputed` or `outdated` claim
that its supporting quotes use only under a hedge, while the statement uses them with no
hedge of its own. Hedges, by kind:

* report: "reports indicated", "reportedly", "according to reports";
* belief: "is believed to", "viewed as", "seen as", "regarded as", "allegedly", "appears to";
* possibility: "possibly", "potential", "likely", "perhaps";
* aim: "aims to", "efforts to", "seeks to", "plans to", "vowed to", "pledged to",
  "offering to", "expects";
* estimate: "estimate", "estimated".

A hedge in the quote's sentence before the quote ("Reports indicated that" + the quote)
governs the whole quote, so cutting the hedge off the quote does not hide it; a hedge
inside the quote governs the next eight words (not across a closing quotation mark). In
the statement any hedge or modal verb within the twelve words before the word keeps it
hedged ("may" for "would", "seen as" for "viewed as"); a hedge further away does not
("vowed to help train … and protect" does not keep seed 000's "support efforts to
protect"). A word some quote
uses without a hedge is not reported: that quote says it flatly.

Modal verbs dropped (could, may, will) are FC604's; attribution dropped is FC603's.

Why it matters: "Reports indicated that many soldiers abandoned their posts" is evidence
that reports said so; "Many soldiers abandoned their posts" is a fact the source did not
vouch for. A quiz built from the flat statement teaches the wrong certainty.

Example that fails (seed 002: "Reports indicated that many soldiers and police officers
abandoned their posts …"):

```yaml
claims:
  - id: soldiers-abandoned-posts
    statement: Many soldiers and police officers abandoned their posts.
    verdict: supported
    quotes:
      - seed: 002_346b15368b31c8c0
        text: "many soldiers and police officers abandoned their posts"
```

Fix: keep the hedge ("Reports indicated that many soldiers … abandoned their posts"),
quoting it, or add a quote that says it without one.

What it cannot judge: whether a hedge in the quote governs the very words the statement
repeats (a long sentence may hedge one clause and not another), and hedges the lists above
do not name ("it is unclear whether"). A claim whose verdict is `unverified` is not
checked: its statement is the unconfirmed proposition on purpose.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._fidelity import claim_views, paired

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC602"
NAME = "hedge-dropped"
SEVERITY = Severity.warning
SCOPE = "file"


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim, view in claim_views(ctx):
        dropped: dict[str, list[str]] = {}  # hedge as written -> statement words
        for occ, found in paired(view):
            if occ.hedges:
                continue
            common = set.intersection(*(o.hedges - {"modal"} for o in found))
            if not common:
                continue
            first = found[0]
            marker = next((m for m in first.markers), "a hedge")
            word = claim.statement[occ.start:occ.end]
            words = dropped.setdefault(marker, [])
            if word not in words:
                words.append(word)
        if dropped:
            said = "; ".join(f"{marker!r} governs {', '.join(repr(w) for w in words)}"
                             for marker, words in dropped.items())
            yield ctx.finding(
                CODE,
                f"the quotes hedge what the statement asserts flatly: {said}",
                claim=claim, path=("statement",),
                fix=Fix("keep the source's hedge in the statement, or quote a passage that says it flatly"),
                hedges=sorted(dropped),
            )
