"""A quote does not occur in its seed, not even after folding typography and case.

What it checks: every quote's `text` against the seed named by its `seed:` key, first
byte for byte, then with typography, diacritics, case and whitespace folded (see
FC102). When nothing matches, the finding shows the closest passage of the seed, its
line, and how similar it is (0–100, rapidfuzz's partial ratio).

Why it matters: quotes are the evidence. A quote that is not in its source is a
paraphrase, a misremembering, or a quote from another article — in print that is a
correction waiting to happen.

Example that fails (seed 000 says "inked", not "signed"):

```yaml
quotes:
  - seed: 000_081174c5714dbfd1
    text: Turkey and Syria signed a memorandum of understanding on Wednesday
```

Fix: copy the passage from the seed exactly, or point `seed:` at the right article.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context

CODE = "FC101"
NAME = "quote-not-found"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    seeds = ctx.corpus.seeds
    for claim in ctx.corpus.claims:
        for i, quote in enumerate(claim.quotes):
            seed = seeds.get(quote.seed)
            if seed is None or ctx.quote_match(claim, i) is not None:
                continue  # unknown seeds are FC005's
            search = ctx.passages(claim.origin.file if claim.origin else "<memory>")
            closest = search.closest(seed, quote.text)
            if closest is None:
                yield ctx.finding(
                    CODE,
                    f"quote not found in seed {quote.seed}; closest passage not searched: "
                    f"this file's fuzzy-search budget ({search.budget:,} quote × seed "
                    "characters) does not cover it",
                    claim=claim, path=("quotes", i, "text"),
                )
                continue
            passage, line, score = closest
            shown = passage if len(passage) <= 120 else passage[:117] + "…"
            fix = Fix(f"replace with the seed's words from line {line}: {passage!r}", quote.text, passage) if score >= 90 else None
            yield ctx.finding(
                CODE,
                f"quote not found in seed {quote.seed}; closest passage (line {line}, "
                f"{score:.0f}% similar): {shown!r}",
                claim=claim, path=("quotes", i, "text"), fix=fix, similarity=round(score, 1),
                seed_line=line,
            )
