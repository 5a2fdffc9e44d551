"""A quote comes from page furniture, not from the article body.

What it checks: whether a matched quote overlaps a span that `seeds/sources.yaml`
marks as furniture: related-article headlines, photo captions, tags, "Leave a
Reply", advertisements, copyright lines, duplicated headlines.

Why it matters: a related headline on the page ("Germany pledges $326 million in
humanitarian aid for Syria") is not something the article reported or sourced.
Citing it as the article's evidence misattributes it.

Example that fails (seed 002, line 23 is a related headline):

```yaml
quotes:
  - seed: 002_346b15368b31c8c0
    text: Germany pledges $326 million in humanitarian aid for Syria.
```

Fix: find the fact in an article body, or mark the claim `unverified`.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ._base import Context

CODE = "FC103"
NAME = "quote-from-furniture"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        for i, quote in enumerate(claim.quotes):
            match = ctx.quote_match(claim, i) if quote.seed in ctx.corpus.seeds else None
            if match is None or match.furniture is None:
                continue
            yield ctx.finding(
                CODE,
                f"quote comes from page furniture ({match.furniture}, line {match.line} of "
                f"{quote.seed}), not the article body",
                claim=claim, path=("quotes", i, "text"),
            )
